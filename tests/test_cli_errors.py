"""One-line errors instead of tracebacks, and checked filters: foreign DuckDB files, missing folders,
bad limits, bad settings, codes the ontology lacks, actor ids the store lacks, cut results."""

from __future__ import annotations

import duckdb
import pytest
from test_csv_injection import db  # noqa: F401  (a small store: NOR, SWE, one event, one quote)

from wirecoder.cli import main
from wirecoder.errors import InputError
from wirecoder.settings import load_settings


def _foreign(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.close()
    return path


def _one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("wirecoder: ") and "Traceback" not in err


def test_a_query_on_a_duckdb_file_that_is_not_a_store_is_one_line(tmp_path, capsys):
    other = _foreign(tmp_path)
    assert main(["events", "--db", str(other)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "not a wirecoder store" in err and "invoices" in err


def test_ingest_refuses_a_foreign_duckdb_file_and_adds_no_tables(tmp_path, capsys):
    other = _foreign(tmp_path)
    (tmp_path / "a.txt").write_text("Norway and Sweden talk.\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(other), "--workers", "1", "--quiet"]) == 1
    _one_line(capsys.readouterr().err)
    con = duckdb.connect(str(other), read_only=True)
    assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("invoices",)]
    con.close()


def test_a_store_in_a_missing_folder_is_blamed_on_the_folder_not_a_lock(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Norway and Sweden talk.\n", encoding="utf-8")
    db_path = tmp_path / "no" / "such" / "news.duckdb"
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(db_path), "--workers", "1", "--quiet"]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "folder" in err and "does not exist" in err and "using it" not in err


@pytest.mark.parametrize("flag", ["--limit", "--top"])
def test_a_negative_limit_is_a_usage_error(db, capsys, flag):  # noqa: F811
    command = "actors" if flag == "--top" else "events"
    with pytest.raises(SystemExit) as exc:
        main([command, "--db", str(db), flag, "-1"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "must be 0 (all) or more" in err and "Traceback" not in err


def test_a_cut_result_is_announced(db, capsys):  # noqa: F811
    assert main(["actors", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--limit", "1"]) == 0
    assert "showing the first" not in capsys.readouterr().err  # one event: it fits
    assert main(["quotes", "--db", str(db), "--limit", "1", "--format", "jsonl"]) == 0
    assert "showing the first" not in capsys.readouterr().err


def test_a_limit_that_cuts_says_so_on_stderr(tmp_path, capsys):
    from test_csv_injection import _record

    from wirecoder import Event, Record
    from wirecoder.record import record_id
    from wirecoder.store.writer import Store

    first = _record()
    text = "KELMORA, July 9. Officials from Chile and Peru met for three hours to discuss river water."
    second = Record(id=record_id(text), source="wire/two.txt", text=text, published="2025-07-09",
                    events=[Event("CHL", "PER", "040", "04", 1, 1.0, "CONSULT", None, True, None, None,
                                  (0, len(text)), (text.index("met"), text.index("met") + 3))])
    path = tmp_path / "two.duckdb"
    with Store(path) as store:
        store.add([first, second])
    assert main(["events", "--db", str(path), "--limit", "1", "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and "showing the first 1 rows; more match" in err


@pytest.mark.parametrize(("flag", "value", "said"), [
    ("--root", "25", "not a CAMEO root"), ("--plover", "BOGUS", "not a PLOVER event type"),
    ("--cameo", "999", "no CAMEO code starts with it"), ("--plover", "acuse", "nearest: ACCUSE"),
])
def test_a_code_the_ontology_lacks_is_an_error(db, capsys, flag, value, said):  # noqa: F811
    assert main(["events", "--db", str(db), flag, value]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert said in err


def test_valid_codes_pass(db, capsys):  # noqa: F811
    assert main(["events", "--db", str(db), "--root", "1", "--cameo", "01", "--plover", "consult"]) == 0
    assert capsys.readouterr().err == ""


def test_an_actor_the_store_lacks_gets_a_hint_naming_the_nearest(db, capsys):  # noqa: F811
    assert main(["events", "--db", str(db), "--source", "nor", "--format", "jsonl"]) == 0
    assert "no actor 'nor' in the store; nearest: NOR" in capsys.readouterr().err
    assert main(["dyad", "XYZ", "SWE", "--db", str(db), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "no actor 'XYZ' in the store" in err and "'SWE'" not in err


@pytest.mark.parametrize(("text", "said"), [
    ('[pipeline]\nbatch_size = "x"\n', "[pipeline] batch_size = 'x': must be a whole number"),
    ("[pipeline]\nbatch_size = 0\n", "must be at least 1"),
    ("[dedup]\nthreshold = 1.5\n", "must be from 0.0 to 1.0"),
    ("[pipeline]\nbatchsize = 8\n", "did you mean 'batch_size'"),
    ("[pipline]\nbatch_size = 8\n", "did you mean 'pipeline'"),
])
def test_a_settings_value_of_the_wrong_type_or_name_is_one_line_naming_the_file(tmp_path, text, said):
    settings = tmp_path / "settings.toml"
    settings.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_settings(settings)
    assert exc.value.source == str(settings) and said in exc.value.reason


def test_good_settings_still_load(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text("[dedup]\nthreshold = 1\n[pipeline]\nbatch_size = 4\n", encoding="utf-8")
    assert load_settings(settings)["pipeline"]["batch_size"] == 4


def test_the_cli_words_a_bad_settings_value_as_one_line(tmp_path, capsys):
    settings = tmp_path / "settings.toml"
    settings.write_text('[pipeline]\nbatch_size = "x"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Norway and Sweden talk.\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "n.duckdb"), "--settings",
                 str(settings), "--quiet", "--workers", "1"]) == 1
    _one_line(capsys.readouterr().err)


def test_extract_sizes_files_by_the_settings_max_chars_not_the_package_default(tmp_path, capsys):
    settings = tmp_path / "settings.toml"
    settings.write_text("[pipeline]\nmax_chars = 100\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("Norway and Sweden talk about fishing. " * 30, encoding="utf-8")
    assert main(["extract", str(path), "--settings", str(settings)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "bytes on disk, the limit is 800" in err
