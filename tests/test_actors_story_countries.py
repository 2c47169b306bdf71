"""Actors, round nine: the states a story is about decide what an ambiguous name means. A known
office holder's surname alone is that person only when the text supports it (his full name, a title
he held, a state he served among the story's); a police force or ministry named without a state is
the state the dateline sets the story in. Invented dispatches, invented names."""

from __future__ import annotations

from datetime import date

from actor_support import actor

import wirecoder
from wirecoder.actors import ActorTable
from wirecoder.article import read_article

DAY = date(2019, 6, 5)


def read(pipeline: wirecoder.Pipeline, text: str) -> ActorTable:
    """The actor table of a dispatch read as the pipeline reads one (its dateline parsed)."""
    article = read_article(text, published_hint=DAY)
    return pipeline.find_actors(pipeline.nlp(article.text), article)


def persons(table: ActorTable) -> list[str]:
    return [a.id for a in table.actors if a.kind == "person"]


# --- a surname alone: the famous namesake only where the story supports him

def test_a_surname_in_an_american_story_is_not_the_british_office_holder(pipeline):
    table = read(pipeline, "COLUMBUS, Ohio (AP) - Senator Dale Morrow met the families on Tuesday. "
                           "Johnson, a retired teacher, said the plan was late.")
    assert "person:boris-johnson" not in persons(table)


def test_a_surname_in_a_canadian_farm_story_is_not_the_australian_office_holder(pipeline):
    table = read(pipeline, "REGINA, Saskatchewan, June 4 (Reuters) - Wheat growers met the provincial "
                           "minister on Monday. Rudd, who farms near the border, said prices had fallen.")
    assert "person:kevin-rudd" not in persons(table)


def test_a_surname_in_a_story_about_his_state_is_the_office_holder(pipeline):
    table = read(pipeline, "LONDON, June 4 (Reuters) - Johnson told parliament on Tuesday that the deal "
                           "would hold.")
    assert actor(table, "person:boris-johnson").country == "GBR"


def test_a_surname_after_a_title_he_held_is_the_office_holder(pipeline):
    table = read(pipeline, "Talks went on late. Prime Minister Johnson told reporters that the deal would hold.")
    assert actor(table, "person:boris-johnson").country == "GBR"


def test_a_surname_after_his_full_name_is_the_office_holder(pipeline):
    table = read(pipeline, "Stephen Harper arrived on Monday. Harper said the talks would go on.")
    assert len(actor(table, "person:stephen-harper").mentions) >= 2


def test_a_title_he_never_held_does_not_make_a_surname_the_office_holder(pipeline):
    table = read(pipeline, "DENVER (AP) - Mayor Cameron said on Monday the road would stay closed.")
    assert "person:david-cameron" not in persons(table)


def test_a_judge_with_a_leader_s_surname_is_not_the_leader(pipeline):
    table = read(pipeline, "The appeal was heard on Monday. Judge Harper said the sentence would stand.")
    assert "person:stephen-harper" not in persons(table)


def test_a_surname_alone_in_a_story_naming_no_state_keeps_the_table_s_reading(pipeline):
    table = read(pipeline, "Putin spoke to the workers at a tractor plant.")
    assert actor(table, "person:vladimir-putin").country == "RUS"


# --- the state the story is set in

def test_police_named_alone_are_the_dateline_state_s(pipeline):
    table = read(pipeline, "NAIROBI, June 4 (Reuters) - Police said on Monday they had arrested twelve "
                           "protesters outside the courthouse.")
    assert actor(table, "org:police").country == "KEN"


def test_a_ministry_named_alone_is_the_dateline_state_s(pipeline):
    table = read(pipeline, "LIMA, June 4 (Reuters) - The Interior Ministry said on Tuesday that the curfew "
                           "would be lifted next week.")
    assert actor(table, "org:interior-ministry").country == "PER"


def test_a_story_about_another_state_keeps_its_bodies_there(pipeline):
    table = read(pipeline, "WASHINGTON, June 4 (Reuters) - Iraq's parliament met on Tuesday. Iraqi officials "
                           "said Iraq's police had arrested the men and Iraq's courts would try them. "
                           "Police said the arrests were made in Mosul.")
    assert actor(table, "org:police").country == "IRQ"


# --- an acronym that bodies of several states share

def test_an_acronym_shared_by_two_states_bodies_is_the_story_state_s(pipeline):
    table = read(pipeline, "TOKYO, June 4 (Reuters) - The SDF sent two ships to the strait on Tuesday, "
                           "Japanese officials said.")
    sdf = actor(table, "org:sdf-jpn")
    assert (sdf.country, sdf.sector) == ("JPN", "MIL")


def test_a_shared_acronym_keeps_the_lexicon_s_body_in_its_own_state_s_story(pipeline):
    table = read(pipeline, "RAQQA, Syria, June 4 (Reuters) - The SDF said on Tuesday it had taken the "
                           "village. Syrian state media denied it.")
    assert actor(table, "org:sdf").country == "SYR"


def test_a_party_acronym_in_a_story_about_the_other_state_is_that_state_s_party(pipeline):
    table = read(pipeline, "CAIRO, June 4 (Reuters) - The NDP won most seats in the Egyptian vote, "
                           "officials said. Egypt's opposition cried foul.")
    assert actor(table, "org:ndp-egy").country == "EGY"
    assert table.get("org:ndp") is None


