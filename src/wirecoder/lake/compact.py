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
3. Compaction: the tables written under ``tables/<table>/year=Y/`` for a year of few articles (at
   most ``year_articles``: one file a table), else ``tables/<table>/year=Y/month=M/`` (the articles'
   publication year and month, ``part_of``; the ingest log and the band index unpartitioned), into ``tables.part`` first and swapped in
   whole, so a reader never sees half a compaction.

The shards stay: they are the lake's record of what was coded (a rerun skips them), and the step can
be run again at any time with the same result.

Incremental: the step keeps its state (``tables/_state/``): each first copy (id, shard, published,
source, signature, ``duplicate_of``, month), the band keys of first copies, the similar pairs, the
shards' ingest logs and the rows per table and month, with the shards it was settled over. A pair
depends only on its two texts (an id is the hash of the text, the signature is made from the text), so
a rerun reads only the shards done since, scores only the candidate pairs with an article new to the
lake, and settles first copies over the kept state and the new shards (a new shard may hold an
earlier copy of an old article, which moves its first copy, or an earlier near-duplicate, which changes
``duplicate_of`` of old articles: a cheap pass over the pairs alone). Only the partitions (years or
months) that change are written again: those that gain a first copy, lose one that moved, hold an
article whose ``duplicate_of`` changed, or a year that grew past ``year_articles`` (then written a
file a month); their rows that stay are read from the partition's last files, not from the shards.
The other partitions keep their files (hard links into the new ``tables/``; copies within the
store for a lake at a URL). The ingest log and the band index (one file each) are written whole from
the state. A changed threshold, a shard gone from the lake, or a state of an older layout makes the
step start again from no state.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
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
# The state's layout (1: ids and pairs only; 2: a folder a month, whatever the year's size), which a
# rerun cannot build on: it starts again.
LAYOUT = 3
# A year of at most this many articles is one file per table (``[lake] year_file_articles``).
YEAR_ARTICLES = 50_000
# A year's or month's folder under a table, as DuckDB's PARTITION_BY names it (no date: its default
# partition).
_NO_MONTH = "'__HIVE_DEFAULT_PARTITION__'"
# The part (folder under a table) a file's rows belong to, from the file's path.
_PART_IN_PATH = r"replace(regexp_extract(filename, '(year=[^/\\]+([/\\]month=[^/\\]+)?)[/\\][^/\\]+$', 1), '\', '/')"
_NO_KEPT = ("NULL::VARCHAR AS id, NULL::VARCHAR AS shard, NULL::DATE AS published, NULL::VARCHAR AS source, "
            "NULL::UBIGINT[] AS minhash, NULL::VARCHAR AS duplicate_of, NULL::VARCHAR AS part")


def part_of(published: str, year_articles: int) -> str:
    """SQL of the folder (under each table) that an article's rows go to, over a relation of all the
    lake's articles (a window counts each year's): ``year=Y`` for a year of at most ``year_articles``
    articles, else ``year=Y/month=M``.

    Why not always a folder a month: a query opens every file of a table, at a fixed cost each (its
    footer, a reader, a thread's share), and 60 small month files per table cost a small query on a
    lake twice what the same query costs on a store file; a year of few articles in one file costs
    about what one file does. Why not one file for the whole lake: a rerun writes again every file
    that a new article falls in; a year of at most ``year_articles`` articles bounds that rewrite, and
    a larger year keeps a file a month, each large enough that its fixed cost does not count."""
    year, month = (f"coalesce({f}({published})::VARCHAR, {_NO_MONTH})" for f in ("year", "month"))
    return (f"'year=' || {year} || CASE WHEN count(*) OVER (PARTITION BY year({published})) <= {int(year_articles)} "
            f"THEN '' ELSE '/month=' || {month} END")


