"""Round 52 (evtgt52, targets): an accusation or other act aimed at "him" or "her" is aimed at the person
named before the pronoun, even when a state or a body was named after that person as the head of its own
phrase ("apologise to Budapest", "before parliament"): a "him" is never a state or a body, so such a
mention is passed over (arguments.yaml pronoun_passed_deps, Context.object_person). A state named as the
owner or modifier of another's noun ("Latvia's envoy") still stops the search: the person there is the
envoy, whose name is not given. Every dispatch is invented (made-up people and bodies; real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


# --- a state or body named as its own phrase is no "him" -----------------------------------------------------
def test_an_accusation_of_him_after_a_capital_he_spoke_to_is_aimed_at_his_state(pipeline):
    events = coded(pipeline, "WARSAW (Reuters) - Polish Foreign Minister Darek Wolnicki refused on Monday to "
                             "apologise to Vilnius for his remarks. Lithuania's foreign ministry accused him "
                             "of insulting the Lithuanian people.")
    assert ("LTU", "POL") in _pairs(events, "11")


def test_an_accusation_of_her_after_the_parliament_she_spoke_before_is_aimed_at_her(pipeline):
    events = coded(pipeline, "NAIROBI (AFP) - Kenya's Energy Minister Wanjiru Kamotho defended her budget "
                             "before parliament on Tuesday after the Lakeshore Union accused her of hiding "
                             "losses at the power company.")
    assert any(t == "KEN" for _, t in _pairs(events, "11"))


# --- a state that owns another's noun still stops the search -------------------------------------------------
def test_a_pronoun_after_an_unnamed_envoy_of_a_state_is_not_aimed_at_an_earlier_person(pipeline):
    events = coded(pipeline, "MOSCOW (TASS) - Foreign Minister Arkady Velminov spoke to reporters on Monday. "
                             "Later Russia's foreign ministry summoned Latvia's envoy and accused him of "
                             "meddling.")
    assert ("RUS", "RUS") not in _pairs(events, "11")
    assert not any(t == "person:arkady-velminov" for _, t in _pairs(events, "11"))


def test_a_him_in_a_lawyers_quotation_past_a_state_is_not_the_lawyer_herself(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - The detained engineer's lawyer, Marta Kellin, said: \"We will sue "
                             "the officials who worked with the Americans in seizing him and flying him to a "
                             "secret prison.\"")
    assert not any(t == "person:marta-kellin" for _, t, _ in events)
