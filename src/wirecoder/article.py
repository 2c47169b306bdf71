"""The dispatch reader: page furniture, headline, subheadline, dateline, body, publication date.

STUB: the reader helper replaces this with the real thing; the interface stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .record import Dateline, Span


@dataclass
class Article:
    """What the reader found in a text, before any NLP."""

    text: str
    headline_span: Span | None = None
    subheadline_span: Span | None = None
    dateline: Dateline | None = None
    body_span: Span | None = None
    published: date | None = None
    # Leading page furniture ("All news") and anything else that is not the article.
    boilerplate: list[Span] = field(default_factory=list)

    @property
    def content_start(self) -> int:
        """Where the article proper begins (after page furniture)."""
        starts = [s[0] for s in (self.headline_span, self.subheadline_span, self.body_span) if s]
        return min(starts) if starts else 0


def read_article(text: str, reference_date: date | None = None) -> Article:
    """Split a dispatch into its parts; dates resolve against ``reference_date`` (default today)."""
    return Article(text=text, body_span=(0, len(text)))
