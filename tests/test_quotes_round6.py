"""Quotations, round 6: stances and acts that report no words, and speakers of a body's line.

Invented dispatches and names (tests/data/quotes_news holds the hand-annotated set)."""

from __future__ import annotations

import pytest
from test_quotes_round4 import quotes_in, speaker_name


def texts(pipeline, body: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body)]


# -- a verb of judgement with a short phrase pointing back is a stance, not a quote -----------------

def test_condemning_a_policy_named_before_is_not_a_quote(pipeline):
    body = ("The Ostrava-Vell council raised bus fares by a third on Monday. "
            "The drivers' union condemned the measures.\n")
    assert not any("the measures" in t for t in texts(pipeline, body))


def test_denying_the_allegations_is_not_a_quote(pipeline):
    body = ("Prosecutors in Lindrath charged the port director, Teodor Wenck, with fraud on Monday. "
            "Through his lawyer, Wenck denied these allegations.\n")
    assert not any("allegations" in t for t in texts(pipeline, body))


def test_defending_its_decision_is_not_a_quote_but_the_spokeswoman_after_it_speaks_for_the_ministry(pipeline):
    body = ("Lindrath's Interior Ministry, which shut three crossings on Friday, has defended its decision. "
            "A spokeswoman said: \"The crossings will reopen once the floods have passed.\"\n")
    assert not any(t.strip() == "its decision" for t in texts(pipeline, body))
    assert "Ministry" in speaker_name(pipeline, body, "The crossings will reopen")


def test_denying_a_claim_with_its_content_clause_is_still_a_quote(pipeline):
    body = ("The Lindrath transport minister, Mirela Soukup, denied the claim that the tender had been "
            "rigged in favour of a foreign bidder.\n")
    assert any("the tender had been rigged" in t for t in texts(pipeline, body))


def test_criticising_a_long_proposal_by_name_is_still_a_quote(pipeline, attributions_pipeline):
    # A person or a proposition named in full is what PolNeAR marks as attributed: the rule only drops
    # the short phrase that points back. (Under the default scope, "statements", any noun-phrase object of a
    # judgement is a stance, no quote: test_quotes_scope.py.)
    body = "Senator Alba Ferreira criticised the governor's plan to sell the state water company to investors.\n"
    assert any("sell the state water company" in t for t in texts(attributions_pipeline, body))
    assert texts(pipeline, body) == []


# -- acts and things that are not words ---------------------------------------------------------

NOT_WORDS = {
    "posting_footage": "The Lindrath Green Party posted drone footage of the flooded valley on its website on Sunday.\n",
    "welcoming_a_plan": "The Ostrava-Vell chamber of commerce welcomed the government's plan to widen the ring road.\n",
    "meeting_to_discuss_a_matter": ("Lindrath's justice minister, Pavel Dorn, will see the harbour board on Thursday "
                                    "to discuss the new fees.\n"),
    "being_accused_of_something": ("The Lindrath mayor, Ilse Varga, has been accused of favouring her brother's "
                                   "building firm.\n"),
    "a_court_declaring_a_result_invalid": "The Lindrath constitutional court on Thursday declared the election result invalid.\n",
}


@pytest.mark.parametrize("body", NOT_WORDS.values(), ids=NOT_WORDS.keys())
def test_an_act_that_reports_no_words_is_not_a_quote(pipeline, body):
    # Posting, welcoming, meeting to discuss, being accused (the speaker unknown), a court's ruling.
    assert texts(pipeline, body) == []


def test_a_court_declaring_that_a_vote_was_void_is_still_a_report(pipeline):
    body = "The Lindrath constitutional court declared that the municipal vote had been void from the start.\n"
    assert any("the municipal vote had been void" in t for t in texts(pipeline, body))


# -- a quotation signed after a dash ----------------------------------------------------------

def test_a_quotation_signed_after_a_dash_is_said_by_the_name_after_the_dash(pipeline):
    body = ("We asked voters in Ostrava-Vell what they made of the debate.\n\n"
            "\u201cThe fares matter more to me than the ring road.\u201d \u2015 Ludmila Horak\n"
            "\u201cNobody spoke about the schools at all.\u201d \u2015 Benedikt Sroll\n")
    assert speaker_name(pipeline, body, "The fares matter") == "Ludmila Horak"
    assert speaker_name(pipeline, body, "Nobody spoke") == "Benedikt Sroll"


def test_a_signature_with_a_trade_after_the_name_still_names_the_speaker(pipeline):
    body = ("Some shoppers in Ostrava-Vell wrote their answers on a board outside the market:\n"
            "\u201cBread costs twice what it did.\u201d \u2015 Jonas Welk, baker\n")
    assert speaker_name(pipeline, body, "Bread costs") == "Jonas Welk"


# -- the writer's summary in a relative clause ----------------------------------------------------

def test_a_vote_the_locals_call_a_referendum_is_not_their_quote(pipeline):
    body = "Residents of Ostrava-Vell voted on Sunday in an election they call a referendum on the ring road.\n"
    assert not any("referendum" in t for t in texts(pipeline, body))


def test_defending_the_measures_it_imposed_is_not_a_quote(pipeline):
    body = ("The Lindrath fisheries ministry on Monday defended the measures it imposed on trawlers in May, "
            "as fishermen blocked the port.\n")
    assert not any("the measures" in t for t in texts(pipeline, body))


# -- institutional speakers ---------------------------------------------------------------------

def test_a_spokeswoman_after_an_unnamed_ministry_speaks_for_that_ministry(pipeline):
    body = ("Fishermen blocked the port of Halvik on Monday.\n\n"
            "The ministry said in a statement that the quota would not change. A spokeswoman said: "
            "\"We will not empty the sea to end a protest.\"\n")
    assert "ministry" in speaker_name(pipeline, body, "We will not empty the sea").lower()


def test_his_office_speaks_for_the_man_named_before_not_for_the_paper_quoted_before(pipeline):
    body = ("The aide resigned on Monday, according to the Lindrath Courier.\n\n"
            "Interior Minister Lucan Brandt thanked her for her work on Tuesday. His office said the "
            "border plan would go ahead unchanged.\n")
    assert speaker_name(pipeline, body, "the border plan would go ahead") == "Lucan Brandt"


def test_a_spokesman_named_right_after_his_title_is_the_speaker_not_his_ministry(pipeline):
    body = ("Lindrath will close its naval base in Ostrava-Vell next month.\n\n"
            "\"The decision was taken with a heavy heart,\" navy spokesman Per Ekvall said on Monday.\n")
    assert speaker_name(pipeline, body, "The decision was taken") == "Per Ekvall"


def test_quoted_words_that_are_the_object_of_began_belong_to_the_reporter_of_the_sentence(pipeline):
    body = ("Two guards at the Ostrava-Vell crossing had begun \u201cwaving lorries through for a fee\u201d, "
            "the Lindrath Courier reported.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "waving lorries" in q.text)
    assert "Courier" in quote.speaker.name
