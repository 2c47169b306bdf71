"""The record: typed dataclasses that round-trip through dicts and JSON."""

import json

from wirecoder.record import (
    Actor,
    Cue,
    Dateline,
    Event,
    Location,
    Quote,
    Record,
    Speaker,
    record_id,
)


def sample_record() -> Record:
    text = "MOSCOW, December 1. /TASS/. Lavrov said Russia would respond."
    return Record(
        id=record_id(text), source="x.txt", text=text, headline=None, subheadline=None,
        dateline=Dateline("MOSCOW", "TASS", "December 1", (0, 27)), published="2022-12-01",
        actors=[Actor("person:sergey-lavrov", "Sergey Lavrov", "person", "RUS", "Foreign Minister", "GOV",
                      [(28, 34)]),
                Actor("RUS", "Russia", "state", "RUS", mentions=[(40, 46)])],
        quotes=[Quote("indirect", "Russia would respond", (40, 60),
                      Speaker("person:sergey-lavrov", "Sergey Lavrov", (28, 34)), Cue("said", (35, 39)))],
        events=[Event("RUS", None, "010", "01", 1, 0.0, "CONSULT", None, False, "2022-12-01",
                      Location("Moscow", "RUS"), (28, 61), (35, 39), 0, 0.7)],
        body_span=(28, 61), warnings=["decoded as cp1252"],
    )


def test_record_id_is_sha256_prefix_of_text():
    assert record_id("abc") == "ba7816bf8f01cfea"


def test_round_trip_through_dict_is_lossless():
    record = sample_record()
    assert Record.from_dict(record.to_dict()) == record


def test_round_trip_through_json_is_lossless():
    record = sample_record()
    assert Record.from_dict(json.loads(json.dumps(record.to_dict()))) == record


def test_spans_serialise_as_two_item_lists():
    d = sample_record().to_dict()
    assert d["dateline"]["span"] == [0, 27]
    assert d["actors"][0]["mentions"] == [[28, 34]]
    assert d["quotes"][0]["cue"]["span"] == [35, 39]
    assert d["events"][0]["trigger"] == [35, 39]


def test_record_md_field_names_are_present():
    d = sample_record().to_dict()
    for key in ("id", "source", "text", "headline", "subheadline", "dateline", "published", "language",
                "actors", "quotes", "events"):
        assert key in d
    assert set(d["events"][0]) >= {"source", "target", "cameo", "root", "quad_class", "goldstein", "plover",
                                   "mode", "symmetric", "date", "location", "span", "trigger", "quote",
                                   "confidence"}


def test_serialisation_follows_the_dataclass_fields_so_a_new_field_needs_no_code():
    from dataclasses import fields

    from wirecoder.record import Event, Location

    event = Event("RUS", None, "111", "11", 3, -2.0, "DISAPPROVE", "criticize", False, None,
                  Location("Oslo", "NOR"), (0, 5), (1, 2))
    d = event.to_dict()
    assert list(d) == [f.name for f in fields(Event)] and d["span"] == [0, 5] and d["location"]["country"] == "NOR"
    assert Event.from_dict(d) == event
    assert Location.from_dict({"name": "Oslo"}) == Location("Oslo", None)
