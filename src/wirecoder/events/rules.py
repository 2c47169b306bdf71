"""The event rules, one method each: patterns (verbs and nouns), wishes, demands and stance words.

Each takes one sentence and yields :class:`Found` events: actor lists, not yet pairs, dates or
locations (the coder loop in :mod:`.coder` makes those).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, VERB, appos, ccomp, mark, nsubj, xcomp
from spacy.tokens import Span, Token

from ..arrays import (
    distinct,
    in_sentence,
    indices_in,
    is_in,
    kids_of,
    labelled_kids,
    lemma_indices,
    subtree_indices,
    token_indices,
    token_table,
)
from ..ids import (
    DEP_ACL,
    DEP_ADVCL,
    DEP_NSUBJ,
    DEP_PCOMP,
    DEP_POBJ,
    DEP_PREP,
    DEP_RELCL,
    DEPS_AUX_AUXPASS,
    DEPS_CC_AGENT,
    DEPS_XCOMP_CONJ_ADVCL_ACOMP_POBJ_PCOMP,
    ENTS_DATE_TIME,
    TAG_VBD,
    TAG_VBG,
    TAG_VBN,
    WORD_IN,
    WORD_OF,
    string_ids,
)
from ..record import Event
from .arguments import (
    FOR_CLAUSE_ROOTS,
    Context,
    children,
    deed_agents,
    for_clauses,
    measured,
    misparsed_main_verb,
    of_holders,
    owned_by_pronoun,
    that_clauses,
)
from .lexicon import (
    ABSTRACT_OBJECTS,
    AIR_STRIKE_CODE,
    AIR_STRIKE_VERBS,
    APPEAL_CODE,
    APPEAL_NEEDS,
    ARMED_FORCE_SECTORS,
    BOMBING_CODE,
    COMMANDED_SECTORS,
    COMMANDING_SECTORS,
    COMPLAINT_CODE,
    CONCRETE_PLURALS,
    CONDITIONALS,
    CROWD_FORCE_ROOTS,
    CROWD_SECTORS,
    CUSTODY_CODE,
    CUSTODY_HEADS,
    CUSTODY_PLACES,
    DEED_PREPS,
    DEMAND_CODE,
    DEMAND_HEADS,
    DEMAND_MODALS,
    DEMONSTRATION_CODE,
    DISCLOSING_VERBS,
    DRAWN_VERBS,
    ENTITLEMENT_ADJECTIVES,
    ENTITLEMENT_OBJECTS,
    EXCLUDING_VERBS,
    FIRST_PERSON,
    FORECAST_VERBS,
    GENERIC_PRONOUNS,
    GIVING_VERBS,
    HALT_ORDERING_HEADS,
    HALTING_NOUN_PREPS,
    HALTING_NOUNS,
    HALTING_OF_NOUNS,
    HAPPENING_VERBS,
    HARM_VERBS,
    HOSTILE_SPEECH_ROOTS,
    IMPACT_VERBS,
    IMPLICIT_DOERS,
    INFLECTIONS,
    INFORMATION_NOUNS,
    INTENT_HEADS,
    JOINING_VERBS,
    JUDGEMENT_ROOTS,
    KNOWING_VERBS,
    LEGAL_ACTION_CODE,
    LEGAL_BODIES,
    LEGAL_CHARGES,
    LEGAL_SECTORS,
    MEASURES,
    NAMING_AS_VERBS,
    NAMING_CRITICISM,
    NAMING_PRAISE,
    NAMING_REJECTION,
    NAMING_VERBS,
    NO_COMMENT_VERBS,
    NOTHING_HEADS,
    OBJECTS,
    OBJECTS_IDS,
    OBJECTS_OR_PASSIVE_SUBJECTS,
    OCCASION_DIRECTIVE_ROOTS,
    OCCASION_DIRECTIVES,
    ORDER_HEADS,
    OWN_ACTION_CODES,
    PASSIVE_SUBJECTS,
    PERSON_TARGET_ROOTS,
    PLAN_HEADS,
    PRAISE_CODE,
    PROMISED_SPEECH_HEADS,
    PROMISED_SPEECH_ROOTS,
    PROPOSING_VERBS,
    PROTEST_CALL_HEADS,
    PROTEST_NOUNS,
    RECIPROCAL_DETERMINERS,
    RECIPROCAL_WORDS,
    REFUSE_HEADS,
    REJECT_CODE,
    REPROACH_MODALS,
    RIOT_CODE,
    ROLE_VERBS,
    SAID_NOUNS,
    SAY_VERBS,
    STANCE_PASSIVES,
    SUBJECTS,
    SUBJECTS_OR_PASSIVE_SUBJECTS,
    SUBORDINATE_DEPS,
    THREAT_CODE,
    TOLD_ACTION_NOUNS,
    UNREAL_OF_NOUNS,
    VERBAL_ATTACK_CODE,
    VIOLENT_ROOTS,
    VOIDING_VERBS,
    WISH_HEADS,
    YIELD_CODE,
    YIELD_FORCE_CODE,
    YIELDED_ROOTS,
    Pattern,
    light_verbs,
    word_list,
)
from .modality import (
    Reading,
    clause_verb,
    ends_action,
    head_lemma,
    is_negated,
    is_passive,
    modality,
    phrasal_ending,
    reading,
    recode,
    voiced,
)
from .sense import (
    RECOGNITION_VERBS,
    WARNING_VERBS,
    recognises_a_fact,
    recognises_a_merit,
    stands_by_a_measure,
    told_in_words,
    warns_of_a_danger,
)


@dataclass
class Found:
    """An event before dates and dedup: actor lists, not yet pairs."""

    code: str
    sources: list[str]
    targets: list[str]
    symmetric: bool
    sentence: Span
    trigger: tuple[int, int]
    anchor: Token  # where to look for a location
    confidence: float
    quote: int | None = None
    needs_target: bool = False
    # Provenance (issue 9): the name of the rule that last added an actor to each side ("subject",
    # "object", "targets:trigger_prep", "complete", "proposer", ...; data/events/provenance.yaml gives
    # each name's precision on the tuning data). "" for a side no rule filled.
    source_rule: str = ""
    target_rule: str = ""
    # round 38: told from the one who undergoes it (a "rev" pattern: "X faced opposition from Y"): the
    # doer is named after the trigger, the one it is done to before it (Coder._domestic reads sides so)
    reverse: bool = False

    def filling(self, rule: str) -> _Filling:
        """Names ``rule`` as the filler of each side the ``with`` block adds an actor to (a side only
        narrowed, "Estonia and X" -> "X", keeps the rule that named it)."""
        return _Filling(self, rule)


class _Filling:
    """The ``with`` block of :meth:`Found.filling`: a plain context manager, not contextlib's (which
    costs a generator and four Python calls per block, and the coder opens several blocks for every
    event found: speed only). As the generator did, it names no rule when the block raises."""

    __slots__ = ("found", "rule", "sources", "targets")

    def __init__(self, found: Found, rule: str) -> None:
        self.found, self.rule = found, rule
        self.sources, self.targets = set(found.sources), set(found.targets)

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            return
        found = self.found
        if set(found.sources) - self.sources:
            found.source_rule = self.rule
        if set(found.targets) - self.targets:
            found.target_rule = self.rule


def subject_rule(verb: Token, inherited: bool) -> str:
    """The provenance name of the source ``Arguments._subject`` found for ``verb`` (read from the
    verb's own children, not from how ``_subject`` went): "subject" for the verb's own subject;
    else, inherited, "subject:first-person" ("we", "our troops" in a quotation: its speaker),
    "subject:pronoun" (an unresolved "it", "they": the reporter or the plural before it),
    "subject:shared" (no subject of its own: that of the verb it hangs on, "moved to punish X")."""
    if not inherited:
        return "subject"
    subjects = [s for s in children(verb, SUBJECTS) if s.tag_ not in {"WDT", "WP"}]
    if any(t.pos_ == "PRON" and t.lower_ in FIRST_PERSON for s in subjects for t in s.subtree):
        return "subject:first-person"
    if subjects:
        return "subject:pronoun"
    return "subject:shared" if verb.dep in DEPS_XCOMP_CONJ_ADVCL_ACOMP_POBJ_PCOMP else "subject:inherited"


def _by_words(lookup: Callable[[dict[str, list[Pattern]], Token], list[Pattern] | None]
              ) -> Callable[[dict[str, list[Pattern]], Token], list[Pattern] | None]:
    """``lookup`` remembered per index and (lemma, word): its answer depends on those alone, and
    every noun and verb of every sentence is looked up (speed only; the same lists come back).
    An index is held while remembered, so its ``id`` is never another's."""
    held: dict[int, tuple[dict[str, list[Pattern]], dict[tuple[int, int], list[Pattern] | None]]] = {}

    @functools.wraps(lookup)
    def remembered(index: dict[str, list[Pattern]], tok: Token) -> list[Pattern] | None:
        entry = held.get(id(index))
        if entry is None or entry[0] is not index:
            if len(held) > 16:  # lexicons made and dropped (tests, user files): keep few
                held.clear()
            entry = held[id(index)] = (index, {})
        answers, key = entry[1], (tok.lemma, tok.lower)
        if key not in answers:
            if len(answers) > 200_000:  # a long run meets ever new words: bounded memory
                answers.clear()
            answers[key] = lookup(index, tok)
        return answers[key]

    def known(index: dict[str, list[Pattern]]) -> dict[tuple[int, int], list[Pattern] | None]:
        """The answers remembered for ``index`` by (lemma, lower) ids: a caller reading spaCy's
        arrays skips a word known to find nothing without a token object (speed only)."""
        entry = held.get(id(index))
        return entry[1] if entry is not None and entry[0] is index else {}

    remembered.known = known  # type: ignore[attr-defined]
    return remembered


_CLAUSES, _CCOMP = frozenset({xcomp, ccomp}), frozenset({ccomp})
# "talks between A and B": the prepositions whose objects are both sides of a joint act
BETWEEN_PREPS = word_list("recall", "between_preps")
PAIR_OF_NOUNS = word_list("recall", "pair_of_nouns")
# "hit back at X": adverbs the parser may label advmod that a pattern reads as its particle
ADVERB_PARTICLES = word_list("recall", "adverb_particles")
# round 33: "Asked by reporters if he would ...": a question, no appeal (the opening-participle rule)
QUESTION_MARKS = frozenset({"if", "whether"})
# Round 17: an act named as the subject of a past-tense verb happened ("the talks focused on trade",
# "the visit was brief"), unless the verb or its complement says it did not or not yet (recall.yaml)
UNDONE_SUBJECT_VERBS = word_list("recall", "undone_subject_verbs")
STRICT_PAIR_NOUNS = word_list("arguments", "strict_pair_nouns")
# round 35: "a trade war with Japan", "a price war": no force used (arguments.yaml)
FIGURATIVE_FIGHT_MODIFIERS = word_list("arguments", "figurative_fight_modifiers")
FIGURATIVE_FIGHT_NOUNS = word_list("arguments", "figurative_fight_nouns")
WAR_SIDE_SECTORS = word_list("arguments", "war_side_sectors")
WAR_PLACE_NOUNS = word_list("arguments", "war_place_nouns")
BETWEEN_DEAL_NOUNS = word_list("arguments", "between_deal_nouns")
SEALED_VERBS = word_list("arguments", "sealed_verbs")  # round 32: "the deal between A and B was signed"
UNDONE_COMPLEMENTS = word_list("recall", "undone_complements")
PLACED_ARREST_NOUNS = word_list("recall", "placed_arrest_nouns")  # "the arrest of X in Chad" (round 17)
MEASURE_PREPS = word_list("recall", "measure_preps")  # "hit X with sanctions" (round 28)
LEAVE_PREPS = word_list("recall", "leave_preps")  # "ordered the envoy out" (round 28)
LEAVE_VERBS = word_list("recall", "leave_verbs")  # "ordered the envoy to leave" (round 28)
LEAVE_PLACES = word_list("recall", "leave_places")
LEAVE_ORDERS = word_list("recall", "leave_orders")
LEAVE_DEEDS = sorted(word_list("recall", "leave_deeds"))
JUDGED_DEED_ROOTS = tuple(word_list("recall", "judged_deed_roots"))  # round 31: "condemned X's seizure of Y"
CONSULT_FRAME_PREPS = word_list("recall", "consult_frame_preps")  # round 38: "in talks with X, Y urged .."
TIME_FRAME_PREPS = word_list("recall", "time_frame_preps")  # "after the attack", "during his visit"  # spaCy's ids of these labels (symbols, not string hashes)


def _doc_with_dep(ctx: Context, deps: frozenset[int]) -> list[int]:
    """The indices, in order, of the document's words whose dependency label is one of ``deps``
    (ids), read from the doc's array once per document (speed only)."""
    found = ctx.with_dep.get(deps)
    if found is None:
        keys = np.array(sorted(deps), dtype=np.uint64)
        found = ctx.with_dep[deps] = indices_in(token_table(ctx.doc).dep_ids, keys)
    return found


def _with_dep(ctx: Context, sent: Span, deps: frozenset[int]) -> list[Token]:
    """The tokens of a sentence whose dependency label is one of ``deps`` (ids), in order, read
    from the doc's array without a token object of every word; the doc's words with those labels
    are found once per document, each sentence's by bisection (speed only)."""
    return _sentence_tokens(sent, _doc_with_dep(ctx, deps))


def _sentence_tokens(sent: Span, found: list[int]) -> list[Token]:
    """The tokens of ``found`` (a document's sorted word indices) that stand in ``sent``, in order."""
    # (a loop, not a list comprehension over ``doc``, which makes a closure on every call; speed only)
    doc, tokens = sent.doc, []
    for i in found[bisect.bisect_left(found, sent.start):bisect.bisect_left(found, sent.end)]:
        tokens.append(doc[i])
    return tokens


# speed17: the clauses wish_events and demand_events may code, found once per document from the doc's
# arrays (labels, heads, lemma and form indices) instead of a token object, a head and a lemma string
# for every clause of every sentence. Each index keeps every word its rule could code: the rule still
# runs all of its tests on each (an index only leaves out words on which the rule's own loop
# ``continue``s before any event), and its word lists are the rule's own (lexicon.py), so a word added
# to a list is in the index (speed only: the same events).
_WISH_OR_ORDER_HEADS = WISH_HEADS | ORDER_HEADS
_DEMAND_OR_CUSTODY_HEADS = DEMAND_HEADS | CUSTODY_HEADS
_DEMAND_OR_REPROACH_MODALS = DEMAND_MODALS | REPROACH_MODALS
_TO = frozenset({"to"})


def _wish_clauses(ctx: Context, sent: Span) -> list[Token]:
    """The sentence's clauses (xcomp, ccomp) that wish_events may code: a clause is read only when its
    head's lemma is a wish or order verb and it has an auxiliary "to" (its loop skips any other)."""
    found = ctx.with_dep.get("wish clauses")
    if found is None:
        doc, head = ctx.doc, token_table(ctx.doc).head
        heads = set(lemma_indices(doc, _WISH_OR_ORDER_HEADS))
        marked = {head[k] for k in token_indices(doc, LOWER, _TO)}  # (the words with a child "to")
        found = ctx.with_dep["wish clauses"] = [i for i in _doc_with_dep(ctx, _CLAUSES)
                                                if head[i] in heads and i in marked]
    return _sentence_tokens(sent, found)


def _demand_clauses(ctx: Context, sent: Span) -> list[Token]:
    """The sentence's ccomp clauses that demand_events may code: a clause is read only when its head's
    lemma is a demand or custody head and the clause can name its modal: a child written as a demand
    or reproach modal, its own lemma a need ("needed to"), or a custody head above it (its loop skips
    any other: without one of them ``modal`` stays None)."""
    found = ctx.with_dep.get("demand clauses")
    if found is None:
        doc, head = ctx.doc, token_table(ctx.doc).head
        heads = set(lemma_indices(doc, _DEMAND_OR_CUSTODY_HEADS))
        custody = set(lemma_indices(doc, CUSTODY_HEADS))
        needs = set(lemma_indices(doc, APPEAL_NEEDS))
        modal = {head[k] for k in token_indices(doc, LOWER, _DEMAND_OR_REPROACH_MODALS)}  # (a modal child)
        found = ctx.with_dep["demand clauses"] = [
            i for i in _doc_with_dep(ctx, _CCOMP)
            if head[i] in heads and (i in modal or i in needs or head[i] in custody)]
    return _sentence_tokens(sent, found)


def _figurative_fight(tok: Token, modifiers: set[str]) -> bool:
    """Round 35: whether a noun of fighting ("war") is a figure of speech, no force used: a trade,
    price or bidding war, a war of words (figurative_fight_modifiers), or one fought "on" a place
    next to the side ("the Iran-Iraq war on Kuwait's doorstep": a place, not a target); or two wars
    the parser ran together, whose sides cannot be read."""
    if tok.lemma_.lower() not in FIGURATIVE_FIGHT_NOUNS:
        return False
    if modifiers & FIGURATIVE_FIGHT_MODIFIERS or "-" in tok.text:  # ("tug-of-war", one token)
        return True
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in FIGURATIVE_FIGHT_NOUNS:
        # "A's war on B and C's war against D", parsed as a war "on" a war with "B and C" its
        # possessors: the sides are cut wrongly, so neither war is read (event audit half A)
        return True
    for prep, dep in labelled_kids(tok):
        if dep != "prep":
            continue
        for obj in kids_of(prep):
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "of" and {obj.lemma_.lower(), obj.lower_} & FIGURATIVE_FIGHT_MODIFIERS:
                return True  # "a war of words"
            if any(t.i != tok.i and t.lemma_.lower() in FIGURATIVE_FIGHT_NOUNS for t in obj.subtree):
                return True  # (the outer war of two run together: "A's war on B and C's war ...")
            if prep.lower_ in {"on", "against"} and obj.pos == NOUN and obj.lemma_.lower() in WAR_PLACE_NOUNS:
                return True  # "on Kuwait's doorstep": a place
    return False


def _halted_by_noun(tok: Token) -> bool:
    """evhalt43: an action named after a noun of a halt, "a pause in its air strikes", "a halt to its
    attacks", "an end to its offensive": it stops, it is not done (modality.yaml halting_nouns)."""
    return _halt_of(tok) is not None


def _halt_of(tok: Token) -> Token | None:
    """The noun of a halt whose preposition ``tok`` follows ("a halt to its strikes": "halt"), or None.
    (evnoun45: also "a suspension of its strikes", halting_of_nouns; and "announced a halt to its shelling"
    with the "to" hung on the verb right after its object, as the parser often hangs it.)"""
    if tok.dep_ != "pobj":
        return None
    prep, halt = tok.head, tok.head.head
    if halt.pos == VERB:
        halt = next((o for o in children(halt, {"dobj"}) if o.right_edge.i + 1 == prep.i), halt)
    if halt.pos_ != "NOUN":
        return None
    lemma = halt.lemma_.lower()
    if prep.lower_ in HALTING_NOUN_PREPS and lemma in HALTING_NOUNS or prep.lower_ == "of" and lemma in HALTING_OF_NOUNS:
        return halt
    return None


def _ordered_own_halt(tok: Token, clause: Token | None) -> bool:
    """evnoun45: "ordered a halt to its strikes on X": the halt of an action its doer owns by a pronoun is the
    direct object of a head that orders it (modality.yaml halt_ordering_heads): the orderer's own force ends."""
    halt = _halt_of(tok)
    if clause is None or halt is None or not owned_by_pronoun(tok):
        return False
    return halt.dep_ == "dobj" and halt.head.i == clause.i and head_lemma(clause) in HALT_ORDERING_HEADS


def _told_done(tok: Token) -> bool:
    """Whether an act noun is the subject of a past-tense verb that reports it done (round 17): "the
    talks in Riga focused on trade", "the visit by X to Y was brief", not "the talks never resumed",
    "the visit was postponed" (a passive subject), "the deal was unlikely"."""
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ != "nsubj" or head.tag_ != "VBD" or is_negated(head) or lemma in UNDONE_SUBJECT_VERBS \
            or lemma in SAY_VERBS:  # "the talks said": a misparse of "..., X said"
        return False
    return not any(c.dep_ in {"acomp", "attr", "xcomp", "oprd"} and c.lemma_.lower() in UNDONE_COMPLEMENTS
                   for c in kids_of(head))


def _leaving(verb: Token) -> bool:
    """Whether a verb tells someone going away from a country ("to leave", "to leave the country",
    "to depart Chile"), not "to leave the talks open" (round 28, recall.yaml leave_*)."""
    if verb.lemma_.lower() not in LEAVE_VERBS:
        return False
    objs = [o for o in kids_of(verb) if o.dep_ in {"dobj", "oprd", "xcomp", "ccomp", "acomp"}]
    return all(o.lemma_.lower() in LEAVE_PLACES or o.ent_type_ == "GPE" for o in objs)


_PATTERN_POS = np.array(sorted((VERB, NOUN, PROPN)), dtype=np.uint64)  # the words _pattern_words reads


class Rules:
    """Pattern matching and the rules (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    @staticmethod
    @_by_words
    def _lookup(index: dict[str, list[Pattern]], tok: Token) -> list[Pattern] | None:
        """Patterns for a token's lemma; if the tagger's lemma is unknown ("staged" -> "stag"),
        the word itself with a regular ending taken off."""
        lemma = tok.lemma_.lower()
        if lemma in index:
            return index[lemma]
        word = tok.lower_
        if word in index:  # "shelling" tagged as a verb, lemma "shell"
            return index[word]
        for cut, add in INFLECTIONS:
            if word.endswith(cut) and len(word) > len(cut) + 2 and word[:len(word) - len(cut)] + add in index:
                return index[word[:len(word) - len(cut)] + add]
        return None

    def _verb_pattern(self, tok: Token) -> Pattern | None:
        plist = self._lookup(self.verbs, tok)
        if not plist:
            return None
        # The verb's children are read once, and its objects and prepositions only when a pattern
        # asks for them (speed only: the same sets, the same pattern chosen).
        kids = labelled_kids(tok)
        objs = [c for c, dep in kids if dep in OBJECTS or dep in PASSIVE_SUBJECTS]
        particles = {c.lower_ for c, dep in kids if dep == "prt" or dep == "advmod" and c.lower in ADVERB_PARTICLES_IDS}
        # round 32: "came under criticism from X", "ran into criticism": the parser reads the particle as a
        # preposition; it is the particle of a pattern whose named objects its own object is (so "called
        # on Monday" is not "call on", which names none)
        for c, dep in kids:
            if dep == "prep" and c.lower_ not in particles and any(q.particle == c.lower_ and q.objects for q in plist):
                held = children(c, {"pobj"})
                if any(q.particle == c.lower_ and q.objects and q.objects & {o.lemma_.lower() for o in held}
                       for q in plist):
                    particles.add(c.lower_)
                    objs = [*objs, *held]
        if objs and tok.lemma_.lower() in LEAVE_ORDERS and any(
                dep == "prep" and c.lower_ in LEAVE_PREPS or dep == "xcomp" and _leaving(c) for c, dep in kids):
            # "ordered the diplomats out", "asked the envoy to leave the country": coded as the verb of
            # expulsion would code its object ("expel [diplomat]" is a cut in relations; round 28)
            lemmas = {c.lemma_.lower() for c in objs}
            for p in (q for deed in LEAVE_DEEDS for q in self.verbs.get(deed, ())):
                if not p.particle and not p.preps and (not p.objects or p.objects & lemmas):
                    return p
        objects: set[str] | None = None
        preps: set[str] | None = None
        # "imposed travel bans and sanctions", "sent blankets and food aid": a conjoined object counts
        # when the direct ones chose no pattern (round 28; "expelled two journalists and three
        # diplomats" stays the journalists' expulsion)
        conjoined = {c.lemma_.lower() for obj in objs for c in obj.conjuncts}
        for widen in ((False, True) if conjoined else (False,)):
            if widen and objects is not None:
                objects |= conjoined
            for p in plist:  # most specific first
                if p.particle and p.particle not in particles:
                    continue
                if not p.particle and particles and any(q.particle in particles for q in plist):
                    continue
                if p.objects and objects is None:
                    # "evidence was presented against X": a passive subject is the object the pattern names
                    objects = {c.lemma_.lower() for c in objs}
                    # "sent 40 tonnes of aid", "ended a period of curfew": the measure's "of" object counts
                    for obj in objs:
                        for prep in children(obj, {"prep"}):
                            if prep.lower == WORD_OF:
                                objects.update(o.lemma_.lower() for o in children(prep, {"pobj"}))
                    # "froze $4bn in funding": a sum's "in" object names what the sum is of
                    objects.update(m.lemma_.lower() for m in measured(tok))
                    # "suspended aid deliveries", "halted its naval aid scheme": a compound names the measure
                    objects.update(c.lemma_.lower() for obj in objs
                                   for holder in of_holders(obj) for c in children(holder, {"compound"}))
                    # "hit Chile with sanctions", "placed the mayor under house arrest": the measure named by
                    # a preposition's object, done to the direct object (round 28)
                    objects.update(o.lemma_.lower() for c, dep in kids if dep == "prep" and c.lower in MEASURE_PREPS_IDS
                                   for o in children(c, {"pobj"}))
                    if widen:
                        objects |= conjoined
                if p.objects and not (p.objects & objects):  # type: ignore[operator]
                    continue
                if p.preps and preps is None:
                    # "called X on Monday": a preposition of a date introduces no one, so it picks no pattern
                    preps = {c.lower_ for c, dep in kids if dep in {"prep", "dative", "agent"}
                             and not any(o.ent_type in ENTS_DATE_TIME for o in children(c, {"pobj"}))}
                    # round 29: and on their "of" object ("delivered a note of protest to X")
                    for obj in [*objs, *measured(tok), *(h for o in objs for h in of_holders(o)[1:])]:
                        preps.update(c.lower_ for c in kids_of(obj) if c.dep == DEP_PREP)
                    # round 33: "called for X to reopen ...": "for" as the mark of a clause is the preposition
                    if for_clauses(tok):
                        preps.add("for")
                if p.preps and not (set(p.preps) & preps):  # type: ignore[operator]
                    continue
                return p
        return None

    def _noun_pattern(self, tok: Token) -> Pattern | None:
        plist = self._lookup(self.nouns, tok)
        if not plist:
            return None
        # the word as written too: the tagger lemmatises "media" to "medium"
        modifiers = {w for c, dep in labelled_kids(tok) if dep in {"amod", "compound"} for w in (c.lemma_.lower(), c.lower_)}
        holders = of_holders(tok) + ([tok.head] if tok.dep in OBJECTS_IDS else [])  # "dropped its inquiry into X"
        preps = {c.lower_ for holder in holders for c, dep in labelled_kids(holder) if dep == "prep"}
        if that_clauses(tok):
            preps.add("that")  # round 33: "its accusation that X ...": the clause, read as "+that"
        if _figurative_fight(tok, modifiers):
            return None
        strict = tok.lemma_.lower() in STRICT_PAIR_NOUNS  # round 32: "a deal" alone is no deal made
        for p in plist:
            if p.modifiers and not p.modifiers <= modifiers:
                continue
            if p.preps and not (set(p.preps) & preps) and (not p.symmetric or strict) and not p.modifiers:
                continue
            if p.preps and not (set(p.preps) & preps) and any(
                    q.preps and set(q.preps) & preps and q.modifiers <= modifiers for q in plist):
                continue  # "talks between A and B": the pattern of the preposition written wins
            return p
        return None

    def _doer_on_noun(self, ctx: Context, tok: Token) -> bool:
        """Round 35: whether an action noun names its doer itself (a possessor or modifier actor, or a
        "by" object): "in an Israeli air strike", "in a raid by X"."""
        return bool(self._noun_modifiers(ctx, tok)[0]) or any(c.dep_ == "prep" and c.lower_ == "by" for c in kids_of(tok))

    @staticmethod
    def _arranged_by_other(ctx: Context, tok: Token, sides: list[str], unreal: bool) -> bool:
        """Round 36: whether the subject above a two-sided noun not told as done ("Qatar offered to host
        talks between A and B") names an actor that is neither side: the act is that third party's
        offer or plan, not the sides' own. ``unreal``: the noun's mood is not "done"; where the parser
        tags "host" a noun, the mood is not found, and an intent head on the way up says it."""
        subject, intended = _third_party_subject(tok)
        if subject is None or not (unreal or intended):
            return False
        named = ctx.phrase_actors(subject)[0]
        return bool(named) and not set(named) & set(sides)

    def _owned_deed(self, ctx: Context, tok: Token) -> bool:
        """Whether a noun's possessor names an actor ("Iran's seizure", round 31): the deed is that
        actor's, not the deed of whoever judges it."""
        return any(c.dep_ == "poss" and ctx.phrase_actors(c)[0] for c in kids_of(tok))

    def _pattern_words(self, ctx: Context) -> tuple[list[int], list[int]]:
        """The indices, in order, of the document's verbs whose lemma or form has verb patterns, and
        of its nouns (names too, and a gerund subject the tagger calls a verb: "fighting between A
        and B erupted") whose lemma or form has noun patterns. Read once per document from the
        doc's arrays, with a token object only for a word not looked up before (speed only: the
        tokens each sentence's rules read, in the same order, as reading tok.pos_ of each)."""
        if ctx.pattern_words is not None:
            return ctx.pattern_words
        doc, lookup = ctx.doc, self._lookup
        known_verbs, known_nouns = lookup.known(self.verbs), lookup.known(self.nouns)  # type: ignore[attr-defined]
        verbs: list[int] = []
        nouns: list[int] = []
        lemmas, lowers = ctx.lemma, ctx.lower
        # (only the verbs, nouns and names, found in the doc's array of part-of-speech ids)
        for i in indices_in(token_table(doc).pos_ids, _PATTERN_POS):
            pos, word = ctx.pos[i], (lemmas[i], lowers[i])
            if pos == VERB:
                plist = known_verbs[word] if word in known_verbs else lookup(self.verbs, doc[i])
                if plist:
                    verbs.append(i)
                if ctx.dep[i] != nsubj or doc[i].tag_ != "VBG":
                    continue
            elif pos != NOUN and pos != PROPN:
                continue
            plist = known_nouns[word] if word in known_nouns else lookup(self.nouns, doc[i])
            if plist:
                nouns.append(i)
        ctx.pattern_words = verbs, nouns
        return ctx.pattern_words

    def pattern_events(self, ctx: Context, sent: Span) -> Iterator[Found]:
        # The sentence's verbs and nouns that may take a pattern, from the document's list of them
        # (_pattern_words: speed only, the same tokens in the same order).
        # (the tokens made directly, as doc[i] makes them: arrays.kids_of's note; speed26)
        doc, first, last = sent.doc, sent.start, sent.end
        vocab = doc.vocab
        verb_words, noun_words = self._pattern_words(ctx)
        verbs = {i: p for i in verb_words[bisect.bisect_left(verb_words, first):bisect.bisect_left(verb_words, last)]
                 if (p := self._verb_pattern(Token(vocab, doc, i)))}
        suppressed: set[int] = set()  # verbs whose object noun codes the event more precisely
        unmade: set[int] = set()  # evfact51: criticisms only promised ("agreed to condemn X"): no event, nor the promise
        found: list[tuple[Token, Found]] = []
        # (a gerund subject the tagger calls a verb, "fighting between A and B erupted", is the noun)
        for tok in [Token(vocab, doc, i)
                    for i in noun_words[bisect.bisect_left(noun_words, first):bisect.bisect_left(noun_words, last)]]:
            pattern = self._noun_pattern(tok)
            if pattern is None or is_negated(tok):
                continue
            if tok.lemma_.lower() in BETWEEN_DEAL_NOUNS and "between" in pattern.preps and \
                    tok.dep_ not in SUBJECTS_OR_PASSIVE_SUBJECTS:
                continue  # round 32: "follows an agreement between A and B": one made before (arguments.yaml)
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in UNREAL_OF_NOUNS:
                continue  # "a warning of sanctions", "the risk of war": threatened or feared, not done
            # round 32: "the agreement between A and B was signed": a joint act sealed, told done (the
            # verb, "was brokered by Qatar", stays an act of its own, as a judged deed's verb does)
            # (only with its sides written on it: "the agreement was signed by X and Y" is the verb's)
            sealed = tok.dep_ == "nsubjpass" and pattern.symmetric and tok.head.lemma_.lower() in SEALED_VERBS \
                and not is_negated(tok.head) and any(c.dep_ == "prep" and c.lower_ in pattern.preps for c in kids_of(tok))
            impact = tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in IMPACT_VERBS and \
                pattern.code[:2] in VIOLENT_ROOTS and not is_negated(tok.head)
            if tok.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS and tok.head.lemma_.lower() not in HAPPENING_VERBS \
                    and not impact and not _told_done(tok) and not sealed:
                continue  # "the embargo is likely to be lifted": said of the action, not its news
            governing = tok.head if tok.dep_ in OBJECTS_OR_PASSIVE_SUBJECTS and tok.head.pos_ == "VERB" else None
            # (evhalt43: not "an end to the fighting between A and B": a mutual deed's end is no side's yield)
            # (and "called off its air strikes on X": the noun with its modifiers wins over the verb's own
            # pattern, "call off [strike]", a walkout called off, as it wins over any verb)
            ended = governing is not None and ends_action(governing) and (
                governing.i not in verbs or bool(pattern.modifiers) and pattern.code[:2] in YIELDED_ROOTS) \
                or _halted_by_noun(tok) and not pattern.symmetric
            if ended and pattern.code[:2] not in YIELDED_ROOTS:
                continue  # "called off the talks": the action stops, it is not done
            if governing is not None and governing.i in verbs and ends_action(governing) \
                    and pattern.code[:2] not in YIELDED_ROOTS:
                # round 36: "suspended its military cooperation with X", "froze its defence ties": the verb
                # of ending has a pattern of its own (suspend [cooperation], 161), which tells the act; the
                # cooperation it ends is not done, even where the noun's modifiers would win over a verb
                continue
            if governing is not None and head_lemma(governing) in _PLAN_HEADS_OR_PROPOSING_VERBS:
                # "X plans talks with Y", "plans the prosecution of Y": a plan, as "plans to meet"; round
                # 32: "proposed a U.N. crackdown on X", "suggested a joint inquiry": only proposed
                continue
            # round 31: "condemned Iran's seizure of the tanker", "welcomed Pakistan's release of the
            # pilot": a judgement's object that names another's deed, its doer owning the noun, reports
            # that deed as done; the judgement stays an event of its own
            # (not a deed of violence: "condemned Russia's hybrid attacks on X" is mostly a label or
            # background, as round 25 found of nouns of past violence)
            # round 32: a deed of any kind whose doer the judgement names after "by" ("condemned the
            # invasion of X by Y") is news told with its doer, no label: Y's deed (arguments.deed_agents)
            agents = deed_agents(ctx, tok, governing) if governing is not None and governing.i in verbs and \
                verbs[governing.i].code[:2] in JUDGED_DEED_ROOTS else []
            judged = governing is not None and governing.i in verbs and (
                pattern.code[:2] not in VIOLENT_ROOTS and verbs[governing.i].code[:2] in JUDGED_DEED_ROOTS
                and self._owned_deed(ctx, tok) or bool(agents)) or sealed
            if governing is not None and governing.i in verbs and not pattern.modifiers and not judged:
                continue  # "launched an attack on", "violated the ceasefire": the verb pattern says it
            clause = clause_verb(tok)
            # (a deed that dates the clause, "urged X after the attack on Y", "told reporters during
            # his visit to Z", is no part of what is asked or refused: it happened)
            framed = tok.dep_ == "pobj" and tok.head.lower_ in TIME_FRAME_PREPS
            # (round 38: so does a consultation that opens the clause of its own verb as its setting, "in
            # talks with X, Y called for ...", "at a meeting with X, Y demanded ...": recall.yaml
            # consult_frame_preps; after the verb, "called for progress at next week's talks with X",
            # the talks are as often the occasion asked for)
            framed = framed or (tok.dep_ == "pobj" and tok.head.lower_ in CONSULT_FRAME_PREPS
                                and pattern.code[:2] == "04" and clause is not None
                                and tok.head.head.i == clause.i and tok.head.i < clause.i
                                and any(c.dep_ == "prep" and c.lower_ in pattern.preps for c in kids_of(tok)))
            # (the head's lemma mended: the tagger makes "hopes" "hop", and "hopes for talks" is a wish)
            # (evhalt43: not "called off its raids": "call" asks for what it governs, "call off" ends it;
            # evstop44: nor "stopped its shelling of X", a deed its doer owns by a pronoun: the subject ends
            # its own deed, a yield, where "stopped the attack" is as often another's prevented, since
            # "stop" is a head of nothing as well as of ending, modality.yaml)
            called_off = governing is not None and clause is not None and clause.i == governing.i and \
                (phrasal_ending(governing) or ended and owned_by_pronoun(tok)) or ended and _ordered_own_halt(tok, clause)
            if clause is not None and clause is not governing and not framed and not called_off and (
                    head_lemma(clause) in _NOTHING_HEADS_OR_REFUSE_HEADS or
                    (clause.i in verbs and verbs[clause.i].code[:2] in {"02", "10", "12"})):
                continue  # "called for sanctions", "rejected talks": the verb is the event
            # (an actor named on the noun itself: a possessor or modifier, or a "by" object)
            own_doer = pattern.derived and (bool(self._noun_modifiers(ctx, tok)[0]) or any(
                c.dep_ == "prep" and c.lower_ == "by" for c in kids_of(tok)))
            if pattern.bare and not own_doer and (governing is None or head_lemma(governing) not in light_verbs()):
                continue  # "pressure on the bill": a bare verb-noun codes only with its doer on it or a light verb's
            if pattern.derived and not own_doer and (governing is None or head_lemma(governing) in SAY_VERBS):
                # "an inquiry into the role of X in the detention of Y", "the threat of the harsh
                # prosecution of Y": a derived noun that is not the object of its clause's verb names no
                # doer of its own, and the clause's subject is not it (only a written pattern, or a
                # verb's object, "lodged a complaint against Y", takes the clause's subject; a verb of
                # saying is no doer's verb: "X said: the harsh prosecution of Y", misparsed as its object)
                continue
            mood = voiced(modality(clause), ctx.in_direct_quote(tok.idx)) if clause is not None else "done"
            sources, inherited = self._noun_sources(ctx, tok)
            if agents and judged:
                sources, inherited = agents, False  # (not the judge, the verb's subject)
            targets = self._targets(ctx, tok, pattern)
            s_rule, t_rule = "noun:governor" if inherited else "noun:modifier", "noun:prep"  # provenance
            if impact and not targets:
                targets, t_rule = self._struck(ctx, tok.head), "struck"
            if not sources and targets and tok.lemma_.lower() in PLACED_ARREST_NOUNS:
                # "the arrest of X in Chad": by the state it happened in, as "was arrested in Chad"
                where = next((w for h in of_holders(tok) if (w := self.location(ctx, h)) is not None), None)
                if where is not None and where.country and ctx.actors.get(where.country) is not None \
                        and where.country not in targets:
                    sources, s_rule = [where.country], "arrest-place"
            # (round 32: a modifier that is neither side, "EU-brokered talks between A and B", is a third party)
            if pattern.symmetric and not set(sources) & set(targets) and len(targets) > 1 and any(
                    c.dep_ == "prep" and (c.lower_ in BETWEEN_PREPS or (
                        c.lower_ == "of" and tok.lemma_.lower() in PAIR_OF_NOUNS)) for c in kids_of(tok)):
                # "talks between A and B", "fighting between A and B" (round 15): the two sides are
                # the pair, as in "A and B held talks"
                sources, targets, s_rule = targets, [], "between"
                if self._arranged_by_other(ctx, tok, sources, mood != "done"):
                    # round 36: "Qatar offered to host talks between A and B", "Kenya will broker talks
                    # between A and B": talks only offered or planned by a third party; the two sides
                    # neither met nor promised to (the arranger's own verb, "host", codes its intent)
                    continue
            if pattern.symmetric and len(sources) < 2 and not targets:
                # "delegations from A and B for a round of talks": the talks are between A and B
                gathered = self._gathered(ctx, tok)
                if gathered:
                    sources, inherited, s_rule = gathered, True, "gathered"
            base = pattern.code
            if ended:
                # "lifted its blockade of X": pressure on X ended, a concession to X; (evhalt43) "halted its
                # strikes on X": force on X ended, a de-escalation (087)
                base = YIELD_FORCE_CODE if base[:2] in VIOLENT_ROOTS else YIELD_CODE
            elif base[:2] in VIOLENT_ROOTS and not self._forceful(ctx, clause or tok, sources):
                if not targets:
                    continue
                base = VERBAL_ATTACK_CODE  # "the minister's attack on the opposition"
            if pattern.derived and base == COMPLAINT_CODE and sources and all(self._crowd(ctx, a) for a in sources):
                base = DEMONSTRATION_CODE  # "protests by students against the ruling", as the verb's
            code = recode(self.lexicon, base, mood)
            if code is None:
                continue
            code = self._riot(ctx, code, sources, targets)  # "an assault by protesters on the police station"
            # (round 32: "Qatar brokered a prisoner swap between A and B": the swap is the pair's, the
            # brokering stays Qatar's own act)
            # (round 38: not a verb of another kind over a noun of force, "condemned an Israeli drone
            # strike": the judgement is an act of its own, and the noun, with modifiers, is no more
            # precise a telling of it)
            if governing is not None and not judged and s_rule != "between" and not (
                    base[:2] in VIOLENT_ROOTS and governing.i in verbs and verbs[governing.i].code[:2] not in VIOLENT_ROOTS):
                suppressed.add(governing.i)
            start = min([tok.idx] + [c.idx for c in kids_of(tok) if c.dep_ in {"amod", "compound"}
                                     and {c.lemma_.lower(), c.lower_} & pattern.modifiers])
            conf = self.conf.noun - (self.conf.inherited if inherited else 0)
            found.append((tok, Found(code, sources, targets, pattern.symmetric and mood in {"done", "intent"},
                                      sent, (start, tok.idx + len(tok)), tok, conf,
                                      needs_target=pattern.needs_target or ended,
                                      source_rule=s_rule if sources else "", target_rule=t_rule if targets else "")))
        for i, pattern in verbs.items():
            tok = sent.doc[i]
            if i in suppressed:
                continue
            # real10a: "a move branded a "climbdown" by the party": the parser reads a naming verb's participle as
            # past tense and hangs its "by" on the name given (the agent all the same: arguments.py _subject)
            # (or as a clause of the main verb holding "in a move": "X dropped the cut, in a move branded ...")
            labelled = tok.tag == TAG_VBD and tok.lemma_.lower() in NAMING_VERBS and (
                self._label_by(tok) or any(c.dep_ == "agent" for c in kids_of(tok))) and (
                tok.dep_ == "acl" and not misparsed_main_verb(tok)
                or tok.dep_ == "advcl" and not children(tok, SUBJECTS) and self._told_in(tok) is not None)
            described = tok.dep == DEP_ACL and tok.tag == TAG_VBN and not misparsed_main_verb(tok) or labelled
            if described and not labelled and not any(c.dep_ == "agent" for c in kids_of(tok)):
                continue  # "troops deployed in Iraq": a description of the troops, not news of a deed
            if _reduced_relative(tok):
                continue  # round 32: "two Red Cross workers abducted last month are still held": the same, misparsed
            if tok.dep == DEP_ACL and tok.tag == TAG_VBG and not pattern.say and not ctx.phrase_actors(tok.head)[0]:
                # "firms helping Iran": the doer is the noun described, here no political actor (a
                # "statement urging ..." still reports what its issuer says)
                continue
            if tok.dep == DEP_RELCL and tok.head.lower in GENERIC_PRONOUNS_IDS:
                continue  # "anyone who helps Iran ...": a condition on whoever does it, not a deed
            if tok.lemma_.lower() in REFUSE_HEADS and (any(
                    c.lemma_.lower() in NO_COMMENT_VERBS or withholds_information(c) or leaves_open(c)
                    for c in children(tok, {"xcomp", "dobj"}))
                    or any(withholds_information(c) and any(a.lower_ == "to" for a in children(c, {"aux"}))
                           for c in children(tok, {"advcl"}))):
                continue  # "declined to comment", "declined to give details": silence, not a rejection of anything
            read = reading(tok)  # (its head of intent, for _promised, from the same walk: debt52)
            mood = voiced(read.mood, ctx.in_direct_quote(tok.idx))
            base = pattern.code
            sources, inherited = self._subject(ctx, tok)
            s_rule = subject_rule(tok, inherited)  # provenance (Found.source_rule)
            if not sources and is_passive(tok) and (sectors := IMPLICIT_DOERS.get(tok.lemma_.lower())):
                sources, s_rule = self._reporting_body(ctx, tok, sectors), "reporting-body"  # "were arrested, police said"
                if not sources and (where := self.location(ctx, tok)) is not None and where.country and \
                        ctx.actors.get(where.country) is not None:
                    sources, s_rule = [where.country], "arrest-place"  # "was arrested in Minsk": by the state it happened in
            if not sources and base[:2] in VIOLENT_ROOTS and any(children(tok, SUBJECTS)):
                # "the army said drone strikes had killed ...": strikes no one is named for, reported
                # by an armed force, are its own
                sources, s_rule = self._reporting_body(ctx, tok, ARMED_FORCE_SECTORS), "reporting-body"
            if tok.lemma_.lower() in LEGAL_CHARGES and sources and all(
                    self._legal_body(ctx, tok, a) for a in sources):
                # "prosecutors charged the mayor with fraud": legal action against a person of any standing
                pattern = dataclasses.replace(pattern, code=LEGAL_ACTION_CODE)
                base = pattern.code
            if tok.lemma_.lower() in PROTEST_CALL_HEADS and any(
                    o.lemma_.lower() in PROTEST_NOUNS for p in children(tok, {"prep"}) if p.lower_ == "for"
                    for o in children(p, {"pobj"})):
                # "called for protests in X": the caller's own protest (aimed at the state where it is
                # called, else at no one named), not a demand of X
                pattern = dataclasses.replace(pattern, code=DEMONSTRATION_CODE, preps=(), needs_target=False)
                base = pattern.code
            targets, t_rule = self._targets(ctx, tok, pattern), "object"
            if self.own_side_said(ctx, tok, pattern, targets, sources):
                # evtgt50: "pledged that Hungary would ...": the speaker's own side acting, read as the source
                # itself (a threat's own clause is read again by targets.yaml self_roles; else done to itself)
                targets = list(sources)
            if labelled:
                targets = [a for a in targets if a not in sources]  # (the "by" on the name is the doer, not a target)
            # (after a dateline the parser may hang the participle on the dateline's city: the main clause
            # is then the sentence's root)
            main = tok.head if tok.dep == DEP_ADVCL else tok.sent.root if tok.dep == DEP_ACL and ctx.in_dateline(tok.head) \
                else None
            if not targets and main is not None and (base[:2] in JUDGEMENT_ROOTS or base[:2] in FOR_CLAUSE_ROOTS) \
                    and tok.tag_ == "VBN" and \
                    tok.i < main.i and children(tok, {"agent"}) and not children(tok, SUBJECTS_OR_PASSIVE_SUBJECTS) and \
                    not any(m.lower_ in QUESTION_MARKS for c in children(tok, {"advcl", "ccomp"}) for m in children(c, {"mark"})):
                # round 33: "Criticised by X and Y, Z's new law took effect", "Urged by X, Y freed ...": an
                # opening participle is said of the main clause's subject; the one judged (praise, criticism,
                # rejection) or asked (appeal, demand) is that subject or its owner ("Welcomed by X, the plan ..." keeps welcome's own sense: no target);
                # a modifier of its compound counts ("the Czech coal plan")
                targets = list(dict.fromkeys(
                    a for s in children(main, SUBJECTS_OR_PASSIVE_SUBJECTS)
                    for a in (ctx.phrase_actors(s)[0] or [m for w in (s, *children(s, {"compound"}))
                                                          for m in self._noun_modifiers(ctx, w)[0]])
                    if a not in sources))
                t_rule = "participle-subject"
            if described and tok.dep_ == "acl" and not targets:
                # "soldiers killed by Chadian troops": the agent did it to the noun described
                targets, t_rule = ctx.phrase_actors(tok.head)[0], "described-noun"
            if described and not targets and (doer := self._told_action_doer(
                    tok.head if tok.dep_ == "acl" else self._told_in(tok))) is not None:
                # real10a: "X scrapped the levy, a decision criticised by Y", "..., in a move branded a "climbdown"
                # by Y": a noun of an action told in the same sentence ("move", "decision") stands for that
                # action, so what is done to it is aimed at its doer, the subject of the verb it hangs on
                # (a person the actor table gives no side, "Minister X announced ...", is still the doer judged)
                doers = self._subject(ctx, doer)[0] or [
                    a for h in children(doer, SUBJECTS) if (a := ctx.token_actor.get(h.i)) and a.startswith("person:")]
                targets, t_rule = [a for a in doers if a not in sources], "told-action-doer"
            if not targets and pattern.preps:
                # "held talks with visiting Prime Minister X": the tagger reads "visiting" as the
                # preposition's complement and X as its object
                preps = [p for holder in [tok, *children(tok, OBJECTS)] for p in children(holder, {"prep"})]
                targets = [a for prep in preps if prep.lower_ in pattern.preps
                           for pc in children(prep, {"pcomp"}) for obj in children(pc, OBJECTS)
                           for a in ctx.phrase_actors(obj)[0] if a not in sources]
                t_rule = "pcomp"
            if not targets:
                # "detained the opposition mayor, Ali Demir": the object named in apposition
                # (or to a word of its phrase: "the mayor of Batumi, Ali Demir")
                # (the subtrees' labels from the table, a token made only for an apposition: speed only)
                named = [obj if k == obj.i else Token(vocab, doc, k) for obj in children(tok, OBJECTS)
                         for k in subtree_indices(obj) if ctx.dep[k] == appos]
                targets = [a for ap in named for a in ctx.phrase_actors(ap)[0] or
                           ([ctx.token_actor[ap.i]] if ap.i in ctx.token_actor else []) if a not in sources]
                t_rule = "appos"
            if not targets:
                # "fired the defence minister [Ivo Tamm]": an editor's bracketed name right after the
                # object (the parser leaves it out of the sentence's tree)
                targets = [a for obj in children(tok, OBJECTS) for a in self._bracketed(ctx, obj) if a not in sources]
                t_rule = "bracketed"
            if tok.lemma_.lower() in STANCE_PASSIVES and is_passive(tok):
                # "Norway is opposed to Swedish arbitration": the subject opposes what "to" names
                stance = self._stance_passive(ctx, tok)
                if stance is not None:
                    (sources, targets), s_rule, t_rule = stance, "stance-passive", "stance-passive"
            if pattern.reverse and not sources and base[:2] in JUDGEMENT_ROOTS:
                # "This drew censure from X", "Her plan met a frosty reception": whose act it was
                sources, s_rule = self.undergoer(ctx, tok, targets), "undergoer"
            if pattern.reverse:
                # "received weapons from X", "faces pressure from X": X does it to the subject
                if not targets or (not sources and base[:2] in JUDGEMENT_ROOTS):
                    continue  # "that drew rebukes from X": a judgement of no one named tells too little
                if not sources and base[:2] in PERSON_TARGET_ROOTS:
                    # "Dahl faces charges in Germany": the one charged may be a private person
                    sources, s_rule = [a for s in children(tok, SUBJECTS) if (a := self._private_person(ctx, s))], \
                        "private-person"
                sources, targets, inherited = targets, sources, False
                s_rule, t_rule = "reverse:" + t_rule, "reverse:" + s_rule  # "from X": X is the doer
            # (a thing the pattern itself names keeps the violent sense: "bombed rebel positions")
            # "A and B attacked each other's plans": each to the other (one event per pair)
            mutual = not targets and len(sources) > 1 and self._mutual(tok)
            if mutual:
                # one party per conjunct ("opposition leader Kull and Sepp": Kull and Sepp, not his party)
                heads = [h for s in children(tok, SUBJECTS) for h in (s, *s.conjuncts)]
                sources = list(dict.fromkeys(a for h in heads if (a := ctx.token_actor.get(h.i))))
                s_rule = "mutual"
                mutual = len(sources) > 1
            things = [o for o in children(tok, OBJECTS) if o.lemma_.lower() in ABSTRACT_OBJECTS - pattern.objects
                      and o.lower_ not in CONCRETE_PLURALS]
            if tok.lemma_.lower() in RECOGNITION_VERBS and not mood.startswith("refused") \
                    and recognises_a_fact(tok, ctx.token_actor):
                # round 39 (evsense39): "recognise the strain on budgets": a fact owned, no recognition;
                # "recognised the efforts of X": praise of X (sense.py). A refusal to recognise a tally or a
                # decision stays a rejection (12): what is refused is a measure, not a fact
                if not (targets and recognises_a_merit(tok)):
                    continue
                base = PRAISE_CODE
            if base[:2] in VIOLENT_ROOTS and targets and told_in_words(tok, ctx.token_actor, ctx.actors):
                # round 39 (evsense39): "attacked X, saying ...", "attacked X for failing to ...", "in a
                # speech": told as words, criticism of X whoever attacks (a state's leader too; sense.py)
                base = VERBAL_ATTACK_CODE
            if base[:2] == THREAT_CODE[:2] and tok.lemma_.lower() in WARNING_VERBS and warns_of_a_danger(tok):
                # round 39 (evsense39): "warned X about the dangers of ...", "warned X they were in danger
                # of ...": a harm foretold, no threat; a rebuke of the one warned, none when no one is
                if not targets:
                    continue
                base = VERBAL_ATTACK_CODE
            if mutual and base[:2] in VIOLENT_ROOTS and not self._forceful(ctx, tok, sources):
                base = VERBAL_ATTACK_CODE  # words, as below
            elif base[:2] in VIOLENT_ROOTS and things:
                # "attacked the ministry's plans", "will fight the tariffs": words against a thing,
                # aimed at whoever owns it
                targets = [a for o in things for a in self._noun_modifiers(ctx, o)[0] if a not in sources]
                t_rule = "thing-owner"
                if not targets:
                    continue
                base = VERBAL_ATTACK_CODE
            if tok.lemma_.lower() in NAMING_AS_VERBS:
                # "viewed the levy as a breach": judged by the name given; "viewed the site": nothing
                judged = self._named_as(tok)
                if judged is None or not (code_of := self._named_stance(judged)):
                    continue
                base = code_of
            elif tok.lemma_.lower() in NAMING_VERBS and (judged := self._naming(tok)) is not None:
                # "called the vote a sham": what the speaker thinks of the object, not a phone call
                if not (code_of := self._named_stance(judged)):
                    continue
                base = code_of
            elif tok.lemma_.lower() in NAMING_VERBS and any(
                    o.lemma_.lower() in _ABSTRACT_OBJECTS_OR_SAID_NOUNS_OR_TOLD_ACTION_NOUNS and o.i not in ctx.token_actor
                    for o in children(tok, OBJECTS)):
                continue  # "called Vidal's remarks ... 'fatuous'" with the name misparsed: no one is phoned
            if pattern.objects == MEASURES and " ".join(filter(None, (pattern.lemma, pattern.particle))) in VOIDING_VERBS \
                    and any(o.lemma_.lower() in MEASURES for o in children(tok, OBJECTS)):
                # (a passive, "that ruling was overturned by X", keeps the pattern's own target: the ruling told before)
                # evnone53: "struck down the government's law" rejects the law's owner (its possessor, a
                # "by"/"of" side), not the side the law is about ("the ban on Chinese apps")
                # (the subject's own actor: a state's court voiding its government's law is two sides)
                sources = [own for s in children(tok, SUBJECTS) if (own := ctx.token_actor.get(s.i))] or sources
                owners = [a for o in children(tok, OBJECTS) if o.lemma_.lower() in MEASURES
                          for a in measure_owners(ctx, o) if a not in sources]
                targets = [a for a in targets if a in owners] or owners
                if not targets:
                    continue
            if not targets and base[:2] in JUDGEMENT_ROOTS:
                targets, t_rule = self.thing_targets(ctx, tok, sources), "thing-owner"  # "criticised Kull's remarks": their owner
            if base == BOMBING_CODE and tok.lemma_.lower() in AIR_STRIKE_VERBS and sources and all(
                    (a := ctx.actors.get(s)) is not None and (a.kind == "state" or a.sector in ARMED_FORCE_SECTORS)
                    for s in sources):
                base = AIR_STRIKE_CODE  # "Estonian jets bombed the town": a state's strike, not a car bomb
            if base == COMPLAINT_CODE and sources and all(self._crowd(ctx, a) for a in sources):
                base = DEMONSTRATION_CODE  # "students protested against the ruling": they demonstrated
            if base[:2] in VIOLENT_ROOTS and not self._forceful(ctx, tok, sources):
                # "Howard launched an attack on ...": a civilian's attack is made of words
                if not targets and not mutual:
                    continue
                base = VERBAL_ATTACK_CODE
            if mood == "intent" and base[:2] in OCCASION_DIRECTIVE_ROOTS and tok.lemma_.lower() in OCCASION_DIRECTIVES \
                    and tok.tag_ in OCCASION_FORMS:
                # round 37: "said he will ask Peru to reopen ...": an asking still to come, a plan. Only the
                # verb's own base or -ing form ("would urge", "will be asking"): "said it would close its border and
                # urged Y to ..." joins a past asking, made, to a future verb
                continue
            if mood == "intent" and base[:2] in PROMISED_SPEECH_ROOTS and _promised(read):
                # evfact51: "agreed to condemn X", "pledged to investigate Y": the verbal act is not yet made.
                # An inquiry or a statement promised is the promise verb's own 030 (aimed at the promised
                # act's side); a criticism or a rejection promised is no cooperation: nothing at all
                if base[:2] in HOSTILE_SPEECH_ROOTS:
                    unmade.add(i)
                continue
            code = recode(self.lexicon, base, mood)
            if code is None:
                continue
            if tok.tag == TAG_VBN and not any(c.dep in DEPS_AUX_AUXPASS for c in kids_of(tok)) and (
                    tok.dep_ == "ROOT" or any(c.dep_ in SUBJECTS for c in kids_of(tok))) and not any(
                    c.dep_ == "prep" and c.lower_ in pattern.preps for c in kids_of(tok)):
                # (not with the pattern's own preposition: "protesters protested against X" tagged VBN
                # is active, the one a passive acts on has no "against")
                # a passive without "be": the headline's "BNP leader Nick Griffin arrested", or "with
                # five soldiers killed by X" -- the subject underwent it, and the "by" agent did it
                agents = [a for agent in children(tok, {"agent"}) for pobj in children(agent, {"pobj"})
                          for a in ctx.phrase_actors(pobj)[0]]
                sources, targets, inherited = agents, sources, False
                s_rule, t_rule = "agent", s_rule  # the "by" agent did it to the subject
            code = self._riot(ctx, code, sources, targets)  # "protesters stormed the parliament"
            end = tok.idx + len(tok)
            for c, dep in labelled_kids(tok):
                if dep == "prt" and c.lower_ == pattern.particle:
                    end = max(end, c.idx + len(c))
            conf = (self.conf.pattern - (self.conf.inherited if inherited else 0)
                    - (self.conf.subordinate if tok.dep in SUBORDINATE_DEPS_IDS else 0))
            # round 42 (evsense42): "defended the measures": a measure stood by, aimed at no one named
            aimless = code in OWN_ACTION_CODES and stands_by_a_measure(tok)
            if aimless:
                targets = [t for t in targets if t not in sources]  # "defended the government's package": its own
            found.append((tok, Found(code, sources, targets,
                                     (pattern.symmetric or mutual) and mood in {"done", "intent"},
                                     sent, (tok.idx, end), tok, conf,
                                     needs_target=pattern.needs_target and not mutual and not aimless,
                                     source_rule=s_rule if sources else "", target_rule=t_rule if targets else "",
                                     reverse=pattern.reverse)))
        # "agreed to lift sanctions": the promise is coded from the complement; drop the bare "agree"
        coded = {tok.i for tok, _ in found} | unmade  # (evfact51: a promised criticism stills its promise)
        roots = {tok.i: f.code[:2] for tok, f in found}
        # a noun's event is told by the verb of its clause too ("air strikes hit ...", "exchanged fire")
        lent: dict[int, int] = {}  # round 35: verb -> the noun whose root it was lent (below)
        for tok, f in found:
            if tok.pos_ != "VERB" and (verb := clause_verb(tok)) is not None:
                if verb.i not in roots:
                    lent[verb.i] = tok.i
                roots.setdefault(verb.i, f.code[:2])
        for tok, f in found:
            if tok.lemma_.lower() in FIGURATIVE_FIGHT_NOUNS and f.targets:
                # round 35: "Israel's war on UNRWA": a war on no state and no armed group is a campaign
                f.targets = [t for t in f.targets if self._war_side(ctx, t)]
                if not f.targets:
                    continue
            if tok.lemma_.lower() in _INTENT_HEADS_OR_PLAN_HEADS and any(c.i in coded for c in kids_of(tok)
                                                          if c.dep_ in {"xcomp", "ccomp"}):
                continue
            # "wounded in a drone raid", "wounded, shelling": the same deed told twice
            told_by = (tok.head if tok.dep == DEP_ADVCL else
                       tok.head.head if tok.dep == DEP_POBJ and tok.head.lower in DEED_PREPS_IDS else None)
            told_root = roots.get(told_by.i) if told_by is not None else None
            if told_by is not None and told_by.i not in coded and lent.get(told_by.i) == tok.i \
                    and self._doer_on_noun(ctx, tok):
                # round 35: "died in an Israeli air strike", "were hurt in a raid on X": a verb with no
                # pattern of its own only carries the noun's root, lent to it above; the noun is not
                # the same deed told twice by itself (with its doer named on it: the subject of "died"
                # is the victim, never the doer)
                told_root = None
                if not f.targets:
                    # "Seven Malian soldiers died in a French drone strike on Gao": with no side named
                    # on the noun, those it hit are the verb's subject (as "killed in ..." gives them)
                    # (a group stands for its state, "Afghan villagers"; "three civilians", of no
                    # state, leave the side to the place the strike hit, "on Gaza")
                    victims = [v for s in children(told_by, SUBJECTS_OR_PASSIVE_SUBJECTS)
                               for a in ctx.phrase_actors(s)[0] if (v := self._victim(ctx, a)) and v not in f.sources]
                    if victims:
                        f.targets, f.target_rule = victims, "victims"
            # ("hit the villages, killing five people": the victims, a group named by a common noun
            # only, add no one to the deed)
            unnamed = not f.targets or all(self._unnamed(ctx, t) for t in f.targets)
            if told_root and unnamed and (told_root == f.code[:2] or {told_root, f.code[:2]} <= VIOLENT_ROOTS):
                continue
            yield f
        yield from self.demand_events(ctx, sent)
        yield from self.quoted_demand_events(ctx, sent)
        yield from self.wish_events(ctx, sent)

    def _struck(self, ctx: Context, verb: Token) -> list[str]:
        """Who a verb of impact hit: the actors of its object, else the state its object lies in
        ("hit several villages in southern X")."""
        for obj in children(verb, OBJECTS):
            found, _ = ctx.phrase_actors(obj)
            if found:
                return found
            where = self.location(ctx, obj)
            if where is not None and where.country:
                return [where.country]
        return []

    @staticmethod
    def _legal_body(ctx: Context, verb: Token, actor_id: str) -> bool:
        """A source that is a body of the police, prosecutors or the courts (named in the verb's
        subject, whose id may be its state's)."""
        if any(s.lemma_.lower() in LEGAL_BODIES for s in children(verb, SUBJECTS)):
            return True  # "British police charged ...", "prosecutors in Oslo charged ..."
        subjects = [t for s in children(verb, SUBJECTS) for t in s.subtree]
        return any((a := ctx.actors.get(ctx.token_actor.get(t.i))) is not None and a.sector in LEGAL_SECTORS
                   and ctx.political(a.id) == actor_id for t in subjects)

    @staticmethod
    def _crowd(ctx: Context, actor_id: str) -> bool:
        """A group of people who are no one's officials: protesters, students, workers."""
        actor = ctx.actors.get(actor_id)
        return actor is not None and actor.kind == "group" and actor.sector in CROWD_SECTORS

    @classmethod
    def _riot(cls, ctx: Context, code: str, sources: list[str], targets: list[str]) -> str:
        """Round 52 (codes.yaml crowd_force_roots): force (18, 19) by a crowd on a side named as its target
        is a violent protest, a riot (145); any other code, or force with no target, stays as it is."""
        if code[:2] in CROWD_FORCE_ROOTS and targets and sources and all(cls._crowd(ctx, a) for a in sources):
            return RIOT_CODE
        return code

    @staticmethod
    def _conditional(tok: Token) -> bool:
        """A word inside a clause of condition ("if ...", "whether ...") of its sentence."""
        node = tok
        for _ in range(6):
            if any(dep == "mark" and c.lower_ in CONDITIONALS for c, dep in labelled_kids(node)):
                return True
            if node.head == node:
                return False
            node = node.head
        return False

    @staticmethod
    def _war_side(ctx: Context, actor_id: str) -> bool:
        """Round 35: whether a war can be fought on an actor: a state or an armed group or body
        (arguments.yaml war_side_sectors), not an agency, a broadcaster or a party."""
        actor = ctx.actors.get(actor_id)
        return actor is None or actor.kind == "state" or (actor.sector or "").lower() in WAR_SIDE_SECTORS

    @staticmethod
    def _victim(ctx: Context, actor_id: str) -> str | None:
        """Round 35: the side a strike hit through one of its victims: a state, a body or a person as
        named; a group ("Afghan villagers") its state, none where it has none ("civilians")."""
        actor = ctx.actors.get(actor_id)
        if actor is not None and actor.kind == "group":
            return actor.country or None
        return actor_id

    @staticmethod
    def _unnamed(ctx: Context, actor_id: str) -> bool:
        """A group named by a common noun only ("people", "five civilians"): no one in particular."""
        actor = ctx.actors.get(actor_id)
        return actor is not None and actor.kind == "group" and actor.name == actor.name.lower()

    @staticmethod
    def _named_as(verb: Token) -> Token | None:
        """The name an "as" gives a naming-as verb's object, on the verb or on the object ("viewed
        the move as a breach"); None for none ("viewed the site", "as" a time: no pobj)."""
        for holder in [verb, *children(verb, OBJECTS)]:
            for prep in children(holder, {"prep"}):
                if prep.lower_ == "as":
                    for pobj in children(prep, {"pobj"}):
                        # the name's own adjective ("as a grave breach"), not one deeper in a clause on
                        # it ("as a measure contradicting the legal basis": the whole name judges)
                        return next((w for w in kids_of(pobj) if w.dep_ == "amod" and w.pos_ == "ADJ"), pobj)
                    if (name := _as_adjective(prep)) is not None:
                        return name
        # (round 41: 'described X's decision to close the grounds as "unjustified"': the parser may hang a
        # bare adjective's "as" on the object's own clause, which no adjective names)
        for clause in (c for o in children(verb, OBJECTS) for c in kids_of(o) if c.dep_ == "acl"):
            for prep in children(clause, {"prep"}):
                if prep.lower_ == "as" and not any(children(prep, {"pobj"})) \
                        and (name := _as_adjective(prep)) is not None:
                    return name
        return _as_adjective_on_object(verb)

    @staticmethod
    def _label_by(verb: Token) -> bool:
        """Whether a naming verb's object (the name it gives) carries a "by" phrase: "branded a farce by X"."""
        return any(p.lower_ == "by" for obj in children(verb, OBJECTS) for p in children(obj, {"prep"}))

    @staticmethod
    def _told_in(verb: Token) -> Token | None:
        """The told-action noun of an "in a move" phrase on ``verb`` ("in a move branded ..." parsed with the
        phrase on the participle), or None."""
        return next((o for p in children(verb, {"prep"}) if p.lower_ == "in" and p.i < verb.i
                     for o in children(p, {"pobj"}) if o.lemma_.lower() in TOLD_ACTION_NOUNS), None)

    @staticmethod
    def _told_action_doer(noun: Token | None) -> Token | None:
        """The verb whose action a told-action noun ("move", "decision", lexicon TOLD_ACTION_NOUNS) names, where the
        noun is an aside on that verb's clause: "X scrapped the levy, a decision ...", "X scrapped it in a move ...";
        None otherwise (not "the decision was criticised": that one names an action told before)."""
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in TOLD_ACTION_NOUNS:
            return None
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
            verb = verb.head
            if verb.dep_ == "advcl" and verb.lemma_.lower() in NAMING_VERBS:
                verb = verb.head  # (the phrase hung on the naming participle itself: _told_in)
        elif noun.dep_ not in {"npadvmod", "appos", "advmod"} and not (
                # ("Greece closed the crossing, a decision ...": the small parser may read the aside as a second object)
                noun.dep_ == "dobj" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
                and any(o.i < noun.i for o in children(verb, {"dobj"}) if o is not noun)):
            return None
        return verb if verb.pos_ in {"VERB", "AUX"} and verb.i < noun.i else None

    @staticmethod
    def _naming(verb: Token) -> Token | None:
        """The word a naming verb gives its object ("called the vote unfair", "described it as a
        sham"): an object predicate, an "as" object or a clause complement; None for no such word."""
        for c in kids_of(verb):
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c)):
                continue  # "called on X to open the border": what X is asked to do, no name given
            if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}:
                # the name, not a word of the one named ("branded [Labour's new posters] offensive")
                named = {k for s in children(c, SUBJECTS) for k in subtree_indices(s)}
                return next((w for w in c.subtree if w.pos_ == "ADJ" and w.i not in named), c)
            if c.dep_ == "prep" and c.lower_ == "as":
                for pobj in children(c, {"pobj"}):
                    return next((w for w in pobj.subtree if w.pos_ == "ADJ"), pobj)
                if (name := _as_adjective(c)) is not None:
                    return name
        for obj in children(verb, OBJECTS):
            for c in kids_of(obj):
                if c.dep_ in {"oprd", "amod"} and c.i > obj.i:
                    return c
        return None

    def stance_code(self, word: Token) -> str | None:
        """The code of a stance word, by its lemma or as written ("lied", "rigged": the lemma "lie" or
        "rig" is no stance word)."""
        return self.stance.get(word.lemma_.lower()) or self.stance.get(word.lower_)

    def _named_stance(self, judged: Token) -> str | None:
        """The code of the name a naming verb gives: its own stance word ("reckless"), else the first
        word of its phrase that judges ("a grave mistake", "a judicial coup"), else a verdict of
        judgements.yaml ("branded the posters offensive"); None for a neutral or negated name
        ("called the talks useful", "not a mistake")."""
        if code := self.stance_code(judged):
            return code
        phrase = judged.head if judged.dep_ == "amod" else judged  # "grave" -> "a grave mistake"
        words = list(phrase.subtree)
        if any(w.dep_ == "neg" or w.lower_ in {"no", "not", "never"} for w in words):
            return None
        for w in words:
            lemma = w.lemma_.lower()
            if code := self.stance_code(w):
                return code
            if lemma in NAMING_REJECTION or w.lower_ in NAMING_REJECTION:
                return REJECT_CODE  # "called the charges baseless": the claim is rejected
            if lemma in NAMING_CRITICISM or w.lower_ in NAMING_CRITICISM or (lemma in HARM_VERBS and w.pos_ == "VERB"):
                # (a name that says the thing does harm: "a measure undermining the talks")
                return VERBAL_ATTACK_CODE
            if lemma in NAMING_PRAISE or w.lower_ in NAMING_PRAISE:
                return PRAISE_CODE
        # a verdict a quotation could pass on it (judgements.yaml): "branded the posters offensive",
        # "called the scheme a terrible waste", "described the decision as the right call"
        return self.verdict_of(words)  # type: ignore[attr-defined]

    @staticmethod
    def _bracketed(ctx: Context, obj: Token) -> list[str]:
        """The actors named in brackets just after a phrase ("the minister [Ivo Tamm]")."""
        end = max(subtree_indices(obj)) + 1
        doc = obj.doc
        if end >= len(doc) or doc[end].text not in {"[", "("}:
            return []
        found: list[str] = []
        for w in doc[end + 1:min(len(doc), end + 8)]:
            if w.text in {"]", ")"}:
                return found
            if (a := ctx.token_actor.get(w.i)) is not None and a not in found:
                found.append(a)
        return []

    @staticmethod
    def _mutual(tok: Token) -> bool:
        """Whether a verb's object is "each other" / "one another" or owned by it ("attacked each
        other's policies"): several named together do it to one another, a joint act."""
        return any(w.lower_ in RECIPROCAL_WORDS and w.i > 0 and w.doc[w.i - 1].lower_ in RECIPROCAL_DETERMINERS
                   for obj in children(tok, OBJECTS) for w in obj.subtree)

    def joining(self, ctx: Context, out: list[Event], f: Found) -> None:
        """"Y joined X in cutting aid" with no one named to cut it to: Y cuts it to the target of X's
        latest act of that root told before (arguments.yaml joining_verbs; X's own act is that one).
        Nothing without such an act told."""
        tok = f.anchor
        if f.targets or tok.dep != DEP_PCOMP or tok.head.lower != WORD_IN or \
                tok.head.head.lemma_.lower() not in JOINING_VERBS:
            return
        join = tok.head.head
        joined = [a for o in children(join, OBJECTS) for a in ctx.phrase_actors(o)[0]]
        sources, inherited = self._subject(ctx, join)
        sources = [a for a in sources if a not in joined]
        if inherited or not sources or not joined or is_negated(join) or modality(join) != "done":
            return
        targets = next(([e.target] for e in reversed(out) if e.source in joined and e.target
                        and e.root == f.code[:2] and e.target not in sources), [])
        if targets:
            f.sources, f.targets = sources, targets

    def wish_events(self, ctx: Context, sent: Span) -> Iterator[Found]:
        """"X wants Y to ...": X appeals to Y, whether Y parses as the object or the clause's subject;
        "X ordered Y to ..." (modality.yaml order_heads, round 32): X demands it of Y."""
        for tok in _wish_clauses(ctx, sent):  # (the clauses that may be coded: speed only)
            head = tok.head.lemma_.lower()
            if tok.dep_ not in {"xcomp", "ccomp"} or (head not in WISH_HEADS and head not in ORDER_HEADS) or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)):
                continue
            wisher = tok.head
            if is_negated(wisher) or modality(wisher) == "none":
                continue
            asked = list(children(wisher, OBJECTS)) if tok.dep_ == "xcomp" else list(children(tok, SUBJECTS))
            targets: list[str] = []
            for a in asked:
                targets, _ = ctx.phrase_actors(a)
            if head in ORDER_HEADS and wisher.dep_ == "xcomp" and (
                    wisher.head.lemma_.lower() in ENTITLEMENT_ADJECTIVES or wisher.head.lower_ in ENTITLEMENT_ADJECTIVES):
                continue  # "X is entitled to expect Y to ...": a right, not a demand made (round 32)
            sources, inherited = self._subject(ctx, wisher)
            if head in ORDER_HEADS and _commands(ctx, sources, asked):
                continue  # "ordered troops to withdraw": command of one's own, no demand (round 32)
            if targets and sources:
                conf = self.conf.pattern - self.conf.inherited - (self.conf.inherited if inherited else 0)
                yield Found(DEMAND_CODE if head in ORDER_HEADS else APPEAL_CODE, sources, targets, False, sent,
                             (wisher.idx, wisher.idx + len(wisher)), wisher, conf,
                             source_rule="wish:subject", target_rule="wish:asked")

    def demand_events(self, ctx: Context, sent: Span) -> Iterator[Found]:
        """"X said (that) Y must ...": X demands of Y; "X said Y should have ...": X criticises Y."""
        for tok in _demand_clauses(ctx, sent):  # (the clauses that may be coded: speed only)
            if tok.dep_ != "ccomp":
                continue
            head = tok.head.lemma_.lower()
            kept = head in CUSTODY_HEADS and any(p.lower_ == "in" and any(
                o.lemma_.lower() in CUSTODY_PLACES for o in children(p, {"pobj"})) for p in children(tok, {"prep"}))
            if head not in DEMAND_HEADS and not kept:
                continue
            auxiliaries = [c for c, dep in labelled_kids(tok) if dep == "aux"]
            code = DEMAND_CODE
            modal = None
            if kept:
                # "ruled that X should remain in jail", "ordered that X be held in custody": the
                # court keeps X detained (no modal needed: "be held" is a subjunctive)
                modal, code = tok.head, CUSTODY_CODE
            if not kept and any(c.lower_ == "have" for c in auxiliaries):
                # "should have acted": a reproach for what was not done, not a demand
                modal = next((c for c in auxiliaries if c.lower_ in REPROACH_MODALS), None)
                code = VERBAL_ATTACK_CODE
            if modal is None:
                modal = next((c for c in auxiliaries if c.lower_ in DEMAND_MODALS), None)
                code = DEMAND_CODE
            if modal is None and tok.lemma_.lower() in APPEAL_NEEDS and any(
                    a.dep_ == "aux" and a.lower_ == "to" for x in children(tok, {"xcomp"}) for a in kids_of(x)):
                modal, code = tok, APPEAL_CODE  # "said Y needed to listen": an appeal to Y
            if modal is None or any(ctx.lower[k] in _CONDITIONAL_IDS for k in subtree_indices(tok) if ctx.dep[k] == mark):
                continue
            if code == DEMAND_CODE and _given_not_asked(tok):
                # round 31: "said farmers should be able to sell direct", "should expect the plan to
                # be rewritten", "should act as eyes and ears": an entitlement, a forecast or a role
                # for Y, nothing asked of Y (modality.yaml entitlement_adjectives ...)
                continue
            if code == DEMAND_CODE and is_passive(tok):
                # "the refugees must not be forced to ...", "X must not be forced to win": a demand of
                # whoever would force or allow, unnamed; the passive subject is not the one asked (round 16)
                continue
            sources, inherited = self._subject(ctx, tok.head)
            s_rule = "demand:subject"  # provenance (Found.source_rule)
            if not sources:
                sources, s_rule = self.cue_speaker(ctx, tok.head), "demand:cue_speaker"  # type: ignore[attr-defined]  # "..., he said"
            targets: list[str] = []
            for s in children(tok, SUBJECTS_OR_PASSIVE_SUBJECTS):
                targets, first_person = ctx.phrase_actors(s)
                if first_person or (s.pos_ == "PRON" and s.lower_ in FIRST_PERSON):
                    targets = [""]  # "we must ...": a resolve, not a demand of anyone
                elif s.pos_ == "PRON" and _speaker_himself(ctx, tok, s):
                    targets = [""]  # round 33: '"He must explain himself," X said': "he" is not X
            if targets == [""] or not targets:
                continue  # "support must respond to needs": a demand of no one named
            if sources:
                conf = self.conf.pattern - self.conf.inherited - (self.conf.inherited if inherited else 0)
                yield Found(code, sources, targets, False, sent, (modal.idx, tok.idx + len(tok)), tok, conf,
                            source_rule=s_rule, target_rule="demand:asked")

    def quoted_demand_events(self, ctx: Context, sent: Span) -> Iterator[Found]:
        """Round 32: a sentence of a direct quotation whose own main verb says what another must or
        should do ('"The minister should resign."', its speaker found by the quotes stage in the
        sentence or paragraph before): the speaker demands it of that one, as "X said Y should ..."
        (demand_events) does when the cue shares the sentence. Not a question, a condition, a
        reproach ("should have"), an entitlement, a passive, or a demand of the speaker's own side."""
        if not in_sentence(sent, token_indices(ctx.doc, LOWER, DEMAND_MODALS)):
            # (speed17: no demand modal in the sentence, so none among the root's auxiliaries, and
            # ``modal`` below is None: no sent.root walk for it; speed only, arrays.in_sentence)
            return
        tok = sent.root
        if tok.pos_ not in {"VERB", "AUX"} or quoted_question(ctx.text, sent) or \
                not ctx.in_direct_quote(tok.idx) or not (speaker := ctx.speaker(ctx.quote_at(tok.idx))):
            return
        auxiliaries = [c for c, dep in labelled_kids(tok) if dep == "aux"]
        modal = next((c for c in auxiliaries if c.lower_ in DEMAND_MODALS), None)
        if modal is None or modal.i < min((s.i for s in children(tok, SUBJECTS)), default=modal.i + 1) \
                or any(c.lower_ == "have" for c in auxiliaries) or is_passive(tok) or _given_not_asked(tok) \
                or any(c.lower_ in CONDITIONALS for c in tok.subtree if c.dep_ == "mark"):
            return
        targets: list[str] = []
        for s in children(tok, SUBJECTS):
            targets, first_person = ctx.phrase_actors(s)
            if first_person or (s.pos_ == "PRON" and s.lower_ in FIRST_PERSON) or (
                    s.pos_ == "PRON" and _speaker_himself(ctx, tok, s)):
                return  # "we must ...": a resolve, not a demand of anyone; "he" is not the speaker
        targets = [t for t in targets if t != speaker]
        if targets:
            yield Found(DEMAND_CODE, [speaker], targets, False, sent, (modal.idx, tok.idx + len(tok)), tok,
                        self.conf.pattern - self.conf.inherited, source_rule="quote-speaker", target_rule="demand:asked")

    def _stance_words(self, ctx: Context) -> list[int]:
        """The indices, in order, of the document's words that may have a stance code: their lemma,
        lower-cased, or their form is in the stance lexicon (the words stance_events reads). Found
        from the doc's arrays once per document; each distinct lemma and form is looked up once per
        coder, not each word (speed only: the same words as looking up each)."""
        if ctx.stance_words is not None:
            return ctx.stance_words
        table, strings = token_table(ctx.doc), ctx.doc.vocab.strings
        mask = np.zeros(len(ctx.doc), dtype=bool)
        for k, ids in enumerate((table.lemma_ids, table.lower_ids)):
            # [the ids looked up, those that may have a code, the latter as a sorted array]
            seen, hits, sorted_hits = self._stance_ids[k]
            if len(seen) > 200_000:  # a long run meets ever new words: bounded memory
                seen.clear()
            # (a set: the order of the look-ups changes no answer; of the column's distinct ids, as is_in
            # keeps them for the doc: speed only)
            new = set(distinct(ids).tolist()).difference(seen)
            seen.update(new)
            # (as stance_events reads a word's code: the lemma's when it is one, else the form's if any)
            found = [x for x in new if (bool(self.stance.get(strings[x].lower())) if k == 0
                                        else self.stance.get(strings[x]) is not None)]
            if found:
                hits.update(found)
                sorted_hits = np.array(sorted(hits), dtype=np.uint64)
                self._stance_ids[k] = (seen, hits, sorted_hits)
            mask |= is_in(ids, sorted_hits)
        ctx.stance_words = mask.nonzero()[0].tolist()
        return ctx.stance_words

    def stance_events(self, ctx: Context, sent: Span) -> Iterator[Found]:
        # The words from the doc's arrays, a token object only for a stance word; the code of each
        # (lemma, form) pair is looked up once per coder, not once per word (speed only).
        doc, strings, known = sent.doc, sent.doc.vocab.strings, self._stance_codes
        words = self._stance_words(ctx)
        for i in words[bisect.bisect_left(words, sent.start):bisect.bisect_left(words, sent.end)]:
            ids = ctx.lemma[i], ctx.lower[i]
            code = known.get(ids, "")
            if code == "":
                if len(known) > 200_000:  # a long run meets ever new words: bounded memory
                    known.clear()
                code = known[ids] = self.stance.get(strings[ids[0]].lower()) or self.stance.get(strings[ids[1]])
            if code is None:
                continue
            tok = doc[i]
            quote = ctx.quote_at(tok.idx)
            speaker = ctx.speaker(quote)
            if speaker is None or is_negated(tok) or is_negated(tok.head):
                continue
            if self._conditional(tok):
                continue  # "if they come in a constructive spirit, ...": a condition, no judgement
            if tok.pos_ == "ADV" and any(a.tag_ == "MD" for a in kids_of(tok.head)):
                # round 37: a manner adverb on a deed told with a modal ("will spend the money wisely",
                # "should act responsibly") judges a deed not done: a promise or a wish, no verdict
                continue
            if tok.dep_ in OBJECTS and tok.head.pos_ == "VERB" and head_lemma(tok.head) in PROPOSING_VERBS:
                # round 32: "proposed a U.N. crackdown on X": a deed proposed, not one judged (its doer,
                # the U.N., is accused of nothing)
                continue
            # round 26: "the government was authoritarian" with no state in the phrase: the state named
            # before, else the speaker's own; a politician's judgement of its own state's government is
            # the politician's (evaluative.py)
            body = self.body_about(ctx, tok, speaker)  # type: ignore[attr-defined]
            sources, targets = self.judge_of(ctx, quote, speaker, self._about(ctx, tok) or body, body)  # type: ignore[attr-defined]
            if targets:
                yield Found(code, sources, targets, False, sent, (tok.idx, tok.idx + len(tok)), tok,
                            self.conf.stance, quote, source_rule="quote-speaker", target_rule="stance:about")


