"""Finding quotations in a parsed Doc: marked quotes and their cues, reported speech, labels."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import StringStore, get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from .. import pronouns
from ..actors import ActorTable
from ..actors.dictionary import capitals
from ..arrays import (
    indices_between,
    indices_in,
    is_in,
    kids_of,
    labelled_kids,
    lefts_of,
    rights_of,
    sent_of,
    sentence_bounds,
    span_text,
    subtree_indices,
    token_indices,
    token_table,
)
from ..article import Article, agency_lead
from ..ids import (
    DEP_ACL,
    DEP_ADVCL,
    DEP_AUXPASS,
    DEP_CASE,
    DEP_CC,
    DEP_CCOMP,
    DEP_CONJ,
    DEP_DOBJ,
    DEP_MARK,
    DEP_NSUBJPASS,
    DEP_OPRD,
    DEP_PCOMP,
    DEP_POBJ,
    DEP_PREP,
    DEP_PRT,
    DEP_RELCL,
    DEP_XCOMP,
    DEPS_ADVCL_CCOMP,
    DEPS_ADVCL_XCOMP_ACL_RELCL,
    DEPS_ADVCL_XCOMP_CONJ_PCOMP,
    DEPS_COMPOUND_FLAT_PREP_NUMMOD_APPOS_NPADVMOD_AMOD,
    DEPS_DOBJ_XCOMP,
    DEPS_OPRD_ACOMP,
    DEPS_PREP_MARK,
    DEPS_RELCL_ACL,
    TAG_MD,
    TAG_TO,
    TAG_VB,
    TAG_VBD,
    TAG_VBG,
    TAGS_VB_VBG,
    TAGS_VBD_VBG_VBN,
    TAGS_VBD_VBN,
    TAGS_VBD_VBZ,
    TAGS_VBP_VBZ,
    TAGS_VBZ_VBD,
    TAGS_VBZ_VBP,
    TAGS_WDT_WP,
    WORD_AND,
    WORD_AS,
    WORD_BUT,
    WORD_THAT,
    WORD_TO,
    WORDS_A_AN,
    WORDS_AND_OR,
    WORDS_IT_THEY,
    string_ids,
)
from ..record import Quote
from ..settings import default_settings
from .cues import lemma_hashes_of, load_cues
from .marks import (
    CLAUSE_END,
    DASH_SIGNATURE,
    LABEL_LINE,
    MARKS,
    paragraph_breaks,
    paragraphs,
    quotation_spans,
)
from .speakers import attribute, document_authors, is_person

# Dependency labels, named as the linguistics they encode.
_SUBJECT_DEPS = {"nsubj"}
_CLAUSE_DEPS = {"ccomp"}


def _cue_sentence_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a quotation and the next, holds only the rest of one sentence in the same
    paragraph (its cue and a long apposition: `"...," said Ana X, the deputy minister, who has led the talks since
    May. "..."`).

    Why (quotes19): a long title after the cue pushes the next quotation past ``continuation_gap``, though nothing but
    the cue's own sentence stands between them."""
    between = text[start:end]
    return "\n" not in between and len(between) <= 400 and len(_SENTENCE_ENDS.findall(between)) == 1 \
        and between.rstrip(" \t\"“”'‘’«»").endswith((".", "!", "?"))


def _runs_on(text: str, qe: int) -> bool:
    """Whether the words of a quotation closed at ``qe`` run on after its closing mark in the same sentence, with no
    punctuation at the mark: `"Nobody on these farms trusts" the new water rules, Ana X said.` (a report that opens with
    quoted words, a mixed quote with a cue of its own).

    Why (qspan52): such a quotation soon after another speaker's quote was taken as that quote's next sentence (same
    speaker, same cue), though the cue after it names its own speaker; the quoted sentence after it was then lost too."""
    last = qe  # (the words' last character, before any inner closing mark: `... stand down.'"` ends a sentence)
    while last > 1 and text[last - 1] in "'’\"”":
        last -= 1
    rest = text[qe:qe + 6].lstrip("”\"'’» \xa0")
    return text[last - 1] not in CLAUSE_END and bool(rest) and rest[0].isalnum()


# What may follow a cue that reports nothing after it: a phrase of time, place or occasion, a listener.
_CUE_TAIL_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "dobj", "det", "compound", "amod", "pcomp", "prt",
                            "poss", "case"})
_SENTENCE_ENDS = re.compile(r"[.!?][\"”’']?(?=\s)")
_OBJECT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr"}
# After the first complement, these end the content ("said X, adding that Y"; "said X and left").
_CONTENT_STOP_DEPS = {"punct", "cc", "conj", "advcl", "parataxis", "mark"}
# A quote closed after a comma inside a span: its marks were paired wrongly (`... FBI," Rep. X said`).
_INNER_CLOSE = re.compile(r",[\"”] ")
# A nested cue opened by one of these conjunctions after one of these marks reports on its own:
# "said X - though he acknowledged Y" is two reports.
_CONTRAST_CONJUNCTIONS = frozenset({"though", "although", "but", "while", "whereas"})
_REPORT_BREAKS = frozenset({",", "-", "–", "—", ";"})
_BARE_CONTRASTS = frozenset({"but", "whereas"})
_COMMA = frozenset({","})
_COLON = frozenset({":"})
_DASHES = frozenset({"—", "–", "-"})  # a lone dash before the writer's aside (_before_tail)
_GLOSS_FOLLOWERS = frozenset({".", "!", "?", ";"})  # what may follow a report whose last clause is a gloss (_before_tail)
_CONJ_ID = get_string_id("conj")  # the label's id, as the doc's table holds it (speed only)
_THAT_ID = get_string_id("that")  # (the word and the labels as the table's ids: _content reads them; speed only)
_OBJ_OR_SUBJ_IDS = (get_string_id("dobj"), get_string_id("nsubj"))
# Punctuation inside a name or a compound, which ends no phrase after "told" ("KTV/Radio", "Harkel & Sons",
# "three-day"): qspan49.
_NAME_INNER_PUNCT = frozenset({"/", "-", "&"})
# The first word of a clause's subject after a "that" tagged as a subordinator (_trim): qspan49.
_CLAUSE_OPENERS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"})
# How many cue windows a speaker's name and title may run to between a closing mark and its cue.
_LONG_SPEAKER_WINDOW = 3
# A cue that borrows its subject from the verb it hangs on: "said X, adding that Y".
_SUBJECT_SHARING_DEPS = {"advcl", "conj", "xcomp"}
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Tags of a finite verb: a content holding one is a clause, not a bare noun phrase.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# (``tok.pos in _VERB_OR_AUX_POS`` for ``tok.pos_ in ("VERB", "AUX")``: the part of speech's id, no string made;
# speed26, speed only)
_VERB_OR_AUX_POS = frozenset({VERB, AUX})
# Object pronouns for the people a participle hangs on ("wrote to the leaders urging them"): they are addressed.
_ADDRESSED = frozenset({"them", "him", "her"})
# Tags of a participle, which may modify a noun with no subject of its own ("the move announced on Monday").
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
# Dependents that make a verb under a noun a clause of its own ("the claim that the tender had been rigged").
_CLAUSE_MAKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
# Words that open a noun phrase pointing back to something already named ("the move", "these claims");
# possessive pronouns ("his remarks") are told by their tag.
_POINTING_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
# The longest noun phrase read as pointing back rather than naming a proposition ("the party's actions").
_POINTING_MAX_WORDS = 6
# What counts as a quotation (settings.toml [quotes] scope): what was said, as the real-news guide marks it,
# or every attribution of a statement, a belief or a stance, as PolNeAR marks them.
SCOPES = ("statements", "attributions")


@dataclass
class Found:
    """A quotation found in the text, before its speaker is resolved to an actor."""

    kind: str
    start: int
    end: int
    cue_start: int
    cue_end: int
    speaker: Token | None  # head token of the speaker mention
    speaker_span: tuple[int, int] | None
    cue_i: int = -1  # the cue verb's token index
    cued: bool = True  # False for a paragraph that goes on quoting the speaker before it, with no cue of its own
    # True for an attribution the scope "statements" leaves out (a stance towards a thing, a poll's finding): it
    # is found as under "attributions", and its speaker still carries to the next quotes ("Iker X praised his
    # side. '...,' the Spaniard said"), but it is no quote of the record.
    silent: bool = False
    # True for "according to X" under the scope "statements": X passes the words on, so a report with its own speaker
    # opening them is that speaker's quote (PolNeAR, under "attributions", marks the outer attribution).
    relaying: bool = False


# Modals of a hypothetical: "would say", "could announce" under an "if" clause.
_HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "'d"})


# Modals shifted back after a past cue ("said he would ..."): a verb under one reports what was said, not an act.
_SHIFTED_MODALS = frozenset({"would", "could", "might", "should"})
# (qspan47: the modals of a clause in the present that goes on with a report after a present cue, "says ... and it
# will", "... but they can")
_PRESENT_MODALS = _SHIFTED_MODALS | {"will", "can", "may"}


def _only_when(prep: Token) -> bool:
    """Whether a preposition's phrase is only a date or a time: "on Thursday", "in March", "on Oct. 21"."""
    obj = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
    return obj is not None and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in obj.subtree)


def _holds_verb_or_quote(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last hold a verb, an auxiliary or a quotation mark (``any(t.pos_ in ("VERB", "AUX") or
    t.is_quote for t in doc[first:last + 1])``): the part of speech read from the doc's table, a token object made
    only for a word that is neither (speed26, speed only)."""
    if first < 0:  # (not a token's index: the slice as spaCy reads it)
        return any(t.pos in _VERB_OR_AUX_POS or t.is_quote for t in doc[first:last + 1])
    pos, vocab = token_table(doc).pos_id, doc.vocab
    for k in range(first, min(last + 1, len(pos))):
        if pos[k] in _VERB_OR_AUX_POS or Token(vocab, doc, k).is_quote:
            return True
    return False


def _holds_finite_or_quote(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last hold a finite verb or a quotation mark: a content without either is a phrase, no
    clause or quoted words (the test of several "only a phrase" checks below)."""
    return any(t.is_quote or t.tag_ in _FINITE_TAGS for t in doc[first:last + 1])


def _heads_a_speaker_phrase(token: Token) -> bool:
    """A noun, or a word with a name in apposition whatever its tag (the tagger may read "secretary-general"
    as an adjective): the head of a speaker's phrase that the parser hung away from its cue (quotes29)."""
    return token.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "appos" for c in kids_of(token))


