"""Questions to the store: events, quotes, top actors, and a dyad's cooperation and conflict over time.

Each function has the name of its command (``wirecoder events``, ``quotes``, ``actors``, ``dyad``),
takes the store (a path or an open DuckDB connection) and returns plain dicts, one per row.
All of them read the ``counted_*`` views, so a near-duplicate of an article already stored is never
counted twice. Every event and quote row leads back to its evidence: ``article_id``,
``article_source`` (the path or URL the article was read from), the supporting ``sentence`` or quote
``text``, and its ``start``/``end`` offsets in the article's text.

Conventions, decided once here:

- **The day of an event** is its own ``date`` when the coder found one, else the article's
  ``published`` date. ``since``/``until`` are inclusive and apply to that day (quotes: to
  ``published``).
- **Actor filters match actor ids** (``RUS``, ``NATO``, ``person:sergey-lavrov``); several ids may
  be given as a list or a comma-separated string. With ``country=True`` a filter also matches a
  person or organisation acting for that country (the ``country`` of the actor in that article), so
  ``source="RUS", country=True`` finds Russia's events and those of its foreign minister.
- **Symmetric events** (meet, cooperate, sign: no direction) match a source/target filter read
  either way round, and in :func:`dyad` count in both directions' series, but once in the total.
- ``cameo`` is a prefix: ``"11"`` matches every code under root 11, ``"112"`` matches 112 and 1121.
- **An event is counted once** however many articles report it (one per source, target, code and
  day: ``identity.py``), in :func:`events`, :func:`dyad` and :func:`actors`; ``per_report=True``
  counts and lists every coded report instead, and ``event_key`` chooses the code or its root.

Speed: no index or pre-aggregated table is needed. DuckDB scans a column of a million events in
milliseconds, so every filter is a scan (ART indexes help only point lookups, and zonemaps do not
prune dates that arrive in ingest order, not date order). What cost time, and what is done instead:
carrying every column of every event through joins and sorts (``events`` first finds the keys of
the matching rows, then fetches those rows only); joining the actors table to every event for
``country`` (a cheap cut by actor id first, then the exact check on the events left); joining every
actor row to the counted articles (``actors`` leaves out the few near-duplicates with an anti-join).
``benchmarks/bench_queries.py`` times each query on a synthetic million-event store
(``benchmarks/synth_store.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb

from ..dates import parse_date
from ..errors import WirecoderError
from ..record import slug
from . import identity

Db = str | Path | duckdb.DuckDBPyConnection
Ids = str | Sequence[str] | None

PERIODS = ("day", "week", "month", "year")
# The day an event happened, as far as the store knows (see the module docstring).
DAY = "coalesce(e.date, e.published)"


@contextmanager
def opened(db: Db) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to ``db``: the one given, or the file (or lake folder) opened read-only (and closed after)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    from ..lake.location import is_url
    from . import connect

    if Path(db).is_dir() or is_url(db):  # a lake folder or URL (``ingest --lake``): views over its Parquet files
        from ..lake import open_lake

        con = open_lake(db)
    else:
        con = connect(db, read_only=True)  # a locked or foreign file raises a one-line WirecoderError
    try:
        yield con
    finally:
        con.close()


def _on_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether ``con`` reads a lake's Parquet files (``lake.open_lake`` marks its connections)."""
    return bool(con.execute("SELECT getvariable('wirecoder_lake')").fetchone()[0])  # type: ignore[index]


def _ids(value: Ids) -> list[str]:
    """Actor ids from a list or a comma-separated string; empty for None."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i and i.strip()]


class _Where:
    """WHERE clauses and their parameters, built up one filter at a time."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _side(column: str, ids: list[str], country: bool, params: list[Any]) -> str:
    """SQL that is true when the event's ``column`` (source or target) is one of ``ids``.

    With ``country`` the actor's country in that article counts too (see the module docstring); the
    query then joins :func:`_country_joins` as ``sa`` (the source's row) and ``ta`` (the target's).
    """
    marks = ", ".join("?" for _ in ids)
    params.extend(ids)
    if not country:
        return f"e.{column} IN ({marks})"
    params.extend(ids)
    return f"(e.{column} IN ({marks}) OR {'sa' if column == 'source' else 'ta'}.country IN ({marks}))"


