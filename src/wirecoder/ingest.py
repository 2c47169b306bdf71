"""Ingest: a corpus into the store, in parallel, resumable, in bounded memory.

``ingest(["./archive"], db="news.duckdb", workers=2)`` does what ``wirecoder ingest ./archive --db
news.duckdb --workers 2`` does. The sources are read as a stream (``sources/registry.py``); items the
ingest log already holds are skipped and texts already stored are logged as duplicates before any
NLP; the rest are coded by worker processes, each with its own pipeline, fed through bounded queues;
the parent alone writes, one transaction per batch of records and their log rows, so a kill loses
at most the batch in flight and a rerun resumes where the last one stopped.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from . import errors
from .errors import InputError, WirecoderError
from .record import Record, record_id
from .sources import Document
from .sources.registry import iter_items
from .store import DEFAULT_DB, dedup
from .store.writer import (
    DUPLICATE,
    ERROR,
    FAILED,
    NEAR_DUPLICATE,
    STORED,
    Outcome,
    Store,
    done_items,
    stored_ids,
)

# Items read ahead and looked up in the ingest log at once (one query per chunk, not per item).
LOOKUP_CHUNK = 256
# Texts a worker codes at once are [pipeline] batch_size from the settings (one spaCy batch), and never
# more than a write batch, so that a worker holds no more than one transaction's worth; a chunk that a
# bug breaks is retried text by text.


@dataclass
class IngestSummary:
    """What an ingest did. ``failures`` counts the reasons; ``examples`` names a few items for each."""

    read: int = 0
    skipped: int = 0  # already in the ingest log from an earlier run
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    coded: int = 0  # texts that went through the pipeline
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    # Items stored with a warning from their reader (decoded as cp1252, a malformed feed read anyway).
    warnings: Counter[str] = field(default_factory=Counter)
    warned: dict[str, list[str]] = field(default_factory=dict)
    elapsed_s: float = 0.0
    startup_s: float = 0.0  # loading the pipeline(s), before the first text is coded

    @property
    def rate(self) -> float:
        """Articles coded per second, pipeline loading left out."""
        busy = self.elapsed_s - self.startup_s
        return self.coded / busy if busy > 0 else 0.0

    def count(self, outcome: Outcome) -> None:
        for warning in outcome.record.warnings if outcome.record is not None else []:
            group = _reason_group(warning)
            self.warnings[group] += 1
            examples = self.warned.setdefault(group, [])
            if len(examples) < 3:
                examples.append(outcome.item)
        if outcome.status == STORED:
            self.stored += 1
        elif outcome.status == DUPLICATE:
            self.duplicates += 1
        elif outcome.status == NEAR_DUPLICATE:
            self.near_duplicates += 1
        else:
            self.failed += 1
            reason = _reason_group(outcome.reason or "unknown")
            self.failures[reason] += 1
            examples = self.examples.setdefault(reason, [])
            if len(examples) < 3:
                examples.append(outcome.item)

    def progress_line(self, elapsed: float) -> str:
        busy = elapsed - self.startup_s
        rate = self.coded / busy if busy > 0 and self.coded else 0.0
        return (f"{self.read:,} read, {self.stored:,} stored, {self.duplicates + self.near_duplicates:,} "
                f"duplicates, {self.failed:,} failed, {self.skipped:,} already done | {rate:.1f} articles/s")

    def format(self) -> str:
        lines = [f"read {self.read:,} items in {self.elapsed_s:.1f} s: stored {self.stored:,}, "
                 f"duplicates {self.duplicates:,}, near-duplicates {self.near_duplicates:,}, "
                 f"failed {self.failed:,}, already done {self.skipped:,}"]
        if self.coded:
            lines.append(f"coded {self.coded:,} articles at {self.rate:.1f} articles/s "
                         f"(after {self.startup_s:.1f} s loading)")
        for reason, n in self.failures.most_common():
            lines.append(f"  failed {n:,} x {reason}: {', '.join(self.examples[reason])}"
                         + (", ..." if n > len(self.examples[reason]) else ""))
        for warning, n in self.warnings.most_common():
            lines.append(f"  warned {n:,} x {warning}: {', '.join(self.warned[warning])}"
                         + (", ..." if n > len(self.warned[warning]) else ""))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "skipped": self.skipped, "stored": self.stored,
                "duplicates": self.duplicates, "near_duplicates": self.near_duplicates,
                "failed": self.failed, "coded": self.coded, "failures": dict(self.failures),
                "warnings": dict(self.warnings),
                "elapsed_s": round(self.elapsed_s, 3), "startup_s": round(self.startup_s, 3),
                "articles_per_s": round(self.rate, 2)}


def _reason_group(reason: str) -> str:
    """Failures grouped by the reason's first clause: "line 3: not valid JSON (...)" -> "not valid JSON",
    "empty file: nothing to read" -> "empty file"."""
    head = reason.split(" (")[0].split("; ")[0]
    if re.match(r"line \d+: ", head):
        head = head.split(": ", 1)[1]
    return head.split(": ")[0]


# --- reading: items not yet done, with duplicates and read failures settled before any NLP -------------

Task = tuple[str, Document]


def _prepare(sources: Iterable[str | Path], con: Any, summary: IngestSummary) -> Iterator[Outcome | Task]:
    """Outcomes settled without NLP (read failures, exact duplicates), and tasks (item, document) to code.

    ``con``: a connection to the store, to look up what is done (None: nothing is)."""
    items = iter_items(sources)
    while chunk := list(itertools.islice(items, LOOKUP_CHUNK)):
        keys = [_key(x) for x in chunk]
        done = done_items(con, keys) if con is not None else set()
        ids = {id(x): record_id(x.text) for x in chunk if isinstance(x, Document)}
        stored = stored_ids(con, list(ids.values())) if con is not None else set()
        for key, x in zip(keys, chunk, strict=True):
            summary.read += 1
            if key in done:
                summary.skipped += 1
            elif isinstance(x, InputError):
                yield Outcome(key, reason=x.reason)
            elif ids[id(x)] in stored:
                yield Outcome(key, status=DUPLICATE, article_id=ids[id(x)])
            else:
                yield key, x


def _key(x: Document | InputError) -> str:
    if isinstance(x, Document):
        return str(x.meta.get("item") or x.source)
    return str(x.source)


# --- coding: in this process or in a worker --------------------------------------------------------------

Result = tuple[str, "Record | str", "list[int] | None", bool]  # item, record or reason, signature, internal


def _code(pipeline: Any, tasks: list[Task], reference_date: date | str | None) -> list[Result]:
    """Code a chunk of texts; if the chunk breaks (a bug in a stage), code its texts one by one."""
    def result(key: str, r: Record | InputError) -> Result:
        if isinstance(r, InputError):
            return key, r.reason, None, False
        return key, r, [int(v) for v in dedup.signature(r.text)], False

    try:
        records = list(pipeline.extract_many([doc for _, doc in tasks], reference_date=reference_date))
        return [result(key, r) for (key, _), r in zip(tasks, records, strict=True)]
    except Exception:
        out: list[Result] = []
        for key, doc in tasks:
            try:
                out.append(result(key, next(pipeline.extract_many([doc], reference_date=reference_date))))
            except Exception as exc:  # report it against the item, keep going
                out.append((key, errors.INTERNAL.format(error=f"{type(exc).__name__}: {exc}"), None, True))
        return out


def _worker(tasks: Any, results: Any, options: dict[str, Any], reference_date: date | str | None,
            chunk_size: int) -> None:
    """A worker process: load the pipeline once, code chunks of tasks until the None sentinel.

    It stops by itself when the parent is gone (killed, say), rather than wait on the queue forever.
    """
    import multiprocessing as mp

    from .pipeline import load

    parent = mp.parent_process()

    def alive() -> bool:
        return parent is None or parent.is_alive()

    try:
        pipeline = load(**options)
    except BaseException as exc:
        _send(results, ("dead", f"{type(exc).__name__}: {exc}"), alive)
        return
    _send(results, ("ready", os.getpid()), alive)
    finished = False
    while not finished and alive():
        chunk: list[Task] = []
        while len(chunk) < chunk_size:
            task = _get(tasks, alive)
            if task is None:
                finished = True
                break
            chunk.append(task)
        if chunk and not _send(results, ("results", _code(pipeline, chunk, reference_date)), alive):
            return
    _send(results, ("done", os.getpid()), alive)


def _get(q: Any, alive: Callable[[], bool]) -> Any:
    """The next task, or None when there are no more or the parent is gone."""
    import queue

    while alive():
        try:
            return q.get(timeout=1.0)
        except queue.Empty:
            continue
    return None


def _send(q: Any, message: Any, alive: Callable[[], bool]) -> bool:
    """Put a message on a bounded queue; False if the parent went away meanwhile."""
    import queue

    while alive():
        try:
            q.put(message, timeout=1.0)
            return True
        except queue.Full:
            continue
    return False


# --- the ingest ------------------------------------------------------------------------------------------

class _Progress:
    """A ``\\r`` line on a terminal; on anything else a line every ``every`` seconds (and at the first commit)."""

    def __init__(self, stream: TextIO | None, every: float = 10.0) -> None:
        self.stream = stream
        self.tty = bool(stream is not None and stream.isatty())
        self.every = 0.5 if self.tty else every
        self.last = time.monotonic()
        self.lines = 0

    def show(self, summary: IngestSummary, elapsed: float, force: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not force and now - self.last < self.every):
            return
        self.last = now
        line = "wirecoder ingest: " + summary.progress_line(elapsed)
        if self.tty:
            self.stream.write("\r" + line + "\x1b[K")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self.lines += 1

    def end(self) -> None:
        if self.stream is not None and self.tty and self.lines:
            self.stream.write("\n")
            self.stream.flush()


def ingest(sources: Iterable[str | Path], db: str | Path = DEFAULT_DB, workers: int = 1,
           reference_date: date | str | None = None, batch_size: int = 100, quiet: bool = False, *,
           model: str | None = None, actors: Iterable[str | Path] = (), settings: str | Path | None = None,
           pipeline: Any = None, progress: TextIO | None = None, engine: str = "processes",
           scheduler: str | None = None, on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read ``sources`` (files, directories, globs), code every new item and store it in ``db``.

    ``workers``: processes that code texts, each loading the pipeline once (1 codes in this process,
    with ``pipeline`` if given). ``batch_size``: records per transaction. Progress goes to ``progress``
    (default standard error) unless ``quiet``. ``engine="dask"`` codes files in shards with Dask, on
    the cluster at ``scheduler`` (an address) or on local processes. Returns the summary; a rerun
    skips what is done.
    """
    if engine not in ("processes", "dask"):
        raise WirecoderError(f"unknown engine {engine!r}: the engines are processes, dask")
    if batch_size < 1 or workers < 1:
        raise WirecoderError("--workers and --batch-size must be at least 1")
    if isinstance(reference_date, str):
        try:
            reference_date = date.fromisoformat(reference_date)
        except ValueError:
            raise WirecoderError(f"--reference-date: {errors.BAD_DATE.format(value=reference_date)}") from None
    summary = IngestSummary()
    show = _Progress(None if quiet else (progress or sys.stderr))
    start = time.monotonic()
    options = {"model": model, "actors": [str(a) for a in actors],
               "settings": str(settings) if settings else None}
    from .settings import load_settings

    config = load_settings(settings)
    # [dedup] threshold in a settings file: the similarity from which a text is a re-issued story.
    threshold = float(config.get("dedup", {}).get("threshold", dedup.THRESHOLD))
    # Texts coded at once: one spaCy batch, and never more than one write batch (see above).
    chunk_size = min(int(config["pipeline"]["batch_size"]), batch_size)
    with Store(db, threshold=threshold) as store:
        batch: list[Outcome] = []

        def handle(outcome: Outcome) -> None:
            batch.append(outcome)
            if len(batch) >= batch_size:
                flush()
            else:
                show.show(summary, time.monotonic() - start)

        def flush() -> None:
            first = summary.stored + summary.duplicates + summary.near_duplicates + summary.failed == 0
            for outcome in store.write(batch):
                summary.count(outcome)
            batch.clear()
            show.show(summary, time.monotonic() - start, force=first)
            if on_batch is not None:
                on_batch(summary)

        def add_result(result: Result) -> None:
            key, value, signature, internal = result
            summary.coded += 1
            if isinstance(value, Record):
                handle(Outcome(key, record=value, signature=signature))
            else:
                handle(Outcome(key, reason=value, status=ERROR if internal else FAILED))

        try:
            if engine == "dask":
                _ingest_dask(sources, store, summary, handle, workers, options, reference_date, chunk_size,
                             scheduler)
            elif workers == 1:
                _ingest_here(sources, store, summary, handle, add_result, pipeline, options, reference_date,
                             start, chunk_size)
            else:
                _ingest_workers(sources, store, summary, handle, add_result, workers, options,
                                reference_date, start, chunk_size)
            if batch:
                flush()
        finally:
            summary.elapsed_s = time.monotonic() - start
            show.end()
    return summary


