"""Events, round 32 (issue 9): small frames evrec32 left.

Relief teams and boats sent to a stricken state (07); a visit (042) only by a political traveller; a
summons of an envoy coded as the codebook codes it (114, root 11: CAMEO's own example of 110
"Disapprove" is a minister summoning an ambassador to complain; PLOVER's manual codes the summons of
an in-country ambassador ACCUSE, not CONSULT).

Every dispatch is invented (made-up people, real states); each rule has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes, roots


# --- "sent rescue teams / rescue boats to X": relief to X (073) ------------------------------------
def test_rescue_teams_sent_after_a_quake_are_aid(pipeline):
    text = ("ATHENS (Reuters) - Greece on Wednesday sent two rescue teams to Cyprus after floods swept "
            "through the coastal town of Pervolia, the civil protection ministry said.")
    assert ("GRC", "CYP", "073") in codes(pipeline, text)


def test_rescue_boats_dispatched_to_a_neighbour_are_aid(pipeline):
    text = ("MADRID (AFP) - Spain dispatched rescue boats to Portugal on Friday as the Tagus burst its "
            "banks, a government spokeswoman said.")
    assert ("ESP", "PRT", "07") in coded(pipeline, text)


def test_troops_sent_to_an_ally_are_no_aid(pipeline):
    text = ("MINSK (BelTA) - Kazakhstan sent troops to Belarus for the Western Shield drills, the defence "
            "ministry said on Monday.")
    assert "07" not in roots(pipeline, text)


def test_a_team_of_investigators_is_no_aid(pipeline):
    text = ("VIENNA (APA) - Austria sent a team of investigators to Slovenia after the crash of a cargo "
            "plane near Maribor, officials said.")
    assert "07" not in roots(pipeline, text)


# --- a summons of another state's envoy: an official complaint (114, root 11) -------------------------
def test_a_summoned_ambassador_is_an_official_complaint(pipeline):
    text = ("OSLO (NTB) - Norway summoned Russia's ambassador on Tuesday over a military helicopter that "
            "crossed into its airspace near Kirkenes, the foreign ministry said.")
    assert ("NOR", "RUS", "114") in codes(pipeline, text)


# --- "travelled to X": a visit (042) only by a political traveller ------------------------------------
def test_a_chancellor_who_travelled_to_a_neighbour_visits_it(pipeline):
    text = ("VIENNA (APA) - Austrian Chancellor Rupert Hollinek travelled to Slovakia on Thursday for talks "
            "on a new Danube bridge, his office said.")
    assert ("AUT", "SVK", "042") in codes(pipeline, text)


def test_a_group_of_senators_who_travelled_abroad_visit(pipeline):
    text = ("TAIPEI (AP) - A group of U.S. senators travelled to Taiwan on Sunday, the island's foreign "
            "ministry said.")
    assert ("USA", "TWN", "04") in coded(pipeline, text)


def test_a_minister_who_met_one_side_then_travelled_on_visits_the_next(pipeline):
    text = ("LISBON (Lusa) - Portuguese Foreign Minister Joana Ribalto met her Spanish counterpart in Madrid "
            "on Monday and then travelled to France.")
    assert ("PRT", "FRA", "042") in codes(pipeline, text)


def test_refugees_who_travelled_to_a_state_pay_no_visit(pipeline):
    text = ("ATHENS (AFP) - More than 4,000 refugees travelled to Greece from Turkey in October, the Greek "
            "coast guard said.")
    assert "04" not in roots(pipeline, text)


def test_fans_and_troops_who_travelled_pay_no_visit(pipeline):
    text = ("SOFIA (BTA) - Thousands of Bulgarian fans travelled to Romania for the final, while Bulgarian "
            "troops travelled to Kosovo to join the peacekeeping mission.")
    assert "04" not in roots(pipeline, text)


# --- "lodged a protest" with no "with": aimed at the owner of what it is "over", or the doer before --
def test_a_protest_lodged_over_anothers_decision_is_aimed_at_its_owner(pipeline):
    text = ("TBILISI (Interpressnews) - Georgia lodged a formal protest on Monday over Armenia's decision to "
            "close the Bavra crossing to freight, the foreign ministry said.")
    assert ("GEO", "ARM", "114") in codes(pipeline, text)


def test_a_protest_lodged_after_a_deed_against_the_protester_is_aimed_at_its_doer(pipeline):
    text = ("HANOI (VNA) - Chinese coast guard vessels seized two Vietnamese fishing boats near the Paracel "
            "Islands on Thursday. Vietnam lodged a protest, foreign ministry spokeswoman Le Thi Hoa said.")
    assert ("VNM", "CHN", "114") in codes(pipeline, text)


def test_a_protest_lodged_with_no_one_named_codes_no_complaint(pipeline):
    text = "OSLO (NTB) - Norway lodged a protest on Tuesday, a foreign ministry spokesman said."
    assert "11" not in roots(pipeline, text)


def test_a_protest_over_a_named_state_takes_no_target_from_the_matter(pipeline):
    text = ("MANILA (PNA) - The Philippines lodged a protest over Scarborough Shoal on Friday, the foreign "
            "department said.")
    assert not {t for _, t, r in coded(pipeline, text) if r == "11" and t is not None}


# --- "will take (all) necessary measures": a threat (13) only against someone named -------------------
def test_measures_promised_in_answer_to_anothers_deed_threaten_its_doer(pipeline):
    text = ("ANKARA (Anadolu) - Turkey will take all necessary measures in response to Greece's deployment "
            "of marines on the island of Kastellorizo, foreign ministry spokesman Oktay Semerci said.")
    assert ("TUR", "GRC", "13") in coded(pipeline, text)


def test_measures_promised_on_a_condition_threaten_the_one_it_names(pipeline):
    text = ("MOSCOW (TASS) - Russia will take necessary measures if Norway opens its northern ports to allied "
            "warships, Deputy Foreign Minister Arkady Glebov said on Wednesday.")
    assert ("RUS", "NOR", "13") in coded(pipeline, text)


def test_countermeasures_promised_over_anothers_decision_threaten_its_maker(pipeline):
    text = ("BEIJING (Xinhua) - China will take resolute countermeasures over Lithuania's decision to open a "
            "new trade office, foreign ministry spokeswoman Zhao Lanying said on Monday.")
    assert ("CHN", "LTU", "13") in coded(pipeline, text)


def test_measures_promised_to_defend_ones_interests_threaten_no_one(pipeline):
    text = ("TEHRAN (IRNA) - Iran will take all necessary measures to defend its interests in the Gulf, foreign "
            "ministry spokesman Karim Javadpour said on Sunday.")
    assert "13" not in roots(pipeline, text)


def test_a_ministrys_measures_against_an_outbreak_threaten_no_one(pipeline):
    text = ("RABAT (MAP) - The Moroccan health ministry will take all necessary measures to contain the "
            "cholera outbreak in the south, minister Youssef Bennani said.")
    assert "13" not in roots(pipeline, text)
