"""Round 54 (notgt54): an appeal asked of no one named, for a thing ("urged an end to the fighting", "appealed
for calm"), is printed with target none (GUIDE: "target may contain null where the
action has no target"); before, every appeal needed a target and such an act was lost. Only a main-clause verb
of precision.yaml open_appeal_verbs, whose own subject names a political side, and whose every object is a
thing: an appeal told to someone ("urged X to", "called on X", "urged voters to") and one whose object holds a
person, a pronoun, a group or a name no actor covers still needs its target, and a demand, a criticism or a warning with
no one named stays unprinted (codes.yaml untargeted_roots, round 34). Every dispatch is invented (made-up
persons and bodies; real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


# --- an appeal for a thing, to no one named -------------------------------------------------------------
def test_a_state_urging_an_end_to_fighting_appeals_to_no_one_named(pipeline):
    events = coded(pipeline, "QUITO, March 4 (Reuters) - Ecuador's Foreign Ministry on Tuesday urged an end to "
                             "the fighting along the northern border.")
    assert ("ECU", None) in _pairs(events, "02")


def test_a_minister_appealing_for_calm_appeals_to_no_one_named(pipeline):
    events = coded(pipeline, "LIMA (AP) - Peruvian Interior Minister Haldor Vensky appealed for calm after two "
                             "days of clashes in the capital.")
    assert ("PER", None) in _pairs(events, "02")


def test_a_party_calling_for_a_delay_is_no_demand_of_no_one(pipeline):
    # a call for a measure in domestic copy is aimed at the government, unnamed here: no target none
    events = coded(pipeline, "LONDON (Reuters) - The Greenway Party on Monday called for a delay to the pension "
                             "reform.")
    assert not any(t is None and r == "10" for _, t, r in events)


# --- someone is told: the target stays needed ---------------------------------------------------------------
def test_an_appeal_to_a_named_state_keeps_its_target(pipeline):
    events = coded(pipeline, "SANTIAGO, May 2 (AFP) - Chile called on Peru to show restraint.")
    assert ("CHL", "PER") in _pairs(events, "02") and ("CHL", None) not in _pairs(events, "02")


def test_urging_voters_to_stay_home_is_told_to_people_and_prints_no_untargeted_appeal(pipeline):
    events = coded(pipeline, "LIMA (AP) - Peruvian opposition leader Marta Quillen urged voters to stay home.")
    assert not any(t is None and r == "02" for _, t, r in events)


def test_urging_them_to_stop_names_someone_no_rule_resolved_and_prints_nothing(pipeline):
    events = coded(pipeline, "MANILA (AP) - The Philippine Senate met on Monday. Senator Dario Lucsin urged them "
                             "to stop the quarrel.")
    assert not any(t is None and r == "02" for _, t, r in events)


def test_an_appeal_made_by_a_document_is_no_appeal_of_a_state_named_in_it(pipeline):
    events = coded(pipeline, "TOKYO, March 9 (Reuters) - The Osaka Accord, by Japan, Canada and France, called for "
                             "currencies to be stabilised around current levels, dealers said.")
    assert not any(t is None and r in {"02", "10"} for _, t, r in events)


# --- other speech acts with no one named stay unprinted ----------------------------------------------------------
def test_a_criticism_with_no_one_named_is_still_not_printed(pipeline):
    events = coded(pipeline, "BOGOTA (Reuters) - Colombian Senator Iria Montaldo criticised the pension scheme on "
                             "Friday.")
    assert not any(t is None and r == "11" for _, t, r in events)


def test_a_warning_that_something_may_happen_is_still_not_printed(pipeline):
    events = coded(pipeline, "CARACAS (AP) - Venezuela's Finance Minister Oscar Delvado warned that inflation "
                             "could rise again next year.")
    assert not any(t is None and r == "13" for _, t, r in events)


def test_an_appeal_by_a_pronoun_subject_is_not_printed_with_no_target(pipeline):
    # the sentence before named the one asked: the pronoun's appeal is aimed there, not at no one
    events = coded(pipeline, "BRASILIA (Reuters) - Brazilian Senator Tavia Renardo met the river commission on "
                             "Friday. She urged swift approval of the water treaty.")
    assert not any(t is None and r == "02" for _, t, r in events)
