"""Round 38 (evuntarg38, issue 9): a refusal (12) printed with no one named is kept only where its verb
names what was refused: an object ("rejected the demand"), a passive subject ("the request was
rejected by Chile"; round 47: not a proposal told before whose maker no rule found), a denied clause or the act refused ("refused to drop the levy": a refusal to act
is coded with no target on the audits' gold). A bare refusal ("has so far refused", "would not
apologise") names neither the side whose request was refused nor a thing refused, and is not printed
(precision.unaimed_refusal, codes.yaml unaimed_refusal_roots / refused_thing_deps). Every dispatch is
invented (made-up people and places, real states)."""

from __future__ import annotations

from event_support import coded


def _untargeted(events, source, root) -> bool:
    return any(s == source and t is None and r == root for s, t, r in events)


# --- a bare refusal, no one named: not printed --------------------------------------------------------------
def test_a_bare_refusal_is_not_printed(pipeline):
    events = coded(pipeline, "NAIROBI (AP) — Kenyan opposition leaders have asked the government to publish the "
                             "audit of the Tarovo road contract, but Kenya has so far refused.")
    assert not _untargeted(events, "KEN", "12")


def test_would_not_apologise_is_not_printed(pipeline):
    events = coded(pipeline, "WARSAW, May 5 (Reuters) - Poland's deputy prime minister, Halina Dorsk, said on "
                             "Friday she would not apologise, and called the row over her remarks a distraction.")
    assert not _untargeted(events, "POL", "12")


def test_a_bare_refusal_after_a_request_is_not_printed(pipeline):
    events = coded(pipeline, "CAIRO (AFP) - Parliament asked the Egyptian government this week to publish the "
                             "terms of the Verado gas deal. Egypt refused on Sunday, the state news agency said.")
    assert not _untargeted(events, "EGY", "12")


# --- a refusal to act is still printed with no one named ------------------------------------------------
def test_refused_to_drop_a_levy_is_still_printed(pipeline):
    events = coded(pipeline, "WARSAW, May 3 (Reuters) - Poland's finance minister, Tadeusz Wrenko, refused on "
                             "Tuesday to drop a proposed levy on grain imports, as farmers blocked roads for a third day.")
    assert _untargeted(events, "POL", "12")


def test_refused_to_sell_a_stake_is_still_printed(pipeline):
    """(round 57: "refused to rule out a rival offer" leaves the bid open and is no longer a refusal; see
    tests/test_events_sense_round57.py. A refusal to act stays printed with no target.)"""
    events = coded(pipeline, "BEIJING, May 4 (Xinhua) -- China's transport ministry on Saturday refused to sell "
                             "its stake in the Orvane rail link, a ministry spokesman said.")
    assert _untargeted(events, "CHN", "12")


# --- the thing refused is named: kept ---------------------------------------------------------------------
def test_rejected_the_demand_is_kept_with_no_target(pipeline):
    events = coded(pipeline, "TEHRAN, May 6 (AFP) - Iran on Wednesday rejected the demand as illegal and said work "
                             "at the Marvesh plant would go on.")
    assert _untargeted(events, "IRN", "12")


def test_dismissed_reports_is_kept_with_no_target(pipeline):
    events = coded(pipeline, "ANKARA (Anadolu) - Turkiye on Thursday dismissed media reports of a troop build-up near "
                             "the Selvan border crossing as groundless.")
    assert _untargeted(events, "TUR", "12")


def test_resisted_pressure_is_kept_with_no_target(pipeline):
    events = coded(pipeline, "BUDAPEST (AP) — Hungary has so far resisted pressure to release "
                             "the Orvas power plant contract, citing commercial secrecy.")
    assert _untargeted(events, "HUN", "12")


def test_a_request_rejected_by_a_state_is_kept_with_no_target(pipeline):
    """(Round 47: a proposal told before whose maker no rule found is no longer printed,
    tests/test_events_targets_round47.py; a request is a thing asked, still kept.)"""
    events = coded(pipeline, "SANTIAGO, May 8 (Reuters) - The request for the Teloma pipeline was rejected by Chile "
                             "on Friday on environmental grounds, the energy ministry said.")
    assert _untargeted(events, "CHL", "12")
