"""Helpers for the speaker tests: code an invented dispatch and pick out one quote."""

from __future__ import annotations

from wirecoder.record import Quote


def quote_with(pipeline, text: str, words: str) -> Quote:
    """The first quote of ``text`` whose words include ``words``."""
    record = pipeline.extract(text, reference_date="2026-11-29")
    return next(q for q in record.quotes if words in q.text)


def speaker_with(pipeline, text: str, words: str) -> tuple[str, str | None]:
    """The name and actor id of the speaker of ``quote_with``'s quote, or ("", None)."""
    found = quote_with(pipeline, text, words).speaker
    return (found.name, found.actor) if found else ("", None)


BRIEF_HEADLINE = "News in brief\n\n"


def brief_quotes(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    """(kind, words, speaker name) of each quote of ``text`` coded under a neutral headline."""
    record = pipeline.extract(BRIEF_HEADLINE + text)
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in record.quotes]


def speaker_actor(pipeline, text: str, words: str) -> str | None:
    """The actor id of that quote's speaker, or None."""
    speaker = quote_with(pipeline, text, words).speaker
    return speaker.actor if speaker else None


# Round 21 and 22's tests read a dispatch as a headline and a body and ask for the quotes of the body only; each
# test module binds its own headline and reference date with functools.partial.
def quotes_in(pipeline, body: str, *, headline: str, reference_date: str) -> list[Quote]:
    """The quotes that stand in ``body`` when it is coded under ``headline``."""
    record = pipeline.extract(headline + body, reference_date=reference_date)
    return [q for q in record.quotes if q.span[0] >= len(headline)]


def quote_of(pipeline, body: str, words: str, *, headline: str, reference_date: str) -> Quote:
    """The first of those quotes whose words include ``words``."""
    return next(q for q in quotes_in(pipeline, body, headline=headline, reference_date=reference_date)
                if words in q.text)


def speaker_name(pipeline, body: str, words: str, *, headline: str, reference_date: str) -> str | None:
    """The name its speaker is printed with, or None."""
    quote = quote_of(pipeline, body, words, headline=headline, reference_date=reference_date)
    return quote.speaker.name if quote.speaker else None


def quote_texts(pipeline, body: str, *, headline: str, reference_date: str) -> list[str]:
    """The words of each of those quotes."""
    return [q.text for q in quotes_in(pipeline, body, headline=headline, reference_date=reference_date)]


def speaker_text(pipeline, body: str, words: str, *, headline: str, reference_date: str) -> str:
    """The name its speaker is printed with, or "" when it has none."""
    return speaker_name(pipeline, body, words, headline=headline, reference_date=reference_date) or ""


def speaker_of(pipeline, body: str, words: str, *, headline: str, reference_date: str) -> tuple[str, str | None]:
    """The printed name and the actor id of that quote's speaker, or ("", None) when it has none."""
    found = quote_of(pipeline, body, words, headline=headline, reference_date=reference_date).speaker
    return (found.name, found.actor) if found else ("", None)
