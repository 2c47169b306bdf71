"""The second act of the same pair, named by a verb of the same subject (round 52, evpair52).

"The ministry summoned the Latvian envoy and handed her a protest note", "condemned the seizure as
banditry and demanded that Serbia release the crew", "imposed a 40% tariff on Peruvian imports,
accusing its neighbour of ...": two acts share one subject; the first found its target by its own object, the second named
no one (a deed, a note, a noun the actors stage did not link) and so printed nothing at its word
while its pair was printed with the other's code. The second act is aimed at the first one's target
and keeps its own code and trigger (``data/events/pairs.yaml`` says which roots go together and why).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..arrays import kids_of
from .lexicon import OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, _data, light_verbs
from .rules import Found

_DATA = _data("pairs.yaml")
_GROUPS: list[frozenset[str]] = [frozenset(str(r) for r in g) for g in _DATA["joined_root_groups"]]
_LINKS = frozenset(_DATA["joined_links"])
_OWN_SUBJECTS = SUBJECTS | PASSIVE_SUBJECTS
_CARRYING = light_verbs() | frozenset(_DATA["carrying_verbs"])
_NOUN_PATH = frozenset(("dobj", "obj", "pobj", "prep"))
_UNJOINED = frozenset(_DATA["unjoined_clause_deps"])
_APPEALS = frozenset(str(r) for r in _DATA["appeal_roots"])
_ADDRESSEE_DEPS = frozenset(_DATA["appeal_addressee_deps"])
_ADDRESSEE_PREPS = frozenset(_DATA["appeal_addressee_preps"])


def _verb(tok: Token) -> Token | None:
    """The verb of an act's trigger: the word itself, or a verb that carries the act its object noun
    names ("lodged a protest", "handed him a note of protest"); a noun under any other verb ("citing
    the arrest of X") is a deed of someone else, no act of the verb's subject."""
    if tok.pos_ == "VERB":
        return tok
    for _ in range(3):
        if tok.dep_ not in _NOUN_PATH or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok if tok.lemma_.lower() in _CARRYING else None
    return None


def _addressed(verb: Token) -> bool:
    """An appeal that names whom it asks ("urged its supporters to ...", "called on allies to ...",
    "demanded that Y act"): its addressee, named or not, is its own target, never the joined act's."""
    return any(c.dep_ in _ADDRESSEE_DEPS or c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS
               or c.dep_ in OBJECTS and c.pos_ in ("PRON", "PROPN") for c in kids_of(verb))


def _shares_subject(clause: Token) -> bool:
    """A joined clause with no subject and no conjunction of its own ("and demanded ...", ", accusing
    X of ...", "to protest ..."): one "after"/"if"/"while" opens sets a time or a condition instead,
    and the infinitive of a verb with an object is that object's deed ("urged X to withdraw")."""
    if clause.dep_ == "xcomp" and any(c.dep_ in OBJECTS for c in kids_of(clause.head)):
        return False
    return not any(c.dep_ in _OWN_SUBJECTS or c.dep_ == "mark" for c in kids_of(clause))


def _joined_verbs(verb: Token) -> set[int]:
    """The verbs joined to ``verb`` with one subject: up and down the links of pairs.yaml, through
    clauses that have no subject of their own (a sentence has few verbs: the walk is short)."""
    seen = {verb.i}
    todo = [verb]
    while todo:
        v = todo.pop()
        near = [c for c in kids_of(v) if c.dep_ in _LINKS and c.pos_ == "VERB" and _shares_subject(c)]
        if v.dep_ in _LINKS and v.head.pos_ == "VERB" and v.head.i != v.i and _shares_subject(v):
            near.append(v.head)
        for w in near:
            if w.i not in seen:
                seen.add(w.i)
                todo.append(w)
    seen.discard(verb.i)
    return seen


def _together(a: str, b: str) -> bool:
    return any(a[:2] in g and b[:2] in g for g in _GROUPS)


def joined_act_targets(found: list[Found]) -> None:
    """Aims each act of ``found`` (one sentence's candidates, sides resolved) that has a source and no
    target of its own at the target of an act of the same source coded on a verb joined to its own
    (``_joined_verbs``), where both roots share a group of pairs.yaml; the rule is named "pairs:joined"."""
    lonely = [f for f in found if f.sources and not f.targets and not f.symmetric]
    if not lonely or len(found) < 2:
        return
    for f in lonely:
        verb = _verb(f.anchor)
        if verb is None or verb.dep_ in _UNJOINED or f.code[:2] in _APPEALS and _addressed(verb):
            continue
        joined = _joined_verbs(verb)
        if not joined:
            continue
        for g in found:
            if g is f or not g.targets or not set(g.sources) & set(f.sources) or not _together(f.code, g.code):
                continue
            other = _verb(g.anchor)
            if other is None or other.i not in joined:
                continue
            aimed = [t for t in g.targets if t not in f.sources]
            if aimed:
                f.targets, f.target_rule = aimed, "pairs:joined"
                break
