"""`wirecoder extract`: one JSON record per file, JSON lines, reference dates, stdin, extra actors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.cli import main
from wirecoder.record import Record

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DISPATCH = ("Kazakhstan and China sign rail deal\n\n"
            "BEIJING, March 14 (Xinhua) -- Kazakh Foreign Minister Yerlan Tokbayev said on Friday that the "
            "new rail link would double freight between the two countries.\n")


def extract(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def dispatch_files(tmp_path: Path) -> list[Path]:
    paths = []
    for i, place in enumerate(("BEIJING", "ASTANA", "MOSCOW")):
        path = tmp_path / f"{i}_{place.lower()}.txt"
        path.write_text(DISPATCH.replace("BEIJING", place), encoding="utf-8")
        paths.append(path)
    return paths


def test_one_file_prints_one_json_record(capsys, dispatch_files):
    code, out, err = extract(capsys, "--reference-date", "2026-11-29", str(dispatch_files[0]))
    assert code == 0 and err == ""
    data = json.loads(out)  # one JSON document, nothing else
    record = Record.from_dict(data)
    assert record.source == str(dispatch_files[0])
    assert record.headline == "Kazakhstan and China sign rail deal"
    assert data["dateline"] == {"place": "BEIJING", "agency": "Xinhua", "date_text": "March 14",
                                "span": [37, 66]}
    assert record.text == DISPATCH


def test_jsonl_prints_one_line_per_file_in_order(capsys, dispatch_files):
    code, out, _ = extract(capsys, "--jsonl", *map(str, dispatch_files))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in dispatch_files]
    assert [json.loads(line)["dateline"]["place"] for line in lines] == ["BEIJING", "ASTANA", "MOSCOW"]


def test_reference_date_fixes_the_year(capsys, dispatch_files):
    # 14 March was a Friday in 2025 and in 2014: the latest one not after the reference date counts.
    _, out, _ = extract(capsys, "--reference-date", "2026-11-29", str(dispatch_files[0]))
    assert json.loads(out)["published"] == "2025-03-14"
    _, out, _ = extract(capsys, "--reference-date", "2019-01-01", str(dispatch_files[0]))
    assert json.loads(out)["published"] == "2014-03-14"


def test_malformed_reference_date_is_a_usage_error(capsys, dispatch_files):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--reference-date", "29/11/2026", str(dispatch_files[0])])
    assert exc.value.code == 2
    assert "not a date like 2026-11-29" in capsys.readouterr().err


def test_dash_reads_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DISPATCH.encode("utf-8"))))
    code, out, _ = extract(capsys, "--reference-date", "2026-11-29", "-")
    assert code == 0
    data = json.loads(out)
    assert data["source"] == "<stdin>" and data["text"] == DISPATCH


def test_extra_actors_file_is_accepted(capsys, tmp_path, dispatch_files):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - {id: org:halvorsen-capital, name: Halvorsen Capital, kind: organization}\n",
                     encoding="utf-8")
    code, out, err = extract(capsys, "--actors", str(extra), str(dispatch_files[0]))
    assert code == 0 and json.loads(out)["headline"] == "Kazakhstan and China sign rail deal"


def test_bundled_samples_all_come_out_with_headline_and_body(capsys):
    assert 6 <= len(SAMPLES) <= 8
    code, out, err = extract(capsys, "--jsonl", "--reference-date", "2026-11-29", *map(str, SAMPLES))
    assert code == 0, err
    records = [Record.from_dict(json.loads(line)) for line in out.splitlines()]
    assert [r.source for r in records] == [str(p) for p in SAMPLES]
    for r in records:
        assert r.headline and r.body_span and r.body_span[1] - r.body_span[0] > 200, r.source


def test_command_runs_as_a_module_reading_stdin():
    proc = subprocess.run([sys.executable, "-m", "wirecoder", "extract", "--jsonl", "-"], input=DISPATCH,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["dateline"]["agency"] == "Xinhua"
