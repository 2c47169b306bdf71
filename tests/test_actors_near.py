"""The cross-tab of benchmarks/actors_near.py (round 34): are a missed event's gold sides printed as
actors mentioned in the trigger's sentence? Invented dispatch, invented names and states."""

from __future__ import annotations

from wirecoder.evaluation import news
from wirecoder.record import Actor, Record

TEXT = ("KORVELA, March 2 (Xinhua) -- Velmorian Foreign Minister Tadeo Quirsk met the Ostravan envoy on Monday. "
        "The delegation later accused the Pellan Water Board of hoarding reservoirs.")


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


QUIRSK = Actor("person:tadeo-quirsk", "Tadeo Quirsk", "person", "VLM", "Foreign Minister", "GOV",
               [_span("Tadeo Quirsk")])
OSTRAVA = Actor("OST", "Ostrava", "state", None, None, None, [_span("Ostravan")])
BOARD = Actor("org:pellan-water-board", "Pellan Water Board", "organization", None, None, None,
              [_span("Pellan Water Board")])
RECORD = Record("x", None, TEXT, actors=[QUIRSK, OSTRAVA, BOARD])


def _gold(source, target, trigger):
    return {"source": source, "target": target, "root": ["04"], "span": list(_span(trigger)), "required": True}


def test_the_sentence_is_cut_as_the_gold_printout_cuts_it():
    start, end = news.sentence_bounds(TEXT, _span("met"))
    assert TEXT[start:end].startswith("KORVELA") and TEXT[start:end].endswith("on Monday.")
    start, end = news.sentence_bounds(TEXT, _span("accused"))
    assert TEXT[start:end].startswith("The delegation")


def test_a_person_stands_for_their_country_in_the_sentence():
    assert news.sides_near(_gold(["VLM"], ["OST"], "met"), RECORD) == ("both", "near", "near")


def test_a_side_printed_only_in_another_sentence_is_elsewhere():
    # the delegation (Velmoria's) is a description the actors stage does not print in its own sentence
    assert news.sides_near(_gold(["VLM"], ["org:pellan-water-board"], "accused"), RECORD) == \
        ("target only", "elsewhere", "near")


def test_a_side_no_actor_stands_for_is_unprinted_and_no_target_counts_as_near():
    assert news.sides_near(_gold(["KRV"], ["OST"], "met"), RECORD) == ("target only", "unprinted", "near")
    assert news.sides_near(_gold(["KRV"], [None], "accused"), RECORD) == ("target only", "unprinted", "near")
    assert news.sides_near(_gold(["OST"], ["KRV"], "accused"), RECORD)[0] == "neither"
