"""A person's country when the words around the name do not give it: the table, then the story's
own state. Invented dispatches, invented names."""

from __future__ import annotations

import pytest
from actor_support import actor, find

NORWAY = ("Norway will tighten checks at its northern border crossings from May, the government said. "
          "Norway has seen a rise in smuggling this year. "
          "Justice Secretary Kari Holmvik said the new rules would be reviewed after a year. "
          "Erik Haugland, a customs officer at the crossing, said queues were already longer. "
          "Tomas Wrenby, director of the rights group Open Borders Watch, called the plan rushed.")


def test_an_official_with_no_state_named_serves_the_story_s_state(pipeline):
    holmvik = actor(find(pipeline, NORWAY), "person:kari-holmvik")
    assert (holmvik.country, holmvik.sector) == ("NOR", "GOV")


def test_a_person_named_with_no_office_is_one_of_the_story_s_people(pipeline):
    assert actor(find(pipeline, NORWAY), "person:erik-haugland").country == "NOR"


def test_the_director_of_a_private_group_is_no_state_official(pipeline):
    wrenby = actor(find(pipeline, NORWAY), "person:tomas-wrenby")
    assert wrenby.sector is None
    # (actorg44: a group no table places, in a story of one state with no dateline, is of that state,
    # and so is its director; tests/test_actors_round44.py)
    assert wrenby.country == "NOR"


def test_with_no_state_leading_the_story_the_country_stays_unknown(pipeline):
    text = ("Chile and Peru signed a fisheries accord on Monday. Chile and Peru had argued over the catch "
            "for years. Deputy Secretary Lena Ortuzar called it a fair deal.")
    assert actor(find(pipeline, text), "person:lena-ortuzar").country is None


# --- Country from the words around the name (issue 10's cases, invented people) -------------------
def test_a_national_adjective_before_a_noun_and_a_title_gives_the_country(pipeline):
    table = find(pipeline, "Philippine exercise director Ramon Castell said the drills ended on Friday.")
    assert actor(table, "person:ramon-castell").country == "PHL"


def test_an_under_secretary_of_state_after_us_is_american(pipeline):
    table = find(pipeline, "US Undersecretary of State Dana Whitcombe arrived in Manila on Monday.")
    whitcombe = actor(table, "person:dana-whitcombe")
    assert (whitcombe.country, whitcombe.role, whitcombe.sector) == ("USA", "Undersecretary of State", "GOV")


def test_an_airman_named_with_his_state_serves_its_military(pipeline):
    brandle = actor(find(pipeline, "U.S. airman Kyle Brandle was hurt in the blast."), "person:kyle-brandle")
    assert (brandle.country, brandle.sector) == ("USA", "MIL")


@pytest.mark.parametrize(("text", "person_id", "country"), [
    ("Tomas Brenning, an adviser to President Cyril Ramaphosa, said the talks would continue.",
     "person:tomas-brenning", "ZAF"),
    ("Ramaphosa's adviser Tomas Brenning said the talks would continue.", "person:tomas-brenning", "ZAF"),
    ("Oksana Melnychuk, a Kyiv resident, said the night had been loud.", "person:oksana-melnychuk", "UKR"),
    ("Oksana Melnychuk, a Ukrainian grandmother, said the night had been loud.", "person:oksana-melnychuk", "UKR"),
], ids=["an adviser serves the state of the president he advises",
        "a named leader's aide serves that leader's state",
        "a resident of a capital belongs to its state",
        "a nationality in an apposition gives the country"])
def test_the_words_around_a_name_give_the_person_s_country(pipeline, text, person_id, country):
    assert actor(find(pipeline, text), person_id).country == country


def test_an_untitled_official_serves_the_state_of_the_story_s_other_officials(pipeline):
    text = ("President Joe Biden said Chinese cars were a risk. China denied it. China said the claim was "
            "false, and Beijing summoned a diplomat. Commerce Secretary Dana Ruizmont said the rule was needed.")
    assert actor(find(pipeline, text), "person:dana-ruizmont").country == "USA"
