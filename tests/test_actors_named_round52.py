"""Actors, round 52 (actfix52): a football club named by its town ("Harnby Town", "Kestrel City") is no person; a
story that names no state, no body of one, and places of one state only ("the south of England") is set in that
state, so its people are that state's. A news outlet that reports or is acted on stays an actor (round 52 measured
dropping outlets named only as the medium of others' words, "X told Reuters", and left it out: see README).
Invented dispatches; persons, firms, clubs and outlets named "Kestrel ...", "Tarvik ...", "Harnby ..." invented."""

from __future__ import annotations

from helpers import printed_bodies

from wirecoder.sources import Document


def bodies(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country)."""
    return printed_bodies(pipeline, text, "name", "country")


# --- an outlet that reports or is acted on stays an actor ----------------------------------------------
def test_an_outlet_that_reported_is_an_actor_ap_style(pipeline):
    found = bodies(pipeline, "WASHINGTON (AP) - Envoy Tarven Moll said he learned of the delay after the Kestrel "
                             "Post reported that the grant was frozen.")
    assert any("Kestrel Post" in name for name, _ in found.values()), found


def test_an_outlet_whose_reporter_was_accused_is_an_actor_bbc_style(pipeline):
    found = bodies(pipeline, "Mayor in row with paper\n\nThe mayor, Orrin Castlewick, accused a Tarvik Standard "
                             "journalist of harassment. The Tarvik Standard said it stood by its reporter.")
    assert any("Tarvik Standard" in name for name, _ in found.values()), found


# --- a club named by its town is no person ---------------------------------------------------------------
def test_a_club_named_by_its_town_is_no_person_bbc_style(pipeline):
    found = pipeline.extract(Document(text="Club fined over crowd trouble\n\nHarnby Town were fined 20,000 pounds "
                                           "after fans ran on the pitch. Kestrel City said it would appeal.",
                                      source="invented")).actors
    assert not any(a.kind == "person" and a.name in ("Harnby Town", "Kestrel City") for a in found), found


# --- a story set by its places alone ------------------------------------------------------------------
def test_a_firm_chief_in_a_story_that_names_only_england_is_british_bbc_style(pipeline):
    found = pipeline.extract(Document(text="Water firm fined over spills\n\nA water company in the south of England "
                                           "has been fined for releasing sewage into rivers. Dellmere Water chief "
                                           "executive Tomas Brackwell said the company accepted the ruling.",
                                      source="invented")).actors
    assert {a.name: a.country for a in found if a.kind == "person"}.get("Tomas Brackwell") == "GBR", found
