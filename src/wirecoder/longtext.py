"""Long texts coded in bounded pieces, with every span still indexing the whole text.

Why: spaCy's memory grows with the length of one Doc (about 1 GB per million characters with the
parser), so a 5 MB text took 12 GB. A text longer than ``[pipeline] chunk_chars`` is cut into pieces
of at most that many characters, each ending at a paragraph break (a blank line) where one exists,
else at a line break, a sentence end, a space, or, failing all, at the limit. Each piece goes through
spaCy and the stages on its own; the results are shifted by the piece's start and merged, so peak
memory is that of one piece plus the results. What is lost at a cut: a pronoun or a quote that runs
across it (paragraph breaks are where such links are fewest).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import Any

from .article import Article
from .nlp import parser_text, with_original_text
from .record import Actor, Event, Quote, Record, Span, record_id
from .sources import Document

# Where a piece may end, best first: after a blank line, a line break, a sentence's end, a space.
_CUTS = [re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n"), re.compile(r"[.!?][\"'\u201d\u2019)]?\s+"),
         re.compile(r"\s+")]


def is_long(text: str, limit: int) -> bool:
    return len(text) > limit


def pieces(text: str, limit: int) -> Iterator[Span]:
    """Consecutive ``(start, end)`` ranges covering ``text``, each at most ``limit`` characters, cut at
    the best boundary in the second half of the window (so that no piece is tiny)."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = None
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, start + limit // 2, end)]
            if found:
                cut = found[-1]
                break
        cut = cut if cut is not None and cut > start else end
        yield start, cut
        start = cut
    yield start, len(text)


def _shift(value: Any, by: int) -> Any:
    """``value`` with every span in it moved ``by`` characters: a span is a pair of ints; lists and
    record dataclasses are walked (``Event.quote`` is an index, not a span: it is no pair)."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return (value[0] + by, value[1] + by)
    if isinstance(value, list):
        return [_shift(v, by) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _shift(getattr(value, f.name), by)
                                             for f in dataclasses.fields(value)})
    return value


def _merge_actor(into: Actor, more: Actor) -> Actor:
    """One actor over the pieces: the first piece's facts, gaps filled from later ones, all mentions."""
    filled = {f: getattr(into, f) or getattr(more, f) for f in ("country", "role", "sector")}
    into.mentions.extend(more.mentions)  # ``into`` is a shifted copy made here: extended in place, not copied
    return dataclasses.replace(into, **filled)


def code_long(text: str, limit: int, code_piece: Callable[[int, int], Record]) -> Record:
    """The record of a long ``text``: ``code_piece(start, end)`` codes ``text[start:end]`` (the first
    piece with the article's headline and dateline); the pieces' results are shifted and merged."""
    first: Record | None = None
    actors: dict[str, Actor] = {}
    quotes: list[Quote] = []
    events: list[Event] = []
    for start, end in pieces(text, limit):
        part = code_piece(start, end)
        first = first or part
        for actor in _shift(part.actors, start):
            actors[actor.id] = _merge_actor(actors[actor.id], actor) if actor.id in actors else actor
        offset = len(quotes)
        quotes.extend(_shift(part.quotes, start))
        events.extend(dataclasses.replace(e, quote=None if e.quote is None else e.quote + offset)
                      for e in _shift(part.events, start))
    assert first is not None
    return dataclasses.replace(first, actors=list(actors.values()), quotes=quotes, events=events)


def code_long_document(pipeline: Any, document: Document, article: Article) -> Record:
    """A :class:`~wirecoder.pipeline.Pipeline`'s record of a long document, piece by piece.

    The first piece keeps the reader's headline, dateline and date (they lie at the start); the
    others are body text of the same article. The record carries the whole text and its id."""
    text = document.text

    def code_piece(start: int, end: int) -> Record:
        part = text[start:end]
        if start == 0:
            piece_article = dataclasses.replace(article, text=part, body_span=_clip(article.body_span, end))
        else:
            piece_article = Article(text=part, body_span=(0, len(part)), published=article.published,
                                    reference_date=article.reference_date)
        return pipeline._record(with_original_text(pipeline.nlp(parser_text(part)), part), dataclasses.replace(document, text=part), piece_article)

    record = code_long(text, pipeline.chunk_chars, code_piece)
    return dataclasses.replace(record, id=record_id(text), text=text, body_span=article.body_span)


def _clip(span: Span | None, end: int) -> Span | None:
    return None if span is None or span[0] >= end else (span[0], min(span[1], end))
