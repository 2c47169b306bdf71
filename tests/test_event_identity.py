"""One event, many reports: the store counts an event once however many articles report it.

Invented dispatches in three agencies' house styles, coded by the real pipeline into a real DuckDB
file. Their wording differs (they are not near-duplicates), their event is the same.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wirecoder.cli import main
from wirecoder.errors import WirecoderError
from wirecoder.export import GDELT_COLUMNS, export
from wirecoder.store import query
from wirecoder.store.writer import STORED, Store

REFERENCE = "2024-06-20"

# One accusation, written up by three agencies on the day it was made.
REUTERS = ("Estonia says Belarus jammed its border radars\n\nTALLINN, May 14 (Reuters) - Estonia on Tuesday "
           "accused Belarus of jamming the radar stations along their shared frontier, Foreign Minister "
           "Kalev Saarmann told reporters in the capital.")
AFP = ("Tallinn blames Minsk for radar outage\n\nTALLINN, May 14 (AFP) - The Estonian government accused "
       "Belarus on Tuesday of deliberately disrupting its frontier radars, calling the interference a "
       "hostile act that left a stretch of the border unwatched for hours.")
AP = ("Estonia points finger at Belarus over radar disruption\n\nTALLINN, Estonia, May 14 (AP) \u2014 Estonia "
      "accused neighbouring Belarus of sabotaging its border surveillance, saying electronic interference "
      "had knocked out three radar posts overnight.")
# The same accusation made again two days later: another event.
LATER = ("Estonia renews charge against Belarus\n\nTALLINN, May 16 (Reuters) - Estonia on Thursday again "
         "accused Belarus of jamming its frontier radars, two days after a first outage, and summoned the "
         "Belarusian charge d'affaires.")
# One meeting, reported from each side: Finland met Estonia, Estonia met Finland.
MEETING_FI = ("Finnish and Estonian leaders meet\n\nHELSINKI, June 3 (Reuters) - Finland and Estonia met in "
              "Helsinki on Monday to discuss a joint undersea cable patrol, the Finnish government said.")
MEETING_EE = ("Estonian premier holds talks in Helsinki\n\nTALLINN, June 3 (AFP) - Estonia met with Finland on "
              "Monday in the Finnish capital, agreeing to study joint patrols of the undersea cables between "
              "the two countries.")
TEXTS = {"reuters.txt": REUTERS, "afp.txt": AFP, "ap.txt": AP, "later.txt": LATER,
         "meeting-fi.txt": MEETING_FI, "meeting-ee.txt": MEETING_EE}


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("identity") / "news.duckdb"
    records = [pipeline.extract(text, source=f"wire/{name}", reference_date=REFERENCE)
               for name, text in TEXTS.items()]
    with Store(path) as store:
        outcomes = store.add(records)
    assert [o.status for o in outcomes] == [STORED] * len(TEXTS)  # no write-up is a near-duplicate
    return path


def accusations(db: Path, **kwargs) -> list[dict]:
    return query.events(db, source="EST", target="BLR", cameo="112", limit=None, **kwargs)


def test_three_agencies_writing_up_one_accusation_give_one_event(db):
    first, _ = accusations(db)
    assert (first["day"].isoformat(), first["num_articles"], first["num_sources"]) == ("2024-05-14", 3, 3)
    assert first["num_reports"] == 3 and first["first_seen"].isoformat() == "2024-05-14"
    assert sorted(first["article_ids"]) == sorted(r["article_id"] for r in accusations(db, per_report=True)[:3])


def test_the_same_accusation_on_two_days_is_two_events(db):
    days = [(r["day"].isoformat(), r["num_articles"]) for r in accusations(db)]
    assert days == [("2024-05-14", 3), ("2024-05-16", 1)]


def test_a_meeting_reported_from_both_sides_is_one_event(db):
    for source, target in (("FIN", "EST"), ("EST", "FIN")):
        [meeting] = query.events(db, source=source, target=target, root="04")
        assert meeting["symmetric"] and (meeting["num_articles"], meeting["num_sources"]) == (2, 2)
    assert len(query.events(db, source="FIN", target="EST", root="04", per_report=True)) == 2


def test_one_sided_reports_are_never_merged(tmp_path):
    from wirecoder.record import Event, Record, record_id

    def one_sided(text: str) -> Record:
        start = text.index("rejected")
        return Record(id=record_id(text), source=f"wire/{record_id(text)}.txt", text=text, published="2024-05-14",
                      events=[Event("EST", None, "120", "12", 3, -4.0, "REJECT", None, False, None, None,
                                    (0, len(text)), (start, start + 8))])

    path = tmp_path / "one-sided.duckdb"
    with Store(path) as store:
        store.add([one_sided("Estonia rejected the tender for its new ferries."),
                   one_sided("Estonia rejected calls for an early election in the spring.")])
    assert [r["num_articles"] for r in query.events(path)] == [1, 1]


def test_per_report_gives_one_row_per_coded_report(db):
    assert len(accusations(db, per_report=True)) == 4
    assert "num_articles" not in accusations(db, per_report=True)[0]


def test_the_root_key_merges_codes_of_one_root_on_one_day(db):
    later = query.events(db, source="EST", target="BLR", since="2024-05-16", until="2024-05-16", limit=None)
    assert sorted(r["cameo"] for r in later) == ["112", "114"]
    [merged] = query.events(db, source="EST", target="BLR", since="2024-05-16", until="2024-05-16",
                            limit=None, event_key="root")
    assert merged["root"] == "11" and merged["num_reports"] == 2 and merged["num_articles"] == 1
    with pytest.raises(WirecoderError, match="event_key"):
        query.events(db, event_key="verb")


def test_dyad_and_actors_count_the_event_once(db):
    [may] = query.dyad(db, "EST", "BLR")
    assert (may["ab_n"], may["ba_n"], may["total_n"]) == (3, 0, 3)  # 14 May: one; 16 May: 112 and 114
    assert query.dyad(db, "EST", "BLR", per_report=True)[0]["total_n"] == 5
    [june] = query.dyad(db, "FIN", "EST")
    assert (june["ab_n"], june["ba_n"], june["total_n"]) == (1, 1, 1)
    by_id = {r["actor_id"]: r for r in query.actors(db, top=None, by="events")}
    per_report = {r["actor_id"]: r for r in query.actors(db, top=None, by="events", per_report=True)}
    assert by_id["BLR"]["events"] == 3 and per_report["BLR"]["events"] == 5


def test_gdelt_export_has_one_row_per_event_with_its_counts(db, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    export(db, out)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in out.read_text("utf-8").splitlines()]
    [accusation] = [r for r in rows if r["Day"] == "20240514" and r["EventCode"] == "112"]
    assert (accusation["NumMentions"], accusation["NumArticles"], accusation["NumSources"]) == ("3", "3", "3")
    again = tmp_path / "again.gdelt.tsv"
    export(db, again)
    assert again.read_text("utf-8").splitlines() == out.read_text("utf-8").splitlines()


def test_events_table_export_lists_each_events_articles(db, tmp_path):
    out = tmp_path / "events.csv"
    n = export(db, out)
    assert n == len(query.events(db, limit=None))
    with out.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    [accusation] = [r for r in rows if r["day"] == "2024-05-14" and r["cameo"] == "112"]
    assert accusation["num_articles"] == "3" and accusation["event_id"]
    assert export(db, tmp_path / "reports.csv", per_report=True) > n


def test_cli_per_report_and_settings_event_key(db, tmp_path, capsys):
    assert main(["events", "--db", str(db), "--source", "EST", "--target", "BLR", "--format", "csv"]) == 0
    once = capsys.readouterr().out.strip().splitlines()
    assert main(["events", "--db", str(db), "--source", "EST", "--target", "BLR", "--format", "csv",
                 "--per-report"]) == 0
    reports = capsys.readouterr().out.strip().splitlines()
    assert (len(once) - 1, len(reports) - 1) == (3, 5)
    settings = tmp_path / "root.toml"
    settings.write_text('[dedup]\nevent_key = "root"\n', "utf-8")
    assert main(["events", "--db", str(db), "--source", "EST", "--target", "BLR", "--format", "csv",
                 "--settings", str(settings)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) - 1 == 2
    settings.write_text('[dedup]\nevent_key = "verb"\n', "utf-8")
    assert main(["dyad", "EST", "BLR", "--db", str(db), "--settings", str(settings)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "event_key" in err[0]


def test_event_counts_sum_up_reports_and_distinct_events(db):
    counts = query.event_counts(db)
    assert counts["reports"] == len(query.events(db, limit=None, per_report=True))
    assert counts["events"] == len(query.events(db, limit=None))
    assert counts["in_several_articles"] == counts["in_several_sources"] == 2  # the accusation, the meeting
    assert query.event_counts(db, event_key="root")["events"] < counts["events"]


def test_a_page_of_events_is_the_start_of_the_whole_list(db):
    everything = [r["event_id"] for r in query.events(db, limit=None)]
    for n in range(1, len(everything) + 1):
        assert [r["event_id"] for r in query.events(db, limit=n)] == everything[:n]
