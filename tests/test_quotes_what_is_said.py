"""Quotations: what is not a quotation. A noun phrase that is won, given up, answered or agreed names no
words; a judgement on a charge or a move already named is a stance; a picture, an index or the markets do
not speak; a score or a line-up after a label is no one's words.

Invented dispatches and names (wire, AP and BBC styles)."""

from __future__ import annotations

import pytest
from test_quotes_round4 import quotes_in


def texts(pipeline, body: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body)]


# -- a stance or a wish towards a thing is no quote; the same stance said is one ------------------------

NOT_SAID = {
    "showing_a_picture": ("A new Tarvel Party billboard shows the governor and his deputy rowing a leaking canoe "
                          "upstream.\n"),
    "conceding_ground": "The home side conceded three penalties in the second half at Kessel.\n",
    "observing_a_silence": "Delegates at the Varnholm summit observed a minute's silence for the flood victims.\n",
    "agreeing_a_deal": "The Varnholm dockers' union agreed a two-year pay deal with the port on Friday.\n",
}


@pytest.mark.parametrize("body", NOT_SAID.values(), ids=NOT_SAID.keys())
def test_a_cue_verb_with_only_a_noun_phrase_object_reports_no_words(pipeline, body):
    # What is given up, kept or agreed, and what a picture shows, are no words.
    assert texts(pipeline, body) == []


def test_conceding_goals_is_no_quote_but_conceding_that_the_side_was_poor_is(pipeline):
    assert texts(pipeline, "Kessel Rovers conceded two goals before half-time.\n") == []
    said = texts(pipeline, "Kessel Rovers coach Ivo Marren conceded that his side had played poorly.\n")
    assert any("his side had played poorly" in t for t in said)


def test_a_stance_towards_a_thing_stays_a_quote_as_polnear_marks_it(pipeline):
    # The real-news guide would not count "backed the plan"; PolNeAR does, and its floors hold the line.
    said = texts(pipeline, "Finance Minister Ilse Varno said she backed the plan.\n")
    assert any("backed the plan" in t for t in said)


def test_supporting_a_ban_said_in_a_clause_is_a_quote(pipeline):
    said = texts(pipeline, "Transport Minister Anouk Brell told parliament that she supported the ban on night "
                           "flights.\n")
    assert any("supported the ban" in t for t in said)


def test_asking_whether_and_asking_someone_to_act_are_still_quotes(pipeline):
    asked = texts(pipeline, "Opposition leader Dmitar Rosko asked whether the army had been told of the plan.\n")
    assert any("the army had been told" in t for t in asked)
    urged = texts(pipeline, "Police in Varnholm asked residents to stay indoors while officers searched the area.\n")
    assert any("stay indoors" in t for t in urged)


def test_expecting_that_a_levy_raises_money_is_a_quote(pipeline):
    said = texts(pipeline, "Provincial treasurer Olek Mavros expects that the new levy will raise about $64 "
                           "million this year.\n")
    assert any("the new levy will raise" in t for t in said)


def test_claiming_that_fighters_took_a_town_is_a_quote(pipeline):
    said = texts(pipeline, "The rebel Northern Front claimed that its fighters had taken the town of Kessel "
                           "on Sunday.\n")
    assert any("its fighters had taken the town" in t for t in said)


# -- a judgement on a charge or a move already named is a stance, not a quote -----------------------

def test_denying_these_charges_is_not_a_quote(pipeline):
    body = ("Ostrelia accused its neighbour of sheltering rebel fighters. "
            "The Tarvel foreign ministry denied these charges on Thursday.\n")
    assert not any("charges" in t for t in texts(pipeline, body))


def test_condemning_a_move_described_by_a_participle_is_not_a_quote(pipeline):
    body = ("The regional bloc condemned the move announced on Monday by Tarvel Foreign Minister Lene Rask.\n")
    assert not any("the move" in t for t in texts(pipeline, body))


def test_denying_charges_with_their_content_clause_is_still_a_quote(pipeline):
    body = "The Tarvel foreign ministry denied charges that its troops had crossed the border on Thursday.\n"
    assert any("its troops had crossed the border" in t for t in texts(pipeline, body))


# -- prices and markets do not speak -------------------------------------------------------------------

NO_SPEAKER = {
    "index_showed": "The Varnholm share index showed that investors had lost heart after the budget.\n",
    "markets_concluded": ("The crown gained for a second day as the markets decided that the Tarvel reserve bank "
                          "had finished cutting its lending rate.\n"),
}


@pytest.mark.parametrize("body", NO_SPEAKER.values(), ids=NO_SPEAKER.keys())
def test_what_an_index_or_the_markets_show_is_not_a_quote(pipeline, body):
    assert texts(pipeline, body) == []


def test_what_a_statistics_office_said_of_the_data_is_a_quote(pipeline):
    body = "The Ostrelian statistics office said exports of steel fell by 3 percent in May.\n"
    assert any("exports of steel fell" in t for t in texts(pipeline, body))


def test_party_figures_are_people_and_still_speak(pipeline):
    body = "Senior Tarvel Party figures said the leader should step down before the autumn conference.\n"
    assert any("the leader should step down" in t for t in texts(pipeline, body))


# -- a label before a score or a line-up is no speaker ------------------------------------------------

def test_a_score_or_a_line_up_after_a_label_is_not_a_quote(pipeline):
    body = ("Half-time: Kessel Rovers 0 Varnholm United 2\n"
            "Kessel Rovers: Kell, Amos, Brandt, Ferro, Lutz, Osei, Varga, Morrow, Quist, Dorn, Wenck.\n")
    assert texts(pipeline, body) == []


def test_a_transcript_line_after_a_name_label_is_still_that_persons_words(pipeline):
    body = ("The senators were asked about the pension budget on Tuesday.\n"
            "MORAVEC: We will not cut the pension budget this year, whatever the treasury says.\n")
    assert any("cut the pension budget" in t for t in texts(pipeline, body))


def test_a_stance_after_while_still_ends_the_report_before_it(pipeline):
    body = ("The two envoys stressed the ruling would not change the status of the islands, while the Tarvel "
            "League condemned the move announced on Monday by Foreign Minister Lene Rask.\n")
    said = texts(pipeline, body)
    assert "the ruling would not change the status of the islands" in said
    assert not any("the move" in t for t in said)


def test_a_title_case_headline_after_a_name_label_is_still_a_quote(pipeline):
    record = pipeline.extract("Vantorsk: Party Anger Grows Over Mountain Pass Tolls\n\n"
                              "Senator Orla Vantorsk told a rally on Monday that the tolls had to go.\n",
                              reference_date="2026-11-29")
    assert any("Party Anger Grows" in q.text for q in record.quotes)
