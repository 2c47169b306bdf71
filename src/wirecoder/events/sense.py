"""Round 39 (evsense39): the root of a two-sense verb read from the frame it is told in.

- ``told_in_words``: a verb of violence told with a frame of speech ("attacked X, saying ...", "for
  failing to ...", "as a bully", "in a speech") is criticism, whoever the doer is (arguments.yaml).
- ``warns_of_a_danger``: "warned X about the dangers of ...", "warned X they were in danger of ..." is
  no threat; told to someone it is criticism of them (precision.yaml danger_nouns).
- ``recognises_a_fact`` / ``recognises_a_merit``: "recognise" is diplomatic recognition (054) only of a
  side or its standing; "recognised the strain on budgets" acknowledges a fact (no event), "recognised
  the efforts of X" praises X (051) (arguments.yaml recognition_verbs, recognised_standings, _merits).
- ``stands_by_a_measure`` (round 42, evsense42): "defended the measures", "defended his decision to
  ...": a side standing by a measure is an event even with no one named to aim it at (arguments.yaml
  defended_measures).
- ``fights_in_words`` (round 40, evroot40): "Minister X fought back", "lawmakers fought over the
  reform": a civilian's fight with no object and no one fought is a figure of speech, no force.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..arrays import kids_of
from ..ids import DEP_PREP, string_ids
from .lexicon import ABSTRACT_OBJECTS, CONCRETE_PLURALS, FORCE_SECTORS, word_list

VERBAL_ATTACK_VERBS = word_list("arguments", "verbal_attack_verbs")
VERBAL_ATTACK_NOUNS = word_list("arguments", "verbal_attack_nouns")
SPEECH_FRAME_PARTICIPLES = word_list("arguments", "speech_frame_participles")
SPEECH_MEDIA = word_list("arguments", "speech_media")
SPEECH_MEDIA_PREPS = word_list("arguments", "speech_media_preps")
SPEECH_FRAME_AS_EXCEPTIONS = word_list("arguments", "speech_frame_as_exceptions")
DANGER_NOUNS = word_list("precision", "danger_nouns")
DANGER_PREPS = word_list("precision", "danger_preps")
# (read here, not from precision.py, which imports rules.py: the same lists)
WARNING_VERBS = word_list("precision", "warning_verbs")
DANGER_FORCE_WORDS = word_list("precision", "danger_force_words") | word_list("precision", "warned_consequences")


def _speech_frame(holder: Token) -> bool:
    """Whether ``holder`` (the verb, or the verb a violence noun is the object of) carries a frame of speech."""
    for c in kids_of(holder):
        dep = c.dep_
        if dep in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_FRAME_PARTICIPLES \
                and c.i > holder.i:
            return True  # "attacked X, saying ..."
        if dep != "prep":
            continue
        prep = c.lower_
        for o in kids_of(c):
            if o.dep_ not in {"pobj", "pcomp"}:
                continue
            lemma = o.lemma_.lower()
            if prep == "for" and (o.tag_ == "VBG" or lemma in ABSTRACT_OBJECTS):
                return True  # "for failing to curb prices", "for his handling of the crisis"
            if prep == "as" and o.pos_ in {"NOUN", "ADJ", "PROPN"} and lemma not in SPEECH_FRAME_AS_EXCEPTIONS:
                return True  # "as a bully", "as reckless"
            if prep in SPEECH_MEDIA_PREPS and lemma in SPEECH_MEDIA:
                return True  # "in a speech", "during a radio interview", "on television"
            if prep in SPEECH_MEDIA_PREPS and any(m.dep_ == "compound" and m.lemma_.lower() in SPEECH_MEDIA
                                                  for m in kids_of(o)):
                return True  # "in a television interview" parsed with "television" on another head
    return False


def told_in_words(tok: Token, token_actor: dict[int, str], actors: dict) -> bool:
    """Whether a verb (or noun) of attack is told as words: its doer (the subject of the verb, or of the
    verb whose object the noun is: "launched an attack on X, saying ...") is a person or a body of no
    armed sector, and a frame of speech hangs on that verb."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in VERBAL_ATTACK_VERBS:
        holder = tok
    elif tok.pos_ == "NOUN" and lemma in VERBAL_ATTACK_NOUNS and tok.dep_ in {"dobj", "obj"} and tok.head.pos_ == "VERB":
        holder = tok.head
    else:
        return False
    subjects = [c for c in kids_of(holder) if c.dep_ == "nsubj"]
    if not any((a := actors.get(token_actor.get(s.i))) is not None and a.kind in {"person", "organization"}
               and a.sector not in FORCE_SECTORS for s in subjects):
        return False
    return _speech_frame(holder)


