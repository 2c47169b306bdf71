"""`wirecoder export OUT`: the store to JSONL records, Parquet, CSV or GDELT TSV (see ``export.py``)."""

from __future__ import annotations

import argparse
import sys

from ..errors import WirecoderError
from ..export import EXPORT_FORMATS, STDOUT, TABLES, OutputExists, export, format_for
from ..store import DEFAULT_DB
from .query import event_key, events_once


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write the store to .jsonl, .parquet, .csv or GDELT TSV")
    p.add_argument("out", metavar="OUT", help="the file to write; its suffix chooses the format "
                                              "(.jsonl, .parquet, .csv, .gdelt.tsv); - for standard "
                                              "output (with --format)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    p.add_argument("--format", choices=EXPORT_FORMATS, help="override the format the suffix names")
    p.add_argument("--table", choices=TABLES, default="events",
                   help="for .parquet and .csv: which table (default: events)")
    p.add_argument("--include-duplicates", action="store_true",
                   help="keep near-duplicate articles (left out by default, as in queries)")
    events_once(p)
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fmt = format_for(args.out, args.format)
    try:
        n = export(args.db, args.out, fmt=fmt, table=args.table, include_duplicates=args.include_duplicates,
                   per_report=args.per_report, event_key=event_key(args), force=args.force)
    except OutputExists as exc:
        raise WirecoderError(f"{exc.path}: already exists; give --force to replace it") from None
    what = {"jsonl": "records", "gdelt": "event reports" if args.per_report else "events"}.get(fmt, f"{args.table} rows")
    where = "standard output" if args.out == STDOUT else args.out
    print(f"wirecoder: wrote {n:,} {what} to {where} ({fmt})", file=sys.stderr)
    return 0
