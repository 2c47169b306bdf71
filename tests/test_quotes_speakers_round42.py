"""Round 42 (spk42): an unnamed spokesman, director or chairman speaks for the body that the object of "for", "of"
or "at" names, not for a place that a later "in", a relative clause or a conjunct inside the body's own name adds.

Invented dispatches and names."""

from __future__ import annotations

from functools import partial

from quote_support import quote_of

HEADLINE = "Dockers strike enters second week\n\n"
_quote = partial(quote_of, headline=HEADLINE, reference_date="2029-05-04")


def speaker_actor(pipeline, body: str, words: str) -> str | None:
    speaker = _quote(pipeline, body, words).speaker
    return speaker.actor if speaker else None


def test_a_spokesman_for_a_union_in_a_country_speaks_for_the_union(pipeline):
    body = "A spokesman for the Tarsk Dockers Union in Kenya said the strike would go on until wages were raised.\n"
    assert speaker_actor(pipeline, body, "strike would go on") == "org:tarsk-dockers-union"


def test_the_head_of_an_institute_in_a_country_speaks_for_the_institute(pipeline):
    body = "The head of the Orvane Institute in Brazil said the survey was flawed.\n"
    assert speaker_actor(pipeline, body, "survey was flawed") == "org:orvane-institute"


def test_a_director_of_an_agency_for_a_group_in_a_country_speaks_for_the_agency(pipeline):
    body = "The director of the Kessel Agency for Refugees in Chad told AFP that aid was running out.\n"
    assert speaker_actor(pipeline, body, "aid was running out") == "org:kessel-agency-for-refugees"


def test_a_relative_clause_naming_countries_does_not_take_the_spokeswomans_body(pipeline):
    body = ("A spokeswoman for the Harlow Miners Association, which represents workers in Zambia and Tanzania, said "
            "members would walk out.\n")
    assert speaker_actor(pipeline, body, "members would walk out") == "org:harlow-miners-association"


def test_the_second_place_of_a_federation_of_two_places_is_not_the_speaker(pipeline):
    body = "The chairman of the Teachers Federation of Bolivia and Peru said members would refuse extra hours.\n"
    actor = speaker_actor(pipeline, body, "refuse extra hours")
    assert actor is not None and actor.startswith("org:teachers-federation")


def test_a_spokeswoman_for_a_states_embassy_in_another_state_does_not_speak_for_the_host_state(pipeline):
    body = "A spokeswoman for the Chilean embassy in Peru said the ambassador had been recalled.\n"
    assert speaker_actor(pipeline, body, "ambassador had been recalled") in ("CHL", "org:chilean-embassy")


def test_a_title_holder_named_after_the_body_still_speaks(pipeline):
    body = "The chief executive of Halvering Ports, Ulla Stromberg, said on Monday the new berth charges were fair.\n"
    assert speaker_actor(pipeline, body, "berth charges were fair") == "person:ulla-stromberg"


def test_a_spokesman_for_a_ministry_named_with_its_states_possessive_speaks_for_that_ministry(pipeline):
    body = "A spokesman for Norway's foreign ministry said the talks would resume in May.\n"
    assert speaker_actor(pipeline, body, "talks would resume") in ("NOR", "org:norway-foreign-ministry")


def test_officials_at_a_bank_in_a_capital_speak_for_the_bank(pipeline):
    body = "Officials at the Velmor Savings Bank in Nairobi said deposits had doubled.\n"
    assert speaker_actor(pipeline, body, "deposits had doubled") == "org:velmor-savings-bank"
