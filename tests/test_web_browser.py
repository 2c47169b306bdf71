"""The dashboard in a real browser: Playwright driving Debian's chromium (never `playwright install`).

Skips with a message where no chromium is installed (`.ci/run` installs it with apt-get). Each test
writes screenshots under out/screenshots/, which git ignores.
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
from pathlib import Path

import pytest
from web_support import EMOJI, HOSTILE, SCREENSHOTS, ServerThread, article_id, build_store

from wirecoder.web import create_app

CHROMIUM = os.environ.get("WIRECODER_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
if not CHROMIUM:
    pytest.skip("no chromium found (apt-get install chromium, or set WIRECODER_CHROMIUM)", allow_module_level=True)


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory) -> Path:
    return build_store(pipeline, tmp_path_factory.mktemp("browser") / "browser.duckdb")


@pytest.fixture(scope="module")
def server(db):
    with ServerThread(create_app(db)) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every script error it meets."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    # A script or style the Content-Security-Policy refuses is an error too (the page would be broken).
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def api(server, path: str) -> dict:
    with urllib.request.urlopen(server.url + path) as answer:
        return json.load(answer)


def test_each_page_renders_with_data(server, db, page):
    emoji = article_id(db, EMOJI)
    for name, path, ready in [
        ("overview", "/", "#timeline svg"),
        ("events", "/events", "table.events tbody tr"),
        ("dyad", "/dyad?a=NOR&b=NATO&by=month", "#dyad-chart svg"),
        ("actor", "/actor/NATO", "#as-target table.events"),
        ("quotes", "/quotes", "table.quotes tbody tr"),
        ("article", f"/article/{emoji}", "#text .hl.mention"),
        ("network", "/network", "#graph[data-ready=true] canvas"),
    ]:
        page.goto(server.url + path)
        page.wait_for_selector(ready, timeout=10_000)
        shot(page, name)
    assert page.errors == []


def test_event_filters_work_in_the_browser(server, page):
    page.goto(server.url + "/events")
    page.fill("input[name=source]", "POL")
    page.check("input[name=quad][value='3']")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*source=POL*")
    sources = page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
    quads = page.locator("table.events tbody tr td:nth-child(5)").all_inner_texts()
    assert sources and set(sources) == {"POL"}
    assert set(quads) == {"3"}
    assert "source=POL" in page.get_attribute("#dl-csv", "href")
    shot(page, "events-filtered")


def test_clicking_a_dyad_bar_lists_its_events(server, page):
    page.goto(server.url + "/dyad?a=NOR&b=NATO&by=month")
    bar = page.locator("#dyad-chart svg[data-direction=ab] g[aria-label=bar] rect").first
    bar.wait_for(timeout=10_000)
    bar.hover()
    bar.click()
    rows = page.locator("#period-events table.events tbody tr")
    rows.first.wait_for(timeout=10_000)
    expected = api(server, "/api/dyad?a=NOR&b=NATO&by=month")["rows"]
    assert rows.count() == next(r["total_n"] for r in expected if r["total_n"])
    assert page.locator("#period-events").inner_text().count("NATO") >= 1
    shot(page, "dyad-clicked")
    assert page.errors == []


def test_the_article_highlights_the_right_characters_after_an_emoji(server, db, page):
    ident = article_id(db, EMOJI)
    body = api(server, f"/api/article/{ident}")
    text = body["record"]["text"]
    page.goto(server.url + f"/article/{ident}")
    page.wait_for_selector("#text .hl")
    assert page.eval_on_selector("#text", "el => el.textContent") == text
    for note in body["annotations"]:
        shown = page.evaluate("id => [...document.querySelectorAll(`#text [data-ann~='${id}']`)]"
                              ".map(el => el.textContent).join('')", note["id"])
        assert shown == text[note["start"]:note["end"]], note
    nato = [n for n in body["annotations"] if n["kind"] == "mention" and n["actor"] == "NATO"]
    assert "NATO" in [text[n["start"]:n["end"]] for n in nato]
    first = next(n for n in nato if text[n["start"]:n["end"]] == "NATO")
    page.click(f"#text [data-ann~='{first['id']}']")
    assert "actor NATO" in page.inner_text("#codes")
    shot(page, "article-emoji")


def test_a_hostile_dispatch_runs_no_script(server, db, page):
    ident = article_id(db, HOSTILE)
    for path in [f"/article/{ident}", "/events?contains=drones", "/quotes?contains=provocation",
                 "/actor/person:tomasz-wierzbicki"]:
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__wirecoderPwned") == "undefined", path
    page.goto(server.url + f"/article/{ident}")
    assert "<script>window.__wirecoderPwned" in page.inner_text("#text")
    assert page.locator("#text img").count() == 0
    assert page.evaluate("typeof window.__wirecoderPwned") == "undefined"
    shot(page, "article-hostile")


HOLD_LOCK = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def test_a_busy_store_page_retries_until_the_ingest_is_done(db, tmp_path, page):
    import subprocess
    import sys

    busy = tmp_path / "busy.duckdb"
    busy.write_bytes(db.read_bytes())
    with ServerThread(create_app(busy)) as running:
        holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(busy)], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "holding"
            page.goto(running.url + "/events")
            assert "The store is busy, retrying" in page.inner_text("h1")
            shot(page, "busy")
        finally:
            holder.kill()
            holder.wait()
        page.wait_for_selector("table.events tbody tr", timeout=15_000)  # it reloaded by itself
