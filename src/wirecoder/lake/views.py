"""A lake read as a store: DuckDB views over its compacted Parquet tables, and a copy into a store file.

The views have the store file's table names and columns (``schema.py``), plus its ``meta`` and
``counted_*`` views, so every query (``store/query.py``, ``export.py``, the event identity) runs on
either unchanged.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..errors import WirecoderError
from ..store.schema import SCHEMA_VERSION, TABLES, VIEWS
from .shard import SHARD_TABLES, _sql_path


def is_lake(path: str | Path) -> bool:
    """Whether ``path`` is a lake folder (one that ``ingest --lake`` wrote)."""
    p = Path(path)
    return p.is_dir() and ((p / "tables").is_dir() or (p / "shards").is_dir())


def open_lake(lake: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection whose tables are views over the lake's compacted Parquet files."""
    lake = Path(lake)
    if not is_lake(lake):
        raise WirecoderError(f"{lake}: not a lake (no tables/ or shards/ in it: run `wirecoder ingest --lake` first)")
    tables = lake / "tables"
    if not tables.is_dir():
        raise WirecoderError(f"{lake}: this lake has no compacted tables yet (rerun `wirecoder ingest --lake`)")
    con = duckdb.connect()
    try:
        for name in SHARD_TABLES:
            if any((tables / name).rglob("*.parquet")):
                glob = _sql_path(tables / name / "**" / "*.parquet")
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{glob}', hive_partitioning = false)")
            else:  # no rows: no files (a partitioned copy of nothing writes nothing)
                con.execute(TABLES[name].ddl())
        con.execute(TABLES["meta"].ddl())
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute(VIEWS)
    except duckdb.Error as exc:
        con.close()
        raise WirecoderError(f"{lake}: cannot read the lake ({str(exc).splitlines()[0]})") from None
    return con


def load_lake(lake: str | Path, db: str | Path) -> dict[str, int]:
    """Copy the lake's tables into the store file ``db`` (new or empty); returns rows per table."""
    from ..store import connect

    con = connect(db)  # created or migrated to this schema
    try:
        if con.execute("SELECT count(*) FROM articles").fetchone()[0]:  # type: ignore[index]
            raise WirecoderError(f"{db}: the store already holds articles: load a lake into a new or empty store")
    finally:
        con.close()
    source = open_lake(lake)
    try:
        # DuckDB streams each table from the Parquet files into the attached file: no table is held whole.
        source.execute(f"ATTACH '{_sql_path(db)}' AS store")
        source.begin()
        counts = {}
        for name in SHARD_TABLES:
            source.execute(f"INSERT INTO store.{name} BY NAME SELECT * FROM {name}")
            counts[name] = source.execute(f"SELECT count(*) FROM store.{name}").fetchone()[0]  # type: ignore[index]
        source.commit()
        return counts
    finally:
        source.close()
