"""How much the quotes stage adds to ``extract``: actors only vs actors + quotes, on BBC politics.

    python benchmarks/bench_quotes.py [--files 150] [--rounds 2]

Both pipelines code the same files with ``extract_many``; rounds alternate so that a busy machine
hurts both alike, and the best round of each counts. Times are this process's CPU seconds
(``time.process_time``), which other work on a shared machine disturbs less than wall time. The
quotes stage is also timed alone, on the same parsed documents. The data is ``../shared/data/news/bbc/politics``
beside the checkout (evaluation data, never packaged); without it the script says so and stops.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import wirecoder

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "bbc" / "politics"


def timed(pipeline: wirecoder.Pipeline, texts: list[str]) -> tuple[float, int]:
    start = time.process_time()
    quotes = sum(len(r.quotes) for r in pipeline.extract_many(texts) if isinstance(r, wirecoder.Record))
    return time.process_time() - start, quotes


def stage_alone(pipeline: wirecoder.Pipeline, texts: list[str]) -> tuple[float, float]:
    """CPU seconds of spaCy + reader + actors, and of the quotes stage alone, on the same docs."""
    from wirecoder.article import read_article
    from wirecoder.quotes import find_quotes

    start = time.process_time()
    parsed = [(doc, read_article(doc.text)) for doc in pipeline.nlp.pipe(texts)]
    tables = [pipeline.find_actors(doc, article) for doc, article in parsed]
    before = time.process_time() - start
    start = time.process_time()
    for (doc, article), actors in zip(parsed, tables, strict=True):
        find_quotes(doc, article, actors)
    return before, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    files = sorted(BBC.glob("*.txt"))[: args.files]
    if not files:
        print(f"bench_quotes: no BBC politics files at {BBC}; skipping")
        return 0
    texts = [f.read_text("utf-8", errors="replace") for f in files]
    words = sum(len(t.split()) for t in texts)
    base = wirecoder.load(stages=("actors",))
    with_quotes = wirecoder.load(stages=("actors", "quotes"))
    timed(base, texts[:5])  # warm up both (model load, data files)
    timed(with_quotes, texts[:5])
    best_base = best_quotes = float("inf")
    n_quotes = 0
    for _ in range(args.rounds):
        best_base = min(best_base, timed(base, texts)[0])
        seconds, n_quotes = timed(with_quotes, texts)
        best_quotes = min(best_quotes, seconds)
    print(f"{len(files)} files, {words} words, {n_quotes} quotes")
    print(f"actors          {best_base:7.2f} s  {words / best_base:8.0f} words/s")
    print(f"actors+quotes   {best_quotes:7.2f} s  {words / best_quotes:8.0f} words/s")
    print(f"quotes add      {100 * (best_quotes / best_base - 1):+6.1f} %  (extract_many, CPU time)")
    before, alone = stage_alone(with_quotes, texts)
    print(f"quotes stage alone {alone:6.2f} s = {100 * alone / before:5.1f} % of spaCy+reader+actors "
          f"({before:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
