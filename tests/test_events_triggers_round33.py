"""Events, round 33 (issue 9, evtrig33): narrative triggers no pattern knew, in families.

Roots 11 (a feeling of disapproval voiced to a side, "rapped", "railed against", "scoffed at", "in a
rebuke to X", an attack made of words by its modifier), 12 (a proposal shot down, thrown out, waved
or brushed aside; talks ruled out), 02/10 (assurances sought from a side, an extradition demanded
from it, "called for X to ..."), 03/07 ("pledged to help X rebuild") and 04 ("mediate between").

Every dispatch is invented (made-up people, real states); each rule has a twin in another agency's
style and a negative one for the word's other sense.
"""

from __future__ import annotations

from event_support import coded, codes, roots


# --- 11: displeasure, outrage, dismay voiced / expressed / registered to a side ------------------------
def test_displeasure_voiced_with_a_neighbour_is_criticism(pipeline):
    text = ("NIAMEY (AFP) - Niger voiced its displeasure with Benin on Monday over the closure of the "
            "Malanville bridge to its lorries, the foreign ministry said.")
    assert ("NER", "BEN", "111") in codes(pipeline, text)


def test_outrage_expressed_at_a_state_is_criticism(pipeline):
    text = ("TUNIS, Feb 3 (Reuters) - Tunisia's foreign minister Hedi Belkhoja expressed outrage at Libya "
            "on Tuesday over the shelling of a border post near Ras Jedir.")
    assert ("TUN", "LBY", "11") in coded(pipeline, text)


def test_dismay_registered_with_a_state_is_criticism(pipeline):
    text = ("CANBERRA (AAP) - Australia registered its dismay with Papua New Guinea after the expulsion "
            "of two aid workers from Bougainville, a spokeswoman said.")
    assert ("AUS", "PNG", "11") in coded(pipeline, text)


def test_disappointment_with_no_side_named_codes_no_criticism(pipeline):
    text = ("OTTAWA (CP) - Canada's trade minister Olivia Brassard expressed disappointment on Friday "
            "with the slow pace of the harvest.")
    assert "11" not in roots(pipeline, text)


# --- 11: rapped, railed against, scoffed at ------------------------------------------------------------
def test_rapped_a_state_is_criticism(pipeline):
    text = ("NEW DELHI (PTI) India on Wednesday rapped Nepal for publishing a map that shows the Kalapani "
            "area inside its borders.")
    assert ("IND", "NPL", "111") in codes(pipeline, text)


def test_railed_against_a_state_is_criticism(pipeline):
    text = ("CARACAS (AP) - Venezuelan President Ernesto Valderrama railed against Colombia on Sunday "
            "over the closure of the Cucuta crossing.")
    assert ("VEN", "COL", "11") in coded(pipeline, text)


def test_scoffed_at_a_state_is_criticism(pipeline):
    text = ("ISLAMABAD, March 9 (Reuters) - Pakistan scoffed at Afghanistan's claims of a border "
            "incursion near Torkham on Monday.")
    assert ("PAK", "AFG", "11") in coded(pipeline, text)


def test_rapped_on_a_door_is_no_criticism(pipeline):
    text = ("LONDON (Reuters) - Police officers rapped on the door of the empty farmhouse in Kent before "
            "dawn on Tuesday.")
    assert "11" not in roots(pipeline, text)


# --- 11: "in a rebuke to X"; "a blistering / scathing attack on X" (words, not force) --------------------
def test_in_a_rebuke_to_a_state_is_criticism(pipeline):
    text = ("BRUSSELS (AFP) - In a rare rebuke to Slovakia, the European Commission said on Thursday that "
            "the new broadcasting law broke EU rules.")
    assert ("EU", "SVK", "11") in coded(pipeline, text)


def test_a_blistering_attack_by_a_minister_is_criticism_not_force(pipeline):
    text = ("VILNIUS, May 4 (Reuters) - Lithuania's prime minister Aurelijus Vainoras launched a "
            "blistering attack on Belarus over the migrants pushed across the border.")
    found = codes(pipeline, text)
    assert ("LTU", "BLR", "111") in found
    assert not any(c[:2] == "19" for _, _, c in found)


def test_a_scathing_attack_on_a_rival_party_is_criticism(pipeline):
    text = ("Scottish Labour leader Fiona Kirkbride has launched a scathing attack on First Minister "
            "Ewan Dalgleish over hospital waiting times.")
    assert any(r[2][:2] == "11" for r in codes(pipeline, text))


