"""A lake and its sources at s3:// URLs, against an S3-compatible server the test starts on loopback (moto)."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from moto.server import ThreadedMotoServer
from test_ingest import make_dispatches
from test_lake import _STORY, _contents

from wirecoder.cli import main
from wirecoder.lake import ingest_lake, open_lake
from wirecoder.lake.location import filesystem


@pytest.fixture(scope="module")
def s3() -> Iterator[str]:
    """A fresh S3 server on a free loopback port, its bucket, and the environment that points at it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    saved = dict(os.environ)
    # Worker processes (Dask, the process pool) inherit these, as they would on a cluster.
    os.environ.update(AWS_ACCESS_KEY_ID="invented", AWS_SECRET_ACCESS_KEY="invented", AWS_DEFAULT_REGION="us-east-1",
                      AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}")
    try:
        fs, _ = filesystem("s3://wire")
        fs.mkdir("wire")
        yield "s3://wire"
    finally:
        os.environ.clear()
        os.environ.update(saved)
        server.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, s3) -> Path:
    """The same invented corpus on disk and under s3://wire/corpus/: dispatches, a JSONL file, a re-issue."""
    root = tmp_path_factory.mktemp("s3_corpus")
    make_dispatches(root, 4, seed=41)
    (root / "a_story.txt").write_text(_STORY, "utf-8")
    (root / "m_wire.jsonl").write_text("\n".join(json.dumps({"id": f"j{i}", "text": t}) for i, t in enumerate(
        [_STORY.replace("six months", "seven months").replace("second round", "further round"),
         (root / "dispatch_000.txt").read_text("utf-8").replace("talks", "meetings")])) + "\n", "utf-8")
    fs, _ = filesystem(s3)
    for f in sorted(root.iterdir()):
        fs.put_file(str(f), f"wire/corpus/{f.name}")
    return root


def _keys(s3: str, prefix: str) -> list[str]:
    fs, _ = filesystem(s3)
    return [k.split(f"wire/{prefix}/", 1)[1] for k in fs.find(f"wire/{prefix}")]


def test_a_lake_on_s3_from_sources_on_s3_holds_what_a_local_lake_holds(s3, corpus, tmp_path, pipeline):
    summary = ingest_lake([f"{s3}/corpus"], f"{s3}/lake", shard_size=3, pipeline=pipeline)
    assert summary.shards == 3 and summary.failed == 0 and summary.errors == []
    local = ingest_lake([corpus], tmp_path / "local", shard_size=3, pipeline=pipeline)
    assert local.compaction["articles"] == summary.compaction["articles"] == 7
    remote, here = open_lake(f"{s3}/lake"), open_lake(tmp_path / "local")
    try:
        assert _contents(remote) == _contents(here)
        assert remote.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 2
        # Items keep their URL as their key, a JSONL line its line number.
        items = sorted(r[0] for r in remote.execute("SELECT item FROM ingest_log").fetchall())
        assert items[0] == f"{s3}/corpus/a_story.txt" and f"{s3}/corpus/m_wire.jsonl#2" in items
    finally:
        remote.close()
        here.close()
    keys = _keys(s3, "lake")
    assert not [k for k in keys if k.endswith(".part")], "no temporary key is left behind"
    assert sum(k.endswith("/_DONE") for k in keys) == 3
    assert len({k.split("/")[1] for k in keys if k.startswith("tables/")} - {"CURRENT"}) == 1  # one generation


