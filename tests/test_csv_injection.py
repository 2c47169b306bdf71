"""Exports and `--format csv` make spreadsheet formulas inert; JSONL and Parquet keep the text exact."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from wirecoder import Actor, Event, Quote, Record, Speaker
from wirecoder.cli import main
from wirecoder.csvsafe import safe_cell
from wirecoder.export import export
from wirecoder.record import record_id
from wirecoder.store.writer import Store

# An invented dispatch whose quotation and actor name start like spreadsheet formulas.
TEXT = ('ORVANE, June 2. Minister Tessa Brulk of Norway said "=2+3 is the answer" to Sweden.\n'
        'The group @SUM(1 welcomed it.')


def _record() -> Record:
    def at(words: str) -> tuple[int, int]:
        start = TEXT.index(words)
        return (start, start + len(words))

    return Record(
        id=record_id(TEXT), source="wire/formula.txt", text=TEXT, headline="-Norway answers", published="2025-06-02",
        actors=[Actor("NOR", "Norway", "state", "NOR", mentions=[at("Norway")]),
                Actor("SWE", "Sweden", "state", "SWE", mentions=[at("Sweden")]),
                Actor("org:sum-1", "@SUM(1", "group", None, mentions=[at("@SUM(1")])],
        quotes=[Quote("direct", "=2+3 is the answer", at("=2+3 is the answer"),
                      Speaker("NOR", "Norway", at("Tessa Brulk")))],
        events=[Event("NOR", "SWE", "010", "01", 1, 0.0, "CONSULT", None, False, None, None,
                      at("=2+3 is the answer"), at("said"))])


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "formula.duckdb"
    with Store(path) as store:
        store.add([_record()])
    return path


@pytest.mark.parametrize("cell", ["=2+3", "+1", "-cmd", "@SUM(1", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe(cell):
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Norway", "a=b", "", None, -2.5, 3])
def test_other_cells_and_numbers_stay_as_they_are(cell):
    assert safe_cell(cell) == cell


def test_csv_export_neutralises_formula_cells(db, tmp_path):
    out = tmp_path / "quotes.csv"
    export(db, out, table="quotes")
    (row,) = csv.DictReader(out.open(encoding="utf-8"))
    assert row["text"] == "'=2+3 is the answer"
    export(db, tmp_path / "actors.csv", table="actors")
    names = {r["name"] for r in csv.DictReader((tmp_path / "actors.csv").open(encoding="utf-8"))}
    assert "'@SUM(1" in names and "Norway" in names
    export(db, tmp_path / "articles.csv", table="articles")
    (article,) = csv.DictReader((tmp_path / "articles.csv").open(encoding="utf-8"))
    assert article["headline"] == "'-Norway answers"


def test_gdelt_export_neutralises_formula_cells(db, tmp_path):
    out = tmp_path / "e.gdelt.tsv"
    export(db, out)
    assert not any(cell.startswith(("=", "+", "@")) for cell in out.read_text("utf-8").split("\t"))


def test_jsonl_and_parquet_keep_the_text_exact(db, tmp_path):
    export(db, tmp_path / "r.jsonl")
    record = Record.from_dict(json.loads((tmp_path / "r.jsonl").read_text("utf-8")))
    assert record.quotes[0].text == "=2+3 is the answer" and record == _record()
    export(db, tmp_path / "q.parquet", table="quotes")
    assert pq.read_table(tmp_path / "q.parquet").column("text").to_pylist() == ["=2+3 is the answer"]


@pytest.mark.parametrize("command", ["quotes", "events"])
def test_query_csv_output_neutralises_formula_cells(db, capsys, command):
    assert main([command, "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    column = "text" if command == "quotes" else "sentence"
    assert rows[0][column] == "'=2+3 is the answer"
