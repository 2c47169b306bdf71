"""Quote attribution scored on PolNeAR, with textacy's direct-quotation extractor as the peer baseline.

Measure (one annotator per document, the first annotation file):

- a gold attribution is **found** when a predicted quote's content overlaps the gold content (the
  union of its fragments) by a character Jaccard of at least 0.5, matching one to one;
- it is **attributed** when, in addition, the predicted speaker span overlaps a gold source span.

Predictions whose content lies mostly in a PolNeAR ``Discard`` span (bylines, "Read the rest
here") are ignored. Predicted quotes sharing one cue (``"...," he said. "..."``) are one
prediction, as PolNeAR makes them one attribution with two content fragments.

The data (``polnear_{train,dev,test}.jsonl``, see SOURCES.md of the shared data) is for evaluation
only and never ships with the package; :func:`default_data_dir` looks for it in ``../shared``
beside the checkout.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import shared_dir

Interval = tuple[int, int]
JACCARD_MIN = 0.5


@dataclass
class GoldAttribution:
    content: list[Interval]
    sources: list[Interval]


@dataclass
class Prediction:
    content: list[Interval]
    speaker: Interval | None


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    attributions: list[GoldAttribution]
    discard: list[Interval] = field(default_factory=list)


@dataclass
class Counts:
    """Tallies over documents; precision, recall and F1 for found and attributed quotes."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    attributed: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.attributed += other.attributed

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def found_prf(self) -> tuple[float, float, float]:
        return self._prf(self.found, self.predicted, self.gold)

    @property
    def attributed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.attributed, self.predicted, self.gold)


# -- interval arithmetic on characters ----------------------------------------------------------

def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping intervals covering the same characters."""
    out: list[Interval] = []
    for s, e in sorted(i for i in intervals if i[1] > i[0]):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def length(intervals: Sequence[Interval]) -> int:
    return sum(e - s for s, e in intervals)


def intersection(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Characters shared by two merged interval lists."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        total += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def jaccard(a: Sequence[Interval], b: Sequence[Interval]) -> float:
    a, b = merge(a), merge(b)
    inter = intersection(a, b)
    union = length(a) + length(b) - inter
    return inter / union if union else 0.0


def overlaps(span: Interval | None, others: Iterable[Interval]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in others)


# -- scoring ------------------------------------------------------------------------------------

def score_document(gold: GoldDoc, predictions: Sequence[Prediction]) -> Counts:
    """Match predictions to gold attributions one to one, best Jaccard first."""
    discard = merge(gold.discard)
    preds = [p for p in predictions
             if not (discard and 2 * intersection(merge(p.content), discard) > length(merge(p.content)))]
    pairs = []
    for gi, g in enumerate(gold.attributions):
        for pi, p in enumerate(preds):
            j = jaccard(g.content, p.content)
            if j >= JACCARD_MIN:
                pairs.append((j, gi, pi))
    pairs.sort(reverse=True)
    counts = Counts(gold=len(gold.attributions), predicted=len(preds))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        counts.found += 1
        if overlaps(preds[pi].speaker, gold.attributions[gi].sources):
            counts.attributed += 1
    return counts


def score(golds: Sequence[GoldDoc], predictions: Sequence[Sequence[Prediction]]) -> Counts:
    total = Counts()
    for g, p in zip(golds, predictions, strict=True):
        total.add(score_document(g, p))
    return total


# -- data ---------------------------------------------------------------------------------------

def default_data_dir() -> Path:
    """``../shared/data/quotes/derived`` beside the checkout (evaluation data is never packaged)."""
    return shared_dir() / "data" / "quotes" / "derived"


def _spans(items: Iterable[dict]) -> list[Interval]:
    return [(int(x["start"]), int(x["end"])) for x in items if x.get("start") is not None]


def load_polnear(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """One document per ``doc_id`` (its first annotation file), up to ``limit`` documents."""
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["doc_id"] in seen:
                continue
            seen.add(r["doc_id"])
            atts = [GoldAttribution(_spans(q["contents"]), _spans(q["sources"]))
                    for q in r["quotes"] if q["contents"]]
            docs.append(GoldDoc(r["doc_id"], r["text"], atts, _spans(r.get("discard_spans", []))))
            if limit is not None and len(docs) >= limit:
                break
    return docs


# -- systems ------------------------------------------------------------------------------------

def wirecoder_predictions(pipeline, texts: Sequence[str]) -> Iterator[list[Prediction]]:
    """wirecoder's quotes, through ``extract_many`` (the real pipeline); quotes sharing a cue join."""
    from ..errors import InputError

    for record in pipeline.extract_many(texts):
        if isinstance(record, InputError):
            yield []
            continue
        by_cue: dict[tuple, Prediction] = {}
        for q in record.quotes:
            key = tuple(q.cue.span) if q.cue else ("quote", q.span)
            pred = by_cue.setdefault(key, Prediction([], q.speaker.span if q.speaker else None))
            pred.content.append(tuple(q.span))
        yield list(by_cue.values())


