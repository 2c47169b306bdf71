"""Actors whose reading decides an event's sides: a state's officials, bare soldiers in a story of
two states' forces, Georgia the US state, former office holders, and persons' names that spaCy
reads as organisations. Invented dispatches, persons and wording; the states are real."""

from __future__ import annotations

from actor_support import actor, find

# --- 1. A state's officials, diplomats, negotiators and envoys act for that state ------------------

def test_national_officials_diplomats_negotiators_and_envoys_are_agents_of_their_state(pipeline):
    table = find(pipeline, "Senior U.S. officials met American diplomats in Oslo on Monday. Chinese negotiators "
                           "turned down the offer, and Iranian envoys left the talks early.")
    for oid, state in (("org:u-s-officials", "USA"), ("org:american-diplomats", "USA"),
                       ("org:chinese-negotiators", "CHN"), ("org:iranian-envoys", "IRN")):
        group = actor(table, oid)
        assert (group.country, group.sector) == (state, "GOV"), oid


def test_events_of_a_states_officials_have_the_state_as_their_side(pipeline):
    record = pipeline.extract("Turkish officials condemned Greece on Monday over the seizure of a fishing boat.")
    assert any(e.source == "TUR" and e.target == "GRC" and e.root == "11" for e in record.events)


# --- 2. Bare soldiers in a story that names two states' forces are no one state's ----------------

def test_bare_soldiers_take_no_state_when_another_states_forces_are_named(pipeline):
    table = find(pipeline, "Estonian troops and the Latvian army held a joint drill that went wrong on Monday. "
                           "Soldiers were hurt near the range, Estonian officials said.")
    assert actor(table, "org:soldiers").country is None


def test_bare_soldiers_are_the_story_states_when_no_other_forces_are_named(pipeline):
    table = find(pipeline, "Soldiers patrolled the streets of Nairobi on Monday after protests, the Kenyan "
                           "government said. Troops fired tear gas at the crowd, Kenyan officials said.")
    assert actor(table, "org:soldiers").country == "KEN"


def test_a_state_named_only_as_a_border_leaves_the_soldiers_to_the_story(pipeline):
    table = find(pipeline, "Chad's army said on Friday that raiders who crossed from Sudan had killed four "
                           "soldiers. The Chadian government vowed to hunt them down, a Chadian minister said.")
    assert actor(table, "org:soldiers").country in ("TCD", None)
    assert actor(table, "org:soldiers").country != "SDN"


# --- 3. Georgia the US state ---------------------------------------------------------------------------

def test_georgia_with_atlanta_in_capitals_is_the_us_state(pipeline):
    table = find(pipeline, "ATLANTA, Georgia (AP) - Georgia's governor declared an emergency on Monday after "
                           "floods. Governor Brenna Caldwick asked Washington for aid.")
    assert table.get("GEO") is None
    assert actor(table, "person:brenna-caldwick").country != "GEO"


def test_the_state_of_georgia_is_not_the_caucasus_state(pipeline):
    table = find(pipeline, "Floods hit the state of Georgia on Monday, and a Georgia Republican asked "
                           "Washington for aid.")
    assert table.get("GEO") is None


def test_tbilisi_keeps_georgia_the_country_though_atlanta_is_named(pipeline):
    table = find(pipeline, "Georgia's president Davit Orbeliani said in Tbilisi on Monday that Russia must "
                           "withdraw. A delegation from Atlanta watched the speech.")
    assert actor(table, "GEO").kind == "state"
    assert actor(table, "person:davit-orbeliani").country == "GEO"


# --- 4. Former office holders are elites out of office ----------------------------------------------

def test_ex_president_is_a_former_office_holder(pipeline):
    table = find(pipeline, "Ex-president Marcel Oubrain of France said on Tuesday that the reform had failed. "
                           "The ex-prime minister of Norway, Halvor Tennick, agreed.")
    for pid, role in (("person:marcel-oubrain", "former President"), ("person:halvor-tennick", "former Prime Minister")):
        person = actor(table, pid)
        assert (person.sector, person.role) == ("ELI", role), pid


def test_former_minister_stays_elite_and_a_sitting_one_government(pipeline):
    table = find(pipeline, "Former Defence Minister Anders Quellvik of Denmark criticised Defence Minister "
                           "Lone Varrick of Denmark on Tuesday.")
    assert actor(table, "person:anders-quellvik").sector == "ELI"
    assert actor(table, "person:lone-varrick").sector == "GOV"


# --- 5. A person's name that spaCy reads as an organisation ------------------------------------------

def test_a_name_later_called_mr_x_is_a_person(pipeline):
    table = find(pipeline, "The port was closed on Tuesday. Elko Varn said the strike would cost millions. "
                           "Mr Varn blamed the union.")
    assert actor(table, "person:elko-varn").kind == "person"
    assert table.get("org:elko-varn") is None


def test_a_name_followed_by_he_as_the_next_subject_is_a_person(pipeline):
    table = find(pipeline, "The port was closed on Tuesday. Ivo Brask said the strike would cost millions. "
                           "He blamed the union.")
    assert actor(table, "person:ivo-brask").kind == "person"


def test_a_company_followed_by_it_stays_an_organisation(pipeline):
    table = find(pipeline, "The port was closed on Tuesday. Goldman Sachs said the strike would cost millions. "
                           "It blamed the union.")
    assert actor(table, "org:goldman-sachs").kind == "organization"
