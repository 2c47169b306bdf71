"""The rule data files read as a linguist wrote them: YAML 1.1 turns a bare no, off, on, yes, false or
true into a boolean, so a word list with such a word silently loses it. Every list that holds words
must hold only words."""

from __future__ import annotations

from pathlib import Path

import yaml
from event_support import coded

import wirecoder

DATA = Path(wirecoder.__file__).parent / "data"


def _word_lists_with_booleans(node, where: str):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _word_lists_with_booleans(value, f"{where}/{key}")
    elif isinstance(node, list):
        if any(isinstance(item, str) for item in node) and any(isinstance(item, bool) for item in node):
            yield where
        for item in node:
            yield from _word_lists_with_booleans(item, where)


def test_no_word_list_holds_a_boolean():
    bad = [place for path in sorted(DATA.rglob("*.yaml"))
           for place in _word_lists_with_booleans(yaml.safe_load(path.read_text(encoding="utf-8")),
                                                 path.relative_to(DATA).as_posix())]
    assert bad == []


def test_a_visit_that_is_off_was_not_made(pipeline):
    # "off" is one of the complements that say a planned act did not happen
    assert not coded(pipeline, "The visit by the Kenyan president to Uganda is off.")
