"""The lake: a corpus coded in shards into Parquet files, settled over the whole lake, queried like a store."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from test_ingest import make_dispatches

from wirecoder.cli import main
from wirecoder.export import export
from wirecoder.ingest import ingest
from wirecoder.lake import code_shard, ingest_lake, load_lake, open_lake
from wirecoder.lake.shard import DONE
from wirecoder.store import query

# An invented dispatch, and a re-issue of it with two words changed (a near-duplicate).
_STORY = ("Valdoria and Merrin to hold talks on river fishing\n\n"
          "TARNOV, April 3 (Reuters) - Kestin Abrova, the foreign minister of Valdoria, said on Monday that "
          "Valdoria would open talks with Merrin on river fishing rights before the summer. \"We expect a fair "
          "agreement on the river before the harvest,\" Abrova told reporters in Tarnov. Officials from Merrin "
          "accused Valdoria of delaying the talks on fishing rights for six months, and diplomats said a second "
          "round of talks was planned for May in the capital of Merrin, where both delegations would meet.\n")


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return sorted(con.execute(sql).fetchall(), key=repr)


def _contents(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {"articles": _rows(con, "SELECT id, headline, published FROM articles"),
            "events": _rows(con, "SELECT article_id, idx, source, target, cameo FROM events"),
            "quotes": _rows(con, "SELECT article_id, idx, text, speaker_actor FROM quotes")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lake_corpus")
    make_dispatches(root, 5, seed=12)
    (root / "a_story.txt").write_text(_STORY, "utf-8")
    (root / "z_reissue.txt").write_text(_STORY.replace("six months", "seven months")
                                        .replace("second round", "further round"), "utf-8")
    return root


@pytest.fixture(scope="module")
def lake(corpus, tmp_path_factory, pipeline) -> Path:
    out = tmp_path_factory.mktemp("lake") / "lake"
    # Three files per shard: the story (first file) and its re-issue (last file) land in different shards.
    ingest_lake([corpus], out, shard_size=3, pipeline=pipeline)
    return out


def test_the_lake_holds_what_the_store_file_holds(corpus, lake, tmp_path, pipeline):
    db = tmp_path / "store.duckdb"
    ingest([corpus], db=db, pipeline=pipeline, quiet=True)
    con = duckdb.connect(str(db), read_only=True)
    on_lake = open_lake(lake)
    try:
        assert _contents(on_lake) == _contents(con)
        assert _contents(on_lake)["events"], "the invented corpus codes some events"
    finally:
        con.close()
        on_lake.close()


def test_a_near_duplicate_split_across_shards_is_found(lake):
    shards = sorted((lake / "shards").iterdir())
    assert len(shards) == 3
    con = open_lake(lake)
    try:
        rows = con.execute("SELECT headline, duplicate_of IS NOT NULL FROM articles "
                           "WHERE headline LIKE 'Valdoria%'").fetchall()
        assert sorted(d for _, d in rows) == [False, True]
        assert con.execute("SELECT count(*) FROM counted_articles").fetchone()[0] == 6
    finally:
        con.close()


def test_reingesting_adds_nothing(corpus, lake, pipeline):
    before = open_lake(lake)
    contents = _contents(before)
    before.close()
    summary = ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline)
    assert summary.shards_skipped == summary.shards == 3
    assert summary.coded == 0
    after = open_lake(lake)
    try:
        assert _contents(after) == contents
    finally:
        after.close()


def test_a_shard_without_its_done_marker_is_coded_again(corpus, tmp_path, pipeline):
    files = sorted(str(p) for p in corpus.glob("dispatch_00[01].txt"))
    first = code_shard(files, str(tmp_path), "s1", pipeline=pipeline)
    assert not first["skipped"] and first["stored"] == 2
    assert code_shard(files, str(tmp_path), "s1", pipeline=pipeline)["skipped"]
    (tmp_path / "shards" / "s1" / DONE).unlink()  # as if the task died before its marker
    (tmp_path / "shards" / "s1" / "events.parquet").unlink()
    again = code_shard(files, str(tmp_path), "s1", pipeline=pipeline)
    assert not again["skipped"] and again["rows"] == first["rows"]


def test_queries_answer_the_same_on_a_lake_and_on_a_loaded_file(lake, tmp_path):
    db = tmp_path / "loaded.duckdb"
    counts = load_lake(lake, db)
    assert counts["articles"] == 7
    for run in (lambda d: query.events(d), lambda d: query.quotes(d), lambda d: query.actors(d),
                lambda d: query.dyad(d, "VLD", "MRN", country=True)):
        assert run(lake) == run(db)
    for fmt in ("csv", "gdelt", "jsonl"):
        export(lake, tmp_path / f"lake.{fmt}", fmt=fmt, table="events")
        export(db, tmp_path / f"file.{fmt}", fmt=fmt, table="events")
        assert sorted((tmp_path / f"lake.{fmt}").read_text().splitlines()) == \
            sorted((tmp_path / f"file.{fmt}").read_text().splitlines())


def test_a_filtered_page_of_events_is_the_same_on_a_lake_as_on_a_file(lake, tmp_path):
    # Filters and short pages take the lake's own query shapes (a materialized match, bounded pages).
    db = tmp_path / "loaded.duckdb"
    load_lake(lake, db)
    events = query.events(db, limit=0)
    assert events, "the invented corpus codes some events"
    first = events[0]
    for kwargs in ({"source": first["source"], "target": first["target"], "limit": 1},
                   {"contains": first["sentence"].split()[0], "limit": 2}, {"limit": 1}, {"limit": 1, "offset": 1},
                   {"since": str(first["day"]), "limit": 3, "sort": "-day"}, {"cameo": first["cameo"][:2], "limit": 1}):
        assert query.events(lake, **kwargs) == query.events(db, **kwargs), kwargs
    assert query.dyad(lake, first["source"], first["target"]) == query.dyad(db, first["source"], first["target"])


def test_a_lake_is_accepted_wherever_a_store_file_is(lake, tmp_path, capsys):
    assert main(["events", "--db", str(lake), "--format", "jsonl"]) == 0
    on_lake = capsys.readouterr().out
    db = tmp_path / "cli.duckdb"
    assert main(["load", "--lake", str(lake), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == on_lake


def test_ingest_into_a_lake_from_the_command_line_reruns_as_a_success(corpus, tmp_path, capsys):
    out = tmp_path / "cli_lake"
    args = ["ingest", str(corpus / "dispatch_000.txt"), "--lake", str(out), "--workers", "1"]
    assert main(args) == 0
    assert "1 shards (0 done before)" in capsys.readouterr().out
    assert main(args) == 0
    assert "1 shards (1 done before)" in capsys.readouterr().out


@pytest.mark.parametrize("engine", ["dask", "processes"])
def test_worker_processes_fill_the_same_lake_as_one_process(engine, corpus, lake, tmp_path):
    out = tmp_path / f"{engine}_lake"
    summary = ingest_lake([corpus], out, engine=engine, workers=2, shard_size=3)
    assert summary.shards == 3 and summary.shards_skipped == 0 and summary.failed == 0
    here, there = open_lake(lake), open_lake(out)
    try:
        assert _contents(there) == _contents(here)
        assert _rows(there, "SELECT id, duplicate_of FROM articles") == _rows(here, "SELECT id, duplicate_of FROM articles")
    finally:
        here.close()
        there.close()


def test_a_folder_that_is_no_lake_gets_a_one_line_error(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wirecoder: ") and "not a lake" in err and len(err.strip().splitlines()) == 1


def test_a_lake_is_loaded_only_into_an_empty_store(lake, tmp_path, capsys):
    db = tmp_path / "twice.duckdb"
    assert main(["load", "--lake", str(lake), "--db", str(db)]) == 0
    assert main(["load", "--lake", str(lake), "--db", str(db)]) == 1
    assert "already holds articles" in capsys.readouterr().err
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (7, 7)
    finally:
        con.close()
