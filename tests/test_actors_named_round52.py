"""Actors, round 52 (actfix52): a news outlet named only as the medium of others' words ("X told Reuters",
"told BBC Radio 4's Today programme", "writing in the Times", "a Reuters poll", "BBC correspondent X") takes
no part in the story's politics and is no actor; an outlet that reports, publishes or is acted on stays
one. Invented dispatches; persons and outlets named "Kestrel ..." or "Tarvik ..." invented."""

from __future__ import annotations

from helpers import printed_bodies


def bodies(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country)."""
    return printed_bodies(pipeline, text, "name", "country")


# --- an outlet that only heard or carried someone's words --------------------------------------------
def test_an_outlet_a_minister_told_is_no_actor_bbc_style(pipeline):
    found = bodies(pipeline, "Fuel duty row\n\nTransport Secretary Alwyn Pardrew told BBC Radio 4's Today "
                             "programme the rise was fair. Shadow chancellor Morwen Kelby told the Times: \"It is "
                             "a tax on the countryside.\"")
    assert not any(name in ("BBC", "Times", "Radio 4") for name, _ in found.values()), found


def test_an_agency_a_minister_told_is_no_actor_reuters_style(pipeline):
    found = bodies(pipeline, "TOKYO, March 3 (Reuters) - Finance Minister Haruki Tenbo told Reuters the yen was "
                             "too strong. Economists polled by Reuters expect a rate cut next month.")
    assert "org:reuters" not in found, found


def test_an_outlet_whose_correspondent_or_poll_is_named_is_no_actor_bbc_style(pipeline):
    found = bodies(pipeline, "Tories trail on health\n\nBBC political correspondent Dafydd Morlais says the polls "
                             "show the Tories behind on health. A new ABC News poll shows support for the plan "
                             "at 41%.")
    assert not any("BBC" in name or "ABC" in name for name, _ in found.values()), found


def test_an_outlet_in_an_interview_is_no_actor_ap_style(pipeline):
    found = bodies(pipeline, "RAMALLAH, West Bank (AP) - In an email interview with the Kestrel Herald, Palestinian "
                             "negotiator Samir Haddoun said peace was possible now.")
    assert not any("Herald" in name for name, _ in found.values()), found


# --- an outlet that reports or is acted on stays an actor ----------------------------------------------
def test_an_outlet_that_reported_is_an_actor_ap_style(pipeline):
    found = bodies(pipeline, "WASHINGTON (AP) - Envoy Tarven Moll said he learned of the delay after the Kestrel "
                             "Post reported the aid had been paused.")
    assert any("Kestrel Post" in name for name, _ in found.values()), found


def test_an_outlet_whose_reporter_was_accused_is_an_actor_bbc_style(pipeline):
    found = bodies(pipeline, "Mayor in row with paper\n\nThe mayor, Orrin Castlewick, accused a Tarvik Standard "
                             "journalist of harassment. The Tarvik Standard said it stood by its reporter.")
    assert any("Tarvik Standard" in name for name, _ in found.values()), found
