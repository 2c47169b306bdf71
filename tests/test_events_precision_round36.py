"""Event precision, round 36 (issue 9): false events of the kinds found by judging a sixth block of the
unannotated pool (benchmarks/pool_events.py --block 6) with the wrong ones of blocks 1-5 and the known
wrong codings of the last notes: a verb of pushing with a particle of continuing read as a demand
("pressed on with its war"), withholding information read as a rejection ("declined to give details"),
one actor alone "agreeing to" a step of its own read as an agreement, the cooperation that a verb of
ending ends coded as cooperation ("would suspend its military cooperation with X"), and talks between
two sides that a third party only offers to host read as the sides' meeting.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded, codes


def _roots_between(found, source: str, target: str | None) -> set[str]:
    return {r for s, t, r in found if s == source and t == target}


# --- pressing on / pushing ahead with one's own course presses no one (precision.yaml continuing_*) ----
def test_pressed_on_with_its_war_is_no_demand(pipeline):
    found = coded(pipeline, "KYIV, May 4 (Reuters) - Russia pressed on with its war against Ukraine on Monday, "
                            "the Ukrainian defence ministry said.")
    assert "10" not in _roots_between(found, "RUS", "UKR")


def test_pushed_ahead_with_an_offensive_is_no_demand(pipeline):
    found = coded(pipeline, "ADDIS ABABA (AFP) - Ethiopian forces pushed ahead with their offensive against "
                            "Eritrea near the border town of Zalambessa, residents said.")
    assert "10" not in _roots_between(found, "ETH", "ERI")


def test_forged_ahead_with_a_plan_despite_an_appeal_is_no_demand(pipeline):
    found = coded(pipeline, "Israel's government forged ahead on Sunday with its plan for the Jordan valley, "
                            "officials said.")
    assert not any(r == "10" for _, _, r in found)


def test_vowing_to_press_ahead_with_a_reform_promises_nothing(pipeline):
    found = coded(pipeline, "PARIS (AP) — France's interior minister, Odile Percheron, vowed to press ahead "
                            "with the border reform despite criticism from Spain.")
    assert ("FRA", "ESP", "10") not in found
    assert ("FRA", None, "03") not in found


def test_pressing_a_state_to_act_is_still_a_demand(pipeline):
    found = coded(pipeline, "ASUNCION, May 5 (Reuters) - Paraguay pressed Bolivia on Tuesday to free the "
                            "detained river pilots.")
    assert ("PRY", "BOL", "10") in found


def test_pushing_for_talks_is_still_a_demand(pipeline):
    found = coded(pipeline, "Brazil pushed for talks with Argentina on the wheat tariff, its foreign ministry said.")
    assert ("BRA", "ARG", "10") in found


# --- withholding information is silence, as "declined to comment" (modality.yaml disclosing_verbs ...) ----
def test_declining_to_give_details_is_no_rejection(pipeline):
    found = coded(pipeline, "NAIROBI (Xinhua) -- Kenya's foreign ministry declined to give details of its "
                            "talks with Uganda on the disputed island.")
    assert not any(r == "12" for _, _, r in found)


def test_declining_to_be_drawn_is_no_rejection(pipeline):
    found = coded(pipeline, "ATHENS, May 6 (Reuters) - A spokesman for the Greek government declined to be "
                            "drawn on the dispute with Turkey over the survey ship.")
    assert not any(r == "12" for _, _, r in found)


def test_refusing_to_name_officials_is_no_rejection(pipeline):
    found = coded(pipeline, "SANTIAGO (AP) — Chile refused to name the Bolivian customs officers it had "
                            "questioned, a prosecutor said.")
    assert ("CHL", "BOL", "12") not in found


def test_declining_on_a_day_to_give_a_timetable_is_no_rejection(pipeline):
    found = coded(pipeline, "MEXICO CITY (AP) — Mexico's trade minister, Lucio Barrandas, declined on Friday to "
                            "give a timetable for lowering tariffs on U.S. pork.")
    assert ("MEX", "USA", "12") not in found


def test_refusing_to_give_aid_is_still_a_refusal(pipeline):
    found = coded(pipeline, "LIMA (EFE) - Peru refused to give aid to Bolivia after the floods, "
                            "the foreign ministry said.")
    assert ("PER", "BOL", "12") in found


def test_declining_to_meet_is_still_a_refusal(pipeline):
    found = coded(pipeline, "WARSAW (PAP) - The Polish foreign minister declined to meet his Belarusian counterpart "
                            "at the regional summit.")
    assert ("POL", "BLR", "12") in found


# --- one actor alone agreeing to a step of its own is a decision (precision.yaml lone_agreement_verbs) ---
def test_a_cabinet_agreeing_to_raise_the_pension_age_is_no_agreement(pipeline):
    found = coded(pipeline, "LISBON, May 7 (Reuters) - Portugal's cabinet agreed on Thursday to raise the "
                            "retirement age to 67.")
    assert ("PRT", None, "03") not in found


def test_a_state_agreeing_to_extend_its_fence_is_no_agreement(pipeline):
    found = coded(pipeline, "BUDAPEST (MTI) - Hungary has agreed to extend its border fence by 40 kilometres, "
                            "state media reported.")
    assert ("HUN", None, "03") not in found


def test_a_devolved_government_agreeing_to_cap_fares_is_no_agreement(pipeline):
    found = coded(pipeline, "The Welsh government has agreed to cap bus fares from October, the transport "
                            "minister, Ceridwen Talfryn, told the Senedd.")
    assert not any(r == "03" and t is None for _, t, r in found)


def test_an_igo_agreeing_to_cut_output_is_kept(pipeline):
    found = coded(pipeline, "VIENNA (Reuters) - OPEC agreed on Sunday to lower its output ceiling by five "
                            "percent.")
    assert ("OPEC", None, "03") in found


def test_ministers_of_a_bloc_agreeing_is_kept(pipeline):
    found = coded(pipeline, "BRUSSELS (AFP) - EU foreign ministers agreed to set up a monitoring mission in "
                            "Armenia.")
    assert ("EU", None, "03") in found


def test_two_states_agreeing_is_kept(pipeline):
    found = coded(pipeline, "Chile and Peru agreed on Monday to extend the fishing truce, the two foreign "
                            "ministries said.")
    assert {("CHL", "PER", "03"), ("PER", "CHL", "03")} & found


def test_agreeing_with_a_partner_is_kept(pipeline):
    found = coded(pipeline, "BELGRADE (Tanjug) - Serbia agreed with Kosovo to reopen the Jarinje crossing.")
    assert ("SRB", "XKX", "03") in found


# --- a verb of ending beats the cooperation noun it ends (events/rules.py, patterns.yaml) ------------------
def test_would_suspend_military_cooperation_is_a_threat_not_an_intent_to_cooperate(pipeline):
    found = codes(pipeline, "BUDAPEST (AP) — Hungary said it would suspend its military cooperation with Ukraine.")
    assert ("HUN", "UKR", "0312") not in found
    assert any(s == "HUN" and t == "UKR" and c.startswith("13") for s, t, c in found)


def test_suspended_defence_cooperation_cuts_ties(pipeline):
    found = coded(pipeline, "CHISINAU (TASS) - Moldova suspended its defence cooperation with Belarus on Thursday.")
    assert ("MDA", "BLR", "06") not in found
    assert ("MDA", "BLR", "16") in found


def test_halted_military_cooperation_cuts_ties(pipeline):
    found = coded(pipeline, "BERLIN (dpa) - Germany halted its military cooperation with Niger on Saturday, a "
                            "defence ministry spokesman said.")
    assert ("DEU", "NER", "06") not in found
    assert ("DEU", "NER", "16") in found


def test_ending_security_cooperation_cuts_ties(pipeline):
    found = coded(pipeline, "VILNIUS, May 9 (Reuters) - Lithuania ended its security cooperation with Belarus.")
    assert ("LTU", "BLR", "16") in found


# --- talks between two sides only offered by a third party are not the sides' meeting ---------------------
def test_offer_to_host_talks_is_no_meeting_of_the_sides(pipeline):
    found = coded(pipeline, "DOHA (Al Jazeera) - Qatar offered to host talks between Sudan and Chad, its "
                            "foreign minister said.")
    assert not {("SDN", "TCD", "04"), ("TCD", "SDN", "04")} & found


def test_offer_to_broker_talks_is_no_intent_of_the_sides(pipeline):
    found = coded(pipeline, "Kenya offered to broker talks between Ethiopia and Eritrea over the border.")
    assert not {("ETH", "ERI", "03"), ("ERI", "ETH", "03")} & found


def test_offer_to_host_a_meeting_keeps_the_hosts_intent(pipeline):
    found = coded(pipeline, "ANKARA (Anadolu) - Turkey has offered to host a meeting between Armenia and "
                            "Azerbaijan in Istanbul.")
    assert ("TUR", "ARM", "03") in found and ("TUR", "AZE", "03") in found
    assert not {("ARM", "AZE", "04"), ("AZE", "ARM", "04")} & found


def test_talks_held_between_two_sides_are_kept(pipeline):
    found = coded(pipeline, "MUSCAT (AFP) - Talks between Iran and Saudi Arabia took place in Muscat on Sunday.")
    assert {("IRN", "SAU", "04"), ("SAU", "IRN", "04")} & found


# --- meeting with a reaction is undergoing it, no meeting (precision.yaml met_reactions) ------------------
def test_met_with_objections_is_no_meeting(pipeline):
    found = coded(pipeline, "STRASBOURG (Reuters) - Commission President Arvid Lennholm said he met with strong "
                            "objections from some EU government heads to his budget plan.")
    assert not any(r == "04" for _, _, r in found)


def test_a_proposal_met_with_silence_is_no_meeting(pipeline):
    found = coded(pipeline, "The Czech proposal met with silence from Poland, diplomats said.")
    assert ("CZE", "POL", "04") not in found


def test_a_plan_met_with_scepticism_is_no_meeting(pipeline):
    found = coded(pipeline, "BERLIN (dpa) - Germany's offer met with scepticism in Warsaw, where officials said "
                            "Poland wanted firmer guarantees.")
    assert ("DEU", "POL", "04") not in found


def test_meeting_with_a_counterpart_is_kept(pipeline):
    found = coded(pipeline, "TOKYO (Kyodo) -- Japan's foreign minister met with his Chinese counterpart in Beijing "
                            "on Monday.")
    assert ("JPN", "CHN", "04") in found
