"""The serial step: exact and near-duplicates settled over the whole lake, then compaction.

It runs on one machine over every done shard, in DuckDB (views over the shards' Parquet files, so the
corpus is streamed, not loaded):

1. Exact copies (one article id in several shards, the same text read twice): one copy is kept, the
   one from the smallest (published, source, shard), so the answer does not depend on which task ran
   first.
2. Near-duplicates: articles sharing an LSH band key (``store/dedup.py``) are grouped in DuckDB, and
   the pairs whose signatures agree in at least the threshold's share of positions are checked in
   order of publication: the first copy is the earliest published, then the smallest id (not arrival
   order, which a cluster does not fix); a later article points at the most similar earlier first
   copy, as the store file's writer does.
3. Compaction: every table rewritten under ``tables/<table>/year=Y/month=M/`` (the articles'
   publication month; the ingest log and the band index unpartitioned), into ``tables.part`` first and
   swapped in whole, so a reader never sees half a compaction.

The shards stay: they are the lake's record of what was coded (a rerun skips them), and the step can
be run again at any time with the same result.

Incremental: the similar pairs found are kept (``tables/_state/``, with the ids and shards they were
found over). A pair depends only on its two texts (an id is the hash of the text, the signature is
made from the text), so a rerun that adds shards scores only the candidate pairs with an article new
to the lake, and settles first copies over the old pairs and the new ones. What is redone whole: the
first-copy decision (a new shard may hold an earlier-published copy, which changes which article is
the first copy of a group, and so the articles after it: a cheap pass over the pairs alone) and the
rewrite of ``tables/`` (a streamed copy, linear in the lake's size). A changed threshold, or a shard
gone from the lake, makes the step start again from no state.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path, PurePosixPath
from typing import Any

import duckdb

from ..store import dedup
from ..store.schema import TABLES
from .location import filesystem, is_url, join
from .shard import DONE, SHARD_TABLES, _sql_path

_SHARD_OF = r"regexp_extract(filename, '([^/\\]+)[/\\][^/\\]+$', 1)"
STATE = "_state"
CURRENT = "CURRENT"  # in a lake at a URL: the name of the tables' current generation
# Tables laid out by their article's publication month; the others are one folder each.
BY_MONTH = ("articles", "actors", "mentions", "quotes", "events")


def compact(lake: str | Path, threshold: float = dedup.THRESHOLD) -> dict[str, Any]:
    """Settle duplicates over the lake at ``lake`` and rewrite its ``tables/``; returns counts and seconds."""
    if is_url(lake):
        return _compact_remote(str(lake), threshold)
    started = time.monotonic()
    lake = Path(lake)
    done = sorted(d for d in (lake / "shards").glob("*") if (d / DONE).exists())
    state = _previous_state(lake / "tables" / STATE, threshold, {d.name for d in done})
    con = duckdb.connect()
    try:
        con.execute(f"SET temp_directory = '{_sql_path(lake / '.tmp')}'")
        for name in SHARD_TABLES:
            files = [str(d / f"{name}.parquet") for d in done]
            if files:
                listed = ", ".join(f"'{_sql_path(f)}'" for f in files)  # a view takes no parameters
                con.execute(f"CREATE VIEW raw_{name} AS SELECT * EXCLUDE (filename), {_SHARD_OF} AS shard "
                            f"FROM read_parquet([{listed}], filename = true)")
            else:  # an empty lake: empty tables of the store's columns
                con.execute(TABLES[name].ddl().replace(f"EXISTS {name} (", f"EXISTS raw_{name} (shard VARCHAR, "))
        new_pairs = _settle(con, threshold, state)
        settled = time.monotonic()
        part = lake / "tables.part"
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir()
        write_tables(con, part)
        counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]  # type: ignore[index]
                  for name in ("articles", "events", "quotes", "actors")}
        counts["near_duplicates"] = con.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]  # type: ignore[index]
        (part / STATE).mkdir()
        con.execute(f"COPY (SELECT DISTINCT id FROM first_copy) TO '{_sql_path(part / STATE / 'ids.parquet')}' "
                    "(FORMAT parquet)")
        con.execute(f"COPY pairs TO '{_sql_path(part / STATE / 'pairs.parquet')}' (FORMAT parquet)")
        (part / STATE / "settled.json").write_text(json.dumps(
            {"threshold": threshold, "shards": [d.name for d in done]}), encoding="utf-8")
    finally:
        con.close()
        shutil.rmtree(lake / ".tmp", ignore_errors=True)
    tables = lake / "tables"
    old = lake / "tables.old"
    shutil.rmtree(old, ignore_errors=True)
    if tables.exists():
        tables.rename(old)
    part.rename(tables)
    shutil.rmtree(old, ignore_errors=True)
    ended = time.monotonic()
    return {**counts, "shards": len(done), "incremental": state is not None, "pairs_scored": new_pairs,
            "dedup_s": round(settled - started, 3), "write_s": round(ended - settled, 3),
            "seconds": round(ended - started, 3)}


def write_tables(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Write a lake's ``tables/`` into ``folder`` from the connection's relations: ``<table>_by_month`` (its
    rows with their article's ``published``) for the tables laid out by month, ``<table>`` for the others."""
    for name in SHARD_TABLES:
        target = _sql_path(folder / name)
        if name in BY_MONTH:
            columns = "*" if name == "articles" else "* EXCLUDE (published)"
            con.execute(f"COPY (SELECT {columns}, year(published) AS year, month(published) AS month "
                        f"FROM {name}_by_month) TO '{target}' (FORMAT parquet, PARTITION_BY (year, month))")
        else:
            (folder / name).mkdir()
            con.execute(f"COPY {name} TO '{target}/data.parquet' (FORMAT parquet)")


