"""Round 37: sentence boundaries after an abbreviation that ends in a full stop (nlp.py,
data/language/sentences.yaml). Invented dispatches in several agency styles."""

from __future__ import annotations

import pytest

from wirecoder.nlp import load_nlp
from wirecoder.settings import load_settings


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(load_settings()["pipeline"]["model"])


def _sents(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


# A closed-class word after the abbreviation goes on the sentence (Reuters-21578 capitalises it).
@pytest.mark.parametrize("text", [
    "Drevik said the U.S. And Ostravia will hold detailed talks on grain tariffs next month.",
    "TORMUND, March 4 - Aid promised by the U.K. Has not reached the Velsk region, the minister said.",
    "Ministers sought help from the U.N. Which had sent observers to Karnov province last year.",
    "U.S. And Pelandrian officials met in Washington on Tuesday to discuss the quota dispute.",
    "Analysts said the U.S. Would press Zemboria to lower its duties on soybeans before June.",
])
def test_closed_class_word_after_abbreviation_goes_on(nlp, text):
    assert _sents(nlp, text) == [text]


# The same after an abbreviation that opens a sentence or a line, where the parser cuts it off.
@pytest.mark.parametrize("text, last", [
    ("Officials said.\nU.S. And Karnovan troops held joint drills near the border.",
     "U.S. And Karnovan troops held joint drills near the border."),
    ("The envoy said. WASHINGTON - U.S. And Zemborian forces are watching the border closely.",
     "WASHINGTON - U.S. And Zemborian forces are watching the border closely."),
    ("Prices rose again.\nU.K. And Ostravian negotiators resumed talks on fishing quotas on Monday.",
     "U.K. And Ostravian negotiators resumed talks on fishing quotas on Monday."),
])
def test_closed_class_word_after_opening_abbreviation_goes_on(nlp, text, last):
    assert _sents(nlp, text)[-1] == last


# A subject pronoun, "the" or "there" after a unit that follows a number starts a new sentence.
@pytest.mark.parametrize("text, first", [
    ("The ferry left Ostrava quay at 6 p.m. They reached Drummon before dawn, the coastguard said.",
     "The ferry left Ostrava quay at 6 p.m."),
    ("Brannock Foods sold its dairy arm for £230m. The company said it would cut 400 jobs.",
     "Brannock Foods sold its dairy arm for £230m."),
    ("Tormund sold the plant for \u20ac12m. Those who lost jobs will be paid, the union said.",
     "Tormund sold the plant for \u20ac12m."),
    ("The scheme has cost \u00a3885m. It was launched by Drummon council in 2003.",
     "The scheme has cost \u00a3885m."),
])
def test_sentence_opener_after_abbreviation_starts_one(nlp, text, first):
    assert _sents(nlp, text)[0] == first


# What must stay: a title before a name, a real sentence end the parser already found, "vs.".
@pytest.mark.parametrize("text, count", [
    ("Gen. Harvel Tosk said the brigade had left Drummon on Friday.", 1),
    ("Sen. Orla Vantree told reporters the bill would pass.", 1),
    ("The court heard Pelmar vs. The Dorrick Gazette on Tuesday.", 1),
    ("Kessin Varo moved his family to the U.S. He now runs a bakery in Ohio.", 2),
])
def test_titles_and_real_ends_stay(nlp, text, count):
    assert len(_sents(nlp, text)) == count


def test_line_break_still_starts_a_paragraph(nlp):
    text = "Grain talks with the U.S.\n\nAnd Ostravia, officials said, will follow in May."
    assert len(_sents(nlp, text)) == 2
