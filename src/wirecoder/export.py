"""Exports: the store out to files other tools read (``wirecoder export``).

=============  ===========================  ==================================================
format         chosen by                    what it holds
=============  ===========================  ==================================================
``jsonl``      ``.jsonl``, ``.ndjson``      one whole record per line (RECORD.md), as stored
``parquet``    ``.parquet``                 one table (``--table``), written by DuckDB's COPY
``csv``        ``.csv``                     one table, with a header line
``gdelt``      ``.gdelt.tsv``, ``.export.   events in the 61 tab-separated columns of the GDELT
               CSV``, ``--format gdelt``    2.0 Events export (see :data:`GDELT_COLUMNS`)
=============  ===========================  ==================================================

Tables are ``events`` (default), ``quotes``, ``actors`` and ``articles`` (without the stored record
and MinHash signature; the JSONL export has the records). Like the queries, exports leave out
near-duplicates (articles whose ``duplicate_of`` is set) unless ``include_duplicates`` is given.

CSV and the GDELT TSV are opened in spreadsheets: a text cell that would start a formula (``=``,
``+``, ``-``, ``@``, tab, CR) gets a leading ``'`` (``csvsafe.py``); JSONL and Parquet keep every text
exact. ``out`` ``"-"`` writes to standard output (the format must then be given); an existing file is
replaced only with ``force``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

from .csvsafe import safe_sql
from .errors import WirecoderError
from .store import identity
from .store.query import Db, opened

STDOUT = "-"


class OutputExists(WirecoderError):
    """The file an export would write exists already (``force`` replaces it)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        super().__init__(f"{path}: already exists; replace it with force=True")

EXPORT_FORMATS = ("jsonl", "parquet", "csv", "gdelt")
TABLES = ("events", "quotes", "actors", "articles")

