"""Ctrl-C and SIGTERM during `wirecoder ingest`: a quiet stop, nothing partial, a hint to resume, 130/143.

Real processes and real signals: Ctrl-C at a terminal reaches the whole process group (parent and
workers), so the test sends SIGINT to the group; SIGTERM, as a service manager sends it, to the parent.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT
from test_ingest import _wait_for_stored, counts, make_dispatches, start_with_stderr

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start(corpus: Path, db: Path, workers: int) -> tuple[subprocess.Popen, queue.Queue]:
    command = [sys.executable, "-m", "wirecoder", "ingest", str(corpus), "--db", str(db),
               "--workers", str(workers), "--batch-size", "2"]
    # Its own process group, as a shell job has.
    return start_with_stderr(command, stdout=subprocess.PIPE, start_new_session=True)


def _stop_and_check(proc: subprocess.Popen, lines: queue.Queue, send, expected: int) -> str:
    import psutil

    workers = psutil.Process(proc.pid).children(recursive=True)
    send()
    try:
        proc.wait(timeout=60)  # one signal is enough: no hang, no second Ctrl-C
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("ingest did not stop after one signal")
    out = proc.stdout.read()  # type: ignore[union-attr]
    err = []
    while (line := lines.get(timeout=10)) is not None:
        err.append(line)
    stderr = "".join(err)
    assert proc.returncode == expected, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert "rerun the same command to resume" in stderr
    assert out.startswith("read ")  # the summary of what was done
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "worker processes were left behind"
    return stderr


def _nothing_partial(db: Path) -> None:
    """Every stored article has its ingest-log row and its rows in the other tables, and no more."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        logged = con.execute("SELECT count(DISTINCT article_id) FROM ingest_log WHERE status = 'stored'"
                             ).fetchone()[0]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
                              ).fetchone()[0]
    finally:
        con.close()
    assert logged == articles and orphans == 0


def _resume_matches(corpus: Path, db: Path, whole: Path, *options: str) -> None:
    rerun = subprocess.run([sys.executable, "-m", "wirecoder", "ingest", str(corpus), "--db", str(db),
                            "--workers", "1", "--quiet", *options], cwd=ROOT, capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert counts(db) == counts(whole)


def _stop_an_ingest(tmp_path: Path, pipeline, workers: int, signum: int, to_group: bool) -> tuple[Path, str]:
    """Ingest 40 dispatches, signal it after its first commit, check the stop; the store and stderr."""
    from wirecoder.ingest import ingest

    corpus = tmp_path / "wire"
    make_dispatches(corpus, 40, seed=21 + workers)
    whole = tmp_path / "whole.duckdb"
    ingest([corpus], db=whole, pipeline=pipeline, quiet=True)
    db = tmp_path / "stopped.duckdb"
    proc, lines = _start(corpus, db, workers=workers)
    try:
        assert _wait_for_stored(lines, at_least=1, timeout=180), "no batch was committed"
        send = (lambda: os.killpg(proc.pid, signum)) if to_group else (lambda: proc.send_signal(signum))
        stderr = _stop_and_check(proc, lines, send, expected=128 + signum)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    _nothing_partial(db)
    assert 0 < counts(db)["articles"] < 40, "the signal came too late to test a stop"
    _resume_matches(corpus, db, whole)
    return db, stderr


def test_one_ctrl_c_stops_ingest_workers_quietly_and_a_rerun_resumes(tmp_path, pipeline):
    # Ctrl-C at a terminal: SIGINT to the whole process group, workers included.
    _, stderr = _stop_an_ingest(tmp_path, pipeline, workers=2, signum=signal.SIGINT, to_group=True)
    assert "interrupted (SIGINT)" in stderr


def test_sigterm_stops_an_ingest_in_one_process_with_143(tmp_path, pipeline):
    _, stderr = _stop_an_ingest(tmp_path, pipeline, workers=1, signum=signal.SIGTERM, to_group=False)
    assert "interrupted (SIGTERM)" in stderr


# --- The Dask engine: its tasks write whole shard files; a stop keeps the whole ones for the rerun ----

def _stop_a_dask_ingest(tmp_path: Path, pipeline, signum: int, to_group: bool) -> str:
    """A Dask ingest of 40 dispatches in 8 shards, signalled once its first shard is whole."""
    import time

    from wirecoder.ingest import ingest

    corpus = tmp_path / "wire"
    make_dispatches(corpus, 40, seed=31)
    whole = tmp_path / "whole.duckdb"
    ingest([corpus], db=whole, pipeline=pipeline, quiet=True)
    db = tmp_path / "stopped.duckdb"
    shards = Path(str(db) + ".shards")
    command = [sys.executable, "-m", "wirecoder", "ingest", str(corpus), "--db", str(db), "--engine", "dask",
               "--workers", "2", "--batch-size", "2"]
    proc, lines = start_with_stderr(command, stdout=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while not list(shards.glob("part-*.jsonl")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest ended before a signal could stop it"
        assert list(shards.glob("part-*.jsonl")), "no shard was finished"
        send = (lambda: os.killpg(proc.pid, signum)) if to_group else (lambda: proc.send_signal(signum))
        stderr = _stop_and_check(proc, lines, send, expected=128 + signum)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert not list(shards.glob("*.part")), "a half-written shard was left behind"
    assert list(shards.glob("part-*.jsonl")), "the whole shards were not kept for the rerun"
    _nothing_partial(db)
    assert counts(db)["articles"] < 40, "the signal came too late to test a stop"
    _resume_matches(corpus, db, whole, "--engine", "dask")  # loads the kept shards, codes the rest
    assert not shards.exists()
    return stderr


def test_one_ctrl_c_stops_a_dask_ingest_quietly_and_a_rerun_resumes(tmp_path, pipeline):
    stderr = _stop_a_dask_ingest(tmp_path, pipeline, signal.SIGINT, to_group=True)
    assert "interrupted (SIGINT)" in stderr


def test_sigterm_stops_a_dask_ingest_with_143(tmp_path, pipeline):
    stderr = _stop_a_dask_ingest(tmp_path, pipeline, signal.SIGTERM, to_group=False)
    assert "interrupted (SIGTERM)" in stderr