def _country_joins(countries: list[str], params: list[Any]) -> str:
    """The actors table rows of an event's source (``sa``) and target (``ta``) in its article.

    Only the rows of actors acting for ``countries`` are joined (a filter the scan applies), and only
    to the events that passed the cheap cut of :func:`_acting_for`: joining the whole actors table
    to a million events was the slowest part of a ``country`` query.
    """
    marks = ", ".join("?" for _ in countries)
    params.extend(countries + countries)
    acting = f"(SELECT article_id, actor_id, country FROM actors WHERE country IN ({marks}))"
    return (f"LEFT JOIN {acting} sa ON sa.article_id = e.article_id AND sa.actor_id = e.source "
            f"LEFT JOIN {acting} ta ON ta.article_id = e.article_id AND ta.actor_id = e.target")


def _actor_filter(where: _Where, source: list[str], target: list[str], country: bool) -> None:
    """Source/target filters; a symmetric event also matches with its two sides swapped."""
    if not source and not target:
        return
    forward: list[Any] = []
    backward: list[Any] = []
    fwd = [_side(col, ids, country, forward) for col, ids in (("source", source), ("target", target)) if ids]
    bwd = [_side(col, ids, country, backward) for col, ids in (("target", source), ("source", target)) if ids]
    if source and target and not country:
        _either_way(where, source + target)
    where.add(f"(({' AND '.join(fwd)}) OR (e.symmetric AND {' AND '.join(bwd)}))", *forward, *backward)


def _either_way(where: _Where, ids: list[str]) -> None:
    """A cut implied by a pair's filter read either way: both sides among ``ids``. Redundant, but a plain
    IN list the scan applies fast, where the OR of the two directions is slow on Parquet files (a lake)."""
    marks = ", ".join("?" for _ in ids)
    where.add(f"e.source IN ({marks}) AND e.target IN ({marks})", *ids, *ids)


