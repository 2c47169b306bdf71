"""Events, round 41 (evprec41): what came before the news and what is still to come. Every dispatch is
invented (made-up people, real states); each rule has positives in several agency styles and the cases
it must leave alone.

1. The narrator's simple past, or a noun of a deed, dated "last year" ("lawmakers criticised the
   minister last year", "agreed only last year to ...", "during a trip to X last year") is background
   to the news, as the past perfect so dated already was (modality.last_year_background). A deed of
   last week or last month stays news, and so does one reported under a verb of saying.
(A timetable dated by words alone in an undated dispatch, "open talks tomorrow", "visits X next
week", was tried and dropped: on the pool it removed one right event for each wrong one.)
"""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. "last year" in the narrator's past -------------------------------------------------------------
LAST_YEAR = [
    "LONDON, Oct 4 (Reuters) - British lawmakers criticised Transport Minister Oskar Drenvald last year for "
    "failing to consult Ireland over the ferry levy.",
    "TOKYO (AP) — The Japanese government agreed only last year to open its rice market to South Korean growers.",
    "NEW DELHI (AFP) - Indian Oil Minister Ravi Sethuraman discussed the pipeline during a trip to Kazakhstan "
    "last year.",
]


@pytest.mark.parametrize("text", LAST_YEAR)
def test_a_deed_the_narrator_dates_last_year_is_background(pipeline, text):
    assert not coded(pipeline, text), coded(pipeline, text)


RECENT = [
    ("NEW DELHI (AFP) - Indian Oil Minister Ravi Sethuraman visited Kazakhstan last week to discuss the pipeline.",
     ("IND", "KAZ", "04")),
    ("LONDON, Oct 4 (Reuters) - Irish Foreign Minister Aoife Kerrigan said on Monday that Britain expelled two "
     "Irish diplomats last year.", ("GBR", "IRL", "16")),
]


@pytest.mark.parametrize("text,event", RECENT)
def test_a_deed_of_last_week_or_one_reported_by_a_speaker_stays(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)
