"""The event rules' vocabulary: ``data/events/*.yaml`` (patterns, stance words, modality and argument
word lists) read into lookup tables, once per process, and a user's pattern and stance files over them.

The pattern syntax is documented at the top of ``patterns.yaml``. Each pattern becomes a
:class:`Pattern` indexed by its head lemma, so the coder does one dict lookup per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from .. import errors, pronouns
from ..ids import string_ids
from ..rules import UserFile, merge_sections, package_yaml, user_files
from .ontology import cameo_table

_TERM = re.compile(r"\[([^\]]+)\]|\+(\S+)|([^\s\[\]+]+)")


@dataclass(frozen=True)
class Pattern:
    """One readable pattern: a head lemma and the constraints around it."""

    text: str  # as written in the data file, for messages and tests
    kind: str  # "verb" or "noun"
    lemma: str
    code: str
    particle: str | None = None  # phrasal verb particle ("pull out")
    objects: frozenset[str] = frozenset()  # required object lemmas ("impose [sanction]")
    preps: tuple[str, ...] = ()  # prepositions introducing the target ("+on|against")
    modifiers: frozenset[str] = frozenset()  # words modifying a noun ("military cooperation")
    symmetric: bool = False
    say: bool = False
    needs_target: bool = False  # flag "to": coded only when the one it is aimed at is named
    reverse: bool = False  # flag "rev": the subject undergoes it ("received arms from X": X gave)
    derived: bool = False  # a noun made from a verb's pattern (derived_nouns.yaml), not written
    bare: bool = False  # a derived noun that is the verb itself: its doer must be named on it

    @property
    def specificity(self) -> int:
        return bool(self.particle) + bool(self.objects) + bool(self.preps) + len(self.modifiers)


def parse_pattern(text: str, value: str, kind: str) -> Pattern:
    """``"impose [sanction|ban] +on|against"`` and ``"163 sym"`` -> a Pattern."""
    code, *flags = str(value).split()
    words: list[str] = []
    objects: set[str] = set()
    preps: tuple[str, ...] = ()
    for obj, prep, word in _TERM.findall(text):
        if obj:
            for w in (w.strip().lower() for w in obj.split("|")):
                # "[@weapons]": a named class of object_classes.yaml (round 30)
                objects.update(object_class(w[1:]) if w.startswith("@") else (w,))
        elif prep:
            preps = tuple(p.lower() for p in prep.split("|"))
        elif word:
            words.append(word.lower())
    if not words:
        raise ValueError(f"pattern {text!r} names no word")
    if code not in cameo_table():
        raise ValueError(f"pattern {text!r}: {code!r} is not a CAMEO code in cameo.tsv")
    if kind == "verb":
        head, particle, modifiers = words[0], (words[1] if len(words) > 1 else None), frozenset()
    else:  # nouns: the last word is the head, the ones before it modify it
        head, particle, modifiers = words[-1], None, frozenset(words[:-1])
    return Pattern(text, kind, head, code, particle, frozenset(objects), preps, modifiers,
                   "sym" in flags, "say" in flags, "to" in flags, "rev" in flags)


@cache
def object_classes() -> dict[str, frozenset[str]]:
    """The named object classes of ``data/events/object_classes.yaml`` (round 30): "[@weapons]" in a
    pattern stands for the class's lemmas."""
    return {str(k): frozenset(str(w).lower() for w in v) for k, v in (_data("object_classes.yaml") or {}).items()}


def object_class(name: str) -> frozenset[str]:
    """One object class; an unknown name stops wirecoder at load with the name."""
    classes = object_classes()
    if name not in classes:
        raise ValueError(f"object class {name!r} is not in data/events/object_classes.yaml")
    return classes[name]


