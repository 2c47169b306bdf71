"""Queries over the store: events, quotes and actors, on a small store built row by row with SQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import wirecoder.store as store
from wirecoder.cli import main
from wirecoder.store import query

# (id, source, published, duplicate_of): art-c is a near-duplicate of art-a, so nothing in it counts.
ARTICLES = [
    ("art-a", "feeds/a.txt", "2022-03-01", None),
    ("art-b", "https://news.example/b", "2022-06-15", None),
    ("art-c", "feeds/c.txt", "2022-03-02", "art-a"),
    ("art-d", "feeds/d.txt", "2023-01-10", None),
]
# (article, actor_id, name, kind, country, role, sector, n_mentions)
ACTORS = [
    ("art-a", "RUS", "Russia", "state", "RUS", None, None, 3),
    ("art-a", "NATO", "NATO", "igo", None, None, None, 2),
    ("art-a", "person:selim-aydin", "Selim Aydın", "person", "RUS", "Deputy Minister", "GOV", 2),
    ("art-b", "RUS", "Russia", "state", "RUS", None, None, 1),
    ("art-b", "CHN", "China", "state", "CHN", None, None, 2),
    ("art-b", "person:lin-qiao", "Lin Qiao", "person", "CHN", "Spokeswoman", "GOV", 2),
    ("art-c", "RUS", "Russia", "state", "RUS", None, None, 9),
    ("art-c", "NATO", "NATO", "igo", None, None, None, 9),
    ("art-d", "CHN", "China", "state", "CHN", None, None, 1),
    ("art-d", "NATO", "NATO", "igo", None, None, None, 1),
]
# (article, idx, source, target, cameo, root, quad, goldstein, plover, symmetric, date, sentence)
EVENTS = [
    ("art-a", 0, "RUS", "NATO", "112", "11", 3, -2.0, "ACCUSE", False, None,
     "Moscow accused NATO of stoking tension around AUKUS."),
    ("art-a", 1, "person:selim-aydin", "NATO", "111", "11", 3, -2.0, "ACCUSE", False, None,
     "Aydın criticised the alliance."),
    ("art-b", 0, "RUS", "CHN", "062", "06", 2, 7.4, "COOPERATE", True, "2022-06-14",
     "Russia and China held joint naval drills."),
    ("art-b", 1, "person:lin-qiao", "RUS", "051", "05", 1, 3.4, "COOPERATE", False, None,
     "Lin Qiao praised Moscow's stance."),
    ("art-c", 0, "RUS", "NATO", "112", "11", 3, -2.0, "ACCUSE", False, None,
     "Moscow accused NATO of stoking tension around AUKUS."),
    ("art-d", 0, "CHN", "NATO", "130", "13", 3, -4.4, "THREATEN", False, None,
     "Beijing warned NATO against expanding into Asia."),
]
# (article, idx, kind, text, speaker_actor, speaker_name)
QUOTES = [
    ("art-a", 0, "direct", "The AUKUS pact is a provocation", "person:selim-aydin", "Selim Aydın"),
    ("art-b", 0, "indirect", "cooperation with Russia would deepen", "person:lin-qiao", "Lin Qiao"),
    ("art-b", 1, "direct", "We trust our partners", None, "diplomats"),
    ("art-c", 0, "direct", "The AUKUS pact is a provocation", "person:selim-aydin", "Selim Aydın"),
]


def fill(con) -> None:
    for aid, src, published, dup in ARTICLES:
        con.execute("INSERT INTO articles (id, source, headline, published, duplicate_of) VALUES (?, ?, ?, ?, ?)",
                    [aid, src, f"Headline of {aid}", published, dup])
    con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ACTORS)
    for a, i, s, t, cameo, root, quad, gs, plover, sym, day, sentence in EVENTS:
        con.execute("""INSERT INTO events (article_id, idx, source, target, cameo, root, quad_class,
                       goldstein, plover, "symmetric", date, start, "end", sentence)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [a, i, s, t, cameo, root, quad, gs, plover, sym, day, 10 * i, 10 * i + len(sentence),
                     sentence])
    for a, i, kind, text, actor, name in QUOTES:
        con.execute("""INSERT INTO quotes (article_id, idx, kind, text, start, "end", speaker_actor,
                       speaker_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    [a, i, kind, text, 5, 5 + len(text), actor, name])


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "small.duckdb"
    con = store.connect(path)
    fill(con)
    con.close()
    return path


def keys(rows: list[dict]) -> list[tuple[str, int]]:
    return [(r["article_id"], r["idx"]) for r in rows]


def test_events_by_source_and_target_leave_out_near_duplicates(db):
    rows = query.events(db, source="RUS", target="NATO")
    assert keys(rows) == [("art-a", 0)]
    assert rows[0]["article_source"] == "feeds/a.txt"
    assert rows[0]["sentence"].startswith("Moscow accused NATO")


def test_events_source_country_matches_the_officials_of_that_state(db):
    assert keys(query.events(db, source="RUS", target="NATO", country=True)) == [("art-a", 0), ("art-a", 1)]


def test_symmetric_event_matches_a_filter_read_either_way(db):
    assert keys(query.events(db, source="CHN", target="RUS")) == [("art-b", 0)]
    assert keys(query.events(db, source="RUS", target="CHN")) == [("art-b", 0)]


def test_events_several_ids_in_one_filter(db):
    assert keys(query.events(db, source="RUS,CHN", target="NATO")) == [("art-a", 0), ("art-d", 0)]


def test_events_code_filters(db):
    assert keys(query.events(db, root=11)) == [("art-a", 0), ("art-a", 1)]
    assert keys(query.events(db, cameo="11")) == [("art-a", 0), ("art-a", 1)]
    assert keys(query.events(db, cameo="112")) == [("art-a", 0)]
    assert keys(query.events(db, quad_class=[1, 2])) == [("art-b", 0), ("art-b", 1)]
    assert keys(query.events(db, plover="threaten")) == [("art-d", 0)]


def test_events_date_range_uses_the_event_date_before_the_published_date(db):
    # art-b's drills happened on 14 June although the article is dated 15 June.
    assert keys(query.events(db, since="2022-06-01", until="2022-06-14")) == [("art-b", 0)]
    assert keys(query.events(db, since="2023-01-01")) == [("art-d", 0)]


def test_events_contains_searches_the_sentence_ignoring_case(db):
    assert keys(query.events(db, contains="aukus")) == [("art-a", 0)]


def test_events_limit(db):
    assert len(query.events(db, limit=2)) == 2
    assert len(query.events(db, limit=None)) == 5


def test_quotes_speaker_name_piece_matches_the_person_id(db):
    rows = query.quotes(db, speaker="aydın")
    assert keys(rows) == [("art-a", 0)]
    assert keys(query.quotes(db, speaker="Selim Aydin")) == [("art-a", 0)]  # through the id's slug
    assert keys(query.quotes(db, speaker="person:lin-qiao")) == [("art-b", 0)]
    assert keys(query.quotes(db, speaker="Qiao", contains="RUSSIA")) == [("art-b", 0)]


def test_quotes_kind_and_unresolved_speaker_names(db):
    assert keys(query.quotes(db, kind="direct")) == [("art-a", 0), ("art-b", 1)]
    assert keys(query.quotes(db, speaker="diplomats")) == [("art-b", 1)]


def test_actors_top_by_mentions_and_by_events_without_near_duplicates(db):
    top = query.actors(db)
    by_id = {r["actor_id"]: r for r in top}
    assert by_id["RUS"]["mentions"] == 4 and by_id["RUS"]["articles"] == 2
    assert by_id["NATO"]["mentions"] == 3
    assert by_id["NATO"]["events"] == 3 and by_id["NATO"]["as_target"] == 3
    assert top[0]["actor_id"] == "RUS"
    assert [r["actor_id"] for r in query.actors(db, by="events", top=1)] == ["NATO"]
    people = query.actors(db, kind="person")
    assert {r["actor_id"] for r in people} == {"person:selim-aydin", "person:lin-qiao"}
    assert people[0]["role"] in {"Deputy Minister", "Spokeswoman"}


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_events_table_csv_and_jsonl(db, capsys):
    code, out, _ = run_cli(["events", "--db", str(db), "--source", "RUS", "--target", "NATO"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["day", "source", "target"] and set(lines[1]) <= {"-", " "}
    assert len(lines) == 3 and "art-a" in lines[2]

    code, out, _ = run_cli(["events", "--db", str(db), "--root", "11", "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["article_id"], r["idx"]) for r in rows] == [("art-a", "0"), ("art-a", "1")]
    assert rows[0]["article_source"] == "feeds/a.txt"

    code, out, _ = run_cli(["events", "--db", str(db), "--since", "2022-06-01", "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["day"] for r in rows] == ["2022-06-14", "2022-06-15", "2023-01-10"]


def test_cli_quotes_and_actors(db, capsys):
    code, out, _ = run_cli(["quotes", "--db", str(db), "--speaker", "Aydın", "--contains", "AUKUS",
                            "--format", "jsonl"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1 and rows[0]["speaker_actor"] == "person:selim-aydin"

    code, out, _ = run_cli(["actors", "--db", str(db), "--kind", "state", "--top", "2", "--format", "csv"],
                           capsys)
    assert [r["actor_id"] for r in csv.DictReader(io.StringIO(out))] == ["RUS", "CHN"]


def test_cli_missing_db_is_a_one_line_error(tmp_path, capsys):
    for command in (["events"], ["quotes"], ["actors"], ["dyad", "RUS", "CHN"]):
        code, out, err = run_cli([*command, "--db", str(tmp_path / "nowhere.duckdb")], capsys)
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "nowhere.duckdb" in err
    assert not (tmp_path / "nowhere.duckdb").exists()


def test_cli_bad_date_is_a_one_line_error(db, capsys):
    code, _, err = run_cli(["events", "--db", str(db), "--since", "March"], capsys)
    assert code == 1 and "since: 'March' is not a date like" in err and len(err.strip().splitlines()) == 1


def test_cli_events_country_and_repeated_quad(db, capsys):
    code, out, _ = run_cli(["events", "--db", str(db), "--source", "RUS", "--country", "--quad", "3",
                            "--quad", "1", "--format", "jsonl"], capsys)
    assert code == 0
    assert [(r["article_id"], r["idx"]) for r in map(json.loads, out.splitlines())] == [("art-a", 0), ("art-a", 1)]


def test_events_sort_by_day_or_goldstein_either_way(db):
    # Days: art-a's two (2022-03-01), the drills (2022-06-14), the praise (2022-06-15), the warning (2023).
    assert keys(query.events(db, sort="-day", limit=None)) == [("art-d", 0), ("art-b", 1), ("art-b", 0),
                                                               ("art-a", 0), ("art-a", 1)]
    by_score = query.events(db, sort="goldstein", limit=None)
    assert [r["goldstein"] for r in by_score] == [-4.4, -2.0, -2.0, 3.4, 7.4]
    assert keys(by_score)[1:3] == [("art-a", 0), ("art-a", 1)]  # a tie keeps the order of day
    assert [r["goldstein"] for r in query.events(db, sort="-goldstein", limit=None)] == [7.4, 3.4, -2.0, -2.0, -4.4]
    for per_report in (False, True):
        assert [r["goldstein"] for r in query.events(db, sort="-goldstein", limit=2, per_report=per_report)] == [7.4, 3.4]


def test_events_offset_pages_through_the_same_order(db):
    for sort in ("day", "-day", "goldstein", "-goldstein"):
        every = keys(query.events(db, sort=sort, limit=None))
        pages = [keys(query.events(db, sort=sort, limit=2, offset=start)) for start in (0, 2, 4, 6)]
        assert sum(pages, []) == every and pages[-1] == []
    assert keys(query.events(db, offset=3, limit=None)) == keys(query.events(db, limit=None))[3:]


def test_events_a_bad_sort_or_offset_is_a_one_line_error(db, capsys):
    with pytest.raises(query.WirecoderError, match="sort"):
        query.events(db, sort="name")
    with pytest.raises(query.WirecoderError, match="offset"):
        query.events(db, offset=-1)
    code, _, err = run_cli(["events", "--db", str(db), "--offset", "-2"], capsys)
    assert code == 1 and err.startswith("wirecoder: ") and len(err.strip().splitlines()) == 1


def test_cli_events_sort_and_offset(db, capsys):
    code, out, _ = run_cli(["events", "--db", str(db), "--sort=-goldstein", "--offset", "1", "--limit", "2",
                            "--format", "jsonl"], capsys)
    assert code == 0
    assert [json.loads(line)["goldstein"] for line in out.splitlines()] == [3.4, -2.0]


def test_events_read_the_same_fetched_by_a_list_or_a_join(db, monkeypatch):
    by_list = [query.events(db, limit=None, per_report=p) for p in (False, True)]
    monkeypatch.setattr(query, "_FIELDS_BY_LIST", 0)
    assert [query.events(db, limit=None, per_report=p) for p in (False, True)] == by_list
