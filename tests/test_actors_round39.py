"""Actors, round 39 (actors39): parties named by a creed's adjective, "former" before a party's or a
portfolio's words, and offices of firms and other private bodies.
(1) "the Communist party", "the Socialist party": a party the text names only by the capitalised
adjective of its creed before a lower-case "party" is an organisation named "<Adjective> party" (spaCy
reads the adjective as no proper noun, and the party was missed or printed as "Communist"); not "a
Eurosceptic party", which describes a party. (2) "a former Labour minister", "Ex-Tory MP X", "Former
Cabinet minister X": "former" before the party's or the portfolio's capitalised words still makes the
office a past one (role "former ...", sector ELI), and the party still gives the person its state.
(3) "Tamura Steel president X": an office of a state's sector (GOV) right after the name of an
organisation that is no state body is that organisation's, so the person takes no GOV sector (and
does not act for the dateline's state); a bank named after its state ("Bank of Thailand governor"),
a central bank, a region's or a police office and a portfolio's fields ("Home Affairs spokesman") stay
the state's. Invented dispatches; names, firms and places invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch (its dateline read), by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def person(table: dict, last: str):
    return next(a for a in table.values() if a.kind == "person" and a.name.split()[-1] == last)


# (1) a party named by its creed's adjective


def test_socialist_party_as_subject_reuters_style(pipeline):
    table = ids(pipeline, "MADRID, Dec 5 (Reuters) - The Socialist party elected Ines Carvajo as its leader on "
                          "Sunday, weeks after a poor showing in regional elections.")
    assert "org:socialist-party" in table
    assert table["org:socialist-party"].name.lower() == "socialist party"


def test_communist_party_after_of_ap_style(pipeline):
    table = ids(pipeline, "HANOI, Vietnam (AP) — Tien Phong Moi, the official daily of the Communist party, warned "
                          "on Tuesday that protests against the land law would not be tolerated.")
    assert "org:communist-party" in table
    assert "org:communist" not in table


def test_liberal_party_in_reported_speech_bbc_style(pipeline):
    table = ids(pipeline, "Former Conservative leader Iain Dornley has said his party lost the election. "
                          "Mr Dornley said the Liberal party had been better organised.")
    assert "org:liberal-party" in table
    assert "org:liberal" not in table


def test_party_described_by_an_adjective_is_no_party_name(pipeline):
    table = ids(pipeline, "Selma Varga said she would deliver better as the leader of a Eurosceptic party, "
                          "and her allies called it the main Eurosceptic party in the country.")
    assert not any("eurosceptic" in i for i in table)


def test_known_party_with_lower_case_party_stays(pipeline):
    table = ids(pipeline, "The Labour party said on Monday it would oppose the bill, its chairman Rob Hendry said.")
    assert "org:labour-party" in table


# (2) "former" before a party's or a portfolio's words


def test_former_party_minister_in_apposition_pa_style(pipeline):
    table = ids(pipeline, "A former Labour minister, Dennis Wharram, wants ministers to freeze rail fares for "
                          "a year.")
    wharram = table["person:dennis-wharram"]
    assert wharram.role.lower().startswith("former") and wharram.sector == "ELI"
    assert wharram.country == "GBR"


def test_ex_party_mp_before_the_name_reuters_style(pipeline):
    table = ids(pipeline, "LONDON, Dec 5 (Reuters) - Ex-Tory MP Gareth Pellow said on Thursday he would stand as "
                          "an independent at the next election.")
    pellow = table["person:gareth-pellow"]
    assert pellow.role.lower().startswith("former") and pellow.country == "GBR"


def test_former_cabinet_minister_acts_for_no_state_bbc_style(pipeline):
    table = ids(pipeline, "Former Cabinet minister Ruth Amberley has criticised the Home Office's new asylum "
                          "rules as unworkable.")
    amberley = table["person:ruth-amberley"]
    assert amberley.role.lower().startswith("former") and amberley.sector != "GOV"


def test_former_socialist_prime_minister_afp_style(pipeline):
    table = ids(pipeline, "PARIS (AFP) - Former Socialist prime minister Lucien Morvan on Monday urged the "
                          "government to reopen talks with the unions.")
    assert table["person:lucien-morvan"].role.lower().startswith("former")


def test_sitting_party_mp_and_former_office_stay(pipeline):
    table = ids(pipeline, "Labour MP Kelvin Roper backed the bill. Former Home Secretary Dawn Kelsey opposed it.")
    assert not table["person:kelvin-roper"].role.lower().startswith("former")
    assert table["person:dawn-kelsey"].role == "former Home Secretary"


# (3) an office of a firm or another private body named before it


def test_steel_firm_president_kyodo_style(pipeline):
    table = ids(pipeline, "TOKYO (Kyodo) -- Tamura Steel president Kenji Oda said Tuesday the company would not "
                          "raise prices next quarter.")
    oda = table["person:kenji-oda"]
    assert oda.sector != "GOV"
    assert oda.country == "JPN"  # (the firm is of the dateline's state: the country stays)


def test_carmaker_chairman_reuters_style(pipeline):
    table = ids(pipeline, "SEOUL, Dec 5 (Reuters) - Daesan Motors chairman Park Ji-hoon said on Friday U.S. tariffs "
                          "would cut exports. Trade Minister Lee Sang-woo said Seoul would seek talks.")
    assert person(table, "Ji-hoon").sector != "GOV"
    assert table["person:lee-sang-woo"].sector == "GOV"


def test_league_commissioner_ap_style(pipeline):
    table = ids(pipeline, "NEW YORK (AP) — Pro Hockey Federation commissioner Dana Whitlow said Monday the league "
                          "would cancel games if players went on strike.")
    assert table["person:dana-whitlow"].sector != "GOV"


def test_charity_spokesman_bbc_style(pipeline):
    table = ids(pipeline, "Shelterline spokesman Owen Pryce said the cut to housing benefit would push thousands "
                          "of families into debt. Housing Minister Clare Dunmore said the change was fair.")
    assert table["person:owen-pryce"].sector != "GOV"
    assert table["person:clare-dunmore"].sector == "GOV"


def test_regional_and_police_offices_stay_the_states(pipeline):
    table = ids(pipeline, "NAIROBI (Reuters) - Karvo governor Ali Hassan said the roads were shut, and Brenmoor "
                          "police chief Tom Okello said two men were held.")
    assert table["person:ali-hassan"].sector == "GOV"
    assert table["person:tom-okello"].sector in ("GOV", "COP")


def test_state_bodies_named_before_offices_stay_the_states(pipeline):
    table = ids(pipeline, "WASHINGTON (Reuters) - White House spokesman Carl Denby said the talks would go on. "
                          "Justice Department spokesman Ian Prior declined to comment.")
    assert table["person:carl-denby"].sector == "GOV"
    assert table["person:ian-prior"].sector == "GOV"


def test_portfolio_before_a_spokesman_is_no_firm(pipeline):
    # "Home Affairs" is a portfolio's field that spaCy may call an organisation: no firm's office
    table = ids(pipeline, "Home Affairs spokesman Ilsa Marrow said the new visa rules had been rushed through.")
    assert table["person:ilsa-marrow"].sector == "GOV"


def test_bank_named_after_its_state_stays_the_states_xinhua_style(pipeline):
    table = ids(pipeline, "BANGKOK, Dec. 5 (Xinhua) -- Bank of Thailand governor Somchai Rattanakul said on "
                          "Wednesday the bank would keep its policy rate unchanged.")
    assert table["person:somchai-rattanakul"].sector == "GOV"


def test_central_bank_and_ministry_offices_stay_the_states(pipeline):
    table = ids(pipeline, "LIMA, Dec 5 (Reuters) - Central Bank president Ramon Ilaqui said reserves were "
                          "ample, and Foreign Ministry spokesman Pedro Anccasi said talks would go on.")
    assert table["person:ramon-ilaqui"].sector == "GOV"
    assert table["person:pedro-anccasi"].sector == "GOV"
