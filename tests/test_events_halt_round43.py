"""Events, round 43 (evhalt43): a side halting, pausing or calling off its own force. Every dispatch is
invented (made-up people, real states) in the house style of several agencies.

"Agreed to pause its air strikes on X", "called off its raids on X", "scaled back its offensive against X",
"announced a pause in its strikes on X": the force named by the object stops, so it is not coded as the
attack (19) nor, under "agreed to", as a threat of it (13); the side yields (08: CAMEO 087, de-escalation)
or, promised, says it will (03). The verbs of ending are modality.yaml ending_heads (now with "pause" and
"ease") and ending_phrasals ("call off", "scale back", "wind down"); the nouns of a halt with "in"/"to"/"on"
are halting_nouns (events/rules.py, events/modality.py ends_action). Halted talks and aid keep their own
16x patterns; a halt demanded of another side stays the demand; "an end to the fighting between A and B"
is no one side's yield.
"""

from __future__ import annotations

import pytest
from event_support import coded, codes, roots

FORCE_ENDED = [
    ("BAKU, May 14 (Reuters) - Azerbaijan suspended its artillery raids on Armenia on Wednesday, a defence "
     "ministry spokesman said.", "AZE", "ARM"),
    ("ANKARA, Turkey (AP) — Turkey called off its air strikes on Syria on Thursday after a request from "
     "Moscow, officials said.", "TUR", "SYR"),
    ("ADDIS ABABA (AFP) - Ethiopia has scaled back its offensive against Eritrea along the northern border, "
     "army spokesman Colonel Girma Tesfadrenu said on Saturday.", "ETH", "ERI"),
    ("KHARTOUM, Jan. 19 (Xinhua) -- Sudan has wound down its military operations against South Sudan near "
     "the disputed strip, the army said on Sunday.", "SDN", "SSD"),
    ("MOSCOW, Oct 2 (TASS) - Russia announced a pause in its drone strikes on Ukraine on Tuesday to let "
     "repair crews reach the dam.", "RUS", "UKR"),
]


@pytest.mark.parametrize("text,source,target", FORCE_ENDED)
def test_a_side_ending_its_own_force_yields_and_is_not_coded_as_attacking(pipeline, text, source, target):
    found = coded(pipeline, text)
    assert (source, target, "08") in found, found
    assert "19" not in {r for _, _, r in found}, found


def test_ended_force_is_coded_as_de_escalation(pipeline):
    text = "Turkey called off its raids on Syria on Thursday, a Turkish official said."
    assert ("TUR", "SYR", "087") in codes(pipeline, text), codes(pipeline, text)


def test_agreeing_to_pause_strikes_is_an_intent_to_yield_not_a_threat(pipeline):
    text = ("BAKU, May 14 (Reuters) - Azerbaijan agreed on Wednesday to pause its drone strikes on Armenia "
            "for ten days, Deputy Defence Minister Ilgar Tovrasli said.")
    found = coded(pipeline, text)
    assert ("AZE", "ARM", "03") in found, found
    assert "13" not in {r for _, _, r in found}, found
    assert "19" not in {r for _, _, r in found}, found


def test_refusing_to_scale_back_strikes_is_a_refusal_not_an_attack(pipeline):
    text = ("JERUSALEM, Aug 8 (Reuters) - Israel will not scale back its air strikes on Hamas, Defence "
            "Minister Avner Keshtberg said on Sunday.")
    found = coded(pipeline, text)
    assert "12" in {r for _, _, r in found}, found
    assert "19" not in {r for _, _, r in found}, found


def test_calling_off_planned_raids_is_news_of_the_yield(pipeline):
    text = "ANKARA (Reuters) - Turkey called off its planned raids on Syria on Thursday."
    assert ("TUR", "SYR", "08") in coded(pipeline, text), coded(pipeline, text)


def test_paused_talks_and_aid_keep_their_reduce_relations_codes(pipeline):
    talks = "Romania paused its talks with Moldova on Friday, the foreign ministry said."
    aid = "TOKYO, Feb. 3 (Kyodo) - Japan paused its military aid to Myanmar on Friday."
    assert ("ROU", "MDA", "16") in coded(pipeline, talks), coded(pipeline, talks)
    assert ("JPN", "MMR", "16") in coded(pipeline, aid), coded(pipeline, aid)


def test_a_halt_demanded_of_another_side_stays_the_demand(pipeline):
    text = ("BEIRUT (Al Jazeera) - Lebanon's Prime Minister Nabil Haddoumi on Tuesday demanded a halt to "
            "Israeli air strikes on Lebanon's southern villages.")
    found = roots(pipeline, text)
    assert "10" in found, found
    assert "08" not in found, found


def test_another_sides_attacks_halted_give_no_yield(pipeline):
    text = "Ukrainian forces halted Russian attacks near Kharkiv, the general staff said."
    assert "08" not in roots(pipeline, text), coded(pipeline, text)


def test_calling_for_an_end_to_fighting_between_two_sides_is_no_yield(pipeline):
    text = "NAIROBI (Reuters) - Kenya called for an end to the fighting between Ethiopia and Eritrea on Monday."
    assert "08" not in roots(pipeline, text), coded(pipeline, text)


def test_the_end_of_talks_held_is_not_a_halt(pipeline):
    text = ("At the end of the talks with Romania, Moldovan Prime Minister Oskar Drenvald said progress had "
            "been made.")
    assert "08" not in roots(pipeline, text), coded(pipeline, text)