def compact(lake: str | Path, threshold: float = dedup.THRESHOLD, year_articles: int = YEAR_ARTICLES) -> dict[str, Any]:
    """Settle duplicates over the lake at ``lake`` and rewrite its ``tables/``; returns counts and seconds.
    ``year_articles``: a year of at most this many articles is one file per table, a larger one a file
    a month (``part_of``)."""
    if is_url(lake):
        return _compact_remote(str(lake), threshold, year_articles)
    started = time.monotonic()
    lake = Path(lake)
    done = sorted(d.name for d in (lake / "shards").glob("*") if (d / DONE).exists())
    tables, part = lake / "tables", lake / "tables.part"
    state = _previous_state(tables / STATE, threshold, set(done))
    settled_shards = _settled_shards(state)
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir()
    try:
        counts, kept = _rebuild(lake / "shards", [s for s in done if s not in settled_shards], done, state,
                                tables, part, threshold, year_articles, lambda parts: None, lake / ".tmp")
    finally:
        shutil.rmtree(lake / ".tmp", ignore_errors=True)
    for rel in kept:  # a year or month no new article touches: the same files, linked into the new tables
        for name in BY_MONTH:
            if (tables / name / rel).is_dir():
                shutil.copytree(tables / name / rel, part / name / rel, copy_function=_link)
    old = lake / "tables.old"
    shutil.rmtree(old, ignore_errors=True)
    if tables.exists():
        tables.rename(old)
    part.rename(tables)
    shutil.rmtree(old, ignore_errors=True)
    return {**counts, "seconds": round(time.monotonic() - started, 3)}


