"""How well does wirecoder tell who an agent is? Country and sector of short agent phrases::

    python benchmarks/bench_agents.py [--show misses]

The phrases are in ``benchmarks/agents/phrases.yaml``: our own invented sentences, each naming one
political agent (a state body, an agency, armed forces, a party, an official by title, a common-noun
group, an office holder on a given date) with the country and sector a careful coder gives it. Each
sentence is coded by the whole pipeline (the article's date is the entry's ``date`` where given); the
agent is the actor whose mention overlaps the phrase most. Country is right when the actor's country
is one of the accepted codes; sector likewise. A phrase with no overlapping actor is wrong on both.
Needs nothing from ``../shared``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

import wirecoder
from wirecoder.record import Actor, Record
from wirecoder.sources import Document

PHRASES = Path(__file__).resolve().parent / "agents" / "phrases.yaml"


def _accepted(value: Any) -> set[str]:
    return {str(v) for v in (value if isinstance(value, list) else [value])}


def _agent(record: Record, start: int, end: int) -> Actor | None:
    """The actor whose mention overlaps text[start:end] most (None when no mention overlaps)."""
    best, best_overlap = None, 0
    for actor in record.actors:
        for s, e in actor.mentions:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=["none", "misses", "all"], default="none")
    parser.add_argument("--phrases", type=Path, default=PHRASES)
    args = parser.parse_args(argv)

    entries = yaml.safe_load(args.phrases.read_text(encoding="utf-8"))["phrases"]
    pipeline = wirecoder.load()
    docs = [Document(text=e["text"], meta={"published": str(e["date"])} if e.get("date") else {})
            for e in entries]
    country_right = sector_right = found = 0
    for entry, record in zip(entries, pipeline.extract_many(docs), strict=True):
        if not isinstance(record, Record):
            print(f"error: {entry['text']!r}: {record}")
            continue
        start = entry["text"].index(entry["phrase"])
        actor = _agent(record, start, start + len(entry["phrase"]))
        got_country = actor.country if actor else None
        got_sector = actor.sector if actor else None
        ok_country = got_country in _accepted(entry["country"])
        ok_sector = got_sector in _accepted(entry["sector"])
        found += actor is not None
        country_right += ok_country
        sector_right += ok_sector
        if args.show == "all" or (args.show == "misses" and not (ok_country and ok_sector)):
            got = f"{actor.id} {got_country}/{got_sector}" if actor else "no actor"
            print(f"{'ok  ' if ok_country and ok_sector else 'MISS'} {entry['phrase']!r}: got {got}, "
                  f"want {entry['country']}/{entry['sector']}")
    n = len(entries)
    print(f"agent phrases: {n}   actor found {found / n:.3f}   country {country_right / n:.3f}   "
          f"sector {sector_right / n:.3f}   (goals: country 0.90, sector 0.80)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
