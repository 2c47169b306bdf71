"""Round 39 (speed21): the actors stage's whole-text scans by literals find what the patterns they
replace find (a speed change only; invented texts built at random from pieces)."""

from __future__ import annotations

import random

from wirecoder.actors import coref
from wirecoder.actors.dictionary import hinted_matches

PIECES = [" ", "  ", "\n", "-", "_", ".", ",", "x", "s", "S", "é", "1", "\u201c", "\u201d", '"', "’s",
          "he", "He", "she", "She", "HE", "the", "The", "THE", "Tarvik", "Osmerin", "said"]


def _texts(rnd: random.Random, pieces: list[str], n: int = 1500) -> list[str]:
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_pronoun_spans_are_the_pronoun_patterns_matches() -> None:
    for text in _texts(random.Random(39), PIECES):
        for lo in range(len(text) + 1):
            assert coref._pronoun_spans(text, lo) == [m.span() for m in coref._PRONOUN.finditer(text, lo)], (text, lo)


def test_mark_places_are_the_mark_patterns_matches() -> None:
    for text in _texts(random.Random(40), PIECES):
        assert coref._mark_places(text) == [m.start() for m in coref._MARKS.finditer(text)], text


def test_hinted_noun_matches_are_the_noun_patterns_matches(pipeline) -> None:
    finder = pipeline.find_actors.coref
    assert finder.noun_pattern is not None
    nouns = ["council", "Council", "alliance", "ALLIANCE", "bloc", "blocs", "union", "world body"]
    for text in _texts(random.Random(41), PIECES + nouns):
        for lo in range(len(text) + 1):
            plain = [(m.span(), m.group(1)) for m in finder.noun_pattern.finditer(text, lo)]
            hinted = [(m.span(), m.group(1)) for m in hinted_matches(finder.noun_pattern, finder._noun_hint, text, lo)]
            assert hinted == plain, (text, lo)


def test_agency_spans_are_the_agency_patterns_matches(pipeline) -> None:
    agents = pipeline.find_actors.agents
    assert agents._agency_scans is not None
    lower = [f for f in agents.agencies if "a" <= f[:1] <= "z"]
    upper = sorted(f for f in agents.agencies if not "a" <= f[:1] <= "z")[:40]
    pieces = PIECES + lower + upper + [f[:-1] for f in lower] + [f + "s" for f in lower]
    for text in _texts(random.Random(42), pieces, 3000):
        assert agents._agency_spans(text) == [m.span() for m in agents._agencies.finditer(text)], text
