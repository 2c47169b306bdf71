"""Events, round 48 (evside48): a person whose office is a firm's, a paper's or a college's is no political side.
Round 47 made a person of no office a side opposite a state, a body or an office holder; of the events that
printed anew, the wrong ones were mostly commentators, analysts, journalists and business people quoted judging
a government. Before, any person with a role was a side (Context.political); now one whose office the actors
stage reads as of business, the media or learning (arguments.yaml private_person_sectors) is no doer of an
event (Context.private_doer), though still the one a side of standing acts on, and the actors stage reads more
of those offices (tests/test_actors_round48_sectors.py). A person of no office opposite
an office holder stays a side (round 47). Every dispatch is invented (made-up people, real states) in the house
style of several agencies."""

from __future__ import annotations

import pytest
from event_support import coded
from helpers import events_with

COMMENTATORS = [
    # a firm's chief executive, named past the firm's name, quoted judging a regulator
    ("LONDON (Reuters) - \"The regulator should change, and change now,\" said Mr Pimmeridge, Carrowby's chief "
     "executive, who wants brokers to disclose their fees.", "person:pimmeridge"),
    # an agency's commentator judging a foreign state
    ("MOSCOW, Oct 3 (TASS) - Tass commentator Orlan Bezrukov said the United States had committed an act of "
     "aggression against Iran.", "person:orlan-bezrukov"),
    # a think tank's fellow judging a government
    ("WASHINGTON (AP) - Dorrit Haskel, a senior fellow at the Lanford Institute, accused the White House of "
     "misleading Congress.", "person:dorrit-haskel"),
    # a firm's chief operating officer judging a central bank
    ("NEW YORK (Reuters) - Varden Group chief operating officer Alder Pimm criticised the Federal Reserve over "
     "its rate decision.", "person:alder-pimm"),
]


@pytest.mark.parametrize("text,pid", COMMENTATORS)
def test_a_firms_a_papers_or_a_colleges_person_is_no_doer(pipeline, text, pid):
    found = coded(pipeline, text)
    assert not events_with(found, side=pid), found


def test_a_person_of_no_office_is_still_a_side_opposite_an_office_holder(pipeline):
    text = ("LONDON (BBC) - Prime Minister Oliver Brandish is under pressure over the bill. Mr Ketteridge held talks "
            "with Mr Brandish on Friday over plans to hold suspects under house arrest.")
    assert ("person:ketteridge", "person:oliver-brandish", "04") in coded(pipeline, text)


def test_a_minister_is_still_a_side_reuters_style(pipeline):
    text = ("LONDON (Reuters) - British Finance Minister Harriet Dunmore criticised the French government over its "
            "new tariffs.")
    found = coded(pipeline, text)
    assert events_with(found, source={"person:harriet-dunmore", "GBR"}, root="11"), found


ACTED_ON = [
    # police detain a paper's editor
    ("HARARE, May 9 (AFP) - Zimbabwean police on Tuesday detained Tendai Murowe, editor of the Weekly Lantern, "
     "over a report on army pay.", "person:tendai-murowe", "17"),
    # a minister accuses a firm's chief executive
    ("LAGOS (Reuters) - Nigeria's oil minister accused Obinna Kalu, chief executive of Ferro Delta Oil, of "
     "hiding output figures from regulators.", "person:obinna-kalu", "11"),
]


@pytest.mark.parametrize("text,pid,root", ACTED_ON)
def test_a_firms_or_a_papers_person_acted_on_by_a_side_of_standing_is_still_the_target(pipeline, text, pid, root):
    found = coded(pipeline, text)
    assert events_with(found, target=pid, root=root), found
