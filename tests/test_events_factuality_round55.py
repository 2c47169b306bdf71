"""Events, round 55 (evfact55): a wish, plan or readiness inside an "if"/"whether" clause is an open
question, not an intent: "it remains to be seen whether X agrees to hold talks with Y", "is to decide if
it wants to begin negotiations with Y", "did not say whether X intends to resume talks with Y" code
nothing, whatever label the parser gives the clause (modality.yaml conditionals; events/modality.py
``_conditional_clause``). Before, the walk up from the deed read the "if"/"whether" only on the deed's own
verb or on an adverbial clause, so the wish over the deed passed it on as the actor's intent (036).
Every dispatch is invented (made-up people, real states).

What stays: the wish told plainly ("X wants to open talks with Y", an intent) and an agreement to meet.

Second rule: a means clause ("by" over a gerund) tells how the deed was done, so a year long before the
story on it dates the deed ("helped Somalia by sending peacekeepers between 2007 and 2012": history, as
"in 2007" on the verb is; modality.yaml means_preps). A means clause of the story's own day stays news.
"""

from __future__ import annotations

import pytest
from event_support import coded

OPEN_QUESTIONS = [
    (("JPN", "KOR", "03"),
     "TOKYO (Kyodo) - It remains to be seen whether Japan agrees to hold fisheries talks with South Korea "
     "this year."),
    (("KEN", "TZA", "03"),
     "NAIROBI (Reuters) - Kenya is to decide next month if it wants to begin trade negotiations with "
     "Tanzania."),
    (("PER", "ECU", "03"),
     "LIMA (AP) - Peruvian officials did not say on Wednesday whether Peru intends to resume border talks "
     "with Ecuador."),
]


@pytest.mark.parametrize("event,text", OPEN_QUESTIONS)
def test_a_wish_inside_a_whether_or_if_clause_is_no_intent(pipeline, event, text):
    assert event not in coded(pipeline, text), coded(pipeline, text)


def test_a_wish_told_plainly_stays_an_intent(pipeline):
    text = ("YEREVAN (AFP) - Armenia wants to open trade negotiations with Azerbaijan, Deputy Foreign "
            "Minister Lusine Hakobyants said on Thursday.")
    assert ("ARM", "AZE", "03") in coded(pipeline, text), coded(pipeline, text)


def test_an_agreement_to_meet_stays_beside_an_open_question(pipeline):
    text = ("MOSCOW (TASS) - Russia agreed on Friday to hold grain export talks with Kazakhstan later this "
            "month. It was unclear whether Uzbekistan wants to join the talks with Russia.")
    got = coded(pipeline, text)
    assert ("RUS", "KAZ", "03") in got, got
    assert ("UZB", "RUS", "03") not in got, got


DATED_MEANS = [
    (("AU", "SOM", "07"),
     "ADDIS ABABA (AFP) - The African Union helped Somalia by sending peacekeepers to Mogadishu between 2007 "
     "and 2012, commissioner Amara Tesfalem said."),
    (("UGA", "SOM", "05"),
     "KAMPALA (Reuters) - Uganda backed the Somali government by training its soldiers during the 2010s, "
     "commissioner Amara Tesfalem said."),
]


@pytest.mark.parametrize("event,text", DATED_MEANS)
def test_a_deed_dated_by_its_means_clause_years_before_is_history(pipeline, event, text):
    assert event not in coded(pipeline, text), coded(pipeline, text)


def test_a_means_clause_of_the_story_s_day_is_news(pipeline):
    text = ("ADDIS ABABA (AFP) - The African Union backed Somalia on Tuesday by deploying peacekeepers against "
            "the militants, AU commissioner Amara Tesfalem said.")
    assert ("AU", "SOM", "05") in coded(pipeline, text), coded(pipeline, text)
