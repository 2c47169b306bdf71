"""Event coding scored on public gold sets: UniversalPetrarch, PLOVER's examples, and our seed.

``wirecoder evaluate events [--set upetr|plover|seed|all] [--split test|dev|all]`` or
``python -m wirecoder.evaluation.events``. UniversalPetrarch and PLOVER are each split into a dev half
(items the repository quotes, and half the rest) and a test half by the fixed rule in
:mod:`wirecoder.evaluation.splits`; the test half is reported by default, and dev or all figures are
tuning-set figures. Each sentence runs through the whole pipeline (reader, spaCy, actors, quotes, events) as a
one-paragraph text; nothing is told to the coder about the gold.

Measures:

- **upetr** (UniversalPetrarch ``PETR2_GSR_validation.xml``, 78 AFP-style sentences, 12 expecting no
  event): precision, recall and F1 of (source country, target country, CAMEO root) triples per
  sentence. Phoenix actor codes become countries by their first three letters (``USAGOV`` -> USA),
  IGO codes our IGO ids (``IGOUNO`` -> UN), ``---`` codes (unnamed) None. Our persons and
  organisations count as their country. A symmetric prediction matches the gold in either order.
- **plover** (``PLOVER_GSR_CAMEO.json``, 322 examples from the CAMEO manual, old PLOVER names mapped
  by ``plover.yaml``'s ``renamed``): event-type accuracy of the top prediction (highest confidence;
  no prediction is wrong), and source / target accuracy on the examples whose top type is right.
- **seed** (``seed/*.gold.json``): how many required events are found (source, target, root match;
  symmetric events either way).

The data lives in ``../shared`` beside the checkout and never ships with the package; each set is
skipped with a message when absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..record import Record
from . import shared_dir, splits

SETS = ("upetr", "plover", "seed")
# Phoenix IGO codes -> our IGO ids (data/actors/igos.yaml: org:arab-league for the Arab League, WB for
# the World Bank). Longest prefix wins.
PHOENIX_IGOS = {"IGOUNO": "UN", "IGOEUR": "EU", "IGONAT": "NATO", "IGOASN": "ASEAN", "IGOAFR": "AU",
                "IGOARB": "org:arab-league", "IGOCOPITP": "INTERPOL", "IGOWTO": "WTO", "IGOIMF": "IMF",
                "IGOWBK": "WB", "IGOOSC": "OSCE", "IGOOPC": "OPEC"}
# Phoenix prefixes of transnational non-state actors (``IMGMUSISI``: Islamic State; ``NGOHRI``; a
# multinational company): they have no country, as our records give none to such an organisation.
PHOENIX_STATELESS = {"IMG", "NGO", "MNC"}
# CAMEO country codes that differ from ISO 3166 alpha-3 (the PLOVER examples use some).
CAMEO_TO_ISO = {"JAP": "JPN", "PAL": "PSE", "UK": "GBR", "GER": "DEU", "ROM": "ROU", "SUD": "SDN"}


def data_dir() -> Path:
    return shared_dir() / "data" / "event-coding"


# --- codes -------------------------------------------------------------------------------------
def phoenix_country(code: str | None) -> str | None:
    """``USAGOV`` -> USA, ``IGOUNOMIL`` -> UN, ``---REB`` and ``IMGMUSISI`` -> None."""
    if not code or code.startswith("---"):
        return None
    code = code.upper()
    if code.startswith("IGO"):
        for prefix in sorted(PHOENIX_IGOS, key=len, reverse=True):
            if code.startswith(prefix):
                return PHOENIX_IGOS[prefix]
        return "IGO"
    if code[:3] in PHOENIX_STATELESS:
        return None
    if code[:3] in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[code[:3]]
    return code[:3] if code[:3].isalpha() else None


def record_country(record: Record, actor_id: str | None) -> str | None:
    """A record's actor id as a country (or IGO id): persons and organisations by their country."""
    if actor_id is None:
        return None
    actor = record.actor(actor_id)
    if actor is not None and actor.kind in {"person", "organization", "group"}:
        return actor.country
    return actor_id


def _triples(record: Record) -> list[tuple[tuple[str | None, str | None, str], bool]]:
    return [((record_country(record, e.source), record_country(record, e.target), e.root), e.symmetric)
            for e in record.events]


# --- loading -----------------------------------------------------------------------------------
@dataclass
class Sentence:
    id: str
    text: str
    date: str | None
    gold: set[tuple[str | None, str | None, str]] = field(default_factory=set)
    gold_event: str | None = None  # PLOVER type
    gold_sources: set[str] = field(default_factory=set)
    gold_targets: set[str] = field(default_factory=set)


