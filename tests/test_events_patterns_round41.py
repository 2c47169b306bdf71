"""Events, round 41 (issue 9, evmat41): triggers no pattern knows, ranked on the pool's raw text. Every
dispatch is invented (made-up people and places, real states).

The light-verb frames of the brief (talks held or "between" two sides, a visit paid, strikes launched,
curbs imposed, support voiced, action taken against a side) already code; of the frames counted on the
pool's raw text with no pattern, the one class seen more than a handful of times was pressure put on a
side by other light verbs ("piled", "kept up", "ratcheted up", "exerted", "applied", "raised" pressure
on X, "turned up the heat on X"; about 11 raw hits in 4,557 pool articles). Patterns for it were tried
and dropped (README "Tried in round 41"): over the whole pool they printed 3 events anew, none right,
and no article of real-news dev or either audit half holds the frame.

What holds, and is kept here so that a later try keeps it: the frames that do code ("stepped up", "put"
pressure on X, talks held with X, strikes launched on X, curbs imposed on X), and pressure by no one
named, on a thing or only intended codes no demand.
"""

from __future__ import annotations

import pytest
from event_support import coded

ALREADY_CODED = [
    ("WASHINGTON (Reuters) - The United States stepped up pressure on Venezuela on Tuesday over the jailed "
     "opposition organiser Tomas Velmora, officials said.", ("USA", "VEN", "10")),
    ("LONDON (Reuters) - Britain put pressure on Chad on Monday to hold the delayed elections.",
     ("GBR", "TCD", "10")),
    ("ANKARA (Reuters) - Turkish Foreign Minister Oskar Drenvald held talks with his Greek counterpart in "
     "Ankara on Tuesday.", ("TUR", "GRC", "04")),
    ("MOSCOW (TASS) - Russia launched a wave of drone strikes against Ukraine on Monday, the defence "
     "ministry said.", ("RUS", "UKR", "19")),
    ("DELHI (AFP) - India imposed curbs on Chinese investment on Monday, the commerce ministry said.",
     ("IND", "CHN", "17")),
]


@pytest.mark.parametrize(("text", "event"), ALREADY_CODED)
def test_the_frequent_light_verb_frames_already_code(pipeline, text, event):
    found = coded(pipeline, text)
    assert event in found, found


def test_pressure_piled_by_no_one_named_is_no_demand(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Falling oil prices have piled pressure on Norway's "
                            "shipping firms this year, analysts said on Tuesday.")
    assert "10" not in {r for _, _, r in found}, found


def test_pressure_on_a_wound_is_no_event(pipeline):
    found = coded(pipeline, "KABUL (AP) - A nurse applied pressure on the wound of a boy hurt in the "
                            "explosion on Sunday, police said.")
    assert "10" not in {r for _, _, r in found}, found


def test_pressure_only_intended_codes_nothing(pipeline):
    found = coded(pipeline, "Opposition councillors in the Marrow Valley said they were determined to keep "
                            "up their pressure on ministers over the planned closure of the coal depot.")
    assert "10" not in {r for _, _, r in found}, found
