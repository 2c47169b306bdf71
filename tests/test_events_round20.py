"""Events, round 20 (issue 9): wrong sides and senses of half A of the enlarged event audit. Every
dispatch is invented (made-up people and towns, real states); each rule's test has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes


# --- 1. a joint act of two named sides keeps its partner; the venue is no side --------------------------
def test_two_sides_meeting_abroad_meet_each_other_not_the_host(pipeline):
    found = coded(pipeline, "Kenyan and Ugandan ministers met in Portugal on Monday.")
    assert any({s, t} == {"KEN", "UGA"} and r == "04" for s, t, r in found)
    assert not any("PRT" in (s, t) for s, t, _ in found)


def test_ministers_meeting_bankers_abroad_is_no_meeting_with_the_host(pipeline):
    # (the bankers are bystanders, precision.yaml: the pair is dropped, the venue does not replace it)
    found = coded(pipeline, "European Union finance ministers and central bankers met in Portugal on Monday.")
    assert not any("PRT" in (s, t) for s, t, _ in found)


def test_a_visit_with_no_one_named_is_still_with_the_host_state(pipeline):
    assert ("KEN", "UGA", "04") in coded(pipeline, "Kenyan Prime Minister Odalo Mureithi visited Uganda on Monday.")


# --- 2. words taken back are no retreat -------------------------------------------------------------
def test_withdrawing_remarks_is_no_retreat(pipeline):
    assert not codes(pipeline, "Kenya withdrew its remarks about Uganda on Monday.")


def test_a_call_to_withdraw_a_comment_codes_no_retreat_of_the_caller(pipeline):
    found = codes(pipeline, "Kenya's opposition leader Wanjiru Oketch sent Prime Minister Odalo Mureithi a letter on "
                            "Thursday charging him with recklessness and urging him to say sorry for "
                            "his remark and withdraw it at once.")
    assert not any(c.startswith("087") for _, _, c in found)


def test_withdrawing_troops_is_still_a_retreat(pipeline):
    assert ("KEN", "SOM", "0874") in codes(pipeline, "Kenya withdrew its troops from Somalia on Monday.")


def test_a_promise_to_withdraw_troops_is_still_coded(pipeline):
    assert ("KEN", "SOM", "0356") in codes(pipeline, "Kenya said it would withdraw its troops from Somalia.")


# --- 3. force on things that lie in a state is aimed at that state -----------------------------------------
def test_attacking_positions_in_a_state_attacks_that_state(pipeline):
    assert ("SDN", "TCD", "19") in coded(pipeline, "Sudanese troops attacked army positions in northern Chad on Monday.")


def test_strikes_on_bases_near_a_town_in_a_state(pipeline):
    assert ("SDN", "TCD", "19") in coded(
        pipeline, "Sudanese jets launched strikes on army bases near Abeche in eastern Chad on Monday.")


def test_shelling_areas_in_a_state(pipeline):
    assert ("SDN", "TCD", "19") in coded(pipeline, "Sudanese troops shelled residential areas in Chad on Monday.")


def test_force_in_ones_own_state_is_not_aimed_at_it(pipeline):
    # (the place is the doer's own state: no target from it)
    assert not any(t == "KEN" for _, t, _ in coded(pipeline, "Kenyan police arrested five men in Nairobi on Monday."))


def test_a_named_side_is_not_replaced_by_the_place(pipeline):
    found = coded(pipeline, "Sudanese troops clashed with Chadian rebels in Niger on Monday.")
    assert not any(t == "NER" for _, t, _ in found)


# --- 4. a criticism of someone the text gives no political standing is not a criticism of no one -----------
def test_criticising_a_person_of_no_standing_by_pronoun_codes_nothing(pipeline):
    assert not coded(pipeline, "Dougal Fenwick addressed farmers in Inverness about fencing grants. He was "
                               "criticised by the Liberal Democrats for promising too much.")


def test_criticising_an_official_by_pronoun_is_still_coded(pipeline):
    assert ("UGA", "KEN", "11") in coded(
        pipeline, "Kenyan Prime Minister Odalo Mureithi addressed farmers in Nakuru. He was criticised by "
                  "Uganda for promising too much.")


# --- 5. those beside or behind a person are not that person -----------------------------------------
def test_a_persons_colleagues_are_not_the_person_or_the_state(pipeline):
    assert not coded(pipeline, "Kenyan Prime Minister Odalo Mureithi spoke on Monday. Hours later Mr Odalo's "
                               "cabinet colleagues declined to back him.")


def test_the_person_himself_still_acts(pipeline):
    assert ("KEN", None, "12") in coded(pipeline, "Kenyan Prime Minister Odalo Mureithi spoke on Monday. Hours "
                                                  "later Mr Odalo refused to support the bill.")


def test_a_nationality_on_colleagues_still_names_their_state(pipeline):
    assert ("KEN", "UGA", "05") in coded(pipeline, "Kenyan colleagues of the minister praised Uganda on Monday.")


# --- 6. a deed the helper backs is the helped ones' deed ---------------------------------------------
def test_backing_rebels_in_attacks_makes_the_rebels_attack(pipeline):
    found = coded(pipeline, "Sudan has backed Chadian rebels in attacks on army positions in northern Chad.")
    assert not any(s == "SDN" and r == "19" for s, _, r in found)
    assert ("SDN", "org:chadian-rebels", "05") in found  # the backing itself


def test_joining_a_state_in_attacks_makes_both_attack(pipeline):
    found = coded(pipeline, "Sudan joined Chad in attacks on rebel positions in Niger.")
    assert {("SDN", "NER", "19"), ("TCD", "NER", "19")} <= found
    assert ("SDN", "TCD", "19") not in found


def test_attacks_of_ones_own_are_still_the_subjects(pipeline):
    assert ("SDN", "TCD", "19") in coded(pipeline, "Sudan launched attacks on army positions in northern Chad.")


def test_backing_others_in_attacks_codes_no_attack_by_the_backer(pipeline):
    for text in ("Sudan has backed dissident villagers in attacks on army positions in northern Chad.",
                 "Sudan has backed them in attacks on army positions in northern Chad."):
        assert not any(s == "SDN" and r == "19" for s, _, r in coded(pipeline, text))


# --- 7. a judgement of "what X called ..." is aimed at whoever the name names -------------------------------
def test_condemning_what_is_called_a_states_violation_condemns_that_state(pipeline):
    assert ("NER", "MLI", "11") in coded(pipeline, "Niger condemned what it called a Malian violation of its airspace.")


def test_criticising_what_is_described_as_a_states_meddling(pipeline):
    assert ("KEN", "UGA", "11") in coded(pipeline, "Kenya criticised what it described as Ugandan meddling.")


def test_condemning_what_is_called_a_violation_by_no_one_named_codes_nothing(pipeline):
    assert not coded(pipeline, "Niger's foreign ministry condemned what it called a violation of its airspace.")


def test_condemning_a_named_state_is_untouched(pipeline):
    assert ("KEN", "UGA", "11") in coded(pipeline, "Kenya criticised Uganda's meddling.")


# --- 8. a verb "joined" to another with nothing between them is a misparse, not a shared subject -----------
def test_a_deed_misparsed_as_a_conjunct_is_not_the_first_subjects(pipeline):
    found = codes(pipeline, "Chad closed its border crossing with Niger on Sunday after gunmen it said were based "
                            "in Nigerien territory killed seven soldiers at a checkpoint.")
    assert not any(s == "TCD" and c == "190" for s, _, c in found)  # (the closing is Chad's own, 191)


def test_verbs_joined_by_and_share_their_subject(pipeline):
    assert ("TCD", "NER", "16") in coded(pipeline, "Chad closed its border, expelled Niger's ambassador and "
                                                   "recalled its envoy on Sunday.")



# --- 9. a meeting spoken to is an audience, no meeting --------------------------------------------------
def _meeting_token(pipeline, text: str):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.lemma_.lower() in {"meeting", "summit"})


def test_a_meeting_reported_to_is_an_audience(pipeline):
    from wirecoder.events.precision import _meeting_as_audience
    assert _meeting_as_audience(_meeting_token(
        pipeline, "Kenyan President Odalo Mureithi was due to report to the meeting about the dam project."))
    assert _meeting_as_audience(_meeting_token(
        pipeline, "Kenyan President Odalo Mureithi told the summit that the border would stay open."))


def test_a_meeting_held_or_one_with_a_partner_is_a_meeting(pipeline):
    from wirecoder.events.precision import _meeting_as_audience
    assert not _meeting_as_audience(_meeting_token(
        pipeline, "Kenyan President Odalo Mureithi held a meeting with Ugandan officials on Monday."))
    assert not _meeting_as_audience(_meeting_token(
        pipeline, "Kenyan President Odalo Mureithi spoke to the meeting with Ugandan officials on Monday."))
    assert ("KEN", "UGA", "04") in coded(
        pipeline, "Kenyan President Odalo Mureithi spoke to the meeting with Ugandan officials on Monday.")


# --- 10. the speaker's own state beside another is no target of the speaker's act ---------------------------
def test_a_demand_on_ones_own_state_and_another_is_on_the_other(pipeline):
    found = coded(pipeline, "Malian junta spokesman Captain Amadou Traore said Mali and France should respect "
                            "each other's sovereignty.")
    assert ("person:amadou-traore", "FRA", "10") in found
    assert not any(t == "MLI" for _, t, _ in found)


def test_criticising_two_other_states_targets_both(pipeline):
    assert {("MLI", "FRA", "11"), ("MLI", "NER", "11")} <= coded(
        pipeline, "Malian Foreign Minister Amadou Traore criticised France and Niger on Monday.")