def textacy_predictions(nlp, texts: Sequence[str]) -> Iterator[list[Prediction]]:
    """textacy's ``direct_quotations`` (speaker, cue, content) on the same spaCy pipeline."""
    from textacy.extract.triples import direct_quotations

    for doc in nlp.pipe(texts):
        preds: list[Prediction] = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy refuses a document with an odd number of quotation marks
            triples = []
        for dq in triples:
            speaker = (dq.speaker[0].idx, dq.speaker[-1].idx + len(dq.speaker[-1].text)) if dq.speaker else None
            content = dq.content
            preds.append(Prediction([(content.start_char, content.end_char)], speaker))
        yield preds


@dataclass
class Result:
    system: str
    counts: Counts
    seconds: float
    words: int

    def row(self) -> str:
        fp, fr, ff = self.counts.found_prf
        ap, ar, af = self.counts.attributed_prf
        wps = self.words / self.seconds if self.seconds else 0.0
        return (f"{self.system:<24} {fp:6.3f} {fr:6.3f} {ff:6.3f}   {ap:6.3f} {ar:6.3f} {af:6.3f}"
                f"   {self.counts.predicted:6d} {wps:8.0f}")


HEADER = (f"{'system':<24} {'found':>6} {'':>6} {'':>6}   {'attrib':>6} {'':>6} {'':>6}   {'':>6} {'':>8}\n"
          f"{'':<24} {'P':>6} {'R':>6} {'F1':>6}   {'P':>6} {'R':>6} {'F1':>6}   {'preds':>6} {'words/s':>8}")


# PolNeAR marks every attribution of a statement, a belief or a stance ("backed the plan", what a poll found);
# wirecoder's default scope, "statements", leaves stances and findings out, as the real-news guide does.
POLNEAR_SCOPE = "attributions"


def evaluate(golds: Sequence[GoldDoc], baseline: bool = False, pipeline=None,
             scope: str = POLNEAR_SCOPE) -> list[Result]:
    """Score wirecoder (and textacy with ``baseline``) on the gold documents, with quotes of ``scope``
    (settings.toml ``[quotes] scope``; PolNeAR's annotation is "attributions")."""
    from ..pipeline import load
    from ..settings import with_quote_scope

    pipeline = pipeline or load(stages=("actors", "quotes"), settings=with_quote_scope(scope))
    texts = [g.text for g in golds]
    words = sum(len(t.split()) for t in texts)
    results = []
    t0 = time.perf_counter()
    preds = list(wirecoder_predictions(pipeline, texts))
    results.append(Result("wirecoder", score(golds, preds), time.perf_counter() - t0, words))
    if baseline:
        try:
            import textacy.extract.triples  # noqa: F401  (an optional dev dependency)
        except ImportError:
            import sys

            from ..errors import NO_TEXTACY

            print(f"wirecoder: {NO_TEXTACY}", file=sys.stderr)
            return results
        t0 = time.perf_counter()
        preds = list(textacy_predictions(pipeline.nlp, texts))
        results.append(Result("textacy direct_quotations", score(golds, preds), time.perf_counter() - t0, words))
    return results
