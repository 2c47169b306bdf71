"""Event coding: who did what to whom, in CAMEO and PLOVER, with the sentence and trigger spans.

The stage is the ``wirecoder_events`` component (:mod:`wirecoder.components`), a :class:`Coder`
with its :class:`~.lexicon.Lexicon`; ``code_events`` codes with the package's rules alone. The rules
live in :mod:`.coder` (and the modules it names), the readable patterns and word lists in
``data/events/``, the code tables in :mod:`.ontology`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..actors import ActorTable
from ..article import Article
from ..record import Event, Quote
from .coder import Coder
from .ontology import CameoCode, cameo, plover_for

__all__ = ["code_events", "cameo", "plover_for", "CameoCode", "Coder"]


@cache
def _coder() -> Coder:
    return Coder()


def code_events(doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote]) -> list[Event]:
    """Every political event the article reports, with its sentence and trigger spans."""
    return _coder()(doc, article, actors, quotes)
