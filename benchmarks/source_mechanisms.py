"""Printed events by the mechanism that named their source (round 55, ``evsrc55``). ::

    python benchmarks/source_mechanisms.py --set pool [--show wrong-source|all|none]   # tuning
    python benchmarks/source_mechanisms.py --set A [--show wrong-source|all|none]      # tuning
    python benchmarks/source_mechanisms.py --set B                                     # the check: class totals only

Why: the precision audit's half B has more events judged wrong for their source than half A (17 against
10 in round 54), and the pool 64. Each printed event is put in one class by how its source was found
(the rule that named it, ``Coder.provenance``, and where the source stands in the parse of the trigger's
sentence), and the table prints, per class, the judged events right / wrong for the source / wrong for
something else, and the unjudged. The class where wrong-source is largest, on the pool and half A, and
where half B's totals agree, is the one to fix.

The classes, first that fits:

- ``quote-speaker``: the source is a quote's speaker for an act told inside the quote (rules
  "quote-speaker", "reported-voice", "cue_speaker", "reported_speaker", ...);
- ``passive-by``: the trigger's clause has a "by" agent and the source is not named in it;
- ``pronoun``: the clause's subject is a pronoun ("it", "they", "he" ...);
- ``the-noun``: the subject is a bare "the" noun ("the government", "the ministry", "the group") that
  names no actor of its own, the source taken from elsewhere;
- ``possessor-of-body``: the source (a state) is named only as the possessor or modifier of the
  subject, whose head is a body, group or person the actors stage made an actor of its own ("Brazil's
  bankworkers", "Greek police"): the state for its body;
- ``possessor-of-noun``: the same, the subject's head no actor ("Greece's creditors");
- ``state-for-subject``: the subject is an actor of its own, the source a state other than it
  (the politics gate mapped the body to a state, or the wrong state);
- ``subject``: the source is the subject's head itself;
- ``other-in-sentence``: the source is named in the sentence, not in the subject;
- ``not-in-sentence``: the source is not named in the sentence (an earlier one, the dateline);
- ``?``: no parse for the event (a long text coded in pieces).

Half B is the check: ``--set B`` prints class totals only, never an event or a sentence.
Needs ``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402

QUOTE_RULES = ("quote-speaker", "reported-voice", "cue_speaker", "reported_speaker", "demand:cue_speaker")
PRONOUNS = frozenset("it they he she we its their his her them".split())
CLASSES = ("quote-speaker", "passive-by", "pronoun", "the-noun", "possessor-of-body", "possessor-of-noun",
           "state-for-subject", "subject", "other-in-sentence", "not-in-sentence", "?")


class DocKeeper:
    """Wraps the events stage's ``explain`` to keep the doc it coded (the parse the classes read)."""

    def __init__(self, coder: Any) -> None:
        self.doc = None
        explain = coder.explain

        def keep(doc, *args, **kwargs):
            self.doc = doc
            return explain(doc, *args, **kwargs)

        coder.explain = keep


def classify(record: Any, doc: Any, event: Any, rule: str) -> str:
    """The class of ``event``'s source (see the module's docstring)."""
    if rule in QUOTE_RULES or rule.endswith("cue_speaker") or "speaker" in rule or "voice" in rule:
        return "quote-speaker"
    if doc is None or event.source is None:
        return "?"
    span = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if span is None or doc.text[event.trigger[0]:event.trigger[1]] != record.text[event.trigger[0]:event.trigger[1]]:
        return "?"
    trigger = span.root
    actor = next((a for a in record.actors if a.id == event.source), None)
    sent = trigger.sent
    mentions = [m for m in (actor.mentions if actor else []) if sent.start_char <= m[0] < sent.end_char]

    def named_in(tokens) -> bool:
        return any(m[0] <= t.idx < m[1] for t in tokens for m in mentions)

    from wirecoder.events.sources import _subject_word
    # the clause: the trigger, or the verb a noun trigger hangs on
    agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
    if agent is not None and not named_in(agent.subtree):
        return "passive-by"
    subject = _subject_word(trigger)
    if subject is not None:
        if subject.lower_ in PRONOUNS and not named_in([subject]):
            return "pronoun"
        if subject.pos_ == "NOUN" and [c.lower_ for c in subject.children if c.i < subject.i and c.dep_ != "punct"] \
                == ["the"] and not named_in(subject.subtree):
            return "the-noun"
        head_actor = _actor_at(record, subject)
        if named_in([subject]) and (head_actor is None or head_actor.id == event.source):
            return "subject"
        if named_in(subject.subtree):
            if head_actor is not None and head_actor.id != event.source:
                return "possessor-of-body"
            return "possessor-of-noun"
        if head_actor is not None and head_actor.id != event.source:
            return "state-for-subject"
    if mentions:
        return "other-in-sentence"
    return "not-in-sentence"


