"""States and bodies of their time (data/actors/eras.yaml): the article's date decides what "Moscow",
"the Community" or "Prague" meant. Invented dispatches, invented names."""

from __future__ import annotations

from datetime import date

import pytest
from actor_support import actor, find

from wirecoder.actors.dictionary import Dictionary


def _ids(table) -> set[str]:
    return {a.id for a in table.actors}


@pytest.mark.parametrize(("day", "state"), [(date(1986, 5, 2), "SUN"), (date(1996, 5, 2), "RUS")])
def test_moscow_and_the_kremlin_are_the_soviet_union_until_its_end(pipeline, day, state):
    table = find(pipeline, "Moscow rejected the proposal, and the Kremlin said talks would go on.", day)
    assert state in _ids(table) and ({"SUN", "RUS"} - {state}).isdisjoint(_ids(table))


def test_the_soviet_union_by_name_is_the_soviet_union_on_any_date(pipeline):
    for day in (date(1984, 1, 9), date(2021, 1, 9), None):
        table = find(pipeline, "The Soviet Union once supplied the dam's turbines, the engineers recalled.", day)
        assert "SUN" in _ids(table), day


def test_a_soviet_minister_in_1988_serves_the_soviet_union(pipeline):
    table = find(pipeline, "Soviet Trade Minister Arkady Volnov met Finnish officials in Helsinki.", date(1988, 2, 3))
    assert actor(table, "person:arkady-volnov").country == "SUN"


def test_a_russian_official_in_1989_is_the_soviet_union_s(pipeline):
    table = find(pipeline, "Russian envoy Pavel Tsarkov said Moscow wanted a quick deal.", date(1989, 7, 1))
    assert actor(table, "person:pavel-tsarkov").country == "SUN"


def test_the_community_in_1987_copy_is_the_european_community(pipeline):
    text = "The European Community warned Tokyo on Monday. Community ministers said the EC would act."
    table = find(pipeline, text, date(1987, 4, 6))
    ec = actor(table, "EC")
    assert ec.kind == "igo" and len(ec.mentions) >= 3
    assert "EU" not in _ids(table)


@pytest.mark.parametrize(("day", "body"), [(date(1990, 6, 12), "EC"), (date(2004, 6, 12), "EU")])
def test_the_european_commission_speaks_for_the_community_until_maastricht(pipeline, day, body):
    table = find(pipeline, "The European Commission proposed new steel quotas on Tuesday.", day)
    assert body in _ids(table) and ({"EC", "EU"} - {body}).isdisjoint(_ids(table))


def test_the_ec_and_the_community_mean_nothing_in_copy_of_today(pipeline):
    table = find(pipeline, "The EC said the Community would weigh the offer.", date(2019, 3, 1))
    assert not {"EC", "EU"} & _ids(table)


def test_a_community_inside_another_name_is_not_the_european_community(pipeline):
    table = find(pipeline, "The East African Community met in Arusha.", date(1990, 3, 1))
    assert "EC" not in _ids(table)


def test_the_two_germanies_before_unification(pipeline):
    text = "East German border guards stopped the convoy, and West German diplomats protested to East Berlin."
    table = find(pipeline, text, date(1985, 8, 14))
    assert "DDR" in _ids(table)
    assert any(a.id == "DEU" or a.country == "DEU" for a in table.actors)  # the diplomats are West Germany's


def test_prague_in_1980_is_czechoslovakia_and_belgrade_in_1999_is_yugoslavia(pipeline):
    assert "CSK" in _ids(find(pipeline, "Prague protested to the embassy on Monday.", date(1980, 1, 7)))
    assert "CZE" in _ids(find(pipeline, "Prague protested to the embassy on Monday.", date(2001, 1, 8)))
    assert "YUG" in _ids(find(pipeline, "Belgrade protested to the embassy on Monday.", date(1999, 4, 6)))
    assert "SRB" in _ids(find(pipeline, "Belgrade protested to the embassy on Monday.", date(2012, 4, 6)))


def test_an_undated_article_is_read_as_of_today():
    d = Dictionary()
    assert d.of_its_time("RUS", "capital", None) == "RUS"
    assert d.of_its_time("RUS", "capital", date(1991, 12, 25)) == "SUN"
    assert d.of_its_time("RUS", "capital", date(1991, 12, 26)) == "RUS"
    assert d.of_its_time("SRB", "adjective", date(1995, 1, 1)) == "SRB"  # Serbia stays Serbia


def test_no_package_actor_file_reuses_another_entry_s_id():
    """An id given twice replaces the first entry silently (a later file wins): an IGO called NAM
    would make Namibia disappear."""
    from importlib import resources

    import yaml

    from wirecoder.actors.dictionary import PACKAGE_FILES

    seen: dict[str, str] = {}
    for name in PACKAGE_FILES:
        data = yaml.safe_load((resources.files("wirecoder") / "data" / "actors" / name).read_text("utf-8"))
        for entry in data["actors"]:
            assert entry["id"] not in seen, f"{entry['id']} in {name} and {seen[entry['id']]}"
            seen[entry["id"]] = name