# Longest suffix first: ".export.CSV" is GDELT's own name for its event files.
SUFFIXES = [(".gdelt.tsv", "gdelt"), (".export.csv", "gdelt"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
            (".parquet", "parquet"), (".csv", "csv")]

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
assert len(GDELT_COLUMNS) == 61


def format_for(out: str | Path, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else the one ``out``'s suffix names."""
    if fmt:
        if fmt not in EXPORT_FORMATS:
            raise WirecoderError(f"format {fmt!r}: choose {', '.join(EXPORT_FORMATS)}")
        return fmt
    if str(out) == STDOUT:
        raise WirecoderError(f"writing to standard output: give the format ({', '.join(EXPORT_FORMATS)})")
    name = str(out).lower()
    for suffix, found in SUFFIXES:
        if name.endswith(suffix):
            return found
    raise WirecoderError(f"{out}: cannot tell the format from the name; end it in .jsonl, .parquet, "
                         ".csv or .gdelt.tsv, or name the format")


def _counted(include_duplicates: bool) -> str:
    return "TRUE" if include_duplicates else "a.duplicate_of IS NULL"


def _events_with_identity(keep: str, event_key: str | None) -> str:
    """WITH items: ``reports`` (every kept report and its identity) and ``g`` (one row per event)."""
    key = identity.event_key(event_key)
    return f"""reports AS ({identity.reports_sql(key, keep)}),
               g AS ({identity.grouped_sql("SELECT * FROM reports")})"""


def table_sql(table: str, include_duplicates: bool = False, per_report: bool = False,
              event_key: str | None = None) -> str:
    """The SELECT behind a table export: the stored rows, with their article's source and date.

    The ``events`` table has one row per event (``store/identity.py``): its ``event_id``, day, counts
    and ``article_ids``, then the columns of its first report; ``per_report`` gives the stored rows.
    """
    keep = _counted(include_duplicates)
    if table == "events" and per_report:
        return f"""SELECT e.*, a.published, a.source AS article_source FROM events e
                   JOIN articles a ON a.id = e.article_id WHERE {keep} ORDER BY e.article_id, e.idx"""
    if table == "events":
        return f"""WITH {_events_with_identity(keep, event_key)}
                   SELECT g.event_id, g.k_day AS day, g.num_reports, g.num_articles, g.num_sources,
                          g.first_seen, g.article_ids, e.*, a.published, a.source AS article_source
                   FROM g JOIN events e ON e.article_id = g.article_ids[1] AND e.idx = g.idx
                   JOIN articles a ON a.id = e.article_id
                   ORDER BY day NULLS LAST, g.event_id"""
    if table == "quotes":
        return f"""SELECT q.*, a.published, a.source AS article_source FROM quotes q
                   JOIN articles a ON a.id = q.article_id WHERE {keep} ORDER BY q.article_id, q.idx"""
    if table == "actors":
        return f"""SELECT x.* FROM actors x JOIN articles a ON a.id = x.article_id WHERE {keep}
                   ORDER BY x.article_id, x.actor_id"""
    if table == "articles":
        return f"SELECT * EXCLUDE (record, minhash) FROM articles a WHERE {keep} ORDER BY a.id"
    raise WirecoderError(f"table {table!r}: choose {', '.join(TABLES)}")


def _actor_code(alias: str) -> str:
    """A CAMEO-style actor code: a state's code; a person or organisation's country followed by its
    sector (``RUSGOV``), as CAMEO writes them; otherwise our actor id (``NATO``, ``org:...``)."""
    return (f"CASE WHEN {alias}.kind IN ('person', 'organization', 'group') AND {alias}.country IS NOT NULL "
            f"THEN {alias}.country || coalesce({alias}.sector, '') ELSE {alias}.actor_id END")


def gdelt_sql(include_duplicates: bool = False, per_report: bool = False, event_key: str | None = None) -> str:
    """Events as rows of the GDELT 2.0 Events table (61 columns, GDELT's order): one row per event
    (``store/identity.py``), its columns from its first report; ``per_report``: one per report.

    What each column is filled from (empty where wirecoder has nothing to say):

    ===========================  ===============================================================
    GDELT column                 wirecoder
    ===========================  ===============================================================
    GlobalEventID                a stable integer: the first 15 hex digits of the event's
                                 ``event_id`` (the md5 of its identity)
    Day, MonthYear, Year         the event's day (its ``date``, else the article's ``published``)
    FractionDate                 Year + day of year / 365, four decimals, as GDELT computes it
    Actor1Code / Actor2Code      source / target: a state's code (``RUS``); for a person or
                                 organisation its country and sector (``RUSGOV``); else the id
                                 (``NATO``, ``org:...``)
    Actor1Name / Actor2Name      the actor's name in that article, in capitals as in GDELT
    Actor*CountryCode            the actor's ``country`` (ISO 3166-1 alpha-3, like GDELT's)
    Actor*KnownGroupCode         the id of an international organisation (``kind`` igo)
    Actor*Type1Code              the actor's sector (GOV, MIL, ...), or ``IGO`` for an igo
    Actor*Ethnic/Religion/Type2-3  empty
    IsRootEvent                  empty (the store does not keep paragraphs)
    EventCode                    ``cameo``
    EventBaseCode                its first three digits
    EventRootCode                ``root``
    QuadClass, GoldsteinScale    ``quad_class``, ``goldstein``
    NumMentions                  the coded reports of the event (two in one article count two)
    NumArticles                  the articles that report it (``num_articles``)
    NumSources                   their distinct outlets (``num_sources``: dateline agency, else
                                 the URL's host)
    AvgTone                      empty (wirecoder does not score tone)
    Actor1Geo_*, Actor2Geo_*     empty
    ActionGeo_FullName           the event's location name
    ActionGeo_CountryCode        the location's country: ISO alpha-3, not GDELT's FIPS 10-4
    other ActionGeo_* columns    empty (no gazetteer: no type, ADM codes, coordinates)
    DATEADDED                    when the article was ingested, YYYYMMDDHHMMSS (UTC)
    SOURCEURL                    the article's ``source`` (URL or path)
    ===========================  ===============================================================

    With ``include_duplicates`` near-duplicates count as articles reporting their events.
    """
    keep = _counted(include_duplicates)
    empty = "NULL"

    def actor(alias: str) -> list[str]:
        return [
            _actor_code(alias),
            f"upper(replace(replace({alias}.name, chr(9), ' '), chr(10), ' '))",
            f"{alias}.country",
            f"CASE WHEN {alias}.kind = 'igo' THEN {alias}.actor_id END",
            empty, empty, empty,  # ethnic, religion 1, religion 2
            f"CASE WHEN {alias}.kind = 'igo' THEN 'IGO' ELSE {alias}.sector END",
            empty, empty,  # type 2, type 3
        ]

    def geo_empty() -> list[str]:
        return [empty] * 8

    columns = [
        "('0x' || substr(e.event_id, 1, 15))::BIGINT",
        "strftime(e.day, '%Y%m%d')",
        "strftime(e.day, '%Y%m')",
        "year(e.day)",
        "round(year(e.day) + dayofyear(e.day) / 365.0, 4)",
        *actor("s"),
        *actor("t"),
        empty,  # IsRootEvent
        "e.cameo", "substr(e.cameo, 1, 3)", "e.root", "e.quad_class", "e.goldstein",
        "e.num_reports", "e.num_sources", "e.num_articles",
        empty,  # AvgTone
        *geo_empty(), *geo_empty(),
        empty, "replace(e.location_name, chr(9), ' ')", "e.location_country", empty, empty, empty, empty, empty,
        "strftime(e.ingested_at, '%Y%m%d%H%M%S')",
        "e.url",
    ]
    assert len(columns) == len(GDELT_COLUMNS), len(columns)
    select = ",\n       ".join(f"{c} AS {n}" for c, n in zip(columns, GDELT_COLUMNS, strict=True))
    # Per event: its first report; per report: every report, with its event's id and counts.
    rows = ("FROM g JOIN events r ON r.article_id = g.article_ids[1] AND r.idx = g.idx" if not per_report
            else "FROM reports x JOIN g ON g.k = x.k JOIN events r ON r.article_id = x.article_id AND r.idx = x.idx")
    return f"""
        WITH {_events_with_identity(keep, event_key)},
        e AS (SELECT r.* EXCLUDE (date), coalesce(r.date, a.published) AS day, a.source AS url, a.ingested_at,
                     g.event_id, g.num_reports, g.num_articles, g.num_sources
              {rows} JOIN articles a ON a.id = r.article_id)
        SELECT {select}
        FROM e
        LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source
        LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target
        ORDER BY e.day NULLS LAST, e.event_id, e.article_id, e.idx"""


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(db: Db, out: str | Path, fmt: str | None = None, table: str = "events",
           include_duplicates: bool = False, per_report: bool = False, event_key: str | None = None,
           force: bool = False, stream: BinaryIO | None = None) -> int:
    """Write the store to ``out`` (format from ``fmt`` or the file name); returns the rows written.

    Events are one row per event (``store/identity.py``), or per coded report with ``per_report``.
    ``out`` ``"-"``: to ``stream`` (default: standard output). An existing ``out`` is replaced only
    with ``force`` (else :class:`OutputExists`)."""
    fmt = format_for(out, fmt)
    if str(out) == STDOUT:
        return _export_to_stream(db, fmt, table, include_duplicates, stream or sys.stdout.buffer,
                                 per_report=per_report, event_key=event_key)
    out = Path(out)
    if out.parent and not out.parent.exists():
        raise WirecoderError(f"{out.parent}: no such directory")
    if out.exists() and not force:
        raise OutputExists(out)
    with opened(db) as con:
        if fmt == "jsonl":
            return _export_records(con, out, include_duplicates)
        if fmt == "gdelt":
            sql = gdelt_sql(include_duplicates, per_report, event_key)
            options = "FORMAT CSV, DELIMITER '\t', HEADER false, QUOTE ''"
        else:
            sql = table_sql(table, include_duplicates, per_report, event_key)
            options = "FORMAT PARQUET, COMPRESSION ZSTD" if fmt == "parquet" else "FORMAT CSV, HEADER true"
        if fmt != "parquet":
            sql = _inert_text(con, sql)
        # COPY answers with the number of rows it wrote.
        return int(con.execute(f"COPY ({sql}) TO {_quote_path(out)} ({options})").fetchall()[0][0])


def _inert_text(con: Any, sql: str) -> str:
    """``sql`` with every text column passed through the spreadsheet-formula rule (``csvsafe.py``)."""
    columns = con.execute(f"DESCRIBE ({sql})").fetchall()  # (name, type, ...)

    def quoted(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    select = ", ".join(f"{safe_sql(quoted(name))} AS {quoted(name)}" if kind == "VARCHAR" else quoted(name)
                       for name, kind, *_ in columns)
    return f"SELECT {select} FROM ({sql})"


def _export_to_stream(db: Db, fmt: str, table: str, include_duplicates: bool, stream: BinaryIO,
                      **events_options: Any) -> int:
    """Export to a temporary file, then copy it to ``stream`` (COPY writes files, not Python streams)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="wirecoder-export-") as folder:
        path = Path(folder) / f"out.{fmt}"
        n = export(db, path, fmt=fmt, table=table, include_duplicates=include_duplicates, **events_options)
        with path.open("rb") as data:
            shutil.copyfileobj(data, stream)
        stream.flush()
    return n


def _export_records(con: Any, out: Path, include_duplicates: bool) -> int:
    """One record per line, oldest first; the stored JSON is written as is when it is one line."""
    cursor = con.execute(f"""SELECT record FROM articles a WHERE record IS NOT NULL
                             AND {_counted(include_duplicates)} ORDER BY published NULLS LAST, id""")
    n = 0
    with out.open("w", encoding="utf-8") as stream:
        while batch := cursor.fetchmany(1000):
            for (record,) in batch:
                text = record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
                if "\n" in text:  # stored pretty-printed: JSON lines need one line
                    text = json.dumps(json.loads(text), ensure_ascii=False)
                stream.write(text + "\n")
                n += 1
    return n