def _actor_at(record: Any, token: Any) -> Any:
    """The actor whose mention covers ``token`` and is narrowest (the body, not its state), else None."""
    best = None
    for a in record.actors:
        for m in a.mentions:
            if m[0] <= token.idx < m[1] and (best is None or m[1] - m[0] < best[1][1] - best[1][0]):
                best = (a, m)
    return best[0] if best else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("pool", "A", "B"), default="pool")
    ap.add_argument("--show", choices=("wrong-source", "all", "none"), default="none")
    args = ap.parse_args(argv)
    if args.set == "B":
        args.show = "none"  # the check: totals only
    if event_audit.shared_absent():
        return 0

    import event_rules
    import pool_events

    import wirecoder
    from wirecoder.sources import Document

    pipeline = wirecoder.load()
    coder = event_rules.coder_of(pipeline)
    keeper = DocKeeper(coder)
    if args.set == "pool":
        judged = event_audit.load_judged(pool_events.JUDGED)
        articles = pool_events.blocks("all", 40, 50)
    else:
        judged = event_audit.load_judged()
        articles = [a for i, a in enumerate(event_audit.sample())
                    if event_audit.half(i) == args.set and a.path.startswith(event_audit.JUDGED_GROUPS)]
    table: dict[str, Counter[str]] = {c: Counter() for c in CLASSES}
    for article in articles:
        keeper.doc = None
        try:
            record = pipeline.extract(Document(text=article.text, source=article.path),
                                      reference_date=article.published)
        except Exception as exc:  # one bad page must not stop the count
            print(f"skipped {article.path}: {exc!r}")
            continue
        events = pool_events.taken(record.events, article.path, 3) if args.set == "pool" else record.events
        for event in events:
            why = coder.provenance(event)
            rule = why.source_rule if why is not None else "?"
            cls = classify(record, keeper.doc if why is not None else None, event, rule)
            j = judged.get((article.path, tuple(event.trigger), event.source, event.target, event.root))
            state = "unjudged" if j is None else "right" if j["verdict"] == "right" else \
                "wrong-source" if j["class"] == "source" else "wrong-other"
            table[cls][state] += 1
            if args.show == "all" or (args.show == "wrong-source" and state == "wrong-source"):
                sentence = record.text[event.span[0]:event.span[1]]
                trigger = record.text[event.trigger[0]:event.trigger[1]]
                print(f"[{cls}] {{{rule}}} {article.path} {event.source} -> {event.target} {event.cameo} "
                      f"\"{trigger}\" [{state}]\n    {' '.join(sentence.split())}")
    label = {"pool": "pool (tuning)", "A": "audit half A (tuning)", "B": "audit half B (check: totals only)"}[args.set]
    print(f"source mechanisms, {label}: class: right / wrong-source / wrong-other (unjudged)")
    total: Counter[str] = Counter()
    for cls in CLASSES:
        c = table[cls]
        total.update(c)
        if sum(c.values()):
            print(f"  {cls:18} {c['right']:4} / {c['wrong-source']:3} / {c['wrong-other']:3}  ({c['unjudged']})")
    print(f"  {'all':18} {total['right']:4} / {total['wrong-source']:3} / {total['wrong-other']:3}  ({total['unjudged']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
