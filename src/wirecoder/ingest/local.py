"""The in-process engine (one worker): read, code and write in this process, with one pipeline."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..store.writer import Outcome
from .coding import Task, code, prepare
from .run import Run


def ingest_here(sources: Iterable[str | Path], run: Run) -> None:
    """Code chunk by chunk; a stop request is honoured between chunks (a chunk is one spaCy batch)."""
    pipeline = run.options.pipeline
    if pipeline is None:
        from ..pipeline import load

        pipeline = load(**run.options.pipeline_options())
    run.summary.startup_s = run.elapsed()
    chunk: list[Task] = []
    for x in prepare(sources, run.store.con, run.summary, run.max_bytes):
        if run.stopping:
            return
        if isinstance(x, Outcome):
            run.handle(x)
            continue
        chunk.append(x)
        if len(chunk) >= run.chunk_size:
            for result in code(pipeline, chunk, run.reference_date):
                run.add_result(result)
            chunk = []
    if chunk and not run.stopping:
        for result in code(pipeline, chunk, run.reference_date):
            run.add_result(result)
