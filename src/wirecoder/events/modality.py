"""Modality: whether a clause reports a deed, a promise or threat of it, a refusal, or nothing
(negated, possible, conditional, wished for), and what code a pattern gets under it."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from spacy.attrs import LOWER
from spacy.tokens import Token

from ..arrays import indices_between, kids_of, labelled_kids, sentence_bounds, subtree_indices, token_indices
from ..ids import (
    DEP_ACL,
    DEP_ADVCL,
    DEP_ADVMOD,
    DEP_AUX,
    DEP_CCOMP,
    DEP_CONJ,
    DEP_MARK,
    DEP_PREP,
    DEP_RELCL,
    DEP_XCOMP,
    DEPS_ACL_ADVCL,
    DEPS_CONJ_XCOMP,
    TAG_VBD,
    TAG_VBN,
    TAGS_VBN_VBG,
    WORD_AGO,
    WORD_HAD,
    WORD_THAT,
    WORD_TO,
    string_ids,
)
from .lexicon import (
    AGO_NUMBERS,
    AGO_UNITS,
    ALLEGATION_HEADS,
    ALLEGATION_NOUNS,
    ASPECT_HEADS,
    ATTRIBUTION_WORDS,
    BACKGROUND_ADVERBS,
    CEASING_ADVERBS,
    CONDITIONALS,
    CONSEQUENT_MARKS,
    COUNTERFACTUAL_MODALS,
    DATING_CLAUSE_MARKS,
    DECIDED_NOUNS,
    DECISION_OWNER_PREPS,
    DENYING_DETERMINERS,
    ENDING_HEADS,
    ENDING_PHRASALS,
    FAILURE_HEADS,
    FREE_RELATIVES,
    FUTURE,
    FUTURE_TIME_MARKS,
    HABITUAL_ADVERBS,
    HABITUAL_OCCASION_DETERMINERS,
    HABITUAL_OCCASION_NOUNS,
    HEARSAY_HEADS,
    HISTORY_CLAUSE_MARKS,
    HISTORY_PREPS,
    HISTORY_YEARS,
    HYPOTHETICAL,
    IMPROBABLE_HEADS,
    INFLECTIONS,
    INTENT_HEADS,
    LAST_UNITS,
    LAST_WORDS,
    MEANS_PREPS,
    NEGATORS,
    NOTHING_HEADS,
    OBJECTS,
    OCCASION_RELATIVES,
    PASSIVE_SUBJECTS,
    PENDING_ADVERBS,
    PERFECT_AUXILIARIES,
    PLAN_HEADS,
    PROPOSAL_NOUNS,
    REFUSE_HEADS,
    REPORTED_FUTURE,
    RUMOUR_NOUNS,
    SAY_VERBS,
    SCHEDULE_HEADS,
    SUBJECTS,
    SUBJECTS_IDS,
    THREAT_CODE,
    THREAT_CONDITIONS,
    THREAT_NOUNS,
    VERBAL_ROOTS,
    VOWING_HEADS,
    WISH_HEADS,
    Lexicon,
    word_list,
)

# real12a: verbs of denial whose relative clause answers the claim just told ("..., which he denies":
# recall.yaml), no description of anyone
DENIAL_VERBS = word_list("recall", "denial_verbs")
# real12a: "Y, who has slammed X ...": a verbal attack in the perfect is reported, not a description
REPORTED_BLAME_VERBS = word_list("modality", "reported_blame_verbs")
# round 37: conjunctions that turn to a contrasting deed ("has not ratified X but agreed to Y")
CONTRASTING = word_list("modality", "contrasting_conjunctions")
# round 38: "Neither X nor Y accepted", "met neither X nor Y": a side negated by its own pre-conjunction
NEGATING_PRECONJUNCTIONS = word_list("modality", "negating_preconjunctions")
# round 38: "received no support from X", "sent no troops": the verb's object denied by its determiner
OBJECT_NEGATORS = word_list("modality", "object_negators")
OBJECT_NEGATOR_SPARED = word_list("modality", "object_negator_spared_verbs")  # "has no plan": a lack, no denied deed
# round 38: "could not confirm reports that X had offered ...": what a report (a noun) says is not told as done
REPORT_NOUNS = word_list("modality", "report_nouns")
# round 50: "did not mean that X had cut ...", "no information to suggest X had ...": what is not shown
EVIDENTIAL_VERBS = word_list("modality", "evidential_verbs")

# How a clause reports its verb. "refused-by-head": the verb hangs on a refusing head ("refused to
# attack"); :func:`recode` gives it no code of its own. "plan": a future or scheduled act in the
# narrator's voice ("X will visit Y next week", "X is to sign"), no one's promise: it codes nothing,
# unless a quotation holds it (:func:`voiced`), where it is the speaker's own intent.
Mood = Literal["done", "intent", "plan", "threat", "refused", "refused-by-head", "conditional", "none"]

def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a noun sits in: "imposed sanctions", "called for sanctions"."""
    node = tok
    for _ in range(3):
        if node.dep in _NOUN_IN_CLAUSE_DEPS_IDS:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                return node
        else:
            break
    return None


_HEADS = INTENT_HEADS | PLAN_HEADS | SCHEDULE_HEADS | NOTHING_HEADS | REFUSE_HEADS | FAILURE_HEADS | WISH_HEADS | SAY_VERBS | ALLEGATION_HEADS


def head_lemma(tok: Token) -> str:
    """A clause head's lemma, mended when the tagger's is no word ("hopes" -> "hop"): the written
    word less a regular ending, when that is a head these rules know."""
    lemma = tok.lemma_.lower()
    if lemma in _HEADS or tok.pos_ not in {"VERB", "AUX"}:
        return lemma
    word = tok.lower_
    for cut, add in INFLECTIONS:
        if word.endswith(cut) and len(word) > len(cut) + 2 and (stem := word[:len(word) - len(cut)] + add) in _HEADS:
            return stem
    return lemma


def _present(verb: Token) -> bool:
    """A clause in the present or present perfect ("ends", "has approved", "have been ratified")."""
    auxiliaries = {c.lower_ for c in kids_of(verb) if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"had", "was", "were", "did"}:
        return False
    return verb.tag_ in {"VBZ", "VBP"} or bool(auxiliaries & {"has", "have", "is", "are", "am"})


