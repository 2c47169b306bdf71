"""The Dask engine: files coded in shards on a cluster (or local processes), loaded by the parent."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..record import Record
from ..store.writer import Outcome
from .coding import code, in_chunks, outcome_of, pipeline_for, prepare
from .run import Run
from .summary import IngestSummary


def code_shard(paths: list[str], db: str, shard: str, options: dict[str, Any],
               reference_date: date | None, chunk_size: int, max_bytes: int | None = None) -> dict[str, int]:
    """A Dask task: read ``paths``, code what the store lacks, write the outcomes to the JSONL ``shard``.

    The store is looked up read-only (if this machine can see it); the shard is written under a
    temporary name and renamed when whole, so a shard file on disk is always complete.
    """
    import duckdb

    summary = IngestSummary()
    con = duckdb.connect(db, read_only=True) if Path(db).exists() else None
    started = time.monotonic()
    partial = Path(shard + ".part")

    def line(o: Outcome) -> str:
        return json.dumps({"item": o.item, "record": o.record.to_dict() if o.record else None, "reason": o.reason,
                           "status": o.status, "article_id": o.article_id,
                           "signature": list(o.signature) if o.signature is not None else None},
                          ensure_ascii=False) + "\n"

    try:
        with partial.open("w", encoding="utf-8") as out:
            for x in in_chunks(prepare(paths, con, summary, max_bytes), chunk_size):
                if isinstance(x, Outcome):
                    out.write(line(x))
                    continue
                pipeline = pipeline_for(options)  # loaded on the first text to code, not before
                for result in code(pipeline, x, reference_date):
                    summary.coded += 1
                    out.write(line(outcome_of(result)))
        partial.rename(shard)
    except BaseException:
        partial.unlink(missing_ok=True)  # a half-written shard must not stay behind
        raise
    finally:
        if con is not None:
            con.close()
    return {"read": summary.read, "skipped": summary.skipped, "coded": summary.coded,
            "seconds": int((time.monotonic() - started) * 1000)}


def _ignore_ctrl_c() -> None:
    """A local worker process's start: Ctrl-C goes to the whole process group, but only the parent stops
    the run (and reports it in one line); a worker interrupted mid-article would print a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _load_shard(shard: Path, handle: Callable[[Outcome], None]) -> None:
    """Write a shard's outcomes to the store (through the batch writer), then delete the shard."""
    with shard.open(encoding="utf-8") as lines:
        for raw in lines:
            d = json.loads(raw)
            record = Record.from_dict(d["record"]) if d["record"] else None
            handle(Outcome(d["item"], record=record, reason=d["reason"], status=d["status"],
                           article_id=d["article_id"], signature=d["signature"]))
    shard.unlink()


def ingest_dask(sources: Iterable[str | Path], run: Run) -> None:
    """Code the files in shards with Dask, then load the shard files into the store.

    The files are split into ``4 x workers`` partitions; each partition is one Dask task that writes
    one shard file (JSONL of outcomes) in ``<db>.shards/``. They run on the Dask cluster at
    ``scheduler``, or on a ``dask.distributed`` Client already made in this process (a cluster's
    workers must see the files and the shard folder: give absolute paths), or else on local
    processes. Shards left by a killed run are loaded first.
    """
    import dask

    from ..sources.registry import expand

    store, summary, workers = run.store, run.summary, run.options.workers
    shard_dir = Path(str(store.path) + ".shards")
    shard_dir.mkdir(exist_ok=True)
    for leftover in sorted(shard_dir.glob("part-*.jsonl")):
        _load_shard(leftover, run.handle)
    paths: list[str] = []
    for p in expand(sources):
        if isinstance(p, InputError):
            summary.read += 1
            run.handle(Outcome(str(p.source), reason=p.reason))
        else:
            paths.append(str(p))
    if not paths:
        summary.read_all = True
        return
    n_parts = min(len(paths), workers * 4)
    parts = [paths[i::n_parts] for i in range(n_parts)]
    # The tasks open the store read-only: this process lets go of it meanwhile.
    db = str(store.path)
    store.con.close()
    run_id = f"{int(time.time())}-{os.getpid()}"
    options = run.options.pipeline_options()
    tasks = [dask.delayed(code_shard)(part, db, str(shard_dir / f"part-{run_id}-{i:05d}.jsonl"), options,
                                      run.reference_date, run.chunk_size, run.max_bytes)
             for i, part in enumerate(parts)]
    from distributed import Client, get_client

    own_client = Client(run.options.scheduler) if run.options.scheduler else None
    try:
        client = own_client or get_client()
    except ValueError:  # no client in this process
        client = None
    try:
        if client is not None:
            stats = client.compute(tasks, sync=True)
        else:
            stats = dask.compute(*tasks, scheduler="processes", num_workers=workers, initializer=_ignore_ctrl_c)
    finally:
        if own_client is not None:
            own_client.close()
        store.con = store.reopen()
    summary.startup_s = 0.0  # loading happens inside the tasks; the rate counts it in
    for part in stats:
        summary.read += part["read"]
        summary.skipped += part["skipped"]
        summary.coded += part["coded"]
    summary.read_all = True
    for shard in sorted(shard_dir.glob(f"part-{run_id}-*.jsonl")):
        _load_shard(shard, run.handle)
    if not any(shard_dir.iterdir()):
        shard_dir.rmdir()
