"""A lake's shards: sized in articles, the ingest options a lake takes, and an incremental serial step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_ingest import make_dispatches
from test_lake import _STORY, _contents, _rows

from wirecoder.cli import main
from wirecoder.lake import ingest_lake, open_lake, pieces, plan_shards


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Four single dispatches, a JSONL file of five more, and a re-issue of one of them in a late file."""
    root = tmp_path_factory.mktemp("shard_corpus")
    texts = [p.read_text("utf-8") for p in make_dispatches(root / "made", 5, seed=31)]
    shutil.rmtree(root / "made")
    lines = [json.dumps({"id": f"w{i}", "text": t, "published": f"2024-03-0{i + 1}"}) for i, t in enumerate(texts)]
    (root / "b_wire.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    make_dispatches(root / "c_single", 4, seed=32)
    (root / "a_story.txt").write_text(_STORY, "utf-8")
    return root


def test_a_shard_is_sized_in_articles_and_a_large_file_is_cut_into_ranges(corpus):
    shards, errors = plan_shards([corpus], shard_size=2)
    assert errors == []
    pieces = [spec for _, specs in shards for spec in specs]
    wire = str((corpus / "b_wire.jsonl").resolve())
    # a_story.txt fills the first shard's first place, so the wire file is cut where each shard is full
    assert [p for p in pieces if p.startswith(wire)] == [f"{wire}#1-1", f"{wire}#2-3", f"{wire}#4-5"]

    def items(spec: str) -> int:
        first, _, last = spec.rpartition("#")[2].partition("-")
        return int(last) - int(first) + 1 if spec.startswith(wire + "#") else 1

    sizes = [sum(items(s) for s in specs) for _, specs in shards]
    assert sizes == [2, 2, 2, 2, 2]  # every shard full (the last too, here)
    assert plan_shards([corpus], shard_size=100)[0][0][1][1] == wire  # a file that fits stays whole


def test_every_shard_but_the_last_is_full_whatever_the_sizes_of_the_files():
    files = [("a.jsonl", 7), ("b.txt", 1), ("c.jsonl", 12), ("d.txt", 1), ("e.jsonl", 0), ("f.jsonl", 3)]
    shards = pieces.pack(files, 5)
    assert shards == [["a.jsonl#1-5"], ["a.jsonl#6-7", "b.txt", "c.jsonl#1-2"], ["c.jsonl#3-7"],
                      ["c.jsonl#8-12"], ["d.txt", "e.jsonl", "f.jsonl"]]


def test_a_file_cut_across_shards_is_coded_once_each_item(corpus, tmp_path, pipeline):
    summary = ingest_lake([corpus], tmp_path / "lake", shard_size=2, pipeline=pipeline)
    assert summary.shards == 5 and summary.read == 10 and summary.failed == 0  # ten items, two a shard
    whole = ingest_lake([corpus], tmp_path / "whole", shard_size=100, pipeline=pipeline)
    cut, one = open_lake(tmp_path / "lake"), open_lake(tmp_path / "whole")
    try:
        assert _contents(cut) == _contents(one)
        items = _rows(cut, "SELECT item FROM ingest_log WHERE item LIKE '%b_wire.jsonl#%'")
        assert len(items) == 5 and whole.read == 10
    finally:
        cut.close()
        one.close()


def test_adding_shards_scores_only_the_new_pairs_and_settles_as_from_scratch(corpus, tmp_path, pipeline):
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir()
    late.mkdir()
    (early / "reissue.txt").write_text(_STORY.replace("before the summer", "before the autumn"), "utf-8")
    grown = tmp_path / "grown"
    first = ingest_lake([corpus, early], grown, shard_size=2, pipeline=pipeline)
    assert not first.compaction["incremental"] and first.compaction["near_duplicates"] == 1
    # Another re-issue, published before both: it becomes the first copy of the group.
    (late / "reissue.jsonl").write_text(json.dumps({
        "id": "r1", "published": "2010-01-01",
        "text": _STORY.replace("six months", "seven months").replace("second round", "further round")}) + "\n",
        "utf-8")
    added = ingest_lake([corpus, early, late], grown, shard_size=2, pipeline=pipeline)
    scratch = ingest_lake([corpus, early, late], tmp_path / "scratch", shard_size=2, pipeline=pipeline)
    assert added.compaction["incremental"] and added.shards_skipped == added.shards - 1
    assert not scratch.compaction["incremental"]
    # Only the candidates with the new article are scored again, not the pair found before.
    assert added.compaction["pairs_scored"] == scratch.compaction["pairs_scored"] - 1
    a, b = open_lake(grown), open_lake(tmp_path / "scratch")
    try:
        assert _contents(a) == _contents(b)
        dups = "SELECT id, duplicate_of FROM articles"
        assert _rows(a, dups) == _rows(b, dups)
        group = _rows(a, "SELECT published, duplicate_of IS NULL FROM articles WHERE headline LIKE 'Valdoria%'")
        assert len(group) == 3 and [first for _, first in group] == [True, False, False]  # the earliest is first
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("flag", [["--db", "x.duckdb"], ["--batch-size", "10"]])
def test_an_option_a_lake_cannot_honour_is_a_usage_error(flag, corpus, tmp_path, capsys):
    assert main(["ingest", str(corpus), "--lake", str(tmp_path / "l"), *flag]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"wirecoder: {flag[0]} cannot be combined with --lake") and len(err.splitlines()) == 1
    assert not (tmp_path / "l").exists()
