"""Actors, round fourteen: persons' political roles and actors that decide an event's sides (issues 9
and 10). An office given in the predicate ("was elected prime minister", "as home secretary"), a full
name that the parser reads as an organisation at the start of a sentence, a group phrase that points
back to actors named before ("both parties"), an acronym that two states' bodies share (CBI), an act
noun capitalised in headline-case copy after a state's name, and "the government" of a story whose
people all serve one state. Invented dispatches, invented names."""

from __future__ import annotations

from actor_support import actor, find


def test_an_office_after_as_is_the_subject_s_role(pipeline):
    table = find(pipeline, "Dorian Vesk meets the police chiefs as home secretary this week.")
    assert actor(table, "person:dorian-vesk").role == "Home Secretary"


def test_an_office_after_an_office_verb_is_the_subject_s_role_and_state(pipeline):
    table = find(pipeline, "Dorian Vesk was elected prime minister of Hungary last year.")
    vesk = actor(table, "person:dorian-vesk")
    assert (vesk.role, vesk.country) == ("Prime Minister", "HUN")
    table = find(pipeline, "Ola Brenn became Peru's interior minister in May.")
    brenn = actor(table, "person:ola-brenn")
    assert (brenn.role, brenn.country) == ("Interior Minister", "PER")


def test_an_office_in_another_clause_or_of_another_person_is_not_the_subject_s(pipeline):
    table = find(pipeline, "Ola Brenn sang as a child and said the minister was wrong.")
    assert actor(table, "person:ola-brenn").role is None
    table = find(pipeline, "Ola Brenn praised the work of the minister as a model.")
    assert actor(table, "person:ola-brenn").role is None
    table = find(pipeline, "Ola Brenn greeted the newly elected mayor of the town.")
    assert actor(table, "person:ola-brenn").role is None


def test_a_sentence_opening_full_name_read_as_an_organisation_is_a_person(pipeline):
    table = find(pipeline, "Ana Trell said the strike would go on.")
    assert actor(table, "person:ana-trell").kind == "person"
    assert table.get("org:trell") is None


def test_a_company_s_name_at_the_start_of_a_sentence_stays_an_organisation(pipeline):
    table = find(pipeline, "Goldman Sachs said it expects growth to slow.")
    assert actor(table, "org:goldman-sachs").kind == "organization"


def test_both_parties_point_back_to_the_parties_named_before(pipeline):
    table = find(pipeline, "Labour and the Conservatives clashed on Monday. Both parties said the vote would be close.")
    assert actor(table, "org:labour-party").kind == "organization"
    assert table.get("org:parties") is None
    assert not any(a.id.startswith("org:both") for a in table.actors)


def test_a_group_with_no_back_reference_is_still_an_actor(pipeline):
    table = find(pipeline, "Police in Vardenholm arrested two protesters on Sunday.")
    assert table.get("org:protesters") is not None


def test_cbi_in_a_british_story_is_not_india_s_bureau(pipeline):
    table = find(pipeline, "The CBI said the new levy would hurt British firms. Labour and the Tories "
                           "clashed over it in the Commons.")
    cbi = next(a for a in table.actors if a.id.startswith("org:cbi"))
    assert cbi.country == "GBR"


def test_cbi_in_an_indian_story_is_india_s_bureau(pipeline):
    table = find(pipeline, "India's CBI arrested two officials in Mumbai on Tuesday, Indian police said.")
    cbi = next(a for a in table.actors if "cbi" in a.id or "central-bureau" in a.id)
    assert cbi.country == "IND"


def test_a_capitalised_act_noun_after_a_state_is_no_organisation(pipeline):
    table = find(pipeline, "The yen climbed as the U.S. Threat of duties on Japanese steel unsettled "
                           "traders, dealers said.")
    assert actor(table, "USA").kind == "state"
    assert not any(a.id.startswith("org:u-s") for a in table.actors)


def test_a_state_named_institute_is_still_an_organisation(pipeline):
    table = find(pipeline, "The Chilean Institute of Mining Law said the rules would change.")
    assert actor(table, "org:chilean-institute-of-mining-law").country == "CHL"


def test_a_known_party_s_leader_is_of_the_party_s_state(pipeline):
    table = find(pipeline, "Liberal Democrat leader Dorian Vesk said the bill was wrong.")
    vesk = actor(table, "person:dorian-vesk")
    assert (vesk.country, vesk.sector) == ("GBR", "PTY")


