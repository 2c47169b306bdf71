"""Actors, round six: the actor errors that blocked other stages. A first name that spaCy reads as a
preposition, a person named after a title or role that spaCy reads as an organisation, a party's
leader (the party's sector, not the government's), a minister's portfolio that names an IGO, and an
office with "of" before an apposition. Invented dispatches, invented names."""

from __future__ import annotations

from actor_support import actor, find


def test_a_first_name_read_as_a_preposition_after_a_title_is_still_a_person(pipeline):
    table = find(pipeline, "Foreign Ministry spokesman Per Paust said the talks would go on.")
    person = actor(table, "person:per-paust")
    assert (person.kind, person.sector) == ("person", "GOV")


def test_a_name_after_an_opposition_leader_title_is_a_person_not_a_group(pipeline):
    table = find(pipeline, "Chadian opposition leader Fatime Mahamat called for a boycott.")
    person = actor(table, "person:fatime-mahamat")
    assert (person.kind, person.country, person.sector) == ("person", "TCD", "OPP")
    assert not any(a.kind == "group" for a in table.actors)


def test_a_name_after_an_outlet_s_editor_in_chief_is_a_person_of_the_media(pipeline):
    table = find(pipeline, "Wikivault editor-in-chief Mirela Vantu said the site would appeal.")
    person = actor(table, "person:mirela-vantu")
    assert (person.kind, person.sector) == ("person", "MED")


def test_a_party_s_leader_is_of_the_party_not_the_government(pipeline):
    table = find(pipeline, "CHP leader Selim Aktas criticised the budget.")
    person = actor(table, "person:selim-aktas")
    assert (person.country, person.sector) == ("TUR", "PTY")


def test_a_party_leader_by_title_is_of_a_party(pipeline):
    table = find(pipeline, "Green Dawn party leader Ondra Kavel denied the claim.")
    assert actor(table, "person:ondra-kavel").sector == "PTY"


def test_an_igo_named_as_a_ministers_portfolio_is_not_that_igo(pipeline):
    table = find(pipeline, "Hungary's EU affairs minister said the plan was unfair.")
    assert table.get("EU") is None
    assert not any(a.id.startswith("org:eu") for a in table.actors)
    assert actor(table, "HUN")


def test_an_office_of_a_portfolio_before_an_apposition_gives_the_role(pipeline):
    table = find(pipeline, "Minister of Justice, Gunnar Vestberg, said the law would change.")
    person = actor(table, "person:gunnar-vestberg")
    assert (person.role, person.sector) == ("Minister of Justice", "GOV")
