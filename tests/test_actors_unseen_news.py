"""Actors, round eight: what the actor audit on real news nobody tuned on (benchmarks/actor_audit.py,
half A) found missing or wrong: a surname alone that the table of known persons knows as someone
else, an organisation's name cut at "and", a candidate's party, troops and political camps as
groups, weapons taken for actors, the G8 and "European leaders". Invented dispatches, invented names."""

from __future__ import annotations

from datetime import date

from actor_support import actor, find


def test_a_surname_alone_is_the_person_the_text_named_not_a_famous_namesake(pipeline):
    table = find(pipeline, "WASHINGTON - Senate leader Carla Johnson told reporters the bill would pass. "
                           "Johnson said the vote was set for Friday.", date(2024, 5, 3))
    assert len(actor(table, "person:carla-johnson").mentions) == 2
    assert [a.id for a in table.actors if a.kind == "person"] == ["person:carla-johnson"]


def test_a_1980s_minister_s_surname_is_not_today_s_office_holder(pipeline):
    table = find(pipeline, "BONN - Finance Minister Ulrich Stoltenberg said the tax cuts would go ahead. "
                           "Stoltenberg spoke after the cabinet met.", date(1987, 3, 5))
    assert [a.id for a in table.actors if a.kind == "person"] == ["person:ulrich-stoltenberg"]


def test_a_union_named_with_and_is_one_organisation(pipeline):
    table = find(pipeline, "The strike was called by the Tillage and Forestry Workers Union on Monday.")
    assert actor(table, "org:tillage-and-forestry-workers-union").name == "Tillage and Forestry Workers Union"
    assert table.get("org:tillage") is None


def test_a_state_before_and_stays_a_state_of_its_own(pipeline):
    table = find(pipeline, "Norway and Farmers Union leaders met in Oslo.")
    assert actor(table, "NOR").kind == "state"


def test_a_party_s_candidate_is_of_the_party_s_country(pipeline):
    table = find(pipeline, "Tory candidate Wendell Parsley said the leaflet was offensive.")
    person = actor(table, "person:wendell-parsley")
    assert (person.country, person.role) == ("GBR", "Candidate")


def test_troops_alone_are_an_actor(pipeline):
    table = find(pipeline, "Police and troops deployed at the stations of Ostrava on Monday.")
    assert actor(table, "org:troops").sector == "MIL"


def test_right_wingers_are_a_group(pipeline):
    table = find(pipeline, "Extreme right-wingers accused the cabinet of being soft on crime.")
    assert actor(table, "org:extreme-right-wingers").kind == "group"


def test_missiles_fired_are_no_actor(pipeline):
    table = find(pipeline, "Russian forces fired missiles on Dorovets overnight, Ukrainian officials said.")
    assert table.get("org:missiles") is None
    assert actor(table, "org:russian-forces").country == "RUS"


def test_g8_ministers_are_the_g8(pipeline):
    table = find(pipeline, "G8 ministers met on Friday to discuss aid to Malawi.", date(2008, 1, 4))
    assert actor(table, "G8").kind == "igo"


def test_european_leaders_are_the_eu(pipeline):
    table = find(pipeline, "European leaders condemned the raid on Friday.", date(2023, 1, 1))
    assert actor(table, "EU").kind == "igo"


def test_a_city_s_police_commander_in_an_apposition_serves_the_city_s_state(pipeline):
    table = find(pipeline, "The unit is led by Marlo Quint, a D.C. police commander, until June.")
    person = actor(table, "person:marlo-quint")
    assert (person.country, person.role) == ("USA", "Police Commander")
