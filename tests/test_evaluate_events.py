"""`wirecoder evaluate events`: gold sets read tolerantly, codes mapped, scores computed."""

from __future__ import annotations

import argparse
import io

import pytest
from conftest import ROOT, SHARED

from wirecoder.evaluation import events as ev
from wirecoder.evaluation import splits
from wirecoder.record import Actor, Event, Record

UPETR = SHARED / "data" / "event-coding" / "universal-petrarch" / "PETR2_GSR_validation.xml"
PLOVER = SHARED / "data" / "event-coding" / "plover" / "PLOVER_GSR_CAMEO.json"


@pytest.mark.parametrize("code,country", [("USAGOV", "USA"), ("RUSMIL", "RUS"), ("IGOUNO", "UN"),
                                          ("IGOUNOMIL", "UN"), ("IGOEUREEC", "EU"), ("---REB", None),
                                          ("JAP", "JPN"), ("", None), ("IMGMUSISI", None),
                                          ("NGOHRI", None), ("PSEREBHMSGOV", "PSE")])
def test_phoenix_codes_become_countries_or_igo_ids(code, country):
    assert ev.phoenix_country(code) == country


def test_evaluation_finds_shared_data_beside_the_checkout():
    assert ev.shared_dir().resolve() == SHARED.resolve()


def _event(source, target, root, symmetric=False):
    return Event(source, target, root + "0", root, 1, 0.0, None, None, symmetric, None, None, (0, 1), (0, 1))


def test_person_counts_as_the_country_it_acts_for():
    record = Record("x", None, "t", actors=[Actor("person:lin-qiao", "Lin Qiao", "person", "CHN")])
    assert ev.record_country(record, "person:lin-qiao") == "CHN"
    assert ev.record_country(record, "USA") == "USA"


def test_upetr_score_counts_a_symmetric_prediction_either_way():
    gold = ev.Sentence("s", "text", None, gold={("USA", "RUS", "04"), ("RUS", "USA", "04")})
    record = Record("x", None, "t", events=[_event("RUS", "USA", "04", symmetric=True)])
    score = ev.score_upetr([gold], [record])
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_upetr_score_counts_misses_and_false_alarms():
    gold = ev.Sentence("s", "text", None, gold={("USA", "IRQ", "19")})
    record = Record("x", None, "t", events=[_event("IRQ", "USA", "19")])
    score = ev.score_upetr([gold, ev.Sentence("t", "text", None)], [record, None])
    assert (score.tp, score.fp, score.fn) == (0, 1, 1) and score.f1 == 0.0


@pytest.mark.skipif(not UPETR.exists(), reason="../shared event-coding data is not here")
def test_upetr_file_reads_78_sentences_12_without_events():
    sentences = ev.load_upetr(UPETR)
    assert len(sentences) == 78
    assert sum(1 for s in sentences if not s.gold) >= 12


@pytest.mark.skipif(not PLOVER.exists(), reason="../shared event-coding data is not here")
def test_plover_examples_use_current_type_names():
    sentences = ev.load_plover(PLOVER)
    assert len(sentences) == 322
    assert {s.gold_event for s in sentences}.isdisjoint({"DISAPPROVE", "DEMAND", "FIGHT", "INVESTIGATE"})


@pytest.mark.skipif(not UPETR.exists(), reason="../shared event-coding data is not here")
def test_evaluate_runs_the_whole_pipeline_on_a_few_sentences():
    out = io.StringIO()
    results = ev.evaluate(["upetr"], limit=3, out=out)
    assert results["upetr"].n == 3
    assert "F1" in out.getvalue()


def test_register_adds_the_events_benchmark():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    ev.register(sub)
    args = parser.parse_args(["events", "--set", "plover", "--limit", "5"])
    assert (args.set, args.limit, args.func, args.split) == ("plover", 5, ev._run, "test")
    assert parser.parse_args(["events", "--split", "dev"]).split == "dev"


def test_phoenix_igo_codes_map_to_the_ids_our_igo_table_uses():
    from importlib import resources

    import yaml

    raw = yaml.safe_load(resources.files("wirecoder").joinpath("data", "actors", "igos.yaml").read_text("utf-8"))
    ids = {entry["id"] for entries in raw.values() if isinstance(entries, list) for entry in entries
           if isinstance(entry, dict) and "id" in entry}
    assert set(ev.PHOENIX_IGOS.values()) <= ids
    assert ev.phoenix_country("IGOARBGOV") == "org:arab-league" and ev.phoenix_country("IGOWBK") == "WB"


class _RecordingPipeline:
    """The real pipeline, noting the reference date each extraction is given."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.reference_dates: list = []

    def extract(self, text, **kwargs):
        self.reference_dates.append(kwargs.get("reference_date"))
        return self.pipeline.extract(text, **kwargs)


def test_seed_score_uses_a_fixed_reference_date_not_today(pipeline, seed_text):
    recording = _RecordingPipeline(pipeline)
    found, required, _missing = ev.score_seed(recording)
    assert recording.reference_dates and set(recording.reference_dates) == {ev.SEED_REFERENCE_DATE}
    assert found == required


# --- dev and test halves ------------------------------------------------------------------------
def test_an_unquoted_item_always_lands_on_the_same_side_by_its_id():
    sides = [splits.hash_split("upetr", f"ITEM-{i}") for i in range(200)]
    assert sides == [splits.hash_split("upetr", f"ITEM-{i}") for i in range(200)]
    assert 60 < sides.count("test") < 140


def test_an_item_the_repository_quotes_goes_to_dev():
    quoted = splits.quoted_ids()["plover"]
    assert quoted and all(splits.split_of("plover", item) == "dev" for item in quoted)


def test_six_shared_words_make_a_quotation_and_five_do_not():
    items = [("one", "The envoy of Freedonia walked out of the talks in Sylvania on Friday")]
    assert splits.find_quoted(items, [("a.py", "# walked out of the talks in Sylvania")]) == {"one": "a.py"}
    assert splits.find_quoted(items, [("b.py", "# out of the talks in")]) == {}


def test_the_split_file_keeps_item_ids_only():
    for name, ids in splits.quoted_ids().items():
        assert name in splits.SETS
        assert all(" " not in item and len(item) < 60 for item in ids)


@pytest.mark.skipif(not PLOVER.exists(), reason="../shared event-coding data is not here")
def test_every_gold_item_is_in_exactly_one_half():
    for name, items in (("upetr", ev.load_upetr(UPETR)), ("plover", ev.load_plover(PLOVER))):
        dev = {s.id for s in items if splits.in_split(name, s.id, "dev")}
        test = {s.id for s in items if splits.in_split(name, s.id, "test")}
        assert dev and test and not dev & test and dev | test == {s.id for s in items}


@pytest.mark.skipif(not PLOVER.exists() or not (ROOT / ".git").exists(),
                    reason="../shared event-coding data or the git checkout is not here")
def test_the_split_file_lists_what_the_tree_quoted_when_it_was_made():
    # Quotations may be removed from the tree since, never added: what it quotes now was listed then.
    now = splits.make_splits(ROOT)
    for name in splits.SETS:
        assert set(now[name]["quoted"]) <= splits.quoted_ids()[name]
