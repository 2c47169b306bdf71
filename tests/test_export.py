"""Exports: JSONL records, Parquet and CSV tables, and the GDELT 2.0 event table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

import wirecoder.store as store
from wirecoder import Actor, Event, Location, Quote, Record, Speaker
from wirecoder.cli import main
from wirecoder.export import GDELT_COLUMNS, export, format_for
from wirecoder.record import record_id

TEXT_A = ("ANKARA, May 3. Deputy Foreign Minister Selim Aydın accused NATO of provocations. "
          "\"The drills are a provocation,\" Aydın said.")
TEXT_B = "VIENNA, May 9. Austria and Hungary signed a transit agreement, spokeswoman Marta Okonkwo-Ruiz said."


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return (start, start + len(words))


def record_a(text: str = TEXT_A) -> Record:
    return Record(
        id=record_id(text), source="wire/a.txt", text=text, headline="Aydın accuses NATO",
        published="2024-05-03",
        actors=[Actor("TUR", "Turkey", "state", "TUR"),
                Actor("person:selim-aydin", "Selim Aydın", "person", "TUR", "Deputy Foreign Minister", "GOV",
                      [span(text, "Selim Aydın")]),
                Actor("NATO", "NATO", "igo", None, None, None, [span(text, "NATO")])],
        quotes=[Quote("direct", "The drills are a provocation", span(text, "The drills are a provocation"),
                      Speaker("person:selim-aydin", "Selim Aydın", span(text, "Aydın said")))],
        events=[Event("person:selim-aydin", "NATO", "112", "11", 3, -2.0, "ACCUSE", None, False, None,
                      Location("Ankara", "TUR"), span(text, "Deputy Foreign Minister Selim Aydın accused "
                                                          "NATO of provocations."),
                      span(text, "accused"))])


def record_b() -> Record:
    text = TEXT_B
    return Record(
        id=record_id(text), source="https://news.example/b", text=text, published="2024-05-09",
        actors=[Actor("AUT", "Austria", "state", "AUT", mentions=[span(text, "Austria")]),
                Actor("HUN", "Hungary", "state", "HUN", mentions=[span(text, "Hungary")])],
        events=[Event("AUT", "HUN", "057", "05", 1, 8.0, "AGREE", None, True, "2024-05-08", None,
                      span(text, "Austria and Hungary signed a transit agreement,"), span(text, "signed"))])


def insert(con: duckdb.DuckDBPyConnection, record: Record, duplicate_of: str | None = None) -> None:
    """The rows of one record, as the schema lays them out (tests build stores without the writer)."""
    con.execute("INSERT INTO articles (id, source, headline, published, duplicate_of, record) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [record.id, record.source, record.headline, record.published, duplicate_of,
                 json.dumps(record.to_dict(), ensure_ascii=False)])
    for a in record.actors:
        con.execute("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [record.id, a.id, a.name, a.kind, a.country, a.role, a.sector, len(a.mentions)])
    for i, q in enumerate(record.quotes):
        con.execute('INSERT INTO quotes (article_id, idx, kind, text, start, "end", speaker_actor, '
                    "speaker_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [record.id, i, q.kind, q.text, *q.span, q.speaker.actor if q.speaker else None,
                     q.speaker.name if q.speaker else None])
    for i, e in enumerate(record.events):
        con.execute("""INSERT INTO events (article_id, idx, source, target, cameo, root, quad_class,
                       goldstein, plover, "symmetric", date, location_name, location_country, start, "end",
                       sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [record.id, i, e.source, e.target, e.cameo, e.root, e.quad_class, e.goldstein, e.plover,
                     e.symmetric, e.date, e.location.name if e.location else None,
                     e.location.country if e.location else None, *e.span,
                     record.text[e.span[0]:e.span[1]]])


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "exports.duckdb"
    con = store.connect(path)
    a = record_a()
    insert(con, a)
    insert(con, record_b())
    # A re-issue of story A by another agency: a near-duplicate.
    insert(con, record_a(TEXT_A.replace("ANKARA, May 3.", "ANKARA, May 3 (Reuters).")), duplicate_of=a.id)
    con.execute("UPDATE articles SET dateline_agency = 'Reuters' WHERE duplicate_of IS NOT NULL")
    con.close()
    return path


def test_jsonl_export_round_trips_through_the_record(db, tmp_path):
    out = tmp_path / "records.jsonl"
    assert export(db, out) == 2
    records = [Record.from_dict(json.loads(line)) for line in out.read_text("utf-8").splitlines()]
    assert records == [record_a(), record_b()]
    assert export(db, out, include_duplicates=True, force=True) == 3


def test_parquet_export_is_readable_with_the_right_row_count(db, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(db, out) == 2
    table = pq.read_table(out)
    assert table.num_rows == 2 and {"source", "target", "cameo", "article_source"} <= set(table.column_names)
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == 2
    assert export(db, tmp_path / "quotes.parquet", table="quotes", include_duplicates=True) == 2
    assert pq.read_table(tmp_path / "quotes.parquet").num_rows == 2


def test_csv_export_has_a_header_and_one_line_per_row(db, tmp_path):
    out = tmp_path / "actors.csv"
    assert export(db, out, table="actors") == 5
    with out.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0])[:3] == ["article_id", "actor_id", "name"]
    assert len(rows) == 5 and "Selim Aydın" in {r["name"] for r in rows}
    export(db, tmp_path / "articles.csv", table="articles")
    header = (tmp_path / "articles.csv").read_text("utf-8").splitlines()[0].split(",")
    assert "record" not in header and "minhash" not in header and "headline" in header


