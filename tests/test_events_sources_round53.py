"""Round 53 (evsrc53, sources): an office a named body owns ("the Cymru Renewal Party's Senedd leader X",
"the Conservatives' Treasury spokesman X") is held by the person and the party; a body compounded on that office names
the chamber it sits in or the portfolio it shadows, and is no second doer of the holder's acts
(arguments.yaml office_owner_kinds, Context.office_domain). Only a body's possessor makes such an owner: a
state's ("Britain's Labour government") keeps both sides. Every dispatch is invented (made-up people and
parties; real states and chambers)."""

from __future__ import annotations

from event_support import coded


def _sources(events: set[tuple[str | None, str | None, str]], root: str) -> set[str | None]:
    return {s for s, _, r in events if r == root}


# --- the chamber or portfolio of a party's office is no side -------------------------------------------------
def test_a_party_leaders_chamber_is_no_source_of_her_criticism(pipeline):
    events = coded(pipeline, "CARDIFF (Reuters) - The Cymru Renewal Party's Senedd leader Maris Tovell criticised "
                             "First Minister Alun Drefach on Thursday over cuts to hospital budgets.")
    sources = _sources(events, "11")
    assert "org:senedd" not in sources
    assert {"org:cymru-renewal-party", "person:maris-tovell"} <= sources


def test_a_party_spokesmans_portfolio_is_no_source_and_the_spokesman_stays(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - The Conservatives' Treasury spokesman Corin Vallance accused "
                             "Labour on Monday of wasting public money.")
    sources = _sources(events, "11")
    assert "org:treasury" not in sources
    assert "person:corin-vallance" in sources
    assert "org:conservative-party" in sources


def test_a_chamber_named_in_two_words_is_no_source_either(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - The Liberal Democrats' Scottish Parliament leader Corin "
                             "Vallance accused the Conservatives of waste on Monday.")
    sources = _sources(events, "11")
    assert not any(s and "parliament" in s for s in sources)
    assert "person:corin-vallance" in sources


# --- a state's possessor still names a side ------------------------------------------------------------------
def test_a_states_party_government_keeps_both_the_state_and_the_party(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - Britain's Labour government criticised Russia on Monday over "
                             "the poisoning of a defector.")
    sources = _sources(events, "11")
    assert {"GBR", "org:labour-party"} <= sources
