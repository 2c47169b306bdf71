"""How fast is `extract`, beside bare spaCy on the same texts?

Times :meth:`wirecoder.Pipeline.extract_many` over the BBC politics articles in ``../shared`` next
to spaCy's own ``nlp.pipe`` with the same model and batch size, in the same run, and adds the stages
one at a time (reader only, + actors, + quotes, + events) so that each stage's cost shows::

    python benchmarks/bench_extract.py --limit 150 --repeat 3

Every configuration is warmed up first; then each pass runs the configurations in turn on each
batch of texts (so that a busy neighbour slows all of them alike). Each row sums, over the batches,
the best time of the passes, in CPU seconds of this process, which other processes on a shared
machine barely move (wall seconds beside them). Words are spaCy's non-space tokens, counted once.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy

import wirecoder
from wirecoder.settings import load_settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "data" / "news" / "bbc" / "politics"
REFERENCE_DATE = "2026-11-29"


def load_texts(limit: int | None) -> list[str]:
    paths = sorted(CORPUS.glob("*.txt"))[:limit]
    return [p.read_text("utf-8", errors="replace") for p in paths]


def consume(items: Iterable[object]) -> None:
    for _ in items:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per configuration (default 3)")
    args = parser.parse_args(argv)

    if not CORPUS.is_dir():  # the corpus is test data beside the checkout, not part of the product
        print("bench_extract: skipped: ../shared not found")
        return 0
    texts = load_texts(args.limit)
    settings = load_settings()
    model, batch_size = settings["pipeline"]["model"], int(settings["pipeline"]["batch_size"])
    bare = spacy.load(model)  # spaCy as shipped, without wirecoder's paragraph-break component
    words = sum(1 for doc in bare.pipe(texts, batch_size=batch_size) for t in doc if not t.is_space)

    def run_wirecoder(stages: tuple[str, ...]) -> Callable[[list[str]], None]:
        pipeline = wirecoder.load(stages=stages)
        return lambda batch: consume(pipeline.extract_many(batch, reference_date=REFERENCE_DATE))

    configs: list[tuple[str, Callable[[list[str]], None]]] = [
        ("spaCy nlp.pipe (bare)", lambda batch: consume(bare.pipe(batch, batch_size=batch_size))),
        ("wirecoder: reader only", run_wirecoder(())),
        ("wirecoder: reader + actors", run_wirecoder(("actors",))),
        ("wirecoder: + quotes", run_wirecoder(("actors", "quotes"))),
        ("wirecoder: + events (all)", run_wirecoder(("actors", "quotes", "events"))),
    ]
    for _, fn in configs:  # warm-up: first batches, lazily loaded data, caches
        fn(texts[: min(len(texts), 2 * batch_size)])

    # The machine may be shared: time CPU seconds of this process (what other processes do barely
    # moves them) as well as wall seconds, and interleave the configurations batch by batch so that
    # whatever noise is left falls on all of them alike.
    chunks = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    # For each configuration and batch, the fastest of the passes: the least disturbed measurement.
    cpu = {name: [float("inf")] * len(chunks) for name, _ in configs}
    wall = {name: [float("inf")] * len(chunks) for name, _ in configs}
    for r in range(args.repeat):
        for c, chunk in enumerate(chunks):
            k = (r + c) % len(configs)
            for name, fn in configs[k:] + configs[:k]:  # rotate who goes first
                cpu_start, wall_start = time.process_time(), time.perf_counter()
                fn(chunk)
                cpu[name][c] = min(cpu[name][c], time.process_time() - cpu_start)
                wall[name][c] = min(wall[name][c], time.perf_counter() - wall_start)

    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} BBC politics articles, {words:,} words, {chars:,} characters; model {model}, "
          f"batch size {batch_size}; per batch the best of {args.repeat} interleaved passes, CPU seconds "
          f"(wall seconds in brackets)\n")
    header = f"{'configuration':<28} {'CPU s':>7} {'(wall s)':>9} {'words/s':>9} {'x bare':>7} {'+ previous':>11}"
    print(header)
    print("-" * len(header))
    bare_best = sum(cpu[configs[0][0]])
    previous: float | None = None
    for name, _ in configs:
        best = sum(cpu[name])
        added = f"{(best / previous - 1) * 100:+.1f}%" if previous else ""
        print(f"{name:<28} {best:>7.2f} {f'({sum(wall[name]):.2f})':>9} {words / best:>9,.0f} "
              f"{bare_best / best:>7.2f} {added:>11}")
        previous = best
    return 0


if __name__ == "__main__":
    sys.exit(main())