class QuoteFinder:
    """Finds quotations in parsed Docs; load once, call per document."""

    def __init__(self, cues: Iterable[str | Path] = (), *, cue_window: int | None = None,
                 continuation_gap: int | None = None, min_quote_words: int | None = None,
                 scope: str | None = None) -> None:
        tuning = default_settings()["quotes"]
        self.cue_window = int(tuning["cue_window"] if cue_window is None else cue_window)
        self.continuation_gap = int(tuning["continuation_gap"] if continuation_gap is None else continuation_gap)
        self.min_quote_words = int(tuning["min_quote_words"] if min_quote_words is None else min_quote_words)
        self.cues = load_cues(cues)
        self.scope = str(tuning["scope"] if scope is None else scope)
        if self.scope not in SCOPES:
            raise ValueError(f"quote scope {self.scope!r}: must be one of {', '.join(SCOPES)}")
        # The scope "statements" leaves out stances towards a thing and what a poll found (cues.yaml
        # statements_only_*); "attributions" keeps them, as PolNeAR marks them.
        statements = self.statements = self.scope == "statements"
        self.stance_objects = self.cues.statements_only_stance_objects if statements else frozenset()
        self.act_object_verbs = frozenset(v for v, _ in self.cues.act_objects)  # (speed: most cues make no such act)
        self.not_counting = self.cues.statements_only_not_speaking if statements else frozenset()
        self.thought_verbs = self.cues.statements_only_thought_verbs if statements else frozenset()
        self.others_words = self.cues.statements_only_others_words if statements else frozenset()
        self.lemma_hashes = lemma_hashes_of(self.cues)
        self.that_hash = StringStore().add("that")
        # (the lemmas of cues.yaml predicate_cues' verbs, as hashes: speed only)
        self.predicate_hashes = np.array(sorted({StringStore().add(v) for v, _ in self.cues.predicate_cues}),
                                         dtype=np.uint64)
        # (the lemmas of cues.yaml verdict_nouns, as hashes: speed only)
        self.verdict_hashes = np.array(sorted({StringStore().add(v) for v in self.cues.verdict_nouns}), dtype=np.uint64)

    # -- helpers on the parse ---------------------------------------------------------------

    @staticmethod
    def _breaks_paragraph(t: Token, breaks: set[int]) -> bool:
        """Whether a whitespace token holds a paragraph break (a wrapped line's break is not one)."""
        return t.is_space and any(t.idx + k in breaks for k, ch in enumerate(t.text) if ch == "\n")

    def _is_cue_verb(self, token: Token) -> bool:
        # (the lemma read once: Token.lemma_ makes a new string on every read; speed29)
        if token.pos not in _VERB_OR_AUX_POS or (lemma := token.lemma_.lower()) not in self.cues.verbs:
            return False
        # Why (quotes24): "The Courier cited a sergeant as saying officers had waited": a quoting verb with "as saying"
        # only relays (cues.yaml quoting_verbs); "saying" is the cue and the one cited its speaker, as with "quoted".
        # ("cite" stays a cue of its own without it: "cited concerns over safety".)
        return lemma not in self.cues.quoting_verbs or not any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in self.cues.verbs
                                                          for g in kids_of(c)) for c in kids_of(token))

    def _reflexive_object_only(self, doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a cue's content (tokens first..last) opens with a reflexive pronoun on the cue (its object, or the
        subject of a small clause under it: "found themselves divided") and holds no quoted words, no finite verb and
        no "as" predicate ("described himself as a moderate" still reports)."""
        obj = doc[first]
        if obj.lower_ not in self.cues.reflexive_objects or verb.i not in (obj.head.i, obj.head.head.i):
            return False
        content = doc[first:last + 1]
        # (a clause of the cue's own says what was said; one inside a noun, "against charges that he took bribes", does not,
        # nor the small clause the reflexive is the subject of, "found themselves divided")
        if any(t.is_quote for t in content) or any(c.dep_ in _CLAUSE_DEPS and first <= c.i <= last and c.i != obj.head.i
                                                   for c in kids_of(verb)):
            return False
        if verb.lemma_.lower() in self.cues.status_verbs and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in kids_of(verb)):
            return False  # "declared himself the winner": a predicate said of him
        return not any(t.lower_ == "as" and t.dep_ == "prep" and t.head.i in (verb.i, obj.i) for t in content)

    @staticmethod
    def _clause_read_as_relative(verb: Token) -> tuple[int, int] | None:
        """The reported clause of a verb that takes its listener as object ("told"), when the parser hung it on the
        listener as a relative clause: (first, last) token indices, or None.

        Why (qprec38): "told Radio Velm's Morning programme he hoped the levy would pass", "told Kestrel FM's Sunday show
        she believed the figures were wrong": with no "that", the parser reads the clause after a listener as a relative
        clause without a pronoun ("the programme he presents"), and the report was lost or cut wrong. The clause must
        follow the listener at once, open with a subject of its own that is no relative pronoun, have a tensed verb,
        and lack no object (a relative clause's gap: "the show he hosts", "the paper she wrote for" stay relative)
        unless an auxiliary marks it as a report's ("the talks had broken down", "he would stand")."""
        if any(c.dep_ in _CLAUSE_DEPS_OR_XCOMP for c in kids_of(verb)):
            return None
        # (the clause closes an object of the verb, hung on its last noun: the parser may split "BBC Two's Sunday
        # programme" into two objects, or hang the noun on a preposition, "Morning with Ann programme")
        clause = next((t for c in reversed(list(kids_of(verb))) if c.dep_ == "dobj" and c.i > verb.i
                       for t in c.subtree if t.dep_ == "relcl" and t.right_edge.i == c.right_edge.i), None)
        if clause is None:
            return None
        listener = clause.head
        if clause.left_edge.i != listener.i + 1 or any(
                g.dep_ == "mark" and g.lower_ == "that" for k in kids_of(clause) if k.dep_ == "ccomp" for g in kids_of(k)):
            return None  # (nor "told the show he hosts that ...": the "that" opens the report, after the relative clause)
        subject = next((c for c in kids_of(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is None or subject.left_edge.i != clause.left_edge.i or subject.lower_ in pronouns.RELATIVE \
                or subject.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return None
        kids = list(kids_of(clause))
        finite = clause.tag_ in _FINITE_TAGS or any(k.dep_ in ("aux", "auxpass") and k.tag_ in _FINITE_TAGS for k in kids)
        complete = any(k.dep_ in ("ccomp", "xcomp", "dobj", "attr", "acomp", "oprd") for k in kids) \
            or any(k.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in kids_of(k)) for k in kids) \
            or subject.dep_ in ("expl", "nsubjpass") or any(k.dep_ == "aux" for k in kids)
        if not finite or not complete:
            return None
        return clause.left_edge.i, clause.right_edge.i

    @staticmethod
    def _quoted_predicate_after_listener(doc: Doc, verb: Token) -> tuple[int, int] | None:
        """The report of a verb that takes its listener as object ("told"), with no "that", whose predicate the
        writer quotes: (first, last) token indices, or None.

        Why (qspan51): "told Radio Velm shop rents "doubled in a year"", "told AFP its charter "bars"
        such levies": the opening mark splits the clause, and the parser reads the listener and the clause's subject as
        one object, with the quoted verb hung on it; no clause is left to report. The listener is the name right
        after the verb; what follows it, a short noun phrase (the subject) and quoted words that open with a tensed
        verb, is the report, up to the end of the sentence or the cue's own next clause ("... and said ...")."""
        listener = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if listener is None or listener.ent_iob_ != "B" or listener.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE"):
            return None
        first = listener.i + 1
        while first < len(doc) and doc[first].ent_iob_ == "I":
            first += 1
        sent_end = sent_of(verb).end
        mark = next((t for t in doc[first:min(first + 7, sent_end)]
                     if t.is_quote and t.tag_ != "POS" and doc[t.i - 1].whitespace_), None)  # (no "traders' rents")
        if mark is None or mark.i - first < 1 or mark.whitespace_ or mark.i + 1 >= sent_end:
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.tag_ != "POS" or t.tag_ in ("WDT", "WP", "WRB", "IN")
               for t in doc[first:mark.i]):
            return None  # (a subject: nouns, names and their modifiers only)
        # (the quoted words open with a tensed verb, which the parser, reading them as part of an object, may tag as a
        # participle or a plural noun, "doubled", "condemns"; or with an adverb before one, "had" / "never had")
        opener = doc[mark.i + 1]
        if opener.pos_ == "ADV" and mark.i + 2 < sent_end:
            opener = doc[mark.i + 2]
        if not (opener.tag_ in _FINITE_TAGS or opener.tag_ == "VBN"
                or opener.tag_ == "NNS" and opener.lower_.endswith("s")
                and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in opener.children)):
            return None
        last = sent_end - 1
        stop = next((c for c in verb.children if c.i > mark.i and c.dep_ in ("cc", "conj")), None)
        if stop is not None:
            last = stop.i - 1
        while last > mark.i and doc[last].is_punct and not doc[last].is_quote:
            last -= 1
        return first, last

    @staticmethod
    def _that_heads_clause(that: Token) -> bool:
        """Whether a "that" the parser made a cue's object or subject heads a clause of its own: a subject under it
        (no "that" heads a subject as a pronoun or a determiner does) and a verb after that subject in its subtree.

        Why (qspan49): "told a business lunch that the new tariffs hit from "day one"" parsed with "that" as the
        object of "told" and "hit" as a modifier of "tariffs"."""
        subject = next((c for c in kids_of(that) if c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i), None)
        if subject is None or subject.left_edge.i != that.i + 1:
            return False
        return any(t.pos_ in ("VERB", "AUX") and t.i > subject.i for t in subject.subtree) \
            or any(t.pos_ in ("VERB", "AUX") for t in that.subtree if t.i > subject.right_edge.i)

    @staticmethod
    def _finite_clause(clause: Token) -> bool:
        """Whether a complement clause is finite: a tensed verb or auxiliary, or a "that", "whether" or "if" opening it
        (a small clause, "it harder to lead", "their repayments rising", is not)."""
        return clause.tag_ in _FINITE_TAGS or any(
            (k.dep_ in ("aux", "auxpass") and k.tag_ in _FINITE_TAGS) or k.dep_ == "mark" for k in kids_of(clause))

    def _points_back(self, verb: Token) -> bool:
        """Whether a cue opens its sentence after a word pointing back ("So says X", cues.yaml pointing_back_openers),
        in the present or past, with its subject after it and a sentence before it."""
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].lower_ not in self.cues.pointing_back_openers or verb.tag not in TAGS_VBZ_VBD:
            return False
        opener = doc[verb.i - 1]
        if sentence_bounds(doc, opener.i)[0] != opener.i and doc[opener.i - 1].text not in (".", "!", "?") \
                and not doc[opener.i - 1].is_quote:
            return False
        return any(c.dep_ in _SUBJECT_DEPS and c.i > verb.i for c in kids_of(verb))

    def _hyphen_compound(self, doc: Doc, i: int) -> bool:
        """Whether the cue word at ``i`` is the second part of a hyphenated word whose first part is no prefix of
        speech (cues.yaml speech_verb_prefixes): "over-stated", "under-reported".

        Why (quotes23): "after the firm over-stated its reserves": the compound names an act, not words said
        ("re-stated its position" still reports)."""
        return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha and doc[i - 2].lower_ not in self.cues.speech_verb_prefixes

    def _ends_abbreviation(self, doc: Doc, i: int) -> bool:
        """Whether the period at token ``i`` closes an abbreviation such as "Col." or "Gen." (listed in
        cues.yaml) that the tokenizer split off, rather than ending a sentence."""
        return doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_ \
            and doc[i - 1].lower_ in self.cues.abbreviations

    def _subject(self, verb: Token, dateline: tuple[int, int] | None = None, quoted=None) -> Token | None:
        """The speaker token of a cue verb: its subject, or that of the verb it continues.

        A participle or a second verb borrows the subject of the cue it goes with ("Lin said X,
        adding that Y": Lin adds), climbing past a reported clause to the cue above it.
        """
        # Why: the parser may give a verb two subjects ("Azoria Press editor Mirela X said", or a
        # word inside the quote before `," he said`); the one nearest the verb is its own, unless one is a
        # relative pronoun, which ties the clause to its noun ("the League, which with ... the nationalists has").
        subjects = [c for c, dep in labelled_kids(verb) if dep in _SUBJECT_DEPS
                    and not (dateline and dateline[0] <= c.idx < dateline[1])]
        own = min(subjects, key=lambda c: (c.lower_ not in pronouns.RELATIVE, abs(verb.i - c.i)), default=None)
        # Why (quotes33): "The market is improving, the operator said, but warned that ...": a past verb right after a
        # cue's comma and "and"/"but", hung on the fronted report's head, is the cue's subject's next act
        # (_before_act_after_cue ends the first report before the cue), not the fronted report's subject's.
        if own is None and verb.dep == DEP_CONJ and verb.tag == TAG_VBD:
            cue = next((c for c in kids_of(verb.head) if c.dep_ == "parataxis" and c.i < verb.i and self._is_cue_verb(c)
                        and getattr(self._act_after_cue(verb.doc, c), "i", -1) == verb.i), None)
            outer = next((c for c in kids_of(cue) if c.dep_ in _SUBJECT_DEPS), None) if cue is not None else None
            if outer is not None:
                return None if outer.lower_ in self.cues.not_speakers else outer
        # Why (quotes28): "met the crews, who she said had been let down": a relative pronoun before another subject of
        # a relative-clause cue with a complement that lacks its subject is that complement's subject (the parser
        # hung it on the cue); the other subject, "she", speaks.
        if own is not None and own.lower_ in pronouns.RELATIVE and verb.dep == DEP_RELCL and len(subjects) == 2 \
                and any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in kids_of(verb)):
            other = next(c for c in subjects if c is not own)
            # (only right after the pronoun, with nothing but auxiliaries before the cue: "the League, which along with
            # the nationalists has insisted ..." keeps "which", the League)
            if other.left_edge.i == own.i + 1 and other.i < verb.i \
                    and all(t.dep_ in ("aux", "neg", "advmod") for t in verb.doc[other.right_edge.i + 1:verb.i]):
                own = other
        # Why (quotes28): "The council rejected the bid, which it said was too low": "it" (or "they") speaking in a
        # relative clause on the main verb's object (or its preposition's) is that verb's subject, the one that acted
        # on the thing; the relative pronoun already stands for the thing itself.
        if own is not None and own.lower in WORDS_IT_THEY and verb.dep == DEP_RELCL:
            actor = self._doer_of_object(verb.head)
            if actor is not None and actor.pos_ in ("NOUN", "PROPN") \
                    and (own.lower_ == "it") == (actor.tag_ in ("NN", "NNP")):
                own = actor
        own = self._after_scene(verb, own)
        if own is None:
            # (quotes29: "..., the town's mayor, Ana X, said": the parser hung the speaker on the reported verb)
            own = self._speaker_hung_on_report(verb)
        if own is None or (own.pos_ == "VERB" and own.tag_ in ("VBG", "VBN")):
            own = self._speaker_hung_on_opener(verb) or own
        if own is None and (fronted := self._speaker_in_fronted_report(verb)) is not None:
            own = fronted[0]
        if own is None and dateline:
            # Why: the parser often makes a dateline's city ("OSLO, May 2 - ...") the subject of the
            # lead's cue; the place of filing never speaks. The speaker is the other subject or, when
            # the parser hung the real subject on the city, the name in apposition to it (not the agency's
            # name in the dateline, "BERLIN (dpa) -", which the parser may also hang on the city).
            place = next((c for c in kids_of(verb) if c.dep_ in _SUBJECT_DEPS), None)
            own = next((c for c in kids_of(place) if c.dep_ == "appos" and not dateline[0] <= c.idx < dateline[1]),
                       None) if place is not None else None
            if own is None and place is not None:
                # Why (quotes23): "RIGA, May 2 (Reuters) - Latvia's transport minister, Ilze X, said ...": the parser
                # may hang the subject on the agency's name, itself in apposition to the city; the subject is then
                # the apposition of the dateline's apposition, outside the dateline.
                own = next((g for c in kids_of(place) if c.dep_ == "appos" and dateline[0] <= c.idx < dateline[1]
                            for g in kids_of(c) if g.dep_ == "appos" and not dateline[0] <= g.idx < dateline[1]), None)
            if place is not None and own is None:
                return None
        if own is None:
            own = self._document_read_after_quote(verb)
        if own is None and verb.dep == DEP_CONJ and verb.tag in TAGS_VBD_VBZ and verb.i >= 2:
            # Why (real13a): "X is fighting for a place in the squad and Ruiz added: ...", "the ministry rejected the
            # plan but Okafor said ...": the parser may join the name before a second clause's cue to the first
            # clause's last noun ("the squad and Ruiz") and leave the cue with no subject of its own, which would
            # then borrow the first clause's subject. A name right before the cue, after "and"/"but", is who speaks.
            name = verb.doc[verb.i - 1]
            start = name.i
            while start > 0 and verb.doc[start - 1].dep_ == "compound" and verb.doc[start - 1].head.i == name.i:
                start -= 1
            if name.pos_ == "PROPN" and name.head.i != verb.i and name.dep_ == "conj" and start > 0 \
                    and verb.doc[start - 1].lower_ in ("and", "but") and name.lower_ not in self.cues.not_speakers:
                own = name
        if own is not None:
            if own.lower_ in self.cues.not_speakers_in_questions and span_text(sent_of(verb)).rstrip().endswith("?"):
                return None
            return None if own.lower_ in self.cues.not_speakers else own
        # "a statement saying that ...": the noun a participle describes is its source.
        if verb.dep == DEP_ACL and verb.tag == TAG_VBG and verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head
            # Why: "the commission issued a statement warning that ...": who issued the document speaks.
            if noun.dep_ == "dobj" and noun.lemma_.lower() in self.cues.body_nouns:
                issuer = next((c for c in kids_of(noun.head) if c.dep_ in _SUBJECT_DEPS), None)
                if issuer is not None and issuer.lower_ not in self.cues.not_speakers:
                    return issuer
            # Why (quotes25): "the bishop wrote to party leaders urging them to ...": a participle whose object is a
            # pronoun for the people it hangs on ("them") addresses them; who wrote to them speaks, not the addressees.
            if noun.dep_ == "pobj" and any(c.dep_ == "dobj" and c.lower_ in _ADDRESSED for c in kids_of(verb)):
                up = noun
                while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
                    up = up.head
                writer = next((c for c in kids_of(up) if c.dep_ in _SUBJECT_DEPS), None) if up.pos_ == "VERB" else None
                if writer is not None:
                    return None if writer.lower_ in self.cues.not_speakers else writer
            return None if noun.lower_ in self.cues.not_speakers else noun
        # Why: "the radio quoted a senior officer as saying ...": the one quoted speaks, the medium only relays
        # (cues.yaml quoting_verbs); "the radio, quoting an officer, said ..." keeps the radio as the speaker.
        quoting = self._quoting_verb_of(verb)
        if quoting is not None:
            quoted_one = next((c for c in kids_of(quoting) if c.dep_ == "dobj"), None)
            # the subject's own text ("the minister quoted its new plan as saying") is left to the subject: he reads out
            # his side's words
            # (quotes23: an object pronoun of a person, "the daily quoted her as saying", is the one quoted too, not the
            # medium: the speaker pass reads "him" and "her" as it reads "he" and "she", the person named before;
            # other pronouns, "quoted it as saying", stay with the medium)
            if quoted_one is not None and (quoted_one.pos_ != "PRON" or quoted_one.lower_ in pronouns.PERSONAL) \
                    and quoted_one.lower_ not in self.cues.not_speakers \
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids_of(quoted_one)):
                return quoted_one
            # Why (quotes19): "Minister X was quoted by the agency as saying ...": in the passive, the subject is the
            # one quoted; the agent after "by" only relays.
            passive = next((c for c in kids_of(verb.head.head) if c.dep_ == "nsubjpass"), None)
            if quoted_one is None and passive is not None and passive.lower_ not in self.cues.not_speakers:
                return passive
        # Why: "Senator Ivo Kresh, for the Green Party, urged ...": after a name with a phrase set off by commas the
        # parser may make the name the sentence's root (or, for a finite VBD, the subject of a later verb) and the
        # cue a clause describing it; the name is then the cue's subject. Only right after the closing comma, so
        # "officials quoted by the paper said" (a participle hung on a subject) keeps its own reading.
        if verb.dep == DEP_ACL and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i \
                and verb.head.pos_ in ("NOUN", "PROPN") \
                and (verb.head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN")
                     or verb.head.dep_ in _SUBJECT_DEPS and verb.tag_ == "VBD"):
            return None if verb.head.lower_ in self.cues.not_speakers else verb.head
        # Why (quotes20): "said his client "never said it" and called the claim a fiction": a verb of the speaker's own
        # next act hung on the reported clause's head (cues.yaml second_act_verbs; _before_own_act ends the report
        # before it) is the outer speaker's, not the reported clause's subject's.
        head = verb.head
        if verb.dep == DEP_CONJ and verb.lemma_.lower() in self.cues.second_act_verbs and head.dep in _CLAUSE_DEPS_IDS \
                and head.head.i != head.i and self._is_cue_verb(head.head) and verb.tag_ == head.head.tag_ \
                and not any(d.dep_ == "aux" and d.lemma_.lower() == "have" for d in kids_of(head)):
            outer = next((c for c in kids_of(head.head) if c.dep_ in _SUBJECT_DEPS), None)
            if outer is not None:
                return None if outer.lower_ in self.cues.not_speakers else outer
        fallback: Token | None = None
        reported = False  # climbed out of a reported clause: only a cue's subject will do
        v = verb
        for _ in range(4):
            if v.dep == DEP_PCOMP and v.head.head.i != v.head.i:
                v = v.head  # "by citing ...": climb through the preposition to its verb
            if v.head.i == v.i or v.dep not in _SUBJECT_SHARING_DEPS_OR_CLAUSE_DEPS_OR_PREP_IDS:
                break
            reported = reported or v.dep in _CLAUSE_DEPS_IDS
            v = v.head
            # Why (real11a): "the film showed X, in a crowded hall, telling the rally: ...": a participle of speech
            # hung on a verb of showing or witnessing (cues.yaml perceiving_verbs) is said by the one shown, that
            # verb's object before it, not by the film or the witness, who only show or saw it.
            if verb.tag == TAG_VBG and not reported and v.lemma_.lower() in self.cues.perceiving_verbs:
                shown = next((c for c in kids_of(v) if c.dep_ == "dobj" and c.i < verb.i), None)
                # Why (qspan52): "Mr X is heard saying ...", "the mayor was heard telling aides ...": in the passive the
                # one shown is its subject (no "by" needed: the hearer or the camera only witnessed it); before, the
                # participle found no speaker and the report was lost.
                if shown is None and any(c.dep_ == "auxpass" for c in kids_of(v)):
                    shown = next((c for c in kids_of(v) if c.dep_ == "nsubjpass" and c.i < v.i), None)
                if shown is not None:
                    return None if shown.lower_ in self.cues.not_speakers else shown
            # Why: climbing from a cue outside the quotation marks, a subject inside them ("stressing ...",
            # hung on `"so the blockade cannot last"`) is a word of the quote, not its speaker.
            # (Of two subjects the parser gives one verb, "The main opposition CHP criticized", the nearer.)
            subj = min((c for c, d in labelled_kids(v) if d in _SUBJECT_DEPS
                        and not (quoted is not None and quoted(c.idx) is not None)),
                       key=lambda c: abs(v.i - c.i), default=None)
            if subj is None:
                continue
            if self._is_cue_verb(v):
                # Why: "X said that the cabinet had decided Y, saying Z": a participle after a comma goes
                # with the outermost speaker, whose report holds the cue the parser hung it on.
                while verb.tag_ == "VBG" and v.dep_ in _CLAUSE_DEPS and self._is_cue_verb(v.head) \
                        and (outer := next((c for c in kids_of(v.head) if c.dep_ in _SUBJECT_DEPS), None)) is not None:
                    v, subj = v.head, outer
                return None if subj.lower_ in self.cues.not_speakers else subj
            if fallback is None and not reported:
                fallback = subj
        if fallback is None and verb.tag == TAG_VBG and verb.i > 0 and verb.doc[verb.i - 1].text in (",", '"', "”"):
            # Why: "X said that ... "so the blockade cannot last," stressing that ...": where the parse gives the
            # participle no way up to its speaker, it goes with the last cue before it in the sentence.
            for k in range(verb.i - 2, sentence_bounds(verb.doc, verb.i)[0] - 1, -1):
                t = verb.doc[k]
                if self._is_cue_verb(t) and not (quoted is not None and quoted(t.idx) is not None):
                    fallback = next((c for c in kids_of(t) if c.dep_ in _SUBJECT_DEPS), None)
                    break
        if fallback is not None and fallback.lower_ in self.cues.not_speakers:
            return None
        return fallback

    def _after_scene(self, verb: Token, own: Token | None) -> Token | None:
        """The speaker after a phrase of place that opens the verb's sentence ("Outside court, Ana X said ..."),
        when the parser gave the verb no subject or one inside that phrase; else ``own``.

        Why (quotes21): the parser reads "Outside court, X, who ..., said" with "court" as the subject and X hung on
        it, and "Inside the courtroom, the magistrate, X, said" with no subject at all; the place never speaks. The
        speaker is the one noun phrase between the phrase's comma and the verb (cues.yaml scene_openers)."""
        doc = verb.doc
        first = sentence_bounds(doc, verb.i)[0]
        if not self.cues.scene_openers or doc[first].lower_ not in self.cues.scene_openers \
                or doc[first].i == verb.i or (own is not None and own.i > verb.i):
            return own
        comma = next((t.i for t in doc[first + 1:min(verb.i, first + 8)] if t.text == ","), None)
        # (a name inside the phrase may be the subject itself, the phrase a bare time before it: "On Monday the Tarvel
        # Senate, the upper house, voted to ...": only a common noun there, a place, is replaced)
        if comma is None or (own is not None and (own.i > comma or own.pos_ != "NOUN" or own.ent_type_)) \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[first:comma]):
            return own
        phrase = range(comma + 1, verb.i)
        roots = [t for t in doc[comma + 1:verb.i] if not t.is_punct and t.head.i not in phrase]
        if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN") and roots[0].lower_ not in self.cues.not_speakers:
            return roots[0]
        return own

    @staticmethod
    def _that_clause_of(verb: Token) -> bool:
        """Whether a verb of direct quotation reports a that-clause: "He snapped back that the opposition had voted for
        it" is a report, as any verb's that-clause is (qspan54: "snap" became a cue of quotations only, and must not lose
        it; cues.yaml direct_only_that_clause names the verbs, as "the story goes that ..." reports nothing)."""
        return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in verb.children)

    def _document_read_after_quote(self, verb: Token) -> Token | None:
        """The document of `"...," reads a note from the envoy`: after the closing mark the parser may take the
        inverted subject of a verb of direct quotation for its object; a document there is the quote's source
        (cues.yaml direct_only, document_nouns), as in `"...," the note reads`."""
        if verb.i < 2 or verb.lemma_.lower() not in self.cues.direct_only or not any(
                t.is_quote for t in verb.doc[verb.i - 2:verb.i]):
            return None
        return next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in self.cues.document_nouns), None)

    def _quoting_verb_of(self, verb: Token) -> Token | None:
        """The quoting verb ("quoted", "cited"; cues.yaml quoting_verbs) of "as saying" on ``verb``: the head of its
        "as", or, where the parser hung "as" on a verb of the reported words ("quoted a soldier, Ivo X, as saying
        the rain "had stopped the convoy"", "as" hung on "stopped"), the quoting verb before "as" in the sentence
        whose object ends right before it."""
        # Why (quotes32): "Minister X was quoted in the Y newspaper saying ...", "the agency quoted the minister saying
        # ...": without "as" the participle hangs on the quoting verb itself; the one quoted (the passive's subject,
        # the object) speaks, as with "as".
        if verb.dep == DEP_ADVCL and verb.tag == TAG_VBG and verb.lemma_.lower() == "say" and verb.head.i < verb.i \
                and verb.head.lemma_.lower() in self.cues.quoting_verbs \
                and any(c.dep_ in ("auxpass", "dobj") for c in kids_of(verb.head)):
            return verb.head
        if verb.dep != DEP_PCOMP or verb.head.lower != WORD_AS:
            return None
        as_ = verb.head
        if as_.head.lemma_.lower() in self.cues.quoting_verbs:
            return as_.head
        if verb.lemma_.lower() != "say" or as_.head.i < as_.i:
            return None
        first = sentence_bounds(verb.doc, verb.i)[0]
        for k in range(as_.i - 1, first - 1, -1):
            t = verb.doc[k]
            if t.lemma_.lower() in self.cues.quoting_verbs and t.pos_ == "VERB":
                obj = next((c for c in kids_of(t) if c.dep_ == "dobj"), None)
                end = max((c.right_edge.i for c in kids_of(t) if c.i > t.i and c.i < as_.i), default=-1)
                return t if obj is not None and end >= as_.i - 2 else None
        return None

    def _new_speaker_between(self, doc: Doc, prev: Found, qs: int, token_at, cue_by_index: dict[int, Token]) -> bool:
        """Whether a cue with a speaker of its own, named by a noun or a name (not a pronoun), stands between a
        quote's cue and the next quotation, in a sentence after the cue's.

        Why: `"...," Mr X said. Union officials said the offer was too low. "Members will not accept it."`: the
        last quotation goes on with the officials, who spoke in between, not with Mr X; the run of quotes that
        share one cue stops where another speaker comes in (a paragraph of its own, or a whole sentence right
        after the officials' report, then takes its speaker from them)."""
        cue_sent = sentence_bounds(doc, prev.cue_i)
        for i in range(token_at(prev.cue_end) + 1, token_at(qs)):
            verb = cue_by_index.get(i)
            if verb is None or cue_sent[0] <= i < cue_sent[1]:
                continue
            subj = self._subject(verb)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (prev.speaker is None or subj.i != prev.speaker.i):
                return True
        return False

    @staticmethod
    def _is_parenthetical(doc: Doc, verb: Token) -> bool:
        """ "The goal, he said, is ...": subject and cue set off by commas inside the sentence."""
        subj = next((c for c in lefts_of(verb) if c.dep in _SUBJECT_DEPS_IDS), None)
        if subj is None:
            return False
        start, end = sentence_bounds(doc, verb.i)  # (verb.sent's, from the doc's array: speed only)
        return subj.left_edge.i > start and doc[subj.left_edge.i - 1].text == "," and verb.i + 1 < end \
            and doc[verb.i + 1].text == ","

    @staticmethod
    def _opens_sentence(text: str, qs: int) -> bool:
        """Whether the quotation opening at ``qs`` starts a sentence of its own, rather than quoting
        words inside someone's reported sentence (`the bloc would "stand by X"` is a mixed quote)."""
        k = qs - 1
        while k >= 0 and (text[k] in "“\"'«„" or text[k] in " \t\xa0"):
            k -= 1
        return k < 0 or text[k] in ".!?:\n"

    @staticmethod
    def _mention(head: Token, dateline: tuple[int, int] | None = None) -> tuple[int, int]:
        """The characters of the noun phrase headed by ``head``, without relative clauses, and without
        the dateline's date the parser may have hung on it ("May 3 - A Danish envoy")."""
        right = head
        rights = list(rights_of(head))
        for k, c in enumerate(rights):
            if c.dep in DEPS_COMPOUND_FLAT_PREP_NUMMOD_APPOS_NPADVMOD_AMOD:
                right = c.right_edge
            elif c.text == "," and k + 1 < len(rights) and rights[k + 1].dep_ == "appos":
                continue  # "its spokesman, Anatol X,": the comma sets off an apposition, part of the mention
            else:
                break
        left = head.left_edge
        if dateline and left.idx < dateline[1] <= head.idx:
            left = next(t for t in head.doc[left.i:head.i + 1] if t.idx >= dateline[1])
        # (a closing quotation mark or a comma the parser hung on the name: `," Ana Y, Mr X's lawyer, said`)
        while left.i < head.i and left.is_punct:
            left = head.doc[left.i + 1]
        return left.idx, right.idx + len(right.text)

    @staticmethod
    def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
        """Character span of tokens first..last, without "that" and punctuation at either end.

        Quotation marks stay at both ends: a mixed quote keeps the marks of the words it quotes.
        """
        # (each token made once per step, not once per attribute read: speed only)
        # (qspan49: also a "that" tagged as a subordinator that the parser made an object or a subject, "told the
        # Harkel & Sons board that the plant would close", with a subject's first word after it; not one it made a
        # determiner, "said that decision was ...", nor a pronoun, "supported that by saying ...")
        while first <= last and ((t := doc[first]).is_space
                                 or (t.lower == WORD_THAT and (t.dep == DEP_MARK or t.tag_ == "IN" and t.dep in _OBJ_OR_SUBJ_IDS
                                                           and first < last and doc[first + 1].pos_ in _CLAUSE_OPENERS))
                                 or (t.is_punct and not t.is_quote)):
            first += 1
        while last >= first and ((t := doc[last]).is_punct or t.is_space) and not t.is_quote:
            last -= 1
        if last < first:
            return None
        t = doc[last]
        return doc[first].idx, t.idx + len(t.text)

    def _predicate_adjective(self, verb: Token) -> Token | None:
        """The adjective that makes a verb a cue ("clear" in "made clear he would stay", "made it clear that ..."),
        one to three words after it, with a finite clause after the adjective (cues.yaml predicate_cues)."""
        lemma = verb.lemma_.lower()
        if not any(v == lemma for v, _ in self.cues.predicate_cues):
            return None
        doc = verb.doc
        for k in range(verb.i + 1, min(len(doc), verb.i + 4)):
            adj = doc[k]
            if (lemma, adj.lower_) in self.cues.predicate_cues and adj.pos_ in ("ADJ", "VERB") \
                    and self._predicate_clause(adj) is not None:
                return adj
            if adj.lower_ != "it":
                break
        return None

    @staticmethod
    def _predicate_clause(adj: Token) -> Token | None:
        """The finite clause a predicate cue's adjective reports: the adjective's own clause ("clear that he
        would stay"), or the one the parser hung it on ("clear he was hoping ...")."""
        for c in (*adj.children, adj.head):
            if c.i > adj.i and c.dep_ in ("ccomp", "advcl", "xcomp") and any(
                    t.dep_ in ("nsubj", "nsubjpass") for t in c.children):
                return c
        return None

    def _content(self, doc: Doc, verb: Token) -> tuple[int, int] | None:
        """What a cue verb reports: its complement, after or before it (token indices)."""
        lemma = verb.lemma_.lower()
        if self._points_back(verb):
            # Why (quotes23): "The plan will fail within a year. So says Margit X, a former minister.": the cue has no
            # complement; what it reports is the sentence before, unless that sentence opens a quotation (a direct
            # quote, _cue_after).
            first, end = sentence_bounds(doc, verb.i - 2)
            last = end - 1
            while last > first and doc[last].is_punct:
                last -= 1
            # (quoted words inside it make it a mixed quote: `The route has "a year left". So says X.`)
            if doc[first].is_quote or last - first < 2:
                return None
            return first, last
        adj = self._predicate_adjective(verb) if self.cues.predicate_cues else None
        if adj is not None:
            clause = self._predicate_clause(adj)
            first = next(t.i for t in clause.subtree if t.i > adj.i)
            return first, clause.right_edge.i
        # Why: "quoted a soldier as saying the rain "had stopped the convoy" ...": where the parser hung "as" on a verb
        # of the reported words, "saying" keeps only a shred of them; they run to the sentence's end.
        if verb.dep == DEP_PCOMP and verb.head.head.i > verb.i and self._quoting_verb_of(verb) is not None:
            end = sentence_bounds(doc, verb.i)[1] - 1
            while end > verb.i and (doc[end].is_punct and not doc[end].is_quote):
                end -= 1
            return (verb.i + 1, end) if end > verb.i + 1 else None
        if lemma in self.cues.listener_object and (told := self._clause_read_as_relative(verb)) is not None:
            return told
        is_object_cue = lemma in self.cues.object
        if is_object_cue:
            wanted = _OBJECT_DEPS_OR_PREP
        elif lemma in self.cues.listener_object:
            wanted = _CLAUSE_DEPS_OR_XCOMP
        else:
            wanted = _OBJECT_DEPS
        rights = list(rights_of(verb))
        # "told a press conference that ...": with a clause present, what comes before it is the
        # listener or the occasion, not the content.
        clause_at = next((k for k, c in enumerate(rights) if c.dep in _CLAUSE_DEPS_IDS), None)
        subject_first = None
        if clause_at is not None:
            # Why: "told Reuters the talks, which began in May, ended": the parser may make the reported clause's
            # subject the cue's object when an aside stands between them; a clause with no subject of its own
            # right after such an object is reported with it.
            lead = rights[clause_at - 1] if clause_at > 0 else None
            clause = rights[clause_at]
            if lead is not None and lead.dep_ == "dobj" and lead.pos_ in ("NOUN", "PROPN") \
                    and clause.tag_ in ("VBD", "VBZ", "VBP", "MD") and not any(
                        c.dep_ in _SUBJECT_DEPS or c.dep_ in ("nsubjpass", "mark", "expl") for c in kids_of(clause)) \
                    and any(t.dep_ == "relcl" for t in kids_of(lead)) and lead.right_edge.i < clause.left_edge.i:
                return lead.left_edge.i, clause.right_edge.i
            # Why (real13a): "confirmed delegates X and Y will attend", "indicated the market may recover", "says his
            # patience with the board is running out": with no "that", the parser often makes the reported clause's
            # subject the cue's object and hangs the rest on the cue as a clause; an object right before the clause,
            # of a cue that takes no listener as its object ("told reporters ...", "warned voters ...", "asked X
            # whether ...": cues.yaml listener_object, to_listener, appeal_verbs), is the clause's first words.
            if lead is not None and lead.dep_ == "dobj" and lead.pos_ in ("NOUN", "PROPN") \
                    and lead.right_edge.i + 1 == clause.left_edge.i and clause.tag_ in _FINITE_TAGS | {"VB", "VBN"} \
                    and lemma not in self.cues.listener_object and lemma not in self.cues.to_listener \
                    and lemma not in self.cues.appeal_verbs \
                    and not any(c.dep_ in ("mark", "expl") for c in kids_of(clause)) \
                    and not any((c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass") and c.left_edge.i == clause.left_edge.i
                                and (c.tag_ == "PRP" or c.left_edge.tag_ in ("DT", "PRP$")) for c in kids_of(clause)) \
                    and clause.left_edge.tag_ not in ("WDT", "WP", "WP$", "WRB"):
                # (spkdiff34: not a clause that opens with a subject of its own, a pronoun or a phrase with a determiner:
                # "promised Ann X he would stand down", "promised voters the levy would", "found his way to the hall
                # the sun was out": the object is the listener or a thing, not the clause's first words. A bare name
                # the parser took as the clause's subject may end the object's apposition: "his respect for rivals
                # Tarn grows".)
                # (a clause opening with "what", "how": "offered the union what amounted to a pay freeze" gives
                # the object something, it is no report of a clause with its subject)
                subject_first = lead.left_edge.i
            rights = rights[clause_at:]
        elif self.cues.preposition_stances and not any(c.dep in DEPS_DOBJ_XCOMP for c in rights):
            # Why (real7a): "argued for a joint list": with no clause or object, the stance the preposition's object
            # states is what was said (cues.yaml preposition_stances).
            prep = next((c for c in rights if c.dep == DEP_PREP and (lemma, c.lower_) in self.cues.preposition_stances
                         and c.i == verb.i + 1 and any(g.dep_ == "pobj" for g in c.children)), None)
            if prep is not None:
                return prep.i + 1, prep.right_edge.i
        # Why: "called the raid "heavy-handed"": the quoted words are what was said of a short object
        # (GUIDE.md gives the words, not "the raid"); a long object stays part of the content.
        obj = next((c for c in rights if c.dep == DEP_DOBJ), None)
        said_as = next((c for c in rights if c.dep == DEP_OPRD), None)
        if obj is not None and said_as is not None and obj.i < said_as.i \
                and obj.right_edge.i - obj.left_edge.i < 3 \
                and (said_as.left_edge.is_quote or doc[said_as.left_edge.i - 1].is_quote):
            return said_as.left_edge.i, said_as.right_edge.i
        first = last = None
        after_occasion = False  # (an object cue's preposition of place or occasion was passed over: see below)
        contrast = None  # the "but" of "said that X was not A but B", the parser hanging B on the cue
        joined_to = -1  # the last token of a clause joined to the report by _reported_coordinate
        for c in rights:
            if c.i <= joined_to:
                continue  # (the "and"/"but" and the clause taken in by _reported_coordinate)
            if contrast is not None:
                if c.dep_ != "conj":
                    break
                last, contrast = c.right_edge.i, None
                continue
            if first is None:
                # Why: "issues warning to fans", "complained to the referee": the listener is no content (cues.yaml).
                if c.dep == DEP_PREP and c.lower == WORD_TO and lemma in self.cues.to_listener:
                    continue
                # Why (quotes18): "..., the ministry announced on Thursday", "confirmed in March": a preposition with
                # only a date or a time after it says when, not what was said.
                if c.dep == DEP_PREP and _only_when(c):
                    continue
                # Why (qprec39): "pledged in Paris to ...", "testified before two panels": after an object cue a
                # preposition of place, occasion or audience says where or before whom, not what was said; the content
                # is what follows it (cues.yaml occasion_prepositions), none if nothing does.
                if c.dep == DEP_PREP and is_object_cue and c.lower_ in self.cues.occasion_prepositions \
                        and (lemma, c.lower_) not in self.cues.cue_own_prepositions:
                    after_occasion = True
                    continue
                # (qprec39: after such a phrase, "promised at a rally on Sunday to cut fares", the parser may hang the
                # infinitive on the cue as a clause of purpose; after a verb of pledging or appealing it is what was
                # promised or asked, cues.yaml pledging_verbs; "testified ... to defend the budget" is a purpose.)
                if after_occasion and c.dep_ == "advcl" and c.left_edge.tag_ == "TO" and c.left_edge.head.i == c.i \
                        and (lemma in self.cues.pledging_verbs or lemma in self.cues.appeal_verbs):
                    first, last = c.left_edge.i, c.right_edge.i
                    continue
                if c.dep_ in wanted:
                    first, last = c.left_edge.i, c.right_edge.i
                    # Why (quotes28): "the pay offer, which it said would leave nurses worse off": the relative pronoun
                    # is the reported clause's subject, standing before the cue; what was said is the rest of the
                    # clause after the cue (the pronoun's noun is named by the writer, before the report).
                    if first < verb.i and doc[first].lower_ in pronouns.RELATIVE and verb.dep_ == "relcl":
                        first = verb.i + 1
                    # "pointed to X", "called for X": the preposition belongs to the cue.
                    if c.dep == DEP_PREP and c.i == first:
                        first = c.i + 1
            elif c.dep == DEP_ADVCL and c.left_edge.lower == WORD_AS and c.left_edge.dep == DEP_MARK and first is not None \
                    and doc[first:last + 1].root.dep_ == "dobj" and c.left_edge.i == last + 1 \
                    and c.tag_ not in _FINITE_TAGS and not any(k.dep_ in _SUBJECT_DEPS for k in kids_of(c)):
                # Why (quotes20): "described the project as "poorly planned"", "dismissed the claim as invented": an "as"
                # with a participle or an adjective right after the object is what was said of it (as "as a failure"
                # is); the parser hangs it on the cue as a clause. ("as the dockers walked out", a clause with a subject of
                # its own, says when.)
                last = c.right_edge.i
            elif c.dep == DEP_ADVCL and first is not None and c.left_edge.i == last + 1 and c.left_edge.tag == TAG_TO \
                    and lemma in self.cues.appeal_verbs:
                # Why (quotes21): "called on Caracas to share its radar data": the parser may hang an appeal's infinitive
                # on the verb as a clause of purpose; it is what the listener was asked to do, part of the appeal.
                last = c.right_edge.i
            elif c.is_quote and first is not None and c.i == last + 1 and not c.whitespace_ \
                    and c.i + 1 < len(doc) and doc[c.i - 1].whitespace_ and c.i < c.head.right_edge.i:
                # Why (qspan51): "urged councillors "to stop tinkering with" the ferry fares": a mark opening quoted
                # words, hung on the cue right after the content begun (the listener, an object), does not end it; the
                # quoted words go on with what was said (a mixed report).
                continue
            elif c.dep in _CONTENT_STOP_DEPS_IDS:
                # Why: "stressed that the feud has not been confined to football but it can act as a trigger": a
                # "but" right after a negated reported clause, with no comma, is its "not A but B"; B is said too.
                clause = next((k for k in rights if k.dep in _CLAUSE_DEPS_IDS and k.left_edge.i == first), None)
                if c.dep == DEP_CC and c.lower == WORD_BUT and c.i == last + 1 and clause is not None \
                        and any(g.dep_ == "neg" for g in kids_of(clause)):
                    contrast = c
                    continue
                # Why: "insisted the budget was sound and the province could cut fees": the parser may hang a second
                # reported clause, joined by "and" with no comma, on the cue; one with its own subject and a modal
                # ("could", "would") is more of what was said, while "and he left the room" (no modal) is the
                # writer's account of what the speaker did next. A clause with a cue of its own is its own report.
                # (quotes21: so is one with no subject of its own after a past cue whose modal is shifted back, "said he
                # was "grateful" and would return to work": the speaker said he would; a narrated act takes no "would".)
                nxt = next((k for k in rights if k.i > c.i), None)
                if c.dep == DEP_CC and c.lower == WORD_AND and c.i == last + 1 and clause is not None \
                        and nxt is not None and nxt.dep_ == "conj" and not self._is_cue_verb(nxt) \
                        and (any(g.dep_ in _SUBJECT_DEPS for g in kids_of(nxt))
                             and any(g.dep_ == "aux" and g.tag_ == "MD" for g in kids_of(nxt))
                             or verb.tag_ == "VBD" and not any(g.dep_ in _SUBJECT_DEPS for g in kids_of(nxt))
                             and any(g.dep_ == "aux" and g.lower_ in _SHIFTED_MODALS for g in kids_of(nxt))):
                    contrast = c
                    continue
                # (qspan47: "said the fund was short, but it was likely the board would act", "said the bridge would
                # stay shut and she was confident ...": a clause of its own subject told in the report's shifted-back
                # tense goes on with what was said; see _reported_coordinate.)
                if clause is not None and first is not None and last is not None \
                        and (joined := self._reported_coordinate(doc, verb, c, last)) is not None:
                    last = joined_to = joined.right_edge.i
                    continue
                break
            else:
                last = c.right_edge.i
        if contrast is not None:
            last = contrast.i - 1
        if subject_first is not None and first is not None and first > subject_first:
            first = subject_first  # (the clause's subject the parser made the cue's object: see above)
        if first is not None and last is not None and last + 1 < len(doc) and doc[last + 1].text == "," \
                and any(c.dep_ == "dobj" and c.left_edge.i == first for c in rights):
            # Why (quotes22): "described the plot, dubbed the "hen-house coup" by insiders, as "a farce"": an aside set off
            # by commas may stand between the object and the "as" that says what was said of it; quoted words after that
            # "as" are still the speaker's, and the report runs to them. (Only when a comma follows the object.)
            # (The parser may hang that "as" on the aside's participle; after the aside's closing comma it is the cue's.)
            said_of = next((t for t in doc[last + 1:verb.right_edge.i + 1]
                            if t.lower == WORD_AS and t.dep in DEPS_PREP_MARK and doc[t.i - 1].text == ","
                            and (t.head.i == verb.i or t.head.dep_ == "advcl" and t.head.head.i == verb.i
                                 and t.head.tag_ in ("VBN", "VBD"))
                            and any(k.is_quote for k in t.head.subtree if k.i > t.i)), None)
            if said_of is not None:
                end = said_of.right_edge.i if said_of.dep_ == "prep" else said_of.head.right_edge.i
                last = max(last, end)
        if first is not None and last is not None:
            last = self._second_that_clause(doc, rights, first, last)
        if first is not None:
            # Why: "warned bigoted fans that she wants to hit them": the parser may read the that-clause after the
            # listener as a relative clause on it; a "that" whose role in its clause is already filled (here the
            # object "them") opens the report, and the listener is no content.
            obj = next((c for c in rights if c.dep == DEP_DOBJ and c.left_edge.i == first), None)
            if obj is not None and is_object_cue:
                # (the subtree's words and labels from the table, a token made only for a "that" that
                # fills a role: speed only)
                table, o = token_table(doc), obj.i
                lower, dep = table.lower_id, table.dep_id
                for k in subtree_indices(obj):
                    if k > o and lower[k] == _THAT_ID and dep[k] in _OBJ_OR_SUBJ_IDS:
                        t = doc[k]
                        if any(g.dep_ == t.dep_ and g.i != t.i for g in kids_of(t.head)):
                            return t.i + 1, last
            return first, last
        # "said during a news conference that ...": the parser may hang the that-clause on the
        # noun before it; a clause cue still reports it.
        # (qprec39: so does an object cue after a preposition of place, "posted in a parents' forum that ...".)
        if not is_object_cue or verb.lemma_.lower() in self.cues.clause or after_occasion:
            for k in range(verb.i + 1, min(verb.right_edge.i, verb.i + self.cue_window * 2) + 1):
                t = doc[k]
                # Why: the parser may also read that "that" as a relative pronoun ("told a briefing that
                # Moscow had sent a note"); when its clause already has a word in that role, it opens a report.
                if t.lower == WORD_THAT and t.head.dep in DEPS_RELCL_ACL and (t.dep == DEP_MARK or any(
                        c.dep_ == t.dep_ and c.i != t.i for c in kids_of(t.head))):
                    return t.i + (t.dep_ != "mark"), t.head.right_edge.i
                # (qprec39: after a place or an occasion, "admitted before the court that he had lied", "posted in a
                # forum that she needed help", a "that" opening a clause of a subject of its own is what was said, though
                # the parser reads it as the relative pronoun of a clause on the place: an object cue names no place
                # it then describes.)
                if after_occasion and t.lower_ == "that" and k + 1 < len(doc) and doc[k + 1].dep_ in _SUBJECT_DEPS:
                    rel = next((a for a in (t.head, *t.head.ancestors) if a.dep_ in ("relcl", "acl")), None)
                    if rel is not None and verb.i < rel.head.i < t.i < rel.i:
                        return t.i + 1, rel.right_edge.i
                # Why (qspan49): "told a business lunch that the new tariffs hit from "day one"": the parser may make
                # the "that" the cue's own object and hang the reported verb on the clause's subject as a modifier; a
                # "that" on the cue with a subject of its own under it opens the report, which is its subtree.
                if t.lower == WORD_THAT and t.head.i == verb.i and t.dep in _OBJ_OR_SUBJ_IDS \
                        and self._that_heads_clause(t):
                    return t.i + 1, t.right_edge.i
                # (qspan49: after a cue whose object is its listener, a slash, a hyphen or an ampersand inside the
                # listener's or the occasion's words, "told KTV/Radio's service after the talks that ...", "after the
                # three-day meeting that ...", ends no phrase; after another cue the "that" may open what a noun
                # says, "responding to claims by an ex-aide that ...", and the search still ends there)
                if t.is_punct and t.text != "’s" \
                        and (t.text not in _NAME_INNER_PUNCT or lemma not in self.cues.listener_object):
                    break
        # "..., sources said": the clause stands before the verb.
        for c in lefts_of(verb):
            if c.dep in _CLAUSE_DEPS_IDS:
                # (quotes30: not the speaker's phrase the parser hung inside it, "..., the chair, Ana X, said")
                hung = self._speaker_in_fronted_report(verb)
                if hung is not None:
                    end = hung[1] - 2
                    while end > c.left_edge.i and doc[end].is_punct and not doc[end].is_quote:
                        end -= 1
                    return c.left_edge.i, end
                return c.left_edge.i, self._joined_fronted_clauses(doc, verb, c)
        fronted = self._fronted_report(doc, verb)
        if fronted is not None:
            return fronted
        # "The golf industry, she said, is doing better": a parenthetical cue reports its whole
        # sentence (PolNeAR marks the content round it, the cue inside).
        if self._is_parenthetical(doc, verb):
            start, end = sentence_bounds(doc, verb.i)
            return start, end - 1
        # "X won, he said" parsed with the cue hanging on the reported verb.
        # (qrec41: the comma and the closing mark before the cue's subject may hang on the cue, `... of trade", Mr X
        # told the paper`: the report still ends before them.)
        left = verb.left_edge.i
        while left < verb.i and doc[left].is_punct:
            left += 1
        if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i \
                and left > 0 and doc[left - 1].is_punct:
            return verb.head.left_edge.i, left - 1
        # Why (quotes29): "The link will close in January, the island's harbour master, Ana X, said on Friday": with a
        # speaker in apposition after the report the parser may join the cue to the reported verb as a second verb
        # ("conj"), its subject on the cue or hung on the reported verb; the report is the clause before the comma
        # that opens the speaker's phrase. Only with no "and"/"but" between them: "closed the border and said ..." is
        # the speaker's own second act.
        if verb.dep_ == "conj" and verb.head.i < verb.i and verb.tag_ in _FINITE_TAGS \
                and (comma := self._comma_before_own_subject(doc, verb)) is not None:
            return verb.head.left_edge.i, comma - 1
        if verb.dep_ == "conj" and verb.head.i < verb.i and verb.tag_ in _FINITE_TAGS \
                and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in kids_of(verb.head)):
            hung = self._speaker_hung_on_report(verb)
            start = hung.left_edge.i if hung is not None else verb.left_edge.i
            if start < verb.i and start > verb.head.i and doc[start - 1].text == ",":
                return verb.head.left_edge.i, start - 1
        return None

    def _reported_coordinate(self, doc: Doc, verb: Token, stop: Token, last: int) -> Token | None:
        """The verb of a second clause of the report joined to a past cue by "and"/"but" (``stop`` is the comma, the
        conjunction or that verb, whichever the content's walk met first):
        "said the fund was short, but it was likely the board would act", "said the bridge would stay shut and she was
        confident the work would end by June", "said the mill had lost money for years and its sale was the only way out";
        None when what follows is no such clause.

        Why (qspan47): the parser hangs a clause joined by "and"/"but" after a reported clause on the cue itself, so the
        report ended before it although the speaker said both. A clause with a subject of its own (a pronoun, a noun,
        "it" or "there"), no cue and no subordinator of its own, told in the past form a report shifts its words into
        after a past cue ("was", "were", a "had" perfect, a "was"/"were" progressive or passive, cues.yaml
        reported_coordinate_forms; or a shifted-back modal, "would", "could"), is more of what was said: a writer goes on in the simple past ("and the army opened
        fire"), and a cue of its own ("but he denied ...") is a report found apart. A passive is what was done, told by the
        writer ("said it would build 900 homes, but that figure was passed within a year"), unless a pronoun other than the
        speaker's own points back into the report ("said it had seen the film and it was being studied"; "told her she
        had no future, and she was made redundant" is what was done to the speaker)."""
        present = verb.tag_ in ("VBZ", "VBP")
        if verb.tag_ not in ("VBD", "VBN") and not present:
            return None
        k = last + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k + 1 >= len(doc) or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "but"):
            return None
        cc = doc[k]
        if cc.head.i == verb.i:
            nxt = next((t for t in rights_of(verb) if t.i > cc.i), None)
        else:
            nxt = cc.head if cc.head.head.i == verb.i and cc.head.i > cc.i else None
        if nxt is None or nxt.dep_ != "conj" or nxt.head.i != verb.i or self._is_cue_verb(nxt) \
                or stop.i not in (last + 1, cc.i, nxt.i):
            return None
        kids = list(kids_of(nxt))
        subj = next((g for g in kids if g.dep_ in ("nsubj", "nsubjpass", "expl") and cc.i < g.i < nxt.i), None)
        if subj is None or any(g.dep_ == "mark" for g in kids):
            return None
        forms = self.cues.reported_coordinate_forms
        tags = ("VBZ", "VBP") if present else ("VBD",)
        modals = _PRESENT_MODALS if present else _SHIFTED_MODALS
        shifted = nxt.tag_ in tags and nxt.lemma_.lower() in forms or any(
            g.dep_ in ("aux", "auxpass") and g.i < nxt.i and (g.tag_ in tags and g.lemma_.lower() in forms
                                                           or g.lower_ in modals) for g in kids)
        if not shifted:
            return None
        if subj.dep_ == "nsubjpass" and subj.tag_ != "PRP":
            return None
        # ("said the ferry had sunk, but there was no word from the harbour office": that no word came is the writer's
        # note; cues.yaml no_word_nouns)
        if subj.dep_ == "expl" and any(g.dep_ == "attr" and g.lemma_.lower() in self.cues.no_word_nouns
                                       and any(d.lower_ == "no" for d in kids_of(g)) for g in kids):
            return None
        own = next((g for g in kids_of(verb) if g.dep_ in _SUBJECT_DEPS), None)
        if subj.dep_ == "nsubjpass" and own is not None \
                and (own.tag_ == "PRP" and own.lower_ == subj.lower_ or own.tag_ != "PRP" and subj.lower_ in ("he", "she")):
            return None
        return nxt

    @staticmethod
    def _comma_before_own_subject(doc: Doc, verb: Token) -> int | None:
        """The comma before the subject of a cue joined to the report's verb, when the cue has its own subject set off by
        that comma (and perhaps a closing mark) and ends its sentence with nothing reported after it: `X was not about A,
        but "all about B," the leader said after ...`; None otherwise.

        Why (qrec41): the parser may join such a cue to the report's verb as a second verb when a "but" inside the
        report (before the quoted words) hangs on the report's verb; "closed the border and said ..." has no subject of
        its own after a comma, and "..., and the envoy said that ..." reports a clause of its own."""
        subj = next((c for c in kids_of(verb) if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)
        if subj is None or subj.left_edge.i < verb.head.i + 3:
            return None
        k = subj.left_edge.i - 1
        while k > verb.head.i and doc[k].is_quote:
            k -= 1
        if doc[k].text != "," or any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "cc" for c in kids_of(verb)):
            return None
        if not all(t.is_punct or t.is_space or t.dep_ in _CUE_TAIL_DEPS for t in doc[verb.i + 1:verb.right_edge.i + 1]):
            return None  # (only an occasion or a listener after the cue: "said after welcoming X back")
        return k

    @staticmethod
    def _doer_of_object(noun: Token) -> Token | None:
        """The subject of the verb whose object (or its preposition's object) ``noun`` is, for "it"/"they" speaking in
        a relative clause on ``noun`` (quotes28: "The council rejected the bid, which it said ...").

        Why (spkjudge35): the thing may be the object of a verb with no subject of its own, a gerund or an infinitive
        ("claimed responsibility for downing the drone, which it said ...", "revived a plan to extend opening hours,
        which it says ..."): its doer is the subject of the finite verb above it, the one who claimed or revived;
        without the climb "it" fell to the last body named before, often another one. The climb goes only through
        objects, prepositions and subjectless gerunds and infinitives; any other link (a subject, a conjunct, a
        clause of its own) ends it with no answer."""
        if noun.dep_ not in ("dobj", "pobj"):
            return None
        t = noun
        for _ in range(8):
            if t.head.i == t.i or t.dep_ not in ("dobj", "pobj", "prep", "pcomp", "acl", "xcomp", "advcl"):
                return None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                actor = next((c for c in kids_of(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
                if actor is not None or t.tag_ not in ("VB", "VBG"):
                    return actor  # (a finite verb: its subject, or none)
        return None

    @staticmethod
    def _joined_fronted_clauses(doc: Doc, verb: Token, clause: Token) -> int:
        """The last token of a report told before its cue: the first clause's, or that of the last clause joined to it by
        "and"/"but" that the parser also hung on the cue.

        Why (quotes33): "A flight returned to Vienna, and five flights stopped in Bangkok, the airport said": the parser
        may make each of two joined clauses a complement of the cue after them; the report is both, and taking only
        the first cut it after its "and". Only clauses with nothing but commas and "and"/"but" between them."""
        end = clause.right_edge.i
        for k in lefts_of(verb):
            if k.i <= clause.i or k.dep not in _CLAUSE_DEPS_IDS or k.left_edge.i <= end:
                continue
            core = end  # (the "and" may hang on the first clause, at its end)
            while core > clause.i and (doc[core].lower_ in ("and", "but") or doc[core].text == ","):
                core -= 1
            gap = doc[core + 1:k.left_edge.i]
            if not any(t.lower_ in ("and", "but") for t in gap) \
                    or not all(t.lower_ in ("and", "but") or t.text == "," or t.is_space for t in gap):
                break
            end = k.right_edge.i
        return end

    @staticmethod
    def _fronted_report(doc: Doc, verb: Token) -> tuple[int, int] | None:
        """A finite clause that opens the sentence before ", SUBJECT CUE", which the parser hung on the cue as an
        adverbial clause: "Over a third of the levy is paid by oil firms, he told the conference" (quotes30).

        Why: when the parser misses the fronted report's subject (it reads "Over a third" as a preposition's phrase)
        it labels the report "advcl", not "ccomp", and the quote was lost. Only a finite clause with no subordinator
        ("if", "when", "although": those say when or why) and no participle opener ("Speaking in Oslo, he said"),
        running from the sentence's first word to the comma before the cue's own subject.
        """
        subj = next((c for c in lefts_of(verb) if c.dep in _SUBJECT_DEPS_IDS), None)
        if subj is None:
            return None
        first = sentence_bounds(doc, verb.i)[0]
        while first < verb.i and (doc[first].is_space or doc[first].is_punct and not doc[first].is_quote):
            first += 1
        for c in lefts_of(verb):
            if c.dep_ != "advcl" or c.left_edge.i != first or c.right_edge.i + 1 >= subj.left_edge.i \
                    or doc[c.right_edge.i + 1].text != "," or any(t.is_quote for t in doc[first:c.right_edge.i + 1]):
                continue
            kids = list(kids_of(c))
            finite = c.tag_ in _FINITE_TAGS or any(k.dep_ in ("aux", "auxpass") and k.tag_ in _FINITE_TAGS for k in kids)
            if finite and not any(k.dep_ == "mark" or k.tag_ == "WRB" for k in kids):
                return c.left_edge.i, c.right_edge.i
        return None

    def _speaker_hung_on_report(self, verb: Token) -> Token | None:
        """The noun phrase set off by commas right before a subjectless cue joined ("conj") to the verb before it,
        when the parser hung that phrase on that verb: ", the town's mayor, Ana X, said" (quotes29)."""
        doc = verb.doc
        if verb.dep != DEP_CONJ or verb.head.i >= verb.i or verb.i < 3 or doc[verb.i - 1].text != "," \
                or any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in kids_of(verb)):
            return None
        return self._phrase_hung_on(verb, verb.head)

    def _speaker_in_fronted_report(self, verb: Token) -> tuple[Token, int] | None:
        """The speaker's phrase set off by commas right before a subjectless cue, when the parser hung it inside the
        report before the cue ("ccomp"), and the first token of that phrase with any title phrase set off before it:
        "Half of the backlog is in the north, the association's chair, Ana X, said" (quotes30).

        Why: the parser may read "the association's chair" and "Ana X" as words of the fronted report (an attribute,
        an adverbial noun), leaving the cue with no subject; the quote was then lost. As with _speaker_hung_on_report
        for a cue joined to the report ("conj"), the speaker is the phrase before the cue's comma, and the report
        ends before the comma that opens it (or the title phrase right before it, a noun phrase with no verb)."""
        doc = verb.doc
        if verb.i < 5 or doc[verb.i - 1].text != "," \
                or any(c.dep in _SUBJECT_DEPS_IDS or c.dep == DEP_NSUBJPASS for c in kids_of(verb)):
            return None
        report = next((c for c in lefts_of(verb) if c.dep_ in _CLAUSE_DEPS and c.right_edge.i == verb.i - 1), None)
        if report is None:
            return None
        hung = self._phrase_hung_on(verb, report)
        if hung is None or hung.head.i != report.i or hung.left_edge.i - 1 <= report.left_edge.i:
            return None
        start = hung.left_edge.i
        # a title phrase between the commas before the name: ", the association's chair, Ana X,"
        comma = start - 1
        prev = next((k for k in range(comma - 1, report.left_edge.i, -1) if doc[k].text == ","), None)
        if prev is not None and prev + 1 < comma:
            chunk = doc[prev + 1:comma]
            if chunk.root.head.i == report.i and chunk.root.pos_ == "NOUN" \
                    and not any(t.pos_ in ("VERB", "AUX") for t in chunk):
                start = prev + 1
        return (hung, start) if start - 1 > report.i else None

    def _speaker_hung_on_opener(self, verb: Token) -> Token | None:
        """The noun phrase set off by commas right before a subjectless cue that a participle opens the sentence
        with, when the parser hung that phrase on the participle: "Welcoming the ruling, Ana X, head of the Y
        Council, said: ..." (quotes30).

        Why: after an opening participle clause ("Responding to the speech,", "Asked about the deal,") the parser
        may read the name as the participle's subject or object, or a title word ("shadow") as a second verb,
        and leave the cue with no subject; the quote was then dropped. The speaker is the phrase between the
        last commas before the cue, as in _speaker_hung_on_report.
        """
        doc = verb.doc
        if verb.i < 4 or doc[verb.i - 1].text != "," or verb.tag_ not in _FINITE_TAGS:
            return None
        first = sentence_bounds(doc, verb.i)[0]
        while first < verb.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        # (the parser may also make the participle itself the cue's subject: "Responding ... said")
        opener = next((c for c in kids_of(verb) if c.dep_ in ("advcl", "csubj", "nsubj") and c.pos_ == "VERB"
                       and c.tag_ in ("VBG", "VBN") and c.i == first), None)
        if opener is None or any((c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass") and c is not opener
                                 for c in kids_of(verb)):
            return None
        # (here a name in apposition is the speaker too: "..., shadow minister for the Treasury, Ana X, said" - after an
        # opening participle the last phrase set off by commas is the main clause's subject, whatever it hangs on)
        return self._phrase_hung_on(verb, opener, appos=True)

    def _phrase_hung_on(self, verb: Token, bound: Token, appos: bool = False) -> Token | None:
        """The outermost phrase above the word before the cue's comma, short of ``bound``, that opens after a comma
        and runs to that comma: the parser may hang it on the reported verb or on a noun at the end of the report
        ("from February, the town's mayor, X," as a second noun after "February")."""
        doc = verb.doc
        n, k = None, doc[verb.i - 2]
        while k.i != bound.i and k.i > bound.i:
            # (not a name in apposition to a noun of the report: "met the governor, Pell X, said little" names whom)
            if k.right_edge.i >= verb.i - 2 and k.left_edge.i > bound.i and doc[k.left_edge.i - 1].text == "," \
                    and (appos or k.dep_ != "appos") and _heads_a_speaker_phrase(k):
                n = k
                if appos and k.dep_ == "appos":
                    break
            if k.head.i == k.i:
                break
            k = k.head
        if n is None:
            return None
        return None if n.lower_ in self.cues.not_speakers else n

    @staticmethod
    def _second_that_clause(doc: Doc, rights: list[Token], first: int, last: int) -> int:
        """The content's last token, taking in a second reported clause that opens with its own "that" and is
        joined to the first by "and" or "but" (a comma allowed): "said the fees were fair, but that few could pay
        them" reports both clauses, which the parser hangs on the cue side by side. Only when the content is a
        reported clause (ccomp); a conjunct with no "that" ("and left the room") stays the writer's."""
        if not any(c.dep in _CLAUSE_DEPS_IDS and c.left_edge.i == first for c in rights):
            return last
        for c in rights:
            if c.i <= last or c.dep != DEP_CONJ or c.pos_ not in ("VERB", "AUX"):
                continue
            mark = c.left_edge
            gap = doc[last + 1:mark.i]
            if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.i == c.i and 0 < len(gap) <= 2 \
                    and any(t.dep_ == "cc" and t.lower_ in ("and", "but") for t in gap) \
                    and all(t.dep_ == "cc" or t.text == "," for t in gap):
                return c.right_edge.i
            break
        return last

    # -- the passes ---------------------------------------------------------------------------

    def __call__(self, doc: Doc, article: Article, actors: ActorTable) -> list[Quote]:
        # The article holds the string the Doc was made from; building doc.text again costs O(n).
        text = article.text
        if not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
            text = doc.text
        begin = article.content_start
        dateline = article.dateline.span if article.dateline else None
        if dateline is None and article.body_span:
            # Why (quotes26): "AP - A county judge ruled ...": an agency alone before a dash opens the body as a
            # dateline does; the parser joins "AP" to the subject, and the agency became the speaker.
            dateline = agency_lead(text, article.body_span[0])
        headline = article.headline_span
        marked = quotation_spans(text, begin)
        breaks = paragraph_breaks(text, begin)
        if dateline:
            marked = [s for s in marked if s[1] <= dateline[0] or s[0] >= dateline[1]]
        # (from the doc's table, shared with the other stages; ``starts`` a list: bisect on it is faster
        # than numpy's search of one value; speed only)
        table = token_table(doc)
        lemmas, lowers, starts = table.lemma_ids, table.lower_ids, table.idx

        def token_at(char: int) -> int:
            """The token holding (or last starting before) this character."""
            return max(0, bisect.bisect_right(starts, char) - 1)

        marked_starts = [s for s, _ in marked]

        def in_marked(char: int) -> int | None:
            i = bisect.bisect_right(marked_starts, char) - 1
            return i if i >= 0 and marked[i][0] <= char < marked[i][1] else None

        candidates = indices_in(lemmas, self.lemma_hashes)
        # (one token object a candidate, made directly, as doc[i]: arrays.kids_of's note; speed26)
        vocab, cue_tokens = doc.vocab, []
        for i in candidates:
            if starts[i] >= begin and in_marked(starts[i]) is None and self._is_cue_verb(t := Token(vocab, doc, i)) \
                    and not self._hyphen_compound(doc, i):
                cue_tokens.append(t)
        cue_by_index = {t.i: t for t in cue_tokens}
        # Any verb that takes a that-clause reports a statement or a belief ("implied that",
        # "is reaffirming that"), whether or not the cue lists name it.
        that_verbs = []
        for i in (lowers == self.that_hash).nonzero()[0]:
            t = doc[int(i)]
            if t.dep == DEP_MARK and t.head.dep == DEP_CCOMP:
                v = t.head.head
                if v.pos_ == "VERB" and v.i not in cue_by_index and v.idx >= begin and in_marked(v.idx) is None \
                        and v.lemma_.lower() not in self.cues.not_cues:
                    that_verbs.append(v)
        # "made clear he would stay", "made it plain that ...": a verb that reports only with its adjective (cues.yaml
        # predicate_cues).
        if len(self.predicate_hashes):
            for i in np.nonzero(is_in(lemmas, self.predicate_hashes))[0]:
                t = doc[int(i)]
                if t.idx >= begin and t.pos_ == "VERB" and t.i not in cue_by_index and in_marked(t.idx) is None \
                        and t not in that_verbs and self._predicate_adjective(t) is not None:
                    that_verbs.append(t)
        used: set[int] = set()
        found: list[Found] = []

        # Pass 2: direct quotes and their cues.
        direct_of: dict[int, Found] = {}
        for qi, (qs, qe) in enumerate(marked):
            # A signature after a dash at the line's end names the speaker whatever cue stands before the quote.
            signed = self._dash_signature(doc, text, qs, qe, token_at)
            if signed is not None:
                direct_of[qi] = signed
                continue
            verb = self._cue_after(doc, text, qs, qe, token_at, cue_by_index, used, breaks)
            after = verb is not None
            if verb is None:
                verb = self._cue_before(doc, text, qs, qe, token_at, cue_by_index, breaks)
            if verb is None:
                continue
            # (qspan53: a colon lead-in whose speaker is no subject of its verb; cue_by_index holds no lead-in's verb)
            subj = self._lead_in_speaker(doc, verb) if not after and verb.i not in cue_by_index else None
            if subj is None:
                subj = self._subject(verb, dateline)
            if subj is None and after:
                subj = self._speaker_hung_in_quote(doc, verb, qe, token_at)
            if subj is None:
                continue
            used.add(verb.i)
            mention = self._mention(subj, dateline)
            if subj.dep == DEP_DOBJ and subj.lemma_.lower() in self.cues.document_nouns:
                mention = mention[0], subj.idx + len(subj.text)  # "a memo for the minister": sent to him, not his
            f = Found("direct", qs, qe, verb.idx, verb.idx + len(verb.text), subj, mention, verb.i)
            direct_of[qi] = f
        # A marked span soon after a cued one, with that cue in between (`"...," he said. "..."`),
        # continues it: same speaker, same cue. Short uncued spans in between (a show's title) do
        # not break the run.
        prev: Found | None = None
        for qi, (qs, qe) in enumerate(marked):
            if qi in direct_of:
                prev = direct_of[qi]
            elif prev is not None and (qs - prev.end <= self.continuation_gap or _cue_sentence_only(text, prev.end, qs)) \
                    and prev.end <= prev.cue_start < qs \
                    and len(text[qs:qe].split()) >= self.min_quote_words and self._opens_sentence(text, qs) \
                    and not _runs_on(text, qe) \
                    and not self._new_speaker_between(doc, prev, qs, token_at, cue_by_index):
                prev = direct_of[qi] = Found("direct", qs, qe, prev.cue_start, prev.cue_end, prev.speaker,
                                              prev.speaker_span, prev.cue_i)
        # Why (qspan51): "X said that in the weeks before the vote, "there were days I could not eat"": a cue before
        # the quoted words whose reported clause opens in the writer's words is read again as a report, so that the
        # report and its quoted close become one mixed quote (``_closing_fragments``).
        reopened = {f.cue_i for f in direct_of.values()
                    if f.cue_i >= 0 and f.cue_end <= f.start and self._paraphrase_before(doc, doc[f.cue_i], f.start)}
        used -= reopened
        labelled = self._speaker_labels(doc, text, begin, token_at, direct_of, marked, actors)
        found.extend(direct_of.values())
        found.extend(labelled)

        # Pass 3: indirect and mixed quotes from the remaining cue words.
        indirect: list[Found] = []
        stances: list[Token] = []  # cues that report no words but may still end a report before them
        for verb in cue_tokens + that_verbs:
            if verb.i in used or verb.lemma_.lower() in self.cues.direct_only and not (
                    verb.lemma_.lower() in self.cues.direct_only_that_clause and self._that_clause_of(verb)):
                continue
            subj = self._subject(verb, dateline, in_marked)
            if subj is None:
                continue
            lemma = verb.lemma_.lower()
            # Why: what a video, a picture or the markets show is not something anyone said (GUIDE.md); a headline's
            # stance verb ("X hails deal") sums up an act, it reports no words. ("a video that showed ..." is the video's.)
            shower = subj.head.head if subj.lower_ in pronouns.RELATIVE and subj.head.dep == DEP_RELCL else subj
            if shower.lemma_.lower() in self.cues.not_speaking_media and not self._names_a_body(shower) or (
                    headline and headline[0] <= verb.idx < headline[1] and lemma in self.cues.not_in_headlines):
                continue
            # Why (qprec38): "the accord calls for rates to be frozen", "the scheme, which had called for farm credit",
            # "a plan calling for a levy": an instrument that prescribes (a deal, a plan, a law) states its terms, no one's
            # words (cues.yaml statements_only_prescribing_*; the noun a participle hangs on counts as its subject).
            # (A common noun, or a name with its article, "the Tesseren Accord"; not a person's name, "Jack Law said".)
            if self.statements and lemma in self.cues.statements_only_prescribing_verbs and any(
                    h.lemma_.lower() in self.cues.statements_only_prescribing_nouns and h.ent_type_ != "PERSON"
                    and (h.pos_ == "NOUN" or any(c.dep_ == "det" for c in kids_of(h)))
                    and not self._names_a_body(h)
                    for h in (shower, verb.head if verb.dep == DEP_ACL else shower)):
                continue
            # Why: "called the envoy back", "called off the talks": a phrasal act, no words (cues.yaml act_particles).
            # ("Called into action for the first time": a preposition right after the verb makes the phrase as well.)
            if self.cues.act_particles and any((lemma, c.lower_) in self.cues.act_particles
                                               for c, d in labelled_kids(verb) if d in ("prt", "advmod")
                                               or (d == "prep" and c.i == verb.i + 1)):
                continue
            # Why (quotes22): "unions called a fresh day of strikes", "called a snap election": the verb and a noun of its
            # object make an act of convening, no words (cues.yaml act_objects); a predicate on the object ("called the
            # strike illegal") or a clause still reports what was said.
            # (Quoted words anywhere after the verb are what was said: "called his rival's walkout "a stunt"".)
            if lemma in self.act_object_verbs and not any(c.dep_ in _CLAUSE_DEPS_OR_XCOMP_OPRD for c in kids_of(verb)) and any(
                    (lemma, t.lemma_.lower()) in self.cues.act_objects
                    for c in kids_of(verb) if c.dep_ == "dobj" for t in c.subtree if t.pos_ == "NOUN") \
                    and not any(t.is_quote for t in doc[verb.i:verb.right_edge.i + 1]):
                continue
            content = self._content(doc, verb)
            if content is None and lemma in self.cues.listener_object:
                content = self._quoted_predicate_after_listener(doc, verb)
            # Why (quotes23): "she asserted herself in the debate", "members found themselves divided": a reflexive object
            # makes an act or a state, no words (cues.yaml reflexive_objects).
            if content is not None and self._reflexive_object_only(doc, verb, *content):
                continue
            # Why (quotes21): "Drought agency warns of crop losses", "China vows response to EU probe": a headline's cue
            # whose content is only a noun phrase, its object, with no verb and no quoted words, sums up a stance in the
            # headline's shorthand; it reports no words ("X says Y will ..." keeps its verb, "calls plan 'reckless'" its
            # quoted words). An appeal keeps its object: "X calls for talks" reports what was asked for, as "called for
            # a ceasefire" does in a story's body (cues.yaml appeal_verbs).
            # (qprec39: so does a gerund phrase with no subject of its own, "Director admits lying", "Ex-port chief admits
            # falsifying ledgers": the act admitted or denied, in shorthand.)
            if content is not None and headline and headline[0] <= verb.idx < headline[1] \
                    and lemma not in self.cues.appeal_verbs and (
                        self._object_phrase_only(doc, content[0], content[1])
                        or doc[content[0]].tag_ == "VBG" and doc[content[0]].head.i == verb.i
                        and not any(g.dep_ in _CLAUSE_MAKERS for g in kids_of(doc[content[0]]))
                        and not _holds_finite_or_quote(doc, *content)):
                continue
            # Why: "the border guards denied the convoy what it needed most", "refused him entry": an
            # object before the content is who something was withheld from, no words (cues.yaml withholding_verbs).
            if content is not None and lemma in self.cues.withholding_verbs and self._withholds(doc, verb, content[0]):
                continue
            # Why: "a source who asked not to be named", "requested not to be identified": a request for anonymity,
            # no words about the story (cues.yaml anonymity_verbs).
            if content is not None and any(
                    d == "xcomp" and c.lemma_.lower() in self.cues.anonymity_verbs
                    and any(e == "neg" for _, e in labelled_kids(c)) and any(e == "auxpass" for _, e in labelled_kids(c))
                    for c, d in labelled_kids(verb)):
                continue
            # Why (quotes32): "Commenting on the decision, the spokesman said ...", "Announcing the plans, Mr Orlo said:
            # ...", "Noting the package announced last week, she added ...": a participle opening its sentence whose
            # content is only a noun phrase names the topic or the occasion of the report that follows, no words said
            # (GUIDE.md). A clause ("Noting that ..."), an infinitive or quoted words in it are still reported. (Pool:
            # 13 such openers in 150 articles, none a report.) An appeal keeps its object: "Urging support for the
            # army, X said ..." tells what was asked for (cues.yaml appeal_verbs).
            # (Only under the scope "statements": PolNeAR marks such a topic as an attribution.)
            if content is not None and self.statements and lemma not in self.cues.appeal_verbs \
                    and self._topic_opener(doc, verb, *content):
                continue
            # Why (quotes32): "the index added 23 points", "adding half a cent to $1.31", "added to the pressure": with no
            # finite verb and no quoted words in its content the verb names an amount or an effect, no words (cues.yaml
            # finite_content_only). (The words up to the verb's last dependent count, less a clause of time or contrast
            # hung on it, "..., while the peso had slipped": the parser may cut a report short of its verb, "added some
            # projects, such as X (Y), were showing progress".)
            if content is not None and lemma in self.cues.finite_content_only and not self._finite_after(doc, verb, content[0]):
                continue
            # Why: "agreed to resume talks", "declined to comment": an intention or an act, no words reported.
            if content is not None and lemma in self.cues.infinitive_not_reported and doc[content[0]].tag_ == "TO":
                continue
            # ("wants the row to stop": a wish about someone or something else, no words either.)
            if content is not None and lemma in self.cues.infinitive_not_reported and any(
                    c.dep_ in ("ccomp", "xcomp") and any(g.tag_ == "TO" and g.dep_ == "aux" for g in kids_of(c))
                    and not any(t.tag_ in _FINITE_TAGS or t.is_quote for t in c.subtree) for c in kids_of(verb)):
                continue
            # Why: "refused to leave their homes" is an act; "declined to comment" reports (refusing) words.
            if content is not None and lemma in self.cues.infinitive_of_speech_only and doc[content[0]].tag_ == "TO" \
                    and not self._is_cue_verb(doc[content[0]].head):
                continue
            # Why: "a decision opposition parties called unlawful": with no object of its own the verb's
            # object is a noun outside the clause, and the bare predicate ("unlawful", "a vote they call a
            # referendum on water") is the writer's summary of a stance, not words reported; quoted words in it
            # (`a plan the unions called "theft"`) are still theirs.
            if content is not None and not any(dep == "dobj" for _, dep in labelled_kids(verb)) and any(
                    dep == "oprd" and c.left_edge.i == content[0] for c, dep in labelled_kids(verb)) \
                    and not any(t.is_quote for t in doc[content[0]:content[1] + 1]):
                continue
            # Why (quotes19): "..., a reason he called a pretext": the parser may take the bare predicate of a verb of
            # naming in a relative clause for its object; the noun the clause hangs on is what is named, and the
            # predicate is the writer's summary, as above (cues.yaml summary_naming_verbs).
            if content is not None and verb.dep == DEP_RELCL and lemma in self.cues.summary_naming_verbs \
                    and subj.lower_ not in pronouns.RELATIVE \
                    and not any(c.dep_ in _CLAUSE_DEPS for c in kids_of(verb)) \
                    and not any(t.is_quote for t in doc[content[0]:content[1] + 1]):
                continue
            # Why (quotes57): "quit the cabinet, calling the levy a disgrace", "walked out, calling the map a "dead
            # letter"": a participle of naming hung on another act, with an object and its label, glosses the stance that
            # came with the act; the label is the writer's (or a scare-quoted word or two), no words reported (GUIDE.md).
            # Quoted words of three or more in it are still said ("calling it "a shameful waste of time"").
            if content is not None and self.statements and lemma in self.cues.summary_naming_verbs \
                    and self._labelling_participle(verb) \
                    and not self._quotes_words_in(text, marked, doc[content[0]].idx, doc[content[1]].idx, 3):
                continue
            # Why: "referred to the "Blue Quay"": a quoted name after a verb of mentioning is no one's words
            # (cues.yaml naming_verbs).
            if content is not None and lemma in self.cues.naming_verbs and self._quoted_name_only(doc, verb, *content):
                continue
            # Why: "branded the cattle": a verb that reports only a predicate said of its object reports nothing
            # without one ("branded the scheme unworkable" does; cues.yaml predicate_only_verbs).
            if content is not None and lemma in self.cues.predicate_only_verbs \
                    and not self._predicate_on_object(doc, verb, *content):
                continue
            # Why: "criticised the measures", "posted a video": a bare noun phrase that points back to an act,
            # or a thing posted, is a stance or an act (an event), not words reported (GUIDE.md).
            if content is not None and self._object_is_no_report(doc, verb, *content):
                stances.append(verb)
                continue
            # Why: under the scope "statements" what a poll found and a stance towards a thing ("backed the plan")
            # are no quotes (GUIDE.md), but their speakers still speak for the quotes after them.
            # ("The Tarvel Courier survey found ...": the parser may head the subject with the paper's name.)
            counted = shower.right_edge if shower.right_edge.dep == DEP_POBJ else shower
            # ("declined to comment", "refused to say whether ...": under "statements" what was not said is no quote,
            # GUIDE.md; PolNeAR marks it. "Refused the offer", "exports declining toward the end of the year" report
            # no words at all: only the infinitive of these verbs may.)
            declined = content is not None and lemma in self.cues.infinitive_of_speech_only
            # ("Documents released by the archive reveal ...", "the minutes show ...": what a record shows.)
            showing = lemma in self.cues.statements_only_showing_verbs \
                and (shower.lemma_.lower() in self.cues.statements_only_showing_nouns
                     or shower.lower_ in self.cues.statements_only_showing_nouns
                     or self._record_of(subj, shower) or self._record_before(subj))
            # ("In a survey of 400 crews, the union found that pay had fallen": a finding, no statement.)
            finding = self._found_in_survey(verb)
            # ("Knowing the school would close, she sold the building": a fronted participle of knowing gives a reason.)
            reason = verb.tag == TAG_VBG and verb.dep == DEP_ADVCL \
                and lemma in self.cues.statements_only_reason_participles and verb.left_edge.i == verb.sent.start
            # ("I think the referee got it wrong" outside quotation marks: the writer's own view.)
            writer = subj.lower_ in self.cues.statements_only_writer_voices
            # (qprec39: "It is important to note that ...", "it's worth remembering that ...", "it is fair to say ...": a
            # cue in the infinitive or the gerund of an adjective predicated of a dummy "it" is the writer's aside; no one
            # is said to have said it.)
            writer = writer or (verb.dep == DEP_XCOMP and verb.tag in TAGS_VB_VBG and verb.head.lemma_ == "be"
                                and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in kids_of(verb.head))
                                and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids_of(verb.head)))
            # ("She did not deny writing the messages", "has not confirmed the report": what was not said, GUIDE.md.)
            negated = any(dep == "neg" for _, dep in labelled_kids(verb))
            # ("Her memoir explains this", "would repeat this to the ambassador": a pronoun pointing back is no report.)
            pointing = content is not None and self._points_back_only(doc, verb, *content)
            # ("Failed to mention that the fees would rise", "must publish a letter pledging to", "will need to show
            # they have lived there": what was not said, or is only owed, GUIDE.md.)
            unsaid = self._not_said(verb)
            # ("Asked whether she would run, the mayor said ...", "was asked if ...": the unnamed asker's question.)
            # (the parser often tags the fronted participle VBD; with no subject of its own it is still the participle)
            asked = lemma in self.cues.statements_only_asked_verbs and verb.tag_ in ("VBN", "VBD") and (
                verb.dep_ == "advcl" and not any(c.dep_ in _SUBJECT_DEPS for c in kids_of(verb))
                or any(c.dep_ == "auxpass" for c in kids_of(verb)))
            # ("fines anglers who threaten wildlife": a present-tense relative clause with only a noun object describes
            # a class of people by what they do, GUIDE.md; "who says the reserve is small" still reports a clause.)
            describing = content is not None and (
                verb.dep == DEP_RELCL and verb.tag in TAGS_VBP_VBZ
                or verb.dep == DEP_CONJ and verb.head.dep == DEP_RELCL and verb.head.tag in TAGS_VBP_VBZ) \
                and not any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "xcomp" for c in kids_of(verb)) \
                and not any(t.is_quote for t in doc[content[0]:content[1] + 1])
            # ("a news website, which cited local officials", "citing diplomatic sources": where a report came from,
            # with no "as saying" and no words; cues.yaml quoting_verbs, cited_source_nouns.)
            cited = content is not None and self._cites_source_only(doc, verb, *content)
            # (quotes23: "cancelled the contract, citing delays at the yard": a participle of citing with only a noun
            # phrase gives the reason for an act, no words said (GUIDE.md); cues.yaml statements_only_citing_verbs. A
            # clause, quoted words or "as saying" still report. qprec39: so does the finite verb, "the agency cited
            # weaker demand", "inspectors cited three breaches of the code": a reason or a finding named, not words.)
            cited = cited or (content is not None and lemma in self.cues.statements_only_citing_verbs
                              and not any(c.dep_ in _CLAUSE_DEPS_OR_XCOMP_OPRD or c.dep_ == "prep" and c.lower_ == "as"
                                          for c in kids_of(verb))
                              and not _holds_finite_or_quote(doc, *content))
            # ("The two unions restated their positions": a stance restated, with no words given.)
            restated = content is not None and self._restates_stance(doc, verb, *content)
            # ("Any sailor knows storms come early": a mind, told with no "that"; "knows that ..." still reports.)
            bare_thought = self.statements and lemma in self.cues.statements_only_bare_thought_verbs and not any(
                g.dep_ == "mark" and g.lower_ == "that" for c in kids_of(verb) if c.dep_ in _CLAUSE_DEPS
                for g in kids_of(c))
            # ("The keeper claims a high corner under pressure": the parser may head a noun phrase as a clause; with no verb
            # in it, it is the stance verb's object.)
            verbless = content is not None and lemma in self.stance_objects \
                and any(c.dep in _CLAUSE_DEPS_IDS and c.pos_ in ("NOUN", "PROPN") for c in kids_of(verb)) \
                and not _holds_verb_or_quote(doc, content[0], content[1])
            # (all of these only under "statements"; under "attributions" the stance check above already ran)
            silent = self.statements and (
                declined or reason or writer or negated or showing or finding or pointing or unsaid or restated or verbless
                or bare_thought or asked or describing or cited
                or lemma in self.thought_verbs
                or self._counts_only(shower) or self._counts_only(counted)
                or (content is not None and self._object_is_no_report(doc, verb, *content, self.stance_objects))
                or (content is not None and self._judges_others_words(doc, verb, content[0]))
                or (content is not None and self._purpose_without_words(doc, verb, *content, after_cue=True)))
            # Why: "she has been accused of spying", "the ruling was announced in the capital": the subject of a
            # passive cue is who was accused or what was announced, not who spoke; with no "by X" the speaker is
            # unknown, and such a line is the writer's report of an act.
            if any(dep == "auxpass" for _, dep in labelled_kids(verb)) \
                    and not any(dep == "agent" for _, dep in labelled_kids(verb)):
                continue
            # Why (qprec39): "Envoy Said to Have Fled", "Airline Reported to Be Near Collapse": a headline drops the "is" of
            # that passive, and the parser reads the participle as a past tense with the subject as its speaker. A verb of
            # saying or believing right before an infinitive, with no object and no auxiliary of its own, says what
            # unnamed others say of the subject (cues.yaml said_of_subject_verbs), as "is said to" does above.
            if content is not None and lemma in self.cues.said_of_subject_verbs and verb.tag in TAGS_VBD_VBN \
                    and content[0] == verb.i + 1 and doc[verb.i + 1].lower == WORD_TO \
                    and not any(dep in ("dobj", "aux", "dative") for _, dep in labelled_kids(verb)):
                continue
            # Why (qspan42): "Velmora accused of hiding ferry losses", "Minister urged to quit": a verb that reports words
            # only to a listener, with the listener's preposition right after it and no listener of its own, is that
            # passive with its "is" dropped; the subject is who was addressed, no speaker (cues.yaml addressed_participles).
            # ("the aide he accused of lying": a relative clause's verb lost its object to the noun it describes.)
            if verb.tag in TAGS_VBD_VBN and verb.dep != DEP_RELCL and verb.i + 1 < len(doc) \
                    and (lemma, doc[verb.i + 1].lower_) in self.cues.addressed_participles \
                    and not any(dep in ("dobj", "aux", "dative", "iobj") for _, dep in labelled_kids(verb)):
                continue
            # Why: "will see the board on Thursday to discuss the fees", "a briefing to unveil the budget": an
            # infinitive of purpose with only a noun phrase is what someone means to do; nothing said is reported.
            # ("took to the radio to say that ..." keeps its clause; "declined to comment" hangs on a cue.)
            if content is not None and self._purpose_without_words(doc, verb, *content):
                continue
            # Why: "the court declared the vote void", "resolutions declaring the zone to be closed": the verb
            # confers a status on its object, an act (an event), not a report of words (cues.yaml status_verbs).
            if lemma in self.cues.status_verbs and self._confers_status(verb):
                continue
            if content is not None:
                content = content[0], self._before_summary(doc, *content)
                content = content[0], self._before_second_report(doc, verb, *content)
                # (quotes28: "praised the board for the deal, which she said was ...": once the relative clause's own
                # report is cut off, a bare noun phrase left to a stance verb is a stance, no words, as above)
                if content[1] + 2 < len(doc) and doc[content[1] + 1].text == "," \
                        and doc[content[1] + 2].lower_ in pronouns.RELATIVE \
                        and self._object_is_no_report(doc, verb, *content,
                                                      self.stance_objects if self.statements else frozenset()):
                    stances.append(verb)
                    continue
                content = content[0], self._before_name_list(doc, *content)
                # (Under "attributions" the tail stays: PolNeAR's contents run on to the sentence's end.)
                if self.statements:
                    content = content[0], self._before_tail(doc, *content, front=verb.i > content[1])
            # Why: "found that X" reports a finding, "found a way" or "know exactly what to do" reports
            # nothing; these verbs report only a clause (cues.yaml clause_only).
            # (quotes32: words in quotation marks before the cue are what was said, however the parser hangs them:
            # '"We will close every depot," the union's leader, X, threatened'.)
            if content is not None and verb.lemma_.lower() in self.cues.clause_only and not any(
                    c.dep_ in _CLAUSE_DEPS and content[0] <= c.i <= content[1] for c in kids_of(verb)) \
                    and not (content[1] < verb.i and any(doc[k].is_quote for k in (content[0] - 1, content[0]) if k >= 0)):
                continue
            # Why (qprec38): "exporters could find it harder to borrow", "voters may find both manifestos unconvincing",
            # "will find their margins shrinking": the verb in its base form (after a modal or "to") with a clause that has
            # no finite verb and no "that" (an object and its predicate) tells how someone may find or feel a thing, not a
            # finding or a belief stated. A past finding keeps its small clause ("reporters found the road littered with
            # debris" reports what they found), and "found (that) costs had risen" and quoted words still report
            # (cues.yaml clause_only). Under the scope "statements" only.
            if content is not None and self.statements and verb.tag == TAG_VB and verb.lemma_.lower() in self.cues.clause_only \
                    and not any(doc[k].is_quote for k in range(max(content[0] - 1, 0), min(content[1] + 2, len(doc)))) \
                    and not any(self._finite_clause(c) for c in kids_of(verb)
                                if c.dep_ in _CLAUSE_DEPS and content[0] <= c.i <= content[1]):
                continue
            # Why: "they know how the vote will go", "found out where the money went": under the scope
            # "statements" a question word opening what is known or found names no proposition, no words said.
            if content is not None and self.statements and verb.lemma_.lower() in self.cues.clause_only and any(
                    t.tag_ in ("WP", "WRB", "WDT") for t in doc[content[0]:min(content[1], content[0] + 2) + 1]):
                silent = True
            if content is None or (not self._is_parenthetical(doc, verb)
                                   and (content[0] <= subj.i <= content[1] or content[0] <= verb.i <= content[1])):
                continue
            # Why (qprec38): "shopkeepers described the thick smoke", "described a dilemma", "described working long
            # shifts": with no "as" saying what was said of the thing, no quoted words, no clause and no "how"/"what",
            # the object is the topic of an account, not what was said (as "pointed to X"; cues.yaml
            # statements_only_topic_verbs). "described the plan as "reckless"", "described how the fire spread" stay.
            if self.statements and lemma in self.cues.statements_only_topic_verbs and content[0] > verb.i \
                    and doc[content[0]].tag_ not in ("WRB", "WP", "WDT", "IN") \
                    and not any(t.is_quote or t.lower_ == "as" for t in doc[max(content[0] - 1, 0):content[1] + 1]) \
                    and not any(c.dep_ in _CLAUSE_DEPS for c in kids_of(verb)):
                continue
            span = self._trim(doc, *content)
            if span is None:
                continue
            start, end = span
            if dateline and start < dateline[1] <= end:
                start = dateline[1]
            if start < begin or end - start < 2:
                continue
            end = self._with_quoted_tail(text, end, verb, marked, marked_starts, direct_of)
            end = self._before_aside(text, start, end)
            cue_end = verb.idx + len(verb.text)
            # (the next word's head and start from the doc's columns, read per doc anyway; its token only
            # where it hangs on the verb before the content: speed only)
            nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) and table.head[verb.i + 1] == verb.i \
                and table.idx[verb.i + 1] < start else None
            # "pointed out", and "pointed to X", "called for X" where the content is the preposition's
            # object; not "said after the meeting that ...", where the preposition only adds a time.
            if nxt is not None and (
                    nxt.dep == DEP_PRT or (nxt.dep == DEP_PREP and start <= nxt.right_edge.idx)):
                cue_end = nxt.idx + len(nxt.text)
            indirect.append(Found("indirect", start, end, verb.idx, cue_end, subj, self._mention(subj, dateline), verb.i,
                                  silent=silent))
        indirect.extend(self._according_to(doc, begin, in_marked, dateline))
        indirect.extend(self._passive_as(doc, cue_tokens, used, begin, dateline))
        if len(self.verdict_hashes):
            indirect.extend(self._verdict_of(doc, lemmas, begin))
        nested: list[Found] = []
        kept = self._outermost(doc, text, indirect, direct_of, marked, self.cues.relaying_nouns, nested,
                               reopened)
        if nested:
            found = [f for f in found if not any(f is d for d in nested)]
        # Why: "X stressed the decision changed nothing, while the League condemned the move": a stance with a
        # subject of its own after a comma and a conjunction reports no words, but it still ends X's report.
        for verb in stances:
            cut = self._own_report_at(doc, verb.i)
            if cut is not None:
                for k in kept:
                    if k.start < verb.idx < k.end and k.cue_start < verb.idx:
                        k.end = min(k.end, doc[cut - 1].idx + len(doc[cut - 1].text))
        found.extend(kept)
        found.sort(key=lambda f: (f.start, f.end))
        found = self._continued_paragraphs(text, begin, marked, found, doc, stances, actors)
        return attribute(text, found, actors, self.cues, marked)

    @staticmethod
    def _labelling_participle(verb: Token) -> bool:
        """A gerund-participle adjunct of another verb ("..., calling X Y") with an object and no clause or
        preposition of its own ("calling for talks", "calling on X to" appeal; "calling it wrong that ..." reports)."""
        if verb.tag != TAG_VBG or verb.dep != DEP_ADVCL or verb.head.i == verb.i:
            return False
        deps = [d for _, d in labelled_kids(verb)]
        return "dobj" in deps and "prep" not in deps and not any(d in _CLAUSE_DEPS for d in deps)

    @staticmethod
    def _quotes_words_in(text: str, marked: list[tuple[int, int]], start: int, end: int, words: int) -> bool:
        """Whether a quoted span of at least ``words`` words starts between ``start`` and ``end`` (characters)."""
        return any(start <= qs <= end and len(text[qs:qe].split()) >= words for qs, qe in marked)

    def _object_is_no_report(self, doc: Doc, verb: Token, first: int, last: int,
                             stance_objects: frozenset[str] = frozenset()) -> bool:
        """Whether a cue's content (tokens first..last) is only its noun-phrase object and that object
        reports no words: anything after a verb of ``noun_object_not_words`` ("posted a video", "backed the
        plan", "asked 800 adults"), or a short phrase pointing back to an act or a claim (``summary_nouns``)
        after a verb of ``judgement_verbs`` ("defended the measures", "denied these allegations"), a relative
        clause or a participle on it included ("the measures it imposed last month", "the move announced on
        Monday"). A clause or an infinitive ("asked them to leave"), a quoted fragment or a content clause on
        the noun ("denied the claim that ...") is still a report."""
        lemma = verb.lemma_.lower()
        if lemma not in self.cues.judgement_verbs and lemma not in self.cues.noun_object_not_words \
                and lemma not in stance_objects:
            return False
        obj = next((c for c in kids_of(verb) if c.dep == DEP_DOBJ), None)
        if (obj is None or obj.i > first) and lemma in stance_objects:
            # ("Referring to the detentions, ...": the topic is the object of the verb's preposition, also when the
            # parser hangs a later noun on the verb as its object.)
            prep = next((c for c in kids_of(verb) if c.dep == DEP_PREP and c.i == first - 1), None)
            # (quotes31: not after a particle, "pointed out in a post that ...": the preposition there tells where the
            # words were said, and the parser may hang their clause on its noun as a relative clause.)
            if prep is not None and any(c.dep_ == "prt" for c in kids_of(verb)):
                prep = None
            topic = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
            obj = topic if topic is not None else obj
        if lemma in stance_objects and lemma in self.cues.gerund_topic_verbs and (obj is None or obj.left_edge.i != first) \
                and self._gerund_object(doc, verb, first, last):
            return True
        if obj is None or obj.left_edge.i != first or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        content = doc[first:last + 1]
        # Why: "asked residents to leave", "backed calls for talks to resume": a clause or an infinitive on the
        # verb, or quoted words, are what was said. (quotes26: a plural possessive's apostrophe, "the drivers'
        # union", is no quotation mark.)
        if any(t.is_quote and t.dep != DEP_CASE for t in content) or any(c.dep in _CLAUSE_DEPS_OR_XCOMP_IDS and first <= c.i <= last
                                                   for c in kids_of(verb)):
            return False
        # (A relative clause or a participle only tells which act is meant: "the measures it imposed", "the
        # move announced on Monday"; the phrase without it must point back.)
        # (quotes26: also a relative clause on a noun inside the object, "agreed a settlement with its partner Delta
        # Motors which will see it buy the plant", where the parser hangs "which" on the nearer noun.)
        described = {t.i for c in kids_of(obj) if c.dep == DEP_RELCL or (
            c.dep == DEP_ACL and c.tag in _PARTICIPLE_TAGS_IDS and not any(g.dep in _CLAUSE_MAKERS_IDS for g in kids_of(c)))
            for t in c.subtree}
        described |= {t.i for c in obj.subtree if c.dep == DEP_RELCL and c.head.i != obj.i for t in c.subtree}
        core = [t for t in content if t.i not in described]
        if any(t.tag in _FINITE_TAGS_IDS for t in core) and lemma not in stance_objects:
            return False
        if lemma in self.cues.noun_object_not_words:
            return True
        # Why: "backed the plan", "criticised the detentions in the camps": under the scope "statements" a stance
        # towards a thing is an event, not words (GUIDE.md); a predicate on the object ("hailed the deal as a
        # breakthrough", "called the raid unlawful") says what was said of it, and stays a report.
        # (Under a stance, a relative clause anywhere in the object only describes it: "expects a windfall, four
        # times what the fund would need".)
        if lemma in stance_objects and any(t.tag in _FINITE_TAGS_IDS for t in core):
            described = {t.i for r in obj.subtree if r.dep_ == "relcl" for t in r.subtree}
            core = [t for t in content if t.i not in described]
            if any(t.tag_ in _FINITE_TAGS for t in core):
                return False
        if lemma in stance_objects and not any(
                t.dep in DEPS_OPRD_ACOMP and t.head.i == verb.i
                or (t.dep == DEP_PREP and t.lower == WORD_AS and t.head.i in (verb.i, obj.i)) for t in content):
            return True
        opener = doc[first]
        # ("Moscow's charges" is not read as pointing back: PolNeAR marks "praised X's remarks" as attributed.)
        return obj.pos_ == "NOUN" and obj.lemma_.lower() in self.cues.summary_nouns \
            and len(core) <= _POINTING_MAX_WORDS and (opener.lower_ in _POINTING_DETERMINERS or opener.tag_ == "PRP$")

    @staticmethod
    def _object_phrase_only(doc: Doc, first: int, last: int) -> bool:
        """Whether tokens first..last are one noun phrase taken as an object (of the verb or of its preposition),
        with no verb and no quotation mark in it."""
        span = doc[first:last + 1]
        if any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in span):
            return False
        roots = [t for t in span if not first <= t.head.i <= last or t.head.i == t.i]
        # (quotes22: "Russia warns Moldova over gas cut-off": the listener and a preposition naming the topic, with no
        # verb, are one such phrase too, a stance towards someone about something.)
        if len(roots) == 2 and roots[0].dep_ == "dobj" and roots[1].dep_ == "prep" and roots[1].head.i == roots[0].head.i \
                and roots[1].lower_ in ("over", "about", "against", "on"):
            roots = roots[:1]
        return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN") and roots[0].dep_ in ("dobj", "pobj")

    @staticmethod
    def _finite_after(doc: Doc, verb: Token, first: int) -> bool:
        """Whether a finite verb or a quotation mark stands in the cue's words from the content's first token to the
        verb's last dependent, outside an adverbial clause hung on the verb."""
        aside = {t.i for c in kids_of(verb) if c.dep_ == "advcl" and c.i > verb.i for t in c.subtree}
        return any((t.is_quote or t.tag_ in _FINITE_TAGS) and t.i not in aside
                   for t in doc[min(first, verb.i + 1):verb.right_edge.i + 1])

    @staticmethod
    def _topic_opener(doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether the cue is a participle opening its sentence (a conjunction allowed before it), hung on the
        sentence's verb, with content after it that is only a phrase: no finite verb, no quoted words and no clause or
        infinitive of the participle ("Commenting on the decision, ...", "Announcing the plans, ...")."""
        if verb.tag != TAG_VBG or verb.dep != DEP_ADVCL or verb.lemma_.lower() == "accord" or first < verb.i:
            return False
        if any(t.pos_ not in ("CCONJ", "PUNCT") for t in doc[verb.sent.start:verb.i]):
            return False
        if any(c.dep_ in _CLAUSE_DEPS_OR_XCOMP for c in kids_of(verb)):
            return False
        return not _holds_finite_or_quote(doc, first, last)

    @staticmethod
    def _gerund_object(doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a stance verb's content is a gerund phrase standing for a noun, with no subject, marker or
        finite verb of its own and no quoted words: "will discuss strengthening the fund", "backed raising fees"
        (real7a: the topic of a stance, as "discuss the fund" is; "asked residents to leave" keeps its "to")."""
        ger = next((c for c in kids_of(verb) if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i == first), None)
        if ger is None or any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark", "expl") for g in kids_of(ger)):
            return False
        return not _holds_finite_or_quote(doc, first, last)

    def _cites_source_only(self, doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a quoting verb ("cite", "quote") has for its whole content one object naming a source (a noun of
        ``cited_source_nouns``, or a name), with no "as saying", clause, infinitive or quoted words."""
        if verb.lemma_.lower() not in self.cues.quoting_verbs:
            return False
        obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
        if obj is None or obj.left_edge.i != first or not (
                obj.lemma_.lower() in self.cues.cited_source_nouns or obj.pos_ == "PROPN"):
            return False
        if _holds_finite_or_quote(doc, first, last):
            return False
        return not any(c.dep_ in _CLAUSE_DEPS_OR_XCOMP_OPRD or (c.dep_ == "prep" and c.lower_ == "as")
                       for c in kids_of(verb))

    def _not_said(self, verb: Token) -> bool:
        """Whether a cue is what someone failed to say or has yet to say: the infinitive of a verb of
        ``statements_only_unsaid_heads`` ("failed to mention"), or a verb, or the verb of the noun a participle
        cue describes ("must publish a letter pledging ..."), under a word of ``statements_only_obligations``
        ("must", "should", "have to", "need to")."""
        if verb.dep == DEP_XCOMP and verb.head.lemma_.lower() in self.cues.statements_only_unsaid_heads \
                and any(c.tag_ == "TO" for c in kids_of(verb)):
            return True
        # Why (quotes18): "If asked, the ministry would say the ban was legal": a cue under "would" or "could" with an
        # "if" or "unless" clause of its own is a hypothetical, nothing said (GUIDE.md).
        if any(d == "aux" and c.lower in _HYPOTHETICAL_MODALS_IDS for c, d in labelled_kids(verb)) and any(
                d == "advcl" and any(e == "mark" and g.lower_ in ("if", "unless") for g, e in labelled_kids(c))
                or d == "advcl" and c.left_edge.lower_ == "if" for c, d in labelled_kids(verb)):
            return True
        # Why (quotes18): "Did the minister promise a review?": a cue asked about in a question, its auxiliary before
        # its subject, is not something said (GUIDE.md: questions).
        aux = next((c for c, d in labelled_kids(verb) if d == "aux" and c.i < verb.i), None)
        subj = next((c for c, d in labelled_kids(verb) if d in _SUBJECT_DEPS), None)
        if aux is not None and subj is not None and aux.i < subj.i < verb.i and aux.i == verb.sent.start \
                and verb.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
            return True
        obliged = self.cues.statements_only_obligations
        for v in (verb, verb.head.head if verb.dep == DEP_ACL and verb.head.pos_ == "NOUN" else None):
            if v is None:
                continue
            # (a modal: "must", "should"; "have" and "need" as auxiliaries are the perfect tense, "have said")
            if any(dep == "aux" and c.tag == TAG_MD and c.lower_ in obliged for c, dep in labelled_kids(v)):
                return True
            if v.dep == DEP_XCOMP and v.head.lemma_.lower() in obliged and any(c.tag == TAG_TO for c in kids_of(v)):
                return True
        return False

    def _restates_stance(self, doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a verb of ``statements_only_restating_verbs`` has for its content only a stance noun of
        ``statements_only_restated_stances`` ("restated their positions"), with no clause on it and no quoted
        words ("reiterated its position that ..." still reports)."""
        if verb.lemma_.lower() not in self.cues.statements_only_restating_verbs:
            return False
        obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
        if obj is None or obj.left_edge.i != first or obj.lemma_.lower() not in self.cues.statements_only_restated_stances:
            return False
        return not any(t.is_quote or t.tag_ in _FINITE_TAGS or t.dep_ in ("acl", "relcl", "ccomp")
                       for t in doc[first:last + 1])

    @staticmethod
    def _withholds(doc: Doc, verb: Token, first: int) -> bool:
        """Whether a verb has two objects, or an object standing before a content that opens with "what": "denied
        the convoy fuel", "denied the convoy what it needed most", "refused him entry". ("Denied the
        leaflet was offensive", a clause the parser splits after its subject, still reports.)"""
        objects = [c for c in kids_of(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i
                   and c.pos_ in ("NOUN", "PROPN", "PRON")]
        return len(objects) >= 2 or (doc[first].tag_ in ("WP", "WDT") and any(c.right_edge.i < first for c in objects))

    def _points_back_only(self, doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a cue's content (tokens first..last) is only a pronoun object pointing back, with at most a
        predeterminer and prepositional phrases ("all this", "that for most of the half", "this to the
        ambassador, who ...") and nothing else of the verb's in it: no clause, predicate or quoted words
        (cues.yaml statements_only_pointing_pronouns; scope "statements" only)."""
        pronouns_ = self.cues.statements_only_pointing_pronouns
        obj = next((c for c, dep in labelled_kids(verb) if dep == "dobj" and c.lower_ in pronouns_), None)
        if obj is None or obj.left_edge.i != first or any(t.is_quote for t in doc[first:last + 1]):
            return False
        if any(c.dep_ not in ("predet", "prep", "advmod", "punct") for c in kids_of(obj)):
            return False
        return not any(first <= c.i <= last and c.i != obj.i and c.dep_ not in ("prep", "advmod", "npadvmod", "punct")
                       for c in kids_of(verb))

    def _judges_others_words(self, doc: Doc, verb: Token, first: int) -> bool:
        """Whether a judgement verb's content opens with its object naming others' words, "rejected calls to
        "pause" the bill", "dismissed demands for an inquiry" (cues.yaml statements_only_others_words), with no
        content clause on it ("denied claims that he lied") and none on the verb."""
        if not self.others_words or verb.lemma_.lower() not in self.cues.judgement_verbs:
            return False
        obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
        if obj is None or obj.left_edge.i != first or obj.lemma_.lower() not in self.others_words:
            return False
        return not any(t.dep_ == "mark" and t.lower_ == "that" for t in obj.subtree) \
            and not any(c.dep_ in _CLAUSE_DEPS for c in kids_of(verb))

    @staticmethod
    def _confers_status(verb: Token) -> bool:
        """Whether a verb has an object and a predicate on it, a small clause with no finite verb and no
        "that": "declared the vote void", "declared the dams legal", "declaring the zone to be closed" (a
        clause of reason or time hung on the small clause, "... to be unsafe as storms have weakened its piles",
        is not its verb)."""
        if any(c.dep_ == "dobj" for c in kids_of(verb)) and any(c.dep_ in ("oprd", "xcomp") for c in kids_of(verb)):
            return True
        for c in kids_of(verb):
            if c.dep_ not in _CLAUSE_DEPS or not any(s.dep_ == "nsubj" for s in kids_of(c)):
                continue
            hung = {t.i for a in kids_of(c) if a.dep_ == "advcl" for t in a.subtree}
            if not any(t.tag_ in _FINITE_TAGS or (t.dep_ == "mark" and t.lower_ == "that")
                       for t in c.subtree if t.i not in hung):
                return True
        return False

    def _purpose_without_words(self, doc: Doc, verb: Token, first: int, last: int, after_cue: bool = False) -> bool:
        """Whether a cue is an infinitive of purpose or intention under a verb that is no cue ("met to
        discuss the fees", "seemed to signal a change") whose content (first..last) is only a
        noun phrase, with no clause and no quoted words. With ``after_cue`` (round 15, scope "statements" only:
        "said at a briefing for journalists to confirm the ban"), an infinitive after a cue, hung on it as a clause of
        its own or after the quote it reports, is a purpose too; "promised to announce the results", its
        complement, still reports."""
        if after_cue:
            placed = verb.dep in DEPS_ADVCL_CCOMP and verb.head.i < verb.i or verb.dep == DEP_XCOMP and any(
                c.dep_ == "ccomp" and c.i < verb.head.i for c in kids_of(verb.head))
        else:
            placed = verb.dep in DEPS_ADVCL_XCOMP_ACL_RELCL and not self._is_cue_verb(verb.head)
        return verb.tag == TAG_VB and any(c.tag == TAG_TO and d == "aux" for c, d in labelled_kids(verb)) and placed \
            and not any(c.dep_ in _CLAUSE_DEPS for c in kids_of(verb)) \
            and not any(t.tag in _FINITE_TAGS_IDS or t.is_quote for t in doc[first:last + 1])

    def _before_summary(self, doc: Doc, first: int, last: int) -> int:
        """The content's last token, before an apposition that sums the report up from the writer's side:
        "said the vote would be delayed, a decision the opposition called illegal" (cues.yaml summary_nouns)."""
        for k in indices_between(token_indices(doc, ORTH, _COMMA), first + 1, last - 1):  # (the commas; speed only)
            if doc[k + 1].lower in WORDS_A_AN and any(
                    t.pos_ == "NOUN" and t.lemma_.lower() in self.cues.summary_nouns for t in doc[k + 2:min(last, k + 4) + 1]):
                return k - 1
        return last

    def _before_own_act(self, doc: Doc, verb: Token, clause: Token, first: int, last: int) -> int | None:
        """The content's last token before "and" and a verb of the speaker's own act the parser hung on the reported
        clause's head ("said the failure was unacceptable and announced a review", "said his client "never said
        it" and called the claim a fiction"); None when there is none.

        Why (quotes20): such a verb (cues.yaml second_act_verbs), in the outer cue's tense, with no subject, no
        perfect it could share and no clause of its own but a noun-phrase object, is what the speaker did next, not
        words of the report; left inside, it makes the report twice as long as the words said."""
        if _perfect(clause):
            return None
        for c, dep in labelled_kids(clause):
            if dep != "conj" or not (first < c.i <= last) or c.tag_ != verb.tag_ \
                    or c.lemma_.lower() not in self.cues.second_act_verbs \
                    or any(e in _SUBJECT_DEPS or e == "nsubjpass" or e in _CLAUSE_DEPS for _, e in labelled_kids(c)) \
                    or not any(e == "dobj" for _, e in labelled_kids(c)):
                continue
            if (cut := _end_before_conjunction(doc, c, first, ("and",))) is not None:
                return cut
        return None

    def _before_second_report(self, doc: Doc, verb: Token, first: int, last: int) -> int:
        """The content's last token, before a second cue the parser hung inside the reported clause:
        "said the port would reopen in May but warned that fees would rise" is two reports by one speaker.

        The second cue is a verb of the cue lists joined by "and"/"but" to the head of the reported clause, with
        no subject of its own, the tense of the outer cue and a complement of its own. (Its quote is found on its
        own, with the outer cue's speaker, once it no longer lies inside this one.)"""
        # Why (quotes28): "backed the bypass, which he says is vital for traders", "praised the board for the deal, which
        # she said was "the best news in years"": a relative clause set off by a comma whose cue has a speaker of its own
        # before it reports on its own (its quote is found once it no longer lies inside this one); the first report,
        # or stance, ends before the comma.
        for k in indices_between(token_indices(doc, ORTH, _COMMA), first + 1, last - 2):
            rel = doc[k + 1]
            if rel.lower_ not in pronouns.RELATIVE or rel.tag not in TAGS_WDT_WP:
                continue
            cue = next((t for t in doc[k + 2:min(last, k + 6) + 1] if t.dep_ == "relcl"), None)
            if cue is not None and self._is_cue_verb(cue) and any(
                    c.dep_ in _SUBJECT_DEPS and c.lower_ not in pronouns.RELATIVE and rel.i < c.i < cue.i
                    for c in kids_of(cue)) and any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in kids_of(cue)) \
                    and all(t.is_punct for t in doc[cue.right_edge.i + 1:last + 1]):
                # (spkdiff34: only a relative clause that ends the content: an aside on a noun inside the report,
                # "alleged that someone, who he believes is linked to X, entered his home", "insist the voters ignore
                # the feud, which they think is a media obsession, or that ...", is followed by more of the report)
                return k - 1
        if (cut := self._before_act_after_cue(doc, verb, first, last)) is not None:
            return cut
        clause = next((c for c, dep in labelled_kids(verb) if dep in _CLAUSE_DEPS and first <= c.i <= last), None)
        if clause is not None and (cut := self._before_own_act(doc, verb, clause, first, last)) is not None:
            return cut
        if clause is not None and (cut := self._before_untensed_act(doc, verb, clause, first, last)) is not None:
            return cut
        # ("said the rival had denied the charge and insisted that ...": a clause with a cue of its own, or a
        # perfect whose "had" the second verb may share, may be the rival's two reports; it stays whole.)
        if clause is None or self._is_cue_verb(clause) and not self._under_modal(clause):
            return last
        perfect = _perfect(clause)
        for c, dep in labelled_kids(clause):
            if dep != "conj" or not (first < c.i <= last) or c.tag_ != verb.tag_ or not self._is_cue_verb(c):
                continue
            if any(e in _SUBJECT_DEPS or e == "nsubjpass" for _, e in labelled_kids(c)):
                continue
            if not any(e in _CLAUSE_DEPS for _, e in labelled_kids(c)):
                continue
            cc = doc[c.i - 1]
            # Why: "said the team had reached a view, but admitted it was hard": after a comma, "but" turns from the
            # reported clause back to the speaker (a contrast of the speaker's own), even after a perfect.
            # (quotes28: so does a cue that only goes on with its subject's own words, "had cut its debt and added that
            # ...": the clause said nothing to add to; cues.yaml continuing_cues.)
            if perfect and not (cc.lower_ == "but" and doc[cc.i - 1].text == ",") \
                    and c.lemma_.lower() not in self.cues.continuing_cues:
                continue
            if cc.dep_ == "cc" and cc.lower_ in ("and", "but") and cc.i - 1 > first:
                return cc.i - 1
        # Why (quotes18): "said repair crews were working to restore supply and urged residents to stay indoors",
        # "said it had struck a depot and accused the group of hiding arms": an appeal or an accusation joined by
        # "and" to any verb of the reported clause, with no subject of its own and with its own listener and
        # complement ("urged X to", "accused X of", "called on X to"), is the speaker's second report, not a
        # part of the first (cues.yaml appeal_verbs).
        # (a token object only for a word joined by "and"/"but", its label id from the doc's table: speed only)
        labels, vocab = token_table(doc).dep_id, doc.vocab
        for t in [Token(vocab, doc, i) for i in range(first + 1, last + 1) if labels[i] == _CONJ_ID]:  # (doc[i]: speed26)
            if t.lemma_.lower() not in self.cues.appeal_verbs or t.tag_ != "VBD" \
                    or not (first <= t.head.i < t.i) or not self._is_cue_verb(t) \
                    or any(d.dep_ in _SUBJECT_DEPS or d.dep_ == "nsubjpass" for d in kids_of(t)):
                continue
            listener = any(d.dep_ == "dobj" for d in kids_of(t)) or any(
                d.dep_ == "prep" and d.lower_ == "on" and d.i == t.i + 1 for d in kids_of(t))
            # (quotes21: "called on X to share ...": the parser may hang the infinitive as an adverbial clause)
            complement = any(d.dep_ in ("xcomp", "advcl") and any(g.tag_ == "TO" for g in kids_of(d)) for d in t.subtree) \
                or any(d.dep_ == "prep" and d.lower_ == "of" for d in t.subtree)
            if listener and complement and (cut := _end_before_conjunction(doc, t, first, ("and",))) is not None:
                return cut
        # Why: "denied his forecasts were too rosy - but refused to rule out tax rises": after a dash or a comma,
        # "but" and a verb in the cue's tense with no subject of its own and an infinitive ("refused to",
        # "declined to") go back to the speaker's own acts; a state described by a copula ("were too rosy")
        # does not refuse.
        if clause.pos_ == "AUX":
            for c in kids_of(clause):
                if c.dep != DEP_CONJ or not (first < c.i <= last) or c.tag != verb.tag or c.i < 2 \
                        or any(d.dep_ in _SUBJECT_DEPS or d.dep_ == "nsubjpass" for d in kids_of(c)):
                    continue
                cc, mark = doc[c.i - 1], doc[c.i - 2]
                if cc.dep_ == "cc" and cc.lower_ == "but" and mark.text in ("-", "–", "—", ",") and mark.i - 1 > first \
                        and any(d.dep_ == "xcomp" and d.left_edge.lower_ == "to" for d in kids_of(c)):
                    return mark.i - 1
            # Why (quotes22): "said the protest had been peaceful but warned of delays", "said the talks were useful but
            # cautioned against optimism": a state described by a copula does not warn; "but" and a cue verb in the
            # cue's tense (or a participle the parser hung on the clause's "had") with no subject and a complement of
            # its own ("of", "about", "against", a clause) turn back to the speaker's second report, even with no comma.
            for c in kids_of(clause):
                if c.dep != DEP_CONJ or not (first < c.i <= last) or c.tag_ not in (verb.tag_, "VBN") or c.i < 2 \
                        or not self._is_cue_verb(c) \
                        or any(d.dep_ in _SUBJECT_DEPS or d.dep_ == "nsubjpass" for d in kids_of(c)):
                    continue
                cc, mark = doc[c.i - 1], doc[c.i - 2]
                if cc.dep_ == "cc" and cc.lower_ == "but" and cc.i - 1 > first and any(
                        d.dep_ in _CLAUSE_DEPS or d.dep_ == "prep" and d.lower_ in ("of", "about", "against")
                        for d in kids_of(c)):
                    return cc.i - 2 if mark.text == "," else cc.i - 1
        return last

    @staticmethod
    def _act_after_cue(doc: Doc, verb: Token) -> Token | None:
        """The past-tense verb with no subject of its own right after a cue's comma and "and"/"but" ("also" or "then"
        allowed between): "..., the operator said, but warned that ..."; None when the cue is not followed so."""
        j = verb.i + 1
        if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("and", "but"):
            return None
        j += 2
        if doc[j].lower_ in ("also", "then") and j + 1 < len(doc):
            j += 1
        act = doc[j]
        if act.tag_ != "VBD" or any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in kids_of(act)):
            return None
        return act

    def _before_act_after_cue(self, doc: Doc, verb: Token, first: int, last: int) -> int | None:
        """The content's last token before a cue set inside it by commas when "and"/"but" and the speaker's next act
        follow the cue: "The market is improving, the operator said, but warned that fees would rise"; None when
        there is none.

        Why (quotes33): the parser hangs the second verb on the fronted report's head, so the content ran through the
        cue and its subject into the second report. A past-tense verb with no subject of its own right after the cue's
        comma and "and"/"but" is what the cue's subject did next (a report or act of its own, found apart); the first
        report ends before the comma that opens the cue's subject. A cue inside a report ("X, he said, is Y") is
        followed by the rest of the report, not by "and"/"but" and a bare past verb, and stays whole."""
        if not (first < verb.i < last) or verb.i + 3 > last or self._act_after_cue(doc, verb) is None:
            return None
        cut = verb.left_edge.i - 1
        while cut > first and doc[cut].is_punct:
            cut -= 1
        return cut if cut > first else None

    def _before_untensed_act(self, doc: Doc, verb: Token, clause: Token, first: int, last: int) -> int | None:
        """The content's last token before "and"/"but" and a past-tense cue verb joined to a reported clause whose
        tense it cannot share: "insisted the deputy will keep a key role and praised his record", "said the ruling was
        "a landmark" and welcomed the majority", "said she is aware of the anger but denied taking money"; None when
        there is none.

        Why (quotes33): a past verb cannot take the clause's modal ("will ... and praised") or its present auxiliary
        ("is being used ... and warned"), and a copula states a condition that does not speak; so a cue verb in the
        past with no subject of its own and a complement of its own (an object, an infinitive or gerund, a
        preposition, a clause) is the speaker's next report, found apart, not words of the first. A perfect ("had cut
        jobs and denied ...") may share its "had" with the second verb and stays whole, as in _before_own_act; a verb of
        a mind or an intention ("was angry and planned to ...", cues.yaml inner_state_verbs) goes on with the report; an
        appeal or an accusation ("and called for an inquiry", cues.yaml appeal_verbs) is left to the stricter rule of
        _before_second_report, which wants a listener and a complement of its own."""
        if _perfect(clause):
            return None
        kids = list(labelled_kids(clause))
        modal = any(e == "aux" and d.tag == TAG_MD for d, e in kids)
        present = clause.tag in TAGS_VBZ_VBP or any(e in ("aux", "auxpass") and d.tag in TAGS_VBZ_VBP for d, e in kids)
        copula = clause.lemma_.lower() == "be" and clause.pos_ == "AUX"
        if not (modal or present or copula) or verb.tag not in TAGS_VBD_VBG_VBN:
            return None
        for c, dep in kids:
            if dep != "conj" or not (first < c.i <= last) or c.tag_ != "VBD" or not self._is_cue_verb(c) \
                    or c.lemma_.lower() in self.cues.inner_state_verbs or c.lemma_.lower() in self.cues.appeal_verbs \
                    or any(e in _SUBJECT_DEPS or e == "nsubjpass" for _, e in labelled_kids(c)):
                continue
            if not any(e in _CLAUSE_DEPS or e in ("dobj", "xcomp", "prep") for _, e in labelled_kids(c)):
                continue
            if (cut := _end_before_conjunction(doc, c, first, ("and", "but"))) is not None:
                return cut
        return None

    @staticmethod
    def _under_modal(clause: Token) -> bool:
        """Whether a reported clause's verb is a bare form under a modal ("said it would defend the port"): a
        past-tense verb joined to it ("and urged ...") cannot share the modal, so it is the speaker's own act,
        even when the clause's verb is itself a cue ("defend", "deny")."""
        return clause.tag_ == "VB" and any(d.dep_ == "aux" and d.tag_ == "MD" for d in kids_of(clause))

    @staticmethod
    def _before_name_list(doc: Doc, first: int, last: int) -> int:
        """The content's last token, before a colon that opens a list of names closing the sentence: "announced
        that they were joining Norway in cutting aid: Sweden, Denmark, Finland and Estonia". The list says who
        "they" are, for the reader; a list of common nouns ("three things were needed: money, time and
        patience") is what was said and stays."""
        colon = next(iter(indices_between(token_indices(doc, ORTH, _COLON), first + 1, last)), None)  # (speed only)
        if colon is None:
            return last
        items: list[list[Token]] = [[]]
        for t in doc[colon + 1:last + 1]:
            if t.text in (",", ";") or t.lower in WORDS_AND_OR:
                if items[-1]:
                    items.append([])
            elif not t.is_punct and not t.is_space:
                items[-1].append(t)
        items = [it for it in items if it]
        if len(items) < 3 or any(len(it) > 5 or it[-1].pos_ != "PROPN" for it in items):
            return last
        return colon - 1

    def _before_tail(self, doc: Doc, first: int, last: int, front: bool = False) -> int:
        """The content's last token, before a tail that is the writer's, not the speaker's:
        - the occasion of the report after a comma: "told reporters the port would reopen, speaking after a cabinet
          meeting" (cues.yaml occasion_participles; a participle with a clause or a particle of its own stays);
        - a last aside after a lone dash with no finite verb of its own: "said the port would reopen in May — a year
          later than planned" (a pair of dashes inside the report, or quoted words in the tail, stay)."""
        # (the words after a comma, and the dashes, from the doc's array: speed only)
        for k in [c + 1 for c in indices_between(token_indices(doc, ORTH, _COMMA), first + 1, last)]:
            t = doc[k]
            if t.tag == TAG_VBG and t.lemma_.lower() in self.cues.occasion_participles \
                    and t.dep_ in ("advcl", "xcomp", "conj", "acl") \
                    and not any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "prt" for c in kids_of(t)):
                return k - 2
            # Why (quotes28): "said the cuts were cruel, while insisting that she backed the bus lanes", "..., adding
            # that ...": a cue participle after the comma (a subordinator such as "while" allowed before it, cues.yaml
            # second_report_openers) with no subject and a reported clause of its own is the speaker's second report,
            # which the parser hung inside the first; the first ends before the comma.
            if t.lower_ in self.cues.second_report_openers and k + 1 <= last:
                t = doc[k + 1]
            if t.tag == TAG_VBG and t.i < last and self._is_cue_verb(t) and t.dep in DEPS_ADVCL_XCOMP_CONJ_PCOMP \
                    and not any(c.dep_ in _SUBJECT_DEPS for c in kids_of(t)) \
                    and any(c.dep_ in _CLAUSE_DEPS and c.i > t.i for c in kids_of(t)):
                return k - 2
        # Why (qspan40): "said her union was furious at the ruling, which followed a campaign by a newspaper": a
        # relative clause after a comma that runs to the report's end is the writer's gloss on its last noun
        # (cues.yaml gloss_relatives). The speaker's own judgement of what they report stays ("claimed the plan
        # would cut 900 posts, which was the equivalent of closing every clinic": a copula heads it), and so do
        # quoted words in it, a second clause joined after another comma (", but X was ..."), a report cut before
        # the sentence's end by another rule, and a report told before its cue.
        after = next((t for t in doc[last + 1:last + 4] if not t.is_space), None)
        if not front and (after is None or after.text in _GLOSS_FOLLOWERS):
            for c in indices_between(token_indices(doc, ORTH, _COMMA), first + 2, last - 1):
                rel = doc[c + 1]
                if rel.lower_ in self.cues.gloss_relatives and rel.head.dep_ == "relcl" \
                        and rel.head.lemma_ != "be" and rel.head.head.i < c and rel.head.right_edge.i >= last \
                        and not any(t.is_quote or (t.dep_ == "cc" and doc[t.i - 1].text == ",")
                                    for t in doc[c + 1:last + 1]):
                    return c - 1
        dashes = [k for k in indices_between(token_indices(doc, ORTH, _DASHES), first + 2, last) if doc[k].whitespace_
                  and doc[k - 1].whitespace_]
        # (quotes28: not in words told before their cue, "The price then was 435p - 7 pct above the floor, a spokesman
        # said": the writer's aside comes after the report it glosses; before the cue, up to its comma, all is said.)
        if len(dashes) == 1 and not front:
            tail = doc[dashes[0] + 1:last + 1]
            if not any(t.tag_ in _FINITE_TAGS and t.dep_ != "relcl" for t in tail) and not any(t.is_quote for t in tail):
                return dashes[0] - 1
        return last

    def _before_aside(self, text: str, start: int, end: int) -> int:
        """Where an indirect report ends before the writer's gloss on a name: "..., also known as the Fox, who
        ..." (cues.yaml aside_openers)."""
        low = text[start:end].lower()
        for phrase in self.cues.aside_openers:
            if phrase not in low:
                continue  # (the plain test first: most reports hold no opener; speed only)
            for m in re.finditer(r"[,(]\s*" + re.escape(phrase) + r"(?!\w)", low):
                if m.start() > 0:
                    return start + len(low[:m.start()].rstrip())
        return end

    @staticmethod
    def _with_quoted_tail(text: str, end: int, verb: Token, marked: list[tuple[int, int]], marked_starts: list[int],
                          direct_of: dict[int, Found]) -> int:
        """Where a report ends when quoted words run on from it in the same sentence: `told Al Jazeera the
        group was ready "if the occupation stops"`, with the words the parse hung on the cue instead."""
        # `said that the coalition would "do whatever it takes, so the blockade cannot last"`: a quotation opened
        # inside the report runs to its closing mark.
        inner = bisect.bisect_right(marked_starts, end - 1) - 1
        if inner >= 0 and marked[inner][0] < end < marked[inner][1] and marked[inner][1] <= sent_of(verb).end_char:
            closing = MARKS.match(text, marked[inner][1])
            return closing.end() if closing else marked[inner][1]
        qi = bisect.bisect_left(marked_starts, end)
        if qi >= len(marked) or qi in direct_of or text[end:marked[qi][0]].strip(" \t\"“„«'") \
                or marked[qi][1] > sent_of(verb).end_char:
            return end
        closing = MARKS.match(text, marked[qi][1])
        return closing.end() if closing else marked[qi][1]

    def _continued_paragraphs(self, text: str, begin: int, marked: list[tuple[int, int]],
                              found: list[Found], doc: Doc | None = None,
                              stances: list[Token] | None = None, actors: ActorTable | None = None) -> list[Found]:
        """Paragraphs that are only a quotation, with no cue, continue the speaker of the paragraph before.

        Why: BBC and wire copy give a speaker's further words as paragraphs of their own ("Howard said
        the talks went well.\n"We were heard."): such a paragraph goes on quoting whoever the paragraph
        before it last quoted, directly or not. A quoted paragraph after one with no quote is left alone.
        """
        pars = paragraphs(text, begin)
        par_starts = [s for s, _ in pars]
        starts = [f.start for f in found]
        last: dict[int, Found] = {}  # the last quote of each paragraph
        first: dict[int, int] = {}  # where the first quote of each paragraph starts
        for f in found:
            pi = bisect.bisect_right(par_starts, f.start) - 1
            last[pi] = f
            first.setdefault(pi, f.start)
        added: list[Found] = []
        for qs, qe in marked:
            k = bisect.bisect_right(starts, qe) - 1
            if k >= 0 and found[k].end > qs or any(qs <= f.start < qe for f in found[max(0, k - 3):k + 1]):
                continue  # already a quote, or part of one
            pi = bisect.bisect_right(par_starts, qs) - 1
            p_start, p_end = pars[pi] if pi >= 0 else (0, 0)
            # Why: `He told the radio that the minister had "a real chance". "If you were ...?"`: a whole quoted
            # sentence right after a report that ends the sentence before it, in the same paragraph, with no cue
            # of its own, goes on quoting that report's speaker, as a paragraph of its own would.
            before = found[k] if k >= 0 and found[k].start >= p_start and found[k].speaker is not None else None
            same = before is not None and (not found[k].silent or self._judged_before(doc, before)) \
                and (before.cue_start < before.end and not text[before.end:qs].strip(" \t.\"”’'")
                     and "." in text[before.end:qs] or self._sentence_tail_only(doc, text, before, qs)) \
                and self._opens_sentence(text, qs) and text[qe - 1] in ".?!"
            if not same and doc is not None and stances:
                judged = self._stance_before(doc, text, stances, qs, qe, p_start, before)
                if judged is not None:
                    before, same = judged, True
            if not same and doc is not None:
                setup = self._setup_before(doc, text, qs, qe, p_start, actors, before)
                if setup is not None:
                    before, same = setup, True
            # Why (quotes20): an interview written up as questions ("Q: Will you publish it?") and quoted answers: the
            # answer goes on with whoever answered before the question, not with anyone the question quotes (a
            # question line is no quote of the interviewee's, nor a break in the answers).
            j = pi - 1
            while j > 0 and self._question_line(text, pars[j]):
                j -= 1
            prev = before if same else last.get(j)
            if pi <= 0 or (not same and first.get(pi, qe) < qe) or prev is None or prev.speaker is None:
                continue
            # Only a paragraph that opens with the quotation, closed by its mark (an unclosed one is an
            # excerpt or a stray mark), with no reporting clause of its own inside ("...," she said) from
            # marks paired wrongly. It is the whole paragraph, or ends a sentence before another one
            # (pages that lost the break between two paragraphs: `... together." Under the deal, ...`).
            rest = text[qe:p_end].strip(" \t\"”»’'")
            if (not same and text[p_start:qs].strip(" \t\"“«„")) or (rest.strip(".,") and not (
                    text[qe - 1] in ".?!" and rest[:1].isupper()) and not self._stop_after_mark(text, qs, qe, rest)) \
                    or not MARKS.match(text, qe) or _INNER_CLOSE.search(text, qs, qe) \
                    or len(text[qs:qe].split()) < self.min_quote_words:
                continue
            f = Found("direct", qs, qe, prev.cue_start, prev.cue_end, prev.speaker, prev.speaker_span,
                      prev.cue_i, cued=False)
            first[pi] = qs
            last.setdefault(pi, f)
            added.append(f)
        if not added:
            return found
        return sorted(found + added, key=lambda f: (f.start, f.end))

    def _sentence_tail_only(self, doc: Doc | None, text: str, before: Found, qs: int) -> bool:
        """Whether only the rest of the report's own sentence stands between a report and a quotation opening the next
        sentence, with no cue of anyone else in it: the report's cue and its speaker after a fronted report ("The port
        will reopen, the minister said. "..."", "..., said Mr X, the envoy. "...""), or the writer's gloss after a
        report ("said the vote was "a farce", which followed a week of protests. "..."").

        Why (qrec41): the quoted sentence goes on with the words of the report before it, as it does after a report
        that ends its sentence; with the cue after the report, or a gloss of the writer's between, it was left out.
        Another cue in the tail ("..., after the envoy accused him of X. "..."") may have given the words to another
        speaker, and the quotation is left alone."""
        if doc is None or not _cue_sentence_only(text, before.end, qs):
            return False
        j, k = before.end, qs
        while j < k and text[j] in " ,\"”’'":
            j += 1
        while k > j and text[k - 1] in " \t\"“‘'":
            k -= 1
        if MARKS.search(text, j, k):
            return False  # another quotation between them
        tail = doc.char_span(before.end, qs, alignment_mode="expand")
        if tail is None:
            return False
        if before.cue_start >= before.end:
            # the cue after the report: nothing between but its own sentence, the cue verb the only cue in it
            return all(t.i == before.cue_i or not self._is_cue_verb(t) for t in tail)
        return not any(self._is_cue_verb(t) for t in tail)

    def _question_line(self, text: str, par: tuple[int, int]) -> bool:
        """Whether a paragraph opens with an interview's question label ("Q: ...", cues.yaml interview_labels)."""
        m = LABEL_LINE.match(text, par[0], par[1])
        return m is not None and (self.cues.interview_labels or {}).get(m.group(1).lower()) == "question"

    def _record_of(self, subj: Token, shower: Token) -> bool:
        """Whether a relative "which" or "that" subject of a verb of showing stands for a record named before the
        noun its clause hangs on: "a review of the economy during the year which showed exports falling" (the
        parser hangs the clause on "year"; up to three prepositional steps). The nouns are cues.yaml
        statements_only_showing_nouns."""
        if subj.lower_ not in pronouns.RELATIVE or shower is subj:
            return False
        nouns = self.cues.statements_only_showing_nouns
        n = shower
        for _ in range(3):
            if n.dep_ != "pobj" or n.head.dep_ != "prep":
                return False
            n = n.head.head
            if n.pos_ in ("VERB", "AUX"):
                # ("presented a review of the economy during the year which showed ...": the time phrase hangs on
                # the verb; the record is its object.)
                n = next((c for c in kids_of(n) if c.dep_ == "dobj"), None)
                return n is not None and (n.lemma_.lower() in nouns or n.lower_ in nouns)
            if n.pos_ not in ("NOUN", "PROPN"):
                return False
            if n.lemma_.lower() in nouns or n.lower_ in nouns:
                return True
        return False

    def _record_before(self, subj: Token) -> bool:
        """Whether an "it" subject of a verb of showing opens a sentence right after one whose subject is a record
        (cues.yaml statements_only_showing_nouns): "The report placed the country third. It showed firms ...": "it"
        is the report, and what it showed is the writer's reading of it (quotes26; GUIDE.md)."""
        if subj.lower_ != "it" or subj.sent.start == 0:
            return False
        before = subj.doc[subj.sent.start - 1].sent
        nouns = self.cues.statements_only_showing_nouns
        return any(t.dep_ == "nsubj" and t.head.i == before.root.i and (t.lemma_.lower() in nouns or t.lower_ in nouns)
                   for t in before)

    def _found_in_survey(self, verb: Token) -> bool:
        """Whether a verb of finding (cues.yaml statements_only_finding_verbs) made its finding "in" a survey, a
        study or a poll (statements_only_not_speaking): "in a survey, the union found that ..."."""
        if verb.lemma_.lower() not in self.cues.statements_only_finding_verbs:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.cues.statements_only_not_speaking for g in kids_of(c))
            for c in kids_of(verb))

    @staticmethod
    def _quoted_name_only(doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a content opens (after a determiner) with quoted words that are a name, each word capitalised,
        and the verb has no "as" phrase and no clause: "referred to the "Blue Quay" -- the old dock"."""
        if any(c.dep_ in _CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in kids_of(verb)):
            return False
        k = first + (doc[first].pos_ == "DET")
        if k > last or not doc[k].is_quote:
            return False
        words = []
        for t in doc[k + 1:min(last, k + 6) + 1]:
            if t.is_quote:
                return bool(words) and all(w[:1].isupper() for w in words)
            words.append(t.text)
        return False

    @staticmethod
    def _predicate_on_object(doc: Doc, verb: Token, first: int, last: int) -> bool:
        """Whether a content holds, after its object's head, a predicate said of it: an adjective, a noun phrase
        or a clause ("the scheme unworkable", "him a liar", "the deal "a sell-out""), or quoted words."""
        content = doc[first:last + 1]
        if any(t.is_quote for t in content):
            return True
        obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
        after = obj.i if obj is not None else first - 1
        return any(t.i > after and t.dep_ in ("amod", "oprd", "acomp", "xcomp", "ccomp", "attr", "appos", "dobj", "npadvmod")
                   and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and t.head.i in (verb.i, after)
                   for t in content)

    def _judged_before(self, doc: Doc | None, before: Found) -> bool:
        """Whether a report left silent is a judgement passed by its speaker ("criticised the scheme", "defended
        the budget"; cues.yaml stance_then_quote_verbs): no words of its own, but a quoted sentence right after it,
        with no cue, gives the judge's words, as after "said"."""
        if doc is None or before.cue_i is None or not 0 <= before.cue_i < len(doc):
            return False
        return doc[before.cue_i].lemma_.lower() in self.cues.stance_then_quote_verbs

    def _stance_before(self, doc: Doc, text: str, stances: list[Token], qs: int, qe: int, p_start: int,
                       before: Found | None) -> Found | None:
        """A stance that reports no words ("welcomed the decision", "condemned the move"; cues.yaml
        stance_then_quote_verbs) in the sentence that ends right before a quotation of the same paragraph, with no
        quote found in between: the quotation, with no cue of its own, gives the words of the stance's subject."""
        for verb in reversed(stances):
            if verb.idx >= qs or verb.idx < p_start:
                continue
            if verb.lemma_.lower() not in self.cues.stance_then_quote_verbs or (
                    before is not None and before.start > verb.idx):
                return None
            end = sentence_bounds(doc, verb.i)[1]
            last_tok = doc[end - 1]
            if text[last_tok.idx + len(last_tok.text):qs].strip(" \t\"“«„") or last_tok.text not in (".", "!"):
                return None
            subj = self._subject(verb)
            if subj is None:
                return None
            return Found("indirect", verb.idx, verb.idx + len(verb.text), verb.idx, verb.idx + len(verb.text), subj,
                         self._mention(subj), verb.i, silent=True)
        return None

    def _setup_before(self, doc: Doc, text: str, qs: int, qe: int, p_start: int,
                      actors: ActorTable | None, before: Found | None = None) -> Found | None:
        """A person set up in the sentence right before a whole quoted sentence of the same paragraph, with no quote and
        no cue between: "Mr X was defiant on Tuesday. "We will not resign."", "She is blunt about the budget. "..."".
        The quotation, with no cue of its own, gives the words of that sentence's subject (qspan53).

        Why: wire and feature copy lead into a quote with a sentence that describes its speaker (as "X was blunt:" does
        with a colon, _colon_lead_in); counted first, such quotations were left with no quote in half A of the quote
        recall audit and in the pool. Only a person (a personal pronoun or a person's name) as the main subject of a
        sentence that ends in a full stop, holding no quotation mark and no quote found; a body or a thing ("The court
        ruled. "..."") stays out, as its next words may be anyone's."""
        if not self._opens_sentence(text, qs) or text[qe - 1] not in ".!?":
            return None
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            return None
        i = span.start - 1
        while i >= 0 and (doc[i].is_quote or doc[i].is_space):
            i -= 1
        if i < 1 or doc[i].text not in (".", "!") or doc[i].idx < p_start or text[doc[i].idx + 1:qs].strip(" \t\"“«„"):
            return None
        first = sentence_bounds(doc, i)[0]
        if doc[first].idx < p_start or any(t.is_quote for t in doc[first:i]) \
                or (before is not None and before.end > doc[first].idx):
            return None
        tops = [t for t in doc[first:i] if t.head.i == t.i or not first <= t.head.i <= i]
        if len(tops) != 1 or tops[0].pos_ not in ("VERB", "AUX"):
            return None
        root = tops[0]
        subj = next((c for c in kids_of(root) if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or not (subj.lower_ in ("he", "she") or actors is not None and subj.pos_ == "PROPN" and any(
                m.start <= subj.idx < m.end for m in actors.person_mentions_between(doc[first].idx, subj.idx + 1))):
            return None
        return Found("indirect", root.idx, root.idx + len(root.text), root.idx, root.idx + len(root.text), subj,
                     self._mention(subj), root.i, silent=True)

    @staticmethod
    def _stop_after_mark(text: str, qs: int, qe: int, rest: str) -> bool:
        """Whether a quotation whose sentence ends after its closing mark (British use: `... the jobs will go".
        It is ...`) is followed by a new sentence: its words end with a word, the full stop stands right after
        the mark, and a capital opens what follows."""
        after = rest[1:].lstrip()
        return rest[:1] == "." and text[qe - 1].isalnum() and after[:1].isupper() \
            and len(text[qs:qe].split()) >= 3

    @staticmethod
    def _outermost(doc: Doc, text: str, indirect: list[Found], direct_of: dict[int, Found],
                   marked: list[tuple[int, int]], relaying: frozenset[str] = frozenset(),
                   dropped: list[Found] | None = None, reopened: set[int] | frozenset[int] = frozenset()) -> list[Found]:
        """Only the outermost report is a quote ("X said Y believes Z" is X's); drop reports that
        restate a direct quote; mark reports holding quoted words as mixed. ``dropped`` receives the direct
        quotes that turned out to be nested in a report (their words now part of it)."""
        # Reports nest only within a sentence, so conflicts are looked for sentence by sentence.
        by_sentence: dict[int, list[Found]] = {}
        for f in sorted(indirect, key=lambda f: f.start - f.end):  # longest first
            by_sentence.setdefault(sentence_bounds(doc, f.cue_i)[0], []).append(f)
        # Characters inside direct quotes, as a running count, to measure overlap in O(1).
        inside = np.zeros(len(text) + 1, dtype=np.int32)
        for d in direct_of.values():
            inside[d.start] += 1
            inside[d.end] -= 1
        inside = np.concatenate(([0], np.cumsum(np.minimum(np.cumsum(inside), 1))))
        marked_starts = [m[0] for m in marked]
        kept: list[Found] = []
        for group in by_sentence.values():
            chosen: list[Found] = []
            for f in group:
                if QuoteFinder._relays(f, group, relaying):
                    continue
                outer = [k for k in chosen if k.start <= f.cue_start < k.end or f.start <= k.cue_start < f.end]
                # "said X, adding that Y": a participle cue after a comma starts a report of its
                # own, even where the parser hung it inside X.
                cut = QuoteFinder._own_report_at(doc, f.cue_i)
                if outer and cut is not None \
                        and all(k.start < f.cue_start and k.cue_start < f.cue_start for k in outer):
                    for k in outer:
                        k.end = doc[cut - 1].idx + len(doc[cut - 1].text)
                    outer = []
                if outer:
                    continue
                # Why (quotes20): "X said fans wanted "results, not politics"", "X said members told him they wanted
                # "action"": a direct quote whose own cue and subject lie inside X's report is a report nested in X's;
                # the outermost report is the quote (X's, mixed), not the quoted words given to the nested subject.
                # (Only a report whose cue comes before all its words: "..., he told them, according to a statement"
                # relays, and a content the parser ran on past a cue in its middle is no sure frame.)
                nested = [] if f.cue_end > f.start or f.relaying else [
                    qi for qi, d in direct_of.items() if f.start <= d.cue_start < f.end and d.cued
                    and f.start <= d.start and d.end <= f.end and d.speaker is not None
                    and f.speaker is not None and d.speaker.i != f.speaker.i and f.start <= d.speaker.idx < f.end]
                # Why (qspan51): "X said not to publish the memo would "deepen the doubt"", "X said that in the weeks
                # before the vote, "there were days I could not eat"": the quoted words close a report that the
                # writer opened in words of their own, after the same cue; the report is one mixed quote, whole,
                # not the quoted words alone (GUIDE: mixed is reported speech with a quoted fragment).
                if not nested and f.cue_end <= f.start and not f.relaying:
                    nested = QuoteFinder._closing_fragments(text, f, direct_of)
                    # (a cue read again for its report keeps its direct quote when the two do not join)
                    if not nested and f.cue_i in reopened:
                        continue
                for qi in nested:
                    if dropped is not None:
                        dropped.append(direct_of[qi])
                    del direct_of[qi]
                if not nested and 2 * (inside[f.end] - inside[f.start]) >= f.end - f.start:
                    continue  # it restates a direct quote already found
                lo, hi = bisect.bisect_left(marked_starts, f.start), bisect.bisect_left(marked_starts, f.end)
                inner = [marked[i] for i in range(lo, hi) if i not in direct_of and marked[i][1] <= f.end]
                if inner:
                    f.kind = "mixed"
                    # `said that "..."`: the quoted words are the whole report, so it is direct.
                    s, e = max(inner, key=lambda m: m[1] - m[0])
                    if (e - s) >= 0.85 * (f.end - f.start):
                        f.kind, f.start, f.end = "direct", s, e
                chosen.append(f)
            kept.extend(chosen)
        return kept

    @staticmethod
    def _paraphrase_before(doc: Doc, verb: Token, qs: int) -> bool:
        """Whether the quoted words opening at ``qs`` close a clause the cue ``verb`` reports, after at least three
        words of the writer's own in it ("said that in the weeks before the vote, "..."" ), not counting its "that"
        and punctuation. A quote right after the cue, or after a time or a listener outside the clause, is direct."""
        for c in verb.children:
            if c.dep_ not in _CLAUSE_DEPS or c.i < verb.i:
                continue
            first = c.left_edge
            if not (first.idx < qs <= c.right_edge.idx):
                return False
            own = [t for t in doc[first.i:c.right_edge.i + 1] if t.idx < qs and not t.is_punct and not t.is_quote
                   and not (t.dep_ == "mark" and t.lower_ == "that")]
            return len(own) >= 3
        return False

    @staticmethod
    def _closing_fragments(text: str, f: Found, direct_of: dict[int, Found]) -> list[int]:
        """The direct quotes (their keys in ``direct_of``) that close the report ``f`` under its own cue, after
        words of the writer's own: the report is mixed, and they are its fragments.

        Only a quote that opens after at least three words of the report, ends where the report ends (its closing
        punctuation aside) and is cued by the report's own verb: a quote that runs on past the report, or has a
        cue of its own, stays a direct quote."""
        out: list[int] = []
        for qi, d in direct_of.items():
            if d.cue_i != f.cue_i or not d.cued or not (f.start < d.start < f.end):
                continue
            gap = text[min(f.end, d.end):max(f.end, d.end)]  # (the article's string: doc.text is rebuilt per call)
            if gap.strip(" .,;:!?\"'\u201d\u2019") or len(text[f.start:d.start].split()) < 3:
                continue
            out.append(qi)
        if out:
            f.end = max(f.end, *(direct_of[qi].end for qi in out))
        return out

    @staticmethod
    def _relays(f: Found, group: list[Found], relaying: frozenset[str]) -> bool:
        """Whether ``f`` only relays another report in its content, with that report's own speaker.

        Why: "The aide wrote that the plan failed, the paper reported": the paper passes on the aide's
        words, so the words are the aide's quote, not the paper's (the outlet is named after them).
        """
        # Why: "Minister X said the port would reopen, according to state radio": the radio relays X's report, which
        # is X's quote (with "according to" the source relays wherever it stands).
        if f.speaker is None or not (f.relaying or (f.speaker.lemma_.lower() in relaying and f.cue_start >= f.end)):
            return False
        # ("According to the Post, the port will reopen, a year after fishermen said it would": a report inside the
        # words is relayed only when it opens them, its speaker first.)
        return any(g is not f and f.start <= g.cue_start < f.end and g.speaker is not None
                   and f.start <= g.speaker.idx < g.cue_start
                   and (not f.relaying or g.speaker.left_edge.idx <= f.start) for g in group)

    @staticmethod
    def _own_report_at(doc: Doc, i: int) -> int | None:
        """The punctuation token where the cue at token ``i``, nested in another report, starts a report
        of its own, or None.

        "said X, adding that Y": a participle after a comma. "said X - though he acknowledged Y": a cue
        with a subject of its own, opened by a conjunction after a dash or a semicolon (or a comma).
        """
        if i > 0 and doc[i].tag == TAG_VBG and doc[i - 1].text == ",":
            return i - 1
        subj = next((c for c in lefts_of(doc[i]) if c.dep in _SUBJECT_DEPS_IDS), None)
        if subj is None:
            return None
        k = subj.left_edge.i - 1
        if k > 0 and doc[k].lower in _CONTRAST_CONJUNCTIONS_IDS:
            if doc[k - 1].text in _REPORT_BREAKS:
                return k - 1
            # "said X but the Greens say Y": "but" with a cue and a subject of its own, no comma needed.
            if doc[k].lower_ in _BARE_CONTRASTS:
                return k
        return None

    def _cue_after(self, doc: Doc, text: str, qs: int, qe: int, token_at, cue_by_index: dict[int, Token],
                   used: set[int], breaks: set[int]) -> Token | None:
        """The cue verb just after a closing mark: `"...," the minister said.`"""
        # A quote that ends a sentence inside its marks is followed by a new sentence, not a cue,
        # unless the next word is lower case ("...?" he asked).
        # Quoted words that start mid-sentence (`must not "be swept under the carpet", the Tories
        # warned`) are a fragment of a reported sentence: a mixed quote, found by the cue's content.
        k = token_at(qs) - 1
        # (each word's token made once per test, not once per attribute: speed only)
        while k >= 0 and ((t := doc[k]).is_quote or t.is_space) and not self._breaks_paragraph(t, breaks):
            k -= 1
        if k >= 0 and not (t := doc[k]).is_space and (t.is_alpha or t.is_digit):
            return None
        i = token_at(qe)
        while i < len(doc) and (t := doc[i]).idx < qe + 2 and (t.is_quote or t.idx < qe):
            i += 1
        if i >= len(doc):
            return None
        if text[qe - 1] == "." and doc[i].text[:1].isupper() and doc[i].text[:1].isalpha():
            # Why (quotes23): `"The shop keeps the village alive." So says Orla X.`: an inverted cue opened by a word
            # pointing back (cues.yaml pointing_back_openers) attributes the quotation before it.
            if i + 1 < len(doc) and i + 1 in cue_by_index and i + 1 not in used and self._points_back(doc[i + 1]):
                return doc[i + 1]
            return None
        # The reporting clause is set off by punctuation (`"...," he said`, `"...?" she asked`,
        # `"..." - he said`); words running on from the closing mark continue the sentence
        # (`would take "forceful measures" to defend ...`), which makes a mixed quote, not a direct one.
        if not (text[qe - 1] in CLAUSE_END or doc[i].text in CLAUSE_END):
            return None
        # Why: a speaker with a long title between the quote and the cue (`"...," Hanna X, a fellow at
        # the institute, told the AP`) puts the cue past the window; it still counts when its subject
        # opens right after the closing mark.
        for j in range(i, min(len(doc), i + _LONG_SPEAKER_WINDOW * self.cue_window)):
            t = doc[j]
            if t.is_quote or self._breaks_paragraph(t, breaks) or (t.text in (".", "!", "?", ";")
                                                                   and not self._ends_abbreviation(doc, j)):
                return None
            if j in cue_by_index and j not in used:
                if text[qe - 1] in "?!" and doc[i].text[:1].isupper() and self._reports_own_clause(t):
                    return None
                if j < i + self.cue_window or any(c.dep_ in _SUBJECT_DEPS and c.left_edge.i <= i + 1
                                                  for c in kids_of(t)):
                    return t
        return None

    @staticmethod
    def _reports_own_clause(verb: Token) -> bool:
        """Whether a cue verb has a reported clause of its own after it, with its own subject ("said his remarks were
        fair").

        Why (qrec41): `The mayor says: "Will you resign?" At a press conference, Mr X said his remarks were
        fair.`: after a question or an exclamation the next sentence opens with a capital whatever it is, and its cue
        took the quotation from the colon's speaker, while its own report was lost. A cue that reports a clause of its
        own after it is the next sentence's, not the quotation's (`"...?" Mr X asked.` has none)."""
        return any(c.dep_ in _CLAUSE_DEPS and c.i > verb.i
                   and any(g.dep_ in _SUBJECT_DEPS or g.dep_ in ("nsubjpass", "expl") for g in kids_of(c))
                   for c in kids_of(verb))

    def _speaker_hung_in_quote(self, doc: Doc, verb: Token, qe: int, token_at) -> Token | None:
        """The speaker of `"...," a neighbour, who gave his name as X, told the radio` when the parser hung "a
        neighbour" on a verb inside the quotation (as its object) and left the cue with no subject: the noun phrase
        that opens right after the closing mark and ends, with its apposition or relative clause, right before the
        cue. None otherwise.

        Why (quotes18): a long aside between the speaker and the cue misleads the parser; the words still say who
        spoke."""
        i = token_at(qe)
        while i < verb.i and (doc[i].is_quote or doc[i].idx < qe or doc[i].text == ","):
            i += 1
        noun = doc[i] if i < verb.i else None
        # (quotes29: through a possessor too, `"...," the town's mayor, X, said`: the phrase's noun is "mayor", the
        # parser hanging it on the quotation's verb)
        while noun is not None and noun.head.i > noun.i and (
                noun.dep_ in ("det", "amod", "compound", "poss", "case")
                or noun.i + 1 < verb.i and doc[noun.i + 1].text == "-" and noun.head.i == noun.i + 2):
            noun = noun.head  # (and from "secretary" to "general" across the hyphen of one word)
        if noun is None or not _heads_a_speaker_phrase(noun) \
                or noun.head.idx >= qe \
                or doc[verb.i - 1].text != "," or noun.right_edge.i >= verb.i:
            return None
        return None if noun.lower_ in self.cues.not_speakers else noun

    def _cue_before(self, doc: Doc, text: str, qs: int, qe: int, token_at,
                    cue_by_index: dict[int, Token], breaks: set[int]) -> Token | None:
        """The cue verb just before an opening mark: `He said: "..."`, `adding "..."`, `he said, "..."`.

        A cue already used by the quote before may serve again (`"...," he said, "..."`).
        """
        i = token_at(qs) - 1
        while i >= 0 and ((t := doc[i]).is_quote or t.is_space):  # (one token per word: speed only)
            i -= 1
        if i < 0:
            return None
        last = doc[i]
        if last.text == ":":
            lowest = sentence_bounds(doc, i)[0]  # "the committee said about its platform:" - anywhere in the sentence
        elif last.text == "," or i in cue_by_index:
            # Why: `guards had begun "waving lorries through"`: right before the mark, a verb that cues only
            # quotes after them ("'...,' she began") takes the quoted words as its object, reporting nothing.
            if last.text != "," and last.lemma_.lower() in self.cues.direct_only:
                return None
            lowest = max(0, i - self.cue_window)
            # `said "there could be" a line that ...`: words running on after the closing mark make
            # the quoted words part of a reported sentence (a mixed quote), not a quote of their own.
            rest = text[qe:qe + 5].lstrip("”\"'» \xa0")
            if text[qe - 1] not in CLAUSE_END and rest and not (rest[0] in CLAUSE_END or rest[0] == "\n"):
                return None
        else:
            return None
        for j in range(i, lowest - 1, -1):
            t = doc[j]
            # (A possessive apostrophe, "Dockers' leader", is no quotation mark.)
            if (t.is_quote and t.tag_ != "POS") or self._breaks_paragraph(t, breaks) or (t.text in (".", "!", "?", ";")
                                                                   and not self._ends_abbreviation(doc, j)):
                return None
            if j in cue_by_index:
                return t
        return self._colon_lead_in(doc, text, last, qs, qe, breaks) if last.text == ":" else None

    def _colon_lead_in(self, doc: Doc, text: str, colon: Token, qs: int, qe: int,
                       breaks: set[int]) -> Token | None:
        """A sentence with no cue that ends in a colon before a whole quoted sentence introduces
        its subject's words: `X was blunt: "..."`, `Her deputy had a message for critics: "..."`.

        Why: news writers lead into a quote this way without a speech verb. Only a speaker-like
        subject counts (a name, a body, a pronoun, a body or spokesperson noun); "The sign read:"
        or "The question is:" stay out, and so does a quote that does not open a sentence.
        """
        if not self._opens_sentence(text, qs) or text[qe - 1] not in ".!?":
            return None
        # The parser often heads the whole sentence with the quoted verb; the lead-in is the one
        # clause before the colon whose head lies outside it.
        first = sentence_bounds(doc, colon.i)[0]
        tops = [t for t in doc[first:colon.i] if t.head.i == t.i or not first <= t.head.i < colon.i]
        if any(self._breaks_paragraph(doc[k], breaks) for k in range(first, colon.i)):
            return None
        if len(tops) != 1 or tops[0].pos_ not in ("VERB", "AUX"):
            # qspan53: a lead-in with no verb, "Minister X, in a statement: "..."": the colon stands in for the cue
            return colon if self._verbless_lead_in(doc, colon) is not None else None
        root = tops[0]
        subj = next((c for c in kids_of(root) if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.lower_ in self.cues.not_speakers:
            return None
        if subj.lemma_.lower() in self.cues.lead_in_message_nouns:
            # qspan53: "Her reply was blunt:": the words' owner speaks (cues.yaml lead_in_message_nouns)
            return root if self._message_owner(subj) is not None else None
        lemma = subj.lemma_.lower()
        if subj.pos_ == "PRON" and lemma not in pronouns.PERSONAL:
            return None
        if not (subj.pos_ == "PRON" or lemma in self.cues.body_nouns or lemma in self.cues.spokesperson_nouns
                or any(t.ent_type_ in _SPEAKER_ENTS for t in subj.subtree)):
            return None
        return root

    def _lead_in_speaker(self, doc: Doc, cue: Token) -> Token | None:
        """The speaker a colon lead-in names other than as its verb's subject (qspan53): the name of a lead-in with no
        verb (the cue is then its colon) or the owner of a noun of words said ("Her message to the unions was:")."""
        if cue.text == ":":
            return self._verbless_lead_in(doc, cue)
        subj = next((c for c in kids_of(cue) if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None and subj.lemma_.lower() in self.cues.lead_in_message_nouns:
            return self._message_owner(subj)
        return None

    def _speaker_like(self, tok: Token) -> bool:
        """Whether a noun phrase's head may be a speaker: a personal pronoun, a body or spokesperson noun, or a phrase
        holding a name of a person, body, people or place."""
        if tok.lower_ in self.cues.not_speakers:
            return False
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PRON":
            return lemma in pronouns.PERSONAL or tok.lower_ in pronouns.OWNER
        return lemma in self.cues.body_nouns or lemma in self.cues.spokesperson_nouns \
            or any(t.ent_type_ in _SPEAKER_ENTS for t in tok.subtree)

    def _message_owner(self, noun: Token) -> Token | None:
        """The owner of a noun of words said: "Her" of "Her reply", "the mayor" of "the mayor's reply" or of "the
        reply of the mayor" (qspan53). A record's owner ("the study's conclusion") is no speaker."""
        for c in kids_of(noun):
            owner = c if c.dep_ == "poss" else next((p for p in kids_of(c) if p.dep_ == "pobj"), None) \
                if c.dep_ == "prep" and c.lower_ == "of" else None
            if owner is None or owner.lemma_.lower() in self.cues.document_nouns \
                    or owner.lemma_.lower() in self.cues.statements_only_showing_nouns:
                continue
            if self._speaker_like(owner) or (owner.pos_ == "NOUN" and c.dep_ == "poss"):
                return owner
        return None

    def _verbless_lead_in(self, doc: Doc, colon: Token) -> Token | None:
        """The name that alone leads into a quotation after a colon, with no verb: "Finance Minister X, in a statement:
        "..."", "Y, a member of the council: "..."", "Z, speaking to reporters: "..."" (qspan53).

        Why: wire and web copy drop the cue before a colon; counted first, such lead-ins left whole quoted sentences
        of half A and of the pool with no quote. Only one noun phrase heads the words before the colon (a place, time or
        occasion may hang beside it), no finite verb stands there, and the phrase may be a speaker."""
        first = sentence_bounds(doc, colon.i)[0]
        tops = [t for t in doc[first:colon.i] if (t.head.i == t.i or not first <= t.head.i < colon.i)
                and not t.is_punct and t.dep_ not in ("prep", "npadvmod")
                and not (t.dep_ == "advcl" and t.tag_ == "VBG")]
        if len(tops) != 1 or tops[0].pos_ not in ("PROPN", "NOUN") or any(
                t.is_quote or (t.tag_ in _FINITE_TAGS and t.dep_ != "relcl") for t in doc[first:colon.i]):
            return None
        top = tops[0]
        # (a date heading a line, "June 20, 1990: "..."", is no speaker; names are looked for before the colon only)
        if top.ent_type_ and top.ent_type_ not in _SPEAKER_ENTS or top.lower_ in self.cues.not_speakers:
            return None
        lemma = top.lemma_.lower()
        if lemma in self.cues.body_nouns or lemma in self.cues.spokesperson_nouns \
                or any(t.ent_type_ in _SPEAKER_ENTS for t in doc[top.left_edge.i:min(top.right_edge.i + 1, colon.i)]):
            return top
        return None

    @staticmethod
    def _dash_signature(doc: Doc, text: str, qs: int, qe: int, token_at) -> Found | None:
        """A quotation signed after a dash at the end of its line (`"..." ― Ana Lind`, vox pops and pull
        quotes): the name is the speaker; the dash stands in for the cue."""
        m = DASH_SIGNATURE.match(text, qe)
        if m is None:
            return None
        names = doc[token_at(m.start(1)):token_at(m.end(1) - 1) + 1]
        words = [t for t in names if not t.is_punct]
        if not words or any(t.pos_ != "PROPN" for t in words):
            return None
        head = words[-1]
        dash = m.start(1) - 1
        while dash > qe and text[dash] not in "―—–":
            dash -= 1
        return Found("direct", qs, qe, dash, dash + 1, head, (words[0].idx, head.idx + len(head.text)), head.i)

    def _speaker_labels(self, doc: Doc, text: str, begin: int, token_at, direct_of: dict[int, Found],
                        marked: list[tuple[int, int]], actors: ActorTable | None = None) -> list[Found]:
        """ "Kasich: 'We are going all the way'" and transcripts ("MATTHEWS: Well, ..."): a name and a
        colon opening a line give the speaker; the rest of the line is what they said."""
        out: list[Found] = []
        marked_starts = [m[0] for m in marked]
        for m in LABEL_LINE.finditer(text, begin):
            colon = m.end(2)
            first, last = token_at(m.start(1)), token_at(m.end(1) - 1)
            names = doc[first:last + 1]
            # Why (real11a): "Rep. X on CNN: ..." labels a clip of what X said on that outlet; only a label the actors
            # stage knows as a person's ("Reaction on Twitter:", "Live on BBC One:" are headings, not speakers).
            if m.group(2) and not (actors is not None and (who := actors.resolve(names[0].idx, m.end(1))) is not None
                                   and is_person(who, actors)):
                continue
            # (A capitalised label the tagger read as a common noun, "Sanders: ..." opening a headline, still
            # names its speaker when the actors stage knows it as a person.)
            # Why (quotes18): "Watch: Minister X visits the port", "Read more: ...", "Photo: ...": a web page's section
            # label or caption tag is no speaker (cues.yaml not_label_speakers).
            if names and names[0].lower_ in self.cues.not_label_speakers:
                continue
            # Why (qprec39): "Friday: Halvik Bank reports its results", "March 3: the ceasefire collapses": a date or a
            # time as the label opens an entry of a schedule or a timeline, not a speaker's line.
            if names and all(t.ent_type_ in ("DATE", "TIME") for t in names if not t.is_punct):
                continue
            # Why (quotes19): an interview printed as questions and answers ("Q: ...", "A: ...") labels its lines by
            # role: the question is the interviewer's, not a quote; the answer is the interviewee's, the first person
            # the text names after its headline, before the first question (cues.yaml interview_labels).
            # Why (quotes20): "ISLAMABAD: The Supreme Court on Wednesday ...": a place in capitals opening the body is the
            # dateline some papers set off with a colon, not a transcript's speaker ("MATTHEWS: ...", a person).
            if names and len([ln for ln in text[begin:m.start(1)].splitlines() if ln.strip()]) <= 1 \
                    and m.group(1).isupper() and m.group(1).lower() in _state_places():
                continue
            role = (self.cues.interview_labels or {}).get(names[0].lower_) if len(names) == 1 else None
            if role == "question":
                continue
            interviewee = None
            if role == "answer":
                interviewee = self._interviewee(doc, text, m.start(1), actors)
                if interviewee is None:
                    continue
            if not names or any(not (t.pos_ == "PROPN" or t.is_upper) for t in names if not t.is_punct) and not (
                    actors is not None and all(t.is_title for t in names if not t.is_punct)
                    and (who := actors.resolve(names[0].idx, m.end(1))) is not None and is_person(who, actors)):
                continue
            start, end = colon + 1, m.end()
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
                end -= 1
            if len(text[start:end].split()) < self.min_quote_words:
                continue
            # Why: "Half-time: Rovers 0 United 2", "Rovers (4-4-2): Kell, Amos, Brandt, ...": a score or a list of
            # names after a label is a result or a line-up, not words anyone said; what a speaker says has a verb.
            # (A headline in title case, "X: Party Anger Grows Over Tax", has neither numbers nor a list of names.)
            span = doc[token_at(start):token_at(end - 1) + 1]
            words = [t for t in span if not (t.is_punct or t.is_space)]
            if not any(t.pos_ in ("VERB", "AUX") for t in words) \
                    and 2 * sum(t.pos_ in ("PROPN", "NUM") for t in words) >= len(words) \
                    and (any(t.like_num for t in words) or sum(t.text == "," for t in span) >= 3):
                continue
            kind = "indirect"
            lo, hi = bisect.bisect_left(marked_starts, start), bisect.bisect_left(marked_starts, end)
            inside = [q for q in marked[lo:hi] if q[1] <= end]
            if inside and max(q[1] - q[0] for q in inside) >= 0.85 * (end - start):
                kind, (start, end) = "direct", max(inside, key=lambda q: q[1] - q[0])
            elif inside and m.group(2) and inside[0][0] <= start + 1:
                # Why (real11a): `Rep. X on CNN: "..." pic.twitter.com/... — Y (@y) May 2`: a clip's quotation opens the
                # line and an embedded post's signature trails it; the words said are the quotation alone.
                kind, (start, end) = "direct", inside[0]
            head = names[-1]
            if interviewee is not None:
                head, span = interviewee
                out.append(Found(kind, start, end, colon, colon + 1, head, span, head.i))
                continue
            out.append(Found(kind, start, end, colon, colon + 1, head,
                              (names[0].idx, head.idx + len(head.text)), head.i))
        # A labelled line replaces the direct quote it holds.
        for f in out:
            for qi in range(bisect.bisect_left(marked_starts, f.start), bisect.bisect_left(marked_starts, f.end)):
                if marked[qi][1] <= f.end:
                    direct_of.pop(qi, None)
        return out

    def _interviewee(self, doc: Doc, text: str, at: int, actors: ActorTable | None) -> tuple[Token, tuple[int, int]] | None:
        """(name's head token, name's span) of the person an interview's answer at ``at`` is given by: the first person
        named after the headline, when a question label opens a line before ``at``; None otherwise."""
        if actors is None:
            return None
        body = text.find("\n") + 1
        first_question = None
        for q in LABEL_LINE.finditer(text, body, at):
            if (self.cues.interview_labels or {}).get(q.group(1).lower()) == "question":
                first_question = q.start(1)
                break
        if first_question is None:
            return None
        for mention in actors.person_mentions_between(body, first_question):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                return span.root, (mention.start, mention.end)
        return None

    @staticmethod
    def _named_after_source(doc: Doc, source: Token, phrase_end: int, sent_end: int) -> tuple[Token, Token, int] | None:
        """(first word, last word, new end of the source phrase) of a name set off by commas right after a title
        source ("according to the regional governor, Ivan X, ..."); None when no such name follows. A name then a
        number or an article ("According to the officer, Ana X, 45, ..." / "..., Ana X, a teacher, ...") is what is
        reported, not the source."""
        if source.pos_ != "NOUN" or source.tag_ != "NN" or phrase_end + 2 >= sent_end or doc[phrase_end + 1].text != ",":
            return None
        k, names = phrase_end + 2, []
        while k < sent_end and len(names) < 6 and (doc[k].pos_ == "PROPN" or doc[k].text in ("-", "‑") and names):
            names.append(doc[k])
            k += 1
        # (a place is no apposition to the title: "According to the minister, New Zealand, Japan and ... are")
        if not names or names[-1].pos_ != "PROPN" or k + 1 >= sent_end or doc[k].text != "," \
                or any(t.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "FAC") for t in names) \
                or doc[k + 1].like_num or doc[k + 1].lower_ in ("a", "an", "the"):
            return None
        return names[0], names[-1], k - 1
    def _verdict_of(self, doc: Doc, lemmas, begin: int) -> list[Found]:
        """Reports attributed in the next sentence by a pointing pronoun, "be" and a noun of a verdict: "The code hands
        the state too little. That was the verdict of Oumarou X, a former minister." The content is the sentence before
        (unless it opens a quotation, which only a cue can attribute), the speaker the name after "of".

        Why (quotes23): as "So says X" (_points_back), the writer states the words first and names their speaker after;
        the noun (cues.yaml verdict_nouns) says they were someone's judgement, said."""
        out = []
        for i in np.nonzero(is_in(lemmas, self.verdict_hashes))[0]:
            noun = doc[int(i)]
            be = noun.head
            if noun.dep_ != "attr" or be.lemma_ != "be" or noun.idx < begin:
                continue
            subj = next((c for c in kids_of(be) if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in self.cues.statements_only_pointing_pronouns \
                    or subj.i != sentence_bounds(doc, subj.i)[0] or subj.i < 2:
                continue
            of = next((c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
            speaker = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
            if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
                continue
            first, end = sentence_bounds(doc, subj.i - 1)
            last = end - 1
            while last > first and doc[last].is_punct:
                last -= 1
            if doc[first].is_quote or last - first < 2 or doc[first].idx < begin:
                continue
            out.append(Found("indirect", doc[first].idx, doc[last].idx + len(doc[last].text), noun.idx,
                             noun.idx + len(noun.text), speaker, self._mention(speaker), noun.i))
        return out

    def _passive_as(self, doc: Doc, cue_tokens: list[Token], used: set[int], begin: int,
                    dateline: tuple[int, int] | None) -> list[Found]:
        """Reports in a passive with an agent and "as": "the levy was attacked by the ferry firms as too costly"
        (cues.yaml passive_as_verbs). The agent speaks; the words are the "as" phrase (quoted words in it
        included). The main pass leaves such a cue alone: it has no subject of its own."""
        out: list[Found] = []
        for verb in cue_tokens:
            if verb.i in used or verb.lemma_.lower() not in self.cues.passive_as_verbs \
                    or not any(c.dep == DEP_AUXPASS for c in kids_of(verb)):
                continue
            agent = next((c for c in kids_of(verb) if c.dep_ == "agent" and c.i > verb.i), None)
            speaker = next((c for c in kids_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
            as_ = next((c for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ == "as"
                        and agent is not None and c.i > agent.right_edge.i), None)
            if speaker is None or as_ is None or speaker.lower_ in self.cues.not_speakers or as_.right_edge.i <= as_.i:
                continue
            span = self._trim(doc, as_.i + 1, as_.right_edge.i)
            if span is None or span[0] < begin or span[1] - span[0] < 2:
                continue
            out.append(Found("indirect", span[0], span[1], verb.idx, verb.idx + len(verb.text), speaker,
                             self._mention(speaker, dateline), verb.i))
        return out

    def _according_to(self, doc: Doc, begin: int, in_marked, dateline: tuple[int, int] | None = None) -> list[Found]:
        """ "According to X, ...": the source follows the cue; the content is the rest of the sentence (after a
        dateline the sentence opens with, as the other reports' content is)."""
        out: list[Found] = []
        lowers = token_table(doc).lower_ids  # (the doc's array, shared with the other stages)
        for phrase in self.cues.source_before_content:
            n = len(phrase)
            first_word = doc.vocab.strings.add(phrase[0])
            for i in (lowers == first_word).nonzero()[0]:
                t = doc[int(i)]
                if t.idx < begin or t.i + n > len(doc):
                    continue
                if any(doc[t.i + k].lower_ != phrase[k] for k in range(1, n)):
                    continue
                last = doc[t.i + n - 1]
                source = next((c for c in kids_of(last) if c.dep_ == "pobj"), None)
                if source is None and last.i + 1 < len(doc):
                    source = doc[last.i + 1]
                    while source.dep_ in ("compound", "det", "amod") and source.head.i > source.i:
                        source = source.head
                # Why: "according to the charter" or "to the plan" prescribes; no one is quoted.
                if source is None or source.lemma_.lower() in self.cues.not_sources:
                    continue
                sent: Span = t.sent
                # The source ends at the first comma: "According to the minister, New Zealand ..."
                phrase_end = last.i
                for k in range(last.i + 1, max(source.right_edge.i, source.i) + 1):
                    if doc[k].text == ",":
                        break
                    phrase_end = k
                named = self._named_after_source(doc, source, phrase_end, sent.end)
                if named is not None:
                    # Why (quotes19): "According to the head of the regional administration, Ivan X, air defences shot
                    # down ...": the name in apposition after the title is the source, not the start of what is reported.
                    first_name, source, phrase_end = named
                before = (sent.start, t.i - 1)
                after = (phrase_end + 1, sent.end - 1)
                # "X, according to Y." reports X; "According to Y, X." reports what follows.
                side = before if before[1] - before[0] >= 3 else after
                span = self._trim(doc, *side) if side[1] >= side[0] else None
                if span is None or span[0] < begin:
                    continue
                if dateline and span[0] < dateline[1] < span[1]:
                    # Why (qfind46): "VELM, March 9 - Farm exports will fall, according to a 2029 study by X": the
                    # dateline opens the sentence the parser made, not what the study says.
                    start = dateline[1]
                    while start < span[1] and doc.text[start].isspace():
                        start += 1
                    span = (start, span[1])
                cue_end = last.idx + len(last.text)
                end_tok = doc[max(source.i, min(phrase_end, source.right_edge.i))]
                mention = (source.left_edge.idx, end_tok.idx + len(end_tok.text))
                if named is not None:
                    mention = (first_name.idx, source.idx + len(source.text))
                # (Under the scope "statements" a poll or a survey counts, it does not speak: cues.yaml
                # statements_only_not_speaking.)
                out.append(Found("indirect", span[0], span[1], t.idx, cue_end, source, mention, t.i,
                                 silent=self._counts_only(source), relaying=self.statements))
        return out

    def _counts_only(self, noun: Token) -> bool:
        """Whether ``noun`` counts or measures and says nothing (cues.yaml statements_only_not_speaking), under the scope
        "statements". Why (qfind46): "debt will double, according to a 2029 study by the Velmoran Institute" cites what
        the institute concluded, as "according to the institute" does; a study, a piece of research or an inquiry whose
        author is named by a "by" or "from" phrase, or as the agent of a publishing participle ("a study published by
        the Tarsen Policy Forum"), speaks for its author (cues.yaml authored_speaking_nouns). A poll or a survey stays a
        count, and an author who only ordered the work ("commissioned by") is none."""
        lemma = noun.lemma_.lower()
        if lemma not in self.not_counting:
            return False
        if lemma not in self.cues.authored_speaking_nouns:
            return True
        # ("his study said", "Arno's research says": the possessor made it and speaks in it.)
        if self._author_of(noun) is not None or any(c.dep_ == "poss" for c in kids_of(noun)):
            return False
        # ("A study by the Velmoran Institute warns ... . The study said ...": the same study, named again with "the",
        # "this" or "that", speaks for the author named with it earlier in the text.)
        again = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids_of(noun))
        return not (again and any(t.lemma_.lower() == lemma and self._author_of(t) is not None
                                  for t in noun.doc[:noun.i] if t.pos_ == "NOUN"))

    def _names_a_body(self, noun: Token) -> bool:
        """Whether a lookalike noun heading a cue's subject (a medium, "video"; an instrument, "programme") is the name,
        or the short name, of a body rather than the thing.

        Why (qspan50): "the Kesh Relief Programme said it would cut rations", "Video Orchard Networks Inc said ... Video
        said it would hire 40 people": an agency named a "Programme" and a firm named for a medium speak for themselves.
        The word ends a capitalised name as a noun that names bodies (cues.yaml body_name_nouns; "the Verkhov Treaty
        says" stays the instrument, though the actors stage may take it for a body), or, a bare capitalised word with
        no article, opened a longer proper name earlier in the text (the firm's full name, which the actors stage may
        not know). "A video showed", "the aid programme calls for", "Video footage shows", "VAR showed" name no body."""
        doc = noun.doc
        # (an agency's name ending in "Programme": cues.yaml body_name_nouns, after a capitalised word of the name)
        before = doc[noun.i - 1] if noun.i > 0 else None
        if noun.lower_ in self.cues.body_name_nouns and noun.text[:1].isupper() and before is not None \
                and before.head.i == noun.i and before.dep_ == "compound" and before.text[:1].isupper():
            return True
        # (the tagger may tag the short name a common noun: a capitalised word with no article, "Video said")
        if not noun.text[:1].isupper() or noun.tag_ not in ("NN", "NNP") \
                or any(c.dep_ in ("det", "poss", "compound", "amod") for c in kids_of(noun)):
            return False
        return any(t.text == noun.text and t.dep_ == "compound" and t.head.i > t.i
                   and t.head.tag_ in ("NNP", "NNPS") and t.left_edge.i == t.i
                   and (t.i == 0 or doc[t.i - 1].head.i != t.head.i
                        or doc[t.i - 1].dep_ not in ("compound", "amod", "nmod"))
                   for t in doc[:noun.i])

    def _author_of(self, noun: Token) -> Token | None:
        """The named maker of a document noun (speakers.document_authors): a name, a proper noun in the phrase; else None."""
        return next((obj for obj in document_authors(noun, self.cues.document_issuing_verbs, passive=False)
                     if any(t.pos_ == "PROPN" for t in obj.subtree)), None)


@cache
def _state_places() -> frozenset[str]:
    """The capitals and cities the actors dictionary lists for its states, lower case (quotes20: a dateline "PLACE:")."""
    return frozenset(city.lower() for city in capitals())


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_SUBJECT_SHARING_DEPS_OR_CLAUSE_DEPS_OR_PREP = _SUBJECT_SHARING_DEPS | _CLAUSE_DEPS | {"prep"}
_CLAUSE_DEPS_OR_XCOMP = _CLAUSE_DEPS | {"xcomp"}
_CLAUSE_DEPS_OR_XCOMP_OPRD = _CLAUSE_DEPS | {"xcomp", "oprd"}
_OBJECT_DEPS_OR_PREP = _OBJECT_DEPS | {"prep"}


def _perfect(clause: Token) -> bool:
    """Whether a reported clause is told in the perfect ("had cut jobs and denied ..."): a verb joined to it may share
    its "had", so it stays inside the report."""
    return any(e == "aux" and d.lemma_.lower() == "have" for d, e in labelled_kids(clause))


def _end_before_conjunction(doc: Doc, verb: Token, first: int, conjunctions: tuple[str, ...]) -> int | None:
    """The content's last token before the coordinating conjunction (one of ``conjunctions``) right before ``verb``
    and the comma before it, if any ("..., and announced", "... but denied"); None when no such conjunction stands
    there after the content's first token."""
    cc = doc[verb.i - 1]
    if cc.dep_ == "cc" and cc.lower_ in conjunctions and cc.i - 1 > first:
        return cc.i - 2 if doc[cc.i - 1].text == "," else cc.i - 1
    return None


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
_CLAUSE_DEPS_IDS = string_ids(_CLAUSE_DEPS)
_CLAUSE_DEPS_OR_XCOMP_IDS = string_ids(_CLAUSE_DEPS_OR_XCOMP)
_CLAUSE_MAKERS_IDS = string_ids(_CLAUSE_MAKERS)
_CONTENT_STOP_DEPS_IDS = string_ids(_CONTENT_STOP_DEPS)
_CONTRAST_CONJUNCTIONS_IDS = string_ids(_CONTRAST_CONJUNCTIONS)
_FINITE_TAGS_IDS = string_ids(_FINITE_TAGS)
_HYPOTHETICAL_MODALS_IDS = string_ids(_HYPOTHETICAL_MODALS)
_PARTICIPLE_TAGS_IDS = string_ids(_PARTICIPLE_TAGS)
_SUBJECT_DEPS_IDS = string_ids(_SUBJECT_DEPS)
_SUBJECT_SHARING_DEPS_OR_CLAUSE_DEPS_OR_PREP_IDS = string_ids(_SUBJECT_SHARING_DEPS_OR_CLAUSE_DEPS_OR_PREP)