def reporting_verb(tok: Token) -> Token | None:
    """The verb of saying whose clause ``tok`` heads (through "and"-joined verbs and complements:
    "Latvia said it would ..."), or None."""
    node = tok
    while node.dep in DEPS_CONJ_XCOMP and node.head != node:
        node = node.head
    if node.dep == DEP_CCOMP and node.head.lemma_.lower() in SAY_VERBS:
        return node.head
    return None


def is_timetabled(tok: Token) -> bool:
    """A clause in the present tense in the narrator's voice ("X meets Y next Monday", "talks open
    on the coming Friday"): dated after the article, it is a timetable, a plan no one has promised
    (see plan_heads in modality.yaml). The caller checks the date and that no quotation holds it."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    if verb is None or reporting_verb(verb) is not None:
        return False
    auxiliaries = {c.lower_ for c in kids_of(verb) if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ in {"VBZ", "VBP"} or bool(auxiliaries & {"is", "are", "am"})


_GOVERNING_MARKS = CONDITIONALS | FUTURE_TIME_MARKS | THREAT_CONDITIONS


def shares_auxiliaries(verb: Token) -> bool:
    """Round 37: whether a verb joined by "and"/"or"/"but" to an earlier one is read under that one's
    auxiliaries: it has none of its own and no finite tense ("will strengthen X and hold Y", "has
    signed and ratified", "was arrested and charged", "is meeting X and visiting Y"), not "would
    criticise X and condemned Y" nor "did not attend but promised". A participle shares only with a
    partner that has the auxiliary a participle needs; the tagger's past-tense form of a bare verb
    ("hold"/"held") is the tense that tells them apart."""
    if any(d in {"aux", "auxpass"} for _, d in labelled_kids(verb)):
        return False
    tag = verb.tag_
    if tag == "VB":
        return True
    partner = {c.lower_ for c, d in labelled_kids(verb.head) if d in {"aux", "auxpass"}}
    # (a participle after a participle: "would have attacked and killed", "is meeting X and visiting Y";
    # after a participle, a past form is one too, "has not signed or ratified": the tagger cannot tell
    # "ratified" the participle from "ratified" the past tense; not after "but", which turns to another
    # deed in its own tense, "has not ratified X but agreed to Y")
    # (the parser hangs the "but" on the first verb, between the two)
    if tag == "VBD" and verb.head.tag_ == "VBN" and not any(
            d == "cc" and c.lower_ in CONTRASTING and c.i < verb.i for c, d in labelled_kids(verb.head)):
        tag = "VBN"
    return tag in {"VBN", "VBG"} and verb.head.tag_ == tag and bool(partner)


def is_passive(verb: Token) -> bool:
    """A passive clause: "was attacked", "were killed", "is being pressured"."""
    return verb.tag == TAG_VBN and any(dep in {"auxpass", "nsubjpass"} for _, dep in labelled_kids(verb))


def is_negated(tok: Token) -> bool:
    # (a loop, not any() over a generator, which makes a function object and a generator on each of the
    # rules' ~700 calls per 20 articles; speed only)
    for c, dep in labelled_kids(tok):
        if dep == "neg" or (dep in {"advmod", "det"} and c.lower in NEGATORS_IDS) or (
                dep == "advmod" and c.lower in CEASING_ADVERBS_IDS and _no_before(c)):
            return True
    return False


def _negated_argument(verb: Token, objects: bool = True) -> bool:
    """Round 38: a deed whose doer or object is denied by its own words: "Neither Sarney nor Funaro
    accepted the plan", "received no support from X", "sent no troops" (modality.yaml
    negating_preconjunctions, object_negators). Only the verb's own subject and object: "promised to
    leave no stone unturned" negates "leave", not the promise."""
    for arg, dep in labelled_kids(verb):
        if dep in SUBJECTS or dep in PASSIVE_SUBJECTS or (objects and dep == "dobj"):
            # (the phrase's first word: the tagger hangs an opening "Neither" on the subject or on a title
            # before it, as a determiner as often as a pre-conjunction)
            if arg.left_edge.lower in NEGATING_PRECONJUNCTIONS_IDS:
                return True
            # (as written in lower case: "branding the No Campaign ..." names a body)
            if dep == "dobj" and verb.lemma_.lower() not in OBJECT_NEGATOR_SPARED and \
                    any(d == "det" and w.text in OBJECT_NEGATORS for w, d in labelled_kids(arg)):
                return True
    return False


def _no_before(adverb: Token) -> bool:
    """Round 31: "no longer": the adverb is negated by the "no" just before it."""
    return adverb.i > 0 and adverb.doc[adverb.i - 1].lower_ == "no"


def is_threat_clause(tok: Token) -> bool:
    """Whether a verb is the "to" clause of a threat noun: "X's threat to expel diplomats" (round 19;
    ``threat_nouns`` in modality.yaml)."""
    return tok.dep in DEPS_ACL_ADVCL and tok.head.pos_ in {"NOUN", "PROPN"} \
        and tok.head.lemma_.lower() in THREAT_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok))


def is_decided_clause(tok: Token) -> bool:
    """evsubj39: whether a verb is the "to" clause of a decision its owner made: "Chile's decision to
    expel two diplomats", "the ministry's move to close the crossing" (``decided_nouns`` in
    modality.yaml): the owner's deed, where an unowned noun's "to" clause is a purpose or a plan.
    evrec48: the owner may be named by "by" too ("the decision by Chile to expel ...")."""
    head = tok.head
    return tok.dep == DEP_ACL and head.pos_ == "NOUN" and head.lemma_.lower() in DECIDED_NOUNS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)) \
        and bool(decision_owners(head)) and not is_negated(head)


def decision_owners(noun: Token) -> list[Token]:
    """evrec48: the words that name whose decision ``noun`` is: its possessor ("Chile's decision"), else
    the object of its "by" ("the decision by Chile", "a move by the two governments"; modality.yaml
    decision_owner_preps). An unowned "a decision to ..." names none."""
    owners = [c for c in kids_of(noun) if c.dep_ == "poss"]
    return owners or [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ in DECISION_OWNER_PREPS
                      for o in kids_of(p) if o.dep_ == "pobj"]