def _ingest_here(sources: Iterable[str | Path], store: Store, summary: IngestSummary,
                 handle: Callable[[Outcome], None], add_result: Callable[[Result], None], pipeline: Any,
                 options: dict[str, Any], reference_date: date | None, start: float, chunk_size: int) -> None:
    if pipeline is None:
        from .pipeline import load

        pipeline = load(**options)
    summary.startup_s = time.monotonic() - start
    chunk: list[Task] = []
    for x in _prepare(sources, store.con, summary):
        if isinstance(x, Outcome):
            handle(x)
            continue
        chunk.append(x)
        if len(chunk) >= chunk_size:
            for result in _code(pipeline, chunk, reference_date):
                add_result(result)
            chunk = []
    for result in _code(pipeline, chunk, reference_date) if chunk else []:
        add_result(result)


def _ingest_workers(sources: Iterable[str | Path], store: Store, summary: IngestSummary,
                    handle: Callable[[Outcome], None], add_result: Callable[[Result], None], workers: int,
                    options: dict[str, Any], reference_date: date | None, start: float,
                    chunk_size: int) -> None:
    import multiprocessing as mp
    import queue

    ctx = mp.get_context("spawn")  # a fresh interpreter per worker: safe with threads and DuckDB
    # Bounded queues: whatever the corpus size, only a few chunks per worker are in memory at once.
    tasks: Any = ctx.Queue(maxsize=workers * chunk_size * 2)
    results: Any = ctx.Queue(maxsize=workers * 4 + 16)  # messages: a chunk of results, or one outcome
    # Workers start with the first text to code (a rerun with nothing new starts none), and more of
    # them, up to ``workers``, only while texts wait for one (a handful of texts needs no more than one).
    # The reader thread starts workers while the main thread may be stopping: the lock makes "not
    # stopped, so start one" and "stopped, so join them all" exclusive, so no late worker is left over.
    procs: list[Any] = []
    procs_lock = threading.Lock()
    stop = threading.Event()

    def started_workers() -> list[Any]:
        with procs_lock:
            return list(procs)

    def start_worker() -> None:
        with procs_lock:
            if stop.is_set():
                return
            p = ctx.Process(target=_worker, args=(tasks, results, options, reference_date, chunk_size),
                            daemon=True)
            p.start()
            procs.append(p)

    def more_workers() -> None:
        if procs and len(procs) < workers:
            try:
                waiting = tasks.qsize()
            except NotImplementedError:  # macOS: no qsize; start them all
                waiting = chunk_size
            if waiting >= chunk_size:
                start_worker()
        elif not procs:
            start_worker()

    feeder_error: list[BaseException] = []

    def feed() -> None:
        cursor = store.con.cursor()  # its own connection: the main thread writes on store.con
        try:
            for x in _prepare(sources, cursor, summary):
                if stop.is_set():
                    return
                if isinstance(x, Outcome):
                    _put(results, ("outcome", x), stop)
                else:
                    more_workers()
                    _put(tasks, x, stop)
        except BaseException as exc:  # reported by the main thread
            feeder_error.append(exc)
        finally:
            cursor.close()
            fed = started_workers()
            for _ in fed:
                _put(tasks, None, stop)
            _put(results, ("fed", len(fed)), stop)

    feeder = threading.Thread(target=feed, name="wirecoder-ingest-reader", daemon=True)
    feeder.start()
    started, done, ready = -1, 0, 0  # started: how many workers the reader started, once it is done
    try:
        while done != started:
            try:
                kind, value = results.get(timeout=1.0)
            except queue.Empty:
                dead = [p for p in started_workers() if not p.is_alive() and p.exitcode not in (0, None)]
                if dead:
                    raise WirecoderError(f"a worker process died (exit code {dead[0].exitcode}); "
                                         "rerun to resume") from None
                continue
            if kind == "results":
                for result in value:
                    add_result(result)
            elif kind == "outcome":
                handle(value)
            elif kind == "ready":
                ready += 1
                if ready == 1:
                    summary.startup_s = time.monotonic() - start
            elif kind == "done":
                done += 1
            elif kind == "fed":
                started = value
            elif kind == "dead":
                raise WirecoderError(f"a worker could not load the pipeline: {value}")
        if feeder_error:
            raise feeder_error[0]
    finally:
        stop.set()
        for p in started_workers():  # stop is set: no worker starts after this copy
            p.join(timeout=5 if started >= 0 else 0.1)
            if p.is_alive():
                p.terminate()
                p.join(timeout=5)


