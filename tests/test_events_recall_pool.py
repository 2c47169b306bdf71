"""Recall from an unannotated pool of wire copy (issue 9, events round 15): frames that linked two
political actors where nothing was coded, found by ``benchmarks/missing_events.py`` and written as
patterns of ``data/events/patterns.yaml`` (and the particle list of ``data/events/recall.yaml``).

Every dispatch here is invented (made-up people, places and quarrels between real states), in the
styles of the agencies (Reuters, AP, AFP, BBC), so what is coded must come from the text.
"""

from __future__ import annotations

from event_support import coded, codes


# --- consultation: "discussed X with Y" -------------------------------------------------------------
def test_discussing_a_dispute_with_a_counterpart_is_a_consultation(pipeline):
    text = ("LIMA, Nov 18 (Reuters) - Peru's foreign minister discussed the fishing dispute with his "
            "Ecuadorean counterpart on Tuesday, a ministry statement said.")
    assert ("PER", "ECU", "04") in coded(pipeline, text) or ("ECU", "PER", "04") in coded(pipeline, text)


def test_discussing_a_matter_with_no_one_named_is_no_consultation(pipeline):
    text = "Peru's cabinet discussed the fishing quotas on Tuesday, a ministry statement said."
    assert not any(root == "04" for _, _, root in coded(pipeline, text))


# --- "hit back at": a retort ------------------------------------------------------------------------
def test_hitting_back_at_a_state_criticises_it(pipeline):
    text = "Denmark hit back at Norway on Monday over the new herring quotas, calling them unfair."
    assert ("DNK", "NOR", "11") in coded(pipeline, text)


def test_coming_back_from_a_state_criticises_no_one(pipeline):
    text = "The Danish prime minister came back from Norway on Monday after two days of talks in Bergen."
    assert not any(root == "11" for _, _, root in coded(pipeline, text))


# --- weapons fired into another's ground -----------------------------------------------------------
def test_missiles_fired_into_a_states_territory_are_an_aerial_strike_on_it(pipeline):
    text = ("ISLAMABAD (AP) - India fired missiles into Pakistani territory before dawn on Wednesday, "
            "the Pakistani military said.")
    assert ("IND", "PAK", "195") in codes(pipeline, text)


def test_artillery_fired_across_the_border_into_a_state_is_heavy_fire_on_it(pipeline):
    text = "Armenia fired artillery shells across the border into Azerbaijan overnight, officials in Baku said."
    assert ("ARM", "AZE", "194") in codes(pipeline, text)


def test_firing_a_starting_pistol_is_no_attack(pipeline):
    text = "The French sports minister fired the starting pistol at the Paris marathon on Sunday."
    assert not any(root in {"18", "19"} for _, _, root in coded(pipeline, text))


# --- aircraft downed, fire exchanged, strikes launched in a state --------------------------------
def test_downing_another_states_jets_is_force_against_it(pipeline):
    text = "Pakistan downed two Indian jets near the frontier, the Pakistani army said on Thursday."
    assert ("PAK", "IND", "19") in coded(pipeline, text)


def test_two_states_exchanging_fire_fight_each_other(pipeline):
    text = "BRUSSELS (AFP) - Ethiopia and Eritrea exchanged fire along their disputed border on Monday."
    found = coded(pipeline, text)
    assert ("ETH", "ERI", "19") in found or ("ERI", "ETH", "19") in found


def test_two_states_exchanging_letters_is_no_fighting(pipeline):
    text = "Ethiopia and Eritrea exchanged letters on the border commission on Monday."
    assert not any(root == "19" for _, _, root in coded(pipeline, text))


def test_strikes_launched_in_a_state_are_force_against_it(pipeline):
    text = "India launched strikes in Pakistan early on Wednesday, the Indian defence ministry said."
    assert ("IND", "PAK", "19") in coded(pipeline, text)


def test_a_strike_into_a_state_named_as_a_noun_is_force_against_it(pipeline):
    text = "Beijing urged restraint on Wednesday after India's overnight strike into Pakistan."
    assert ("IND", "PAK", "19") in coded(pipeline, text)


# --- rejections, halted talks, congratulations and pressure --------------------------------------
def test_turning_down_another_states_offer_rejects_it(pipeline):
    text = "SANTIAGO, Nov 17 (Reuters) - Argentina turned down Chile's offer of fresh border talks on Monday."
    assert ("ARG", "CHL", "12") in coded(pipeline, text)


def test_turning_down_the_volume_rejects_no_one(pipeline):
    text = "The Norwegian embassy turned down the volume of its loudspeakers after neighbours complained."
    assert not any(root == "12" for _, _, root in coded(pipeline, text))