class Reading(NamedTuple):
    """debt52: a clause's mood and the nearest head of intent its walk climbed to ("agreed" in "agreed to
    condemn X", past conjuncts and a "to" phrase: "pledged to fund X and then investigate Y", "committed to
    reviewing"), with the label of the clause or phrase that hangs on it (``xcomp``, ``prep`` ...); no head
    where the walk met none, or where the mood was inherited from a verb the clause is the purpose of."""

    mood: Mood
    intent_head: Token | None = None
    intent_dep: str = ""


def modality(tok: Token, *, own_object: bool = True) -> Mood:
    """How a clause reports its verb: ``done``, ``intent`` (a promise or threat), ``refused``
    (a promise not to), ``conditional`` (round 31: "would ... if ...", a threat only for a harm), or
    ``none`` (negated deed, possibility, condition, wish, denial)."""
    return _walk(tok, own_object, None)


def reading(tok: Token) -> Reading:
    """:func:`modality` and the head of intent its walk met (:class:`Reading`), from one walk."""
    heads: list[tuple[Token, str]] = []
    mood = _walk(tok, True, heads)
    return Reading(mood, *heads[0]) if heads else Reading(mood)


def _walk(tok: Token, own_object: bool, heads: list[tuple[Token, str]] | None) -> Mood:
    """The walk of :func:`modality`; where ``heads`` is a list, the first head of intent it climbs to is
    put there, with the label it climbed by (also from the verb a conjunct shares its mood with)."""
    negated = is_negated(tok) or _negated_argument(tok, own_object)
    future = unless = conditional = would = False
    if is_threat_clause(tok):
        # "the Latvian threat to expel Estonian diplomats" (the parser may hang the clause as an advcl of
        # a capitalised "Threat"): threatened, unless the threat is denied (round 19)
        return "none" if negated or is_negated(tok.head) else "threat"
    if tok.dep == DEP_ACL and any(dep == "aux" and c.lower == WORD_TO for c, dep in labelled_kids(tok)) \
            and not is_decided_clause(tok):
        return "none"  # "an invitation to attend", "plans to meet": a noun's purpose, not a deed
    # (each child's label read once, from labelled_kids, not Token.dep_ at every test: speed only)
    for child, dep in labelled_kids(tok):
        if dep in {"aux", "auxpass"}:
            word = child.lower_
            # (real11a: "we can and will block the budget": a possibility joined by "and" to a future is a
            # firm promise, the "will" that follows decides, not "can")
            doc = child.doc
            if word in HYPOTHETICAL and child.i + 2 < len(doc) and doc[child.i + 1].lower_ == "and" \
                    and doc[child.i + 2].lower_ in FUTURE and doc[child.i + 2].head.i == tok.i:
                continue
            if word in HYPOTHETICAL:
                return "none"
            if word in FUTURE:
                future = True
            elif word in REPORTED_FUTURE:
                would = True
                # (round 25: also a verb joined to the reported one, "said it would expel X and would
                # recall its envoy", and a vowing head's own word, "warned that it would expel X")
                if not (reporting_verb(tok) is not None or (tok.dep_ == "ccomp" and _own_word(tok))):
                    return "none"
                future = True
        elif dep == "mark" and child.lower_ in CONDITIONALS:
            return "none"
        elif dep == "mark" and child.lower_ in FUTURE_TIME_MARKS and _present(tok):
            return "none"  # "once the senate has approved it": a time still to come
        elif dep == "advmod" and tok.dep == DEP_ADVCL and child.i == tok.left_edge.i \
                and child.lower_ in FUTURE_TIME_MARKS and _present(tok) and not _this_time(tok):
            # round 50: the parser tags an opening "when" an adverb as often as a mark ("will be cool when
            # the president visits Y next week"): the same time still to come; not in the week the article
            # tells ("talks will be held this week when X visits Y": news, tests/test_events_precision.py)
            return "none"
        elif dep == "advcl" and any(c.lower_ in THREAT_CONDITIONS for c, d in labelled_kids(child) if d == "mark"):
            unless = True
        elif dep == "advcl" and _conditioned_by(child):
            conditional = True
    if would and conditional and _counterfactual(tok):
        return "none"  # round 32: "would not have suspended payments if ...": it did happen or not, no threat
    if would and conditional:
        # round 31: "said Peru would back the bid if ...": a hypothetical consequent, no event; a harm
        # under a condition ("would cut its cooperation if ...") stays a threat (recode)
        return "conditional"
    if any(c.lower in FREE_RELATIVES_IDS for c in kids_of(tok)) or any(
            c.lower in FREE_RELATIVES_IDS for p, dep in labelled_kids(tok) if dep == "prep" for c in kids_of(p)):
        return "none"  # "whatever the president agrees to": any such deed, none done (round 16)
    under = tok.head.head if tok.head.dep == DEP_PREP else tok.head
    if _counterfactual(tok) or (_counterfactual(under) and (tok.dep_ in {"pcomp", "xcomp"} or (
            tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in kids_of(tok))))):
        return "none"  # "would have objected to X opening an inquiry": did not happen (round 16)
    intent = planned = scheduled = reported = False
    node = tok
    for _ in range(4):
        if node is not tok and _conditional_clause(node):
            return "none"  # round 55: "if it wants to begin talks with X": a wish or plan under an "if"
        dep, head = node.dep_, node.head
        if head == node:
            break
        lemma = head_lemma(head)
        if dep in {"acl", "ccomp"} and head.pos_ == "NOUN" and any(
                d == "det" and c.lower_ in DENYING_DETERMINERS for c, d in labelled_kids(head)):
            return "none"  # "no evidence that they were tortured"
        if dep in {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "acomp"} and any(
                d in {"aux", "auxpass"} and c.lower_ in HYPOTHETICAL for c, d in labelled_kids(head)):
            # ("could be used by China to threaten": the purpose of a possibility; round 50: also the
            # adjective of a copula under a modal, "should be able to order X", "may be ready to sign Y")
            return "none"
        if dep == "ccomp" and _unshown(head):
            return "none"  # round 50: "did not mean that X had cut its ties": not shown, not done
        if dep == "advcl" and lemma in NOTHING_HEADS and not (
                node.tag_ == "VBG" and not any(d in {"aux", "mark"} for _, d in labelled_kids(node))):
            # ("told reporters, warning X against ...": a participle of what was done while telling)
            return "none"  # "pressed for the tariffs to be dropped"
        if dep == "advcl" and head.pos_ in {"VERB", "AUX"} and any(
                c.dep == DEP_AUX and c.lower == WORD_TO for c in kids_of(node)) and modality(head) != "done":
            return "none"  # "will not lend its ports to arm X": the purpose of a deed not done
        if (dep in {"acl", "ccomp"} or dep == "relcl" and any(c.dep == DEP_MARK and c.lower == WORD_THAT for c in kids_of(node))) \
                and (lemma in RUMOUR_NOUNS or (lemma == "be" and any(
                w.lemma_.lower() in RUMOUR_NOUNS or w.lower_ in RUMOUR_NOUNS
                for s in kids_of(head) if s.dep_ in SUBJECTS  # "the rumours were that", "some of the rumours"
                for w in (s, *(o for p in kids_of(s) if p.dep_ == "prep" and p.lower_ == "of" for o in kids_of(p)))))):
            return "none"  # "rumours that X had launched a strike": not reported as done (round 16)
        if head.pos_ == "NOUN" and lemma in REPORT_NOUNS and (dep in {"acl", "ccomp"} or (dep == "relcl" and (any(
                d == "mark" and c.lower_ == "that" for c, d in labelled_kids(node)) or _content_clause(node)))):
            return "none"  # round 38: "denied reports that X planned ...": the report's content, not the narrator's
        if dep == "acl" and lemma in PROPOSAL_NOUNS:
            return "none"  # "its demand that Israel ease ...": what is asked for, not done
        if lemma in ALLEGATION_NOUNS and head.pos_ == "NOUN" and (
                dep in {"acl", "ccomp"} or (dep == "relcl" and _content_clause(node))):
            return "none"  # round 33: "rejected allegations (that) he pressured X": alleged, not done
        if dep in {"xcomp", "ccomp", "acomp", "pcomp", "prep"}:
            if dep == "xcomp" and lemma in HEARSAY_HEADS and is_passive(head):
                return "none"  # "is thought to have signed": hearsay, not reported as done (round 16)
            if dep == "xcomp" and (lemma in IMPROBABLE_HEADS or (lemma in {"have", "be"} and any(
                    c.dep_ == "advmod" and c.lower_ in PENDING_ADVERBS for c in kids_of(head)))):
                return "none"  # "is unlikely to attack", "has yet to meet": not done (round 16)
            if lemma in REFUSE_HEADS:
                return "refused-by-head"
            if lemma in FAILURE_HEADS:
                return "refused"  # "failed to agree on a truce": a cooperation that did not happen
            if lemma in ALLEGATION_HEADS:
                return "none"  # "alleged that X shelled ...": the accusation is the event, not the deed
            if dep == "ccomp" and (lemma in SAY_VERBS or _own_word(node)) and not any(
                    c.dep == DEP_AUX and c.lower == WORD_TO for c in kids_of(node)):
                reported = True
                break  # "told reporters that X will hold": a report (a "tell" that orders takes "to")
            if lemma in NOTHING_HEADS:
                return "none"
            if lemma in INTENT_HEADS and dep == "xcomp" and any(c.dep_ in OBJECTS for c in kids_of(head)):
                return "none"  # "wants Putin to attack": someone else's deed, wished for
            if lemma in WISH_HEADS and dep == "ccomp" and any(c.dep_ in SUBJECTS for c in kids_of(node)):
                return "none"  # the same, parsed as a clause with its own subject
            if lemma in ASPECT_HEADS and dep == "xcomp":
                node = head  # "ready to keep supplying": the words above "keep" decide
                continue
            if lemma in _PLAN_HEADS_OR_SCHEDULE_HEADS and dep == "xcomp" and (lemma != "go" or head.tag_ == "VBG"):
                planned = True  # "plans to meet", "is going to meet"
                scheduled = scheduled or lemma in SCHEDULE_HEADS  # "is to visit", "is scheduled to sign"
                negated = negated or is_negated(head)
                future = future or any(c.dep_ == "aux" and c.lower_ in FUTURE for c in kids_of(head))
                node = head
                continue
            if lemma in INTENT_HEADS:
                intent = True
                if heads is not None and not heads:
                    heads.append((head, dep))
                negated = negated or is_negated(head)
                node = head
                continue
            if dep == "ccomp" and lemma in SAY_VERBS:
                reported = True
                break
            if dep == "prep" or dep == "pcomp":
                node = head
                continue
            if dep == "xcomp" and head.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ == "aux" and c.lower_ in _FUTURE_OR_HYPOTHETICAL for c in kids_of(head)):
                # round 32: "figures the minister will use to defend the policy", "will use his speech
                # to criticise X": the purpose of a verb not yet done is no more done than that verb
                # (a plan in the narrator's voice, the speaker's intent when reported)
                inherited = modality(head)
                if inherited != "done":
                    # round 38: "will have to recognise X if it wants Y": the "if" on the deed makes the
                    # inherited future a conditional too
                    return "conditional" if conditional and inherited == "intent" else inherited
            break
        if dep == "conj":
            # "will strengthen X and hold Y": a coordinated verb shares the first one's auxiliaries, and
            # with them its future, modal or negation; not one with a tense or auxiliary of its own
            # (round 37: "said it would X and condemned Y", "did not attend but promised to Y": the
            # second verb is told in its own tense, done or promised whatever the first one is)
            # (but a conjunction that opens both clauses governs both: "until Turkey recognises X and
            # withdraws Y", "if X attacks and seizes Y")
            if head.pos_ in {"VERB", "AUX"} and not any(d in SUBJECTS for _, d in labelled_kids(node)) \
                    and _negated_argument(head, objects=False):
                return "none"  # round 38: "Neither X nor Y condemned it or recalled Z": the subject denies both
            if head.pos_ in {"VERB", "AUX"} and not shares_auxiliaries(node) and not any(
                    d == "mark" and c.lower_ in _GOVERNING_MARKS for c, d in labelled_kids(head)):
                node = head  # (it still stands where its partner stands: "could claim X was Y or was Z")
                continue
            # (round 38: not the first verb's "no" object: "had made no demands and criticised X" criticised)
            inherited = _walk(head, False, heads) if head.pos_ in {"VERB", "AUX"} else "done"
            if inherited != "done":
                return inherited
            break
        if dep == "advcl" and any(c.lower in CONDITIONALS_IDS for c in kids_of(node) if c.dep == DEP_MARK):
            return "none"
        break
    if node is not tok and _conditional_clause(node):
        return "none"  # round 55: the last head climbed to opens an "if"/"whether" clause
    future = future or planned
    # ("said it supports X and will work with Y": a verb joined to a reported one is reported too)
    reported = reported or reporting_verb(tok) is not None or _attributed(tok)
    if negated:
        return "refused" if (future or intent) else "none"
    if unless and (future or intent):
        return "threat"  # "will withdraw unless ...": a conditional promise of harm
    if future and not intent and (scheduled or not reported):
        return "plan"  # the narrator's plan, or a timetable: see plan_heads in modality.yaml
    if conditional and (future or intent):
        # round 38: "said it will send aid if asked", "agreed to hold talks if the truce holds": a promise
        # under an "if" is as hypothetical as "would ... if" (GUIDE.md: conditionals): nothing, unless it
        # is a harm, which stays a threat ("said Russia will expel X if ...": recode). A narrator's
        # future under an "if" stays a plan (nothing), also when it is a harm.
        return "conditional"
    return "intent" if (future or intent) else "done"


