"""One ingest run: its options (:class:`IngestOptions`), and what every engine shares while it runs
(:class:`Run`: the store, the summary, the write batch, the progress line and the stop signal)."""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ..dates import parse_date
from ..errors import WirecoderError
from ..store import DEFAULT_DB
from ..store.writer import Outcome, Store
from .coding import Result, outcome_of
from .summary import IngestSummary, Progress

ENGINE_NAMES = ("processes", "dask")


@dataclass
class IngestOptions:
    """How to run an ingest: ``wirecoder ingest``'s options, with the same names."""

    db: str | Path = DEFAULT_DB
    workers: int = 1  # processes that code texts (1: in this process, with ``pipeline`` if given)
    reference_date: date | str | None = None
    batch_size: int = 100  # records per transaction
    quiet: bool = False
    model: str | None = None
    actors: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # the user's rule files, as ``wirecoder.load`` takes them
    cues: tuple[str, ...] = ()
    stance: tuple[str, ...] = ()
    settings: str | None = None
    pipeline: Any = None  # an already loaded Pipeline (one worker only)
    progress: TextIO | None = None  # where the progress line goes (default: standard error)
    engine: str = "processes"
    scheduler: str | None = None  # a Dask scheduler's address (engine "dask")
    on_batch: Callable[[IngestSummary], None] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.engine not in ENGINE_NAMES:
            raise WirecoderError(f"unknown engine {self.engine!r}: the engines are {', '.join(ENGINE_NAMES)}")
        if self.batch_size < 1 or self.workers < 1:
            raise WirecoderError("workers and batch_size must be at least 1")
        self.reference_date = parse_date(self.reference_date, "reference_date")
        self.actors = tuple(str(a) for a in self.actors)
        self.patterns = tuple(str(p) for p in self.patterns)
        self.cues = tuple(str(c) for c in self.cues)
        self.stance = tuple(str(s) for s in self.stance)
        self.settings = str(self.settings) if self.settings else None

    def pipeline_options(self) -> dict[str, Any]:
        """What a worker passes to ``wirecoder.load`` (plain values: it crosses process boundaries)."""
        return {"model": self.model, "actors": list(self.actors), "settings": self.settings,
                "patterns": list(self.patterns), "cues": list(self.cues), "stance": list(self.stance)}


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM stopped an ingest. Everything committed is kept; a rerun resumes.

    ``signum`` is the signal, ``summary`` what the run did up to the stop."""

    def __init__(self, signum: int, summary: IngestSummary) -> None:
        self.signum = signum
        self.summary = summary
        super().__init__(f"interrupted by {signal.Signals(signum).name}")


class Run:
    """A running ingest: engines hand it outcomes and results; it writes them a batch at a time."""

    def __init__(self, options: IngestOptions, store: Store, chunk_size: int, max_bytes: int | None = None) -> None:
        self.options = options
        self.store = store
        self.chunk_size = chunk_size  # texts coded at once (one spaCy batch, at most one write batch)
        self.max_bytes = max_bytes  # the largest file read, from the run's settings (None: the package's)
        self.reference_date: date | None = options.reference_date  # type: ignore[assignment]
        self.summary = IngestSummary()
        self.start = time.monotonic()
        # Set by the first Ctrl-C or SIGTERM: engines stop taking work at their next safe point.
        self.stop = threading.Event()
        self.signum: int | None = None
        self._batch: list[Outcome] = []
        self._show = Progress(None if options.quiet else (options.progress or sys.stderr))

    @property
    def stopping(self) -> bool:
        return self.stop.is_set()

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def handle(self, outcome: Outcome) -> None:
        self._batch.append(outcome)
        if len(self._batch) >= self.options.batch_size:
            self.flush()
        else:
            self._show.show(self.summary, self.elapsed())

    def add_result(self, result: Result) -> None:
        self.summary.coded += 1
        self.handle(outcome_of(result))

    def flush(self) -> None:
        """Write the batch in one transaction (all of it or, if that fails, none), then count it."""
        if not self._batch:
            return
        first = self.summary.processed == 0
        outcomes = self.store.write(self._batch)
        self._batch.clear()
        for outcome in outcomes:
            self.summary.count(outcome)
        self._show.show(self.summary, self.elapsed(), force=first)
        if self.options.on_batch is not None:
            self.options.on_batch(self.summary)

    def end(self) -> None:
        self.summary.elapsed_s = self.elapsed()
        self._show.end()


@contextmanager
def stop_on_signals(run: Run, at_once: bool = False) -> Iterator[None]:
    """While an ingest runs, the first Ctrl-C (SIGINT) or SIGTERM asks it to stop at the next safe
    point (``run.stop``), not in the middle of a write; a second one stops it at once.

    Why: a KeyboardInterrupt raised anywhere left worker queues half-written and the process hung on
    exit. ``at_once``: the engine cannot poll (Dask computes in one call), so the first signal raises
    at once; the store's transaction rolls back what it was writing. Handlers are set only from the
    main thread (Python allows no other), and the previous ones come back afterwards.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        if run.stop.is_set() or at_once:
            run.signum = run.signum or signum
            run.stop.set()
            raise KeyboardInterrupt
        run.signum = signum
        run.stop.set()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
