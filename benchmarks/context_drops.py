"""Events a sentence codes alone but its article drops: which article-level step drops them (issue 9). ::

    python benchmarks/context_drops.py [--half A|B|all] [--show all|none]   # the event recall audit's golds
    python benchmarks/context_drops.py --dev [DIR] [--show all|none]         # a news set's dev split
    python benchmarks/context_drops.py --pool N [--show all|none]            # N unannotated pool articles a source

Round 34. For every required gold event the article run misses, the sentence holding its trigger (the
article's parse) is run through wirecoder alone, with the article's date as the reference date, and the
gold event is matched there (the gold span shifted). A miss is counted as:

- ``alone codes it``: the sentence alone prints an event matching the gold event (root and pair);
- ``alone codes the root``: alone prints the gold root on the trigger, with other actors;
- ``alone codes another event on the trigger``;
- ``alone codes nothing there``: the miss is the sentence's own (vocabulary, arguments), not the context's.

For the first three, the step of the article run that lost the event is found by tracing
``Coder.explain`` (the ``continue`` statements of its per-candidate loop, each named by its comment or
condition), ``Coder._events`` (its ``return`` statements), the confidence floor, and, where no candidate
stood on the trigger in the article, ``event_drops.Tracer.fate`` (the rule's early exits, the modality).
A candidate printed on the trigger with other actors is ``printed: other actors in context`` (the
article's coreference, its story's states), or ``printed: other root in context``.

``--pool N`` reads the unannotated pool of ``missing_events.py`` (N articles a source): every sentence
with two actors that are states, international bodies or persons with an office, and no event printed
in the article, is run alone; one that prints an event alone is traced the same way (the step that
dropped the alone event's trigger in the article).

Half B of the audit is the check: totals only. ``--show all`` lists half A's (dev's, the pool's) cases.
No test split or holdout is read. Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import NEWS, SHARED  # noqa: E402
from event_drops import Tracer, missed_required  # noqa: E402
from event_recall_audit import GOLD, gold_event_articles  # noqa: E402


def _labels(fn, word: str) -> dict[int, str]:
    """The lines of ``fn`` holding ``word`` as a statement (``continue`` / ``return``), each labelled by
    its comment, else the condition above it."""
    lines, first = inspect.getsourcelines(fn)
    out: dict[int, str] = {}
    for k, line in enumerate(lines):
        code, _, comment = line.partition("#")
        stripped = code.strip()
        if not (stripped == word or stripped.startswith(word + " ") or stripped.endswith(": " + word)):
            continue
        cond = next((lines[j].strip() for j in range(k, max(-1, k - 8), -1)
                     if lines[j].strip().startswith(("if ", "elif "))), "")
        out[first + k] = f"{(comment.strip() or cond)[:70]}"
    return out


class StepTracer(Tracer):
    """event_drops' tracer, plus the steps of ``Coder.explain`` and ``Coder._events`` that drop a
    candidate (by its trigger span), and the events the confidence floor drops."""

    def __init__(self) -> None:
        import wirecoder.events.coder as coder
        events = coder.Coder._events  # (before event_drops' Tracer wraps it)
        super().__init__()
        self.explain_code = coder.Coder.explain.__code__
        self.events_code = events.__code__
        self.cont = _labels(coder.Coder.explain, "continue")
        self.rets = _labels(events, "return")
        # the per-candidate continues (inside "for f in found:"), not the per-sentence ones
        lines, first = inspect.getsourcelines(coder.Coder.explain)
        loop = next(first + k for k, line in enumerate(lines) if line.strip() == "for f in found:"
                    and "if not found:" in "".join(lines[max(0, k - 12):k]))
        self.per_f = {n for n in self.cont if n > loop}
        self.sent_skip = {min(self.cont)}  # the first: a sentence before the content, or boilerplate
        self.drops: list[tuple[tuple[int, int], str]] = []
        self.skipped: list[tuple[int, int]] = []  # sentences explain did not read
        self.floor: list[tuple[tuple[int, int], str]] = []
        explain = coder.Coder.explain
        tracer = self

        def traced_explain(this, *args, **kwargs):
            old = sys.gettrace()
            sys.settrace(tracer._global)
            try:
                return explain(this, *args, **kwargs)
            finally:
                sys.settrace(old)
        coder.Coder.explain = traced_explain

    def clear(self) -> None:
        super().clear()
        self.drops.clear(), self.skipped.clear(), self.floor.clear()

    def _global(self, frame, event, arg):
        if frame.f_code is self.explain_code:
            return self._explain_local
        if frame.f_code is self.events_code:
            return self._events_local
        return None

    def _explain_local(self, frame, event, arg):
        if event == "line":
            n = frame.f_lineno
            if n in self.per_f:
                f = frame.f_locals.get("f")
                if f is not None:
                    self.drops.append((tuple(f.trigger), f"explain coder.py:{n} ({self.cont[n]})"))
            elif n in self.sent_skip:
                sent = frame.f_locals.get("sent")
                if sent is not None:
                    self.skipped.append((sent.start_char, sent.end_char))
        elif event == "return":
            out, rules, me = frame.f_locals.get("out"), frame.f_locals.get("rules"), frame.f_locals.get("self")
            if out is not None and rules is not None and me is not None:
                for e, why in zip(out, rules, strict=False):
                    if e.confidence < me.min_confidence or why.silent:
                        self.floor.append((tuple(e.trigger), "confidence floor" if not why.silent else "silent"))
        return self._explain_local

    def _events_local(self, frame, event, arg):
        if event == "return" and frame.f_lineno in self.rets:
            f = frame.f_locals.get("f")
            if f is not None:
                self.drops.append((tuple(f.trigger), f"_events coder.py:{frame.f_lineno} ({self.rets[frame.f_lineno]})"))
        return self._events_local

    def step(self, record, start: int, end: int) -> str:
        """The step of the article run that lost a candidate on [start, end)."""
        def over(span):
            return span[0] < end and start < span[1]
        printed = [e for e in record.events if over(e.trigger)]
        if printed:
            return "printed on the trigger: other actors or root in context"
        floor = [why for span, why in self.floor if over(span)]
        if floor:
            return floor[0]
        drops = [why for span, why in self.drops if over(span)]
        if drops:
            vetoes = [name for span, name in self.vetoed if over(span)]
            # (one line of explain asks several vetoes: name the one that said no)
            return drops[-1] + (f" [{vetoes[-1]}]" if vetoes else "")
        if any(s <= start < e for s, e in self.skipped):
            return "sentence not read (before the content, boilerplate)"
        kind, _ = self.fate(start, end)
        return kind


def sentence_of(doc, start: int):
    return next((t.sent for t in doc if t.idx <= start < t.idx + max(1, len(t.text))), None)


def alone(pipeline, text: str, published):
    from wirecoder.sources import Document
    return pipeline.extract(Document(text=text, source="alone"), reference_date=published)


def shifted(g: dict, by: int) -> dict:
    return {**g, "span": (g["span"][0] - by, g["span"][1] - by)}


def compare(pipeline, tracer: StepTracer, record, golds: list[dict], text: str, published,
            counts: Counter, steps: Counter, kinds: Counter, shown: list[str] | None) -> None:
    """Count each missed required gold event by what its sentence alone prints, and the step that lost it."""
    from wirecoder.evaluation.news import event_matches, miss_kind, sentence_around
    doc = tracer.docs[-1] if tracer.docs else None
    for g in missed_required(golds, record, counts):
        start, end = g["span"]
        sent = sentence_of(doc, start) if doc is not None else None
        if sent is None:
            counts["missed: no sentence"] += 1
            continue
        # the tracer's article state is kept: the alone run goes through a fresh tracer state after
        saved = (list(tracer.drops), list(tracer.floor), list(tracer.skipped), list(tracer.found),
                 list(tracer.vetoed), list(tracer.entered), list(tracer.docs), dict(tracer.exits), set(tracer.visited),
                 getattr(tracer, "ctx", None))
        rec = alone(pipeline, text[sent.start_char:sent.end_char], published)
        (tracer.drops[:], tracer.floor[:], tracer.skipped[:], tracer.found[:], tracer.vetoed[:],
         tracer.entered[:], tracer.docs[:]) = saved[:7]
        tracer.exits, tracer.visited, tracer.ctx = saved[7], saved[8], saved[9]
        local = shifted(g, sent.start_char)
        ls, le = local["span"]
        on = [e for e in rec.events if e.trigger[0] < le and ls < e.trigger[1]]
        if any(event_matches(local, rec, e) for e in rec.events):
            kind = "alone codes it"
        elif any(e.root in g["root"] for e in on):
            kind = "alone codes the root"
        elif on:
            kind = "alone codes another event on the trigger"
        else:
            kind = "alone codes nothing there"
        counts[f"missed: {kind}"] += 1
        kinds[f"{miss_kind(g, record)}: {kind}"] += 1  # the miss kind of event_recall_audit --kinds
        step = ""
        if kind != "alone codes nothing there":
            step = tracer.step(record, start, end)
            steps[f"{kind}: {step}"] += 1
        if shown is not None and kind != "alone codes nothing there":
            said = "; ".join(f"{e.source}->{e.target} {e.cameo}" for e in on)
            shown.append(f"    {kind} [{said}] / article: {step}: {'|'.join(g['source'])} -> "
                         f"{'|'.join(t or 'none' for t in g['target'])} {'|'.join(g['root'])} \"{text[start:end]}\"\n"
                         f"        {sentence_around(text, g['span'])}")


def pool_compare(pipeline, tracer: StepTracer, record, text: str, published, counts: Counter,
                 steps: Counter, shown: list[str] | None) -> None:
    """The pool: sentences with two office actors and no event printed, run alone."""
    doc = tracer.docs[-1] if tracer.docs else None
    if doc is None:
        return
    heads = []
    for actor in record.actors:
        if actor.kind in ("state", "igo") or (actor.kind == "person" and bool(actor.role)):
            for s, _ in actor.mentions:
                heads.append((actor.id, s))
    triggers = [e.trigger[0] for e in record.events]
    for sent in doc.sents:
        if len({i for i, s in heads if sent.start_char <= s < sent.end_char}) < 2:
            continue
        if any(sent.start_char <= t < sent.end_char for t in triggers):
            continue
        counts["sentences"] += 1
        saved = (list(tracer.drops), list(tracer.floor), list(tracer.skipped), list(tracer.found),
                 list(tracer.vetoed), list(tracer.entered), list(tracer.docs), dict(tracer.exits), set(tracer.visited),
                 getattr(tracer, "ctx", None))
        rec = alone(pipeline, text[sent.start_char:sent.end_char], published)
        (tracer.drops[:], tracer.floor[:], tracer.skipped[:], tracer.found[:], tracer.vetoed[:],
         tracer.entered[:], tracer.docs[:]) = saved[:7]
        tracer.exits, tracer.visited, tracer.ctx = saved[7], saved[8], saved[9]
        if not rec.events:
            continue
        counts["alone prints an event"] += 1
        for e in rec.events[:1]:
            step = tracer.step(record, e.trigger[0] + sent.start_char, e.trigger[1] + sent.start_char)
            steps[step] += 1
            if shown is not None:
                shown.append(f"    {step}: alone {e.source}->{e.target} {e.cameo} \"{text[e.trigger[0] + sent.start_char:e.trigger[1] + sent.start_char]}\"\n"
                             f"        {' '.join(sent.text.split())[:300]}")


def report(name: str, counts: Counter, steps: Counter, kinds: Counter | None = None) -> None:
    print(f"{name}:")
    for kind, n in sorted(counts.items()):
        print(f"    {n:4d}  {kind}")
    if kinds:
        print("  by miss kind (evaluation.news.miss_kind) and what the sentence alone prints:")
        for kind, n in sorted(kinds.items()):
            print(f"    {n:4d}  {kind}")
    if steps:
        print("  the article step that lost them:")
        for kind, n in steps.most_common():
            print(f"    {n:4d}  {kind}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--dev", nargs="?", const=str(SHARED / "realnews"), metavar="DIR",
                    help="the dev split of a news set (default: the real-news set) instead of the audit")
    ap.add_argument("--pool", type=int, metavar="N", help="N unannotated pool articles a source instead")
    ap.add_argument("--show", choices=("all", "none"), default="none",
                    help="list half A's (dev's, the pool's) cases")
    args = ap.parse_args(argv)
    if not (NEWS / "bbc").is_dir() or not (SHARED / "realnews").is_dir() or not GOLD.is_file():
        print(f"skipped: {NEWS}, {SHARED / 'realnews'} or {GOLD} is absent")
        return 0
    import wirecoder
    from wirecoder.sources import Document
    tracer = StepTracer()
    pipeline = wirecoder.load()
    show = args.show == "all"
    if args.pool:
        from missing_events import pool
        counts: Counter = Counter()
        steps: Counter = Counter()
        for article in pool({"bbc", "fundus", "reuters", "agnews"}, args.pool):
            tracer.clear()
            try:
                record = pipeline.extract(Document(text=article.text, source=article.path),
                                          reference_date=article.published)
            except Exception:
                continue
            shown: list[str] = []
            pool_compare(pipeline, tracer, record, article.text, article.published, counts, steps, shown)
            if show and shown:
                print(f"[pool] {article.path}")
                print("\n".join(shown))
        report(f"pool ({args.pool} a source): sentences with two office actors, no event printed", counts, steps)
        return 0
    if args.dev:
        from wirecoder.evaluation.news import load_article, split_names
        counts, steps, kinds = Counter(), Counter(), Counter()
        for name in split_names(Path(args.dev), "dev"):
            gold = load_article(Path(args.dev), name)
            tracer.clear()
            record = pipeline.extract(Document(text=gold.text, source=gold.name), reference_date=gold.published)
            shown = []
            compare(pipeline, tracer, record, gold.events, gold.text, gold.published, counts, steps, kinds, shown)
            if show and shown:
                print(f"[dev] {gold.name}")
                print("\n".join(shown))
        report(f"{Path(args.dev).name} dev", counts, steps, kinds)
        return 0
    totals = {"A": (Counter(), Counter(), Counter()), "B": (Counter(), Counter(), Counter())}
    for h, article, events in gold_event_articles(args.half):
        tracer.clear()
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        shown = [] if h == "A" and show else None
        compare(pipeline, tracer, record, events, article.text, article.published, *totals[h], shown)
        if shown:
            print(f"[A] {article.path}")
            print("\n".join(shown))
    for h in ("A", "B"):
        if args.half in ("all", h):
            report(f"half {h}{' (check: totals only)' if h == 'B' else ' (tuning)'}", *totals[h])
    return 0


if __name__ == "__main__":
    sys.exit(main())
