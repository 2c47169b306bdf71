"""One shard: its files coded into one Parquet file per table, written so that a shard is whole or absent.

The shard is coded into an in-memory store (the same writer, schema and within-shard duplicate checks
as a store file), then each table is copied to ``<table>.parquet.part`` and renamed; the ``_DONE``
manifest comes last. A task killed midway leaves no manifest, and the next run codes that shard again,
overwriting whatever parts it left. The near-duplicate index is written for every article of the shard
(not only first copies): the lake's serial step (``compact.py``) needs the band keys of all of them to
find copies across shards.
"""

from __future__ import annotations

import json
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from ..ingest.coding import code, file_limit, in_chunks, outcome_of, pipeline_for, prepare
from ..ingest.summary import IngestSummary
from ..store import dedup
from ..store.schema import LSH_BANDS, TABLES
from ..store.writer import Outcome, Store
from .location import filesystem, is_url, join, upload
from .pieces import read_pieces

DONE = "_DONE"
# The tables a shard writes (meta is the lake's, not a shard's).
SHARD_TABLES = tuple(name for name in TABLES if name != "meta")
def shard_dir(lake: str | Path, shard: str) -> Path:
    return Path(lake) / "shards" / shard


def manifest(lake: str | Path, shard: str) -> dict[str, Any] | None:
    """The manifest of a done shard, or None if the shard is not done."""
    if is_url(lake):
        fs, path = filesystem(join(str(lake), "shards", shard, DONE))
        return json.loads(fs.cat_file(path)) if fs.exists(path) else None
    done = shard_dir(lake, shard) / DONE
    return json.loads(done.read_text(encoding="utf-8")) if done.exists() else None


def code_shard(paths: list[str], lake: str, shard: str, options: dict[str, Any] | None = None,
               reference_date: date | None = None, chunk_size: int = 32, pipeline: Any = None) -> dict[str, Any]:
    """Code the items of ``paths`` into the shard ``shard`` of the lake at ``lake``; returns its manifest.

    ``paths``: files, or ranges of a file's items (``path#first-last``, see ``pieces.py``).

    A done shard is not coded again (its manifest is returned as it was). ``pipeline``: one already
    loaded, else the one of ``options`` (``wirecoder.load``'s keywords) kept for this process.
    """
    found = manifest(lake, shard)
    if found is not None:
        return {**found, "skipped": True}
    if not is_url(lake):
        return _code_into(shard_dir(lake, shard), paths, shard, options, reference_date, chunk_size, pipeline)
    # A lake at a URL: the shard is written to a local folder, then uploaded file by file.
    with tempfile.TemporaryDirectory(prefix="wirecoder-shard-") as staging:
        result = _code_into(Path(staging), paths, shard, options, reference_date, chunk_size, pipeline)
        _publish(Path(staging), lake, shard)
    return result


def _code_into(out: Path, paths: list[str], shard: str, options: dict[str, Any] | None, reference_date: date | None,
               chunk_size: int, pipeline: Any) -> dict[str, Any]:
    """Code the shard into the folder ``out``: its tables, each renamed when whole, then its manifest."""
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    summary = IngestSummary()
    store = Store(":memory:")
    try:
        for x in in_chunks(prepare(paths, None, summary, items=read_pieces(paths, file_limit(options or {}, pipeline))),
                           chunk_size):
            if isinstance(x, Outcome):
                outcomes = [x]
            else:
                nlp = pipeline if pipeline is not None else pipeline_for(options or {})
                results = code(nlp, x, reference_date)
                summary.coded += len(results)
                outcomes = [outcome_of(r) for r in results]
            for o in store.write(outcomes):
                summary.count(o)
        _index_every_article(store)
        rows = {}
        for name in SHARD_TABLES:
            part = out / f"{name}.parquet.part"
            store.con.execute(f"COPY {name} TO '{_sql_path(part)}' (FORMAT parquet)")
            part.rename(out / f"{name}.parquet")
            rows[name] = store.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]  # type: ignore[index]
    finally:
        store.close()
    result = {"shard": shard, "paths": list(paths), "read": summary.read, "coded": summary.coded,
              "stored": summary.stored, "duplicates": summary.duplicates,
              "near_duplicates": summary.near_duplicates, "failed": summary.failed, "rows": rows,
              "seconds": round(time.monotonic() - started, 3)}
    part = out / f"{DONE}.part"
    part.write_text(json.dumps(result, indent=1), encoding="utf-8")
    part.rename(out / DONE)
    return {**result, "skipped": False}


def _publish(out: Path, lake: str, shard: str) -> None:
    """Upload a shard written locally to the lake's URL: each table to a temporary key, then moved; the
    manifest last, so a shard whose upload was cut off has none and is coded again."""
    for name in SHARD_TABLES:
        upload(out / f"{name}.parquet", join(lake, "shards", shard, f"{name}.parquet"))
    upload(out / DONE, join(lake, "shards", shard, DONE))


def _index_every_article(store: Store) -> None:
    """Band keys for every article of the shard, near-duplicates within it included."""
    store.con.execute("DELETE FROM lsh_bands")
    rows = [LSH_BANDS.row(key=key, article_id=article_id)
            for article_id, sig in store.con.execute("SELECT id, minhash FROM articles").fetchall()
            for key in dedup.band_keys(sig)]
    if rows:
        store.con.executemany("INSERT INTO lsh_bands VALUES (?, ?)", rows)


def _sql_path(path: str | Path) -> str:
    """A path inside a SQL string literal."""
    return str(path).replace("'", "''")
