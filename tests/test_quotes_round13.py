"""Quotations, round 13: the quote recall audit's half A classes (misses, wrong speakers, non-quotes).

Invented dispatches and names (benchmarks/audit/quotes_gold.jsonl holds the hand-annotated audit)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def quote_with(pipeline, body: str, words: str):
    return next((q for q in quotes_in(pipeline, body) if words in q.text), None)


# -- a quoted sentence right after a report in the same paragraph ----------------------------------

_RADIO = ("Opposition leader Marta Velkov repeated her call for a delay. "
          "She told a radio programme that the minister had a \"real chance\" to rethink the plan. "
          "\"Would anyone sign a contract this size in a hurry? \"That is not how a careful government behaves.\"\n")


def test_a_quoted_sentence_after_a_report_goes_on_quoting_its_speaker(pipeline):
    quote = quote_with(pipeline, _RADIO, "Would anyone sign")
    assert quote is not None and quote.speaker is not None
    assert quote.speaker.actor == "person:marta-velkov"


def test_the_report_before_it_stays_a_quote_of_its_own(pipeline):
    quote = quote_with(pipeline, _RADIO, "real chance")
    assert quote is not None and "Would anyone" not in quote.text


def test_a_quoted_sentence_with_a_cue_of_its_own_keeps_that_speaker(pipeline):
    body = ("Marta Velkov said the plan was rushed. "
            "\"We will vote against it,\" said Teodor Brann, her deputy.\n")
    quote = quote_with(pipeline, body, "vote against")
    assert quote is not None and quote.speaker.actor == "person:teodor-brann"


# -- "said A, but admitted B": two reports of one speaker --------------------------------------------

def test_but_admitted_after_a_perfect_clause_is_a_second_report(pipeline):
    body = ("Mr Orlan Keswick said his party had reached a \"shared position\" on the levy, "
            "but admitted it was \"a hard sell\".\n")
    first = quote_with(pipeline, body, "shared position")
    assert first is not None and "hard sell" not in first.text
    second = quote_with(pipeline, body, "hard sell")
    assert second is not None and second.speaker.actor == "person:orlan-keswick"


def test_a_perfect_clause_joined_by_and_stays_one_report(pipeline):
    body = "Orlan Keswick said the council had denied the charge and insisted that the accounts were sound.\n"
    quote = quote_with(pipeline, body, "denied the charge")
    assert quote is not None and "accounts were sound" in quote.text


# -- "not A but B" inside a report ------------------------------------------------------------------

def test_a_negated_clause_with_but_is_reported_whole(pipeline):
    body = ("Ms Ilse Marrow stressed that the unrest has not been limited to the capital "
            "but it can spread to the ports as well.\n")
    quote = quote_with(pipeline, body, "limited to the capital")
    assert quote is not None and "spread to the ports" in quote.text


def test_a_but_after_a_comma_still_ends_the_report(pipeline):
    body = "Ilse Marrow said the unrest was over, but the curfew stays in place until Friday.\n"
    quote = quote_with(pipeline, body, "unrest was over")
    assert quote is not None and "curfew" not in quote.text


# -- the listener of "warned" is not what was said ----------------------------------------------------

def test_warning_to_someone_in_a_headline_is_no_quote(pipeline):
    record = pipeline.extract("Velkov issues warning to smugglers\n\nMarta Velkov said the border would close.\n",
                              reference_date="2026-11-29")
    assert not any(q.text.strip() == "smugglers" for q in record.quotes)


def test_warned_the_listener_that_starts_the_report_after_that(pipeline):
    body = ("The interior minister Marta Velkov has warned reckless drivers that she wants to "
            "take them off the road \"for good\" by seizing their cars.\n")
    quote = quote_with(pipeline, body, "take them off the road")
    assert quote is not None and not quote.text.startswith("reckless")


# -- others' words rejected are no quote of the one who rejects them ---------------------------------

def test_rejected_calls_to_pause_is_no_quote(pipeline):
    body = ("Home Minister Pavel Ostrik has rejected calls to \"pause\" the border bill. "
            "He said the bill would pass in March.\n")
    quotes = quotes_in(pipeline, body)
    assert not any("calls to" in q.text for q in quotes)
    assert any("would pass in March" in q.text for q in quotes)


def test_denied_claims_that_is_still_a_report(pipeline):
    body = "Pavel Ostrik denied claims that he had hidden the accounts.\n"
    assert quote_with(pipeline, body, "hidden the accounts") is not None


# -- a bare title names no one first named after it ----------------------------------------------------

def test_the_minister_is_the_speaker_before_not_a_minister_named_later(pipeline):
    body = ("Helen Marrow said new fines were being considered. "
            "However, the minister said ending the violence at matches was the main aim. "
            "Last week Ms Marrow and Chief Minister Rurik Daventh met the club owners.\n")
    quote = quote_with(pipeline, body, "ending the violence")
    assert quote is not None and quote.speaker is not None
    assert quote.speaker.actor == "person:helen-marrow"
