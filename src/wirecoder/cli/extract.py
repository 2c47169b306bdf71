"""`wirecoder extract FILE...`: one record as JSON per file (or JSON lines)."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InputError
from ..pipeline import load
from ..sources import Document, read_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="code dispatches; print one record per file as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    p.add_argument("--jsonl", action="store_true", help="one JSON line per file, in order")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="date that fixes the year of a dateline's day and month (default: today)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (YAML); may be given several times")
    p.add_argument("--model", help="another installed spaCy pipeline to use")
    p.add_argument("--settings", metavar="FILE", help="a settings.toml laid over the defaults")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    pipeline = load(model=args.model, actors=args.actors, settings=args.settings)
    failed = 0

    def documents():
        nonlocal failed
        for name in args.files:
            try:
                yield read_file(name)
            except InputError as exc:
                failed += 1
                print(f"wirecoder: {exc}", file=sys.stderr)

    def report(doc: Document) -> Document:
        for warning in doc.warnings:
            print(f"wirecoder: {doc.source}: {warning}", file=sys.stderr)
        return doc

    for result in pipeline.extract_many((report(d) for d in documents()),
                                        reference_date=args.reference_date):
        if isinstance(result, InputError):
            failed += 1
            print(f"wirecoder: {result}", file=sys.stderr)
            continue
        if args.jsonl:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0
