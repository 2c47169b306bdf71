"""The store: a DuckDB file holding records, normalised (see ``schema.py``).

The ingest engineer extends this module (writing records, dedup, resume); queries live in
``store/query.py`` and exports in ``export.py``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .schema import DDL, SCHEMA_VERSION

DEFAULT_DB = "wirecoder.duckdb"


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, unless read-only, create or migrate) the store at ``path``."""
    if read_only:
        if not Path(path).exists():
            from ..errors import WirecoderError

            raise WirecoderError(f"{path}: no such database (run `wirecoder ingest` first)")
        return duckdb.connect(str(path), read_only=True)
    con = duckdb.connect(str(path))
    con.execute(DDL)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return con