def test_talks_cut_off_with_a_state_are_halted_negotiations_not_a_meeting(pipeline):
    text = "Ireland has cut off talks with Britain over the planned border checks, Irish officials said."
    found = codes(pipeline, text)
    assert ("IRL", "GBR", "164") in found
    assert not any(code.startswith("04") for _, _, code in found)


def test_negotiations_halted_with_a_neighbour_are_halted_negotiations(pipeline):
    text = "Venezuela halted negotiations with Guyana over the disputed river on Friday."
    assert ("VEN", "GUY", "164") in codes(pipeline, text)


def test_congratulations_sent_to_an_indirect_object_are_praise_of_it(pipeline):
    text = "MADRID (AFP) - The Spanish king sent the Portuguese president his warmest congratulations on Sunday."
    assert ("ESP", "PRT", "05") in coded(pipeline, text)


def test_condolences_sent_to_a_state_are_sympathy(pipeline):
    text = "Germany sent its condolences to Turkey after the earthquake in the east of the country."
    assert ("DEU", "TUR", "018") in codes(pipeline, text)


def test_pressure_stepped_up_on_a_state_presses_it(pipeline):
    text = "WASHINGTON (AP) - The United States stepped up pressure on Iran over its missile tests on Tuesday."
    assert ("USA", "IRN", "10") in coded(pipeline, text)


def test_pressure_from_the_markets_presses_no_state(pipeline):
    text = "Pressure on the Turkish lira increased on Tuesday as investors sold bonds."
    assert not any(root == "10" for _, _, root in coded(pipeline, text))


# --- reproach, praise and appeals named by other verbs and idioms ---------------------------------
def test_berating_a_state_criticises_it(pipeline):
    text = "WARSAW (Reuters) - The Polish president berated Germany for its slow response, state media reported."
    assert ("POL", "DEU", "11") in coded(pipeline, text)


def test_rounding_on_a_state_criticises_it(pipeline):
    text = "Chinese Premier Wen Tao rounded on Japan on Friday over the school textbooks."
    assert ("CHN", "JPN", "11") in coded(pipeline, text)


def test_taking_issue_with_a_states_remarks_criticises_it(pipeline):
    text = "Argentina took issue with Britain's remarks on the fishing zone, the foreign ministry said."
    assert ("ARG", "GBR", "11") in coded(pipeline, text)


def test_taking_aim_at_a_target_on_a_range_criticises_no_one(pipeline):
    text = "The Swedish police took aim at the target during the exercise near Uppsala."
    assert not any(root == "11" for _, _, root in coded(pipeline, text))


def test_pouring_cold_water_on_a_states_proposal_criticises_it(pipeline):
    text = "Spain poured cold water on Morocco's proposal for the two ports on Thursday."
    assert ("ESP", "MAR", "11") in coded(pipeline, text)


def test_paying_tribute_to_a_state_praises_it(pipeline):
    text = "NAIROBI (AFP) - The Kenyan president paid tribute to Uganda for its help during the floods."
    assert ("KEN", "UGA", "05") in coded(pipeline, text)


def test_expressing_support_for_a_states_bid_praises_it(pipeline):
    text = "Brazil expressed support for Bolivia's bid to join the trade bloc on Wednesday."
    assert ("BRA", "BOL", "05") in coded(pipeline, text)


def test_lobbying_a_state_to_act_appeals_to_it(pipeline):
    text = "Hungary lobbied Austria to drop its objections to the pipeline, diplomats said."
    assert ("HUN", "AUT", "02") in coded(pipeline, text)


def test_reprimanding_an_ambassador_criticises_his_state(pipeline):
    text = "Poland reprimanded the Russian ambassador over the remarks on Tuesday."
    assert ("POL", "RUS", "11") in coded(pipeline, text)


def test_regretting_another_states_decision_criticises_it(pipeline):
    text = "The Belgian foreign ministry said it regrets the Hungarian decision to close the border crossing."
    assert ("BEL", "HUN", "11") in coded(pipeline, text)


def test_regretting_its_own_decision_criticises_no_one(pipeline):
    text = "Belgium regretted its own decision to close the embassy in Lima."
    assert not any(root == "11" for _, _, root in coded(pipeline, text))


# --- joint acts and visits named by nouns ---------------------------------------------------------
def test_talks_between_two_states_are_their_consultation(pipeline):
    text = "CAIRO, Nov 16 (Reuters) - Talks between Egypt and Sudan on the dam resumed on Sunday in Khartoum."
    found = coded(pipeline, text)
    assert ("EGY", "SDN", "04") in found or ("SDN", "EGY", "04") in found


def test_a_meeting_between_two_ministers_is_their_states_consultation(pipeline):
    text = "The meeting between the Chinese and Indian foreign ministers lasted three hours, officials said."
    found = coded(pipeline, text)
    assert ("CHN", "IND", "04") in found or ("IND", "CHN", "04") in found