def _compact_remote(url: str, threshold: float) -> dict[str, Any]:
    """The serial step on a lake at a URL: its done shards (and the last state) copied to a local folder,
    compacted there, and the tables uploaded as a new generation ``tables/<g>/``; the one-object
    pointer ``tables/CURRENT`` (a single PUT, whole or absent) then names it, and older generations go.
    An object store has no rename of a folder: the pointer is what makes the swap atomic for readers.

    Every done shard is downloaded on each run, not only the new ones: the incremental part of the step
    (the kept pairs) saves the scoring, but the rewrite of ``tables/`` reads every row of every shard.
    Reading only the new shards would need an incremental rewrite: keep the previous generation's
    partitions that no new article touches (copied within the store, not downloaded) and rewrite only
    the months that gain an article or whose first copies change (a new shard may hold an earlier copy of
    an old article, which then changes ``duplicate_of`` in an old month). Not done yet."""
    fs, root = filesystem(url)
    with tempfile.TemporaryDirectory(prefix="wirecoder-compact-") as tmp:
        stage = Path(tmp)
        for shard in fs.ls(join(root, "shards"), detail=False) if fs.isdir(join(root, "shards")) else []:
            name = PurePosixPath(shard).name
            if fs.exists(join(shard, DONE)):
                (stage / "shards" / name).mkdir(parents=True)
                for table in SHARD_TABLES:
                    fs.get_file(join(shard, f"{table}.parquet"), str(stage / "shards" / name / f"{table}.parquet"))
                fs.get_file(join(shard, DONE), str(stage / "shards" / name / DONE))
        current = current_tables(url)
        if current is not None and fs.exists(join(current, STATE, "settled.json")):
            (stage / "tables" / STATE).mkdir(parents=True)
            for f in fs.ls(join(current, STATE), detail=False):
                fs.get_file(f, str(stage / "tables" / STATE / PurePosixPath(f).name))
        counts = compact(stage, threshold)
        generation = f"g{time.time_ns()}"
        for local in sorted(p for p in (stage / "tables").rglob("*") if p.is_file()):
            fs.put_file(str(local), join(root, "tables", generation, *local.relative_to(stage / "tables").parts))
        fs.pipe_file(join(root, "tables", CURRENT), generation.encode("ascii"))
        for old in fs.ls(join(root, "tables"), detail=False):
            if PurePosixPath(old).name not in (generation, CURRENT):
                fs.rm(old, recursive=True)
    return counts


def current_tables(url: str) -> str | None:
    """The path (in its file system) of the compacted tables of the lake at ``url``, or None before any."""
    fs, root = filesystem(url)
    pointer = join(root, "tables", CURRENT)
    return join(root, "tables", fs.cat_file(pointer).decode("ascii").strip()) if fs.exists(pointer) else None


