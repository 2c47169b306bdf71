#!/usr/bin/env python3
"""Round 51 (evlearn51): the learned event layer as a precision filter on the rules' events, measured. ::

    PYTHONPATH=src python benchmarks/event_filter.py --cache /tmp/evfilter.pkl   # the out-of-fold table

Why: as a source of events the learned layer (``events/learned.py``) was right about half the time on
the event precision audit's half A and one time in five on the pool, so it ships off. Here it scores
the events the **rules** print: for each printed event with two sides, the candidate pair the layer
builds for those sides in that sentence (``Coder._filter``), and the model's probability that the pair
has not the event's root at its link word (``1 - p(root)``; also ``p(none)``, no event at all). A
filter drops the events whose score reaches a threshold.

Data (tuning sets only): the judged events of the event precision audit's **half A**
(``audit/events_judged.jsonl``, the lines of half A's articles only) and of the pool
(``audit/pool_events_judged.jsonl``, every block). Half B and the real-news test are never read.

Models, measured out of fold by article (an article's own verdicts never train the model that scores it):

- ``own``: trained on the invented dispatches only (``train_event_model.fit``, as the shipped model);
- ``own+verdicts``: also on the verdicts of the other folds' articles: a judged-right event is a
  positive for its root, a judged-wrong one of class sense / factuality / not-an-event / not-political
  a ``none``; target- and source-wrong ones say nothing about the root and are left out;
- ``own+verdicts x10`` (the verdicts counted ten times), ``own pairs a rule joined+verdicts`` (of the
  dispatches only the pairs a printed event joins: the filter's own population), ``verdicts only``.

Round 51's finding: no variant reaches 3 wrong dropped per right one at any threshold (AUC about 0.65);
the filter was not shipped (README, events, round 51).

The table: for each threshold 0.5 ... 0.95, how many judged-wrong (by class) and judged-right events
of half A and of the pool the filter would drop.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
import event_audit  # noqa: E402
import pool_events  # noqa: E402
import train_event_model  # noqa: E402

from wirecoder.events.learned import MAX_HOPS, NONE, EventModel  # noqa: E402

ROOT_CLASSES = frozenset({"sense", "factuality", "not-an-event", "not-political"})
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


@dataclass(frozen=True)
class Judged:
    """A judged printed event of a tuning set, with the features of the pair the filter matched to it."""

    group: str  # "A" (precision audit, half A) or "pool"
    article: str
    root: str
    verdict: str
    cls: str
    features: tuple[str, ...] | None  # None: the layer made no candidate for its pair (the filter keeps it)
    hops: int

    @property
    def label(self) -> str | None:
        """The training label of a verdict: the root, ``none``, or None (says nothing of the root)."""
        if self.features is None or self.hops > MAX_HOPS:
            return None
        if self.verdict == "right":
            return self.root
        return NONE if self.cls in ROOT_CLASSES else None


def _coder(pipeline):
    return next(c.coder for c in pipeline.components if hasattr(c, "coder"))


def _judged_of(pipeline, coder, group: str, article, judged: dict, keys: set | None = None) -> list[Judged]:
    from wirecoder.sources import Document

    coder.collect_printed = []
    try:
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
    except Exception as exc:  # one bad page must not stop the measure
        print(f"skipped {article.path}: {exc!r}")
        return []
    matched = {(tuple(e.trigger), e.source, e.target, e.root): c for e, c in coder.collect_printed}
    coder.collect_printed = None
    out = []
    for event in record.events:
        key = (article.path, tuple(event.trigger), event.source, event.target, event.root)
        j = judged.get(key)
        if j is None or (keys is not None and key not in keys):
            continue
        c = matched.get(key[1:])
        out.append(Judged(group, article.path, event.root, j["verdict"], j["class"],
                          None if c is None else c.features, 0 if c is None else c.hops))
    return out


def collect() -> dict:
    """The own dispatches' training samples and the tuning sets' judged events with their pair features."""
    import wirecoder

    pipeline = wirecoder.load()
    coder = _coder(pipeline)
    own = train_event_model.collect(pipeline=pipeline)
    items: list[Judged] = []
    judged = event_audit.load_judged()
    for index, article in enumerate(event_audit.sample()):
        # half A only: half B is the check and is never read here
        if event_audit.half(index) != "A" or not article.path.startswith(event_audit.JUDGED_GROUPS):
            continue
        items += _judged_of(pipeline, coder, "A", article, judged)
    pool_judged = event_audit.load_judged(pool_events.JUDGED)
    for article in pool_events.blocks("all", 40, 50):
        items += _judged_of(pipeline, coder, "pool", article, pool_judged)
    return {"own": own, "items": items}


def fold_of(article: str, folds: int) -> int:
    return int(hashlib.sha256(f"evfilter51:{article}".encode()).hexdigest(), 16) % folds


def fit(own: list, extra: list[Judged]) -> EventModel:
    samples = list(own) + [train_event_model.Sample(j.article, j.features, j.label, True, j.hops, None)
                           for j in extra if j.label is not None]
    return train_event_model.fit(samples)


def scores(model: EventModel, j: Judged) -> tuple[float, float]:
    """(1 - p(root), p(none)) of the event's pair; (0, 0) where the filter keeps it unseen."""
    if j.features is None or j.hops > MAX_HOPS:
        return 0.0, 0.0
    p = model.scores(j.features)
    k = model.classes.index(j.root) if j.root in model.classes else -1
    return 1.0 - (float(p[k]) if k >= 0 else 0.0), float(p[model.classes.index(NONE)])


