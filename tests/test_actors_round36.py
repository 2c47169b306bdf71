"""Actors, round 36 (actors19): a body whose name ends in its state's name ("Tollmere Canada said",
"Amnesty International UK"), a person's followers ("Mr Pardoe's allies"), and a form several states'
bodies share ("BNP", "CBI") that no longer outvotes the story's own state. Invented dispatches; names
invented (real states and the lexicon's shared initials only)."""

from __future__ import annotations

from actor_support import actor, find


def _ids(table):
    return {a.id for a in table.actors}


# --- a body named by its own words and then its state's name -----------------------------------
def test_firm_named_after_its_state_is_a_body_of_that_state_not_the_state(pipeline):
    table = find(pipeline, "CALGARY, Alberta, March 3 (Reuters) - Tollmere Canada, the local unit of a Norwegian "
                           "drilling group, said on Tuesday it would cut 400 jobs.")
    body = actor(table, "org:tollmere-canada")
    assert (body.kind, body.country) == ("organization", "CAN")


def test_spacy_organisation_over_the_state_name_in_a_bulletin(pipeline):
    table = find(pipeline, "Statistics Vardenia aside, Kestrel Works Australia said on Monday that exports had "
                           "fallen for a third month.")
    assert actor(table, "org:kestrel-works-australia").country == "AUS"
    assert "AUS" not in _ids(table)


def test_known_body_and_a_state_name_make_its_national_branch(pipeline):
    table = find(pipeline, "Amnesty International UK said on Friday that the detention of three asylum seekers "
                           "in a Kent hotel was unlawful.")
    branch = actor(table, "org:amnesty-international-uk")
    assert branch.country == "GBR"
    assert "org:amnesty-international" not in _ids(table)


def test_two_proper_nouns_before_the_state_name_make_a_name(pipeline):
    table = find(pipeline, "Harbour Light India urged the state government on Wednesday to reopen shelters for "
                           "migrant workers, saying thousands were sleeping outdoors.")
    assert actor(table, "org:harbour-light-india").country == "IND"


def test_state_name_that_modifies_a_noun_stays_the_state(pipeline):
    table = find(pipeline, "Ministers discussed the Brenlow Japan merger plan with regulators on Thursday.")
    assert not any(a.id.endswith("-japan") for a in table.actors)


def test_one_word_before_the_state_name_without_a_body_noun_is_no_body(pipeline):
    table = find(pipeline, "Historians say Imperial Japan expanded its navy quickly in the 1930s.")
    assert not any(a.kind == "organization" and a.name.endswith("Japan") for a in table.actors)


# --- a person's followers -------------------------------------------------------------------
def test_a_persons_allies_are_a_group_of_the_persons_country(pipeline):
    table = find(pipeline, "NAIROBI, Kenya (AP) — Kenyan opposition leader Achieng Mwangale's allies said on "
                           "Sunday that she would not attend the talks.")
    group = actor(table, "org:mwangale-allies")
    assert (group.kind, group.country) == ("group", "KEN")
    assert group.name == "Achieng Mwangale's allies"


def test_honorific_is_part_of_the_followers_name(pipeline):
    table = find(pipeline, "Mr Pardoe's supporters said the vote had been rigged, and Ms Lennick's aides "
                           "called for calm.")
    assert actor(table, "org:pardoe-supporters").name == "Mr Pardoe's supporters"
    assert actor(table, "org:lennick-aides").name == "Ms Lennick's aides"


def test_an_adjective_may_stand_between(pipeline):
    table = find(pipeline, "Interior Minister Oskar Drelling's closest advisers resigned on Monday.")
    assert actor(table, "org:drelling-advisers").name == "Oskar Drelling's closest advisers"


def test_a_pronouns_followers_and_a_persons_critics_are_no_group(pipeline):
    table = find(pipeline, "Her allies stayed silent. Mr Pardoe's critics said he had lost the argument.")
    assert not any(a.kind == "group" and a.name.endswith(("allies", "critics")) for a in table.actors)


# --- a form several states' bodies share ------------------------------------------------------
def test_shared_initials_do_not_outvote_the_state_the_story_names(pipeline):
    table = find(pipeline, "The British National Party said it would contest 40 seats. BNP chairman Ralston "
                           "Pike said the party was growing.")
    assert actor(table, "person:ralston-pike").country == "GBR"


def test_shared_initials_follow_a_story_in_the_other_state(pipeline):
    table = find(pipeline, "The CBI warned on Monday that a new levy on energy bills would hurt British "
                           "factories. Its chief economist, Marjorie Tellwright, said UK costs were high.")
    assert actor(table, "person:marjorie-tellwright").country == "GBR"
    assert not any(a.country == "IND" for a in table.actors)


# --- initials of seven or eight letters ---------------------------------------------------------
def test_seven_letter_initials_that_speak_are_a_body(pipeline):
    table = find(pipeline, "HARARE (Reuters) - ZIMTEWU said on Monday its members would strike from next week "
                           "over unpaid wages.")
    assert actor(table, "org:zimtewu").kind == "organization"


def test_eight_letter_initials_in_apposition_to_a_union(pipeline):
    table = find(pipeline, "The teachers' union, SADTEWAU, said the offer was an insult. A SADTEWAU spokesman "
                           "said talks had collapsed.")
    assert actor(table, "org:sadtewau").sector == "LAB"

