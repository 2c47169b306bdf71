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

# Why a store could not be opened, told apart by DuckDB's message (the first words that match win):
# a hint that blames a lock for a missing folder or a text file sends the user the wrong way.
_CAUSES = [
    ("lock", "another program (a running wirecoder ingest?) is using it"),
    ("not a valid duckdb", "it is not a DuckDB file"),
    ("database file with version", "it was written by another DuckDB version"),
]
NOT_A_STORE = ("a DuckDB file, but not a wirecoder store (it holds other tables: {tables}); "
               "give a new file or a wirecoder store")
NO_FOLDER = "cannot create the store: the folder {folder} does not exist"


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, unless read-only, create or migrate) the store at ``path``.

    Raises :class:`~wirecoder.errors.WirecoderError` (one line) for a store that cannot be opened.
    """
    if read_only and not Path(path).exists():
        raise WirecoderError(f"{path}: no such database (run `wirecoder ingest` first)")
    folder = Path(path).parent
    if not read_only and not folder.is_dir():
        raise WirecoderError(f"{path}: {NO_FOLDER.format(folder=folder)}")
    con: duckdb.DuckDBPyConnection | None = None
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        _refuse_foreign(con, path, read_only)
        if not read_only:
            migrate(con)
        return con
    except duckdb.Error as exc:  # locked by a running ingest, not a DuckDB file, another schema, ...
        if con is not None:
            con.close()
        raise store_error(path, exc) from None
    except WirecoderError:
        if con is not None:
            con.close()
        raise


def _refuse_foreign(con: duckdb.DuckDBPyConnection, path: str | Path, read_only: bool) -> None:
    """A DuckDB file with tables but no wirecoder ``meta`` table is someone else's: opening it must
    not add our tables to it (writing) nor end in a missing-table error (reading)."""
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_schema = 'main'").fetchall()]
    has_meta = "meta" in tables and con.execute(
        "SELECT count(*) FROM meta WHERE key = 'schema_version'").fetchone()[0]  # type: ignore[index]
    if tables and not has_meta:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise WirecoderError(f"{path}: {NOT_A_STORE.format(tables=shown)}")
    if not tables and read_only:
        raise WirecoderError(f"{path}: an empty DuckDB file, not a wirecoder store (run `wirecoder ingest` "
                             "into it first)")


def store_error(path: str | Path, exc: BaseException) -> WirecoderError:
    """A DuckDB error opening the store at ``path``, as one line: its first line, and its likely cause."""
    text = str(exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    cause = next((why for key, why in _CAUSES if key in text.lower()), None)
    if cause is None:
        return WirecoderError(f"{path}: {errors.STORE_UNOPENABLE.format(error=reason)}")
    return WirecoderError(f"{path}: cannot open the store ({reason}): {cause}")


def __getattr__(name: str):  # Store lives in writer.py; imported lazily to keep `connect` light
    if name == "Store":
        from .writer import Store

        return Store
    raise AttributeError(name)


__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "Store", "connect", "store_error"]
