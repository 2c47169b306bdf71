"""Round 56 (disc56): a target-less act linked to the party whose thing it acts on (events/discourse.py,
data/events/discourse.yaml). An act still aimed at no one after the target rules, whose object is a definite
noun naming no actor ("shelled the convoy"), is aimed at the owner that an earlier mention of the same noun
names ("a Georgian convoy"): at most two sentences back, or further while the noun keeps repeating; none where
two owners fit, never the act's own side. Every dispatch is invented (made-up persons and places; real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


def test_shelling_a_convoy_named_before_is_aimed_at_its_state(pipeline):
    events = coded(pipeline, "MOSCOW (Reuters) - A Georgian convoy crossed into the disputed zone on Monday, officials "
                             "said. On Tuesday Russian forces shelled the convoy near the border, the defence ministry said.")
    assert ("RUS", "GEO") in _pairs(events, "19")


def test_a_convoy_of_two_states_names_no_target(pipeline):
    # two owners fit: the step names none
    events = coded(pipeline, "MOSCOW (Reuters) - A Georgian convoy and an Armenian convoy crossed into the disputed zone "
                             "on Monday, officials said. On Tuesday Russian forces shelled the convoy near the border.")
    pairs = _pairs(events, "19")
    assert ("RUS", "GEO") not in pairs and ("RUS", "ARM") not in pairs


def test_an_act_on_its_own_states_thing_is_not_aimed_at_itself(pipeline):
    events = coded(pipeline, "MOSCOW (Reuters) - A Russian convoy crossed into the disputed zone on Monday, officials "
                             "said. On Tuesday Russian forces shelled the convoy near the border, the defence ministry said.")
    assert not any(s == "RUS" and t == "RUS" for s, t, _ in events)


def test_an_owner_named_too_far_back_is_not_read(pipeline):
    events = coded(pipeline, "MOSCOW (Reuters) - A Georgian convoy crossed into the disputed zone on Monday, officials "
                             "said. Rain fell across the region for most of the day. Roads were closed in three districts. "
                             "Farmers moved their herds to higher ground. On Tuesday Russian forces shelled the convoy "
                             "near the border, the defence ministry said.")
    assert ("RUS", "GEO") not in _pairs(events, "19")


def test_a_noun_the_text_repeats_keeps_its_owner_in_reach(pipeline):
    events = coded(pipeline, "MOSCOW (Reuters) - A Georgian convoy crossed into the disputed zone on Monday, officials "
                             "said. Rain fell across the region for most of the day. The convoy stopped near a bridge. "
                             "Farmers moved their herds to higher ground. On Tuesday Russian forces shelled the convoy "
                             "near the border, the defence ministry said.")
    assert ("RUS", "GEO") in _pairs(events, "19")


def test_seizing_a_boat_named_before_is_aimed_at_its_state(pipeline):
    events = coded(pipeline, "ANKARA (AFP) - A Greek fishing trawler strayed into waters off the Turkish coast on "
                             "Wednesday, the coast guard said. Turkish coast guard vessels seized the trawler and towed "
                             "it to port, a spokesman said.")
    assert ("TUR", "GRC") in _pairs(events, "17")
