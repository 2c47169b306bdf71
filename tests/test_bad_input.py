"""Bad input: every unreadable file is one clear line naming it, never a traceback, and the rest go on."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder import errors
from wirecoder.cli import main
from wirecoder.errors import InputError
from wirecoder.record import Record
from wirecoder.sources import decode_bytes, read_file

DISPATCH = ("Talks resume in Geneva\n\n"
            "GENEVA, May 5 (AFP) - Marta Okonkwo-Ruiz, the UN special envoy, said on Tuesday that talks "
            "between the two sides would resume next week.\n")
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def reason_of(exc_info: pytest.ExceptionInfo[InputError]) -> str:
    return exc_info.value.reason


# --- Decoding: the Python API ------------------------------------------------------------------


def test_empty_bytes_are_refused_as_empty():
    with pytest.raises(InputError) as exc:
        decode_bytes(b"", "a.txt")
    assert reason_of(exc) == errors.EMPTY
    assert str(exc.value).startswith("a.txt: ")


def test_whitespace_only_bytes_are_refused_as_blank():
    with pytest.raises(InputError) as exc:
        decode_bytes(b" \n\t\n", "a.txt")
    assert reason_of(exc) == errors.BLANK


@pytest.mark.parametrize("data", [
    b"Some text\x00with a NUL byte" * 10,
    PNG_HEADER,
    gzip.compress(DISPATCH.encode("utf-8")),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    bytes(range(1, 32)) * 20,
])
def test_binary_data_is_refused_as_binary(data: bytes):
    with pytest.raises(InputError) as exc:
        decode_bytes(data, "blob")
    assert reason_of(exc) == errors.BINARY


def test_bytes_that_are_not_utf8_fall_back_to_cp1252_with_a_warning():
    text = "Minister Marta Okonkwo-Ruiz called the talks \u201cuseful\u201d \u2013 at a caf\u00e9 in Geneva."
    doc = decode_bytes(text.encode("cp1252"), "old.txt")
    assert doc.text == text
    assert doc.encoding == "cp1252"
    assert len(doc.warnings) == 1 and "cp1252" in doc.warnings[0] and "UTF-8" in doc.warnings[0]


def test_utf8_with_bom_decodes_without_the_bom_and_without_warning():
    doc = decode_bytes("\ufeff".encode() + DISPATCH.encode("utf-8"))
    assert doc.text == DISPATCH and doc.warnings == []


def test_utf16_with_bom_is_text_not_binary():
    doc = decode_bytes(DISPATCH.encode("utf-16"), "wide.txt")
    assert doc.text == DISPATCH and doc.encoding == "utf-16"


def test_missing_path_and_directory_are_refused_by_name(tmp_path: Path):
    with pytest.raises(InputError) as exc:
        read_file(tmp_path / "nope.txt")
    assert reason_of(exc) == errors.NOT_FOUND and str(exc.value).startswith(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError) as exc:
        read_file(tmp_path)
    assert reason_of(exc) == errors.IS_DIR


# --- The pipeline ------------------------------------------------------------------------------


def test_text_over_the_limit_is_refused_before_spacy(pipeline):
    with pytest.raises(InputError) as exc:
        pipeline.extract("word " * 1_000_000, source="big.txt")
    message = str(exc.value)
    assert message.startswith("big.txt: too long") and "1,000,000" in message and "\n" not in message


def test_blank_text_is_refused(pipeline):
    with pytest.raises(InputError) as exc:
        pipeline.extract(" \n\n ")
    assert reason_of(exc) == errors.BLANK


def test_one_bad_text_in_a_batch_leaves_the_others_coded_in_order(pipeline):
    results = list(pipeline.extract_many([DISPATCH, "   ", DISPATCH.replace("GENEVA", "VIENNA")],
                                         reference_date="2026-11-29"))
    assert [type(r).__name__ for r in results] == ["Record", "InputError", "Record"]
    assert results[0].dateline.place == "GENEVA" and results[2].dateline.place == "VIENNA"


def test_decoding_warning_reaches_the_record(pipeline):
    doc = decode_bytes(DISPATCH.replace("said", "said \u201cno\u201d and").encode("cp1252"), "old.txt")
    record = pipeline.extract(doc)
    assert record.encoding == "cp1252"
    assert any("cp1252" in w for w in record.warnings)


# --- The command line --------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["extract", "--reference-date", "2026-11-29", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {"empty": tmp_path / "empty.txt", "binary": tmp_path / "image.png",
             "gzip": tmp_path / "dispatch.txt.gz", "huge": tmp_path / "huge.txt",
             "missing": tmp_path / "missing.txt", "directory": tmp_path / "folder"}
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(PNG_HEADER)
    files["gzip"].write_bytes(gzip.compress(DISPATCH.encode("utf-8")))
    files["huge"].write_text("The talks went on. " * 270_000, encoding="utf-8")  # about 5 MB
    files["directory"].mkdir()
    return files


@pytest.mark.parametrize(("kind", "reason"), [
    ("empty", "empty file"), ("binary", "binary data"), ("gzip", "binary data"),
    ("huge", "too long"), ("missing", "no such file"), ("directory", "is a directory"),
])
def test_cli_bad_file_is_one_line_naming_it(capsys, bad_files, kind: str, reason: str):
    code, out, err = run_cli(capsys, str(bad_files[kind]))
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"wirecoder: {bad_files[kind]}: {reason}")
    assert "Traceback" not in err


def test_cli_bad_files_among_good_ones_leave_the_rest_in_order(capsys, tmp_path, bad_files):
    good = []
    for place in ("GENEVA", "VIENNA", "OSLO"):
        path = tmp_path / f"{place.lower()}.txt"
        path.write_text(DISPATCH.replace("GENEVA", place), encoding="utf-8")
        good.append(path)
    args = [good[0], bad_files["empty"], good[1], bad_files["missing"], bad_files["huge"], good[2]]
    code, out, err = run_cli(capsys, "--jsonl", *map(str, args))
    assert code == 1
    places = [json.loads(line)["dateline"]["place"] for line in out.splitlines()]
    assert places == ["GENEVA", "VIENNA", "OSLO"]
    assert len(err.splitlines()) == 3 and all(line.startswith("wirecoder: ") for line in err.splitlines())


def test_cli_cp1252_file_is_coded_and_the_fallback_is_said(capsys, tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(DISPATCH.replace("said", "said \u201cno\u201d and").encode("cp1252"))
    code, out, err = run_cli(capsys, str(path))
    assert code == 0
    record = Record.from_dict(json.loads(out))
    assert record.encoding == "cp1252" and any("cp1252" in w for w in record.warnings)
    assert err.startswith(f"wirecoder: {path}: not valid UTF-8") and "cp1252" in err


def test_cli_missing_actors_file_is_one_line(capsys, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(DISPATCH, encoding="utf-8")
    code, out, err = run_cli(capsys, "--actors", str(tmp_path / "nope.yaml"), str(good))
    assert code == 1 and out == ""
    assert err == f"wirecoder: {tmp_path / 'nope.yaml'}: {errors.NOT_FOUND}\n"


def test_cli_bad_stdin_is_named_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, out, err = run_cli(capsys, "-")
    assert code == 1 and err == f"wirecoder: <stdin>: {errors.EMPTY}\n"


def test_cli_in_a_real_process_prints_no_traceback_for_bad_files(bad_files):
    proc = subprocess.run([sys.executable, "-m", "wirecoder", "extract", str(bad_files["binary"]),
                           str(bad_files["directory"])], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.splitlines() == [f"wirecoder: {bad_files['binary']}: {errors.BINARY}",
                                        f"wirecoder: {bad_files['directory']}: {errors.IS_DIR}"]
