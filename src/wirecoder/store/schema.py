"""The store's schema: the record's fields, normalised into DuckDB tables, each declared once.

Each table is a :class:`Table` of :class:`Column` s; its DDL (``CREATE TABLE``), the Arrow types of
a batch written into it and the order of a row's values are all derived from that one declaration
(``writer.py`` builds rows by column name with :meth:`Table.row`). A later Parquet lake reads the same
declarations.

Ids are stable: an article is its record id (sha256 of the text); quotes and events are numbered by
their index in the record. ``SCHEMA_VERSION`` is kept in ``meta``; ``migrate`` brings an older file up.
Near-duplicates point at the first copy through ``articles.duplicate_of``; the ``counted_*`` views leave
them out, so that a re-issued story is never counted twice. One event reported by several articles
is one event in every count: that identity is computed by queries (``identity.py``), not stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 2

# Version history (``migrate`` applies each step in turn; steps only ADD tables and columns):
#   1  articles, actors, mentions, quotes, events, ingest_log, counted_* views
#   2  lsh_bands: the near-duplicate index, kept in the file so that it works across runs

# Arrow type of each DuckDB type a batch is written with. Dates arrive as ISO strings and are cast
# on insert (TRY_CAST: a malformed one is stored as NULL rather than failing the batch).
_ARROW = {"VARCHAR": "string", "JSON": "string", "DATE": "string", "INTEGER": "int32",
          "TINYINT": "int32", "DOUBLE": "float64", "BOOLEAN": "bool", "UBIGINT": "uint64",
          "UBIGINT[]": "list<uint64>"}


@dataclass(frozen=True)
class Column:
    """One column: its name, DuckDB type, what it holds, and a SQL default (then the writer leaves
    it out and DuckDB fills it)."""

    name: str
    type: str
    comment: str = ""
    default: str | None = None

    def ddl(self) -> str:
        default = f" DEFAULT {self.default}" if self.default else ""
        return f'"{self.name}" {self.type}{default}'

    def insert_value(self) -> str:
        """The SQL that reads this column from a batch being inserted."""
        if self.type == "DATE":
            return f'TRY_CAST("{self.name}" AS DATE)'
        return f'"{self.name}"'


@dataclass(frozen=True)
class Table:
    """A table: its columns in order, its primary key, the schema version that added it."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    comment: str = ""
    since: int = 1

    @property
    def written(self) -> tuple[Column, ...]:
        """The columns a writer fills (those without a default), in order."""
        return tuple(c for c in self.columns if c.default is None)

    def ddl(self) -> str:
        entries = [(c.ddl(), c.comment) for c in self.columns]
        if self.primary_key:
            entries.append((f"PRIMARY KEY ({', '.join(self.primary_key)})", ""))
        lines = [f"    {text}{',' if i < len(entries) - 1 else ''}" + (f"  -- {comment}" if comment else "")
                 for i, (text, comment) in enumerate(entries)]
        head = f"-- {self.comment}\n" if self.comment else ""
        return f"{head}CREATE TABLE IF NOT EXISTS {self.name} (\n" + "\n".join(lines) + "\n);"

    def row(self, **values: Any) -> tuple:
        """One row, its values given by column name (every written column, no other)."""
        try:
            row = tuple(values[c.name] for c in self.written)
        except KeyError as exc:
            raise TypeError(f"{self.name} row: no value for column {exc}") from None
        if len(values) != len(row):
            unknown = sorted(set(values) - {c.name for c in self.written})
            raise TypeError(f"{self.name} row: no such column {', '.join(unknown)}")
        return row

    def arrow_schema(self):  # -> pyarrow.Schema; pyarrow is imported only by the writer's path
        import pyarrow as pa

        types = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(), "bool": pa.bool_(),
                 "uint64": pa.uint64(), "list<uint64>": pa.list_(pa.uint64())}
        return pa.schema([(c.name, types[_ARROW[c.type]]) for c in self.written])

    def insert_sql(self, batch: str, verb: str = "INSERT") -> str:
        """Insert every row of the registered relation ``batch`` (columns of :attr:`written`)."""
        targets = ", ".join(f'"{c.name}"' for c in self.written)
        values = ", ".join(c.insert_value() for c in self.written)
        return f"{verb} INTO {self.name} ({targets}) SELECT {values} FROM {batch}"


def _cols(spec: str) -> tuple[Column, ...]:
    """Columns written compactly: ``"name TYPE, name TYPE"`` (for tables whose names say it all)."""
    out = []
    for item in spec.split(","):
        name, typ = item.split()
        out.append(Column(name, typ))
    return tuple(out)


META = Table("meta", _cols("key VARCHAR, value VARCHAR"), primary_key=("key",))

