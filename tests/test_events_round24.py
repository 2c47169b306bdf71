"""Events, round 24 (issue 9): recall classes from half A of the event recall audit. Every dispatch is
invented (made-up people, real states); each rule's test has a negative twin."""

from __future__ import annotations

from event_support import codes


# --- 1. an accusation of one's opponents as a class names no one (precision.yaml unnamed_opponents) --
def test_accusing_ones_detractors_is_an_accusation_of_no_one_named(pipeline):
    assert ("KEN", None, "112") in codes(pipeline, "Kenya accused its detractors of inventing a crisis.")


def test_accusing_doubters_is_an_accusation_of_no_one_named(pipeline):
    assert ("PER", None, "112") in codes(pipeline, "Peru accused doubters of sowing panic over the port deal.")


def test_accusing_an_unnamed_aide_is_still_not_coded(pipeline):
    assert not any(c.startswith("11") for _, _, c in codes(pipeline, "Kenya accused an aide of leaking the memo."))


def test_accusing_a_states_critics_keeps_that_state(pipeline):
    assert ("KEN", "UGA", "112") in codes(pipeline, "Kenya accused Ugandan critics of inventing a crisis.")


# --- 2. denying a judgement of one's own work rebuts a critic no one names (codes.yaml rebutted_predicates)
def test_denying_ones_plan_is_unworkable_rejects_an_unnamed_critic(pipeline):
    assert ("PER", None, "120") in codes(pipeline, "Peru denied its quota plan was too harsh.")


def test_denying_a_fact_about_no_one_owned_is_no_rejection(pipeline):
    assert not any(c.startswith("12") for _, _, c in codes(pipeline, "Peru denied that the envoy had resigned."))


def test_denial_after_an_accusation_still_rejects_the_accuser(pipeline):
    assert ("PER", "CHL", "120") in codes(pipeline, "Chile accused Peru of hiding the catch. "
                                                    "Peru denied its figures were false.")


# --- 3. a warning told to states as a class is coded with no target (precision.yaml unnamed_addressees)
def test_warning_ones_neighbours_is_a_threat_to_no_one_named(pipeline):
    assert ("PER", None, "130") in codes(pipeline, "Peru warned its neighbours not to let the smugglers "
                                                   "reach Peru.")


def test_warning_residents_is_still_not_coded(pipeline):
    assert not any(c.startswith("13") for _, _, c in codes(pipeline, "Peru warned residents to stay indoors."))
