"""benchmarks/speaker_diff.py (round 35): which quotes two trees give to another speaker, matched as GUIDE.md scores
(content Jaccard >= 0.5), and which quotes one tree prints alone; no ../shared needed for these."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import speaker_diff  # noqa: E402


def _q(span, speaker, actor=None):
    return {"span": list(span), "kind": "indirect", "speaker": speaker, "actor": actor, "actor_name": None,
            "sspan": None, "cue": "said"}


def test_a_changed_speaker_is_listed_and_an_unchanged_one_is_not():
    old = {"a.txt": [_q((10, 50), "Orla Vence", "person:orla-vence"), _q((60, 90), "the board")]}
    new = {"a.txt": [_q((12, 50), "Tarvel Mining", "org:tarvel-mining"), _q((60, 90), "The Board")]}
    listed, counts = speaker_diff.changes(old, new)
    assert [(p, q["speaker"], n["speaker"]) for p, q, n in listed] == [("a.txt", "Orla Vence", "Tarvel Mining")]
    assert counts["matched"] == 2 and counts["changed"] == 1


def test_same_actor_under_another_name_is_no_change():
    old = {"a.txt": [_q((0, 40), "the ministry", "org:dunmere-ministry")]}
    new = {"a.txt": [_q((0, 40), "Dunmere Ministry", "org:dunmere-ministry")]}
    assert speaker_diff.changes(old, new)[0] == []


def test_a_quote_of_one_tree_only_is_listed_with_its_overlap():
    old = {"a.txt": [_q((0, 100), "Orla Vence", "person:orla-vence")]}
    new = {"a.txt": [_q((0, 30), "Orla Vence", "person:orla-vence"), _q((200, 240), "Pell Adar", "person:pell-adar")]}
    items = speaker_diff.lone(old, new)
    assert sorted((tree, q["span"][0], other is not None) for _, tree, q, other in items) == [
        ("new", 0, True), ("new", 200, False), ("old", 0, True)]
