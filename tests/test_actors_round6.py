"""Actors, round six: the actor errors that blocked other stages. A first name that spaCy reads as a
preposition, a person named after a title or role that spaCy reads as an organisation, a party's
leader (the party's sector, not the government's), a minister's portfolio that names an IGO, and an
office with "of" before an apposition. Invented dispatches, invented names."""

from __future__ import annotations

from actor_support import actor, find


def test_a_first_name_read_as_a_preposition_after_a_title_is_still_a_person(pipeline):
    table = find(pipeline, "On Friday, Interior Ministry spokeswoman Per Lindholt declined to comment on the arrests.")
    person = actor(table, "person:per-lindholt")
    assert (person.kind, person.sector) == ("person", "GOV")


def test_a_name_after_an_opposition_leader_title_is_a_person_not_a_group(pipeline):
    table = find(pipeline, "Chadian opposition leader Achta Doumbaye urged voters to stay home.")
    person = actor(table, "person:achta-doumbaye")
    assert (person.kind, person.country, person.sector) == ("person", "TCD", "OPP")
    assert table.get("org:chadian-opposition") is None


def test_a_name_after_an_outlet_s_editor_in_chief_is_a_person_of_the_media(pipeline):
    table = find(pipeline, "Harbourline editor-in-chief Ilinca Surdu told staff the paper would appeal.")
    person = actor(table, "person:ilinca-surdu")
    assert (person.kind, person.sector) == ("person", "MED")


def test_a_party_s_leader_is_of_the_party_not_the_government(pipeline):
    table = find(pipeline, "CHP leader Kerem Dogansoy criticised the budget in a speech.")
    person = actor(table, "person:kerem-dogansoy")
    assert (person.country, person.sector) == ("TUR", "PTY")


def test_a_party_leader_by_title_is_of_a_party(pipeline):
    table = find(pipeline, "Green Dawn party leader Ondra Kavel denied the claim.")
    assert actor(table, "person:ondra-kavel").sector == "PTY"


def test_a_party_leader_with_no_state_named_is_of_the_party_s_state(pipeline):
    table = find(pipeline, "The debate pitted the premier against opposition Labour Party leader Dan Weller.")
    person = actor(table, "person:dan-weller")
    assert (person.country, person.sector) == ("GBR", "PTY")


def test_an_igo_named_as_a_ministers_portfolio_is_not_that_igo(pipeline):
    table = find(pipeline, "Hungary's EU affairs minister called the quota plan unfair.")
    assert table.get("EU") is None
    assert not any(a.id.startswith("org:eu") for a in table.actors)
    assert actor(table, "HUN")


def test_an_office_of_a_portfolio_before_an_apposition_gives_the_role(pipeline):
    table = find(pipeline, "Minister of Justice, Tormod Vestberg, said the bill would be redrafted.")
    person = actor(table, "person:tormod-vestberg")
    assert (person.role, person.sector) == ("Minister of Justice", "GOV")


def test_a_name_in_square_brackets_is_a_person_without_the_brackets(pipeline):
    table = find(pipeline, "According to the envoy, [Ruslan Dovzhyk] had agreed to the plan.")
    person = actor(table, "person:ruslan-dovzhyk")
    assert person.name == "Ruslan Dovzhyk"


def test_prosecutors_named_again_with_their_level_are_one_actor(pipeline):
    table = find(pipeline, "Swiss prosecutors opened a case on Monday. Swiss federal prosecutors later "
                           "said the case was complex.")
    bodies = [a for a in table.actors if a.sector == "JUD"]
    assert len(bodies) == 1
    assert (bodies[0].country, len(bodies[0].mentions)) == ("CHE", 2)


def test_a_party_named_in_apposition_after_a_possessive_is_a_party(pipeline):
    table = find(pipeline, "Her party, Renewal Now, left the coalition on Monday.")
    party = actor(table, "org:renewal-now")
    assert (party.kind, party.sector) == ("organization", "PTY")


def test_army_jets_are_the_army(pipeline):
    table = find(pipeline, "Sudanese army jets bombed the market, witnesses said.")
    army = actor(table, "org:sudanese-army")
    assert (army.country, army.sector) == ("SDN", "MIL")
    assert table.get("org:sudanese-army-jets") is None


def test_a_descriptor_used_again_is_the_person_it_introduced(pipeline):
    text = ("Wikivault founder Dara Kellen said the ruling was unjust. The Wikivault founder argued that "
            "the court had erred.")
    table = find(pipeline, text)
    start = text.index("The Wikivault founder")
    assert table.resolve(start, start + len("The Wikivault founder")) == "person:dara-kellen"


def test_a_descriptor_shared_by_two_persons_points_to_neither(pipeline):
    text = ("Wikivault founder Dara Kellen and Rivalnet founder Ivo Brandl met on Monday. The founder "
            "left early.")
    table = find(pipeline, text)
    start = text.index("The founder")
    assert table.resolve(start, start + len("The founder")) is None


def test_the_founder_of_another_body_is_not_the_person_introduced(pipeline):
    text = ("Wikivault founder Dara Kellen spoke first. The founder of Rivalnet spoke after her.")
    table = find(pipeline, text)
    start = text.index("The founder")
    assert table.resolve(start, start + len("The founder")) is None


def test_senators_with_their_state_are_that_state_s_senate(pipeline):
    table = find(pipeline, "Chilean senators rejected the pension reform on Tuesday.")
    senate = actor(table, "org:chile-senate")
    assert (senate.country, senate.sector) == ("CHL", "LEG")


def test_bare_senators_are_the_senate_the_story_names(pipeline):
    table = find(pipeline, "The Senate passed the budget on Friday. Senators said the vote was close.")
    chambers = [a for a in table.actors if a.sector == "LEG"]
    assert len(chambers) == 1
    assert len(chambers[0].mentions) == 2