def derived_nouns(verbs: dict[str, list[Pattern]], nouns: dict[str, list[Pattern]]) -> dict[str, list[Pattern]]:
    """Noun patterns made from verb patterns by ``data/events/derived_nouns.yaml`` (round 27): each
    verb's plain patterns (no object word, no particle, not "rev") of the listed roots give the nouns
    its endings make ("expel"... "condemn" -> "condemnation"), coded like the verb and aimed at the
    object of the verb's prepositions or of ``default_preps``; only when the target is named. A noun
    with patterns of its own, a verb that names its object as something, and ``not_derived`` keep
    out."""
    data = _data("derived_nouns.yaml")
    roots = tuple(str(r) for r in data["roots"])
    # (round 31: roots whose nouns come only from a verb pattern with prepositions of its own:
    # "deployment +to" from "deploy +to", never "the deployment of X's troops" aimed at X)
    prep_roots = tuple(str(r) for r in data.get("prep_roots") or [])
    endings = [(str(cut), str(add)) for cut, add in data["endings"]]
    skip = {str(w).lower() for w in data.get("not_derived") or []}
    # "described X as", "regarded X as": their sense is in the "as" name a noun does not carry
    skip_verbs = word_lists("arguments")["naming_verbs"] | word_lists("arguments")["naming_as_verbs"]
    default_preps = tuple(str(p).lower() for p in data["default_preps"])
    forms: dict[str, set[str]] = {}  # noun -> the verbs it is made from
    for verb in verbs:
        for cut, add in endings:
            if verb.endswith(cut) and len(verb) > len(cut) + 1:
                forms.setdefault(verb[:len(verb) - len(cut)] + add, set()).add(verb)
    for noun, verb in (data.get("irregular") or {}).items():
        forms.setdefault(str(noun).lower(), set()).add(str(verb).lower())
    bare_preps = {str(root): tuple(str(p).lower() for p in preps) for root, preps in (data.get("bare_preps") or {}).items()}
    out: dict[str, list[Pattern]] = {}
    for verb in (str(v).lower() for v in data.get("bare_verbs") or []):
        if verb in nouns:
            continue
        plist = []
        for p in verbs.get(verb, ()):
            preps = p.preps or bare_preps.get(p.code[:2], ())
            if p.objects or p.particle or p.reverse or not p.code.startswith(roots) or not preps:
                continue
            plist.append(Pattern(f"{verb} +{'|'.join(preps)} (the noun of {p.text})", "noun", verb, p.code, None,
                                 frozenset(), preps, frozenset(), p.symmetric, False, True, False,
                                 derived=True, bare=True))
        if plist:
            out[verb] = sorted(plist, key=lambda q: -q.specificity)
    for noun, made_from in sorted(forms.items()):
        if noun in nouns or noun in skip or noun in verbs:
            continue
        plist: list[Pattern] = []
        for verb in sorted(made_from - skip_verbs):
            for p in verbs.get(verb, ()):
                if p.objects or p.particle or p.reverse or not (
                        p.code.startswith(roots) or p.preps and p.code.startswith(prep_roots)):
                    continue
                preps = p.preps or default_preps
                text = f"{noun} +{'|'.join(preps)} (from {p.text})"
                plist.append(Pattern(text, "noun", noun, p.code, None, frozenset(), preps, frozenset(),
                                     p.symmetric, False, True, False, derived=True))
        if plist:
            out[noun] = sorted(plist, key=lambda q: -q.specificity)
    # written noun patterns that code, as the bare verb-nouns, only with their doer named on the noun
    # or a light verb's subject (round 28: "X's crackdown on Y", not "blamed X for a crackdown on Y")
    for noun in (str(w).lower() for w in data.get("doer_on_noun") or []):
        if noun in nouns and noun not in out:
            # (with modifier words, "trade ban", the written pattern stands as it is)
            out[noun] = [p if p.modifiers else replace(p, derived=True, bare=True) for p in nouns[noun]]
    return out


def _data(name: str) -> dict:
    return package_yaml("events", name)


# The sections of a patterns file and of a stance group, with their shapes.
PATTERN_SECTIONS: dict[str, type] = {"verbs": dict, "nouns": dict, "located_bodies": list,
                                     "representatives": list, "intent": dict, "refusal": dict}


def expand_verb_class(text: str) -> list[str]:
    """evstop44: a pattern whose head is a named class of verbs, ``"@tie_cutting_verbs [@ties]"``
    (object_classes.yaml), stands for one pattern per verb of the class ("freeze [@ties]", "cut off
    [@ties]" ...); any other pattern stands for itself."""
    if not text.startswith("@"):
        return [text]
    name, _, rest = text[1:].partition(" ")
    return [f"{verb} {rest}".strip() for verb in sorted(object_class(name))]


def _index(entries: dict[str, str], kind: str, source: UserFile | None = None) -> dict[str, list[Pattern]]:
    index: dict[str, list[Pattern]] = {}
    for text, value in entries.items():
        try:
            plist = [parse_pattern(one, value, kind) for one in expand_verb_class(str(text))]
        except ValueError as exc:
            if source is None:
                raise
            raise source.error(text, errors.RULES_BAD_PATTERN.format(pattern=str(text), error=exc)) from None
        for p in plist:
            index.setdefault(p.lemma, []).append(p)
    for plist in index.values():
        plist.sort(key=lambda p: -p.specificity)
    return index


def _codes(table: dict[str, str], what: str, source: UserFile | None = None) -> dict[str, str]:
    out = {str(k): str(v) for k, v in table.items()}
    for key, code in out.items():
        if code not in cameo_table():
            if source is None:
                raise ValueError(f"patterns.yaml {what}: {key!r} -> {code!r} is not a CAMEO code")
            raise source.error(key, errors.RULES_BAD_CODE.format(what=what, key=key, code=code))
    return out


