"""Helpers for the speaker tests: code an invented dispatch and pick out one quote."""

from __future__ import annotations

from wirecoder.record import Quote


def quote_with(pipeline, text: str, words: str) -> Quote:
    """The first quote of ``text`` whose words include ``words``."""
    record = pipeline.extract(text, reference_date="2026-11-29")
    return next(q for q in record.quotes if words in q.text)


def speaker_actor(pipeline, text: str, words: str) -> str | None:
    """The actor id of that quote's speaker, or None."""
    speaker = quote_with(pipeline, text, words).speaker
    return speaker.actor if speaker else None
