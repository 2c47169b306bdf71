"""Wrong-target mechanisms: where each printed event's target came from, counted against the verdicts. ::

    python benchmarks/target_mechanisms.py                       # half A (items) + half B (class totals) + pool
    python benchmarks/target_mechanisms.py --sets A --show wrong  # half A's wrong-target items only
    python benchmarks/target_mechanisms.py --sets pool --blocks 1,2

Why (round 55, evtgt55): the event precision audit's half B printed many more events with a wrong
target than half A (20 against 7), and the pool's largest wrong class is the target (114). This sorts
every printed event by the MECHANISM that put its target there, read from the parse the coder used (kept
by wrapping the events stage) and the rule that named the target (``Coder.provenance``):

- ``none:...``: no target printed, split by what the trigger's own phrases hold (its objects, passive
  subject and prepositional objects): ``none:aimed-<kind>`` where one of them names an actor other than
  the source and its state (an actor the target rules refused: a company, a bystander),
  ``none:aimed-owner-<kind>`` where only a word inside such a phrase does ("Yukos' legal challenge"),
  ``none:unaimed`` where none names anyone (the target, if any, is named elsewhere or not at all);
- ``self-state``: the target is the source's own state named as a state, or the source is the
  target's state (a self-aimed act, or a person or body of a state coded against that state);
- ``pronoun``: the target's only mention in the sentence is a pronoun;
- ``not-in-sentence``: the target is not named in the event's sentence (a previous sentence, the
  story's state, a resolved anaphor);
- the nearest mention's relation to the trigger, when it lies in the trigger's phrase:
  ``object`` (direct object or dative), ``prep:<p>`` (object of a preposition of the trigger),
  ``object-prep:<p>`` (of a preposition of a noun inside the trigger's phrase: "a report on Iran"),
  ``modifier`` (a possessive, compound or adjective inside a noun: "Iran's nuclear programme",
  "Iranian officials"), ``coordination`` (a conjunct), ``clause`` (inside another clause below the
  trigger: ccomp, xcomp, advcl, relcl), ``subject`` (the trigger's own subject);
- ``outside``: named in the sentence but outside the trigger's phrase (another clause above or beside
  it, the governor of a noun trigger).

Sets: half A of the precision audit (``event_audit.py``; tuning: items may be printed), half B (the
check: **class totals only**, never an item), the pool (``pool_events.py --block all``; tuning). Per
class: judged right / wrong with class "target" / wrong with another class / unjudged. Needs ``../shared``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"}
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "obj", "iobj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}


def keep_docs(pipeline: Any) -> Any:
    """Wraps the events stage's coder so that the last doc it coded stays readable as ``coder.last_doc``."""
    import event_rules

    coder = event_rules.coder_of(pipeline)
    explain = coder.explain

    def kept(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        coder.last_doc = doc
        return explain(doc, *args, **kwargs)

    coder.explain = kept
    return coder


def _relation(mention: Any, trigger: Any) -> str | None:
    """The mention's relation to the trigger when the trigger's phrase holds it (None otherwise)."""
    path = []
    tok = mention
    while tok.i != trigger.i:
        if tok.head.i == tok.i:  # reached the root without meeting the trigger
            return None
        path.append(tok)
        tok = tok.head
    if not path:
        return "trigger-itself"
    first = path[0]
    if any(t.dep_ in CLAUSE_DEPS for t in path):
        return "clause"
    if first.dep_ == "conj" or any(t.dep_ == "conj" for t in path[1:]):
        return "coordination"
    if first.dep_ in MODIFIER_DEPS:
        return "modifier"
    if first.dep_ in SUBJECT_DEPS and first.head.i == trigger.i:
        return "subject"
    if first.dep_ in OBJECT_DEPS and first.head.i == trigger.i:
        return "object"
    if first.dep_ == "pobj" and first.head.dep_ == "prep":
        prep = first.head
        if prep.head.i == trigger.i:
            return f"prep:{prep.lower_}"
        return f"object-prep:{prep.lower_}"
    if first.dep_ == "appos":
        return "apposition"
    return f"other:{first.dep_}"


def _aimed(doc: Any, record: Any, event: Any, actors: dict) -> str:
    """For a target-less event: ":aimed-<kind>" when the trigger's own object, passive subject or
    prepositional object names an actor other than the source (the kind of the first such actor),
    ":aimed-owner-<kind>" when only a possessor or modifier inside that phrase does, else ":unaimed"."""
    if doc is None:
        return ""
    trig = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if trig is None:
        return ""
    t = trig.root
    heads = [c for c in t.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    heads += [p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    src = actors.get(event.source)
    own = {event.source, src.country if src is not None else None}
    where: dict[int, Any] = {}
    for a in record.actors:
        if a.id in own:
            continue
        for b, e in a.mentions:
            if event.span[0] <= b and e <= event.span[1]:
                span = doc.char_span(b, e, alignment_mode="expand")
                if span is not None:
                    for k in range(span.start, span.end):
                        where.setdefault(k, a)
    for h in heads:
        if h.i in where:
            return f":aimed-{where[h.i].kind}"
    for h in heads:
        for k in h.subtree:
            if k.i in where:
                return f":aimed-owner-{where[k.i].kind}"
    return ":unaimed"


def mechanism(doc: Any, record: Any, event: Any) -> str:
    actors = {a.id: a for a in record.actors}
    if event.target is None:
        return "none" + _aimed(doc, record, event, actors)
    tgt, src = actors.get(event.target), actors.get(event.source)
    if tgt is not None and src is not None:
        src_state = src.id if src.kind == "state" else src.country
        tgt_state = tgt.id if tgt.kind == "state" else tgt.country
        if (tgt.kind == "state" and tgt.id == src_state) or (src.kind == "state" and src.id == tgt_state):
            return "self-state"
    if tgt is None or doc is None:
        return "?"
    start, end = event.span
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in tgt.mentions if start <= a and b <= end]
    spans = [s for s in spans if s is not None]
    if not spans:
        return "not-in-sentence"
    if all(s.root.pos_ == "PRON" for s in spans):
        return "pronoun"
    trig = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if trig is None:
        return "?"
    trigger = trig.root
    best = None
    for s in spans:
        rel = _relation(s.root, trigger)
        if rel is not None:
            best = best or rel
            if rel == "object" or rel.startswith("prep:"):
                best = rel
                break
    return best or "outside"


def run_set(name: str, items: list[tuple[Any, str]], pipeline: Any, coder: Any, judged: dict, show: str,
            chooser: Any = None) -> Counter:
    """items: (article, half or set label). Returns Counter of (mechanism, state)."""
    from wirecoder.sources import Document

    table: Counter = Counter()
    for article, label in items:
        try:
            record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        except Exception as exc:  # one bad page must not stop the count
            print(f"skipped {article.path}: {exc!r}")
            continue
        doc = getattr(coder, "last_doc", None)
        events = chooser(record.events, article.path) if chooser else record.events
        for event in events:
            key = (article.path, tuple(event.trigger), event.source, event.target, event.root)
            j = judged.get(key)
            state = "unjudged" if j is None else ("right" if j["verdict"] == "right" else
                                                  "wrong-target" if j["class"] == "target" else "wrong-other")
            why = coder.provenance(event)
            mech = mechanism(doc, record, event)
            table[mech, state] += 1
            if label != "B" and (show == "all" or (show == "wrong" and state == "wrong-target")):
                trigger = record.text[event.trigger[0]:event.trigger[1]]
                sentence = " ".join(record.text[event.span[0]:event.span[1]].split())
                rule = why.target_rule if why else "?"
                print(f"[{name}] {state} {mech} {{{rule}}} {article.path} {event.source} -> {event.target} "
                      f"{event.cameo} \"{trigger}\"\n    {sentence}")
    return table


def print_table(title: str, table: Counter) -> None:
    print(title)
    mechs = sorted({m for m, _ in table}, key=lambda m: -sum(n for (k, _), n in table.items() if k == m))
    print(f"  {'mechanism':<24} {'right':>5} {'wr-tgt':>6} {'wr-oth':>6} {'unjudg':>6}")
    for m in mechs:
        print(f"  {m:<24} {table[m, 'right']:>5} {table[m, 'wrong-target']:>6} {table[m, 'wrong-other']:>6} "
              f"{table[m, 'unjudged']:>6}")
    tot = Counter()
    for (_, s), n in table.items():
        tot[s] += n
    print(f"  {'total':<24} {tot['right']:>5} {tot['wrong-target']:>6} {tot['wrong-other']:>6} {tot['unjudged']:>6}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="A,B,pool", help="comma list of A, B, pool")
    ap.add_argument("--show", choices=("all", "wrong", "none"), default="none",
                    help="items of half A and the pool (never half B's)")
    ap.add_argument("--blocks", default="all", help="pool blocks: all, or a comma list of 1-7")
    args = ap.parse_args(argv)
    if event_audit.shared_absent():
        return 0
    import pool_events

    import wirecoder

    pipeline = wirecoder.load()
    coder = keep_docs(pipeline)
    sets = args.sets.split(",")
    for h in ("A", "B"):
        if h not in sets:
            continue
        items = [(a, h) for i, a in enumerate(event_audit.sample())
                 if event_audit.half(i) == h and a.path.startswith(event_audit.JUDGED_GROUPS)]
        table = run_set(f"audit {h}", items, pipeline, coder, event_audit.load_judged(),
                        args.show if h == "A" else "none")
        print_table(f"precision audit half {h}{' (check: class totals only)' if h == 'B' else ''}:", table)
    if "pool" in sets:
        blocks = ("1", "2", "3", "4", "5", "6", "7") if args.blocks == "all" else args.blocks.split(",")
        judged = event_audit.load_judged(pool_events.JUDGED)
        total: Counter = Counter()
        for b in blocks:
            arts = pool_events.blocks(b, 40, 50)
            total += run_set(f"pool {b}", [(a, "pool") for a in arts], pipeline, coder, judged, args.show,
                             chooser=lambda evs, path: pool_events.taken(evs, path, 3))
        print_table(f"pool (blocks {args.blocks}):", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
