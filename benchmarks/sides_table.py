"""Round 50 (sides50): which part of each missed required event failed, by side (a tuning measure). ::

    python benchmarks/sides_table.py [--half A] [--dev [DIR]] [--show]

For every required gold event no printed event matches, the trigger's sentence is read for the actor
mentions the record holds (each standing for its id and, a person or body, its country, as the scorer
reads it). A side is "named" when a mention in the sentence stands for one of the gold side's ids. The
miss is put in one class:

- ``root``: both gold sides are named in the sentence (or the gold side is "none") and no printed event
  with the gold root overlaps the trigger: the trigger or root failed, or a candidate there found no side
  (``event_drops.py`` tells which: "candidate without source/target" is the argument rules');
- ``arguments``: both sides named and an event with the gold root printed on the trigger, with a wrong side;
- ``source: actors`` / ``target: actors`` / ``both: actors``: no mention in the sentence stands for that
  gold side; split by what stood there: ``no actor`` (no mention shares a word with the gold ids: a
  pronoun or description left unresolved, a common noun, a side the sentence leaves implicit) or
  ``no country/id`` (a mention shares a word of a gold id, say the surname, but neither its id nor its
  country is one of the gold side's).

Half A of the event recall audit (default) or a news set's dev split (``--dev``); half B and test
splits are never read. Counts only unless ``--show`` (half A or dev items).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import SHARED  # noqa: E402
from event_recall_audit import gold_event_articles  # noqa: E402


def _sentence(text: str, span) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]))
    b_candidates = [i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0]
    return (a + 1 if a >= 0 else 0), (min(b_candidates) + 1 if b_candidates else len(text))


def _words(actor_id: str) -> set[str]:
    return {w for w in re.split(r"[-:|]", actor_id.lower()) if len(w) > 2 and w not in {"person", "org", "the"}}


def side_class(record, gold_ids: set, lo: int, hi: int, stands_for) -> str:
    if None in gold_ids or "none" in gold_ids:
        gold_ids = {g for g in gold_ids if g not in (None, "none")}
        if not gold_ids:
            return "none"
    named = False
    near_word = False
    gold_words = set().union(*(_words(g) for g in gold_ids if g)) if gold_ids else set()
    for actor in record.actors:
        for m in actor.mentions:
            if lo <= m[0] < hi:
                if stands_for(record, actor.id) & gold_ids:
                    named = True
                elif _words(actor.id) & gold_words:
                    near_word = True
    if named:
        return "named"
    return "no country/id" if near_word else "no actor"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", nargs="?", const=str(SHARED / "realnews"), metavar="DIR")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    import wirecoder
    from wirecoder.evaluation.news import event_matches, stands_for, trigger_near
    from wirecoder.sources import Document
    pipeline = wirecoder.load()
    if args.dev:
        from wirecoder.evaluation.news import load_article, split_names
        golds_of = (load_article(Path(args.dev), name) for name in split_names(Path(args.dev), "dev"))
        items = ((argparse.Namespace(text=g.text, path=g.name, published=g.published), g.events) for g in golds_of)
    else:
        items = ((a, g) for h, a, g in gold_event_articles("A"))
    counts: Counter[str] = Counter()
    for article, golds in items:
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        for g in golds:
            if not g.get("required") or any(event_matches(g, record, e) for e in record.events):
                continue
            lo, hi = _sentence(article.text, g["span"])
            src = side_class(record, set(g["source"]), lo, hi, stands_for)
            tgt = side_class(record, set(g["target"]), lo, hi, stands_for)
            near = [e for e in record.events if trigger_near(e, g["span"], 0)]
            rooted = [e for e in near if e.root in g["root"]]
            if src in ("named", "none") and tgt in ("named", "none"):
                if not rooted:
                    cls = "root (sides named, no event with the root on the trigger)"
                else:
                    cls = "arguments (sides named, root printed, wrong side picked)"
            elif src not in ("named", "none") and tgt not in ("named", "none"):
                cls = f"both: actors ({src} / {tgt})"
            elif src not in ("named", "none"):
                cls = f"source: actors ({src})"
            else:
                cls = f"target: actors ({tgt})"
            counts[cls] += 1
            if args.show:
                sent = " ".join(article.text[lo:hi].split())[:300]
                printed = "; ".join(f"{e.source}->{e.target} {e.root}" for e in near) or "-"
                print(f"{cls}\n    GOLD {'|'.join(g['source'])} -> {'|'.join(t or 'none' for t in g['target'])} "
                      f"{'|'.join(g['root'])} \"{article.text[g['span'][0]:g['span'][1]][:80]}\" PRINTED {printed}\n"
                      f"    {sent}")
    total = sum(counts.values())
    print(f"missed required events: {total}")
    for cls, n in counts.most_common():
        print(f"  {n:4d}  {cls}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
