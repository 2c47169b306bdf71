"""A Dask worker killed while it codes a shard: no partial shard is read, the run completes, nothing is lost
or doubled."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from test_ingest import make_dispatches
from test_lake import _contents, _rows

from wirecoder.lake import ingest_lake, open_lake
from wirecoder.lake.shard import DONE, SHARD_TABLES

distributed = pytest.importorskip("distributed")


def _coding(dask_worker) -> tuple[int, int]:
    """(process id, shard tasks executing now) of a worker."""
    return os.getpid(), len(dask_worker.state.executing)


def _kill_a_worker_mid_shard(address: str, lake: Path, killed: dict) -> None:
    """Wait until a worker executes a shard task, then SIGKILL that worker's process (its nanny starts another)."""
    with distributed.Client(address) as client:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            busy = {w: pid for w, (pid, executing) in client.run(_coding).items() if executing}
            if busy:
                worker = sorted(busy)[0]
                pids = {worker: busy[worker]}
                killed["done_before"] = sorted(p.parent.name for p in lake.glob(f"shards/*/{DONE}"))
                os.kill(pids[worker], signal.SIGKILL)
                killed["pid"] = pids[worker]
                return
            time.sleep(0.05)


def test_killing_a_worker_mid_shard_loses_nothing_and_doubles_nothing(tmp_path, pipeline):
    corpus = tmp_path / "corpus"
    make_dispatches(corpus, 12, seed=51)
    reference = tmp_path / "reference"
    ingest_lake([corpus], reference, shard_size=6, pipeline=pipeline)

    lake = tmp_path / "lake"
    killed: dict = {}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        killer = threading.Thread(target=_kill_a_worker_mid_shard, args=(cluster.scheduler_address, lake, killed))
        killer.start()
        summary = ingest_lake([corpus], lake, engine="dask", scheduler=cluster.scheduler_address, shard_size=6)
        killer.join()
    assert "pid" in killed, "a worker was killed"
    assert killed["done_before"] == [], "the kill came while both shards were still being coded"
    assert summary.shards == 2 and summary.failed == 0

    # Every shard whole: all its tables and its manifest, no temporary file left.
    for shard in (lake / "shards").iterdir():
        assert sorted(p.name for p in shard.iterdir()) == sorted([DONE, *(f"{t}.parquet" for t in SHARD_TABLES)])
    here, there = open_lake(lake), open_lake(reference)
    try:
        assert _contents(here) == _contents(there)
        assert here.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (12, 12)
        assert _rows(here, "SELECT item, status FROM ingest_log") == _rows(there, "SELECT item, status FROM ingest_log")
    finally:
        here.close()
        there.close()
    again = ingest_lake([corpus], lake, shard_size=6, pipeline=pipeline)
    assert again.shards_skipped == 2 and again.compaction["articles"] == 12
