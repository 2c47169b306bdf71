"""Titles tied to names: a spokesperson for a named person speaks for that person, as a body's speaks
for the body; a title and the name it stands with are one person.

Invented dispatches and names."""

from __future__ import annotations

from quote_support import speaker_actor

HEADLINE = "Border talks resume\n\n"


def actor_of(pipeline, body: str, words: str) -> str | None:
    return speaker_actor(pipeline, HEADLINE + body, words)


def test_a_prime_ministers_spokesman_speaks_for_the_prime_minister(pipeline):
    # As "a Home Office spokesman" speaks for the Home Office: the one spoken for, the most specific
    # actor the text gives (the person stands for the state through the person's country).
    body = "French Prime Minister Tavric Olumbe's spokesman said the talks would resume in May.\n"
    assert actor_of(pipeline, body, "talks would resume") == "person:tavric-olumbe"


def test_a_spokeswoman_for_a_president_speaks_for_the_president(pipeline):
    body = ("WARSAW, May 4 (Reuters) - \"The border will stay open,\" a spokeswoman for Polish President "
            "Anya Delcourt said on Thursday.\n")
    assert actor_of(pipeline, body, "border will stay open") == "person:anya-delcourt"


def test_a_spokesman_for_an_opposition_leader_speaks_for_that_leader(pipeline):
    body = "\"The vote was rigged,\" a spokesman for opposition leader Anya Delcourt said.\n"
    assert actor_of(pipeline, body, "vote was rigged") == "person:anya-delcourt"


def test_a_spokesman_named_in_apposition_is_that_person(pipeline):
    body = "Prime Minister Tavric Olumbe's spokesman, Ivo Dallan, said the talks would resume in May.\n"
    assert actor_of(pipeline, body, "talks would resume") == "person:ivo-dallan"


def test_a_minister_named_in_apposition_after_the_quote_is_the_speaker(pipeline):
    body = "\"We will not be rushed,\" said Pavel Krane, the Czech foreign minister.\n"
    assert actor_of(pipeline, body, "not be rushed") == "person:pavel-krane"


def test_the_title_of_a_person_named_before_is_that_person_not_the_one_quoted_last(pipeline):
    body = ("Foreign Secretary Anya Delcourt met Ivo Dallan, the Tarvel envoy, on Monday. \"We agreed on a "
            "timetable,\" Mr Dallan said.\n\n"
            "\"The talks were useful,\" the foreign secretary said.\n")
    assert actor_of(pipeline, body, "talks were useful") == "person:anya-delcourt"
