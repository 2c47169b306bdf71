"""Round 42 (qspan42): a headline's passive of a verb said to someone is no quote of the one addressed.

- "Velmora accused of hiding ferry losses", "Minister urged to quit", "Mayor told to repay costs": a verb that
  reports words only when said to a listener ("accused X of", "urged X to", "told X to"), with the listener's
  preposition right after it, is a passive whose "is" the headline dropped. Its subject is who was accused or
  urged, not a speaker, and no one named speaks (cues.yaml addressed_participles), as "was accused of" already
  reports nothing.
- The active verbs keep their reports: "accused the minister of ...", "urged residents to ...", and a relative
  clause that lost its object to the noun it describes ("the official he accused of lying") is not read as a
  passive.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

BODY = "\n\nThe finance ministry published the accounts on Tuesday."


def _quotes(pipeline, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in pipeline.extract(text).quotes]


def test_a_headline_accused_of_is_no_quote_of_the_accused(pipeline):
    quotes = _quotes(pipeline, "Velmora accused of hiding ferry losses" + BODY)
    assert not any("ferry losses" in text for text, _ in quotes)


def test_a_headline_urged_to_is_no_quote_of_the_one_urged(pipeline):
    quotes = _quotes(pipeline, "Drenvald urged to quit over levy row" + BODY)
    assert not any("quit" in text for text, _ in quotes)


def test_a_headline_told_to_is_no_quote_of_the_one_told(pipeline):
    quotes = _quotes(pipeline, "Tarsen mayor told to repay travel costs" + BODY)
    assert not any("repay" in text for text, _ in quotes)


def test_an_active_accusation_with_its_listener_still_reports(pipeline):
    quotes = _quotes(pipeline, "Velmora budget row\n\nOpposition leader Hana Kirstov accused the minister of "
                     "hiding ferry losses.")
    assert any("hiding ferry losses" in text and speaker == "Hana Kirstov" for text, speaker in quotes)


def test_an_active_appeal_with_its_listener_still_reports(pipeline):
    quotes = _quotes(pipeline, "Tarsen floods\n\nMayor Ilse Marvek urged residents to stay indoors on Sunday.")
    assert any("stay indoors" in text and speaker == "Ilse Marvek" for text, speaker in quotes)


def test_a_relative_clause_that_lost_its_object_is_no_headline_passive(pipeline):
    quotes = _quotes(pipeline, "Velmora budget row\n\nThe official he accused of lying has resigned, Minister "
                     "Oskar Drenvald said on Monday.")
    assert any("has resigned" in text and speaker == "Oskar Drenvald" for text, speaker in quotes)