ARTICLES = Table("articles", (
    Column("id", "VARCHAR", "record id: sha256(text)[:16]"),
    Column("source", "VARCHAR", "path or URL it was read from"),
    *_cols("headline VARCHAR, subheadline VARCHAR, dateline_place VARCHAR, dateline_agency VARCHAR, "
           "dateline_date_text VARCHAR, published DATE, language VARCHAR, encoding VARCHAR, n_chars INTEGER"),
    Column("duplicate_of", "VARCHAR", "id of the first near-duplicate, or NULL"),
    Column("minhash", "UBIGINT[]", "signature used to find near-duplicates"),
    Column("record", "JSON", "the whole record, as `extract` prints it"),
    Column("ingested_at", "TIMESTAMP", default="current_timestamp"),
), primary_key=("id",))

ACTORS = Table("actors", _cols(
    "article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, role VARCHAR, "
    "sector VARCHAR, n_mentions INTEGER"), primary_key=("article_id", "actor_id"))

MENTIONS = Table("mentions", _cols("article_id VARCHAR, actor_id VARCHAR, start INTEGER, end INTEGER"))

QUOTES = Table("quotes", _cols(
    "article_id VARCHAR, idx INTEGER, kind VARCHAR, text VARCHAR, start INTEGER, end INTEGER, "
    "speaker_actor VARCHAR, speaker_name VARCHAR, speaker_start INTEGER, speaker_end INTEGER, "
    "cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER"), primary_key=("article_id", "idx"))

EVENTS = Table("events", _cols(
    "article_id VARCHAR, idx INTEGER, source VARCHAR, target VARCHAR, cameo VARCHAR, root VARCHAR, "
    "quad_class TINYINT, goldstein DOUBLE, plover VARCHAR, mode VARCHAR, symmetric BOOLEAN, "
    "date DATE, location_name VARCHAR, location_country VARCHAR, "
    "start INTEGER, end INTEGER, trigger_start INTEGER, trigger_end INTEGER, "
    "sentence VARCHAR, trigger_text VARCHAR, quote INTEGER, confidence DOUBLE"),
    primary_key=("article_id", "idx"))

INGEST_LOG = Table("ingest_log", (
    Column("item", "VARCHAR", "source path/URL plus, for multi-item files, '#n'"),
    Column("status", "VARCHAR", "stored | duplicate | near_duplicate | failed"),
    Column("reason", "VARCHAR"),
    Column("article_id", "VARCHAR"),
    Column("logged_at", "TIMESTAMP", default="current_timestamp"),
), primary_key=("item",),
    comment="What each ingest saw of each item: lets a rerun skip what is done and report what failed.")

LSH_BANDS = Table("lsh_bands", (
    Column("key", "UBIGINT", "band number and the band's rows of the signature, hashed"),
    Column("article_id", "VARCHAR"),
), since=2, comment="The near-duplicate index (store/dedup.py): one row per LSH band of each article that "
                    "is not itself\n-- a near-duplicate. Articles sharing a key are candidates, checked on "
                    "their minhash signatures.")

# Every table, in the order a record's rows are written (and the DDL creates them).
TABLES: dict[str, Table] = {t.name: t for t in (META, ARTICLES, ACTORS, MENTIONS, QUOTES, EVENTS, INGEST_LOG,
                                                LSH_BANDS)}

VIEWS = """
CREATE OR REPLACE VIEW counted_articles AS SELECT * FROM articles WHERE duplicate_of IS NULL;
CREATE OR REPLACE VIEW counted_events AS
    SELECT e.*, a.published FROM events e JOIN articles a ON a.id = e.article_id
    WHERE a.duplicate_of IS NULL;
CREATE OR REPLACE VIEW counted_quotes AS
    SELECT q.*, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE a.duplicate_of IS NULL;
"""


def ddl(version: int = SCHEMA_VERSION) -> str:
    """The DDL of the tables (and, for the current version, the views) of schema ``version``."""
    tables = "\n\n".join(t.ddl() for t in TABLES.values() if t.since <= version)
    return tables + ("\n" + VIEWS if version == SCHEMA_VERSION else "")


DDL = ddl()


def migrate(con) -> int:  # con: duckdb.DuckDBPyConnection
    """Bring the store at ``con`` up to ``SCHEMA_VERSION``; returns the version it found (0: new file).

    ``DDL`` creates whatever is missing (every statement is IF NOT EXISTS or OR REPLACE); the steps
    below fill what a new table needs from the data already there.
    """
    con.execute(META.ddl())
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    found = int(row[0]) if row else 0
    if found > SCHEMA_VERSION:
        from ..errors import WirecoderError

        raise WirecoderError(f"this store has schema version {found}, newer than this wirecoder's "
                             f"{SCHEMA_VERSION}: upgrade wirecoder")
    con.execute(DDL)
    if 0 < found < 2:
        # 1 -> 2: index the signatures of the articles that are not near-duplicates.
        from .dedup import band_keys

        rows = con.execute("SELECT id, minhash FROM articles WHERE duplicate_of IS NULL "
                           "AND minhash IS NOT NULL").fetchall()
        keys = [(key, article_id) for article_id, sig in rows for key in band_keys(sig)]
        if keys:
            con.executemany("INSERT INTO lsh_bands VALUES (?, ?)", keys)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return found