# --- 12: a proposal shot down, a request thrown out, an offer brushed or waved aside --------------------
def test_a_proposal_shot_down_is_rejected_not_a_downing(pipeline):
    text = ("BERN (SDA) - Switzerland on Friday shot down Austria's proposal for a shared toll on the "
            "Alpine tunnels, the transport ministry said.")
    found = codes(pipeline, text)
    assert ("CHE", "AUT", "120") in found
    assert not any(c[:2] == "19" for _, _, c in found)


def test_a_drone_shot_down_stays_force(pipeline):
    text = ("DAMASCUS (SANA) - Syrian air defences shot down two Israeli drones over Quneitra on Sunday, "
            "the army said.")
    assert not any(c == "120" for _, _, c in codes(pipeline, text))


def test_a_request_thrown_out_is_rejected(pipeline):
    text = ("SOFIA (BTA) - Bulgaria threw out North Macedonia's request for a joint history commission "
            "on Wednesday.")
    assert ("BGR", "MKD", "12") in coded(pipeline, text)


def test_an_offer_brushed_aside_is_rejected(pipeline):
    text = ("DHAKA (Reuters) - Bangladesh brushed aside Myanmar's offer of talks on the Rohingya camps "
            "on Tuesday.")
    assert ("BGD", "MMR", "12") in coded(pipeline, text)


def test_claims_waved_away_are_rejected(pipeline):
    text = ("HANOI (VNA) - Vietnam waved away China's claims over the Paracel reefs, a foreign ministry "
            "spokeswoman said on Monday.")
    assert ("VNM", "CHN", "12") in coded(pipeline, text)


# --- 12: talks ruled out are a refusal to negotiate (125), not a meeting --------------------------------
def test_talks_ruled_out_are_a_refusal_not_a_meeting(pipeline):
    text = ("BAKU (APA) - Azerbaijan ruled out talks with Armenia on Thursday until the border "
            "commission resumes its work.")
    found = codes(pipeline, text)
    assert ("AZE", "ARM", "125") in found
    assert not any(c[:2] == "04" for _, _, c in found)


# --- 02/10: assurances sought from X, an extradition demanded from X --------------------------------------
def test_assurances_sought_from_a_state_are_an_appeal(pipeline):
    text = ("CAIRO (MENA) - Egypt sought assurances from Sudan on Sunday that the Aswan road would stay "
            "open to trucks.")
    assert ("EGY", "SDN", "02") in coded(pipeline, text)


def test_clarification_sought_from_a_state_is_an_appeal(pipeline):
    text = ("RABAT, June 2 (Reuters) - Morocco sought clarification from Algeria over the closure of its "
            "airspace, a government spokesman said.")
    assert ("MAR", "DZA", "02") in coded(pipeline, text)


def test_an_extradition_demanded_from_a_state_is_a_demand_of_it(pipeline):
    text = ("ANKARA (AA) - Türkiye demanded the extradition of three suspects from Greece on Tuesday, "
            "the justice ministry said.")
    assert ("TUR", "GRC", "10") in coded(pipeline, text)


# --- 02/10: "called for X to ...", "renewed its call for X to ...": X is the one asked -------------------
def test_called_for_a_state_to_act_asks_that_state(pipeline):
    text = ("QUITO (EFE) - Ecuador called for Colombia to reinforce its troops along the San Miguel "
            "river, the defence ministry said on Friday.")
    assert ("ECU", "COL", "10") in coded(pipeline, text) or ("ECU", "COL", "02") in coded(pipeline, text)


def test_a_renewed_call_for_a_state_to_act_asks_that_state(pipeline):
    text = ("ABUJA (Reuters) - Nigeria renewed its call for Cameroon to free the detained fishermen "
            "on Wednesday.")
    found = coded(pipeline, text)
    assert ("NGA", "CMR", "10") in found or ("NGA", "CMR", "02") in found


def test_called_for_a_strike_asks_no_one(pipeline):
    text = ("JOHANNESBURG (SAPA) - The transport union called for a strike on Monday over unpaid wages.")
    assert not any(r[0] is not None and r[2] in {"02", "10"} and r[1] is not None for r in coded(pipeline, text))


# --- 03/07: "pledged to help X rebuild": X, the subject of the bare infinitive, is the one helped ----------
def test_pledged_to_help_a_state_rebuild_is_an_intent_to_it(pipeline):
    text = ("ASHGABAT (Xinhua) -- Turkmenistan pledged to help Afghanistan rebuild the Herat power line, "
            "the foreign ministry said on Monday.")
    assert ("TKM", "AFG", "03") in coded(pipeline, text)


