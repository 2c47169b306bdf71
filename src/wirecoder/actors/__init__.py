"""Actors: states, international organisations, persons and places, each with all its mentions.

STUB interface: the actors helper fills it in. Later stages (quotes, events) use only
:class:`ActorTable` and :class:`Mention`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ..article import Article
from ..record import Actor


@dataclass(frozen=True)
class Mention:
    """One stretch of text that names or refers to an actor.

    ``kind``: ``name`` (Sergey Lavrov, Russia, NATO), ``adjective`` (Russian), ``title`` (the minister),
    ``pronoun`` (he), ``seat`` (the Kremlin, Washington), ``alias`` (the alliance).
    """

    start: int
    end: int
    actor: str
    kind: str = "name"


@dataclass
class ActorTable:
    """The actors of one article and the mention index that later stages query."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self._by_id = {a.id: a for a in self.actors}

    def get(self, actor_id: str | None) -> Actor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside [start, end), in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def at(self, start: int, end: int) -> Mention | None:
        """The mention that best covers [start, end): the longest one overlapping it, or None."""
        i = bisect.bisect_left(self._starts, start)
        best: Mention | None = None
        for m in self.mentions[max(0, i - 8): i + 8]:
            if m.start < end and start < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def resolve(self, start: int, end: int) -> str | None:
        """The actor id that the text at [start, end) refers to, or None."""
        m = self.at(start, end)
        return m.actor if m else None


class ActorFinder:
    """Finds the actors of an article in a parsed Doc, from dictionaries and the text itself."""

    def __init__(self, extra_files: Iterable[str | Path] = ()) -> None:
        self.extra_files = list(extra_files)

    def __call__(self, doc: Doc, article: Article) -> ActorTable:
        return ActorTable()
