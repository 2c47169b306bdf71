"""Actors, round 56 (actrec56): persons after a profession noun, given names.

``benchmarks/actor_misses.py`` sorts missed actors by the part that failed. Kept: a name set off by commas
right after "the"/"a" and a noun for a person of no office ("a retired nurse, NAME,") is a person's, whatever
spaCy tags it; a name of two or three capitalised words that opens with a given name of one sex
(given_names.yaml) is a person's though spaCy tags it a place or a body. (Hong Kong and Macau as states of
their own were tried and taken out at the merge: they cost the event recall audit's half A.) Invented dispatches; the persons, clinics and
firms are invented ("Tamsin Brackway", "the Orvale Clinic")."""

from __future__ import annotations

from wirecoder.sources import Document


def printed(pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Printed actor id -> (kind, country, sector)."""
    return {a.id: (a.kind, a.country, a.sector) for a in pipeline.extract(Document(text=text, source="invented")).actors}


# --- a profession noun before a name set off by commas ---------------------------------------------------------
def test_a_name_after_a_nurse_and_a_comma_is_a_person_reuters_style(pipeline):
    found = printed(pipeline, "LONDON, March 2 (Reuters) - A retired nurse, Tamsin Brackway, wrote to the health "
                              "ministry on Monday to ask it to reopen the Orvale Clinic. Brackway said patients had "
                              "waited for days.")
    assert found.get("person:tamsin-brackway", ("",))[0] == "person", found
    assert not any(key.endswith("brackway") and key != "person:tamsin-brackway" for key in found), found


def test_a_profession_is_no_office_and_no_political_sector_ap_style(pipeline):
    """The noun makes the name a person's; it gives no office and no sector of government."""
    found = printed(pipeline, "OSLO, March 2 (AP) - After visiting the depot, a retired surgeon, Vessa Tornquist, "
                              "told county officials that the Corvane Company had broken the law.")
    kind, _, sector = found.get("person:vessa-tornquist", ("", None, None))
    assert kind == "person", found
    assert sector not in ("GOV", "JUD", "LEG", "MIL", "COP"), found


def test_a_firm_after_a_comma_and_no_person_noun_stays_a_firm(pipeline):
    """Only a noun for a person makes the name a person's: "its parent, Tarrow Holdings," stays a body."""
    found = printed(pipeline, "LONDON, March 2 (Reuters) - The club's owner said its parent, Tarrow Holdings, "
                              "would sell the ground on Tuesday.")
    assert not any(key.startswith("person:tarrow") for key in found), found


# --- a given name opens a person's name -------------------------------------------------------------------------
def test_a_given_name_of_one_sex_never_makes_a_named_body_a_person(pipeline):
    """A name the agents lexicon or the dictionary knows stays what it is, given name or not."""
    found = printed(pipeline, "LONDON, March 2 (Reuters) - Britain's Home Office said on Tuesday that the "
                              "Orvale Clinic must close.")
    assert not any(key.startswith("person:") for key in found), found