def _stance(groups: dict[str, Any], source: UserFile | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, group in groups.items():
        if not (isinstance(group, dict) and "words" in group):
            if source is None:
                continue  # the package file's comments-only groups
            raise source.error(name, errors.RULES_BAD_STANCE.format(group=name))
        if source is not None and (not isinstance(group["words"], list) or str(group.get("code")) not in cameo_table()):
            raise source.error(name, errors.RULES_BAD_STANCE.format(group=name))
        for word in group["words"]:
            out[str(word).lower()] = str(group["code"])
    return out


class Lexicon:
    """The event rules' vocabulary for one pipeline: the package's patterns and stance words with a
    user's files laid over them (same formats as ``patterns.yaml`` and ``stance.yaml``)."""

    def __init__(self, patterns: Iterable[str | Path] = (), stance: Iterable[str | Path] = ()) -> None:
        pattern_files, stance_files = user_files(patterns), user_files(stance)
        if not pattern_files and not stance_files:
            self.verbs, self.nouns, self.stance = verb_patterns(), noun_patterns(), stance_words()
            self.intent, self.refusal = modality_codes()
            self.bodies, self.representatives = located_bodies(), representative_nouns()
            return
        data = dict(_data("patterns.yaml"))
        for f in pattern_files:
            merge_sections(data, f, PATTERN_SECTIONS)  # checks the sections' shapes
            # each file's entries checked on their own, so that an error names its file and line
            _index(f.data.get("verbs") or {}, "verb", f), _index(f.data.get("nouns") or {}, "noun", f)
            _codes(f.data.get("intent") or {}, "intent", f), _codes(f.data.get("refusal") or {}, "refusal", f)
        self.verbs, self.nouns = _index(data["verbs"], "verb"), _index(data["nouns"], "noun")
        self.nouns.update(derived_nouns(self.verbs, self.nouns))
        self.intent = _codes(data.get("intent") or {}, "intent")
        self.refusal = _codes(data.get("refusal") or {}, "refusal")
        self.bodies = frozenset(str(w).lower() for w in data.get("located_bodies") or [])
        self.representatives = frozenset(str(w).lower() for w in data.get("representatives") or [])
        self.stance = dict(stance_words())
        for f in stance_files:  # a word in a later file takes that file's code
            self.stance.update(_stance(f.data, f))


@cache
def verb_patterns() -> dict[str, list[Pattern]]:
    """Verb patterns by lemma, most specific first."""
    return _index(_data("patterns.yaml")["verbs"], "verb")


@cache
def noun_patterns() -> dict[str, list[Pattern]]:
    """Noun (nominal trigger) patterns by lemma, most specific first, with the nouns derived from
    the verb patterns (:func:`derived_nouns`)."""
    nouns = _index(_data("patterns.yaml")["nouns"], "noun")
    nouns.update(derived_nouns(verb_patterns(), nouns))
    return nouns


@cache
def stance_words() -> dict[str, str]:
    """Evaluative lemma -> the CAMEO code a speaker's use of it about an actor codes."""
    return _stance(_data("stance.yaml"))


@cache
def modality_codes() -> tuple[dict[str, str], dict[str, str]]:
    """(intent, refusal): what a promised/threatened or refused deed codes, by code or root."""
    data = _data("patterns.yaml")
    return _codes(data.get("intent") or {}, "intent"), _codes(data.get("refusal") or {}, "refusal")


@cache
def located_bodies() -> frozenset[str]:
    """Nouns of state bodies that act for the state they are "in" ("a court in Lesotho")."""
    return frozenset(str(w).lower() for w in _data("patterns.yaml").get("located_bodies") or [])


@cache
def representative_nouns() -> frozenset[str]:
    """Nouns of people sent by a state, who stand for the one they come "from" ("a delegation from X")."""
    return frozenset(str(w).lower() for w in _data("patterns.yaml").get("representatives") or []) \
        | word_list("recall", "representatives_from")


@cache  # read once per process: every list of a file is asked for by name at import time
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of ``data/events/<name>.yaml`` (``modality``, ``arguments``), by list name.

    Each list is a frozenset of lower-case words; a list of pairs (``inflections``) is left to
    :func:`inflections`.
    """
    data = _data(f"{name}.yaml") or {}
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()
            if isinstance(words, list) and all(not isinstance(w, list) for w in words)}


def word_list(name: str, key: str) -> frozenset[str]:
    """One list of ``data/events/<name>.yaml``; a missing list stops wirecoder at load with its name."""
    lists = word_lists(name)
    if key not in lists:
        raise ValueError(f"data/events/{name}.yaml has no list {key!r}")
    return lists[key]


@cache
def light_verbs() -> frozenset[str]:
    """Verbs that carry the deed their object noun names (``derived_nouns.yaml`` light_verbs)."""
    return frozenset(str(w).lower() for w in _data("derived_nouns.yaml").get("light_verbs") or [])


@cache
def inflections() -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs tried in order on a word whose lemma is not in the patterns."""
    return tuple((str(a), str(b)) for a, b in _data("arguments.yaml")["inflections"])


# --- the word lists and CAMEO knowledge the rules apply, read once at import ------------------------
# (data/events/modality.yaml, arguments.yaml and codes.yaml; a missing list stops wirecoder at load)
_CODES = {key: (str(v) if not isinstance(v, list) else [str(x) for x in v])
          for key, v in _data("codes.yaml").items()}

# Dependency labels, as the linguistics they encode (spaCy's English labels).
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# Labels the small parser gives a clause's subject when it misreads a lone surname as an adverb
MISPARSED_SUBJECTS = {"advmod", "npadvmod"}
OBJECTS = {"dobj", "obj"}
# their ids, as spaCy's tokens hold them (``tok.dep in OBJECTS_IDS``; speed only, see wirecoder.ids)
SUBJECTS_IDS = string_ids(SUBJECTS)
OBJECTS_IDS = string_ids(OBJECTS)
# Unions of the labels above that many rules test against, made once at import, not on every test
# (speed only: the same members).
SUBJECTS_OR_PASSIVE_SUBJECTS = SUBJECTS | PASSIVE_SUBJECTS
SUBJECTS_OR_PASSIVE_SUBJECTS_OR_EXPL = SUBJECTS | PASSIVE_SUBJECTS | {"expl"}
OBJECTS_OR_PASSIVE_SUBJECTS = OBJECTS | PASSIVE_SUBJECTS
PASSIVE_SUBJECTS_OR_EXPL = PASSIVE_SUBJECTS | {"expl"}
# The parts of a noun phrase that still name the same actor(s): "the US, Russia and Switzerland",
# "Russian Foreign Minister Sergey Lavrov", "the leader of Iran". Relative clauses and other
# prepositions ("in Ukraine") name other things and are left out.
PHRASE_DEPS = {"compound", "amod", "det", "poss", "case", "conj", "cc", "appos", "nmod", "flat",
               "nummod", "punct", "npadvmod", "quantmod"}
PHRASE_PREPS = word_list("arguments", "phrase_preps")
RELATION_NOUNS = word_list("arguments", "relation_nouns")  # "Valdora's allies" are not Valdora
# "Kull's colleagues", "supporters of Kull" are not Kull; "Kenyan supporters" are still Kenyan
PERSONAL_RELATION_NOUNS = word_list("arguments", "relation_nouns_round20")
VENUE_NOUNS = word_list("arguments", "venue_nouns")  # evsrc55: "the Geneva meeting ... agreed": not CHE
SEAT_PLACE_NOUNS = word_list("arguments", "seat_place_nouns")  # evsrc57: "police in Peru's capital": PER
DESCRIBING_APPOSITIVES = word_list("arguments", "describing_appositives")  # "X, a NATO member": not NATO (evnews27)
# the clauses a verb takes whose actors are no side of its own domestic act: "urged X to arrest Y" (evnews27)
DOMESTIC_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "parataxis"})
LABEL_PREPS = word_list("arguments", "label_preps")  # "condemned X as an attack on Y": the label (evnews27)
CONCESSIVE_PREPS = word_list("arguments", "concessive_preps")  # "despite objections from X": no target (round 43)
RELATION_PREFIXES = word_list("arguments", "relation_prefixes")  # "anti-X riots": not X (round 43)
AGAINST_DEED_NOUNS = word_list("arguments", "against_deed_nouns")  # "anti-X protests": at X (round 43)
PATRON_PARTICIPLES = word_list("arguments", "patron_participles")  # "X-backed militias": not X (round 43)
BACKED_MEASURES = (word_list("arguments", "backed_measures") | word_list("arguments", "abstract_objects")
                   | word_list("precision", "policy_things"))  # "the X-backed plan": X's own (round 43)
