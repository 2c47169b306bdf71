"""Round 55 (evtgt55): an act whose object is an -ing clause with a subject of its own ("opposed X having a
seat on the board", "ruled out X taking part") is aimed at that subject (targets.yaml gerund_subject);
before, such an act was printed with no target. A reported clause ("said X was sending troops": an auxiliary
or a "that") is not read by this role, and the source's own side named as the clause's subject is no target.
benchmarks/target_mechanisms.py counts printed events by where their target came from. Every dispatch is
invented (made-up persons and bodies; real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


def test_opposing_a_state_having_a_role_is_aimed_at_that_state(pipeline):
    events = coded(pipeline, "NAIROBI, June 3 (Reuters) - Kenya's trade minister said on Tuesday he opposed Uganda "
                             "having a managerial role in the new pipeline company.")
    assert ("KEN", "UGA") in _pairs(events, "12") and ("KEN", None) not in _pairs(events, "12")


def test_opposing_a_party_taking_part_is_aimed_at_the_party(pipeline):
    events = coded(pipeline, "NAIROBI (AP) - The Kenyan government opposes the Vardane Party taking part in the "
                             "talks, a spokesman said on Monday.")
    assert any(s == "KEN" and t not in (None, "KEN") for s, t in _pairs(events, "12"))


def test_welcoming_a_state_joining_a_bloc_is_aimed_at_that_state(pipeline):
    events = coded(pipeline, "NAIROBI, May 9 (AFP) - Kenya's foreign minister welcomed Uganda joining the regional "
                             "trade bloc.")
    assert ("KEN", "UGA") in {(s, t) for s, t, _ in events}


def test_a_denial_of_its_own_troops_crossing_names_no_target_from_the_clause(pipeline):
    # the -ing clause's subject is the denier's own side: not a target
    events = coded(pipeline, "KAMPALA (Reuters) - Uganda on Friday denied its troops having crossed into Kenya.")
    assert not any(s == "UGA" and t == "UGA" for s, t, _ in events)


def test_a_rejected_claim_about_a_state_is_not_aimed_at_that_state(pipeline):
    # "that Uganda was sending": a reported clause (a "that", an auxiliary), whose subject is not the one rejected
    events = coded(pipeline, "NAIROBI (Reuters) - The Kenyan president rejected claims that Uganda was sending arms "
                             "to the rebels.")
    assert ("KEN", "UGA") not in _pairs(events, "12")