def measure_owners(ctx: Context, measure: Token) -> list[str]:
    """evnone53: whose measure a voided one is: its possessor or modifier ("President X's decree", "the
    Polish law"), the object of "of" or "by" on it ("the decree of X", "the law passed by X"); never the
    side named after "on" or "against" ("the ban on Chinese apps" is not China's)."""
    found: list[str] = []
    heads = [c for c in kids_of(measure) if c.dep_ in {"poss", "compound", "amod"}]
    # ("the ministry's visa rules": the possessor parsed on the compound)
    heads += [p for c in heads if c.dep_ == "compound" for p in kids_of(c) if p.dep_ == "poss"]
    heads += [o for c in kids_of(measure) if c.dep_ == "prep" and c.lower_ in {"of", "by"} for o in children(c, {"pobj"})]
    heads += [o for c in kids_of(measure) if c.dep_ == "acl" for a in children(c, {"agent"}) for o in children(a, {"pobj"})]
    for h in heads:
        # (the word's own actor first: a person named as the owner is that person, not his state)
        own = ctx.token_actor.get(h.i)
        found += [a for a in ([own] if own else ctx.phrase_actors(h)[0]) if a not in found]
    return found


def _as_adjective(prep: Token) -> Token | None:
    """Round 41 (evsay41): the adjective an "as" with no noun gives ("described the levy as reckless",
    'as "unfair and unacceptable"': the parser hangs the adjective on "as" itself, not as its object)."""
    return next((w for w in kids_of(prep) if w.pos_ == "ADJ" and w.dep_ in _AS_ADJECTIVE_DEPS), None)


