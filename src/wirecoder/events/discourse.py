"""disc56: a target-less act linked to the party whose thing it acts on (a discourse step).

"A Ruvanian convoy crossed the line on Monday. ... Chile shelled the convoy": the act's object, a
definite noun naming no actor, is the thing of a party the text named before; the act is aimed at that
party. The step runs once per candidate still aimed at no one after the target rules, reads only the
tokens of at most ``sentences_back`` sentences before it (data/events/discourse.yaml) and the events the
stage already coded, and names a target only when exactly one owner fits.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from ..arrays import kids_of, sentences_back, subtree_indices, token_table
from ..rules import package_yaml
from .arguments import Context
from .lexicon import ANAPHORIC_DETERMINERS, OWN_ACTION_CODES
from .rules import Found

_DATA = package_yaml("events", "discourse.yaml")
SENTENCES_BACK = int(_DATA["sentences_back"])
DISCOURSE_ROOTS = frozenset(str(r) for r in _DATA["roots"])
NOT_OWNED = frozenset(str(w) for w in _DATA["not_owned"])


def _told_thing(ctx: Context, f: Found, things: list[Token]) -> Token | None:
    """The act's object (or passive subject) named as told before: a common noun with "the", "this",
    "these" ... and no actor anywhere in its phrase ("the convoy", "these envoys"); None for none."""
    for obj in things:
        if obj.pos_ != "NOUN" or obj.lemma_.lower() in NOT_OWNED:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in kids_of(obj)):
            continue
        if any(k in ctx.token_actor for k in (obj.i, *subtree_indices(obj))):
            continue  # the phrase names a party itself: the target rules read it
        return obj
    return None


def owner_before(ctx: Context, f: Found, sent: Span, out: list, things: Callable[[Token], list[Token]],
                 owner: Callable[[Context, Token], list[str]], trigger_lemma: Callable[[Context, object], str | None]
                 ) -> list[str]:
    """The one party whose thing the act's told object is, or [] (see the module's note). ``things`` gives
    the things a verb acts on (Judgements.judged_things), asked only of a candidate the step may aim."""
    if f.targets or not f.sources or f.code[:2] not in DISCOURSE_ROOTS or f.code in OWN_ACTION_CODES \
            or f.anchor.pos_ != "VERB":
        return []
    thing = _told_thing(ctx, f, things(f.anchor))
    if thing is None:
        return []
    own = set(f.sources) | {a.country for s in f.sources if (a := ctx.actors.get(s)) is not None and a.country}
    lemma, doc = thing.lemma_.lower(), thing.doc
    found: list[str] = []
    start = sentences_back(doc, thing.i, SENTENCES_BACK)
    i = thing.i - 1
    # (speed57: each word's part of speech, head and lemma read from the doc's table, the lemma's string only for a
    # noun and a token only for one of the thing's lemma: the same words as doc[i].pos_, .head.i and .lemma_)
    table, strings = token_table(doc), doc.vocab.strings
    pos, lemmas, heads = table.pos_id, table.lemma_id, table.head
    while i >= start:
        if pos[i] == NOUN and heads[i] != thing.i and strings[lemmas[i]].lower() == lemma:
            # every mention in reach counts: two owners ("a Georgian convoy and an Armenian convoy") name none
            found += [p for a in owner(ctx, doc[i]) if (p := ctx.political(a)) and p not in own]
            # the noun repeats: its owner may be named further back
            start = min(start, sentences_back(doc, i, SENTENCES_BACK))
        i -= 1
    if not found:
        # an earlier deed told by the very word ("Ruvanian strikes hit the port ... condemned the strikes")
        begin = doc[sentences_back(doc, sent.start, SENTENCES_BACK)].idx
        found = [e.source for e in out if begin <= e.span[0] and e.span[1] <= sent.start_char and e.source
                 and e.source not in own and trigger_lemma(ctx, e) == lemma]
    found = list(dict.fromkeys(found))
    return found if len(found) == 1 else []
