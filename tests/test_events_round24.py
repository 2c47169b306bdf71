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