def test_talks_between_two_states_said_to_come_next_week_are_not_yet_news(pipeline):
    text = "Officials said talks between Egypt and Sudan would resume next week."
    assert not any(root == "04" for _, _, root in coded(pipeline, text))


def test_a_phone_call_held_with_a_counterpart_is_a_telephone_consultation(pipeline):
    text = "ACCRA (AP) - Ghana's president held a phone call with Togo's leader on Friday about the border."
    found = codes(pipeline, text)
    assert ("GHA", "TGO", "041") in found or ("TGO", "GHA", "041") in found


def test_an_expulsion_that_angered_a_state_happened(pipeline):
    text = "Kenya's expulsion of two Somali diplomats angered Mogadishu, officials in Nairobi said."
    assert ("KEN", "SOM", "17") in coded(pipeline, text)


def test_a_planned_raid_that_could_spark_protests_did_not_happen(pipeline):
    text = "The planned Turkish raid on the Greek island could spark protests, diplomats warned."
    assert not any(root == "19" for _, _, root in coded(pipeline, text))


def test_a_conference_call_with_reporters_is_no_consultation(pipeline):
    text = ("\"We will not allow this,\" the Canadian trade minister said on a conference call with "
            "reporters on Monday.")
    assert not any(root == "04" for _, _, root in coded(pipeline, text))


def test_a_trip_to_a_state_completed_is_a_visit(pipeline):
    text = ("Peruvian Finance Minister Rosa Quispe flew home on Sunday after a week-long trip to Canada, "
            "her ministry said.")
    assert ("PER", "CAN", "042") in codes(pipeline, text)


# --- acts ordered, loans extended ------------------------------------------------------------------
def test_ordering_the_expulsion_of_a_states_diplomats_expels_them(pipeline):
    text = "BAMAKO (AFP) - Mali's junta ordered the expulsion of two Belgian diplomats on Monday."
    assert ("MLI", "BEL", "17") in coded(pipeline, text)


def test_ordering_the_arrest_of_a_foreign_reporter_is_an_arrest(pipeline):
    text = "The Egyptian prosecutor ordered the arrest of a Canadian reporter on Sunday, state media said."
    assert ("EGY", "CAN", "173") in codes(pipeline, text)


def test_ordering_the_bombing_of_a_states_camps_is_force_against_it(pipeline):
    text = "The Rwandan president ordered the bombing of Burundian army camps near the lake."
    assert ("RWA", "BDI", "19") in coded(pipeline, text)


def test_ordering_troops_to_withdraw_is_no_withdrawal_yet(pipeline):
    text = "The Kenyan president ordered troops to withdraw from Somalia before the rains."
    assert not any(root == "08" for _, _, root in coded(pipeline, text))


def test_a_loan_extended_to_a_state_is_economic_aid(pipeline):
    text = "BEIJING (Reuters) - China extended a $2 billion loan to Sri Lanka on Tuesday, the central bank said."
    assert ("CHN", "LKA", "071") in codes(pipeline, text)


def test_a_deadline_extended_is_no_aid(pipeline):
    text = "The Kenyan central bank extended its deadline for the bond sale to Friday."
    assert not any(root == "07" for _, _, root in coded(pipeline, text))


# --- objects shared by two verbs, representatives "from" a state --------------------------------------
def test_two_verbs_with_one_object_both_reach_it(pipeline):
    text = "Four Turkish warships attacked and destroyed a Greek oil platform in the Aegean, Athens said."
    assert ("TUR", "GRC", "19") in coded(pipeline, text)


def test_leaders_from_two_states_act_for_them(pipeline):
    text = "LIMA (AFP) - Leaders from Chile and Ecuador urged Bolivia to reopen the border crossing."
    found = coded(pipeline, text)
    assert ("CHL", "BOL", "02") in found and ("ECU", "BOL", "02") in found


def test_diplomats_from_two_states_meeting_consult_each_other(pipeline):
    text = "Diplomats from Kenya and Uganda met in Kampala on Monday to discuss the railway."
    found = coded(pipeline, text)
    assert ("KEN", "UGA", "04") in found or ("UGA", "KEN", "04") in found


# --- nouns of acts: who did them, and verbs of consequence -----------------------------------------
def test_a_by_agent_hung_on_the_of_object_is_the_doer_of_the_arrest(pipeline):
    text = "The arrest of a Danish teacher by Iranian police angered Copenhagen, officials said."
    found = coded(pipeline, text)
    assert any(s == "IRN" and root == "17" for s, _, root in found)


def test_an_arrest_that_drew_condemnation_happened(pipeline):
    text = "MOSCOW (AP) - Russia's arrest of an American reporter drew condemnation from Washington on Friday."
    found = codes(pipeline, text)
    assert ("RUS", "USA", "173") in found and ("USA", "RUS", "111") in found


