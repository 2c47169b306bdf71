"""Actors, round four: ministries are bodies of their own, people who speak for a body are not a
group, a former office holder's role, party names with an adjective or a hyphen, and the invented
actor dispatches (tests/data/actors_news) built in the real-news layout. Invented dispatches."""

from __future__ import annotations

import json
from pathlib import Path

from actor_support import actor, find

from wirecoder.evaluation import news

ACTOR_DISPATCHES = Path(__file__).parent / "data" / "actors_news"


def test_a_ministry_of_a_state_is_a_body_not_the_state_s_seat(pipeline):
    text = "The Pentagon said on Monday it had paused the order, and the State Department agreed."
    table = find(pipeline, text)
    for oid in ("org:pentagon", "org:state-department"):
        body = actor(table, oid)
        assert (body.kind, body.country, body.sector) == ("organization", "USA", "GOV")


def test_spokesmen_for_a_ministry_are_not_a_group_of_their_own(pipeline):
    table = find(pipeline, "Spokesmen for the Tamarian Interior Ministry said the camp was calm. "
                           "Spokesmen for Kenya's Interior Ministry said the border was shut.")
    assert table.get("org:spokesmen") is None
    assert any(a.kind == "organization" and a.country == "KEN" and a.sector == "GOV" for a in table.actors)


def test_a_former_president_is_out_of_office(pipeline):
    table = find(pipeline, "Former president Odera Mbeki was charged with fraud on Monday.")
    person = actor(table, "person:odera-mbeki")
    assert (person.role, person.sector) == ("former President", "ELI")


def test_a_party_name_keeps_its_adjective_and_its_hyphen(pipeline):
    table = find(pipeline, "The Valdorian Forces party walked out, and the VERT-Avenir party joined them.")
    assert actor(table, "org:valdorian-forces").sector == "PTY"
    assert actor(table, "org:vert-avenir").sector == "PTY"


def test_the_invented_actor_dispatches_are_built_and_annotated_with_actors():
    splits = json.loads((ACTOR_DISPATCHES / "splits.json").read_text("utf-8"))
    names = splits["dev"] + splits["test"]
    assert len(names) == len(set(names)) >= 30
    for name in names:
        article = news.load_article(ACTOR_DISPATCHES, name)
        assert article.actors, name
        for gold in article.actors:
            assert gold["kind"] in {"state", "igo", "person", "organization", "group"}, name
            assert gold["kind"] != "person" or "country" in gold, name


def test_the_mayor_of_a_city_serves_the_city_s_state(pipeline):
    table = find(pipeline, "The mayor of Lviv, Oksana Hrytsenko, said two workers were hurt. "
                           "The governor of Kano, Musa Danladi, declared a curfew.")
    assert (actor(table, "person:oksana-hrytsenko").country, actor(table, "person:oksana-hrytsenko").role) == \
        ("UKR", "Mayor")
    assert actor(table, "person:musa-danladi").country == "NGA"


def test_an_ambassador_in_a_city_is_not_given_the_city_s_state(pipeline):
    table = find(pipeline, "The Valdorian ambassador in Lviv, Tomas Brenn, met the governor of Kano.")
    assert actor(table, "person:tomas-brenn").country != "UKR"


def test_a_spokesman_of_a_named_agency_serves_its_state(pipeline):
    table = find(pipeline, "State Department spokesman Carl Denholm said the talks went well. "
                           "Orla Quinn, a spokeswoman for the Pentagon, agreed.")
    assert actor(table, "person:carl-denholm").country == "USA"
    assert actor(table, "person:orla-quinn").country == "USA"
