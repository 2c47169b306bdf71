"""Round 39 (spk39): nominal speakers left unresolved on unseen text: a story's first "the company" / "the firm" /
"the German automaker", and a bare "the government" in a story about one state.

Half B of the quote recall audit counted 29 wrong speakers of class "nominal: unresolved" (half A 3); the pool's
printed quotes showed the same family: "The firm said" after "Channel operator X has seen sales fall", "The company
confirmed" after "The attorney general is investigating X", "The German automaker said" after "X AG reported a loss",
"the government said" in a story about one state.

1. A definite, singular business noun (cues.yaml business_nouns; "the", and only a state's adjective or words of the
   company's trade: "the Swedish automaker", "the department store operator") that nothing else resolved is the
   company the sentence before (or its own) names as subject, as object, or as its one organisation. Not "the rival
   firm", "the parent company", a person, or a dateline's city.
2. cues.yaml body_nouns and business_nouns gain the company trade nouns news copy calls a company by once it is named
   ("automaker", "drugmaker", "brewer", ...); a body-noun phrase with a state's adjective or a trade word does not make
   it another body than the company quoted or named before ("the German automaker" after "Drelmor AG said").
3. A bare "the government" with no state quoted before is the executive of the story's one named state (none when
   the story names two); the speaker keeps its words as its name ("the government", actor the state).

Invented dispatches (made-up companies, people and places; real states) in several agency styles.
"""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content_start):
    """(actor, name) of the speaker of the quote whose text starts with ``content_start``."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return (q.speaker.actor, q.speaker.name) if q.speaker else (None, None)
    raise AssertionError(f"no quote starting {content_start!r}")


# --- 1 and 2: the story's first business noun is the company named just before -------------------------------
@pytest.mark.parametrize("text, content_start, name", [
    # Reuters style: the company is the subject of the sentence before
    ("FRANKFURT, March 3 (Reuters) - Vellmar Logistik cut its profit forecast on Tuesday, blaming weak demand for "
     "freight. The company said it would close two depots in Bavaria.", "it would close two depots",
     "Vellmar Logistik"),
    # BBC style: a descriptor before the name, the firm in the next paragraph
    ("Budget airline Skyvarra has reported a fall in passenger numbers for the winter.\n\n"
     "The firm said bookings for the summer were 6% lower than a year ago.", "bookings for the summer", "Skyvarra"),
    # AP style: the company is the object of the sentence before (its subject is no company)
    ("TOPEKA, Kan. (AP) — The state attorney general is investigating Dunholt Pharmacy over its drug prices. The "
     "company confirmed on Friday that it had received a subpoena.", "it had received a subpoena",
     "Dunholt Pharmacy"),
    # Bloomberg style: a trade noun with a state's adjective
    ("Korsund Motors posted a quarterly loss on Thursday as sales of its electric vans slowed. The Swedish automaker "
     "said it would cut 900 jobs.", "it would cut 900 jobs", "Korsund Motors"),
    # Kyodo style: a dateline city in capitals is no company
    ("TOKYO (Kyodo) -- Torisei Brewing will raise the price of its canned beer from April. The brewer said the cost "
     "of barley had risen by a third.", "the cost of barley", "Torisei Brewing"),
    # a trade noun after the company was quoted: a state's adjective makes it no other company
    ('Drelmor AG said on Thursday that profit fell 10%. "Demand for vans is weak," the German automaker said.',
     "Demand for vans is weak", "Drelmor AG"),
])
def test_first_business_noun_is_the_company_named_before(pipeline, text, content_start, name):
    _, speaker = _speaker(pipeline, text, content_start)
    assert speaker == name


@pytest.mark.parametrize("text, content_start, not_name", [
    # another company by its own words
    ("Vellmar Logistik cut its profit forecast on Tuesday. The rival firm said demand had held up well.",
     "demand had held up well", "Vellmar Logistik"),
    ("Vellmar Logistik cut its profit forecast on Tuesday. The parent company said it would review the unit.",
     "it would review the unit", "Vellmar Logistik"),
    # a person named before is no company
    ("Chief executive Anja Lorvik resigned on Monday after three years in the post. The company said a search for her "
     "successor had begun.", "a search for her successor", "Anja Lorvik"),
    # a company of its own, named with the noun
    ("Vellmar Logistik cut its profit forecast on Tuesday. The Dornau company said its own orders were steady.",
     "its own orders were steady", "Vellmar Logistik"),
])
def test_business_noun_left_to_other_rules(pipeline, text, content_start, not_name):
    _, speaker = _speaker(pipeline, text, content_start)
    assert speaker != not_name


# --- 3: "the government" of the story's one state ------------------------------------------------------------
@pytest.mark.parametrize("text, content_start, state", [
    # Reuters style
    ("SEOUL, Oct 2 (Reuters) - South Korea's exports fell for a third straight month in September as demand for "
     "memory chips weakened. The government said it would extend cheap loans to exporters until June.",
     "it would extend cheap loans", "KOR"),
    # AP style: the cue after the content
    ("BRASILIA, Brazil (AP) — Brazil's jobless rate fell to 6.1% in December, the lowest in a decade. The economy is "
     "expected to grow by about 3% this year, the government said.", "The economy is expected", "BRA"),
    # Al Jazeera style: a body of the state named between
    ("NAIROBI (Al Jazeera) - Kenya's parliament passed the finance bill on Tuesday as protesters gathered outside. The "
     "government says the new taxes are needed to repay loans.", "the new taxes are needed", "KEN"),
])
def test_government_of_the_one_state(pipeline, text, content_start, state):
    actor, name = _speaker(pipeline, text, content_start)
    assert actor == state
    assert name.lower() == "the government"


def test_government_left_alone_with_two_states(pipeline):
    # AFP style: two states named, neither is "the government"
    text = ("ACCRA (AFP) - Ghana and Togo signed a border accord on Monday after years of talks. The government said "
            "the deal would open two new crossings.")
    actor, _ = _speaker(pipeline, text, "the deal would open")
    assert actor not in ("GHA", "TGO")
