"""Round 56 (evsrc56, sources): a state's people acting as themselves, a body in a named city, a digest's dateline.

- A noun of a state's people who act as themselves (arguments.yaml private_people_heads: workers, fans, residents)
  that the actors stage made no actor of lends no state from its possessive or adjective to the events it does, as a
  firm does: "Chile's copper workers demanded ..." is not Chile demanding. A qualifier that makes them a side's own
  (political_people_qualifiers: "opposition supporters") keeps the old reading.
- A state body named by a bare noun in a clause opening "In <capital>," or with "in <capital>" after it is that
  capital's state, not the state the story named last (Context._seat_city).
- A capital in upper case opening a digest's line with no comma or dash after it ("KABUL US warplanes ...") is the
  dateline, not a modifier of the subject (Context._dateline_word).

Counted by benchmarks/source_mechanisms.py. Every dispatch is invented (made-up people; real states)."""

from __future__ import annotations

from event_support import coded


def _sources(events: set[tuple[str | None, str | None, str]]) -> set[str | None]:
    return {s for s, _, _ in events}


# --- a state's people are not the state ----------------------------------------------------------------------
def test_a_states_counted_dockworkers_are_not_that_state(pipeline):
    events = coded(pipeline, "LISBON, June 12 (Reuters) - Portugal's 12,000 dockworkers accused the government on "
                             "Monday of breaking its pension promise, union leaders said.")
    assert "PRT" not in _sources(events)


def test_a_states_football_fans_attacking_police_are_not_that_state(pipeline):
    events = coded(pipeline, "VIENNA, June 13 (AP) - Angry Hungarian football fans attacked police outside a stadium "
                             "on Tuesday night.")
    assert "HUN" not in _sources(events)


def test_a_states_trade_workers_demanding_a_resignation_are_not_that_state(pipeline):
    events = coded(pipeline, "SANTIAGO, June 14 (EFE) - Chile's copper workers demanded the resignation of the mining "
                             "minister, Tomas Orvelo, on Wednesday.")
    assert "CHL" not in _sources(events)


def test_workers_the_actors_stage_knows_keep_their_group(pipeline):
    events = coded(pipeline, "SANTIAGO, June 14 (EFE) - Chilean workers demanded the resignation of the mining "
                             "minister, Tomas Orvelo, on Wednesday.")
    assert "org:chilean-workers" in _sources(events)


def test_a_states_troops_are_still_that_state(pipeline):
    events = coded(pipeline, "KYIV, June 14 (Reuters) - Russia's troops attacked the village of Ostrivka on Wednesday, "
                             "the Ukrainian army said.")
    assert "RUS" in _sources(events)


# --- a body in a named city ----------------------------------------------------------------------------------
def test_a_ministry_in_a_named_capital_is_that_capitals_state(pipeline):
    events = coded(pipeline, "N'DJAMENA, June 15 (AFP) - Chad expelled the French ambassador on Thursday. In Paris, "
                             "the foreign ministry accused Chad of breaking diplomatic rules.")
    assert ("FRA", "TCD", "11") in events


def test_a_ministry_in_the_story_states_capital_stays_that_state(pipeline):
    events = coded(pipeline, "PARIS, June 15 (AFP) - France recalled its ambassador to Chad on Thursday. In N'Djamena, "
                             "the foreign ministry accused France of meddling in its elections.")
    assert ("TCD", "FRA", "11") in events


# --- a digest's dateline is no modifier ----------------------------------------------------------------------
def test_a_digest_dateline_capital_is_not_the_subjects_state(pipeline):
    events = coded(pipeline, "Drones hit militia camp\n\nTRIPOLI Turkish drones struck a militia camp south of the "
                             "city on Friday, an army spokesman, Colonel Salem Warfalli, said.")
    assert "LBY" not in _sources(events)
    assert "TUR" in _sources(events)


def test_a_bloc_opening_a_line_is_still_the_doer(pipeline):
    events = coded(pipeline, "NATO warplanes bombed targets in the east of Kabul on Thursday.")
    assert "NATO" in _sources(events)


def test_a_named_leader_visiting_a_capital_keeps_his_own_state(pipeline):
    events = coded(pipeline, "Last week in Rome, President Davor Kelemic discussed fishing quotas with Italian "
                             "Prime Minister Lucio Fantoni. Kelemic is the Croatian president.")
    assert "ITA" not in _sources(events)


def test_a_states_embassy_in_a_foreign_capital_stays_that_state(pipeline):
    events = coded(pipeline, "VILNIUS, June 15 (Reuters) - Lithuania expelled two Belarusian diplomats on Thursday. "
                             "The Belarusian embassy in Vilnius denied that the two men had spied on the army.")
    assert "LTU" not in {s for s, t, r in events if r == "12"}
