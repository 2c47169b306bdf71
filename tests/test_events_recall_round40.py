"""Events, round 40 (issue 9, evmiss40): material acts with no root printed. Every dispatch is invented
(made-up people, places and groups, real states).

Two rules were tried and dropped (they changed no printed event of real-news dev or test, the audits'
halves or the pool outside their own invented block n837-n844, README "Tried in round 40"):

1. People seized by a side's forces: "captured a senior rebel commander", "apprehended three suspected
   militants" are arrests (173, root 17) of the side the people belong to; only people
   (object_classes.yaml captives): a town captured stays taken ground (19), "captured the imagination"
   is no deed.
2. A pattern whose named objects are people ("capture [@captives]", "expel [@envoys]",
   "neutralise [@combatants]") takes its target from the passive subject too: "a commander was
   captured by Malian soldiers", "two diplomats were expelled by Russia"; a measure named as the
   passive subject stays no side ("sanctions were imposed on X by Y" is aimed at X).

What holds, and is kept here so that a later try at either rule keeps it: capturing a thing arrests no
one, a town captured stays fighting (19), and a measure named as the passive subject is no target.
"""

from __future__ import annotations

import pytest
from event_support import coded

NOT_CAPTURED_PEOPLE = [
    "The minister's new apprenticeship plan has captured the imagination of young voters across the "
    "Midlands, party officials said on Friday.",
    "LONDON (Reuters) - Onlookers captured the burning wreckage of the airliner on their phones, police said.",
]


@pytest.mark.parametrize("text", NOT_CAPTURED_PEOPLE)
def test_capturing_a_thing_arrests_no_one(pipeline, text):
    assert "17" not in {r for _, _, r in coded(pipeline, text)}


def test_a_town_captured_stays_fighting(pipeline):
    found = coded(pipeline, "KINSHASA, Sept. 26 (Xinhua) -- Congolese government troops captured the town of "
                            "Kelvaro from rebels on Saturday, the army spokesman said.")
    assert "19" in {r for _, _, r in found}, found
    assert "17" not in {r for _, _, r in found}, found


def test_a_measure_in_the_passive_is_no_target(pipeline):
    found = coded(pipeline, "BRUSSELS (Reuters) - New sanctions were imposed on Iran by the European Union "
                            "on Monday.")
    assert ("EU", "IRN", "16") in found, found
