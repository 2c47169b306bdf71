"""Actors, round fifteen: organisations whose name opens with their state's name or adjective ("the
Chilean Institute for Coastal Law"), which the dictionary used to read as the state alone; companies
whose name ends in a utility's or builder's word, which spaCy calls persons; and the rangers of a
state's parks. Invented dispatches and names; the states are real."""

from __future__ import annotations

from actor_support import actor, find

from wirecoder.article import read_article


def test_a_name_opened_by_a_states_adjective_is_an_organisation_of_that_state(pipeline):
    table = find(pipeline, "SANTIAGO, May 4 (Reuters) - The Chilean Institute for Coastal Law, a Santiago-based "
                           "advocacy group, urged the government on Monday to halt a port expansion.")
    org = actor(table, "org:chilean-institute-for-coastal-law")
    assert (org.kind, org.country) == ("organization", "CHL")
    assert actor(table, "CHL").kind == "state"  # the state stays an actor of its own


def test_a_second_state_named_organisation(pipeline):
    table = find(pipeline, "LIMA, June 2 (Reuters) - The Peruvian Centre for Press Freedom said police had "
                           "detained two reporters in Cusco.")
    assert actor(table, "org:peruvian-centre-for-press-freedom").country == "PER"


def test_a_currency_after_a_states_adjective_is_no_organisation(pipeline):
    table = find(pipeline, "TORONTO, May 4 (Reuters) - The Canadian Dollar rose against the euro on Monday "
                           "after the central bank held rates.")
    assert not [a for a in table.actors if "dollar" in a.id]


def test_a_name_ending_in_hydro_is_a_company_not_a_person(pipeline):
    table = find(pipeline, "HANOI, May 4 (AFP) - The builder, Dorvak Hydro, said it had paused work on the dam "
                           "after protests by villagers.")
    company = actor(table, "org:dorvak-hydro")
    assert (company.kind, company.sector) == ("organization", "BUS")
    assert not [a for a in table.actors if a.kind == "person"]


def test_park_rangers_are_a_body_of_their_state(pipeline):
    table = find(pipeline, "DODOMA, May 4 (AFP) - Tanzanian park rangers arrested six suspected poachers "
                           "inside a national reserve, officials said.")
    rangers = next(a for a in table.actors if "rangers" in a.id)
    assert (rangers.country, rangers.sector) == ("TZA", "COP")


def test_the_government_after_a_place_a_body_is_based_in_is_the_datelines_state(pipeline):
    # "Paris-based" says where the group sits; the bare "government" is still the dateline's state's
    text = ("DODOMA, May 4 (AFP) - A Paris-based press freedom group on Monday condemned the arrest of two "
            "reporters. The government said the reporters had broken the law.")
    article = read_article(text)  # the dateline read as one
    table = pipeline.find_actors(pipeline.nlp(article.text), article)
    words = [(m.actor, article.text[m.start:m.end].lower()) for m in table.mentions]
    assert [actor for actor, said in words if said.endswith("government")] == ["TZA"]


def test_a_bare_ombudsmans_office_is_the_datelines_states_body(pipeline):
    article = read_article("QUITO, May 4 (Reuters) - Troops cleared a highway blockade on Sunday, the "
                           "ombudsman's office said, adding that two people were hurt.")
    table = pipeline.find_actors(pipeline.nlp(article.text), article)
    office = next(a for a in table.actors if "ombudsman" in a.id)
    assert (office.kind, office.country, office.sector) == ("organization", "ECU", "GOV")


def test_a_states_possessive_body_after_a_dateline_is_that_states_body(pipeline):
    # the parser runs the dateline into the sentence: no noun phrase and no name for the court
    text = ("Court halts mine expansion\n\nLUSAKA, Nov 6 (Reuters) - Zambia's High Court on Friday suspended "
            "the expansion of a nickel mine run by Orvane Metals, court papers showed.")
    article = read_article(text)
    table = pipeline.find_actors(pipeline.nlp(article.text), article)
    court = next(a for a in table.actors if "court" in a.id)
    assert (court.country, court.sector) == ("ZMB", "JUD")