def test_helped_a_state_train_its_police_is_aid(pipeline):
    text = ("NAIROBI (AP) - The United States helped Somalia train its coast guard last year, the "
            "embassy said on Tuesday.")
    assert ("USA", "SOM", "07") in coded(pipeline, text)


def test_helping_people_leave_names_no_state(pipeline):
    text = ("KHARTOUM (AFP) - Volunteers helped residents leave the town before the fighting reached it.")
    assert "07" not in roots(pipeline, text)


# --- 04: mediating "between" two sides -------------------------------------------------------------------
def test_offered_to_mediate_between_two_states(pipeline):
    text = ("DOHA (QNA) - Qatar offered to mediate between Eritrea and Djibouti over the Ras Doumeira "
            "border on Wednesday.")
    found = coded(pipeline, text)
    assert ("QAT", "ERI", "03") in found and ("QAT", "DJI", "03") in found


def test_mediated_between_two_states(pipeline):
    text = ("ALGIERS (APS) - Algeria mediated between Mali and Niger during two days of talks in "
            "Algiers, officials said.")
    found = coded(pipeline, text)
    assert ("DZA", "MLI", "04") in found or ("DZA", "NER", "04") in found


# --- 11/10: an accusation or a demand whose content is a "that" clause: its subject is the one accused --------
def test_an_accusation_that_names_its_target_in_the_clause(pipeline):
    text = ("BEIJING (Xinhua) -- China's accusation that Japan was dumping treated water into the sea drew "
            "a sharp response from Tokyo on Monday.")
    found = codes(pipeline, text)
    assert ("CHN", "JPN", "112") in found


def test_an_allegation_that_a_state_armed_rebels_codes_no_arming(pipeline):
    text = ("KINSHASA (AFP) - The Congolese allegation that Uganda had armed the rebels in Ituri drew a "
            "denial from Kampala on Friday.")
    found = coded(pipeline, text)
    assert not any(s == "UGA" and r == "07" for s, _, r in found)
    assert ("COD", "UGA", "11") in found


def test_a_demand_that_a_state_act_asks_that_state(pipeline):
    text = ("BOGOTA (EFE) - Colombia's demand that Ecuador return the seized trawler went unanswered on "
            "Thursday, officials said.")
    assert ("COL", "ECU", "10") in coded(pipeline, text)


def test_a_claim_about_the_economy_accuses_no_one(pipeline):
    text = ("LONDON (Reuters) - The minister's charge that inflation had peaked was questioned by "
            "economists on Tuesday.")
    assert "11" not in roots(pipeline, text)


# --- an opening participle with "by": it is said of the main clause's subject (or its owner) ------------------
def test_criticised_by_three_states_the_law_of_a_fourth(pipeline):
    text = ("PRAGUE (CTK) - Criticised by Poland, Slovakia and Austria, the Czech coal plan was approved by "
            "the cabinet on Monday.")
    found = coded(pipeline, text)
    assert {("POL", "CZE", "11"), ("SVK", "CZE", "11"), ("AUT", "CZE", "11")} <= found


def test_rejected_by_a_state_the_proposal_of_another(pipeline):
    text = ("Rejected by Armenia on Sunday, Azerbaijan's proposal for a border commission was sent back to "
            "the foreign ministries, Interfax reported.")
    assert ("ARM", "AZE", "12") in coded(pipeline, text)


def test_welcomed_by_a_state_is_no_hosting_of_the_plan(pipeline):
    text = ("NAIROBI (AP) - Welcomed by Uganda and Rwanda, the Kenyan rail plan passed its first reading "
            "on Tuesday.")
    assert not any(c == "043" for _, _, c in codes(pipeline, text))


# --- tariffs placed or put on a side's goods (163) ----------------------------------------------------------
def test_tariffs_placed_on_a_states_goods(pipeline):
    text = ("CAIRO (Reuters) - Egypt placed tariffs of 15 percent on Turkish steel bars on Sunday, the "
            "trade ministry said.")
    assert ("EGY", "TUR", "163") in codes(pipeline, text)


def test_a_levy_put_on_a_states_exports(pipeline):
    text = ("JAKARTA (Antara) - Indonesia put a new levy on Malaysian palm oil shipments on Wednesday.")
    assert ("IDN", "MYS", "16") in coded(pipeline, text)


def test_pressure_put_on_a_state_stays_pressure(pipeline):
    text = ("BERLIN (dpa) - Germany put pressure on Poland on Monday to drop its veto on the budget.")
    assert not any(c == "163" for _, _, c in codes(pipeline, text))



