"""Events, round 28 (issue 9): patterns whose lemma was known but whose constraints the wording of wire
copy did not meet (objects, particles, prepositions), and a few action nouns with their arguments.
Every dispatch is invented (made-up people, real states); each rule has a negative twin (the other
sense of the word, the non-political use)."""

from __future__ import annotations

from event_support import coded, codes, roots


# --- the measure named by "with" / "into" / "under" (recall.yaml measure_preps) --------------------
def test_hitting_a_state_with_sanctions_is_an_embargo(pipeline):
    assert ("POL", "BLR", "163") in codes(pipeline, "Poland hit Belarus with new sanctions on Tuesday.")


def test_slapping_a_state_with_tariffs_is_an_embargo(pipeline):
    assert ("POL", "BLR", "163") in codes(pipeline, "Poland slapped Belarus with fresh tariffs on Tuesday.")


def test_a_storm_hitting_a_town_with_rain_codes_nothing(pipeline):
    assert not roots(pipeline, "The storm hit the town with heavy rain.")


def test_a_late_goal_is_no_sanction(pipeline):
    assert "16" not in roots(pipeline, "Kenya hit Uganda with a late goal in Nairobi.")


def test_taken_into_custody_is_an_arrest(pipeline):
    assert ("KEN", "UGA", "173") in codes(pipeline, "Police in Kenya took the Ugandan envoy into custody.")


def test_placed_under_house_arrest_is_an_arrest(pipeline):
    found = codes(pipeline, "Police in Kenya placed opposition leader Rumo Tavanga under house arrest.")
    assert ("KEN", "person:rumo-tavanga", "173") in found


def test_a_matter_taken_into_account_or_a_plan_under_review_is_no_arrest(pipeline):
    assert not roots(pipeline, "The committee took the matter into account.")
    assert not roots(pipeline, "The minister put the plan under review.")


def test_put_under_pressure_is_pressure(pipeline):
    assert ("KEN", "UGA", "100") in codes(pipeline, "Kenya put Uganda under pressure over the border dispute.")


# --- an order to leave is an expulsion (recall.yaml leave_*) ------------------------------------------
def test_diplomats_ordered_to_leave_are_expelled(pipeline):
    found = coded(pipeline, "Estonia ordered two Russian diplomats to leave the country.")
    assert ("EST", "RUS", "16") in found


def test_diplomats_ordered_out_are_expelled(pipeline):
    found = coded(pipeline, "Estonia ordered Russia's diplomats out of the country on Monday.")
    assert ("EST", "RUS", "16") in found


def test_foreign_troops_ordered_to_leave_are_expelled(pipeline):
    assert ("SOM", "KEN", "174") in codes(pipeline, "Somalia ordered Kenyan troops to leave its territory.")


def test_asked_to_leave_a_matter_to_the_courts_is_no_expulsion(pipeline):
    found = coded(pipeline, "Estonia asked Russia to leave the matter to the courts.")
    assert "17" not in {r for _, _, r in found} and "16" not in {r for _, _, r in found}


# --- vocabulary of known lemmas ----------------------------------------------------------------------
def test_levied_tariffs_are_an_embargo(pipeline):
    assert ("POL", "BLR", "163") in codes(pipeline, "Poland levied tariffs on Belarusian goods on Tuesday.")


def test_breaking_off_relations_cuts_ties(pipeline):
    assert ("KEN", "UGA", "161") in codes(pipeline, "Kenya broke off relations with Uganda on Monday.")


def test_strengthening_communication_is_an_intent_to_cooperate(pipeline):
    found = codes(pipeline, "China is willing to strengthen strategic communication with Egypt.")
    assert ("CHN", "EGY", "030") in found or ("EGY", "CHN", "030") in found


def test_strengthening_communication_with_investors_is_no_diplomacy(pipeline):
    assert not roots(pipeline, "Kenya wants to strengthen communication with investors.")


def test_measures_taken_against_a_state_coerce_it(pipeline):
    assert ("TUR", "GRC", "170") in codes(pipeline, "Turkey took measures against Greece on Friday.")


def test_measures_against_inflation_code_nothing(pipeline):
    assert not roots(pipeline, "Kenya took measures against inflation.")


def test_pressed_charges_are_an_accusation_not_pressure(pipeline):
    found = coded(pipeline, "Kenya pressed charges against Uganda's former envoy.")
    assert ("KEN", "UGA", "11") in found and not any(r == "10" for _, _, r in found)


