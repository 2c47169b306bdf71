"""Ingest: a directory of dispatches into the store, bad items reported, nothing lost or doubled, resumable."""

from __future__ import annotations

import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from io import BytesIO
from pathlib import Path
from typing import Any

import duckdb
import pytest
from conftest import FIXTURES, ROOT, SHARED

from wirecoder.errors import InputError, WirecoderError
from wirecoder.ingest import ingest

CORPUS = FIXTURES / "corpus"
TABLES = ("articles", "actors", "mentions", "quotes", "events", "ingest_log")

# Templates for generated dispatches. Names are made of invented syllables, so no dictionary knows them.
_SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zor", "an", "bri", "do", "fe", "gu", "ish",
              "jo", "ne", "pra", "qui", "ru", "sti", "wen", "yar"]
_COUNTRIES = ["Kenya", "Peru", "Norway", "Ghana", "Chile", "Vietnam", "Finland", "Brazil", "Egypt", "Japan",
              "Canada", "Poland", "India", "Mexico", "Turkey", "Spain"]
_CITIES = ["NAIROBI", "LIMA", "OSLO", "ACCRA", "SANTIAGO", "HANOI", "HELSINKI", "BRASILIA", "CAIRO", "TOKYO"]
_TOPICS = ["a fishing dispute", "grain exports", "a new rail line", "border patrols", "water rights",
           "a port expansion", "customs duties", "a power grid link", "refugee returns", "debt relief"]
