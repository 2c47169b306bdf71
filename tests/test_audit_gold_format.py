"""The audit gold files (benchmarks/audit/*_gold.jsonl) keep GUIDE.md's format and store no article
text: only offsets, hashes, ids and names. Needs no ../shared: it reads the gold files alone."""

from __future__ import annotations

import json
from pathlib import Path

AUDIT = Path(__file__).resolve().parent.parent / "benchmarks" / "audit"
EVENT_KEYS = {"article", "trigger", "trigger_hash", "source", "target", "root", "required", "symmetric"}
ROOTS = {f"{n:02d}" for n in range(1, 21)}


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (AUDIT / name).read_text("utf-8").splitlines() if line.strip()]


def test_every_gold_event_has_guide_fields_and_no_text():
    for g in _lines("events_gold.jsonl"):
        assert EVENT_KEYS <= set(g) <= EVENT_KEYS | {"round"}, g
        start, end = g["trigger"]
        assert isinstance(start, int) and isinstance(end, int) and start < end, g
        assert len(g["trigger_hash"]) == 16, g
        assert g["root"] and set(g["root"]) <= ROOTS, g
        assert g["target"], g


def test_a_required_gold_event_has_an_actor_as_its_source():
    # GUIDE.md allows null for "no target" only; an unidentified attacker makes the event arguable.
    for g in _lines("events_gold.jsonl"):
        if g["required"]:
            assert None not in g["source"] and g["source"], g


def test_each_gold_article_belongs_to_one_round():
    rounds: dict[str, set[int]] = {}
    for g in _lines("events_gold.jsonl"):
        rounds.setdefault(g["article"], set()).add(int(g.get("round", 1)))
    assert all(len(r) == 1 for r in rounds.values())
    assert sum(r == {2} for r in rounds.values()) == 16


def test_every_gold_actor_has_an_id_a_kind_and_a_name():
    for a in _lines("actors_gold.jsonl"):
        assert a["article"] and a["id"] and a["name"], a
        assert a["kind"] in {"state", "igo", "person", "organization", "group"}, a
        if a["kind"] == "person":
            assert a["id"].startswith("person:") and "country" in a, a


QUOTE_KEYS = {"article", "content", "content_hash", "speaker", "speaker_actor", "required", "kind", "round"}


def test_every_gold_quote_has_guide_fields_and_no_text():
    quotes = _lines("quotes_gold.jsonl")
    assert quotes
    for g in quotes:
        assert set(g) == QUOTE_KEYS, g
        start, end = g["content"]
        assert isinstance(start, int) and isinstance(end, int) and start < end, g
        assert len(g["content_hash"]) == 16, g
        assert g["kind"] in {"direct", "indirect", "mixed"}, g
        assert isinstance(g["required"], bool), g
        assert g["speaker"] and g["speaker_actor"] and None not in g["speaker_actor"], g
        assert g["round"] in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), g


def test_the_quote_gold_covers_the_articles_of_event_rounds_three_and_four():
    quotes = _lines("quotes_gold.jsonl")
    round_3 = {g["article"] for g in quotes if g["round"] == 3}
    round_4 = {g["article"] for g in quotes if g["round"] == 4}
    events = _lines("events_gold.jsonl")
    assert round_3 == {g["article"] for g in events if g.get("round") == 3} and len(round_3) == 14
    assert len(round_4) == 12 and not round_3 & round_4
    event_round_4 = {g["article"] for g in events if g.get("round") == 4}
    assert event_round_4 == round_4


def test_the_quote_gold_covers_event_round_five_but_its_quoteless_article():
    # round 5: 12 articles; one (a list of party donations) reports no quote, which quote_recall_audit's
    # NO_QUOTES names, so it has event lines and no quote line
    quotes = _lines("quotes_gold.jsonl")
    round_5 = {g["article"] for g in quotes if g["round"] == 5}
    event_round_5 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 5}
    assert len(event_round_5) == 12 and len(round_5) == 11 and round_5 < event_round_5
    assert all(g["round"] == 5 for g in quotes if g["article"] in event_round_5)