def test_an_air_force_acronym_follows_the_story_s_state(pipeline):
    table = read(pipeline, "NEW DELHI, June 4 (Reuters) - The IAF said two of its jets had met a drone near "
                           "the border, India's defence ministry said.")
    assert actor(table, "org:iaf-ind").country == "IND"


# --- groups of states are not one state; coordinated national adjectives give each state

def test_british_and_french_ministers_are_a_group_of_each_state(pipeline):
    table = read(pipeline, "British and French ministers met in Rome on Monday.")
    assert actor(table, "org:british-ministers").country == "GBR"
    assert actor(table, "org:french-ministers").country == "FRA"


def test_three_coordinated_adjectives_give_three_police_forces(pipeline):
    table = read(pipeline, "Swedish, Danish and Finnish police raided the flats on Monday.")
    assert [actor(table, f"org:{adj}-police").country for adj in ("swedish", "danish", "finnish")] == \
        ["SWE", "DNK", "FIN"]


def test_two_states_troops_are_each_state_s_armed_forces(pipeline):
    table = read(pipeline, "Latvian and Estonian troops crossed the river at dawn.")
    assert actor(table, "org:latvian-troops").country == "LVA"
    assert actor(table, "org:estonian-troops").country == "EST"


def test_ministers_of_a_group_of_states_are_the_group_not_a_member(pipeline):
    table = read(pipeline, "G8 ministers met in Berlin on Friday to discuss aid to Malawi.")
    assert actor(table, "G8").kind == "igo"
    assert all(a.country is None for a in table.actors if a.kind != "state" and "minister" in a.id)


def test_western_and_nordic_officials_have_no_one_state(pipeline):
    table = read(pipeline, "Western diplomats said the talks had stalled. Nordic ministers met in Oslo.")
    assert actor(table, "org:western-diplomats").country is None
    assert actor(table, "org:nordic-ministers").country is None


def test_western_diplomats_in_a_dateline_story_are_not_the_dateline_state_s(pipeline):
    table = read(pipeline, "KABUL, June 4 (Reuters) - Western diplomats said the talks had stalled. Afghan "
                           "officials denied it.")
    assert actor(table, "org:western-diplomats").country is None


def test_nordic_ministers_meeting_in_oslo_are_not_norway_s(pipeline):
    table = read(pipeline, "OSLO, June 4 (Reuters) - Nordic ministers met on Tuesday. Norwegian officials "
                           "said aid would rise.")
    assert actor(table, "org:nordic-ministers").country is None


def test_the_foreign_ministry_named_alone_is_still_the_dateline_state_s(pipeline):
    table = read(pipeline, "HANOI, June 4 (Reuters) - The Foreign Ministry said on Tuesday the ship had left "
                           "the disputed waters.")
    assert actor(table, "org:foreign-ministry").country == "VNM"


# --- a story about a state's parties is set in that state

def test_a_person_in_a_story_about_a_state_s_parties_is_of_that_state(pipeline):
    table = read(pipeline, "The Labour Party was accused of unfairness over a leaflet about Ronald Pettigrew. "
                           "A Conservative Party spokesman said Labour had gone too far. Labour denied it.")
    assert actor(table, "person:ronald-pettigrew").country == "GBR"


def test_a_person_in_a_story_about_another_state_s_parties_is_of_that_state(pipeline):
    table = read(pipeline, "The Social Democratic Party of Germany rejected the plan backed by Hilde Marwitz. "
                           "The SPD and the CDU will meet again on Friday.")
    assert actor(table, "person:hilde-marwitz").country == "DEU"


# --- a region's own government or assembly is a body of the region's state

def test_a_devolved_government_named_by_its_region_is_a_body_of_the_state(pipeline):
    table = read(pipeline, "The Welsh Assembly Government said it would not take sides in the dispute.")
    body = actor(table, "org:welsh-assembly-government")
    assert (body.kind, body.country, body.sector) == ("organization", "GBR", "GOV")


def test_a_regional_parliament_named_by_its_region_is_a_body_of_the_state(pipeline):
    table = read(pipeline, "The Scottish Parliament voted on Tuesday to reject the bill.")
    assert actor(table, "org:scottish-parliament").country == "GBR"


def test_a_region_s_farmers_stay_a_place_s_people_not_a_body(pipeline):
    table = read(pipeline, "Crowds gathered in the capital. Welsh farmers protested against the tax.")
    assert not any(a.sector in ("GOV", "LEG") for a in table.actors if a.country == "GBR")


def test_a_surname_in_a_story_with_no_dateline_keeps_the_table_s_reading(pipeline):
    table = find_undated(pipeline, "Mr Blair defended the war in Iraq before MPs on Wednesday.")
    assert actor(table, "person:tony-blair").country == "GBR"


def test_a_surname_in_a_capitals_headline_joins_the_full_name_the_story_gives(pipeline):
    table = read(pipeline, "BRANDT CALLS FOR NEW TALKS\n\nBONN, April 3 - Finance Minister Walter Brandt said "
                           "the talks would go on. Brandt said Brazil had promised last month to settle with the banks.")
    assert [a.id for a in table.actors if a.kind == "person"] == ["person:walter-brandt"]
    assert len(actor(table, "person:walter-brandt").mentions) >= 3


def find_undated(pipeline: wirecoder.Pipeline, text: str) -> ActorTable:
    article = read_article(text, published_hint=date(2005, 3, 1))
    return pipeline.find_actors(pipeline.nlp(article.text), article)
