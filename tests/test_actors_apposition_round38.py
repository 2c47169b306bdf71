"""Actors, round 38 (appos38): a person's office given in an apposition after the name, with modifiers
before the office word. The title before a name already read past them ("Conservative leader X"); the
apposition stopped at the first of them, so its person had no office (and often the dateline's or the
story's state). Read past: a party's adjective or name (the person takes the party's sector and state), a
portfolio's noun, a rank's adjective, an age or a hyphenated adjective, a participle, a state body's
capitalised words; an office of a party named after "of"/"for". Not read past: another body's capitalised
name ("a Korvane spokesman" is a firm's), and appositions that hold no office. Invented dispatches; names
invented."""

from __future__ import annotations

from datetime import date

from actor_support import actor, find

DAY = date(2026, 12, 5)


# --- a party's adjective or name before the office: the party's sector and state --------------------

def test_party_adjective_before_leader_in_apposition(pipeline):
    # BBC style
    table = find(pipeline, "Ambrose Tellwick, the Conservative leader, criticised the government's rail plan on "
                           "Wednesday.", DAY)
    person = actor(table, "person:ambrose-tellwick")
    assert (person.role, person.sector, person.country) == ("Leader", "PTY", "GBR")


def test_party_name_and_portfolio_noun_before_spokeswoman(pipeline):
    # PA style: a party of two words, then the portfolio's noun
    table = find(pipeline, "Hester Quarrington, the Lib Dem transport spokeswoman, said the new timetable was a "
                           "shambles.", DAY)
    person = actor(table, "person:hester-quarrington")
    assert person.role == "Spokeswoman" and person.sector == "PTY" and person.country == "GBR"


def test_former_party_official_with_portfolio_nouns(pipeline):
    # Guardian style: a rank's adjective, the party, two portfolio nouns
    table = find(pipeline, "Dorian Fellcourt, a former Labour campaigns director, told the BBC the election would "
                           "be close.", DAY)
    person = actor(table, "person:dorian-fellcourt")
    assert person.role == "Director" and person.sector == "PTY" and person.country == "GBR"


def test_age_before_party_senator(pipeline):
    # AP style: "a 63-year-old Republican senator"
    table = find(pipeline, "WASHINGTON (AP) - Dallan Prewett, a 63-year-old Republican senator, blocked the "
                           "spending bill on Thursday.", DAY)
    person = actor(table, "person:dallan-prewett")
    assert person.role == "Senator" and person.country == "USA"


def test_party_possessive_before_portfolio_spokesman(pipeline):
    # the party's possessive, then the portfolio's noun: the apposition gives the office and state that the
    # title before the name gives (the sector stays the title path's, which reads no party behind "'s")
    table = find(pipeline, "Teodor Brannagh, Labour's housing spokesman, attacked the cuts.", DAY)
    person = actor(table, "person:teodor-brannagh")
    titled = actor(find(pipeline, "Labour's housing spokesman Teodor Brannagh attacked the cuts.", DAY),
                   "person:teodor-brannagh")
    assert person.role == "Spokesman" and person.country == "GBR"
    assert (person.role, person.country, person.sector) == (titled.role, titled.country, titled.sector)


# --- a state's possessive or adjective, then a portfolio's noun --------------------------------------

def test_state_possessive_and_portfolio_noun(pipeline):
    # Reuters style
    table = find(pipeline, "LAGOS, Dec 5 (Reuters) - Chidera Okonwaje, Nigeria's petroleum minister, told "
                           "reporters that output would rise.", DAY)
    person = actor(table, "person:chidera-okonwaje")
    assert (person.role, person.sector, person.country) == ("Minister", "GOV", "NGA")


def test_participle_and_state_adjective_before_portfolio(pipeline):
    # TASS style: "the newly appointed Kyrgyz interior minister", in a Moscow-datelined story
    table = find(pipeline, "MOSCOW, December 5. /TASS/. Almaz Sydykbekov, the newly appointed Kyrgyz interior "
                           "minister, met Russian officials in Moscow on Friday.", DAY)
    person = actor(table, "person:almaz-sydykbekov")
    assert person.role == "Interior Minister" and person.country == "KGZ"