_BLOCK = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def load_upetr(path: Path) -> list[Sentence]:
    """The validation records, read with regexes (the file is not well-formed XML)."""
    out = []
    for attrs, body in _BLOCK.findall(path.read_text("utf-8")):
        a = dict(_ATTR.findall(attrs))
        text = _TEXT.search(body)
        sentence_date = a.get("date")
        iso = (f"{sentence_date[:4]}-{sentence_date[4:6]}-{sentence_date[6:8]}"
               if sentence_date and re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])\d{2}", sentence_date) else None)
        s = Sentence(a.get("id", ""), " ".join((text.group(1) if text else "").split()), iso)
        for coding in _CODING.findall(body):
            c = dict(_ATTR.findall(coding))
            if c.get("eventcode"):
                s.gold.add((phoenix_country(c.get("sourcecode")), phoenix_country(c.get("targetcode")),
                            c["eventcode"][:2]))
        out.append(s)
    return out


def _codes(actors: Any) -> set[str]:
    """The countries of a PLOVER example's actor list (some records hold a bare string: none)."""
    if not isinstance(actors, list):
        return set()
    return {c for a in actors if isinstance(a, dict) and (c := phoenix_country(a.get("code")))}


def load_plover(path: Path) -> list[Sentence]:
    from ..events.ontology import plover_renamed  # here: `wirecoder --help` starts without spaCy

    renamed = plover_renamed()
    out = []
    for rec in json.loads(path.read_text("utf-8")):
        if rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        s = Sentence(rec["id"], " ".join(rec["text"].split()), rec.get("date"))
        s.gold_event = renamed.get(rec["event"], rec["event"])
        s.gold_sources = _codes(rec.get("source"))
        s.gold_targets = _codes(rec.get("target"))
        out.append(s)
    return out


# --- running -----------------------------------------------------------------------------------
def code_sentences(sentences: Sequence[Sentence], pipeline: Any = None) -> list[Record | None]:
    """Run each sentence through the whole pipeline, in one batch (None where it cannot be coded)."""
    from ..pipeline import load
    from ..sources import Document

    pipeline = pipeline or load()
    records: list[Record | None] = []
    # one date per batch call: group by date, keep order
    for s in sentences:
        if not s.text.strip():
            records.append(None)
            continue
        result = next(pipeline.extract_many([Document(text=s.text)], reference_date=s.date))
        records.append(result if isinstance(result, Record) else None)
    return records


@dataclass
class Score:
    name: str
    n: int
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    source_ok: int = 0
    target_ok: int = 0
    target_n: int = 0
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0


def score_upetr(sentences: Sequence[Sentence], records: Sequence[Record | None]) -> Score:
    score = Score("upetr", len(sentences))
    for s, rec in zip(sentences, records, strict=True):
        predicted: set[tuple[str | None, str | None, str]] = set()
        for triple, symmetric in _triples(rec) if rec else []:
            reverse = (triple[1], triple[0], triple[2])
            predicted.add(reverse if symmetric and reverse in s.gold and triple not in s.gold else triple)
            if symmetric and reverse in s.gold and triple in s.gold:
                predicted.add(reverse)
        score.tp += len(predicted & s.gold)
        score.fp += len(predicted - s.gold)
        score.fn += len(s.gold - predicted)
    return score


def score_plover(sentences: Sequence[Sentence], records: Sequence[Record | None]) -> Score:
    score = Score("plover", len(sentences))
    for s, rec in zip(sentences, records, strict=True):
        if not rec or not rec.events:
            continue
        top = max(rec.events, key=lambda e: e.confidence)  # first of the most confident
        if top.plover != s.gold_event:
            continue
        score.correct += 1
        src, tgt = record_country(rec, top.source), record_country(rec, top.target)
        if top.symmetric:
            src_ok = bool({src, tgt} & (s.gold_sources | s.gold_targets))
            score.source_ok += src_ok
        else:
            score.source_ok += src in s.gold_sources
        if s.gold_targets:
            score.target_n += 1
            score.target_ok += tgt in s.gold_targets or (top.symmetric and src in s.gold_targets)
    return score


# The seed's gold was written on this day; a fixed reference date keeps the seed's score from
# depending on the day the evaluation runs (the year of a dateline without one).
SEED_REFERENCE_DATE = "2026-11-29"


