"""The store: a DuckDB file holding records, normalised (see ``schema.py``).

``connect`` opens (creating or migrating) a store file; :class:`~wirecoder.store.writer.Store` writes
records into it (exact and near-duplicate checks included); queries live in ``store/query.py`` and
exports in ``export.py``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .schema import SCHEMA_VERSION, migrate

DEFAULT_DB = "wirecoder.duckdb"


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, unless read-only, create or migrate) the store at ``path``."""
    if read_only:
        if not Path(path).exists():
            from ..errors import WirecoderError

            raise WirecoderError(f"{path}: no such database (run `wirecoder ingest` first)")
        return duckdb.connect(str(path), read_only=True)
    con = duckdb.connect(str(path))
    migrate(con)
    return con


def __getattr__(name: str):  # Store lives in writer.py; imported lazily to keep `connect` light
    if name == "Store":
        from .writer import Store

        return Store
    raise AttributeError(name)


__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "Store", "connect"]
