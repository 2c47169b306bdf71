"""Events, round 23 (issue 9): precision classes from half A of the enlarged event precision audit
(sides and senses). Every dispatch is invented (made-up people and bodies, real states); each rule's
test has a negative twin."""

from __future__ import annotations

from event_support import coded, codes


# --- 1. a trigger word inside a multi-word name names the body (precision.yaml name_entity_types) ---
def test_cooperation_inside_a_bodys_name_is_no_cooperation(pipeline):
    found = codes(pipeline, "The Kenyan minister said the Vienna-based Vardenian Council for Economic Cooperation "
                            "and Trade, VCECT, will hold talks in June.")
    assert not any(c.startswith("06") for _, _, c in found)


def test_economic_cooperation_agreed_is_still_cooperation(pipeline):
    assert ("KEN", "UGA", "061") in codes(pipeline, "Kenya and Uganda agreed on economic cooperation on Monday.")


# --- 2. approving a blow is no cooperation with its victim (precision.yaml endorsing_verbs) --------
def test_endorsing_a_blockade_is_no_cooperation_with_the_blockaded(pipeline):
    assert not any(t == "SOM" for _, t, _ in coded(pipeline, "The Kenyan cabinet endorsed the blockade of "
                                                             "Somalia's ports."))


def test_endorsing_anothers_blockade_is_support_of_its_doer(pipeline):
    assert ("KEN", "UGA", "05") in coded(pipeline, "The Kenyan cabinet endorsed Uganda's blockade of Somalia's ports.")


def test_backing_a_bid_is_support_of_its_owner(pipeline):
    assert ("KEN", "UGA", "05") in coded(pipeline, "Kenya backed Uganda's bid for a seat.")


# --- 3. a plea or measure judged whose maker is unnamed (precision.yaml pleaded_things) ------------
def test_declining_to_end_resistance_to_a_plan_names_no_target(pipeline):
    found = coded(pipeline, "Chile and Peru still decline to end their resistance to the quota plan, envoys said.")
    assert not any(r == "12" and t is None for _, t, r in found)


def test_judges_rejecting_petitions_of_no_one_named_code_nothing(pipeline):
    assert not any(r == "12" for _, _, r in coded(pipeline, "Sitting on Friday, two Kenyan appeal judges "
                                                            "rejected both petitions."))


def test_rejecting_an_owned_petition_rejects_its_owner(pipeline):
    assert ("KEN", "UGA", "12") in coded(pipeline, "Kenya rejected Uganda's petition.")


def test_rejecting_calls_of_no_one_named_is_still_a_rejection(pipeline):
    assert ("CHL", None, "12") in coded(pipeline, "Chile rejected calls to pause the talks.")


# --- 4. an attack on a failure is words (arguments.yaml abstract_objects_round23) -----------------
def test_attacking_a_cabinets_failure_is_criticism(pipeline):
    found = coded(pipeline, "Opposition chief Wanjiru Oketch toured Kisumu on Friday. She attacked the Kenyan "
                            "cabinet's failure to repair rural clinics.")
    assert ("person:wanjiru-oketch", "KEN", "11") in found
    assert not any(r == "19" for _, _, r in found)


def test_troops_attacking_positions_still_fight(pipeline):
    assert ("KEN", "SOM", "19") in coded(pipeline, "Kenyan troops attacked rebel positions in Somalia.")


# --- 5. a verdict in the conditional mood judges nothing done (judgements.yaml) -------------------
def test_it_would_be_reckless_for_a_state_to_is_no_criticism(pipeline):
    found = coded(pipeline, "Kenyan Foreign Minister Odalo Mureithi spoke on Monday. \"It would be reckless for "
                            "Uganda to close the border,\" he said.")
    assert not any(r == "11" for _, _, r in found)


def test_it_would_be_reckless_if_is_no_criticism(pipeline):
    found = coded(pipeline, "Opposition chief Wanjiru Oketch met Kenyan farmers on Friday. \"It would be reckless "
                            "if the ceasefire lapsed,\" she said.")
    assert not any(r == "11" for _, _, r in found)


def test_a_verdict_on_a_decision_taken_is_criticism(pipeline):
    assert ("KEN", "UGA", "11") in coded(pipeline, "Kenyan Foreign Minister Odalo Mureithi spoke on Monday. "
                                                   "\"Uganda's decision is irresponsible,\" he said.")


def test_a_levy_that_would_hurt_is_still_criticism_of_its_maker(pipeline):
    assert ("KEN", "UGA", "11") in coded(pipeline, "Kenyan Foreign Minister Odalo Mureithi spoke on Monday. "
                                                   "\"Uganda's new levy would hurt our farmers,\" he said.")


