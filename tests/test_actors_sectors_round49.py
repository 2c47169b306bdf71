"""Actors, round 49 (evsec49): the owner of a head title decides the head's sector, and so whether the person is a
political side. Round 48 gave "chief executive" the business sector whoever owned it, so a charity's head quoted
judging a government was no doer of an event, and a firm's chairman had no sector at all. Now the owner's name
(after "of", "at" or "for" the office, or before it) says the sector by its head word (offices.yaml
``owned_heads``, ``owner_heads``): a trust's or a foundation's head is of an NGO, an agency's of the state, a
group's or a holding's of business. A central bank's president stays the state's. The private sectors are listed
once, in arguments.yaml ``private_person_sectors``. Every dispatch is invented (made-up people, firms and charities,
real states) in the house style of several agencies."""

from __future__ import annotations

import pytest
from event_support import coded
from helpers import actor_of, events_with

from wirecoder.actors import persons
from wirecoder.events.arguments import PRIVATE_PERSON_SECTORS

SECTORS = [
    # a charity's chief executive, named after the office
    ("LONDON (Reuters) - Dana Pellow, chief executive of the Tarnwick Learning Trust, said the new school funding "
     "rules would hurt poorer pupils.", "person:dana-pellow", "NGO"),
    # a foundation's president
    ("WASHINGTON (AP) - Dorrit Haskel, president of the Lanford Foundation, said the new rules would hurt "
     "small farms.", "person:dorrit-haskel", "NGO"),
    # a firm's chairman by a title before the name: no sector by the title alone
    ("LONDON (Reuters) - Carrowby Holdings chairman Petra Aldwinkle said the company would cut 300 jobs.",
     "person:petra-aldwinkle", "BUS"),
    # a charity's chief executive by a title before the name
    ("LONDON (BBC) - Kettering Trust chief executive Alys Brandwood said more families were sleeping in cars.",
     "person:alys-brandwood", "NGO"),
]


@pytest.mark.parametrize("text,pid,sector", SECTORS)
def test_the_owner_of_a_head_title_gives_its_sector(pipeline, text, pid, sector):
    assert actor_of(pipeline, text, pid).sector == sector


def test_a_central_banks_president_stays_the_states(pipeline):
    text = "BRASILIA (Reuters) - Central Bank president Jorge Vantiel said Brazil would seek new credit lines."
    person = actor_of(pipeline, text, "person:jorge-vantiel")
    assert (person.sector, person.country) == ("GOV", "BRA")


def test_a_charitys_head_in_a_london_story_stays_british(pipeline):
    text = "LONDON (BBC) - Kettering Trust chief executive Alys Brandwood said more families were sleeping in cars."
    assert actor_of(pipeline, text, "person:alys-brandwood").country == "GBR"


def test_a_charitys_chief_executive_is_a_side(pipeline):
    text = ("LONDON (Reuters) - Dana Pellow, chief executive of the Tarnwick Learning Trust, accused the government "
            "of abandoning poorer pupils.")
    found = coded(pipeline, text)
    assert events_with(found, source="person:dana-pellow", root="11"), found


def test_a_firms_chairman_is_no_doer(pipeline):
    text = ("LONDON (Reuters) - Carrowby Holdings chairman Petra Aldwinkle criticised the Bank of England over its "
            "rate decision.")
    found = coded(pipeline, text)
    assert not events_with(found, side="person:petra-aldwinkle"), found


def test_the_private_sectors_are_listed_once():
    assert persons._PRIVATE_OFFICE_SECTORS == PRIVATE_PERSON_SECTORS
