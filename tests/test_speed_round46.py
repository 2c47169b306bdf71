"""Round 46 (speed28): the cyclic garbage collector is kept off while a stage reads a doc and the
objects alive at the first pipeline's load are frozen out of its full passes; the collector is on
again after every stage, a caller's own ``gc.disable()`` is kept, and the records are those of a
pipeline whose stages ran with it on (a speed change only; invented dispatches parsed by the real
spaCy pipeline)."""

from __future__ import annotations

import gc

import pytest

from wirecoder.article import read_article
from wirecoder.collection import freeze_loaded, paused
from wirecoder.dates import parse_date

TEXTS = [
    "RIGA, March 3 (Reuters) - Latvia accused Belarus on Tuesday of sending migrants across the border, "
    "and Foreign Minister Oskar Drenvald said Riga would recall its ambassador from Minsk.\n\n"
    '"We will not accept this," Drenvald told reporters in Riga.',
    "Belarus's foreign ministry rejected the accusation and called for talks with Latvia, a "
    "spokeswoman for the ministry said on Wednesday.",
]


def test_the_collector_is_on_again_after_every_stage(pipeline) -> None:
    """Each stage runs with the collector off and turns it on again when it returns."""
    assert gc.isenabled()
    seen: list[bool] = []
    for doc in pipeline.nlp.pipe(TEXTS):
        for component in pipeline.components:
            component(doc)
            seen.append(gc.isenabled())
    assert seen and all(seen)


def test_a_callers_own_disabled_collector_stays_off() -> None:
    """``paused`` leaves the collector off after its block where the caller had turned it off."""
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_on_again_after_an_error() -> None:
    """A block that raises still turns the collector on again."""
    with pytest.raises(ValueError), paused():
        assert not gc.isenabled()
        raise ValueError("a stage that trips")
    assert gc.isenabled()


def test_only_the_first_pipeline_of_a_process_freezes(pipeline) -> None:
    """The session's pipeline froze the loaded objects already: a later call freezes nothing more."""
    assert gc.get_freeze_count() > 0
    before = gc.get_freeze_count()
    assert not freeze_loaded()
    assert gc.get_freeze_count() == before


def test_records_are_those_of_stages_run_with_the_collector_on(pipeline) -> None:
    """Each stage's own work, run with the collector on and a full collection before it, gives the
    actors, quotes and events that extract gives."""
    finders = {type(c).__name__: c for c in pipeline.components}
    for text in TEXTS:
        record = pipeline.extract(text, reference_date="2026-11-29")
        article = read_article(text, parse_date("2026-11-29", "reference_date"))
        doc = pipeline.nlp(text)
        gc.collect()
        actors = finders["ActorsComponent"].finder(doc, article)
        gc.collect()
        quotes = finders["QuotesComponent"].finder(doc, article, actors)
        gc.collect()
        events = finders["EventsComponent"].coder(doc, article, actors, quotes)
        assert gc.isenabled()
        assert [q.to_dict() for q in quotes] == [q.to_dict() for q in record.quotes]
        assert [e.to_dict() for e in events] == [e.to_dict() for e in record.events]
        assert events, "the invented dispatches hold events"
