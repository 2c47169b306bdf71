"""Actors, round 49 (actrec49): bodies named by their members or by their town. A plural noun for people,
the possessive mark and a body's word ("the bakers' union", "a commuters' group", "Nurses' groups") name a
body of those people: it was no actor at all, or only its members were. A court or a police force named by
its town ("a Madrid court", "Moscow police", "the Hamburg prosecutor's office") is a body of its own, of
the state whose capital the town is: the phrase held a capital or a town no dictionary knows and was
dropped. Invented dispatches; names invented."""

from __future__ import annotations

from helpers import body_names as names
from helpers import printed_bodies


def printed(pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country, sector)."""
    return printed_bodies(pipeline, text, "name", "country", "sector")


# --- bodies named by their members ----------------------------------------------------------------
def test_a_union_named_by_its_members_is_an_actor_of_labour_ap_style(pipeline):
    found = printed(pipeline, "Bakery workers strike\n\nHALVERN, Ostmark (AP) — Staff at three Korlin Bakeries plants "
                              "walked out on Monday, the bakers' union said, after pay talks collapsed.")
    assert "bakers' union" in names(found)
    assert any(sector == "LAB" for name, _, sector in found.values() if name == "bakers' union")


def test_a_group_named_by_its_members_speaks_reuters_style(pipeline):
    text = ("Seoul raises rail fares\n\nSEOUL, March 3 (Reuters) - South Korea will raise commuter rail fares by "
            "8 percent, Transport Minister Yoon Dae-hwan said on Tuesday. A commuters' group said the rise "
            "would hurt low-paid workers.")
    found = printed(pipeline, text)
    assert "commuters' group" in names(found)
    assert ("commuters' group", "KOR", "CVL") in found.values()


def test_members_words_before_the_mark_are_the_bodys_name_bbc_style(pipeline):
    found = printed(pipeline, "Ferry crews to strike\n\nThe rebel dockers' union at Harnmouth said its members would "
                              "strike next week. The port workers' union said it would not join them.")
    assert {"rebel dockers' union", "port workers' union"} <= names(found)
    assert "port workers" not in names(found)


def test_a_states_adjective_before_the_members_gives_the_bodys_state_afp_style(pipeline):
    found = printed(pipeline, "ACCRA (AFP) - The Ghanaian cocoa farmers' federation on Friday rejected the new "
                              "farm-gate price set by the Cocoa Board.")
    assert ("cocoa farmers' federation", "GHA", "AGR") in found.values()


def test_a_sentences_first_word_may_open_the_bodys_name_bbc_style(pipeline):
    found = printed(pipeline, "Hospital parking charges row\n\nHospital parking charges in Wrexby will rise in "
                              "April, the health board said. Nurses' groups said staff could not afford them.")
    assert "nurses' groups" in names(found)


def test_a_group_of_the_lexicon_keeps_its_own_reading_reuters_style(pipeline):
    found = printed(pipeline, "ROTTERDAM, March 3 (Reuters) - Dock workers began a 48-hour strike on Tuesday. The "
                              "employers' federation said the stoppage would cost millions.")
    assert ("employers' federation", "NLD", "BUS") in found.values()


def test_a_possessive_that_is_no_plural_of_people_names_no_body_bbc_style(pipeline):
    found = printed(pipeline, "Budget vote\n\nThe party's group in the assembly will vote against the budget, "
                              "its leader Tamsin Orrell said on Monday.")
    assert not any("party's group" in name for name in names(found))


# --- courts and police named by their town --------------------------------------------------------
def test_a_court_named_by_a_capital_is_a_body_of_that_state_afp_style(pipeline):
    found = printed(pipeline, "MADRID (AFP) - A Madrid court on Tuesday jailed former mayor Ignacio Valdemora for "
                              "four years for taking bribes from a builder.")
    assert ("Madrid court", "ESP", "JUD") in found.values()


def test_police_named_by_a_capital_are_a_body_of_that_state_tass_style(pipeline):
    found = printed(pipeline, "MOSCOW, March 5. /TASS/. Moscow police detained 14 people at an unauthorised rally "
                              "on Saturday, the city's police department said.")
    assert ("Moscow police", "RUS", "COP") in found.values()


def test_lower_case_words_between_town_and_court_stay_in_its_name_kyodo_style(pipeline):
    found = printed(pipeline, "TOKYO, May 12 Kyodo - A Tokyo district court on Monday ordered Hanzaki Shipping Co. "
                              "to pay 30 million yen to the families of two deckhands.")
    assert ("Tokyo district court", "JPN", "JUD") in found.values()


def test_a_prosecutors_office_named_by_a_town_no_dictionary_knows_is_an_actor_dpa_style(pipeline):
    found = printed(pipeline, "BERLIN (dpa) - The Hamburg prosecutor's office said on Friday it had charged two "
                              "managers of the shipping firm Veltmann over falsified safety records.")
    assert "hamburg prosecutor's office" in names(found)


def test_a_court_named_by_its_town_before_another_noun_is_still_the_court_reuters_style(pipeline):
    found = printed(pipeline, "BEIJING, June 2 (Reuters) - China criticised a Hong Kong court ruling on Tuesday that "
                              "struck down a ban on face coverings.")
    assert "hong kong court" in names(found)


def test_a_states_adjective_before_police_stays_the_states_body_reuters_style(pipeline):
    found = printed(pipeline, "NAIROBI, Nov 20 (Reuters) - Kenyan police fired tear gas at protesters on Friday.")
    assert not any(name.lower().startswith("nairobi") for name in names(found))
    assert any(country == "KEN" and sector == "COP" for _, country, sector in found.values())
