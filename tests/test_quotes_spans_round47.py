"""Round 47 (qspan47): a second clause of the report joined by "and"/"but", and one reading of a document's maker.

- "said the bridge would stay shut and she was confident the work would end by June", "said the fund had been short,
  but it was likely the board would act": the parser hangs a clause joined after a reported clause on the cue, and
  the report ended before it. A clause with a subject of its own, no cue and no subordinator of its own, told in the
  form a report shifts its words into after a past cue ("was", "were", a "had" perfect, a "was"/"were" progressive,
  "would"/"could"), or in the present after a present cue ("says ... and it will"), goes on with what was said
  (finder._reported_coordinate, cues.yaml reported_coordinate_forms).
- The writer's own next step stays out: a simple past ("and the army opened fire"), a passive of a noun ("but that
  figure was passed within a year"), a note that no word came ("but there was no word from the police", cues.yaml
  no_word_nouns), and a second cue ("but denied ...") that reports on its own.
- The finder's test of whether a study speaks for a named maker and the speaker step's author of a document read
  the same phrases (speakers.document_authors).

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

from wirecoder.quotes.cues import load_cues
from wirecoder.quotes.speakers import document_authors

HEADLINE = "Velmora news in brief\n\n"


def _quotes(pipeline, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in pipeline.extract(HEADLINE + text).quotes]


def _report_of(pipeline, text, words):
    """The text of the one printed quote that holds ``words``."""
    found = [t for t, _ in _quotes(pipeline, text) if words in t]
    assert len(found) == 1, found
    return found[0]


def test_a_speakers_own_state_joined_by_and_stays_in_the_report(pipeline):
    text = ("ORVANE, Aug 1 (Reuters) - Mayor Petra Losk said on Wednesday the Kessa bridge would stay shut until June "
            "and she was confident the repairs would be finished by then.")
    assert _report_of(pipeline, text, "would stay shut").endswith("she was confident the repairs would be finished by then")


def test_an_it_was_likely_clause_after_a_comma_and_but_stays_in_the_report(pipeline):
    text = ("Senator Ilse Varnholt said the fishing treaty had not been ready for a vote, but it was likely the chamber "
            "would take it up in the spring.")
    assert "the chamber would take it up in the spring" in _report_of(pipeline, text, "not been ready")


def test_a_perfect_joined_to_a_clause_of_the_speakers_members_stays_whole(pipeline):
    text = ("TARSK, Aug 3 (AFP) - The Tarsk Rail Union said on Friday it had rejected the operator's pay offer and its "
            "members were ready to strike in September.")
    assert "ready to strike in September" in _report_of(pipeline, text, "rejected the operator's pay offer")


def test_a_shifted_back_would_after_but_stays_in_the_report(pipeline):
    text = ("BEIJING, Aug 8 (Xinhua) -- The Harlow port operator said Wednesday the refinancing of its bonds was going "
            "well, but it would struggle to repay the Orvane loan in full by December.")
    assert "repay the Orvane loan in full by December" in _report_of(pipeline, text, "refinancing of its bonds")


def test_a_present_report_goes_on_with_a_present_clause(pipeline):
    text = ("KESSA, Velmora (AP) — Finance Minister Ana Torvik says the fuel levy is fair and it will stay in place "
            "until the budget is balanced.")
    assert "until the budget is balanced" in _report_of(pipeline, text, "the fuel levy is fair")


def test_the_writers_simple_past_after_the_report_stays_out(pipeline):
    text = ("KESSA, Aug 9 (Reuters) - Velmoran envoy Milan Brask said the border talks had failed, and the army opened "
            "fire on rebel positions near Orvane on Thursday evening.")
    assert "opened fire" not in _report_of(pipeline, text, "the border talks had failed")


def test_a_passive_of_a_noun_after_the_report_is_the_writers(pipeline):
    text = ("The carmaker Velmotor said in 2020 it would make 90,000 vans a year in Kessa, but that figure was passed "
            "within eighteen months and later doubled.")
    assert "figure" not in _report_of(pipeline, text, "90,000 vans")


def test_a_note_that_no_word_came_is_the_writers(pipeline):
    text = ("Two stallholders told Al Jazeera that more bodies lay under the rubble of the market hall, but there was "
            "no word from the police.")
    assert "police" not in _report_of(pipeline, text, "more bodies")


def test_a_second_cue_after_but_reports_on_its_own(pipeline):
    text = ("MOSCOW, Aug 14 (TASS) - The Velmoran ambassador, Ivo Kessler, said the complaint was a surprise to him "
            "but denied that anyone at the embassy had copied the files.")
    assert "denied" not in _report_of(pipeline, text, "was a surprise to him")


def test_a_documents_maker_is_read_from_by_from_and_an_issuing_participle(pipeline):
    verbs = load_cues().document_issuing_verbs
    doc = pipeline.nlp("A study from the Drenvald Institute said rents would rise. A statement issued by the Tarsk "
                       "Rail Union said the strike would go ahead.")
    study = next(t for t in doc if t.lower_ == "study")
    statement = next(t for t in doc if t.lower_ == "statement")
    assert next(document_authors(study, verbs)).text == "Institute"
    assert next(document_authors(statement, verbs)).text == "Union"


def test_a_study_named_only_as_a_passives_subject_stays_silent_in_the_finder(pipeline):
    """("The study was published by X. The study said ...": the speaker step would print the study itself.)"""
    quotes = _quotes(pipeline, "The study was published by the Drenvald Institute in May. The study said rents would "
                     "double by 2030.")
    assert not any("rents would double" in text for text, _ in quotes)