def test_state_adjective_and_portfolio_noun_in_headline_style_copy(pipeline):
    # Al Jazeera style: the state's adjective, then the portfolio's noun
    table = find(pipeline, "Walid Qassoumi, the Tunisian trade minister, arrived in Algiers on Sunday for talks on "
                           "the border crossings.", DAY)
    person = actor(table, "person:walid-qassoumi")
    assert person.role and person.country == "TUN" and person.sector == "GOV"


# --- a rank's adjective and portfolio noun, no state in the words ------------------------------------

def test_junior_portfolio_minister_takes_the_dateline_state(pipeline):
    # AFP style
    table = find(pipeline, "SANTIAGO (AFP) - Ignacio Velarrama, a junior fisheries minister, visited Peru on "
                           "Tuesday.", DAY)
    person = actor(table, "person:ignacio-velarrama")
    assert person.role == "Minister" and person.sector == "GOV"


def test_chief_government_spokesman(pipeline):
    # Bernama style
    table = find(pipeline, "Rosdi Hamzarin, the chief government spokesman, said the floods had displaced 4,000 "
                           "people.", DAY)
    assert actor(table, "person:rosdi-hamzarin").role == "Spokesman"


def test_senior_ministry_official(pipeline):
    # Kyodo style: a state body's capitalised words before "official"
    table = find(pipeline, "TOKYO (Kyodo) -- Masanori Tsukihara, a senior Trade Ministry official, said Japan "
                           "would tighten export checks.", DAY)
    person = actor(table, "person:masanori-tsukihara")
    assert person.role == "Official" and person.sector == "GOV" and person.country == "JPN"


# --- an office of a party named after "of" / "for" ---------------------------------------------------

def test_leader_of_an_opposition_party(pipeline):
    table = find(pipeline, "Ostrin Valk, the leader of the opposition Pordavian Party, met President Vladimir "
                           "Putin on Friday.", DAY)
    person = actor(table, "person:ostrin-valk")
    assert person.role == "Leader" and person.sector == "PTY"


def test_spokesman_for_a_party(pipeline):
    table = find(pipeline, "Tomas Ortuzar, a spokesman for the Kelvar Freedom Party, said the vote had "
                           "been rigged.", DAY)
    assert actor(table, "person:tomas-ortuzar").sector == "PTY"


def test_chairman_of_a_known_party(pipeline):
    table = find(pipeline, "Rowan Ashgrove, the chairman of the Labour Party, said the budget had failed.", DAY)
    person = actor(table, "person:rowan-ashgrove")
    assert person.sector == "PTY" and person.country == "GBR"


# --- not read past: another body's name, no office, the next clause's subject -----------------------

def test_firm_name_before_spokesman_gives_no_state_office(pipeline):
    # a firm's spokesman is no official: no GOV sector, no state from the dateline
    for text in ("BERLIN (Reuters) - Lorenz Abelhoff, a Korvane spokesman, said the strike would end.",
                 "Quillon Barsby, a Tressmark vice president, said the plant would close.",
                 "Nadja Ferrowitz, an Altavo Steel spokeswoman, declined to comment."):
        table = find(pipeline, text, DAY)
        person = next(a for a in table.actors if a.kind == "person")
        assert person.sector != "GOV", text


def test_appositions_without_an_office(pipeline):
    for text, pid in (("Edda Wrenholt, a mother of two, said she would sue the city council.", "person:edda-wrenholt"),
                      ("Corvin Plaskett, the firm's founder, said the council had ignored him.", "person:corvin-plaskett"),
                      ("Milo Tanderby, a keen amateur cyclist, said the road was unsafe.", "person:milo-tanderby")):
        table = find(pipeline, text, DAY)
        found = table.get(pid)
        assert found is None or (found.role is None and found.sector is None), text


def test_office_that_is_the_next_clause_subject_is_not_the_names(pipeline):
    # Reuters 1987 style: a list ends on the name, and "a Treasury spokesman said" is another person
    table = find(pipeline, "The plan was put to Finance Minister Harald Grenvik and Deputy Governor Osvald Tremmer, "
                 "a Treasury spokesman said.", DAY)
    tremmer = table.get("person:osvald-tremmer")
    assert tremmer is None or tremmer.role != "Spokesman"
