"""`wirecoder extract FILE...`: one record as JSON per file (or JSON lines).

A file that cannot be read or coded is reported on stderr as ``wirecoder: PATH: reason`` and the
others still come out, in order; the exit status is then 3 (1 when none came out). ``-`` reads standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date

from .. import errors
from ..errors import InputError
from ..sources import Document, read_file
from . import add_pipeline_options, outcome_status


def iso_date(value: str) -> date:
    """argparse type for --reference-date: a bad date is a usage error, not a traceback."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(errors.BAD_DATE.format(value=value)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="code dispatches; print one record per file as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    p.add_argument("--jsonl", action="store_true", help="one JSON line per file, in order")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", type=iso_date,
                   help="date that fixes the year of a dateline's day and month (default: today)")
    add_pipeline_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..pipeline import load  # here, not at import: other commands start without spaCy

    pipeline = load(model=args.model, actors=args.actors, settings=args.settings)
    failed = 0

    def documents() -> Iterator[Document]:
        nonlocal failed
        for name in args.files:
            try:
                doc = read_file(name, max_bytes=8 * pipeline.max_chars)  # 8 x the --settings max_chars, as documented
            except InputError as exc:
                failed += 1
                print(f"wirecoder: {exc}", file=sys.stderr)
                continue
            for warning in doc.warnings:
                print(f"wirecoder: {doc.source}: {warning}", file=sys.stderr)
            yield doc

    indent = None if args.jsonl else 2
    written = 0
    for result in pipeline.extract_many(documents(), reference_date=args.reference_date):
        if isinstance(result, InputError):
            failed += 1
            print(f"wirecoder: {result}", file=sys.stderr)
            continue
        for warning in result.warnings:  # the reader's were said above; the pipeline's (language) here
            if warning.startswith("language "):
                print(f"wirecoder: {result.source or '<text>'}: {warning}", file=sys.stderr)
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=indent) + "\n")
        sys.stdout.flush()
        written += 1
    return outcome_status(written, failed)