def _conditional_clause(head: Token) -> bool:
    """Round 55 (evfact55): a head the walk of :func:`_walk` climbed to (a wish, plan, aspect or
    preposition over the deed) opens an "if"/"whether" clause (modality.yaml conditionals), whatever
    label the parser gave that clause: "will have to recognise X if it wants to begin talks with Y"
    (the "if" clause hung as a ccomp), "asked whether Z plans to meet W". Before, only the deed's own
    verb and an advcl were read for the mark, so the wish passed the deed on as an intent."""
    return any(c.dep == DEP_MARK and c.lower in CONDITIONALS_IDS for c in kids_of(head))


_SELF_PRONOUNS = frozenset({"it", "we", "he", "she", "they", "i"})


def _this_time(clause: Token) -> bool:
    """Round 50: a clause, or the one it hangs on, dated to the article's own time ("this week", "today")."""
    return any(d == "npadvmod" and (c.lower_ in {"today", "tonight"} or any(
        m.lower_ == "this" for m in kids_of(c))) for h in (clause, clause.head) for c, d in labelled_kids(h))


def _unshown(verb: Token) -> bool:
    """Round 50: a verb that draws a conclusion (modality.yaml evidential_verbs) whose conclusion is
    denied: negated itself ("did not mean", "does not suggest"), or the "to" clause of a noun denied by
    "no" ("had no information to suggest", "there is no evidence to show")."""
    if verb.lemma_.lower() not in EVIDENTIAL_VERBS:
        return False
    if is_negated(verb):
        return True
    noun = verb.head
    return verb.dep == DEP_ACL and noun.pos_ == "NOUN" and any(
        d == "det" and c.lower_ in DENYING_DETERMINERS for c, d in labelled_kids(noun))


