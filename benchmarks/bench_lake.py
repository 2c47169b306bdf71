"""Scale-out of a lake ingest (issue 12): BBC plus Reuters-21578 coded into a lake by a Dask LocalCluster of
1 and then 2 workers (one thread each), and queries on a lake against the same queries on a DuckDB file.

    python benchmarks/bench_lake.py                          # the whole corpus, ~24k articles: hours
    python benchmarks/bench_lake.py --limit 1000             # a subset: half BBC, half Reuters, in turn
    python benchmarks/bench_lake.py --queries-only --synth /tmp/synth   # the queries alone, store kept
    python benchmarks/bench_lake.py --serial-only --synth /tmp/synth    # the serial step on a rerun

For each worker count: the cluster's start (workers up, pipeline loaded once per worker by the plugin),
then the stages as ``ingest_lake`` reports them: planning (listing sources, counting multi-item files'
items) and coding (the shards on the cluster), then the serial step (dedup over the whole lake +
compaction; then once more on the pairs it kept, as a rerun that adds nothing does), and ``load`` (the
lake into a DuckDB file). Peak RSS of each worker process is sampled,
over the whole coding and over its first half (flat memory: the second half adds nothing, a worker
holds one shard at a time). The serial fraction f = serial / (serial + coding on 1 worker) gives the
Amdahl speed-up 1 / (f + (1 - f) / n) at 16, 64 and 256 workers: a PROJECTION that assumes perfect
scheduling and a store fast enough, not a measurement.

Queries: ``synth_store.py`` makes a DuckDB file of ``--events`` synthetic events (default 1M); the same
tables are written as a lake's ``tables/`` (``wirecoder.lake.compact.write_tables``, laid out as the
serial step lays them out); each query of ``bench_queries.py`` runs on both in turn, ``--repeat``
times: the median wall time of each, their ratio, and the ratio of the medians of the process's CPU
time (DuckDB's threads included), which a busy machine moves less than the wall time. Goals (issue 12): >= 1.8x on 2 workers over 1;
serial step <= 5% of one worker's coding time; memory per worker flat in corpus size; lake queries
within 2x of the file's.

Serial step on a rerun (``--serial-only``): the synthetic store cut into ``--shards`` shards in order of
publication (the last one: the latest months, as a new day's files are), written as a lake's shards;
the serial step from scratch on all but the last, then again with the last added (incremental: only
the months it touches are rewritten), against the step from scratch on all of them; the two lakes'
tables must hold the same rows. The machine's CPU count is printed: 2 workers on a 2-core machine shared with
other jobs cannot show a speed-up.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BBC = SHARED / "data" / "news" / "bbc"
REUTERS = SHARED / "data" / "news" / "reuters21578" / "sgm-data"
REFERENCE_DATE = "2005-06-01"  # BBC's datelines are of 2004-2005; Reuters items carry their own dates


def corpus(limit: int | None, folder: Path) -> tuple[list[str], int]:
    """Sources for ``ingest_lake`` and the number of items: the corpus folders, or ``limit`` items (half
    BBC articles spread over its sections, half the first Reuters items) written as one JSONL file, the
    two in turn, so that every shard, and every quarter of a run, holds the same mix (a BBC article is
    longer, and its shard's peak memory higher: a subset with all of one first made the later quarters
    look like growth)."""
    bbc = sorted(p for p in BBC.rglob("*.txt") if p.name[0].isdigit())
    if not limit:
        from wirecoder.lake import pieces

        return [str(BBC), str(REUTERS)], len(bbc) + sum(pieces.count_items(str(p)) for p in REUTERS.glob("*.sgm"))
    n_bbc = min(len(bbc), limit // 2)
    from wirecoder.sources import Document
    from wirecoder.sources.registry import iter_items

    bbc_lines = [json.dumps({"text": path.read_text("utf-8", errors="replace"), "url": str(path)})
                 for path in (bbc[int(i * len(bbc) / n_bbc)] for i in range(n_bbc))]
    reuters_lines: list[str] = []
    for item in iter_items(sorted(REUTERS.glob("*.sgm"))):
        if len(reuters_lines) >= limit - n_bbc:
            break
        if isinstance(item, Document):
            meta = item.meta
            reuters_lines.append(json.dumps({"text": item.text, "title": meta.get("title"), "url": meta.get("item"),
                                             "published": str(meta["published"]) if meta.get("published") else None}))
    lines = [line for pair in itertools.zip_longest(bbc_lines, reuters_lines) for line in pair if line is not None]
    subset = folder / "subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", "utf-8")
    return [str(subset)], len(lines)


class WorkerRSS:
    """RSS of each worker process, sampled in a thread: (seconds since start, pid, bytes)."""

    def __init__(self, pids: list[int], lake: Path | None = None) -> None:
        self.procs = {pid: psutil.Process(pid) for pid in pids}
        self.lake = lake  # where finished shards leave their _DONE marker: progress on stderr each minute
        self.start = time.monotonic()
        self.samples: list[tuple[float, int, int]] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        shown = 0.0
        while not self.done.is_set():
            # A shard that never ends shows as a count that stops moving (one did, on a parse walk).
            if self.lake is not None and time.monotonic() - shown >= 60:
                shown = time.monotonic()
                done = len(list(self.lake.glob("shards/*/_DONE")))
                print(f"[{shown - self.start:6.0f} s] {done} shards done", file=sys.stderr, flush=True)
            for pid, p in self.procs.items():
                try:
                    self.samples.append((time.monotonic() - self.start, pid, p.memory_info().rss))
                except psutil.Error:
                    pass
            self.done.wait(0.2)

    def peaks(self, until: float = float("inf"), since: float = float("-inf")) -> list[int]:
        """Peak RSS of each worker (MB) over the samples from ``since`` to ``until`` seconds."""
        return [round(max((r for t, p, r in self.samples if p == pid and since < t <= until), default=0) / 2**20)
                for pid in self.procs]

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


def run(workers: int, sources: list[str], lake: Path, shard_size: int) -> dict:
    from distributed import Client, LocalCluster

    from wirecoder.lake import compact, ingest_lake, load_lake
    from wirecoder.lake.engine import pipeline_options
    from wirecoder.lake.plugin import LoadPipeline

    began = time.monotonic()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        client.register_plugin(LoadPipeline(pipeline_options()))  # the same options as ingest_lake's
        startup = time.monotonic() - began
        pids = list(client.run(os.getpid).values())
        rss = WorkerRSS(pids, lake)
        summary = ingest_lake(sources, lake, engine="dask", scheduler=cluster.scheduler_address,
                              shard_size=shard_size, reference_date=REFERENCE_DATE)
        rss.stop()
    halfway = summary.planning_s + summary.coding_s / 2
    # The peak of each worker in each quarter of the coding (the last one runs to the end): flat memory
    # is the same peak in the last quarters as in the first.
    bounds = [summary.planning_s + summary.coding_s * q / 4 for q in range(4)] + [float("inf")]
    quarters = [rss.peaks(since=a, until=b) for a, b in zip(bounds, bounds[1:], strict=False)]
    tasks = [json.loads(p.read_text("utf-8"))["seconds"] for p in lake.glob("shards/*/_DONE")]
    again = compact(lake)  # the serial step once more, on its kept pairs: no article is new
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        load_lake(lake, Path(tmp) / "loaded.duckdb")
        load_s = time.monotonic() - began
    c = summary.compaction
    return {"workers": workers, "startup_s": round(startup, 1), "planning_s": summary.planning_s,
            "coding_s": summary.coding_s, "task_s_sum": round(sum(tasks), 1), "shards": summary.shards,
            "read": summary.read, "failed": summary.failed, "dedup_s": c["dedup_s"], "write_s": c["write_s"],
            "serial_s": round(summary.planning_s + c["seconds"], 2), "load_s": round(load_s, 2),
            "pairs_scored": c["pairs_scored"], "again_dedup_s": again["dedup_s"], "again_write_s": again["write_s"],
            "again_pairs_scored": again["pairs_scored"],
            "articles": c["articles"], "near_duplicates": c["near_duplicates"], "events": c["events"],
            "peak_rss_mb": rss.peaks(), "first_half_rss_mb": rss.peaks(until=halfway),
            "quarter_rss_mb": [list(w) for w in zip(*quarters, strict=True)]}  # per worker: its peak in each quarter


def synth_lake(n_events: int, folder: Path, year_articles: int | None = None) -> tuple[Path, Path]:
    """A DuckDB file of ``n_events`` synthetic events in ``folder`` and the same tables written as a lake's
    ``tables/`` (``wirecoder.lake.compact.write_tables``, as the serial step writes them: a year of at
    most ``year_articles`` articles in one file per table, else a file a month; default the setting's);
    both kept in ``folder`` and reused by the next run that names it (``--synth DIR``)."""
    import synth_store

    from wirecoder.lake.compact import BY_MONTH, YEAR_ARTICLES, part_of, write_tables
    from wirecoder.lake.shard import SHARD_TABLES

    db, lake = folder / f"synth{n_events}.duckdb", folder / f"synth{n_events}_lake"
    if year_articles is not None and year_articles != YEAR_ARTICLES:
        lake = lake.with_name(f"{lake.name}_y{year_articles}")
    if not db.exists():
        began = time.monotonic()
        synth_store.build(db, n_events)
        print(f"{n_events:,} synthetic events made in {db} ({time.monotonic() - began:.0f} s)")
    if not (lake / "tables").is_dir():
        part = lake / "tables.part"
        if part.exists():
            import shutil

            shutil.rmtree(part)
        part.mkdir(parents=True)
        con = duckdb.connect()
        con.execute(f"ATTACH '{db}' AS s (READ_ONLY)")
        # Each article's partition, as the serial step decides it (a year in one file, or a file a month).
        years = YEAR_ARTICLES if year_articles is None else year_articles
        con.execute(f"CREATE TABLE parts AS SELECT id, {part_of('published', years)} AS part FROM s.articles")
        for name in SHARD_TABLES:
            if name == "articles":
                con.execute("CREATE VIEW articles_by_month AS SELECT a.*, p.part FROM s.articles a "
                            "JOIN parts p ON p.id = a.id")
            elif name in BY_MONTH:
                con.execute(f"CREATE VIEW {name}_by_month AS SELECT t.*, a.published, p.part FROM s.{name} t "
                            "JOIN s.articles a ON a.id = t.article_id JOIN parts p ON p.id = a.id")
            else:
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM s.{name}")
        began = time.monotonic()
        write_tables(con, part)
        con.close()
        part.rename(lake / "tables")
        print(f"the same tables written as a lake in {time.monotonic() - began:.0f} s")
    return db, lake


def synth_shards(n_events: int, n_shards: int, folder: Path) -> list[Path]:
    """The synthetic store's articles cut into ``n_shards`` shards in order of (published, id), each
    written as a lake's shard (its rows of every table, an ingest log, a ``_DONE`` manifest); made once
    in ``folder``. The synthetic store has no signatures: the step finds no near-duplicate to score."""
    from wirecoder.lake.shard import DONE, SHARD_TABLES, _sql_path
    from wirecoder.store.schema import TABLES

    db, _ = synth_lake(n_events, folder)
    root = folder / f"synth{n_events}_shards{n_shards}"
    shards = [root / f"s{i:03d}" for i in range(n_shards)]
    if all((s / DONE).exists() for s in shards):
        return shards
    con = duckdb.connect()
    con.execute(f"ATTACH '{_sql_path(db)}' AS s (READ_ONLY)")
    con.execute(f"CREATE TABLE cut AS SELECT id, ntile({n_shards}) OVER (ORDER BY published, id) - 1 AS n "
                "FROM s.articles")
    log = ", ".join("'synth#' || a.id AS item" if c.name == "item" else "'stored' AS status" if c.name == "status"
                    else "a.id AS article_id" if c.name == "article_id" else f"NULL AS {c.name}"
                    for c in TABLES["ingest_log"].columns)
    for i, shard in enumerate(shards):
        shard.mkdir(parents=True, exist_ok=True)
        for name in SHARD_TABLES:
            key = "id" if name == "articles" else "article_id"
            rows = (f"SELECT {log} FROM s.articles a" if name == "ingest_log" else f"SELECT t.* FROM s.{name} t")
            on = "a.id" if name == "ingest_log" else f"t.{key}"
            con.execute(f"COPY ({rows} JOIN cut c ON c.id = {on} WHERE c.n = {i}) "
                        f"TO '{_sql_path(shard / f'{name}.parquet')}' (FORMAT parquet)")
        (shard / DONE).write_text(json.dumps({"seconds": 0}), "utf-8")
    con.close()
    return shards


def serial_step(n_events: int, n_shards: int, folder: Path, year_articles: int | None = None) -> None:
    import shutil

    from wirecoder.lake import compact, open_lake
    from wirecoder.lake.compact import YEAR_ARTICLES
    from wirecoder.lake.shard import SHARD_TABLES

    shards = synth_shards(n_events, n_shards, folder)
    print(f"\nserial step: {n_events:,} synthetic events in {n_shards} shards by date; load average "
          f"{os.getloadavg()[0]:.1f}")
    grown, scratch = folder / "serial_grown", folder / "serial_scratch"
    for lake in (grown, scratch):
        shutil.rmtree(lake, ignore_errors=True)
        (lake / "shards").mkdir(parents=True)
    for shard in shards[:-1]:
        (grown / "shards" / shard.name).symlink_to(shard, target_is_directory=True)
    layout = {} if year_articles is None else {"year_articles": year_articles}
    print(f"a year of at most {layout.get('year_articles', YEAR_ARTICLES):,} articles in one file per table")
    before = compact(grown, **layout)
    (grown / "shards" / shards[-1].name).symlink_to(shards[-1], target_is_directory=True)
    after = compact(grown, **layout)
    for shard in shards:
        (scratch / "shards" / shard.name).symlink_to(shard, target_is_directory=True)
    whole = compact(scratch, **layout)
    for label, c in ((f"from scratch, {n_shards - 1} shards", before), ("rerun adding the last shard", after),
                     (f"from scratch, {n_shards} shards", whole)):
        print(f"{label:<32} {c['seconds']:>7.2f} s (dedup {c['dedup_s']:.2f}, write {c['write_s']:.2f}); "
              f"shards read {c['shards_read']}, years or months rewritten {c['months_rewritten']}, kept {c['months_kept']}")
    a, b = open_lake(grown), open_lake(scratch)
    same = all(a.execute(f"SELECT count(*), bit_xor(hash(t)) FROM {n} t").fetchall()
               == b.execute(f"SELECT count(*), bit_xor(hash(t)) FROM {n} t").fetchall() for n in SHARD_TABLES)
    a.close()
    b.close()
    print(f"the rerun's tables hold the same rows as the step from scratch: {'yes' if same else 'NO'}")


def queries(n_events: int, repeat: int, folder: Path, match: str | None = None, year_articles: int | None = None,
            settings: list[str] | None = None) -> None:
    from bench_queries import CASES

    from wirecoder.lake import open_lake

    db, lake = synth_lake(n_events, folder, year_articles)
    files = {t.name: sum(1 for _ in t.rglob("*.parquet")) for t in (lake / "tables").iterdir() if t.name != "_state"}
    print(f"\nqueries: {n_events:,} synthetic events in {db.name} and in a lake ({lake.name}: files per table "
          f"{', '.join(f'{k} {v}' for k, v in sorted(files.items()))})")
    on_file, on_lake = duckdb.connect(str(db), read_only=True), open_lake(lake)
    for setting in settings or []:  # DuckDB settings tried on the lake's connection (--lake-setting)
        print(f"on the lake: {setting}")
        on_lake.execute(setting)
    print(f"{'query':<58} {'file s':>7} {'lake s':>7} {'ratio':>6} {'cpu ratio':>9} same")
    within = ran = 0
    for label, fn, kwargs in CASES:
        if match and match not in label:
            continue
        ran += 1
        # File and lake in turn, ``repeat`` times: a change of the machine's load falls on both alike.
        wall: list[list[float]] = [[], []]
        cpu: list[list[float]] = [[], []]
        answers = []
        for _ in range(max(1, repeat)):
            answers = []
            for side, con in enumerate((on_file, on_lake)):
                t, c = time.perf_counter(), time.process_time()
                answers.append(fn(con, **kwargs))
                wall[side].append(time.perf_counter() - t)
                cpu[side].append(time.process_time() - c)
        med = [statistics.median(w) for w in wall]
        ratio = med[1] / max(med[0], 1e-6)
        cpu_ratio = statistics.median(cpu[1]) / max(statistics.median(cpu[0]), 1e-6)
        within += ratio <= 2.0
        print(f"{label:<58} {med[0]:>7.3f} {med[1]:>7.3f} {ratio:>6.2f} {cpu_ratio:>9.2f} "
              f"{'yes' if _same(*answers) else 'NO'}")
    print(f"{within} of {ran} queries on the lake within 2x of the DuckDB file (goal: all); load average "
          f"{os.getloadavg()[0]:.1f} at the end")
    on_file.close()
    on_lake.close()


def _same(a: list[dict], b: list[dict]) -> bool:
    """The same rows, in any order, with floats equal to 1e-9: sums over Parquet files and over a store
    file add in another order, so a mean may differ in its last bits (and rounding both to a number of
    digits still splits a value lying on a rounding boundary)."""
    def key(row: dict) -> str:
        return repr({k: v for k, v in row.items() if not isinstance(v, float)})

    if len(a) != len(b):
        return False
    return all(key(x) == key(y) and all(math.isclose(x[k], y[k], rel_tol=1e-9, abs_tol=1e-9)
                                        for k in x if isinstance(x[k], float))
               for x, y in zip(sorted(a, key=key), sorted(b, key=key), strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="articles to code (half BBC, half Reuters; default: all)")
    parser.add_argument("--shard-size", type=int, help="articles per shard (default: ten shards for each worker "
                                                       "of the largest count run, at most 2,000)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated (default: 1,2)")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the query comparison "
                                                                       "(0: skip it)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query on each store (median kept)")
    parser.add_argument("--queries-only", action="store_true", help="only the query comparison (no coding)")
    parser.add_argument("--synth", type=Path, help="folder to keep the synthetic store and its lake in, made "
                                                   "once and reused (default: a temporary folder)")
    parser.add_argument("--serial-only", action="store_true", help="only the serial step on a rerun that "
                                                                   "adds a shard (synthetic store cut in shards)")
    parser.add_argument("--shards", type=int, default=20, help="shards of the synthetic store for --serial-only")
    parser.add_argument("--match", help="only the queries whose label holds this text")
    parser.add_argument("--year-file-articles", type=int, help="the synthetic lake's layout: a year of at most "
                        "this many articles in one file per table (0: a file a month; default: the setting's)")
    parser.add_argument("--lake-setting", action="append", help="a DuckDB statement run on the lake's connection "
                        "before the queries (e.g. \"SET cache_local_files = true\"); may be repeated")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-lake-") as tmp:
        folder = Path(tmp)
        if args.serial_only:
            if args.synth:
                args.synth.mkdir(parents=True, exist_ok=True)
            serial_step(args.events, args.shards, args.synth or folder, args.year_file_articles)
            return
        if args.queries_only:
            pass
        elif BBC.is_dir() and REUTERS.is_dir():
            sources, n = corpus(args.limit, folder)
            counts = [int(x) for x in args.workers.split(",") if x]
            # Ten shards per worker: a worker left idle by the last shards waits a tenth of the run at most
            # (a tenth of the corpus per shard left one of 2 workers idle for a fifth of it). The same
            # shards for every worker count, so that the runs compare.
            shard_size = args.shard_size or max(1, min(2000, -(-n // (10 * max(counts, default=1)))))
            print(f"corpus: {n:,} items ({'all of BBC + Reuters-21578' if not args.limit else 'a subset'}), "
                  f"shards of {shard_size:,}")
            results = []
            for w in counts:
                results.append(run(w, sources, folder / f"lake{w}", shard_size))
                print(json.dumps(results[-1]))
            report(results)
        else:
            print(f"skipped the ingest stages: BBC or Reuters-21578 not found under {SHARED / 'data' / 'news'}")
        if args.events:
            if args.synth:
                args.synth.mkdir(parents=True, exist_ok=True)
            queries(args.events, args.repeat, args.synth or folder, args.match, args.year_file_articles,
                    args.lake_setting)


def report(results: list[dict]) -> None:
    one = next((r for r in results if r["workers"] == 1), None)
    print(f"\n{'workers':>7} {'coding s':>9} {'tasks s':>8} {'planning s':>10} {'dedup s':>8} {'write s':>8} "
          f"{'load s':>7} {'peak MB/worker':>15} {'1st half MB':>12}  peak MB of each worker in each quarter")
    for r in results:
        print(f"{r['workers']:>7} {r['coding_s']:>9.1f} {r['task_s_sum']:>8.1f} {r['planning_s']:>10.2f} "
              f"{r['dedup_s']:>8.2f} {r['write_s']:>8.2f} {r['load_s']:>7.2f} "
              f"{max(r['peak_rss_mb']):>15} {max(r['first_half_rss_mb']):>12}  "
              + "; ".join(" ".join(f"{mb:>4}" for mb in w) for w in r["quarter_rss_mb"]))
    if one is None:
        return
    for r in results:
        if r["workers"] > 1:
            print(f"speed-up of the coding on {r['workers']} workers over 1: {one['coding_s'] / r['coding_s']:.2f}x "
                  f"(goal >= 1.8x on 2)")
    print(f"serial step rerun on the kept pairs (incremental, no new article): dedup {one['again_dedup_s']:.2f} s "
          f"({one['again_pairs_scored']:,} candidate pairs scored) against {one['dedup_s']:.2f} s from scratch "
          f"({one['pairs_scored']:,} scored); the rewrite of tables/ {one['again_write_s']:.2f} s")
    serial = one["serial_s"]
    print(f"serial step (planning + dedup + compaction) {serial:.2f} s = {serial / one['coding_s']:.1%} of one "
          f"worker's coding time (goal <= 5%)")
    f = serial / (serial + one["coding_s"])
    projected = ", ".join(f"{n}: {1 / (f + (1 - f) / n):.1f}x" for n in (16, 64, 256))
    print(f"PROJECTION (Amdahl, serial fraction {f:.3f}; not measured): speed-up at {projected}")


if __name__ == "__main__":
    main()
