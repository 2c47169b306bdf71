"""The era of an undated article, round 54 (era54): an article with no date (no published date, no reference date)
is read as of the era that what it names gives, not as of today. The known persons the text itself gives an office
("Prime Minister Tony Blair") held it in a span of days the table of office holders dates; where all those spans
meet, narrowed by the years the text names, is the article's era, and the table gives every other known person the
office of that time, not their latest. No era when no titled holder is known, when the offices the text gives were
never held together, or when they meet twice and no year tells which time. The dispatches are invented (BBC house
style, no dateline); the persons whose tenures the tests need are the table's real holders, the others invented.
"""

from __future__ import annotations

import datetime as dt

from wirecoder.actors.office_holders import OfficeHolders, article_era
from wirecoder.article import read_article
from wirecoder.sources import Document

HOLDERS = OfficeHolders.load()
TODAY = dt.date(2026, 1, 1)


def era(titled: list[tuple[str, str]], years: tuple[int, ...] = ()) -> dt.date | None:
    return article_era(HOLDERS, titled, years, TODAY)


def roles(pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    """The printed known persons of ``text``: id -> (role, sector)."""
    return {a.id: (a.role, a.sector) for a in pipeline.extract(Document(text=text, source="invented")).actors
            if a.kind == "person"}


def inferred(pipeline, text: str, reference: dt.date | None = None) -> dt.date | None:
    article = read_article(text, reference)
    pipeline.find_actors(pipeline.nlp(text), article)
    return article.era


# --- the mechanism, on the table alone ------------------------------------------------------------------
def test_a_titled_prime_minister_dates_the_story_within_his_premiership():
    day = era([("person:tony-blair", "Prime Minister")])
    assert day is not None and dt.date(1997, 5, 2) <= day < dt.date(2007, 6, 27), day


def test_two_titled_holders_meet_where_both_held_their_offices():
    day = era([("person:tony-blair", "Prime Minister"), ("person:george-w-bush", "President")])
    assert day is not None and dt.date(2001, 1, 20) <= day < dt.date(2007, 6, 27), day


def test_a_shorter_title_names_the_tables_longer_office():
    # "Chancellor Gordon Brown": the table's "Chancellor of the Exchequer"
    day = era([("person:gordon-brown", "Chancellor")])
    assert day is not None and dt.date(1997, 5, 2) <= day < dt.date(2007, 6, 27), day


def test_a_year_the_story_names_inside_the_span_narrows_it_and_a_target_beyond_it_does_not():
    day = era([("person:tony-blair", "Prime Minister")], (2004, 2015))
    assert day is not None and dt.date(2004, 1, 1) <= day < dt.date(2007, 6, 27), day


def test_offices_never_held_together_give_no_era():
    assert era([("person:tony-blair", "Prime Minister"), ("person:theresa-may", "Prime Minister")]) is None


def test_no_titled_holder_gives_no_era():
    assert era([]) is None
    assert era([("person:tony-blair", "Deputy Mayor")]) is None  # an office the table does not list for him


def test_an_office_held_twice_needs_a_year_to_tell_which_time():
    assert era([("person:silvio-berlusconi", "Prime Minister")]) is None
    day = era([("person:silvio-berlusconi", "Prime Minister")], (2009,))
    assert day is not None and dt.date(2009, 1, 1) <= day < dt.date(2011, 11, 16), day


def test_a_former_office_dates_the_story_after_it():
    day = era([("person:tony-blair", "former Prime Minister"), ("person:gordon-brown", "Prime Minister")])
    assert day is not None and dt.date(2007, 6, 27) <= day < dt.date(2010, 5, 11), day


# --- the pipeline: the era reaches the office-holder lookup ----------------------------------------------------
STORY = ("Minister backs school meals plan\n\n"
         "School kitchens across England are to get extra cash, Prime Minister Tony Blair told a Kent primary school.\n\n"
         "Every pupil deserved one hot meal a day, he told staff. Gordon Brown is expected to "
         "set out the cost next month, aides said.\n\n"
         "Parent campaigner Orla Fennick welcomed the promise but said she would wait for the figures.")


def test_an_undated_story_gives_an_untitled_known_person_the_office_of_its_era(pipeline):
    found = roles(pipeline, STORY)
    assert found["person:gordon-brown"][0] == "Chancellor of the Exchequer", found
    assert found["person:tony-blair"][0] == "Prime Minister", found


def test_the_era_is_recorded_on_the_article_for_the_other_stages(pipeline):
    day = inferred(pipeline, STORY)
    assert day is not None and dt.date(1997, 5, 2) <= day < dt.date(2007, 6, 27), day


def test_a_dated_story_keeps_its_own_date(pipeline):
    assert inferred(pipeline, STORY, dt.date(2022, 3, 1)) is None
    dated = "LONDON, March 3, 2022 (Reuters) - " + STORY.split("\n\n", 1)[1]
    found = roles(pipeline, dated)
    assert found["person:gordon-brown"][0] != "Chancellor of the Exchequer", found


def test_an_undated_story_with_no_titled_holder_still_gets_the_latest_office(pipeline):
    text = ("Gordon Brown visited a hospital in Fife on Friday, where nurses told him about staff shortages.\n\n"
            "Ward manager Tessa Rolland said the visit had lifted spirits.")
    found = roles(pipeline, text)
    assert found["person:gordon-brown"][0] == "Prime Minister", found