# --- 6. "the government" after a party or parliament is their state (arguments.yaml) --------------
def test_the_government_after_a_parliament_is_its_state(pipeline):
    found = coded(pipeline, "In Kenya, Kenyan senators debated the blockade of Somalia's ports on Monday. "
                            "Several Kenyan senators spoke against it. The government has declined requests to "
                            "release the legal memo.")
    assert ("KEN", None, "12") in found
    assert not any(s == "SOM" for s, _, _ in found)


def test_the_government_after_a_shelled_state_is_that_state(pipeline):
    assert ("KEN", "UGA", "11") in coded(pipeline, "Ugandan troops shelled Kenyan border posts on Monday. The "
                                                   "government has condemned the attack.")


# --- 7. agreeing "about" is a view shared (precision.yaml view_preps) ------------------------------
def test_two_agreeing_about_a_cause_is_no_agreement(pipeline):
    found = coded(pipeline, "The envoy said Chilean diplomat Ana Quispe and Peruvian Trade Minister Luis Mamani "
                            "agreed about the cause of the drought.")
    assert not any(r == "03" for _, _, r in found)


def test_two_agreeing_on_a_truce_is_an_agreement(pipeline):
    assert ("CHL", "PER", "03") in coded(pipeline, "Chile and Peru agreed on a truce on Monday.")


# --- 8. help towards an outcome is no aid (precision.yaml outcome_verbs) ---------------------------
def test_helping_turn_a_vote_into_a_festival_is_no_aid(pipeline):
    found = coded(pipeline, "Kenyan President Amani Kiprono praised Ugandan opposition leader Musa Kirabo's "
                            "rallies, because they had helped turn the vote into \"a festival of Ugandan democracy\".")
    assert not any(r == "07" for _, _, r in found)


def test_helping_to_rebuild_schools_is_aid(pipeline):
    assert ("KEN", "UGA", "07") in coded(pipeline, "Kenya helped to rebuild Ugandan schools.")


# --- 9. questions waved off reject no one's act (precision.yaml asked_things) ----------------------
def test_rejecting_questions_is_no_rejection(pipeline):
    assert not any(r == "12" for _, _, r in coded(pipeline, "Kenyan President Amani Kiprono has rejected "
                                                            "questions about the finance minister's memo."))


def test_rejecting_a_proposal_is_a_rejection_of_its_maker(pipeline):
    assert ("KEN", "UGA", "12") in coded(pipeline, "Kenya rejected Uganda's proposal.")


# --- 10. a body's own periodic session is no meeting between bodies (precision.yaml periodic_modifiers) ---
def test_yearly_meetings_of_two_funds_are_no_meeting_between_them(pipeline):
    found = coded(pipeline, "Kenyan ministers flew to Arusha for the quarterly sessions of the African Union "
                            "and the East African Community.")
    assert not any(r == "04" and {s, t} == {"AU", "EAC"} for s, t, r in found)


def test_two_states_ministers_annual_meeting_is_a_meeting(pipeline):
    found = coded(pipeline, "Chilean and Peruvian ministers held their annual meeting in Lima on Monday.")
    assert ("CHL", "PER", "04") in found or ("PER", "CHL", "04") in found


# --- 11. a pronoun promised to is the indirect object (precision.yaml recipient_pronouns) ---------
def test_promising_them_money_aims_at_no_one_named(pipeline):
    found = coded(pipeline, "Kenyan schools say they lack funds. Kenyan Education Minister Odalo Mureithi has "
                            "promised them roughly 2bn shillings next term.")
    assert not any(r == "03" and t is None for _, t, r in found)


def test_promising_a_state_money_aims_at_it(pipeline):
    assert ("KEN", "UGA", "03") in coded(pipeline, "Kenya promised Uganda 8 million dollars.")


# --- 12. a trip with someone is a visit to them (precision.yaml trip_partner_preps) ---------------
def test_a_visit_with_a_president_is_aimed_at_her_state(pipeline):
    found = coded(pipeline, "The French trade minister, on a visit last week with President Ana Quispe of Mexico, "
                            "discussed grain.")
    assert ("FRA", "MEX", "04") in found
    assert ("FRA", None, "04") not in found


def test_a_visit_to_a_state_keeps_its_host_not_a_companion(pipeline):
    assert ("KEN", "UGA", "04") in coded(pipeline, "Kenyan President Amani Kiprono began a visit to Uganda on "
                                                   "Monday with his wife.")
