"""`wirecoder extract FILE...`: one record as JSON per item (or JSON lines).

Each file is read by the reader for its kind, as ``ingest`` reads it (``sources/registry.py``): an
HTML page (also ``.html.gz``) gives its main text, a feed, a JSONL file, a WARC archive or a Reuters
SGML file one record per entry, line or record; plain text and ``-`` (standard input) one record.
A file or item that cannot be read or coded is reported on stderr as ``wirecoder: PATH: reason`` and
the others still come out, in order; the exit status is then 3 (1 when none came out).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date

from ..dates import parse_date
from ..errors import DateError, InputError
from ..record import write_json
from ..sources import Document, file_bytes_for
from ..sources.registry import documents
from . import add_pipeline_options, add_rule_options, outcome_status


def iso_date(value: str) -> date:
    """argparse type for --reference-date: a bad date is a usage error, not a traceback."""
    try:
        day = parse_date(value)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert day is not None
    return day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="code dispatches; print one record per file as JSON")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="dispatches: text, HTML pages, feeds, JSONL, WARC, Reuters SGML (also gzipped); "
                        "- reads standard input")
    p.add_argument("--jsonl", action="store_true", help="one JSON line per item, in order")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", type=iso_date,
                   help="date that fixes the year of a dateline's day and month (default: today)")
    add_pipeline_options(p)
    add_rule_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..pipeline import load  # here, not at import: other commands start without spaCy

    pipeline = load(model=args.model, actors=args.actors, settings=args.settings, patterns=args.patterns,
                    cues=args.cues, stance=args.stance)
    failed = 0

    def report(exc: InputError) -> None:
        nonlocal failed
        failed += 1
        print(f"wirecoder: {exc}", file=sys.stderr)

    def read() -> Iterator[Document]:
        # a file over 8 x the --settings max_chars is refused before it is read, by every reader
        for doc in documents(args.files, on_error=report, max_bytes=file_bytes_for(pipeline.max_chars)):
            for warning in doc.warnings:
                print(f"wirecoder: {doc.source}: {warning}", file=sys.stderr)
            yield doc

    indent = None if args.jsonl else 2
    written = 0
    for result in pipeline.extract_many(read(), reference_date=args.reference_date):
        if isinstance(result, InputError):
            report(result)
            continue
        for warning in result.warnings:  # the reader's were said above; the pipeline's (language) here
            if warning.startswith("language "):
                print(f"wirecoder: {result.source or '<text>'}: {warning}", file=sys.stderr)
        # written piece by piece, never built whole: the peak of a very long text's run (record.py)
        write_json(result, sys.stdout, indent)
        sys.stdout.write("\n")
        sys.stdout.flush()
        written += 1
    return outcome_status(written, failed)
