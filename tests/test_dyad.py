"""The dyad: cooperation and conflict between two actors, per period, in both directions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import wirecoder.store as store
from wirecoder.cli import main
from wirecoder.store import query

# (article, published, duplicate_of, [(source, target, quad, goldstein, symmetric, event date)])
STORIES = [
    ("jan-1", "2024-01-03", None, [("RUS", "CHN", 1, 3.0, False, None), ("CHN", "RUS", 3, -2.0, False, None)]),
    ("jan-2", "2024-01-10", None, [("RUS", "CHN", 2, 7.0, True, None), ("RUS", "USA", 4, -9.0, False, None)]),
    # A near-duplicate of jan-2: its events must not count again.
    ("jan-2b", "2024-01-11", "jan-2", [("RUS", "CHN", 2, 7.0, True, None)]),
    # Nothing in February; in March an official acting for China, and an event dated by the coder.
    ("mar-1", "2024-03-20", None, [("person:lin-qiao", "RUS", 3, -4.0, False, None),
                                   ("CHN", "RUS", 1, 1.0, False, "2024-03-01")]),
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "dyad.duckdb"
    con = store.connect(path)
    for article, published, dup, events in STORIES:
        con.execute("INSERT INTO articles (id, source, published, duplicate_of) VALUES (?, ?, ?, ?)",
                    [article, f"{article}.txt", published, dup])
        con.execute("INSERT INTO actors (article_id, actor_id, name, kind, country) VALUES "
                    "(?, 'person:lin-qiao', 'Lin Qiao', 'person', 'CHN')", [article])
        for i, (s, t, quad, gs, sym, day) in enumerate(events):
            con.execute("""INSERT INTO events (article_id, idx, source, target, cameo, root, quad_class,
                           goldstein, "symmetric", date) VALUES (?, ?, ?, ?, '010', '01', ?, ?, ?, ?)""",
                        [article, i, s, t, quad, gs, sym, day])
    con.close()
    return path


def test_dyad_by_month_counts_each_direction_and_fills_empty_months(db):
    rows = query.dyad(db, "RUS", "CHN", by="month")
    assert [str(r["period"]) for r in rows] == ["2024-01-01", "2024-02-01", "2024-03-01"]
    jan, feb, mar = rows
    # RUS->CHN: the verbal cooperation and the symmetric drill; CHN->RUS: the criticism and the drill.
    assert (jan["ab_n"], jan["ab_q1"], jan["ab_q2"], jan["ab_q3"]) == (2, 1, 1, 0)
    assert (jan["ba_n"], jan["ba_q2"], jan["ba_q3"]) == (2, 1, 1)
    assert jan["total_n"] == 3 and (jan["total_q1"], jan["total_q2"], jan["total_q3"]) == (1, 1, 1)
    assert jan["ab_goldstein"] == pytest.approx(5.0) and jan["ba_goldstein"] == pytest.approx(2.5)
    assert jan["total_goldstein"] == pytest.approx((3.0 + 7.0 - 2.0) / 3)
    assert feb["total_n"] == 0 and feb["total_goldstein"] is None
    assert (mar["ab_n"], mar["ba_n"], mar["ba_q1"]) == (0, 1, 1)


def test_dyad_by_week_starts_on_monday(db):
    rows = query.dyad(db, "RUS", "CHN", by="week", until="2024-01-31")
    assert [str(r["period"]) for r in rows] == ["2024-01-01", "2024-01-08"]
    assert [r["total_n"] for r in rows] == [2, 1]


def test_dyad_is_the_same_read_from_either_side(db):
    forward = query.dyad(db, "RUS", "CHN")
    backward = query.dyad(db, "CHN", "RUS")
    for f, b in zip(forward, backward, strict=True):
        assert (f["ab_n"], f["ba_n"], f["total_n"]) == (b["ba_n"], b["ab_n"], b["total_n"])


def test_dyad_with_country_counts_officials_for_their_state(db):
    mar = query.dyad(db, "RUS", "CHN", since="2024-03-01", country=True)[0]
    assert (mar["ba_n"], mar["ba_q3"], mar["ba_goldstein"]) == (2, 1, pytest.approx(-1.5))


def test_dyad_without_events_is_empty(db):
    assert query.dyad(db, "CHN", "USA") == []


def test_cli_dyad_table_csv_and_jsonl(db, capsys):
    assert main(["dyad", "RUS", "CHN", "--db", str(db), "--by", "month"]) == 0
    out = capsys.readouterr().out
    assert "RUS > CHN" in out and "CHN > RUS" in out and "2024-02-01" in out
    assert any(ch in out for ch in "▁▂▃▄▅▆▇█")

    assert main(["dyad", "RUS", "CHN", "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["total_n"] for r in rows] == ["3", "0", "1"]
    assert list(rows[0]) == query.dyad_columns()

    assert main(["dyad", "RUS", "CHN", "--db", str(db), "--format", "jsonl", "--by", "year"]) == 0
    (year,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert year["period"] == "2024-01-01" and year["total_n"] == 4


def test_cli_dyad_rejects_one_actor_twice(db, capsys):
    assert main(["dyad", "RUS", "RUS", "--db", str(db)]) == 1
    assert "two different actors" in capsys.readouterr().err


def test_sparkline_runs_from_low_to_high_and_leaves_gaps_blank():
    from wirecoder.table import sparkline

    assert sparkline([0, 5, 10], low=0, high=10) == "▁▅█"
    assert sparkline([-10.0, None, 10.0], low=-10, high=10) == "▁ █"
    assert sparkline([3, 3]) == "▁▁"


def test_bar_grows_by_eighths_of_a_cell():
    from wirecoder.table import bar

    assert bar(10, 10, width=4) == "████"
    assert bar(5, 10, width=4) == "██"
    assert bar(1, 16, width=2) == "▏"
    assert bar(0, 10) == ""
