"""Event precision on a pool of unannotated real news: a **tuning** set, judged by hand. ::

    python benchmarks/pool_events.py [--show all|unjudged|wrong|none] [--block 1|2|3|4|5|6|7|all]
    python benchmarks/pool_events.py --record VERDICTS.tsv   # add judgements for the numbered printout
    python benchmarks/pool_events.py --block all --by-rule --show none   # right / judged per side-filling rule

Why: the blind precision audit (``event_audit.py``) is high on its half A (tuned on) and low on its
half B (never looked at): rules that drop false events were written from seen cases and did not
carry. This set gives the rules more unseen text to be written from. Unlike the audit's half B it is
**not** a check: rules are written from its errors (round 31 on), so its precision will rise faster
than that of text nobody looked at. Use the audit's half B and the real-news test totals as checks.

The sample: the pool of ``missing_events.py`` (``pool()``: news no gold set and no audit uses; BBC
politics and business articles, English ``fundus-test-data`` pages, Reuters-21578 bodies with
political words, ``ag_news`` World items), its first ``--articles`` articles of each source (the
pool's fixed hash order; 40 by default, so 200 articles). Of each article's printed events at most
``--per-article`` (3) are taken: those whose trigger offsets come first in the order of the SHA-256 of
``"wirecoder-pool-1:" + article + offsets`` (so that an event a rule drops lets the next one of the
same article in, and the others stay). Each taken event is numbered and printed with its sentence,
source, target, code and trigger.

Blocks (``--block``, round 32): block 1 (the default, the figure of round 31) is the sample above.
Block 2 is the next ``--more`` (50) articles of each source in the same order (ranks 41-90; BBC: of
each section), taken and judged the same way, added in round 32 so that rules could be written from
more unseen text; its precision before round 32's rules (judged before any rule was written) is the
unseen-text figure of that round. Block 3 (round 33) is the next ``--more`` (50) articles of each
source after block 2 (ranks 91-140, the same order and rule), judged before round 33's rules were
written: its precision then is round 33's unseen-text figure. Block 4 (round 34) is the next
``--more`` (50) articles of each source after block 3 (ranks 141-190, the same order and rule), judged
before round 34's rules were written: its precision then is round 34's unseen-text figure. Block 5
(round 35) is the next ``--more`` (50) articles of each source after block 4 (ranks 191-240, the same
order and rule), judged before round 35's rules were written: its precision then is round 35's
unseen-text figure. Block 6 (round 36) is the next ``--more`` (50) articles of each source after
block 5 (ranks 241-290, the same order and rule), judged before round 36's rules were written: its
precision then is round 36's unseen-text figure. Block 7 (round 37) is the next ``--more`` (50) articles of
each source after block 6 (ranks 291-340, the same order and rule), judged before round 37's rules
were written: its precision then is round 37's unseen-text figure. (The fundus pages run out before
rank 291, so block 7 has 150 articles of three sources.)
``--block all`` prints blocks 1-7 together (block 1's events first). Each block numbers its own printout, so ``--record`` goes with the
``--block`` it was printed with.

Judgements live in ``benchmarks/audit/pool_events_judged.jsonl``, in the format and with the classes
of ``event_audit.py``'s judged file (judged by ``../shared/data/realnews/GUIDE.md``: right only when
source, target and root are all right and the event happened or was said). No article text is
stored. Precision = right / judged over the taken events; unjudged ones are listed to be judged.
Needs ``../shared``; skips cleanly when it is absent.

``--by-rule`` (round 43): after the totals, right / judged of the taken judged events per rule that
named the source and per rule that named the target (``Coder.provenance``, as ``event_rules.py`` counts
them on the tuning data), so any rule's precision on the pool reads in one run; each printed event
also names its two rules. An event whose provenance is unknown (a long text coded in pieces) counts
under "?".
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "audit" / "pool_events_judged.jsonl"
SEED = "wirecoder-pool-1:"
SOURCES = ("bbc", "fundus", "reuters", "agnews")


def _order(article: str, trigger) -> str:
    return hashlib.sha256(f"{SEED}{article}#{trigger[0]}-{trigger[1]}".encode()).hexdigest()


def articles(per_source: int, skip: int = 0) -> list:
    """The pool articles ranked ``skip + 1`` to ``skip + per_source`` of each source (BBC: of each of
    its two sections). ``pool`` sorts each source before it cuts, so a longer cut starts with the
    shorter one and the difference is the next block."""
    from missing_events import pool
    earlier = {a.path for a in pool(set(SOURCES), skip)} if skip else set()
    return [a for a in pool(set(SOURCES), skip + per_source) if a.path not in earlier]


def blocks(which: str, first: int, more: int) -> list:
    """The articles of ``--block`` 1 (the first ``first`` of each source), 2 (the next ``more``),
    3 (the ``more`` after those), 4 (the ``more`` after block 3), 5 (the ``more`` after block 4),
    6 (the ``more`` after block 5), 7 (the ``more`` after block 6) or all seven (in that order)."""
    one = articles(first) if which in ("1", "all") else []
    two = articles(more, first) if which in ("2", "all") else []
    three = articles(more, first + more) if which in ("3", "all") else []
    four = articles(more, first + 2 * more) if which in ("4", "all") else []
    five = articles(more, first + 3 * more) if which in ("5", "all") else []
    six = articles(more, first + 4 * more) if which in ("6", "all") else []
    seven = articles(more, first + 5 * more) if which in ("7", "all") else []
    return one + two + three + four + five + six + seven


def taken(events, path: str, per_article: int) -> list:
    """At most ``per_article`` of an article's events, by the seeded order of their trigger offsets,
    printed in text order."""
    chosen = sorted(events, key=lambda e: _order(path, e.trigger))[:per_article]
    return sorted(chosen, key=lambda e: tuple(e.trigger))


def rules_of(pipeline, record) -> dict[int, tuple[str, str]]:
    """Round 43 (``--by-rule``): id of each event of ``record`` -> (its source rule, its target rule),
    "?" where the coder kept no provenance (a long text coded in pieces)."""
    import event_rules
    return {id(e): (why.source_rule or "?", why.target_rule or "?") if why is not None else ("?", "?")
            for e, why in event_rules.with_provenance(pipeline, record)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", choices=("all", "unjudged", "wrong", "none"), default="unjudged")
    ap.add_argument("--articles", type=int, default=40, help="articles per source (the sample's size; keep the default)")
    ap.add_argument("--block", choices=("1", "2", "3", "4", "5", "6", "7", "all"), default="1",
                    help="1: the round-31 sample (default); 2: the next --more articles of each source; "
                         "3: the --more after those (round 33); 4: the --more after block 3 (round 34); "
                         "5: the --more after block 4 (round 35); 6: the --more after block 5 (round 36); "
                         "7: the --more after block 6 (round 37); all: 1-7")
    ap.add_argument("--more", type=int, default=50, help="articles per source in blocks 2-7 (keep the default)")
    ap.add_argument("--per-article", type=int, default=3)
    ap.add_argument("--record", type=Path, help="TSV of 'number<TAB>right|wrong<TAB>class' for the printout")
    ap.add_argument("--by-rule", action="store_true",
                    help="right / judged per rule that named the source and per rule that named the target")
    args = ap.parse_args(argv)
    if event_audit.shared_absent():
        return 0

    import wirecoder
    from wirecoder.sources import Document

    pipeline = wirecoder.load()
    judged = event_audit.load_judged(JUDGED)
    verdicts = event_audit.read_verdicts(args.record, 2)
    counts: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    new_lines = []
    number = 0
    printed: set[tuple] = set()
    paths: set[str] = set()
    by_rule: list[tuple[str, str, str]] = []  # (source rule, target rule, verdict) of the judged taken events
    for article in blocks(args.block, args.articles, args.more):
        paths.add(article.path)
        try:
            record = pipeline.extract(Document(text=article.text, source=article.path),
                                      reference_date=article.published)
        except Exception as exc:  # one bad page must not stop the audit
            print(f"skipped {article.path}: {exc!r}")
            continue
        why = rules_of(pipeline, record) if args.by_rule else {}
        for event in taken(record.events, article.path, args.per_article):
            number += 1
            key = (article.path, tuple(event.trigger), event.source, event.target, event.root)
            sentence = record.text[event.span[0]:event.span[1]]
            printed.add(key)
            j = judged.get(key)
            if j is None and number in verdicts:
                verdict, cls = verdicts[number]
                if cls and cls not in event_audit.CLASSES:
                    print(f"#{number}: unknown class {cls!r} (one of {', '.join(event_audit.CLASSES)})")
                j = {"article": article.path, "trigger": list(event.trigger),
                     "sentence": event_audit.sentence_hash(sentence), "source": event.source,
                     "target": event.target, "cameo": event.cameo, "root": event.root,
                     "verdict": verdict, "class": cls if verdict == "wrong" else ""}
                new_lines.append(j)
            state = j["verdict"] if j else "unjudged"
            counts[state] += 1
            if j and state == "wrong":
                classes[j["class"]] += 1
            rules = why.get(id(event), ("?", "?"))
            if args.by_rule and j:
                by_rule.append((*rules, state))
            if args.show == "all" or (args.show == "unjudged" and not j) or (args.show == "wrong" and state == "wrong"):
                trigger = record.text[event.trigger[0]:event.trigger[1]]
                mark = f"{state}{' ' + j['class'] if j and j['class'] else ''}"
                named = f" {{{rules[0]} > {rules[1]}}}" if args.by_rule else ""
                print(f"#{number} {article.path} {event.source} -> {event.target} {event.cameo} "
                      f"({event.root}) \"{trigger}\" [{mark}]{named}\n    {' '.join(sentence.split())}")
    event_audit.append_judgements(JUDGED, new_lines)
    judged_n = counts["right"] + counts["wrong"]
    p = counts["right"] / judged_n if judged_n else 0.0
    wrong = ", ".join(f"{k or '?'} {n}" for k, n in classes.most_common())
    print(f"pool event precision (a tuning set, block {args.block}; {len(paths)} articles, {number} events taken): precision {p:.3f} "
          f"({counts['right']} right / {judged_n} judged), {counts['unjudged']} unjudged; wrong by class: {wrong or '-'}")
    # judged events the code no longer prints (or no longer takes): the right ones are what a change lost
    gone = Counter(j["verdict"] for key, j in judged.items() if key[0] in paths and key not in printed)
    print(f"  judged events no longer taken: {gone['right']} right, {gone['wrong']} wrong")
    if args.by_rule:
        import event_rules
        for key in ("source", "target"):
            event_rules.print_table(f"  by {key} rule (right / judged):", event_rules.counts(by_rule, key))
    if args.show != "none":
        for key, j in judged.items():
            if key[0] in paths and key not in printed and j["verdict"] == "right":
                print(f"  lost right event: {key[0]} {key[2]} -> {key[3]} {j['cameo']} at {list(key[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
