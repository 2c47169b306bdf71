"""One date for a person's office, and party offices' sector, round 56 (era56).

The actors stage picked a known person's office from the dated table by the text's own date alone, while the
sole-office rule and the states of their time read the caller's reference date too: a page dated only in its
metadata (the caller's reference date, no date in the text) gave each person their latest office. Now one day
(``Article.office_day``: the text's date, else the reference date, else the era the actors stage inferred) serves
every rule. A party's spokesman for a portfolio ("the Liberal Democrat foreign affairs spokesman", "the Liberal
Democrats' home affairs spokesman") printed with the government's sector; the office is the party's.

The persons of the table are its real office holders (facts, not wording of any article); the dispatches are
invented (BBC and Reuters house style), and everyone else in them is invented.
"""

from __future__ import annotations

import datetime as dt

from wirecoder.article import read_article
from wirecoder.sources import Document


def persons(pipeline, text: str, reference: dt.date | None = None) -> dict[str, tuple]:
    record = pipeline.extract(Document(text=text, source="invented"), reference_date=reference)
    return {a.id: (a.role, a.country, a.sector) for a in record.actors if a.kind == "person"}


UNDATED = ("Ferry levy row deepens\n\n"
           "Tony Blair has met union leaders over plans for a levy on ferry crossings, a move the Corran Ferries "
           "Guild says will cost jobs.\n\n"
           "Guild secretary Alvar Penrick said the talks had been frank.\n")


# --- one day for the article's offices ---------------------------------------------------------------------
def test_the_office_day_is_the_texts_date_else_the_callers_else_the_era():
    dated = read_article("LONDON, March 3, 2004 (Reuters) - Talks on a ferry levy went on.\n", dt.date(2019, 1, 1))
    assert dated.office_day == dt.date(2004, 3, 3)
    undated = read_article(UNDATED, dt.date(2004, 6, 1))
    assert undated.published is None and undated.office_day == dt.date(2004, 6, 1)
    bare = read_article(UNDATED, None)
    assert bare.office_day is None
    bare.era = dt.date(2003, 2, 1)
    assert bare.office_day == dt.date(2003, 2, 1)


def test_a_page_dated_only_by_its_metadata_gives_a_known_person_the_office_of_that_day(pipeline):
    # (the table's latest office for him is a later envoy's post: no longer what a page of 2004 means)
    assert persons(pipeline, UNDATED, dt.date(2004, 6, 1))["person:tony-blair"] == ("Prime Minister", "GBR", "GOV")


def test_a_page_dated_after_a_persons_offices_makes_them_a_former_office_holder(pipeline):
    role, country, sector = persons(pipeline, UNDATED, dt.date(2019, 6, 1))["person:tony-blair"]
    assert role.startswith("former ") and sector == "ELI" and country == "GBR"


# --- a party's office is the party's -----------------------------------------------------------------------
def test_a_party_foreign_affairs_spokesman_is_the_partys_not_the_governments(pipeline):
    text = ("LONDON, May 4, 2004 (Reuters) - Liberal Democrat foreign affairs spokesman Tarvin Oskell criticised "
            "the government's handling of the ferry levy on Tuesday.\n")
    role, country, sector = persons(pipeline, text)["person:tarvin-oskell"]
    assert sector == "PTY" and country == "GBR"


def test_a_partys_possessive_before_its_spokesman_makes_the_office_the_partys(pipeline):
    text = ("LONDON, May 4, 2004 (Reuters) - Mr Oskell, the Liberal Democrats' home affairs spokesman, condemned "
            "the ferry levy on Tuesday.\n")
    found = persons(pipeline, text)
    assert [s for _r, _c, s in found.values()] == ["PTY"]


def test_a_government_spokesman_for_a_portfolio_stays_the_governments(pipeline):
    # (no party before the portfolio: the state's own spokesman)
    text = ("LONDON, May 4, 2004 (Reuters) - Foreign affairs spokesman Delwyn Carrick said Britain would answer "
            "the note from Oslo on Tuesday.\n")
    assert persons(pipeline, text)["person:delwyn-carrick"][2] != "PTY"


def test_a_governing_partys_minister_after_its_possessive_stays_the_states(pipeline):
    # (a party's possessive makes only a party's own office its own, not a secretary of state's)
    text = ("LONDON, May 4, 2004 (Reuters) - Labour's foreign secretary, Dellan Prewitt, met his French counterpart "
            "in Paris on Tuesday.\n")
    assert persons(pipeline, text)["person:dellan-prewitt"][2] == "GOV"
