"""Code debt, round 52 (debt52): a judged quote whose speaker has no actor keeps its verdict only while
it prints the same speaker name.

``benchmarks/quote_audit.py`` keys the verdicts that it and ``benchmarks/pool_quotes.py`` read by the
quote's offsets and the speaker's actor and offsets. A speaker with no actor ("he", a lower-case name)
that a rule later prints as another name at the same offsets is another answer; before, it kept the
old verdict (a right speaker still counted wrong). The promises: a changed name reopens the quote; the
same name keeps its verdict; a line recorded before names were kept still matches whatever is printed;
a speaker with an actor keeps its verdict by the actor. Every dispatch is invented.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import quote_audit  # noqa: E402

TEXT = ("VILNIUS, May 4 (Reuters) - Lithuania will not reopen the Dovra crossing this month, a senior "
        "official said on Thursday. \"The crossing stays shut until the inspections are done,\" the "
        "official told reporters in Vilnius.")


@pytest.fixture(scope="module")
def quote(pipeline):
    record = pipeline.extract(TEXT)
    quotes = [q for q in record.quotes if q.speaker is not None and q.speaker.actor is None]
    assert quotes, "the dispatch has a quote whose speaker has no actor"
    return quotes[0]


def _judged(tmp_path: Path, line: dict) -> dict:
    path = tmp_path / "judged.jsonl"
    path.write_text(json.dumps(line) + "\n", "utf-8")
    return quote_audit.load_judged(path)


def _line(quote, **changes) -> dict:
    line = {"article": "reuters/invented.txt", "span": list(quote.span), "text": "0", "kind": quote.kind,
            "speaker": quote.speaker.actor, "speaker_span": list(quote.speaker.span),
            "speaker_name": quote.speaker.name, "quote": "yes", "speaker_verdict": "wrong", "class": "other"}
    line.update(changes)
    return line


def test_a_speaker_with_no_actor_printed_under_another_name_is_unjudged(quote, tmp_path):
    judged = _judged(tmp_path, _line(quote, speaker_name="he"))
    _, j = quote_audit.judgement("reuters/invented.txt", quote, judged, None)
    assert j is None


def test_the_same_printed_name_keeps_its_verdict(quote, tmp_path):
    judged = _judged(tmp_path, _line(quote))
    key, j = quote_audit.judgement("reuters/invented.txt", quote, judged, None)
    assert j is not None and j["speaker_verdict"] == "wrong" and key in judged


def test_a_line_recorded_before_names_were_kept_still_matches(quote, tmp_path):
    line = _line(quote)
    del line["speaker_name"]
    judged = _judged(tmp_path, line)
    key, j = quote_audit.judgement("reuters/invented.txt", quote, judged, None)
    assert j is not None and key in judged, "the key returned is the matched line's, so it is not counted gone"


def test_a_speaker_with_an_actor_keeps_its_verdict_by_the_actor(quote, tmp_path):
    speaker = dataclasses.replace(quote.speaker, actor="person:invented-official")
    with_actor = dataclasses.replace(quote, speaker=speaker)
    judged = _judged(tmp_path, _line(with_actor, speaker_name="the official"))
    renamed = dataclasses.replace(with_actor, speaker=dataclasses.replace(speaker, name="Official"))
    _, j = quote_audit.judgement("reuters/invented.txt", renamed, judged, None)
    assert j is not None


def test_a_new_verdict_keeps_the_printed_name(quote):
    _, j = quote_audit.judgement("reuters/invented.txt", quote, {}, ("yes", "right", ""))
    assert j is not None and j["speaker_name"] == quote.speaker.name
