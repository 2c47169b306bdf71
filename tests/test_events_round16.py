"""Event precision, round 16 (issue 9): kinds of false event found by judging what wirecoder printed
on news outside the real-news set (benchmarks/event_audit.py, half A). Every dispatch is invented
(made-up people, real states); each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import REF, coded, roots


# --- senses: support of words, meeting a demand, a legal appeal, a favoured act ----------------------
def test_moral_support_is_no_aid(pipeline):
    assert "07" not in roots(pipeline, "The Latvian minister confirmed she received moral support from the "
                                       "Estonian government.")


def test_military_aid_from_a_state_is_still_aid(pipeline):
    assert "07" in roots(pipeline, "Estonia sent military aid to Latvia on Monday.")


def test_meeting_a_demand_is_no_meeting(pipeline):
    assert "04" not in roots(pipeline, "Estonian Prime Minister Kalle Varik met the dockers' union's demands in "
                                       "full on Monday.")


def test_meeting_a_president_is_a_meeting(pipeline):
    assert ("EST", "LVA", "04") in coded(pipeline, "Estonian Prime Minister Kalle Varik met Latvian President "
                                                   "Ilze Ozola on Monday.")


def test_an_appeal_to_a_court_is_a_legal_appeal_not_an_appeal(pipeline):
    assert "02" not in roots(pipeline, "Estonian opposition leader Mari Tamm said she would appeal to the "
                                       "Supreme Court.")


def test_appealing_against_a_verdict_is_no_appeal_to_anyone(pipeline):
    assert "02" not in roots(pipeline, "Estonian opposition leader Mari Tamm appealed against the verdict on "
                                       "Monday.")


def test_an_appeal_to_a_state_is_still_an_appeal(pipeline):
    assert any(t == "LVA" and r == "02" for _, t, r in coded(
        pipeline, "Estonian opposition leader Mari Tamm appealed to Latvia to reopen the border."))


def test_favouring_negotiations_holds_none(pipeline):
    assert "04" not in roots(pipeline, "Latvia favours negotiations with Poland on the fishing "
                                       "quotas.")


def test_talks_held_are_still_talks(pipeline):
    assert "04" in roots(pipeline, "Latvia and Lithuania held talks in Riga on Monday.")


# --- visits to things no actor names ----------------------------------------------------------------
def test_inspectors_touring_a_plant_visit_no_one(pipeline):
    assert not coded(pipeline, "Latvian health inspectors toured a dairy plant on Tuesday.")


def test_a_prime_minister_visiting_a_state_is_a_visit(pipeline):
    assert ("LVA", "EST", "04") in coded(pipeline, "Latvian Prime Minister Ilze Ozola visited Estonia on Monday.")


# --- hearsay ---------------------------------------------------------------------------------------
def test_ministers_thought_to_have_agreed_are_not_reported_agreeing(pipeline):
    assert "03" not in roots(pipeline, "Latvian ministers are thought to have agreed to send troops to Estonia.")


def test_ministers_who_agreed_agreed(pipeline):
    assert "03" in roots(pipeline, "Latvian ministers agreed on Monday to send troops to Estonia.")


# --- who an act is aimed at ------------------------------------------------------------------------
def test_an_offer_to_an_unresolved_them_is_aimed_at_no_one_named(pipeline):
    assert not coded(pipeline, "Latvian Finance Minister Ilze Ozola has offered them a new harbour in Liepaja.")


def test_an_offer_to_a_state_named_as_indirect_object_is_aimed_at_it(pipeline):
    assert ("LVA", "EST", "03") in coded(pipeline, "Latvian Finance Minister Ilze Ozola has offered Estonia a new "
                                                   "harbour in Liepaja.")


def test_a_prime_ministers_promise_is_not_made_to_his_own_state(pipeline):
    found = coded(pipeline, "Estonian farm subsidies will keep rising next year, Estonian Prime Minister Kalle "
                            "Varik has promised.")
    assert not any(r == "03" and t == "EST" for _, t, r in found)


def test_a_prime_ministers_promise_to_another_state_is_kept(pipeline):
    assert ("EST", "LVA", "03") in coded(pipeline, "Estonian Prime Minister Kalle Varik promised Latvia that "
                                                   "Estonian aid would continue.")


def test_calling_a_belief_wrong_judges_no_one_told_before(pipeline):
    found = coded(pipeline, "Estonian Prime Minister Kalle Varik visited Riga on Monday. The Latvian central bank "
                            'said: "It is a mistake to think that the pension plan can be paid for by tolls."')
    assert "11" not in {r for _, _, r in found}


def test_calling_an_attack_told_before_a_mistake_still_criticises_its_doer(pipeline):
    found = coded(pipeline, 'Estonian troops shelled Valga on Monday. The Latvian Foreign Ministry said: "It was '
                            'a mistake."')
    assert ("LVA", "EST", "11") in found


# --- deeds weighed or still to come --------------------------------------------------------------
def test_a_deed_still_to_come_is_not_done(pipeline):
    assert not coded(pipeline, "Estonia has yet to meet Latvia.")


def test_an_unlikely_attack_is_no_attack(pipeline):
    assert not coded(pipeline, "Estonia is unlikely to attack Latvia.")


def test_a_reluctance_to_criticise_criticises_no_one(pipeline):
    assert not coded(pipeline, "Estonia has been reluctant to criticise Latvia.")


def test_being_quick_to_condemn_still_condemns(pipeline):
    assert ("EST", "LVA", "11") in coded(pipeline, "Estonia was quick to condemn Latvia.")


def test_wanting_talks_holds_no_talks(pipeline):
    assert not coded(pipeline, "Estonia wants talks with Latvia.")


# --- welcoming a thing is not hosting a visit ------------------------------------------------------
def test_welcoming_the_end_of_attacks_hosts_no_one(pipeline):
    found = coded(pipeline, "Latvia welcomed the end of Estonian attacks on Lithuania.")
    assert not any(s == "LVA" and r == "04" for s, _, r in found)


def test_welcoming_a_delegation_hosts_it(pipeline):
    assert ("LVA", "EST", "04") in coded(pipeline, "Latvian President Ilze Ozola welcomed the Estonian delegation "
                                                   "to Riga on Monday.")


def test_welcoming_a_prime_minister_hosts_him(pipeline):
    assert ("LVA", "EST", "04") in coded(pipeline, "Latvian President Ilze Ozola welcomed Estonian Prime Minister "
                                                   "Kalle Varik to Riga on Monday.")


# --- denying someone a thing withholds it; denying a charge rejects it -----------------------------
def test_a_bill_denied_a_debate_is_no_denial_of_a_claim(pipeline):
    found = coded(pipeline, "The Estonian fisheries bill has been denied a debate by Latvian President Ilze Ozola.")
    assert not any(r == "01" for _, _, r in found)


def test_denying_a_charge_still_rejects_the_accuser(pipeline):
    found = coded(pipeline, "Latvia accused Estonia of spying. Estonia denied the charge.")
    assert ("EST", "LVA", "12") in found


# --- history told with a dated clause; acts undergone; views offered; own-state cooperation --------
def test_a_clause_after_a_dated_one_is_as_much_history(pipeline):
    assert not coded(pipeline, "Latvia imposed an arms ban on Estonia in 1989 after Estonian troops opened fire "
                               "on protesters.")


def test_an_after_clause_of_last_week_is_news(pipeline):
    found = coded(pipeline, "Latvia imposed an arms ban on Estonia in 1989. Last week Estonian troops opened fire "
                            "on Latvian protesters after Latvia expelled two Estonian diplomats.")
    assert ("LVA", "EST", "16") in found


def test_facing_opposition_opposes_nothing(pipeline):
    assert not coded(pipeline, "Estonian Foreign Minister Kalle Varik faces tough opposition to the move.")


def test_offering_an_agenda_promises_nothing(pipeline):
    assert not coded(pipeline, 'The Estonian Centre Party offered a "hard right agenda" which would take Estonia '
                               "backwards, Kalle Varik said.")


def test_offering_warships_is_an_offer(pipeline):
    assert ("LVA", "EST", "03") in coded(pipeline, "Latvia offered Estonia two warships.")


def test_a_minister_signing_a_deal_on_joint_tourism_signs_it_with_the_other_state_only(pipeline):
    found = coded(pipeline, "Estonian Foreign Minister Kalle Varik also signed a deal on Latvia-Estonia tourism.")
    assert ("person:kalle-varik", "LVA", "05") in found
    assert not any(t == "EST" for _, t, _ in found)


def test_a_minister_working_with_colleagues_across_government_cooperates_with_no_state(pipeline):
    assert not coded(pipeline, 'Estonian Foreign Minister Kalle Varik said: "We are working across government, '
                               'especially with our colleagues at the finance ministry."')


def test_a_party_leader_visiting_constituencies_visits_no_one(pipeline):
    assert not coded(pipeline, "Estonian Centre Party leader Kalle Varik is visiting constituencies in Tartu on Monday.")


# --- rumours, free relatives, what was done before ---------------------------------------------------
def test_a_strike_only_rumoured_is_not_reported(pipeline):
    assert not coded(pipeline, "A Latvian spokesman said he had no information on rumours that Estonia had "
                               "launched a strike against Lithuania.")


def test_what_the_rumours_were_is_not_reported(pipeline):
    assert not coded(pipeline, "Some of the rumours were that Estonia had launched a strike against Lithuania.")


def test_a_strike_a_spokesman_reports_is_reported(pipeline):
    assert ("EST", "LTU", "19") in coded(pipeline, "Estonia launched a strike against Lithuania, the spokesman said.")


def test_whatever_a_president_agrees_to_is_no_agreement(pipeline):
    assert not coded(pipeline, "We cannot be sure that whatever the Latvian president agrees to will be delivered.")


def test_criticism_made_previously_is_background(pipeline):
    assert not coded(pipeline, "Latvian officials have previously criticised Estonia for sending troops.")


def test_criticism_made_on_monday_is_news(pipeline):
    assert ("LVA", "EST", "11") in coded(pipeline, "Latvian officials criticised Estonia on Monday for sending troops.")


# --- a dateline opening a sentence names no side ----------------------------------------------------
def test_a_state_named_only_in_a_mid_text_dateline_is_no_side(pipeline):
    found = coded(pipeline, "Latvian ministers met on Monday. TALLINN, June 18 - Latvia's parliament sacked Prime "
                            "Minister Ilze Ozola.")
    assert not any(s == "EST" for s, _, _ in found)
    assert any(s == "LVA" and r == "17" for s, _, r in found)


# --- assent to a view, then, as a rule; words against a way of doing ---------------------------------
def test_agreeing_with_someones_view_agrees_with_no_one(pipeline):
    assert not coded(pipeline, "Latvian peer Lord Ozols said he agreed with Dr Varik's view, and said the case "
                               "should be looked at on its merits.")


def test_agreeing_with_a_state_on_a_truce_is_still_an_agreement(pipeline):
    assert ("LVA", "EST", "03") in coded(pipeline, "Latvia agreed with Estonia on a truce.")


def test_a_welcome_given_at_the_time_is_background(pipeline):
    assert not coded(pipeline, "The Estonian move was welcomed at the time by Riga.")


def test_a_welcome_given_on_monday_is_news(pipeline):
    assert ("LVA", "EST", "05") in coded(pipeline, "The Estonian move was welcomed by Riga on Monday.")


def test_what_is_normally_done_is_no_deed(pipeline):
    assert not coded(pipeline, "Latvia would normally invite observers from Estonia to any election.")


def test_attacking_the_way_a_war_was_sold_is_no_assault(pipeline):
    found = coded(pipeline, "Estonian Prime Minister Kalle Varik also attacked the way the war was sold to the public.")
    assert not any(r in {"18", "19", "20"} for _, _, r in found)


# --- things released, numbers that fall, adjectives in -ing, problems fought --------------------------
def test_releasing_minutes_frees_no_one(pipeline):
    assert "08" not in roots(pipeline, "Once the Latvian president released the minutes of his meeting with the "
                                       "Estonian president, the press learned the truth.")


def test_releasing_prisoners_is_a_release(pipeline):
    assert any(s == "LVA" and c.startswith("084") for s, _, c in {
        (e.source, e.target, e.cameo) for e in pipeline.extract("Latvia released two Estonian prisoners on Monday.",
                                                                reference_date=REF).events})


def test_a_share_index_that_declined_refused_nothing(pipeline):
    assert not coded(pipeline, "Latvia's main share index declined 1.2% on Monday.")


def test_declining_to_meet_a_state_is_a_refusal(pipeline):
    assert ("LVA", "EST", "12") in coded(pipeline, "Latvia declined to meet Estonia.")


def test_it_is_striking_strikes_no_one(pipeline):
    assert not coded(pipeline, '"It\'s striking that fishing quotas keep shrinking in every Baltic port," '
                               "Latvian central bank chief Ilze Ozola said.")


def test_fighting_smog_is_no_fight(pipeline):
    assert not coded(pipeline, "Riga has long been fighting smog in its old town.")


def test_fighting_rebels_is_a_fight(pipeline):
    assert any(s == "LVA" and r == "19" for s, _, r in coded(
        pipeline, "Latvian troops have been fighting Estonian rebels since Monday."))


# --- counterfactuals, passive demands, questions asked ---------------------------------------------
def test_an_inquiry_one_would_have_objected_to_was_not_opened(pipeline):
    assert not coded(pipeline, "Latvian envoy Ilze Ozola later said she would have objected to Estonia opening an "
                               "investigation into Lithuania.")


def test_an_inquiry_opened_was_opened(pipeline):
    assert ("EST", "LTU", "09") in coded(pipeline, "Estonia opened an investigation into Lithuania on Monday.")


def test_refugees_who_must_not_be_forced_are_not_the_ones_asked(pipeline):
    assert not coded(pipeline, "Latvian Prime Minister Ilze Ozola said the Estonian refugees must not be forced "
                               "to leave.")


def test_a_state_that_must_withdraw_is_asked_to(pipeline):
    assert ("LVA", "EST", "10") in coded(pipeline, "Latvian Prime Minister Ilze Ozola said Estonia must withdraw its "
                                                   "troops.")


def test_asking_a_question_aloud_is_no_appeal(pipeline):
    assert not coded(pipeline, '"So I asked: by what right?" said Latvian envoy Ilze Ozola.')


def test_asking_a_state_to_withdraw_is_an_appeal(pipeline):
    assert ("LVA", "EST", "02") in coded(pipeline, "Latvian envoy Ilze Ozola asked Estonia to withdraw its troops.")


# --- a joint act with an unnamed partner; defending one's own doing ---------------------------------
def test_two_governments_meeting_with_communities_do_not_meet_each_other(pipeline):
    assert not coded(pipeline, "The Latvian and Estonian governments say they have met with rural communities.")


def test_two_states_that_met_met_each_other(pipeline):
    assert ("LVA", "EST", "04") in coded(pipeline, "Latvia and Estonia met on Monday.")


def test_defending_ones_own_acceptance_of_gifts_defends_no_donor(pipeline):
    assert not coded(pipeline, "Estonian Prime Minister Kalle Varik has defended accepting gifts from a Latvian donor.")


def test_defending_a_state_against_charges_supports_it(pipeline):
    assert ("EST", "LVA", "05") in coded(pipeline, "Estonian Prime Minister Kalle Varik has defended Latvia against "
                                                   "the charges.")


# --- labels, views shared, measures voided, what is done all along -----------------------------------
def test_data_released_by_a_bureau_frees_no_one(pipeline):
    assert not coded(pipeline, "According to data released by the Latvian statistics bureau, crime fell.")


def test_a_consistent_opposition_is_background(pipeline):
    assert not coded(pipeline, "Latvia has consistently opposed the idea of Estonia becoming a member.")


def test_occupied_territory_is_a_label_not_an_occupation(pipeline):
    assert not coded(pipeline, "The UN considers the islands Latvian-occupied territory.")


def test_troops_that_occupied_islands_occupied_them(pipeline):
    assert ("LVA", "EST", "19") in coded(pipeline, "Latvian troops occupied the Estonian islands on Monday.")


def test_a_court_agreeing_with_a_state_that_there_is_a_case_shares_a_view(pipeline):
    assert not coded(pipeline, "The court agreed with Latvia that there was a plausible case against Estonia.")


def test_agreeing_with_a_state_that_a_border_will_reopen_is_an_agreement(pipeline):
    assert ("LVA", "EST", "03") in coded(pipeline, "Latvia agreed with Estonia that the border would reopen in May.")


def test_striking_down_an_order_is_no_assault(pipeline):
    # (round 53, evnone53: voiding another side's measure is now its rejection, 12; still no force)
    found = coded(pipeline, "Latvian courts have struck down the Estonian government's order as illegal.")
    assert not any(r in {"18", "19", "20"} for _, _, r in found), found


def test_striking_military_positions_is_force_not_words(pipeline):
    assert ("LVA", "EST", "19") in coded(pipeline, "Latvian jets struck Estonian positions on Monday.")


def test_attacking_a_governments_position_is_words(pipeline):
    assert ("LVA", "EST", "11") in coded(pipeline, "Latvian Prime Minister Ilze Ozola attacked the Estonian "
                                                   "government's position on the treaty.")


# --- meeting complaints and obligations; declining to refute -----------------------------------------
def test_meeting_complaints_is_no_meeting(pipeline):
    assert not coded(pipeline, "Latvia is striving to meet Estonian complaints about its trade practices.")


def test_meeting_obligations_promises_no_meeting(pipeline):
    assert not coded(pipeline, "He said Latvia would meet its financial obligations to Estonia.")


def test_declining_to_refute_a_charge_rejects_nothing(pipeline):
    assert not coded(pipeline, "Latvian economist Ilze Ozola declined to refute Estonian Prime Minister Kalle "
                               "Varik's charge that the Latvian opposition miscalculated.")


def test_preferring_negotiations_holds_none(pipeline):
    assert "04" not in roots(pipeline, "Latvia and Lithuania prefer negotiations with Poland on the fishing quotas.")
