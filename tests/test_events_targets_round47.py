"""Round 47 (evtgt47, targets): an offer, proposal, bid or idea told before ("the offer", "that idea")
rejected whose maker no rule found (precision.yaml offered_things, read by precision.ownerless_judgement as
the verb's object or its passive subject) is no event: its maker is named as no political side, or not at all, so a rejection aimed at no
one tells another story. A maker the text gives (an earlier offer, a "by" phrase, an owner) is still the
target, and a rejection of a thing said ("rejected calls to ...", "denied the reports") still prints with
no target. Every dispatch is invented (made-up people, firms and bodies; real states)."""

from __future__ import annotations

from event_support import coded


def _rejections(events: set[tuple[str | None, str | None, str]]) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == "12"}


# --- no maker found: no event ------------------------------------------------------------------------------
def test_an_offer_from_a_firm_rejected_by_a_ministry_is_no_event_aimed_at_no_one(pipeline):
    events = coded(pipeline, "NAIROBI, May 4 (Reuters) - Brevik Logistics had offered to run the port for ten "
                             "years. Kenya's transport ministry rejected the offer on Monday, a spokesman said.")
    assert not any(t is None for s, t in _rejections(events))


def test_proposals_rejected_in_the_passive_by_parties_name_no_target_and_print_nothing(pipeline):
    events = coded(pipeline, "WARSAW (PAP) - The pension proposals drafted in March were rejected by the Polish "
                             "Peasant Party and the Left on Thursday.")
    assert not any(t is None for s, t in _rejections(events))


def test_a_takeover_bid_thrown_out_by_a_minister_is_not_a_rejection_of_no_one(pipeline):
    events = coded(pipeline, "CANBERRA, Aug 9 (AAP) - The takeover bid for Quellmarsh Mining was rejected by "
                             "Australia's treasurer, Oskar Drenvald, who cited the country's security.")
    assert not any(t is None for s, t in _rejections(events))


def test_an_idea_dismissed_by_a_minister_is_not_printed_without_the_one_who_had_it(pipeline):
    events = coded(pipeline, "LONDON (BBC) - Home Secretary Piet Ashgrove has dismissed the idea, arguing that "
                             "it would cost far more than the savings claimed.")
    assert not any(t is None for s, t in _rejections(events))


def test_an_offer_named_for_the_first_time_is_left_as_before_since_no_maker_was_looked_for(pipeline):
    """Only an offer told before ("the offer", "that idea") had its maker looked for (judgements.py proposer)."""
    events = coded(pipeline, "HANOI (AP) - Vietnam's government on Monday rejected an offer of naval patrols in "
                             "the gulf, a spokesman said.")
    assert ("VNM", None) in _rejections(events)


# --- a maker the text gives is still the target --------------------------------------------------------------
def test_an_offer_made_by_a_state_a_sentence_before_is_still_aimed_at_it(pipeline):
    events = coded(pipeline, "BRATISLAVA (AP) — Hungary offered to open talks on the river dam. Slovakia "
                             "rejected the offer on Wednesday.")
    assert ("SVK", "HUN") in _rejections(events)


def test_a_proposal_with_its_maker_after_by_is_still_aimed_at_that_maker(pipeline):
    events = coded(pipeline, "SEOUL (Yonhap) - South Korea on Friday rejected a proposal by North Korea to hold "
                             "military talks at the border.")
    assert ("KOR", "PRK") in _rejections(events)


def test_a_proposal_owned_by_a_state_is_still_aimed_at_its_owner(pipeline):
    events = coded(pipeline, "ADDIS ABABA (Xinhua) -- Ethiopia on Tuesday dismissed Egypt's proposal on the "
                             "filling of the dam.")
    assert ("ETH", "EGY") in _rejections(events)


# --- things said are not offers: still printed with no target --------------------------------------------------
def test_calls_rejected_with_no_one_named_still_print_a_rejection(pipeline):
    events = coded(pipeline, "LONDON (BBC) - Downing Street has rejected calls for an early release of the "
                             "cabinet minutes on fishing quotas.")
    assert ("GBR", None) in _rejections(events)


def test_reports_denied_with_no_one_named_still_print_a_rejection(pipeline):
    events = coded(pipeline, "TOKYO (Kyodo) - Japan's foreign ministry on Monday denied reports that it planned "
                             "to close its embassy.")
    assert any(s == "JPN" and t is None for s, t in _rejections(events))
