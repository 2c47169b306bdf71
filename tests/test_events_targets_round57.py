"""Round 57 (evtgt57): the one who reports a clause, read through a chain of verbs of saying. In "Latvia said
Estonian jets bombed its posts, state radio reported" the parser hangs the reported clause on the last verb of
saying, whose subject (an outlet) names no side; the verb of saying above it ("said") is asked next, so that what
"its" owns, hit by force, is the sayer's (arguments.yaml reporter_chain; Resolver._reporter). Every dispatch is
invented (made-up persons and places; real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


def test_an_outpost_the_sayer_owns_is_aimed_at_the_sayer_when_state_television_reported_it(pipeline):
    events = coded(pipeline, "BAKU (Reuters) - Azerbaijan said Armenian artillery shelled two of its army outposts near "
                             "the village of Karmirsk overnight, state television reported.")
    assert ("ARM", "AZE") in _pairs(events, "19")


def test_a_post_the_sayer_owns_is_aimed_at_the_sayer_when_an_agency_reported_it(pipeline):
    events = coded(pipeline, "BEIRUT (Al Jazeera) - Lebanon said Israeli drones had bombed its army post near the "
                             "town of Marjesh on Friday, the state news agency reported.")
    assert ("ISR", "LBN") in _pairs(events, "19")


def test_the_same_report_without_an_outlet_keeps_its_target(pipeline):
    events = coded(pipeline, "BAKU (Reuters) - Azerbaijan said Armenian artillery shelled two of its army outposts near "
                             "the village of Karmirsk overnight.")
    assert ("ARM", "AZE") in _pairs(events, "19")


def test_a_chain_of_sayers_that_names_no_side_names_no_target(pipeline):
    events = coded(pipeline, "LAGOS (AP) - A local radio station said gunmen had attacked its transmitter on the edge "
                             "of the town of Okerewa overnight, the station's website reported.")
    assert all(t is None for s, t, r in events if r == "19")


def test_an_unsaid_owner_with_no_sayer_above_stays_untargeted(pipeline):
    events = coded(pipeline, "RIGA (Reuters) - Estonian jets had bombed its border posts overnight, state radio reported.")
    assert ("EST", "LVA") not in _pairs(events, "19")
