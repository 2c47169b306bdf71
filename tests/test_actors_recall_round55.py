"""Actors, round 55 (actrec55): actor recall where the audit's half B misses more than half A.

``benchmarks/actor_misses.py`` sorts missed actors by the part that failed. Kept: a name set off by commas
beside "head of", "member of" or "founder of" (offices.yaml ``member_nouns``) is a person's, as one beside an
office is, though spaCy tags it an organisation ("The new head of the Fund, NAME, has said"). Invented
dispatches; the persons, bodies and towns are invented ("Garlon Vessary", "the Velmora Ports Authority")."""

from __future__ import annotations

from wirecoder.sources import Document


def kinds(pipeline, text: str) -> dict[str, str]:
    """Printed actor id -> kind."""
    return {a.id: a.kind for a in pipeline.extract(Document(text=text, source="invented")).actors}


# --- a person beside "head of" is a person -------------------------------------------------------------------
def test_a_name_after_the_head_of_a_body_is_a_person(pipeline):
    found = kinds(pipeline, "WASHINGTON, March 2 (Reuters) - The new head of the Fund, Garlon Vessary, told "
                            "reporters on Tuesday that loans to copper miners in Zambia would be cut by a third.")
    assert found.get("person:garlon-vessary") == "person", found
    assert "org:garlon-vessary" not in found, found


def test_a_name_before_head_of_a_body_is_a_person(pipeline):
    found = kinds(pipeline, "WASHINGTON, March 2 (Reuters) - Garlon Vessary, head of the Fund, told reporters that "
                            "loans to copper miners in Zambia would be cut.")
    assert found.get("person:garlon-vessary") == "person", found


def test_an_office_in_apposition_still_makes_a_person(pipeline):
    found = kinds(pipeline, "WASHINGTON, March 2 (Reuters) - The director of the Fund, Garlon Vessary, told "
                            "reporters that loans to copper miners in Zambia would be cut.")
    assert found.get("person:garlon-vessary") == "person", found


def test_a_firm_beside_its_owner_is_still_a_firm(pipeline):
    """Only member nouns stand as an office: "the owner of the club, Tarrow Holdings," stays a firm."""
    found = kinds(pipeline, "LONDON, March 2 (Reuters) - The owner of the club, Tarrow Holdings, said the sale of "
                            "the ground was agreed on Tuesday.")
    assert found.get("org:tarrow-holdings") == "organization", found