# --- the Dask engine: shards coded on a cluster (or local processes), loaded by the parent -------------

_PIPELINES: dict[str, Any] = {}


def _pipeline_for(options: dict[str, Any]) -> Any:
    """One pipeline per worker process, loaded by its first shard and kept for the next ones."""
    import json

    key = json.dumps(options, sort_keys=True)
    if key not in _PIPELINES:
        from .pipeline import load

        _PIPELINES[key] = load(**options)
    return _PIPELINES[key]


def _code_shard(paths: list[str], db: str, shard: str, options: dict[str, Any],
                reference_date: date | None, chunk_size: int) -> dict[str, int]:
    """A Dask task: read ``paths``, code what the store lacks, write the outcomes to the JSONL ``shard``.

    The store is looked up read-only (if this machine can see it); the shard is written under a
    temporary name and renamed when whole, so a shard file on disk is always complete.
    """
    import json

    import duckdb

    summary = IngestSummary()
    con = duckdb.connect(db, read_only=True) if Path(db).exists() else None
    started = time.monotonic()
    partial = Path(shard + ".part")

    def line(key: str, record: Record | None = None, reason: str | None = None, status: str | None = None,
             article_id: str | None = None, signature: list[int] | None = None) -> str:
        return json.dumps({"item": key, "record": record.to_dict() if record else None, "reason": reason,
                           "status": status, "article_id": article_id, "signature": signature},
                          ensure_ascii=False) + "\n"

    try:
        with partial.open("w", encoding="utf-8") as out:
            chunk: list[Task] = []

            def code() -> None:
                pipeline = _pipeline_for(options)  # loaded on the first text to code, not before
                for key, value, signature, internal in _code(pipeline, chunk, reference_date):
                    summary.coded += 1
                    if isinstance(value, Record):
                        out.write(line(key, value, signature=signature))
                    else:
                        out.write(line(key, reason=value, status=ERROR if internal else FAILED))
                chunk.clear()

            for x in _prepare(paths, con, summary):
                if isinstance(x, Outcome):
                    out.write(line(x.item, reason=x.reason, status=x.status, article_id=x.article_id))
                    continue
                chunk.append(x)
                if len(chunk) >= chunk_size:
                    code()
            if chunk:
                code()
        partial.rename(shard)
    except BaseException:
        partial.unlink(missing_ok=True)  # a half-written shard must not stay behind
        raise
    finally:
        if con is not None:
            con.close()
    return {"read": summary.read, "skipped": summary.skipped, "coded": summary.coded,
            "seconds": int((time.monotonic() - started) * 1000)}


