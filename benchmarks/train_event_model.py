#!/usr/bin/env python3
"""Round 46 (evmodel46): train the learned event recall layer (``wirecoder/events/learned.py``).

Trains ONLY on the project's invented dispatches (``tests/data/events_news``, dev split): every ordered
pair of political actors of a sentence (the candidates the coder hands ``Coder.collect``) is labelled
with the root of the gold event of that sentence whose sides it matches, else ``none``. Writes
``src/wirecoder/data/events/model.json`` (the same bytes from the same repository), whose header names
the training set (dispatch count, sha256 of ``dispatches.txt``) and the feature set.

    PYTHONPATH=src python benchmarks/train_event_model.py            # retrain, write the model
    PYTHONPATH=src python benchmarks/train_event_model.py --folds 5  # also cross-validate (by dispatch)
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from wirecoder.evaluation.news import load_article, split_names, stands_for  # noqa: E402
from wirecoder.events.learned import (  # noqa: E402
    BITS,
    DATA,
    FEATURE_SET,
    MAX_HOPS,
    NONE,
    EventModel,
    _hash,
    dispatches_hash,
    train,
)

EVENTS = ROOT / "tests" / "data" / "events_news"
PARAMS: dict[str, Any] = {"l2": 1e-4, "epochs": 150, "rate": 0.1, "tensor": False}


@dataclass(frozen=True)
class Sample:
    """One candidate pair of a dispatch, labelled."""

    dispatch: str
    features: tuple[str, ...]
    label: str  # a root, ``none``, or "?" (the pair's gold event is told by another word: left out)
    joined: bool  # a rule printed an event for the pair
    hops: int
    tensor: Any  # the link word's row of ``doc.tensor`` (for trying dense features), or None

    @property
    def trainable(self) -> bool:
        return self.label != "?" and self.hops <= MAX_HOPS


def label(gold_events: list[dict], record: Any, span: tuple[int, int], source: str, target: str,
          link: tuple[int, int]) -> str | None:
    """The root of the first gold event in the sentence whose sides the pair matches and whose text
    holds the link word; ``none`` where no gold event of the sentence has the pair; None (left out of
    training) where one has the pair but its text lies elsewhere (the link is not its trigger)."""
    a, b = stands_for(record, source), stands_for(record, target)
    elsewhere = False
    for g in gold_events:
        if not span[0] <= g["span"][0] < span[1]:
            continue
        gs, gt = set(g["source"]), set(g["target"])
        if (a & gs and b & gt) or (g.get("symmetric") and a & gt and b & gs):
            if g["span"][0] <= link[0] and link[1] <= g["span"][1]:
                return str(g["root"][0])
            elsewhere = True
    return None if elsewhere else NONE


def collect(folder: Path = EVENTS, names: list[str] | None = None, pipeline: Any = None) -> list[Sample]:
    """The labelled candidates of the folder's dev dispatches (or of ``names``), coded by ``pipeline``
    (the default one when None; the layer itself must be off in it)."""
    from wirecoder.pipeline import load
    from wirecoder.sources import Document

    pipeline = pipeline or load()
    coder = next(c.coder for c in pipeline.components if hasattr(c, "coder"))
    samples: list[Sample] = []
    for name in names if names is not None else split_names(folder, "dev"):
        gold = load_article(folder, name)
        coder.collect = []
        record = pipeline.extract(Document(text=gold.text, source=f"{name}.txt"), reference_date=gold.published)
        for span, found, joined in coder.collect:
            for c in found:
                link = (c.link.idx, c.link.idx + len(c.link))
                y = label(gold.events, record, span, c.source, c.target, link)
                tensor = c.link.doc.tensor
                row = tensor[c.link.i].astype(np.float32) if tensor is not None and len(tensor) else None
                samples.append(Sample(name, c.features, y or "?", frozenset((c.source, c.target)) in joined,
                                      c.hops, row))
        coder.collect = None
    return samples


def fit(samples: list[Sample]) -> EventModel:
    samples = [s for s in samples if s.trainable]
    vectors = np.stack([s.tensor for s in samples]) if PARAMS["tensor"] else None
    classes, weights, dense = train([(s.features, s.label) for s in samples], vectors=vectors,
                                    **{k: v for k, v in PARAMS.items() if k != "tensor"})
    header = {"trained_on": "tests/data/events_news, dev split (invented dispatches only)",
              "dispatches": len({s.dispatch for s in samples}), "candidates": len(samples),
              "dispatches_sha256": dispatches_hash(EVENTS / "dispatches.txt"),
              "feature_set": FEATURE_SET, "bits": BITS, "params": PARAMS,
              "labels": dict(sorted(Counter(s.label for s in samples).items())), "max_hops": MAX_HOPS}
    return EventModel(classes, weights, header, dense)


def cross_validate(samples: list[Sample], folds: int) -> None:
    """Accuracy by dispatch folds, and the added events' precision/recall on pairs no rule joined."""
    names = sorted({s.dispatch for s in samples})
    fold_of = {n: i % folds for i, n in enumerate(names)}
    scored: list[tuple[str, str, float, bool]] = []  # gold, predicted root, probability, joined
    for k in range(folds):
        model = fit([s for s in samples if fold_of[s.dispatch] != k])
        for f, y, joined, vec in ((s.features, s.label, s.joined, s.tensor) for s in samples
                                  if fold_of[s.dispatch] == k and s.trainable):
            root, p = model.best(f, vec)
            full = model.scores(f, vec)
            top = model.classes[int(np.argmax(full))]
            scored.append((y, root if top != NONE else NONE, p, joined))
    right = sum(y == top for y, top, _, _ in scored)
    print(f"{folds}-fold accuracy over {len(scored)} candidates: {right / len(scored):.3f} "
          f"(all-none {sum(y == NONE for y, *_ in scored) / len(scored):.3f})")
    loose = [(y, r, p) for y, r, p, joined in scored if not joined]
    events = sum(y != NONE for y, _, _ in loose)
    print(f"pairs no rule joined: {len(loose)}, of them gold events {events}")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        added = [(y, r) for y, r, p in loose if p >= t]
        good = sum(y == r for y, r in added)
        print(f"  threshold {t}: adds {len(added)}, right {good} ({good / max(len(added), 1):.2f}), "
              f"pair right {sum(y != NONE for y, _ in added)}")