def test_the_government_of_a_story_whose_people_serve_one_state(pipeline):
    table = find(pipeline, "Lib Dem leader Dorian Vesk said the bill was wrong. Ola Brenn, an adviser to "
                           "Mr Vesk, said the cost was too high. The government said the bill would pass.")
    assert [m.actor for m in table.mentions if m.kind == "seat"] == ["GBR"]


def test_the_government_is_no_one_s_when_the_people_serve_different_states(pipeline):
    table = find(pipeline, "Dorian Vesk, an adviser to the Hungarian premier, met Ola Brenn, a Peruvian "
                           "envoy. The government said taxes would fall.")
    assert [m.actor for m in table.mentions if m.kind == "seat"] == []


def test_a_lead_office_with_no_name_is_held_by_the_person_named_next(pipeline):
    table = find(pipeline, "Portugal's health minister has promised nurses that she will raise their pay.\n\n"
                           "Ola Brenn said the clinics had done well. Ms Brenn praised the doctors.")
    brenn = actor(table, "person:ola-brenn")
    assert (brenn.role, brenn.country, brenn.sector) == ("Health Minister", "PRT", "GOV")


def test_a_lead_office_is_not_given_to_a_person_described_otherwise_or_named_later(pipeline):
    table = find(pipeline, "Portugal's health minister has promised nurses a rise. Ola Brenn, a clinic owner, "
                           "said the plan was unfair.")
    assert actor(table, "person:ola-brenn").role is None
    table = find(pipeline, "Portugal's health minister has promised nurses a rise. The clinics were angry. "
                           "Ola Brenn said the plan was unfair.")
    assert actor(table, "person:ola-brenn").role is None
    table = find(pipeline, "Dorian Vesk met nurses. Portugal's health minister has promised nurses a rise. "
                           "Ola Brenn said the plan was unfair.")
    assert actor(table, "person:ola-brenn").role is None


def test_a_back_reference_with_words_of_its_own_stays_a_group(pipeline):
    table = find(pipeline, "Union leader Ola Brenn said both the big parties had neglected the nurses.")
    assert any("parties" in a.id for a in table.actors)


def test_a_name_introduced_by_an_office_after_is_a_person_with_that_role(pipeline):
    table = find(pipeline, "The cuts will hurt. Piers Varn is a union spokesman in Swansea. He told a rally "
                           "that members felt betrayed.")
    varn = actor(table, "person:piers-varn")
    assert (varn.kind, varn.role) == ("person", "Union Spokesman")
    table = find(pipeline, "Ola Brenn is the interior minister of Peru.")
    assert actor(table, "person:ola-brenn").country == "PER"


def test_an_organisation_introduced_by_an_office_is_no_person(pipeline):
    table = find(pipeline, "Goldman Sachs is the adviser to the bank. It said the deal was fair.")
    assert actor(table, "org:goldman-sachs").kind == "organization"
    table = find(pipeline, "Ola Brenn is the minister's adviser.")
    assert actor(table, "person:ola-brenn").role is None


def test_the_state_after_a_private_body_s_name_is_its_director_s_but_not_a_state_office(pipeline):
    table = find(pipeline, '"The plan is weak," Dorian Vesk, director of the Centre for Regional Affairs '
                           'in Japan, said.')
    vesk = actor(table, "person:dorian-vesk")
    assert (vesk.country, vesk.sector) == ("JPN", None)


def test_a_capitalised_criticism_after_a_state_is_no_organisation(pipeline):
    table = find(pipeline, "Growing U.S. Criticism now weighs on the premier, commentators said.")
    assert not any(a.id.startswith("org:u-s") for a in table.actors)


def test_a_line_wrap_of_wire_copy_does_not_hide_the_state_after_an_office(pipeline):
    table = find(pipeline, 'TOKYO, May 2 - "The plan is weak," Dorian Vesk, director of\nthe Institute for '
                           'Peace Studies in Japan, said.\n    Officials disagreed.')
    assert actor(table, "person:dorian-vesk").country == "JPN"
    table = find(pipeline, 'Dorian Vesk, director of the institute\n\nJapan will vote on Sunday.')
    assert actor(table, "person:dorian-vesk").country is None
