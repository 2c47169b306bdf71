"""Events, round 21 (issue 9): recall classes from half A of the recall audit. Every dispatch is invented
(made-up people and places, real states); each rule's test has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes


# --- 1. "went on strike" / "were on strike": the subject's labour strike (recall.yaml stoppage_nouns) ---
def test_workers_going_on_strike_strike(pipeline):
    assert ("org:dock-workers", None, "143") in codes(pipeline, "Dock workers in Varnholt went on strike on Monday over pay.")


def test_workers_being_on_strike_strike_and_the_place_does_not(pipeline):
    found = codes(pipeline, "Teachers in Kenya were on strike on Tuesday.")
    assert ("org:teachers", None, "143") in found
    assert not any(s == "KEN" for s, _, _ in found)


def test_not_going_on_strike_is_no_strike(pipeline):
    assert not any(c == "143" for _, _, c in codes(pipeline, "Kenyan teachers did not go on strike on Tuesday."))


def test_a_strike_on_a_base_is_no_labour_strike(pipeline):
    assert not any(c == "143" for _, _, c in codes(
        pipeline, "Kenyan jets carried out a strike on the rebel base on Monday."))


def test_hunger_strike_keeps_its_own_code(pipeline):
    found = codes(pipeline, "Kenyan opposition leader Wanjiru Oketch went on hunger strike on Monday.")
    assert not any(c == "143" for _, _, c in found)


# --- 2. an act said to change nothing is rejected (judgements.yaml nullity) ---------------------------
def test_an_owned_act_said_not_to_change_the_law_is_rejected(pipeline):
    assert ("KEN", "UGA", "12") in coded(
        pipeline, "Kenyan Foreign Minister Odalo Mureithi said Uganda's annexation did not change international law.")


def test_the_decision_told_before_is_its_doers(pipeline):
    assert ("KEN", "UGA", "12") in coded(
        pipeline, "Uganda annexed the island on Monday. Kenyan Foreign Minister Odalo Mureithi said the decision "
                  "did not change international law.")


def test_an_act_that_changed_things_is_no_rejection(pipeline):
    assert not any(r == "12" for _, _, r in coded(
        pipeline, "Kenyan Foreign Minister Odalo Mureithi said Uganda's annexation changed the situation."))


def test_an_actor_not_changing_its_position_is_no_rejection(pipeline):
    assert not any(r == "12" for _, _, r in coded(
        pipeline, "Kenyan Foreign Minister Odalo Mureithi said Uganda did not change its position."))


def test_weather_changing_nothing_is_no_rejection(pipeline):
    assert not any(r == "12" for _, _, r in coded(
        pipeline, "Kenyan Foreign Minister Odalo Mureithi said the rain did not change the situation."))


# --- 3. "the comment" is the comment named before, not the last quotation's ----------------------------
def test_criticised_comment_is_its_owners_not_the_reporters(pipeline):
    found = coded(pipeline, "Tomas Kiwendo's comment drew attention on Monday. Reporter Ana Pell said: \"It was a "
                            "big day for the Ugandan president.\" The comment was criticised by Kenyan Foreign "
                            "Minister Odalo Mureithi.")
    assert ("KEN", "person:tomas-kiwendo", "11") in found
    assert not any(t == "person:ana-pell" for _, t, _ in found)


def test_with_no_owner_named_before_the_last_speaker_stays(pipeline):
    found = coded(pipeline, "Reporter Ana Pell said: \"It was a big day.\" The comment was criticised by Kenyan "
                            "Foreign Minister Odalo Mureithi.")
    assert ("KEN", "person:ana-pell", "11") in found


def test_state_employees_strike_against_their_state_not_as_it(pipeline):
    found = codes(pipeline, "Kenyan civil servants went on strike on Monday.")
    assert ("org:kenyan-civil-servants", "KEN", "143") in found
    assert not any(s == "KEN" for s, _, _ in found)


# --- 4. force held off is aimed at the one holding it off (recall.yaml repel_verbs) -------------------
def test_an_offensive_repelled_is_aimed_at_the_repeller(pipeline):
    assert ("UGA", "KEN", "19") in coded(pipeline, "Kenyan troops repelled a new Kampala offensive in the north on Monday.")


def test_an_offensive_checked_in_a_reported_clause_is_aimed_at_the_reporter(pipeline):
    assert ("UGA", "KEN", "19") in coded(
        pipeline, "Kenya said its troops had killed hundreds of rebels in checking a new Kampala offensive on the "
                  "northern front.")


def test_an_offensive_launched_gets_no_target_from_the_verb(pipeline):
    assert not any(t == "KEN" for _, t, _ in coded(
        pipeline, "Ugandan troops launched a new offensive in the north on Monday, Kenyan radio said."))


def test_thousands_of_state_employees_on_strike(pipeline):
    found = codes(pipeline, "Thousands of Kenyan civil servants went on strike on Wednesday over a proposed pay freeze.")
    assert any(c == "143" and t == "KEN" and s != "KEN" for s, t, c in found)


def test_a_states_unnamed_workers_strike_for_it(pipeline):
    # (GUIDE: the most specific actor, the state as its alternative; "ferrymen" names no actor here)
    assert ("KEN", None, "143") in codes(pipeline, "Most of Kenya's ferrymen remained on strike.")


def test_not_wanting_to_go_on_strike_is_no_strike(pipeline):
    assert not any(c == "143" for _, _, c in codes(
        pipeline, "Union leader Amos Ketter said Kenyan teachers did not want to go on strike."))


# --- 5. "the measures" of a government told before --------------------------------------------------
def test_domestic_critic_of_the_measures_targets_own_government(pipeline):
    found = coded(pipeline, "The Ugandan government raised fuel taxes on Monday. Ugandan opposition leader "
                            "Wanjiru Oketch criticised the measures.")
    assert ("person:wanjiru-oketch", "UGA", "11") in found


def test_an_official_defending_own_measures_targets_no_one(pipeline):
    found = coded(pipeline, "The Ugandan government raised fuel taxes on Monday. Ugandan Finance Minister "
                            "Tomas Kiwendo defended the measures.")
    assert not any(t == "UGA" for _, t, _ in found)


def test_the_measures_said_to_hurt_are_their_doers(pipeline):
    found = coded(pipeline, "The Ugandan government raised fuel taxes on Monday. Kenyan opposition leader Wanjiru "
                            "Oketch said the measures would hurt traders.")
    assert ("person:wanjiru-oketch", "UGA", "11") in found


def test_the_measures_with_nothing_told_before_judge_no_one(pipeline):
    assert not any(r == "11" for _, _, r in coded(
        pipeline, "Kenyan opposition leader Wanjiru Oketch said the measures would hurt traders."))


# --- 6. "a spokesman for X" speaks for X (recall.yaml spokesman_nouns) --------------------------------
def test_a_spokesman_for_a_government_acts_for_its_state(pipeline):
    assert ("KEN", "UGA", "11") in coded(pipeline, "A spokesman for the Kenyan government criticised Uganda.")


def test_a_spokeswoman_for_a_party_acts_for_the_party(pipeline):
    found = coded(pipeline, "A spokeswoman for Kenya's ruling party criticised opposition leader Wanjiru Oketch.")
    assert ("org:kenya-ruling-party", "person:wanjiru-oketch", "11") in found


def test_a_lawyer_for_a_government_is_not_the_government(pipeline):
    assert not any(s == "KEN" for s, _, _ in coded(pipeline, "A lawyer for the Kenyan government criticised Uganda."))


def test_declining_comment_is_no_rejection(pipeline):
    assert not coded(pipeline, "A spokesman for the Kenyan finance ministry declined comment.")


def test_declining_an_offer_is_still_a_rejection(pipeline):
    assert ("KEN", "UGA", "12") in coded(pipeline, "Kenya declined Uganda's offer of talks.")


# --- 7. a quoted verb the parser joins to the reporting verb keeps no reporter as its subject -------------
def test_a_quoted_verb_misjoined_to_the_reporting_verb_is_not_the_reporters(pipeline):
    assert not any(r == "13" for _, _, r in coded(
        pipeline, "A spokesperson for the Kenyan Foreign Office reiterated the position that the depots \"are "
                  "unlawful, stand in the way of any deal and threaten the future of the valley\"."))


def test_a_quoted_second_verb_of_the_same_subject_keeps_it(pipeline):
    assert ("KEN", "UGA", "02") in coded(
        pipeline, "Kenya condemned the attack on Monday and \"urged Uganda to withdraw its troops\".")


def test_a_quoted_verb_read_as_a_clause_of_the_reporting_verb_is_not_the_reporters(pipeline):
    assert not any(r == "13" for _, _, r in coded(
        pipeline, "A spokesperson for the Kenyan Foreign Office reiterated Kenya's position that depots \"are "
                  "unlawful under local law, block every compromise and threaten the viability of a plan\"."))


def test_attacks_said_not_to_shake_resolve_are_rejected(pipeline):
    assert ("KEN", "UGA", "12") in coded(
        pipeline, "Kenyan Prime Minister Odalo Mureithi said Uganda's attacks would not shake Kenya's resolve.")


def test_weather_not_affecting_a_harvest_is_no_rejection(pipeline):
    assert not any(r == "12" for _, _, r in coded(
        pipeline, "Kenyan Prime Minister Odalo Mureithi said the weather would not affect the harvest."))
