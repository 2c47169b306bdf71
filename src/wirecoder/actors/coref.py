"""Later mentions: what refers back to an actor without naming it.

- A definite description made of an office ("the minister", "The Russian foreign minister") refers to
  the person whose role has that office (and whose country, if the description names one): the most
  recent such person before it, else the first after it (a subheadline may run ahead of the body).
- "the alliance", "the bloc" refer to the most recently named IGO that lists that noun (igos.yaml).
- "he"/"she" is indexed when only one person of a compatible gender has been mentioned before it;
  otherwise :meth:`ActorTable.resolve_pronoun` gives the most recent compatible person on request.
- pron55: :func:`rank_person_pronoun` ranks the persons named near a "he"/"she" by a salience model (coref.yaml
  ``pronoun_salience``: role of the mention, sentence distance, known gender; none on a tie); the quotes stage's
  pronoun speakers take its person where it names one.
- :class:`References` (data/actors/coref.yaml): "it"/"its", "they"/"their", "the country", "the
  ministry", "both sides" refer back to a state, an IGO, a body or a group, only where one antecedent
  is clearly salient (the subject of a clause above, the previous sentence's subject, or for
  descriptions the one fitting actor of the last sentences), never across a quotation mark, never an
  expletive "it" or a generic "they". They go to ``ActorTable.references``, not to the mentions:
  the events stage reads them where no name covers a word; quotes keep their own pronoun rules.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable
from importlib import resources
from typing import NamedTuple

import numpy as np
import yaml
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import pronouns
from ..arrays import (
    LastDoc,
    is_in,
    kids_of,
    labelled_kids,
    sentence_bounds,
    sentences,
    subtree_indices,
    token_indices,
    token_table,
)
from ..ids import (
    DEP_CONJ,
    DEP_DET,
    DEP_EXPL,
    DEP_NSUBJPASS,
    DEP_POSS,
    DEPS_CCOMP_XCOMP,
    DEPS_COMPOUND_NUMMOD_POSS,
    DEPS_COMPOUND_POSS_AMOD_CONJ_CC_APPOS_NMOD,
    DEPS_RELCL_ACL,
    TAGS_WP_WDT,
    WORD_THE,
    string_ids,
)
from ..record import Actor
from .dictionary import Dictionary, hinted_matches, trie_pattern
from .persons import Context, Office, _state_before

PRONOUN_GENDER = pronouns.GENDER
# The subject pronouns a later mention may be (object forms refer back too, but they are not looked for).
# (?<!\w)(?:[Hh]e|[Ss]he)(?!\w), with the word-edge check after the first letter so that the scan
# skips to the next H, h, S or s instead of trying the pattern at every character (speed only)
_PRONOUN = re.compile(r"(?:" + trie_pattern(("He", "he", "She", "she"), edge=r"\w") + r")(?!\w)")
# The same words found by the literal each holds ("he" in "he", "she", "She"; "He"), which the regex
# engine searches for in its fast loop for a literal prefix; _PRONOUN opens with a class of four
# letters, tried at every character of the text (speed only: _pronoun_spans gives _PRONOUN's matches)
_HE_SHE = re.compile(r"he(?!\w)(?:(?<=(?<!\w)he)|(?<=(?<!\w)[Ss]he))")
_CAPITAL_HE = re.compile(r"He(?<!\wHe)(?!\w)")


def _pronoun_spans(text: str, lo: int) -> list[tuple[int, int]]:
    """The spans of ``_PRONOUN.finditer(text, lo)``, in order: "he" and "she" (either case of the
    "s") by the "he" they hold, "He" by itself. The words never overlap (speed only)."""
    # (a match of "he" just after an "s" or "S" is the end of "she": a bare "he" has no word
    # character before it)
    spans = [(s - (text[s - 1] in "Ss" if s else 0), s + 2) for s in [m.start() for m in _HE_SHE.finditer(text, lo)]]
    if spans and spans[0][0] < lo:  # ("she" whose "s" is just before lo)
        spans.pop(0)
    capital = [m.span() for m in _CAPITAL_HE.finditer(text, lo)]
    return sorted(spans + capital) if capital else spans


_THE = frozenset({"the"})
_CONJ_ID = get_string_id("conj")  # (a label as the table's ids hold it: speed only)
_POSSESSIVE = frozenset({"'s", "’s"})
# "the 54-year-old lawyer", "The 61-year-old former minister": an age, then up to two words, the last
# the person's (group 2); the article definite (a person already named)
_AGED = re.compile(r"\b[Tt]he (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old((?: [a-z]+){1,3})\b")
_AGE_MARK = "-year-old"  # (found first by a plain search, the pattern read only around it; speed only)


class Coreference:
    """Finds later mentions; built once per finder."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.entries = dictionary.entries
        # "the 54-year-old lawyer": an age and a word for a person or an office (_aged_descriptions)
        self.person_words = frozenset(dictionary.offices.person_nouns) | frozenset(
            " ".join(head) for head in dictionary.offices.heads)
        nouns = sorted(dictionary.nouns, key=len, reverse=True)
        # ((?<!\w)[Tt]he, the word-edge check after the first letter: the scan skips to the next T or t; speed only)
        self.noun_pattern = (re.compile(r"[Tt](?<!\w[Tt])he\s+(?i:(" + "|".join(map(re.escape, nouns)) + r"))(?!\w)")
                             if nouns else None)
        # What every match of noun_pattern holds from its second character on ("he" and the noun, its
        # alternatives as a trie): searched for first, its literal "he" in the regex engine's fast loop,
        # and noun_pattern tried only one character before each (hinted_matches; the case-insensitive
        # alternation of nouns was tried after every "the" of the text: speed only, the same matches)
        self._noun_hint = re.compile(r"he\s+(?i:" + trie_pattern(nouns) + r")(?!\w)") if nouns else None

    def later_mentions(self, doc: Doc, ctx: Context, offices: list[Office], used_offices: set[int],
                       mentions: list, kinds: dict[str, str], persons: dict[str, Actor],
                       genders: dict[str, str], lo: int, blocked: Callable[[int, int], bool]) -> list:
        from . import Mention  # the index's own type

        out: list[Mention] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        person_ms = [m for m in ordered if m.actor in persons]
        out.extend(self._descriptions(doc, ctx, offices, used_offices, person_ms, persons, blocked, Mention))
        out.extend(self._aged_descriptions(ctx.text, lo, person_ms, blocked, Mention))
        igo_ms = [m for m in ordered if kinds.get(m.actor) == "igo"]
        if self.noun_pattern is not None and igo_ms:
            starts = [m.start for m in igo_ms]
            for match in hinted_matches(self.noun_pattern, self._noun_hint, ctx.text, lo):
                if blocked(*match.span()):
                    continue
                noun = match.group(1).lower()
                i = bisect.bisect_left(starts, match.start()) - 1
                while i >= 0 and noun not in self.entries[igo_ms[i].actor].nouns:
                    i -= 1
                if i >= 0:
                    out.append(Mention(match.start(), match.end(), igo_ms[i].actor, "alias"))
        # Pronouns, against every person mention so far (names and descriptions).
        person_ms = sorted(person_ms + [m for m in out if m.actor in persons], key=lambda m: m.start)
        seen: list[str] = []
        j = 0
        for start, end in _pronoun_spans(ctx.text, lo):  # (_PRONOUN's matches: speed only)
            while j < len(person_ms) and person_ms[j].start < start:
                if person_ms[j].actor not in seen:
                    seen.append(person_ms[j].actor)
                j += 1
            want = PRONOUN_GENDER[ctx.text[start:end].lower()]
            fits = [p for p in seen if genders.get(p, want) == want]
            if len(fits) == 1 and not blocked(start, end):
                out.append(Mention(start, end, fits[0], "pronoun"))
        return out

    def _aged_descriptions(self, text: str, lo: int, person_ms: list, blocked: Callable[[int, int], bool],
                           mention_type: type) -> list:
        """ "X was appointed ombudsman. The 54-year-old lawyer said ...": "the", an age and a word for a
        person or an office (offices.yaml ``person_nouns`` and office heads) describe the person named
        last, when that person was named within the last two sentences and no other person since: a
        later mention of them (a wire story's way to say who X is). Not "a 54-year-old lawyer" (someone
        new) nor a thing ("the 30-year-old bridge": no person's word)."""
        out = []
        starts = [m.start for m in person_ms]
        matches = []
        at = text.find(_AGE_MARK, lo)
        while at >= 0:
            back = text.rfind("he ", max(lo, at - 24), at)
            match = _AGED.match(text, back - 1) if back > lo else None
            if match is not None and match.start(1) == at + len(_AGE_MARK):
                matches.append(match)
            at = text.find(_AGE_MARK, at + 1)
        for match in matches:
            words = match.group(1).split()
            k = next((k for k in range(len(words)) if words[k] in self.person_words
                      or " ".join(words[max(0, k - 1):k + 1]) in self.person_words), None)
            if k is None or blocked(*match.span()):
                continue
            end = match.start(1) + len(" " + " ".join(words[:k + 1]))
            i = bisect.bisect_left(starts, match.start()) - 1
            if i < 0:
                continue
            last = person_ms[i]
            between = text[last.end:match.start()]
            if between.count(". ") + between.count(".\n") > 1 or len(between) > 400 or \
                    any(m.actor != last.actor and last.end <= m.start < match.start() for m in person_ms):
                continue
            out.append(mention_type(match.start(), end, last.actor, "title"))
        return out

    def _descriptions(self, doc: Doc, ctx: Context, offices: list[Office], used: set[int],
                      person_ms: list, persons: dict[str, Actor], blocked: Callable[[int, int], bool],
                      mention_type: type) -> list:
        out = []
        starts = [m.start for m in person_ms]
        for office in offices:
            if office.start in used:
                continue
            # "the General Election": the office word modifies a noun, it is not the head.
            if office.end < len(doc) and doc[office.end].pos_ in ("NOUN", "PROPN"):
                continue
            country, stop = _state_before(ctx, office.start)
            # Only a definite description: "the minister", "the Russian foreign minister", "Russia's
            # foreign minister"; "a minister" or "ministers" is nobody in particular.
            possessive = country is not None and stop < office.start and doc[stop:office.start].text.find("'s") >= 0
            if stop > 0 and doc[stop - 1].lower in _THE_IDS:
                first = stop - 1
            elif country is not None and (possessive or doc[stop:office.start].text.endswith(("'s", "’s"))):
                first = stop
            else:
                continue
            start, end = doc[first].idx, doc[office.end - 1].idx + len(doc[office.end - 1])
            if blocked(start, end):
                continue
            words = set(office.role.lower().split())
            # (a role word that makes it another office must be in the description too: "the chancellor" is not
            # "Shadow Chancellor X", coref.yaml other_office_words)
            fits = {pid for pid, actor in persons.items()
                    if actor.role and words <= (role := set(actor.role.lower().split()))
                    and not (role - words) & _OTHER_OFFICE
                    and (country is None or actor.country in (None, country))}
            # "the acting governor" is whoever holds the office for now: a person the text gave the
            # office as acting (coref.yaml stand_in_words), never the holder named without that word
            # ("Governor X was suspended ... The acting governor said"), who is someone else
            if has_stand_in_word(doc[first:office.end]):
                fits = {pid for pid in fits if any(named_as_stand_in(ctx.text, m.start, m.end)
                                                   for m in person_ms if m.actor == pid)}
            if not fits:
                continue
            i = bisect.bisect_left(starts, start) - 1
            while i >= 0 and person_ms[i].actor not in fits:
                i -= 1
            if i < 0:  # nothing before: the first fitting person after it
                i = bisect.bisect_left(starts, end)
                while i < len(person_ms) and person_ms[i].actor not in fits:
                    i += 1
                if i == len(person_ms):
                    continue
            out.append(mention_type(start, end, person_ms[i].actor, "title"))
        return out


