"""Events, round 38 (issue 9, evnoun38): acts named by nouns. Every dispatch is invented (made-up
people, places and bodies, real states); each rule has at least three positives and its negatives.

1. A consultation named "in" or "at" opening the clause of its own verb, with the other side on the
   noun ("In talks with X, Y called for ...", "At a meeting with X, Y urged ...") happened, as "during
   a meeting with X" (recall.yaml consult_frame_preps); "a role in talks with X", "progress at next
   week's talks with X" or a session spoken at ("At a Security Council meeting on the strike, X
   denied ...") tells no meeting.
2. An attack or strike named by the arm that made it ("a Pakistani mortar attack", "an Israeli drone
   strike") is fighting (19), its victims the target where no side is named on it; a "missile test"
   or a "drone attack threat" is no attack.

(Verbs of putting down a crowd, "crush"/"quell"/"break up", of ramming a vessel and "lay siege to"
were tried this round and dropped: they changed nothing in the pool. Dispatches n701-n711 keep them
as annotated gaps.)"""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. in / at a consultation ------------------------------------------------------------------------
CONSULTED = [
    ("In talks with Japanese Farm Minister Hideo Kuramoto on Monday, Brazilian Agriculture Minister Rui "
     "Tavares called for an end to Japan's beef quotas.", ("BRA", "JPN")),
    ("In separate talks with Japanese Finance Minister Shigeru Okano, the visiting US trade representative "
     "Clara Whitcombe asked Japan to open its rice market.", ("USA", "JPN")),
    ("BRUSSELS (AP) — At a meeting with Serbian President Dragan Milosavac on Tuesday, EU envoy Marta "
     "Kleinova urged Belgrade to recognise Kosovo's passports.", ("EU", "SRB")),
    ("At a summit with Azerbaijani President Elnur Rustamov in Baku on Sunday, Turkish President Kemal Ozdag "
     "pledged to expand defence cooperation.", ("TUR", "AZE")),
]


@pytest.mark.parametrize("text,pair", CONSULTED)
def test_a_consultation_that_sets_the_clause_happened(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "04" and {s, t} == set(pair) for s, t, r in found), found


NOT_CONSULTED = [
    "Nepal wants a bigger role in talks with India on the Koshi barrage, Nepalese Water Minister Bishnu "
    "Gurung said on Friday.",
    "Chile called for progress at next week's talks with Argentina on fishing quotas, Chilean Fisheries "
    "Minister Paula Orrego said.",
    "At an emergency Security Council meeting on the strike, Ukrainian envoy Petro Hrytsenko denied that "
    "Kyiv had fired the missile.",
]


@pytest.mark.parametrize("text", NOT_CONSULTED)
def test_a_consultation_on_another_noun_tells_no_meeting(pipeline, text):
    assert "04" not in {r for _, _, r in coded(pipeline, text)}


# --- 2. an attack named by its arm ------------------------------------------------------------------------
ARMED_ATTACKS = [
    ("Five Indian soldiers were killed in a Pakistani mortar attack along the Line of Control.", ("PAK", "IND")),
    ("Two Syrian soldiers died in an Israeli drone strike near Quneitra on Sunday, state media said.",
     ("ISR", "SYR")),
    ("Ukraine launched a drone attack on the Russian port of Novoross overnight, Moscow said.", ("UKR", "RUS")),
    ("Houthi rebels claimed a missile attack on a Saudi oil terminal in Jizan on Monday.", (None, "SAU")),
]


@pytest.mark.parametrize("text,pair", ARMED_ATTACKS)
def test_an_attack_named_by_its_arm_is_fighting(pipeline, text, pair):
    found = coded(pipeline, text)
    assert any(r == "19" and (pair[0] is None or s == pair[0]) and t == pair[1] for s, t, r in found), found


NO_ATTACK = [
    "North Korea conducted a missile test on Tuesday, the South Korean military said.",
    "The drone attack threat has closed airports in Latvia, officials in Riga said.",
    "Israel said it would answer any missile attack from Iran with force.",
]


@pytest.mark.parametrize("text", NO_ATTACK)
def test_a_test_or_a_threat_of_attack_is_no_attack(pipeline, text):
    assert "19" not in {r for _, _, r in coded(pipeline, text)}
