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
from .compact import current_tables
from .location import filesystem, is_url, join
from .shard import SHARD_TABLES, _sql_path


def is_lake(path: str | Path) -> bool:
    """Whether ``path`` is a lake folder or URL (one that ``ingest --lake`` wrote)."""
    if is_url(path):
        fs, root = filesystem(str(path))
        return fs.isdir(join(root, "tables")) or fs.isdir(join(root, "shards"))
    p = Path(path)
    return p.is_dir() and ((p / "tables").is_dir() or (p / "shards").is_dir())


def open_lake(lake: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection whose tables are views over the lake's compacted Parquet files.

    A lake at a URL is read through its fsspec file system, registered with DuckDB (no DuckDB
    extension is fetched), from the generation that ``tables/CURRENT`` names."""
    if not is_lake(lake):
        raise WirecoderError(f"{lake}: not a lake (no tables/ or shards/ in it: run `wirecoder ingest --lake` first)")
    fs = None
    if is_url(lake):
        fs, _ = filesystem(str(lake))
        current = current_tables(str(lake))
        tables = None if current is None else fs.unstrip_protocol(current)
    else:
        tables = str(Path(lake) / "tables") if (Path(lake) / "tables").is_dir() else None
    if tables is None:
        raise WirecoderError(f"{lake}: this lake has no compacted tables yet (rerun `wirecoder ingest --lake`)")
    con = duckdb.connect()
    try:
        if fs is not None:
            con.register_filesystem(fs)
        # The files are listed once here, not globbed by every query, and their footers are kept
        # (parquet_metadata_cache): a query then pays for reading rows only, as on a store file.
        con.execute("SET parquet_metadata_cache = true")
        con.execute("SET VARIABLE wirecoder_lake = true")  # some queries take another shape on a lake
        for name in SHARD_TABLES:
            glob = f"{tables}/{name}/**/*.parquet"
            files = ([fs.unstrip_protocol(f) for f in sorted(fs.glob(glob))] if fs is not None
                     else sorted(str(f) for f in Path(tables, name).rglob("*.parquet")))
            if files:
                listed = ", ".join(f"'{_sql_path(f)}'" for f in files)
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listed}], hive_partitioning = false)")
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
