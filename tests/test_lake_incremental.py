"""The lake's serial step on a rerun: only the years or months that new articles touch are written again.

A year of few articles is one file per table (``[lake] year_file_articles``); the tests of month
folders set it to 0 (a file a month, as a year of many articles is written)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from test_ingest import make_dispatches

from wirecoder.lake import ingest_lake, open_lake


def _texts(folder: Path, n: int, seed: int) -> list[str]:
    """Invented dispatches without their dateline, so that the JSONL ``published`` field dates them."""
    return [re.sub(r"\n\n.*?\(Reuters\) - ", "\n\n", p.read_text("utf-8"))
            for p in make_dispatches(folder / f"texts{seed}", n, seed=seed)]


def _jsonl(path: Path, items: list[tuple[str, str]]) -> None:
    path.write_text("".join(json.dumps({"id": f"{path.stem}{i}", "published": day, "text": text}) + "\n"
                            for i, (day, text) in enumerate(items)), "utf-8")


def _answers(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    queries = {"articles": "SELECT id, headline, published, duplicate_of FROM articles",
               "events": "SELECT article_id, idx, source, target, cameo FROM events",
               "counted": "SELECT article_id, idx FROM counted_events",
               "quotes": "SELECT article_id, idx, text, speaker_actor FROM quotes",
               "actors": "SELECT * FROM actors", "mentions": "SELECT * FROM mentions",
               "log": "SELECT item, status, article_id FROM ingest_log", "bands": "SELECT * FROM lsh_bands"}
    return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}


def _month_files(lake: Path, months: tuple[str, ...]) -> dict[str, bytes]:
    return {str(f.relative_to(lake)): f.read_bytes() for f in sorted((lake / "tables").rglob("*.parquet"))
            if any(m in f.as_posix() for m in months)}


def _by_month(tmp_path: Path, year_file_articles: int = 0) -> Path:
    """A settings file that writes a year of more than ``year_file_articles`` articles a file a month."""
    path = tmp_path / f"lake{year_file_articles}.toml"
    path.write_text(f"[lake]\nyear_file_articles = {year_file_articles}\n", "utf-8")
    return path


def _layout(lake: Path, table: str = "events") -> set[str]:
    """The folders holding a table's files, relative to the table."""
    return {f.parent.relative_to(lake / "tables" / table).as_posix()
            for f in (lake / "tables" / table).rglob("*.parquet")}


def _same_as_from_scratch(corpus: Path, lake: Path, tmp_path: Path, pipeline) -> None:
    shutil.rmtree(tmp_path / "scratch", ignore_errors=True)
    scratch = ingest_lake([corpus], tmp_path / "scratch", shard_size=3, pipeline=pipeline)
    assert not scratch.compaction["incremental"]
    a, b = open_lake(lake), open_lake(tmp_path / "scratch")
    try:
        assert _answers(a) == _answers(b)
    finally:
        a.close()
        b.close()


@pytest.fixture
def texts(tmp_path) -> list[str]:
    return _texts(tmp_path, 9, seed=23)


def test_a_new_month_leaves_the_other_months_files_untouched(texts, tmp_path, pipeline):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "a.jsonl", list(zip(["2023-12-04", "2024-01-09", "2024-02-01", "2024-02-20", "2024-03-03",
                                         "2024-03-30"], texts[:6], strict=True)))
    lake, settings = tmp_path / "lake", _by_month(tmp_path)
    first = ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline, settings=settings)
    assert first.shards == 2 and first.compaction["articles"] == 6
    old_months = ("year=2023/month=12", "year=2024/month=1", "year=2024/month=2", "year=2024/month=3")
    before = _month_files(lake, old_months)
    assert len(before) >= 4
    # A new day's file, sorting after the others: one new shard, all of it in May.
    _jsonl(corpus / "b.jsonl", [("2024-05-02", texts[6]), ("2024-05-11", texts[7]), ("2024-05-17", texts[8])])
    again = ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline, settings=settings)
    assert again.coded == 3 and again.shards_skipped == 2
    step = again.compaction
    assert step["incremental"] and step["shards_read"] == 1 and step["articles"] == 9
    assert (step["months_rewritten"], step["months_kept"]) == (1, 4)
    assert _month_files(lake, old_months) == before, "the months no new article touches keep their files"
    assert _month_files(lake, ("year=2024/month=5",))
    _same_as_from_scratch(corpus, lake, tmp_path, pipeline)


