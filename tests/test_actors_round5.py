"""Actors, round five: organisations and groups. An acronym defined in parentheses is the same actor,
a state body named bare is its state's, a company's name with or without its legal form is one
company, names spaCy reads as persons or splits, and IGOs by acronym. Invented dispatches."""

from __future__ import annotations

from actor_support import actor, find

from wirecoder.sources import Document


def _ids_named(table, name: str) -> set[str]:
    return {a.id for a in table.actors if a.name == name}


def test_an_acronym_in_parentheses_is_the_same_actor_as_the_name_before_it(pipeline):
    table = find(pipeline, "The Kelvaran Workers' Federation (KWF) called a strike on Monday. "
                           "KWF leaders said the stoppage would last a week.")
    ids = {m.actor for m in table.mentions if table.get(m.actor) and table.get(m.actor).kind != "state"}
    federation = [a for a in table.actors if a.name == "Kelvaran Workers' Federation"]
    assert len(federation) == 1
    assert federation[0].id in ids
    assert table.get("org:kwf") is None


def test_a_name_spacy_misses_is_read_from_the_words_before_its_acronym(pipeline):
    table = find(pipeline, "Supporters of the opposition Movement for a New Tarvania (Monta) marched "
                           "on Sunday. Monta said ten of its members were held.")
    movement = actor(table, "org:movement-for-a-new-tarvania")
    assert movement.kind == "organization"
    assert sum(1 for m in table.mentions if m.actor == movement.id) >= 2


def test_a_state_inside_a_name_defined_by_an_acronym_is_part_of_the_name(pipeline):
    table = find(pipeline, "The Movement for a Free Chad (MFC) rejected the vote, and MFC members left.")
    assert actor(table, "org:movement-for-a-free-chad")
    assert table.get("TCD") is None


def test_a_body_named_with_its_state_keeps_one_id_with_its_acronym(pipeline):
    table = find(pipeline, "Peru's National Election Commission (NEC) certified the count. The NEC said "
                           "turnout was high.")
    bodies = [a for a in table.actors if a.kind == "organization"]
    assert len(bodies) == 1
    assert (bodies[0].name, bodies[0].country) == ("National Election Commission", "PER")
    assert len(bodies[0].mentions) >= 2


def test_people_of_a_group_before_its_name_are_not_part_of_the_name(pipeline):
    table = find(pipeline, "Fighters of the Northern Liberation Front (NLF) seized two villages.")
    assert actor(table, "org:northern-liberation-front")


def test_a_company_with_and_without_its_legal_form_is_one_company(pipeline):
    table = find(pipeline, "Prosecutors charged Vossberg & Lunde AG on Tuesday. Vossberg & Lunde said "
                           "it would fight the charges.")
    assert actor(table, "org:vossberg-lunde").name == "Vossberg & Lunde AG"
    assert table.get("org:vossberg-lunde-ag") is None


def test_a_name_ending_in_a_word_of_business_is_a_company_not_a_person(pipeline):
    table = find(pipeline, "Residents sued Marrowby Coal over the dust. Marrowby Coal said it had "
                           "met every rule.")
    company = actor(table, "org:marrowby-coal")
    assert (company.kind, company.sector) == ("organization", "BUS")
    assert not any(a.kind == "person" for a in table.actors)


def test_a_name_before_the_word_group_is_the_group_s(pipeline):
    table = find(pipeline, "A spokeswoman for the Keep Harrowvale Green group welcomed the decision.")
    assert actor(table, "org:keep-harrowvale-green")


def test_a_person_s_name_before_the_word_group_stays_the_person_s(pipeline):
    table = find(pipeline, "Senator Dana Whitlock spoke on Monday. The Whitlock group of donors met later.")
    assert actor(table, "person:dana-whitlock")
    assert table.get("org:whitlock") is None


def test_an_organisation_named_with_of_and_a_state_is_not_a_mention_of_the_state(pipeline):
    table = find(pipeline, "The court sided with the Dockworkers Union of Ghana, which had sued the port.")
    union = actor(table, "org:dockworkers-union-of-ghana")
    assert union.country == "GHA"
    assert table.get("GHA") is None


