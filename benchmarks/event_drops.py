"""Where do the events wirecoder misses die? A measurement for issue 9, by class, totals per half. ::

    python benchmarks/event_drops.py [--half A|B|all] [--show]      # the event recall audit's golds
    python benchmarks/event_drops.py --dev [DIR] [--show]            # a news set's dev split

For every required gold event that no printed event matches and no printed event touches (its trigger
span overlaps none: a wrong source, target or root on the right trigger is another class, counted
apart), it asks how far a candidate got. The coder's steps are wrapped from outside (no product code
changes), so the classes are:

- ``no candidate, no pattern lemma``: no word of the gold trigger has a verb or noun pattern by lemma;
- ``no candidate, pattern lemma``: a word has one, but no rule made a candidate there. Split further
  (round 25) by the word that got furthest: ``pattern exit at rules.py:LINE (its condition)`` (a pattern
  matched and one of ``pattern_events``' ``continue`` statements dropped it, found by tracing that
  method's lines), ``pattern constraints unmet (particle|objects|preps|modifiers)`` (``_verb_pattern`` /
  ``_noun_pattern`` chose no pattern, and what the lemma's patterns asked for that the parse lacks),
  ``pattern on another part of speech`` (a noun with verb patterns only, an adjective ...), ``pattern
  sentence not coded`` (its sentence was never read: the headline, boilerplate), ``verb misparsed as a
  modifier`` ("X on Friday barred opposition leader Y": a VBD read as an amod). A modality exit says
  the mood and the ``return`` of ``modality()`` that gave it. "Actor near" is whether an actor stands
  where the rules look (the verb's objects, their and its prepositions; a noun's holders');
- ``candidate vetoed by NAME``: one of the coder's precision vetoes (``precision.py``, ``modality.py``)
  said no;
- ``candidate without source`` / ``without target`` / ``without both``: the rules found the trigger but
  not the actors the event needs, so ``Coder._events`` printed nothing;
- ``candidate dropped after actors``: it had its actors and was dropped in ``_events`` (a bystander,
  a political-story check, a confidence floor, a pair done to itself ...).

After each half's classes, a second tally (round 25) says which of each missed event's gold sides the
coder's actor mentions name anywhere in the trigger's sentence ("source+target", "source", "target",
"neither"): a class whose events mostly name both there needs a reading of the parse, not new words.

Half B of the audit is the check: it prints totals only; ``--show`` lists half A's (or the dev split's)
misses with their class, trigger and the candidate's actors. ``--dev`` reads the dev split of the
real-news set (default) or of a folder in its layout (``tests/data/events_news``); no test split or
holdout is ever read. Needs ``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import NEWS, SHARED  # noqa: E402
from event_recall_audit import GOLD, gold_event_articles  # noqa: E402

# the coder's vetoes that take a token or a candidate and say "drop it" (imported into events.coder)
VETOES = ("is_description", "is_habitual", "described_by_relative", "in_background", "other_sense",
          "is_unreal_noun", "described_by_participle", "against_what_may_come", "wrong_sense",
          "is_timetabled", "partner_unnamed", "visit_to_nothing")
RULES = ("pattern_events", "recall_events", "stance_events", "judgement_events")


def _continue_lines(fn) -> dict[int, str]:
    """The line numbers of ``fn``'s ``continue`` statements, each with a label: the line's comment,
    else the ``if`` it ends (for the tally of which early exit dropped a matched pattern)."""
    lines, first = inspect.getsourcelines(fn)
    labels: dict[int, str] = {}
    for k, line in enumerate(lines):
        code, _, comment = line.partition("#")
        if code.strip() != "continue" and not code.rstrip().endswith(": continue") and \
                not code.strip().startswith("continue"):
            continue
        cond = next((lines[j].strip() for j in range(k - 1, max(-1, k - 8), -1)
                     if lines[j].strip().startswith(("if ", "elif ", "for "))), "")
        labels[first + k] = (comment.strip() or cond)[:70]
    return labels


def why_mood(tok) -> str:
    """The mood ``modality`` gives a clause, and the ``return`` line that gave it with its comment or
    condition (traced, as pattern_events' exits are)."""
    from wirecoder.events import modality as mod
    code = mod.modality.__code__
    lines, first = inspect.getsourcelines(mod.modality)
    seen: list[int] = []

    def trace(frame, event, arg):
        if frame.f_code is not code:
            return None

        def local(frame, event, arg):
            if event == "return" and not seen:
                seen.append(frame.f_lineno)
            return local
        return local
    old = sys.gettrace()
    sys.settrace(trace)
    try:
        mood = mod.modality(tok)
    finally:
        sys.settrace(old)
    if not seen:
        return mood
    k = seen[0] - first
    code_part, _, comment = lines[k].partition("#")
    cond = next((lines[j].strip() for j in range(k - 1, max(-1, k - 6), -1)
                 if lines[j].strip().startswith(("if ", "elif "))), "")
    return f"{mood} at modality.py:{seen[0]}: {(comment.strip() or cond)[:60]}"


class Tracer:
    """Wraps the coder's rules, vetoes and ``_events`` to log each candidate's trigger and fate."""

    def __init__(self) -> None:
        import wirecoder.events.coder as coder
        self.vetoed: list[tuple[tuple[int, int], str]] = []
        self.found: list[tuple[tuple[int, int], tuple, tuple]] = []
        self.entered: list[tuple[tuple[int, int], tuple, tuple]] = []
        self.docs: list = []
        self.visited: set[int] = set()  # tokens pattern_events looked at (by index in the doc)
        self.exits: dict[int, int] = {}  # token index -> the line of the continue that dropped it
        self.pattern_code = coder.Coder.pattern_events.__code__
        self.continues = _continue_lines(coder.Coder.pattern_events)
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
        self.visited.clear(), self.exits.clear()

    def _trace(self, frame, event, arg):
        """sys.settrace's hook: follow pattern_events' own lines only, noting each token it reads
        and the ``continue`` that ends a token's turn."""
        if frame.f_code is not self.pattern_code:
            return None

        def local(frame, event, arg):
            if event == "line":
                tok = frame.f_locals.get("tok")
                if tok is not None and hasattr(tok, "i"):
                    self.visited.add(tok.i)
                    if frame.f_lineno in self.continues:
                        self.exits[tok.i] = frame.f_lineno
            return local
        return local

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
        traced = fn.__name__ == "pattern_events"

        @functools.wraps(fn)
        def wrapped(this, *args, **kwargs):
            if traced:
                self.ctx = args[0]
                old = sys.gettrace()
                sys.settrace(self._trace)
                try:
                    out = list(fn(this, *args, **kwargs))
                finally:
                    sys.settrace(old)
            else:
                out = list(fn(this, *args, **kwargs))
            self.found += [(tuple(f.trigger), tuple(f.sources), tuple(f.targets)) for f in out]
            return out
        return wrapped

    def has_pattern(self, start: int, end: int) -> bool:
        coder = self.coder
        return any(coder._lookup(coder.verbs, t) or coder._lookup(coder.nouns, t)
                   for doc in self.docs[-1:] for t in doc if start <= t.idx < end)

    def _unmet(self, plist, tok, verb: bool) -> set[str]:
        """What the lemma's patterns ask for that the parse lacks (a rough re-reading of
        ``_verb_pattern`` / ``_noun_pattern``'s checks, for the tally only)."""
        from wirecoder.events.arguments import children, of_holders
        from wirecoder.events.lexicon import OBJECTS, PASSIVE_SUBJECTS
        kids = list(tok.children)
        objects = {c.lemma_.lower() for c in kids if c.dep_ in OBJECTS | PASSIVE_SUBJECTS}
        objects |= {o.lemma_.lower() for c in kids if c.dep_ in OBJECTS | PASSIVE_SUBJECTS
                    for p in children(c, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})}
        preps = {c.lower_ for c in kids if c.dep_ in {"prep", "dative", "agent"}}
        particles = {c.lower_ for c in kids if c.dep_ in {"prt", "advmod"}}
        modifiers = {w for c in kids if c.dep_ in {"amod", "compound"} for w in (c.lemma_.lower(), c.lower_)}
        unmet: set[str] = set()
        for p in plist:
            if p.particle and p.particle not in particles:
                unmet.add("particle")
            elif p.objects and not p.objects & objects:
                unmet.add("objects")
            elif p.modifiers and not p.modifiers <= modifiers:
                unmet.add("modifiers")
            elif p.preps and not set(p.preps) & preps:
                unmet.add("preps")
        unmet = unmet or {"?"}
        # where an actor stands instead (round 25): the object, or a preposition the pattern does not name
        ctx = getattr(self, "ctx", None)
        if ctx is not None:
            def names(w):
                return bool(ctx.phrase_actors(w)[0])
            # (as _targets reads them: the verb's and its objects' prepositions, a noun's and its holders')
            holders = [tok, *(c for c in kids if c.dep_ in OBJECTS | PASSIVE_SUBJECTS)] if verb else of_holders(tok)
            if verb and any(names(c) for c in kids if c.dep_ in OBJECTS):
                unmet.add("actor object")
            elif any(names(o) for h in holders for c in h.children if c.dep_ in {"prep", "dative"}
                     for o in (children(c, {"pobj"}) if c.dep_ == "prep" else [c])):
                unmet.add("actor under another prep")
            elif not verb and tok.dep_ in OBJECTS and any(
                    names(o) for c in tok.head.children if c.dep_ in {"prep", "dative"} for o in c.children):
                unmet.add("actor under its verb's prep")
            else:
                unmet.add("no actor near")
        return unmet

    def pattern_fate(self, start: int, end: int) -> tuple[str, str]:
        """The finer class of a trigger with a pattern lemma and no candidate: the furthest any of
        its words got (an early exit > constraints unmet > another part of speech > never read)."""
        coder = self.coder
        best = (0, "pattern sentence not coded", "")
        for doc in self.docs[-1:]:
            for t in doc:
                if not start <= t.idx < end:
                    continue
                verbs, nouns = coder._lookup(coder.verbs, t), coder._lookup(coder.nouns, t)
                if not verbs and not nouns:
                    continue
                gerund = t.pos_ == "VERB" and t.dep_ == "nsubj" and t.tag_ == "VBG"
                as_verb = t.pos_ == "VERB" and verbs
                as_noun = (t.pos_ in {"NOUN", "PROPN"} or gerund) and nouns
                if not as_verb and not as_noun:
                    # (a modifier, "a censure motion", or a head noun, "the demand was")
                    role = "modifier" if t.dep_ in {"compound", "amod", "nmod"} else "head"
                    got = (1, f"pattern on another part of speech ({t.pos_} {role}, "
                              f"{'verb' if verbs else 'noun'} patterns only)")
                elif as_verb and t.dep_ in {"amod", "compound"} and t.tag_ == "VBD":
                    # "X on Friday barred opposition leader Y": a finite verb read as a noun's modifier
                    got = (2, "verb misparsed as a modifier (VBD amod)")
                elif not ((as_verb and coder._verb_pattern(t)) or (as_noun and coder._noun_pattern(t))):
                    unmet = self._unmet(verbs if as_verb else nouns, t, bool(as_verb))
                    got = (2, f"{'verb' if as_verb else 'noun'} pattern constraints unmet ({', '.join(sorted(unmet))})")
                elif t.i in self.exits:
                    line = self.exits[t.i]
                    label = self.continues[line]
                    if "code is None" in label:  # the modality coded nothing: say which mood (round 25)
                        from wirecoder.events.modality import clause_verb
                        clause = t if as_verb else clause_verb(t)
                        label = f"modality {why_mood(clause) if clause is not None else 'done'}"
                    got = (3, f"{'verb' if as_verb else 'noun'} pattern exit at rules.py:{line} ({label})")
                elif t.i in self.visited:
                    got = (2, "pattern matched, no exit seen")
                else:
                    got = (0, "pattern sentence not coded")
                shown = [p.text for p in (verbs if as_verb else nouns or verbs)][:6]
                got = (*got, f"[{t.text}/{t.pos_}/{t.dep_} <- {t.head.text}: {'; '.join(shown)}]")
                best = max(best, got, key=lambda g: g[0])
        return best[1], best[2]

    def fate(self, start: int, end: int) -> tuple[str, str]:
        """The class of a missed gold trigger, and the candidate's actors (for --show)."""
        def over(span):
            return span[0] < end and start < span[1]
        founds = [f for f in self.found if over(f[0])]
        if not founds:
            if self.has_pattern(start, end):
                kind, word = self.pattern_fate(start, end)
                return f"no candidate, {kind}", word
            return "no candidate, no pattern lemma", ""
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


