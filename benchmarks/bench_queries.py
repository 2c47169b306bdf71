"""Time the store's queries on a big store (make one with ``synth_store.py``).

    python benchmarks/synth_store.py --events 1000000 --db /tmp/synth.duckdb
    python benchmarks/bench_queries.py --db /tmp/synth.duckdb

Each query runs through the Python API (as the CLI calls it) on one read-only connection, ``--repeat``
times; the first run (cold: the file's pages not yet in DuckDB's buffer) and the best are printed
with the number of rows returned. The goal is under a second for each. Queries count each event once
(``store/identity.py``) unless marked ``--per-report``; the first lines say how many reports and
distinct events the store holds.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from wirecoder.store import query

GOAL_S = 1.0

# Typical questions: (label, function, keyword arguments).
CASES: list[tuple[str, Callable[..., list[dict[str, Any]]], dict[str, Any]]] = [
    ("dyad RUS CHN --by month", query.dyad, {"a": "RUS", "b": "CHN", "by": "month"}),
    ("dyad USA RUS --by week --since 2022-01-01", query.dyad,
     {"a": "USA", "b": "RUS", "by": "week", "since": "2022-01-01"}),
    ("dyad RUS CHN --by month --country", query.dyad, {"a": "RUS", "b": "CHN", "by": "month", "country": True}),
    ("events --source RUS --target NATO --since 2022-01-01", query.events,
     {"source": "RUS", "target": "NATO", "since": "2022-01-01"}),
    ("events --source RUS --country", query.events, {"source": "RUS", "country": True}),
    ("events --root 11 --quad 3", query.events, {"root": 11, "quad_class": 3}),
    ("events --plover ACCUSE --since 2023-03-01 --until 2023-03-31", query.events,
     {"plover": "ACCUSE", "since": "2023-03-01", "until": "2023-03-31"}),
    ("events --contains AUKUS", query.events, {"contains": "AUKUS"}),
    ("events --cameo 19 --source USA,GBR --limit 0", query.events,
     {"cameo": "19", "source": "USA,GBR", "limit": None}),
    ("events (no filter, first 100)", query.events, {}),
    ("quotes --speaker official-012 --contains AUKUS", query.quotes,
     {"speaker": "official-012", "contains": "AUKUS"}),
    ("actors --top 20", query.actors, {"top": 20}),
    ("actors --kind person --by events", query.actors, {"kind": "person", "by": "events"}),
    # The same questions counted per coded report rather than per event (identity.py).
    ("dyad RUS CHN --by month --per-report", query.dyad, {"a": "RUS", "b": "CHN", "by": "month", "per_report": True}),
    ("events --source RUS --country --per-report", query.events,
     {"source": "RUS", "country": True, "per_report": True}),
    ("events (no filter, first 100) --per-report", query.events, {"per_report": True}),
    ("actors --kind person --by events --per-report", query.actors,
     {"kind": "person", "by": "events", "per_report": True}),
    ("events --root 11 (event key: root)", query.events, {"root": 11, "event_key": "root"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/synth.duckdb"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, help="DuckDB threads (default: DuckDB's own choice)")
    args = parser.parse_args()
    con = duckdb.connect(str(args.db), read_only=True)
    if args.threads:
        con.execute(f"SET threads = {args.threads}").fetchall()
    n_events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    threads = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
    print(f"{args.db}: {n_events:,} events; DuckDB {duckdb.__version__}, {threads} threads, "
          f"{os.cpu_count()} CPUs")
    began = time.perf_counter()
    counts = query.event_counts(con)
    print(f"{counts['reports']:,} reports (near-duplicates left out) of {counts['events']:,} distinct events "
          f"({counts['reports'] / max(1, counts['events']):.2f} reports per event; "
          f"{counts['in_several_articles'] / max(1, counts['events']):.1%} seen in more than one article); "
          f"counted in {time.perf_counter() - began:.2f} s")
    print(f"{'query':<58} {'rows':>6} {'first s':>8} {'best s':>8}")
    slow = 0
    for label, fn, kwargs in CASES:
        times = []
        for _ in range(max(1, args.repeat)):
            began = time.perf_counter()
            rows = fn(con, **kwargs)
            times.append(time.perf_counter() - began)
        slow += max(times) > GOAL_S
        print(f"{label:<58} {len(rows):>6} {times[0]:>8.3f} {min(times):>8.3f}")
    print(f"{len(CASES) - slow} of {len(CASES)} queries under {GOAL_S:.0f} s on every run")
    con.close()


if __name__ == "__main__":
    main()
