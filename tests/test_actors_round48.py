"""Actors, round 48 (actrec48): state bodies named bare that no rule printed. A body the lexicon names
alone ("the labour ministry", "parliament") in a story that names no state at all was dropped, since no
state could own it: it is now an organisation of no known state. A town's council named bare ("the city
council", "the county council") is such a body too. A lower-case body word with its topic after "of"
("the ministry of trade") names that body as "the trade ministry" does. (Tried and dropped: force words
alone, "security forces", as a group like "troops": "join forces" and "guidance to forces" came with
them.) Invented dispatches; names invented."""

from __future__ import annotations

from helpers import body_names as names
from helpers import printed_bodies


def printed(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country)."""
    return printed_bodies(pipeline, text, "name", "country")


def test_a_ministry_named_bare_in_a_story_of_no_state_is_an_actor_ap_style(pipeline):
    found = printed(pipeline, "Brewery strike enters second week\n\nWorkers at the Tolvane Brewery stayed out on "
                              "Monday. The company's owner, Idris Karnholt, asked the labour ministry to intervene.")
    assert "labour ministry" in names(found)
    assert all(country is None for name, country in found.values() if name == "labour ministry")


def test_parliament_named_bare_in_a_story_of_no_state_is_an_actor_bbc_style(pipeline):
    found = printed(pipeline, "Ferry fares row\n\nIslanders say ferry fares have doubled in a year. Parliament will "
                              "debate the fares next week, and the transport ministry said it would review them.")
    assert "parliament" in names(found)
    assert "transport ministry" in names(found)


def test_a_body_named_bare_stays_its_states_where_a_state_is_named_reuters_style(pipeline):
    found = printed(pipeline, "Kenya rebels seize town\n\nNAIROBI, Nov 20 (Reuters) - Rebels seized a town in the "
                              "north on Friday, the army said, and parliament met in emergency session.")
    assert ("army", "KEN") in found.values()
    assert ("parliament", "KEN") in found.values()


def test_a_city_council_named_bare_is_a_body_of_the_storys_state_reuters_style(pipeline):
    found = printed(pipeline, "Residents sue over parking\n\nLONDON, May 4 (Reuters) - Two shopkeepers, Orla Penwick "
                              "and Davin Sorrell, said on Monday they would sue the city council over new parking "
                              "rules.")
    assert ("city council", "GBR") in found.values()


def test_a_county_council_in_a_story_of_no_state_is_an_actor_bbc_style(pipeline):
    found = printed(pipeline, "Bypass plan approved\n\nPlans for a bypass around the village of Hollinwick were "
                              "approved on Tuesday. The county council said work would begin in the spring.")
    assert "county council" in names(found)


def test_a_council_alone_is_no_new_body_bbc_style(pipeline):
    found = printed(pipeline, "Bypass plan approved\n\nPlans for a bypass around the village of Hollinwick were "
                              "approved on Tuesday. The council said work would begin in the spring.")
    assert "council" not in names(found)


def test_a_ministry_with_its_topic_after_of_in_lower_case_is_its_states_body_reuters_style(pipeline):
    found = printed(pipeline, "Coffee levy doubled\n\nJAKARTA, March 3 (Reuters) - Growers in Sulawesi "
                              "protested on Friday after the ministry of trade doubled a levy on raw coffee beans.")
    assert ("ministry of trade", "IDN") in found.values()


def test_a_ministry_of_a_capitalised_name_is_no_topic_reuters_style(pipeline):
    found = printed(pipeline, "Talks resume\n\nNAIROBI, May 2 (Reuters) - The ministry of Joram Keter said on "
                              "Monday that talks would resume.")
    assert not any(name.lower().startswith("ministry of joram") for name in names(found))
