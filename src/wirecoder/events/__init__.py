"""Event coding: who did what to whom, in CAMEO and PLOVER. STUB: the events helper fills it in."""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors import ActorTable
from ..article import Article
from ..record import Event, Quote


def code_events(doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote]) -> list[Event]:
    """Every political event the article reports, with its sentence and trigger spans."""
    return []
