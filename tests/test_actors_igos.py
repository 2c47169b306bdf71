"""The UN's named agencies and assemblies act in their own name: each is its own actor, not the UN.
Invented dispatches."""

from __future__ import annotations

from wirecoder.article import Article


def ids(pipeline, text: str) -> list[str]:
    table = pipeline.find_actors(pipeline.nlp(text), Article(text=text, body_span=(0, len(text))))
    return [a.id for a in table.actors]


def test_a_un_agency_is_its_own_actor(pipeline):
    found = ids(pipeline, "UNICEF and the UN refugee agency sent tents to the flooded valley, while the "
                          "World Food Program flew in rice.")
    assert {"UNICEF", "UNHCR", "WFP"} <= set(found)
    assert "UN" not in found


def test_the_general_assembly_is_not_the_un_secretariat(pipeline):
    found = ids(pipeline, "The UN General Assembly voted on the resolution after the UN chief spoke.")
    assert "UNGA" in found
