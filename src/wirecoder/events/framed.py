"""evnoun52: a consultation named as the setting of another act of its clause takes that act's pair.

"Lithuania's minister thanked the Latvian president for the talks in Riga", "Senegal and Mauritania agreed
to share licences after three days of talks", "During their summit, Lam asked Sok to ...": the talks
(a noun, or a gerund after "after") are the occasion of the act their preposition hangs on, and the
sides they leave unnamed are that act's pair (``recall.yaml`` framed_talks_*). The noun is read after
the act (``frame_order``: pattern_events gives nouns before verbs), so that the act's sides are known.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import OBJECTS, word_list
from .rules import Found

FRAMED_PREPS = word_list("recall", "framed_talks_preps")
FRAMED_ROOTS = word_list("recall", "framed_talks_roots")
FRAMED_ACT_ROOTS = word_list("recall", "framed_act_roots")
FRAMED_HOLDERS = word_list("recall", "framed_talks_holders")
FRAMED_MANY = word_list("recall", "framed_talks_many")
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def _frame_verb(tok: Token) -> Token | None:
    """The verb whose setting ``tok`` names: "agreed during their summit", "agreed after two days of
    talks" (through an "of" holder), "thanked X for the talks" (a "for" the parser hangs on the object)."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in FRAMED_HOLDERS:
        node = node.head.head  # "two days of talks", "a round of talks"
    if node.dep_ not in {"pobj", "pcomp"} or node.head.lower_ not in FRAMED_PREPS:
        return None
    above = node.head.head
    if above.dep_ in OBJECTS and above.head.pos_ == "VERB":
        above = above.head
    # (not a participle describing a noun, "the plan endorsed at the Kigali summit": no act of its own,
    # also where the parser hangs it on the main verb as a clause with no subject or auxiliary)
    if above.pos_ not in {"VERB", "AUX"} or above.dep_ in {"acl", "relcl", "amod"} or (
            above.tag_ == "VBN" or above.tag_ == "VBD" and above.dep_ == "advcl") and not any(
            c.dep_ in _OWN_CLAUSE_DEPS for c in above.children):
        return None
    return above


def _lacks_side(f: Found) -> bool:
    return not (f.sources and f.targets) and len(f.sources) < 2


def _framed(f: Found) -> Token | None:
    """The verb ``f`` (talks lacking a side) is the setting of, or None."""
    if f.code[:2] not in FRAMED_ROOTS or not f.symmetric or not _lacks_side(f) or any(
            c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {"amod", "compound"} and c.lower_ in FRAMED_MANY
            for c in f.anchor.children):
        return None  # (not "a meeting of foreign ministers", "multilateral talks": talks of more than the pair)
    return _frame_verb(f.anchor)


def _anchors(verb: Token) -> set[int]:
    """Where the act of ``verb`` may be anchored: the verb, the clause it takes ("agreed to resume",
    "said it will send"), or the verb that takes it ("agreed to split the quota after two days of talks")."""
    out = {verb.i, *(c.i for c in verb.children if c.dep_ in _CLAUSE_DEPS)}
    if verb.dep_ in _CLAUSE_DEPS:
        out.add(verb.head.i)
    return out


def _acts_at(verb: Token, found: list[Found]) -> list[Found]:
    """The candidates of the act at ``verb`` (``_anchors``) with both sides, of a root whose setting
    names the pair's meeting."""
    anchors = _anchors(verb)
    return [g for g in found if g.code[:2] in FRAMED_ACT_ROOTS and g.sources and (g.targets or len(g.sources) > 1)
            and g.anchor.i in anchors]


def frame_order(found: list[Found]) -> list[Found]:
    """``found`` with each talks candidate lacking a side moved after the act it is the setting of
    (the others keep their order)."""
    moves: dict[int, int] = {}  # id of talks -> id of the act
    for f in found:
        verb = _framed(f)
        if verb is not None:
            anchors = _anchors(verb)
            acts = [g for g in found if g is not f and g.anchor.i in anchors]
            if acts:
                moves[id(f)] = id(acts[-1])
    if not moves:
        return found
    out = [f for f in found if id(f) not in moves]
    for f in found:
        if id(f) in moves:
            at = next(k for k, g in enumerate(out) if id(g) == moves[id(f)])
            out.insert(at + 1, f)
    return out


def framed_pair(f: Found, before: list[Found]) -> None:
    """Fill the sides ``f`` (talks) leaves unnamed from the pair of the act whose setting it is."""
    # (speed56, why _framed again after frame_order asked it: between the two, the coder's source rules
    # (cue_speaker ... resolve_sources) may have named a side, so the talks may no longer lack one; the first
    # answer, which only ordered the candidates, is not kept)
    verb = _framed(f)
    if verb is None:
        return
    acts = _acts_at(verb, before)
    if not acts:
        return
    g = acts[-1]
    pair = [*g.sources, *(a for a in g.targets if a not in g.sources)]
    known = set(f.sources) | set(f.targets)
    if not known <= set(pair):
        return  # the talks name a side that is not the act's: talks of another pair
    if not known:
        f.sources, f.targets = list(g.sources), [a for a in g.targets if a not in g.sources]
        return
    others = [a for a in pair if a not in known]
    if not others:
        return
    if f.sources:
        f.targets = others
    else:
        f.sources = others
