"""Round 57 (evsrc57, sources): a state body placed by a place noun that a state's possessive or adjective names.

- "in Peru's capital", "in the Chilean capital", "in Bolivia's second city": a place noun of arguments.yaml
  seat_place_nouns is read as the state its possessive or adjective names, as round 56 read a named capital
  (Context._seat_city, Context._state_place): a bare state body placed there is that state's, not the dateline's
  state or the story's last one.
- Police act where they serve: for a bare police noun the place may stand after the verb or on the ones it acts
  on ("fired tear gas at students in the Chilean capital"); a ministry's place after its verb is not read ("the
  Treasury froze assets in Switzerland").
- An armed body keeps the old reading: soldiers are often abroad.

Counted by benchmarks/source_mechanisms.py. Every dispatch is invented (made-up people; real states)."""

from __future__ import annotations

from event_support import coded


def _sources(events: set[tuple[str | None, str | None, str]]) -> set[str | None]:
    return {s for s, _, _ in events}


def test_police_firing_tear_gas_in_an_adjectives_capital_are_that_states(pipeline):
    events = coded(pipeline, "WASHINGTON (AP) - Riot police fired tear gas at students in the Chilean capital on "
                             "Thursday, the State Department said.")
    assert "CHL" in _sources(events)
    assert "USA" not in _sources(events)


def test_a_ministry_in_an_adjectives_capital_is_that_states(pipeline):
    events = coded(pipeline, "PARIS, Aug 6 (AFP) - The interior ministry in the Peruvian capital accused striking "
                             "teachers of sabotage on Monday.")
    assert "PER" in _sources(events)
    assert "FRA" not in _sources(events)


def test_police_in_a_possessives_capital_are_that_states(pipeline):
    events = coded(pipeline, "WASHINGTON (Reuters) - Police in Ecuador's capital arrested a dozen protesters on "
                             "Sunday, the State Department said.")
    assert "ECU" in _sources(events)
    assert "USA" not in _sources(events)


def test_a_clause_opening_in_a_possessives_capital_places_the_police(pipeline):
    events = coded(pipeline, "WASHINGTON (Reuters) - In Ecuador's capital, police arrested a dozen protesters on "
                             "Sunday, the State Department said.")
    assert "ECU" in _sources(events)


def test_a_court_in_a_possessives_capital_is_that_states(pipeline):
    events = coded(pipeline, "GENEVA, Aug 5 (Reuters) - A court in Bolivia's capital sentenced two opposition "
                             "activists to prison on Friday.")
    assert "BOL" in _sources(events)


def test_a_ministrys_place_after_its_verb_does_not_move_it(pipeline):
    events = coded(pipeline, "WASHINGTON (Reuters) - The Treasury accused two banks in Switzerland of hiding "
                             "sanctioned funds on Monday.")
    assert "CHE" not in _sources(events)


def test_a_state_named_in_the_body_itself_is_kept(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - The British embassy in the Chilean capital condemned the arrest "
                             "of two journalists on Monday.")
    assert "CHL" not in _sources(events)