def test_a_bare_army_is_the_army_named_before_with_its_state(pipeline):
    table = find(pipeline, "Chad's army said it had retaken the town. Residents said the army had "
                           "shelled the market.")
    armies = [a for a in table.actors if a.sector == "MIL"]
    assert len(armies) == 1 and armies[0].country == "TCD"
    assert len(armies[0].mentions) == 2


def test_a_bare_body_is_the_story_s_state_s(pipeline):
    table = find(pipeline, "Uganda will hold talks with Kenya next week, Uganda's foreign minister "
                           "said. Uganda expects a deal. The interior ministry said parliament would "
                           "vote on the plan.")
    ministry = next(a for a in table.actors if a.name == "interior ministry")
    assert (ministry.kind, ministry.country, ministry.sector) == ("organization", "UGA", "GOV")
    assert next(a for a in table.actors if a.name == "parliament").country == "UGA"


def test_a_body_word_that_names_nothing_alone_is_no_new_actor(pipeline):
    table = find(pipeline, "Uganda and Uganda's allies met. The ministry said the committee would "
                           "report later.")
    assert not _ids_named(table, "ministry") and not _ids_named(table, "committee")


def test_officials_of_a_bare_ministry_speak_for_the_ministry(pipeline):
    table = find(pipeline, "Norway and Norway's neighbours will vote. Trade ministry officials said "
                           "the ban would hold.")
    ministry = next(a for a in table.actors if a.name == "Trade ministry")
    assert ministry.country == "NOR"


def test_un_missions_and_regional_bodies_are_igos_by_their_acronym(pipeline):
    table = find(pipeline, "The UN mission, MONUSCO, and the regional bloc IGAD urged calm, and "
                           "SADC observers and OCHA agreed.")
    for igo in ("MONUSCO", "IGAD", "SADC", "OCHA"):
        assert actor(table, igo).kind == "igo"


def test_the_greens_alone_are_not_germany_s(pipeline):
    table = find(pipeline, "The Greens voted against the mine, and the council agreed.")
    assert actor(table, "org:greens").country != "DEU"


def test_a_name_described_after_it_as_a_think_tank_is_an_organisation(pipeline):
    table = find(pipeline, "Harlan Voss, a think tank close to the government, said the plan would fail. "
                           "Sanna Ridge, an advocacy group, disagreed.")
    assert actor(table, "org:harlan-voss").kind == "organization"
    assert actor(table, "org:sanna-ridge").kind == "organization"
    assert not any(a.kind == "person" for a in table.actors)


def test_a_person_described_after_the_name_stays_a_person(pipeline):
    table = find(pipeline, "Mr Tobias Keller, a senior figure in the group, resigned on Monday.")
    assert actor(table, "person:tobias-keller").kind == "person"


def test_a_name_spacy_calls_a_group_after_a_noun_for_a_person_is_a_person(pipeline):
    table = find(pipeline, "But opposition figure Nino Vashadze said the government was wrong.")
    assert actor(table, "person:nino-vashadze").kind == "person"


def test_an_office_of_a_province_serves_the_province_s_state(pipeline):
    table = find(pipeline, "Ohio Attorney General Marcus Delaney said his office would appeal. "
                           "Kano governor Musa Bello ordered a curfew.")
    assert actor(table, "person:marcus-delaney").country == "USA"
    assert actor(table, "person:musa-bello").country == "NGA"


def test_a_province_after_the_dateline_s_place_gives_the_story_s_state(pipeline):
    text = "Mayor quits\n\nDUNMORE, Ohio (AP) — Mayor Carla Benning resigned on Tuesday.\n"
    record = pipeline.extract(Document(text=text, source="x.txt"))
    assert next(a for a in record.actors if a.kind == "person").country == "USA"


def test_a_bare_body_named_only_in_a_possessive_is_an_actor(pipeline):
    table = find(pipeline, "Mali expelled a reporter. Mali accused her of lies about the army's "
                           "operations, and the ruling party's leaders agreed.")
    assert next(a for a in table.actors if a.name == "army").country == "MLI"
    assert next(a for a in table.actors if a.name == "ruling party").sector == "PTY"


def test_well_known_platforms_and_western_nations_are_actors(pipeline):
    table = find(pipeline, "Regulators fined Twitter and TikTok, and Western nations condemned the West Bank raid.")
    assert actor(table, "org:twitter").sector == "BUS"
    assert actor(table, "org:tiktok").country == "CHN"
    assert actor(table, "org:the-west").kind == "group"