def _link(source: str, target: str) -> None:
    """A hard link (the same bytes, nothing copied), or a copy where the file system has none."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _rebuild(shards: Path, new: list[str], done: list[str], state: Path | None, old: Path, part: Path,
             threshold: float, year_articles: int, fetch: Callable[[list[str]], None],
             tmp: Path) -> tuple[dict[str, Any], list[str]]:
    """Write into ``part`` the year and month partitions that change, the unpartitioned tables and the
    new state, from the shards ``new`` (folders under ``shards``) and the state of the shards settled
    before; the rows of a changed partition that stay come from its files under ``old`` (``fetch(parts)``
    is called first, to bring them there). Returns the counts and the partitions to keep as they are
    under ``old``."""
    started = time.monotonic()
    con = duckdb.connect()
    try:
        con.execute(f"SET temp_directory = '{_sql_path(tmp)}'")
        for name in SHARD_TABLES:
            files = [str(shards / s / f"{name}.parquet") for s in new]
            if files:
                listed = ", ".join(f"'{_sql_path(f)}'" for f in files)  # a view takes no parameters
                con.execute(f"CREATE VIEW raw_{name} AS SELECT * EXCLUDE (filename), {_SHARD_OF} AS shard "
                            f"FROM read_parquet([{listed}], filename = true)")
            else:  # nothing new: empty tables of the store's columns
                con.execute(TABLES[name].ddl().replace(f"EXISTS {name} (", f"EXISTS raw_{name} (shard VARCHAR, "))
        new_pairs = _settle(con, threshold, year_articles, state)
        settled = time.monotonic()
        rewrite = [r[0] for r in con.execute("SELECT part FROM rewrite ORDER BY part").fetchall()]
        fetch(rewrite)
        for name in BY_MONTH:  # the rows of the changed partitions that stay, as the last compaction wrote them
            files = [f for rel in rewrite for f in sorted((old / name / rel).glob("*.parquet"))] if state else []
            if files:
                listed = ", ".join(f"'{_sql_path(f)}'" for f in files)
                con.execute(f"CREATE VIEW old_{name} AS SELECT * FROM read_parquet([{listed}], hive_partitioning = false)")
            else:
                con.execute(TABLES[name].ddl().replace(f"EXISTS {name} (", f"EXISTS old_{name} ("))
        _month_views(con)
        write_tables(con, part)
        (part / STATE).mkdir()
        for table in ("kept", "bands", "pairs", "log"):
            con.execute(f"COPY {table} TO '{_sql_path(part / STATE / f'{table}.parquet')}' (FORMAT parquet)")
        # Rows per table and partition: those kept keep their counts, the rewritten ones are counted.
        con.execute("CREATE TABLE month_rows (name VARCHAR, part VARCHAR, n BIGINT)")
        for name in BY_MONTH:
            if any((part / name).rglob("*.parquet")):  # a partitioned copy of no rows writes no file
                con.execute(f"""INSERT INTO month_rows SELECT '{name}', {_PART_IN_PATH}, count(*)
                                FROM read_parquet('{_sql_path(part / name)}/**/*.parquet', filename = true,
                                                  hive_partitioning = false) GROUP BY ALL""")
        if state is not None:
            con.execute(f"""INSERT INTO month_rows SELECT * FROM read_parquet('{_sql_path(state / 'rows.parquet')}')
                            WHERE part NOT IN (SELECT part FROM rewrite)""")
        con.execute(f"COPY month_rows TO '{_sql_path(part / STATE / 'rows.parquet')}' (FORMAT parquet)")
        (part / STATE / "settled.json").write_text(json.dumps(
            {"threshold": threshold, "shards": done, "layout": LAYOUT}), encoding="utf-8")
        counts = {name: con.execute("SELECT coalesce(sum(n), 0)::BIGINT FROM month_rows WHERE name = ?",
                                    [name]).fetchone()[0]  # type: ignore[index]
                  for name in ("events", "quotes", "actors")}
        counts["articles"] = con.execute("SELECT count(*) FROM kept").fetchone()[0]  # type: ignore[index]
        counts["near_duplicates"] = con.execute("SELECT count(*) FROM dup").fetchone()[0]  # type: ignore[index]
        kept = [r[0] for r in con.execute("SELECT DISTINCT part FROM old_kept WHERE part NOT IN "
                                          "(SELECT part FROM rewrite) ORDER BY part").fetchall()]
    finally:
        con.close()
    ended = time.monotonic()
    return {"articles": counts.pop("articles"), **counts, "shards": len(done), "shards_read": len(new),
            "incremental": state is not None, "pairs_scored": new_pairs, "months_rewritten": len(rewrite),
            "months_kept": len(kept), "dedup_s": round(settled - started, 3),
            "write_s": round(ended - settled, 3)}, kept


def write_tables(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Write a lake's ``tables/`` into ``folder`` from the connection's relations: ``<table>_by_month`` (the
    rows of the partitions to rewrite, with their article's ``published`` and ``part``, see ``part_of``)
    for the tables laid out by date, ``<table>`` for the others."""
    kinds = {r[0] for r in con.execute("SELECT DISTINCT contains(part, '/month=') FROM articles_by_month").fetchall()}
    # Parquet's version 2 data pages: DuckDB decodes them with less CPU than version 1's (the text
    # columns most; a side comparison of the bench's queries on the synthetic million events).
    options = "FORMAT parquet, PARQUET_VERSION V2"
    for name in SHARD_TABLES:
        target = _sql_path(folder / name)
        if name in BY_MONTH:
            columns = "* EXCLUDE (part)" if name == "articles" else "* EXCLUDE (published, part)"
            # The years in one file each, then the years in a file a month (other folders: the second
            # copy writes beside the first).
            for by_month, by in ((False, "year"), (True, "year, month")):
                if by_month in kinds:
                    keys = ", ".join(f"{key}(published) AS {key}" for key in by.split(", "))
                    con.execute(f"COPY (SELECT {columns}, {keys} FROM {name}_by_month "
                                f"WHERE contains(part, '/month=') = {by_month}) "
                                f"TO '{target}' ({options}, PARTITION_BY ({by}), OVERWRITE_OR_IGNORE)")
        else:
            (folder / name).mkdir()
            con.execute(f"COPY {name} TO '{target}/data.parquet' ({options})")


