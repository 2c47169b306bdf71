"""Events, round 53 (evfact53): a deed told in a relative clause of time or place on an occasion its noun
dates to a year long before the story ("recalled 1997, when ...", "the 1998 crisis, when ...", "the 2008
war, during which ...") is history, as a deed dated by "in 1998" is (modality.yaml history_years,
occasion_relatives). Every dispatch is invented (made-up people, real states).

What stays: a "when" clause on a day of the story ("on Tuesday, when ..."), a relative clause of the thing
and not of the time ("the 2009 treaty, which X criticised on Monday"), and an occasion of this year.
"""

from __future__ import annotations

import pytest
from event_support import coded

DATED_OCCASIONS = [
    (("LVA", "RUS", "16"),
     "RIGA (Reuters) - Foreign Minister Ilmars Kalvenieks recalled 1997, when Latvia expelled two Russian "
     "consuls over the border quarrel."),
    (("RUS", "LVA", "13"),
     "RIGA (AFP) - Latvian diplomats recalled the 1998 crisis, when Russia threatened Latvia with sanctions "
     "over the language law."),
    (("RUS", "GEO", "17"),
     "TBILISI (Reuters) - Georgian officials pointed to the 2008 war, during which Russia expelled dozens of "
     "Georgian diplomats, as the start of the quarrel."),
]


@pytest.mark.parametrize("event,text", DATED_OCCASIONS)
def test_a_deed_of_an_occasion_years_before_is_history(pipeline, event, text):
    assert event not in coded(pipeline, text), coded(pipeline, text)


def test_a_when_clause_on_a_day_of_the_story_is_news(pipeline):
    text = ("WARSAW (Reuters) - Poland recalled its ambassador on Tuesday, when Russia expelled two Polish "
            "diplomats.")
    assert ("RUS", "POL", "16") in coded(pipeline, text), coded(pipeline, text)


def test_an_occasion_of_this_year_is_news(pipeline):
    text = ("RIGA (AFP) - Latvian diplomats recalled the 2026 crisis, when Russia threatened Latvia with "
            "sanctions over the language law.")
    assert ("RUS", "LVA", "13") in coded(pipeline, text), coded(pipeline, text)


# --- "each time", "every time": a habit, not one deed of the news ------------------------------------------
EVERY_OCCASION = [
    (("SVK", "HUN", "16"),
     "BRATISLAVA (Reuters) - Each time Slovakia recalled its envoy from Hungary, the quarrel over the "
     "dam cooled within weeks, adviser Miroslav Kelenda said."),
    (("RUS", None, "19"),
     "KYIV (AFP) - Every time Russia shelled the town, Ukraine protested to the United Nations, Mayor "
     "Dmytro Holvenko said."),
    (("UKR", "UN", "14"),
     "KYIV (AFP) - Every time Russia shelled the town, Ukraine protested to the United Nations, Mayor "
     "Dmytro Holvenko said."),
]


@pytest.mark.parametrize("event,text", EVERY_OCCASION)
def test_a_deed_told_of_every_occasion_is_a_habit(pipeline, event, text):
    assert event not in coded(pipeline, text), coded(pipeline, text)


def test_a_deed_done_this_time_stays(pipeline):
    text = ("KYIV (AFP) - This time Russia shelled the town twice, Mayor Dmytro Holvenko said on Tuesday.")
    assert ("RUS", None, "19") in coded(pipeline, text), coded(pipeline, text)
