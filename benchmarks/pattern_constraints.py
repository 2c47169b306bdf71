"""Which verb lemmas have patterns but meet unseen text with objects and prepositions none of their
patterns accept? A measurement for issue 9 (round 30), on the unannotated pool of
``missing_events.py`` (news no gold set uses).

For every sentence of the pool that names two political actors and where no event was printed, it
takes each pair's governing word (as ``missing_events.py`` does); when that word is a verb whose
lemma has verb patterns and none of them matched it, it counts the lemma and the frame it had: its
direct objects' lemmas (``[obj]``), its prepositions (``+prep``) and its particle. The table says,
lemma by lemma, how often unseen text uses objects and prepositions the patterns do not list: the
narrowness of the patterns, not a list of misses to fix one by one. ::

    python benchmarks/pattern_constraints.py [--source all] [--limit 150] [--top 40]

Skips cleanly (exit 0, one line) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402
from missing_events import _governor, _political, parsed_with_heads, pool  # noqa: E402


def _frame(verb) -> str:
    objs = sorted({c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}})
    preps = sorted({c.lower_ for c in verb.children if c.dep_ in {"prep", "dative", "agent"}})
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return " ".join([*( [prt] if prt else []), *(f"[{o}]" for o in objs), *(f"+{p}" for p in preps)]) or "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", default="all", choices=("bbc", "fundus", "reuters", "agnews", "all"))
    ap.add_argument("--limit", type=int, default=150, help="articles per source")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", type=int, default=1)
    args = ap.parse_args(argv)
    if event_audit.shared_absent():
        return 0
    import wirecoder

    sources = {"bbc", "fundus", "reuters", "agnews"} if args.source == "all" else {args.source}
    articles = pool(sources, args.limit)
    pipeline = wirecoder.load()
    coder = next(c.coder for c in pipeline.components if hasattr(c, "coder"))
    unmet: collections.Counter[str] = collections.Counter()
    met: collections.Counter[str] = collections.Counter()
    frames: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for _article, record, doc, heads in parsed_with_heads(pipeline, articles, _political):
        triggers = [e.trigger[0] for e in record.events]
        for sent in doc.sents:
            inside = [(i, t) for i, t in heads if sent.start <= t.i < sent.end]
            if len({i for i, _ in inside}) < 2 or any(sent.start_char <= t < sent.end_char for t in triggers):
                continue
            seen: set[int] = set()
            for ia, ta in inside:
                for ib, tb in inside:
                    if ia == ib or ta.i > tb.i:
                        continue
                    lca, _ = _governor(ta, tb)
                    if lca is None or lca.pos_ != "VERB" or lca.i in seen or not coder._lookup(coder.verbs, lca):
                        continue
                    seen.add(lca.i)
                    lemma = lca.lemma_.lower()
                    if coder._verb_pattern(lca) is not None:
                        met[lemma] += 1  # a pattern matched: the miss is elsewhere (modality, arguments)
                        continue
                    unmet[lemma] += 1
                    frames[lemma][_frame(lca)] += 1
                    if len(examples[lemma]) < args.examples:
                        examples[lemma].append(" ".join(sent.text.split())[:200])
    print(f"{len(articles)} articles; verbs with patterns governing two political actors, no event printed:")
    print(f"  {sum(unmet.values())} with no pattern matched (constraints unmet), {sum(met.values())} matched")
    print(" unmet  met  lemma          patterns  frames met (objects [..], prepositions +..)")
    for lemma, n in unmet.most_common(args.top):
        plist = coder.verbs.get(lemma, [])
        top = ", ".join(f"{f} {c}" for f, c in frames[lemma].most_common(6))
        print(f"{n:6d} {met[lemma]:4d}  {lemma:<14} {len(plist):3d}       {top}"[:200])
        for line in examples[lemma]:
            print("        ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