def _as_adjective_on_object(verb: Token) -> Token | None:
    """Round 41 (evsay41): "described the move as deeply irresponsible" parsed with the adjective on the
    object and "as" on the adjective: that adjective is the name given."""
    return next((c for o in children(verb, OBJECTS) for c in kids_of(o)
                 if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > o.i
                 and any(a.lower_ == "as" for a in kids_of(c))), None)


_AS_ADJECTIVE_DEPS = frozenset({"amod", "acomp", "pcomp", "oprd", "advmod"})


def _speaker_himself(ctx: Context, verb: Token, pronoun: Token) -> bool:
    """Round 33: a third-person pronoun in a direct quotation that the actors stage read as the
    quotation's own speaker ('"He must explain himself," Gatdula said'): in their own words a speaker
    says "I", so "he" is someone else, whom no rule has named."""
    if not ctx.in_direct_quote(verb.idx):
        return False
    q = ctx.quotes[ctx.quote_at(verb.idx)].speaker  # type: ignore[index]
    return q is not None and q.actor is not None and ctx.token_actor.get(pronoun.i) == q.actor


def _third_party_subject(tok: Token) -> tuple[Token | None, bool]:
    """The nearest subject above a noun, climbing at most four heads ("Qatar offered to host talks"):
    who offers or plans the act the noun names; and whether a head of intent or plan ("offered",
    "plans") lies on the way."""
    node, intended = tok, False
    for _ in range(4):
        if node.head is node:
            return None, intended
        node = node.head
        intended = intended or head_lemma(node) in _INTENT_HEADS_OR_PLAN_HEADS
        subject = next((c for c in kids_of(node) if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject, intended
    return None, intended


def withholds_information(verb: Token) -> bool:
    """Round 36: the complement of a refusal that withholds information ("declined to give details",
    "refused to name the buyers", "declined to be drawn on ..."; modality.yaml disclosing_verbs,
    giving_verbs, information_nouns, drawn_verbs): silence, as "declined to comment", no rejection."""
    lemma = verb.lemma_.lower()
    if lemma in DISCLOSING_VERBS:
        return True
    if lemma in DRAWN_VERBS:
        return any(c.dep_ == "auxpass" for c in kids_of(verb))
    return lemma in GIVING_VERBS and any(
        c.dep_ in OBJECTS and c.lemma_.lower() in INFORMATION_NOUNS for c in kids_of(verb))


def leaves_open(verb: Token) -> bool:
    """Round 57: the complement of a refusal that excludes ("refused to rule out a rival offer", "declined to
    exclude elections"; modality.yaml excluding_verbs): the thing stays open, no one is rejected."""
    lemma = verb.lemma_.lower()
    return lemma in EXCLUDING_VERBS or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in EXCLUDING_VERBS for c in kids_of(verb))


def _reduced_relative(verb: Token) -> bool:
    """Round 32 (pool_events block 2): "Two Red Cross workers abducted last month are still being held":
    the parser reads the participle that describes the workers as a past tense with the workers as its
    subject, and the sentence's own verb as a conjunct with no "and" and no subject. The subject is
    then the one the deed was done to, never its doer. Such a verb has no object, no "and" of its
    own, and a later conjunct with an auxiliary ("are ... being held") and no subject."""
    if verb.tag != TAG_VBD or not any(c.dep == DEP_NSUBJ for c in kids_of(verb)) or any(
            c.dep in OBJECTS_IDS or c.dep in DEPS_CC_AGENT for c in kids_of(verb)):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
               and not any(s.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS for s in kids_of(c))
               and any(a.dep_ in {"aux", "auxpass"} for a in kids_of(c)) for c in kids_of(verb))


