"""Material and domestic acts (issue 9, round 5b): verbs and nouns of coercion, sanctions, aid,
protest and backing; passives and the arguments of event nouns; domestic acts between specific actors.

Every dispatch here is invented for these tests (invented people, places used as stand-ins), in the
house styles of wire agencies, so what is coded must come from the text.
"""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def codes(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.cameo) for e in pipeline.extract(text, reference_date=REF).events}


# --- removing officials, charging, holding and evicting ----------------------------------------------
def test_a_president_firing_his_minister_is_a_domestic_act_between_the_two(pipeline):
    found = coded(pipeline, "KYIV, Nov 19 (Reuters) - Ukrainian President Taras Hnatyuk fired the defence minister, "
                            "Oleh Marchuk, on Sunday after weeks of disputes over army supplies.")
    assert ("person:taras-hnatyuk", "person:oleh-marchuk", "17") in found


def test_dismissing_a_claim_is_still_a_rejection_not_a_dismissal_from_office(pipeline):
    found = coded(pipeline, "Chile dismissed Peruvian claims that its navy had entered Peruvian waters.")
    assert not [f for f in found if f[2] == "17"]


def test_facing_charges_in_a_state_is_that_states_legal_action(pipeline):
    text = ("OSLO, Nov 18 (AP) - Norwegian activist Lars Dahl lost his appeal on Monday. "
            "Dahl faces a fraud trial in Germany next spring.")
    assert ("DEU", "person:lars-dahl", "17") in coded(pipeline, text)


def test_people_held_by_a_state_are_detained_by_it(pipeline):
    text = "Two Danish fishermen were held by Estonia overnight after a dispute over nets."
    assert [f for f in codes(pipeline, text) if f[0] == "EST" and f[2] == "173"]


def test_a_meeting_held_by_a_state_detains_no_one(pipeline):
    found = coded(pipeline, "The talks were held by Estonia in Tallinn on Monday.")
    assert not [f for f in found if f[2] == "17"]


def test_being_dragged_out_by_police_is_coercion_by_their_state(pipeline):
    text = ("OSLO, Nov 18 (AP) - Activist Lars Dahl lost his appeal on Monday. "
            "Norwegian police dragged Dahl out of the consulate on Friday.")
    # The activist is Norway's too (the story's state, since round 15 of the actors), so the domestic
    # rule keeps the specific body, which stands for Norway through its country.
    assert ("org:norwegian-police", "person:lars-dahl", "17") in coded(pipeline, text)
    assert pipeline.extract(text, reference_date="2026-11-20").actor("org:norwegian-police").country == "NOR"


# --- aid, funding and trade measures ---------------------------------------------------------------
def test_funding_frozen_for_a_state_cuts_aid_to_it(pipeline):
    text = "Brussels officials said the European Commission froze 2 billion euros in funding for Poland."
    assert ("EU", "POL", "162") in codes(pipeline, text)


def test_an_aid_package_announced_for_a_state_is_aid_to_it(pipeline):
    text = "Last week the European Union unveiled a $30 million aid package for Moldova."
    assert ("EU", "MDA", "07") in coded(pipeline, text)


def test_tariffs_raised_on_a_state_are_a_trade_sanction(pipeline):
    text = "Canada raised tariffs on Chilean copper on Monday."
    assert ("CAN", "CHL", "163") in codes(pipeline, text)


# --- protest and backing -----------------------------------------------------------------------------
def test_protesters_disrupting_a_speech_protest(pipeline):
    text = "Climate protesters disrupted a speech by the Estonian prime minister in Tallinn on Monday."
    assert [f for f in coded(pipeline, text) if f[2] == "14"]


def test_backing_won_from_a_party_is_that_partys_endorsement(pipeline):
    text = ("DUBLIN, Nov 18 (Reuters) - Irish opposition leader Niamh Keane has won the backing of the "
            "Labour Party for her presidential bid.")
    found = coded(pipeline, text)
    assert [f for f in found if f[1] == "person:niamh-keane" and f[2] == "05"]


# --- bombing by sense --------------------------------------------------------------------------------
def test_jets_bombing_positions_is_an_air_strike_not_a_terrorist_bomb(pipeline):
    text = "Estonian jets bombed rebel positions near the Latvian border on Tuesday."
    found = codes(pipeline, text)
    assert [f for f in found if f[0] == "EST" and f[2] == "195"]
    assert not [f for f in found if f[2] == "183"]


