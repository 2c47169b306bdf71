"""Round 44 (evnone44, issue 9): an offer, proposal or request answered later ("rejected the offer", "dismissed
the proposal", "accepted the proposal") is aimed at its maker even where the offer itself was coded as no event
(no one named to take it): the subject of the latest verb that makes it ("offered to", "proposed") or the owner of
the same noun told before ("Uganda's proposal"), in the answer's sentence or up to two sentences back
(judgements.yaml making_verbs, making_sentences_back; Judgements._maker_told). An acceptance answers the offer as a
rejection does (answer_roots). A negated offer makes none, and a proposal that a name no actor stands for
modifies ("the Drensby proposals") names its maker itself, so no earlier speaker is guessed. Every dispatch is
invented (made-up people and places, real states and agencies)."""

from __future__ import annotations

from event_support import coded


def _aimed(events: set[tuple[str | None, str | None, str]], source: str, target: str | None, root: str) -> bool:
    return any(s == source and t == target and r == root for s, t, r in events)


# --- the maker told by its verb, where the offer itself was no event ------------------------------------
def test_an_offer_to_hold_talks_rejected_later_is_aimed_at_the_state_that_offered(pipeline):
    events = coded(pipeline, "LJUBLJANA (AP) — Slovenia offered to hold talks on the border dispute. Croatia rejected "
                             "the offer on Friday.")
    assert _aimed(events, "HRV", "SVN", "12")


def test_a_proposal_dismissed_as_premature_is_still_aimed_at_the_state_that_proposed_it(pipeline):
    events = coded(pipeline, "DAR ES SALAAM, June 5 (Xinhua) -- Burundi proposed a joint census of the lake's fish "
                             "stocks on Monday. Tanzania's foreign ministry dismissed the proposal as premature.")
    assert _aimed(events, "TZA", "BDI", "12")


def test_an_offer_to_a_neighbour_turned_down_is_aimed_at_the_one_who_made_it(pipeline):
    events = coded(pipeline, "LOME, Sept 7 (AFP) - Benin has offered to supply gas to its neighbour at a lower price. "
                             "Togo turned down the offer on Tuesday, officials said.")
    assert _aimed(events, "TGO", "BEN", "12")


def test_an_accepted_proposal_is_aimed_at_the_one_who_proposed_it(pipeline):
    events = coded(pipeline, "HANOI, Oct 2 (Kyodo) - Laos proposed military talks on Wednesday. Vietnam accepted "
                             "the proposal a day later.")
    assert any(s == "VNM" and t == "LAO" for s, t, _ in events)


def test_a_proposal_told_by_its_owners_noun_is_aimed_at_that_owner(pipeline):
    events = coded(pipeline, "KAMPALA, March 3 (Reuters) - Rwanda's proposal for a joint border force was made "
                             "public on Monday. Uganda rejected the proposal on Tuesday.")
    assert _aimed(events, "UGA", "RWA", "12")


# --- no maker guessed -------------------------------------------------------------------------------------
def test_a_negated_offer_makes_no_one_the_target_of_the_rejection(pipeline):
    events = coded(pipeline, "TALLINN (AP) — Latvia did not offer any talks on the quota. Estonia rejected the "
                             "proposal on Friday.")
    assert not _aimed(events, "EST", "LVA", "12")


def test_proposals_named_after_an_unknown_person_are_not_aimed_at_the_last_speaker(pipeline):
    events = coded(pipeline, 'LONDON (BBC) - "Our exams are out of date," Conservative education spokesman Piet '
                             'Ashgrove told reporters. The Liberal Democrats have welcomed the Drensby proposals '
                             'on exam reform.')
    assert not any(t is not None and "ashgrove" in t for _, t, _ in events)


# --- must still hold --------------------------------------------------------------------------------------
def test_a_proposal_with_its_maker_after_by_is_still_aimed_at_that_maker(pipeline):
    events = coded(pipeline, "MANILA (AP) — Vietnam on Monday welcomed the proposal by China to resume talks on "
                             "fishing rights.")
    assert any(s == "VNM" and t == "CHN" for s, t, _ in events)


def test_an_offer_that_names_its_taker_still_codes_the_offer_to_that_taker(pipeline):
    events = coded(pipeline, "ACCRA, Sept 7 (AFP) - Togo has offered to supply electricity to Ghana at a lower "
                             "price. Ghana turned down the offer on Tuesday, officials said.")
    assert _aimed(events, "GHA", "TGO", "12") and any(s == "TGO" and t == "GHA" for s, t, _ in events)
