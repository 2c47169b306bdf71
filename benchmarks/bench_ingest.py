"""How fast is `wirecoder ingest`, and how much memory does it take, beside bare spaCy?

Ingests the BBC corpus in ``../shared`` (or ``--limit N`` articles of it, spread over its five
sections) with 1 and with 2 worker processes, through the command line as a user runs it, and times
spaCy's own ``nlp.pipe`` (same model, same batch size; 1 and 2 processes) on the same texts in the
same run. Then it ingests the corpus again at 4x its size (each article four times, each copy with
a small edit so that it is a new text: exact copies would be skipped before any NLP; the edited
copies are coded and stored as near-duplicates) to show that peak memory does not grow with the
corpus::

    python benchmarks/bench_ingest.py --limit 300

A row for ``extract_many`` in one process, without the store, shows what the ingest machinery adds.

Rates: articles (and words) per second of coding, the pipelines' loading left out (ingest reports
it apart). Memory: the peak, sampled every 0.1 s, of the resident memory of the ingest process plus
its workers (psutil).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "data" / "news" / "bbc"


def pick(limit: int | None) -> list[Path]:
    files = sorted(p for p in CORPUS.rglob("*.txt") if p.name[0].isdigit())
    if limit and limit < len(files):
        step = len(files) / limit  # evenly spaced: every section is represented
        files = [files[int(i * step)] for i in range(limit)]
    return files


def write_corpus(files: list[Path], folder: Path, copies: int) -> int:
    """Write ``copies`` versions of each file under ``folder``; returns the number of words."""
    words = 0
    for k in range(copies):
        for path in files:
            text = path.read_text("utf-8", errors="replace")
            if k:  # a small edit: a new text, the same story
                text = text.replace("\n\n", f"\n\n(Edition {k + 1}) ", 1)
            target = folder / f"copy{k}" / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
            words += len(text.split())
    return words


class PeakRSS:
    """Peak of the summed RSS of a process and its children, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.done.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass
            self.done.wait(0.1)

    def stop(self) -> int:
        self.done.set()
        self.thread.join()
        return self.peak


def run_ingest(folder: Path, workers: int, db: Path) -> tuple[dict, int, float]:
    command = [sys.executable, "-m", "wirecoder", "ingest", str(folder), "--db", str(db), "--workers",
               str(workers), "--quiet", "--json", "--reference-date", "2005-06-01"]
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    sampler = PeakRSS(proc.pid)
    out, _ = proc.communicate()
    peak = sampler.stop()
    if proc.returncode:
        sys.exit(f"ingest failed: {' '.join(command)}")
    return json.loads(out), peak, time.monotonic() - start


def bare_spacy(texts: list[str], n_process: int) -> float:
    """Seconds for nlp.pipe over ``texts`` (model loaded and warmed up beforehand)."""
    from wirecoder.nlp import load_nlp
    from wirecoder.settings import load_settings

    settings = load_settings()["pipeline"]
    nlp = load_nlp(settings["model"])
    list(nlp.pipe(texts[:20], batch_size=settings["batch_size"]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings["batch_size"], n_process=n_process):
        pass
    return time.perf_counter() - start


def bare_extract(texts: list[str]) -> float:
    """Seconds for wirecoder's extract_many over ``texts`` in this process, no store: what ingest adds
    on top of it (reading files, MinHash, writing DuckDB, moving records between processes) is the gap."""
    import wirecoder

    pipeline = wirecoder.load()
    list(pipeline.extract_many(texts[:20], reference_date="2005-06-01"))
    start = time.perf_counter()
    for _ in pipeline.extract_many(texts, reference_date="2005-06-01"):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="articles of the BBC corpus to use (default: all 2,225)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--scale", type=int, default=4, help="the larger corpus, in copies (default 4)")
    args = parser.parse_args()
    if not CORPUS.is_dir():  # the corpus is test data beside the checkout, not part of the product
        print("bench_ingest: skipped: ../shared not found")
        return
    files = pick(args.limit)
    texts = [p.read_text("utf-8", errors="replace") for p in files]
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        base, scaled = Path(tmp) / "x1", Path(tmp) / f"x{args.scale}"
        words = write_corpus(files, base, 1)
        write_corpus(files, scaled, args.scale)
        print(f"corpus: {len(files)} BBC articles, {words:,} words; {args.scale}x: {len(files) * args.scale}"
              " articles\n")
        print(f"{'run':34} {'articles/s':>10} {'words/s':>9} {'vs spaCy':>8} {'peak RSS':>9} {'wall s':>7}")
        bare: dict[int, float] = {}
        for n in sorted(set(args.workers)):
            seconds = bare_spacy(texts, n)
            bare[n] = len(texts) / seconds
            print(f"{f'bare spaCy nlp.pipe, {n} process(es)':34} {bare[n]:10.1f} {words / seconds:9.0f}")
        seconds = bare_extract(texts)
        print(f"{'extract_many (no store), 1 process':34} {len(texts) / seconds:10.1f} {words / seconds:9.0f} "
              f"{len(texts) / seconds / bare[min(bare)]:8.2f}")
        rows = [(w, base, 1) for w in args.workers] + [(max(args.workers), scaled, args.scale)]
        for workers, folder, copies in rows:
            summary, peak, wall = run_ingest(folder, workers, Path(tmp) / f"w{workers}x{copies}.duckdb")
            rate = summary["articles_per_s"]
            label = f"ingest {copies}x, {workers} worker(s)"
            print(f"{label:34} {rate:10.1f} {rate * words / len(files):9.0f} "
                  f"{rate / bare.get(workers, bare[min(bare)]):8.2f} {peak / 2**20:8.0f}M {wall:7.1f}"
                  f"   ({summary['stored']} stored, {summary['near_duplicates']} near-dup, "
                  f"{summary['failed']} failed, {summary['startup_s']:.1f} s loading)")


if __name__ == "__main__":
    main()
