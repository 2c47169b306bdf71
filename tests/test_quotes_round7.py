"""Quotations, round 7: speakers on unseen news (the quote audit's half A classes).

Invented dispatches and names (tests/data/quotes_news holds the hand-annotated set)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in, speaker_name


def speaker_of(pipeline, body: str, words: str):
    return next(q for q in quotes_in(pipeline, body) if words in q.text).speaker


# -- a possessive names whose allies, not who speaks ------------------------------------------------

def test_a_politicians_allies_speak_for_themselves_not_for_the_politician(pipeline):
    body = ("The Harlow Vane MP Edwin Corrow lost the party whip on Monday. "
            "Mr Corrow's allies said they had gathered enough names to force a vote on his future.\n")
    speaker = speaker_of(pipeline, body, "enough names")
    assert speaker is not None and speaker.actor != "person:edwin-corrow"
    assert "allies" in speaker.name


def test_a_politicians_spokesman_still_speaks_for_the_politician(pipeline):
    body = ("The Harlow Vane MP Edwin Corrow lost the party whip on Monday. "
            "Mr Corrow's spokesman said he would appeal against the decision.\n")
    assert speaker_of(pipeline, body, "appeal against").actor == "person:edwin-corrow"


# -- a pronoun goes on with the unnamed person quoted last ------------------------------------------

def test_he_after_an_unnamed_spokesman_is_the_spokesman_not_the_person_quoted_before(pipeline):
    body = ("Opposition candidate Marta Quillon said the Tarvel Party's leaflet was offensive. "
            "\"It should be withdrawn today,\" she said. "
            "A Tarvel Party spokesman denied the leaflet was offensive. "
            "\"The leaflet makes a fair point about the budget,\" he said.\n")
    speaker = speaker_of(pipeline, body, "fair point")
    assert speaker is not None and speaker.actor != "person:marta-quillon"
    assert "spokesman" in speaker.name


def test_he_after_an_unnamed_official_is_that_official(pipeline):
    body = ("Interest rates in Ostrelia will stay on hold, one central bank official said. "
            "\"That decision will take a few weeks at least,\" he said.\n")
    assert "official" in speaker_name(pipeline, body, "a few weeks")


def test_she_after_a_named_person_quoted_last_is_still_that_person(pipeline):
    body = ("A government economist said growth would slow this year. "
            "Finance Minister Ilse Varno said the budget would be balanced. "
            "\"We will not raise taxes,\" she said.\n")
    assert speaker_of(pipeline, body, "raise taxes").actor == "person:ilse-varno"
