"""`wirecoder ingest SOURCE...`: a corpus into the store, with progress, resumable (see ``ingest.py``)."""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..ingest import ENGINE_NAMES, IngestSummary, Interrupted, ingest
from ..lake.engine import SHARD_SIZE
from ..store import DEFAULT_DB
from . import FAILED, USAGE, add_pipeline_options, add_rule_options, at_least, outcome_status
from .extract import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help="code a corpus (files, directories, globs) into the store; rerun to resume",
        description="Read dispatches (.txt, .html, .html.gz, .rss/.atom/.xml feeds, .jsonl, .warc(.gz), "
                    "Reuters .sgm), code every new one and store it. Items already in the store's "
                    "ingest log are skipped, so a rerun resumes where the last one stopped.")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files, directories (read recursively) or globs")
    p.add_argument("--db", metavar="PATH", help=f"the store (default: ./{DEFAULT_DB}); not with --lake")
    p.add_argument("--workers", type=at_least(1), default=max(1, min(4, (os.cpu_count() or 1))), metavar="N",
                   help="processes coding texts, one pipeline each (default: CPUs, at most 4)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", type=iso_date,
                   help="date that fixes the year of a dateline's day and month (default: today)")
    p.add_argument("--batch-size", type=at_least(1), metavar="N",
                   help="records written per transaction: a kill loses at most one batch (default: 100); "
                        "with --lake the unit written is a shard: see --shard-size")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    p.add_argument("--engine", choices=ENGINE_NAMES, default="processes",
                   help="processes: workers fed item by item (default); dask: files coded in shards by Dask "
                        "(local processes, or the cluster at --scheduler), then loaded")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a Dask scheduler (tcp://host:8786) whose workers see the files")
    p.add_argument("--lake", metavar="DIR",
                   help="code into a lake folder (Parquet shards, then duplicates settled and compacted) instead "
                        "of --db; queries take the folder as --db")
    p.add_argument("--shard-size", type=at_least(1), default=SHARD_SIZE, metavar="N",
                   help=f"with --lake: articles per shard, the unit a task codes and writes, so a kill loses "
                        f"at most one shard per worker (default: {SHARD_SIZE})")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_pipeline_options(p)
    add_rule_options(p)
    p.set_defaults(func=run)

    load = sub.add_parser("load", help="copy a lake (ingest --lake) into a store file",
                          description="Bulk-load a lake's compacted tables into a new or empty DuckDB store file.")
    load.add_argument("--lake", required=True, metavar="DIR", help="the lake folder")
    load.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the store (default: ./{DEFAULT_DB})")
    load.set_defaults(func=run_load)


def run_lake(args: argparse.Namespace) -> int:
    from ..lake import ingest_lake

    # A lake and a store file are two different stores: coding into one and loading the other is two
    # commands (`wirecoder load` copies a lake into a file), so a rerun of either resumes on its own.
    # A lake writes whole shards, so --batch-size (records per transaction) has no meaning there.
    for flag, given in (("--db", args.db), ("--batch-size", args.batch_size)):
        if given is not None:
            hint = ("code into the lake, then `wirecoder load --lake DIR --db FILE`" if flag == "--db"
                    else "a lake writes whole shards: use --shard-size")
            print(f"wirecoder: {flag} cannot be combined with --lake ({hint})", file=sys.stderr)
            return USAGE
    summary = ingest_lake(args.sources, args.lake, engine=args.engine, workers=args.workers,
                          scheduler=args.scheduler, shard_size=args.shard_size, reference_date=args.reference_date,
                          model=args.model, actors=args.actors, settings=args.settings, patterns=args.patterns,
                          cues=args.cues, stance=args.stance)
    print(json.dumps(summary.to_dict(), indent=2) if args.json else summary.format())
    for error in summary.errors:
        print(f"wirecoder: {error}", file=sys.stderr)
    if summary.shards == 0:
        print(f"wirecoder: nothing to ingest: no files found in {' '.join(args.sources)}", file=sys.stderr)
        return FAILED
    # Shards done before count as done: a rerun with nothing new is a success.
    return outcome_status(summary.read - summary.failed + summary.shards_skipped, summary.failed)


def run_load(args: argparse.Namespace) -> int:
    from ..lake import load_lake

    counts = load_lake(args.lake, args.db)
    print(f"loaded {args.lake} into {args.db}: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    return 0


def run(args: argparse.Namespace) -> int:
    if args.lake:
        return run_lake(args)
    try:
        summary = ingest(args.sources, db=args.db or DEFAULT_DB, workers=args.workers,
                         reference_date=args.reference_date, batch_size=args.batch_size or 100, quiet=args.quiet, model=args.model, actors=args.actors,
                         settings=args.settings, patterns=args.patterns, cues=args.cues, stance=args.stance,
                         engine=args.engine,
                         scheduler=args.scheduler)
    except Interrupted as stopped:
        _print(stopped.summary, args.json)
        print(f"wirecoder: interrupted ({stopped.summary.interrupted}): {stopped.summary.processed:,} items "
              "committed in this run are kept; rerun the same command to resume", file=sys.stderr)
        return 128 + stopped.signum
    _print(summary, args.json)
    if summary.read == 0:
        print(f"wirecoder: nothing to ingest: no files found in {' '.join(args.sources)}", file=sys.stderr)
        return FAILED
    # Items done before count as done: a rerun with nothing new is a success.
    return outcome_status(summary.done - summary.failed, summary.failed)


def _print(summary: IngestSummary, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary.to_dict(), indent=2))
    else:
        print(summary.format())
    sys.stdout.flush()