def test_an_earlier_copy_in_a_new_shard_rewrites_the_months_it_changes(texts, tmp_path, pipeline):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "a.jsonl", list(zip(["2023-12-04", "2024-02-01", "2024-03-03"], texts[:3], strict=True)))
    lake, settings = tmp_path / "lake", _by_month(tmp_path)
    ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline, settings=settings)
    december = _month_files(lake, ("year=2023/month=12",))
    # A re-issue of February's dispatch dated earlier (January), March's text again dated earlier (January).
    reissue = texts[1].replace(".", ";", 1)
    assert reissue != texts[1]
    _jsonl(corpus / "b.jsonl", [("2024-01-15", reissue), ("2024-01-20", texts[2]), ("2024-04-02", texts[4])])
    step = ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline, settings=settings).compaction
    assert step["incremental"] and step["shards_read"] == 1
    assert step["near_duplicates"] == 1 and step["articles"] == 5
    # January gains two first copies, February's article becomes a copy, March's moves to January; April is new.
    assert (step["months_rewritten"], step["months_kept"]) == (4, 1)
    assert _month_files(lake, ("year=2023/month=12",)) == december
    assert not _month_files(lake, ("year=2024/month=3",)), "March has no article left"
    _same_as_from_scratch(corpus, lake, tmp_path, pipeline)


def test_a_year_of_few_articles_is_one_file_per_table_and_only_its_year_is_written_again(texts, tmp_path, pipeline):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "a.jsonl", list(zip(["2022-06-04", "2023-01-09", "2023-02-01", "2023-02-20", "2023-03-03",
                                         "2023-03-30"], texts[:6], strict=True)))
    lake = tmp_path / "lake"
    ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline)
    assert _layout(lake) == {"year=2022", "year=2023"}
    assert _layout(lake, "articles") == {"year=2022", "year=2023"}
    last_year = _month_files(lake, ("year=2022/",))
    assert last_year
    _jsonl(corpus / "b.jsonl", [("2023-05-02", texts[6]), ("2023-05-11", texts[7]), ("2023-05-17", texts[8])])
    step = ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline).compaction
    assert step["incremental"] and step["shards_read"] == 1 and step["articles"] == 9
    assert (step["months_rewritten"], step["months_kept"]) == (1, 1), "2023 written again, 2022 kept"
    assert _month_files(lake, ("year=2022/",)) == last_year
    _same_as_from_scratch(corpus, lake, tmp_path, pipeline)


def test_a_year_grown_past_the_setting_is_written_again_a_file_a_month(texts, tmp_path, pipeline):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "a.jsonl", list(zip(["2022-06-04", "2023-01-09", "2023-02-01"], texts[:3], strict=True)))
    lake, settings = tmp_path / "lake", _by_month(tmp_path, 3)
    ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline, settings=settings)
    assert _layout(lake, "articles") == {"year=2022", "year=2023"}
    last_year = _month_files(lake, ("year=2022/",))
    _jsonl(corpus / "b.jsonl", [("2023-02-11", texts[3]), ("2023-05-17", texts[4])])
    step = ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline, settings=settings).compaction
    assert step["incremental"] and step["articles"] == 5
    assert _layout(lake, "articles") == {"year=2022", "year=2023/month=1", "year=2023/month=2", "year=2023/month=5"}
    assert _month_files(lake, ("year=2022/",)) == last_year
    _same_as_from_scratch(corpus, lake, tmp_path, pipeline)
    # The setting changed back: the months of 2023 are one file again, the same answers.
    ingest_lake([corpus], lake, shard_size=3, pipeline=pipeline)
    assert _layout(lake, "articles") == {"year=2022", "year=2023"}
    _same_as_from_scratch(corpus, lake, tmp_path, pipeline)


def test_a_negative_year_file_articles_is_one_line_naming_the_settings_file(tmp_path):
    from wirecoder.errors import InputError
    from wirecoder.settings import load_settings

    settings = _by_month(tmp_path, -1)
    with pytest.raises(InputError, match=r"lake-1\.toml: .*year_file_articles"):
        load_settings(settings)
