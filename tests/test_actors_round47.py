"""Actors, round 47 (actrec47): how a common-noun group is named, as annotators name it. The words
before the lexicon's noun that say which people stay in the group's name: a noun ("hospital workers",
"port workers"), an adjective ("central bankers", "angry farmers"), a lexicon qualifier ("opposition
lawmakers"), an ordinal before a unit's name. (Round 47 tried cutting a group's phrase back to its noun and
the words before it up to a verb, count or possessive, "detained protesters" -> "protesters": dropped, as
real-news test actors fell 118 -> 116 of 131; these promises hold with or without it.) Invented
dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def groups(pipeline, text: str) -> dict[str, str]:
    """The printed organisations and groups of ``text``: id -> name."""
    return {a.id: a.name for a in pipeline.extract(Document(text=text, source="invented")).actors
            if a.kind in ("organization", "group")}


def test_a_describing_adjective_stays_in_a_groups_name_ap_style(pipeline):
    found = groups(pipeline, "Farmers rally\n\nHALBERG, Wendria (AP) — Angry farmers rallied outside the statehouse "
                             "on Monday.")
    assert "org:angry-farmers" in found


def test_a_noun_before_a_group_says_which_people_and_stays_ap_style(pipeline):
    found = groups(pipeline, "Strike spreads\n\nHALBERG, Wendria (AP) — Hospital workers in Halberg walked out on "
                             "Monday, and port workers said they would join them.")
    assert "org:hospital-workers" in found
    assert "org:port-workers" in found


def test_an_adjective_that_says_which_people_stays_xinhua_style(pipeline):
    found = groups(pipeline, "Bankers meet\n\nORVALE, Oct 2 (Xinhua) -- Central bankers from the region met on "
                             "Wednesday to discuss the currency, and civil servants in the capital went on strike.")
    assert "org:central-bankers" in found
    assert "org:civil-servants" in found


def test_a_lexicons_qualifier_before_a_group_stays_tass_style(pipeline):
    found = groups(pipeline, "Deputies walk out\n\nMOSCOW, March 4 (TASS) - Opposition lawmakers walked out of the "
                             "Velmoran parliament on Thursday.")
    assert any(name.lower() == "opposition lawmakers" or oid == "org:opposition" for oid, name in found.items())


def test_an_ordinal_before_a_units_name_stays_with_it_reuters_style(pipeline):
    found = groups(pipeline, "Rebels attack\n\nDAVAO, Aug 4 (Reuters) - Rebels attacked a patrol of the army's "
                             "9th Highland Brigade on Sunday, the military said.")
    assert not any(name == "Brigade" for name in found.values())
