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
    # (round 35: the party named in the spokesman's own phrase is found as a body, so he speaks for it, as "a
    # Kremlin spokesman" speaks for the Kremlin)
    assert speaker.actor == "org:tarvel-party"


def test_he_after_an_unnamed_official_is_that_official(pipeline):
    body = ("Interest rates in Ostrelia will stay on hold, a central bank official told reporters. "
            "\"That decision will take a few weeks at least,\" he said.\n")
    assert "official" in speaker_name(pipeline, body, "a few weeks")


def test_she_after_a_named_person_quoted_last_is_still_that_person(pipeline):
    body = ("A government economist said growth would slow this year. "
            "Finance Minister Ilse Varno said the budget would be balanced. "
            "\"We will not raise taxes,\" she said.\n")
    assert speaker_of(pipeline, body, "raise taxes").actor == "person:ilse-varno"


def test_he_after_a_person_named_since_the_unnamed_spokeswoman_is_that_person(pipeline):
    body = ("The Ostrelian port authority said the quay would stay shut. A spokeswoman said: \"Safety comes first.\" "
            "Dockers' union leader Pavel Kordun condemned the closure. "
            "\"Three hundred men have no work this week,\" he told reporters.\n")
    assert speaker_of(pipeline, body, "Three hundred men").actor == "person:pavel-kordun"


# -- a report an outlet relays is its writer's ------------------------------------------------------

def test_what_an_aide_wrote_is_the_aides_quote_when_the_paper_reported_it(pipeline):
    body = ("A senior adviser to the Ostrelian trade minister has quit, according to the Varn Courier. "
            "The adviser, Dace Morrow, wrote in an email that the tariff plan was \"doomed from the start\", "
            "the paper reported.\n")
    speaker = speaker_of(pipeline, body, "tariff plan")
    assert speaker is not None and speaker.actor == "person:dace-morrow"


def test_what_the_paper_reported_on_its_own_stays_the_papers(pipeline):
    body = ("The Varn Courier reported that the tariff plan would be dropped before the summer.\n")
    speaker = speaker_of(pipeline, body, "tariff plan")
    assert speaker is not None and "Courier" in speaker.name


# -- a nationality noun is a person of that state ---------------------------------------------------

def test_the_spaniard_after_a_named_coach_is_the_coach_not_spain(pipeline):
    body = ("Rovers manager Iker Albeniz praised his defence after the derby on Sunday. "
            "\"They never gave the forwards a yard,\" the Spaniard said.\n")
    assert speaker_of(pipeline, body, "never gave").actor == "person:iker-albeniz"


def test_the_spanish_government_still_speaks_for_spain(pipeline):
    body = ("Rovers manager Iker Albeniz praised his defence after the derby on Sunday. "
            "The Spanish government said the stadium rules would not change.\n")
    assert speaker_of(pipeline, body, "stadium rules").actor == "ESP"


# -- a headline label ------------------------------------------------------------------------------

def test_a_headline_label_with_a_persons_surname_is_that_persons_claim(pipeline):
    record = pipeline.extract("Vantorsk: Tarvel must reopen the pass before winter\n\n"
                              "Senator Orla Vantorsk told a rally on Monday that the mountain pass had to reopen.\n",
                              reference_date="2026-11-29")
    quote = next(q for q in record.quotes if "reopen the pass" in q.text)
    assert quote.speaker is not None and quote.speaker.actor == "person:orla-vantorsk"


def test_the_french_as_a_people_still_speak_for_their_state(pipeline):
    body = ("Foreign Minister Jonas Perl said the talks would resume in May. "
            "The French said they would send an observer.\n")
    speaker = speaker_of(pipeline, body, "send an observer")
    assert speaker is None or speaker.actor != "person:jonas-perl"
