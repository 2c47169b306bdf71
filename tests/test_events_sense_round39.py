"""Events, round 39 (issue 9, evsense39): the right pair, the wrong root. Every dispatch is invented
(made-up people, places and bodies, real states); each rule has at least three positives in several
agency styles and the cases it must leave alone.

1. A verb of violence told with a frame of speech is words, whoever the doer is (a state's leader,
   whom the events stand for by the state, too): "attacked X, saying ...", "attacked X for failing to
   ...", "attacked X as ...", "in a radio interview" -> criticism (11) of X, not force (19). Soldiers'
   attacks "for several hours", "killing four" stay force (sense.py told_in_words).
2. A warning about a danger ("warned X about the dangers of ...", "cautioned X about the repercussions
   of ...", "warned X they were in danger of ...") is no threat (13): a rebuke of the one warned (11),
   nothing when no one is warned. A warning of the risk of war, or "warned X not to ...", stays a
   threat (sense.py warns_of_a_danger).
3. "Recognise" is diplomatic recognition (05) only of a side or its standing ("recognised Togo's
   transitional council", "recognised the result of the election"); "recognised the strain on
   budgets", "recognised this" or "recognised that ..." acknowledge a fact: no event (sense.py
   recognises_a_fact).
4. A protest addressed "to" a side ("Japan protested to China") is a formal complaint (114, root 11),
   as "protest against"; a crowd's protest stays a demonstration (14).
"""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. a verbal attack ----------------------------------------------------------------------------------
SPOKEN_ATTACKS = [
    ("NAIROBI, March 2 (Reuters) - Kenyan President Odhiambo Kiprutoi attacked Uganda's government on Monday, "
     "saying it had abandoned the villages along the shared border.", ("KEN", "UGA")),
    ("DODOMA (AFP) - Tanzanian Prime Minister Selemani Mwakyusa attacked Kenya for failing to curb smuggling "
     "across Lake Victoria.", ("TZA", "KEN")),
    ("Ugandan President Okello Ssebagala attacked Kenya in a radio interview on Sunday over the new transit "
     "fees.", ("UGA", "KEN")),
    ("ACCRA, May 4 (AP) — Ghanaian President Kofi Ampomah-Baah attacked Togo as a haven for smugglers in a "
     "speech to parliament on Thursday.", ("GHA", "TGO")),
]


@pytest.mark.parametrize("text,pair", SPOKEN_ATTACKS)
def test_an_attack_told_as_speech_is_criticism(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "11" and (s, t) == pair for s, t, r in found), found
    assert "19" not in {r for _, _, r in found}, found


FORCE_ATTACKS = [
    ("Ugandan troops attacked Kenyan border posts on Monday, killing four soldiers, the defence ministry "
     "said.", ("UGA", "KEN")),
    ("Ugandan troops attacked Kenyan positions for several hours on Monday, the Kenyan army said.",
     ("UGA", "KEN")),
]


FORCE_ATTACKS += [
    # a state's or an army's strike with its reason given "saying"/"accusing" stays force
    ("Israeli jets attacked Hezbollah positions in southern Lebanon on Monday, saying they were used to "
     "launch rockets.", ("ISR", "org:hezbollah")),
    ("The Ugandan army attacked rebel camps in eastern Congo, accusing the ADF of killing villagers.",
     ("UGA", "COD")),
]


@pytest.mark.parametrize("text,pair", FORCE_ATTACKS)
def test_an_attack_by_troops_stays_force(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "19" and (s, t) == pair for s, t, r in found), found


# --- 2. a warning about a danger ------------------------------------------------------------------------
DANGER_WARNINGS = [
    ("Kenya's foreign minister, Wairimu Ndegwa-Kariuki, warned Uganda on Monday about the dangers of "
     "closing the Busia crossing.", ("KEN", "UGA")),
    ("KAMPALA (AFP) - Uganda's trade minister Okello Ssebagala cautioned Kenya about the repercussions of "
     "its new fuel levy, in a letter seen by AFP.", ("UGA", "KEN")),
    ("ACCRA, May 4 (Reuters) - Ghana's foreign ministry warned Togo's government that it was in danger of "
     "losing the trust of its neighbours.", ("GHA", "TGO")),
]


