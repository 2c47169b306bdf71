"""Events, round 42 (evsense42): a side standing by a measure. Every dispatch is invented (made-up
people and bodies, real states) in the house style of several agencies.

"The ministry defended the measures", "the premier defended his decision to ...", "defended her record":
a verb of defending whose object is a measure (arguments.yaml defended_measures, abstract_objects,
precision.yaml policy_things) is an event of its own (05, GUIDE: endorse, or a rejection of its critics)
even when no one is named to aim it at: it is printed with no target. A measure another side owns
("defended Uganda's decision") stays aimed at that owner; a place, a currency or a side defended
("troops defended the town", "to defend the naira") is unchanged (sense.py stands_by_a_measure).
"""

from __future__ import annotations

import pytest
from event_support import coded

OWN_MEASURES = [
    ("NAIROBI, June 3 (Reuters) - Kenyan Transport Minister Joseph Kibetwa on Tuesday defended the new "
     "diesel levy, saying it would pay for rural roads.", "KEN"),
    ("ACCRA, Ghana (AP) — Ghana's Interior Minister Kofi Dartey-Mensah defended his decision to expel three "
     "foreign traders on Wednesday.", "GHA"),
    ("KAMPALA (AFP) - Uganda's Health Minister Grace Nabwire-Okot defended her record before parliament on "
     "Thursday.", "UGA"),
    ("TOKYO, Nov. 12 (Kyodo) - Japanese Prime Minister Haruto Kishimura defended the government's stimulus "
     "package on Friday, saying it would lift wages.", "JPN"),
    ("MOSCOW, April 7 (TASS) - The Russian Foreign Ministry on Monday defended the measures, saying they "
     "complied with international law.", "RUS"),
]


@pytest.mark.parametrize("text,source", OWN_MEASURES)
def test_a_measure_stood_by_is_printed_with_no_target(pipeline, text, source):
    found = coded(pipeline, text)
    assert (source, None, "05") in found, found


def test_a_measure_of_another_side_defended_is_aimed_at_its_owner(pipeline):
    text = ("Kenya's Foreign Minister Amina Wekesa-Otieno has defended Uganda's decision to close two border "
            "crossings, saying Kampala had every right to protect its markets.")
    found = coded(pipeline, text)
    assert ("KEN", "UGA", "05") in found, found
    assert ("KEN", None, "05") not in found, found


NOT_MEASURES = [
    "MOGADISHU, Aug. 4 (Xinhua) -- Somali troops defended the town of Baidoa on Monday, a military spokesman said.",
    "Nigeria's central bank raised its benchmark rate on Tuesday to defend the naira, which has lost a fifth "
    "of its value this year.",
]


@pytest.mark.parametrize("text", NOT_MEASURES)
def test_a_place_or_a_currency_defended_prints_no_support(pipeline, text):
    assert "05" not in {r for _, _, r in coded(pipeline, text)}, coded(pipeline, text)


def test_defending_a_measure_only_planned_prints_nothing(pipeline):
    text = "ADDIS ABABA (Reuters) - Ethiopia's finance minister is expected to defend the budget in parliament next week."
    assert "05" not in {r for _, _, r in coded(pipeline, text)}, coded(pipeline, text)