def score_seed(pipeline: Any = None) -> tuple[int, int, list[str]]:
    """(required events found, required events, notes on the missing ones)."""
    from ..pipeline import load

    pipeline = pipeline or load()
    found = required = 0
    missing: list[str] = []
    for gold_path in sorted((shared_dir() / "seed").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        record = pipeline.extract(text_path.read_text("utf-8"), source=str(text_path),
                                  reference_date=SEED_REFERENCE_DATE)
        for g in gold.get("events", []):
            if not g.get("required"):
                continue
            required += 1
            if any(_seed_match(g, record, e) for e in record.events):
                found += 1
            else:
                missing.append(f"{text_path.name}: {g.get('note')}")
    return found, required, missing


def _seed_match(g: dict[str, Any], record: Record, e: Any) -> bool:
    src, tgt = record_country(record, e.source), record_country(record, e.target)
    pairs = [(src, tgt)] + ([(tgt, src)] if e.symmetric or g.get("symmetric") else [])
    ids = [(e.source, e.target)] + ([(e.target, e.source)] if e.symmetric or g.get("symmetric") else [])
    return e.root in g["root"] and any(s in g["source"] and t in g["target"] for s, t in pairs + ids)


def _upetr_line(split: str, score: Score) -> str:
    """The table's line for UniversalPetrarch: the (source, target, root) triples."""
    return (f"upetr  {split:4s} {score.n:4d} sentences  (source, target, root)  P {score.precision:.3f}  "
            f"R {score.recall:.3f}  F1 {score.f1:.3f}  (tp {score.tp}, fp {score.fp}, fn {score.fn})  "
            f"{score.seconds:.1f}s")


def _plover_line(split: str, score: Score) -> str:
    """The table's line for PLOVER: the event types."""
    return (f"plover {split:4s} {score.n:4d} examples   event type accuracy {score.accuracy:.3f}  "
            f"(of those right: source {score.source_ok}/{score.correct}, "
            f"target {score.target_ok}/{score.target_n})  {score.seconds:.1f}s")


# The gold sets of coded sentences: each one's file under data_dir(), its reader, its scorer and its line.
_GOLD_SENTENCES = {
    "upetr": (("universal-petrarch", "PETR2_GSR_validation.xml"), load_upetr, score_upetr, _upetr_line),
    "plover": (("plover", "PLOVER_GSR_CAMEO.json"), load_plover, score_plover, _plover_line),
}


def evaluate(sets: Iterable[str] = SETS, limit: int | None = None, out=None,
             split: str = "test") -> dict[str, Any]:
    """Score the named sets on a split (``test``, ``dev`` or ``all``); prints a table, returns the figures."""
    out = out or sys.stdout
    from ..pipeline import load

    pipeline = load()
    results: dict[str, Any] = {}
    base = data_dir()
    for name in sets:
        start = time.perf_counter()
        if name in _GOLD_SENTENCES:
            where, load_set, score_set, line = _GOLD_SENTENCES[name]
            path = base.joinpath(*where)
            if not path.exists():
                print(f"{name}: {path} not found; skipped", file=out)
                continue
            sentences = [s for s in load_set(path) if splits.in_split(name, s.id, split)][:limit]
            score = score_set(sentences, code_sentences(sentences, pipeline))
            score.seconds = time.perf_counter() - start
            print(line(split, score), file=out)
            results[name] = score
        elif name == "seed":
            if not (shared_dir() / "seed").exists():
                print("seed: ../shared/seed not found; skipped", file=out)
                continue
            found, required, missing = score_seed(pipeline)
            print(f"seed   required events found {found}/{required}", file=out)
            for note in missing:
                print(f"       missing: {note}", file=out)
            results[name] = (found, required, missing)
    return results


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--set", dest="set", choices=(*SETS, "all"), default="all",
                   help="which gold set to score (default: all)")
    p.add_argument("--split", choices=splits.SPLITS, default="test",
                   help="the half of UniversalPetrarch and PLOVER to score: test (default), dev (tuning) or all; "
                        "the seed is scored whole")
    p.add_argument("--limit", type=int, metavar="N", help="score only the first N sentences of a set")


def _run(args: argparse.Namespace) -> int:
    evaluate(SETS if args.set == "all" else (args.set,), args.limit, split=args.split)
    return 0


def register(benchmarks: argparse._SubParsersAction) -> None:
    """Add ``events`` to ``wirecoder evaluate``."""
    p = benchmarks.add_parser("events", help="event coding on UniversalPetrarch, PLOVER and the seed")
    _add_arguments(p)
    p.set_defaults(func=_run)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m wirecoder.evaluation.events", description=__doc__.split("\n")[0])
    _add_arguments(p)
    return _run(p.parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
