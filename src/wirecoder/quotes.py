"""Quotations: who said what. STUB: the quotes helper fills it in; the signature stays."""

from __future__ import annotations

from spacy.tokens import Doc

from .actors import ActorTable
from .article import Article
from .record import Quote


def find_quotes(doc: Doc, article: Article, actors: ActorTable) -> list[Quote]:
    """Every direct, indirect and mixed quotation in the article, with speaker and cue."""
    return []
