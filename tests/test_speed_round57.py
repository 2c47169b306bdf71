"""Round 57 (speed57): the events and actors stages skip work that cannot change a record.

- The events stage reads the narrator's background state (modality.background_step) only for a sentence
  that names an old year, or while background is told: every other sentence is the story's time
  (``old_year_offsets`` finds, once per text, where such a year may begin).
- disc56's step (discourse.owner_before) asks for the things a verb acts on only of a candidate it may aim,
  and walks back over the doc's table, not a token per word.
- The actors stage tests an entity's opening given name (actrec56) in the doc's table.

Every dispatch is invented (made-up people, real states); the records stay the same
(benchmarks/check_same_records.py).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from wirecoder.arrays import sentences
from wirecoder.events.discourse import owner_before
from wirecoder.events.lexicon import HISTORY_YEARS
from wirecoder.events.modality import _YEAR_TEXT, background_step, old_year_offsets

NOW = 2026

STORIES = [
    "DUSHANBE (Reuters) - Tajikistan reopened two border crossings on Thursday, Deputy Foreign Minister "
    "Farrukh Odinavzod said.\n\nThe two states clashed over a water intake in 2021. Kyrgyz troops shelled "
    "villages near the reservoir.\n\nIn 1998 the two states fought over the valley. Kyrgyz troops shelled "
    "the border towns for a month.\n\nOn Thursday officials met in Osh, a 2025 accord in hand.",
    "KIGALI (AFP) - Burundi and Rwanda reopened their shared border on Monday.\n\nThousands fled during "
    "the 1993 crisis. Rwandan police arrested opposition activists.\n\nThe reopening follows talks that "
    "began in 2024, Foreign Minister Ines Batarova told reporters.",
]


def test_old_year_offsets_find_every_old_year_of_every_stretch() -> None:
    """Each year of 18xx-20xx that the step reads in any stretch of the text, history_years or more before
    now, begins at one of the offsets; none is listed for a later year, and none without a "now"."""
    text = "In 1998 and 2021, x1960y; 2025 and 19845 and 2019."
    offsets = old_year_offsets(text, NOW)
    for start in range(len(text)):
        for end in range(start + 4, len(text) + 1):
            for m in _YEAR_TEXT.finditer(text[start:end]):
                if int(m.group()) <= NOW - HISTORY_YEARS:
                    assert start + m.start() in offsets
    assert all(int(text[k:k + 4]) <= NOW - HISTORY_YEARS for k in offsets)
    assert text.index("2025") not in offsets
    assert old_year_offsets(text, None) == []


def test_old_year_offsets_of_a_text_without_years_are_none() -> None:
    """A text with no year of those centuries gives no offset: its sentences skip the step."""
    assert old_year_offsets("Chile shelled the convoy on Monday, 12 soldiers said.", NOW) == []


@pytest.mark.parametrize("text", STORIES)
def test_a_sentence_without_an_old_year_is_the_storys_time(pipeline, text) -> None:
    """Out of background (state 0), the step gives 0 for every sentence in which no old year may begin,
    whether it opens a paragraph or not: the stage may skip it."""
    doc = pipeline.nlp(text)
    offsets = old_year_offsets(doc.text, NOW)
    for sent in sentences(doc):
        if any(sent.start_char <= k < sent.end_char for k in offsets):
            continue
        words = doc.text[sent.start_char:sent.end_char]
        for opens in (True, False):
            assert background_step(sent, sent.root, words, NOW, 0, opens) == 0


def test_background_is_still_told_on_after_an_old_year(pipeline) -> None:
    """The deed told on after "In 1998 ..." in the narrator's past is still background: no event lies on
    the sentence that goes on telling it (the skip keeps the states)."""
    text = STORIES[0]
    record = pipeline.extract(text, reference_date="2026-11-29")
    told = text.index("Kyrgyz troops shelled the border towns")
    assert not [e for e in record.events if e.span[0] <= told + 14 < e.span[1]]


def test_owner_before_asks_nothing_of_a_candidate_it_cannot_aim() -> None:
    """A candidate with no source, or with a root the step does not read, is answered [] before the things
    its verb acts on are asked for."""
    def things(verb):
        raise AssertionError("asked for the things of a candidate the step cannot aim")

    for found in (SimpleNamespace(targets=[], sources=[], code="173", anchor=None),
                  SimpleNamespace(targets=[], sources=["CHL"], code="051", anchor=None)):
        assert owner_before(None, found, None, [], things, None, None) == []


@pytest.mark.parametrize("label", ["ORG", "PRODUCT"])
def test_a_given_name_first_still_names_a_person(pipeline, label) -> None:
    """actrec56's rule, read from the table: a two-word name that opens with a one-sex given name is a
    person's though spaCy tags it a body or a product (the entity set so here), after a line break too."""
    from spacy.tokens import Span

    from wirecoder.article import read_article
    from wirecoder.components import ACTORS, ARTICLE
    from wirecoder.dates import parse_date

    text = "VARNO (Reuters) - \n Ingrid Vossmark said on Monday that the Kestran plan would fail."
    doc = pipeline.nlp(text)
    start = next(t.i for t in doc if t.text == "Ingrid")
    doc.ents = [Span(doc, start, start + 2, label=label)]
    doc._.set(ARTICLE, read_article(text, parse_date("2026-11-29", "reference_date")))
    pipeline.components[0](doc)
    assert any(a.kind == "person" and "Vossmark" in a.name for a in doc._.get(ACTORS).actors)
