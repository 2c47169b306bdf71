"""Running ``code_shard`` on many shards: local processes or a Dask cluster, then the serial step.

Files are packed into shards of ``shard_size`` items (articles), in sorted order (a multi-item file is cut
into ranges of its items where a shard is full); a shard's name is a hash of its pieces, so the same sources
give the same shards and a rerun skips the done ones.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..dates import parse_date
from ..errors import InputError, WirecoderError
from ..ingest.coding import pipeline_for
from ..store import dedup
from . import pieces
from .compact import YEAR_ARTICLES, compact
from .location import expand_url, is_url
from .shard import code_shard

ENGINES = ("processes", "dask")
# Items (articles) per shard: one task codes a shard, so it must be large enough that loading and scheduling are
# small beside it (spaCy's advice for Dask: large chunks per task), and small enough to spread a corpus.
SHARD_SIZE = 2000


@dataclass
class LakeSummary:
    """What a lake ingest did: shards coded and skipped, items, and the serial step's figures."""

    shards: int = 0
    shards_skipped: int = 0
    read: int = 0
    coded: int = 0
    failed: int = 0
    planning_s: float = 0.0  # listing the sources and counting the items of multi-item files (serial)
    coding_s: float = 0.0
    compaction: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def format(self) -> str:
        c = self.compaction
        return (f"lake: {self.shards} shards ({self.shards_skipped} done before), {self.read:,} items read, "
                f"{self.coded:,} coded, {self.failed:,} failed in {self.coding_s:.1f}s; "
                f"{c.get('articles', 0):,} articles ({c.get('near_duplicates', 0):,} near-duplicates), "
                f"{c.get('events', 0):,} events, {c.get('quotes', 0):,} quotes; "
                f"serial step {c.get('seconds', 0.0):.1f}s "
                f"({'incremental' if c.get('incremental') else 'from scratch'}, {c.get('pairs_scored', 0):,} "
                f"candidate pairs scored)")

    def to_dict(self) -> dict[str, Any]:
        return {"shards": self.shards, "shards_skipped": self.shards_skipped, "read": self.read,
                "coded": self.coded, "failed": self.failed, "planning_s": self.planning_s, "coding_s": self.coding_s,
                "compaction": self.compaction, "errors": self.errors}


def plan_shards(sources: Iterable[str | Path], shard_size: int = SHARD_SIZE) -> tuple[list[tuple[str, list[str]]],
                                                                                      list[str]]:
    """The shards of ``sources``: (name, pieces) each, about ``shard_size`` items (articles) per shard, and
    the sources that could not be read (one line each). A piece is a file, or a range of a large
    multi-item file's items (``pieces.py``); multi-item files are read once here to count their items."""
    from ..sources.registry import expand

    paths: list[str] = []
    errors: list[str] = []
    for source in sources:
        for p in expand_url(source) if is_url(source) else expand([source]):
            if isinstance(p, InputError):
                errors.append(f"{p.source}: {p.reason}")
            else:
                paths.append(p if isinstance(p, str) else str(Path(p).resolve()))
    shards = []
    for specs in pieces.pack([(path, pieces.count_items(path)) for path in sorted(set(paths))], shard_size):
        name = hashlib.sha256("\n".join(specs).encode("utf-8")).hexdigest()[:16]
        shards.append((name, specs))
    return shards, errors