# --- promises of support, votes against another's proposal ----------------------------------------
def test_pledging_support_for_a_states_reconstruction_is_a_promise_to_it(pipeline):
    text = "TOKYO (Reuters) - Japan pledged support for Ukraine's reconstruction on Tuesday."
    assert ("JPN", "UKR", "03") in coded(pipeline, text)


def test_voting_against_another_states_proposal_rejects_it(pipeline):
    text = "Germany voted against the Hungarian proposal at the summit in Brussels on Friday."
    assert ("DEU", "HUN", "12") in coded(pipeline, text)


def test_voting_against_a_bill_rejects_no_one_named(pipeline):
    text = "The Chilean senator voted against the pension bill on Wednesday."
    assert not any(root == "12" for _, _, root in coded(pipeline, text))


def test_migrants_arriving_in_a_state_make_no_visit(pipeline):
    text = "Hundreds of migrants arrived in Italy on Sunday after crossing from Libya."
    assert not any(root == "04" for _, _, root in coded(pipeline, text))


# --- trade measures, diplomats declared unwelcome, airspace closed, targets struck ---------------
def test_tariffs_slapped_on_a_states_goods_are_an_embargo_on_it(pipeline):
    text = "WASHINGTON (Reuters) - The United States slapped tariffs on Canadian lumber on Friday."
    assert ("USA", "CAN", "163") in codes(pipeline, text)


def test_imports_of_a_states_goods_suspended_hit_that_state(pipeline):
    text = "China suspended imports of New Zealand kiwifruit on Tuesday, customs officials said."
    assert ("CHN", "NZL", "163") in codes(pipeline, text)


def test_a_firm_suspending_exports_hits_no_state(pipeline):
    text = "The mining company suspended exports on Monday after the flood."
    assert not any(root == "16" for _, _, root in coded(pipeline, text))


def test_gas_supplies_cut_off_to_a_state_are_an_embargo_on_it(pipeline):
    text = "Russia cut off gas supplies to Moldova on Wednesday, the Moldovan energy ministry said."
    assert ("RUS", "MDA", "163") in codes(pipeline, text)


def test_airspace_closed_to_a_states_planes_blockades_it(pipeline):
    text = "Morocco closed its airspace to Algerian planes on Wednesday."
    assert ("MAR", "DZA", "191") in codes(pipeline, text)


def test_jets_striking_targets_in_a_state_use_force_against_it(pipeline):
    text = "Turkish jets struck targets in Iraq on Sunday, the Turkish defence ministry said."
    assert ("TUR", "IRQ", "19") in coded(pipeline, text)


# --- threats of revenge, forces massed ----------------------------------------------------------------
def test_vowing_revenge_against_a_state_threatens_it(pipeline):
    text = "TEHRAN (AP) - Iran vowed revenge against Israel on Sunday after the blast at the port."
    assert ("IRN", "ISR", "13") in coded(pipeline, text)
    assert ("IRN", "ISR", "03") not in coded(pipeline, text)


def test_troops_massed_on_a_states_border_are_a_show_of_force_against_it(pipeline):
    text = "Russia massed troops on the Georgian border, officials in Tbilisi said on Tuesday."
    assert ("RUS", "GEO", "15") in coded(pipeline, text)


# --- criticism told from the one criticised; questioned claims ---------------------------------------
def test_a_draft_that_drew_fire_in_a_state_is_criticised_by_it(pipeline):
    text = "BUDAPEST (Reuters) - The EU draft on asylum quotas drew fire in Hungary on Tuesday."
    assert ("HUN", "EU", "11") in coded(pipeline, text)


def test_a_plan_that_provoked_an_outcry_from_a_state_is_criticised_by_it(pipeline):
    text = "Australia's plan for a fishing zone has provoked an outcry from Indonesia, diplomats said."
    assert ("IDN", "AUS", "11") in coded(pipeline, text)


def test_an_outcry_from_residents_is_no_states_criticism(pipeline):
    text = "The Norwegian plan for a wind farm provoked an outcry from residents of the fjord."
    assert not any(root == "11" for _, _, root in coded(pipeline, text))


def test_questioning_a_bodys_estimates_rejects_them(pipeline):
    text = "KHARTOUM (AFP) - Sudan on Saturday questioned UN estimates of the number of displaced people."
    assert ("SDN", "UN", "12") in coded(pipeline, text)


# --- suspects handed over ----------------------------------------------------------
def test_a_suspect_handed_over_to_a_states_police_is_judicial_cooperation(pipeline):
    text = "Kenya handed over the suspect to Ugandan police on Thursday, a Kenyan police spokesman said."
    assert ("KEN", "UGA", "063") in codes(pipeline, text)


def test_a_bag_handed_over_to_a_clerk_is_no_cooperation(pipeline):
    text = "The Danish minister handed over her bag to the hotel clerk in Oslo on Monday."
    assert not any(root == "06" for _, _, root in coded(pipeline, text))
