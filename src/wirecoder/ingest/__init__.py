"""Ingest: a corpus into the store, in parallel, resumable, in bounded memory.

``ingest(["./archive"], db="news.duckdb", workers=2)`` does what ``wirecoder ingest ./archive --db
news.duckdb --workers 2`` does. The sources are read as a stream (``sources/registry.py``); items the
ingest log already holds are skipped and texts already stored are logged as duplicates before any
NLP (``coding.py``); the rest are coded by an engine: in this process (``local.py``), by worker
processes, each with its own pipeline, fed through bounded queues (``processes.py``), or in shards by
Dask (``dask_engine.py``). The parent alone writes, one transaction per batch of records and their
log rows (``run.py``), so a kill loses at most the batch in flight and a rerun resumes where the last
one stopped. Ctrl-C or SIGTERM stops the run at the next batch and raises :class:`Interrupted`.

An engine is a function ``(sources, run) -> None`` that hands every item's outcome to
``run.handle`` (or a coded result to ``run.add_result``) and returns early when ``run.stopping``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ..store import DEFAULT_DB, dedup
from .run import ENGINE_NAMES, IngestOptions, Interrupted, Run, stop_on_signals
from .summary import IngestSummary

Engine = Callable[[Iterable["str | Path"], Run], None]


def _engine(options: IngestOptions) -> tuple[Engine, bool]:
    """The engine for these options, and whether it can only be stopped at once (it cannot poll)."""
    if options.engine == "dask":
        from .dask_engine import ingest_dask

        return ingest_dask, True
    if options.workers == 1:
        from .local import ingest_here

        return ingest_here, False
    from .processes import ingest_workers

    return ingest_workers, False


def ingest(sources: Iterable[str | Path], db: str | Path = DEFAULT_DB, workers: int = 1,
           reference_date: date | str | None = None, batch_size: int = 100, quiet: bool = False, *,
           model: str | None = None, actors: Iterable[str | Path] = (), settings: str | Path | None = None,
           patterns: Iterable[str | Path] = (), cues: Iterable[str | Path] = (), stance: Iterable[str | Path] = (),
           pipeline: Any = None, progress: TextIO | None = None, engine: str = "processes",
           scheduler: str | None = None, on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read ``sources`` (files, directories, globs), code every new item and store it in ``db``.

    The keywords are :class:`IngestOptions`' fields. ``workers``: processes that code texts, each
    loading the pipeline once (1 codes in this process, with ``pipeline`` if given). ``batch_size``:
    records per transaction. Progress goes to ``progress`` (default standard error) unless ``quiet``.
    ``engine="dask"`` codes files in shards with Dask, on the cluster at ``scheduler`` (an address)
    or on local processes. Returns the summary; a rerun skips what is done. Raises
    :class:`Interrupted` (a KeyboardInterrupt) after Ctrl-C or SIGTERM, with what was committed.
    """
    options = IngestOptions(db=db, workers=workers, reference_date=reference_date, batch_size=batch_size,
                            quiet=quiet, model=model, actors=tuple(str(a) for a in actors),
                            patterns=tuple(str(p) for p in patterns), cues=tuple(str(c) for c in cues),
                            stance=tuple(str(s) for s in stance),
                            settings=str(settings) if settings else None, pipeline=pipeline,
                            progress=progress, engine=engine, scheduler=scheduler, on_batch=on_batch)
    return run_ingest(sources, options)


def run_ingest(sources: Iterable[str | Path], options: IngestOptions) -> IngestSummary:
    """:func:`ingest` with its options in one object."""
    from ..settings import load_settings
    from ..store.writer import Store
    from .coding import file_limit

    config = load_settings(options.settings)
    # [dedup] threshold in a settings file: the similarity from which a text is a re-issued story.
    threshold = float(config.get("dedup", {}).get("threshold", dedup.THRESHOLD))
    # Texts a worker codes at once are [pipeline] batch_size (one spaCy batch), and never more than a
    # write batch, so that a worker holds no more than one transaction's worth; a chunk that a bug
    # breaks is retried text by text.
    chunk_size = min(int(config["pipeline"]["batch_size"]), options.batch_size)
    engine, at_once = _engine(options)
    with Store(options.db, threshold=threshold) as store:
        run = Run(options, store, chunk_size, file_limit(options.pipeline_options(), options.pipeline))
        try:
            with stop_on_signals(run, at_once=at_once):
                engine(sources, run)
                run.flush()  # whole outcomes only: a stop comes between results, never inside one
        except KeyboardInterrupt:
            if run.signum is None:  # not a signal this run handled (a KeyboardInterrupt of the caller's)
                raise
        finally:
            run.end()
    if run.signum is not None:
        run.summary.interrupted = _signal_name(run.signum)
        raise Interrupted(run.signum, run.summary)
    return run.summary


def _signal_name(signum: int) -> str:
    import signal

    return signal.Signals(signum).name


__all__ = ["ENGINE_NAMES", "IngestOptions", "IngestSummary", "Interrupted", "Run", "ingest", "run_ingest"]
