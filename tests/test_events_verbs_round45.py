"""Events, round 45 (evverb45): deeds whose side acted on stands outside the object slot.
Every dispatch is invented (made-up people, real states) in the house style of several agencies.

A mission closed "in" a state cuts relations with that state (161). A pattern that names both what is
done and the preposition of its target ("move [@troops] +to") never takes that thing as the target when
the preposition names no side ("moved troops to the capital"). A pattern naming the people it acts on
(expel [@envoys], receive [@visitors]) takes them as its target in the passive too, with the doer after
"by"; a recalled envoy is the doer's own and is not made the one acted on.
"""

from __future__ import annotations

import pytest
from event_support import codes

MISSION_CLOSED = [
    ("OSLO, Dec 1 (Reuters) - Norway closed its embassy in Yemen on Tuesday, citing the fighting, the "
     "foreign ministry said.", "NOR", "YEM"),
    ("BRUSSELS (AFP) - Belgium has shut down its consulate in Mali after a grenade attack, spokeswoman "
     "Anneke Verhoost said.", "BEL", "MLI"),
    ("CANBERRA, March 2 (AP) - Australia shut its embassy in Myanmar on Monday, Foreign Minister Dale "
     "Penworth said.", "AUS", "MMR"),
]


@pytest.mark.parametrize("text,source,target", MISSION_CLOSED)
def test_a_mission_closed_in_a_state_cuts_relations_with_that_state(pipeline, text, source, target):
    found = codes(pipeline, text)
    assert (source, target, "161") in found, found


def test_troops_moved_to_a_place_no_side_owns_are_not_made_the_target(pipeline):
    text = "MOSCOW (TASS) - Russia moved troops to the capital on Monday, the defence ministry said."
    found = codes(pipeline, text)
    assert not any(t == "org:troops" for _, t, _ in found), found


def test_troops_moved_to_a_states_border_still_show_force_to_it(pipeline):
    text = "MOSCOW (TASS) - Russia moved troops to its border with Georgia on Monday, officials said."
    found = codes(pipeline, text)
    assert ("RUS", "GEO", "150") in found, found


PASSIVE_PEOPLE = [
    ("TALLINN, Dec 5 (TASS) - Two Belarusian diplomats were expelled by Estonia on Saturday.", "EST", "BLR", "161"),
    ("TOKYO, Dec 6 (Kyodo) - Mongolian Foreign Minister Batbold Dorjvaan was received by Japanese Prime "
     "Minister Ren Oshikawa in Tokyo on Sunday.", "JPN", "MNG", "043"),
    ("BERLIN (Reuters) - The Iranian ambassador was summoned by Germany on Monday over the detention of "
     "a German engineer.", "DEU", "IRN", "114"),
]


@pytest.mark.parametrize("text,source,target,code", PASSIVE_PEOPLE)
def test_people_a_pattern_acts_on_are_its_target_in_the_passive(pipeline, text, source, target, code):
    found = codes(pipeline, text)
    assert any(s == source and t == target and c == code for s, t, c in found), found


def test_a_recalled_envoy_is_not_made_the_side_acted_on(pipeline):
    text = "LIMA (BBC) - Peru's ambassador to Bolivia was recalled on Tuesday, the foreign ministry said."
    found = codes(pipeline, text)
    assert not any(t == "PER" for _, t, _ in found), found


def test_sanctions_imposed_in_the_passive_still_hit_the_side_after_on(pipeline):
    text = "BRUSSELS (Reuters) - New sanctions were imposed on Iran by the European Union on Monday."
    found = codes(pipeline, text)
    assert ("EU", "IRN", "163") in found, found
