"""Round 55 (evsrc55, sources): a state named only as the modifier of a subject noun that is no actor. The one state
or capital that modifies a gathering noun ("the Geneva meeting", "the Chilean gathering") is where it met, not who
acted (arguments.yaml venue_nouns, Context._venue); two such states are its parties. A state's creditors and lenders
are the other party, never that state (arguments.yaml relation_nouns). Counted by benchmarks/source_mechanisms.py.

Every dispatch is invented (made-up people; real states)."""

from __future__ import annotations

from event_support import coded


def _sources(events: set[tuple[str | None, str | None, str]]) -> set[str | None]:
    return {s for s, _, _ in events}


# --- a gathering's state is its venue --------------------------------------------------------------------------
def test_the_city_a_meeting_was_held_in_is_no_side_of_what_it_agreed(pipeline):
    events = coded(pipeline, "VIENNA, May 3 (Reuters) - The recent Lima conference of mining nations agreed with "
                             "Chile on the need for stable prices, Ardo Vessin told reporters.")
    assert "PER" not in _sources(events)


def test_the_organisers_of_a_gathering_are_not_the_state_it_met_in(pipeline):
    events = coded(pipeline, "VIENNA, May 3 (Reuters) - Organisers of the Chilean gathering of farm campaigners "
                             "accused Peru on Tuesday of blocking their buses.")
    assert "CHL" not in _sources(events)


def test_talks_named_by_two_states_are_still_theirs(pipeline):
    events = coded(pipeline, "LIMA, May 3 (Reuters) - The Peruvian-Chilean talks agreed on Tuesday to reopen the "
                             "border crossing, officials said.")
    assert ("PER", "CHL", "03") in events


def test_a_state_that_acts_at_talks_keeps_its_act(pipeline):
    events = coded(pipeline, "LIMA, May 3 (Reuters) - Peru's foreign minister Ardo Vessin met Chile's foreign "
                             "minister on Tuesday and signed a border accord.")
    assert ("PER", "CHL", "04") in events


# --- a state's creditors are not the state -----------------------------------------------------------------------
def test_a_states_creditors_are_not_that_state(pipeline):
    events = coded(pipeline, "ATHENS, May 3 (Reuters) - Greece's creditors demanded deeper pension cuts on Tuesday, "
                             "Finance Minister Oreste Palandis said.")
    assert "GRC" not in _sources(events)


def test_a_state_that_accuses_anothers_lenders_keeps_its_act(pipeline):
    events = coded(pipeline, "ATHENS, May 3 (Reuters) - Greece accused Germany's lenders on Tuesday of hiding "
                             "their fees, Finance Minister Oreste Palandis said.")
    assert "GRC" in _sources(events)
    assert "DEU" not in _sources(events)
