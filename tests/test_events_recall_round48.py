"""Events, round 48 (evrec48): a civil body of no known trade is a side opposite one of standing; a
decision named by "by" is its owner's deed. Every dispatch is invented (made-up bodies, firms and people,
real states) in the house style of several agencies.

Where the own events dev's missed events died (benchmarks/event_drops.py --dev tests/data/events_news):
the largest group were candidates without a source whose source was an association, a society, a union or
a front the actors stage knows by name but gives no sector ("the Lochard Crofters Association"). The
politics gate counts such a body a civil side, a party opposite a political one (politics.yaml), but
Context.political counted it no side at all. Now an organisation of no sector whose name's head is a civil
body's (arguments.yaml civil_body_heads) is a side, but, like round 47's person of no office, only
opposite a state, a body or an office holder (coder.officeless_pair). A firm, a body of a trade
(civil_body_trade_words: "the Securities Dealers Association"), and two such bodies together make no event.

Round 39 (evsubj39) read the "to" clause of a decision or a move as its owner's deed when a possessor
names the owner ("Chile's decision to expel two diplomats"); an unowned "a decision to ..." stays a plan
or a purpose. Agency copy as often names the owner after the noun: "the decision by Chile to expel ...",
"a move by Russia to close its consulate". That owner now counts as the possessor does
(modality.yaml decision_owner_preps; modality.decision_owners), and is the clause's source.
"""

from __future__ import annotations

import pytest
from event_support import coded

CIVIL_BODIES = [
    ("EDINBURGH (BBC) - The Lochard Crofters Association accused the UK government of betraying small farmers.",
     ("org:lochard-crofters-association", "GBR", "11")),
    ("KHARTOUM (AFP) - The Brevin Hills Salvation Front accused the Sudanese army on Saturday of bombing three "
     "villages.", ("org:brevin-hills-salvation-front", "SDN", "11")),
    ("NAIROBI (Reuters) - The Law Society of Kenya demanded the release of 40 people detained by police.",
     ("org:law-society-of-kenya", "org:police", "10")),  # a demand for a release is a demand (round 52)
]


@pytest.mark.parametrize("text,event", CIVIL_BODIES)
def test_a_civil_body_of_no_known_trade_is_a_side_opposite_the_state(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


def test_two_civil_bodies_make_no_event(pipeline):
    text = "LONDON (Reuters) - The Lochard Crofters Association met the Brevin Anglers Society on Friday."
    assert not coded(pipeline, text)


def test_a_firm_is_still_no_side(pipeline):
    text = "LONDON (Reuters) - Varnel Holdings accused the Treasury of changing the rules."
    assert not coded(pipeline, text)


def test_a_trade_body_speaks_for_firms_and_is_no_side(pipeline):
    text = ("TOKYO (Reuters) - The Kanto Securities Dealers Association said Prime Minister Ichiro Tavata should "
            "cut taxes.")
    assert not coded(pipeline, text)


OWNED_BY = [
    ("WARSAW (Reuters) - The decision by Poland to expel two Belarusian diplomats was announced on Tuesday, "
     "a day after the border incident.", ("POL", "BLR", "16")),
    ("TOKYO (Kyodo) - The decision by the Japanese government to impose tariffs on South Korean steel drew "
     "protests in Seoul.", ("JPN", "KOR", "16")),
    ("NAIROBI (Reuters) - Traders welcomed a decision by Kenya to lift its ban on Ugandan maize imports, "
     "saying prices would fall.", ("KEN", "UGA", "08")),
]


@pytest.mark.parametrize("text,event", OWNED_BY)
def test_a_decision_by_a_state_is_that_states_deed(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


def test_a_possessor_still_owns_the_decision(pipeline):
    text = "SEOUL (Yonhap) - South Korea's decision to suspend military talks with Japan took effect on Friday."
    assert ("KOR", "JPN", "16") in coded(pipeline, text)


def test_an_unowned_decision_is_still_no_deed(pipeline):
    text = "HANOI (AP) - A decision to expel two Chinese diplomats is expected within days, officials said."
    assert not coded(pipeline, text)
