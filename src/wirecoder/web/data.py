"""What each page of the dashboard shows, as plain dicts: the JSON API returns them as they are and
the HTML pages render them, so that anything seen can be fetched (Datasette's rule).

Events and quotes come from the ``wirecoder.store.query`` functions, so the dashboard counts exactly
what ``wirecoder events``, ``quotes`` and ``dyad`` count. The aggregates no query function gives
(totals, timelines, the actor network, partners, the busiest pairs) count the same distinct events
(:func:`distinct_events`, the identity of ``store/identity.py``): three agencies' write-ups of one
event count once, as in ``wirecoder events``, ``dyad`` and ``actors --by events``.
Every query is parameterised; every list is bounded (``MAX_OFFSET``, ``MAX_ROWS``, ``MAX_EDGES``).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import duckdb

from ..store import identity, query
from .highlight import annotations, segments

# The deepest row an events page may reach (offset + page size; the query pages itself), the same for
# a quotes page, the most rows one download holds, and the most network edges.
MAX_OFFSET = 100_000
MAX_ROWS = 10_000
MAX_DOWNLOAD = 100_000
MAX_EDGES = 500
# The reports an event row links to (the JSON twin lists them all).
REPORT_LINKS = 10
# The partners an actor's network draws (its table lists up to 50).
GRAPH_PARTNERS = 20
# The latest events each way an actor's page lists.
LATEST_EVENTS = 50
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
DAY = query.DAY
# How the events table may be ordered (``query.events``' ``sort``).
EVENT_SORTS = {"day": "oldest first", "-day": "newest first", "goldstein": "most conflictual first",
               "-goldstein": "most cooperative first"}


def distinct_events(where: str = "") -> str:
    """SQL of a relation with one row per distinct event (``store/identity.py``) among the counted
    reports that match ``where`` (SQL over ``e``, a ``counted_events`` row; every report of an event
    shares its actors and day, so a filter on those keeps an event whole).

    Each row has ``source`` and ``target`` (a symmetric event's in the identity's fixed order, the
    smaller id as source, as ``query.actors`` counts it), ``date`` and ``published`` (both the event's
    day, so that ``DAY`` reads it), and the ``quad_class`` and ``goldstein`` of its first report, as
    ``query.dyad`` counts them. The dashboard's own aggregates read this instead of the reports.
    """
    key = identity.event_key()
    if key == "code":
        # The ontology gives each CAMEO code one quad class and Goldstein weight, so every report of
        # an event has its first report's (and picking any is a third of the cost of finding the first).
        quad, goldstein = "any_value(e.quad_class)", "any_value(e.goldstein)"
    else:
        first = "(coalesce(e.published, DATE '9999-12-31'), e.article_id, e.idx)"
        quad, goldstein = f"arg_min(e.quad_class, {first})", f"arg_min(e.goldstein, {first})"
    return f"""(
        SELECT any_value(e.k_source) AS source, any_value(e.k_target) AS target,
               {quad} AS quad_class, {goldstein} AS goldstein,
               any_value(e.k_day) AS date, any_value(e.k_day) AS published
        FROM (SELECT e.article_id, e.idx, e.published, e.quad_class, e.goldstein,
                     {identity.key_columns(key, "e", DAY)}
              FROM counted_events e {where}) e
        GROUP BY e.k)"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _range(where: list[str], params: list[Any], since: date | None, until: date | None) -> None:
    if since is not None:
        where.append(f"{DAY} >= ?")
        params.append(since)
    if until is not None:
        where.append(f"{DAY} <= ?")
        params.append(until)