def test_the_quote_gold_covers_event_round_six():
    # round 6: 12 articles, each with at least one quote
    quotes = _lines("quotes_gold.jsonl")
    round_6 = {g["article"] for g in quotes if g["round"] == 6}
    event_round_6 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 6}
    assert len(event_round_6) == 12 and round_6 == event_round_6
    assert all(g["round"] == 6 for g in quotes if g["article"] in event_round_6)


def test_the_quote_gold_covers_event_round_seven():
    # round 7: 12 articles, each with at least one quote
    quotes = _lines("quotes_gold.jsonl")
    round_7 = {g["article"] for g in quotes if g["round"] == 7}
    event_round_7 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 7}
    assert len(event_round_7) == 12 and round_7 == event_round_7
    assert all(g["round"] == 7 for g in quotes if g["article"] in event_round_7)


def test_the_quote_gold_covers_event_round_eight():
    # round 8: 12 articles, each with at least one quote line (one Reuters piece quotes anonymous sources
    # only, so its lines are all optional)
    quotes = _lines("quotes_gold.jsonl")
    round_8 = {g["article"] for g in quotes if g["round"] == 8}
    event_round_8 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 8}
    assert len(event_round_8) == 12 and round_8 == event_round_8
    assert all(g["round"] == 8 for g in quotes if g["article"] in event_round_8)


def test_the_quote_gold_covers_event_round_nine():
    # round 9: 12 articles, each with at least one required quote
    quotes = _lines("quotes_gold.jsonl")
    round_9 = {g["article"] for g in quotes if g["round"] == 9}
    event_round_9 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 9}
    assert len(event_round_9) == 12 and round_9 == event_round_9
    assert all(g["round"] == 9 for g in quotes if g["article"] in event_round_9)
    assert {g["article"] for g in quotes if g["round"] == 9 and g["required"]} == round_9


def test_the_actor_gold_covers_round_nine_and_keeps_the_article_already_there():
    # round 9 took one article (a Reuters piece of half A) that was among the actor audit's first 16, so
    # its actor lines stay as they were (no "round" field); the other 11 carry "round": 9
    actors = _lines("actors_gold.jsonl")
    event_round_9 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 9}
    annotated = {a["article"] for a in actors if a.get("round") == 9}
    already = {a["article"] for a in actors if "round" not in a} & event_round_9
    assert len(annotated) == 11 and len(already) == 1 and annotated | already == event_round_9


def test_the_quote_gold_covers_event_round_ten():
    # round 10: 12 articles (3 BBC pieces, 1 Reuters piece and 2 web pages per half), each with at least
    # one required quote
    quotes = _lines("quotes_gold.jsonl")
    round_10 = {g["article"] for g in quotes if g["round"] == 10}
    event_round_10 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 10}
    assert len(event_round_10) == 12 and round_10 == event_round_10
    assert all(g["round"] == 10 for g in quotes if g["article"] in event_round_10)
    assert {g["article"] for g in quotes if g["round"] == 10 and g["required"]} == round_10
    assert sum(g["article"].startswith("fundus-evaluation/") for g in _lines("events_gold.jsonl")
               if g.get("round") == 10 and g["required"]) > 0


def test_the_actor_gold_covers_round_ten_and_keeps_the_article_already_there():
    # round 10 took one article (a Reuters piece of half B) that was among the actor audit's first 16, so
    # its actor lines stay as they were (no "round" field); the other 11 carry "round": 10
    actors = _lines("actors_gold.jsonl")
    event_round_10 = {g["article"] for g in _lines("events_gold.jsonl") if g.get("round") == 10}
    annotated = {a["article"] for a in actors if a.get("round") == 10}
    already = {a["article"] for a in actors if "round" not in a} & event_round_10
    assert len(annotated) == 11 and len(already) == 1 and annotated | already == event_round_10