MEDIUM_PREPS = word_list("arguments", "medium_preps")  # "condemned the attack in a statement" (round 29)
MEDIUM_NOUNS = word_list("arguments", "medium_nouns")
OWNED_THINGS = word_list("arguments", "owned_things")  # "Guyana's sovereignty": the owner is no target (evnews27)
# evnews28: sectors whose official or body never acts on its own state named as a state (coder._own_state_named)
OWN_STATE_DOER_SECTORS = frozenset(w.upper() for w in word_list("arguments", "own_state_doer_sectors"))
CAUSE_PREPS = word_list("arguments", "cause_preps")  # "summoned X over a strike": not the summoner's strike (evnews27)
# The word lists below are read once, at import, from data/events/modality.yaml and arguments.yaml,
# where each says why it exists; the comments here say what the code does with them.
# Modality: whether the clause reports a deed, a promise/threat, a refusal, or nothing at all.
NEGATORS = word_list("modality", "negators")
CEASING_ADVERBS = word_list("modality", "ceasing_adverbs")  # "no longer supports" (round 31)
# "could", "may", "might": a possibility, not an event. "must"/"should" make a demand (see
# DEMAND_MODALS), not the deed. "would" is the future of reported speech after a verb of saying
# ("said it would withdraw"), a hypothetical elsewhere.
HYPOTHETICAL = word_list("modality", "hypothetical")
FUTURE = word_list("modality", "future")
CONDITIONALS = word_list("modality", "conditionals")
FUTURE_TIME_MARKS = word_list("modality", "future_time_marks")  # "once the senate has approved"
REPORTED_FUTURE = word_list("modality", "reported_future")  # "said it would withdraw"
VOWING_HEADS = word_list("modality", "vowing_heads")  # "warned that it would expel" (round 25)
THREAT_CONDITIONS = word_list("modality", "threat_conditions")  # "will withdraw unless ..."
CONSEQUENT_MARKS = word_list("modality", "consequent_marks")  # "would back it if ..." (round 31)
DENYING_DETERMINERS = word_list("modality", "denying_determiners")  # "no evidence that ..."
# History and description: see modality.yaml.
HISTORY_PREPS = word_list("modality", "history_preps") | word_list("modality", "history_preps_round16")
HISTORY_YEARS = int(_data("modality.yaml")["history_years"])
PERFECT_AUXILIARIES = word_list("modality", "perfect_auxiliaries")
FAILURE_HEADS = word_list("modality", "failure_heads")  # "failed to agree on a truce"
# Heads whose complement is a promise or plan: "agreed to meet", "is ready to help", "threatened to cut".
INTENT_HEADS = word_list("modality", "intent_heads")
# Heads of a plan ("plans to") and of a timetable ("is scheduled to"): see modality.yaml.
PLAN_HEADS = word_list("modality", "plan_heads")
SCHEDULE_HEADS = word_list("modality", "schedule_heads")  # "is due to", "is scheduled to"
ATTRIBUTION_WORDS = word_list("modality", "attribution_words")  # "according to a statement"
ASPECT_HEADS = word_list("modality", "aspect_heads")
HABITUAL_ADVERBS = word_list("modality", "habitual_adverbs")
# Heads whose complement did not happen and codes nothing itself ("hoped to meet", "denied
# attacking"); the head may be coded by its own pattern (deny -> 016, urge -> 020).
NOTHING_HEADS = word_list("modality", "nothing_heads")
# Nouns whose clause says what is proposed, asked or tried, not done: "its demand that Israel ease".
PROPOSAL_NOUNS = word_list("modality", "proposal_nouns")
# "a warning of sanctions": the "of" object is threatened, not done.
UNREAL_OF_NOUNS = word_list("modality", "unreal_of_nouns")
ENDING_HEADS = word_list("modality", "ending_heads")  # "dropped the inquiry": an action ended
# evhalt43: "called off its raids", "scaled back its offensive": phrasal verbs of ending (lemma, particle)
ENDING_PHRASALS = frozenset(tuple(p.split(maxsplit=1)) for p in word_list("modality", "ending_phrasals"))
# evhalt43: "a pause in its air strikes", "a halt to its attacks": nouns of a halt and their preposition
HALTING_NOUNS = word_list("modality", "halting_nouns")
HALTING_NOUN_PREPS = word_list("modality", "halting_noun_preps")
# evnoun45: "a suspension of its strikes" (the "of" object is the action stopped); "ordered a halt to its strikes"
HALTING_OF_NOUNS = word_list("modality", "halting_of_nouns")
HALT_ORDERING_HEADS = word_list("modality", "halt_ordering_heads")
# Heads of refusal: the complement is refused ("refused to meet" -> the head's own REJECT code).
REFUSE_HEADS = word_list("modality", "refuse_heads")
# "declined to comment": saying nothing, no refusal of anything.
NO_COMMENT_VERBS = word_list("modality", "no_comment_verbs") | word_list("modality", "no_comment_verbs_round16")
# round 36: "declined to give details / name the buyers / be drawn": withholding information, as "declined to comment"
DISCLOSING_VERBS = word_list("modality", "disclosing_verbs")
GIVING_VERBS = word_list("modality", "giving_verbs")
INFORMATION_NOUNS = word_list("modality", "information_nouns")
DRAWN_VERBS = word_list("modality", "drawn_verbs") | word_list("modality", "drawn_verbs_round57")
EXCLUDING_VERBS = word_list("modality", "excluding_verbs")  # round 57: "refused to rule out"
SAY_VERBS = word_list("modality", "say_verbs")
# "alleged that X shelled ...": an accusation, not X's deed.
ALLEGATION_HEADS = word_list("modality", "allegation_heads")
# "is thought to have signed": a passive verb of belief over a deed, hearsay (round 16).
HEARSAY_HEADS = word_list("modality", "hearsay_heads")
# "is unlikely to attack", "has yet to meet": a deed weighed or still to come (round 16).
IMPROBABLE_HEADS = word_list("modality", "improbable_heads")
PENDING_ADVERBS = word_list("modality", "pending_adverbs")
# "imposed the ban in 1989 after troops opened fire": the "after" clause shares the date (round 16).
HISTORY_CLAUSE_MARKS = word_list("modality", "history_clause_marks")
MEANS_PREPS = word_list("modality", "means_preps")
# round 32: "four years ago" dates a clause as "in 1998" does; "when"/"as" clauses date their head
AGO_UNITS = {str(k): int(v) for k, v in _data("modality.yaml")["ago_units"].items()}
AGO_NUMBERS = {str(k): int(v) for k, v in _data("modality.yaml")["ago_numbers"].items()}
DATING_CLAUSE_MARKS = word_list("modality", "dating_clause_marks")
# round 53: "recalled 1997, when ...", "the 2008 war, during which ...": the clause shares the noun's year
OCCASION_RELATIVES = word_list("modality", "occasion_relatives")
# round 53: "each time X recalled its envoy", "every time X shelled Y": a habit, not one deed
HABITUAL_OCCASION_NOUNS = word_list("modality", "habitual_occasion_nouns")
HABITUAL_OCCASION_DETERMINERS = word_list("modality", "habitual_occasion_determiners")
PROPOSING_VERBS = word_list("modality", "proposing_verbs")  # "proposed a crackdown": not done
OCCASION_DIRECTIVES = word_list("modality", "occasion_directives")  # "will ask X to": a plan (round 37)
OCCASION_DIRECTIVE_ROOTS = word_list("modality", "occasion_directive_roots")
# evfact51: a verbal act promised or agreed to ("agreed to condemn X", "pledged to investigate Y"): the promise
PROMISED_SPEECH_HEADS = word_list("modality", "promised_speech_heads")
PROMISED_SPEECH_ROOTS = word_list("modality", "promised_speech_roots")
HOSTILE_SPEECH_ROOTS = word_list("modality", "hostile_speech_roots")
BACKGROUND_ADVERBS = word_list("modality", "background_adverbs") | word_list("modality", "rule_adverbs")
RUMOUR_NOUNS = word_list("modality", "rumour_nouns")  # "rumours that X had launched a strike"
ALLEGATION_NOUNS = word_list("modality", "allegation_nouns")  # round 33: "denied claims that X shelled Y"
LAST_UNITS = word_list("modality", "last_units")  # round 33: "X last year had blocked Y"
LAST_WORDS = word_list("modality", "last_words")
THREAT_NOUNS = word_list("modality", "threat_nouns")  # "X's threat to impose tariffs on Y" (round 19)
DECIDED_NOUNS = word_list("modality", "decided_nouns")  # "X's decision to expel Y's envoy" (evsubj39)
DECISION_OWNER_PREPS = word_list("modality", "decision_owner_preps")  # "the decision by X to ..." (evrec48)
THREAT_MAKING_VERBS = word_list("modality", "threat_making_verbs")  # "X issued a threat to ..." (round 19)
FREE_RELATIVES = word_list("modality", "free_relatives")  # "whatever the president agrees to"
COUNTERFACTUAL_MODALS = word_list("modality", "counterfactual_modals")  # "would have objected"
# "X wants Y to do ...": X appeals to Y (the deed itself is only wished for).
WISH_HEADS = word_list("modality", "wish_heads")
ORDER_HEADS = word_list("modality", "order_heads")  # "X ordered Y to ...": a demand (round 32)
COMMANDED_SECTORS = frozenset(w.upper() for w in word_list("modality", "commanded_sectors"))  # (round 32)
COMMANDING_SECTORS = frozenset(w.upper() for w in word_list("modality", "commanding_sectors"))  # (round 32)
APPEAL_CODE = _CODES["appeal"]
# "X said Y must ..." codes a demand from X to Y.
DEMAND_MODALS = word_list("modality", "demand_modals")
# round 31: "Y should be able to ...", "should have the right to ...", "should expect ...", "should act
# as ...": given to Y or told to Y, not asked of Y (modality.yaml)
ENTITLEMENT_ADJECTIVES = word_list("modality", "entitlement_adjectives")
ENTITLEMENT_OBJECTS = word_list("modality", "entitlement_objects")
FORECAST_VERBS = word_list("modality", "forecast_verbs")
ROLE_VERBS = word_list("modality", "role_verbs")
KNOWING_VERBS = word_list("modality", "knowing_verbs")  # round 40: "Y must realise that ..."
CUSTODY_HEADS = word_list("modality", "custody_heads")  # "ruled X should remain in jail"
CUSTODY_PLACES = word_list("modality", "custody_places")
APPEAL_NEEDS = word_list("modality", "appeal_needs")  # "X said Y needed to ...": X appeals to Y
# "X said Y should have ...": X reproaches Y (criticism).
REPROACH_MODALS = word_list("modality", "reproach_modals")
# "insisted that Y must ...": heads besides the verbs of saying whose "must" clause is a demand.
DEMAND_HEADS = SAY_VERBS | word_list("modality", "demand_heads")
DEMAND_CODE = _CODES["demand"]
CUSTODY_CODE = _CODES["custody"]  # a court's order keeping someone detained
THREAT_CODE = _CODES["threat"]
# Violence needs someone able to use it; a civilian person's "attack" is criticism.
VIOLENT_ROOTS = frozenset(_CODES["violent_roots"])
# "lifted its blockade of X": ending pressure of these roots on X is yielding to X.
YIELD_CODE = _CODES["yield"]
YIELDED_ROOTS = frozenset(_CODES["yielded_roots"])
YIELD_FORCE_CODE = _CODES["yield_force"]  # evhalt43: "halted its strikes on X": de-escalation (087)
# Sense in context: things a violent verb cannot hurt; verbs that name their object as something.
ABSTRACT_OBJECTS = word_list("arguments", "abstract_objects") | word_list("arguments", "abstract_objects_round16") \
    | word_list("arguments", "abstract_objects_round23")  # round 23: "attacked the cabinet's neglect"
