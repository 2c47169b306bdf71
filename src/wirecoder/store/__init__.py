"""The store: a DuckDB file holding records, normalised (see ``schema.py``).

``connect`` opens (creating or migrating) a store file; :class:`~wirecoder.store.writer.Store` writes
records into it (exact and near-duplicate checks included); queries live in ``store/query.py`` and
exports in ``export.py``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .. import errors
from ..errors import WirecoderError
from .schema import SCHEMA_VERSION, migrate

DEFAULT_DB = "wirecoder.duckdb"


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, unless read-only, create or migrate) the store at ``path``.

    Raises :class:`~wirecoder.errors.WirecoderError` (one line) for a store that cannot be opened.
    """
    if read_only and not Path(path).exists():
        raise WirecoderError(f"{path}: no such database (run `wirecoder ingest` first)")
    con: duckdb.DuckDBPyConnection | None = None
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            migrate(con)
        return con
    except duckdb.Error as exc:  # locked by a running ingest, not a DuckDB file, another schema, ...
        if con is not None:
            con.close()
        raise store_error(path, exc) from None


def store_error(path: str | Path, exc: BaseException) -> WirecoderError:
    """A DuckDB error opening the store at ``path``, as one line: its first line only."""
    text = str(exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    return WirecoderError(f"{path}: {errors.STORE_UNOPENABLE.format(error=reason)}")


def __getattr__(name: str):  # Store lives in writer.py; imported lazily to keep `connect` light
    if name == "Store":
        from .writer import Store

        return Store
    raise AttributeError(name)


__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "Store", "connect", "store_error"]