def _content_clause(clause: Token) -> bool:
    """Whether a clause the parser hangs on a noun as a relative one, with no "that", is the noun's
    content ("allegations he pressured the minister"): its own subject and object, and no relative
    word ("the accusations Latvia levelled at it" leaves its object to the noun: a true relative)."""
    kids = labelled_kids(clause)
    return any(d in SUBJECTS for _, d in kids) and any(d in OBJECTS for _, d in kids) and not any(
        c.tag_ in {"WDT", "WP", "WP$"} or (c.lower_ == "that" and d != "mark") for c, d in kids)


def _own_word(clause: Token) -> bool:
    """Round 25: a "that" clause of a vowing head whose subject is the head's own ("Vardenia warned that
    it would expel X", "X vowed X would ..."): the speaker's word about what it will do, reported as by
    a verb of saying (vowing_heads in modality.yaml); not "warned that Y would attack"."""
    head = clause.head
    if clause.dep_ != "ccomp" or head_lemma(head) not in VOWING_HEADS:
        return False
    subject = next((c for c in kids_of(clause) if c.dep_ in SUBJECTS), None)
    speaker = next((c for c in kids_of(head) if c.dep_ in SUBJECTS), None)
    if subject is None or speaker is None:
        return False
    return (subject.pos_ == "PRON" and subject.lower_ in _SELF_PRONOUNS) or subject.lower_ == speaker.lower_


def _conditioned_by(clause: Token) -> bool:
    """Round 31: an "if" clause (consequent_marks), not conceded by "even" ("even if it rained")."""
    return any(m.dep == DEP_MARK and m.lower in CONSEQUENT_MARKS_IDS and not (
        m.i > 0 and m.doc[m.i - 1].lower_ == "even") for m in kids_of(clause))


def _counterfactual(verb: Token) -> bool:
    """ "would have objected", "could have met": a modal of the conditional with "have" (round 16)."""
    aux = [c.lower_ for c, dep in labelled_kids(verb) if dep == "aux"]
    return "have" in aux and any(a in COUNTERFACTUAL_MODALS for a in aux)


def _attributed(tok: Token) -> bool:
    """A clause given to a source by a phrase ("X will provide aid, according to a joint
    statement"): reported as surely as by a verb of saying."""
    doc = tok.doc
    # (the attribution words are found once per doc, from its array; a sentence is read only when it
    # holds one: speed only)
    words = token_indices(doc, LOWER, ATTRIBUTION_WORDS)
    if not words:
        return False
    inside = indices_between(words, *sentence_bounds(doc, tok.i))  # (tok.sent's bounds: speed only)
    if not inside:
        return False
    holders = {tok.i} | {a.i for a in tok.ancestors}
    # (round 32: a clause inside the attribution phrase itself, "according to figures that the minister
    # will use to defend X", is not given to a source by it)
    return any(doc[k].head.i in holders and k not in holders for k in inside)


def voiced(mood: Mood, quoted: bool) -> Mood:
    """A narrator's plan inside a quotation is the speaker's own promise ("We will send aid")."""
    return "intent" if mood == "plan" and quoted else mood


def recode(lexicon: Lexicon, code: str, mood: Mood) -> str | None:
    """The code a pattern gives under its clause's modality (see ``intent``/``refusal`` in
    patterns.yaml): the deed, the promise or threat of it, the refusal of it, or nothing."""
    if mood == "done":
        return code
    if mood == "threat":
        threat = lexicon.intent.get(code) or lexicon.intent.get(code[:3]) or lexicon.intent.get(code[:2])
        return threat if threat and threat.startswith("13") else THREAT_CODE
    if mood == "conditional":
        # round 31: "would back X if ...": nothing; "would expel X if ...": a conditional threat
        threat = lexicon.intent.get(code) or lexicon.intent.get(code[:3]) or lexicon.intent.get(code[:2])
        return threat if threat and threat.startswith("13") else None
    table = lexicon.intent if mood == "intent" else lexicon.refusal if mood == "refused" else None
    if table is None:
        return None
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    # saying one will criticise, appeal or reject is already the verbal act
    return code if mood == "intent" and code[:2] in VERBAL_ROOTS else None


