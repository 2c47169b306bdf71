"""What does event coding add to `extract`? Measured on the BBC politics articles in ``../shared``::

    python benchmarks/bench_events.py --limit 150 --repeat 3

Two figures:

- **isolated**: the documents are parsed and given actors and quotes once; then only
  ``code_events`` is timed over them (best of ``--repeat`` passes). This is the stage's own cost.
- **end to end**: ``extract_many`` with stages ``actors, quotes`` against all stages, passes
  alternating so that a busy machine slows both alike; best pass each, in CPU seconds of this
  process (wall time on a shared machine swings too much to compare a few per cent).

Both are reported as a share of the ``actors, quotes`` extract time (the goal: at most 10%).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import wirecoder
from wirecoder.article import read_article
from wirecoder.events import code_events
from wirecoder.quotes import find_quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "data" / "news" / "bbc" / "politics"
REFERENCE_DATE = "2026-11-29"


def consume(items: Iterable[object]) -> int:
    return sum(1 for _ in items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="use the first N articles (default 150)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (default 3)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"bench_events: {CORPUS} is not here; skipped", file=sys.stderr)
        return 0
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(CORPUS.glob("*.txt"))[:args.limit]]

    full = wirecoder.load()
    without = wirecoder.load(stages=("actors", "quotes"))
    from datetime import date

    ref = date.fromisoformat(REFERENCE_DATE)
    prepared = []
    for doc, text in zip(full.nlp.pipe(texts, batch_size=full.batch_size), texts, strict=True):
        article = read_article(text, ref)
        actors = full.find_actors(doc, article)
        prepared.append((doc, article, actors, find_quotes(doc, article, actors)))
    words = sum(1 for doc, *_ in prepared for t in doc if not t.is_space)

    isolated = []
    n_events = 0
    for _ in range(args.repeat):
        start = time.process_time()
        n_events = sum(len(code_events(*item)) for item in prepared)
        isolated.append(time.process_time() - start)

    consume(without.extract_many(texts[:10], reference_date=REFERENCE_DATE))  # warm up both
    consume(full.extract_many(texts[:10], reference_date=REFERENCE_DATE))
    base, everything = [], []
    for _ in range(args.repeat):
        start = time.process_time()
        consume(without.extract_many(texts, reference_date=REFERENCE_DATE))
        base.append(time.process_time() - start)
        start = time.process_time()
        consume(full.extract_many(texts, reference_date=REFERENCE_DATE))
        everything.append(time.process_time() - start)

    b, e, i = min(base), min(everything), min(isolated)
    print(f"{len(texts)} articles, {words:,} words, {n_events} events")
    print(f"extract actors+quotes  {b:7.2f} CPU s  {words / b:9,.0f} words/s")
    print(f"extract all stages     {e:7.2f} CPU s  {words / e:9,.0f} words/s  (+{(e - b) / b:.1%} end to end)")
    print(f"code_events alone      {i:7.3f} CPU s  (+{i / b:.1%} of actors+quotes extract)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