def table(name: str, items: list[Judged], scored: list[tuple[float, float]]) -> None:
    print(f"\n== {name} ==")
    for g in ("A", "pool"):
        these = [(j, s) for j, s in zip(items, scored, strict=True) if j.group == g]
        seen = [(j, s) for j, s in these if j.features is not None and j.hops <= MAX_HOPS]
        print(f"{g}: {len(these)} judged ({sum(j.verdict == 'right' for j, _ in these)} right), "
              f"{len(seen)} with a scored pair ({sum(j.verdict == 'right' for j, _ in seen)} right)")
    for which, label in ((0, "1-p(root)"), (1, "p(none)")):
        print(f"score {label}: threshold | half A: wrong dropped (root-class) / right dropped | "
              f"pool: wrong (root-class) / right | both: wrong / right")
        for t in THRESHOLDS:
            row = []
            total = Counter()
            for g in ("A", "pool"):
                drop = [j for j, s in zip(items, scored, strict=True) if j.group == g and s[which] >= t]
                w = sum(j.verdict == "wrong" for j in drop)
                rc = sum(j.verdict == "wrong" and j.cls in ROOT_CLASSES for j in drop)
                r = sum(j.verdict == "right" for j in drop)
                total["w"] += w
                total["r"] += r
                row.append(f"{w:3d} ({rc:3d}) / {r:3d}")
            print(f"  {t:.2f} | {row[0]} | {row[1]} | {total['w']:3d} / {total['r']:3d}")


def auc(items: list[Judged], scored: list[tuple[float, float]], which: int) -> float:
    """The chance that a judged-wrong scored event outranks a judged-right one (0.5: no signal)."""
    xs = [(s[which], j.verdict == "wrong") for j, s in zip(items, scored, strict=True)
          if j.features is not None and j.hops <= MAX_HOPS]
    bad, good = [x for x, w in xs if w], [x for x, w in xs if not w]
    pairs = sum((b > g) + 0.5 * (b == g) for b in bad for g in good)
    return pairs / max(len(bad) * len(good), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="read/write the collected features here (speed only)")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    if event_audit.shared_absent():
        return 0
    data = train_event_model.cached(args.cache, collect)
    own, items = data["own"], data["items"]
    wrong = Counter(j.cls for j in items if j.verdict == "wrong")
    print(f"{len(own)} own candidates; {len(items)} judged tuning events; wrong by class {dict(wrong)}")
    base = fit(own, [])
    plain = [scores(base, j) for j in items]
    table("own (dispatches only, as the shipped model)", items, plain)
    print(f"  AUC (wrong above right) 1-p(root) {auc(items, plain, 0):.3f}, p(none) {auc(items, plain, 1):.3f}")
    joined = [s for s in own if s.joined]
    for name, part, times in (("own+verdicts", own, 1), ("own+verdicts x10", own, 10),
                              ("own pairs a rule joined+verdicts", joined, 1), ("verdicts only", [], 1)):
        scored: list[tuple[float, float]] = [(0.0, 0.0)] * len(items)
        for k in range(args.folds):
            model = fit(part, [j for j in items if fold_of(j.article, args.folds) != k] * times)
            for n, j in enumerate(items):
                if fold_of(j.article, args.folds) == k:
                    scored[n] = scores(model, j)
        table(f"{name} ({args.folds} folds by article, out of fold)", items, scored)
        print(f"  AUC (wrong above right) 1-p(root) {auc(items, scored, 0):.3f}, p(none) {auc(items, scored, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
