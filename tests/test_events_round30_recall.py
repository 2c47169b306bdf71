"""Events, round 30 (issue 9): recall through object classes instead of short word lists.

The misses of unseen text were classed by where they died (benchmarks/event_drops.py); the largest
class on the blind half was "verb pattern constraints unmet": the verb has patterns, but their object
lists, written one pattern at a time, did not hold the word the copy used. Patterns now name object
classes (data/events/object_classes.yaml, "[@weapons]", "[@talks]", ...) shared by every pattern of
that kind, and a few verbs take the classes their synonyms take ("carried out airstrikes on",
"paused budget support"). benchmarks/pattern_constraints.py measures the mechanism on the pool.

Every dispatch is invented (made-up people, real states); each rule has a negative twin.
"""

from __future__ import annotations

import pytest
from event_support import coded, codes

from wirecoder.events.lexicon import object_class, parse_pattern


# --- the syntax ------------------------------------------------------------------------------------
def test_a_class_in_a_pattern_stands_for_its_lemmas_and_mixes_with_words():
    p = parse_pattern("sell [@weapons|drone] +to", "072 to", "verb")
    assert object_class("weapons") | {"drone"} == p.objects
    assert "howitzer" in p.objects


def test_an_unknown_class_stops_at_load_with_its_name():
    with pytest.raises(ValueError, match="nosuchclass"):
        parse_pattern("send [@nosuchclass]", "072", "verb")


# --- weapons: any arms a state delivers are military aid (072) -------------------------------------
def test_howitzers_delivered_to_a_state_are_military_aid(pipeline):
    text = "Norway delivered 18 howitzers to Ukraine on Tuesday, the defence ministry said."
    assert ("NOR", "UKR", "072") in codes(pipeline, text)


def test_letters_delivered_to_a_state_are_no_military_aid(pipeline):
    text = "Norway delivered 18 letters to Ukraine on Tuesday, the defence ministry said."
    assert not any(c.startswith("07") for _, _, c in codes(pipeline, text))


# --- relief: tents and blankets sent are humanitarian aid (073) ------------------------------------
def test_tents_and_blankets_sent_to_a_state_are_humanitarian_aid(pipeline):
    text = "Qatar sent tents and blankets to Afghanistan after the earthquake, state media reported."
    assert ("QAT", "AFG", "073") in codes(pipeline, text)


def test_fuel_prices_sent_higher_are_no_aid(pipeline):
    text = "Norway sent fuel prices higher by raising its levy, the finance ministry said."
    assert not any(c.startswith("07") for _, _, c in codes(pipeline, text))


# --- talks: a dialogue held is a consultation (040) ------------------------------------------------
def test_a_dialogue_held_by_two_states_is_a_consultation(pipeline):
    text = "Senegal and Mauritania held a dialogue on fishing rights in Dakar on Monday."
    assert {("SEN", "MRT", "04"), ("MRT", "SEN", "04")} & coded(pipeline, text)


def test_a_dialogue_suspended_with_a_state_halts_talks(pipeline):
    text = "Ghana suspended its dialogue with Togo over the border dispute, officials said."
    assert ("GHA", "TGO", "164") in codes(pipeline, text)


def test_a_concert_held_by_a_state_is_no_consultation(pipeline):
    text = "Senegal held a concert on fishing rights in Dakar on Monday."
    assert "04" not in {r for _, _, r in coded(pipeline, text)}


# --- hostilities: airstrikes carried out, an operation launched against a side (190) --------------
def test_airstrikes_carried_out_on_a_group_are_force(pipeline):
    text = "The Nigerian army carried out airstrikes on Boko Haram positions near Lake Chad, a spokesman said."
    assert any(c == "190" and t == "org:boko-haram" for _, t, c in codes(pipeline, text))


def test_a_vaccination_campaign_carried_out_is_no_force(pipeline):
    text = "The Nigerian army carried out a vaccination campaign in Borno state, a spokesman said."
    assert "19" not in {r for _, _, r in coded(pipeline, text)}


def test_a_military_operation_launched_against_a_group_is_force(pipeline):
    text = "Ethiopia launched a military operation against the Oromo Liberation Army on Sunday, officials said."
    assert ("ETH", "org:oromo-liberation-army", "190") in codes(pipeline, text)


def test_a_rescue_operation_launched_in_a_region_is_no_force(pipeline):
    text = "Ethiopia launched a rescue operation in the flooded region on Sunday, officials said."
    assert "19" not in {r for _, _, r in coded(pipeline, text)}


# --- repression tools: force used against a crowd (175) --------------------------------------------
def test_force_used_against_strikers_is_repression(pipeline):
    text = "Bolivian police used force against striking miners in Potosi on Thursday."
    assert any(c == "175" for _, _, c in codes(pipeline, text))


def test_force_of_habit_is_no_repression(pipeline):
    text = "Bolivian police used force of habit to explain the delay, the minister said."
    assert "17" not in {r for _, _, r in coded(pipeline, text)}


# --- sanctions: levies imposed on a state's goods (163) --------------------------------------------
def test_levies_imposed_on_a_states_imports_are_sanctions(pipeline):
    text = "The European Union imposed levies on Chinese steel imports on Monday."
    assert ("EU", "CHN", "163") in codes(pipeline, text)


def test_a_deadline_imposed_on_a_states_imports_is_no_sanction(pipeline):
    text = "The European Union imposed a deadline on Chinese steel imports on Monday."
    assert "163" not in {c for _, _, c in codes(pipeline, text)}