def _previous_state(state: Path, threshold: float, done: set[str]) -> Path | None:
    """The state of the last compaction, if this one can build on it (same threshold, no shard gone)."""
    try:
        settled = json.loads((state / "settled.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if settled.get("threshold") != threshold or not set(settled.get("shards", [])) <= done:
        return None
    return state


def _settle(con: duckdb.DuckDBPyConnection, threshold: float, state: Path | None) -> int:
    """Views ``articles``, ``actors``, ... (and ``<table>_by_month``) holding each article once, with
    ``duplicate_of`` set over the whole lake, and the table ``pairs`` of every similar pair; returns
    the number of candidate pairs scored (with ``state``, only those with an article new to the lake)."""
    # 1. One copy of each article id.
    con.execute("""CREATE TABLE first_copy AS SELECT id, shard FROM raw_articles
                   QUALIFY row_number() OVER (PARTITION BY id ORDER BY published NULLS LAST, source, shard) = 1""")
    con.execute("CREATE VIEW kept AS SELECT a.* EXCLUDE (shard) FROM raw_articles a "
                "JOIN first_copy f ON f.id = a.id AND f.shard = a.shard")
    # 2. Candidate pairs share a band key; similar pairs agree in enough signature positions.
    con.execute("""CREATE TABLE bands AS SELECT DISTINCT b.key, b.article_id FROM raw_lsh_bands b
                   JOIN first_copy f ON f.id = b.article_id AND f.shard = b.shard""")
    if state is None:
        con.execute("CREATE TABLE old_pairs (a VARCHAR, b VARCHAR, sim DOUBLE)")
        new = "TRUE"
    else:
        con.execute(f"CREATE TABLE old_pairs AS SELECT * FROM read_parquet('{_sql_path(state / 'pairs.parquet')}')")
        con.execute(f"CREATE TABLE old_ids AS SELECT id FROM read_parquet('{_sql_path(state / 'ids.parquet')}')")
        new = "(x.article_id NOT IN (SELECT id FROM old_ids) OR y.article_id NOT IN (SELECT id FROM old_ids))"
    con.execute(f"""CREATE TABLE candidates AS SELECT DISTINCT x.article_id AS a, y.article_id AS b FROM bands x
                    JOIN bands y ON x.key = y.key AND x.article_id < y.article_id WHERE {new}""")
    con.execute(f"""
        CREATE TABLE pairs AS
        WITH scored AS (SELECT c.a, c.b, len(list_filter(range(1, {dedup.NUM_PERM} + 1),
                                             lambda i: ka.minhash[i] = kb.minhash[i])) / {dedup.NUM_PERM} AS sim
                        FROM candidates c JOIN kept ka ON ka.id = c.a JOIN kept kb ON kb.id = c.b)
        SELECT a, b, sim FROM scored WHERE sim >= {float(threshold)} UNION SELECT * FROM old_pairs""")
    pairs = con.execute("SELECT a, b, sim FROM pairs ORDER BY a, b").fetchall()
    duplicate_of = _first_copies(con, pairs)
    con.execute("CREATE TABLE dup (id VARCHAR, duplicate_of VARCHAR)")
    if duplicate_of:
        con.executemany("INSERT INTO dup VALUES (?, ?)", sorted(duplicate_of.items()))
    con.execute("CREATE VIEW articles_by_month AS SELECT k.* REPLACE (d.duplicate_of AS duplicate_of) "
                "FROM kept k LEFT JOIN dup d ON d.id = k.id")
    con.execute("CREATE VIEW articles AS SELECT * FROM articles_by_month")
    for name in ("actors", "mentions", "quotes", "events"):
        con.execute(f"CREATE VIEW {name}_by_month AS SELECT t.* EXCLUDE (shard), a.published FROM raw_{name} t "
                    f"JOIN first_copy f ON f.id = t.article_id AND f.shard = t.shard "
                    f"JOIN raw_articles a ON a.id = t.article_id AND a.shard = t.shard")
        con.execute(f"CREATE VIEW {name} AS SELECT * EXCLUDE (published) FROM {name}_by_month")
    # The ingest log: each item once, its status as the whole lake sees it.
    con.execute("""CREATE VIEW ingest_log AS SELECT l.item,
            CASE WHEN l.article_id IS NULL OR l.status NOT IN ('stored', 'near_duplicate') THEN l.status
                 WHEN f.shard <> l.shard THEN 'duplicate'
                 WHEN d.duplicate_of IS NOT NULL THEN 'near_duplicate' ELSE 'stored' END AS status,
            l.reason, l.article_id, l.logged_at
        FROM raw_ingest_log l LEFT JOIN first_copy f ON f.id = l.article_id LEFT JOIN dup d ON d.id = l.article_id
        QUALIFY row_number() OVER (PARTITION BY l.item ORDER BY l.shard) = 1""")
    # The band index, as a store file keeps it: the bands of first copies only.
    con.execute("CREATE VIEW lsh_bands AS SELECT b.key, b.article_id FROM bands b "
                "WHERE b.article_id NOT IN (SELECT id FROM dup)")
    return con.execute("SELECT count(*) FROM candidates").fetchone()[0]  # type: ignore[index]


def _first_copies(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str, float]]) -> dict[str, str]:
    """Near-duplicate -> first copy, deciding in order of (published, id): an article is a copy of the
    most similar earlier article that is itself a first copy."""
    if not pairs:
        return {}
    ids = sorted({a for a, _, _ in pairs} | {b for _, b, _ in pairs})
    order = {article_id: rank for rank, (article_id,) in enumerate(con.execute(
        "SELECT id FROM kept WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY published NULLS LAST, id",
        [ids]).fetchall())}
    earlier: dict[str, list[tuple[float, str]]] = {}
    for a, b, sim in pairs:
        first, later = (a, b) if order[a] < order[b] else (b, a)
        earlier.setdefault(later, []).append((sim, first))
    duplicate_of: dict[str, str] = {}
    for article_id in sorted(earlier, key=order.__getitem__):
        candidates = [(sim, -order[first], first) for sim, first in earlier[article_id] if first not in duplicate_of]
        if candidates:
            duplicate_of[article_id] = max(candidates)[2]
    return duplicate_of
