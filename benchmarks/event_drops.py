"""Where do the events wirecoder misses die? A measurement for issue 9, by class, totals per half. ::

    python benchmarks/event_drops.py [--half A|B|all] [--show]      # the event recall audit's golds
    python benchmarks/event_drops.py --dev [DIR] [--show]            # a news set's dev split

For every required gold event that no printed event matches and no printed event touches (its trigger
span overlaps none: a wrong source, target or root on the right trigger is another class, counted
apart), it asks how far a candidate got. The coder's steps are wrapped from outside (no product code
changes), so the classes are:

- ``no candidate, no pattern lemma``: no word of the gold trigger has a verb or noun pattern by lemma;
- ``no candidate, pattern lemma``: a word has one, but no rule made a candidate there (its object or
  preposition constraints, a modality that codes nothing, or a rule's own early exit);
- ``candidate vetoed by NAME``: one of the coder's precision vetoes (``precision.py``, ``modality.py``)
  said no;
- ``candidate without source`` / ``without target`` / ``without both``: the rules found the trigger but
  not the actors the event needs, so ``Coder._events`` printed nothing;
- ``candidate dropped after actors``: it had its actors and was dropped in ``_events`` (a bystander,
  a political-story check, a confidence floor, a pair done to itself ...).

Half B of the audit is the check: it prints totals only; ``--show`` lists half A's (or the dev split's)
misses with their class, trigger and the candidate's actors. ``--dev`` reads the dev split of the
real-news set (default) or of a folder in its layout (``tests/data/events_news``); no test split or
holdout is ever read. Needs ``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import NEWS, SHARED, half, sample  # noqa: E402
from event_recall_audit import GOLD, checked_gold, load_gold  # noqa: E402

# the coder's vetoes that take a token or a candidate and say "drop it" (imported into events.coder)
VETOES = ("is_description", "is_habitual", "described_by_relative", "in_background", "other_sense",
          "is_unreal_noun", "described_by_participle", "against_what_may_come", "wrong_sense",
          "is_timetabled", "partner_unnamed", "visit_to_nothing")
RULES = ("pattern_events", "recall_events", "stance_events", "judgement_events")


class Tracer:
    """Wraps the coder's rules, vetoes and ``_events`` to log each candidate's trigger and fate."""

    def __init__(self) -> None:
        import wirecoder.events.coder as coder
        self.vetoed: list[tuple[tuple[int, int], str]] = []
        self.found: list[tuple[tuple[int, int], tuple, tuple]] = []
        self.entered: list[tuple[tuple[int, int], tuple, tuple]] = []
        self.docs: list = []
        for name in VETOES:
            setattr(coder, name, self._veto(getattr(coder, name), name))
        for name in RULES:
            setattr(coder.Coder, name, self._rule(getattr(coder.Coder, name)))
        events, call = coder.Coder._events, coder.Coder.__call__

        def _events(this, ctx, f, day):
            self.entered.append((tuple(f.trigger), tuple(f.sources), tuple(f.targets)))
            return events(this, ctx, f, day)

        def __call__(this, doc, *args, **kwargs):
            self.docs.append(doc)
            self.coder = this
            return call(this, doc, *args, **kwargs)
        coder.Coder._events, coder.Coder.__call__ = _events, __call__

    def clear(self) -> None:
        self.vetoed.clear(), self.found.clear(), self.entered.clear(), self.docs.clear()

    def _veto(self, fn, name):
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            result = fn(*args, **kwargs)
            if result:
                for a in args:
                    if hasattr(a, "trigger") and hasattr(a, "anchor"):
                        self.vetoed.append((tuple(a.trigger), name))
                        break
                    if hasattr(a, "idx") and hasattr(a, "dep_"):
                        self.vetoed.append(((a.idx, a.idx + len(a.text)), name))
                        break
            return result
        return wrapped

    def _rule(self, fn):
        @functools.wraps(fn)
        def wrapped(this, *args, **kwargs):
            out = list(fn(this, *args, **kwargs))
            self.found += [(tuple(f.trigger), tuple(f.sources), tuple(f.targets)) for f in out]
            return out
        return wrapped

    def has_pattern(self, start: int, end: int) -> bool:
        coder = self.coder
        return any(coder._lookup(coder.verbs, t) or coder._lookup(coder.nouns, t)
                   for doc in self.docs[-1:] for t in doc if start <= t.idx < end)

    def fate(self, start: int, end: int) -> tuple[str, str]:
        """The class of a missed gold trigger, and the candidate's actors (for --show)."""
        def over(span):
            return span[0] < end and start < span[1]
        founds = [f for f in self.found if over(f[0])]
        if not founds:
            return ("no candidate, pattern lemma" if self.has_pattern(start, end)
                    else "no candidate, no pattern lemma"), ""
        vetoes = [name for span, name in self.vetoed if over(span)]
        if vetoes:
            return f"candidate vetoed by {vetoes[0]}", ""
        entered = [e for e in self.entered if over(e[0])] or founds
        _, sources, targets = entered[0]
        said = f"{list(sources)} -> {list(targets)}"
        if not sources and not targets:
            return "candidate without both", said
        if not sources:
            return "candidate without source", said
        if not targets:
            return "candidate without target", said
        return "candidate dropped after actors", said


