"""Events, round 25 (issue 9): vocabulary. The common verbs and action nouns of wire copy for each CAMEO
root that no pattern had (patterns.yaml, "round 25 vocabulary"). Every dispatch is invented (made-up
people, real states); ambiguous words have a negative twin."""

from __future__ import annotations

from event_support import coded, codes


def _roots(pipeline, text):
    return {r for _, _, r in coded(pipeline, text)}


# --- 02 appeal --------------------------------------------------------------------------------------
def test_requesting_help_from_a_state_is_an_appeal_for_aid(pipeline):
    assert ("HTI", "CAN", "023") in codes(pipeline, "Haiti requested emergency assistance from Canada on Monday.")


def test_requesting_anonymity_asks_no_one(pipeline):
    assert not _roots(pipeline, "A Haitian official requested anonymity.")


# --- 04 consult -------------------------------------------------------------------------------------
def test_sitting_down_with_a_counterpart_is_a_consultation(pipeline):
    found = coded(pipeline, "Peru's foreign minister Anselma Quirot sat down with Chile's foreign minister "
                            "in Lima on Monday.")
    assert any(r == "04" and {s, t} & {"PER", "person:anselma-quirot"} and {s, t} & {"CHL"}
               for s, t, r in found)


# --- 05 diplomatic cooperation ----------------------------------------------------------------------
def test_normalising_ties_is_diplomatic_cooperation(pipeline):
    found = coded(pipeline, "Chile and Bolivia normalised relations on Friday after a decade of silence.")
    assert ("CHL", "BOL", "05") in found or ("BOL", "CHL", "05") in found


def test_a_deal_inked_is_a_deal_signed(pipeline):
    found = codes(pipeline, "Kenya inked a grain deal with Tanzania on Wednesday.")
    assert ("KEN", "TZA", "057") in found or ("TZA", "KEN", "057") in found


def test_inking_a_deal_with_no_partner_named_codes_nothing(pipeline):
    assert "05" not in _roots(pipeline, "Kenya inked a grain deal on Wednesday.")


# --- 06 material cooperation ------------------------------------------------------------------------
def test_joint_drills_with_a_state_are_military_cooperation(pipeline):
    found = codes(pipeline, "Thailand held naval drills with Vietnam in the Gulf last week.")
    assert ("THA", "VNM", "062") in found or ("VNM", "THA", "062") in found


def test_drills_alone_stay_a_show_of_force(pipeline):
    assert "06" not in _roots(pipeline, "Thailand held naval drills in the Gulf last week.")


# --- 07 aid -----------------------------------------------------------------------------------------
def test_delivering_food_to_a_state_is_humanitarian_aid(pipeline):
    assert ("07") in _roots(pipeline, "Germany delivered food aid to Sudan on Thursday.")


def test_selling_a_business_arm_is_no_arms_aid(pipeline):
    assert "07" not in _roots(pipeline, "The Russian government sold its insurance arm to a Danish firm.")


# --- 08 yield ---------------------------------------------------------------------------------------
def test_unfreezing_assets_eases_a_sanction(pipeline):
    assert ("08") in _roots(pipeline, "Switzerland unfroze Libyan assets on Monday.")


# --- 11 disapprove ----------------------------------------------------------------------------------
def test_filing_a_complaint_against_a_state_is_an_official_complaint(pipeline):
    assert ("BRA", "ARG", "114") in codes(pipeline, "Brazil filed a complaint against Argentina at the "
                                                    "trade body over steel tariffs.")


def test_a_lawsuit_filed_against_a_state_is_a_lawsuit(pipeline):
    assert ("11") in _roots(pipeline, "Greece filed a lawsuit against Germany over war reparations.")


# --- 12 reject --------------------------------------------------------------------------------------
def test_shrugging_off_anothers_claims_rejects_them(pipeline):
    found = coded(pipeline, "Prime Minister Orlan Vesk of Estonia shrugged off claims from Latvia that "
                            "the port was unsafe.")
    assert any(s in ("EST", "person:orlan-vesk") and t == "LVA" and r == "12" for s, t, r in found)


def test_ignoring_an_ultimatum_rejects_it(pipeline):
    assert ("12") in _roots(pipeline, "Serbia ignored an ultimatum from Croatia over the border post.")


# --- 16 reduce relations ----------------------------------------------------------------------------
def test_downgrading_ties_reduces_relations(pipeline):
    assert ("MAR", "DZA", "161") in codes(pipeline, "Morocco downgraded its ties with Algeria on Sunday.")


# --- 17 coerce --------------------------------------------------------------------------------------
def test_police_apprehending_a_politician_is_an_arrest(pipeline):
    assert "17" in _roots(pipeline, "Kenyan police apprehended opposition leader Odero Makwati in Nairobi.")


def test_dispersing_protesters_is_repression(pipeline):
    assert "17" in _roots(pipeline, "Police in Ecuador dispersed protesters outside the Congress.")


def test_cracking_down_on_the_opposition_is_coercion(pipeline):
    assert "17" in _roots(pipeline, "Police in Belarus cracked down on opposition protesters on Sunday.")


# --- 18 assault -------------------------------------------------------------------------------------
def test_beating_journalists_is_an_assault(pipeline):
    assert "18" in _roots(pipeline, "Soldiers in Guinea beat journalists covering the march.")


