"""The UN's named agencies and assemblies act in their own name: each is its own actor, not the UN.
Invented dispatches."""

from __future__ import annotations

from actor_support import find

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


def test_the_european_parliament_is_a_body_of_its_own_apart_from_the_eu(pipeline):
    text = "The European Parliament voted for the plan on Tuesday, and the European Commission welcomed it."
    table = find(pipeline, text)
    parliament = table.get("org:european-parliament")
    assert parliament is not None and (parliament.kind, parliament.sector) == ("organization", "LEG")
    assert table.resolve(text.index("European Commission"), text.index(" welcomed")) == "EU"


def test_an_organisation_named_without_an_acronym_has_an_org_id(pipeline):
    table = find(pipeline, "The Arab League called an emergency meeting on Sunday.")
    league = table.get("org:arab-league")
    assert league is not None and league.kind == "igo"


def test_european_and_yugoslav_courts_are_international_bodies(pipeline):
    table = find(pipeline, "The European Court of Justice ruled on Monday, weeks after the ICTY closed.")
    assert (table.get("ECJ").sector, table.get("ICTY").sector) == ("JUD", "JUD")