# --- an opening participle of an appeal or a demand: the main clause's subject is the one asked ------------
def test_urged_by_a_state_the_one_urged_is_the_subject(pipeline):
    text = ("NIAMEY (AFP) - Urged by Algeria, Mali freed four Algerian truck drivers on Saturday, the "
            "foreign ministry in Algiers said.")
    assert ("DZA", "MLI", "02") in coded(pipeline, text)


def test_pressed_by_a_bloc_the_one_pressed_is_the_subject(pipeline):
    text = ("BELGRADE (Tanjug) - Pressed by the European Union, Montenegro agreed to reopen the "
            "Debeli Brijeg crossing.")
    assert ("EU", "MNE", "10") in coded(pipeline, text)


# --- 02: "X's call on Y to ...", "X's request to Y"; 11: criticism levelled "at" a side --------------------
def test_a_call_on_a_state_is_an_appeal(pipeline):
    text = ("LOME (AFP) - Benin's call on Togo to reopen the Hilla Condji border post went unheeded on "
            "Monday.")
    assert ("BEN", "TGO", "02") in coded(pipeline, text)


def test_a_phone_call_on_a_weekday_stays_a_call(pipeline):
    text = ("ANKARA (AA) - Türkiye's president held a phone call on Tuesday with the president of "
            "Kazakhstan, his office said.")
    assert "02" not in roots(pipeline, text)


def test_criticism_levelled_at_a_state(pipeline):
    text = ("OSLO (NTB) - Norway levelled criticism at Denmark on Friday over the closure of the ferry "
            "route to Hirtshals.")
    assert ("NOR", "DNK", "111") in codes(pipeline, text)


def test_criticism_directed_at_a_state(pipeline):
    text = ("WARSAW (PAP) - Poland directed sharp criticism at Lithuania over the spelling of Polish "
            "names on road signs.")
    assert ("POL", "LTU", "11") in coded(pipeline, text)


# --- 10: pushed for X to ...; 07: grants or assistance to / for a side ------------------------------------
def test_pushed_for_a_state_to_act(pipeline):
    text = ("MEXICO CITY (AP) - Mexico pushed for Guatemala to tighten checks on its southern border, "
            "officials said on Sunday.")
    assert ("MEX", "GTM", "10") in coded(pipeline, text)


def test_pushed_for_wages_asks_no_state(pipeline):
    text = ("LONDON (PA) - Rail unions pushed for higher wages at talks on Monday.")
    assert "10" not in roots(pipeline, text)


def test_grants_provided_to_a_state_are_aid(pipeline):
    text = ("TOKYO (Kyodo) -- Japan provided emergency grants to Samoa after the cyclone, the foreign "
            "ministry said.")
    assert ("JPN", "WSM", "07") in coded(pipeline, text)


def test_assistance_announced_for_a_state_is_aid(pipeline):
    text = ("LONDON (Reuters) - Britain announced new humanitarian assistance for Chad on Wednesday.")
    assert ("GBR", "TCD", "07") in coded(pipeline, text)


# --- 11/12: tore into, savaged; balked at, stonewalled -------------------------------------------------------
def test_tore_into_a_state_is_criticism(pipeline):
    text = ("ZAGREB (HINA) - Croatia's prime minister tore into Serbia on Monday over the border marker "
            "moved near Ilok.")
    assert ("HRV", "SRB", "11") in coded(pipeline, text)


def test_savaged_a_states_handling_is_criticism(pipeline):
    text = ("NAIROBI (Reuters) - Kenya's foreign minister savaged Tanzania's handling of the maize ban "
            "on Thursday.")
    assert ("KEN", "TZA", "11") in coded(pipeline, text)


def test_balked_at_a_states_terms_is_rejection(pipeline):
    text = ("REYKJAVIK (RUV) - Iceland balked at Denmark's terms for a herring deal, its fisheries "
            "ministry said on Monday.")
    assert ("ISL", "DNK", "12") in coded(pipeline, text)


def test_stonewalled_an_inquiry_is_rejection(pipeline):
    text = ("BRUSSELS (AFP) - Hungary stonewalled the European Commission's inquiry into the tender, "
            "officials said on Tuesday.")
    assert ("HUN", "EU", "12") in coded(pipeline, text)


def test_tore_into_an_envelope_is_no_criticism(pipeline):
    text = ("PARIS (AFP) - The judge tore into the envelope and read the verdict aloud.")
    assert "11" not in roots(pipeline, text)


def test_asked_by_a_state_whether_is_a_question_not_an_appeal(pipeline):
    text = ("MINSK (BelTA) - Asked by Lithuania whether it would reopen the Kamenny Log crossing, Belarus "
            "said it had no such plans.")
    assert ("LTU", "BLR", "02") not in coded(pipeline, text)
