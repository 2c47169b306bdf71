"""Agent phrases: common-noun groups, state bodies and named agencies, with country and sector.

Every phrase here is invented for the test; the words are given as a parser splits them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors.agents import Agents, phrase_text, resolve_agent
from wirecoder.errors import InputError


def _guess(phrase: str) -> tuple[str | None, str | None]:
    words = phrase.replace("'s", " 's").replace("-", " - ").split()
    guess = resolve_agent(words)
    return (guess.country, guess.sector) if guess else (None, None)


@pytest.mark.parametrize("phrase, country, sector", [
    ("Mexican authorities", "MEX", "GOV"),
    ("Peruvian officials", "PER", "GOV"),
    ("Turkish troops", "TUR", "MIL"),
    ("Nigerian soldiers", "NGA", "MIL"),
    ("Egyptian police", "EGY", "COP"),
    ("Kenyan riot police", "KEN", "COP"),
    ("Bolivian protesters", "BOL", "CVL"),
    ("Thai demonstrators", "THA", "CVL"),
    ("Colombian rebels", "COL", "REB"),
    ("Malian insurgents", "MLI", "INS"),
    ("Somali gunmen", "SOM", "UAF"),
    ("Yemeni militants", "YEM", "REB"),
    ("Brazilian lawmakers", "BRA", "LEG"),
    ("Argentine prosecutors", "ARG", "JUD"),
    ("Lebanese paramedics", "LBN", "HLH"),
    ("Swiss diplomats", "CHE", "GOV"),
    ("Indian farmers", "IND", "AGR"),
    ("Bangladeshi workers", "BGD", "LAB"),
    ("Chilean students", "CHL", "EDU"),
    ("Belarusian journalists", "BLR", "MED"),
    ("Israeli settlers", "ISR", "CVL"),
    ("Sudanese refugees", "SDN", "REF"),
    ("Haitian migrants", "HTI", "REF"),
    ("Filipino fishermen", "PHL", "AGR"),
    ("Moroccan clerics", "MAR", "REL"),
    ("Iraqi security forces", "IRQ", "COP"),
    ("Greek border guards", "GRC", "COP"),
    ("Venezuelan opposition leaders", "VEN", "OPP"),
])
def test_a_national_adjective_gives_a_group_its_country(phrase: str, country: str, sector: str) -> None:
    assert _guess(phrase) == (country, sector)


@pytest.mark.parametrize("phrase, country, sector", [
    ("Britain's Defence Ministry", "GBR", "GOV"),
    ("Chile's Ministry of Mines", "CHL", "GOV"),
    ("Norway's Foreign Ministry", "NOR", "GOV"),
    ("Japan's Ministry of Foreign Affairs", "JPN", "GOV"),
    ("Poland's parliament", "POL", "LEG"),
    ("Ghana's Supreme Court", "GHA", "JUD"),
    ("the Pakistani army", "PAK", "MIL"),
    ("the Vietnamese navy", "VNM", "MIL"),
    ("the Algerian air force", "DZA", "MIL"),
    ("the Dutch coast guard", "NLD", "MIL"),
    ("the army of Mali", "MLI", "MIL"),
    ("the Ministry of Health of Peru", "PER", "GOV"),
    ("Kazakhstan's intelligence service", "KAZ", "SPY"),
    ("the Senegalese armed forces", "SEN", "MIL"),
    ("Uruguay's central bank", "URY", "GOV"),
    ("the Tunisian presidency", "TUN", "GOV"),
])
def test_a_state_before_or_of_after_a_body_gives_its_country(phrase: str, country: str, sector: str) -> None:
    assert _guess(phrase) == (country, sector)


@pytest.mark.parametrize("phrase, sector, alternative", [
    ("the Slovak Defence Ministry", "GOV", "MIL"),
    ("the Ministry of Defense", "GOV", "MIL"),
    ("the Estonian health ministry", "GOV", "HLH"),
    ("Finnish interior ministry officials", "GOV", "COP"),
    ("Ecuadorean education officials", "GOV", "EDU"),
    ("the Interior Ministry", "GOV", "COP"),
    ("Cuban intelligence officials", "SPY", None),
    ("Jordanian army officers", "MIL", None),
    ("Latvian police officials", "COP", None),
])
def test_a_ministry_or_official_takes_its_sector_from_its_topic(phrase: str, sector: str,
                                                                   alternative: str | None) -> None:
    guess = resolve_agent(phrase.split())
    assert (guess.sector, guess.alternative) == (sector, alternative)


@pytest.mark.parametrize("phrase, country, sector", [
    ("the FSB", "RUS", "SPY"),
    ("the CIA", "USA", "SPY"),
    ("the DEA", "USA", "COP"),
    ("the FBI", "USA", "COP"),
    ("the GRU", "RUS", "SPY"),
    ("Shin Bet", "ISR", "SPY"),
    ("the Mossad", "ISR", "SPY"),
    ("MI6", "GBR", "SPY"),
    ("the People's Liberation Army", "CHN", "MIL"),
    ("the Baltic Fleet", "RUS", "MIL"),
    ("the Black Sea Fleet", "RUS", "MIL"),
    ("the Bundeswehr", "DEU", "MIL"),
    ("the Revolutionary Guards", "IRN", "MIL"),
    ("the ISI", "PAK", "SPY"),
    ("the Carabinieri", "ITA", "COP"),
    ("the Royal Canadian Mounted Police", "CAN", "COP"),
    ("the Tatmadaw", "MMR", "MIL"),
    ("the Knesset", "ISR", "LEG"),
])
def test_a_named_agency_or_armed_service_carries_its_country_and_sector(phrase: str, country: str,
                                                                        sector: str) -> None:
    guess = resolve_agent(phrase.replace("'s", " 's").split())
    assert (guess.country, guess.sector, guess.kind) == (country, sector, "agency")


@pytest.mark.parametrize("phrase, country", [
    ("the Institutional Revolutionary Party", "MEX"),
    ("the Congress Party", "IND"),
    ("Fidesz", "HUN"),
    ("the Kuomintang", "TWN"),
    ("the Awami League", "BGD"),
    ("Zanu-PF", "ZWE"),
    ("the Christian Democratic Union", "DEU"),
])
def test_a_named_party_carries_its_country(phrase: str, country: str) -> None:
    assert _guess(phrase) == (country, "PTY")


@pytest.mark.parametrize("phrase, sector", [
    ("rebel soldiers", "REB"),
    ("former Croatian officials", "ELI"),
    ("opposition lawmakers", "OPP"),
    ("separatist fighters", "SEP"),
    ("pro-government militias", "UAF"),
])
def test_a_qualifier_changes_whose_agent_it_is(phrase: str, sector: str) -> None:
    assert _guess(phrase)[1] == sector


def test_a_bare_group_has_a_sector_but_no_country() -> None:
    for phrase, sector in [("soldiers", "MIL"), ("police", "COP"), ("gunmen", "UAF"), ("protesters", "CVL"),
                           ("paramedics", "HLH"), ("lawmakers", "LEG"), ("officials", "GOV"), ("rebels", "REB")]:
        assert _guess(phrase) == (None, sector), phrase


def test_an_envoy_is_the_sender_s_not_the_host_s() -> None:
    assert _guess("a Canadian ambassador to the United Nations") == ("CAN", "GOV")
    assert _guess("the ambassador to Laos") == (None, "GOV")


def test_a_state_joined_by_a_hyphen_backs_the_agent_but_does_not_own_it() -> None:
    assert _guess("Saudi-backed fighters") == (None, "REB")
    assert _guess("U.S.-backed Syrian Democratic Forces") == ("SYR", "REB")


def test_the_text_wins_over_the_lexicon_s_country() -> None:
    guess = resolve_agent(["Ukraine", "'s", "National", "Guard"])
    assert (guess.country, guess.sector, guess.id) == ("UKR", "MIL", None)


def test_a_capital_city_gives_a_group_its_state() -> None:
    assert _guess("Nairobi residents") == ("KEN", "CVL")


def test_peacekeepers_act_for_the_mission_not_their_home_state() -> None:
    assert _guess("Nepali peacekeepers") == (None, "PKO")
    assert resolve_agent(["UN", "peacekeepers"]).igo == "UN"


def test_a_state_or_a_word_with_no_agent_is_not_an_agent() -> None:
    assert resolve_agent(["Mexico"]) is None
    assert resolve_agent(["the", "weather"]) is None
    assert resolve_agent([]) is None


def test_words_split_by_the_parser_are_joined_again() -> None:
    assert phrase_text(["Britain", "'s", "pro", "-", "government", "press"]) == "Britain's pro-government press"


def test_a_user_lexicon_adds_agencies_and_reports_bad_entries(tmp_path: Path) -> None:
    path = tmp_path / "agents.yaml"
    path.write_text("agencies:\n  - {name: Office of Lighthouses, country: ISL, sector: GOV}\n", "utf-8")
    agents = Agents.load([path])
    assert agents.resolve(["the", "Office", "of", "Lighthouses"]).country == "ISL"
    path.write_text("agencies:\n  - {name: Office of Lighthouses, country: ISL, sector: LIGHT}\n", "utf-8")
    with pytest.raises(InputError, match=r"agencies entry 1 \(Office of Lighthouses\): unknown sector 'LIGHT'"):
        Agents.load([path])
    path.write_text("groups:\n  - {words: [keepers], sector: GOV}\n  - {words: [keepers], sector: CVL}\n", "utf-8")
    with pytest.raises(InputError, match="groups entry 2: 'keepers' is listed twice"):
        Agents.load([path])
    path.write_text("nothing: here\n", "utf-8")
    with pytest.raises(InputError, match="no `groups:` or"):
        Agents.load([path])


def test_a_former_member_of_a_named_agency_is_out_of_office() -> None:
    guess = resolve_agent(["two", "former", "Mossad", "agents"])
    assert (guess.country, guess.sector) == ("ISR", "ELI")


def test_a_bare_word_for_a_source_of_news_is_not_an_agent() -> None:
    assert resolve_agent(["sources"]) is None


def test_a_body_in_both_the_lexicon_and_the_actor_dictionary_has_one_id() -> None:
    import yaml

    from wirecoder.actors.tables import package_file

    groups = yaml.safe_load(package_file("groups.yaml").read_text("utf-8"))["actors"]
    by_name = {entry["name"]: entry["id"] for entry in groups}
    lexicon = Agents.load()
    for name, agency in lexicon.agencies.items():
        if name in by_name:
            assert agency.id == by_name[name], name
