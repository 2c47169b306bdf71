"""The store: records written normalised, never twice, near-duplicates linked and left out of counts."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from wirecoder.errors import WirecoderError
from wirecoder.record import Actor, Cue, Event, Quote, Record, Speaker, record_id
from wirecoder.store import SCHEMA_VERSION, connect
from wirecoder.store.schema import ddl
from wirecoder.store.writer import NEAR_DUPLICATE, STORED, Outcome, Store

STORY = ("Kenya and Ethiopia agree to river talks\n\n"
         "NAIROBI, March 4 (Reuters) - Marta Okonkwo-Ruiz, the foreign minister of Kenya, met her "
         "Ethiopian counterpart Dawit Berhane-Sol on Tuesday and agreed to open talks on the shared river "
         "basin next month in Addis Ababa. \"We are ready to sit down at any table,\" Okonkwo-Ruiz told "
         "reporters after the meeting, adding that engineers from both countries would survey the dams. "
         "Berhane-Sol said the talks would also cover grazing rights along the border and a joint fund "
         "for the farmers who lost land to last year's floods.")


def story_record(text: str = STORY, source: str = "wire/kenya.txt") -> Record:
    """A record built by hand: the store is tested apart from the linguistic stages."""
    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return (i, i + len(s))

    sentence = at("NAIROBI, March 4 (Reuters) - Marta Okonkwo-Ruiz, the foreign minister of Kenya, met her")
    sentence = (sentence[0], text.index("Addis Ababa.") + len("Addis Ababa."))
    return Record(
        id=record_id(text), source=source, text=text, headline=text.split("\n")[0], published="2024-03-04",
        actors=[Actor("KEN", "Kenya", "state", "KEN", mentions=[at("Kenya"), at("Kenya,")]),
                Actor("person:marta-okonkwo-ruiz", "Marta Okonkwo-Ruiz", "person", "KEN",
                      "foreign minister", "GOV", [at("Marta Okonkwo-Ruiz")])],
        quotes=[Quote("direct", "We are ready to sit down at any table,", at("We are ready to sit down at any table,"),
                      Speaker("person:marta-okonkwo-ruiz", "Marta Okonkwo-Ruiz", at("Okonkwo-Ruiz told")),
                      Cue("told", at("told")))],
        events=[Event("KEN", "ETH", "036", "03", 1, 4.0, "CONSULT", None, True, "2024-03-04", None,
                      sentence, at("agreed to open talks"))])


def reissued(text: str) -> str:
    """The same story with two words changed, as wires re-issue it."""
    return text.replace("next month", "in April").replace("survey", "inspect")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.duckdb") as s:
        yield s


def test_a_record_is_stored_normalised_with_the_whole_record_as_json(store):
    record = story_record()
    [outcome] = store.add([record])
    assert outcome.status == STORED
    con = store.con
    source, published, n_chars, stored_json = con.execute(
        "SELECT source, published, n_chars, record FROM articles").fetchone()
    assert (source, str(published), n_chars) == ("wire/kenya.txt", "2024-03-04", len(STORY))
    assert json.loads(stored_json) == record.to_dict()
    assert con.execute("SELECT actor_id, n_mentions FROM actors ORDER BY actor_id").fetchall() == [
        ("KEN", 2), ("person:marta-okonkwo-ruiz", 1)]
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 3
    assert con.execute("SELECT speaker_actor, cue_text FROM quotes").fetchall() == [
        ("person:marta-okonkwo-ruiz", "told")]


def test_event_sentence_and_trigger_text_come_from_their_spans(store):
    record = story_record()
    store.add([record])
    sentence, trigger = store.con.execute("SELECT sentence, trigger_text FROM events").fetchone()
    event = record.events[0]
    assert sentence == STORY[event.span[0]:event.span[1]] and sentence.endswith("in Addis Ababa.")
    assert trigger == "agreed to open talks"


def test_adding_the_same_text_again_adds_nothing(store):
    store.add([story_record()])
    before = store.counts()
    [again] = store.add([story_record(source="elsewhere/kenya-copy.txt")])
    assert again.status == "duplicate" and store.counts() == before


def test_a_reissued_story_is_linked_to_the_first_and_not_counted(store):
    first, second = story_record(), story_record(reissued(STORY), source="wire/kenya-update.txt")
    outcomes = store.add([first, second])
    assert [o.status for o in outcomes] == [STORED, NEAR_DUPLICATE]
    assert outcomes[1].duplicate_of == first.id
    con = store.con
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert con.execute("SELECT DISTINCT article_id FROM counted_events").fetchall() == [(first.id,)]
    assert con.execute("SELECT count(*) FROM counted_quotes").fetchone()[0] == 1
    assert con.execute("SELECT duplicate_of FROM articles WHERE id = ?", [second.id]).fetchone() == (first.id,)


def test_different_stories_are_not_linked(store):
    other = ("Chile and Peru agree to joint border patrols\n\nSANTIAGO, June 2 (AFP) - Chile and Peru agreed "
             "on Sunday to run joint patrols along their desert border, said Rodrigo Valdés-Imamura, the "
             "Chilean interior minister, after a meeting with his Peruvian counterpart in Arica.")
    outcomes = store.add([story_record(), Record(id=record_id(other), source="wire/chile.txt", text=other)])
    assert [o.status for o in outcomes] == [STORED, STORED]


def test_the_near_duplicate_index_survives_reopening_the_file(tmp_path):
    path = tmp_path / "news.duckdb"
    with Store(path) as first_run:
        first_run.add([story_record()])
    with Store(path) as second_run:
        [outcome] = second_run.add([story_record(reissued(STORY), "wire/kenya-update.txt")])
    assert outcome.status == NEAR_DUPLICATE and outcome.duplicate_of == record_id(STORY)


def test_a_version_1_store_is_migrated_and_its_articles_indexed(tmp_path):
    from wirecoder.store.dedup import signature

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(ddl(1))  # the tables of version 1
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO articles (id, minhash) VALUES (?, ?)",
                [record_id(STORY), [int(v) for v in signature(STORY)]])
    con.close()
    con = connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert con.execute("SELECT count(*) FROM lsh_bands").fetchone()[0] > 0
    con.close()
    with Store(path) as store:
        [outcome] = store.add([story_record(reissued(STORY))])
    assert outcome.duplicate_of == record_id(STORY)


def test_a_failure_is_logged_with_its_reason_and_stores_nothing(store):
    store.write([Outcome("wire/empty.txt", reason="empty file: nothing to read")])
    assert store.con.execute("SELECT item, status, reason FROM ingest_log").fetchall() == [
        ("wire/empty.txt", "failed", "empty file: nothing to read")]
    assert store.counts()["articles"] == 0


def test_a_record_from_the_real_pipeline_round_trips_through_the_store(store, pipeline):
    record = pipeline.extract(STORY, source="wire/kenya.txt", reference_date="2024-03-10")
    store.add([record])
    stored = store.con.execute("SELECT record FROM articles").fetchone()[0]
    assert Record.from_dict(json.loads(stored)) == record
    assert store.con.execute("SELECT count(*) FROM quotes").fetchone()[0] == len(record.quotes)
    assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == len(record.events)


def test_an_item_that_hit_an_internal_error_is_not_done_and_its_retry_replaces_the_log_row(store):
    from wirecoder.store.writer import ERROR

    store.write([Outcome("wire/kenya.txt", reason="internal error: IndexError: boom", status=ERROR)])
    assert store.done_items(["wire/kenya.txt"]) == set()
    store.write([Outcome("wire/kenya.txt", record=story_record())])
    assert store.done_items(["wire/kenya.txt"]) == {"wire/kenya.txt"}
    assert store.con.execute("SELECT status FROM ingest_log").fetchall() == [("stored",)]


# --- Stores that cannot be opened: one line, never a raw DuckDB error ---------------------------


def test_a_store_locked_by_another_process_is_one_line_naming_it(tmp_path):
    db = tmp_path / "news.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(120)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        for read_only in (False, True):
            with pytest.raises(WirecoderError) as exc:
                connect(db, read_only=read_only)
            message = str(exc.value)
            assert message.startswith(f"{db}: cannot open the store") and "\n" not in message
            assert not isinstance(exc.value, duckdb.Error)
    finally:
        holder.kill()
        holder.wait()


def test_a_file_that_is_not_a_duckdb_store_is_one_line_naming_it(tmp_path):
    notes = tmp_path / "notes.duckdb"
    notes.write_text("Kenya and Ethiopia agree to river talks\n" * 200, "utf-8")
    for read_only in (False, True):
        with pytest.raises(WirecoderError) as exc:
            connect(notes, read_only=read_only)
        assert str(exc.value).startswith(f"{notes}: cannot open the store") and "\n" not in str(exc.value)


def test_cli_on_an_unopenable_store_or_unwritable_output_prints_one_line(tmp_path, capsys):
    from wirecoder.cli import main

    notes = tmp_path / "notes.duckdb"
    notes.write_text("not a database\n" * 200, "utf-8")
    assert main(["export", str(tmp_path / "out.jsonl"), "--db", str(notes)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"wirecoder: {notes}: cannot open the store") and err.count("\n") == 1
    db = tmp_path / "news.duckdb"
    connect(db).close()
    out = tmp_path / "taken.jsonl"
    out.mkdir()  # a folder where the file should go: unwritable even for root
    assert main(["export", str(out), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"wirecoder: {out}: ") and err.count("\n") == 1 and "Traceback" not in err


def test_cli_export_that_duckdb_cannot_write_prints_one_line(tmp_path, capsys):
    from wirecoder.cli import main

    db = tmp_path / "news.duckdb"
    connect(db).close()
    out = tmp_path / "taken.parquet"
    out.mkdir()  # DuckDB's COPY cannot write here; it raises its own IOException, not OSError
    assert main(["export", str(out), "--db", str(db), "--table", "articles"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wirecoder: ") and str(out) in err and err.count("\n") == 1


def test_each_table_is_declared_once_and_its_ddl_matches_the_file():
    from wirecoder.store.schema import EVENTS, TABLES

    con = connect(":memory:")
    for table in TABLES.values():
        stored = [r[0] for r in con.execute(f"DESCRIBE {table.name}").fetchall()]
        assert stored == [c.name for c in table.columns]
        assert len(table.arrow_schema()) == len(table.written)
    with pytest.raises(TypeError, match="no value for column"):
        EVENTS.row(article_id="a")
    con.close()