CONCRETE_PLURALS = word_list("arguments", "concrete_plurals")  # "struck rebel positions": still force
NAMING_VERBS = word_list("arguments", "naming_verbs")
NAMING_CRITICISM = word_list("arguments", "naming_criticism")  # "called the ruling a farce"
NAMING_PRAISE = word_list("arguments", "naming_praise")  # "called the accord a milestone"
NAMING_REJECTION = word_list("arguments", "naming_rejection")  # "called the charges baseless"
RECIPROCAL_WORDS = word_list("arguments", "reciprocal_words")  # "each other", "one another"
RECIPROCAL_DETERMINERS = word_list("arguments", "reciprocal_determiners")
PROTEST_CALL_HEADS = word_list("arguments", "protest_call_heads")  # "called for protests in X"
PROTEST_NOUNS = word_list("arguments", "protest_nouns")
# Verbs of harm ("a measure undermining the talks"): judgements.yaml harm_verbs.
HARM_VERBS = word_list("judgements", "harm_verbs")
SPEAKER_CONJ_VERBS = word_list("arguments", "speaker_conj_verbs")  # "said X ... and accused Y"
NAMING_AS_VERBS = word_list("arguments", "naming_as_verbs")  # "viewed the levy as a breach"
TOLD_ACTION_NOUNS = word_list("arguments", "told_action_nouns")  # "condemned the move"
SAID_NOUNS = word_list("arguments", "said_nouns")  # "rejected the claim": its speaker
BLAMED_CAUSE_VERBS = word_list("arguments", "blamed_cause_verbs")  # round 43: "blamed the closures on ..."
BLAMED_CAUSE_PREPS = word_list("arguments", "blamed_cause_preps")
ANAPHORIC_DETERMINERS = word_list("arguments", "anaphoric_determiners")  # "condemned the attack"
VICTIM_OF_WORDS = word_list("arguments", "victim_of_words")  # "the invasion of X": X suffers it
FORCE_SECTORS = frozenset(w.upper() for w in word_list("arguments", "force_sectors"))
VERBAL_ATTACK_CODE = _CODES["verbal_attack"]
PRAISE_CODE = _CODES["praise"]
PERSON_TARGET_ROOTS = frozenset(_CODES["person_target_roots"])  # "sentenced a journalist"
VERBAL_ROOTS = frozenset(_CODES["verbal_roots"])
# First-person words inside a quotation stand for the speaker's side.
FIRST_PERSON = pronouns.FIRST_PERSON
# "Anyone who helps Iran will be punished": a relative clause on a generic pronoun describes a
# condition, not something anyone did.
GENERIC_PRONOUNS = pronouns.GENERIC
# "Japan and South Korea agreed ..., their ministers said": a plural pronoun stands for the
# coordinated subject named before it in the same sentence.
PLURAL_PRONOUNS = pronouns.PLURAL
# "his government was ready ...": a body owned by a third-person pronoun, in a reported clause,
# is the reporter's own.
OWNER_PRONOUNS = pronouns.OWNER
# "said after meeting in Tokyo": a verb after one of these prepositions shares the subject of the
# verb the preposition hangs on (not "accused X of supplying", where X does it).
SHARED_SUBJECT_PREPS = word_list("arguments", "shared_subject_preps")
JOINING_VERBS = word_list("arguments", "joining_verbs")  # "joined Latvia in condemning": Latvia too
# "criticised attacks by X", "rejected attempts by X": the doer of the action a verb's object names
# is the one a judgement (praise, disapproval, rejection) is aimed at.
OBJECT_DOER_PREPS = word_list("arguments", "object_doer_preps")
JUDGEMENT_ROOTS = frozenset(_CODES["judgement_roots"])
# Verbal acts aimed at someone: judgements, appeals (02) and demands (10); another's such words are no
# deed of theirs, and a verb coded so passes judgement.
JUDGEMENT_APPEAL_DEMAND_ROOTS = JUDGEMENT_ROOTS | {"02", "10"}
# "Russia's embassy in Berlin criticised the plans": a mission's unaimed judgement is of its host.
HOST_MISSIONS = word_list("arguments", "host_missions")
# Sectors whose people act for their state (the minister's words are Russia's): source = country.
STATE_SECTORS = frozenset(w.upper() for w in word_list("arguments", "state_sectors"))
# round 23: sectors whose body stands for its state as "the government" named after it
STORY_STATE_SECTORS = frozenset(w.upper() for w in word_list("arguments", "story_state_sectors"))
# Sectors of a state's bodies that act for it (the parliament's ban is the state's): source = country.
STATE_BODY_SECTORS = frozenset(w.upper() for w in word_list("arguments", "state_body_sectors"))
# Sectors whose people and organisations are political actors (sport, business, media are not).
POLITICAL_SECTORS = frozenset(w.upper() for w in word_list("arguments", "political_sectors"))
POLITICAL_KINDS = {"state", "igo", "group"}
# Verbs whose subject, when it names an action, reports that action happening ("our military
# cooperation is developing", "talks began", "the attack took place").
HAPPENING_VERBS = word_list("arguments", "happening_verbs") | word_list("recall", "consequence_verbs")
IMPACT_VERBS = word_list("arguments", "impact_verbs")
# "published a statement urging ...": a text's clause is the act of the verb's subject that put it out.
ISSUING_VERBS = word_list("arguments", "issuing_verbs")
# "Israel is opposed to X": a passive of stance whose subject is the one taking it.
STANCE_PASSIVES = word_list("arguments", "stance_passives")
# "were arrested, police said": the reporting body whose work an agentless passive deed is did it.
IMPLICIT_DOERS = {**{lemma: frozenset(w.upper() for w in word_list("arguments", "police_sectors"))
                     for lemma in word_list("arguments", "police_deeds")},
                  **{lemma: frozenset(w.upper() for w in word_list("arguments", "court_sectors"))
                     for lemma in word_list("arguments", "court_deeds")}}
