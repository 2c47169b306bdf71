"""Events inside reported clauses (round evclause35, issue 9): whom an act told in a reported clause is
aimed at when the clause itself names no one (``data/events/clauses.yaml``).

Round 34 measured that missed events die inside their own sentence, most under verbs of saying
(``benchmarks/missing_events.py``: "say", then "tell"). A promise, refusal or threat told to someone
("X told Y that it would not accept the plan", "X assured Y it would keep its border open") names its
addressee only as the object of the telling verb; the pattern that codes the reported verb finds no
target in its own clause, so the act was dropped as aimed at no one (``precision.needs_a_target``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..arrays import kids_of
from .arguments import Context, children
from .lexicon import SUBJECTS, word_list
from .rules import Found

ADDRESSED_VERBS = word_list("clauses", "addressed_verbs")
ADDRESSED_ROOTS = word_list("clauses", "addressed_roots")
ADDRESSED_CLIMB = word_list("clauses", "addressed_climb")
ADDRESSED_SELF = word_list("clauses", "addressed_self")


def _reported_clause(tok: Token) -> Token | None:
    """The verb of the "that" clause of a telling verb that ``tok`` sits in ("told Y that it was ready
    to hold talks": "was" for "hold"), climbing only through complements and joined verbs; else None."""
    node = tok
    for _ in range(5):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in ADDRESSED_VERBS:
            return node
        if node.dep_ not in ADDRESSED_CLIMB or node.head == node:
            return None
        node = node.head
    return None


def addressed_targets(ctx: Context, f: Found) -> list[str]:
    """The one told, as the target of a promise, refusal or threat the teller makes in the told clause
    ("Japan told South Korea that it would not accept the survey": Japan 12 South Korea). Empty unless
    the act has sources and no target, its root is one of ``addressed_roots``, the clause hangs on an
    ``addressed_verbs`` verb whose object or dative names a state, an IGO or someone serving one, and
    the clause's subject is the teller (a pronoun for itself, or a phrase naming the teller's actors)."""
    if f.targets or not f.sources or f.code[:2] not in ADDRESSED_ROOTS:
        return []
    anchor = f.anchor
    verb = anchor if anchor.pos_ in {"VERB", "AUX", "ADJ"} else anchor.head
    clause = _reported_clause(verb)
    if clause is None:
        return []
    teller = clause.head
    tellers = [a for s in children(teller, SUBJECTS) for a in ctx.phrase_actors(s)[0]]
    if not tellers or not set(tellers) & set(f.sources):
        return []  # the act is not the teller's own (a passive "was told", "told Y that Z would")
    subject = next((c for c in kids_of(clause) if c.dep_ in SUBJECTS), None)
    if subject is None or not (subject.lower_ in ADDRESSED_SELF or set(ctx.phrase_actors(subject)[0]) & set(tellers)):
        return []
    # only a state, an IGO or one who serves a state: "told reporters", "assured investors" name no actor
    return list(dict.fromkeys(a for o in children(teller, {"dobj", "dative"}) for a in ctx.phrase_actors(o)[0]
                              if a not in f.sources and (actor := ctx.actors.get(a)) is not None
                              and (actor.kind in {"state", "igo"} or actor.country)))
