"""Events, round 35 (issue 9, evnoun35): deeds named by nouns. Every dispatch is invented (made-up
people and places, real states); each rule has at least three positives and its negatives.

1. "X's war on / against / with Y" is fighting (19) when its doer is named on the noun (patterns.yaml,
   derived_nouns.yaml doer_on_noun); a trade, price or cold war, a war of words or a war "on X's
   doorstep" is a figure of speech (arguments.yaml figurative_fight_modifiers), and "the war on Iraq"
   with no doer is an issue, no deed.
2. "died / were hurt in an X air strike (on Y)": a noun of force with its doer on it, as the deed of a
   verb with no pattern of its own, is coded (it was dropped as told twice by the root it lent that
   verb); with no side named on the noun, those it hit are the verb's subject."""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. a war waged by a side named on the noun ------------------------------------------------------
WARS = [
    ("Pensioners marched in Lisbon on Sunday against Russia's war on Ukraine.", ("RUS", "UKR")),
    ("The Andorran summit was overshadowed by Israel's war against Lebanon, envoys said.", ("ISR", "LBN")),
    ("Tanker traffic has slowed during Iraq's war with Iran, the Kestrel Shipping company said.", ("IRQ", "IRN")),
    ("Brokers in Valmora blamed the slump on the Ethiopian war against Eritrea.", ("ETH", "ERI")),
    ("Retired teachers protested in Braga against Russia's war on Ukraine's cities.", ("RUS", "UKR")),
]


@pytest.mark.parametrize("text,pair", WARS)
def test_a_war_with_its_doer_on_the_noun_is_fighting(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "19" and {s, t} == set(pair) for s, t, r in found), found


FIGURES = [
    "Japan's trade war with Washington deepened on Monday, dealers in Osaka said.",
    "Tokyo's war of words with Seoul escalated on Monday after the Dorami islet row.",
    "The Korean carrier Hanmiri Air deepened its price war with Chinese airlines on Tuesday.",
    "Germany's new cold war with China worries exporters, the Velden institute said.",
    "The Iran-Iraq war on Kuwait's doorstep has hurt Kuwaiti banks, the Farwan bank said.",
    "Bankers in Farwan noted the Iran-Iraq war on Kuwait's doorstep with unease.",
    "The campaign in Cwm Dyffryn has been dominated by the war on Iraq, the candidate said.",
    "Kazakhstan's war on drug trafficking led to 400 arrests, minister Yerlan Tulegenov said.",
]


@pytest.mark.parametrize("text", FIGURES)
def test_a_figurative_or_doerless_war_is_no_fighting(pipeline, text):
    assert "19" not in {r for _, _, r in coded(pipeline, text)}


# --- 2. died / hurt in a named side's strike -----------------------------------------------------------
STRUCK = [
    ("Three civilians died in an Israeli air strike on Gaza overnight, the Rafiq clinic said.", ("ISR", "PSE")),
    ("Dozens of Afghan villagers died in an American air raid on Helmand, elders in Garmak said.", ("USA", "AFG")),
    ("Seven Malian soldiers died in a French drone strike on Tessoul on Tuesday, the army said.", ("FRA", "MLI")),
    ("Twelve people were hurt in an Israeli air strike on Gaza, medics at the Kheiran hospital said.", ("ISR", "PSE")),
]


@pytest.mark.parametrize("text,pair", STRUCK)
def test_a_strike_people_died_or_were_hurt_in_is_coded(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "19" and (s, t) == pair for s, t, r in found), found


def test_the_victims_of_a_strike_are_not_its_doers(pipeline):
    # "Two policemen died in a rebel attack": the subject of "died" is hit, it did nothing
    found = coded(pipeline, "Two policemen died in a rebel attack on a checkpoint near Kadiolo in Mali on Sunday.")
    assert not any(s == "org:policemen" for s, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Two workers died in a fire at the Hoshimura warehouse in Osaka on Wednesday.",
    "Five miners died in a blast at a Chinese coal mine in Taoping on Monday.",
    "Three hikers died in an avalanche near Verbinsk in Russia on Friday.",
])
def test_dying_in_an_accident_codes_nothing(pipeline, text):
    assert not coded(pipeline, text)


def test_two_wars_run_together_by_the_parser_code_no_wrong_side(pipeline):
    # "A's war on B and C's war against D": the parser makes "B and C" possessors of the second war
    found = coded(pipeline, "Senators in Velmont backed funds for Ethiopia's war on Eritrea and Sudan's war "
                            "against Chad on Monday.")
    assert not {("ERI", "TCD", "19"), ("ETH", "SDN", "19")} & found


@pytest.mark.parametrize("text", [
    "Aid workers in Tessaly condemned Israel's war on UNRWA on Tuesday.",
    "Critics in Lisbon decried the Portuguese government's war on the BBC.",
    "Analysts in Vilnius said Russia's war on the United Nations had only begun.",
])
def test_a_war_on_an_agency_or_broadcaster_is_no_fighting(pipeline, text):
    assert "19" not in {r for _, _, r in coded(pipeline, text)}


def test_a_war_on_an_armed_group_is_fighting(pipeline):
    assert ("PAK", "org:taliban", "19") in coded(pipeline, "Markets in Kabul slumped amid Pakistan's war on the "
                                                          "Taliban, traders in Peshawar said.")
