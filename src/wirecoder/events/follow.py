"""Acts repeated by a second subject in a joined clause (round 30): "Britain imposed sanctions on X
and Canada followed suit", "Germany expelled two envoys and Austria did the same". The joined
clause's verb ("followed", "did") names no act itself; its subject does the act of the clause it is
joined to, to that clause's target. The phrases are ``follow_suit`` in ``data/events/arguments.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..arrays import kids_of
from ..ids import DEPS_CONJ_CCOMP
from .arguments import Context, children, clause_subject_conjunct
from .lexicon import SUBJECTS, word_list
from .modality import is_negated
from .rules import Found

FOLLOW_SUIT = word_list("arguments", "follow_suit")
_FOLLOW_VERBS = frozenset(p.split()[0] for p in FOLLOW_SUIT)


def _follower(verb: Token) -> Token | None:
    """The subject of a "followed suit" clause: its own, else the name the parser made a conjunct of
    the object before it ("... on Iran and France followed suit")."""
    own = children(verb, SUBJECTS)
    if own:
        return own[0]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before if before is not None and before.dep_ == "conj" and clause_subject_conjunct(before) else None


def followed_suit(ctx: Context, found: list[Found]) -> list[Found]:
    """The acts of ``found`` (one sentence's, sides resolved) that a joined "followed suit" clause
    repeats, one per such clause, with the clause's subject as the source."""
    out: list[Found] = []
    for f in found:
        if not f.sources or f.anchor.pos_ != "VERB":
            continue
        for verb in kids_of(f.anchor):
            if verb.dep not in DEPS_CONJ_CCOMP or verb.i < f.anchor.i or verb.lemma_.lower() not in _FOLLOW_VERBS:
                continue
            said = {f"{verb.lemma_.lower()} {c.lemma_.lower()}" for c in kids_of(verb)
                    if c.dep_ in {"dobj", "advmod", "acomp"}}
            if not said & FOLLOW_SUIT or is_negated(verb):
                continue
            subject = _follower(verb)
            sources = [a for a in (ctx.phrase_actors(subject)[0] if subject is not None else [])
                       if a not in f.sources]
            if not sources:
                continue
            targets = [t for t in f.targets if t not in sources]
            if f.needs_target and not targets:
                continue
            out.append(replace(f, sources=sources, targets=targets, anchor=verb,
                               trigger=(verb.idx, verb.idx + len(verb)), source_rule="follow-suit",
                               target_rule=f.target_rule if targets else ""))
    return out