def _commands(ctx: Context, sources: list[str], asked: list[Token]) -> bool:
    """Round 32: whether "X ordered / told Y to ..." is X commanding its own (modality.yaml
    commanded_sectors, commanding_sectors): Y is troops or police of X's state or of none named
    ("ordered troops to withdraw"), or X is a government (or its forces) and Y a body of the same
    state ("the president told the finance ministry to release funds"). A court's or a legislature's
    order to a ministry, or an order to another state's army, stays a demand."""
    givers = [k for a in sources if (k := ctx.actors.get(a)) is not None]
    for w in (w for a in asked for w in a.subtree):
        k = ctx.actors.get(ctx.token_actor.get(w.i, ""))
        if k is None:
            continue
        if k.sector in COMMANDED_SECTORS and k.country is None:
            return True
        if any(g.country is not None and g.country == k.country and (
                k.sector in COMMANDED_SECTORS or g.kind == "state" or g.sector in COMMANDING_SECTORS) for g in givers):
            return True
    return False


def quoted_question(text: str, sent: Span) -> bool:
    """The sentence ends in a question mark, before any closing quotation marks (a quoted question
    states no act). Read from the doc's text, not Span.text, which makes a token object of every word
    (speed only)."""
    return text[sent.start_char:sent.end_char].rstrip().rstrip("\"'”’").endswith("?")


