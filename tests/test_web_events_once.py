"""The dashboard counts what the CLI counts: one event however many agencies write it up.

Invented dispatches coded by the real pipeline into a real DuckDB file: three agencies' own write-ups
of one accusation (different wording, not near-duplicates), a meeting reported from each side, and
an event of its own. Every aggregate of the dashboard (overview, timeline, network, partners,
busiest pairs) and every event row must agree with ``wirecoder.store.query`` and the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_support import store_of_texts

from wirecoder.cli import main
from wirecoder.store import query
from wirecoder.web import create_app

REFERENCE = "2025-04-30"

# One accusation, written up by three agencies on the day it was made.
TEXTS = {
    "reuters.txt": ("Ireland says Iceland broke fishing accord\n\nDUBLIN, April 8 (Reuters) - Ireland on Tuesday "
                    "accused Iceland of breaking their joint fishing accord, Marine Minister Aoife Brannagh "
                    "told parliament in the capital."),
    "afp.txt": ("Dublin blames Reykjavik over mackerel quota\n\nDUBLIN, April 8 (AFP) - The Irish government "
                "accused Iceland on Tuesday of overstepping the mackerel quota both countries had signed, "
                "calling the catch a plain breach of trust."),
    "ap.txt": ("Irish charge Iceland with quota breach\n\nDUBLIN, Ireland, April 8 (AP) \u2014 Ireland accused "
               "neighbouring Iceland of ignoring the shared fishing limits, saying its trawlers had taken "
               "twice their allowance in March."),
    # One meeting, reported from each side.
    "talks-is.txt": ("Icelandic and Irish ministers meet\n\nREYKJAVIK, April 14 (Reuters) - Iceland and Ireland "
                     "met in Reykjavik on Monday to discuss a new survey of mackerel stocks, the Icelandic "
                     "government said."),
    "talks-ie.txt": ("Irish minister holds talks in Reykjavik\n\nDUBLIN, April 14 (AFP) - Ireland met with Iceland "
                     "on Monday in the Icelandic capital, agreeing to count the mackerel stocks together."),
    # An event of its own.
    "praise.txt": ("Portugal praises Ireland\n\nLISBON, April 20 (Reuters) - Portugal on Sunday praised Ireland "
                   "for its handling of the fishing dispute, the Portuguese foreign ministry said."),
}


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory) -> Path:
    return store_of_texts(pipeline, tmp_path_factory.mktemp("once") / "once.duckdb", TEXTS, REFERENCE)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def test_three_write_ups_of_one_accusation_are_one_event_row_with_links_to_each(client, db):
    [row] = client.get("/api/events", params={"source": "IRL", "target": "ISL", "cameo": "112"}).json()["rows"]
    assert (row["num_articles"], row["num_sources"]) == (3, 3)
    page = client.get("/events", params={"source": "IRL", "target": "ISL", "cameo": "112"}).text
    for article in row["article_ids"]:
        assert f'href="/article/{article}' in page
    assert len(query.events(db, source="IRL", target="ISL", cameo="112", per_report=True)) == 3


def test_the_events_api_and_page_list_what_the_cli_lists(client, db, capsys):
    api = client.get("/api/events", params={"size": 500}).json()["rows"]
    assert api == json.loads(json.dumps(query.events(db, limit=None), default=str))
    assert main(["events", "--db", str(db), "--format", "jsonl", "--limit", "0"]) == 0
    cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["event_id"] for r in cli] == [r["event_id"] for r in api]
    page = client.get("/events", params={"size": 500}).text
    assert page.count('<tr>') - 1 == len(api)  # one row per event, below the header row


def test_the_overview_counts_each_event_once(client, db):
    body = client.get("/api/overview").json()
    events = query.events(db, limit=None)
    assert body["counts"]["events"] == len(events) < len(query.events(db, limit=None, per_report=True))
    assert sum(r["n"] for r in body["timeline"]) == len([e for e in events if e["day"]])
    top = {a["actor_id"]: a["events"] for a in body["top_actors"]}
    assert top["IRL"] == {a["actor_id"]: a["events"] for a in query.actors(db, top=None, by="events")}["IRL"]
    assert f">{len(events)}<" in client.get("/").text.replace(",", "")


def test_partners_network_and_busiest_pairs_count_what_dyad_counts(client, db):
    dyad = query.dyad(db, "IRL", "ISL", by="year")
    both = sum(r["total_n"] for r in dyad)
    assert both == 2  # the accusation and the meeting, each once
    partners = {p["partner"]: p["events"] for p in client.get("/api/actor/IRL").json()["partners"]}
    assert partners["ISL"] == both
    edges = client.get("/api/network").json()["edges"]
    between = sum(e["events"] for e in edges if {e["source"], e["target"]} == {"IRL", "ISL"})
    assert between == both
    page = client.get("/dyad").text
    assert "/dyad?a=IRL&amp;b=ISL" in page or "/dyad?a=IRL&b=ISL" in page
    pair = client.get("/dyad", params={"a": "IRL", "b": "ISL", "by": "year"}).text
    assert pair and client.get("/api/dyad", params={"a": "IRL", "b": "ISL", "by": "year"}).json()["rows"] == \
        json.loads(json.dumps(dyad, default=str))
