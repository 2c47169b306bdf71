"""Events, round 46 (evmodel46): the learned recall layer (``events/learned.py``), off by default.

The shipped weights load and say what they were trained on (the invented dispatches, whose hash must
match the current file: retrain after adding dispatches); a retrain is deterministic; with the layer
off nothing changes; with it on, every event it adds is marked as the model's and joins a pair no rule
joined. Every dispatch is invented (made-up people, real states).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

import wirecoder
from wirecoder.events.learned import DATA, FEATURE_SET, MAX_HOPS, NONE, EventModel, dispatches_hash, train
from wirecoder.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
DISPATCHES = ROOT / "tests" / "data" / "events_news" / "dispatches.txt"
TEXT = ("TALLINN, Nov 30 (Reuters) - Estonia's foreign minister, Oskar Drenvald, shadowed the Latvian "
        "delegation throughout the summit on Monday, while Lithuania praised Poland for its border patrols.")


@pytest.fixture(scope="module")
def model_pipeline() -> wirecoder.Pipeline:
    settings = load_settings()
    settings["events"] = {**settings["events"], "model": True, "model_threshold": 0.0}
    return wirecoder.Pipeline(settings=settings)


def test_the_shipped_model_loads_and_names_its_training_set_and_features():
    model = EventModel.load()
    assert NONE in model.classes and all(c == NONE or len(c) == 2 for c in model.classes)
    assert model.header["trained_on"].startswith("tests/data/events_news")
    assert model.header["feature_set"] == FEATURE_SET
    assert model.header["max_hops"] == MAX_HOPS
    assert DATA.stat().st_size < 1_000_000


def test_the_shipped_model_was_trained_on_the_current_dispatches():
    """Retrain (benchmarks/train_event_model.py) whenever tests/data/events_news/dispatches.txt changes."""
    assert EventModel.load().header["dispatches_sha256"] == dispatches_hash(DISPATCHES)


def test_training_twice_on_the_same_samples_gives_the_same_weights():
    samples = [(("bias", "lemma=shadow", "roles=nsubj|dobj"), "17"), (("bias", "lemma=say"), NONE),
               (("bias", "lemma=praise", "roles=nsubj|dobj"), "05"), (("bias", "lemma=meet"), "04")]
    first, second = train(samples, epochs=20), train(samples, epochs=20)
    assert first[0] == second[0] and np.array_equal(first[1], second[1])


def test_a_retrain_on_a_slice_of_the_dispatches_writes_the_same_bytes(pipeline, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import train_event_model as trainer

    samples = trainer.collect(names=trainer.split_names(trainer.EVENTS, "dev")[:4], pipeline=pipeline)
    assert samples, "the slice has candidate pairs"
    trainer.fit(samples).dump(tmp_path / "a.json")
    trainer.fit(samples).dump(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert EventModel.load(tmp_path / "a.json").classes


def test_the_layer_is_off_by_default(pipeline):
    coder = next(c.coder for c in pipeline.components if hasattr(c, "coder"))
    assert coder.model is None
    record = pipeline.extract(TEXT)
    assert all((why := coder.provenance(e)) is None or why.source_rule != "model" for e in record.events)


def test_every_event_the_layer_adds_is_marked_and_joins_a_pair_no_rule_joined(model_pipeline):
    coder = next(c.coder for c in model_pipeline.components if hasattr(c, "coder"))
    record = model_pipeline.extract(TEXT)
    learned = [e for e in record.events if coder.provenance(e).pair == "model > model"]
    ruled = [e for e in record.events if coder.provenance(e).pair != "model > model"]
    assert learned, "at threshold 0 the layer proposes a root for a pair the rules left"
    for e in learned:
        assert 0.0 <= e.confidence <= 1.0 and e.cameo == e.root + "0"
        assert not any({r.source, r.target} == {e.source, e.target} and r.span == e.span for r in ruled)


def test_the_layer_leaves_the_rules_events_as_they_were(pipeline, model_pipeline):
    coder = next(c.coder for c in model_pipeline.components if hasattr(c, "coder"))
    plain = {(e.source, e.target, e.cameo) for e in pipeline.extract(TEXT).events}
    ruled = {(e.source, e.target, e.cameo) for e in model_pipeline.extract(TEXT).events
             if coder.provenance(e).pair != "model > model"}
    assert ruled == plain
