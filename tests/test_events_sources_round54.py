"""Round 54 (evsrc54, sources): whose voice a verdict inside a quotation is. A verdict that sits in the clause of
a verb of saying with its own subject inside the same quotation is that subject's, not the speaker's (sources.yaml
voice_verbs, sources.reported_voice, coder.voiced); a first-person subject is the speaker's own voice.

Every dispatch is invented (made-up people; real states and parties)."""

from __future__ import annotations

from event_support import coded


def _sources(events: set[tuple[str | None, str | None, str]], root: str | None = None) -> set[str | None]:
    return {s for s, _, r in events if root is None or r == root}


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