def test_the_quote_gold_covers_event_round_eleven():
    # round 11: 12 articles (4 BBC pieces and 2 web pages per half: no Reuters piece of half B was left),
    # each with at least one required quote; at least one web page has a required event
    quotes = _lines("quotes_gold.jsonl")
    round_11 = {g["article"] for g in quotes if g["round"] == 11}
    events = _lines("events_gold.jsonl")
    event_round_11 = {g["article"] for g in events if g.get("round") == 11}
    assert len(event_round_11) == 12 and round_11 == event_round_11
    assert all(g["round"] == 11 for g in quotes if g["article"] in event_round_11)
    assert {g["article"] for g in quotes if g["round"] == 11 and g["required"]} == round_11
    assert sum(a.startswith("bbc/") for a in event_round_11) == 8
    assert sum(a.startswith("fundus-evaluation/") for a in event_round_11) == 4
    assert any(g["article"].startswith("fundus-evaluation/") and g["required"] for g in events if g.get("round") == 11)


def test_the_quote_gold_covers_event_round_twelve():
    # round 12: 12 articles (round 11's mix: 4 BBC pieces and 2 web pages per half), each with at least one
    # required quote; at least one web page has a required event
    quotes = _lines("quotes_gold.jsonl")
    round_12 = {g["article"] for g in quotes if g["round"] == 12}
    events = _lines("events_gold.jsonl")
    event_round_12 = {g["article"] for g in events if g.get("round") == 12}
    assert len(event_round_12) == 12 and round_12 == event_round_12
    assert all(g["round"] == 12 for g in quotes if g["article"] in event_round_12)
    assert {g["article"] for g in quotes if g["round"] == 12 and g["required"]} == round_12
    assert sum(a.startswith("bbc/") for a in event_round_12) == 8
    assert sum(a.startswith("fundus-evaluation/") for a in event_round_12) == 4
    assert any(g["article"].startswith("fundus-evaluation/") and g["required"] for g in events if g.get("round") == 12)


def test_the_quote_gold_covers_event_round_thirteen():
    # round 13: 12 articles (round 12's mix: 4 BBC pieces and 2 web pages per half), each with at least one
    # required quote; one web page of half A (a football match report) holds no event, so the event gold
    # names 11 of them (event_recall_audit.NO_EVENTS names the 12th); at least one web page has a required event
    quotes = _lines("quotes_gold.jsonl")
    round_13 = {g["article"] for g in quotes if g["round"] == 13}
    events = _lines("events_gold.jsonl")
    event_round_13 = {g["article"] for g in events if g.get("round") == 13}
    no_events = "fundus-evaluation/TheTelegraph_3.html.gz"
    assert len(event_round_13) == 11 and no_events not in event_round_13
    assert round_13 == event_round_13 | {no_events}
    assert all(g["round"] == 13 for g in quotes if g["article"] in round_13)
    assert {g["article"] for g in quotes if g["round"] == 13 and g["required"]} == round_13
    assert sum(a.startswith("bbc/") for a in round_13) == 8
    assert sum(a.startswith("fundus-evaluation/") for a in round_13) == 4
    assert any(g["article"].startswith("fundus-evaluation/") and g["required"] for g in events if g.get("round") == 13)


def test_the_quote_gold_covers_event_round_fourteen():
    # round 14: 12 articles (4 BBC pieces and 2 web pages per half, the pages from the sample's second web
    # source, article-extraction-benchmark, as no fundus page was left), each with at least one required
    # quote; at least one web page has a required event
    quotes = _lines("quotes_gold.jsonl")
    round_14 = {g["article"] for g in quotes if g["round"] == 14}
    events = _lines("events_gold.jsonl")
    event_round_14 = {g["article"] for g in events if g.get("round") == 14}
    assert len(event_round_14) == 12 and round_14 == event_round_14
    assert all(g["round"] == 14 for g in quotes if g["article"] in round_14)
    assert {g["article"] for g in quotes if g["round"] == 14 and g["required"]} == round_14
    assert sum(a.startswith("bbc/") for a in round_14) == 8
    assert sum(a.startswith("article-extraction-benchmark/") for a in round_14) == 4
    assert any(g["article"].startswith("article-extraction-benchmark/") and g["required"]
               for g in events if g.get("round") == 14)


