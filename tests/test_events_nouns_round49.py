"""Events, round 49 (evrec49): an event noun whose doer sits in a phrase. Every dispatch is invented (made-up
people, groups and bodies, real states) in the house style of several agencies.

Measured first (benchmarks/event_drops.py): of the misses whose trigger is a noun, the frames where the doer
stands in a "by" or "from" phrase, not as the noun's possessor or the clause's subject, were the one family
that recurs across the sets: told from the receiving end ("faced a call by X", "The decision drew criticism
from X") and force held off ("beat back a raid by X", "repelled an attack by X near the town"). Three parts:

- a pattern told from the receiving end (flag rev) takes its doer after "by" as after "from"
  (arguments.yaml reverse_doer_preps), but only with the one it is aimed at named;
- a reversed judgement whose subject is an act told before ("The decision drew criticism from X") judges
  that act's doer, as "X condemned the decision" does (Coder._judges_told_action);
- force named by a noun with its doer after "by", held off by a verb of repelling or after "against" by a
  verb of defence, is that doer's force on the one who held it off (recall.yaml held_off_verbs).
"""

from __future__ import annotations

import pytest
from event_support import coded, codes

REVERSED_BY = [
    ("LONDON (Reuters) - British Health Secretary Morwen Castell faced a call by opposition leader Davin "
     "Hallorby on Tuesday to publish the hospital funding review in full.",
     ("person:davin-hallorby", "person:morwen-castell", "10")),
    ("EDINBURGH (BBC) - Scotland's Education Secretary Fiona Ardlay faced fierce criticism by the Scottish "
     "Greens over the closure of 14 rural schools.",
     ("org:scottish-greens", "person:fiona-ardlay", "11")),
]


@pytest.mark.parametrize("text,event", REVERSED_BY)
def test_a_doer_named_by_by_acts_on_the_one_who_faced_it(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


def test_a_doer_named_by_by_needs_the_one_it_is_aimed_at(pipeline):
    # the subject names no actor: a call by Hallorby aimed at no one named is no event
    text = ("LONDON (Reuters) - The hospital funding review faced a call by opposition leader Davin Hallorby "
            "on Tuesday to be published in full.")
    assert not {e for e in coded(pipeline, text) if e[0] == "person:davin-hallorby"}, coded(pipeline, text)


def test_a_by_before_a_gerund_says_how_not_who(pipeline):
    # "drew criticism by calling X ...": the party named inside the gerund's clause is no critic
    text = ("LEEDS (BBC) - Deputy Mayor Orla Venning drew criticism on Monday by calling the Liberal Democrats "
            "\"a rabble\" at a council meeting.")
    assert not {e for e in coded(pipeline, text) if e[0] == "org:liberal-democrats"}, coded(pipeline, text)


def test_a_doer_named_by_from_still_acts_as_before(pipeline):
    text = ("PARIS (AFP) - French Prime Minister Anne Delcorre faced criticism from the Greens over the pension "
            "reform.")
    assert ("org:greens", "person:anne-delcorre", "11") in coded(pipeline, text), coded(pipeline, text)


TOLD_BEFORE = [
    ("TOKYO (Kyodo) - China suspended imports of Japanese beef on Wednesday. The decision drew sharp criticism "
     "from Japan's agriculture ministry, which said it had no scientific basis.", ("JPN", "CHN", "11")),
    ("BAMAKO (AFP) - Mali's military government expelled the French ambassador on Monday. The move drew swift "
     "condemnation by the European Union.", ("EU", "MLI", "11")),
]


@pytest.mark.parametrize("text,event", TOLD_BEFORE)
def test_a_reversed_judgement_of_an_act_told_before_judges_its_doer(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


RECEIVED = [
    ("LOS ANGELES (AP) - Supervisor Marla Quenby's endorsement from the Democratic Party came after months of "
     "talks, the party's county chair said.", "org:democratic-party", "05"),
    ("WASHINGTON (AP) - Senator Dale Orrick's rebuke from the Republican Party came a day after his vote on the "
     "budget.", "org:republican-party", "11"),
]


@pytest.mark.parametrize("text,giver,root", RECEIVED)
def test_a_possessors_backing_or_rebuke_from_x_is_xs(pipeline, text, giver, root):
    assert {e for e in coded(pipeline, text) if e[0] == giver and e[2] == root}, coded(pipeline, text)


def test_a_possessors_demand_from_x_is_the_possessors_own(pipeline):
    text = "KYIV (Reuters) - Ukraine's demand from Russia for the return of the children was repeated on Monday."
    assert not {e for e in coded(pipeline, text) if e[0] == "RUS"}, coded(pipeline, text)


def test_a_firms_decision_drawing_criticism_is_no_event(pipeline):
    text = ("SANTIAGO (AFP) - A Chilean copper firm, Andarra Minera, shut two mines on Monday. The decision drew "
            "criticism from Chile's labour ministry.")
    assert not {e for e in coded(pipeline, text) if e[2] == "11"}, coded(pipeline, text)


HELD_OFF = [
    ("NIAMEY (AFP) - Nigerien troops beat back a raid by the Gourma Liberation Movement rebels on an army post "
     "near Tillaberi on Saturday, the defence ministry said.", ("org:gourma-liberation-movement", "NER", "19")),
    ("GOMA (Reuters) - Congolese soldiers repelled an attack by the Kivu Liberation Movement rebels near the "
     "town of Masisi on Thursday, an army spokesman said.", ("org:kivu-liberation-movement", "COD", "19")),
    ("MOGADISHU (Xinhua) -- Somali forces defended the port against an assault by al-Shabaab militants on "
     "Sunday, a regional official said.", ("org:al-shabaab", "SOM", "19")),
]


@pytest.mark.parametrize("text,event", HELD_OFF)
def test_force_held_off_is_its_doers_force_on_the_one_who_held_it_off(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


def test_force_held_off_with_no_doer_named_is_no_event(pipeline):
    text = ("GOMA (Reuters) - Congolese soldiers repelled an attack near the town of Masisi on Thursday, an army "
            "spokesman said.")
    assert not {e for e in coded(pipeline, text) if e[2] in {"18", "19"}}, coded(pipeline, text)


def test_an_attack_only_vowed_against_is_not_done(pipeline):
    text = ("ADDIS ABABA (Reuters) - Ethiopia's army chief Tesfaye Worku vowed on Friday to repel any attack by "
            "Eritrean forces along the northern border.")
    assert not {e for e in codes(pipeline, text) if e[2][:2] in {"18", "19"}}, codes(pipeline, text)