def test_beating_a_rival_in_a_vote_is_no_assault(pipeline):
    assert "18" not in _roots(pipeline, "The Peruvian senator Carlo Vintaro beat his rival in the vote.")


# --- 19 fight ---------------------------------------------------------------------------------------
def test_recapturing_a_town_is_fighting(pipeline):
    assert "19" in _roots(pipeline, "Ethiopian troops recaptured the town from Eritrean forces.")


def test_seizing_a_town_is_fighting_not_a_confiscation(pipeline):
    assert "19" in _roots(pipeline, "Rebels of the Vardan Front seized the town from Malian troops.")


# --- second pass: appeals by encouragement, force aimed at military targets, bills defeated ----------
def test_encouraging_a_state_to_act_is_an_appeal(pipeline):
    assert ("DEU", "FRA", "020") in codes(pipeline, "Germany encouraged France to ratify the fisheries treaty.")


def test_encouraging_investors_appeals_to_no_one_named(pipeline):
    assert "02" not in _roots(pipeline, "The Greek finance ministry encouraged investors to buy the bonds.")


def test_jets_hitting_positions_is_fighting(pipeline):
    assert "19" in _roots(pipeline, "Turkish jets hit Kurdish militant positions in northern Iraq on Sunday.")


def test_hitting_a_sales_target_is_no_fight(pipeline):
    assert "19" not in _roots(pipeline, "Russia's state oil firm hit its export target in March.")


def test_defeating_the_governments_bill_rejects_it(pipeline):
    found = coded(pipeline, "Senator Alvo Pesk's Liberal Party defeated the Canadian government's budget bill.")
    assert any(r == "12" for _, _, r in found)


def test_defeating_a_team_is_no_rejection(pipeline):
    assert "12" not in _roots(pipeline, "Brazil defeated Argentina 2-1 in the final.")


# --- third pass: decisions overturned, towns liberated, people exiled ------------------------------
def test_a_court_overturning_the_governments_ban_rejects_it(pipeline):
    found = coded(pipeline, "Kenya's High Court overturned the Kenyan government's ban on the Orvani Party.")
    assert any(r == "12" for _, _, r in found)


def test_overturning_a_ban_owned_by_no_one_named_codes_no_rejection(pipeline):
    assert "12" not in _roots(pipeline, "The Kenyan High Court overturned a ban on street vendors.")


def test_liberating_a_town_from_another_is_fighting(pipeline):
    assert "19" in _roots(pipeline, "Ukrainian troops liberated the town of Verdanivka from Russian forces.")


def test_exiling_an_opposition_leader_is_an_expulsion(pipeline):
    assert "17" in _roots(pipeline, "Nicaragua exiled the opposition leader Ramiro Castellon on Friday.")


# --- more of the first pass: siding with, objecting to, training troops, breaching a ceasefire -----
def test_siding_with_a_state_is_diplomatic_support(pipeline):
    assert ("CHL", "PER", "050") in codes(pipeline, "Chile sided with Peru in the dispute over the river.")


def test_objecting_to_anothers_plan_disapproves_of_it(pipeline):
    assert ("GRC", "TUR", "111") in codes(pipeline, "The Greek government objected to the Turkish plan on Monday.")


def test_training_anothers_troops_is_military_cooperation(pipeline):
    assert ("GBR", "UKR", "062") in codes(pipeline, "Britain trained Ukrainian troops at a base in Wales.")


def test_breaching_a_ceasefire_is_a_violation_of_it(pipeline):
    assert ("RUS", "UKR", "196") in codes(pipeline, "Russia breached the ceasefire with Ukraine on Sunday.")


def test_a_party_blocking_the_governments_bill_rejects_it(pipeline):
    assert ("org:liberal-party", "CAN", "120") in codes(
        pipeline, "The opposition Liberal Party blocked the Canadian government's bill in the Senate.")


def test_being_fined_by_no_one_named_codes_nothing(pipeline):
    assert not _roots(pipeline, "The Kenyan minister was fined for speeding.")


def test_destroying_anothers_aircraft_is_fighting(pipeline):
    assert ("ETH", "ERI", "19") in coded(pipeline, "Ethiopia destroyed most of Eritrea's aircraft at the "
                                                   "Asmara airbase on Tuesday.")


def test_destroying_a_record_is_no_fight(pipeline):
    assert "19" not in _roots(pipeline, "The Ethiopian runner destroyed the Kenyan record in Berlin.")


# --- consultations by exchanged views; appreciation of another's act --------------------------------
def test_exchanging_views_with_a_counterpart_is_a_consultation(pipeline):
    found = coded(pipeline, "Vietnam's foreign minister Tran Hoa Minh exchanged views with his Laotian "
                            "counterpart on the Mekong dams.")
    assert ("VNM", "LAO", "04") in found or ("LAO", "VNM", "04") in found


def test_appreciating_anothers_role_is_praise(pipeline):
    assert ("KEN", "ETH", "051") in codes(pipeline, "Kenya appreciated Ethiopia's role in the talks.")


def test_a_currency_appreciating_against_another_is_no_praise(pipeline):
    assert "05" not in _roots(pipeline, "The Thai baht appreciated against the Japanese yen on Monday.")
