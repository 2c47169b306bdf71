"""Are a missed event's actors found in its sentence? A cross-tab of the event misses (issue 9). ::

    python benchmarks/actors_near.py [--half A|B|all] [--show all|none]   # the event recall audit's golds
    python benchmarks/actors_near.py --dev [DIR] [--show all|none]        # a news set's dev split

Round 34 (actorsnear34). For every required gold event that no printed event matches
(``evaluation.news.event_matches``), its miss kind (``miss_kind``) and whether its gold source and gold
target are among the actors wirecoder printed with a mention inside the sentence of the trigger
(``evaluation.news.sides_near``, the scorer's rule that a person or organisation also stands for its
country): both / source only / target only / neither. A side not in the sentence is then counted as
printed elsewhere in the article (an actor with no mention in that sentence: a coreference or a
mention the actors stage did not link) or unprinted (no actor of the article stands for it).

Hypothesis tested: the "no such root, nothing near" misses sit in sentences where a side is not an
actor, so no pattern can fire there. Half B of the audit is the check: totals only. ``--show all``
lists half A's (dev's) cases whose sides are not both near (for hand sub-classing; never committed).
No test split or holdout is read. Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_audit import NEWS, SHARED  # noqa: E402
from event_recall_audit import GOLD, gold_event_articles  # noqa: E402


def tally(record, golds: list[dict], table: Counter, where: Counter, shown: list[str] | None) -> None:
    """Add each missed required gold event of one record to ``table`` (kind, sides) and ``where``."""
    from wirecoder.evaluation.news import event_matches, miss_kind, sentence_around, sides_near
    for g in golds:
        if not g.get("required") or any(event_matches(g, record, e) for e in record.events):
            continue
        kind = miss_kind(g, record)
        label, source, target = sides_near(g, record)
        table[kind, label] += 1
        table["all", label] += 1
        where["source", source] += 1
        where["target", target] += 1
        if shown is not None and label != "both":
            near = sorted({f"{a.id}({a.kind})" for a in record.actors for m in a.mentions
                           if m[0] >= g["span"][0] - 400 and m[1] <= g["span"][1] + 400})
            shown.append(f"  {kind} | {label} | source {'|'.join(map(str, g['source']))} {source}; target "
                         f"{'|'.join(map(str, g['target']))} {target} | {'|'.join(g['root'])} "
                         f"\"{record.text[g['span'][0]:g['span'][1]]}\": {sentence_around(record.text, g['span'])}"
                         f"\n      actors near: {' '.join(near)}")


def report(name: str, table: Counter, where: Counter) -> None:
    from wirecoder.evaluation.news import MISS_KINDS, SIDES_NEAR
    print(f"{name}: {sum(table['all', s] for s in SIDES_NEAR)} missed required events; "
          "gold sides printed as actors mentioned in the trigger's sentence")
    width = max(len(k) for k in MISS_KINDS) + 2
    print("  " + "kind".ljust(width) + "".join(s.rjust(13) for s in SIDES_NEAR))
    for kind in (*MISS_KINDS, "all"):
        print("  " + kind.ljust(width) + "".join(str(table[kind, s]).rjust(13) for s in SIDES_NEAR))
    for side in ("source", "target"):
        print(f"  {side}: " + ", ".join(f"{w} {where[side, w]}" for w in ("near", "elsewhere", "unprinted")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--dev", nargs="?", const=str(SHARED / "realnews"), metavar="DIR",
                    help="the dev split of a news set (default: the real-news set) instead of the audit")
    ap.add_argument("--show", choices=("all", "none"), default="none",
                    help="list half A's (dev's) misses whose sides are not both in the sentence")
    args = ap.parse_args(argv)
    if not (NEWS / "bbc").is_dir() or not (SHARED / "realnews").is_dir() or not GOLD.is_file():
        print(f"skipped: {NEWS}, {SHARED / 'realnews'} or {GOLD} is absent")
        return 0
    import wirecoder
    from wirecoder.sources import Document
    pipeline = wirecoder.load()
    show = args.show == "all"
    if args.dev:
        from wirecoder.evaluation.news import load_article, split_names
        table, where = Counter(), Counter()
        for name in split_names(Path(args.dev), "dev"):
            gold = load_article(Path(args.dev), name)
            record = pipeline.extract(Document(text=gold.text, source=gold.name), reference_date=gold.published)
            shown: list[str] | None = [] if show else None
            tally(record, gold.events, table, where, shown)
            if shown:
                print(f"[dev] {gold.name}")
                print("\n".join(shown))
        report(f"{Path(args.dev).name} dev", table, where)
        return 0
    totals = {"A": (Counter(), Counter()), "B": (Counter(), Counter())}
    for h, article, events in gold_event_articles(args.half):
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        shown = [] if h == "A" and show else None
        tally(record, events, *totals[h], shown)
        if shown:
            print(f"[A] {article.path}")
            print("\n".join(shown))
    for h in ("A", "B"):
        if args.half in ("all", h):
            report(f"half {h}{' (check: totals only)' if h == 'B' else ' (tuning)'}", *totals[h])
    return 0


if __name__ == "__main__":
    sys.exit(main())
