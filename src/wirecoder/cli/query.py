"""`wirecoder events|quotes|actors|dyad`: questions to the store, a thin layer over ``store.query``.

Every command prints an aligned table (default; long text cut to fit), CSV or JSON lines
(``--format``); CSV and JSON lines carry every column, the table a readable selection.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..filters import actor_hints, check_codes
from ..store import DEFAULT_DB
from ..store import query as q
from ..table import FORMATS, bar, sparkline, write_rows
from . import at_least

# The columns a person reads in the table format; CSV and JSONL have them all.
EVENT_COLUMNS = ["day", "source", "target", "cameo", "quad_class", "goldstein", "plover", "sentence",
                 "article_id", "idx"]
# Per event (not --per-report): how often it was reported, and its first report's article.
ONCE_COLUMNS = ["num_articles", "num_sources", "article_id"]
QUOTE_COLUMNS = ["published", "speaker_name", "kind", "text", "article_id", "idx"]
ACTOR_COLUMNS = ["actor_id", "name", "kind", "country", "role", "articles", "mentions", "events",
                 "as_source", "as_target"]


def _common(p: argparse.ArgumentParser, limit: bool = True) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    if limit:
        p.add_argument("--limit", type=at_least(0, "all"), default=100,
                       help="at most this many rows; 0 for all (default 100); a cut is said on stderr")


def events_once(p: argparse.ArgumentParser) -> None:
    """Options of the commands that count events: once per event (default) or per coded report."""
    p.add_argument("--per-report", action="store_true",
                   help="one row (or count) per coded report, not per event: an event five articles "
                        "report counts five times")
    p.add_argument("--settings", metavar="FILE",
                   help="a settings.toml laid over the defaults ([dedup] event_key = \"code\" or \"root\")")


def event_key(args: argparse.Namespace) -> str | None:
    """The ``[dedup] event_key`` of ``--settings``, or None for the package's."""
    if not getattr(args, "settings", None):
        return None
    from ..settings import load_settings

    return load_settings(args.settings).get("dedup", {}).get("event_key")


def _dates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="YYYY-MM-DD", help="from this day on (inclusive)")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="up to this day (inclusive)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="events in the store, filtered by actors, codes, dates, words")
    _common(p)
    _dates(p)
    p.add_argument("--source", metavar="ID[,ID]", help="source actor id(s): RUS, NATO, person:...")
    p.add_argument("--target", metavar="ID[,ID]", help="target actor id(s)")
    p.add_argument("--country", action="store_true",
                   help="--source/--target also match people and organisations acting for that country")
    p.add_argument("--cameo", metavar="CODE", help="CAMEO code or its prefix: 11, 112, 1121")
    p.add_argument("--root", metavar="NN", help="CAMEO root code, 01 to 20")
    p.add_argument("--quad", type=int, action="append", choices=[1, 2, 3, 4],
                   help="quad class (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material "
                        "conflict); may be repeated")
    p.add_argument("--plover", metavar="TYPE", help="PLOVER event type: ACCUSE, COOPERATE...")
    p.add_argument("--contains", metavar="WORDS", help="words in the supporting sentence (any case)")
    p.add_argument("--article", metavar="ID", help="only this article")
    p.add_argument("--sort", choices=list(q.EVENT_SORTS), default="day",
                   help="order: day (oldest first, default), -day (newest first), goldstein (most "
                        "conflictual first), -goldstein (most cooperative first); write --sort=-day for a "
                        "descending one")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N rows (default 0)")
    events_once(p)
    p.set_defaults(func=run_events)

    p = sub.add_parser("quotes", help="quotations in the store, by speaker, words, kind, dates")
    _common(p)
    _dates(p)
    p.add_argument("--speaker", metavar="ID|NAME", help="actor id or part of the speaker's name (any case)")
    p.add_argument("--contains", metavar="WORDS", help="words in the quotation (any case)")
    p.add_argument("--kind", choices=["direct", "indirect", "mixed"])
    p.add_argument("--article", metavar="ID", help="only this article")
    p.set_defaults(func=run_quotes)

    p = sub.add_parser("actors", help="the most present actors: articles, mentions, events")
    _common(p, limit=False)
    p.add_argument("--kind", choices=["state", "igo", "person", "organization", "group", "place"])
    p.add_argument("--country", metavar="ID", help="only actors of this country (e.g. RUS)")
    p.add_argument("--top", type=at_least(0, "all"), default=20, help="how many (default 20; 0 for all)")
    p.add_argument("--by", choices=["mentions", "articles", "events"], default="mentions",
                   help="order by (default: mentions)")
    events_once(p)
    p.set_defaults(func=run_actors)

    p = sub.add_parser("dyad", help="cooperation and conflict between two actors over time")
    p.add_argument("a", metavar="A", help="actor id (or ids, comma-separated)")
    p.add_argument("b", metavar="B", help="the other actor id(s)")
    _common(p, limit=False)
    _dates(p)
    p.add_argument("--by", choices=list(q.PERIODS), default="month", help="period (default: month)")
    p.add_argument("--country", action="store_true",
                   help="count the events of people and organisations acting for A or B too")
    events_once(p)
    p.set_defaults(func=run_dyad)


def _out(rows: list[dict[str, Any]], fmt: str, table_columns: list[str], limit: int = 0) -> int:
    """Write the rows; the query asked for one row more than ``limit``, to tell a cut from a fit."""
    cut = bool(limit) and len(rows) > limit
    write_rows(rows[:limit] if cut else rows, sys.stdout, fmt, table_columns if fmt == "table" else None)
    if cut:
        sys.stdout.flush()
        print(f"wirecoder: showing the first {limit:,} rows; more match (--limit 0 shows all)", file=sys.stderr)
    return 0


