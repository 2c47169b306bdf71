"""Events, round 42 (evfact42): what came before the news, counted on the pool before any rule. Every
dispatch is invented (made-up people, real states). No rule was kept this round: the frames the brief
named were counted over the pool's printed events (all seven blocks) and none reached the ~5 wrong
printings a rule needs (README, round 42). These tests keep what already holds for the frames counted.

1. A deed the narrator dates by "in <year>" two or more years before a dated dispatch is background
   (modality.history_year), whether the year sits on the verb or after its object, and also for a
   deed told in a relative clause with its own "after" clause.
2. The same deed told as this week's news stays an event.
"""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. a year long before the dispatch ----------------------------------------------------------------
DATED_HISTORY = [
    ("DEU", "BERLIN, Nov 18 (Reuters) - Germany imposed an arms embargo on Belarus in 2019, Chancellor spokeswoman "
     "Ilse Varnholt recalled on Wednesday, as lawmakers debated new curbs."),
    ("FRA", "PARIS (AFP) - The Velmoran parliament said on Tuesday it would review the accord, which France imposed "
     "on Mali in 2019 after troops seized the border post."),
]


@pytest.mark.parametrize("doer,text", DATED_HISTORY)
def test_a_deed_dated_years_before_the_dispatch_is_background(pipeline, doer, text):
    assert not {e for e in coded(pipeline, text) if e[0] == doer}, coded(pipeline, text)


# --- 2. the same deed as news ---------------------------------------------------------------------------
def test_the_same_deed_told_as_this_weeks_news_stays(pipeline):
    text = ("BERLIN, Nov 18 (Reuters) - Germany imposed an arms embargo on Belarus on Monday, Chancellor "
            "spokeswoman Ilse Varnholt said, as lawmakers debated new curbs.")
    assert ("DEU", "BLR", "16") in coded(pipeline, text), coded(pipeline, text)