def sides_named(tracer: Tracer, record, g: dict) -> str:
    """Round 25: which of a missed gold event's sides the coder's actor mentions name in the
    trigger's sentence ("source+target", "source", "target", "neither"; a target of none counts as
    named): a candidate there can only be printed right when both are."""
    from wirecoder.evaluation.news import stands_for
    ctx = getattr(tracer, "ctx", None)
    if ctx is None or not tracer.docs:
        return "?"
    doc, (start, end) = tracer.docs[-1], g["span"]
    sent = next((t.sent for t in doc if start <= t.idx < end), None)
    if sent is None:
        return "?"
    named: set[str] = set()
    for i in range(sent.start, sent.end):
        if (a := ctx.token_actor.get(i)) is not None:
            named |= stands_for(record, a)
    source = bool(named & set(g["source"]))
    target = None in g["target"] or bool(named & set(g["target"]))
    return {(True, True): "source+target", (True, False): "source", (False, True): "target"}.get(
        (source, target), "neither")


def missed_required(golds: list[dict], record, counts: Counter):
    """The required gold events the record does not match, counting "required" and "found" on the way."""
    from wirecoder.evaluation.news import event_matches
    for g in golds:
        if not g.get("required"):
            continue
        counts["required"] += 1
        if any(event_matches(g, record, e) for e in record.events):
            counts["found"] += 1
            continue
        yield g