def _compact_remote(url: str, threshold: float, year_articles: int) -> dict[str, Any]:
    """The serial step on a lake at a URL, reading only what it needs: the last state and the shards done
    since (downloaded to a local folder), then the files of the months that change, from the current
    generation. The tables are written as a new generation ``tables/<g>/``: the months that change
    uploaded, the others copied within the store (not downloaded); the one-object pointer
    ``tables/CURRENT`` (a single PUT, whole or absent) then names it, and older generations go. An
    object store has no rename of a folder: the pointer is what makes the swap atomic for readers."""
    started = time.monotonic()
    fs, root = filesystem(url)
    listed = fs.ls(join(root, "shards"), detail=False) if fs.isdir(join(root, "shards")) else []
    done = sorted(PurePosixPath(s).name for s in listed if fs.exists(join(s, DONE)))
    current = current_tables(url)
    with tempfile.TemporaryDirectory(prefix="wirecoder-compact-") as tmp:
        stage = Path(tmp)
        old = stage / "tables"
        if current is not None and fs.exists(join(current, STATE, "settled.json")):
            (old / STATE).mkdir(parents=True)
            for f in fs.ls(join(current, STATE), detail=False):
                fs.get_file(f, str(old / STATE / PurePosixPath(f).name))
        state = _previous_state(old / STATE, threshold, set(done))
        settled_shards = _settled_shards(state)
        new = [s for s in done if s not in settled_shards]
        for name in new:
            (stage / "shards" / name).mkdir(parents=True)
            for table in SHARD_TABLES:
                fs.get_file(join(root, "shards", name, f"{table}.parquet"),
                            str(stage / "shards" / name / f"{table}.parquet"))

        def fetch(parts: list[str]) -> None:
            for rel in parts if current is not None and state is not None else []:
                for table in BY_MONTH:
                    # The files of this folder only: a year's folder in a file a month holds its months' folders.
                    for f in fs.find(join(current, table, rel), maxdepth=1):
                        (old / table / rel).mkdir(parents=True, exist_ok=True)
                        fs.get_file(f, str(old / table / rel / PurePosixPath(f).name))

        part = stage / "tables.part"
        part.mkdir()
        counts, kept = _rebuild(stage / "shards", new, done, state, old, part, threshold, year_articles, fetch,
                                stage / ".tmp")
        generation = f"g{time.time_ns()}"
        for local in sorted(p for p in part.rglob("*") if p.is_file()):
            fs.put_file(str(local), join(root, "tables", generation, *local.relative_to(part).parts))
        for rel in kept if current is not None else []:
            for table in BY_MONTH:
                if fs.isdir(join(current, table, rel)):
                    fs.copy(join(current, table, rel), join(root, "tables", generation, table, rel), recursive=True)
        fs.pipe_file(join(root, "tables", CURRENT), generation.encode("ascii"))
        for gone in fs.ls(join(root, "tables"), detail=False):
            if PurePosixPath(gone).name not in (generation, CURRENT):
                fs.rm(gone, recursive=True)
    return {**counts, "seconds": round(time.monotonic() - started, 3)}


def current_tables(url: str) -> str | None:
    """The path (in its file system) of the compacted tables of the lake at ``url``, or None before any."""
    fs, root = filesystem(url)
    pointer = join(root, "tables", CURRENT)
    return join(root, "tables", fs.cat_file(pointer).decode("ascii").strip()) if fs.exists(pointer) else None


