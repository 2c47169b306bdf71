"""Events, round 45 (evnoun45): deeds named by nouns that printed nothing or the wrong deed.

A side halting its own force by a noun ("ordered a halt to its strikes on X", "announced a suspension of
its air raids on X", "a halt to its shelling" with the parser hanging "to" on the verb) is a de-escalation
(087), not the force; an air raid or air attack is an air strike. Each rule has a negative twin.

Every dispatch is invented (made-up people, real states).
"""

from __future__ import annotations

from event_support import codes, roots


# --- a halt of one's own force, ordered: a de-escalation (087) -------------------------------------
def test_a_state_ordering_a_halt_to_its_own_strikes_de_escalates_towards_their_target(pipeline):
    text = ("JERUSALEM, Nov 21 (Reuters) - Israel ordered a halt to its air strikes on Lebanon late on "
            "Saturday, a military spokesman said.")
    assert ("ISR", "LBN", "087") in codes(pipeline, text)


def test_a_halt_demanded_of_anothers_strikes_stays_a_demand(pipeline):
    text = ("MOSCOW, Nov 24 (TASS) - Russia demanded a halt to Ukrainian drone strikes on Belgorod on Tuesday, "
            "spokeswoman Vera Lantsova said.")
    found = codes(pipeline, text)
    assert not any(code.startswith("08") for _, _, code in found)
    assert "19" not in roots(pipeline, text)


def test_a_halt_ordered_to_fighting_no_side_owns_is_no_yield(pipeline):
    text = "The African Union ordered a halt to the fighting between Sudan and Chad on Monday."
    assert not any(code.startswith("08") for _, _, code in codes(pipeline, text))


# --- a suspension "of" one's own force ------------------------------------------------------------
def test_a_suspension_of_its_own_air_raids_is_a_de_escalation_not_a_raid(pipeline):
    text = ("ISLAMABAD, Nov 22 (AFP) - Pakistan announced a suspension of its air raids on Afghanistan on "
            "Sunday, Defence Minister Farah Qadeeri said.")
    found = codes(pipeline, text)
    assert any(s == "PAK" and t == "AFG" and code == "087" for s, t, code in found)
    assert "19" not in roots(pipeline, text)


def test_a_suspension_of_its_aid_is_no_aid_given(pipeline):
    text = ("NAIROBI, Nov 26 (Xinhua) - Kenya announced the suspension of its food aid to Somalia on "
            "Thursday, Foreign Minister Wanjiru Kaberia said.")
    assert "07" not in roots(pipeline, text)


def test_a_cessation_of_hostilities_between_two_sides_is_no_ones_yield(pipeline):
    text = "The cessation of hostilities between Armenia and Azerbaijan held overnight, officials said."
    assert not any(code == "087" for _, _, code in codes(pipeline, text))


# --- "a halt to its shelling" with "to" hung on the verb ------------------------------------------
def test_a_halt_announced_to_its_own_shelling_is_a_de_escalation_not_shelling(pipeline):
    text = ("BAKU, Azerbaijan (AP) - Azerbaijan announced a halt to its shelling of Armenian border villages "
            "on Monday.")
    found = codes(pipeline, text)
    assert ("AZE", "ARM", "087") in found
    assert "19" not in roots(pipeline, text)


# --- an air raid or an air attack is an air strike ------------------------------------------------
def test_a_states_air_raids_on_another_are_air_strikes(pipeline):
    text = ("DAMASCUS, Nov 27 (Al Jazeera) - Israeli air raids on Syria continued overnight, Syrian state "
            "media said.")
    assert ("ISR", "SYR", "195") in codes(pipeline, text)


def test_a_ship_damaged_in_a_states_air_attack_was_struck_by_that_state(pipeline):
    text = "A Georgian coastguard cutter was damaged in a Russian air attack off Poti, port officials said."
    assert any(s == "RUS" and t == "GEO" for s, t, _ in codes(pipeline, text))


def test_air_raid_sirens_are_no_air_strike(pipeline):
    text = "NAHA, Japan, Nov 28 (Kyodo) - Air raid sirens sounded across Okinawa on Saturday during civil drills."
    assert "19" not in roots(pipeline, text)
