"""Round 46 (qfind46): quotes lost to a study's silence, and a dateline read into "according to" content.

- A study, a piece of research or an inquiry whose author is named ("according to a 2029 study by the Tarsk Institute",
  "a study published by the Orvane Policy Forum", "research by Halvik University") cites what its makers concluded,
  as "according to the institute" does: the sentence is a quote, and the author speaks in it. A bare "a new study",
  a survey or a poll (a count of answers) and work only "commissioned by" someone stay silent (cues.yaml
  authored_speaking_nouns).
- The content of "according to" after a dateline starts after the dateline.
- The same study named again ("The study said ...") speaks for the author named with it before, and a possessed one
  ("his study said") for its owner; after a bare "a new study" it stays silent.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations


def _quotes(pipeline, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in pipeline.extract(text).quotes]


def test_according_to_a_study_by_an_institute_quotes_the_institute(pipeline):
    quotes = _quotes(pipeline, "Velmoran debt to double\n\nVELM, July 1 (Reuters) - Household debt in Velmora will "
                               "double by 2032, according to a 2029 study by the Tarsk Institute for Economic Research.")
    assert [(t, s) for t, s in quotes if "double" in t] == [
        ("Household debt in Velmora will double by 2032", "Tarsk Institute for Economic Research")]


def test_a_study_published_by_a_forum_opening_the_sentence_quotes_the_forum(pipeline):
    quotes = _quotes(pipeline, "Ferry levy row\n\nAccording to a 2029 study published by the Orvane Policy Forum, the "
                               "ferry levy would cost a family of four about 300 crowns a year.")
    assert ("the ferry levy would cost a family of four about 300 crowns a year", "Orvane Policy Forum") in quotes


def test_research_by_a_university_is_a_quote_of_the_university(pipeline):
    quotes = _quotes(pipeline, "Glaciers shrink\n\nGlaciers in the Sarnic range are melting twice as fast as a "
                               "decade ago, according to research by Halvik University.")
    assert any("melting twice as fast" in t and s and "Halvik University" in s for t, s in quotes)


def test_a_study_by_a_named_economist_speaks_for_the_economist(pipeline):
    quotes = _quotes(pipeline, "Rail fares\n\nCommuters in Tarsen pay more for rail travel than anywhere in the "
                               "region, according to a study by economist Mirela Dovhan.")
    assert any("pay more for rail travel" in t and s == "Mirela Dovhan" for t, s in quotes)


def test_a_study_as_subject_with_its_author_speaks_for_the_author(pipeline):
    quotes = _quotes(pipeline, "Port jobs\n\nA study by the Sarnic School of Economics said automated cranes could "
                               "cut a third of dock jobs within ten years.")
    assert any("automated cranes" in t and s == "Sarnic School of Economics" for t, s in quotes)


def test_a_new_study_with_no_author_stays_silent(pipeline):
    quotes = _quotes(pipeline, "Car sales\n\nTOKYO, July 5 (Kyodo) - Fewer people in their twenties are buying cars "
                               "than at any time since records began, according to a new study.")
    assert not any("buying cars" in t for t, _ in quotes)


def test_a_survey_by_a_union_is_still_a_count_not_a_quote(pipeline):
    quotes = _quotes(pipeline, "Harvest\n\nTwo in five growers lost half their harvest to the drought, according to "
                               "a survey by the Velmoran Growers' Union.")
    assert not any("lost half their harvest" in t for t, _ in quotes)


def test_research_only_commissioned_by_a_council_names_no_author(pipeline):
    quotes = _quotes(pipeline, "Housing plan\n\nAccording to research commissioned by Velm city council, the new "
                               "estate would house 4,000 people.")
    assert not any("house 4,000 people" in t for t, _ in quotes)


def test_according_to_content_starts_after_the_dateline(pipeline):
    quotes = _quotes(pipeline, "Port automation\n\nHALVIK, July 11 (Reuters) - Automated cranes could cut a third "
                               "of dock jobs at Halvik port, according to a 2029 study released by the Sarnic School of "
                               "Economics.")
    texts = [t for t, _ in quotes if "Automated cranes" in t]
    assert texts and all(t.startswith("Automated cranes") for t in texts)


def test_the_study_named_again_speaks_for_the_author_named_before(pipeline):
    quotes = _quotes(pipeline, "Farm insurance\n\nTwo in three small farms carry no crop insurance, according to a "
                               "2029 study by the Velmoran Records Institute.\n\nThe study said most growers thought "
                               "the premiums were too high.")
    assert ("most growers thought the premiums were too high", "Velmoran Records Institute") in quotes


def test_the_study_named_again_after_an_unauthored_one_stays_silent(pipeline):
    quotes = _quotes(pipeline, "Farm insurance\n\nTwo in three small farms carry no crop insurance, a new study "
                               "shows.\n\nThe study said most growers thought the premiums were too high.")
    assert not any("premiums were too high" in t for t, _ in quotes)


def test_a_possessed_study_speaks_for_its_owner(pipeline):
    quotes = _quotes(pipeline, "Port jobs\n\nSarnic economist Pel Arno released a study on Monday on dock jobs."
                               "\n\nCranes will cut a third of dock jobs within ten years, his study said.")
    assert any(t.startswith("Cranes will cut a third") and s == "Pel Arno" for t, s in quotes)
