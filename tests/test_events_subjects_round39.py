"""Round 39 (evsubj39): the doer of a deed told as someone's decision ("X's decision to expel Y's
envoy", "X's move to recall its ambassador"; modality.yaml ``decided_nouns``).

Every dispatch here is invented (people and places appear in no dictionary), in the house styles of
several agencies. The rule has positive variants that differ in wording, owner and structure, and
negatives: a decision not to act, an unowned decision, a plan, a refusal, "move" as a noun of place.
"""

from __future__ import annotations

import wirecoder


def events(pipeline: wirecoder.Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text).events}


def roots(found: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {r for _, _, r in found}


# --- a possessor's decision or move: its "to" clause is the owner's deed ---------------------------------

def test_state_decision_to_expel_an_ambassador(pipeline):
    text = ("QUITO, Oct 2 (EFE) - Ecuador's decision to expel Colombia's ambassador, Hernan Villacorta, "
            "stunned diplomats in Quito on Monday.")
    assert {("ECU", "COL", "16"), ("ECU", "COL", "17")} & events(pipeline, text)


def test_pronoun_owner_in_a_reported_clause(pipeline):
    text = ("VILNIUS, Oct 5 (BNS) - Lithuania's interior ministry said on Thursday that its decision to expel "
            "three Belarusian diplomats was final.")
    assert {("LTU", "BLR", "16"), ("LTU", "BLR", "17")} & events(pipeline, text)


def test_government_move_to_recall_its_ambassador(pipeline):
    text = ("ACCRA, Oct 3 (Reuters) - The Ghanaian government's move to recall its ambassador from Togo "
            "followed a border shooting near the town of Keveshi, officials said on Tuesday.")
    assert ("GHA", "TGO", "16") in events(pipeline, text)


def test_decision_to_impose_sanctions_as_an_object(pipeline):
    # the decision is the object of another clause: still the owner's deed
    text = ("Officials in Seoul welcomed Canada's decision to impose sanctions on North Korea over its "
            "latest missile launch, the Yonhap news agency reported.")
    assert {("CAN", "PRK", "16"), ("CAN", "PRK", "17")} & events(pipeline, text)


# --- not a deed done ------------------------------------------------------------------------------------

def test_a_decision_not_to_expel_codes_no_expulsion(pipeline):
    text = ("QUITO, Oct 6 (EFE) - Ecuador's decision not to expel Colombia's ambassador eased tensions on "
            "Friday, officials said.")
    assert not {"16", "17"} & roots(events(pipeline, text))


def test_an_unowned_decision_is_no_ones_deed(pipeline):
    text = ("A decision to expel Colombia's ambassador would deepen the crisis, an Ecuadorean business "
            "chamber said on Sunday.")
    assert not {"16", "17"} & roots(events(pipeline, text))


def test_a_plan_to_expel_is_not_done(pipeline):
    text = ("NAIROBI, Oct 7 (Reuters) - Kenya's plan to expel two Somali diplomats was dropped on Saturday, "
            "officials in Nairobi said.")
    assert not {"16", "17"} & roots(events(pipeline, text))


def test_a_refusal_to_expel_codes_no_expulsion(pipeline):
    text = ("Ecuador's refusal to expel Colombia's ambassador angered opposition lawmakers in Quito on "
            "Monday.")
    assert not {"16", "17"} & roots(events(pipeline, text))