def _acting_for(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[str]:
    """``ids`` and every actor that acts for one of them in some article.

    A first, cheap cut for ``country`` filters: a plain IN list scans fast, and only the events it
    keeps go through the exact article-by-article check of :func:`_side`.
    """
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = con.execute(f"SELECT DISTINCT actor_id FROM actors WHERE country IN ({marks})", ids).fetchall()
    return sorted(set(ids) | {r[0] for r in rows})


def _limit(limit: int | None, offset: int = 0) -> str:
    return (f"LIMIT {int(limit)}" if limit else "") + (f" OFFSET {int(offset)}" if offset else "")


# How events may be ordered: the column, and whether descending (``-``).
EVENT_SORTS = ("day", "-day", "goldstein", "-goldstein")


def _sort(sort: str) -> tuple[str, bool]:
    if sort not in EVENT_SORTS:
        raise WirecoderError(f"--sort: {sort!r}; choose {', '.join(EVENT_SORTS)}")
    return sort.lstrip("-"), sort.startswith("-")


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def events(db: Db, source: Ids = None, target: Ids = None, cameo: str | None = None,
           root: str | int | None = None, quad_class: int | Sequence[int] | None = None,
           plover: str | None = None, since: date | str | None = None, until: date | str | None = None,
           contains: str | None = None, country: bool = False, article: str | None = None,
           limit: int | None = 100, per_report: bool = False,
           event_key: str | None = None, offset: int = 0, sort: str = "day") -> list[dict[str, Any]]:
    """Events matching every filter given, oldest first (at most ``limit``; None or 0 for all).

    ``sort``: ``day`` (oldest first, the default), ``-day`` (newest first), ``goldstein`` (most
    conflictual first) or ``-goldstein`` (most cooperative first); rows without a value come last,
    ties keep the order of ``day``. ``offset`` skips that many rows first (a page further on).

    ``contains`` looks for a word or phrase in the supporting sentence, ignoring case.

    One row per event (``identity.py``): an event several articles report is one row, with
    ``event_id``, ``num_reports``, ``num_articles``, ``num_sources``, ``first_seen`` and
    ``article_ids``; its other columns (``article_id``, ``idx``, the sentence...) are those of its first
    report. An event matches when one of its reports matches the filters; its counts are over all its
    reports. ``per_report=True`` gives one row per coded report instead. ``event_key``: ``code`` or
    ``root`` (default: the ``[dedup] event_key`` setting).
    """
    src, tgt = _ids(source), _ids(target)
    key = identity.event_key(event_key)
    column, descending = _sort(sort)
    if offset < 0:
        raise WirecoderError(f"--offset: {offset}; an offset is 0 or more")
    direction = "DESC" if descending else "ASC"
    with opened(db) as con:
        where, exact = _Where(), _Where()
        if country and (src or tgt):
            _actor_filter(where, _acting_for(con, src), _acting_for(con, tgt), False)
            _actor_filter(exact, src, tgt, True)
        else:
            _actor_filter(where, src, tgt, False)
        if cameo:
            where.add("starts_with(e.cameo, ?)", str(cameo))
        if root is not None and root != "":
            if not str(root).strip().isdigit():
                raise WirecoderError(f"root: {root!r}; a CAMEO root is a number from 01 to 20")
            where.add("e.root = ?", f"{int(root):02d}")
        if quad_class is not None:
            quads = [quad_class] if isinstance(quad_class, int | str) else list(quad_class)
            where.add(f"e.quad_class IN ({', '.join('?' for _ in quads)})", *(int(q) for q in quads))
        if plover:
            where.add("upper(e.plover) = upper(?)", plover)
        if since is not None:
            where.add(f"{DAY} >= ?", parse_date(since, "since"))
        if until is not None:
            where.add(f"{DAY} <= ?", parse_date(until, "until"))
        if contains:
            where.add("contains(lower(e.sentence), lower(?))", contains)
        if article:
            where.add("e.article_id = ?", article)
        # Two steps: find the matching reports' keys on the few columns the filters need, then fetch
        # the rows (sentence, article source) of those only: carrying every column of a million
        # events through the joins and the sort was most of the time. With ``country`` the keys
        # that pass the cheap cut are kept (MATERIALIZED) and checked exactly.
        # Per event, the columns its identity is made of (computed later, on the rows that can be
        # on the page).
        ident = "" if per_report else ", e.cameo, e.root" + ("" if exact.clauses else ", e.source, e.target, e.symmetric")
        joins: list[Any] = []
        if exact.clauses:
            matched = f"""
                cand AS MATERIALIZED (
                    SELECT e.article_id, e.idx, e.source, e.target, e.symmetric, {DAY} AS day,
                           e.date AS event_date, e.goldstein{ident}
                    FROM counted_events e {where.sql()}),
                matched AS MATERIALIZED (SELECT e.* FROM cand e {_country_joins(src + tgt, joins)}
                                         {exact.sql()})"""
        else:
            # Not materialized: each use filters the scan on its own (a page reads the first days only).
            # On a lake with filters, materialized: the page's query reads the matching reports twice
            # (their bound, then the page), and DuckDB shares the two reads of a table's scan itself but
            # not those of Parquet files, which then cost twice (``lake/views.py``).
            twice = bool(where.clauses and limit and not per_report)
            how = "MATERIALIZED" if twice and _on_lake(con) else "NOT MATERIALIZED"
            matched = f"""matched AS {how} (SELECT e.article_id, e.idx, {DAY} AS day,
                                     e.date AS event_date, e.goldstein{ident} FROM counted_events e
                                     {where.sql()})"""
        params = where.params + joins + exact.params
        if per_report:
            sql = f"""
                WITH {matched},
                hits AS (SELECT * FROM matched e
                         ORDER BY e.{column} {direction} NULLS LAST, e.day NULLS LAST, e.article_id, e.idx
                         {_limit(limit, offset)})
                SELECT h.article_id, h.idx, h.day FROM hits h
                ORDER BY h.{column} {direction} NULLS LAST, h.day NULLS LAST, h.article_id, h.idx"""
            return _with_fields(con, _dicts(con.execute(sql, params)))
        # One row per event: the page of events (in the order of ``sort``, then their first matching
        # report), then every report of those events, grouped (:func:`_grouped`). Grouping every
        # matching report of a million was most of the time, so with a limit only the reports up to the
        # sort value of the first few (twice offset + limit) are grouped, unless that leaves the page short.
        # An event's sort value: its day, or the lowest Goldstein score of its matching reports (the
        # highest for a descending sort; under the default identity its reports share one); ties in
        # the order of day.
        value = f"{'max' if descending else 'min'}({column})" if column != "day" else "any_value(day)"
        by_value = "" if column == "day" else f"v {direction} NULLS LAST, "
        order = f"{by_value}day {direction if column == 'day' else ''} NULLS LAST, first_article, first_idx, k"

        # How far the page's query groups reports: up to the sort value of the ``reports``-th matching
        # one. With filters, found inside the query (the matching reports are few and kept for both
        # uses); without, by a query of its own, so that the page's query compares with a constant,
        # which the scan of the events table applies itself (a million reports are not kept).
        apart = not where.clauses and not exact.clauses
        cmp = ">=" if descending else "<="

        def bound(reports: int) -> tuple[Any, int]:
            found = con.execute(f"""
                WITH {matched} SELECT {'min' if descending else 'max'}({column}), count(*)
                FROM (SELECT {column} FROM matched ORDER BY {column} {direction} NULLS LAST LIMIT {reports})""",
                                params).fetchone()
            return found[0], found[1]  # type: ignore[index]

        def page_sql(reports: int | None, last: Any) -> tuple[str, list[Any]]:
            """The page's events and how many reports the bound holds (``_bounded_by``), grouping
            only the reports up to the sort value of the first ``reports`` (``last`` when known)."""
            with_last, upto, extra = "", "", []
            if reports and not apart:
                with_last = f""", last AS (SELECT {'min' if descending else 'max'}({column}) AS d, count(*) AS n
                                FROM (SELECT {column} FROM matched
                                      ORDER BY {column} {direction} NULLS LAST LIMIT {reports}))"""
                upto = f"WHERE e.{column} IS NULL OR (SELECT d FROM last) IS NULL OR e.{column} {cmp} (SELECT d FROM last)"
            elif reports and last is not None:
                upto, extra = f"WHERE ifnull(e.{column}, ?) {cmp} ?", [last, last]
                if column == "day":  # the same on the events' own date, which the scan applies
                    # (as in _grouped: "x IS NULL OR x <= ?" is slow on Parquet files; a null passes)
                    upto += f" AND ifnull(e.event_date, ?) {cmp} ?"
                    extra += [last, last]
            return f"""
                WITH {matched}{with_last},
                page AS (SELECT k, any_value(day) AS day, {value} AS v, any_value(k_source) AS k_source,
                                any_value(k_target) AS k_target, any_value(k_code) AS k_code,
                                min(article_id) AS first_article, min(idx) AS first_idx
                         FROM (SELECT e.article_id, e.idx, e.day, e.goldstein,
                                      {identity.key_columns(key, "e", "e.day")}
                               FROM matched e {upto})
                         GROUP BY k)
                SELECT *, {"(SELECT n FROM last)" if with_last else "NULL"} AS _bounded_by
                FROM page ORDER BY {order} {_limit(limit, offset)}""", params + extra
        # A page of ``limit`` events needs at least ``limit`` reports; usually a few more (an event
        # reported three times takes three). Widen the bound until the page is full or unbounded.
        reports = 2 * (limit + offset) if limit else None
        while True:
            last, n = bound(reports) if reports and apart else (None, 0)
            if apart and reports and n < reports:  # every matching report is within the bound
                reports = None
            page = _dicts(con.execute(*page_sql(reports, last)))
            if apart:
                cut_off = bool(reports)
            elif page or not (reports and offset):
                cut_off = bool(reports and page and page[0]["_bounded_by"] >= reports)
            else:  # a page past the bounded events is empty: count the matching reports
                cut_off = con.execute(f"WITH {matched} SELECT count(*) FROM (SELECT 1 FROM matched LIMIT {reports})",
                                      params).fetchone()[0] >= reports  # type: ignore[index]
            if not cut_off or len(page) >= limit:  # type: ignore[operator]
                break
            reports = reports * 4 if reports < 64 * (limit + offset) else None  # type: ignore[operator]
        for row in page:
            del row["_bounded_by"]
        return _with_fields(con, _grouped(con, key, page))


def _grouped(con: duckdb.DuckDBPyConnection, key: str, page: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of ``page`` (rows with an identity ``k`` and its parts), each with every report
    of it grouped (``identity.grouped_sql``): counts, articles, first report. A second query, with
    the page's actors, codes and days as constants: the scan of the events table skips what cannot
    be one of its reports (a page deep in a million events shares its actors and codes with most of
    them, its days with few)."""
    if not page:
        return []
    code = "e.cameo" if key == "code" else "e.root"
    actors = sorted({r[c] for r in page for c in ("k_source", "k_target") if r[c] is not None})
    codes = sorted({r["k_code"] for r in page if r["k_code"] is not None})
    days = [r["day"] for r in page if r["day"] is not None]
    # "x IS NULL OR x IN (...)" written as "ifnull(x, one of the list) IN (...)": the same rows, but
    # DuckDB's Parquet reader applies the OR form ten times slower than a table scan does (a lake).
    cut, params = ["a.duplicate_of IS NULL"], []
    if actors:
        cut.append(f"ifnull(e.source, ?) IN ({', '.join('?' for _ in actors)})")
        params += [actors[0], *actors]
    if codes:
        cut.append(f"ifnull({code}, ?) IN ({', '.join('?' for _ in codes)})")
        params += [codes[0], *codes]
    if days:
        cut.append("ifnull(e.date, ?) BETWEEN ? AND ?")
        cut.append("coalesce(e.date, a.published, ?) BETWEEN ? AND ?")
        params += [min(days), min(days), max(days)] * 2
    keys = [r["k"] for r in page]
    rows = _dicts(con.execute(f"""
        WITH reports AS (SELECT * FROM ({identity.reports_sql(key, " AND ".join(cut), columns="e.article_id, e.idx")})
                         WHERE list_contains(?, k))
        SELECT k, r.article_ids[1] AS article_id, r.idx, r.k_day AS day,
               r.event_id, r.num_reports, r.num_articles, r.num_sources, r.first_seen, r.article_ids
        FROM ({identity.grouped_sql("SELECT * FROM reports")}) r""", params + [keys]))
    found = {r.pop("k"): r for r in rows}
    return [found[k] for k in keys]


# Up to this many articles, a page's event columns are fetched by a list of article ids.
_FIELDS_BY_LIST = 1000


def _with_fields(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (each an ``article_id``, ``idx``, ``day``, then anything) with every column of their
    event and article after ``day``. Fetched apart, by article id: joining the page's keys to the
    whole events table read every column of a million rows (a third of a page's time)."""
    if not rows:
        return rows
    ids = sorted({r["article_id"] for r in rows})
    if len(ids) <= _FIELDS_BY_LIST:  # a page: a list of constants, which the scans apply
        marks = ", ".join("?" for _ in ids)
        which, params = f"WHERE e.article_id IN ({marks}) AND a.id IN ({marks})", ids + ids
    else:  # a whole set (a download, --limit 0): a join on the rows' keys
        which = "JOIN (SELECT unnest(?) AS id, unnest(?) AS idx) w ON w.id = e.article_id AND w.idx = e.idx"
        params = [[r["article_id"] for r in rows], [r["idx"] for r in rows]]
    found = {(f["article_id"], f["idx"]): f for f in _dicts(con.execute(f"""
        SELECT e.article_id, e.idx, {_EVENT_FIELDS}
        FROM events e JOIN articles a ON a.id = e.article_id {which}""", params))}
    out = []
    for r in rows:
        fields = found[(r["article_id"], r["idx"])]
        head = {"article_id": r["article_id"], "idx": r["idx"], "day": r["day"]}
        out.append({**head, **{k: v for k, v in fields.items() if k not in head},
                    **{k: v for k, v in r.items() if k not in head}})
    return out


# The columns of an event row after its article id, index and day (``e``: events, ``a``: articles).
_EVENT_FIELDS = """e.source, e.target, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.mode,
                   e.symmetric, e.confidence, e.trigger_text, e.sentence, e.start, e."end",
                   a.source AS article_source, a.headline"""


def _speaker_key(speaker: str) -> str:
    """How a name reads inside a person id: 'Sergey Lavrov' -> 'sergey-lavrov', 'Aydın' -> 'aydin'."""
    return slug(speaker)


def quotes(db: Db, speaker: str | None = None, contains: str | None = None, kind: str | None = None,
           since: date | str | None = None, until: date | str | None = None,
           article: str | None = None, limit: int | None = 100) -> list[dict[str, Any]]:
    """Quotations matching every filter given, oldest first.

    ``speaker`` is an actor id (``person:sergey-lavrov``, ``RUS``) or a piece of the speaker's name,
    ignoring case: ``Lavrov`` matches ``person:sergey-lavrov`` and the name "Sergey Lavrov".
    ``contains`` looks in the quoted words; ``kind`` is direct, indirect or mixed.
    """
    where = _Where()
    if speaker:
        where.add("(q.speaker_actor = ? OR contains(lower(q.speaker_name), lower(?))"
                  " OR contains(lower(q.speaker_actor), ?))", speaker, speaker, _speaker_key(speaker))
    if contains:
        where.add("contains(lower(q.text), lower(?))", contains)
    if kind:
        where.add("q.kind = ?", kind.lower())
    if since is not None:
        where.add("q.published >= ?", parse_date(since, "since"))
    if until is not None:
        where.add("q.published <= ?", parse_date(until, "until"))
    if article:
        where.add("q.article_id = ?", article)
    sql = f"""
        SELECT q.article_id, q.idx, q.published, q.kind, q.speaker_actor, q.speaker_name, q.cue_text,
               q.text, q.start, q."end", a.source AS article_source, a.headline
        FROM counted_quotes q JOIN articles a ON a.id = q.article_id
        {where.sql()}
        ORDER BY q.published NULLS LAST, q.article_id, q.idx
        {_limit(limit)}"""
    with opened(db) as con:
        return _dicts(con.execute(sql, where.params))


def actors(db: Db, kind: str | None = None, top: int | None = 20, by: str = "mentions",
           country: str | None = None, per_report: bool = False,
           event_key: str | None = None) -> list[dict[str, Any]]:
    """The most present actors: in how many articles, how many mentions, how many events.

    ``by`` orders them by ``mentions`` (default), ``articles`` or ``events`` (as source or target).
    Name, kind, country and role are the description most often given to the actor across articles.
    Events are counted once however many articles report them (``identity.py``; a symmetric event
    counts its smaller actor id as source), or once per coded report with ``per_report=True``.
    """
    # Events per (source, target) pair: coded reports, or distinct events (a symmetric event's two
    # actors in a fixed order). Counting distinct keys per pair is cheaper than grouping a million
    # reports into events first.
    if per_report:
        ev = "SELECT source AS k_source, target AS k_target, count(*) AS n FROM counted_events GROUP BY ALL"
    else:
        swap = "(e.symmetric AND e.target < e.source)"
        ev = f"""SELECT CASE WHEN {swap} THEN e.target ELSE e.source END AS k_source,
                        CASE WHEN {swap} THEN e.source ELSE e.target END AS k_target,
                        count(DISTINCT {identity.key_hash(identity.event_key(event_key), 'e', DAY)}) AS n
                 FROM counted_events e GROUP BY ALL"""
    order = {"mentions": "mentions", "articles": "articles", "events": "events"}.get(by)
    if order is None:
        raise WirecoderError(f"by: {by!r}; choose mentions, articles or events")
    where = _Where()
    if kind:
        where.add("m.kind = ?", kind.lower())
    if country:
        where.add("m.country = ?", country)
    sql = f"""
        WITH g AS (
            -- Each way an actor is described, with its articles and mentions. The articles that
            -- count are those of counted_articles; leaving out the few near-duplicates (an anti-join)
            -- is much faster than joining every actor row to the articles kept.
            SELECT x.actor_id, x.name, x.kind, x.country, x.role, count(*) AS articles,
                   coalesce(sum(x.n_mentions), count(*)) AS mentions
            FROM actors x
            WHERE x.article_id NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)
            GROUP BY ALL),
        m AS (
            -- The actor's most frequent description, and its totals. A tie is broken by the value
            -- itself, so the answer does not depend on the order rows are stored in (a file, a lake).
            SELECT actor_id, arg_max(name, (articles, name)) AS name, arg_max(kind, (articles, kind)) AS kind,
                   arg_max(country, (articles, country)) AS country, arg_max(role, (articles, role)) AS role,
                   sum(articles)::BIGINT AS articles, sum(mentions)::BIGINT AS mentions
            FROM g GROUP BY actor_id),
        ev AS MATERIALIZED ({ev}),
        s AS (SELECT k_source AS actor_id, sum(n)::BIGINT AS n FROM ev GROUP BY 1),
        t AS (SELECT k_target AS actor_id, sum(n)::BIGINT AS n FROM ev GROUP BY 1)
        SELECT m.actor_id, m.name, m.kind, m.country, m.role, m.articles, m.mentions,
               coalesce(s.n, 0) + coalesce(t.n, 0) AS events,
               coalesce(s.n, 0) AS as_source, coalesce(t.n, 0) AS as_target
        FROM m LEFT JOIN s USING (actor_id) LEFT JOIN t USING (actor_id)
        {where.sql()}
        ORDER BY {order} DESC, m.actor_id
        {_limit(top)}"""
    with opened(db) as con:
        return _dicts(con.execute(sql, where.params))


# The series of a dyad row, in column order: a->b, b->a, and every event between the two once.
SERIES = ("ab", "ba", "total")


def dyad_columns() -> list[str]:
    """The keys of a :func:`dyad` row, in order."""
    cols = ["period"]
    for s in SERIES:
        cols += [f"{s}_n", f"{s}_q1", f"{s}_q2", f"{s}_q3", f"{s}_q4", f"{s}_goldstein"]
    return cols


def _next_period(day: date, by: str) -> date:
    if by == "day":
        return day + timedelta(days=1)
    if by == "week":
        return day + timedelta(days=7)
    if by == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def dyad(db: Db, a: str, b: str, by: str = "month", since: date | str | None = None,
         until: date | str | None = None, country: bool = False, per_report: bool = False,
         event_key: str | None = None) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` per period (``day``, ``week`` from Monday, ``month``, ``year``).

    Each row has, for a->b (``ab_``), b->a (``ba_``) and both (``total_``): the number of events
    (``_n``), their number in each quad class (``_q1`` verbal cooperation, ``_q2`` material
    cooperation, ``_q3`` verbal conflict, ``_q4`` material conflict) and their mean Goldstein score
    (``_goldstein``, null without events). A symmetric event counts in both directions and once in
    the total. Periods without events between the first and the last are there, with zero counts,
    so that a chart of the rows is true to time.

    An event several articles report counts once (``identity.py``), with the quad class and Goldstein
    score of its first report; ``per_report=True`` counts every coded report instead.
    """
    key = identity.event_key(event_key)
    if by not in PERIODS:
        raise WirecoderError(f"by: {by!r}; choose {', '.join(PERIODS)}")
    if a == b:
        raise WirecoderError(f"a dyad needs two different actors (got {a} twice)")
    side_a, side_b = _ids(a), _ids(b)
    with opened(db) as con:
        # The pair, read either way: with ``country``, a cheap cut on the actors acting for A or B,
        # then the exact check on the events it keeps (as in :func:`events`).
        cut_a, cut_b = (_acting_for(con, side_a), _acting_for(con, side_b)) if country else (side_a, side_b)
        where = _Where()
        pair: list[Any] = []
        ab = f"{_side('source', cut_a, False, pair)} AND {_side('target', cut_b, False, pair)}"
        ba = f"{_side('source', cut_b, False, pair)} AND {_side('target', cut_a, False, pair)}"
        _either_way(where, cut_a + cut_b)
        where.add(f"(({ab}) OR ({ba}))", *pair)
        where.add(f"{DAY} IS NOT NULL")
        if since is not None:
            where.add(f"{DAY} >= ?", parse_date(since, "since"))
        if until is not None:
            where.add(f"{DAY} <= ?", parse_date(until, "until"))
        exact = _Where()
        if country:
            pair = []
            ab = f"{_side('source', side_a, True, pair)} AND {_side('target', side_b, True, pair)}"
            ba = f"{_side('source', side_b, True, pair)} AND {_side('target', side_a, True, pair)}"
            exact.add(f"(({ab}) OR ({ba}))", *pair)
        # Among the pair's events, a->b is "not b->a" (or symmetric): re-testing one side is enough.
        forward: list[Any] = []
        is_ab = f"({_side('source', side_a, country, forward)} OR e.symmetric)"
        backward: list[Any] = []
        is_ba = f"({_side('source', side_b, country, backward)} OR e.symmetric)"
        aggregates: list[str] = []
        for name, cond in (("ab", "e.is_ab"), ("ba", "e.is_ba"), ("total", "TRUE")):
            aggregates.append(f"count(*) FILTER (WHERE {cond}) AS {name}_n")
            for q in (1, 2, 3, 4):
                aggregates.append(f"count(*) FILTER (WHERE {cond} AND e.quad_class = {q}) AS {name}_q{q}")
            aggregates.append(f"avg(e.goldstein) FILTER (WHERE {cond}) AS {name}_goldstein")
        joins: list[Any] = []
        ident = "" if per_report else ", e.published, e.idx, " + identity.key_columns(key, "e", DAY)
        # One event, however many reports: its directions are those of any report (a symmetric
        # event's are both), its class and score those of the first report.
        first = "(coalesce(e.published, DATE '9999-12-31'), e.article_id, e.idx)"
        events_sql = "SELECT * FROM rep" if per_report else f"""
            SELECT any_value(k_day) AS day, bool_or(is_ab) AS is_ab, bool_or(is_ba) AS is_ba,
                   arg_min(quad_class, {first}) AS quad_class, arg_min(goldstein, {first}) AS goldstein
            FROM rep e GROUP BY k"""
        sql = f"""
            WITH cand AS {'MATERIALIZED' if country else ''} (
                SELECT e.article_id, e.source, e.target, e.symmetric, e.quad_class, e.goldstein,
                       {DAY} AS day{ident}
                FROM counted_events e {where.sql()}),
            rep AS (SELECT e.*, {is_ab} AS is_ab, {is_ba} AS is_ba
                    FROM cand e {_country_joins(side_a + side_b, joins) if country else ''} {exact.sql()}),
            ev AS ({events_sql})
            SELECT date_trunc('{by}', e.day)::DATE AS period, {', '.join(aggregates)}
            FROM ev e GROUP BY period ORDER BY period"""
        params = where.params + forward + backward + joins + exact.params
        found = {row["period"]: row
                 for row in _dicts(con.execute(sql, params))}
    if not found:
        return []
    empty = {c: 0 for c in dyad_columns()[1:]}
    empty.update({f"{s}_goldstein": None for s in SERIES})
    rows = []
    period, last = min(found), max(found)
    while period <= last:
        rows.append(found.get(period) or {"period": period, **empty})
        period = _next_period(period, by)
    return rows


def event_counts(db: Db, event_key: str | None = None) -> dict[str, int]:
    """How much one-a-day deduplication changes the counts: coded ``reports`` (near-duplicates left
    out), distinct ``events``, and the events reported by more than one article and by more than one
    outlet (``identity.py``)."""
    reports = identity.reports_sql(identity.event_key(event_key))
    sql = f"""
        SELECT coalesce(sum(num_reports), 0)::BIGINT, count(*),
               count(*) FILTER (WHERE num_articles > 1), count(*) FILTER (WHERE num_sources > 1)
        FROM ({identity.grouped_sql(reports)})"""
    with opened(db) as con:
        n_reports, n_events, several_articles, several_sources = con.execute(sql).fetchone()  # type: ignore[misc]
    return {"reports": n_reports, "events": n_events, "in_several_articles": several_articles,
            "in_several_sources": several_sources}
