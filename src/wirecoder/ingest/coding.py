"""Reading and coding, shared by every engine: items not yet done, and texts coded in chunks."""

from __future__ import annotations

import contextlib
import itertools
import json
import weakref
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import InputError
from ..record import Record, record_id
from ..sources import Document, file_bytes_for
from ..sources.registry import iter_items
from ..store import dedup
from ..store.writer import DUPLICATE, ERROR, FAILED, Outcome, done_items, stored_ids
from .summary import IngestSummary

# Items read ahead and looked up in the ingest log at once (one query per chunk, not per item).
LOOKUP_CHUNK = 256

Task = tuple[str, Document]
Result = tuple[str, "Record | str", "list[int] | None", bool]  # item, record or reason, signature, internal


def prepare(sources: Iterable[str | Path], con: Any, summary: IngestSummary,
            max_bytes: int | None = None,
            items: Iterable[Document | InputError] | None = None) -> Iterator[Outcome | Task]:
    """Outcomes settled without NLP (read failures, exact duplicates), and tasks (item, document) to code.

    ``con``: a connection to the store, to look up what is done (None: nothing is). ``max_bytes``: the
    largest file read (the run's settings, :attr:`Run.max_bytes`). ``items``: the items already read (a
    lake's shard reads a range of a file), else those of ``sources``. Sets ``summary.read_all`` once the
    sources are read to the end."""
    items = iter(iter_items(sources, max_bytes) if items is None else items)
    while chunk := list(itertools.islice(items, LOOKUP_CHUNK)):
        keys = [item_key(x) for x in chunk]
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
    summary.read_all = True


_PIPELINES: dict[str, Any] = {}


def pipeline_for(options: dict[str, Any]) -> Any:
    """One pipeline per worker process (Dask, a lake's shards), loaded once and kept for the next tasks."""
    key = json.dumps(options, sort_keys=True)
    if key not in _PIPELINES:
        from ..pipeline import load

        _PIPELINES[key] = load(**options)
    return _PIPELINES[key]


def file_limit(options: dict[str, Any], pipeline: Any = None) -> int:
    """The largest file a run reads: from the ``max_chars`` of its pipeline if loaded, else of the
    settings in ``options`` (``wirecoder.load``'s keywords), never the package's alone."""
    if pipeline is not None:
        return file_bytes_for(pipeline.max_chars)
    from ..settings import load_settings

    return file_bytes_for(int(load_settings(options.get("settings"))["pipeline"]["max_chars"]))


def item_key(x: Document | InputError) -> str:
    if isinstance(x, Document):
        return str(x.meta.get("item") or x.source)
    return str(x.source)


def in_chunks(prepared: Iterable[Outcome | Task], size: int) -> Iterator[Outcome | list[Task]]:
    """What :func:`prepare` gives, with its tasks gathered into chunks of ``size`` (the last one may be
    shorter) for :func:`code`; outcomes pass through in order, as they come."""
    chunk: list[Task] = []
    for x in prepared:
        if isinstance(x, Outcome):
            yield x
            continue
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def outcome_of(result: Result) -> Outcome:
    """The outcome to store for one coded item: its record, or why it could not be coded."""
    key, value, signature, internal = result
    if isinstance(value, Record):
        return Outcome(key, record=value, signature=signature)
    return Outcome(key, reason=value, status=ERROR if internal else FAILED)


def code(pipeline: Any, tasks: list[Task], reference_date: date | None) -> list[Result]:
    """Code a chunk of texts; if the chunk breaks (a bug in a stage), code its texts one by one.

    The chunk is coded inside a spaCy memory zone (:func:`memory_zone`): a worker that codes shard
    after shard keeps the memory it had after its first chunk instead of growing with every new word."""
    def result(key: str, r: Record | InputError) -> Result:
        if isinstance(r, InputError):
            return key, r.reason, None, False
        return key, r, [int(v) for v in dedup.signature(r.text)], False

    with memory_zone(pipeline):
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


# The pipelines whose first chunk this process has coded, by the object itself: an ``id`` is reused
# once its object is freed, so a later pipeline could pass for warmed and code its first chunk in a zone.
_WARMED: weakref.WeakSet[Any] = weakref.WeakSet()


def memory_zone(pipeline: Any) -> contextlib.AbstractContextManager[Any]:
    """spaCy's memory zone around one chunk (spaCy 3.8, ``Language.memory_zone``), after the process's
    first chunk.

    Why: spaCy's vocabulary and string store keep every word a text brings, so a process that codes
    a corpus grows with the corpus's vocabulary. Inside a zone the entries a chunk adds are dropped
    when it ends; the records come out of the zone as plain Python data, so they are the same. The
    first chunk of a process is coded outside a zone: spaCy does not fill its tokenizer's cache inside
    one, and that first chunk's words warm it (spaCy's own advice). A pipeline without ``nlp``, or
    spaCy without zones, codes as before."""
    nlp = getattr(pipeline, "nlp", None)
    if not hasattr(nlp, "memory_zone"):
        return contextlib.nullcontext()
    if pipeline not in _WARMED:
        _WARMED.add(pipeline)
        return contextlib.nullcontext()
    return nlp.memory_zone()  # type: ignore[union-attr]
