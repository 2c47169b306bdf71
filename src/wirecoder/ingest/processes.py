"""The worker-process engine: a reader thread feeds texts to worker processes through bounded queues;
the main thread alone writes what they send back.

Stopping (Ctrl-C, SIGTERM, an error): workers never see Ctrl-C (the signal is blocked before they are
started, and ignored in them), so none prints a traceback; the parent terminates them, drops what is
still queued (``cancel_join_thread``: nothing waits at exit to flush a queue no one reads, which is
what hung the process before) and returns with every committed batch kept.
"""

from __future__ import annotations

import os
import queue
import signal
import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, Literal

from ..errors import WirecoderError
from ..store.writer import Outcome
from .coding import Task, code, prepare
from .run import Run

# What travels on the results queue: (kind, value). Workers send "ready" (pid), "results" (a chunk's
# results), "done" (pid) or "dead" (why the pipeline did not load); the reader thread sends
# "outcome" (an item settled without NLP) and "fed" (how many workers it started, once it is done).
MessageKind = Literal["ready", "results", "done", "dead", "outcome", "fed"]
Message = tuple[MessageKind, Any]


def _worker(tasks: Any, results: Any, options: dict[str, Any], reference_date: date | None,
            chunk_size: int) -> None:
    """A worker process: load the pipeline once, code chunks of tasks until the None sentinel.

    It stops by itself when the parent is gone (killed, say), rather than wait on the queue forever.
    Ctrl-C at a terminal reaches the whole process group: the parent decides how to stop, so a
    worker ignores it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import multiprocessing as mp

    from ..pipeline import load

    parent = mp.parent_process()

    def alive() -> bool:
        return parent is None or parent.is_alive()

    try:
        pipeline = load(**options)
    except BaseException as exc:
        _send(results, _message("dead", f"{type(exc).__name__}: {exc}"), alive)
        return
    _send(results, _message("ready", os.getpid()), alive)
    finished = False
    while not finished and alive():
        chunk: list[Task] = []
        while len(chunk) < chunk_size:
            task = _get(tasks, alive)
            if task is None:
                finished = True
                break
            chunk.append(task)
        if chunk and not _send(results, _message("results", code(pipeline, chunk, reference_date)), alive):
            return
    _send(results, _message("done", os.getpid()), alive)


def _message(kind: MessageKind, value: Any) -> Message:
    return kind, value


def _get(q: Any, alive: Callable[[], bool]) -> Any:
    """The next task, or None when there are no more or the parent is gone."""
    while alive():
        try:
            return q.get(timeout=1.0)
        except queue.Empty:
            continue
    return None


def _send(q: Any, message: Any, alive: Callable[[], bool]) -> bool:
    """Put a message on a bounded queue; False if the parent went away meanwhile."""
    while alive():
        try:
            q.put(message, timeout=1.0)
            return True
        except queue.Full:
            continue
    return False


def _put(q: Any, item: Any, stop: threading.Event) -> None:
    """Put on a bounded queue, giving up when the ingest stops (so the reader thread never hangs)."""
    while not stop.is_set():
        try:
            q.put(item, timeout=0.5)
            return
        except queue.Full:
            continue


def ingest_workers(sources: Iterable[str | Path], run: Run) -> None:
    import multiprocessing as mp

    workers, chunk_size = run.options.workers, run.chunk_size
    options = run.options.pipeline_options()
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
    stop = threading.Event()  # the reader's stop: set when the main thread leaves, for any reason

    def started_workers() -> list[Any]:
        with procs_lock:
            return list(procs)

    def start_worker() -> None:
        with procs_lock:
            if stop.is_set():
                return
            p = ctx.Process(target=_worker, args=(tasks, results, options, run.reference_date, chunk_size),
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
        # Workers are started from this thread and inherit its signal mask: with SIGINT blocked here,
        # a Ctrl-C during a worker's start-up (importing spaCy) cannot print a traceback there.
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        cursor = run.store.con.cursor()  # its own connection: the main thread writes on store.con
        try:
            for x in prepare(sources, cursor, run.summary, run.max_bytes):
                if stop.is_set():
                    return
                if isinstance(x, Outcome):
                    _put(results, _message("outcome", x), stop)
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
            _put(results, _message("fed", len(fed)), stop)

    feeder = threading.Thread(target=feed, name="wirecoder-ingest-reader", daemon=True)
    feeder.start()
    started, done, ready = -1, 0, 0  # started: how many workers the reader started, once it is done
    finished = False
    try:
        while done != started and not run.stopping:
            try:
                kind, value = results.get(timeout=0.25)
            except queue.Empty:
                dead = [p for p in started_workers() if not p.is_alive() and p.exitcode not in (0, None)]
                if dead and not run.stopping:
                    raise WirecoderError(f"a worker process died (exit code {dead[0].exitcode}); "
                                         "rerun to resume") from None
                continue
            if kind == "results":
                for result in value:
                    run.add_result(result)
            elif kind == "outcome":
                run.handle(value)
            elif kind == "ready":
                ready += 1
                if ready == 1:
                    run.summary.startup_s = run.elapsed()
            elif kind == "done":
                done += 1
            elif kind == "fed":
                started = value
            elif kind == "dead":
                raise WirecoderError(f"a worker could not load the pipeline: {value}")
        if feeder_error:
            raise feeder_error[0]
        finished = not run.stopping
    finally:
        stop.set()
        _stop_workers(started_workers(), finished)
        if not finished:
            # Nothing will read what is still queued: do not wait at exit to flush it.
            for q in (tasks, results):
                q.cancel_join_thread()
        feeder.join(timeout=5)


def _stop_workers(procs: list[Any], finished: bool) -> None:
    """Join the workers (they have ended when the run finished); otherwise terminate them: what they
    hold is not committed and a rerun codes it again."""
    for p in procs:  # stop is set: no worker starts after this copy
        if not finished:
            p.terminate()
        p.join(timeout=5)
        if p.is_alive():
            p.kill()
            p.join(timeout=5)
