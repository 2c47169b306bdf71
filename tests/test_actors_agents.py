"""Agents in the actor stage: common-noun groups that act in politics and named agencies become
actors with a country and a sector; a state's body named after the state takes its country.
Invented dispatches."""

from __future__ import annotations

import pytest
from actor_support import actor, find

NORWAY = ("Norway has tightened its asylum rules. Norway expects more arrivals this winter. "
          "Police detained dozens of protesters outside the parliament building on Tuesday.")


def test_police_and_protesters_are_actors_of_the_story_s_state(pipeline):
    table = find(pipeline, NORWAY)
    assert (actor(table, "org:police").country, actor(table, "org:police").sector) == ("NOR", "COP")
    protesters = actor(table, "org:protesters")
    assert (protesters.kind, protesters.country, protesters.sector) == ("group", "NOR", "CVL")


@pytest.mark.parametrize(("text", "agency_id", "country", "sector"), [
    ("Officials at the Shin Bet said the two suspects had been released.", "org:shin-bet", "ISR", "SPY"),
    # a known party whose name spaCy takes for a person's
    ("Fianna Fáil said on Tuesday it would back the budget.", "org:fianna-fail", "IRL", "PTY"),
], ids=["a named agency", "a known party that looks like a person's name"])
def test_a_named_agency_or_party_has_its_state_and_sector(pipeline, text, agency_id, country, sector):
    agency = actor(find(pipeline, text), agency_id)
    assert (agency.country, agency.sector) == (country, sector)


def test_a_ministry_named_after_its_state_is_that_state_s(pipeline):
    table = find(pipeline, "Chile's Ministry of Mines said copper exports rose in March.")
    ministry = actor(table, "org:chile-ministry-of-mines")
    assert (ministry.name, ministry.country, ministry.sector) == ("Chile's Ministry of Mines", "CHL", "GOV")


def test_a_ministry_owned_by_its_state_or_named_by_its_adjective_is_one_body(pipeline):
    text = "The Estonian Defence Ministry said on Monday that Estonia's Defence Ministry had not been told."
    bodies = [a for a in find(pipeline, text).actors if a.kind == "organization"]
    assert [(a.country, len(a.mentions)) for a in bodies] == [("EST", 2)]


def test_a_state_body_named_as_a_modifier_is_still_an_actor(pipeline):
    table = find(pipeline, "The vote followed a report based on U.S. Census Bureau figures released in May.")
    bureau = next(a for a in table.actors if a.name == "U.S. Census Bureau")
    assert (bureau.country, bureau.sector) == ("USA", "GOV")


def test_the_palestinian_authority_is_a_governing_body_of_palestine(pipeline):
    table = find(pipeline, "The Palestinian Authority asked on Sunday that the league hold urgent talks.")
    authority = actor(table, "org:palestinian-authority")
    assert (authority.kind, authority.country, authority.sector) == ("organization", "PSE", "GOV")


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


# --- State bodies as actors of their own ---------------------------------------------------------
def test_a_parliament_named_two_ways_is_one_body_of_its_state(pipeline):
    text = ("Latvia's parliament voted on Tuesday to extend the ban, and the Latvian parliament will "
            "vote again in May.")
    table = find(pipeline, text)
    bodies = [a for a in table.actors if a.kind == "organization"]
    assert [(a.country, a.sector, len(a.mentions)) for a in bodies] == [("LVA", "LEG", 2)]
    assert table.get("LVA") is not None  # the state is still named


def test_troops_and_a_navy_named_with_their_state_are_its_armed_forces(pipeline):
    table = find(pipeline, "Georgian troops and the Chilean navy joined the drill on Friday.")
    forces = {a.country: (a.kind, a.sector) for a in table.actors if a.id.startswith("org:")}
    assert forces == {"GEO": ("organization", "MIL"), "CHL": ("organization", "MIL")}


def test_a_state_s_legislature_in_an_acronym_phrase_is_its_body(pipeline):
    table = find(pipeline, "Senators voted 61-39 and the U.S. Senate approved the treaty on Friday after a long debate.")
    senate = next(a for a in table.actors if a.name == "U.S. Senate")
    assert (senate.country, senate.sector) == ("USA", "LEG")


# --- Organisations that spaCy takes for persons --------------------------------------------------
def test_a_name_after_the_word_newspaper_is_a_newspaper_not_a_person(pipeline):
    text = ("The newspaper Varden Posten reported on Sunday that the talks had failed. Varden Posten said "
            "its sources were two officials.")
    table = find(pipeline, text)
    paper = actor(table, "org:varden-posten")
    assert (paper.kind, paper.sector, len(paper.mentions)) == ("organization", "MED", 2)
    assert not [a for a in table.actors if a.kind == "person"]


def test_a_name_before_the_word_party_is_a_party(pipeline):
    table = find(pipeline, "Voters in the north backed the Green Dawn party on Sunday, and Green Dawn said it "
                           "would join the coalition.")
    party = actor(table, "org:green-dawn")
    assert party.sector == "PTY" and table.get("person:green-dawn") is None


def test_a_party_whose_name_ends_in_another_party_s_name_is_not_that_party(pipeline):
    table = find(pipeline, "Austria's Social Democrats said on Monday they would join the talks.")
    assert table.get("org:democratic-party") is None  # not the US Democrats
    party = next(a for a in table.actors if a.sector == "PTY")
    assert party.country == "AUT"


def test_the_house_in_a_story_about_one_state_is_that_state_s_chamber(pipeline):
    text = ("The United States will answer, officials said. The United States has said so before. "
            "The House passed the measure on Thursday.")
    house = next(a for a in find(pipeline, text).actors if a.name == "House")
    assert (house.country, house.sector) == ("USA", "LEG")


def test_two_states_ministries_keep_two_ids_and_a_bare_repeat_is_the_last_named(pipeline):
    text = ("Russia's Defence Ministry said its forces had advanced. Ukraine's Defence Ministry denied it. "
            "The Defence Ministry said later that the attack had failed.")
    table = find(pipeline, text)
    ministries = {a.country: a for a in table.actors if a.kind == "organization"}
    assert set(ministries) == {"RUS", "UKR"}
    assert table.resolve(text.rindex("Defence Ministry"), text.rindex(" said later")) == ministries["UKR"].id
