"""Evaluative speech told by a clause's verb, with no word of judgement (round 26, issue 9).

The stance rule (``stance.yaml``) and the verdicts (``judgements.yaml``) read a judgement from a word
of praise or blame in a quotation. A speaker also judges an actor by what the clause says it does:
"the ministry has failed to protect them", "this government is governing against the people", "it
is not acting responsibly", "they keep making up stories about us", "X corrected a historic
injustice". :meth:`Evaluative.evaluative_events` reads those frames (``data/events/evaluative.yaml``)
in a quotation, direct or reported, with a resolved speaker: an event from the speaker to the actor
the clause is about (its subject), 111 for blame and 051 for praise.

:meth:`Evaluative.judged_body` is who a judged clause's bare body subject is ("the government was
authoritarian", "this government has failed ..." with no state named in the phrase): the state named
last before, else the speaker's own state (domestic politics). The stance and verdict rules fall
back on it too when they find no one.

Nothing is coded for a negated frame (but a praise adverb negated blames), a question, a condition,
a clause not told as done ("would fail", "could act responsibly"), a first-person subject (the
speaker's own side) or a subject that names no actor ("the economy is failing to grow").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import numpy as np
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from ..arrays import indices_in, kids_of, sentence_has, sentences_back, subtree_indices, token_table
from ..rules import package_yaml
from .arguments import STORY_BODIES, Context, children
from .lexicon import (
    CONDITIONALS,
    FIRST_PERSON,
    FUTURE,
    HYPOTHETICAL,
    OBJECTS,
    PASSIVE_SUBJECTS,
    POLITICAL_SECTORS,
    REPORTED_FUTURE,
    SUBJECTS,
    SUBJECTS_OR_PASSIVE_SUBJECTS,
    word_list,
)
from .modality import is_negated, modality
from .rules import Found

_CODES = package_yaml("events", "evaluative.yaml")["codes"]
BLAME_CODE = str(_CODES["blame"])
PRAISE_CODE = str(_CODES["praise"])
FAILURE_VERBS = word_list("evaluative", "failure_verbs")
AGAINST_OBJECTS = word_list("evaluative", "against_objects")
MANNER_PRAISE = word_list("evaluative", "manner_praise")
MANNER_BLAME = word_list("evaluative", "manner_blame")
# "make up" is the verb "make" with the particle "up": (verb, particle or "")
FABRICATION_VERBS = frozenset(tuple((w.split() + [""])[:2]) for w in word_list("evaluative", "fabrication_verbs"))
FABRICATION_OBJECTS = word_list("evaluative", "fabrication_objects")
REDRESS_VERBS = word_list("evaluative", "redress_verbs")
REDRESS_OBJECTS = word_list("evaluative", "redress_objects")
BODY_DETERMINERS = word_list("evaluative", "judged_body_determiners")
DISORDER_NOUNS = word_list("evaluative", "disorder_nouns")
DISORDER_VERBS = word_list("evaluative", "disorder_verbs")
LIKENESS_NOUNS = word_list("evaluative", "likeness_nouns")
DISTRUST_VERBS = word_list("evaluative", "distrust_verbs")
DISTRUST_MODALS = word_list("evaluative", "distrust_modals")
# idioms by their first lemma: {verb lemma: [(the lemmas after it, code)]}
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _key, _code in (("blame_phrases", BLAME_CODE), ("praise_phrases", PRAISE_CODE)):
    for _phrase in word_list("evaluative", _key):
        _first, *_rest = _phrase.split()
        _PHRASES.setdefault(_first, []).append((tuple(_rest), _code))
# the words an idiom may skip: "broke all its promises", "has absolutely no idea"
_SKIPPED = frozenset({"det", "poss", "amod", "advmod", "predet", "nummod", "case", "punct", "compound"})
# (the same labels and words as the table's ids: _idiom reads a subtree's ids, not its tokens; speed only)
_SKIPPED_IDS = frozenset(get_string_id(d) for d in _SKIPPED)
_IDIOM_WORD_IDS = frozenset(get_string_id(w) for w in ("no", "zero"))
_ARTICLE_IDS = frozenset(get_string_id(w) for w in ("the", "a", "an"))
ASPECT_VERBS = word_list("evaluative", "aspect_verbs")
_FRAME_VERBS = FAILURE_VERBS | REDRESS_VERBS | {v for v, _ in FABRICATION_VERBS}
# The gate of evaluative_events (speed only; made from the same lists, so a word added to one is in
# it): a frame of Evaluative._frame is named by its verb (a frame verb; an idiom's first word, with
# the idiom's last word in the sentence) or by words below the verb ("against" and its object, a
# disorder or likeness noun, a manner adverb). In a sentence with none of the words below, only a
# verb of the first kind is read; in a sentence with none of either kind, none.
_IDIOM_ENDS = frozenset(rest[-1] for entries in _PHRASES.values() for rest, _ in entries if rest)
_BARE_IDIOMS = frozenset(first for first, entries in _PHRASES.items() if any(not rest for rest, _ in entries))
_VERB_FRAMES = frozenset(_FRAME_VERBS | _BARE_IDIOMS | DISTRUST_VERBS)
_VERB_FRAMES_AND_IDIOMS = frozenset(_VERB_FRAMES | set(_PHRASES))
_AGAINST = frozenset({"against"})
_BELOW_WORDS = frozenset(DISORDER_NOUNS | LIKENESS_NOUNS | MANNER_BLAME | MANNER_PRAISE)


def _frames_below(sent: Span) -> bool:
    """Whether the sentence may hold a frame named by words below its verb."""
    return sentence_has(sent, _BELOW_WORDS) or sentence_has(sent, _AGAINST) and sentence_has(sent, AGAINST_OBJECTS)


def _verb_frames(sent: Span) -> frozenset[str]:
    """The lemmas of the verbs that may name a frame of their own in the sentence."""
    return _VERB_FRAMES_AND_IDIOMS if sentence_has(sent, _IDIOM_ENDS) else _VERB_FRAMES


class Judged(Found):
    """A judgement an evaluative frame found: a habit the speaker says an actor has ("they are
    constantly making up stories", "has repeatedly failed to ...") is the judgement itself, said now,
    so the coder's veto of habitual clauses (background in the narrator's voice) does not apply."""


class Evaluative:
    """The rules above (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    def judged_body(self, ctx: Context, subject: Token, speaker: str) -> list[str]:
        """The state a judged clause's bare body subject stands for ("the government", "this
        administration" with nothing named in it): the state named last before, up to three
        sentences back, else the speaker's own state; none for any other subject."""
        if subject.lemma_.lower() not in STORY_BODIES or any(
                c.dep_ != "det" or c.lower_ not in BODY_DETERMINERS for c in kids_of(subject)):
            return []
        read = ctx.actors.get(ctx.token_actor.get(subject.i))
        if subject.i in ctx.token_actor and (read is None or read.kind != "state"):
            return []  # the actors stage read it as something more than a state's government
        start = sentences_back(ctx.doc, subject.i, 3)
        for i in range(subject.i - 1, start - 1, -1):
            actor = ctx.actors.get(ctx.token_actor.get(i))
            if actor is not None and actor.kind == "state" and not self._of_person(ctx, ctx.doc[i]):
                return [actor.id]
        own = ctx.actors.get(speaker)
        if own is None:
            return [speaker] if ":" not in speaker else []  # an MP acting for a state the text never names
        country = speaker if own.kind == "state" else own.country
        return [country] if country else []

    @staticmethod
    def _of_person(ctx: Context, word: Token) -> bool:
        """A state word that says whose a person is ("Polish Foreign Minister X", "the Latvian
        envoy"): not the state a later "the government" stands for."""
        node = word
        for _ in range(4):
            if node.dep_ not in {"amod", "compound", "nmod", "poss"} or node.head == node:
                return False
            node = node.head
            actor = ctx.actors.get(ctx.token_actor.get(node.i))
            if actor is not None and actor.kind == "person":
                return True
        return False

    @staticmethod
    def judge_of(ctx: Context, quote: int, speaker: str, targets: list[str], body: list[str],
                 persons: list[str] | None = None) -> tuple[list[str], list[str]]:
        """(sources, targets) of a judgement the quotation's speaker passes on ``targets``. Where the
        speaker's state is the one judged, a politician judging its own state's bare "the government"
        (``body``, from :meth:`judged_body`) or another named politician of it (``persons``) is
        domestic politics, the politician's judgement, not the state's on itself (GUIDE.md:
        "Conservative MP X said the government was authoritarian" is X -> GBR; "X said minister Y has
        no idea" is X -> Y; not "our armed forces are ready", a state's own forces named); else the
        speaker on the others, never itself."""
        if targets and all(t == speaker for t in targets) and (set(targets) == set(body or ()) or persons):
            q = ctx.quotes[quote].speaker
            raw = ctx.actors.get(q.actor) if q is not None else None
            # (a person only: a ministry speaking of "the government" is the government itself)
            if raw is not None and raw.kind == "person" and raw.country == speaker \
                    and raw.id != speaker and raw.id not in (persons or ()):
                return [raw.id], (persons or targets)
        return [speaker], [t for t in targets if t != speaker]

    @staticmethod
    def subject_persons(ctx: Context, verb: Token) -> list[str]:
        """The persons a clause's subject names by name ("Ruth Kelly wants ... but has no idea": the
        first verb's subject for a verb joined to it), for :meth:`judge_of`."""
        while verb.dep_ in {"xcomp", "conj"} and verb.head != verb and not any(
                c.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS for c in kids_of(verb)):
            verb = verb.head
        found: list[str] = []
        for s in children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS):
            for w in (s, *(c for c in kids_of(s) if c.dep_ in {"compound", "conj"})):
                actor = ctx.actors.get(ctx.token_actor.get(w.i))
                if actor is not None and actor.kind == "person" and actor.id not in found:
                    found.append(actor.id)
        return found

    def body_about(self, ctx: Context, word: Token, speaker: str) -> list[str]:
        """For a stance word or a verdict that found no actor: the state of the bare body that is the
        subject of the nearest clause above it in the quotation ("the government was authoritarian",
        "this government is reckless"), by :meth:`judged_body`; none for any other subject."""
        quote = ctx.quote_at(word.idx)
        if quote is None:
            return []
        start, end = ctx.quotes[quote].span
        node = word
        for _ in range(6):
            if not start <= node.idx < end:
                return []
            if node.pos_ in {"VERB", "AUX"} and (subjects := list(children(node, SUBJECTS))):
                return self.judged_body(ctx, subjects[0], speaker)
            if node.head == node:
                return []
            node = node.head
        return []

    @staticmethod
    def _duty_bearer(ctx: Context, actor_id: str) -> bool:
        """A state, an IGO, or a person or body of a political sector (a group of business people or
        of no known sector is not); a state id the table lacks came from a speaker's country."""
        actor = ctx.actors.get(actor_id)
        if actor is None:
            return ":" not in actor_id
        return actor.kind in {"state", "igo"} or actor.sector in POLITICAL_SECTORS

    def subject_body(self, ctx: Context, verb: Token, speaker: str) -> list[str]:
        """:meth:`judged_body` of the verb's subject (or its governing verb's: "keeps making ...")."""
        while verb.dep_ in {"xcomp", "conj"} and verb.head != verb and not any(
                c.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS for c in kids_of(verb)):
            verb = verb.head
        return next((self.judged_body(ctx, s, speaker) for s in children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS)), [])

    def _judged_subject(self, ctx: Context, verb: Token, speaker: str) -> list[str]:
        """The actors a clause judged by its verb is about: its subject's (not the speaker's side
        through "we" or an unresolved pronoun), else a bare body's state."""
        while verb.dep_ in {"xcomp", "conj"} and verb.head != verb and not any(
                c.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS for c in kids_of(verb)):
            verb = verb.head  # "keeps making up stories": the subject of "keeps"
        for s in children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS):
            if body := self.judged_body(ctx, s, speaker):
                return body  # "the government": the state named before, not the speaker's adjective
        if self._distrusted(verb):
            # round 41: "the Tories cannot be trusted": the one not trusted is the passive subject
            for s in children(verb, PASSIVE_SUBJECTS):
                actors, inherited = ctx.phrase_actors(s)
                return [] if inherited or s.lower_ in FIRST_PERSON else actors
        sources, inherited = self._subject(ctx, verb)  # type: ignore[attr-defined]
        if inherited:
            return []
        if sources:
            return sources
        return []

    @staticmethod
    def _distrusted(verb: Token) -> bool:
        """Round 41 (evsay41): "X cannot be trusted", "could not be trusted with ...": a verb of trust,
        negated, in the passive, with "can" or "could" (evaluative.yaml distrust_verbs)."""
        kids = kids_of(verb)
        return verb.lemma_.lower() in DISTRUST_VERBS and is_negated(verb) \
            and any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "aux" and c.lower_ in DISTRUST_MODALS
                                                               for c in kids)

    @staticmethod
    def _told_as_done(verb: Token, modals: frozenset[str] = frozenset()) -> bool:
        """A clause told as having happened or happening: no "would"/"could"/"will", no "if"/"whether"
        above it (a negation is left to the caller); ``modals`` are let through (the distrust frame's
        "cannot be trusted")."""
        node = verb
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONALS for c in kids_of(node)):
                return False
            if node.head == node:
                break
            node = node.head
        unreal = _HYPOTHETICAL_OR_FUTURE_OR_REPORTED_FUTURE
        return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in unreal and c.lower_ not in modals
                       for c in kids_of(verb))

    @staticmethod
    def _finite(verb: Token) -> bool:
        """A verb that tells a clause: finite, with an auxiliary, joined to such a verb, or after a
        verb of aspect ("keeps making ..."); not a participle that depicts ("showed X failing")."""
        node = verb
        for _ in range(4):
            if node.tag_ not in {"VBG", "VBN", "VB"} or any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to"
                                                           for c in kids_of(node)):
                return True
            if node.dep_ == "conj" and node.head != node:
                node = node.head
            elif node.dep_ == "xcomp" and node.head.lemma_.lower() in ASPECT_VERBS:
                return True
            else:
                return False
        return False

    @staticmethod
    def _asked(verb: Token) -> bool:
        """A clause asked, not told: a "?" ends it ("'Has X failed to ...?' asked Y")."""
        end = verb.right_edge.i
        doc = verb.doc
        return any(doc[k].text == "?" for k in range(end, min(len(doc), end + 3)))

    @staticmethod
    def _idiom(verb: Token) -> str | None:
        """The code of a blame or praise idiom ``verb`` begins (evaluative.yaml), its words read in
        order after it in its own phrase, skipping determiners, possessives and modifiers."""
        entries = _PHRASES.get(verb.lemma_.lower())
        if not entries:
            return None
        # ("no" and "zero" are the idiom's own words, not skipped modifiers: "have no idea", "have zero evidence")
        table, doc, i = token_table(verb.doc), verb.doc, verb.i
        lower, dep = table.lower_id, table.dep_id
        words = [doc[k] for k in [k for k in subtree_indices(verb) if k > i and (
            lower[k] in _IDIOM_WORD_IDS or dep[k] not in _SKIPPED_IDS and lower[k] not in _ARTICLE_IDS)][:4]]
        lemmas = [t.lemma_.lower() for t in words]
        forms = [t.lower_ for t in words]
        for rest, code in entries:
            if all(k < len(words) and rest[k] in (lemmas[k], forms[k]) for k in range(len(rest))):
                return code
        return None

    def _frame(self, verb: Token) -> str | None:
        """The code of the evaluative frame ``verb`` heads, or None (see evaluative.yaml)."""
        lemma = verb.lemma_.lower()
        negated = is_negated(verb)
        if lemma in _FRAME_VERBS and not negated:
            if lemma in FAILURE_VERBS and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                         for a in kids_of(c))
                                              for c in kids_of(verb)):
                return BLAME_CODE  # "has failed to tackle ..."
            objects = [o for o in children(verb, OBJECTS)]
            particle = next((c.lower_ for c in kids_of(verb) if c.dep_ == "prt"), "")
            if (lemma, particle) in FABRICATION_VERBS and any(o.lemma_.lower() in FABRICATION_OBJECTS
                                                               or o.lower_ in FABRICATION_OBJECTS for o in objects):
                return BLAME_CODE  # "making up stories"
            if lemma in REDRESS_VERBS and any(o.lemma_.lower() in REDRESS_OBJECTS for o in objects):
                return PRAISE_CODE  # "corrected an injustice"
        if (code := self._idiom(verb)) is not None and not negated:
            return code  # "broke its promises", "let down the pensioners"
        if self._distrusted(verb):
            return BLAME_CODE  # "the Tories cannot be trusted" (round 41)
        for prep in children(verb, {"prep"}):
            if prep.lower_ == "against" and not negated and any(
                    o.lemma_.lower() in AGAINST_OBJECTS or o.lower_ in AGAINST_OBJECTS
                    for o in children(prep, {"pobj"})):
                return BLAME_CODE  # "governing against the people"
        for prep in children(verb, {"prep"}):  # round 28 (ev7a)
            objects = [o.lemma_.lower() for o in children(prep, {"pobj"})]
            if prep.lower_ == "in" and not negated and lemma in DISORDER_VERBS \
                    and any(o in DISORDER_NOUNS for o in objects):
                return BLAME_CODE  # "the party is in disarray"
            if prep.lower_ == "like" and not negated and lemma != "be" and any(o in LIKENESS_NOUNS for o in objects) \
                    and not any(children(verb, PASSIVE_SUBJECTS | {"auxpass"})):
                return BLAME_CODE  # "behaving like dictators"
        for adv in children(verb, {"advmod"}):
            word = adv.lower_
            if word in MANNER_BLAME and not negated:
                return BLAME_CODE  # "acted irresponsibly"
            if word in MANNER_PRAISE and adv.i > verb.i:  # ("X honestly believes ...": a manner of speech)
                return BLAME_CODE if negated or is_negated(adv) else PRAISE_CODE  # "not behaving sensibly"
        return None

    def evaluative_events(self, ctx: Context, sent: Span) -> Iterator[Found]:
        """Each evaluative frame of a quotation in ``sent``: the speaker judging the clause's subject."""
        if ctx.text[sent.start_char:sent.end_char].rstrip().endswith("?"):  # (Span.text makes every token: speed)
            return  # a question judges nothing
        # the gate (speed only): the verbs that may name a frame, all where words below a verb may
        below = _frames_below(sent)
        framing = None if below else _verb_frames(sent)
        if framing is not None and not sentence_has(sent, framing):
            return
        doc, first = sent.doc, sent.start
        # (the sentence's verbs and auxiliaries from the doc's array, found once per doc, and each
        # one's quotation looked up from its first character before a token object is made: most
        # verbs stand in no quotation; speed only, the same verbs in the same order)
        table = token_table(doc)
        words = ctx.verbs_and_aux
        if words is None:
            words = ctx.verbs_and_aux = indices_in(table.pos_ids, _VERB_AUX)
        starts, pos_of, dep_of = table.idx, ctx.pos, ctx.dep
        for i in words[bisect.bisect_left(words, first):bisect.bisect_left(words, sent.end)]:
            if pos_of[i] != VERB and not (dep_of[i] not in _AUX_LABELS and doc[i].lemma_ in DISORDER_VERBS):
                continue  # (a copula heads "X is in disarray": round 28, ev7a)
            quote = ctx.quote_at(starts[i])
            if quote is None or (speaker := ctx.speaker(quote)) is None:
                continue
            verb = doc[i]
            if framing is not None and verb.lemma_.lower() not in framing:
                continue
            code = self._frame(verb)
            modals = DISTRUST_MODALS if code == BLAME_CODE and self._distrusted(verb) else frozenset()
            if code is None or not self._finite(verb) or not self._told_as_done(verb, modals) or self._asked(verb):
                continue
            mood = modality(verb)
            if mood != "done" and not (mood == "none" and is_negated(verb) and code == BLAME_CODE):
                continue  # "will fail to", "plans to act responsibly": not told as done
            # only a party to politics is judged by what it did or failed to do ("the executives failed
            # to interest investors": a firm's fortunes, no one's duty)
            judged = [a for a in self._judged_subject(ctx, verb, speaker) if self._duty_bearer(ctx, a)]
            sources, targets = self.judge_of(ctx, quote, speaker, judged, self.subject_body(ctx, verb, speaker),
                                             self.subject_persons(ctx, verb))
            if targets:
                yield Judged(code, sources, targets, False, sent, (verb.idx, verb.idx + len(verb)), verb,
                            self.conf.stance, quote)  # type: ignore[attr-defined]


# The parts of speech evaluative_events reads (is_in's keys), and the ids of the labels of an
# auxiliary that is no copula ("aux", "auxpass": a label's id is its symbol; speed only).
_VERB_AUX = np.array(sorted((AUX, VERB)), dtype=np.uint64)
_AUX_LABELS = frozenset((get_string_id("aux"), get_string_id("auxpass")))

# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_HYPOTHETICAL_OR_FUTURE_OR_REPORTED_FUTURE = HYPOTHETICAL | FUTURE | REPORTED_FUTURE
