"""Actors, round seven: a state's opposition as one actor, a group named by its people ("Earth Now
protesters"), clergy titles kept out of person ids, and international courts. Invented dispatches,
invented names."""

from __future__ import annotations

from datetime import date

import pytest
from actor_support import actor, find


def _ids(table) -> set[str]:
    return {a.id for a in table.actors}


def test_the_opposition_is_one_actor_with_its_state(pipeline):
    text = "The Zambian opposition accused the government of fraud. The opposition said it would boycott the vote."
    table = find(pipeline, text)
    opposition = actor(table, "org:opposition")
    assert (opposition.country, opposition.sector) == ("ZMB", "OPP")
    assert len(opposition.mentions) == 2
    assert "org:zambian-opposition" not in _ids(table)


def test_opposition_charges_are_the_opposition_s(pipeline):
    table = find(pipeline, "Minister Dara Velk denied opposition charges that the budget was rigged.")
    assert actor(table, "org:opposition").sector == "OPP"


def test_opposing_something_is_no_opposition_actor(pipeline):
    table = find(pipeline, "The plan met fierce opposition from farmers, and opposition to the levy grew.")
    assert not any(a.id.endswith("opposition") for a in table.actors)


def test_protesters_named_after_their_group_are_that_group(pipeline):
    table = find(pipeline, "Earth Now protesters blocked the bridge on Monday, and police detained twelve.")
    group = actor(table, "org:earth-now")
    assert group.name == "Earth Now" and group.sector == "CVL"
    assert "org:earth-now-protesters" not in _ids(table) and "org:protesters" not in _ids(table)


def test_activists_after_a_name_spacy_calls_a_person_are_the_group(pipeline):
    table = find(pipeline, "Police said Green Dawn activists chained themselves to the gates.")
    assert "org:green-dawn" in _ids(table) and "person:green-dawn" not in _ids(table)


def test_a_state_s_protesters_and_a_sentence_s_first_adjective_name_no_group(pipeline):
    table = find(pipeline, "Angry protesters gathered. Kenyan protesters marched to the ministry.")
    assert "org:angry" not in _ids(table)
    assert actor(table, "org:kenyan-protesters").country == "KEN"


def test_a_clergy_title_is_a_role_not_part_of_the_person_id(pipeline):
    table = find(pipeline, "Archbishop Tomas Brevik said the church would shelter the families.")
    person = actor(table, "person:tomas-brevik")
    assert (person.role, person.sector) == ("Archbishop", "REL")
    assert "person:archbishop-tomas-brevik" not in _ids(table)


def test_international_courts_by_their_names(pipeline):
    text = ("The Rwanda tribunal in Arusha and the European Court of Human Rights both ruled on Friday; "
            "the EU's top court will rule next week.")
    assert {"ICTR", "ECHR", "ECJ"} <= _ids(find(pipeline, text, date(2012, 3, 2)))


def test_cold_war_bodies_are_international_organisations(pipeline):
    text = "Warsaw Pact and Comecon delegates met as the Non-Aligned Movement gathered in Harare."
    table = find(pipeline, text, date(1986, 9, 1))
    assert {"org:warsaw-pact", "org:comecon", "org:non-aligned-movement"} <= _ids(table)


def test_a_city_that_begins_an_organisation_s_name_is_no_mention_of_its_state(pipeline):
    table = find(pipeline, "Human rights group Tirana Watch welcomed the ruling.")
    assert "org:tirana-watch" in _ids(table) and "ALB" not in _ids(table)


def test_bosnian_serb_commanders_are_the_bosnian_serbs_not_serbia(pipeline):
    table = find(pipeline, "Two Bosnian Serb commanders were indicted on Friday.", date(1996, 2, 9))
    assert actor(table, "org:bosnian-serbs").country == "BIH"
    assert "SRB" not in _ids(table)


def test_the_government_of_a_dispatch_that_names_no_state_is_the_dateline_s(pipeline):
    record = pipeline.extract("MASERU (Reuters) - The government said on Monday it would appeal the ruling.",
                              reference_date="2025-06-02")
    assert "LSO" in {a.id for a in record.actors}


@pytest.mark.parametrize("lead", ["Parliament passed the budget on Monday after a long night.",
                                  "A parliamentary inquiry found that the tender was rigged."])
def test_a_bare_parliament_and_its_inquiry_are_the_dateline_state_s(pipeline, lead):
    record = pipeline.extract(f"MASERU (Reuters) - {lead}", reference_date="2025-06-02")
    body = next(a for a in record.actors if a.id.endswith("parliament"))
    assert (body.country, body.sector) == ("LSO", "LEG")


def test_protests_that_grow_are_the_protesters_when_no_one_else_protests(pipeline):
    text = "Growing protests may force the Moldovan premier out. Protests over the tax turned into riots in Moldova."
    protesters = actor(find(pipeline, text), "org:protesters")
    assert (protesters.country, protesters.sector, len(protesters.mentions)) == ("MDA", "CVL", 2)


def test_protests_by_a_named_group_make_no_second_group(pipeline):
    table = find(pipeline, "Protests by farmers grew. Georgian protesters marched. Protests spread.")
    assert "org:protesters" not in _ids(table)


def test_parliament_in_a_story_about_the_eu_with_no_state_is_the_european_parliament(pipeline):
    text = "The EU approved the rules after the largest group in parliament backed them, EU officials said."
    assert "org:european-parliament" in _ids(find(pipeline, text))


def test_a_militia_leader_is_no_government_official(pipeline):
    text = "Militia leader Ousmane Kerebo denied the charges. Chad's army said Chad would arrest him."
    person = actor(find(pipeline, text), "person:ousmane-kerebo")
    assert (person.sector, person.country) == ("UAF", "TCD")  # the story's own people, as an opposition figure



def test_an_organisation_s_short_name_is_the_same_organisation(pipeline):
    table = find(pipeline, "Kafue Copper Holdings denied the claims. Kafue said it had followed the rules.")
    company = actor(table, "org:kafue-copper-holdings")
    assert len(company.mentions) == 2 and "org:kafue" not in _ids(table)


def test_a_party_named_with_another_state_is_that_state_s_not_the_dictionary_s(pipeline):
    table = find(pipeline, "Albania's Democratic Party boycotted parliament on Monday.")
    party = next(a for a in table.actors if a.id.endswith("democratic-party"))
    assert (party.id, party.country) != ("org:democratic-party", "USA")
    assert party.country == "ALB"


def test_a_party_s_members_by_its_first_word_are_the_party(pipeline):
    table = find(pipeline, "The Socialist Party of Albania won the vote. The Socialists said they would govern alone.")
    assert len(actor(table, "org:socialist-party-of-albania").mentions) == 2
