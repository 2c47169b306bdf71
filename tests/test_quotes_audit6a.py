"""Quotations, audit round 6 (half A's classes): quoted sentences with no cue that go on quoting the speaker
before them, and a report of two that-clauses.

Invented dispatches and names; each rule has a negative of the same shape."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def quote_with(pipeline, body: str, words: str):
    return next((q for q in quotes_in(pipeline, body) if words in q.text), None)


# -- "said A, but that B": both clauses are reported ------------------------------------------------

def test_a_second_that_clause_after_but_is_reported(pipeline):
    body = ("Harbour commissioner Anselm Drovic said the tolls were already among the highest in the region, "
            "but that most ferry firms could not pass them on.\n")
    quote = quote_with(pipeline, body, "the tolls were already")
    assert quote is not None and "could not pass them on" in quote.text


def test_a_second_that_clause_after_and_is_reported(pipeline):
    body = "Mayor Ilsa Vorn said the bridge would reopen in May and that the ferry would run until then.\n"
    quote = quote_with(pipeline, body, "the bridge would reopen")
    assert quote is not None and "the ferry would run" in quote.text


def test_a_conjunct_without_that_stays_the_writers(pipeline):
    body = "Mayor Ilsa Vorn said the bridge would reopen in May, but left the meeting before the vote.\n"
    quote = quote_with(pipeline, body, "the bridge would reopen")
    assert quote is not None and "left the meeting" not in quote.text


# -- a quoted sentence after a judgement, with no cue, is the judge's --------------------------------

def test_a_quote_after_a_criticism_is_the_critics(pipeline):
    body = ("Dockers' union leader Pella Marquin criticised the whole scheme. \"There is no sense in a tax that falls "
            "on the poorest crews.\" The union wants talks.\n")
    quote = quote_with(pipeline, body, "no sense in a tax")
    assert quote is not None and quote.speaker is not None and "Marquin" in (quote.speaker.name or "")


def test_a_quote_after_praise_is_the_praisers(pipeline):
    body = ("Councillor Eda Strunn praised the new ferry timetable. \"For the first time the island villages have a "
            "boat every hour.\"\n")
    quote = quote_with(pipeline, body, "island villages")
    assert quote is not None and quote.speaker is not None and "Strunn" in (quote.speaker.name or "")


def test_a_quote_after_a_poll_finding_is_not_the_polls(pipeline):
    body = ("A survey by the Ostrel Courier found most dockers backed the strike. \"We have waited long enough for "
            "a fair wage.\"\n")
    quote = quote_with(pipeline, body, "waited long enough")
    assert quote is None or quote.speaker is None or "Courier" not in (quote.speaker.name or "")


# -- a quoted paragraph whose full stop stands after the closing mark -------------------------------

def test_a_quoted_paragraph_with_its_stop_after_the_mark_continues_the_speaker(pipeline):
    body = ("Former councillor Ivo Restam has accused both parties of staging a \"race to the bottom on wages\".\n\n"
            "\"My worry is that the small yards will close first and the jobs will go abroad\". It is that fear "
            "that drives the protest.\n")
    quote = quote_with(pipeline, body, "small yards will close")
    assert quote is not None and quote.speaker is not None and "Restam" in (quote.speaker.name or "")


def test_a_short_quoted_name_before_a_stop_is_no_quote(pipeline):
    body = ("Former councillor Ivo Restam has accused both parties of staging a \"race to the bottom on wages\".\n\n"
            "\"Blue Quay\". That is the name the fishermen gave the old dock.\n")
    assert quote_with(pipeline, body, "Blue Quay") is None


# -- "branded X Y": a predicate said of the object ---------------------------------------------------

def test_branding_a_plan_unaffordable_is_a_report(pipeline):
    body = "The port board of Ostrel has already branded the harbour levy unaffordable.\n"
    quote = quote_with(pipeline, body, "levy unaffordable")
    assert quote is not None and quote.speaker is not None


def test_branding_cattle_is_no_report(pipeline):
    body = "The Velloc farm branded its cattle in the spring before the fair.\n"
    assert quote_with(pipeline, body, "cattle") is None


# -- "was attacked by X as Y": the agent speaks -------------------------------------------------------

def test_a_passive_with_agent_and_as_is_the_agents_report(pipeline):
    body = "The harbour levy has been attacked by Mayor Ilsa Vorn as too costly and too late for the summer season.\n"
    quote = quote_with(pipeline, body, "too costly")
    assert quote is not None and quote.speaker is not None and "Vorn" in (quote.speaker.name or "")


def test_a_passive_with_agent_and_no_as_is_no_report(pipeline):
    body = "The ferry office was attacked by masked men in the night.\n"
    assert not quotes_in(pipeline, body)


# -- findings of a review or a survey are no statements ---------------------------------------------

def test_what_a_review_of_a_period_showed_is_no_quote(pipeline):
    body = ("The harbour master gave a review of the port's trade over the summer months which "
            "showed traffic falling to its lowest level.\n")
    assert quote_with(pipeline, body, "traffic falling") is None


def test_what_a_review_says_is_still_a_quote(pipeline):
    body = "Harbour master Anselm Drovic said the review would show traffic falling to its lowest level.\n"
    assert quote_with(pipeline, body, "traffic falling") is not None


def test_a_finding_in_a_study_is_no_quote(pipeline):
    body = "In a study, the Ostrel dockers' union discovered that wages in the port had fallen for six years.\n"
    assert quote_with(pipeline, body, "wages in the port") is None


def test_a_finding_said_is_still_a_quote(pipeline):
    body = "Union leader Pella Marquin said that wages in the port had fallen for six years.\n"
    assert quote_with(pipeline, body, "wages in the port") is not None


# -- a quoted name after "referred to" ---------------------------------------------------------------

def test_a_quoted_name_after_referred_to_is_no_quote(pipeline):
    body = "The Ostrel Courier referred to the \"Blue Quay\" -- the old fishing dock -- in its report on the strike.\n"
    assert quote_with(pipeline, body, "Blue Quay") is None


def test_referring_to_a_place_as_something_is_still_a_quote(pipeline):
    body = "Mayor Ilsa Vorn referred to the old fishing dock as \"a disgrace to the whole town\".\n"
    assert quote_with(pipeline, body, "disgrace") is not None


# -- a headline's "plans" is an intention -------------------------------------------------------------

def test_a_headline_plan_is_no_quote(pipeline):
    record = pipeline.extract("Varen party plans harbour tax rise\n\nThe party met in Ostrel on Monday.\n",
                              reference_date="2026-11-29")
    assert not any("harbour tax" in q.text for q in record.quotes)


# -- a quoted sentence after a stance on a thing, with no cue, is the stance-taker's -------------------

def test_a_quote_after_welcoming_a_decision_is_the_welcomers(pipeline):
    body = ("Mayor Ilsa Vorn welcomed the decision. \"This is a great day for the port and for every family on the "
            "islands.\"\n")
    quote = quote_with(pipeline, body, "great day for the port")
    assert quote is not None and quote.speaker is not None and "Vorn" in (quote.speaker.name or "")


def test_a_quote_after_condemning_a_move_is_the_condemners(pipeline):
    body = "Councillor Eda Strunn condemned the move. \"It is a betrayal of the villages that depend on the boats.\"\n"
    quote = quote_with(pipeline, body, "betrayal of the villages")
    assert quote is not None and quote.speaker is not None and "Strunn" in (quote.speaker.name or "")


def test_a_quote_after_a_stance_in_another_paragraph_is_left_alone(pipeline):
    body = ("Mayor Ilsa Vorn welcomed the decision.\n\nThe ferry office opened at nine. \"Boats run every hour from "
            "today until the end of the summer.\"\n")
    quote = quote_with(pipeline, body, "Boats run every hour")
    assert quote is None or quote.speaker is None or "Vorn" not in (quote.speaker.name or "")


def test_a_quote_after_a_stance_with_another_sentence_between_is_left_alone(pipeline):
    body = ("Mayor Ilsa Vorn welcomed the decision. The ferry office opened at nine. \"Boats run every hour from "
            "today until the end of the summer.\"\n")
    quote = quote_with(pipeline, body, "Boats run every hour")
    assert quote is None or quote.speaker is None or "Vorn" not in (quote.speaker.name or "")


# -- "quoted X as saying ..." where the parser hangs "as" on a verb of the words --------------------

def test_quoted_as_saying_misparsed_is_the_quoted_ones(pipeline):
    body = ("They quoted a Vardenian sailor, Tomas Velloc, as saying heavy fog over the past week \"had stopped "
            "the rebel fleet from leaving any harbour\" against the orders of the admiral.\n")
    quote = quote_with(pipeline, body, "heavy fog")
    assert quote is not None and quote.speaker is not None and "Velloc" in (quote.speaker.name or "")
    assert "orders of the admiral" in quote.text


def test_a_medium_quoting_a_source_still_speaks_itself(pipeline):
    body = "The Ostrel Courier, quoting a harbour official, said the port would reopen on Monday.\n"
    quote = quote_with(pipeline, body, "port would reopen")
    assert quote is not None and quote.speaker is not None and "Courier" in (quote.speaker.name or "")
