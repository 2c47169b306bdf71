"""Hand-written dispatches in the agencies' house styles, each with what a record of it must hold.

``tests/fixtures/dispatches/NN_agency_topic.txt`` beside ``NN_agency_topic.expected.json``. Every
person in them is invented, so the pipeline must read country, office and sector from the text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import wirecoder
from wirecoder.record import Record

DISPATCHES = Path(__file__).resolve().parent / "fixtures" / "dispatches"
NAMES = sorted(p.name.removesuffix(".txt") for p in DISPATCHES.glob("*.txt"))
REFERENCE_DATE = "2026-11-29"

_records: dict[str, Record] = {}


def expected(name: str) -> dict[str, Any]:
    return json.loads((DISPATCHES / f"{name}.expected.json").read_text("utf-8"))


@pytest.fixture()
def record(request: pytest.FixtureRequest, pipeline: wirecoder.Pipeline) -> Record:
    """The record of one dispatch, coded once per session."""
    name = request.node.callspec.params["name"]
    if name not in _records:
        text = (DISPATCHES / f"{name}.txt").read_text("utf-8")
        _records[name] = pipeline.extract(text, source=name, reference_date=REFERENCE_DATE)
    return _records[name]


def _stands_for(record: Record, actor_id: str | None, wanted: str) -> bool:
    """Whether an event's side is the wanted actor, or a person acting for that state."""
    if actor_id == wanted:
        return True
    actor = record.actor(actor_id) if actor_id else None
    return bool(actor and actor.kind == "person" and actor.country == wanted)


# --- The set itself ----------------------------------------------------------------------------


def test_fixture_set_has_a_dozen_dispatches_each_with_expectations():
    assert len(NAMES) >= 12
    for name in NAMES:
        assert (DISPATCHES / f"{name}.expected.json").exists(), name
    assert sum(1 for name in NAMES if expected(name).get("no_events")) >= 2


def _fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text)


def test_fixture_people_are_in_no_package_dictionary():
    # The people are invented: a test that passed because a dictionary lists them would prove nothing.
    data = resources.files("wirecoder").joinpath("data")
    entries = (line for f in Path(str(data)).rglob("*") if f.is_file()
               for line in f.read_text("utf-8", errors="ignore").splitlines() if not line.lstrip().startswith("#"))
    folded = "\n".join(_fold(line) for line in entries)
    for name in NAMES:
        for actor in expected(name)["actors"]:
            if actor["kind"] == "person":
                assert actor["id"].removeprefix("person:") not in folded, actor["id"]


# --- Reader fields (the reader is done: these must pass) ----------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_fixture_reader_fields(name: str, record: Record):
    exp = expected(name)
    assert record.headline == exp["headline"]
    assert record.subheadline == exp["subheadline"]
    if exp["dateline"] is None:
        assert record.dateline is None
    else:
        d = record.dateline
        assert d is not None
        assert {"place": d.place, "agency": d.agency, "date_text": d.date_text} == exp["dateline"]
    assert record.published == exp["published"]


# --- Actors, quotes and events ------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_fixture_actors(name: str, record: Record):
    for exp in expected(name)["actors"]:
        actor = record.actor(exp["id"])
        assert actor is not None, f"{exp['id']} missing"
        assert actor.kind == exp["kind"], exp["id"]
        for key in ("country", "role", "sector"):
            if key in exp:
                assert getattr(actor, key) == exp[key], f"{exp['id']}.{key}"
        assert len(actor.mentions) >= exp["min_mentions"], exp["id"]


@pytest.mark.parametrize("name", NAMES)
def test_fixture_quotes(name: str, record: Record):
    for exp in expected(name)["quotes"]:
        found = [q for q in record.quotes if exp["content_contains"] in q.text]
        assert found, f"no quote with {exp['content_contains']!r}"
        q = found[0]
        assert q.kind == exp["kind"], exp["content_contains"]
        assert q.speaker is not None and q.speaker.actor == exp["speaker_actor"], exp["content_contains"]
        assert q.cue is not None and q.cue.text.lower() == exp["cue"].lower(), exp["content_contains"]


@pytest.mark.parametrize("name", NAMES)
def test_fixture_events(name: str, record: Record):
    exp_all = expected(name)
    if exp_all.get("no_events"):
        assert record.events == []
        return
    for exp in exp_all["events"]:
        def matches(e: Any, exp: dict[str, Any] = exp) -> bool:
            forward = _stands_for(record, e.source, exp["source"]) and _stands_for(record, e.target, exp["target"])
            backward = _stands_for(record, e.source, exp["target"]) and _stands_for(record, e.target, exp["source"])
            return e.root == exp["root"] and (forward or (exp.get("symmetric", False) and backward))

        assert any(matches(e) for e in record.events), f"no {exp['source']}->{exp['target']} root {exp['root']}"