def _hint_actors(db: str, *values: str | None) -> None:
    """Say which actor ids the store does not hold (the query still runs: they may come later)."""
    ids = [i.strip() for v in values if v for i in v.split(",")]
    for hint in actor_hints(db, ids):
        print(f"wirecoder: {hint}", file=sys.stderr)


def run_events(args: argparse.Namespace) -> int:
    check_codes(cameo=args.cameo, root=args.root, plover=args.plover)
    _hint_actors(args.db, args.source, args.target)
    rows = q.events(args.db, source=args.source, target=args.target, cameo=args.cameo, root=args.root,
                    quad_class=args.quad, plover=args.plover, since=args.since, until=args.until,
                    contains=args.contains, country=args.country, article=args.article,
                    limit=args.limit + 1 if args.limit else None, per_report=args.per_report,
                    event_key=event_key(args), offset=args.offset, sort=args.sort)
    return _out(rows, args.format, EVENT_COLUMNS if args.per_report else EVENT_COLUMNS[:-2] + ONCE_COLUMNS,
                args.limit)


def run_quotes(args: argparse.Namespace) -> int:
    rows = q.quotes(args.db, speaker=args.speaker, contains=args.contains, kind=args.kind,
                    since=args.since, until=args.until, article=args.article,
                    limit=args.limit + 1 if args.limit else None)
    return _out(rows, args.format, QUOTE_COLUMNS, args.limit)


def run_actors(args: argparse.Namespace) -> int:
    rows = q.actors(args.db, kind=args.kind, top=args.top or None, by=args.by, country=args.country,
                    per_report=args.per_report, event_key=event_key(args))
    return _out(rows, args.format, ACTOR_COLUMNS)


def dyad_table(rows: list[dict[str, Any]], a: str, b: str, width: int = 20) -> str:
    """The dyad for a terminal: one line per period with each direction's quad-class counts and mean
    Goldstein under a grouped header, a bar of all events, then sparklines of counts and Goldstein."""
    labels = {"ab": f"{a} > {b}", "ba": f"{b} > {a}", "total": "all"}
    subs = {"ab": ["q1", "q2", "q3", "q4", "gs"], "ba": ["q1", "q2", "q3", "q4", "gs"], "total": ["n", "gs"]}
    keys = {"q1": "_q1", "q2": "_q2", "q3": "_q3", "q4": "_q4", "gs": "_goldstein", "n": "_n"}

    def cell(value: Any) -> str:
        return "" if value is None else f"{value:+.1f}" if isinstance(value, float) else str(value)

    peak = max((r["total_n"] for r in rows), default=0)
    body = [[str(r["period"])] + [cell(r[s + keys[k]]) for s in q.SERIES for k in subs[s]] for r in rows]
    heads = ["period"] + [k for s in q.SERIES for k in subs[s]]
    widths = [max([len(h)] + [len(line[i]) for line in body]) for i, h in enumerate(heads)]
    # Column groups: the period, each series, then the bar; a series' label spans its columns.
    groups, i = [(["period"], widths[:1])], 1
    for s in q.SERIES:
        groups.append(([labels[s]], widths[i:i + len(subs[s])]))
        i += len(subs[s])

    def join(cells: list[str], right: bool = True) -> str:
        parts, i = [], 0
        for _, ws in groups:
            chunk = cells[i:i + len(ws)]
            parts.append(" ".join(c.rjust(w) if right and i else c.ljust(w) for c, w in zip(chunk, ws, strict=True)))
            i += len(ws)
        return " │ ".join(parts)

    def span(ws: list[int]) -> int:
        return sum(ws) + len(ws) - 1

    # Widen a series whose label is longer than its columns.
    for n, (label, ws) in enumerate(groups):
        short = len(label[0]) - span(ws)
        if short > 0:
            ws[0] += short
            groups[n] = (label, ws)
    top = " │ ".join(label[0].center(span(ws)) if n else " " * span(ws) for n, (label, ws) in enumerate(groups))
    out = [top + " │ events", join(heads) + " │", "─┼─".join("─" * span(ws) for _, ws in groups) + "─┼─" + "─" * width]
    out += [join(line) + " │ " + bar(r["total_n"], peak, width) for line, r in zip(body, rows, strict=True)]
    if not rows:
        out.append("(no events between them)")
        return "\n".join(out) + "\n"
    out.append("")
    name_width = max(len(v) for v in labels.values()) + 11
    for s in q.SERIES:
        counts = sparkline([r[f"{s}_n"] for r in rows], low=0)
        tone = sparkline([r[f"{s}_goldstein"] for r in rows], low=-10, high=10)
        out.append(f"{(labels[s] + ' events').ljust(name_width)} {counts}")
        out.append(f"{(labels[s] + ' goldstein').ljust(name_width)} {tone}")
    out.append("q1 verbal cooperation, q2 material cooperation, q3 verbal conflict, q4 material conflict;")
    out.append("gs mean Goldstein (-10 conflict to +10 cooperation); a symmetric event counts in both")
    out.append("directions and once in all.")
    return "\n".join(out) + "\n"


def run_dyad(args: argparse.Namespace) -> int:
    _hint_actors(args.db, args.a, args.b)
    rows = q.dyad(args.db, args.a, args.b, by=args.by, since=args.since, until=args.until,
                  country=args.country, per_report=args.per_report, event_key=event_key(args))
    if args.format == "table":
        sys.stdout.write(dyad_table(rows, args.a, args.b))
    else:
        write_rows(rows, sys.stdout, args.format, q.dyad_columns())
    return 0
