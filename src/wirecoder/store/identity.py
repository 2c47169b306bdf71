"""Event identity: one event per source, target, CAMEO code and day, however many articles report it.

Five agencies writing up one accusation give five coded reports; every count and list (``events``,
``dyad``, ``actors --by events``, the exports) counts one event, as PETRARCH/Phoenix pipelines do
("one-a-day" deduplication). The identity:

- **source, target**: the actor ids. A symmetric event (meet, negotiate, sign: no direction) is the
  same event read either way, so its two actors are put in a fixed order (the smaller id first).
- **code**: the full CAMEO code (``[dedup] event_key = "code"``, the default, as Phoenix keeps it), or
  its root (``"root"``: "accused" and "criticised" the same day are then one event).
- **day**: the event's own date, else its article's publication date (``query.DAY``).

A report without a day, a source or a target is an event of its own: nothing says it happened on the
day of another, or that "the United States rejected" one thing in one article and another in the
next are the same rejection (Phoenix keeps only events with both actors for the same reason).

Near-duplicate articles (re-issues of one story) are left out before grouping, as everywhere. Each
event carries ``num_reports`` (coded reports), ``num_articles`` (articles that report it),
``num_sources`` (distinct outlets), ``first_seen`` (earliest publication date among them),
``article_ids`` (earliest first) and a stable ``event_id``. An article's outlet is its dateline's
agency (``Reuters``, ``AFP``, as ``data/reader/agencies.tsv`` names them), else the host of a URL it
was read from; articles with neither (local files without an agency mark) count together as one
unnamed outlet.

Everything here is SQL text over the ``events`` and ``articles`` columns of ``schema.py``, so that the
same identity runs over a DuckDB file or over Parquet files holding those tables.
"""

from __future__ import annotations

from ..errors import WirecoderError
from ..settings import default_settings

EVENT_KEYS = ("code", "root")
# The columns that make an event's identity, in order. Queries group on ``k``, a 64-bit hash of them
# (one integer groups several times faster than five strings; two events' hashes collide with odds
# near n^2 / 2^65: about 3 in 10^8 for a million events); ``event_id`` is an md5 of them.
KEY = ("k_source", "k_target", "k_code", "k_day", "k_report")


def event_key(value: str | None = None) -> str:
    """``value`` checked (``code`` or ``root``), or the package's ``[dedup] event_key`` for None."""
    if value is None:
        value = str(default_settings().get("dedup", {}).get("event_key", "code"))
    if value not in EVENT_KEYS:
        raise WirecoderError(f"event_key: {value!r}; choose {' or '.join(EVENT_KEYS)}")
    return value


def _parts(key: str, e: str, day: str) -> tuple[str, str, str, str]:
    """SQL of the swap test, the code, and the report id of a report that is an event of its own."""
    code = {"code": f"{e}.cameo", "root": f"{e}.root"}[event_key(key)]
    # A symmetric event's two actors in a fixed order, so that RUS-CHN and CHN-RUS are one key.
    swap = f"({e}.symmetric AND {e}.target < {e}.source)"
    alone = (f"CASE WHEN {day} IS NULL OR {e}.source IS NULL OR {e}.target IS NULL "
             f"THEN {e}.article_id || '#' || {e}.idx END")
    return swap, code, alone, day


def key_hash(key: str, e: str = "e", day: str = "day") -> str:
    """SQL of ``k``, the 64-bit hash of a report's identity (``e``: the events row, ``day``: the SQL
    of its day). Hashing the actors in either order, rather than building the swapped strings first,
    halves its cost over a million reports."""
    swap, code, alone, day = _parts(key, e, day)
    return (f"CASE WHEN {swap} THEN hash({e}.target, {e}.source, {code}, {day}, {alone}) "
            f"ELSE hash({e}.source, {e}.target, {code}, {day}, {alone}) END")


def key_columns(key: str, e: str = "e", day: str = "day") -> str:
    """SELECT items naming an event report's identity (``KEY``, then its hash ``k``); ``e`` is the
    events row, ``day`` the SQL of its day."""
    swap, code, alone, day = _parts(key, e, day)
    return (f"CASE WHEN {swap} THEN {e}.target ELSE {e}.source END AS k_source, "
            f"CASE WHEN {swap} THEN {e}.source ELSE {e}.target END AS k_target, "
            f"{code} AS k_code, {day} AS k_day, {alone} AS k_report, {key_hash(key, e, day)} AS k")


def event_id(column: str = "g.{}") -> str:
    """SQL of an event's id: 16 hex digits of the md5 of its identity (``column``: how to read each
    ``KEY`` column, ``{}`` standing for its name). The same in every export of the store, and in any
    engine that has md5."""
    parts = ", ".join(f"coalesce({column.format(c)}::VARCHAR, '')" for c in KEY)
    return f"substr(md5(concat_ws('|', {parts})), 1, 16)"


def outlet(a: str = "a") -> str:
    """SQL of an article's outlet (see the module docstring); '' for an unnamed one. String functions,
    not a regular expression: this runs once per article of a whole store."""
    host = (f"replace(lower(split_part(split_part(split_part({a}.source, '://', 2), '/', 1), ':', 1)), "
            "'www.', '')")
    return f"coalesce(nullif(trim({a}.dateline_agency), ''), CASE WHEN contains({a}.source, '://') THEN {host} END, '')"


def reports_sql(key: str, keep: str = "a.duplicate_of IS NULL", events: str = "events",
                articles: str = "articles", columns: str = "e.*") -> str:
    """Every event report with its identity, day and article date (``keep``: which articles;
    ``columns``: which of the events table's)."""
    day = "coalesce(e.date, a.published)"
    return f"""
        SELECT {columns}, {day} AS day, a.published, {key_columns(key, 'e', day)}
        FROM {events} e JOIN {articles} a ON a.id = e.article_id WHERE {keep}"""


def grouped_sql(reports: str, articles: str = "articles") -> str:
    """One row per event from ``reports`` (rows of :func:`reports_sql`): its identity, ``event_id``,
    counts, ``first_seen``, ``article_ids`` (earliest first) and its first report (``article_id``,
    ``idx``: the earliest article's first report of it)."""
    keys = ", ".join(f"any_value({c}) AS {c}" for c in KEY)
    return f"""
        WITH per_article AS (
            -- An article that codes the event twice (two sentences) reports it once.
            SELECT k, article_id, {keys}, min(idx) AS idx, any_value(published) AS published, count(*) AS n
            FROM ({reports}) r GROUP BY k, article_id)
        SELECT k, {keys}, {event_id('any_value(p.{})')} AS event_id, sum(n)::BIGINT AS num_reports,
               count(*) AS num_articles, count(DISTINCT o.outlet) AS num_sources,
               min(published) AS first_seen,
               list(article_id ORDER BY published NULLS LAST, article_id) AS article_ids,
               arg_min(idx, (coalesce(published, DATE '9999-12-31'), article_id)) AS idx
        FROM per_article p JOIN (SELECT id, {outlet('a')} AS outlet FROM {articles} a) o ON o.id = p.article_id
        GROUP BY k"""