def ingest_lake(sources: Iterable[str | Path], lake: str | Path, *, engine: str = "processes", workers: int = 1,
                scheduler: str | None = None, shard_size: int = SHARD_SIZE, reference_date: date | str | None = None,
                model: str | None = None, actors: Iterable[str | Path] = (), settings: str | Path | None = None,
                patterns: Iterable[str | Path] = (), cues: Iterable[str | Path] = (),
                stance: Iterable[str | Path] = (), pipeline: Any = None) -> LakeSummary:
    """Code ``sources`` into the lake folder ``lake``, shard by shard, then compact it (``compact``).

    ``engine``: ``processes`` (``workers`` local processes; with 1, this process, using ``pipeline`` if
    given) or ``dask`` (the cluster at ``scheduler``, else a ``LocalCluster`` of ``workers`` processes);
    a Dask worker plugin loads the pipeline once per worker process.
    """
    if engine not in ENGINES:
        raise WirecoderError(f"no such engine {engine!r} for a lake (choose {', '.join(ENGINES)})")
    reference_date = parse_date(reference_date, "reference_date")
    if not is_url(lake):  # a URL's "folder" is a key prefix, made by the first upload
        if Path(lake).exists() and not Path(lake).is_dir():
            raise WirecoderError(f"{lake}: not a folder: a lake is a folder")
        Path(lake).mkdir(parents=True, exist_ok=True)
    from ..settings import load_settings

    config = load_settings(str(settings) if settings else None)
    # As a store file's ingest does: [dedup] threshold decides a near-duplicate, and a worker codes
    # [pipeline] batch_size texts at once (one spaCy batch).
    threshold = float(config.get("dedup", {}).get("threshold", dedup.THRESHOLD))
    year_articles = int(config.get("lake", {}).get("year_file_articles", YEAR_ARTICLES))
    chunk_size = int(config["pipeline"]["batch_size"])
    options = pipeline_options(model, actors, settings, patterns, cues, stance)
    started = time.monotonic()
    shards, errors = plan_shards(sources, shard_size)
    summary = LakeSummary(shards=len(shards), errors=errors, read=len(errors), failed=len(errors),
                          planning_s=round(time.monotonic() - started, 3))
    started = time.monotonic()
    args = [(files, str(lake), name, options, reference_date, chunk_size) for name, files in shards]
    if engine == "dask":
        manifests = _on_dask(args, options, workers, scheduler)
    elif workers == 1 or len(args) <= 1:
        nlp = pipeline if pipeline is not None else (pipeline_for(options) if args else None)
        manifests = [code_shard(*a, pipeline=nlp) for a in args]
    else:
        manifests = _on_processes(args, workers)
    summary.coding_s = round(time.monotonic() - started, 3)
    for m in manifests:
        summary.shards_skipped += bool(m.get("skipped"))
        if not m.get("skipped"):
            summary.read += m["read"]
            summary.coded += m["coded"]
            summary.failed += m["failed"]
    summary.compaction = compact(lake, threshold, year_articles)
    return summary


def pipeline_options(model: str | None = None, actors: Iterable[str | Path] = (), settings: str | Path | None = None,
                     patterns: Iterable[str | Path] = (), cues: Iterable[str | Path] = (),
                     stance: Iterable[str | Path] = ()) -> dict[str, Any]:
    """The keywords of ``wirecoder.load`` that a worker's pipeline is loaded with (and cached under)."""
    return {"model": model, "actors": [str(a) for a in actors], "settings": str(settings) if settings else None,
            "patterns": [str(p) for p in patterns], "cues": [str(c) for c in cues], "stance": [str(s) for s in stance]}


def _on_processes(args: list[tuple], workers: int) -> list[dict[str, Any]]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a fresh interpreter per worker (safe with threads and DuckDB); each keeps its pipeline.
    with ProcessPoolExecutor(max_workers=min(workers, len(args)), mp_context=mp.get_context("spawn")) as pool:
        return list(pool.map(code_shard, *zip(*args, strict=True)))


def _on_dask(args: list[tuple], options: dict[str, Any], workers: int, scheduler: str | None) -> list[dict[str, Any]]:
    from distributed import Client, LocalCluster

    from .plugin import LoadPipeline

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=":0")
    client = Client(scheduler or cluster)
    try:
        client.register_plugin(LoadPipeline(options))
        # A task whose worker dies is retried by Dask on another; its shard, without a manifest, is redone.
        futures = [client.submit(code_shard, *a, pure=False, retries=2) for a in args]
        return client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