def test_doctors_sent_to_a_state_are_aid(pipeline):
    assert ("JOR", "LBN", "073") in codes(pipeline, "Jordan sent doctors to Lebanon on Sunday.")


def test_criticism_a_plan_sparked_is_the_critics(pipeline):
    assert ("PER", "CHL", "111") in codes(pipeline, "Chile's plan sparked criticism from Peru on Monday.")


def test_a_backlash_a_decree_triggered_is_the_critics(pipeline):
    assert ("PER", "CHL", "111") in codes(pipeline, "Chile's decree triggered a backlash from Peru on Monday.")


def test_a_ruling_issued_against_a_state_finds_against_it(pipeline):
    assert ("KEN", "UGA", "116") in codes(pipeline, "Kenya's Supreme Court issued a ruling against Uganda on Monday.")


def test_an_armed_groups_infrastructure_targeted_is_force(pipeline):
    found = codes(pipeline, "Israel targeted Hezbollah infrastructure in southern Lebanon.")
    assert ("ISR", "org:hezbollah", "190") in found


def test_infrastructure_hit_by_a_storm_codes_nothing(pipeline):
    assert not roots(pipeline, "The storm hit infrastructure across Chile.")


def test_a_states_memorandum_with_another_is_a_deal(pipeline):
    found = codes(pipeline, "Kenya's memorandum with Uganda took effect on Monday.")
    assert ("KEN", "UGA", "057") in found or ("UGA", "KEN", "057") in found


# --- censure and no-confidence motions ---------------------------------------------------------------
def test_a_censure_motion_against_a_minister_disapproves(pipeline):
    found = codes(pipeline, "Peru's opposition tabled a no-confidence motion against Prime Minister Ines Varga.")
    assert ("PER", "person:ines-varga", "111") in found


def test_a_lawyers_motion_against_a_ruling_codes_nothing(pipeline):
    assert not roots(pipeline, "Kenya's lawyers filed a motion against the ruling on Monday.")


def test_a_crisis_forcing_a_president_codes_nothing(pipeline):
    assert not roots(pipeline, "The energy crisis forced Kenya's president Abel Kamau to cancel his trip.")


# --- nouns: doer on the noun (derived_nouns.yaml doer_on_noun) ---------------------------------------
def test_a_ban_one_is_blamed_for_is_not_the_blamers(pipeline):
    found = coded(pipeline, "Estonia blamed Latvia for a ban on Russian broadcasters.")
    assert not any(s == "EST" and r == "17" for s, _, r in found)


def test_a_states_ban_on_foreign_broadcasters(pipeline):
    found = coded(pipeline, "Mali's ban on French broadcasters took effect on Monday.")
    assert any(s == "MLI" and r == "17" for s, _, r in found)


def test_a_ban_on_smoking_codes_nothing(pipeline):
    assert not roots(pipeline, "Mali's ban on smoking in bars took effect on Monday.")


# --- conjoined objects (rules.py _verb_pattern) ------------------------------------------------------
def test_a_conjoined_object_names_the_aid_sent(pipeline):
    assert ("DEU", "SDN", "073") in codes(pipeline, "Germany sent blankets and food aid to Sudan on Thursday.")


def test_the_first_object_still_decides_when_it_chooses_a_pattern(pipeline):
    found = codes(pipeline, "Kenya expelled two journalists and three Ugandan diplomats on Monday.")
    assert ("KEN", "UGA", "174") in found


# --- support given, lent or thrown behind another ----------------------------------------------------
def test_support_lent_is_endorsement_not_a_loan(pipeline):
    found = codes(pipeline, "Ghana's president Abel Kuffo lent his support to Togo's bid for the seat.")
    assert ("GHA", "TGO", "051") in found and not any(c == "071" for _, _, c in found)


def test_weight_thrown_behind_a_bid_is_endorsement(pipeline):
    assert ("GHA", "TGO", "051") in codes(pipeline, "Ghana threw its weight behind Togo's bid on Monday.")


def test_support_given_to_a_plan_of_no_one_codes_nothing(pipeline):
    assert not roots(pipeline, "Ghana gave its support to the plan on Monday.")


# --- "look into" --------------------------------------------------------------------------------------
def test_looking_into_a_states_envoy_is_an_investigation(pipeline):
    found = codes(pipeline, "Kenya's anti-graft agency looked into the dealings of Uganda's former envoy.")
    assert ("KEN", "UGA", "090") in found


def test_looking_into_a_camera_codes_nothing(pipeline):
    assert not roots(pipeline, "The minister looked into the camera and smiled.")
