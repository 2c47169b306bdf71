"""Promises about a stand-in's title ("the acting governor", "the interim president") in a run of quotes:
it goes on with the person the text gave the stand-in's word, even one the actors stage does not know, and
not with such a person when the text never called them acting or interim. Invented dispatches."""

from __future__ import annotations

from functools import partial

import quote_support

speaker_name = partial(quote_support.speaker_name, headline="Port strike drags on\n\n", reference_date="2026-11-20")


def test_an_interim_title_goes_on_with_the_unknown_person_named_as_interim(pipeline):
    body = ("The Velsk port authority's interim chief said the strike had cost millions.\n\n"
            "\"Every day the cranes stand still we lose cargo,\" Tomasz Orvendel-Prik, who has run the authority "
            "in an interim role since March, said on Friday.\n\n"
            "The interim chief added that talks would \"resume next week at the latest.\"\n")
    assert "Orvendel" in (speaker_name(pipeline, body, "resume next week") or "")


def test_an_interim_title_does_not_go_to_an_unknown_person_never_called_interim(pipeline):
    body = ("The Velsk port authority's interim chief said the strike had cost millions.\n\n"
            "\"Every day the cranes stand still we lose cargo,\" Tomasz Orvendel-Prik, who leads the dockers' "
            "committee, said on Friday.\n\n"
            "The interim chief added that talks would \"resume next week at the latest.\"\n")
    assert "Orvendel" not in (speaker_name(pipeline, body, "resume next week") or "")