# --- agentless passives and crowds ---------------------------------------------------------------------
def test_an_arrest_reported_by_the_police_is_the_polices_act(pipeline):
    text = "OSLO, Nov 18 (AP) - Activist Lars Dahl was arrested on Monday, Norwegian police said."
    assert ("NOR", "person:lars-dahl", "173") in codes(pipeline, text)


def test_an_arrest_reported_by_a_ministry_names_no_one_who_made_it(pipeline):
    text = "OSLO, Nov 18 (AP) - Activist Lars Dahl was arrested on Monday, the Norwegian foreign ministry said."
    assert not [f for f in coded(pipeline, text) if f[2] == "17"]


def test_protesters_protesting_against_a_government_demonstrate(pipeline):
    text = "KYIV (AP) - Thousands of protesters protested against the Ukrainian government in Kyiv on Sunday."
    assert ("org:protesters", "UKR", "141") in codes(pipeline, text)


def test_a_state_protesting_against_a_decision_complains(pipeline):
    assert ("CHL", "PER", "114") in codes(pipeline, "Chile protested against the Peruvian decision on Monday.")


# --- visits, trials, rulings and exchanges ----------------------------------------------------------------
def test_two_states_exchanging_prisoners_release_each_others(pipeline):
    found = codes(pipeline, "Estonia and Latvia exchanged prisoners on Sunday.")
    assert found & {("EST", "LVA", "0841"), ("LVA", "EST", "0841")}
    assert not [f for f in found if f[1] not in {"EST", "LVA"}]  # the prisoners are what is exchanged


def test_a_prisoner_swap_with_a_state_is_a_release_between_the_two(pipeline):
    found = codes(pipeline, "The Latvian government agreed a prisoner swap with Estonia on Friday.")
    assert found & {("EST", "LVA", "0841"), ("LVA", "EST", "0841")}


def test_standing_trial_in_a_state_is_that_states_legal_action(pipeline):
    found = codes(pipeline, "Former Peruvian minister Luis Vega stood trial in Chile on Monday.")
    assert ("CHL", "PER", "173") in found


def test_a_court_ruling_against_a_government_finds_it_liable(pipeline):
    assert ("PER", "CHL", "116") in codes(pipeline, "A court in Peru ruled against the Chilean government on Friday.")


# --- courts, prosecutors and police ---------------------------------------------------------------------
def test_a_charge_brought_by_prosecutors_is_legal_action_against_a_private_person(pipeline):
    text = ("NAIROBI, Nov 18 (Reuters) - Kenyan opposition politician Peter Kamau was arrested on Monday. "
            "Prosecutors charged Kamau with incitement.")
    # Prosecutors named alone in a story from Nairobi are the dateline state's (actors: the story's
    # state), so the charge is legal action of Kenya's prosecutors. Round 22: both sides are Kenya's,
    # so the domestic rule keeps the specific body (which stands for Kenya through its country), as it
    # already did where the text names Kenya itself.
    found = codes(pipeline, text)
    assert ("org:prosecutors", "person:peter-kamau", "173") in found
    assert pipeline.extract(text, reference_date="2026-11-20").actor("org:prosecutors").country == "KEN"


def test_a_charge_brought_by_a_ministry_is_an_accusation(pipeline):
    assert ("KEN", "UGA", "112") in codes(pipeline, "Kenya's foreign ministry charged Uganda with arming the rebels.")


def test_a_court_in_a_capital_acts_for_the_capitals_state(pipeline):
    text = ("NAIROBI, Nov 18 (Reuters) - Kenya's government faces new criticism. "
            "A court in Nairobi sentenced campaigner Mary Wanjiku to 18 months.")
    assert ("KEN", "person:mary-wanjiku", "173") in codes(pipeline, text)


def test_a_states_jets_bombing_a_town_is_an_air_strike(pipeline):
    assert ("EST", "LVA", "195") in codes(pipeline, "Estonian jets bombed the Latvian town of Valka on Monday.")


def test_militants_bombing_a_market_is_a_bomb_attack(pipeline):
    found = codes(pipeline, "Militants bombed a market in the Latvian town of Valka on Monday.")
    assert [f for f in found if f[2] == "183"] and not [f for f in found if f[2] == "195"]


