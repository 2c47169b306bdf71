"""Events, round 47 (evrec47): a person of no office is a side opposite one of standing. Every dispatch is
invented (made-up people, real states) in the house style of several agencies.

Where missed events die (benchmarks/event_drops.py): many found their trigger and then lost a side because
the person the text named there had no office in the mention the actors stage kept ("Mr Ketteridge",
"Vaitkus, a Lithuanian") and so was not a political side (Context.political), although the politics gate
already counts a person of no sector as one (politics.yaml). Such a person of a known state, with no
sector and no role (Context.officeless), is now a side, but only opposite a state, a body or an office
holder: two such people ("Mr X met Mr Y at the club"), or one such person with no target, make no event
(coder.officeless_pair). A person of a sector outside politics (a firm's, a newspaper's) stays out.
"""

from __future__ import annotations

import pytest
from event_support import coded

OPPOSITE_AN_OFFICE_HOLDER = [
    ("LONDON (BBC) - Prime Minister Oliver Brandish is under pressure over the bill. Mr Ketteridge held talks "
     "with Mr Brandish on Friday over plans to hold suspects under house arrest.",
     ("person:ketteridge", "person:oliver-brandish", "04")),
    ("LONDON (BBC) - Education Secretary Harriet Dunmore has defended the bill. Mrs Larkworth accused "
     "Ms Dunmore of misleading parliament.",
     ("person:larkworth", "person:harriet-dunmore", "11")),
    ("VILNIUS (Reuters) - Lithuanian Prime Minister Rasa Kalnyte held talks with Tomas Vaitkus on Tuesday. "
     "Vaitkus, a Lithuanian, urged the government to delay the budget vote.",
     ("person:rasa-kalnyte", "person:tomas-vaitkus", "04")),
    ("MINSK (AFP) - Belarusian activist-turned-blogger Piotr Sarnavich accused President Aliaksandr Hrodka of "
     "rigging the vote.",
     ("person:piotr-sarnavich", "person:aliaksandr-hrodka", "11")),
]


@pytest.mark.parametrize("text,event", OPPOSITE_AN_OFFICE_HOLDER)
def test_a_person_of_no_office_is_a_side_opposite_an_office_holder(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


TWO_PRIVATE_PEOPLE = [
    "LONDON (Reuters) - Mr Ketteridge met Mr Brandish at the club on Friday to discuss the sale of the horse.",
    "Dorn Vellick met Asa Truve in a cafe on Tuesday to discuss the film.",
]


@pytest.mark.parametrize("text", TWO_PRIVATE_PEOPLE)
def test_two_people_of_no_office_make_no_event(pipeline, text):
    assert not coded(pipeline, text)


def test_an_office_holder_still_acts_on_a_person_of_no_office(pipeline):
    text = ("NAIROBI (AP) - Kenyan Finance Minister John Mwaura met Amina Odhiambo, a Kenyan, in Nairobi "
            "on Monday.")
    assert ("person:john-mwaura", "person:amina-odhiambo", "04") in coded(pipeline, text)