def test_a_rerun_on_s3_adds_nothing_and_the_queries_read_the_url(s3, corpus, tmp_path, pipeline, capsys):
    ingest_lake([f"{s3}/corpus"], f"{s3}/rerun", shard_size=3, pipeline=pipeline)
    again = ingest_lake([f"{s3}/corpus"], f"{s3}/rerun", shard_size=3, pipeline=pipeline)
    assert again.shards_skipped == again.shards == 3 and again.coded == 0
    assert again.compaction["incremental"] and again.compaction["articles"] == 7
    assert main(["events", "--db", f"{s3}/rerun", "--format", "jsonl"]) == 0
    on_s3 = capsys.readouterr().out
    db = tmp_path / "from_s3.duckdb"
    assert main(["load", "--lake", f"{s3}/rerun", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == on_s3 and on_s3.strip()
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (7, 7)
    finally:
        con.close()


def test_dask_workers_fill_an_s3_lake_with_no_shared_folder(s3, corpus, tmp_path, pipeline):
    summary = ingest_lake([f"{s3}/corpus"], f"{s3}/dask", engine="dask", workers=2, shard_size=3)
    assert summary.shards == 3 and summary.failed == 0
    ingest_lake([f"{s3}/corpus"], f"{s3}/one", shard_size=3, pipeline=pipeline)
    a, b = open_lake(f"{s3}/dask"), open_lake(f"{s3}/one")
    try:
        assert _contents(a) == _contents(b)
    finally:
        a.close()
        b.close()


def test_a_missing_s3_source_is_one_line_and_the_rest_is_coded(s3, corpus, pipeline):
    summary = ingest_lake([f"{s3}/corpus/a_story.txt", f"{s3}/nowhere/x.txt"], f"{s3}/partial", pipeline=pipeline)
    assert summary.compaction["articles"] == 1
    assert len(summary.errors) == 1 and summary.errors[0].startswith(f"{s3}/nowhere/x.txt: ")


def test_a_rerun_on_s3_reads_only_the_new_shard_and_copies_the_months_it_keeps(s3, corpus, tmp_path, pipeline):
    fs, _ = filesystem(s3)
    by_month = tmp_path / "by_month.toml"  # a file a month, however few articles a year holds
    by_month.write_text("[lake]\nyear_file_articles = 0\n", "utf-8")
    first = ingest_lake([f"{s3}/corpus"], f"{s3}/grow", shard_size=7, pipeline=pipeline, settings=by_month)
    assert first.shards == 1 and not first.compaction["incremental"]
    con = open_lake(f"{s3}/grow")
    day, months = con.execute("SELECT min(published), count(DISTINCT date_trunc('month', published)) "
                              "FROM articles").fetchone()
    con.close()
    assert months >= 2, "the corpus spans several months"
    month = f"year={day.year}/month={day.month}/"
    # Later files: a copy of a dispatch (nothing new) and a new dispatch dated in the earliest month.
    fs.put_file(str(corpus / "dispatch_001.txt"), "wire/later/one.txt")
    fs.pipe_file("wire/later/two.jsonl", (json.dumps({"id": "x", "published": day.isoformat(), "text": (
        corpus / "dispatch_002.txt").read_text("utf-8").split("\n\n", 1)[0] + "\n\nKestin Abrova said on Monday "
        "that Valdoria would send a trade envoy to Merrin in the autumn, officials in Tarnov said.\n"}) + "\n")
        .encode("utf-8"))
    generation = lambda: fs.cat_file("wire/grow/tables/CURRENT").decode("ascii")  # noqa: E731
    old = generation()
    before = {k.split(f"{old}/", 1)[1]: fs.cat_file(k) for k in fs.find(f"wire/grow/tables/{old}")
              if "/year=" in k}
    again = ingest_lake([f"{s3}/corpus", f"{s3}/later"], f"{s3}/grow", shard_size=7, pipeline=pipeline,
                        settings=by_month)
    step = again.compaction
    assert again.shards == 2 and step["incremental"] and step["shards_read"] == 1
    assert step["months_rewritten"] == 1 and step["months_kept"] == months - 1
    new = generation()
    after = {k.split(f"{new}/", 1)[1]: fs.cat_file(k) for k in fs.find(f"wire/grow/tables/{new}")
             if "/year=" in k}
    assert {k: v for k, v in after.items() if month not in k} == {k: v for k, v in before.items() if month not in k}
    ingest_lake([corpus, f"{s3}/later"], tmp_path / "scratch", shard_size=7, pipeline=pipeline)
    for _ in range(2):
        remote, here = open_lake(f"{s3}/grow"), open_lake(tmp_path / "scratch")
        try:
            assert _contents(remote) == _contents(here)
        finally:
            remote.close()
            here.close()
        # Again with the default: each year's months (read from their folders) written as one file.
        step = ingest_lake([f"{s3}/corpus", f"{s3}/later"], f"{s3}/grow", shard_size=7, pipeline=pipeline).compaction
        assert step["incremental"] and step["shards_read"] == 0
    assert not any("/month=" in k for k in fs.find(f"wire/grow/tables/{generation()}"))
