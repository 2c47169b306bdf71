"""`wirecoder serve`'s JSON API and pages, through the ASGI app, on a store coded from the samples."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_support import EMOJI, HOSTILE, article_id, build_store, free_port

from wirecoder.cli import main
from wirecoder.store import query
from wirecoder.web import create_app


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory) -> Path:
    return build_store(pipeline, tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def test_every_page_has_a_json_twin(client, db):
    hostile = article_id(db, HOSTILE)
    for page, api in [("/", "/api/overview"), ("/events", "/api/events"), ("/dyad?a=POL&b=BLR", "/api/dyad?a=POL&b=BLR"),
                      ("/actor/NATO", "/api/actor/NATO"), ("/quotes", "/api/quotes"),
                      (f"/article/{hostile}", f"/api/article/{hostile}"), ("/network", "/api/network")]:
        html = client.get(page)
        assert html.status_code == 200, page
        assert html.headers["content-type"].startswith("text/html")
        twin = client.get(api)
        assert twin.status_code == 200, api
        assert isinstance(twin.json(), dict)
        assert api.split("?")[0] in html.text  # each page links its twin


def test_the_overview_counts_what_the_store_holds(client, db):
    body = client.get("/api/overview").json()
    assert body["counts"]["articles"] == 8
    assert body["counts"]["events"] == len(query.events(db, limit=None))
    assert sum(r["n"] for r in body["timeline"]) == len([e for e in query.events(db, limit=None) if e["day"]])
    assert body["top_actors"][0]["events"] >= body["top_actors"][-1]["events"]


def test_the_events_api_gives_what_query_events_gives(client, db):
    rows = client.get("/api/events", params={"source": "POL", "size": 500}).json()["rows"]
    expected = json.loads(json.dumps(query.events(db, source="POL", limit=500), default=str))
    assert rows == expected and rows


def test_event_filters_narrow_the_rows(client):
    every = client.get("/api/events", params={"size": 500}).json()["rows"]
    conflict = client.get("/api/events", params={"quad": [3, 4], "size": 500}).json()["rows"]
    assert conflict and len(conflict) < len(every)
    assert {r["quad_class"] for r in conflict} <= {3, 4}
    rooted = client.get("/api/events", params={"root": 4}).json()["rows"]
    assert rooted and {r["root"] for r in rooted} == {"04"}
    worded = client.get("/api/events", params={"contains": "drones"}).json()["rows"]
    assert worded and all("drones" in r["sentence"].lower() for r in worded)
    dated = client.get("/api/events", params={"since": "2025-01-01", "until": "2025-12-31"}).json()["rows"]
    assert dated and all("2025-01-01" <= r["day"] <= "2025-12-31" for r in dated)


def test_pages_of_events_follow_each_other(client, db):
    first = client.get("/api/events", params={"size": 4, "page": 1}).json()
    second = client.get("/api/events", params={"size": 4, "page": 2}).json()
    assert first["has_next"]
    keys = [(r["article_id"], r["idx"]) for r in first["rows"] + second["rows"]]
    assert keys == [(r["article_id"], r["idx"]) for r in query.events(db, limit=8)]


def test_events_sort_by_goldstein(client):
    rows = client.get("/api/events", params={"sort": "-goldstein", "size": 500}).json()["rows"]
    scores = [r["goldstein"] for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_downloads_hold_the_filtered_set(client, db):
    expected = query.events(db, source="POL", limit=None)
    text = client.get("/api/events.csv", params={"source": "POL"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["article_id"], int(r["idx"])) for r in rows] == [(e["article_id"], e["idx"]) for e in expected]
    lines = client.get("/api/events.jsonl", params={"source": "POL"}).text.splitlines()
    assert [json.loads(line)["sentence"] for line in lines] == [e["sentence"] for e in expected]


@pytest.mark.parametrize("url", [
    "/api/events?since=yesterday", "/api/events?root=21", "/api/events?quad=9", "/api/events?cameo=abc",
    "/api/events?size=100000", "/api/events?page=0", "/api/events?page=500&size=500", "/api/events?sort=name",
    "/api/dyad?a=RUS", "/api/dyad?a=RUS&b=RUS", "/api/dyad?a=RUS&b=CHN&by=hour", "/api/quotes?kind=shouted",
    "/api/network?min_count=0", "/api/network?limit=100000", "/api/dyad/period?a=RUS&b=CHN&period=soon",
    "/events?since=2025-13-40", f"/api/events?source={'x' * 300}",
])
def test_a_bad_parameter_is_a_400_with_a_message(client, url):
    answer = client.get(url)
    assert answer.status_code == 400, answer.text
    message = answer.json()["error"] if url.startswith("/api/") else answer.text
    assert message and "Traceback" not in message


def test_an_unknown_article_or_actor_is_a_404(client):
    assert client.get("/api/article/0000000000000000").status_code == 404
    assert client.get("/actor/person:nobody-at-all").status_code == 404


def test_an_empty_form_field_is_no_filter(client):
    assert client.get("/events?source=&since=&until=&root=&cameo=").status_code == 200


def test_article_text_is_escaped_on_the_server(client, db):
    page = client.get(f"/article/{article_id(db, HOSTILE)}").text
    assert "<script>window.__wirecoderPwned" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__wirecoderPwned" in page
    assert "onerror=&#34;" in page or "onerror=&quot;" in page


def test_highlights_land_on_the_same_characters_after_an_emoji(client, db):
    body = client.get(f"/api/article/{article_id(db, EMOJI)}").json()
    text = body["record"]["text"]
    assert "".join(s["text"] for s in body["segments"]) == text
    nato = [n for n in body["annotations"] if n["kind"] == "mention" and n["actor"] == "NATO"]
    assert nato
    for note in nato:
        covered = "".join(s["text"] for s in body["segments"] if note["id"] in s["ids"])
        assert covered == text[note["start"]:note["end"]]
    assert any(text[n["start"]:n["end"]] == "NATO" for n in nato)


def test_a_dyad_period_lists_the_events_of_both_directions(client):
    dyad = client.get("/api/dyad", params={"a": "NOR", "b": "NATO", "by": "month"}).json()
    busy = [r for r in dyad["rows"] if r["total_n"]]
    assert busy
    period = client.get("/api/dyad/period", params={"a": "NATO", "b": "NOR", "period": busy[0]["period"]}).json()
    assert len(period["rows"]) == busy[0]["total_n"]
    assert {(r["source"], r["target"]) for r in period["rows"]} <= {("NOR", "NATO"), ("NATO", "NOR")}


def test_the_network_keeps_edges_with_enough_events(client):
    every = client.get("/api/network").json()
    assert every["edges"] and every["graph"]["nodes"]
    heavy = client.get("/api/network", params={"min_count": 2}).json()
    assert all(e["events"] >= 2 for e in heavy["edges"])
    assert len(heavy["edges"]) < len(every["edges"])


def test_an_actor_page_has_partners_quotes_and_events(client):
    body = client.get("/api/actor/person:tomasz-wierzbicki").json()
    assert body["actor"]["kind"] == "person"
    assert body["quotes"]
    nor = client.get("/api/actor/NOR").json()
    assert {p["partner"] for p in nor["partners"]} >= {"NATO"}
    assert {r["source"] for r in client.get(nor["as_source"]).json()["rows"]} == {"NOR"}
    assert client.get(nor["as_target"]).status_code == 200


def test_htmx_gets_the_event_rows_alone(client):
    fragment = client.get("/events", params={"source": "POL"}, headers={"HX-Request": "true"}).text
    assert "<table" in fragment and "<html" not in fragment and "POL" in fragment


HOLD_LOCK = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def test_a_busy_store_says_so_and_retries(db, tmp_path):
    busy = tmp_path / "busy.duckdb"
    busy.write_bytes(db.read_bytes())
    app = TestClient(create_app(busy))
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(busy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        page = app.get("/events")
        api = app.get("/api/events")
        assert time.monotonic() - started < 5  # answered, not hung
        assert page.status_code == 503 and api.status_code == 503
        assert "busy" in page.text and "retrying" in page.text
        assert 'http-equiv="refresh"' in page.text
        assert api.headers["retry-after"] and "busy" in api.json()["error"]
        piece = app.get("/events", headers={"HX-Request": "true"})
        assert piece.status_code == 503 and piece.text.startswith('<p class="busy"')
    finally:
        holder.kill()
        holder.wait()
    assert app.get("/api/events").status_code == 200


def test_serve_listens_on_localhost_and_warns_for_another_host(db):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "wirecoder", "serve", "--db", str(db), "--host", "0.0.0.0",
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        first = server.stderr.readline()
        assert "warning" in first and "0.0.0.0" in first
    finally:
        server.terminate()
        server.wait(10)
    from wirecoder.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000


def test_serve_names_a_missing_store_in_one_line(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wirecoder: ") and "none.duckdb" in err and len(err.strip().splitlines()) == 1


def test_the_dyad_page_without_actors_offers_the_busiest_pairs(client):
    page = client.get("/dyad").text
    assert "The busiest pairs" in page and "/dyad?a=" in page


def test_event_columns_sort_from_their_headers(client):
    page = client.get("/events", params={"source": "POL"}).text
    assert "sort=-day" in page and "sort=goldstein" in page
    flipped = client.get("/events", params={"source": "POL", "sort": "goldstein"}).text
    assert "sort=-goldstein" in flipped


def test_serve_names_a_file_that_is_not_a_store_in_one_line(tmp_path, capsys):
    (tmp_path / "notes.duckdb").write_text("not a database", "utf-8")
    import duckdb

    duckdb.connect(str(tmp_path / "other.duckdb")).execute("CREATE TABLE t (x INTEGER)").close()
    for name in ("notes.duckdb", "other.duckdb"):
        assert main(["serve", "--db", str(tmp_path / name)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("wirecoder: ") and name in err and len(err.strip().splitlines()) == 1


def test_an_empty_store_shows_empty_pages(tmp_path):
    import wirecoder.store as store

    store.connect(tmp_path / "empty.duckdb").close()
    empty = TestClient(create_app(tmp_path / "empty.duckdb"))
    for url in ["/", "/events", "/dyad", "/dyad?a=RUS&b=CHN", "/quotes", "/network", "/api/events.csv"]:
        assert empty.get(url).status_code == 200, url
    assert empty.get("/api/overview").json()["counts"]["events"] == 0


TAKE_LOCK = """
import duckdb, sys
duckdb.connect(sys.argv[1]).close()
print("took it")
"""


def test_the_dashboard_lets_the_store_go_soon_after_the_last_request(db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    app = TestClient(create_app(copy, keep_open=0.3))
    assert app.get("/api/events").status_code == 200
    time.sleep(1.0)
    writer = subprocess.run([sys.executable, "-c", TAKE_LOCK, str(copy)], capture_output=True, text=True, timeout=60)
    assert writer.stdout.strip() == "took it", writer.stderr


def test_parameters_echoed_in_a_page_are_escaped(client):
    probe = "<script>window.__echo=1</script>"
    for url, params in [("/events", {"source": probe}), ("/quotes", {"speaker": probe}),
                        ("/dyad", {"a": probe, "b": "RUS"}), (f"/actor/{probe}", {}),
                        ("/events", {"since": probe})]:
        page = client.get(url, params=params).text
        assert "<script>window.__echo" not in page, url


def test_serve_names_a_port_in_use_in_one_line(db, capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(db), "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wirecoder: cannot listen on 127.0.0.1:") and len(err.strip().splitlines()) == 1


def test_every_sort_pages_through_the_whole_set_as_query_events_orders_it(client, db):
    for sort in ("-day", "goldstein", "-goldstein"):
        expected = [(r["article_id"], r["idx"]) for r in query.events(db, limit=None, sort=sort)]
        rows, page = [], 1
        while True:
            body = client.get("/api/events", params={"sort": sort, "size": 7, "page": page}).json()
            rows += [(r["article_id"], r["idx"]) for r in body["rows"]]
            if not body["has_next"]:
                break
            page += 1
        assert rows == expected and page > 1


def test_an_actor_lists_its_latest_events_newest_first(client):
    body = client.get("/api/actor/POL").json()
    rows = client.get(body["as_source"]).json()["rows"]
    days = [r["day"] for r in rows if r["day"]]
    assert rows and days == sorted(days, reverse=True)


def test_pages_forbid_scripts_from_elsewhere_and_inline(client):
    for url in ["/", "/events", "/api/events", "/static/charts.js"]:
        policy = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    import re

    from wirecoder.web import app as web_app

    for template in (web_app.HERE / "templates").glob("*.html"):
        assert not re.search(r"<script(?![^>]*\b(src|type=\"application/json\"))", template.read_text("utf-8")), template
