"""Does a worker's memory grow with what it coded before, or with what the shard holds? (issue 12)

Codes the shards of ``bench_lake.py``'s subset one after another in this process, as a worker does, and
prints for each shard the peak RSS while it was coded and the RSS after; ``--reverse`` codes the same
shards in the opposite order::

    python benchmarks/lake_shard_memory.py --limit 480 --shard-size 120
    python benchmarks/lake_shard_memory.py --limit 480 --shard-size 120 --reverse

If memory grew with the corpus coded, the last shard would peak highest in both orders; if a shard's
peak is its own (its longest texts), a shard keeps its peak in either order.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=480, help="articles (half BBC, half Reuters, in turn)")
    parser.add_argument("--shard-size", type=int, default=120)
    parser.add_argument("--reverse", action="store_true", help="code the shards last first")
    args = parser.parse_args()
    from bench_lake import BBC, REFERENCE_DATE, REUTERS, corpus

    import wirecoder
    from wirecoder.lake import code_shard, plan_shards

    if not (BBC.is_dir() and REUTERS.is_dir()):
        print(f"skipped: BBC or Reuters-21578 not found beside the checkout ({BBC.parent})")
        return
    proc = psutil.Process()
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], proc.memory_info().rss)
            done.wait(0.05)

    with tempfile.TemporaryDirectory(prefix="lake-shard-memory-") as tmp:
        sources, n = corpus(args.limit, Path(tmp))
        shards, _ = plan_shards(sources, args.shard_size)
        order = list(enumerate(shards))[::-1] if args.reverse else list(enumerate(shards))
        pipeline = wirecoder.load()
        print(f"{n} articles, {len(shards)} shards of {args.shard_size}, "
              f"{'last first' if args.reverse else 'in order'}; {proc.memory_info().rss / 2**20:.0f} MB loaded")
        print(f"{'shard':>5} {'seconds':>8} {'peak MB':>8} {'after MB':>9}")
        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        for i, (name, specs) in order:
            peak[0] = proc.memory_info().rss
            began = time.monotonic()
            code_shard(specs, str(Path(tmp) / "lake"), name, pipeline=pipeline,
                       reference_date=date.fromisoformat(REFERENCE_DATE))
            print(f"{i:>5} {time.monotonic() - began:>8.1f} {peak[0] / 2**20:>8.0f} "
                  f"{proc.memory_info().rss / 2**20:>9.0f}", flush=True)
        done.set()
        thread.join()


if __name__ == "__main__":
    main()