def classify(tracer: Tracer, record, golds: list[dict], text: str, counts: Counter, shown: list[str] | None) -> None:
    from wirecoder.evaluation.news import event_matches, sentence_around
    for g in golds:
        if not g.get("required"):
            continue
        counts["required"] += 1
        if any(event_matches(g, record, e) for e in record.events):
            counts["found"] += 1
            continue
        start, end = g["span"]
        if any(e.trigger[0] < end and start < e.trigger[1] for e in record.events):
            kind, said = "printed on the trigger, wrong actors or root", ""
        else:
            kind, said = tracer.fate(start, end)
        counts[kind] += 1
        if shown is not None:
            shown.append(f"    {kind}: {'|'.join(g['source'])} -> {'|'.join(t or 'none' for t in g['target'])} "
                         f"{'|'.join(g['root'])} \"{text[start:end]}\" {said}\n        {sentence_around(text, g['span'])}")


def report(name: str, counts: Counter) -> None:
    missed = counts["required"] - counts["found"]
    print(f"{name}: {counts['required']} required, {counts['found']} found, {missed} missed:")
    for kind, n in counts.most_common():
        if kind not in ("required", "found"):
            print(f"    {n:3d}  {kind}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--dev", nargs="?", const=str(SHARED / "realnews"), metavar="DIR",
                    help="the dev split of a news set (default: the real-news set) instead of the audit")
    ap.add_argument("--show", action="store_true", help="list half A's (or real-news dev's) misses by class")
    args = ap.parse_args(argv)
    if not (NEWS / "bbc").is_dir() or not (SHARED / "realnews").is_dir() or not GOLD.is_file():
        print(f"skipped: {NEWS}, {SHARED / 'realnews'} or {GOLD} is absent")
        return 0
    import wirecoder
    from wirecoder.sources import Document
    tracer = Tracer()
    pipeline = wirecoder.load()
    if args.dev:
        from wirecoder.evaluation.news import load_article, split_names
        counts: Counter = Counter()
        for name in split_names(Path(args.dev), "dev"):
            gold = load_article(Path(args.dev), name)
            tracer.clear()
            record = pipeline.extract(Document(text=gold.text, source=gold.name), reference_date=gold.published)
            shown: list[str] = []
            classify(tracer, record, gold.events, gold.text, counts, shown)
            if args.show and shown:
                print(f"[dev] {gold.name}")
                print("\n".join(shown))
        report(f"{Path(args.dev).name} dev", counts)
        return 0
    golds = load_gold()
    totals = {"A": Counter(), "B": Counter()}
    for index, article in enumerate(sample()):
        h = half(index)
        if article.path not in golds or args.half not in ("all", h):
            continue
        tracer.clear()
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        events = [{**g, "span": g["trigger"]} for g in checked_gold(article, golds[article.path], "trigger", "trigger_hash")]
        shown = [] if h == "A" else None
        classify(tracer, record, events, article.text, totals[h], shown)
        if args.show and shown:
            print(f"[A] {article.path}")
            print("\n".join(shown))
    for h in ("A", "B"):
        if args.half in ("all", h):
            report(f"half {h}{' (check: totals only)' if h == 'B' else ' (tuning)'}", totals[h])
    return 0


if __name__ == "__main__":
    sys.exit(main())
