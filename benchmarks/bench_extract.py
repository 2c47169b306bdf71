"""How fast is `extract`, beside bare spaCy on the same texts?

Times :meth:`wirecoder.Pipeline.extract_many` over the BBC politics articles in ``../shared`` next
to spaCy's own ``nlp.pipe`` with the same model and batch size, in the same run, and adds the stages
one at a time (reader only, + actors, + quotes, + events) so that each stage's cost shows::

    python benchmarks/bench_extract.py --limit 150 --repeat 3
    python benchmarks/bench_extract.py --limit 150 --repeat 7 --quick   # bare and full only

Every configuration is warmed up first; then each pass runs the configurations in turn on each
batch of texts (so that a busy neighbour slows all of them alike). Each row sums, over the batches,
the best time of the passes, in CPU seconds of this process, which other processes on a shared
machine barely move (wall seconds beside them). Words are spaCy's non-space tokens, counted once.

The rows' "x bare" divides two sums of best times that may come from different passes, and the
bare row alone moves by about 5% from run to run (the machine's speed drifts: frequency, caches,
neighbours), so one run cannot tell 0.89 from 0.91. The paired figure under the table is steadier:
in every pass and batch, bare spaCy and the full wirecoder (all stages) run back to back, one
straight after the other, with the one that goes first alternating from batch to batch (the other
configurations run before or after the pair, in a rotating order). A drift slower than one batch
then falls on both halves of a pair alike and cancels in their ratio. It reports, for the full
wirecoder, bare CPU seconds / wirecoder CPU seconds ("x bare", higher is faster):

- per pass: the ratio of the pass's summed bare time to its summed full time, median over the
  passes, with the lowest and highest pass;
- per batch: the median of every (pass, batch) pair's ratio, with the quartiles (IQR) across them.

``--quick`` runs only the pair (bare and full), so more passes fit in the same time.
"""

from __future__ import annotations

import argparse
import statistics
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
    parser.add_argument("--quick", action="store_true", help="only bare spaCy and the full wirecoder")
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

    BARE, FULL = "spaCy nlp.pipe (bare)", "wirecoder: + events (all)"
    configs: list[tuple[str, Callable[[list[str]], None]]] = [
        (BARE, lambda batch: consume(bare.pipe(batch, batch_size=batch_size))),
        *([] if args.quick else [
            ("wirecoder: reader only", run_wirecoder(())),
            ("wirecoder: reader + actors", run_wirecoder(("actors",))),
            ("wirecoder: + quotes", run_wirecoder(("actors", "quotes"))),
        ]),
        (FULL, run_wirecoder(("actors", "quotes", "events"))),
    ]
    for _, fn in configs:  # warm-up: first batches, lazily loaded data, caches
        fn(texts[: min(len(texts), 2 * batch_size)])

    # The machine may be shared: time CPU seconds of this process (what other processes do barely
    # moves them) as well as wall seconds, and interleave the configurations batch by batch so that
    # whatever noise is left falls on all of them alike. Bare and full run as one unit, back to back.
    chunks = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    units: list[list[tuple[str, Callable[[list[str]], None]]]] = [[configs[0], configs[-1]]]
    units += [[config] for config in configs[1:-1]]
    # For each configuration, pass and batch: CPU and wall seconds.
    cpu = {name: [[0.0] * len(chunks) for _ in range(args.repeat)] for name, _ in configs}
    wall = {name: [[0.0] * len(chunks) for _ in range(args.repeat)] for name, _ in configs}
    for r in range(args.repeat):
        for c, chunk in enumerate(chunks):
            k = (r + c) % len(units)
            for unit in units[k:] + units[:k]:  # rotate who goes first
                for name, fn in (unit if (r + c) % 2 == 0 else unit[::-1]):  # the pair: alternate
                    cpu_start, wall_start = time.process_time(), time.perf_counter()
                    fn(chunk)
                    cpu[name][r][c] = time.process_time() - cpu_start
                    wall[name][r][c] = time.perf_counter() - wall_start

    def best(times: list[list[float]]) -> float:
        """Summed over the batches, the fastest of the passes: the least disturbed measurement."""
        return sum(min(column) for column in zip(*times, strict=True))

    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} BBC politics articles, {words:,} words, {chars:,} characters; model {model}, "
          f"batch size {batch_size}; per batch the best of {args.repeat} interleaved passes, CPU seconds "
          f"(wall seconds in brackets)\n")
    header = f"{'configuration':<28} {'CPU s':>7} {'(wall s)':>9} {'words/s':>9} {'x bare':>7} {'+ previous':>11}"
    print(header)
    print("-" * len(header))
    bare_best = best(cpu[BARE])
    previous: float | None = None
    for name, _ in configs:
        fastest = best(cpu[name])
        added = f"{(fastest / previous - 1) * 100:+.1f}%" if previous else ""
        print(f"{name:<28} {fastest:>7.2f} {f'({best(wall[name]):.2f})':>9} {words / fastest:>9,.0f} "
              f"{bare_best / fastest:>7.2f} {added:>11}")
        previous = fastest

    per_pass = [sum(cpu[BARE][r]) / sum(cpu[FULL][r]) for r in range(args.repeat)]
    per_batch = [cpu[BARE][r][c] / cpu[FULL][r][c] for r in range(args.repeat) for c in range(len(chunks))]
    quartiles = statistics.quantiles(per_batch, n=4) if len(per_batch) > 1 else per_batch * 3
    print(f"\npaired, bare and full back to back in each pass and batch (CPU, x bare): "
          f"per pass median {statistics.median(per_pass):.3f} (min {min(per_pass):.3f}, "
          f"max {max(per_pass):.3f}, {len(per_pass)} passes); per batch median "
          f"{statistics.median(per_batch):.3f} (IQR {quartiles[0]:.3f}-{quartiles[2]:.3f}, "
          f"{len(per_batch)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
