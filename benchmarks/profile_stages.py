"""Where does wirecoder's own time go? cProfile of the stages on documents parsed once.

Parses the first BBC politics articles that ``bench_extract.py`` times, once, then profiles only the
wirecoder components (actors, quotes, events) over them, so that spaCy's own work is left out. Call
counts hardly move from run to run, so they compare two versions of the code even on a busy
machine, where seconds do not::

    python benchmarks/profile_stages.py --limit 150 --out /tmp/stages.prof
    python -c "import pstats; pstats.Stats('/tmp/stages.prof').sort_stats('cumulative').print_stats(40)"

With ``--repeat N`` it then runs the stages N more times without the profiler and prints each
stage's CPU seconds, the best of the N runs (the profiler slows Python code several times over).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

import wirecoder
from wirecoder.article import read_article
from wirecoder.components import ARTICLE
from wirecoder.dates import parse_date

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import CORPUS, REFERENCE_DATE, load_texts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="BBC articles (default 150)")
    parser.add_argument("--out", type=Path, help="write the profile here (pstats format)")
    parser.add_argument("--repeat", type=int, default=0, help="unprofiled runs to time each stage (best of N)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():  # the corpus is test data beside the checkout, not part of the product
        print("profile_stages: skipped: ../shared not found")
        return 0
    texts = load_texts(args.limit)
    pipeline = wirecoder.load()
    reference = parse_date(REFERENCE_DATE, "reference_date")
    docs = list(pipeline.nlp.pipe(texts, batch_size=pipeline.batch_size))
    articles = [read_article(t, reference) for t in texts]

    def run(cpu: list[float] | None = None) -> None:
        for doc, article in zip(docs, articles, strict=True):
            doc._.set(ARTICLE, article)
            for k, component in enumerate(pipeline.components):
                start = time.process_time()
                component(doc)
                if cpu is not None:
                    cpu[k] += time.process_time() - start

    run()  # warm-up: lazily loaded data, remembered look-ups
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    stats = pstats.Stats(profile)
    print(f"{len(texts)} articles: {stats.total_calls:,} calls, {stats.total_tt:.2f} profiled seconds")
    for name, component in zip(pipeline.stages, pipeline.components, strict=True):
        key = next(k for k in stats.stats if k[2] == "__call__" and k[1] == type(component).__call__.__code__.co_firstlineno
                   and k[0].endswith("components.py"))
        print(f"  {name:<7} {stats.stats[key][3]:6.2f} s")
    if args.repeat > 0:
        best = [float("inf")] * len(pipeline.components)
        for _ in range(args.repeat):
            cpu = [0.0] * len(pipeline.components)
            run(cpu)
            best = [min(b, c) for b, c in zip(best, cpu, strict=True)]
        print(f"unprofiled, CPU seconds, best of {args.repeat} (load average {os.getloadavg()[0]:.1f}): "
              + ", ".join(f"{name} {b:.3f}" for name, b in zip(pipeline.stages, best, strict=True))
              + f"; all {sum(best):.3f}")
    if args.out:
        profile.dump_stats(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