def years_in(text: str) -> list[int]:
    """The years a text names ("1998", "the 1990s"), for an article's own "now" when it has no date."""
    return [int(m) for m in re.findall(r"\b((?:18|19|20)\d\d)(?:s|'s)?\b", text)]


def _dated_holders(tok: Token) -> list[Token]:
    """The words whose date is a clause's: the trigger, the verb of its clause, a participle hung on
    it, the head of an "after"/"when" clause it is in, and (round 32) its own "when" clause."""
    holders = [tok] + ([v] if (v := clause_verb(tok)) is not None else [])
    # a participle hung on the clause ("seized the port, seen as ..., in 1998") often carries its date
    holders += [c for h in list(holders) for c, dep in labelled_kids(h) if dep == "advcl" and c.tag in TAGS_VBN_VBG
                and not any(s.dep in SUBJECTS_IDS for s in kids_of(c))]
    # round 55: "supported the UN by intervening in Bosnia between 1992 and 1995": a means clause ("by"
    # over a gerund, modality.yaml means_preps) is how the deed was done and carries its date
    holders += [g for h in list(holders) for p, dep in labelled_kids(h) if dep == "prep" and p.lower in MEANS_PREPS_IDS
                for g, d in labelled_kids(p) if d == "pcomp" and g.tag in TAGS_VBN_VBG]
    # "imposed the ban in 1989 after troops opened fire": an "after"/"when" clause takes its head's date
    # (round 33: the parser tags an opening "when" a mark or an adverb: "built up reserves in 1982-85 when
    # governors were allowed to borrow")
    holders += [h.head for h in list(holders) if h.dep == DEP_ADVCL and h.head != h and any(
        (d == "mark" or (d == "advmod" and m.i == h.left_edge.i)) and m.lower_ in HISTORY_CLAUSE_MARKS
        for m, d in labelled_kids(h))]
    # round 32: "promised to cut taxes when he was elected four years ago": a "when"/"as" clause of its
    # own (or of its "to" complement, where the parser often hangs it) dates the clause; not "after":
    # what follows may come long after. The word opens the clause (the parser tags "when" a mark or
    # an adverb).
    # (the children's labels from labelled_kids, not Token.dep_ per child: speed only)
    heads = holders + [c for h in holders for c, dep in labelled_kids(h) if dep == "xcomp"]
    holders += [c for h in heads for c, dep in labelled_kids(h) if dep == "advcl" and any(
        d in {"mark", "advmod"} and m.lower in DATING_CLAUSE_MARKS_IDS and m.i == c.left_edge.i
        for m, d in labelled_kids(c))]
    return holders


def years_ago(tok: Token) -> int | None:
    """Round 32: how many years back "ago" dates a clause ("four years ago", "a decade ago", "15 years
    ago"; ago_units and ago_numbers in modality.yaml), the most when several; None when it names none."""
    found: list[int] = []
    for holder in _dated_holders(tok):
        for ago in kids_of(holder):
            if ago.dep != DEP_ADVMOD or ago.lower != WORD_AGO:
                continue
            for unit in kids_of(ago):
                length = AGO_UNITS.get(unit.lemma_.lower())
                if length is None:
                    continue
                counts = [c for c in kids_of(unit) if c.dep_ in {"nummod", "det", "amod"}]
                for count in counts:
                    word = count.lower_.replace(",", "")
                    n = int(word) if word.isdigit() else AGO_NUMBERS.get(word)
                    if n is not None:
                        found.append(n * length)
    return max(found) if found else None


def history_year(tok: Token) -> int | None:
    """The earliest year a clause is dated to by "in"/"during" ("seized the port in 1998", "during
    the early 1990s"), looking at the trigger and the verb of its clause; None when undated."""
    years: list[int] = []
    for holder in _dated_holders(tok):
        for prep, dep in labelled_kids(holder):
            if dep != "prep" or prep.lower not in HISTORY_PREPS_IDS:
                continue
            years += [y for word in prep.subtree if (y := _year(word)) is not None]
        if holder.dep == DEP_RELCL and _occasion_relative(holder):
            # round 53: "recalled 1997, when Latvia expelled two consuls", "the 2008 war, during which
            # Russia expelled ...": the clause shares the year of the occasion it tells of
            noun = holder.head
            years += [y for word in (noun, *kids_of(noun)) if (y := _year(word)) is not None]
    return min(years) if years else None


def _year(word: Token) -> int | None:
    """The year a word names ("1998", "1990s"), None when it names none."""
    text = word.lower_.rstrip("s").replace("'", "")
    return int(text) if len(text) == 4 and text.isdigit() and text[:2] in {"18", "19", "20"} else None


def _occasion_relative(verb: Token) -> bool:
    """A relative clause of time or place: opened by "when"/"where" (modality.yaml occasion_relatives)
    or by a preposition over "which" ("during which", "in which")."""
    for kid, dep in labelled_kids(verb):
        if kid.i != verb.left_edge.i:
            continue
        if kid.lower in OCCASION_RELATIVES_IDS:
            return True
        if dep == "prep" and any(w.lower_ == "which" for w in kids_of(kid)):
            return True
    return False