def cached(path: Path | None, make: Callable[[], Any]) -> Any:
    """What ``make`` returns, read from the pickle at ``path`` where there is one, else made and, with a
    path, written there (tuning speed only; ``event_filter.py`` keeps its features the same way)."""
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    made = make()
    if path:
        path.write_bytes(pickle.dumps(made))
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=0, help="also cross-validate with this many dispatch folds")
    ap.add_argument("--cache", type=Path, help="read/write the labelled candidates here (tuning speed only)")
    ap.add_argument("--no-write", action="store_true", help="do not write the model file")
    ap.add_argument("--tensor", action="store_true", help="add the link word's doc.tensor row (tuning)")
    ap.add_argument("--l2", type=float, default=PARAMS["l2"])
    args = ap.parse_args(argv)
    PARAMS.update(tensor=args.tensor, l2=args.l2)
    samples = cached(args.cache, collect)
    print(f"{len(samples)} candidates from {len({s.dispatch for s in samples})} dispatches; labels "
          f"{dict(Counter(s.label for s in samples).most_common())}")
    if args.folds:
        cross_validate(samples, args.folds)
    if not args.no_write:
        fit(samples).dump(DATA)
        print(f"wrote {DATA} ({DATA.stat().st_size} bytes); {len({_hash(f) for s in samples for f in s.features})} "
              f"feature rows used")
    return 0


if __name__ == "__main__":
    sys.exit(main())
