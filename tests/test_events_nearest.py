"""Nearest linking (round 25, ``[events] linking = "nearest"``, events/nearest.py): an opt-in last
resort that takes a sentence's nearest actors as the sides no syntactic rule found. Invented dispatches."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.settings import load_settings


@pytest.fixture(scope="module")
def nearest() -> wirecoder.Pipeline:
    settings = load_settings(None)
    settings["events"]["linking"] = "nearest"
    return wirecoder.load(settings=settings)


def sides(pipe: wirecoder.Pipeline, text: str) -> dict[tuple[str | None, str | None, str], float]:
    return {(e.source, e.target, e.cameo): e.confidence for e in pipe.extract(text).events}


def test_the_default_links_by_syntax_only(pipeline):
    events = sides(pipeline, "Kenya condemned the shelling, which it blamed on Ugandan forces.")
    assert ("KEN", "UGA", "111") not in events


def test_nearest_takes_the_actor_after_the_trigger_as_its_target(nearest):
    events = sides(nearest, "Kenya condemned the shelling, which it blamed on Ugandan forces.")
    assert ("KEN", "UGA", "111") in events


def test_a_side_found_by_nearness_costs_confidence(pipeline, nearest):
    text = "The Kenyan army shelled positions held by Ugandan troops near the border."
    by_syntax, by_nearness = sides(pipeline, text), sides(nearest, text)
    assert ("KEN", None, "194") in by_syntax
    assert ("KEN", "UGA", "194") in by_nearness
    assert by_nearness[("KEN", "UGA", "194")] < by_syntax[("KEN", None, "194")]


def test_a_threat_reaches_the_one_named_in_its_clause(nearest):
    events = sides(nearest, "Ghana's president warned that any attempt by Togo to close the border would be met "
                            "with force.")
    assert ("GHA", "TGO", "130") in events


def test_the_reporter_of_an_act_is_not_its_target(nearest):
    events = sides(nearest, "Chile, in a strongly worded note delivered on Tuesday by its foreign ministry, condemned "
                            "what it described as repeated incursions, Peru's government said.")
    assert not any(source == "CHL" and target == "PER" for source, target, _ in events)


def test_a_side_named_by_syntax_is_kept(nearest):
    events = sides(nearest, "Ghana imposed a fresh round of sanctions, the third this year, on Togo.")
    assert ("GHA", "TGO", "163") in events


def test_an_unknown_linking_is_refused():
    settings = load_settings(None)
    settings["events"]["linking"] = "closest"
    with pytest.raises(ValueError, match="linking"):
        wirecoder.load(settings=settings).extract("Chile criticised Peru.")