# --- later mentions of actors that are not persons (data/actors/coref.yaml) ------------------------------

_TABLE = yaml.safe_load(resources.files("wirecoder").joinpath("data", "actors", "coref.yaml").read_text("utf-8"))
_SINGULAR = frozenset(_TABLE["singular_pronouns"])
_SINGULAR_KINDS = frozenset(_TABLE["singular_kinds"])
_PLURAL = frozenset(_TABLE["plural_pronouns"])
_PLURAL_KINDS = frozenset(_TABLE["plural_kinds"])
_EXPLETIVE_VERBS = frozenset(_TABLE["expletive_verbs"])
_GENERIC_THEY_VERBS = frozenset(_TABLE["generic_they_verbs"])
_DESCRIPTIONS: dict[str, dict] = {str(k): v for k, v in _TABLE["descriptions"].items()}
_PAIR_OPENERS = frozenset(_TABLE["pair_openers"])
_PAIRS: dict[str, frozenset[str]] = {str(k): frozenset(v) for k, v in _TABLE["pairs"].items()}
_WINDOW = int(_TABLE["window"])
_OTHER_OFFICE = frozenset(_TABLE["other_office_words"])  # "shadow": another office than the bare title
_PAIR_WINDOW = int(_TABLE["pair_window"])
# Round 35: a firm named with its nationality ("A Dutch electronics group said it had agreed ...", "a
# Canadian bank said it would ..."): a later "it" is the firm, not its state; the firm words are the
# events stage's (data/events/arguments.yaml business_heads, trade_group_heads: a "group" with a
# common-noun compound, not an armed or a state's one), read here so the two stages agree.
_FIRMS = yaml.safe_load(resources.files("wirecoder").joinpath("data", "events", "arguments.yaml").read_text("utf-8"))
_FIRM_HEADS = frozenset(_FIRMS["business_heads"])
_TRADE_GROUP_HEADS = frozenset(_FIRMS["trade_group_heads"])
_NOT_FIRM_WORDS = frozenset(_FIRMS["group_armed_compounds"]) | frozenset(_FIRMS["state_owned_words"]) | \
    frozenset(_FIRMS["armed_side_heads"])