def before_last_year(tok: Token) -> bool:
    """Round 33: "Reagan last year had blocked the bill", "the court had, the previous year, struck it
    down": the narrator's past perfect dated to a year already over (modality.yaml last_units) tells
    what came before the news, background to it. Under a verb of saying ("said it had expelled X last
    year") it is left to the other rules: the speaker may be telling it as the news."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    if verb is None or not _past_perfect(verb) or reporting_verb(verb) is not None:
        return False
    # (a past perfect joined to a dated one shares its date: "had blocked X last year, and Riga had accused ...")
    return any(_dated_last(v) for v in (verb, verb.head) if v is verb or (verb.dep_ == "conj" and _past_perfect(v)))


def last_year_background(tok: Token) -> bool:
    """Round 41: "MPs criticised the minister last year for ...", "agreed only last year to open its
    markets", "during a trip to Moscow last year": the narrator's simple past (or a noun of a deed) dated
    to the year before the story's tells what came before the news, as the past perfect of
    :func:`before_last_year` does. Under a verb of saying the speaker may be telling it as news (left
    to the other rules); the caller checks that no quotation holds it. Only the simple past: "has
    criticised X since last year" reaches the news."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    if verb is None or reporting_verb(verb) is not None:
        return False
    if verb.tag != TAG_VBD and not (verb.tag == TAG_VBN and verb.dep == DEP_CONJ and verb.head.tag == TAG_VBD):
        return False
    return any(_dated_last(h) for h in _dated_holders(tok))


# round 56 (evfact56): the words of the story's own time that end background told in the plain past
# (modality.yaml background_story_words, background_story_units, background_story_determiners)
BACKGROUND_STORY_WORDS = word_list("modality", "background_story_words")
BACKGROUND_STORY_UNITS = word_list("modality", "background_story_units")
BACKGROUND_STORY_DETERMINERS = word_list("modality", "background_story_determiners")
_YEAR_TEXT = re.compile(r"\b(?:18|19|20)\d\d")
# speed57: every place four digits of such a year begin, overlapping and with no word boundary asked, so that each
# year _YEAR_TEXT finds in a sentence's words begins at one of them
_YEAR_DIGITS = re.compile(r"(?=((?:18|19|20)\d\d))")


def old_year_offsets(text: str, now: int | None) -> list[int]:
    """speed57: the offsets in ``text``, in order, where a year ``history_years`` or more before ``now`` may begin
    (every year :func:`background_step` could read in a sentence's words as opening background is among them);
    [] when ``now`` is None. While no background is told, a sentence with none of them is the story's time
    (background_step gives 0 for it), so the caller need not read it (speed only: the same states)."""
    if now is None:
        return []
    last = now - HISTORY_YEARS
    return [m.start() for m in _YEAR_DIGITS.finditer(text) if int(m.group(1)) <= last]


def told_past(verb: Token) -> bool:
    """Round 56: a verb in the narrator's past: a simple past ("fought"), a past passive ("were killed"),
    a past perfect ("had seized"); not a present, perfect, future or modal one."""
    if verb.tag == TAG_VBD:
        return not any(d == "aux" for _, d in labelled_kids(verb))
    if verb.tag != TAG_VBN:
        return False
    auxiliaries = [c.lower_ for c, d in labelled_kids(verb) if d in {"aux", "auxpass"}]
    return bool(auxiliaries) and auxiliaries[0] in {"was", "were", "had"}


def _story_time(sent) -> bool:
    """Whether a sentence names the story's own time ("on Monday", "today", "this week")."""
    for w in sent:
        word = w.lower_
        if word in BACKGROUND_STORY_WORDS:
            return True
        if word in BACKGROUND_STORY_UNITS and any(c.lower_ in BACKGROUND_STORY_DETERMINERS for c in kids_of(w)):
            return True
    return False


def background_step(sent, root: Token, text: str, now: int | None, state: int, opens_paragraph: bool) -> int:
    """Round 56 (evfact56): the background state after the sentence ``sent`` (the state before it is
    ``state``): 0 the story's time, 1 the sentence opens background, 2 it goes on telling it. A sentence
    opens background when it opens its paragraph and tells the narrator's past dated by "in"/"during"
    (modality.yaml history_preps) to a year ``history_years`` or more before the story ("In 1998 the two
    states fought over the valley."; not "accused X of ignoring a 1904 treaty", a year naming a thing);
    the next sentence goes on telling it ("Ruvania shelled the border towns for a month.") when it is
    the narrator's past again, with no verb of saying on it or beside it ("..., a spokesman said"), no
    year of the story's own and no word of the story's time. Background goes on across a paragraph break
    only once a sentence has gone on telling it (a paragraph of background, not a dated aside). Any
    other sentence returns to the story (modality.yaml background_story_words). The caller passes 0 for
    a sentence a quotation holds or the headline, and for a new paragraph after a lone dated aside. ``root``
    and ``text`` are the sentence's root and words, which the caller has already (speed only)."""
    if now is None or not told_past(root) or head_lemma(root) in SAY_VERBS:
        return 0
    if any(d in {"parataxis", "ccomp", "advcl"} and head_lemma(c) in SAY_VERBS for c, d in labelled_kids(root)):
        return 0  # "X condemned the move, a spokesman said": told as the news
    years = [int(y) for y in _YEAR_TEXT.findall(text)] if _YEAR_TEXT.search(text) else []
    if any(y > now - HISTORY_YEARS for y in years):
        return 0  # a year of the story's own
    if (years or state) and _story_time(sent):
        return 0
    if state:
        return 2
    return 1 if opens_paragraph and years and _dating_year(sent, now) else 0


def _dating_year(sent, now: int) -> bool:
    """Whether a year ``history_years`` or more before ``now`` dates the sentence: it stands under
    "in"/"during"/"between" ("in 1998", "in April 2022", "during the 2015 crisis")."""
    for w in sent:
        if (y := _year(w)) is None or y > now - HISTORY_YEARS:
            continue
        node = w
        for _ in range(4):
            if node.head is node:
                break
            node = node.head
            if node.dep == DEP_PREP:
                if node.lower in HISTORY_PREPS_IDS:
                    return True
                break
    return False