def _load_shard(shard: Path, handle: Callable[[Outcome], None], summary: IngestSummary) -> None:
    """Write a shard's outcomes to the store (through the batch writer), then delete the shard."""
    import json

    with shard.open(encoding="utf-8") as lines:
        for raw in lines:
            d = json.loads(raw)
            record = Record.from_dict(d["record"]) if d["record"] else None
            handle(Outcome(d["item"], record=record, reason=d["reason"], status=d["status"],
                           article_id=d["article_id"], signature=d["signature"]))
    shard.unlink()


def _ingest_dask(sources: Iterable[str | Path], store: Store, summary: IngestSummary,
                 handle: Callable[[Outcome], None], workers: int, options: dict[str, Any],
                 reference_date: date | None, chunk_size: int, scheduler: str | None) -> None:
    """Code the files in shards with Dask, then load the shard files into the store.

    The files are split into ``4 x workers`` partitions; each partition is one Dask task that writes
    one shard file (JSONL of outcomes) in ``<db>.shards/``. They run on the Dask cluster at
    ``scheduler``, or on a ``dask.distributed`` Client already made in this process (a cluster's
    workers must see the files and the shard folder: give absolute paths), or else on local
    processes. Shards left by a killed run are loaded first.
    """
    import dask

    from .sources.registry import expand

    shard_dir = Path(str(store.path) + ".shards")
    shard_dir.mkdir(exist_ok=True)
    for leftover in sorted(shard_dir.glob("part-*.jsonl")):
        _load_shard(leftover, handle, summary)
    paths: list[str] = []
    for p in expand(sources):
        if isinstance(p, InputError):
            summary.read += 1
            handle(Outcome(str(p.source), reason=p.reason))
        else:
            paths.append(str(p))
    if not paths:
        return
    n_parts = min(len(paths), workers * 4)
    parts = [paths[i::n_parts] for i in range(n_parts)]
    # The tasks open the store read-only: this process lets go of it meanwhile.
    db = str(store.path)
    store.con.close()
    run_id = f"{int(time.time())}-{os.getpid()}"
    tasks = [dask.delayed(_code_shard)(part, db, str(shard_dir / f"part-{run_id}-{i:05d}.jsonl"), options,
                                       reference_date, chunk_size)
             for i, part in enumerate(parts)]
    from distributed import Client, get_client

    own_client = Client(scheduler) if scheduler else None
    try:
        client = own_client or get_client()
    except ValueError:  # no client in this process
        client = None
    try:
        if client is not None:
            stats = client.compute(tasks, sync=True)
        else:
            stats = dask.compute(*tasks, scheduler="processes", num_workers=workers)
    finally:
        if own_client is not None:
            own_client.close()
        store.con = store.reopen()
    summary.startup_s = 0.0  # loading happens inside the tasks; the rate counts it in
    for part in stats:
        summary.read += part["read"]
        summary.skipped += part["skipped"]
        summary.coded += part["coded"]
    for shard in sorted(shard_dir.glob(f"part-{run_id}-*.jsonl")):
        _load_shard(shard, handle, summary)
    if not any(shard_dir.iterdir()):
        shard_dir.rmdir()


def _put(q: Any, item: Any, stop: threading.Event) -> None:
    """Put on a bounded queue, giving up when the ingest stops (so the reader thread never hangs)."""
    import queue

    while not stop.is_set():
        try:
            q.put(item, timeout=0.5)
            return
        except queue.Full:
            continue