_STAND_IN = frozenset(_TABLE["stand_in_words"])  # "acting", "interim": holding an office for now
_STAND_IN_BEFORE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, sorted(_STAND_IN))) + r")\s+(?:[A-Z][\w.-]*\s+){1,4}$")
_STAND_IN_AFTER = re.compile(r"(?i),\s+(?:the\s+|an?\s+)?(?:" + "|".join(map(re.escape, sorted(_STAND_IN))) + r")\s")
# (also in a relative clause on the name: "NAME, who has run the bank in an acting capacity since May,")
_STAND_IN_WHO = re.compile(r"(?i),\s+who\s[^.,;\n]{0,80}?(?<!\w)(?:" + "|".join(map(re.escape, sorted(_STAND_IN))) + r")\s")


def _fits_spec(noun: str, spec: dict, actor: Actor | None) -> bool:
    """Whether "the NOUN" may stand for ``actor`` by its description's spec: its kinds, and for a named description
    a word of the actor's name, its sector, or (no sector) a word of its name that says it is one."""
    if actor is None or actor.kind not in spec["kinds"]:
        return False
    if not spec.get("named"):
        return True
    words = actor.name.lower().split()
    name_words = {str(w).lower() for w in spec.get("name_words") or ()}
    return noun in words or noun.rstrip("s") in words or actor.sector in (spec.get("sectors") or ()) \
        or (actor.sector is None and not name_words.isdisjoint(words))


def description_fits(noun: str, actor: Actor | None) -> bool | None:
    """Whether ``actor`` is one that "the NOUN" may refer back to (coref.yaml descriptions); None where the noun is no
    description there. (quotes27: the speaker stage asks it of "a union official", "a party spokesman".)"""
    spec = _DESCRIPTIONS.get(noun)
    return None if spec is None else _fits_spec(noun, spec, actor)


