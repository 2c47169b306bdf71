"""What share of the actors wirecoder prints are not political actors? ::

    python benchmarks/bench_spurious_actors.py [--bbc 100] [--show]

Texts: the real-news set (dev and test, ``../shared/data/realnews``, each coded on its gold
``published`` date) and the first N BBC politics articles (``../shared/data/news/bbc/politics``).
Every printed actor except places (kind ``place``, which RECORD.md keeps as locations) is counted.

The rule, applied the same way to both sets with no gold involved: an actor is **not a political
actor** when

1. most of the words spaCy tags at its name mentions are things, places or events rather than
   people or bodies (entity labels PRODUCT, WORK_OF_ART, FAC, LOC, EVENT, LAW, LANGUAGE, or a
   number/date label): a missile, a ship, a law, a sea, an event;
2. it is a person whose name spaCy tags a GPE (a city taken for a person);
3. it is an organisation whose name has no proper noun and that the agents lexicon does not know
   (a generic word: "state", "cabinet"), or whose name runs over more than six words (a headline
   fragment).

This is a proxy: it finds the kinds of error issue 10 lists, not every wrong actor, and it never
reads gold. Needs ``../shared``; skips cleanly without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import wirecoder
from wirecoder.actors.agents import resolve_agent
from wirecoder.record import Actor, Record

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
THINGS = {"PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW", "LANGUAGE", "DATE", "TIME", "MONEY",
          "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"}


def _why(actor: Actor, record: Record, nlp) -> str | None:
    """Why an actor is not a political actor (rule 1, 2 or 3 of the module's docstring), or None."""
    labels: Counter[str] = Counter()
    for s, e in actor.mentions:
        span = record.text[s:e]
        if not span[:1].isupper():
            continue  # a pronoun or a later "the minister": the name's mentions decide
        labels[_label(record, s, e, nlp)] += 1
    total = sum(labels.values())
    if total and sum(n for lab, n in labels.items() if lab in THINGS) * 2 > total:
        return "thing/place/event: " + ",".join(sorted(labels))
    if actor.kind == "person" and total and labels["GPE"] * 2 > total:
        return "place as a person"
    if actor.kind in ("organization", "group") and actor.id.startswith("org:"):
        words = actor.name.split()
        if len(words) > 6:
            return "headline fragment"
        if not any(c.isupper() for c in actor.name) and resolve_agent(words) is None:
            return "generic word"
        if len(words) == 1 and words[0].lower() in _COMMON and resolve_agent(words) is None:
            return "generic word"
    return None


_COMMON = {"state", "cabinet", "west", "east", "government", "house", "court", "office", "ministry", "party"}
_DOCS: dict[int, object] = {}


def _label(record: Record, s: int, e: int, nlp) -> str:
    doc = _DOCS.get(id(record))
    if doc is None:
        doc = _DOCS[id(record)] = nlp(record.text)
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return ""
    return next((t.ent_type_ for t in span if t.ent_type_), "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=int, default=100, help="BBC politics articles (default 100)")
    ap.add_argument("--show", action="store_true", help="print every actor counted as not political")
    args = ap.parse_args(argv)
    realnews, bbc = SHARED / "realnews", SHARED / "news" / "bbc" / "politics"
    if not realnews.is_dir() or not bbc.is_dir():
        print(f"skipped: {realnews} or {bbc} is absent")
        return 0
    pipeline = wirecoder.Pipeline()
    splits = json.loads((realnews / "splits.json").read_text("utf-8"))
    sets = {
        "realnews dev+test": [((realnews / f"{n}.txt").read_text("utf-8"),
                               json.loads((realnews / f"{n}.gold.json").read_text("utf-8")).get("published"))
                              for n in splits["dev"] + splits["test"]],
        f"BBC politics ({args.bbc})": [(p.read_text("utf-8", errors="replace"), None)
                                       for p in sorted(bbc.glob("*.txt"))[: args.bbc]],
    }
    for name, texts in sets.items():
        printed = bad = 0
        why: Counter[str] = Counter()
        for text, day in texts:
            record = pipeline.extract(text, reference_date=day)
            for actor in record.actors:
                if actor.kind == "place":
                    continue
                printed += 1
                reason = _why(actor, record, pipeline.nlp)
                if reason:
                    bad += 1
                    why[reason.split(":")[0]] += 1
                    if args.show:
                        print(f"  {name}: {actor.id} ({actor.kind}, {actor.name!r}): {reason}")
            _DOCS.clear()
        share = bad / printed if printed else 0.0
        print(f"{name}: {len(texts)} articles, {printed} actors printed, {bad} not political actors "
              f"= {share:.1%}  ({', '.join(f'{k} {v}' for k, v in why.most_common()) or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