@pytest.mark.parametrize("text,pair", DANGER_WARNINGS)
def test_a_warning_about_a_danger_is_a_rebuke_not_a_threat(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "11" and (s, t) == pair for s, t, r in found), found
    assert "13" not in {r for _, _, r in found}, found


THREATS_KEPT = [
    ("Kenya warned Uganda of the risk of war if its troops crossed the border, Kenyan Defence Minister "
     "Jomo Wekesa-Otieno said.", ("KEN", "UGA")),
    ("Kenyan President Odhiambo Kiprutoi warned Uganda not to close the border.", ("KEN", "UGA")),
]


@pytest.mark.parametrize("text,pair", THREATS_KEPT)
def test_a_warning_of_war_or_an_admonition_stays_a_threat(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "13" and (s, t) == pair for s, t, r in found), found


def test_a_danger_told_to_no_one_codes_nothing(pipeline):
    text = "Ugandan Finance Minister Okello Ssebagala warned on Tuesday about the dangers of rising debt."
    assert not {r for _, _, r in coded(pipeline, text)} & {"11", "13"}


# --- 3. recognising a fact, not a side -----------------------------------------------------------------
RECOGNISED_SIDES = [
    ("Ghana on Tuesday formally recognised Togo's transitional council, the foreign ministry said.",
     ("GHA", "TGO")),
    ("ACCRA (AP) — Ghana on Tuesday recognised the result of Togo's presidential election, the foreign "
     "ministry in Accra said.", ("GHA", "TGO")),
    ("BANJUL, June 3 (Reuters) - The Gambia recognised Senegal's claim to the islands on Tuesday.",
     ("GMB", "SEN")),
]


@pytest.mark.parametrize("text,pair", RECOGNISED_SIDES)
def test_recognising_a_side_or_its_standing_is_recognition(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "05" and (s, t) == pair for s, t, r in found), found


RECOGNISED_FACTS = [
    "Ghanaian President Kofi Ampomah-Baah said he recognised the strain that the new levy put on Togolese "
    "traders.",
    '"The World Bank recognised this," Ghana\'s finance minister Ama Dankwah-Osei said of Togo\'s reforms.',
    "LOME (AFP) - Togo's government recognised the need for closer checks at the Aflao crossing with Ghana, "
    "a minister said.",
]


@pytest.mark.parametrize("text", RECOGNISED_FACTS)
def test_recognising_a_fact_is_no_recognition(pipeline, text):
    assert "05" not in {r for _, _, r in coded(pipeline, text)}


# --- 4. a protest addressed to a side -------------------------------------------------------------------
PROTESTS_TO = [
    ("TOKYO, July 8 Kyodo - Japan protested to China on Monday after its coast guard ships entered waters "
     "near the islands.", ("JPN", "CHN")),
    ("SEOUL, May 2 (Yonhap) -- South Korea protested to Japan on Friday over a new school textbook, the "
     "foreign ministry said.", ("KOR", "JPN")),
    ("Vietnam's foreign ministry protested to Beijing on Tuesday over the seizure of a fishing trawler near "
     "the Paracel Islands, a spokeswoman in Hanoi said.", ("VNM", "CHN")),
]


@pytest.mark.parametrize("text,pair", PROTESTS_TO)
def test_a_protest_addressed_to_a_state_is_a_complaint(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "11" and (s, t) == pair for s, t, r in found), found


def test_a_crowds_protest_to_an_official_stays_a_demonstration(pipeline):
    text = "Hundreds of farmers protested to the governor outside the provincial assembly in Cusco."
    found = coded(pipeline, text)
    assert "11" not in {r for _, _, r in found} and "14" in {r for _, _, r in found}, found


def test_a_material_act_with_its_reason_keeps_its_root(pipeline):
    text = ("WARSAW, Dec 17 (Reuters) - Poland closed its last border crossing with Belarus on Thursday, "
            "accusing Minsk of pushing migrants across the frontier.")
    found = coded(pipeline, text)
    assert ("POL", "BLR", "19") in found and ("POL", "BLR", "11") in found, found