def named_as_stand_in(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is given a stand-in's title: just before it ("Acting Governor
    NAME", "acting President NAME"), in an apposition after it ("NAME, the acting governor,") or in a
    relative clause on it ("NAME, who has led the bank in an acting capacity,")."""
    return bool(_STAND_IN_BEFORE.search(text, max(0, start - 50), start)) or bool(_STAND_IN_AFTER.match(text, end)) \
        or bool(_STAND_IN_WHO.match(text, end))


def has_stand_in_word(tokens) -> bool:
    """Whether a title's words hold a stand-in word ("the acting governor", "the interim president")."""
    return any(t.lower in _STAND_IN_IDS for t in tokens)
_OTHER_WORDS = frozenset(_TABLE["other_words"])
_OF_OBJECT_VERBS = frozenset(_TABLE["verbs_with_of_object"])  # "accused the commission of fraud"
_SPEAKING = frozenset(_TABLE["speaking_verbs"])
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OPEN_MARKS = frozenset("\u201c")
_MARK_CHARACTERS = '\u201c\u201d"\n'  # the characters _quote_regions reads
_MARKS = re.compile(f"[{_MARK_CHARACTERS}]")  # (their class; _mark_places finds the same places)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_ASKED = frozenset(_SINGULAR) | frozenset(_PLURAL) | frozenset(_DESCRIPTIONS) | frozenset(_PAIRS)


def _mark_places(text: str) -> list[int]:
    """Where ``_MARKS`` matches in ``text``, in order: each of its four characters found by str.find,
    which skips to the next one in C, where the regex engine's scan for a class of characters
    tests every character of the text (speed only: the same places)."""
    places: list[int] = []
    for ch in _MARK_CHARACTERS:
        i = text.find(ch)
        while i >= 0:
            places.append(i)
            i = text.find(ch, i + 1)
    places.sort()
    return places


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """The stretches inside quotation marks, paired within a paragraph (a quote left open at a
    paragraph's end runs to it). (Only the marks and line ends are visited, found by str.find
    (_mark_places), not every character: speed only.)"""
    out = []
    opened = None
    for i in _mark_places(text):
        ch = text[i]
        if ch == "\n":
            if opened is not None:
                out.append((opened, i))
                opened = None
        elif ch in _OPEN_MARKS or (ch == '"' and opened is None):
            opened = i
        elif opened is not None:  # (a closing mark, or a straight one closing)
            out.append((opened, i))
            opened = None
    if opened is not None:
        out.append((opened, len(text)))
    return out


def _names_firm(head: Token) -> bool:
    """Round 35: whether a subject phrase's head is a firm's noun ("bank", "carmaker", "an electronics
    group"; see _FIRM_HEADS above), none of its modifiers a state's or an armed side's word ("the state
    bank", "a rebel group")."""
    low = head.lower_
    mods = [c for c in kids_of(head) if c.dep_ in {"compound", "amod", "nmod"}]
    if low in _TRADE_GROUP_HEADS:
        firm = any(c.pos_ == "NOUN" and c.dep_ in {"compound", "nmod"} for c in mods)
    else:
        firm = low in _FIRM_HEADS or head.lemma_.lower() in _FIRM_HEADS or any(c.lower_ in _FIRM_HEADS for c in mods)
    return firm and not any(w.lower_ in _NOT_FIRM_WORDS for c in mods for w in c.subtree)


class References:
    """Pronouns, definite descriptions and pairs that refer back to a state, an IGO, a body or a group
    ("it", "their", "the country", "the ministry", "both sides"). Each found is a :class:`Mention` of
    the actor (kind ``pronoun`` or ``alias``) kept apart from the names (``ActorTable.references``):
    the events stage reads them where no name covers a word; the quotes stage keeps its own rules."""

    def __init__(self, doc: Doc, mentions: list, actors: dict[str, Actor], lo: int,
                 blocked: Callable[[int, int], bool], text: str | None = None) -> None:
        self.doc, self.actors, self.lo, self.blocked = doc, actors, lo, blocked
        table = token_table(doc)  # (the token starts and the doc's text, read once per doc: speed only)
        self.text = table.doc_text if text is None else text  # ``text``: the doc's text where the caller holds it
        # token index -> actor id of the longest mention covering it (one pass over mentions)
        self.token_actor: dict[int, str] = {i: m.actor for i, m in table.longest_mentions(mentions).items()}
        self.quotes = _quote_regions(self.text)
        self.quote_starts = [s for s, _ in self.quotes]
        self.sents = sentences(doc)  # (made once per doc for the stages: speed only)
        # (a token's sentence by bisection in the sentences' starts, not a table of every token: speed only)
        self.sent_starts = [sent.start for sent in self.sents]

    # --- helpers -----------------------------------------------------------------------------------
    def sentence_of(self, i: int) -> int:
        """The index in ``sents`` of the sentence that holds token ``i``."""
        return bisect.bisect_right(self.sent_starts, i) - 1

    def quote_of(self, char: int) -> int | None:
        i = bisect.bisect_right(self.quote_starts, char) - 1
        if i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]:
            return i
        return None

    def kind(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.kind if actor else None

    def phrase_actors(self, head: Token) -> list[str]:
        """The actors a subject phrase names: the head's own, else those of its modifiers (not of a
        clause or a preposition's object hanging on it)."""
        dep, i = token_table(head.doc).dep_id, head.i  # (the subtree's labels as ids: speed only)
        if any(dep[k] == _CONJ_ID for k in subtree_indices(head) if k <= i) or \
                any(c.dep == DEP_CONJ for c in kids_of(head)):
            return []  # "Latvia and Estonia", "Latvian and Estonian officials": no single antecedent
        if head.i in self.token_actor:
            return [self.token_actor[head.i]]
        out: list[str] = []
        stack = [head]
        while stack:
            tok = stack.pop()
            actor = self.token_actor.get(tok.i)
            if actor and actor not in out:
                out.append(actor)
            stack.extend(c for c in kids_of(tok) if c.dep in DEPS_COMPOUND_POSS_AMOD_CONJ_CC_APPOS_NMOD)
        if out and _names_firm(head):
            out = [a for a in out if self.kind(a) != "state"]  # round 35: the firm's country is no antecedent
        return out

    def clause_subject(self, tok: Token) -> Token | None:
        """The subject of the nearest clause above ``tok`` (its own verb's excluded when ``tok`` is that
        subject) that stands before it in the sentence."""
        node = tok
        while node.head.i != node.i:
            node = node.head
            for c, dep in labelled_kids(node):
                if dep in _SUBJECT_DEPS and c.i < tok.i and not (c.i <= tok.i <= c.right_edge.i):
                    return c
            if node.dep in DEPS_RELCL_ACL:
                return None
        return None

    def main_subject(self, k: int) -> Token | None:
        sent = self.sents[k]
        root = sent.root
        for c, dep in labelled_kids(root):
            if dep in _SUBJECT_DEPS:
                return c
        return None

    @staticmethod
    def in_relative(tok: Token) -> bool:
        """Whether ``tok`` is the subject of a relative clause or of one opened by a wh-word ("a charge the
        group rejected", "condemned what it called an incursion"): there the events stage's own readings
        of the clause decide (its subject is often the one the clause's noun is about)."""
        verb = tok.head
        return tok.dep in _SUBJECT_DEPS_IDS and (verb.dep in DEPS_RELCL_ACL or any(
            c.tag in TAGS_WP_WDT for c in kids_of(verb)))

    def salient(self, tok: Token, fits: Callable[[str], bool], strict: bool) -> str | None:
        """The one antecedent for ``tok``: a fitting actor that is the subject of a clause above it,
        else the main subject of the sentence before; with ``strict`` (pronouns) a subject that names
        no fitting actor stops the search (the pronoun is most likely that subject's)."""
        region = self.quote_of(tok.idx)
        subj = self.clause_subject(tok)
        if subj is not None and ((found := self._sole_fitting(subj, fits, region)) is not None or strict):
            return found
        k = self.sentence_of(tok.i)
        # a pronoun does not reach into the paragraph before (a new paragraph often opens on something else)
        if k > 0 and not (strict and "\n" in self.text[self.sents[k - 1].start_char:tok.idx].lstrip()):
            prev = self.main_subject(k - 1)
            if prev is not None and ((found := self._sole_fitting(prev, fits, region)) is not None or strict):
                return found
        if strict:
            return None
        # the one fitting actor named in the window (same side of a quotation mark)
        first = self.sents[max(0, k - _WINDOW)].start
        idx = token_table(self.doc).idx  # (each word's tok.idx from the doc's table, no token: speed26)
        seen = {a for i in range(first, tok.i) if (a := self.token_actor.get(i)) and fits(a)
                and self.quote_of(idx[i]) == region}
        return next(iter(seen)) if len(seen) == 1 else None

    def _sole_fitting(self, subj: Token, fits: Callable[[str], bool], region: int | None) -> str | None:
        """The actor ``subj`` names where it names one only, that one fits, and ``subj`` stands in the
        quote ``region`` of the word looked up (:meth:`salient`); None otherwise."""
        found = self.phrase_actors(subj)
        fitting = [a for a in found if fits(a)]
        return fitting[0] if len(found) == 1 and fitting and self.quote_of(subj.idx) == region else None

    # --- the three kinds of word ---------------------------------------------------------------------
    def find(self) -> list:
        from . import Mention

        out: list[Mention] = []
        table = token_table(self.doc)
        doc, idx, lo = self.doc, table.idx, self.lo
        # (the words asked about, found in the doc's lower-case ids: a token object only for those; speed only)
        for i in token_indices(doc, LOWER, _ASKED):
            if idx[i] < lo or i in self.token_actor:
                continue
            tok = doc[i]
            low = tok.lower_
            if low in _SINGULAR or low in _PLURAL:
                actor = self.pronoun(tok, low)
                if actor:
                    self._add(out, Mention(tok.idx, tok.idx + len(tok), actor, "pronoun"))
            elif low in _DESCRIPTIONS and tok.pos_ == "NOUN":
                actor = self.description(tok, _DESCRIPTIONS[low])
                if actor:
                    first = tok.left_edge if tok.left_edge.i < tok.i else tok
                    self._add(out, Mention(first.idx, tok.idx + len(tok), actor, "alias"))
            elif low in _PAIRS:
                pair = self.pair(tok, _PAIRS[low])
                if pair:
                    opener = next(c for c in kids_of(tok) if c.lower_ in _PAIR_OPENERS)
                    self._add(out, Mention(opener.idx, opener.idx + len(opener), pair[0], "alias"))
                    self._add(out, Mention(tok.idx, tok.idx + len(tok), pair[1], "alias"))
        return out

    def _add(self, out: list, mention) -> None:
        """Keep a later mention and index it, so that a later word may go back through it ("It said
        its navy ...")."""
        if self.blocked(mention.start, mention.end):
            return
        out.append(mention)
        for t in self.doc.char_span(mention.start, mention.end, alignment_mode="expand") or ():
            self.token_actor.setdefault(t.i, mention.actor)

    def pronoun(self, tok: Token, low: str) -> str | None:
        singular = low in _SINGULAR
        if tok.dep == DEP_EXPL:
            return None
        owner = tok.dep == DEP_POSS
        if self.in_relative(tok):
            return None
        if owner and tok.head.dep not in _SUBJECT_DEPS_IDS:
            # "put their forces on standby": the doer's own; "demanded that X forsake its arms": X's
            return None
        if not owner and tok.dep not in _SUBJECT_DEPS_IDS:
            return None  # an object "it" is most often a thing
        verb = tok.head
        if not owner:
            if singular and (verb.lemma_.lower() in _EXPLETIVE_VERBS or (
                    tok.dep == DEP_NSUBJPASS and any(c.dep in DEPS_CCOMP_XCOMP for c in kids_of(verb)))):
                return None  # "it is likely that", "it was agreed that"
            if not singular and verb.lemma_.lower() in _GENERIC_THEY_VERBS:
                subj = self.clause_subject(tok)
                found = self.phrase_actors(subj) if subj is not None else []
                if len(found) < 2:
                    return None  # "they say": anyone
        if singular:
            def fits(a: str) -> bool:
                return self.kind(a) in _SINGULAR_KINDS and not self.plural_named(a, tok)
        else:
            def fits(a: str) -> bool:
                return self.kind(a) in _PLURAL_KINDS and self.plural_named(a, tok)
        return self.salient(tok, fits, strict=True)

    def plural_named(self, actor_id: str, before: Token) -> bool:
        """Whether the actor's last mention before ``before`` ends in a plural noun ("the rebels",
        "the Vardenians")."""
        for i in range(before.i - 1, max(-1, before.i - 400), -1):
            if self.token_actor.get(i) == actor_id:
                return self.doc[i].tag_ in _PLURAL_TAGS and (i + 1 >= len(self.doc)
                                                             or self.token_actor.get(i + 1) != actor_id)
        return False

    def description(self, tok: Token, spec: dict) -> str | None:
        left = [c for c in kids_of(tok) if c.i < tok.i]
        if not left or left[0].lower != WORD_THE or left[0].dep != DEP_DET:
            return None
        if any(c.dep_ not in {"det", "amod"} or (c.dep_ == "amod" and (c.i in self.token_actor or c.text[:1].isupper()))
               for c in left[1:]) or any(c.dep in DEPS_COMPOUND_NUMMOD_POSS or c.lower in _OTHER_WORDS_IDS
                                         for c in left):
            return None  # "the other party", "the Vardenian party": another, or a named one
        # sides50: the object of "accuse", "warn" ... keeps an "of" the parser hung on it: the verb's
        # ("accused the commission of fraud"), not the noun's (coref.yaml verbs_with_of_object)
        verb_of = tok.dep_ == "dobj" and tok.head.lemma_.lower() in _OF_OBJECT_VERBS
        if any(c.dep_ in {"prep", "appos"} and c.lower_ != "'s" for c in kids_of(tok) if c.i > tok.i) and \
                not all(c.lower_ in {"in", "on", "at", "for", "over", "against", "with", "to"}
                        or (verb_of and c.lower_ == "of") for c in kids_of(tok) if c.i > tok.i and c.dep_ == "prep"):
            return None  # "the group of seven", "the party, Vardenian Unity"
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN":
            return None  # "the party Vardenian Unity"
        if self.in_relative(tok):
            return None
        if spec.get("speaker_state"):
            # a state that the sentence before is about (its main subject) and that is not the
            # speaker's is the government meant: "Chile raised its tariffs. Peru's minister said the
            # government had not consulted its neighbours" is Chile's government
            topic = self.topic_state(tok)
            speaker = self.subject_state(tok)
            return topic if topic is not None and topic != speaker else speaker
        noun = tok.lower_

        def fits(a: str) -> bool:
            return _fits_spec(noun, spec, self.actors.get(a))
        return self.salient(tok, fits, strict=False)

    def subject_state(self, tok: Token) -> str | None:
        """The one state of the subject of the clause above ``tok`` ("Somalia's ambassador ... said the
        government wanted"): the subject's actor if a state, else its country (an official's, a
        body's); None where the subject names none, or several, or stands across a quotation mark."""
        subj, node = None, tok
        while node.head.i != node.i and subj is None:
            node = node.head
            if node.dep in DEPS_RELCL_ACL:
                return None
            # the first subject above that is someone: an actor named, or the subject of a verb of
            # saying ("the Ugandan deal was not a model and that the government ...": not the deal)
            subj = next((c for c in kids_of(node) if c.dep in _SUBJECT_DEPS_IDS and c.i < tok.i
                         and not (c.i <= tok.i <= c.right_edge.i)
                         and (c.i in self.token_actor or node.lemma_.lower() in _SPEAKING)), None)
        if subj is None or self.quote_of(subj.idx) != self.quote_of(tok.idx):
            return None
        states = set()
        for a in self.phrase_actors(subj):
            actor = self.actors.get(a)
            state = a if actor is not None and actor.kind == "state" else actor.country if actor is not None else None
            if state is None or self.kind(state) != "state":
                return None
            states.add(state)
        return next(iter(states)) if len(states) == 1 else None

    def topic_state(self, tok: Token) -> str | None:
        """The state that is the one actor of the main subject of the sentence before ``tok`` (same
        side of a quotation mark), or None."""
        k = self.sentence_of(tok.i)
        prev = self.main_subject(k - 1) if k > 0 else None
        if prev is None or self.quote_of(prev.idx) != self.quote_of(tok.idx):
            return None
        found = self.phrase_actors(prev)
        return found[0] if len(found) == 1 and self.kind(found[0]) == "state" else None

    def pair(self, tok: Token, kinds: frozenset[str]) -> tuple[str, str] | None:
        # "both sides", "the two countries" ("two countries" alone are any two)
        if not any(c.lower_ in _PAIR_OPENERS and c.i < tok.i and (c.lower_ != "two" or (
                c.i > 0 and self.doc[c.i - 1].lower_ == "the")) for c in kids_of(tok)):
            return None
        if any(c.dep_ in {"compound", "amod", "poss"} or c.i in self.token_actor for c in kids_of(tok) if c.i < tok.i):
            return None  # "the two Vardenian parties", "both its sides"
        region = self.quote_of(tok.idx)
        k = self.sentence_of(tok.i)
        # "X congratulated both sides": the doer is not one of the sides
        subj = self.clause_subject(tok)
        doers = {self.token_actor[t.i] for t in subj.subtree if t.i in self.token_actor} if subj is not None else set()
        for j in range(k, max(-1, k - _PAIR_WINDOW - 1), -1):
            sent = self.sents[j]
            order: list[str] = []
            for i in range(sent.start, min(sent.end, tok.i)):
                a = self.token_actor.get(i)
                if a and a not in order and a not in doers and self.kind(a) in kinds \
                        and self.quote_of(self.doc[i].idx) == region:
                    order.append(a)
            if len(order) == 2:
                return order[0], order[1]
            if len(order) > 2:
                return None
        return None


# --- evsides35: short names of organisations named before (coref.yaml short_names) -------------------------

_SHORT = _TABLE["short_names"]
_SHORT_NAME_WORDS = frozenset(str(w).lower() for w in _SHORT["name_words"])
_SHORT_NEVER = frozenset(str(w).lower() for w in _SHORT["never"])
_SHORT_NOT_AFTER = frozenset({"NOUN", "PROPN"})  # a noun or proper noun


def name_head(name: str) -> str | None:
    """The head word of an organisation's proper name, lower-case: its last word before an "of"
    ("Kenya Ports Authority" -> "authority", "Board of Deputies of British Jews" -> "board"); None
    where the words are no proper name (a lower-case word that is no name word: "young people") or
    fewer than two words stand before the "of" (a one-word name is no short form of anything)."""
    words = name.replace("\u2019", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if "of" in words:
        words = words[:words.index("of")]
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _SHORT_NAME_WORDS for w in words):
        return None
    head = words[-1].removesuffix("'s").lower()
    # (a noun of ``descriptions``, "the ministry", is the References' own, with their salience rules)
    return head if head.isalpha() and head not in _SHORT_NEVER and head not in _SHORT_NAME_WORDS \
        and head not in _DESCRIPTIONS and head not in _PAIRS else None


def short_names(doc: Doc, text: str, mentions: list, generic: set[str], lo: int,
                blocked: Callable[[int, int], bool], mention_type: type) -> tuple[list, set[int]]:
    """ "The authority accused ...", after "the Kenya Ports Authority" was named: "the" and the head
    of the proper name of exactly one organisation named before (``name_head``) is a mention of it
    (coref.yaml ``short_names`` says why and where not). Returns the new mentions and the indices in
    ``mentions`` of the ones they replace: those of a generic body (``generic``: ids the actors stage
    made of common words, "org:authority") inside the same words."""
    heads: dict[str, dict[str, int]] = {}
    for m in mentions:
        if m.kind == "name" and m.actor.startswith("org:") and m.actor not in generic:
            head = name_head(text[m.start:m.end])
            if head is not None:
                firsts = heads.setdefault(head, {})
                firsts[m.actor] = min(firsts.get(m.actor, m.start), m.start)
    if not heads:
        return [], set()
    out, drop = [], set()
    # (the word-edge check after "T"/"t", as noun_pattern has it: the scan skips to the next T or t
    # instead of trying a lookbehind at every character; the same matches, speed only)
    pattern = re.compile(r"[Tt](?<!\w[Tt])he\s+(?i:(" + "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
                         + r"))(?!\w)")
    for match in pattern.finditer(text, lo):
        start, end = match.span()
        before = [a for a, first in heads[match.group(1).lower()].items() if first < start]
        if len(before) != 1 or blocked(start, end):
            continue
        span = doc.char_span(match.start(1), end)
        if span is None or span.root.pos_ not in _SHORT_NOT_AFTER:
            continue
        nxt = span.end
        if nxt < len(doc) and (doc[nxt].pos_ in _SHORT_NOT_AFTER or doc[nxt].lower_ == "of"):
            continue  # "the authority chairman", "the board of a firm"
        covering = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
        if any(mentions[i].actor not in generic or not (start <= mentions[i].start and mentions[i].end <= end)
               for i in covering):
            continue  # another actor's name ("the Conservatives" of a party with its own id)
        drop.update(covering)
        out.append(mention_type(start, end, before[0], "alias"))
    return out, drop


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
_OTHER_WORDS_IDS = string_ids(_OTHER_WORDS)
_STAND_IN_IDS = string_ids(_STAND_IN)
_SUBJECT_DEPS_IDS = string_ids(_SUBJECT_DEPS)
_THE_IDS = string_ids(_THE)


# --- pron55: one salience model for a person's pronoun (coref.yaml pronoun_salience) ----------------------------

_SALIENCE = _TABLE["pronoun_salience"]
_SALIENCE_SENTENCES = int(_SALIENCE["sentences"])
_ROLE_WEIGHT: dict[str, float] = {str(k): float(v) for k, v in _SALIENCE["roles"].items()}
_DISTANCE = float(_SALIENCE["distance"])
_PREVIOUS_SPEAKER = float(_SALIENCE["previous_speaker"])
_GENDER_KNOWN = float(_SALIENCE["gender_known"])
_MARGIN = float(_SALIENCE["margin"])
_LEAST = float(_SALIENCE["least"])
_SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLEFT_LABELS = frozenset({"attr"})  # "it was X who ...": X is the clause's topic


def mention_role(doc: Doc, start: int, end: int) -> str | None:
    """The role of a mention at [start, end): ``subject`` (the subject of a clause, a name in apposition to one,
    the focus of a cleft), ``possessive`` ("X's statement"), else ``object``; None where no span covers it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    while root.dep_ == "compound" and root.head is not root:
        root = root.head
    if root.dep_ == "poss" or any(t.lower_ in _POSSESSIVE for t in doc[span.end:span.end + 1]):
        return "possessive"
    if root.dep_ in _SUBJECT_LABELS and root.head.dep_ not in _REPORTED_CLAUSES \
            and not any(k.dep_ == "mark" and k.lower_ in _QUESTION_MARKS for k in kids_of(root.head)) \
            or root.dep_ in _CLEFT_LABELS and root.head.lemma_ == "be":
        return "subject"
    # (the subject of a reported clause, "she said X had failed", "I ask if X is ready", is what is talked
    # about, not whom the story follows: weighed as an object)
    return "object"


def rank_person_pronoun(doc: Doc, mentions: list, pronoun: Token, genders: dict[str, str],
                        quoted: Callable[[int], bool], previous: tuple[str, int] | None = None,
                        chain: bool = True, roles: dict[tuple[int, int], str | None] | None = None,
                        gender: str | None = None) -> str | None:
    """The person ``pronoun`` ("he", "she") stands for by the salience model of coref.yaml ``pronoun_salience``:
    ``mentions`` are the persons' mentions by name or title (not pronouns) in text order (the stage's own list,
    ``ActorTable.person_mentions_between``; those after the pronoun only tell a name written in full later); ``genders`` the persons' known genders;
    ``quoted`` whether an offset lies inside quotation marks; ``previous`` the person quoted last and where
    their cue stood (the subject of that cue, as a mention). Mentions inside what the pronoun's own verb reports
    ("Mr X has failed, he claimed") are its words, not its antecedent; so are the words of a participle clause that
    opens its clause ("Asked about X, he said") and a bare given name. None where no candidate stands near it, the
    best scores below ``least``, the best two tie, or (``chain``) an earlier "he"/"she" of the window would go to
    another person or to no one. ``roles`` keeps each mention's role for the checks of those earlier pronouns,
    which weigh the same mentions again (speed only). ``gender`` ("he"/"she") for a word that tells one the
    table does not (a possessive "his": pronev56)."""
    want = gender or PRONOUN_GENDER.get(pronoun.lower_)
    if want is None:
        return None
    # (speed56: each mention's role and whether it is a bare given name are remembered for the last doc,
    # _MENTION_MEMO, across all its pronouns; ``roles``, when given, is filled as before)
    memo = _MENTION_MEMO.known if _MENTION_MEMO.doc is doc else _MENTION_MEMO.of(doc)
    table = token_table(doc)
    own = _sentence_first(doc, pronoun.i)
    firsts = [own]
    for _ in range(_SALIENCE_SENTENCES):
        if firsts[-1] == 0:
            break
        firsts.append(_sentence_first(doc, firsts[-1] - 1))
    idx = table.idx
    here = idx[pronoun.i]
    lo = idx[firsts[-1]]
    offsets = [idx[f] for f in firsts]  # each sentence's first character, the pronoun's own first
    reported = _reported_words(pronoun)
    best: dict[str, float] = {}
    # (speed56: only the mentions of the window [lo, here) can count; ``mentions`` is in text order, so they are
    # one slice of it, found by bisection: the same mentions in the same order as the whole list's filter)
    window = mentions[bisect.bisect_left(mentions, lo, key=_start):bisect.bisect_left(mentions, here, key=_start)]
    if previous is not None and lo <= previous[1] < here:
        window.append(_Cue(previous[1], previous[1] + 1, previous[0]))
    bound = _bound_clauses(pronoun)
    for m in window:
        start = m.start
        if start < lo or start >= here or m.kind == "pronoun" or quoted(start) \
                or (start >= offsets[0] and reported is not None and reported[0] <= start < reported[1]) \
                or any(a <= start < b for a, b in bound):
            continue
        known = genders.get(m.actor)
        if known is not None and known != want:
            continue
        if isinstance(m, _Cue):
            role = "subject"
        else:
            seen = memo.get((start, m.end, m.kind))
            if seen is None:
                seen = memo[start, m.end, m.kind] = (_bare_given_name(doc, m), mention_role(doc, start, m.end))
            if seen[0]:
                continue
            role = seen[1]
            if roles is not None:
                roles[start, m.end] = role
        if role is None:
            continue
        back = next(k for k, at in enumerate(offsets) if m.start >= at)
        score = _ROLE_WEIGHT[role] - _DISTANCE * back + (_GENDER_KNOWN if known == want else 0.0)
        best[m.actor] = max(best.get(m.actor, score), score)
    if previous is not None and previous[0] in best:
        best[previous[0]] += _PREVIOUS_SPEAKER
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    if ranked[0][1] < _LEAST or len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _MARGIN:
        return None
    if chain:
        # the article's own earlier "he"/"she" as a subject in the window ("Influenced by X, he developed ... .
        # '...,' he explains"): where the model would give that pronoun another person or no one, the story
        # follows someone the model cannot tell: no one
        # (speed56: the window's pronouns of that gender found in the doc's array of lower-case ids, a token made
        # only for them: the same tokens in the same order as walking doc[first:pronoun.i], ~80 fewer tokens made)
        first = firsts[-1]
        words = table.lower_ids[first:pronoun.i]
        for k in np.flatnonzero(is_in(words, _GENDER_WORD_IDS[want])).tolist():
            tok = doc[first + k]
            if tok.dep_ in _SUBJECT_LABELS and not quoted(idx[first + k]) \
                    and rank_person_pronoun(doc, mentions, tok, genders, quoted, previous, chain=False,
                                            roles=roles) != ranked[0][0]:
                return None
    return ranked[0][0]


# speed56: each gender's personal pronouns ("he", "him"), as the ids of a doc's lower-case column
_GENDER_WORD_IDS: dict[str, np.ndarray] = {
    g: np.array(sorted(get_string_id(w) for w, wg in PRONOUN_GENDER.items() if wg == g), dtype=np.uint64)
    for g in set(PRONOUN_GENDER.values())}


# speed56: (start, end, kind) of a person's mention -> (whether it is a bare given name, its role), for the last doc
# (rank_person_pronoun weighs the same mentions for every pronoun near them)
_MENTION_MEMO = LastDoc()


def _start(m) -> int:
    return m.start


class _Cue(NamedTuple):
    """The previous quote's cue, standing for its speaker as the subject of that cue."""

    start: int
    end: int
    actor: str
    kind: str = "cue"


