"""Bad input: every unreadable file is one clear line naming it, never a traceback, and the rest go on."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wirecoder
from wirecoder import errors
from wirecoder.cli import main
from wirecoder.errors import InputError, WirecoderError
from wirecoder.record import Record
from wirecoder.settings import load_settings
from wirecoder.sources import Document, decode_bytes, read_file

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
             "gzip": tmp_path / "gzipped-but-named.txt", "huge": tmp_path / "huge.txt",
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
    assert code == 3  # done in part: some files failed
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


# --- Settings files ----------------------------------------------------------------------------


def test_raising_max_chars_past_a_million_raises_spacys_own_limit_too(tmp_path: Path):
    settings = tmp_path / "big.toml"
    settings.write_text("[pipeline]\nmax_chars = 2_000_000\n", encoding="utf-8")
    big = wirecoder.load(settings=settings, stages=("actors",))
    # A 1.5M-character text would take minutes to parse here; what matters is that spaCy lets
    # through every text that max_chars lets through, so that no text ends the batch in nlp.pipe.
    assert big.max_chars == 2_000_000 and big.nlp.max_length > big.max_chars


def test_a_text_the_reader_trips_on_is_an_internal_error_and_the_batch_goes_on(pipeline, monkeypatch):
    import wirecoder.pipeline as pipeline_module

    real = pipeline_module.read_article

    def read_or_trip(text: str, *args, **kwargs):
        if "VIENNA" in text:  # stands in for a reader bug on one text
            raise IndexError("reader bug")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pipeline_module, "read_article", read_or_trip)
    results = list(pipeline.extract_many([DISPATCH, Document(DISPATCH.replace("GENEVA", "VIENNA"), "v.txt"),
                                          DISPATCH.replace("GENEVA", "OSLO")], reference_date="2026-11-29"))
    assert [type(r).__name__ for r in results] == ["Record", "InputError", "Record"]
    assert results[1].reason == errors.INTERNAL.format(error="IndexError: reader bug")
    assert str(results[1]).startswith("v.txt: ") and results[2].dateline.place == "OSLO"


def test_a_feed_date_at_the_end_of_the_calendar_does_not_break_the_reader(pipeline):
    record = pipeline.extract(Document(DISPATCH, "feed#1", meta={"published": "9999-12-31"}))
    assert record.dateline.place == "GENEVA"


@pytest.mark.parametrize(("content", "reason"), [
    (b"[pipeline\nmax_chars = 5\n", "not valid TOML"),
    ("[pipeline]\nmodel = \"caf\u00e9\"\n".encode("latin-1"), errors.SETTINGS_NOT_UTF8),
    (b"max_chars = 5\n", errors.SETTINGS_NOT_TABLE.format(section="max_chars")),
])
def test_a_bad_settings_file_is_an_input_error_naming_it(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        load_settings(path)
    assert exc.value.source == str(path) and reason_of(exc).startswith(reason)
    assert "\n" not in str(exc.value)


def test_a_missing_or_directory_settings_path_is_an_input_error_naming_it(tmp_path: Path):
    with pytest.raises(InputError) as exc:
        load_settings(tmp_path / "nope.toml")
    assert reason_of(exc) == errors.NOT_FOUND
    with pytest.raises(InputError) as exc:
        load_settings(tmp_path)
    assert reason_of(exc) == errors.IS_DIR


def test_cli_bad_settings_file_is_one_line(capsys, tmp_path: Path):
    good = tmp_path / "a.txt"
    good.write_text(DISPATCH, encoding="utf-8")
    settings = tmp_path / "settings.toml"
    settings.write_bytes(b"\xff\xfe[pipeline]\n")
    code, out, err = run_cli(capsys, "--settings", str(settings), str(good))
    assert code == 1 and out == ""
    assert err == f"wirecoder: {settings}: {errors.SETTINGS_NOT_UTF8}\n"


def test_cli_actors_directory_is_one_line(capsys, tmp_path: Path):
    good = tmp_path / "a.txt"
    good.write_text(DISPATCH, encoding="utf-8")
    code, out, err = run_cli(capsys, "--actors", str(tmp_path), str(good))
    assert code == 1 and out == ""
    assert err == f"wirecoder: {tmp_path}: {errors.IS_DIR}\n"


# --- Files that are not files, and files too big to read -----------------------------------------


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it to read would block until a writer came
    with pytest.raises(InputError) as exc:
        read_file(fifo)
    assert reason_of(exc) == errors.NOT_A_FILE


def test_a_huge_file_is_refused_from_its_size_before_it_is_read(tmp_path: Path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(64 * 2**30)  # sparse: 64 GiB on paper, nothing on disk
    with pytest.raises(InputError) as exc:
        read_file(huge)
    assert reason_of(exc).startswith("too long: 68,719,476,736 bytes")
    small = tmp_path / "small.txt"
    small.write_text(DISPATCH, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_file(small, max_bytes=100)
    assert reason_of(exc) == errors.TOO_LONG_FILE.format(n=small.stat().st_size, limit=100, what="on disk")


def test_a_malformed_reference_date_in_the_api_is_a_wirecoder_error(pipeline):
    with pytest.raises(WirecoderError) as exc:
        pipeline.extract(DISPATCH, reference_date="5 May")
    assert "'5 May' is not a date" in str(exc.value)


def test_one_date_parser_refuses_a_bad_date_naming_what_it_was_for():
    from datetime import date

    from wirecoder.dates import leading_date, parse_date
    from wirecoder.errors import DateError

    assert parse_date("2026-11-29") == date(2026, 11, 29) and parse_date(None) is None
    with pytest.raises(DateError, match="^reference_date: '2026-13-01' is not a date"):
        parse_date("2026-13-01", "reference_date")
    assert leading_date("2024-03-12T09:30:00Z") == date(2024, 3, 12) and leading_date("soon") is None


def test_the_api_names_no_flag_for_a_missing_model_and_the_cli_adds_it(tmp_path, capsys):
    from wirecoder.cli import main
    from wirecoder.errors import ModelMissingError

    with pytest.raises(ModelMissingError) as exc:
        wirecoder.load(model="no_such_pipeline_here")
    assert "--model" not in str(exc.value)
    text = tmp_path / "t.txt"
    text.write_text("Sweden met Norway.\n", "utf-8")
    assert main(["extract", str(text), "--model", "no_such_pipeline_here"]) == 1
    assert capsys.readouterr().err.rstrip().endswith("with --model")


# --- The largest file read is the run's (its --settings' max_chars), in every reader ---------------

def _pages_over(folder: Path, size: int) -> list[Path]:
    """An HTML page, an RSS feed and a plain dispatch, each a little over ``size`` bytes."""
    filler = "The envoy spoke again about the river crossing. " * (size // 48 + 1)
    page = folder / "page.html"
    page.write_text(f"<html><body><article><h1>Talks</h1><p>{DISPATCH}</p><p>{filler}</p></article></body></html>",
                    encoding="utf-8")
    feed = folder / "wire.rss"
    feed.write_text(f"<?xml version='1.0'?><rss><channel><item><title>Talks</title><description>{DISPATCH} "
                    f"{filler}</description></item></channel></rss>", encoding="utf-8")
    plain = folder / "long.txt"
    plain.write_text(DISPATCH + filler, encoding="utf-8")
    return [page, feed, plain]


def test_every_reader_refuses_a_file_over_the_limit_it_is_given(tmp_path: Path):
    from wirecoder.sources.registry import iter_items

    files = _pages_over(tmp_path, 2_000)
    refused = list(iter_items(files, max_bytes=1_000))
    assert [type(x) for x in refused] == [InputError] * 3
    assert all(x.reason.startswith("too long") and "1,000" in x.reason for x in refused)
    assert all(isinstance(x, Document) for x in iter_items(files))  # the package's limit lets them in


def test_ingest_refuses_files_over_the_limit_of_its_own_settings(tmp_path: Path):
    from wirecoder.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    _pages_over(folder, 3_000)
    (folder / "short.txt").write_text(DISPATCH, encoding="utf-8")
    settings = tmp_path / "settings.toml"
    settings.write_text("[pipeline]\nmax_chars = 250\n", encoding="utf-8")  # files of 2,000 bytes at most
    summary = ingest([folder], db=tmp_path / "news.duckdb", settings=settings, quiet=True)
    assert (summary.stored, summary.failed) == (1, 3)
    assert sum(len(v) for k, v in summary.examples.items() if k.startswith("too long")) == 3


def test_cli_extract_refuses_a_page_over_the_limit_of_its_settings(capsys, tmp_path: Path):
    page = _pages_over(tmp_path, 3_000)[0]
    settings = tmp_path / "settings.toml"
    settings.write_text("[pipeline]\nmax_chars = 250\n", encoding="utf-8")
    assert main(["extract", str(page), "--settings", str(settings)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"wirecoder: {page}: too long") and "2,000" in err and "\n" not in err