def test_gdelt_export_has_61_tab_separated_columns(db, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    assert export(db, out) == 2
    lines = out.read_text("utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    accuse, agree = rows
    assert accuse["Day"] == "20240503" and accuse["MonthYear"] == "202405" and accuse["Year"] == "2024"
    assert accuse["Actor1Code"] == "TURGOV" and accuse["Actor1Name"] == "SELIM AYDIN"
    assert accuse["Actor1CountryCode"] == "TUR" and accuse["Actor1Type1Code"] == "GOV"
    assert accuse["Actor2Code"] == "NATO" and accuse["Actor2KnownGroupCode"] == "NATO"
    assert (accuse["EventCode"], accuse["EventBaseCode"], accuse["EventRootCode"]) == ("112", "112", "11")
    assert accuse["QuadClass"] == "3" and float(accuse["GoldsteinScale"]) == -2.0
    # The story was issued twice, by two agencies; the re-issue (a near-duplicate) is left out.
    assert (accuse["NumArticles"], accuse["NumSources"], accuse["NumMentions"]) == ("1", "1", "1")
    assert accuse["ActionGeo_FullName"] == "Ankara" and accuse["SOURCEURL"] == "wire/a.txt"
    assert len(accuse["DATEADDED"]) == 14 and accuse["AvgTone"] == ""
    assert agree["Day"] == "20240508" and agree["Actor1Code"] == "AUT" and agree["EventCode"] == "057"
    assert int(accuse["GlobalEventID"]) != int(agree["GlobalEventID"])


def test_gdelt_export_counts_a_reissue_as_an_article_when_duplicates_are_included(db, tmp_path):
    out = tmp_path / "all.gdelt.tsv"
    assert export(db, out, include_duplicates=True) == 2  # still one row per event
    accuse = dict(zip(GDELT_COLUMNS, out.read_text("utf-8").splitlines()[0].split("\t"), strict=True))
    assert (accuse["NumArticles"], accuse["NumSources"], accuse["NumMentions"]) == ("2", "2", "2")


def test_gdelt_event_ids_are_the_same_in_every_export_of_the_store(db, tmp_path):
    def ids(out: Path) -> list[str]:
        return [line.split("\t")[0] for line in out.read_text("utf-8").splitlines()]

    export(db, tmp_path / "one.gdelt.tsv")
    export(db, tmp_path / "two.gdelt.tsv")
    export(db, tmp_path / "all.gdelt.tsv", include_duplicates=True)
    assert ids(tmp_path / "one.gdelt.tsv") == ids(tmp_path / "two.gdelt.tsv") == ids(tmp_path / "all.gdelt.tsv")
    per_report = tmp_path / "reports.gdelt.tsv"
    assert export(db, per_report, include_duplicates=True, per_report=True) == 3
    assert sorted(set(ids(per_report))) == sorted(ids(tmp_path / "one.gdelt.tsv"))


def test_export_format_follows_the_suffix_or_the_flag(tmp_path):
    assert format_for("x.jsonl") == "jsonl" and format_for("x.parquet") == "parquet"
    assert format_for("20240101.export.CSV") == "gdelt" and format_for("x.csv") == "csv"
    assert format_for("x.txt", "gdelt") == "gdelt"


def test_cli_export_writes_and_reports(db, tmp_path, capsys):
    out = tmp_path / "e.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt", str(out)]) == 0
    assert "wrote 2 events" in capsys.readouterr().err
    assert main(["export", "--db", str(db), str(tmp_path / "e.txt")]) == 1
    assert "cannot tell the format" in capsys.readouterr().err
    assert main(["export", "--db", str(tmp_path / "none.duckdb"), str(tmp_path / "x.jsonl")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "none.duckdb" in err


DISPATCHES = [
    ("ISTANBUL, March 4. Turkey's Deputy Foreign Minister Selim Aydın said on Monday that NATO's "
     "exercises near the border were a provocation. \"We will answer any threat,\" Aydın told reporters."),
    ("BEIJING, March 5. Chinese Foreign Ministry spokeswoman Lin Qiao said China and Russia would "
     "deepen their cooperation. \"Our partnership serves peace,\" Lin Qiao said."),
]


def test_end_to_end_pipeline_writer_query_and_export(pipeline, tmp_path):
    writer = pytest.importorskip("wirecoder.store.writer", reason="the store writer is not written yet")
    records = [pipeline.extract(text, source=f"d{i}.txt", reference_date="2024-03-06")
               for i, text in enumerate(DISPATCHES)]
    path = tmp_path / "e2e.duckdb"
    with writer.Store(path) as s:
        s.add(records)
    out = tmp_path / "records.jsonl"
    assert export(path, out) == 2
    back = [Record.from_dict(json.loads(line)) for line in out.read_text("utf-8").splitlines()]
    assert sorted(r.id for r in back) == sorted(r.id for r in records)
    assert {r.id: r for r in back} == {r.id: r for r in records}
    from wirecoder.store import query

    n_events = sum(len(r.events) for r in records)
    assert len(query.events(path, limit=None)) == n_events
    assert export(path, tmp_path / "e.gdelt.tsv") == n_events
    quotes = [q for r in records for q in r.quotes]
    assert len(query.quotes(path, limit=None)) == len(quotes)
