"""Events, round 40 (evroot40): the right pair, the wrong root. Every dispatch is invented (made-up
people, real states); each rule has positives in several agency styles and the cases it must leave alone.

1. A verb of knowing with its own clause under "must"/"should" ("Y must realise that ...", "Y should
   know that ...", "Y must understand that ...") tells Y a fact; it asks no deed of Y: no demand (10).
   A deed asked ("Y must scrap the tolls") or a knowing verb with an object ("must recognise the
   board") stays a demand (rules.py _given_not_asked, modality.yaml knowing_verbs).
2. A fight that is a figure of speech is no force (19): a campaign, a policy or "it" fought
   (precision.yaml problem_objects), or a person's or a civilian body's fight with no object and no
   one fought ("Minister X fought back, saying ...", "lawmakers fought over the bill": sense.py
   fights_in_words). Troops or police that fight back, and troops that fight another state's forces,
   stay force.
"""

from __future__ import annotations

import pytest
from event_support import coded, roots

# --- 1. a fact told under "must" / "should" ---------------------------------------------------------------
TOLD_FACTS = [
    "BUDAPEST, Oct 3 (Reuters) - Hungarian Prime Minister Oskar Drenvald said on Tuesday that Austria must "
    "realise it cannot settle the quarrel over barge tolls on its own.",
    "NAIROBI, Kenya (AP) — Kenyan President Odhiambo Kiprutoi said Thursday that Uganda should know that "
    "closing the crossing hurts traders on both sides.",
    "ABIDJAN (AFP) - \"Ghana must understand that the cocoa quotas were agreed by every producer,\" Ivorian "
    "Trade Minister Awa Kouadio-Brou told AFP on Friday.",
    "BEIJING, Oct. 7 (Xinhua) -- Chinese Foreign Ministry spokesperson Lin Qiaosong said on Saturday that "
    "Japan should appreciate that the fishing talks had already produced results.",
]


@pytest.mark.parametrize("text", TOLD_FACTS)
def test_a_fact_told_under_must_is_no_demand(pipeline, text):
    assert "10" not in roots(pipeline, text), coded(pipeline, text)


ASKED_DEEDS = [
    ("BUDAPEST, Oct 3 (Reuters) - Hungarian Prime Minister Oskar Drenvald said Austria must scrap the new "
     "barge tolls before talks resume.", ("HUN", "AUT")),
    ("Swedish Foreign Minister Ingrid Solvhed said on Monday that Norway must recognise the joint fisheries "
     "board set up under the accord.", ("SWE", "NOR")),
    ("BEIJING, Oct. 7 (Xinhua) -- Chinese Foreign Ministry spokesperson Lin Qiaosong said Japan should "
     "release the detained trawler crew at once.", ("CHN", "JPN")),
]


@pytest.mark.parametrize("text,pair", ASKED_DEEDS)
def test_a_deed_asked_under_must_stays_a_demand(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "10" and (s, t) == pair for s, t, r in found), found


# --- 2. a fight in words ----------------------------------------------------------------------------------
WORDY_FIGHTS = [
    "NAIROBI, Oct 10 (Reuters) - Kenyan Finance Minister Wanjiru Kamau fought back on Monday, saying the "
    "accounts were audited every year.",
    "KAMPALA, Uganda (AP) — Ugandan lawmakers fought over the budget bill until after midnight on Wednesday.",
    "LILONGWE (AFP) - \"We fought a clean campaign and the voters will judge us,\" Malawian opposition leader "
    "Chisomo Banda-Phiri told AFP.",
    "\"We are fighting it at every port,\" Ghana's interior minister, Kwesi Aboagye-Mensah, said of cocaine "
    "smuggling.",
    "TOKYO (Kyodo) -- The Japanese government vowed on Tuesday to fight protectionism at the coming trade "
    "summit.",
]


@pytest.mark.parametrize("text", WORDY_FIGHTS)
def test_a_fight_in_words_is_no_force(pipeline, text):
    assert "19" not in roots(pipeline, text), coded(pipeline, text)


ARMED_FIGHTS = [
    ("BAMAKO (AFP) - Malian troops fought back after gunmen attacked an army post near the border with "
     "Niger on Tuesday.", "MLI"),
    ("LAGOS (Reuters) - Nigerian police fought back when gunmen opened fire on a station in the north on "
     "Sunday.", "NGA"),
    ("ADDIS ABABA, Oct 15 (Reuters) - Ethiopian troops fought Eritrean forces near the border on Thursday.",
     "ETH"),
]


@pytest.mark.parametrize("text,doer", ARMED_FIGHTS)
def test_armed_men_fighting_back_stay_force(pipeline, text, doer):
    found = coded(pipeline, text)
    assert any(r == "19" and doer in {s, t} for s, t, r in found), found