_REPORTING_LABELS = frozenset({"ccomp", "parataxis"})


def _reported_words(pronoun: Token) -> tuple[int, int] | None:
    """The characters of what the pronoun's verb reports, before the pronoun in its sentence: the clause the cue
    is a parenthesis in ("Mr X has failed, he claimed": the cue hangs on "failed" by ccomp or parataxis) or the
    clause the cue takes as its complement; None where the verb reports nothing before the pronoun, and where the
    pronoun's own clause is what a verb of saying above it reports (pronev56: "Minister X said he would resign":
    X is the one who says, the likeliest antecedent, not words reported; the events stage's pronouns stand there)."""
    verb = pronoun.head
    if verb.dep_ in _REPORTING_LABELS and verb.head.i < pronoun.i and verb.head.lemma_.lower() in _SPEAKING \
            and verb.lemma_.lower() not in _SPEAKING:
        return None
    if verb.dep_ in _REPORTING_LABELS and verb.head.i < pronoun.i:
        clause = verb.head
        return clause.left_edge.idx, pronoun.idx
    for c in kids_of(verb):
        if c.dep_ in _REPORTING_LABELS and c.i < pronoun.i:
            return c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    return None


_REPORTED_CLAUSES = frozenset({"ccomp", "csubj", "acl"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
_QUESTION_MARKS = frozenset({"if", "whether"})  # "I ask if X is ready": X is asked about


def _bound_clauses(pronoun: Token) -> list[tuple[int, int]]:
    """The characters of the subjectless participle clauses that open the pronoun's clause ("Asked whether he
    would accept gifts from Lord X, he said", "Influenced by figures like Y, he developed"): their subject is
    the pronoun's own person, so no one named inside them is its antecedent."""
    verb = pronoun.head
    out = []
    for c in kids_of(verb):
        if c.dep_ == "advcl" and c.i < pronoun.i and c.tag_ in _PARTICIPLE_TAGS \
                and not any(k.dep_ in _SUBJECT_LABELS for k in kids_of(c)):
            out.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    return out


_GIVEN_TABLE = yaml.safe_load(resources.files("wirecoder").joinpath("data", "actors", "given_names.yaml").read_text("utf-8"))
# given_names.yaml, read once for both readers (this module and quotes.genders): a given name -> "he"/"she", and the
# honorifics that tell a gender before a given name ("Sir" -> "he")
GIVEN_NAME_GENDER: dict[str, str] = {str(n).lower(): pronoun for pronoun in ("he", "she") for n in _GIVEN_TABLE[pronoun]}
NAME_HONORIFICS: dict[str, str] = {str(k).lower(): str(v) for k, v in _GIVEN_TABLE["name_honorifics"].items()}


def _bare_given_name(doc: Doc, m) -> bool:
    """Whether a name's mention is a given name alone ("his son Arvid"): the actors stage may have joined it to a
    namesake named in full elsewhere, so it is no candidate (the person's other mentions still are)."""
    if m.kind != "name" or m.end - m.start > 12:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].lower_ in GIVEN_NAME_GENDER \
        and not (span.start > 0 and doc[span.start - 1].lower_ in NAME_HONORIFICS)


def _sentence_first(doc: Doc, i: int) -> int:
    return sentence_bounds(doc, i)[0]


# every mention of the table, whatever the text's length (not ``len(doc.text)``: spaCy joins the whole text
# again on each read of ``Doc.text``)
_END = sys.maxsize


def ranked_person(table, pronoun: Token, genders: dict[str, str], quoted: Callable[[int], bool],
                  previous: tuple[str, int] | None = None, gender: str | None = None) -> str | None:
    """pronev56: :func:`rank_person_pronoun` for ``pronoun`` over the persons of ``table`` (an ``ActorTable``),
    computed once per pronoun per document and kept on the table (``pronoun_ranks``, with the mentions' roles in
    ``mention_roles``), so that the quotes and events stages, and each events rule that asks again for the same
    "he", read one answer. The stages' ``genders`` and ``quoted`` are their own readings of the same article
    (the first asker's answer is kept)."""
    doc = pronoun.doc
    ranks = table.pronoun_ranks
    if table.ranks_doc is not doc:  # (a table read with another parse, a long text in pieces: start again)
        ranks.clear()
        table.mention_roles.clear()
        table.ranks_doc = doc
    key = (pronoun.i, previous, gender)
    if key not in ranks:
        ranks[key] = rank_person_pronoun(doc, table.person_mentions_between(0, _END), pronoun, genders,
                                         quoted, previous, roles=table.mention_roles, gender=gender)
    return ranks[key]