# --- funding paused (162), talks paused (164) ------------------------------------------------------
def test_budget_support_payments_paused_to_a_state_cut_aid(pipeline):
    text = "The Netherlands paused budget support payments to Burundi on Tuesday, the foreign ministry said."
    assert ("NLD", "BDI", "162") in codes(pipeline, text)


def test_a_vote_paused_is_no_event(pipeline):
    text = "The Netherlands paused the vote on the budget on Tuesday, parliament said."
    assert not codes(pipeline, text)


# --- envoys: a consul recalled reduces relations (161); a charge is no envoy ----------------------
def test_a_consul_recalled_from_a_state_reduces_relations(pipeline):
    text = "Peru recalled its consul from Mexico on Friday, the foreign ministry said."
    assert ("PER", "MEX", "161") in codes(pipeline, text)


def test_a_charge_recalled_by_a_court_is_no_cut_in_relations(pipeline):
    text = "Peru's top court recalled the bribery charge against former minister Ernesto Valdivia Quispe."
    assert "161" not in {c for _, _, c in codes(pipeline, text)}


# --- trade: imports halted from a state are an embargo on it (163), only with the state named ------
def test_wheat_imports_halted_from_a_state_are_an_embargo(pipeline):
    text = "Russia halted wheat imports from Kazakhstan on Monday, citing pest concerns, the agriculture ministry said."
    assert ("RUS", "KAZ", "163") in codes(pipeline, text)


def test_exports_halted_to_curb_prices_name_no_one(pipeline):
    text = "Argentina halted beef exports for a month to curb domestic prices, the economy ministry said."
    assert "163" not in {c for _, _, c in codes(pipeline, text)}


# --- protest notes: a protest filed or registered with a state (114) -------------------------------
def test_a_protest_filed_with_a_state_is_an_official_complaint(pipeline):
    text = "Vietnam filed a formal protest with China over the seizure of its fishing boat, the foreign ministry said."
    assert ("VNM", "CHN", "114") in codes(pipeline, text)


def test_a_protest_registered_with_a_state_is_an_official_complaint(pipeline):
    text = "Ghana registered a strong protest with Togo over the arrest of its traders."
    assert ("GHA", "TGO", "114") in codes(pipeline, text)


def test_a_complaint_filed_with_a_body_is_not_aimed_at_the_body(pipeline):
    text = "Chad said it would file a complaint with the African Union over the border raid."
    assert not any(t == "AU" and c == "114" for _, t, c in codes(pipeline, text))


def test_nomination_papers_filed_with_a_commission_are_no_complaint(pipeline):
    text = "The opposition filed its nomination papers with the election commission on Monday."
    assert "114" not in {c for _, _, c in codes(pipeline, text)}


# --- envoys summoned: a high commissioner or consul is an envoy (114) ------------------------------
def test_a_high_commissioner_summoned_is_a_protest_to_his_state(pipeline):
    text = "Egypt summoned Ethiopia's acting high commissioner on Tuesday."
    assert ("EGY", "ETH", "114") in codes(pipeline, text)


# --- military targets and strike means: hit outposts; hit a state "with" drones (190) -------------
def test_outposts_of_a_state_hit_are_force(pipeline):
    text = "Azerbaijan hit Armenian outposts near the border overnight, Yerevan said."
    assert ("AZE", "ARM", "190") in codes(pipeline, text)


def test_records_of_a_state_hit_are_no_force(pipeline):
    text = "Azerbaijan hit Armenian export records in the third quarter, the statistics office said."
    assert "19" not in {r for _, _, r in coded(pipeline, text)}


def test_a_state_hit_with_drones_is_force(pipeline):
    text = "Russia hit Ukraine with drones overnight, Kyiv said."
    assert ("RUS", "UKR", "190") in codes(pipeline, text)


def test_a_state_hit_with_a_visa_rule_is_no_force(pipeline):
    text = "Russia hit Ukraine with a new visa rule on Monday, Kyiv said."
    assert "19" not in {r for _, _, r in coded(pipeline, text)}


# --- ties reduced or scaled back with a side (160); rules violated (128) ---------------------------
def test_cooperation_reduced_with_an_agency_reduces_relations(pipeline):
    text = "Iran reduced its cooperation with the International Atomic Energy Agency on Monday."
    assert ("IRN", "IAEA", "160") in codes(pipeline, text)


def test_military_ties_scaled_back_with_a_state_reduce_relations(pipeline):
    text = "Serbia scaled back its military ties with Russia, the defence ministry said."
    assert ("SRB", "RUS", "160") in codes(pipeline, text)


def test_cooperation_costs_reduced_with_refineries_are_no_cut_in_relations(pipeline):
    text = "Iran reduced its cooperation costs with neighbouring refineries on Monday."
    assert "16" not in {r for _, _, r in coded(pipeline, text)}


def test_a_treaty_violated_defies_a_rule(pipeline):
    text = "Moldova said Russia had violated the 1992 treaty by moving troops into Transnistria."
    assert any(s == "RUS" and c == "128" for s, _, c in codes(pipeline, text))


def test_a_spending_target_missed_defies_no_rule(pipeline):
    text = "Mongolia violated its own spending target last year, the finance ministry said."
    assert "128" not in {c for _, _, c in codes(pipeline, text)}