def _forceful_danger(noun: Token) -> bool:
    return any(t.lemma_.lower() in DANGER_FORCE_WORDS for t in noun.subtree)


def warns_of_a_danger(tok: Token) -> bool:
    """Whether a warning verb warns about a danger (on it: "about the dangers of ...") or says the one
    warned is in one (its clause's predicate: "they were in danger of ..."), not of force."""
    clauses = [c for c in kids_of(tok) if c.dep_ == "ccomp"]
    # (the parser may hang "about the dangers" on the one warned: "warned A and B about ...")
    warned = [h for o in kids_of(tok) if o.dep_ in {"dobj", "obj"} for h in (o, *o.conjuncts)]
    for holder in (tok, *clauses, *warned):
        for prep in kids_of(holder):
            if prep.dep != DEP_PREP or prep.lower not in DANGER_PREPS_IDS:
                continue
            for noun in kids_of(prep):
                if noun.dep_ == "pobj" and noun.lemma_.lower() in DANGER_NOUNS and not _forceful_danger(noun):
                    if holder not in clauses and prep.lower_ in {"in", "at"}:
                        continue  # "in danger" only as a clause's predicate ("they were in danger of ...")
                    return True
    return False


RECOGNITION_VERBS = word_list("arguments", "recognition_verbs")
RECOGNISED_STANDINGS = word_list("arguments", "recognised_standings")
RECOGNISED_MERITS = word_list("arguments", "recognised_merits")


def recognises_a_fact(tok: Token, token_actor: dict[int, str]) -> bool:
    """Whether "recognise" acknowledges a fact (arguments.yaml recognition_verbs): its object (or passive
    subject) is no actor, no name and no standing ("recognise the strain on budgets", "recognised
    this", "recognise that ..."), so it is no diplomatic recognition (054)."""
    objects = [c for c in kids_of(tok) if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    for o in objects:
        heads = [o, *o.conjuncts]
        if any(h.i in token_actor or h.pos_ == "PROPN" or h.lemma_.lower() in RECOGNISED_STANDINGS for h in heads):
            return False
    return True


def recognises_a_merit(tok: Token) -> bool:
    """Whether "recognise" acknowledges someone's merit ("recognised the efforts of X"): praise."""
    return any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in RECOGNISED_MERITS for c in kids_of(tok))


WORDY_FIGHT_VERBS = word_list("precision", "wordy_fight_verbs")
WORDY_FIGHTERS = word_list("precision", "wordy_fighters")


def fights_in_words(tok: Token, targets: list[str], token_actor: dict[int, str], actors: dict) -> bool:
    """Round 40: whether a verb of fighting (precision.yaml wordy_fight_verbs) with no target and no
    object ("fought back", "fought over the bill") is done by a person or a body of no armed sector (an
    actor of that kind or a civilian noun: precision.yaml wordy_fighters) and by no armed one: a figure
    of speech, not force (19)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WORDY_FIGHT_VERBS or any(targets):
        return False
    kids = list(kids_of(tok))
    if any(c.dep_ in {"dobj", "obj"} for c in kids):
        return False  # an object fought: a side, or a problem (precision.py _fights_a_problem)
    subjects = [s for c in kids if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    # (a dateline the parser made the subject holds the doer as its appositive: "NAIROBI (Reuters) - X ...")
    subjects += [a for s in subjects for a in kids_of(s) if a.dep_ == "appos"]
    doers = [actors.get(token_actor.get(s.i)) for s in subjects]
    if any(a is not None and a.sector in FORCE_SECTORS for a in doers):
        return False  # "police fought back": force
    # (a dateline's city the parser made a second subject is neither: "KAMPALA - lawmakers fought ...")
    return any(s.lemma_.lower() in WORDY_FIGHTERS or (a is not None and a.kind in {"person", "organization"})
               for s, a in zip(subjects, doers, strict=True))


DEFENDED_MEASURES = ABSTRACT_OBJECTS | word_list("arguments", "defended_measures") | word_list("precision", "policy_things")


def stands_by_a_measure(tok: Token) -> bool:
    """Round 42: whether a verb of defending has a measure as its object ("defended the measures",
    "defended her record", "defended the shake-up"): it stands by that measure, an event of its own
    whether or not anyone is named to aim it at; a place or a side defended is not read here."""
    return any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in DEFENDED_MEASURES and c.lower_ not in CONCRETE_PLURALS
               for c in kids_of(tok))


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
DANGER_PREPS_IDS = string_ids(DANGER_PREPS)