def _previous_state(state: Path, threshold: float, done: set[str]) -> Path | None:
    """The state of the last compaction, if this one can build on it (same threshold and layout, no shard
    gone)."""
    try:
        settled = json.loads((state / "settled.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (settled.get("threshold") != threshold or settled.get("layout") != LAYOUT
            or not set(settled.get("shards", [])) <= done):
        return None
    return state


def _settled_shards(state: Path | None) -> set[str]:
    if state is None:
        return set()
    return set(json.loads((state / "settled.json").read_text(encoding="utf-8"))["shards"])


def _settle(con: duckdb.DuckDBPyConnection, threshold: float, year_articles: int, state: Path | None) -> int:
    """From the new shards (``raw_*``) and the last state: the tables ``kept`` (each article's first copy,
    its ``duplicate_of`` over the whole lake and its month), ``dup``, ``bands``, ``pairs`` (every
    similar pair), ``log`` (the shards' ingest logs) and ``rewrite`` (the partitions whose files change:
    a new first copy, one moved to a new shard or to another partition (its year grew past
    ``year_articles``: a file a month now), or a changed ``duplicate_of``, in its old partition and its
    new one). Returns the number of candidate pairs scored (with ``state``, only those with an article
    new to the lake)."""
    def last(table: str, columns: str) -> str:
        return (f"SELECT * FROM read_parquet('{_sql_path(state / f'{table}.parquet')}')" if state is not None
                else f"SELECT {columns} WHERE false")  # the same columns, no rows
    con.execute(f"CREATE TABLE old_kept AS {last('kept', _NO_KEPT)}")
    # 1. One copy of each article id, over the first copies kept before and the new shards' articles.
    con.execute("""CREATE TABLE first_copy AS SELECT * FROM (
                       SELECT id, shard, published, source, minhash FROM old_kept
                       UNION ALL SELECT id, shard, published, source, minhash FROM raw_articles)
                   QUALIFY row_number() OVER (PARTITION BY id ORDER BY published NULLS LAST, source, shard) = 1""")
    # 2. Candidate pairs share a band key; similar pairs agree in enough signature positions.
    con.execute(f"""CREATE TABLE bands AS SELECT DISTINCT key, article_id FROM (
                        {last('bands', 'key, article_id FROM raw_lsh_bands')}
                        UNION ALL SELECT b.key, b.article_id FROM raw_lsh_bands b
                        JOIN first_copy f ON f.id = b.article_id AND f.shard = b.shard)""")
    con.execute(f"CREATE TABLE old_pairs AS {last('pairs', 'NULL::VARCHAR AS a, NULL::VARCHAR AS b, NULL::DOUBLE AS sim')}")
    new = "TRUE" if state is None else \
        "(x.article_id NOT IN (SELECT id FROM old_kept) OR y.article_id NOT IN (SELECT id FROM old_kept))"
    con.execute(f"""CREATE TABLE candidates AS SELECT DISTINCT x.article_id AS a, y.article_id AS b FROM bands x
                    JOIN bands y ON x.key = y.key AND x.article_id < y.article_id WHERE {new}""")
    con.execute(f"""
        CREATE TABLE pairs AS
        WITH scored AS (SELECT c.a, c.b, len(list_filter(range(1, {dedup.NUM_PERM} + 1),
                                             lambda i: ka.minhash[i] = kb.minhash[i])) / {dedup.NUM_PERM} AS sim
                        FROM candidates c JOIN first_copy ka ON ka.id = c.a JOIN first_copy kb ON kb.id = c.b)
        SELECT a, b, sim FROM scored WHERE sim >= {float(threshold)} UNION SELECT * FROM old_pairs""")
    pairs = con.execute("SELECT a, b, sim FROM pairs ORDER BY a, b").fetchall()
    duplicate_of = _first_copies(con, pairs)
    con.execute("CREATE TABLE dup (id VARCHAR, duplicate_of VARCHAR)")
    if duplicate_of:
        con.executemany("INSERT INTO dup VALUES (?, ?)", sorted(duplicate_of.items()))
    con.execute(f"""CREATE TABLE kept AS SELECT f.*, d.duplicate_of, {part_of('f.published', year_articles)} AS part
                    FROM first_copy f LEFT JOIN dup d ON d.id = f.id""")
    changed = ("o.id IS NULL OR o.shard <> k.shard OR o.part <> k.part "
               "OR o.duplicate_of IS DISTINCT FROM k.duplicate_of")
    con.execute(f"""CREATE TABLE rewrite AS SELECT k.part FROM kept k LEFT JOIN old_kept o ON o.id = k.id WHERE {changed}
                    UNION SELECT o.part FROM kept k JOIN old_kept o ON o.id = k.id WHERE {changed}""")
    # The shards' ingest logs, kept whole (one row an item): an item's status depends on the whole lake.
    con.execute(f"CREATE TABLE log AS {last('log', '* FROM raw_ingest_log')} UNION ALL BY NAME SELECT * FROM raw_ingest_log")
    return con.execute("SELECT count(*) FROM candidates").fetchone()[0]  # type: ignore[index]


def _month_views(con: duckdb.DuckDBPyConnection) -> None:
    """The views ``write_tables`` reads: the rows of the months to rewrite (new first copies from the new
    shards, the others from the months' last files, ``duplicate_of`` as settled now), the ingest log
    and the band index."""
    # The first copies that stay in the shard the last compaction took them from (their rows are in the
    # files of their old partition, which is rewritten too when they move to another).
    con.execute("CREATE TABLE stay AS SELECT k.id, k.published, k.duplicate_of, k.part FROM kept k "
                "JOIN old_kept o ON o.id = k.id AND o.shard = k.shard WHERE k.part IN (SELECT part FROM rewrite)")
    con.execute("""CREATE VIEW articles_by_month AS
        SELECT a.* EXCLUDE (shard) REPLACE (k.duplicate_of AS duplicate_of), k.part FROM raw_articles a
            JOIN kept k ON k.id = a.id AND k.shard = a.shard WHERE k.part IN (SELECT part FROM rewrite)
        UNION ALL BY NAME
        SELECT o.* REPLACE (s.duplicate_of AS duplicate_of), s.part FROM old_articles o JOIN stay s ON s.id = o.id""")
    for name in ("actors", "mentions", "quotes", "events"):
        con.execute(f"""CREATE VIEW {name}_by_month AS
            SELECT t.* EXCLUDE (shard), k.published, k.part FROM raw_{name} t
                JOIN kept k ON k.id = t.article_id AND k.shard = t.shard WHERE k.part IN (SELECT part FROM rewrite)
            UNION ALL BY NAME
            SELECT o.*, s.published, s.part FROM old_{name} o JOIN stay s ON s.id = o.article_id""")
    # The ingest log: each item once, its status as the whole lake sees it.
    con.execute("""CREATE VIEW ingest_log AS SELECT l.item,
            CASE WHEN l.article_id IS NULL OR l.status NOT IN ('stored', 'near_duplicate') THEN l.status
                 WHEN f.shard <> l.shard THEN 'duplicate'
                 WHEN f.duplicate_of IS NOT NULL THEN 'near_duplicate' ELSE 'stored' END AS status,
            l.reason, l.article_id, l.logged_at
        FROM log l LEFT JOIN kept f ON f.id = l.article_id
        QUALIFY row_number() OVER (PARTITION BY l.item ORDER BY l.shard) = 1""")
    # The band index, as a store file keeps it: the bands of first copies only.
    con.execute("CREATE VIEW lsh_bands AS SELECT b.key, b.article_id FROM bands b "
                "WHERE b.article_id NOT IN (SELECT id FROM dup)")


def _first_copies(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str, float]]) -> dict[str, str]:
    """Near-duplicate -> first copy, deciding in order of (published, id): an article is a copy of the
    most similar earlier article that is itself a first copy."""
    if not pairs:
        return {}
    ids = sorted({a for a, _, _ in pairs} | {b for _, b, _ in pairs})
    order = {article_id: rank for rank, (article_id,) in enumerate(con.execute(
        "SELECT id FROM first_copy WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY published NULLS LAST, id",
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