_OFFICES = ["foreign minister", "trade minister", "defence minister", "prime minister", "interior minister"]
_SENTENCES = [
    '{p1}, the {office} of {c1}, said on {day} that {c1} would open talks with {c2} on {topic}.',
    '"We expect a fair agreement on {topic} before the summer," {p1} told reporters in {city_t}.',
    '{p2}, who leads the delegation of {c2}, said his government was ready to sign within {n} weeks.',
    'Officials from {c2} accused {c1} of delaying the talks on {topic} for {n} months.',
    'The {office} of {c2}, {p2}, met {p1} for {n} hours and both sides called the meeting useful.',
    '{c1} has pledged {n}0 million dollars to a joint fund for {topic}, according to a statement.',
    'Protesters gathered outside the ministry in {city_t} to demand a vote in parliament on {topic}.',
    '{p1} warned that {c1} could impose sanctions on {c2} if the dispute over {topic} was not settled.',
    'Diplomats said a second round of talks on {topic} was planned for {day} next month.',
    '"This is the best chance in {n} years," {p2} said, adding that {c2} would send engineers.',
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def make_dispatches(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """``n`` short dispatches, each different enough from the others not to be a near-duplicate."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        c1, c2 = rng.sample(_COUNTRIES, 2)
        city = rng.choice(_CITIES)
        slots = {"p1": _name(rng), "p2": _name(rng), "c1": c1, "c2": c2, "topic": rng.choice(_TOPICS),
                 "office": rng.choice(_OFFICES), "day": rng.choice(_DAYS), "n": rng.randint(2, 9),
                 "city_t": city.title()}
        body = " ".join(s.format(**slots) for s in rng.sample(_SENTENCES, 5))
        text = (f"{c1} and {c2} to hold talks on {slots['topic']}\n\n"
                f"{city}, March {rng.randint(1, 28)} (Reuters) - {body}\n")
        path = folder / f"dispatch_{i:03d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["distinct ids"] = con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
        return out
    finally:
        con.close()


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(html.encode()),
                                                          http_headers=http))


@pytest.fixture
def messy_corpus(tmp_path) -> Path:
    """The fixture corpus, generated dispatches, and one bad file of each kind."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    make_dispatches(root / "generated", 3)
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "broken.html").write_bytes(b"<html><body><div><<<<p")
    (bad / "malformed.rss").write_text("<?xml version='1.0'?><rss><channel><item><title>Cut", "utf-8")
    (bad / "latin1.txt").write_bytes("Ghana and Togo sign trade pact\n\nACCRA - Ghana signed a pact with "
                                     "Togo, said Kofi Ameyaw-Dzre, the trade minister, à Lomé.".encode("cp1252"))
    whole = bad / "whole.warc.gz"
    write_warc(whole, [(f"https://wire.example.net/{i}", f"<html><head><title>Dam talks day {i}</title></head>"
                        f"<body><article><p>Engineers from Egypt and Sudan met for day {i} of the dam talks, "
                        f"said Nadia Ferrouk-Amari, the Egyptian water minister, on Thursday.</p></article>"
                        "</body></html>") for i in range(3)])
    data = whole.read_bytes()
    (bad / "truncated.warc.gz").write_bytes(data[: len(data) * 5 // 6])
    whole.unlink()
    return root


def test_bad_files_are_reported_with_reasons_and_the_rest_is_stored(messy_corpus, tmp_path, pipeline):
    db = tmp_path / "news.duckdb"
    summary = ingest([messy_corpus], db=db, pipeline=pipeline, quiet=True, batch_size=4)
    reasons = dict(summary.failures)
    assert reasons == {"empty file": 1, "binary data, not text": 1,
                       "no article text found in the HTML page": 1, "malformed feed": 1,
                       "not valid JSON": 1, "truncated or corrupt WARC": 1,
                       "no body": 1}, summary.format()
    # good: 1 text + 1 html + 2 rss + 1 atom + 2 jsonl + 2 sgm + 3 generated + latin1 + 2 warc records
    assert (summary.stored, summary.failed, summary.read) == (15, 7, 22)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 15
    assert con.execute("SELECT status, count(*) FROM ingest_log GROUP BY ALL ORDER BY 1").fetchall() == [
        ("failed", 7), ("stored", 15)]
    encoding, warnings = con.execute(
        "SELECT encoding, record->>'$.warnings' FROM articles WHERE source LIKE '%latin1.txt'").fetchone()
    assert encoding == "cp1252" and "not valid UTF-8" in warnings
    con.close()


def test_reingesting_the_same_directory_adds_nothing(messy_corpus, tmp_path, pipeline):
    db = tmp_path / "news.duckdb"
    first = ingest([messy_corpus], db=db, pipeline=pipeline, quiet=True)
    before = counts(db)
    again = ingest([messy_corpus], db=db, pipeline=pipeline, quiet=True)
    assert counts(db) == before
    assert (again.read, again.skipped, again.stored, again.coded) == (first.read, first.read, 0, 0)


def test_a_copy_under_another_name_is_a_duplicate_found_before_nlp(tmp_path, pipeline):
    [original] = make_dispatches(tmp_path / "a", 1)
    (tmp_path / "b").mkdir()
    shutil.copy(original, tmp_path / "b" / "copy.txt")
    db = tmp_path / "news.duckdb"
    ingest([tmp_path / "a"], db=db, pipeline=pipeline, quiet=True)
    summary = ingest([tmp_path / "b"], db=db, pipeline=pipeline, quiet=True)
    assert (summary.duplicates, summary.coded) == (1, 0)
    assert counts(db)["articles"] == 1


def test_a_reissued_dispatch_is_linked_to_the_first_and_left_out_of_counts(tmp_path, pipeline):
    [original] = make_dispatches(tmp_path / "wire", 1)
    text = original.read_text("utf-8")
    words = text.split(" ")
    words[12], words[30] = words[12] + "s", "also " + words[30]  # two small edits
    (tmp_path / "wire" / "reissued.txt").write_text(" ".join(words), "utf-8")
    db = tmp_path / "news.duckdb"
    summary = ingest([tmp_path / "wire"], db=db, pipeline=pipeline, quiet=True)
    assert (summary.stored, summary.near_duplicates) == (1, 1)
    con = duckdb.connect(str(db), read_only=True)
    first_id, = con.execute("SELECT id FROM articles WHERE source LIKE '%dispatch_000.txt'").fetchone()
    assert con.execute("SELECT duplicate_of FROM articles WHERE source LIKE '%reissued.txt'").fetchone() == (first_id,)
    assert con.execute("SELECT count(*) FROM counted_articles").fetchone()[0] == 1
    counted = con.execute("SELECT count(*) FROM counted_events").fetchone()[0]
    own = con.execute("SELECT count(*) FROM events WHERE article_id = ?", [first_id]).fetchone()[0]
    assert counted == own  # the re-issue's events are stored but not counted
    con.close()


def test_two_workers_store_what_one_does(tmp_path, pipeline):
    make_dispatches(tmp_path / "wire", 12, seed=3)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([tmp_path / "wire"], db=one, pipeline=pipeline, quiet=True)
    summary = ingest([tmp_path / "wire"], db=two, workers=2, quiet=True, batch_size=5)
    assert summary.stored == 12
    assert counts(two) == counts(one)


def start_with_stderr(command: list[str], **popen: Any) -> tuple[subprocess.Popen, queue.Queue]:
    """Start ``command`` in the checkout; its stderr lines arrive on the queue (None at the end)."""
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, **popen)
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return proc, lines


def _wait_for_stored(lines: queue.Queue, at_least: int, timeout: float) -> int:
    """Read progress lines until one says at least ``at_least`` articles are stored; that number."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            return 0
        found = re.search(r"stored ([\d,]+)", line)
        if found and int(found.group(1).replace(",", "")) >= at_least:
            return int(found.group(1).replace(",", ""))
    return 0


def test_a_killed_ingest_resumes_to_the_same_counts_as_an_uninterrupted_one(tmp_path, pipeline):
    import psutil

    corpus = tmp_path / "wire"
    make_dispatches(corpus, 40, seed=11)
    whole = tmp_path / "whole.duckdb"
    ingest([corpus], db=whole, pipeline=pipeline, quiet=True)

    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "wirecoder", "ingest", str(corpus), "--db", str(db), "--workers", "2",
               "--batch-size", "2"]
    proc, lines = start_with_stderr(command, stdout=subprocess.DEVNULL)
    try:
        # The first progress line comes right after the first batch is committed.
        assert _wait_for_stored(lines, at_least=2, timeout=120)
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        # Workers notice that their parent is gone and stop by themselves.
        gone, alive = psutil.wait_procs(workers, timeout=20)
        assert not alive
    finally:
        if proc.poll() is None:
            proc.kill()
        for child in psutil.Process().children(recursive=True):
            if child.pid != proc.pid and str(db) in " ".join(child.cmdline()):
                child.kill()
    partial = counts(db)
    assert 0 < partial["articles"] < 40, "the kill came too late to test a resume"

    rerun = subprocess.run(command + ["--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert rerun.returncode == 0, rerun.stderr
    assert re.search(rf"already done {partial['ingest_log']}\b", rerun.stdout), rerun.stdout
    assert counts(db) == counts(whole)
    assert counts(db)["distinct ids"] == 40


@pytest.mark.skipif(not (SHARED / "data" / "news" / "bbc").exists(), reason="../shared BBC corpus is not here")
def test_ingest_reads_the_shared_bbc_layout(tmp_path, pipeline):
    """A slice of the BBC corpus (one file per article, headline on line 1) goes in whole."""
    bbc = SHARED / "data" / "news" / "bbc" / "politics"
    files = sorted(bbc.glob("*.txt"))[:5]
    summary = ingest(files, db=tmp_path / "bbc.duckdb", pipeline=pipeline, quiet=True)
    assert summary.stored + summary.near_duplicates + summary.duplicates == 5 and summary.failed == 0


def test_the_cli_prints_a_summary_with_failures_grouped(tmp_path, messy_corpus):
    result = subprocess.run([sys.executable, "-m", "wirecoder", "ingest", str(messy_corpus / "bad"),
                             "--db", str(tmp_path / "cli.duckdb"), "--workers", "1"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3, result.stderr  # done in part: some items failed
    assert "stored 3," in result.stdout  # latin1.txt and the two whole records of truncated.warc.gz
    assert re.search(r"failed 1 x empty file: .*empty\.txt", result.stdout)
    assert re.search(r"warned 1 x not valid UTF-8: .*latin1\.txt", result.stdout)
    assert "wirecoder ingest:" in result.stderr  # progress


def test_the_dask_engine_stores_what_the_process_engine_does(tmp_path, pipeline):
    make_dispatches(tmp_path / "wire", 6, seed=5)
    (tmp_path / "wire" / "empty.txt").write_bytes(b"")
    here, dask_db = tmp_path / "here.duckdb", tmp_path / "dask.duckdb"
    ingest([tmp_path / "wire"], db=here, pipeline=pipeline, quiet=True)
    summary = ingest([tmp_path / "wire"], db=dask_db, workers=1, engine="dask", quiet=True)
    assert (summary.stored, summary.failed) == (6, 1)
    assert counts(dask_db) == counts(here)
    assert not (tmp_path / "dask.duckdb.shards").exists()  # shards are deleted once loaded
    again = ingest([tmp_path / "wire"], db=dask_db, workers=1, engine="dask", quiet=True)
    assert (again.skipped, again.coded) == (7, 0) and counts(dask_db) == counts(here)


# --- Bad options: one line, never a traceback ---------------------------------------------------


def test_a_malformed_reference_date_is_a_wirecoder_error_before_anything_is_read(tmp_path, pipeline):
    make_dispatches(tmp_path / "wire", 1)
    with pytest.raises(WirecoderError) as exc:
        ingest([tmp_path / "wire"], db=tmp_path / "news.duckdb", pipeline=pipeline, quiet=True,
               reference_date="29/11/2026")
    assert "'29/11/2026' is not a date" in str(exc.value)
    assert not (tmp_path / "news.duckdb").exists()


def test_the_cli_refuses_a_malformed_reference_date_as_a_usage_error(tmp_path, capsys):
    from wirecoder.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["ingest", str(tmp_path), "--db", str(tmp_path / "news.duckdb"), "--reference-date", "yesterday"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "'yesterday' is not a date" in err and "Traceback" not in err


def test_a_settings_file_is_honoured_and_a_bad_one_is_an_input_error_naming_it(tmp_path, pipeline):
    make_dispatches(tmp_path / "wire", 3, seed=11)
    settings = tmp_path / "settings.toml"
    settings.write_text("[pipeline]\nbatch_size = 1\n", encoding="utf-8")  # code one text at a time
    summary = ingest([tmp_path / "wire"], db=tmp_path / "news.duckdb", pipeline=pipeline, quiet=True,
                     settings=settings)
    assert summary.stored == 3
    settings.write_text("[pipeline\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ingest([tmp_path / "wire"], db=tmp_path / "other.duckdb", pipeline=pipeline, quiet=True, settings=settings)
    assert exc.value.source == str(settings) and not (tmp_path / "other.duckdb").exists()


def test_a_dask_shard_that_fails_leaves_no_partial_file(tmp_path):
    from wirecoder.ingest.dask_engine import code_shard as _code_shard

    (wire,) = make_dispatches(tmp_path / "wire", 1)
    shard = tmp_path / "part-0.jsonl"
    with pytest.raises(WirecoderError):  # the pipeline cannot load: the shard fails mid-way
        _code_shard([str(wire)], str(tmp_path / "news.duckdb"), str(shard),
                    {"model": "no_such_spacy_pipeline", "actors": [], "settings": None}, None, 4)
    assert not shard.exists() and not Path(str(shard) + ".part").exists()


def test_every_engine_codes_tasks_in_chunks_and_passes_outcomes_through_in_order():
    from wirecoder.ingest.coding import in_chunks
    from wirecoder.store.writer import Outcome

    failed = Outcome("bad.txt", reason="empty file")
    tasks = [(f"t{i}.txt", None) for i in range(5)]
    got = list(in_chunks([tasks[0], failed, *tasks[1:]], 2))
    assert got == [failed, tasks[0:2], tasks[2:4], tasks[4:5]]
