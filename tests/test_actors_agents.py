"""Agents in the actor stage: common-noun groups that act in politics and named agencies become
actors with a country and a sector; a state's body named after the state takes its country.
Invented dispatches."""

from __future__ import annotations

from actor_support import actor, find

NORWAY = ("Norway has tightened its asylum rules. Norway expects more arrivals this winter. "
          "Police detained dozens of protesters outside the parliament building on Tuesday.")


def test_police_and_protesters_are_actors_of_the_story_s_state(pipeline):
    table = find(pipeline, NORWAY)
    assert (actor(table, "org:police").country, actor(table, "org:police").sector) == ("NOR", "COP")
    protesters = actor(table, "org:protesters")
    assert (protesters.kind, protesters.country, protesters.sector) == ("group", "NOR", "CVL")


def test_a_named_agency_has_its_state_and_sector(pipeline):
    table = find(pipeline, "Officials at the Shin Bet said the two suspects had been released.")
    agency = actor(table, "org:shin-bet")
    assert (agency.country, agency.sector) == ("ISR", "SPY")


def test_a_ministry_named_after_its_state_is_that_state_s(pipeline):
    table = find(pipeline, "Chile's Ministry of Mines said copper exports rose in March.")
    ministry = actor(table, "org:ministry-of-mines")
    assert (ministry.country, ministry.sector) == ("CHL", "GOV")


def test_a_pronoun_s_group_is_not_a_new_actor(pipeline):
    table = find(pipeline, "Chile and Peru agreed to extend their accord, their foreign ministers said.")
    assert not [a for a in table.actors if "ministers" in a.id]


def test_a_count_before_a_group_is_not_part_of_its_name(pipeline):
    table = find(pipeline, NORWAY.replace("Police detained dozens of protesters", "Police detained eight protesters"))
    assert actor(table, "org:protesters").name == "protesters"


def test_a_state_s_adjective_before_a_group_of_its_people_names_that_group(pipeline):
    table = find(pipeline, "Mexican authorities said on Tuesday that the border crossing would reopen.")
    group = actor(table, "org:mexican-authorities")
    assert (group.kind, group.country, group.sector) == ("organization", "MEX", "GOV")  # a body of the state