def test_the_quote_gold_covers_event_round_fifteen():
    # round 15: 12 articles (3 BBC pieces and 3 web pages of article-extraction-benchmark per half, as only
    # 3 BBC pieces of half B were left), each with at least one required quote; at least one web page has a
    # required event
    quotes = _lines("quotes_gold.jsonl")
    round_15 = {g["article"] for g in quotes if g["round"] == 15}
    events = _lines("events_gold.jsonl")
    event_round_15 = {g["article"] for g in events if g.get("round") == 15}
    assert len(event_round_15) == 12 and round_15 == event_round_15
    assert all(g["round"] == 15 for g in quotes if g["article"] in round_15)
    assert {g["article"] for g in quotes if g["round"] == 15 and g["required"]} == round_15
    assert sum(a.startswith("bbc/") for a in round_15) == 6
    assert sum(a.startswith("article-extraction-benchmark/") for a in round_15) == 6
    assert any(g["article"].startswith("article-extraction-benchmark/") and g["required"]
               for g in events if g.get("round") == 15)


def test_the_quote_gold_covers_event_round_sixteen():
    # round 16: 6 articles, 3 web pages of article-extraction-benchmark per half (no BBC, Reuters or fundus
    # piece of half B was left); all but one (half B's preview of a party's debate, optional quotes only)
    # with a required quote; both halves have a page with a required event
    quotes = _lines("quotes_gold.jsonl")
    round_16 = {g["article"] for g in quotes if g["round"] == 16}
    events = _lines("events_gold.jsonl")
    event_round_16 = {g["article"] for g in events if g.get("round") == 16}
    assert len(event_round_16) == 6 and round_16 == event_round_16
    assert all(g["round"] == 16 for g in quotes if g["article"] in round_16)
    assert len({g["article"] for g in quotes if g["round"] == 16 and g["required"]}) == 5
    assert all(a.startswith("article-extraction-benchmark/") for a in round_16)
    assert len({g["article"] for g in events if g.get("round") == 16 and g["required"]}) == 6


def test_the_actor_gold_covers_rounds_one_to_eight():
    # 153 articles with actors (one audited article, a football report, has none); round 4 added 12,
    # round 5 another 12 (their lines carry "round": 5), round 6 another 12 ("round": 6), round 7 another
    # 12 ("round": 7), round 8 another 12 ("round": 8), round 9 another 11 and round 10 another 11 (see
    # the tests above), round 11 another 12 ("round": 11; none of its articles was already here), round 12
    # another 12 ("round": 12; none already here), round 13 another 10 ("round": 13; its two other articles,
    # the football report and a web page of half B, were already here and keep their lines), round 14
    # another 12 ("round": 14; none already here), round 15 another 12 ("round": 15; none already here),
    # round 16 another 6 ("round": 16; none already here)
    actors = _lines("actors_gold.jsonl")
    assert len({a["article"] for a in actors}) == 183
    events = _lines("events_gold.jsonl")
    for number in (5, 6, 7, 8, 11, 12, 14, 15, 16):
        annotated = {a["article"] for a in actors if a.get("round") == number}
        assert annotated == {g["article"] for g in events if g.get("round") == number}
    round_13 = {a["article"] for a in actors if a.get("round") == 13}
    already = {a["article"] for a in actors if "round" not in a}
    assert len(round_13) == 10 and not round_13 & already
    assert round_13 | {"fundus-evaluation/TheIntercept_4.html.gz"} == {g["article"] for g in events if g.get("round") == 13}
