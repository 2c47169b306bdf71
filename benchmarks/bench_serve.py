"""Time `wirecoder serve` on a big store: each API endpoint, and each page until its content is drawn.

    python benchmarks/synth_store.py --events 1000000 --db /tmp/wirecoder-synth.duckdb
    python benchmarks/bench_serve.py --db /tmp/wirecoder-synth.duckdb

The app runs under uvicorn on a local port, as `wirecoder serve` runs it. API endpoints are fetched
over HTTP ``--repeat`` times: the first answer (the overview's summary not yet kept) and the best are
printed. Pages are loaded in headless Chromium (Debian's ``chromium``, through Playwright) and timed
from the navigation to the moment the element that shows the data is there (the chart drawn, the
table filled, the network laid out). Goals: API answers <= 300 ms, pages ready <= 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sys
import threading
import time
import urllib.request
from pathlib import Path

import duckdb

from wirecoder.web import create_app

API_GOAL_S = 0.300
PAGE_GOAL_S = 1.5


def endpoints(article: str) -> list[str]:
    return [
        "/api/overview",
        "/api/events",
        "/api/events?source=RUS&target=NATO&since=2022-01-01",
        "/api/events?root=11&quad=3",
        "/api/events?source=RUS&target=NATO&since=2024-01-01&sort=-goldstein",
        "/api/events?contains=AUKUS",
        "/api/events?source=RUS&country=true",
        "/api/events?page=100&size=50",
        "/api/events.csv?source=RUS&target=NATO&since=2022-01-01",
        "/api/dyad?a=RUS&b=CHN&by=month",
        "/api/dyad?a=USA&b=RUS&by=week&since=2022-01-01",
        "/api/dyad/period?a=RUS&b=CHN&by=month&period=2022-03-01",
        "/api/actor/RUS",
        "/api/quotes",
        "/api/quotes?speaker=RUS&contains=sanctions",
        f"/api/article/{article}",
        "/api/network",
        "/api/network?quad=4&min_count=50",
    ]


def pages(article: str) -> list[tuple[str, str]]:
    """(path, the selectors that show the page's data is drawn, comma-free, all waited for)."""
    return [
        ("/", "#timeline svg"),
        ("/events?source=RUS&target=NATO", "table.events tbody tr"),
        ("/dyad?a=RUS&b=CHN&by=month", "#dyad-chart svg"),
        ("/actor/RUS", "#graph canvas; #as-source table.events; #as-target table.events"),
        ("/quotes", "table.quotes tbody tr"),
        (f"/article/{article}", "h1"),
        ("/network", "#graph[data-ready=true] canvas"),
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(url) as answer:
        answer.read()
        return time.perf_counter() - started, answer.status


def mark(seconds: float, goal: float) -> str:
    return "ok" if seconds <= goal else "OVER"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/wirecoder-synth.duckdb"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--chromium", default=shutil.which("chromium"), help="the browser (default: chromium on PATH)")
    ap.add_argument("--no-browser", action="store_true", help="time the API only")
    args = ap.parse_args()
    if not args.db.exists():
        print(f"{args.db}: no store; make one with benchmarks/synth_store.py --db {args.db}", file=sys.stderr)
        return 1
    con = duckdb.connect(str(args.db), read_only=True)
    events, articles = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone()
    article = con.execute("SELECT article_id FROM events WHERE source = 'RUS' LIMIT 1").fetchone()[0]
    con.close()

    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    print(f"store {args.db}: {events:,} events, {articles:,} articles; best of {args.repeat}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    print(f"\nAPI (goal <= {API_GOAL_S * 1000:.0f} ms)")
    print(f"{'endpoint':72} {'first ms':>9} {'best ms':>8}  goal")
    worst_api = 0.0
    try:
        for path in endpoints(article):
            times = []
            for _ in range(args.repeat):
                seconds, status = fetch(base + path)
                assert status == 200, (path, status)
                times.append(seconds)
            worst_api = max(worst_api, min(times))
            print(f"{path:72} {times[0] * 1000:9.0f} {min(times) * 1000:8.0f}  {mark(min(times), API_GOAL_S)}")
        if args.no_browser or not args.chromium:
            if not args.no_browser:
                print("\npages: skipped, no chromium found (apt-get install chromium)")
            return 0
        from playwright.sync_api import sync_playwright

        print(f"\npages in headless Chromium, navigation to data drawn (goal <= {PAGE_GOAL_S:.1f} s)")
        print(f"{'page':72} {'first s':>9} {'best s':>8}  goal")
        worst_page = 0.0
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for path, ready in pages(article):
                times = []
                for _ in range(args.repeat):
                    page.goto("about:blank")
                    started = time.perf_counter()
                    page.goto(base + path, wait_until="commit")
                    for selector in ready.split("; "):
                        page.wait_for_selector(selector, timeout=30_000)
                    times.append(time.perf_counter() - started)
                worst_page = max(worst_page, min(times))
                print(f"{path:72} {times[0]:9.2f} {min(times):8.2f}  {mark(min(times), PAGE_GOAL_S)}")
            browser.close()
        print(f"\nslowest API answer {worst_api * 1000:.0f} ms (goal {API_GOAL_S * 1000:.0f}); "
              f"slowest page {worst_page:.2f} s (goal {PAGE_GOAL_S:.1f}); "
              f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        server.should_exit = True
        thread.join(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
