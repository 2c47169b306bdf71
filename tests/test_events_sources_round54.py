"""Round 54 (evsrc54, sources): who a doer of no state office stands for, and whose voice a verdict inside a
quotation is.

1. People who act apart from their state (a person of no GOV/MIL office, people named by a civil noun: workers,
   organisers, students) lend no state from the adjective, possessive or "of" phrase that says where they are
   from (arguments.yaml civil_doer_sectors, Context._civil_doer / modifies_civil_doer), as a firm does (round 33);
   a person of a state body (a lawmaker) still acts for the state.
2. A verdict inside a quotation that sits in the clause of a verb of saying with its own subject is that
   subject's, not the speaker's (sources.yaml voice_verbs, sources.reported_voice); a first-person subject is the
   speaker's own voice.

Every dispatch is invented (made-up people; real states and parties)."""

from __future__ import annotations

from event_support import coded


def _sources(events: set[tuple[str | None, str | None, str]], root: str | None = None) -> set[str | None]:
    return {s for s, _, r in events if root is None or r == root}


# --- a national of no office is not her state ------------------------------------------------------------------
def test_an_environmentalist_is_no_source_as_her_state(pipeline):
    events = coded(pipeline, "NAIROBI (Reuters) - Kenyan environmentalist Talvi Oduya vowed on Friday to fight the "
                             "government's logging plan in court.")
    assert "KEN" not in _sources(events)
    assert not any({s, t} == {"KEN", "person:talvi-oduya"} and r == "03" for s, t, r in events)  # no joint act with her state


def test_a_states_workers_on_strike_are_not_the_state_striking(pipeline):
    events = coded(pipeline, "SANTIAGO (Reuters) - Chile's workers began a national strike on Monday.")
    assert "CHL" not in _sources(events)


def test_a_lawmaker_still_acts_for_his_state(pipeline):
    events = coded(pipeline, "MOSCOW (Reuters) - Russian lawmaker Pavel Drozdin accused Ukraine on Monday of shelling "
                             "a border village.")
    assert "RUS" in _sources(events, "11")


def test_an_opposition_leader_stays_the_source_of_his_accusation(pipeline):
    events = coded(pipeline, "MOSCOW (Reuters) - Russian opposition leader Pavel Drozdin accused the Kremlin on Monday "
                             "of rigging the vote.")
    assert "person:pavel-drozdin" in _sources(events, "11")
    assert "RUS" not in _sources(events, "11")


# --- whose voice a verdict inside a quotation is ---------------------------------------------------------------
def test_a_verdict_a_party_is_reported_to_pass_is_the_partys(pipeline):
    events = coded(pipeline, 'LONDON (Reuters) - Opposition leader Corin Vallance said on Monday: "The Liberal '
                             "Democrats say the prime minister's plan is a disaster.\"")
    sources = _sources(events, "11")
    assert "org:liberal-democrats" in sources
    assert "person:corin-vallance" not in sources


def test_a_verdict_an_envoy_passed_is_the_envoys_state(pipeline):
    events = coded(pipeline, "MADRID (Reuters) - Foreign Minister Elena Varga said Italy's envoy had warned her that "
                             "France's blockade of the border was illegal.")
    assert ("ITA", "FRA", "11") in events
    assert ("ESP", "FRA", "11") not in events


def test_a_verdict_the_speaker_says_in_the_first_person_stays_hers(pipeline):
    events = coded(pipeline, 'LONDON (Reuters) - Opposition leader Corin Vallance said on Monday: "We say the prime '
                             "minister's plan is a disaster.\"")
    assert "person:corin-vallance" in _sources(events, "11")


def test_a_verdict_the_speaker_passes_herself_is_unchanged(pipeline):
    events = coded(pipeline, "MADRID (Reuters) - Foreign Minister Elena Varga said France's blockade of the border "
                             "was illegal.")
    assert ("ESP", "FRA", "11") in events
