"""The target resolver: one general fallback for an act whose source is known and whose target no
other rule found (issue 9: many missed events had their trigger and source but no target).

It looks for the actor the act is aimed at by its syntactic ROLE relative to the trigger, in the
order ``data/events/targets.yaml`` gives for the act's CAMEO root (that file names and explains each
role). A role's phrase counts when :meth:`Context.phrase_actors` finds a political actor in it; it is
skipped when it names only the source, the source's own state named as a state (an interstate act
is not aimed at oneself; a person or body of that state still is a target, which ``Coder._domestic``
keeps specific), a phrase that names no one in particular ("any state": a quantified or
hypothetical noun), or the subject of a reported question ("asked why X ..."). Place prepositions
are never read, so "met in Vardenia" stays the venue. The coder calls :func:`resolve_targets` once per candidate, after every other target rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

from ..arrays import kids_of, sentences_back, subtree_indices
from ..ids import DEP_DATIVE, DEPS_DET_AMOD_QUANTMOD_PREDET, string_ids
from .arguments import Context, aimed_pobjs, children, clause_subject_indices, deed_agents, has_own_phrase
from .lexicon import (
    OBJECTS,
    POLITICAL_SECTORS,
    SAID_NOUNS,
    STATE_BODY_SECTORS,
    SUBJECTS,
    SUBJECTS_OR_PASSIVE_SUBJECTS,
    _data,
    word_list,
)
from .modality import is_passive
from .rules import Found
from .sources import is_pair_noun, pair_named_before

_DATA = _data("targets.yaml")


def _words(value: list | None) -> frozenset[str]:
    return frozenset(str(w).lower() for w in value or [])


def _by_root(key: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    table = dict(_DATA[key])
    return _words(table.pop("default")), {str(k): _words(v) for k, v in table.items()}


ORDER_DEFAULT = tuple(_DATA["order_default"])
ORDER = {str(k): tuple(v) for k, v in (_DATA.get("order") or {}).items()}
PREPS_DEFAULT, PREPS = _by_root("preps")
NOUN_PREPS_DEFAULT, NOUN_PREPS = _by_root("noun_preps")
OBJECT_PREPS = word_list("targets", "object_preps")
CLAUSE_ROOTS = frozenset(str(r) for r in _DATA["clause_roots"])
UNREAL_DETERMINERS = word_list("targets", "unreal_determiners")
UNREAL_MARKS = word_list("targets", "unreal_marks")
CONDITION_ROOTS = frozenset(str(r) for r in _DATA["condition_roots"])
CONDITION_MARKS = word_list("targets", "condition_marks")
TOLD = {str(k).lower(): frozenset(str(v) for v in vs) for k, vs in _DATA["told_descriptions"].items()}
TOLD_DETERMINERS = word_list("targets", "told_determiners")
TOLD_PLURALS = word_list("targets", "told_plurals")
UNTOLD_NOUNS = word_list("targets", "untold_nouns")
MEMBER_NOUNS = word_list("targets", "member_nouns")
CO_SUBJECT_ROOTS = frozenset(str(r) for r in _DATA["co_subject_roots"])
CAUSE_ROOTS = frozenset(str(r) for r in _DATA["cause_roots"])
CAUSE_MARKS = word_list("targets", "cause_marks")
FROM_NOUNS = word_list("targets", "from_nouns")
HOSTILE_DEEDS = word_list("precision", "hostile_deeds")
REDRESS_ROOTS = frozenset(str(r) for r in _DATA["redress_roots"])
REDRESS_NOUNS = word_list("targets", "redress_nouns")
REDRESS_DEED_ROOTS = frozenset(str(r) for r in _DATA["redress_deed_roots"])
REDRESS_GRIEVANCE_ROOTS = frozenset(str(r) for r in _DATA["redress_grievance_roots"])
REDRESS_SENTENCES_BACK = int(_DATA["redress_sentences_back"])
REBUTTED = {str(k).lower(): frozenset(str(v).lower() for v in vs or []) for k, vs in _DATA["rebutted_nouns"].items()}
REBUTTED_DETERMINERS = word_list("targets", "rebutted_determiners")
REBUTTED_SENTENCES_BACK = int(_DATA["rebutted_sentences_back"])
CROWD_VICTIM_ROOTS = frozenset(str(r) for r in _DATA["crowd_victim_roots"])
CROWD_VICTIM_SECTORS = frozenset(str(r) for r in _DATA["crowd_victim_sectors"])
ARMED_VICTIM_SECTORS = frozenset(str(r) for r in _DATA["armed_victim_sectors"])
HELD_PLACE_ROOTS = frozenset(str(r) for r in _DATA["held_place_roots"])
HELD_PLACE_GROUPS = word_list("targets", "held_place_groups")
PLACE_NOUNS = word_list("targets", "place_nouns")
PLACE_NOUN_MODIFIERS = word_list("targets", "place_noun_modifiers")
DEED_CONJ_ROOTS = frozenset(str(r) for r in _DATA["deed_conj_roots"])
DEED_CONJ_TRYING = word_list("targets", "deed_conj_trying")
THREAT_CONJ_ROOTS = frozenset(str(r) for r in _DATA["threat_conj_roots"])
OWN_CLAUSE_ROOTS = frozenset(str(r) for r in _DATA["own_clause_roots"])
OWN_CLAUSE_AUX = word_list("targets", "own_clause_aux")
OWN_CLAUSE_SUBJECTS = word_list("targets", "own_clause_subjects")
IT_OBJECT_ROOTS = frozenset(str(r) for r in _DATA["it_object_roots"])
IT_OBJECT_PRONOUNS = word_list("targets", "it_object_pronouns")
IT_OBJECT_KINDS = frozenset(str(k) for k in _DATA["it_object_kinds"])
OWN_CLAUSE_PREPS = tuple(str(w).lower() for w in _DATA["own_clause_preps"])  # (in order of preference)
PRONOUN_PARTNER_PREPS = frozenset({"with"})
_BY = frozenset({"by"})
GERUND_NOT_DEPS = frozenset(word_list("targets", "gerund_not_deps"))
QUESTION_TAGS = {"WRB", "WP", "WP$"}  # "asked why X ...", "asked what X ...": a question
NOMINAL = {"NOUN", "PROPN"}


def _pobjs(holder: Token, preps: frozenset[str]) -> Iterator[Token]:
    for prep in children(holder, {"prep"}):
        if prep.lower_ in preps:
            yield from aimed_pobjs(prep)  # (evtgt53: not "to a certain extent, Italy")


def _objects(verb: Token) -> list[Token]:
    return list(children(verb, OBJECTS))


# --- the roles: each yields the heads of the phrases that may name the target ------------------------
def _object(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB":
        return
    yield from _objects(tok)
    yield from (c for c in kids_of(tok) if c.dep == DEP_DATIVE and c.pos_ in NOMINAL)


def _object_modifier(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB":
        return
    for obj in _objects(tok):
        for c in kids_of(obj):
            if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                yield c


def _object_prep(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB":
        return
    for obj in _objects(tok):
        yield from _pobjs(obj, OBJECT_PREPS)


def _said_by(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB" or is_passive(tok) or not any(o.lemma_.lower() in SAID_NOUNS for o in _objects(tok)):
        return
    yield from _pobjs(tok, _BY)  # 'rejected "baseless claims" by X': the "by" is the object's (targets.yaml)


def _trigger_prep(tok: Token, root: str) -> Iterator[Token]:
    preps = PREPS.get(root, PREPS_DEFAULT)
    yield from _pobjs(tok, preps)
    if tok.pos_ == "VERB":
        for obj in _objects(tok):  # "imposed sanctions on X": the preposition hangs on the object
            yield from _pobjs(obj, preps)


def _noun_prep(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ not in NOMINAL:
        return
    yield from _pobjs(tok, NOUN_PREPS.get(root, NOUN_PREPS_DEFAULT))


def _governor(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ not in NOMINAL or tok.dep_ not in OBJECTS or tok.head.pos_ != "VERB":
        return
    verb = tok.head
    for c in kids_of(verb):
        if c.dep_ == "dative" and c.pos_ in _NOMINAL_OR_PRON:
            yield c  # "gave Latvia a warning"
    yield from _pobjs(verb, PREPS.get(root, PREPS_DEFAULT))  # "issued a warning to Latvia"


def _conj(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB" or any(children(tok, _OBJECTS_OR_CCOMP_XCOMP)) or has_own_phrase(tok):
        # (a verb with a clause of its own says what it is about: "backed X and complained that"; round
        # 37: so does one with a phrase of its own, "ransacked the compounds and clashed with police")
        return
    partners = [c for c in children(tok, {"conj"}) if c.pos_ == "VERB" and not any(children(c, SUBJECTS))]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(children(tok, SUBJECTS)):
        partners.append(tok.head)  # "met and praised X" read from "met", or "praised" of "met X and praised"
    for verb in partners:
        yield from _objects(verb)


def _xcomp(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB":
        return
    for clause in children(tok, {"xcomp"}):
        yield from _objects(clause)


def _reported_clauses(tok: Token) -> Iterator[Token]:
    for clause in children(tok, {"ccomp"}):
        if any((c.dep_ == "mark" and c.lower_ in UNREAL_MARKS) or c.tag_ in QUESTION_TAGS for c in kids_of(clause)):
            continue  # "asked whether X ...", "asked why X ...": a question, not a claim about X
        yield clause


def _clause_subject(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB" or root not in CLAUSE_ROOTS:
        return
    for clause in _reported_clauses(tok):
        if is_passive(clause):
            # round 33: "demanded that its nationals be released by X": a passive clause's agent is the
            # one asked to act (its subject is who it is done to, often the speaker's own people)
            yield from (p for agent in children(clause, {"agent"}) for p in children(agent, {"pobj"}))
        yield from children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS)


def _gerund_subject(tok: Token, root: str) -> Iterator[Token]:
    """evtgt55: "opposed Vardenia having a seat on the board", "ruled out the Vardane Party taking
    part": the verb's object is an -ing clause with a subject of its own (the parser hangs it as a
    ccomp), and the act is aimed at that subject. Not a reported clause ("said Vardenia was sending
    troops": an auxiliary or a "that" makes it one; clause_subject's, for the roots that read it)."""
    if tok.pos_ != "VERB":
        return
    for clause in children(tok, {"ccomp"}):
        if clause.tag_ == "VBG" and not any(k.dep_ in GERUND_NOT_DEPS for k in kids_of(clause)):
            yield from children(clause, {"nsubj"})


def _phrase_preps(verb: Token) -> list[Token]:
    """The prepositions of a verb's own phrases, its objects' and theirs ("lodge a complaint with X
    against Y"), not those of a clause it governs ("if ...", "which ...")."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        for c in kids_of(stack.pop()):
            if c.dep_ in _PHRASE_DEPS_OF_VERB:
                stack.append(c)
                if c.dep_ == "prep":
                    out.append(c)
    return out


def _own_clause(tok: Token, root: str) -> Iterator[Token]:
    """Round 33: "warned it would retaliate against X", "threatened that the army could strike X": a
    threat with no one warned as its object, whose reported clause has the speaker's own side for
    subject (a pronoun, a noun of targets.yaml own_clause_subjects, or a name: one that names another
    side is clause_subject's, tried before) and a modal of a deed to come, is aimed at what that
    clause's verb acts on, or the verb it governs ("would not hesitate to strike X"): a preposition of
    its phrases first, in the order of own_clause_preps ("lodge a complaint with the WTO against X":
    X, not the forum), then its object. A phrase that names no one in particular ("any attack") still
    names, in a modifier or a "by", whom the deed would answer ("any Israeli attack", "any incursion
    by X")."""
    if tok.pos_ != "VERB" or root not in OWN_CLAUSE_ROOTS or _objects(tok):
        return
    for clause in _reported_clauses(tok):
        if not _own_side_acts(clause):
            continue
        for verb in [clause, *(x for x in children(clause, {"xcomp"}) if x.pos_ == "VERB")]:
            preps = _phrase_preps(verb)
            heads = [p for word in OWN_CLAUSE_PREPS for prep in preps if prep.lower_ == word
                     for p in children(prep, {"pobj"})] + _objects(verb)
            for head in heads:
                yield head
                if _unreal(head):
                    yield from (c for c in kids_of(head) if c.dep_ in {"amod", "compound", "poss", "nmod"})
                    yield from _pobjs(head, _BY)
                    if head.dep_ in OBJECTS and not is_passive(verb):
                        yield from _pobjs(verb, _BY)  # (an active verb has no agent: the "by" is its object's)


def _deed_conj(tok: Token, root: str) -> Iterator[Token]:
    """Round 33: "conducted dangerous manoeuvres and tried to block a Philippine boat", "fired water
    cannon and attempted to ram a Vietnamese trawler": a deed of force whose own object names no one,
    joined to an attempt of the same subject (targets.yaml deed_conj_*), is aimed at what the attempt
    was made on (the conj role reads no verb with an object of its own: "condemned the attack and
    urged X" judges no X)."""
    if tok.pos_ != "VERB" or root not in DEED_CONJ_ROOTS:
        return
    partners = [c for c in children(tok, {"conj"}) if c.pos_ == "VERB" and not any(children(c, SUBJECTS))]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(children(tok, SUBJECTS)):
        partners.append(tok.head)
    for verb in partners:
        if verb.lemma_.lower() in DEED_CONJ_TRYING:
            for attempt in children(verb, {"xcomp"}):
                if attempt.pos_ == "VERB":
                    yield from _objects(attempt)


def _own_side_acts(clause: Token) -> bool:
    """A reported clause whose one subject is the speaker's own side (a pronoun or noun of targets.yaml
    own_clause_subjects, or a name: one naming another side is clause_subject's, tried before) with a
    modal of a deed to come ("that Moscow would respond", "it will retaliate")."""
    subjects = children(clause, SUBJECTS)
    if len(subjects) != 1 or (subjects[0].pos_ != "PROPN" and subjects[0].lemma_.lower() not in OWN_CLAUSE_SUBJECTS):
        return False
    return any(c.dep_ == "aux" and c.lower_ in OWN_CLAUSE_AUX for c in kids_of(clause))


def _joined_own_threat(tok: Token) -> list[Token]:
    """Round 48: the verbs a threat is joined to by "and" (sharing its subject) where the threat has no
    one warned as its object and its reported clause has the speaker's own side acting (_own_side_acts)
    with no condition ("if", "unless": a condition says whom the threat is about); else none."""
    if tok.pos_ != "VERB" or _objects(tok) or any(children(tok, SUBJECTS)):
        return []
    clauses = list(_reported_clauses(tok))
    if not any(_own_side_acts(clause) for clause in clauses):
        return []  # "and warned that the plan would fail": a forecast about a thing, no threat of the warner's
    if any(_conditions(clause) for clause in (tok, *clauses)):
        return []  # "... would not stand idle if the unrest spread"
    partners = [tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else []
    return partners + [c for c in children(tok, {"conj"}) if c.pos_ == "VERB" and not any(children(c, SUBJECTS))]


def _threat_conj(tok: Token, root: str) -> Iterator[Token]:
    """Round 48 (evroot48): "urged Vardenia to stop the drills and warned that Moscow would respond in
    kind": a threat with no one warned, whose own clause has the speaker's side acting (_joined_own_threat),
    joined to a verb of the same subject, is aimed at that verb's object (the conj role reads no verb with
    a clause of its own, as "backed X and complained that ..." is about no X; clause_subject and
    own_clause, tried before, found no one). Where that object names no side itself ("condemned the
    attack and warned ..."), joined_threat_targets takes the joined act's own target."""
    if root not in THREAT_CONJ_ROOTS:
        return
    for verb in _joined_own_threat(tok):
        yield from _objects(verb)


def joined_threat_targets(f: Found, found: list[Found], place: int) -> list[str]:
    """Round 48 (evroot48): "called the accusations absurd and warned that Moscow would respond",
    "condemned the attack and warned that Addis Ababa would respond": a threat left with no target (or
    only its own side) that is joined to an act of the same source coded before it in the sentence is
    aimed at that act's target (the accuser, the attacker), which the act's own rules found (``found[:place]``:
    the sentence's candidates before ``f``, sliced only where a joined threat is found: speed only)."""
    if f.code[:2] not in THREAT_CONJ_ROOTS or (f.targets and not set(f.targets) <= set(f.sources)) or not f.sources:
        return []
    partners = {v.i for v in _joined_own_threat(f.anchor)}
    if not partners:
        return []
    for g in reversed(found[:place]):
        if g.anchor.i in partners and g.targets and set(g.sources) & set(f.sources):
            return [t for t in g.targets if t not in f.sources]
    return []


def _conditions(clause: Token) -> list[Token]:
    """The adverbial clauses on ``clause`` that set a condition ("if", "unless": targets.yaml condition_marks)."""
    return [cond for cond in children(clause, {"advcl"})
            if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids_of(cond))]


def _condition(tok: Token, root: str) -> Iterator[Token]:
    if root not in CONDITION_ROOTS:
        return
    for clause in [tok, *children(tok, {"ccomp", "xcomp"})]:
        for cond in _conditions(clause):
            yield from children(cond, SUBJECTS)


def _pronoun_object(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB" or tok.dep_ not in {"advcl", "conj", "xcomp"} or tok.head.pos_ != "VERB":
        return
    if any(o.pos_ == "PRON" for o in _objects(tok)):
        for obj in _objects(tok.head):
            yield obj
            yield from _pobjs(obj, PRONOUN_PARTNER_PREPS)  # "held talks with X, urging them to ..."


def _co_subject(tok: Token, root: str) -> Iterator[Token]:
    if tok.pos_ != "VERB" or root not in CO_SUBJECT_ROOTS:
        return
    yield from (c for c in kids_of(tok) if c.i < tok.i and (c.dep_ in SUBJECTS or (
        c.dep_ in {"npadvmod", "dep"} and c.pos_ == "PROPN")))


def _cause(tok: Token, root: str) -> Iterator[Token]:
    if root not in CAUSE_ROOTS:
        return
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in OBJECTS else None
    for cond in children(verb, {"advcl"}) if verb is not None else ():
        if any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in kids_of(cond)):
            yield from children(cond, SUBJECTS)


ROLES: dict[str, Callable[[Token, str], Iterable[Token]]] = {
    "object": _object, "condition": _condition, "pronoun_object": _pronoun_object, "co_subject": _co_subject,
    "cause": _cause, "object_modifier": _object_modifier, "object_prep": _object_prep, "trigger_prep": _trigger_prep,
    "noun_prep": _noun_prep, "governor": _governor, "conj": _conj, "xcomp": _xcomp,
    "clause_subject": _clause_subject, "said_by": _said_by, "own_clause": _own_clause,
    "deed_conj": _deed_conj, "threat_conj": _threat_conj, "gerund_subject": _gerund_subject,
}
_unknown = {r for order in (ORDER_DEFAULT, *ORDER.values()) for r in order} - set(ROLES)
SELF_ROLES = {str(k): tuple(v) for k, v in _DATA["self_roles"].items()}
_unknown |= {r for order in SELF_ROLES.values() for r in order} - set(ROLES)
if _unknown:
    raise ValueError(f"data/events/targets.yaml names unknown roles: {sorted(_unknown)}")


# --- what a role's phrase may not name -----------------------------------------------------------------
def _unreal(head: Token) -> bool:
    """ "any state", "no country": a phrase that names no one in particular."""
    return any(c.dep in DEPS_DET_AMOD_QUANTMOD_PREDET and c.lower in UNREAL_DETERMINERS_IDS
               for c in kids_of(head))


def _own_state(ctx: Context, target: str, sources: list[str], head: Token) -> bool:
    """The source's own state, named as a state in the phrase ("the Latvian minister warned that
    Latvia would ..." is not aimed at Latvia): a state among the sources, or the country of a person
    among them. A group's or a party's own state stays (a union's strike or an opposition's protest
    is aimed at its government), and so does a person or body of that state named in the phrase
    (a domestic target, which ``Coder._domestic`` keeps specific)."""
    own = {s for s in sources if (a := ctx.actors.get(s)) is None or a.kind == "state"}
    own |= {a.country for s in sources if (a := ctx.actors.get(s)) is not None and a.kind == "person" and a.country}
    if target not in own:
        return False
    for t in head.subtree:
        raw = ctx.actors.get(ctx.token_actor.get(t.i))
        if raw is not None and raw.kind in {"person", "organization", "group"} and ctx.political(raw.id) == target:
            return False
    return True


def _told(ctx: Context, head: Token, f: Found) -> list[str]:
    """ "the group", "the senator": the nearest actor told before of the kinds or sectors its noun
    names (targets.yaml told_descriptions), else whose role or name holds the noun."""
    lemma = head.lemma_.lower()
    wanted = TOLD.get(lemma)
    if head.pos_ != "NOUN" or lemma in UNTOLD_NOUNS or any(k in ctx.token_actor for k in subtree_indices(head)) or (
            head.tag_ == "NNS" and lemma not in TOLD_PLURALS):
        return []
    dets = [c for c in kids_of(head) if c.dep_ in {"det", "poss"}]
    if len(dets) != 1 or dets[0].lower_ not in TOLD_DETERMINERS or any(
            c.dep_ in {"prep", "appos", "acl", "conj", "nummod", "compound", "nmod"} for c in kids_of(head)):
        return []
    return _told_before(ctx, head, f, lemma, wanted)


def _told_before(ctx: Context, head: Token, f: Found, lemma: str, wanted: frozenset[str] | None) -> list[str]:
    """The nearest actor told before ``head`` of the kinds or sectors ``wanted`` (else whose role or
    name holds ``lemma``), other than the source or its person's state."""
    own = {a.country for s in f.sources if (a := ctx.actors.get(s)) is not None and a.kind == "person" and a.country}
    for actor in ctx.named_before(head):
        if wanted is not None:
            if not (actor.kind in wanted or (actor.sector or "") in wanted) or (
                    actor.sector and actor.sector not in wanted and actor.sector not in POLITICAL_SECTORS):
                continue  # (a group of the press or of business is no side: "told reporters")
        elif lemma not in {w.strip(".,").lower() for w in f"{actor.role or ''} {actor.name}".split()}:
            continue
        political = ctx.political(actor.id)
        if political is None or political in f.sources or actor.id in f.sources or political in own:
            continue
        return [political]
    return []


def _group_held(ctx: Context, f: Found) -> list[str]:
    """Round 32b: "shelled rebel positions", "raided militia bases": force on a place that a noun of an
    armed group modifies (targets.yaml held_place_roots, told_descriptions' armed nouns) is aimed at
    the nearest such group told before; none where the story named none."""
    tok = f.anchor
    if f.code[:2] not in HELD_PLACE_ROOTS or tok.pos_ != "VERB":
        return []
    for obj in _objects(tok):
        for mod in kids_of(obj):
            lemma = mod.lemma_.lower()
            if mod.dep_ in {"compound", "amod", "nmod"} and lemma in HELD_PLACE_GROUPS and mod.i not in ctx.token_actor:
                found = _told_before(ctx, mod, f, lemma, TOLD[lemma])
                if found:
                    return found
    return []


def _members_of(ctx: Context, head: Token) -> list[str]:
    """ "its European Union partners": the organisation that modifies a relation noun."""
    if head.lemma_.lower() not in MEMBER_NOUNS:
        return []
    found = [a for c in kids_of(head) if c.dep_ in {"compound", "amod", "nmod"}
             for t in c.subtree if (a := ctx.political(ctx.token_actor.get(t.i)))
             and (x := ctx.actors.get(a)) is not None and x.kind == "igo"]
    return list(dict.fromkeys(found))


def _sent_from(ctx: Context, head: Token) -> list[str]:
    """ "counterparts from Chile": the side the people were sent from."""
    if head.lemma_.lower() not in FROM_NOUNS:
        return []
    return list(dict.fromkeys(a for pobj in _pobjs(head, frozenset({"from"})) for a in ctx.phrase_actors(pobj)[0]))


def _placed(ctx: Context, actor_id: str, head: Token) -> str:
    """A state's body the table knows no state for ("police", "the army" with no country) stands,
    as a target, for the state named last before it (as "the government" does: Context.story_state)."""
    actor = ctx.actors.get(actor_id)
    if actor is None or actor.country or actor.kind != "organization" or actor.sector not in STATE_BODY_SECTORS:
        return actor_id
    return next((a.id for a in ctx.named_before(head) if a.kind == "state"), actor_id)


def _it_antecedent(ctx: Context, head: Token, f: Found) -> list[str]:
    """evtarg38: "accusing it of sheltering the gunmen", "urged it to withdraw", "called on it to":
    "it" as the object of an act aimed at someone (targets.yaml it_object_*) stands for the nearest
    actor named before it, in its sentence or the one before, outside the subject of its own clause
    (and of the verbs that share that subject), that "it" can name: not a person, a place, a plural
    noun ("the rebels") or a nationality adjective inside another noun ("Kenyan boats"). None where
    that actor is no political side or is the source itself (the parse joined the act to another
    clause of the source's), as Context.object_person does for "him"/"her"."""
    if head.lower_ not in IT_OBJECT_PRONOUNS or head.pos_ != "PRON" or f.code[:2] not in IT_OBJECT_ROOTS \
            or head.dep_ not in {"dobj", "dative", "pobj"} or head.i in ctx.token_actor:
        return []
    skip = clause_subject_indices(head, {"conj", "xcomp", "advcl", "pcomp"})
    start = sentences_back(ctx.doc, head.i, 1)
    for i in range(head.i - 1, start - 1, -1):
        if i in skip or (actor := ctx.actors.get(ctx.token_actor.get(i))) is None:
            continue
        if actor.kind not in IT_OBJECT_KINDS or ctx.doc[i].tag_ == "NNS" or ctx.token_kind.get(i) == "adjective" \
                or ctx.in_dateline(ctx.doc[i]):
            continue  # (what "it" cannot name: a person, a place, "the rebels", "Kenyan boats", the dateline)
        political = ctx.political(actor.id)
        if political is None or political in f.sources or actor.id in f.sources:
            return []
        return [political]
    return []


def _actors(ctx: Context, head: Token, f: Found) -> list[str]:
    if _unreal(head):
        return []
    if head.pos_ == "PRON":
        return [a for a in _it_antecedent(ctx, head, f) if not _own_state(ctx, a, f.sources, head)]
    # evsides37: "urged the two leaders to ...": the X and Y named before, not leaders in general
    found = pair_named_before(ctx, head) if is_pair_noun(ctx, head) else []
    found = found or ctx.phrase_actors(head)[0]
    found = found or _members_of(ctx, head) or _sent_from(ctx, head) or _told(ctx, head, f)
    found = list(dict.fromkeys(_placed(ctx, a, head) for a in found))
    return [a for a in found if a not in f.sources and not _own_state(ctx, a, f.sources, head)]


def resolve_targets(ctx: Context, f: Found) -> str | None:
    """Sets ``f.targets`` from the first role of the root's order that names a target, for a candidate
    with sources and no targets (a joint act of two named sides already has its partner). Returns the
    role that named it, or None. Round 33: a threat or demand whose only target is its source itself
    ("Poland warned it would retaliate against X", "demanded that its nationals be freed by X": the
    pattern read the clause's own subject) is read again by the roles of its reported clause only
    (targets.yaml self_roles); it stays as it was where they name no one (other acts aimed at the
    source's own state are domestic: Coder._domestic)."""
    if not f.sources or (f.symmetric and len(f.sources) > 1):
        return None
    root = f.code[:2]
    own_only = bool(f.targets) and set(f.targets) <= set(f.sources)
    if (f.targets and not own_only) or (own_only and root not in SELF_ROLES):
        return None
    tok = f.anchor
    for role in SELF_ROLES[root] if own_only else ORDER.get(root, ORDER_DEFAULT):
        for head in ROLES[role](tok, root):
            found = _actors(ctx, head, f)
            if found:
                f.targets = found
                return role
    held = [] if own_only else _group_held(ctx, f)
    if held:
        f.targets = held
        return "group_held"
    return None


def _state_named(ctx: Context, tok: Token) -> str | None:
    """The state a token's actor is or lies in (a state, or a place the table gives a state), if the
    table has that state."""
    actor = ctx.actors.get(ctx.token_actor.get(tok.i))
    state = None if actor is None else actor.id if actor.kind == "state" else \
        actor.country if actor.kind == "place" else None
    return state if state and ctx.actors.get(state) is not None else None


def place_noun_state(ctx: Context, tok: Token, depth: int = 2) -> str | None:
    """Round 36: the state a place named by a general noun lies in ("in Iraq's western city of X",
    "in the Russian town of X", "in a forested district of northern Nigeria", "in Mali's north"), as its
    possessor, adjective or compound, else its "of" object (itself, or such a noun again, ``depth``
    levels down), tells it; None for a noun outside targets.yaml place_nouns (an owner's thing)."""
    if tok.i in ctx.token_actor or tok.lemma_.lower() not in PLACE_NOUNS:
        return None
    mods = [m for m in kids_of(tok) if m.dep_ in PLACE_NOUN_MODIFIERS]
    for m in mods:
        if state := _state_named(ctx, m):
            return state
    for prep in kids_of(tok):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in children(prep, {"pobj"}):
            if state := _state_named(ctx, pobj) or (place_noun_state(ctx, pobj, depth - 1) if depth > 1 else None):
                return state
    return None


def own_sides(ctx: Context, f: Found) -> set[str | None]:
    """A candidate's sources and their states: an actor in neither is a side other than the source's."""
    return set(f.sources) | {ctx.political(s) for s in f.sources}


def judged_blow_doers(ctx: Context, f: Found) -> list[str]:
    """Round 32: "Kenya condemned the invasion of Somalia by Ethiopia": a judgement whose object is
    a hostile deed (precision.yaml hostile_deeds) named with its doer after "by" is aimed at that
    doer (the victim after "of" is not the one judged: precision.judged_blow_victims)."""
    verb = f.anchor
    if verb.pos_ != "VERB":
        return []
    doers = [a for o in _objects(verb) if o.lemma_.lower() in HOSTILE_DEEDS for a in deed_agents(ctx, o, verb)]
    # round 32b: "the invasion of Chad by Niger was condemned by Mali": the passive subject is the
    # deed judged, its own "by" its doer (the verb's "by" is the judge: no verb passed)
    doers += [a for s in children(verb, {"nsubjpass"}) if s.lemma_.lower() in HOSTILE_DEEDS
              for a in deed_agents(ctx, s, None)]
    return [a for a in dict.fromkeys(doers) if a not in f.sources and not _own_state(ctx, a, f.sources, verb)]


def _asks_redress(tok: Token) -> bool:
    """ "demanded the release of ...", "called for an inquiry": a verb whose object or "for" object
    is a noun of redress (targets.yaml redress_nouns)."""
    if tok.pos_ != "VERB":
        return False
    asked = [*_objects(tok), *_pobjs(tok, frozenset({"for"}))]
    return any(o.lemma_.lower() in REDRESS_NOUNS for o in asked)


def redress_targets(ctx: Context, f: Found, earlier: list[Found], out: list) -> list[str]:
    """Round 32: whom a demand or appeal for redress with no one named is aimed at (targets.yaml
    redress_*): the doer of the latest hostile deed told before it by another side, or the latest
    side its own demander criticised or protested against just before. ``earlier`` are the
    candidates of its sentence before it (sides already resolved), ``out`` the events of the
    sentences before."""
    if f.targets or not f.sources or f.code[:2] not in REDRESS_ROOTS or not _asks_redress(f.anchor):
        return []
    if f.anchor.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(f.anchor)):
        return []  # "summoned X's envoy to demand an explanation": the purpose of the act it serves, none of its own
    own = own_sides(ctx, f)

    def other(actor: str | None) -> bool:
        return actor is not None and actor not in own and ctx.political(actor) not in own

    # (sides of the same sentence first, latest first; then the events of the sentences before)
    told = [(g.code[:2], g.sources, g.targets) for g in reversed(earlier) if g.anchor.i < f.anchor.i]
    first = ctx.doc[sentences_back(ctx.doc, f.anchor.i, REDRESS_SENTENCES_BACK)].idx
    told += [(e.root, [e.source], [e.target]) for e in reversed(out)
             if first <= e.span[0] and e.span[1] <= f.sentence.start_char]
    for root, sources, targets in told:
        if root in REDRESS_DEED_ROOTS and sources and other(sources[0]):
            return [a for a in dict.fromkeys(ctx.political(s) or s for s in sources if other(s))]
        if root in REDRESS_GRIEVANCE_ROOTS and set(sources) & set(f.sources) and any(other(t) for t in targets):
            return [t for t in dict.fromkeys(targets) if other(t)]
    return []


def rebutted_maker(ctx: Context, f: Found, reject_root: str) -> list[str]:
    """Round 32: whom "rejected the accusation" (or "the criticism", "the communique") with no one
    named is aimed at: the latest subject, back to a few sentences, of a verb that makes such a thing
    ("X accused ministers of ..."), or the owner of the same noun named before ("the communique of
    the X summit"), a side other than the rejecter (targets.yaml rebutted_*)."""
    verb = f.anchor
    if f.targets or not f.sources or f.code[:2] != reject_root or verb.pos_ != "VERB":
        return []
    said = [o for o in _objects(verb) if o.lemma_.lower() in REBUTTED and not any(
        t.i in ctx.token_actor for t in o.subtree) and any(
        c.dep_ in {"det", "poss"} and c.lower_ in REBUTTED_DETERMINERS for c in kids_of(o))]
    if not said:
        return []
    noun = said[0]
    lemma, makers = noun.lemma_.lower(), REBUTTED[noun.lemma_.lower()]
    own = own_sides(ctx, f)
    doc = ctx.doc
    for tok in reversed(doc[sentences_back(doc, verb.i, REBUTTED_SENTENCES_BACK):verb.i]):
        heads: list[Token] = []
        if tok.pos_ == "VERB" and tok.lemma_.lower() in makers:
            heads = list(children(tok, SUBJECTS))  # "X accused ministers of ..."
        elif tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
            heads = [c for c in kids_of(tok) if c.dep_ in {"poss", "compound", "amod"}] + list(
                _pobjs(tok, frozenset({"of", "by", "from"})))  # "the communique of the X summit"
            if tok.dep_ in OBJECTS and tok.head.pos_ == "VERB":
                heads += list(children(tok.head, SUBJECTS))  # "X issued a communique"
        found = [a for h in heads for a in ctx.phrase_actors(h)[0] if a not in own and ctx.political(a) not in own]
        if found:
            return list(dict.fromkeys(found))
    return []


def crowd_victims(ctx: Context, f: Found, place_state: Callable[[Context, Token], str | None]) -> None:
    """Round 32: "a drone strike killed three people near X": force on people of no named state is
    aimed at the state of the place it happened in (``place_state(ctx, anchor)``, asked only when needed), and on
    soldiers of no named state at the last state named before them other than the doer's
    (targets.yaml crowd_victim_*); left as they are where neither is told."""
    if f.code[:2] not in CROWD_VICTIM_ROOTS or not f.targets:
        return
    own = own_sides(ctx, f)
    out: list[str] = []
    for t in f.targets:
        actor = ctx.actors.get(t)
        state = None
        if actor is not None and actor.kind in {"group", "organization"} and not actor.country:
            if actor.sector in CROWD_VICTIM_SECTORS:
                state = place_state(ctx, f.anchor)
            elif actor.sector in ARMED_VICTIM_SECTORS:
                state = next((a.id for a in ctx.named_before(f.anchor) if a.kind == "state" and a.id not in own), None)
        out.append(state if state is not None and state not in own else t)
    f.targets = list(dict.fromkeys(out))


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_NOMINAL_OR_PRON = NOMINAL | {"PRON"}
_PHRASE_DEPS_OF_VERB = OBJECTS | {"prep", "pobj"}
_OBJECTS_OR_CCOMP_XCOMP = OBJECTS | {"ccomp", "xcomp"}


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
UNREAL_DETERMINERS_IDS = string_ids(UNREAL_DETERMINERS)


# evrec55: a denial of a claim told by a "which" in the claim's own sentence (targets.yaml relative_denial_*)
RELATIVE_DENIAL_CODES = tuple(str(r) for r in _DATA["relative_denial_codes"])
RELATIVE_DENIAL_ROOTS = frozenset(c[:2] for c in RELATIVE_DENIAL_CODES)  # (the coder's gate: speed only)
RELATIVE_DENIAL_TELLERS = word_list("targets", "relative_denial_tellers")
RELATIVE_DENIAL_PRONOUNS = word_list("targets", "relative_denial_pronouns")


def relative_denial(ctx: Context, f: Found) -> tuple[list[str], list[str]]:
    """evrec55: the sides of "X has claimed that Y takes bribes, which he denies": the denier, and the
    claim's teller it is aimed at. The denial verb is a relative clause with "which" as its object
    after a comma or dash, inside a clause reported by a verb of saying or claiming (targets.yaml
    relative_denial_tellers); the teller is that verb's subject, and a pronoun denying it is the
    reported clause's subject (the one the claim is about). ([], []) where the sentence is not so."""
    verb = f.anchor
    if not f.code.startswith(RELATIVE_DENIAL_CODES) or verb.dep_ != "relcl" or verb.pos_ != "VERB" or not any(
            o.lower_ == "which" and o.i > 0 and ctx.doc[o.i - 1].is_punct for o in children(verb, {"dobj"})):
        return [], []
    clause = verb.head
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head is not clause:
        clause = clause.head
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.lemma_.lower() not in RELATIVE_DENIAL_TELLERS:
        return [], []
    def named(phrase: Token) -> list[str]:
        # the actors the phrase names itself ("Mayor X", "Councilwoman Y": the persons, where both are
        # officials of one state), else the phrase's actors
        own = [ctx.token_actor[k] for k in subtree_indices(phrase) if k in ctx.token_actor]
        return own or ctx.phrase_actors(phrase)[0]

    tellers = [a for s in children(teller, SUBJECTS) for a in named(s)]
    deniers: list[str] = []
    for s in children(verb, SUBJECTS):
        if s.lower_ in RELATIVE_DENIAL_PRONOUNS:
            deniers += [a for k in children(clause, SUBJECTS) for a in named(k)]
        else:
            deniers += named(s)
    deniers = [a for a in dict.fromkeys(deniers) if a not in tellers]
    if not deniers or not tellers:
        return [], []
    return deniers, list(dict.fromkeys(tellers))
