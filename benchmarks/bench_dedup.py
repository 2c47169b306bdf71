"""How much does one-a-day event deduplication change the counts on real news?

Codes the BBC corpus and Reuters-21578 from ``../shared/data/news`` into a store (once: a store that
is already there is reused; building it takes about half an hour of one core), then compares coded
reports with distinct events (``store/identity.py``) for both event keys::

    python benchmarks/bench_dedup.py --db /tmp/wirecoder-news.duckdb

Printed: articles stored and near-duplicates left out; coded reports; distinct events; reports per
event; the share of distinct events reported by more than one article and by more than one outlet;
then the events reported most often, to read what was merged.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from wirecoder.store import query

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = [SHARED / "data" / "news" / "bbc", SHARED / "data" / "news" / "reuters21578" / "sgm-data"]


def build(db: Path, workers: int) -> None:
    missing = [str(p) for p in CORPORA if not p.exists()]
    if missing:
        sys.exit(f"bench_dedup: {', '.join(missing)} not here (the shared data sets sit beside the checkout)")
    wirecoder = Path(sys.executable).with_name("wirecoder")
    began = time.perf_counter()
    subprocess.run([str(wirecoder), "ingest", "--db", str(db), "--workers", str(workers), "--quiet",
                    *map(str, CORPORA)], check=True)
    print(f"built {db} in {time.perf_counter() - began:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/wirecoder-news.duckdb"))
    parser.add_argument("--workers", type=int, default=1, help="ingest workers when building (default 1)")
    parser.add_argument("--top", type=int, default=8, help="how many of the most reported events to show")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.workers)
    con = duckdb.connect(str(args.db), read_only=True)
    articles, near = con.execute("SELECT count(*) FILTER (WHERE duplicate_of IS NULL), "
                                 "count(*) FILTER (WHERE duplicate_of IS NOT NULL) FROM articles").fetchone()  # type: ignore[misc]
    print(f"{args.db}: {articles:,} articles counted, {near:,} near-duplicates left out")
    print(f"{'event key':<10} {'reports':>8} {'events':>8} {'reports/event':>14} "
          f"{'in >1 article':>14} {'in >1 outlet':>13} {'s':>6}")
    for key in ("code", "root"):
        began = time.perf_counter()
        c = query.event_counts(con, event_key=key)
        took = time.perf_counter() - began
        events = max(1, c["events"])
        print(f"{key:<10} {c['reports']:>8,} {c['events']:>8,} {c['reports'] / events:>14.3f} "
              f"{c['in_several_articles'] / events:>14.1%} {c['in_several_sources'] / events:>13.1%} {took:>6.2f}")
    rows = query.events(con, limit=None)
    rows.sort(key=lambda r: (-r["num_articles"], str(r["day"]), r["event_id"]))
    print(f"\nthe {args.top} events reported by the most articles (event key: code):")
    for r in rows[:args.top]:
        print(f"  {r['day']}  {r['source'] or '-':<24} {r['target'] or '-':<24} {r['cameo']:<5} "
              f"{r['num_articles']:>3} articles, {r['num_sources']} outlet(s)  {r['sentence'][:70]!r}")
    con.close()


if __name__ == "__main__":
    main()
