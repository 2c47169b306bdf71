"""`wirecoder serve --db LAKE`: a lake (``ingest --lake``) answers as the DuckDB file of the same dispatches.

The lake is made here by the command itself; the store by ``build_store`` from the same files. Every
JSON endpoint is compared whole, and the dashboard's pages are opened in a real browser on the lake.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_support import EMOJI, HOSTILE, SAMPLES, WEB_FIXTURES, ServerThread, article_id, build_store

from wirecoder.cli import main
from wirecoder.web import create_app


@pytest.fixture(scope="module")
def stores(pipeline, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("lake-web")
    db = build_store(pipeline, folder / "web.duckdb")
    lake = folder / "lake"
    assert main(["ingest", str(SAMPLES), str(WEB_FIXTURES), "--lake", str(lake), "--reference-date", "2026-11-29",
                 "--quiet"]) == 0
    return db, lake


def _urls(db: Path) -> list[str]:
    hostile, emoji = article_id(db, HOSTILE), article_id(db, EMOJI)
    return ["/api/overview", "/api/events?size=500", "/api/events?source=POL&quad=3", "/api/events?sort=goldstein",
            "/api/dyad?a=POL&b=BLR", "/api/dyad?a=NOR&b=NATO&by=month", "/api/dyad", "/api/actor/NATO",
            "/api/actor/POL", "/api/quotes?size=500", f"/api/article/{hostile}", f"/api/article/{emoji}",
            "/api/network", "/api/events.csv", "/api/events.jsonl", "/api/actor/NOBODY", "/api/article/0000"]


def test_every_endpoint_answers_the_same_on_a_lake_as_on_its_store(stores):
    db, lake = stores
    on_file, on_lake = TestClient(create_app(db)), TestClient(create_app(lake))
    assert on_lake.get("/api/overview").json()["counts"]["articles"] == 8
    for url in _urls(db):
        a, b = on_file.get(url), on_lake.get(url)
        assert (a.status_code, a.content) == (b.status_code, b.content), url


def test_every_page_of_the_dashboard_renders_from_a_lake(stores):
    db, lake = stores
    on_lake = TestClient(create_app(lake))
    for url in ["/", "/events", "/dyad?a=POL&b=BLR", "/actor/NATO", "/quotes", f"/article/{article_id(db, HOSTILE)}",
                "/network"]:
        page = on_lake.get(url)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), url


def test_serving_a_lake_writes_nothing_into_it(stores):
    _, lake = stores
    before = sorted((p.relative_to(lake), p.stat().st_mtime_ns) for p in lake.rglob("*"))
    client = TestClient(create_app(lake))
    assert client.get("/api/events").status_code == 200 and client.get("/").status_code == 200
    assert sorted((p.relative_to(lake), p.stat().st_mtime_ns) for p in lake.rglob("*")) == before


def test_the_overview_follows_a_rerun_of_ingest_into_the_lake(stores, pipeline, tmp_path):
    from wirecoder.lake import ingest_lake

    _, lake = stores
    grown = tmp_path / "lake"
    shutil.copytree(lake, grown)
    client = TestClient(create_app(grown))
    before = client.get("/api/overview").json()["counts"]["articles"]
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "talks.txt").write_text("Ministers meet in Tallinn\n\nTALLINN, March 3 (Reuters) - Estonia accused "
                                     "Latvia on Tuesday of delaying the border talks, the ministry of Vilmar "
                                     "Oskatri said.\n", "utf-8")
    ingest_lake([extra], grown, pipeline=pipeline, reference_date="2026-11-29")
    assert client.get("/api/overview").json()["counts"]["articles"] == before + 1


def test_serve_names_a_folder_that_is_no_lake_in_one_line(tmp_path, capsys):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("not a lake", "utf-8")
    assert main(["serve", "--db", str(tmp_path / "notes")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wirecoder: ") and "not a lake" in err and len(err.strip().splitlines()) == 1


def test_the_lake_dashboard_works_in_a_real_browser(stores):
    import os

    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    chromium = os.environ.get("WIRECODER_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("no chromium found (apt-get install chromium, or set WIRECODER_CHROMIUM)")
    db, lake = stores
    emoji = article_id(db, EMOJI)
    with ServerThread(create_app(lake)) as server, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            for path, ready in [("/", "#timeline svg"), ("/events", "table.events tbody tr"),
                                ("/dyad?a=NOR&b=NATO&by=month", "#dyad-chart svg"),
                                ("/actor/NATO", "#as-target table.events"), ("/quotes", "table.quotes tbody tr"),
                                (f"/article/{emoji}", "#text .hl.mention"),
                                ("/network", "#graph[data-ready=true] canvas")]:
                page.goto(server.url + path)
                page.wait_for_selector(ready, timeout=10_000)
            page.goto(server.url + "/events")
            page.fill("input[name=source]", "POL")
            page.click("form.filters button[type=submit]")
            page.wait_for_url("**/events?*source=POL*")
            sources = page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
            assert sources and set(sources) == {"POL"}
            assert errors == []
        finally:
            browser.close()
