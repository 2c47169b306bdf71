"""Events, round 57 (evfact57): an act named by a noun with "any" on it is no act done. "warned against
any aggressive move by Russia", "discussed their response to any blockade of Qatar by Saudi Arabia", "vowed
to respond sternly to any provocation by North Korea": every such act that may come, none that happened, so
the noun (or the adjective on it) codes nothing (modality.yaml ``unreal_determiners``, read in
events/precision.py ``is_unreal_noun``). Before, the noun's own pattern coded the aggression, the blockade or
the provocation as the other side's deed, done. Every dispatch is invented (made-up people, real states).

What stays: the deed the same sentence or its neighbour tells ("accused Russia of moving troops"), the
same act named without "any" ("the blockade of Qatar by Saudi Arabia had hit food imports"), and the verb
that carries the noun when it is coded by a pattern of its own ("condemned any Azerbaijani attack on
Armenia").
"""

from __future__ import annotations

import pytest
from event_support import REF, coded

ANY_ACTS = [
    # the adjective trigger on a noun under "any"
    "TBILISI, Georgia (AP) — Georgian Defense Minister Levan Tsikhvadze warned against any aggressive move by "
    "Russia along the boundary line.",
    # the noun trigger under "any", carried by a verb of the narrator's plain past
    "DOHA, Sept 3 (Reuters) - The two ministers discussed their response to any blockade of Qatar by Saudi "
    "Arabia, a Qatari official said.",
    "SEOUL (AFP) - Defence Minister Kwon Tae-seok vowed to respond sternly to any provocation by North Korea.",
    "MOSCOW, September 5. /TASS/. The two ministers discussed a joint response to any aggressive move by "
    "NATO on the western border.",
]
@pytest.mark.parametrize("text", ANY_ACTS)
def test_an_act_under_any_codes_nothing(pipeline, text):
    # whatever the carrying verb codes, no event is coded at a word of the "any ..." phrase
    start = text.index(" any ") + 1
    end = text.index(" by ", start)
    events = pipeline.extract(text, reference_date=REF).events
    inside = [(e.source, e.target, e.cameo) for e in events if start <= e.trigger[0] < end]
    assert not inside, inside


def test_the_same_act_told_without_any_is_still_coded(pipeline):
    text = "DOHA, Sept 3 (Reuters) - Economists in the Gulf said the blockade of Qatar by Saudi Arabia had hit " \
           "food imports within weeks."
    assert any(s == "SAU" and t == "QAT" for s, t, _ in coded(pipeline, text))


def test_the_deed_beside_the_hypothetical_act_stays(pipeline):
    text = "TBILISI, Georgia (AP) — Georgia accused Russia on Wednesday of moving troops closer to the boundary " \
           "line. Defense Minister Levan Tsikhvadze warned against any aggressive move by Russia along the line."
    events = coded(pipeline, text)
    assert ("GEO", "RUS", "11") in events
    assert not any(s == "RUS" for s, _, _ in events)


def test_a_verb_coded_on_its_own_keeps_its_event(pipeline):
    text = "TEHRAN (AFP) - Iran on Friday condemned any Azerbaijani attack on Armenia, the foreign ministry said."
    assert ("IRN", "AZE", "11") in coded(pipeline, text)