def in_told_background(tok: Token) -> bool:
    """Round 56: whether a deed of a sentence that goes on telling background (:func:`background_step`
    2) is told in that past: its clause's verb in the narrator's past and no verb of saying over it.
    The caller checks that no quotation holds it."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    return verb is not None and told_past(verb) and reporting_verb(verb) is None


def _past_perfect(verb: Token) -> bool:
    return verb.tag == TAG_VBN and any(d == "aux" and c.lower == WORD_HAD for c, d in labelled_kids(verb))


def _dated_last(verb: Token) -> bool:
    """ "last year", "the previous year" on a verb (modality.yaml last_units, last_words)."""
    return any(d == "npadvmod" and c.lemma_.lower() in LAST_UNITS and any(m.lower_ in LAST_WORDS for m in kids_of(c))
               for c, d in labelled_kids(verb))


def is_habitual(tok: Token) -> bool:
    """A clause of habit ("has long urged", "has repeatedly accused"): background, not news. Round 33:
    also the deed a habit of vowing or threatening heads ("has repeatedly vowed to veto X", "has often
    threatened to expel Y"): the "to" clauses up to the verb that carries the adverb."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    for _ in range(3):
        if verb is None:
            return False
        if any(dep == "advmod" and c.lower_ in _HABITUAL_ADVERBS_OR_BACKGROUND_ADVERBS for c, dep in labelled_kids(verb)):
            return True
        # round 53: "each time X recalled its envoy" (the noun on the verb), "every time X shelled Y, ..." (the
        # verb a relative clause of the noun), "every time X shelled Y, Z protested" (the clause it opens
        # hung on the verb)
        if any(dep == "npadvmod" and _every_occasion(c) for c, dep in labelled_kids(verb)) \
                or (verb.dep == DEP_RELCL and _every_occasion(verb.head)) \
                or any(dep == "advcl" and any(d == "npadvmod" and _every_occasion(n) for n, d in labelled_kids(c))
                       for c, dep in labelled_kids(verb)):
            return True
        verb = verb.head if verb.dep == DEP_XCOMP and verb.head != verb else None
    return False


def _every_occasion(noun: Token) -> bool:
    """ "each time", "every time" (modality.yaml habitual_occasion_nouns, habitual_occasion_determiners)."""
    return noun.lower_ in HABITUAL_OCCASION_NOUNS and any(
        dep == "det" and c.lower_ in HABITUAL_OCCASION_DETERMINERS for c, dep in labelled_kids(noun))


def is_description(tok: Token) -> bool:
    """A non-restrictive relative clause in the present or the perfect ("X, which occupies ...",
    "a lawyer, who has defended ..."): it says who someone is, not what they did. A verb coordinated
    with, or completing, such a clause is described with it ("who owns a house and plans to visit"),
    and so is a noun such a clause governs ("X, which guarantees the talks"; "who is on a visit"
    is where someone is now, news)."""
    if tok.pos_ not in {"VERB", "AUX"} and (verb := clause_verb(tok)) is not None:
        if verb.lemma_.lower() == "be":
            return False
        tok = verb
    node = tok
    for _ in range(4):
        if node.dep == DEP_RELCL:
            break
        if node.dep not in DEPS_CONJ_XCOMP or node.head == node:
            return False
        node = node.head
    else:
        return False
    first = min(subtree_indices(node))
    if first == 0 or node.doc[first - 1].text != ",":
        return False  # "the troops that crossed the border": restrictive, the deed is the news
    if node.lemma_.lower() in DENIAL_VERBS and any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in kids_of(node)):
        return False  # real12a: "..., which he denies" answers the claim just told (recall.py), it describes no one
    auxiliaries = {c.lower_ for c in kids_of(node) if c.dep_ == "aux"}
    if node.lemma_.lower() in REPORTED_BLAME_VERBS and auxiliaries & {"has", "have"}:
        return False  # real12a: "Y, who has slammed X for ...": the attack is reported (modality.yaml)
    return node.tag_ in {"VBZ", "VBP"} or bool(auxiliaries & PERFECT_AUXILIARIES) or _describes_subject(node)


def _describes_subject(clause: Token) -> bool:
    """Round 29: a past deed told between commas about the subject of the sentence's own news ("Poland's
    minister, who visited Kyiv on Friday, welcomed the move", "the bloc, which brokered a truce in 2024,
    urged restraint"): who the actor is, background to what the sentence reports; the news is the
    main verb. Only in the simple past, closed by a comma before the main verb (a clause that ends the
    sentence may be the news itself: "... summoned the envoy, who left on Monday")."""
    if clause.tag_ != "VBD" or clause.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    last = max(w.i for w in clause.subtree)
    main = clause.head.head
    return last + 1 < len(clause.doc) and clause.doc[last + 1].text == "," and main.i > last + 1


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_NOUN_IN_CLAUSE_DEPS = OBJECTS | PASSIVE_SUBJECTS | SUBJECTS | {"pobj", "prep", "conj", "appos"}
_PLAN_HEADS_OR_SCHEDULE_HEADS = PLAN_HEADS | SCHEDULE_HEADS
_HABITUAL_ADVERBS_OR_BACKGROUND_ADVERBS = HABITUAL_ADVERBS | BACKGROUND_ADVERBS
_FUTURE_OR_HYPOTHETICAL = FUTURE | HYPOTHETICAL


# evhalt43: "scaled back": a particle the parser calls an adverb (recall.yaml adverb_particles)
_ADVERB_PARTICLES = word_list("recall", "adverb_particles")


def phrasal_ending(verb: Token) -> bool:
    """evhalt43: "called off", "scaled back", "wound down" (modality.yaml ending_phrasals): the verb with
    its particle ends its object's action, whatever the bare verb would say ("called for" asks for it)."""
    lemma = verb.lemma_.lower()
    return any((lemma, c.lower_) in ENDING_PHRASALS for c in kids_of(verb)
               if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES)


def ends_action(verb: Token) -> bool:
    """A verb that ends, stops or lessens the action its object names: "suspended the raids", "paused its
    strikes", "called off its offensive" (modality.yaml ending_heads, ending_phrasals)."""
    return verb.lemma_.lower() in ENDING_HEADS or phrasal_ending(verb)


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
CEASING_ADVERBS_IDS = string_ids(CEASING_ADVERBS)
CONDITIONALS_IDS = string_ids(CONDITIONALS)
CONSEQUENT_MARKS_IDS = string_ids(CONSEQUENT_MARKS)
DATING_CLAUSE_MARKS_IDS = string_ids(DATING_CLAUSE_MARKS)
FREE_RELATIVES_IDS = string_ids(FREE_RELATIVES)
HISTORY_PREPS_IDS = string_ids(HISTORY_PREPS)
MEANS_PREPS_IDS = string_ids(MEANS_PREPS)
OCCASION_RELATIVES_IDS = string_ids(OCCASION_RELATIVES)
NEGATING_PRECONJUNCTIONS_IDS = string_ids(NEGATING_PRECONJUNCTIONS)
NEGATORS_IDS = string_ids(NEGATORS)
_NOUN_IN_CLAUSE_DEPS_IDS = string_ids(_NOUN_IN_CLAUSE_DEPS)