# "protesters protested against the ruling": a crowd's complaint is a demonstration.
COMPLAINT_CODE, DEMONSTRATION_CODE = _CODES["complaint"], _CODES["demonstration"]
# round 52: force by a crowd is a violent protest (codes.yaml crowd_force_roots, riot)
CROWD_FORCE_ROOTS, RIOT_CODE = frozenset(_CODES["crowd_force_roots"]), _CODES["riot"]
CROWD_SECTORS = frozenset(w.upper() for w in word_list("arguments", "crowd_sectors"))
# "prosecutors charged X with fraud": a legal body's charge is legal action, not an accusation.
LEGAL_CHARGES = word_list("arguments", "legal_charges")
LEGAL_SECTORS = frozenset(w.upper() for w in word_list("arguments", "legal_sectors"))
LEGAL_BODIES = word_list("arguments", "legal_bodies")
LEGAL_ACTION_CODE = _CODES["legal_action"]
# "Estonian jets bombed the town": a state's bombing is an air strike, a group's a bomb attack.
AIR_STRIKE_VERBS = word_list("arguments", "air_strike_verbs")
ARMED_FORCE_SECTORS = frozenset(w.upper() for w in word_list("arguments", "armed_force_sectors"))
BOMBING_CODE, AIR_STRIKE_CODE = _CODES["bombing"], _CODES["air_strike"]
# Regular endings tried when the tagger's lemma is not in the patterns: (ending, replacement).
INFLECTIONS = inflections()
# Prepositions that introduce the one an action is done to, when a pattern names none.
TARGET_PREPS = word_list("arguments", "target_preps")
# evtgt53: "to a lesser extent", "to some degree": how much, never the one an act is aimed at (arguments.yaml)
DEGREE_NOUNS = frozenset(word_list("arguments", "degree_nouns"))
# "died in a drone raid", "wounded by shelling": a passive deed done through an action noun.
DEED_PREPS = word_list("arguments", "deed_preps")
PEOPLE_ACTED_ON_VERBS = word_list("arguments", "people_acted_on_verbs")  # round 45: "were expelled by X"
# "engaged X in a firefight", "dragged X into a war": the noun's action is done to the verb's object.
DRAWN_INTO_PREPS = word_list("arguments", "drawn_into_preps")
# Roots whose unnamed target is the state where the action takes place (protests, force posture).
PLACE_TARGET_ROOTS = frozenset(_CODES["place_target_roots"])
OWN_STATE_TARGET_ROOTS = frozenset(_CODES["own_state_target_roots"])  # "French unions called a strike"
# Roots printed with no target named; any other root needs one.
UNTARGETED_ROOTS = frozenset(_CODES["untargeted_roots"])
OPPONENTS_UNTARGETED_ROOTS = frozenset(_CODES["opponents_untargeted_roots"])  # round 34 (codes.yaml)
NAMED_UNTARGETED_ROOTS = frozenset(_CODES["named_untargeted_roots"])  # round 41 (codes.yaml)
UNTARGETED_WEAK_SOURCES = frozenset(_CODES["untargeted_weak_sources"])  # evnews28 (codes.yaml)
UNTARGETED_WEAK_KEPT_ROOTS = frozenset(_CODES["untargeted_weak_kept_roots"])
UNAIMED_REFUSAL_ROOTS = frozenset(_CODES["unaimed_refusal_roots"])  # round 38 (codes.yaml)
REFUSED_THING_DEPS = frozenset(_CODES["refused_thing_deps"])
AIMED_CODES = frozenset(_CODES["aimed_codes"])  # round 23: accusations and complaints are of someone
# "X accused Y ... Y denied it": the denial (016) rejects (120) the accuser.
DENIAL_CODE = _CODES["denial"]
REJECT_CODE = _CODES["reject"]
REBUTTED_PREDICATES = frozenset(_CODES["rebutted_predicates"])  # round 24: "denied its figures were too rosy"
# "A and B agreed to ...": a joint undertaking between the actors named together.
JOINT_ROOTS = frozenset(_CODES["joint_roots"])
# "defended the measures": judged as one's own, aimed at no earlier doer.
OWN_ACTION_CODES = frozenset(_CODES["own_action_codes"])
LOCATION_PREPS = word_list("arguments", "location_preps")
# "provocations by X", "the aggression of X": who an evaluative word is about (parse, then surface).
STANCE_ABOUT_PREPS = word_list("arguments", "stance_about_preps")
STANCE_SURFACE_PREPS = word_list("arguments", "stance_surface_preps")
LOCATION_ENTS = {"GPE", "LOC", "FAC"}
# Clauses under another: an event there ranks below the main clause's ([events] penalty_subordinate).
SUBORDINATE_DEPS = {"advcl", "xcomp", "acl", "relcl", "pcomp", "csubj"}
# evnone53: a measure voided ("struck down the government's law") is aimed at its owner only, never at
# the side a measure is about ("the ban on Chinese apps"): object_classes.yaml measures, voiding_verbs
MEASURES = object_class("measures")
VOIDING_VERBS = object_class("voiding_verbs")
