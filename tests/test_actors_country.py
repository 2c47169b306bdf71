"""A person's country when the words around the name do not give it: the table, then the story's
own state. Invented dispatches, invented names."""

from __future__ import annotations

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
    assert wrenby.country is None


def test_with_no_state_leading_the_story_the_country_stays_unknown(pipeline):
    text = ("Chile and Peru signed a fisheries accord on Monday. Chile and Peru had argued over the catch "
            "for years. Deputy Secretary Lena Ortuzar called it a fair deal.")
    assert actor(find(pipeline, text), "person:lena-ortuzar").country is None
