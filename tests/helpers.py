"""Helpers shared by the round tests (rounds 48 and 49 on): code an invented dispatch, then find its events,
actors or quotes with given fields. Each finder gives back what it found, so that a test asserts on it and
prints it when the assertion fails (``assert events_with(found, source=pid), found``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from event_support import REF

from wirecoder.record import Actor, Quote
from wirecoder.sources import Document

Event = tuple[str | None, str | None, str]  # (source, target, root), as event_support.coded gives them


def _fits(value: Any, wanted: Any) -> bool:
    """``value`` is ``wanted``, or one of ``wanted`` where that is a set."""
    return value in wanted if isinstance(wanted, set | frozenset) else value == wanted


def events_with(found: Iterable[Event], **fields: Any) -> list[Event]:
    """The events of ``found`` whose fields (``source``, ``target``, ``root``; ``side``: the source or the
    target) are the given values, or one of a given set of values."""
    def fits(event: Event) -> bool:
        source, target, root = event
        values = {"source": source, "target": target, "root": root}
        return all(_fits(source, wanted) or _fits(target, wanted) if name == "side" else _fits(values[name], wanted)
                   for name, wanted in fields.items())
    return [event for event in found if fits(event)]


def printed_bodies(pipeline, text: str, *fields: str) -> dict[str, tuple[Any, ...]]:
    """The printed organisations and groups of ``text`` (coded as a whole document): id -> the given fields
    of each (``name``, ``country``, ``sector`` ...)."""
    return {a.id: tuple(getattr(a, name) for name in fields)
            for a in pipeline.extract(Document(text=text, source="invented")).actors
            if a.kind in ("organization", "group")}


def body_names(found: dict[str, tuple[Any, ...]]) -> set[str]:
    """The names, in lower case, of bodies found by :func:`printed_bodies` with ``name`` as the first field."""
    return {values[0].lower() for values in found.values()}


def actor_of(pipeline, text: str, actor_id: str) -> Actor:
    """The printed actor ``actor_id`` of ``text``, coded on event_support's reference date."""
    return next(a for a in pipeline.extract(text, reference_date=REF).actors if a.id == actor_id)


_QUOTE_FIELDS = {
    "text": lambda q: q.text,
    "speaker": lambda q: q.speaker.name if q.speaker else None,
    "actor": lambda q: q.speaker.actor if q.speaker else None,
    "cue": lambda q: q.cue.text if q.cue else None,
}


def quote_fields(quote: Quote, *fields: str) -> tuple[Any, ...]:
    """The given fields of ``quote``: ``text``, ``speaker`` (its speaker's printed name), ``actor`` (its
    speaker's actor id), ``cue`` (the cue's words); None where the quote has no speaker or cue."""
    return tuple(_QUOTE_FIELDS[name](quote) for name in fields)


def quotes_with_fields(pipeline, text: str, *fields: str) -> list[tuple[Any, ...]]:
    """The given fields (:func:`quote_fields`) of every printed quote of ``text``, in order."""
    return [quote_fields(q, *fields) for q in pipeline.extract(text).quotes]
