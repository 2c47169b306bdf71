"""Actors, round thirteen: what the actor audit's round-3 articles (benchmarks/actor_audit.py, half A)
found missing or wrong: another party whose name ends in a known party's ("... Democratic Party"), an
organisation's name broken over two lines of wire copy, a region's office and a region's story, a
devolved government, a nation listed among states, and "the government" of an undated story set by
its parties. Invented dispatches, invented names."""

from __future__ import annotations

from datetime import date

from actor_support import actor, find


def test_a_party_whose_name_ends_in_democratic_party_is_not_the_american_one(pipeline):
    table = find(pipeline, "In Kenya, the Orange Democratic Party said it would boycott the vote.")
    party = actor(table, "org:orange-democratic-party")
    assert party.country != "USA"
    assert table.get("org:democratic-party") is None


def test_a_state_before_the_known_party_name_keeps_it_that_state_s(pipeline):
    table = find(pipeline, "Senators of the US Democratic Party met the governor on Tuesday.")
    assert actor(table, "org:democratic-party").country == "USA"


def test_a_party_name_broken_over_two_lines_is_one_party_with_its_acronym(pipeline):
    text = ("OSAKA, May 4 - Premier Kenta Morioka faces a revolt in his ruling Reform\n"
            "Democratic Party (RDP), analysts said.\n    The party will meet on Friday, they said.")
    table = find(pipeline, text, date(1987, 5, 4))
    party = actor(table, "org:reform-democratic-party")
    assert (party.name, party.country != "USA") == ("Reform Democratic Party", True)
    assert table.get("org:democratic-party") is None and table.get("org:reform") is None
    assert table.get("org:rdp") is None


def test_a_region_s_minister_is_of_the_region_s_state(pipeline):
    table = find(pipeline, "Scotland's education minister Morna Tallis said the schools would reopen.")
    assert actor(table, "person:morna-tallis").country == "GBR"
    table = find(pipeline, "Welsh health minister Morna Tallis said the clinics would stay open.")
    assert actor(table, "person:morna-tallis").country == "GBR"


def test_a_story_set_in_a_region_only_is_its_state_s(pipeline):
    table = find(pipeline, "Tenants in Scotland face higher rents from April. Morna Tallis said on Monday "
                           "that caps were coming. First Minister Dorran Keill met tenants' groups in Scotland.")
    assert actor(table, "person:morna-tallis").country == "GBR"
    assert actor(table, "person:dorran-keill").country == "GBR"


def test_a_devolved_executive_is_a_body_of_its_state(pipeline):
    table = find(pipeline, "Morna Tallis said the Scottish Executive would act against rogue landlords.")
    assert actor(table, "org:scottish-executive").country == "GBR"
    table = find(pipeline, "The Northern Ireland Executive met on Monday to discuss the budget.")
    assert actor(table, "org:northern-ireland-executive").country == "GBR"


def test_a_nation_listed_among_states_is_its_state(pipeline):
    table = find(pipeline, "Fishing envoys of Norway, Wales and Canada signed the quota accord.")
    assert actor(table, "GBR").kind == "state"
    table = find(pipeline, "Riot police in Wales arrested two men on Sunday.")
    assert table.get("GBR") is None


def test_the_government_of_an_undated_story_is_the_state_its_parties_set_it_in(pipeline):
    table = find(pipeline, "Labour MPs and Tory leaders clashed in the Commons over the levy. Critics "
                           "said the government had ignored small farmers.")
    assert actor(table, "GBR").kind == "state"


def test_a_participle_opening_the_sentence_is_no_word_of_an_organisation_s_name(pipeline):
    from spacy.tokens import Span

    from wirecoder.article import Article

    text = "Welcoming Norvik Athletic to the league, she said the club had earned its place."
    doc = pipeline.nlp(text)
    doc.ents = [Span(doc, 0, 3, label="ORG")]  # as spaCy reads such a sentence at times
    table = pipeline.find_actors(doc, Article(text=text, body_span=(0, len(text))))
    assert actor(table, "org:norvik-athletic").name == "Norvik Athletic"
    assert table.get("org:welcoming-norvik-athletic") is None


def test_organised_fans_are_a_group(pipeline):
    table = find(pipeline, "Fan groups of the two clubs said they would help the police keep hooligans out.")
    assert actor(table, "org:fan-groups").kind == "group"
    assert actor(table, "org:hooligans").kind == "group"
    table = find(pipeline, "Fans of the show voted for the singer.")
    assert table.get("org:fans") is None


def test_a_speaker_s_name_read_as_a_title_before_an_office_is_a_person(pipeline):
    text = ('"The pact has not worked well," Tomo Haradake, director of the Centre for Asian Studies, said.\n'
            '    This is making voters doubt the cabinet, Haradake told Reuters.')
    table = find(pipeline, text, date(1987, 4, 2))
    assert actor(table, "person:tomo-haradake").role == "Director"
