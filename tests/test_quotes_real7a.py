"""Quotations, audit round 7's half A classes (real7a): "made clear" and its kin as cues; "argued for X";
`"...," reads a memo` with the document as the source (and its addressee not the speaker); an appeal
joined to a "would" clause is its own report even when the clause's verb is a cue; a stance verb's gerund
object ("will discuss strengthening X") reports nothing. Invented dispatches and names; each rule with a
negative of the same shape."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def quote_with(pipeline, body: str, words: str):
    return next((q for q in quotes_in(pipeline, body) if words in q.text), None)


# -- "made clear", "made it plain" -------------------------------------------------------------------------

def test_made_clear_reports_its_clause(pipeline):
    body = "In an interview, harbour chief Olek Tamsin made clear he wanted a broad debate on the fees.\n"
    quote = quote_with(pipeline, body, "he wanted a broad debate")
    assert quote is not None and "clear" not in quote.text and "Tamsin" in (quote.speaker.name or "")


def test_made_it_plain_that_reports_its_clause(pipeline):
    body = "Harbour chief Olek Tamsin made it plain that he would not resign over the fees.\n"
    quote = quote_with(pipeline, body, "he would not resign")
    assert quote is not None and not quote.text.startswith("that")


def test_made_without_the_adjective_and_a_clause_is_no_cue(pipeline):
    body = "Harbour chief Olek Tamsin made a deal with the ferry firms. He made clear his anger.\n"
    assert not [q for q in quotes_in(pipeline, body) if q.cue is not None and q.cue.text == "made"]


# -- "argued for X" ------------------------------------------------------------------------------------

def test_argued_for_reports_the_position(pipeline):
    body = "Councillor Edda Marvik also argued for a joint list of all three island parties.\n"
    quote = quote_with(pipeline, body, "a joint list of all three island parties")
    assert quote is not None and "Marvik" in (quote.speaker.name or "")


def test_argued_with_someone_for_hours_is_no_report(pipeline):
    body = "Councillor Edda Marvik argued with her aides for hours.\n"
    assert quote_with(pipeline, body, "hours") is None


# -- "...," reads a memo -----------------------------------------------------------------------------

def test_a_memo_after_the_quote_is_its_source_and_not_its_addressee(pipeline):
    body = ("Harbour chief Olek Tamsin met the unions on Monday.\n\n"
            "\"The dockers said they were worried about the night shifts,\" reads a typed note left for Mr Tamsin.\n")
    quote = quote_with(pipeline, body, "worried about the night shifts")
    assert quote is not None and "note" in (quote.speaker.name or "")
    assert quote.speaker.actor is None


def test_reading_a_letter_is_no_quote(pipeline):
    body = "Harbour chief Olek Tamsin reads the letter every morning before the ferries leave.\n"
    assert not quotes_in(pipeline, body)


# -- an appeal after "said it would ..." -------------------------------------------------------------------

def test_an_appeal_after_a_would_clause_is_a_second_report(pipeline):
    body = "Chile said on Monday it would defend its fishing rights in the bay and urged Peru to accept arbitration.\n"
    first = quote_with(pipeline, body, "defend its fishing rights")
    assert first is not None and "urged" not in first.text and "arbitration" not in first.text
    second = quote_with(pipeline, body, "Peru to accept arbitration")
    assert second is not None


def test_a_would_clause_with_its_own_and_stays_whole(pipeline):
    body = "Chile said it would defend its fishing rights and protect its ports.\n"
    quote = quote_with(pipeline, body, "defend its fishing rights")
    assert quote is not None and "protect its ports" in quote.text


# -- a stance on a gerund ---------------------------------------------------------------------------

def test_discussing_a_gerund_phrase_is_no_report(pipeline):
    body = "PORT CHIEFS WILL DISCUSS STRENGTHENING FERRY RULES\n\nThe port chiefs of Vardenia meet on Friday.\n"
    assert quote_with(pipeline, body, "STRENGTHENING") is None


def test_discussing_how_keeps_its_clause(pipeline):
    body = "Harbour chief Olek Tamsin discussed how the ferry fund could be saved.\n"
    assert quote_with(pipeline, body, "the ferry fund could be saved") is not None


def test_denying_a_gerund_phrase_is_still_a_report(pipeline):
    body = "The port authority of Vardenia on Monday denied holding secret talks with the striking dockers.\n"
    assert quote_with(pipeline, body, "holding secret talks") is not None