def _given_not_asked(verb: Token) -> bool:
    """Round 31: a "Y should ..." clause that gives Y an entitlement ("be able to", "have the right
    to"), tells Y a forecast ("expect ...") or names Y's role ("act as ...") rather than asking a deed
    of Y (modality.yaml entitlement_adjectives, entitlement_objects, forecast_verbs, role_verbs)."""
    lemma = verb.lemma_.lower()
    if lemma in FORECAST_VERBS:
        return True
    if lemma in KNOWING_VERBS:
        # round 40: "Y must realise that ...", "should know that ...": a fact told to Y, no deed asked
        return any(c.dep_ == "ccomp" for c in kids_of(verb))
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in ENTITLEMENT_ADJECTIVES for c in kids_of(verb))
    if lemma == "have":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ENTITLEMENT_OBJECTS for c in kids_of(verb))
    return lemma in ROLE_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids_of(verb))


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_NOTHING_HEADS_OR_REFUSE_HEADS = NOTHING_HEADS | REFUSE_HEADS
# (CONDITIONALS as the table's ids: demand_events reads a subtree's ids, not its tokens; speed only)
_CONDITIONAL_IDS = frozenset(get_string_id(w) for w in CONDITIONALS)
_ABSTRACT_OBJECTS_OR_SAID_NOUNS_OR_TOLD_ACTION_NOUNS = ABSTRACT_OBJECTS | SAID_NOUNS | TOLD_ACTION_NOUNS
_INTENT_HEADS_OR_PLAN_HEADS = INTENT_HEADS | PLAN_HEADS
_PLAN_HEADS_OR_PROPOSING_VERBS = PLAN_HEADS | PROPOSING_VERBS
OCCASION_FORMS = frozenset({"VB", "VBG"})  # round 37: the forms an asking takes after "will"/"would"/"to"


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
ADVERB_PARTICLES_IDS = string_ids(ADVERB_PARTICLES)
DEED_PREPS_IDS = string_ids(DEED_PREPS)
GENERIC_PRONOUNS_IDS = string_ids(GENERIC_PRONOUNS)
MEASURE_PREPS_IDS = string_ids(MEASURE_PREPS)
SUBORDINATE_DEPS_IDS = string_ids(SUBORDINATE_DEPS)


def _promised(read: Reading) -> bool:
    """evfact51 (modality.yaml promised_speech_heads): whether a verb is the act a promise or an agreement
    is made to ("agreed to condemn", "pledged to fund X and then investigate Y", "committed to reviewing"):
    the head of intent that modality's walk climbed to, past conjuncts and a "to" phrase, is a head of
    promise whose complement the clause is (debt52: read from that walk, not walked again)."""
    head = read.intent_head
    return head is not None and read.intent_dep in {"xcomp", "prep"} and head.lemma_.lower() in PROMISED_SPEECH_HEADS