def _where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def overview(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Totals, the span of dates, the most active actors and the quad-class timeline by month, over
    distinct events (grouped once, then read for the count, the span and the timeline)."""
    rows = _rows(con, f"""
        WITH ev AS MATERIALIZED (SELECT {DAY} AS day, e.quad_class FROM {distinct_events()} e)
        SELECT 'month' AS part, date_trunc('month', day)::DATE AS period, quad_class, count(*) AS n,
               NULL::DATE AS last
        FROM ev WHERE day IS NOT NULL GROUP BY ALL
        UNION ALL
        SELECT 'all', min(day), NULL, count(*), max(day) FROM ev""")
    every = next(r for r in rows if r["part"] == "all")
    counts = _rows(con, """
        SELECT (SELECT count(*) FROM counted_articles) AS articles, ?::BIGINT AS events,
               (SELECT count(*) FROM counted_quotes) AS quotes,
               (SELECT count(DISTINCT actor_id) FROM actors WHERE article_id NOT IN
                   (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)) AS actors""", [every["n"]])[0]
    timeline = sorted(({"period": r["period"], "quad_class": r["quad_class"], "n": r["n"]}
                       for r in rows if r["part"] == "month"), key=lambda r: (r["period"], r["quad_class"]))
    return {"counts": counts, "first_day": every["period"], "last_day": every["last"],
            "top_actors": query.actors(con, top=12, by="events"), "timeline": timeline}


def events_page(con: duckdb.DuckDBPyConnection, filters: dict[str, Any], page: int, size: int,
                sort: str) -> dict[str, Any]:
    """One page of the events matching ``filters`` (the keywords of :func:`query.events`), sorted and
    cut by the query itself (one row more than the page tells whether another follows)."""
    rows = query.events(con, **filters, limit=size + 1, offset=(page - 1) * size, sort=sort)
    return {"filters": filters, "page": page, "size": size, "sort": sort,
            "has_next": len(rows) > size, "rows": rows[:size]}


def _period_end(start: date, by: str) -> date:
    """The last day of the period that starts on ``start``."""
    if by == "day":
        return start
    if by == "week":
        return start + timedelta(days=6)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
    return date(start.year, 12, 31)


def dyad_page(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str, since: date | None,
              until: date | None, country: bool) -> dict[str, Any]:
    """The two directions of a dyad per period (:func:`query.dyad`), with names for the legend."""
    rows = query.dyad(con, a, b, by=by, since=since, until=until, country=country)
    return {"a": a, "b": b, "by": by, "since": since, "until": until, "country": country,
            "names": actor_names(con, [a, b]), "rows": rows}


def busiest_dyads(con: duckdb.DuckDBPyConnection, top: int = 12) -> list[dict[str, Any]]:
    """The pairs of actors with the most events between them, either way (to start the dyad page)."""
    pairs = _rows(con, f"""
        SELECT least(e.source, e.target) AS a, greatest(e.source, e.target) AS b, count(*) AS events
        FROM {distinct_events()} e WHERE e.target IS NOT NULL AND e.source <> e.target
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""", [top])
    names = actor_names(con, sorted({p["a"] for p in pairs} | {p["b"] for p in pairs}))
    return [{**p, "a_name": names[p["a"]], "b_name": names[p["b"]]} for p in pairs]


def dyad_period_events(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str, period: date,
                       country: bool) -> dict[str, Any]:
    """The events of one period of a dyad, both directions, each once (a symmetric one matches twice)."""
    start = _period_start(period, by)
    end = _period_end(start, by)
    if country:  # actors acting for a or b: each direction on its own
        found = {(r["article_id"], r["idx"]): r
                 for src, tgt in ((a, b), (b, a))
                 for r in query.events(con, source=src, target=tgt, since=start, until=end, country=True,
                                       limit=MAX_ROWS)}
        rows = sorted(found.values(), key=lambda r: (str(r["day"]), r["article_id"], r["idx"]))
    else:  # both directions in one query (either actor on either side), less an actor with itself
        pair = [a, b]
        rows = [r for r in query.events(con, source=pair, target=pair, since=start, until=end, limit=MAX_ROWS)
                if r["source"] != r["target"]]
    return {"a": a, "b": b, "by": by, "period": start, "until": end, "rows": rows}


def _period_start(day: date, by: str) -> date:
    """The first day of the period holding ``day`` (weeks start on Monday, as DuckDB's date_trunc)."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    return day


def actor_names(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    """The name most often given to each actor id (the id itself when the store has none)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = dict(con.execute(f"""
        SELECT actor_id, mode(name) FROM actors WHERE actor_id IN ({marks}) GROUP BY actor_id""",
                             ids).fetchall())
    return {i: found.get(i) or i for i in ids}


def actor_page(con: duckdb.DuckDBPyConnection, actor_id: str) -> dict[str, Any] | None:
    """One actor: its usual description, partners, timeline, quotes and events each way."""
    # The description most articles give (as `wirecoder actors` does), over the counted articles.
    about = _rows(con, """
        SELECT actor_id, arg_max(name, n) AS name, arg_max(kind, n) AS kind, arg_max(country, n) AS country,
               arg_max(role, n) AS role, arg_max(sector, n) AS sector, sum(n)::BIGINT AS articles,
               sum(m)::BIGINT AS mentions
        FROM (SELECT actor_id, name, kind, country, role, sector, count(*) AS n, sum(n_mentions) AS m
              FROM actors WHERE actor_id = ? AND article_id NOT IN
                  (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)
              GROUP BY ALL)
        GROUP BY actor_id""", [actor_id])
    if not about:
        return None
    # Partners, timeline, and the day from which its latest events each way are listed, from one
    # scan of the events: the actor's events are few next to the store's, so they are kept
    # (MATERIALIZED) and read three times.
    parts = _rows(con, f"""
        WITH mine AS MATERIALIZED (
            SELECT CASE WHEN e.source = ? THEN e.target ELSE e.source END AS partner,
                   e.source = ? AS outgoing, e.quad_class, e.goldstein, {DAY} AS day
            FROM {distinct_events("WHERE e.source = ? OR e.target = ?")} e)
        SELECT 'partner' AS part, partner, NULL::DATE AS period, NULL::INTEGER AS quad_class,
               count(*) AS n, count(*) FILTER (WHERE outgoing) AS as_source, avg(goldstein) AS mean_goldstein
        FROM mine WHERE partner IS NOT NULL AND partner <> ? GROUP BY partner
        UNION ALL
        SELECT 'timeline', NULL, date_trunc('month', day)::DATE AS period, quad_class, count(*), NULL, NULL
        FROM mine WHERE day IS NOT NULL GROUP BY ALL
        UNION ALL
        SELECT 'since_' || CASE WHEN outgoing THEN 'source' ELSE 'target' END, NULL,
               min(day), NULL, count(*), NULL, NULL
        FROM (SELECT outgoing, day, row_number() OVER (PARTITION BY outgoing ORDER BY day DESC) AS n
              FROM mine WHERE day IS NOT NULL) WHERE n <= ? GROUP BY outgoing""",
                  [actor_id] * 5 + [LATEST_EVENTS])
    since = {r["part"]: r["period"] for r in parts if r["part"].startswith("since_")}
    partners = sorted(({"partner": r["partner"], "events": r["n"], "as_source": r["as_source"],
                        "mean_goldstein": r["mean_goldstein"]} for r in parts if r["part"] == "partner"),
                      key=lambda r: (-r["events"], r["partner"]))[:50]
    timeline = sorted(({"period": r["period"], "quad_class": r["quad_class"], "n": r["n"]}
                       for r in parts if r["part"] == "timeline"), key=lambda r: (r["period"], r["quad_class"]))
    names = actor_names(con, [actor_id] + [p["partner"] for p in partners])
    for p in partners:
        p["name"] = names[p["partner"]]
    return {"actor": about[0], "partners": partners, "names": names,
            "network": _graph([{"source": actor_id, "target": p["partner"], "events": p["events"],
                                "mean_goldstein": p["mean_goldstein"]} for p in partners[:GRAPH_PARTNERS]], names),
            "timeline": timeline,
            "quotes": query.quotes(con, speaker=actor_id, limit=50),
            # Its latest events each way, from the events query (the page loads them beside the rest):
            # those since the day of its LATEST_EVENTS-th latest, newest first.
            "as_source": _latest("source", actor_id, since.get("since_source")),
            "as_target": _latest("target", actor_id, since.get("since_target"))}


def _latest(side: str, actor_id: str, since: date | None) -> str:
    params = {side: actor_id, "sort": "-day", "size": LATEST_EVENTS}
    if since:
        params["since"] = since.isoformat()
    return f"/api/events?{urlencode(params)}"


def quotes_page(con: duckdb.DuckDBPyConnection, filters: dict[str, Any], page: int, size: int
                ) -> dict[str, Any]:
    """One page of the quotes matching ``filters`` (the keywords of :func:`query.quotes`)."""
    offset = (page - 1) * size
    rows = query.quotes(con, **filters, limit=offset + size + 1)
    return {"filters": filters, "page": page, "size": size, "has_next": len(rows) > offset + size,
            "rows": rows[offset:offset + size]}


def article_page(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """An article's record and its highlights, built here from the record's code-point spans."""
    row = con.execute("SELECT record, duplicate_of, source, headline, published FROM articles WHERE id = ?",
                      [article_id]).fetchone()
    if row is None:
        return None
    # A store loaded without the records' JSON (a bulk load, the synthetic benchmark store) still
    # shows what its columns hold; there is no text to highlight.
    record = json.loads(row[0]) if row[0] else {"id": article_id, "source": row[2], "headline": row[3],
                                                "published": row[4].isoformat() if row[4] else None, "text": "", "actors": [], "quotes": [],
                                                "events": [], "warnings": ["the store holds no text for this article"]}
    notes = annotations(record)
    return {"record": record, "duplicate_of": row[1], "annotations": notes,
            "segments": segments(record.get("text") or "", notes)}


def network(con: duckdb.DuckDBPyConnection, since: date | None, until: date | None,
            quad_class: list[int], min_count: int, limit: int) -> dict[str, Any]:
    """The actor graph: an edge per ordered pair with its count of distinct events and their mean
    Goldstein. The dates and actors cut the reports before they are grouped (an event's reports
    share them); the quad class is the event's own."""
    where, params = ["e.target IS NOT NULL", "e.source <> e.target"], []
    _range(where, params, since, until)
    quads = ""
    if quad_class:
        quads = f"WHERE e.quad_class IN ({', '.join('?' for _ in quad_class)})"
        params += quad_class
    edges = _rows(con, f"""
        SELECT e.source, e.target, count(*) AS events, avg(e.goldstein) AS mean_goldstein
        FROM {distinct_events(_where(where))} e {quads}
        GROUP BY ALL HAVING count(*) >= ?
        ORDER BY events DESC, e.source, e.target LIMIT ?""", params + [min_count, limit])
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    names = actor_names(con, ids)
    return {"since": since, "until": until, "quad_class": quad_class, "min_count": min_count,
            "limit": limit, "edges": edges, "names": names, "graph": _graph(edges, names)}


def _graph(edges: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    """Nodes and edges in the shape cytoscape reads (``{"data": {...}}`` each)."""
    weight: dict[str, int] = {}
    for e in edges:
        for side in ("source", "target"):
            weight[e[side]] = weight.get(e[side], 0) + e["events"]
    nodes = [{"data": {"id": i, "label": names.get(i, i), "events": n}} for i, n in sorted(weight.items())]
    links = [{"data": {"id": f"{e['source']}>{e['target']}", "source": e["source"], "target": e["target"],
                       "events": e["events"], "goldstein": round(e["mean_goldstein"] or 0.0, 2)}}
             for e in edges]
    return {"nodes": nodes, "edges": links}