def test_closing_ones_own_border_blockades_no_one(pipeline):
    assert not [f for f in coded(pipeline, "Chile closed the border crossing on Monday.") if f[2] == "19"]


def test_the_doer_of_an_action_noun_may_follow_by(pipeline):
    found = codes(pipeline, "Rocket attacks by Hamas on Israel continued on Monday.")
    assert ("org:hamas", "ISR", "190") in found


def test_dropping_an_inquiry_into_allegations_against_a_person_yields_to_that_person(pipeline):
    text = ("OSLO, Nov 18 (AP) - Norway's prosecutors on Monday closed their inquiry into "
            "corruption claims against former mayor Lars Berg.")
    found = coded(pipeline, text)
    assert [f for f in found if f[1] == "person:lars-berg" and f[2] == "08"]


def test_an_inquiry_into_claims_against_a_state_is_aimed_at_that_state(pipeline):
    found = codes(pipeline, "Norwegian police opened an investigation into claims against the Chilean embassy.")
    assert ("NOR", "CHL", "090") in found


# --- joining others, brokering, meeting and backing ---------------------------------------------------------
def test_joining_another_in_condemning_makes_both_condemn(pipeline):
    found = coded(pipeline, "Estonia joined Latvia in condemning the Russian strikes on Monday.")
    assert {("EST", "RUS", "11"), ("LVA", "RUS", "11")} <= found


def test_brokering_a_truce_between_two_states_mediates_between_them(pipeline):
    found = codes(pipeline, "Peru brokered a truce between Chile and Bolivia on Sunday.")
    assert {("PER", "CHL", "045"), ("PER", "BOL", "045")} <= found


def test_a_minister_who_says_she_will_meet_with_another_states_officials_intends_to_meet(pipeline):
    # (the narrator's bare "will meet" is a timetable and codes nothing: test_events_plans.py)
    found = coded(pipeline, "Chilean Foreign Minister Rosa Lagos said she will meet with Peruvian officials in Lima "
                            "on Tuesday.")
    assert found & {("CHL", "PER", "03"), ("PER", "CHL", "03")}


def test_strikes_an_army_reports_killing_its_enemies_are_its_own(pipeline):
    text = "TALLINN (AFP) - Estonia's army reported that drone strikes killed four Latvian soldiers overnight."
    assert [f for f in coded(pipeline, text) if f[0] == "EST" and f[1] == "LVA" and f[2] == "19"]


def test_strikes_a_ministry_reports_are_no_one_named(pipeline):
    text = "TALLINN (AFP) - Estonia's foreign ministry reported that drone strikes killed four Latvian soldiers overnight."
    assert not [f for f in coded(pipeline, text) if f[0] == "EST" and f[2] == "19"]


def test_a_charge_by_police_named_only_by_their_state_is_still_legal_action(pipeline):
    found = codes(pipeline, "LONDON (Reuters) - British police charged Chilean activist Jorge Soto with conspiracy on Tuesday.")
    assert ("GBR", "person:jorge-soto", "173") in found


def test_an_arrest_in_a_capital_with_no_one_named_is_by_its_state(pipeline):
    text = ("MINSK (Reuters) - Belarus faces new criticism. Polish journalist Anna Nowak was arrested in "
            "Minsk on Monday.")
    assert ("BLR", "person:anna-nowak", "173") in codes(pipeline, text)


def test_men_arrested_over_an_attack_on_a_state_are_not_that_state(pipeline):
    found = codes(pipeline, "Three men were arrested over the bombing of the Chilean consulate in Lima, police said.")
    assert not [f for f in found if f[2] == "173" and f[1] == "AUS"]


def test_a_strike_staged_by_unions_is_a_labour_strike_against_their_state(pipeline):
    text = "PARIS (Reuters) - France's government faces protests. French unions staged a nationwide strike on Tuesday."
    found = codes(pipeline, text)
    assert ("org:french-unions", "FRA", "143") in found
    assert not [f for f in found if f[2].startswith("19")]  # a strike by workers is no assault


def test_a_freed_prisoner_is_the_one_released_whatever_their_standing(pipeline):
    found = codes(pipeline, "RIGA (Reuters) - Latvia on Monday released Ivo Kalns after a year in custody.")
    assert ("LVA", "person:ivo-kalns", "0841") in found
