"""Round 53 (evtgt53, targets): three places where the target resolver named the wrong side, or none where
the text names one. A noun of degree after "to" ("to a lesser extent", "to some degree") is an adverb of how
much: a state the parser hangs on it is no one the act is done to (arguments.yaml degree_nouns). A deed
of force done to a part of what the reporter owns ("three of its border posts") hits the reporter, as "its
positions" already did. A slum, a stronghold or a township named with its city ("the old Herat township of
X") lies in that city's state (targets.yaml place_nouns). Every dispatch is invented
(made-up people, groups, places and one made-up
state, Vardenia; otherwise real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


# --- a degree is no side ---------------------------------------------------------------------------------
def test_a_state_named_after_to_a_certain_extent_is_no_target_of_the_support(pipeline):
    events = coded(pipeline, "ROME (ANSA) - The Corvel plan drew fire from Austria. It is supported by France "
                             "and, to a certain extent, Italy.")
    assert not any(t == "ITA" for _, t, _ in events)


def test_a_state_named_after_to_some_degree_is_no_target_of_the_support(pipeline):
    events = coded(pipeline, "PARIS (AFP) - The Corvel plan is opposed by Poland. It is supported by France "
                             "and, to some degree, Italy.")
    assert not any(t == "ITA" for _, t, _ in events)


def test_a_state_after_to_is_still_the_one_aid_is_sent_to(pipeline):
    events = coded(pipeline, "ANKARA (Anadolu) - Turkey sent 40 trucks of food and tents to Syria on Monday, "
                             "the disaster agency said.")
    assert ("TUR", "SYR") in _pairs(events, "07")


# --- a part of what the reporter owns ------------------------------------------------------------------------
def test_shelling_three_of_its_posts_is_aimed_at_the_state_that_reports_it(pipeline):
    events = coded(pipeline, "RIGA (LETA) - Latvia said on Sunday that Estonian gunboats had shelled three of "
                             "its border posts on Lake Peipsi.")
    assert any(t == "LVA" for s, t, _ in events if s == "EST")


def test_an_attack_on_its_positions_is_still_aimed_at_the_reporter(pipeline):
    events = coded(pipeline, "TALLINN (AFP) - Estonia said Latvian jets had bombed its positions near the "
                             "border on Sunday.")
    assert any(t == "EST" for _, t in _pairs(events, "18") | _pairs(events, "19"))


# --- a slum or a stronghold of a named city -----------------------------------------------------------------
def test_bombing_in_a_township_of_a_named_city_is_aimed_at_its_state(pipeline):
    events = coded(pipeline, "KABUL (AP) - U.S. jets bombed hideouts in the old Herat township of Gul Tarvi on "
                             "Friday, a week after clashes across Afghanistan's west.")
    assert any(t == "AFG" for s, t, _ in events if s == "USA")


def test_a_township_named_with_no_city_gives_no_state(pipeline):
    events = coded(pipeline, "KABUL (AP) - U.S. jets bombed hideouts in a crowded township on Friday, "
                             "officials in Afghanistan said.")
    assert not any(t == "USA" for _, t, _ in events)
