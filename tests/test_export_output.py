"""Where an export goes: `-` is standard output; an existing file is replaced only with --force."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT
from test_csv_injection import _record, db  # noqa: F401  (the fixture)

from wirecoder.cli import main
from wirecoder.export import OutputExists, export


def test_export_dash_writes_records_to_standard_output(db):  # noqa: F811
    proc = subprocess.run([sys.executable, "-m", "wirecoder", "export", "-", "--format", "jsonl", "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == _record().id
    assert "wrote 1 records to standard output" in proc.stderr


def test_export_dash_without_a_format_is_one_line(db, capsys):  # noqa: F811
    assert main(["export", "-", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "standard output" in err


def test_an_existing_file_is_kept_without_force(db, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "events.csv"
    out.write_text("precious\n", encoding="utf-8")
    assert main(["export", str(out), "--db", str(db)]) == 1
    assert "already exists; give --force" in capsys.readouterr().err
    assert out.read_text("utf-8") == "precious\n"
    assert main(["export", str(out), "--db", str(db), "--force"]) == 0
    assert out.read_text("utf-8").startswith("event_id,")  # one row per event (issue 14)


def test_the_api_refuses_to_overwrite_with_a_typed_error(db, tmp_path):  # noqa: F811
    out = tmp_path / "r.jsonl"
    export(db, out)
    try:
        export(db, out)
    except OutputExists as exc:
        assert exc.path == str(out) and "--" not in str(exc)
    else:
        raise AssertionError("no OutputExists")
