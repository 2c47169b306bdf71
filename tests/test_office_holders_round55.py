"""The dated table of office holders for Britain's opposition of 2001-2005, round 55 (era55): BBC politics copy of those
years names the Conservative and Liberal Democrat leaders and front bench by name alone or by a short title ("Tory
leader X"); the table knew none of them, so they printed with no office and no sector, and a "Tory leader X" gave
an undated story no era. The persons are the table's real
office holders (facts, not wording of any article); the dispatches are invented (BBC and Reuters house style), and
everyone else in them is invented.
"""

from __future__ import annotations

import datetime as dt

from wirecoder.actors.office_holders import OfficeHolders, article_era
from wirecoder.article import read_article
from wirecoder.sources import Document

HOLDERS = OfficeHolders.load()
TODAY = dt.date(2026, 1, 1)


def persons(pipeline, text: str, reference: dt.date | None = None) -> dict[str, tuple]:
    record = pipeline.extract(Document(text=text, source="invented"), reference_date=reference)
    return {a.id: (a.role, a.country, a.sector) for a in record.actors if a.kind == "person"}


def inferred(pipeline, text: str) -> dt.date | None:
    article = read_article(text, None)
    pipeline.find_actors(pipeline.nlp(text), article)
    return article.era


# --- the table ------------------------------------------------------------------------------------------
def test_the_leader_of_the_opposition_in_2004_is_michael_howard_an_opposition_figure():
    held = HOLDERS.holding("person:michael-howard", dt.date(2004, 6, 1))
    assert (held.office, held.country, held.sector) == ("Leader of the Opposition", "GBR", "OPP")
    assert [h.person for h in HOLDERS.held_by("GBR", "leader of the opposition", dt.date(2002, 6, 1))] \
        == ["person:iain-duncan-smith"]


def test_the_liberal_democrat_leader_of_2004_is_of_the_opposition():
    held = HOLDERS.holding("person:charles-kennedy", dt.date(2004, 5, 1))
    assert (held.office, held.country, held.sector) == ("Liberal Democrat Leader", "GBR", "OPP")


def test_a_shadow_minister_is_of_the_opposition_and_held_no_office_of_state():
    held = HOLDERS.holding("person:oliver-letwin", dt.date(2004, 10, 1))
    assert (held.office, held.sector) == ("Shadow Chancellor", "OPP")


def test_a_surname_shared_with_a_given_name_is_no_alias():
    # "Howard", "Kennedy", "Clarke" name too many other people to stand alone
    assert HOLDERS.candidates("Howard") == [] and HOLDERS.candidates("Kennedy") == []
    assert [p.id for p in HOLDERS.candidates("Letwin")] == ["person:oliver-letwin"]


# --- the era of an undated story --------------------------------------------------------------------------
def test_a_tory_leader_dates_an_undated_story_to_his_leadership():
    day = article_era(HOLDERS, [("person:michael-howard", "Leader")], (), TODAY)
    assert day is not None and dt.date(2003, 11, 6) <= day < dt.date(2005, 12, 6), day


def test_an_undated_bbc_story_titling_the_tory_leader_is_read_as_of_his_leadership(pipeline):
    text = ("Tory leader Michael Howard has promised a review of rail fares in the north.\n\n"
            "Mr Howard told supporters in Whitby that travellers were paying too much, a charge Labour's Dorian "
            "Quelch rejected.")
    day = inferred(pipeline, text)
    assert day is not None and dt.date(2003, 11, 6) <= day < dt.date(2005, 12, 6), day


# --- the article's day gives the office ---------------------------------------------------------------
def test_the_opposition_leader_named_alone_is_of_the_opposition(pipeline):
    text = ("LONDON, July 1 (Reuters) - Michael Howard called on Thursday for an inquiry into the asylum backlog, "
            "saying the system was failing.")
    assert persons(pipeline, text, dt.date(2004, 7, 2))["person:michael-howard"] \
        == ("Leader of the Opposition", "GBR", "OPP")


def test_a_conservative_leader_of_2002_named_alone_is_iain_duncan_smith_not_his_successor(pipeline):
    text = ("LONDON, Oct 8 (Reuters) - Iain Duncan Smith told the Conservative conference on Tuesday that the party "
            "would fight for public services, a speech delegate Torvald Penhallow called overdue.")
    assert persons(pipeline, text, dt.date(2002, 10, 9))["person:iain-duncan-smith"] \
        == ("Leader of the Opposition", "GBR", "OPP")
