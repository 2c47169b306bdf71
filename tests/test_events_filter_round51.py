"""Events, round 51 (evlearn51): the learned layer measured as a precision filter on the rules' events.

The filter did not hold on the tuning sets (README, events, round 51), so only its measure ships:
``Coder.collect_printed``, when a list, receives each two-sided event the rules print with the candidate
pair the layer builds for its sides (``benchmarks/event_filter.py`` scores them). The promises: each event
is matched to the pair of its own sides; an event with one side is never matched; collecting changes
nothing printed. Every dispatch is invented (made-up people, real states).
"""

from __future__ import annotations

import wirecoder

TEXT = ("WARSAW, March 3 (Reuters) - Poland's defence minister, Jaroslav Wendrek, condemned Belarus on "
        "Tuesday over its border drills, and Lithuania praised Latvia for its help. Estonia protested.")


def _collected(pipeline: wirecoder.Pipeline, text: str):
    coder = next(c.coder for c in pipeline.components if hasattr(c, "coder"))
    coder.collect_printed = []
    try:
        record = pipeline.extract(text)
        return record, list(coder.collect_printed)
    finally:
        coder.collect_printed = None


def test_each_two_sided_event_is_matched_to_the_pair_of_its_own_sides(pipeline):
    record, matched = _collected(pipeline, TEXT)
    assert matched, "the two-sided events of the dispatch have candidate pairs"
    country = {a.id: a.country for a in record.actors}
    for event, candidate in matched:
        assert event.source and event.target
        source, target = {event.source, country.get(event.source)}, {event.target, country.get(event.target)}
        assert (candidate.source in source and candidate.target in target) \
            or (event.symmetric and candidate.source in target and candidate.target in source)


def test_an_event_with_one_side_is_never_matched(pipeline):
    record, matched = _collected(pipeline, TEXT)
    assert any(not e.target for e in record.events), "the dispatch has a one-sided protest"
    assert all(e.target for e, _ in matched)


def test_collecting_changes_nothing_printed(pipeline):
    def described(events) -> list:
        return [(e.source, e.target, e.cameo, tuple(e.trigger), e.confidence) for e in events]

    plain = described(pipeline.extract(TEXT).events)
    record, _ = _collected(pipeline, TEXT)
    assert described(record.events) == plain