def classify(tracer: Tracer, record, golds: list[dict], text: str, counts: Counter, shown: list[str] | None,
             sides: Counter | None = None) -> None:
    from wirecoder.evaluation.news import sentence_around
    for g in missed_required(golds, record, counts):
        start, end = g["span"]
        if any(e.trigger[0] < end and start < e.trigger[1] for e in record.events):
            kind, said = "printed on the trigger, wrong actors or root", ""
        else:
            kind, said = tracer.fate(start, end)
        counts[kind] += 1
        named = sides_named(tracer, record, g) if kind.startswith(("no candidate", "candidate")) else ""
        if sides is not None:
            group = ("no candidate, pattern lemma" if kind.startswith("no candidate, ") and "no pattern" not in kind
                     else kind.split(" (")[0].split(" by ")[0])
            sides[f"{group}: {named or sides_named(tracer, record, g)}"] += 1
        if shown is not None:
            shown.append(f"    {kind}: {'|'.join(g['source'])} -> {'|'.join(t or 'none' for t in g['target'])} "
                         f"{'|'.join(g['root'])} \"{text[start:end]}\" {said} (sentence names: {named or '-'})\n        {sentence_around(text, g['span'])}")


def report(name: str, counts: Counter, sides: Counter | None = None) -> None:
    missed = counts["required"] - counts["found"]
    print(f"{name}: {counts['required']} required, {counts['found']} found, {missed} missed:")
    for kind, n in counts.most_common():
        if kind not in ("required", "found"):
            print(f"    {n:3d}  {kind}")
    if sides:
        print("  the gold sides the sentence names (coder's actor mentions), by class:")
        for kind, n in sorted(sides.items()):
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
        dev_sides: Counter = Counter()
        for name in split_names(Path(args.dev), "dev"):
            gold = load_article(Path(args.dev), name)
            tracer.clear()
            record = pipeline.extract(Document(text=gold.text, source=gold.name), reference_date=gold.published)
            shown: list[str] = []
            classify(tracer, record, gold.events, gold.text, counts, shown, dev_sides)
            if args.show and shown:
                print(f"[dev] {gold.name}")
                print("\n".join(shown))
        report(f"{Path(args.dev).name} dev", counts, dev_sides)
        return 0
    totals = {"A": Counter(), "B": Counter()}
    sides = {"A": Counter(), "B": Counter()}
    for h, article, events in gold_event_articles(args.half):
        tracer.clear()
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        shown = [] if h == "A" else None
        classify(tracer, record, events, article.text, totals[h], shown, sides[h])
        if args.show and shown:
            print(f"[A] {article.path}")
            print("\n".join(shown))
    for h in ("A", "B"):
        if args.half in ("all", h):
            report(f"half {h}{' (check: totals only)' if h == 'B' else ' (tuning)'}", totals[h], sides[h])
    return 0


if __name__ == "__main__":
    sys.exit(main())
