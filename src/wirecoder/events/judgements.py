"""Judgements: what a speaker says of another actor's act, and whose act a "thing" is.

Three rules, each run only where its cue is (a quotation, a verb of judgement, a reversed pattern):

1. **Verdicts in quotations** (``data/events/judgements.yaml``): a clause of a quotation that says of
   something that it is a mistake, unfair, a step in the right direction ... codes the speaker judging
   the one the clause is about (:meth:`Judgements.judgement_events`).
2. **A thing as the target**: "criticised Kull's remarks", "welcomed the levy announced by X": a
   judgement of a thing is aimed at its owner (:meth:`Judgements.owner`).
3. **The actor the text named before**: "This drew censure from X", "'This is an insult,' X said",
   "X condemned the verdict" with no earlier deed found: the subject of the sentence before
   (:meth:`Judgements.antecedent`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import cache, cached_property

import numpy as np
from spacy.symbols import AUX, VERB, acl
from spacy.tokens import Span, Token

from ..arrays import (
    indices_in,
    kids_of,
    labelled_kids,
    sentence_has,
    sentences_back,
    subtree_indices,
    token_table,
)
from ..ids import DEP_ACL, DEP_AUXPASS, DEP_PREP, DEPS_POSS_COMPOUND_AMOD, string_ids
from ..pronouns import GENDER as PRONOUN_GENDER
from ..record import Event
from ..rules import package_yaml
from .arguments import Context, children, gender_clash
from .lexicon import (
    ANAPHORIC_DETERMINERS,
    CAUSE_PREPS,
    COMPLAINT_CODE,
    FIRST_PERSON,
    HARM_VERBS,
    JUDGEMENT_APPEAL_DEMAND_ROOTS,
    LABEL_PREPS,
    MISPARSED_SUBJECTS,
    NAMING_VERBS,
    OBJECTS,
    OBJECTS_OR_PASSIVE_SUBJECTS,
    OWNER_PRONOUNS,
    POLITICAL_KINDS,
    POLITICAL_SECTORS,
    SAID_NOUNS,
    SAY_VERBS,
    SUBJECTS,
    SUBJECTS_OR_PASSIVE_SUBJECTS,
    THREAT_CODE,
    TOLD_ACTION_NOUNS,
    word_list,
)
from .modality import is_negated
from .precision import verdict_scope
from .rules import Found

# Verbs that join a subject to what is said of it: "the plan is a mistake", "the move seems unwise".
COPULAS = word_list("judgements", "copulas")
# Verbs whose object is the verdict: "X made a grave mistake" (round 19).
# Round 37: verbs that equate their subject with what follows them, as a copula does ("the blockade
# amounts to collective punishment", "the ban constitutes a violation"): the verdict is in the
# object or in the object of "to".
EQUIVALENCE_VERBS = word_list("judgements", "equivalence_verbs")
VERDICT_OBJECT_VERBS = word_list("judgements", "verdict_object_verbs")
# Pronouns that stand for something told before ("This drew censure", "'It is a mistake'").
TOLD_PRONOUNS = word_list("judgements", "told_pronouns")
# round 35: the pronoun of an extraposed subject, which points back to no act of its own
EXTRAPOSING_PRONOUNS = word_list("judgements", "extraposing_pronouns")
UNRESOLVED_PRONOUNS = word_list("judgements", "unresolved_pronouns")
# round 35: nouns whose infinitive is their own ("it was a ploy to split the coalition"), not extraposed
OWN_INFINITIVE_NOUNS = word_list("judgements", "own_infinitive_nouns")
IDEA_VERBS = word_list("judgements", "idea_verbs")  # "it is a mistake to think that ...": an idea judged
# Prepositions on a thing that name its doer: "the move by X", "the plans from X".
OWNER_PREPS = word_list("judgements", "owner_preps")
_JUDGEMENTS = package_yaml("events", "judgements.yaml")  # read once for the constants below
HARM_CODE = str(_JUDGEMENTS["harm"]["code"])
# Nouns of something offered or asked, and the roots of the acts that make one (judgements.yaml).
OFFER_NOUNS = word_list("judgements", "offer_nouns")
REQUEST_NOUNS = word_list("judgements", "request_nouns")
PROPOSAL_NOUNS = OFFER_NOUNS | REQUEST_NOUNS
MAKING_ROOTS = {kind: frozenset(str(r) for r in _JUDGEMENTS[f"{kind}_roots"])
                for kind in ("offer", "request")}
# evnone44: the verbs that make each such noun, how far back they are read, and the roots of an
# acceptance that answer one as judgements do (judgements.yaml making_verbs, answer_roots)
MAKING_VERBS = {(ws := str(entry).lower().split())[0]: frozenset(ws[1:]) for entry in _JUDGEMENTS["making_verbs"]}
MAKING_SENTENCES_BACK = int(_JUDGEMENTS["making_sentences_back"])
ANSWER_ROOTS = frozenset(str(r) for r in _JUDGEMENTS["answer_roots"])
# A subject pronoun that stands for the one named in an earlier sentence ("He said ...").
TELLING_PRONOUNS = word_list("judgements", "telling_pronouns")
# Round 21: "the decision does not change international law": an act said to alter nothing rejected.
NULLITY_VERBS = word_list("judgements", "nullity_verbs")
NULLITY_OBJECTS = word_list("judgements", "nullity_objects")
# round 23: "it would be reckless if ...": a verdict in the conditional mood judges nothing done
CONDITIONAL_VERDICT_AUXILIARIES = word_list("judgements", "conditional_verdict_auxiliaries")
NULLITY_CODE = str(_JUDGEMENTS["nullity"]["code"])
# real12a: words of feeling that judge only over an extraposed clause ("it is disappointing that X
# ..."), with the codes of the disapprove and praise groups (judgements.yaml)
# real12a: the verbs whose object is the one a quotation is told to (recall.yaml address_verbs):
# "X told Y: 'It is disappointing that you ...'" judges Y
ADDRESS_VERBS = word_list("recall", "address_verbs")
EXTRAPOSED_VERDICTS = {**{w: str(_JUDGEMENTS["praise"]["code"]) for w in word_list("judgements", "extraposed_praise")},
                       **{w: str(_JUDGEMENTS["disapprove"]["code"]) for w in word_list("judgements", "extraposed_blame")}}
# round 41: "X was right to scrap the levy": praise, only over an infinitive of the word's own
INFINITIVE_PRAISE = word_list("judgements", "infinitive_praise")
PRAISE_CODE = str(_JUDGEMENTS["praise"]["code"])
# evjudge49: "Y expelled two X diplomats. X said the expulsion was unjustified": how far back the
# deed done to the speaker's side is read (judgements.yaml deed_against_sentences_back)
DEED_AGAINST_SENTENCES_BACK = int(_JUDGEMENTS["deed_against_sentences_back"])
# evrec55: nouns of a charge ("the accusations") with the verbs that make each, the roots of a charge
# coded before, and the verdict codes that reject one (judgements.yaml claim_nouns)
CLAIM_VERBS = {(ws := str(entry).lower().split())[0]: frozenset(ws[1:]) for entry in _JUDGEMENTS["claim_nouns"]}
CLAIM_ROOTS = frozenset(str(r) for r in _JUDGEMENTS["claim_roots"])
CLAIM_VERDICT_CODES = frozenset(str(c) for c in _JUDGEMENTS["claim_verdict_codes"])


@cache
def judgement_lexicon() -> tuple[dict[str, str], dict[str, tuple[tuple[tuple[str, ...], str], ...]]]:
    """(word lemma -> code, first word -> ((phrase words), code) longest first) from
    ``judgements.yaml``; phrases are looked up by their first word (speed only)."""
    words: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for group in _JUDGEMENTS.values():
        if not isinstance(group, dict):
            continue  # the word lists the rules read (copulas, ...)
        code = str(group["code"])
        for w in (str(w).lower() for w in group.get("words") or []):
            if "-" in w:  # "short-sighted" is three tokens to spaCy: "short", "-", "sighted"
                phrases.append((tuple(w.replace("-", " - ").split()), code))
            words[w] = code
        phrases += [(tuple(str(p).lower().split()), code) for p in group.get("phrases") or []]
    phrases.sort(key=lambda p: -len(p[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, code in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, code))
    return words, {first: tuple(entries) for first, entries in by_first.items()}


def verdict(words: list[Token]) -> str | None:
    """The code of the judgement a predicate's words pass, phrases first ("a step in the right
    direction" before "right"); None for none."""
    lemmas = [w.lemma_.lower() for w in words]
    forms = [w.lower_ for w in words]
    table, phrases = judgement_lexicon()
    for i, (lemma, form) in enumerate(zip(lemmas, forms, strict=True)):
        for phrase, code in phrases.get(lemma, ()) or phrases.get(form, ()):
            n = len(phrase)
            if i + n <= len(words) and all(phrase[k] in (lemmas[i + k], forms[i + k]) for k in range(1, n)):
                return code
    for lemma, form in zip(lemmas, forms, strict=True):
        if code := table.get(lemma) or table.get(form):
            return code
    return None


# Whether a lemma id's lower-case form is in one of the lists judgement_events starts from (a
# lemma id stands for one string in every model, so one table serves them all: speed only)
_JUDGED_LEMMAS: dict[int, bool] = {}
_JUDGED_POS = np.array(sorted((AUX, VERB)), dtype=np.uint64)


def _judged_words(ctx: Context) -> list[int]:
    """The doc's auxiliaries and verbs whose lemma, in lower case, is a copula or in one of the verb
    lists of judgement_events, in order: found once per document from its arrays, with no token
    object of each verb (speed only; the rule reads each as before)."""
    words = ctx.judged_words
    if words is None:
        if len(_JUDGED_LEMMAS) > 200_000:  # a long run meets ever new words: bounded memory
            _JUDGED_LEMMAS.clear()
        strings, lemmas, words = ctx.doc.vocab.strings, ctx.lemma, []
        for i in indices_in(token_table(ctx.doc).pos_ids, _JUDGED_POS):
            judged = _JUDGED_LEMMAS.get(lemmas[i])
            if judged is None:
                lemma = strings[lemmas[i]].lower()
                judged = _JUDGED_LEMMAS[lemmas[i]] = lemma in COPULAS or lemma in HARM_VERBS \
                    or lemma in VERDICT_OBJECT_VERBS or lemma in NULLITY_VERBS or lemma in EQUIVALENCE_VERBS
            if judged:
                words.append(i)
        ctx.judged_words = words
    return words


class Judgements:
    """The rules above (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    @cached_property
    def _verdict_words(self) -> frozenset[str]:
        """Every word a verdict of judgement_events needs, by lemma or as written: the verdicts' words
        and each phrase's longest word (judgements.yaml: a phrase passes its verdict only with all its
        words, and its first, "not", "no", "well", is common), the coder's stance words (stance_code),
        the extraposed words of feeling, a verb of harm and the objects of nullity. A sentence with none
        of them passes no verdict: judgement_events' gate (speed only; read from the same lists and the
        coder's own stance words, so a word added to one is in the gate). Made once per coder."""
        table, phrases = judgement_lexicon()
        ends = {max(phrase, key=len) for entries in phrases.values() for phrase, _ in entries}
        return frozenset({*table, *ends, *self.stance, *EXTRAPOSED_VERDICTS, *HARM_VERBS, *NULLITY_OBJECTS,  # type: ignore[attr-defined]
                          *INFINITIVE_PRAISE})

    @staticmethod
    def verdict_of(words: list[Token]) -> str | None:
        """The verdict a name given by a naming verb passes ("branded the posters offensive"): the
        same words and phrases as a quotation's predicate (:func:`verdict`)."""
        return verdict(words)

    def owner(self, ctx: Context, thing: Token) -> list[str]:
        """Whose act or words a thing is: its possessor or modifiers ("Kull's remarks", "the Latvian
        plan"; a person counts here, unlike in an actor's own phrase), a "by" object ("the move by X"),
        the agent of a participle on it ("the levy announced by X") or the subject of a relative clause
        on it ("the curfew X imposed")."""
        found: list[str] = []
        for child in kids_of(thing):
            if child.dep in DEPS_POSS_COMPOUND_AMOD:
                actor = ctx.political(ctx.token_actor.get(child.i))
                if actor and ctx.names_by_relation(child, thing):
                    continue  # evmodtgt43: "the anti-Kenyan riots" are not Kenya's
                found += [a for a in ([actor] if actor else ctx.phrase_actors(child)[0]) if a not in found]
        if found:
            return found
        # a participle anywhere in the phrase: "the tariffs on imports announced by X" (the parser
        # hangs "announced" on the nearest noun)
        # (the subtree's labels from the table, a token made only for a participle: speed only)
        doc, dep, i = thing.doc, token_table(thing.doc).dep_id, thing.i
        for child in [*kids_of(thing), *(doc[k] for k in subtree_indices(thing) if dep[k] == acl and k > i)]:
            holders = [child] if child.dep == DEP_PREP and child.lower in OWNER_PREPS_IDS and child.head == thing \
                else list(children(child, {"agent"})) if child.dep == DEP_ACL else []
            for prep in holders:
                for pobj in children(prep, {"pobj"}):
                    if actors := ctx.phrase_actors(pobj)[0]:
                        return actors
        # a relative clause on it: "the curfew (that) X imposed" is X's; not a clause that says what
        # it holds ("the claim that X blocked the talks", "the assertion that exports rose": a noun of
        # saying, or a clause with an object of its own)
        for clause in children(thing, {"relcl", "acl"}):
            # (evjudge49: a relative pronoun as the object is the thing itself, "the quota, which X
            # set, ...", as "the curfew X imposed")
            if any(o.tag_ not in {"WDT", "WP"} for o in children(clause, OBJECTS)) \
                    or thing.lemma_.lower() in _SAID_NOUNS_OR_PROPOSAL_NOUNS:
                continue
            for s in children(clause, SUBJECTS):
                if s.tag_ not in {"WDT", "WP"} and (actors := ctx.phrase_actors(s)[0]):
                    return actors
        return []

    def antecedent(self, ctx: Context, sent: Span, exclude: list[str]) -> list[str]:
        """The actor the text named just before ``sent``: the subject of the sentence before (else of
        the clause it reports: "X said the police had ..." -> the police). A "he"/"she"/"they" there
        stands for the one named before it, up to three sentences back; further, the story has moved
        on. An official of a state already excluded (the judge's own) stays the person or body: the
        domestic rule keeps both sides specific."""
        node = sent
        for _ in range(3):
            if node.start == 0:
                return []
            node = ctx.doc[node.start - 1].sent
            root = node.root
            heads = [root, *(c for c in kids_of(root) if c.dep_ == "ccomp" and root.lemma_.lower() in SAY_VERBS)]
            subjects = [s for h in heads for s in children(h, SUBJECTS_OR_PASSIVE_SUBJECTS)] or [
                c for c in kids_of(root) if c.dep_ in MISPARSED_SUBJECTS and c.i < root.i and c.i in ctx.token_actor]
            for s in subjects:
                if ctx.is_firm(s):
                    # evstray36: "A Chilean copper miner will shut two pits. Unions condemned the decision":
                    # the act told just before is a firm's, no state's (not one named further back)
                    return []
                named = self._named(ctx, s)
                if not named and s.lower_ in TELLING_PRONOUNS:
                    # "..., he said": the speaker the quotes stage found for a quotation there
                    named = [q.speaker.actor for st, en, i in ctx.quote_spans
                             if st < node.end_char and node.start_char < en
                             and (q := ctx.quotes[i]).speaker and q.speaker.actor]
                named = [a for a in named if self._party(ctx, a)]
                for actor in named:
                    if (political := ctx.political(actor)) is None:
                        continue
                    if political not in exclude:
                        return [political]
                    if actor not in exclude:
                        return [actor]
                if named:
                    return []  # the one named before is the judge itself
            # no party to politics named there (or only "he"): the sentence before that
        return []

    @staticmethod
    def _party(ctx: Context, actor_id: str) -> bool:
        """Whether an actor can be the one whose act is judged: a state, an IGO, a group, or a person
        or body of a political sector ("Nkemelu, a journalist who was arrested, had reported ...":
        the one the act was done to, not its doer)."""
        actor = ctx.actors.get(actor_id)
        return actor is not None and (actor.kind in POLITICAL_KINDS or actor.sector in POLITICAL_SECTORS)

    @staticmethod
    def _named(ctx: Context, subject: Token) -> list[str]:
        """The actor ids (not yet read as states) a subject phrase names, its head's first; never
        (evstray36) a state named only as the nationality of a firm in the phrase ("a Chilean copper
        miner said it would shut two pits", "a Dutch electronics group"): the
        firm's country is not its state acting (round 33's rule for sources, Context.modifies_firm),
        so the one whose act "the move" was is not that state."""
        ids = [ctx.token_actor[k] for k in [subject.i, *subtree_indices(subject)] if k in ctx.token_actor
               and not ctx.modifies_firm(ctx.doc[k])]
        return list(dict.fromkeys(ids))

    def doer_before(self, ctx: Context, out: list[Event], sent: Span, exclude: list[str],
                    word: str | None = None) -> list[str]:
        """Whose act a judgement of "the attack", "the verdict", "this" is: the source of the latest
        deed or plan coded before ``sent`` (another's judgement, appeal or demand is no act), the one
        told by the same word first ("the strikes" after "air strikes hit ..."); with none coded,
        the actor the sentence before named."""
        deeds = [e for e in reversed(out) if e.span[1] <= sent.start_char and e.source not in exclude
                 and e.root not in JUDGEMENT_APPEAL_DEMAND_ROOTS]
        same = [e for e in deeds if word is not None and self._trigger_lemma(ctx, e) == word]
        # evnews27: "... 27 miners were detained. X condemned the arrests": with no deed told by the
        # same word, the latest deed of the kind the word names (its CAMEO root), not the latest deed
        # of any kind (a march told in between is not what "the arrests" are)
        roots = {p.code[:2] for p in self.nouns.get(word or "", [])}
        kin = [e for e in deeds if e.root in roots]
        doer = (same or kin or deeds or [None])[0]
        if doer is not None and doer.source is not None and doer.symmetric and doer.target is not None \
                and doer.target not in exclude:
            return [doer.source, doer.target]  # round 32: a joint act ("the truce") is both sides' deed
        if doer is not None and doer.source is not None:
            return [doer.source]
        return self.antecedent(ctx, sent, exclude)

    def deed_against(self, ctx: Context, out: list[Event], sent: Span, speaker: str) -> list[str]:
        """evjudge49: whose act a verdict on "the decision", "this move" (a told-action noun with nothing
        named in it) judges where the speaker is the one it was done to: the source of the latest deed
        coded in the sentences just before (judgements.yaml deed_against_sentences_back), only where that
        deed's target is the speaker or the speaker's state ("Chile expelled two Peruvian diplomats. Peru
        said the decision was a mistake"); none otherwise (a deed done to someone else is too often not
        the one the speaker means: round 21's note on copulas)."""
        start = ctx.doc[sentences_back(ctx.doc, sent.start, DEED_AGAINST_SENTENCES_BACK)].idx
        deed = next((e for e in reversed(out) if start <= e.span[0] and e.span[1] <= sent.start_char
                     and e.root not in JUDGEMENT_APPEAL_DEMAND_ROOTS), None)
        if deed is None or deed.source is None or deed.target is None or deed.source == speaker:
            return []
        actor = ctx.actors.get(speaker)
        own = {speaker, *([actor.country] if actor is not None and actor.country else [])}
        return [deed.source] if deed.target in own and deed.source not in own else []

    def complaint_targets(self, ctx: Context, out: list[Event], sent: Span, f: Found) -> list[str]:
        """Round 32: whom a formal protest lodged with no one named ("lodged a protest", "handed over a
        protest note") is aimed at: the owner of what its "over" phrase names ("lodged a protest over
        X's decision", "over the arrest of its fishermen by X"; a state named bare, "over Taiwan", is
        the matter, not the one protested to), else the doer of the latest deed that the sentence
        before told against the protester ("X's ships blocked a Y boat ... Y lodged a protest"). A
        promised retaliation ("will take resolute countermeasures over X's decision", 13) takes the
        owner of its "over" phrase the same way."""
        threat = f.code[:2] == THREAT_CODE[:2]
        if f.code != COMPLAINT_CODE and not threat or f.anchor.pos_ != "VERB":
            return []
        holders = [f.anchor, *children(f.anchor, OBJECTS)]
        for prep in (c for h in holders for c in kids_of(h) if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS):
            for thing in children(prep, {"pobj"}):
                if thing.i in ctx.token_actor:
                    continue
                if found := [a for a in self.owner(ctx, thing) if a not in f.sources]:
                    return found
        if sent.start == 0 or threat:
            return []
        before = sent.doc[sent.start - 1].sent.start_char
        last = next((e for e in reversed(out) if before <= e.span[0] and e.span[1] <= sent.start_char
                     and e.root not in JUDGEMENT_APPEAL_DEMAND_ROOTS), None)
        if last is not None and last.target in f.sources and last.source is not None and last.source not in f.sources:
            return [last.source]
        return []

    def verb_told_before(self, ctx: Context, out: list[Event], sent: Span, f: Found) -> list[str]:
        """Round 30: whose act a judgement of "the firing", "the vote" is when the noun names, by
        its own word, the verb of a deed told before: "North Korea fired shells into the sea ...
        Seoul condemned the firing", "the assembly voted to annex ... X called the vote a threat".
        The source of the latest event before ``sent`` whose trigger is that verb ("vote", "fire":
        the noun itself or its "-ing" form); none when the noun says itself whose or on whom it is."""
        if f.anchor.pos_ != "VERB":
            return []
        for obj in self.judged_things(f.anchor):
            if obj.pos_ != "NOUN" or obj.i in ctx.token_actor or not any(
                    c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in kids_of(obj)):
                continue
            if any(c.dep_ in {"poss", "compound", "amod", "prep"} and c.lower_ not in LABEL_PREPS
                   for c in kids_of(obj) if c.dep_ != "prep" or c.i > obj.i):
                continue  # "the Latvian vote", "the firing on Valga": the phrase names its sides
            noun = obj.lemma_.lower()
            for e in reversed(out):
                if e.span[1] > sent.start_char or e.source is None or e.source in f.sources:
                    continue
                span = ctx.doc.char_span(e.trigger[0], e.trigger[1], alignment_mode="expand")
                verbs = []
                # ("voted to annex": the verb that governs the trigger's complement tells it too)
                tok = span[-1] if span is not None and len(span) else None
                while tok is not None:
                    verbs.append(tok.lemma_.lower())
                    tok = tok.head if tok.dep_ == "xcomp" and tok.head != tok else None
                if any(noun in {v, f"{v}ing", f"{v[:-1]}ing", f"{v}{v[-1]}ing"} for v in verbs):
                    return [e.source]
        return []

    @staticmethod
    def _trigger_lemma(ctx: Context, event: Event) -> str | None:
        """The lemma of the last word of an event's trigger ("strikes" -> "strike")."""
        span = ctx.doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
        return span[-1].lemma_.lower() if span is not None and len(span) else None

    def proposer(self, ctx: Context, out: list[Event], sent: Span, f: Found,
                 earlier: list[Found] | None = None) -> list[str]:
        """Whose proposal, offer, request or demand a judgement of "the proposal" (named as already
        told, no one named in it) is aimed at: the source of the latest appeal, offer or demand coded
        before (round 32b: in its own sentence first, ``earlier``: "X had offered to ..., but the
        government rejected the offer"), else the speaker of the latest quotation before; none when
        the verb's object is no such noun."""
        if f.anchor.pos_ != "VERB":
            return []
        told = [o for o in children(f.anchor, OBJECTS)
                if o.lemma_.lower() in PROPOSAL_NOUNS and o.i not in ctx.token_actor and not self.owner(ctx, o)
                and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in kids_of(o))]
        if not told or self._names_unknown_maker(ctx, told[0]):
            return []  # evnone44: "the Tomlinson proposals": a name no actor stands for says whose
        roots = MAKING_ROOTS["offer" if told[0].lemma_.lower() in OFFER_NOUNS else "request"]
        made = next((g.sources[0] for g in reversed(earlier or []) if g.anchor.i < f.anchor.i and g.sources
                     and g.sources[0] not in f.sources and g.code[:2] in roots), None)
        if made is not None:
            return [made]
        coded = next((e for e in reversed(out) if e.span[1] <= sent.start_char and e.source
                      and e.source not in f.sources and e.root in roots), None)
        # evnone44: an offer told by its verb or its noun that no event was coded for ("Latvia offered
        # to mediate. Estonia rejected the offer"), where it is nearer than the latest offer coded
        at, maker = self._maker_told(ctx, told[0], f.anchor.i, f.sources)
        if maker and (coded is None or at >= coded.span[0]):
            return maker
        if coded is not None:
            return [coded.source]
        speakers = [ctx.speaker(i) for _s, e, i in reversed(ctx.quote_spans) if e <= sent.start_char]
        return next(([a] for a in speakers if a and a not in f.sources), [])

    @staticmethod
    def _names_unknown_maker(ctx: Context, noun: Token) -> bool:
        """Evnone44: whether a proper name modifies a proposal noun that no political actor owns (the
        caller asks only then: "the Tomlinson proposals", a person of no party, or a name the actor table
        lacks): the phrase names its maker itself, so no earlier one is guessed."""
        return any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in kids_of(noun))

    def _maker_told(self, ctx: Context, noun: Token, before: int, exclude: list[str],
                    making: frozenset[str] | None = None) -> tuple[int, list[str]]:
        """Evnone44: who made the offer or request ``noun`` names as told (judgements.yaml making_verbs),
        with the character offset where it was told: the subject of the latest verb that makes it
        ("Latvia offered to mediate", "concessions offered by the government": the agent), or the
        owner of the latest same noun ("Uganda's proposal", "the Velmoran offer"), before token
        ``before`` and at most ``MAKING_SENTENCES_BACK`` sentences back; an actor not in ``exclude``.
        (-1, []) for none."""
        lemma, doc = noun.lemma_.lower(), noun.doc
        verbs = making if making is not None else MAKING_VERBS.get(lemma, frozenset())
        for i in range(before - 1, sentences_back(doc, noun.i, MAKING_SENTENCES_BACK) - 1, -1):
            w = doc[i]
            if w.pos == VERB and w.lemma_.lower() in verbs and not is_negated(w):
                heads = [*children(w, SUBJECTS), *(p for a in children(w, {"agent"}) for p in children(a, {"pobj"}))]
                if not heads and w.dep_ in {"conj", "xcomp"}:
                    heads = list(children(w.head, SUBJECTS))  # "met X and offered to ...": the shared subject
                named = [p for h in heads for a in self._named(ctx, h) if (p := ctx.political(a))]
            elif i != noun.i and w.pos_ == "NOUN" and w.lemma_.lower() == lemma:
                named = self.owner(ctx, w)
            else:
                continue
            found = [a for a in dict.fromkeys(named) if a not in exclude]
            if found:
                return w.idx, found
        return -1, []

    def claim_maker(self, ctx: Context, out: list[Event], verb: Token, speaker: str) -> list[str]:
        """evrec55: whom a verdict of untruth on a charge told before is aimed at ("Uganda accused Kenya
        of ... Kenya said the accusations were false"): the subject of the latest verb that makes the
        charge noun (judgements.yaml claim_nouns) or the owner of the same noun, up to
        MAKING_SENTENCES_BACK sentences back, else the source of the latest accusation coded there; only
        for a subject that is such a noun with "the", "these" ... and no one named in it."""
        for s in children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS):
            making = CLAIM_VERBS.get(s.lemma_.lower())
            if making is None or s.i in ctx.token_actor or self._names_unknown_maker(ctx, s) or not any(
                    c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in kids_of(s)):
                continue
            raw = ctx.actors.get(speaker)
            exclude = [speaker, *([raw.country] if raw is not None and raw.country else [])]
            maker = self._maker_told(ctx, s, s.i, exclude, making)[1]
            if maker:
                return maker
            start = ctx.doc[sentences_back(ctx.doc, verb.sent.start, MAKING_SENTENCES_BACK)].idx
            coded = next((e for e in reversed(out) if start <= e.span[0] and e.span[1] <= verb.sent.start_char
                          and e.source and e.source not in exclude and e.root in CLAIM_ROOTS), None)
            return [coded.source] if coded is not None and coded.source is not None else []
        return []

    @staticmethod
    def cue_speaker(ctx: Context, verb: Token) -> list[str]:
        """Who "he"/"she"/"they" is when the actors stage left the subject of ``verb`` unresolved and
        the verb cues a quotation ("He rejected the claim that ..."): the speaker the quotes stage
        found for it, which reads the paragraph before."""
        if verb.pos_ != "VERB" or not any(s.lower in TELLING_PRONOUNS_IDS for s in children(verb, SUBJECTS)):
            return []
        for q in ctx.quotes:
            if q.cue is not None and q.cue.span[0] <= verb.idx < q.cue.span[1] and q.speaker is not None:
                # evsrc45: a "she" is no speaker known as "he" (or the other way round): the anaphor role's test
                gender = next((g for s in children(verb, SUBJECTS) if (g := PRONOUN_GENDER.get(s.lower_))), None)
                if gender_clash(ctx, gender, q.speaker.actor):
                    return []
                actor = ctx.political(q.speaker.actor)
                return [actor] if actor else []
        return []

    def undergoer(self, ctx: Context, verb: Token, exclude: list[str]) -> list[str]:
        """Who a reversed judgement ("drew censure from X", "met a frosty reception from X") is aimed at
        when its subject names no actor: the owner of the subject thing ("His remarks"), or for "that"
        / "this" / "it" the actor the sentence before named."""
        for s in children(verb, SUBJECTS):
            if s.lower_ in TOLD_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS
                                                and c.i not in ctx.token_actor for c in kids_of(s)):
                # "This drew ...", "Her plan met ...": the one the sentence before was about
                return self.antecedent(ctx, verb.sent, exclude)
            return [a for a in self.owner(ctx, s) if a not in exclude]
        return []

    @staticmethod
    def judged_things(verb: Token) -> list[Token]:
        """What a verb of judgement judges: its objects or passive subject ("the scheme was branded a
        waste"), and for a naming verb the subject of the name it gives where the parser reads the two
        as a clause ("branded [it tasteless]")."""
        things = list(children(verb, OBJECTS_OR_PASSIVE_SUBJECTS))
        if verb.lemma_.lower() in NAMING_VERBS:
            things += [s for c in kids_of(verb) if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ in {"ADJ", "NOUN"}
                       for s in children(c, SUBJECTS)]
            if not things:
                # evjudge49: "called Chile's stance hypocrisy" parsed with the object inside the name given
                # ("[Chile's stance] hypocrisy"): the name's own possessor says whose the thing named is
                # (or "[Chile's stance] pure hypocrisy": the possessor on a noun modifying the name)
                things = [k for c in kids_of(verb) if c.dep_ == "oprd" and c.pos_ == "NOUN"
                          for k in (c, *children(c, {"nmod", "compound"})) if any(children(k, {"poss"}))][:1]
        return things

    def thing_targets(self, ctx: Context, verb: Token, sources: list[str]) -> list[str]:
        """The one a verb of judgement judges when its object is a thing: the thing's owner (for a
        naming verb read as a clause, "called [Labour dishonest]", first the one named there)."""
        for obj in self.judged_things(verb):
            named = [] if obj.dep_ in OBJECTS_OR_PASSIVE_SUBJECTS else ctx.phrase_actors(obj)[0]
            if found := [a for a in named or self.owner(ctx, obj) if a not in sources]:
                return found
        return []

    def judgement_events(self, ctx: Context, sent: Span, out: list[Event]) -> Iterator[Found]:
        """Rule 1: a copular clause inside a quotation whose predicate passes a verdict."""
        if not sentence_has(sent, self._verdict_words):
            return  # the gate: no word a verdict needs in the sentence, no verdict (speed only)
        doc, words = sent.doc, _judged_words(ctx)
        for i in words[bisect.bisect_left(words, sent.start):bisect.bisect_left(words, sent.end)]:
            verb = doc[i]
            lemma = verb.lemma_.lower()
            if lemma not in COPULAS and lemma not in HARM_VERBS and lemma not in VERDICT_OBJECT_VERBS \
                    and lemma not in NULLITY_VERBS and lemma not in EQUIVALENCE_VERBS:
                continue
            quote = ctx.quote_at(verb.idx)
            if quote is None or (speaker := ctx.speaker(quote)) is None:
                continue
            extraposed: list[str] = []
            participle = self._participle_verdict(verb) if verb.dep == DEP_AUXPASS and lemma in COPULAS else None
            if participle is not None:
                verb = participle  # round 41: "the decision was misguided" read as a passive verb
            if lemma in NULLITY_VERBS:
                # "the annexation does not change international law": the act is rejected (round 21),
                # only when a thing (no actor) is the subject and the verb is negated
                if not is_negated(verb) or self._conditional(verb) or not any(  # type: ignore[attr-defined]
                        o.lemma_.lower() in NULLITY_OBJECTS for o in children(verb, OBJECTS)) or any(
                        s.pos_ == "PRON" or s.i in ctx.token_actor for s in children(verb, SUBJECTS)):
                    continue
                targets = self._judged(ctx, verb, speaker, out) or [
                    a for s in children(verb, SUBJECTS) if s.lemma_.lower() in TOLD_ACTION_NOUNS
                    and any(d.lower_ in ANAPHORIC_DETERMINERS for d in children(s, {"det"}))
                    for a in self.doer_before(ctx, out, verb.sent, [speaker])]  # "the decision": the act told before
                if targets:
                    yield Found(NULLITY_CODE, [speaker], targets, False, sent, (verb.idx, verb.idx + len(verb)),
                                verb, self.conf.stance, quote)
                continue
            if participle is not None:
                predicates = [participle, *(c for c in participle.conjuncts if c.tag_ in {"VBN", "JJ"})]
                code = next((c for p in predicates if (c := verdict([p]) or self.stance_code(p))), None)  # type: ignore[attr-defined]
            elif lemma in HARM_VERBS:
                code = HARM_CODE  # "the levy will hurt our farmers": said against its doer
            elif lemma in VERDICT_OBJECT_VERBS:
                # "X made a grave mistake", "X had made good progress": the object's own words
                predicates = [c for c in kids_of(verb) if c.dep_ == "dobj"]
                stance = self.stance_code  # type: ignore[attr-defined]
                scopes = [sorted([p, *(c for c in kids_of(p) if c.dep_ in {"amod", "compound", "det"})],
                                 key=lambda t: t.i) for p in predicates]
                code = next((c for w in scopes if (c := verdict(w))), None) or next(
                    (c for w in scopes for t in w if (c := stance(t))), None)
            else:
                predicates = [c for c, dep in labelled_kids(verb) if dep in {"attr", "acomp", "oprd"}]
                if lemma in EQUIVALENCE_VERBS:
                    # round 37: "amounted to collective punishment", "constitutes a violation": the
                    # object, or the object of "to", is what the subject is said to be
                    predicates = [c for c, dep in labelled_kids(verb) if dep == "dobj"] + [
                        o for c, dep in labelled_kids(verb) if dep == "prep" and c.lower_ == "to"
                        for o in children(c, {"pobj"})]
                predicates += [c for p in predicates for c in p.conjuncts]  # "short-sighted and a blunder"
                # this file's verdicts first, else a stance word said of the subject ("it is
                # reckless": the stance rule finds no actor in "it"; here "it" is the act told before)
                stance = self.stance_code  # type: ignore[attr-defined]
                code = next((c for p in predicates if (c := verdict(verdict_scope(p)))), None) or next(
                    (c for p in predicates for w in verdict_scope(p) if (c := stance(w))), None)
                if code is None and any(p.lower_ in INFINITIVE_PRAISE and _infinitive(p) for p in predicates):
                    code = PRAISE_CODE  # round 41: "Labour was right to scrap the levy"
                if code is None and (judged := self._extraposed(ctx, verb, predicates, speaker, quote)):
                    code, extraposed = judged
            if (lemma in COPULAS or lemma in EQUIVALENCE_VERBS) and any(
                    dep == "aux" and c.lower_ in CONDITIONAL_VERDICT_AUXILIARIES for c, dep in labelled_kids(verb)):
                continue  # "it would be reckless if ...": a verdict on what has not happened (round 23)
            if code is None or is_negated(verb) or self._conditional(verb) or (
                    lemma not in HARM_VERBS and any(is_negated(p) for p in predicates)):
                continue  # "is not a mistake", "was not committed", "if it is a mistake": no verdict passed
            # (round 26: a politician judging its own state's "the government" is the politician's)
            body = self.subject_body(ctx, verb, speaker)  # type: ignore[attr-defined]
            persons = self.subject_persons(ctx, verb)  # type: ignore[attr-defined]
            judged = extraposed or self._judged(ctx, verb, speaker, out)
            if not judged and code in CLAIM_VERDICT_CODES:
                judged = self.claim_maker(ctx, out, verb, speaker)  # evrec55: "the accusations were false"
            sources, targets = self.judge_of(ctx, quote, speaker, judged, body, persons)  # type: ignore[attr-defined]
            if targets:
                yield Found(code, sources, targets, False, sent, (verb.idx, verb.idx + len(verb)), verb,
                            self.conf.stance, quote)

    def _participle_verdict(self, aux: Token) -> Token | None:
        """Round 41 (evsay41): a verdict word the parser read as a passive participle ("X's decision
        was misguided", "the vote was rigged": "was" an auxiliary of the verb "misguide") is the
        predicate of a copula, as "was ill-advised" is; not with a doer named ("was mishandled by the
        police": a deed told) nor an object or a clause of its own. The participle, or None."""
        verb = aux.head
        if verb.tag_ != "VBN" or verb == aux or any(
                dep in {"agent", "dobj", "ccomp", "xcomp"} for _, dep in labelled_kids(verb)):
            return None
        return verb if verdict([verb]) or self.stance_code(verb) else None  # type: ignore[attr-defined]

    def _extraposed(self, ctx: Context, verb: Token, predicates: list[Token], speaker: str,
                    quote: int) -> tuple[str, list[str]] | None:
        """real12a: "it is disappointing that X has ...", "it's unfortunate X was ...": a word of
        feeling (judgements.yaml extraposed_blame / extraposed_praise) with "it" as the subject and a
        clause after it (on the copula or on the adjective) judges that clause's subject actor; the
        code and the actors, or None where the clause names no actor (then no one is judged); a bare
        "the government" there is the state named before, as in the other verdicts (evaluative.py)."""
        code = next((EXTRAPOSED_VERDICTS[p.lower_] for p in predicates if p.lower_ in EXTRAPOSED_VERDICTS), None)
        if code is None or not any(s.lower_ == "it" for s in children(verb, SUBJECTS)):
            return None
        for holder in (verb, *predicates):
            for clause in children(holder, {"ccomp", "csubj"}):
                if clause.i < verb.i:
                    continue
                for inner in children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS):
                    actors, inherited = ctx.phrase_actors(inner)
                    if inherited:
                        continue
                    if inner.lower_ == "you":
                        actors = self._addressee(ctx, quote)
                    if found := [a for a in actors if a != speaker] or self.judged_body(ctx, inner, speaker):  # type: ignore[attr-defined]
                        return code, found
        return None

    @staticmethod
    def _addressee(ctx: Context, quote: int) -> list[str]:
        """real12a: the one a quotation is told to, for its "you": the object of its cue when that
        is a verb of address ("X told Y: '...'"); none for any other cue ("said", "told reporters")."""
        cue = ctx.quotes[quote].cue
        span = ctx.doc.char_span(*cue.span, alignment_mode="expand") if cue is not None else None
        verbs = [t for t in span or () if t.lemma_.lower() in ADDRESS_VERBS]
        return [a for v in verbs for o in children(v, {"dobj", "dative"}) for a in ctx.phrase_actors(o)[0]]

    def _judged(self, ctx: Context, verb: Token, speaker: str, out: list[Event]) -> list[str]:
        """Who a verdict is about: the clause's subject actor, else its subject thing's owner, else
        for "it"/"this"/"that" an extraposed clause's subject ("it is wrong that X ...") or the actor
        the sentence before named."""
        for s in children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS):
            if _outside_quote(ctx, verb, s):
                continue  # round 37: 'VIENNA (dpa) - "X's pledge is ...,"': the dateline read as a subject
            if verb.dep_ == "relcl" and s.tag_ in {"WDT", "WP"}:
                # round 37 (pool): "measures that would penalize X", "Y's levy, which will hurt ...":
                # the relative pronoun stands for the noun it hangs on; its owner is the one judged,
                # and with no owner named no one (not someone the sentence tells of elsewhere)
                return [a for a in self.owner(ctx, verb.head) if a != speaker]
            if s.tag_ == "VBG":
                # "the reporters covering his campaign were ..." misparsed with "covering" as the
                # subject and "reporters" as its own: the gerund's subject is the one judged
                s = next(iter(children(s, SUBJECTS)), s)
            actors, inherited = ctx.phrase_actors(s)
            if inherited or (s.pos_ == "PRON" and s.lower_ in FIRST_PERSON):
                return []  # "we were wrong": the speaker's own side
            if actors:
                return [a for a in actors if a != speaker]
            if s.lower_ in TOLD_PRONOUNS:
                for clause in children(verb, {"ccomp", "csubj"}):
                    for inner in children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS):
                        # real12a: a bare "the government" there is the state named before, as in
                        # the other verdicts ("it is deeply troubling that the government ...")
                        if found := [a for a in ctx.phrase_actors(inner)[0] if a != speaker] or \
                                self.judged_body(ctx, inner, speaker):  # type: ignore[attr-defined]
                            return found
                holders = [verb, *(c for c in kids_of(verb) if c.dep_ in {"attr", "acomp", "oprd"})]
                if any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in IDEA_VERBS
                       for h in holders for c in kids_of(h)):
                    return []  # "it is a mistake to think that ...": an idea judged, no one (judgements.yaml)
                if s.lower_ in EXTRAPOSING_PRONOUNS and not any(
                        h.lemma_.lower() in OWN_INFINITIVE_NOUNS for h in holders[1:]) and (infinitives := [
                        c for h in holders for c in kids_of(h) if c.dep_ in {"xcomp", "ccomp"}
                        and any(a.tag_ == "TO" for a in kids_of(c))]):
                    # round 35: "it was wrong to close the crossing", "it is disgusting to propose
                    # ...": the act judged is the infinitive's, whose doer is unsaid; only a subject of
                    # its own ("for Britain to ...") is the one judged (judgements.yaml)
                    return [a for c in infinitives for k in children(c, SUBJECTS)
                            for a in ctx.phrase_actors(k)[0] if a != speaker]
                # round 33: '"We condemn X's raid. This is unacceptable."': "this" is what the
                # speaker's own judgement just before was about (its target), and never the speaker:
                # the one who said "We condemn ..." is the judge, not the one judged (quoted.py)
                raw = self._raw_speaker(ctx, ctx.quote_at(verb.idx))  # type: ignore[attr-defined]
                own_act = self.speaker_act_target(ctx, out, verb.sent, speaker, raw, verbal_only=True)  # type: ignore[attr-defined]
                if own_act or (s.lower_ in UNRESOLVED_PRONOUNS and not _opens_quote(ctx, s)):
                    # round 35: a bare "it" inside a quotation ("... and it is completely
                    # unacceptable") or outside its marks ("said it was 'unacceptable'") names nothing
                    # it points back to (unlike "this", or an "it" that opens the quotation, the
                    # speaker's first words on the deed just told): not the latest deed's doer
                    return own_act
                return self.doer_before(ctx, out, verb.sent, [speaker, *([raw] if raw else [])])
            # "told Sepp that the blockade was a mistake": the one told (recall.py)
            found = [a for a in self.owner(ctx, s) if a != speaker] or self.told_addressee(ctx, verb, speaker)  # type: ignore[attr-defined]
            if not found and verb.lemma_.lower() in HARM_VERBS and s.lemma_.lower() in TOLD_ACTION_NOUNS and any(
                    d.lower_ in ANAPHORIC_DETERMINERS for d in children(s, {"det"})):
                # round 21: "X said the measures would hurt traders": the act told before, its doer's
                # (harm verbs only: with a copula, "the decision was ...", the latest deed was too often
                # another's on the own set's dev part)
                found = self.doer_before(ctx, out, verb.sent, [speaker])
            if not found and s.lemma_.lower() in TOLD_ACTION_NOUNS and any(
                    d.lower_ in ANAPHORIC_DETERMINERS for d in children(s, {"det"})):
                # evjudge49: "the expulsion was unjustified" said by the side the latest deed was done to
                found = self.deed_against(ctx, out, verb.sent, speaker)
            # round 26: "the government is a disgrace" with no state in the phrase: the state named
            # before, else the speaker's own (evaluative.py)
            return found or self.judged_body(ctx, s, speaker)  # type: ignore[attr-defined]
        return []


def _infinitive(word: Token) -> bool:
    """Whether ``word`` has a "to" infinitive of its own ("right [to scrap the levy]")."""
    return any(dep == "xcomp" and any(a.tag_ == "TO" for a in kids_of(c)) for c, dep in labelled_kids(word))


def _outside_quote(ctx: Context, verb: Token, word: Token) -> bool:
    """Round 37: whether ``word``, a subject the parser gave a verb of a quotation, lies outside that
    quotation: in a lead that opens with its quotation ('VIENNA (dpa) - "X's pledge is a stunt," Y
    said') the parser often reads the dateline's place as a second subject of the quoted verb; the
    quoted clause's subject is inside its marks."""
    quote = ctx.quote_at(verb.idx)
    if quote is None:
        return False
    start, end = ctx.quotes[quote].span
    return not start <= word.idx < end


def _opens_quote(ctx: Context, word: Token) -> bool:
    """Whether ``word`` is the first word of the quotation that covers it (only marks or spaces
    before it there): '"It is a grave mistake," X said' (round 35)."""
    quote = ctx.quote_at(word.idx)
    if quote is None:
        return False
    start = ctx.quotes[quote].span[0]
    # (the doc's text made once per doc: Doc.text joins a token object per word on every access; speed only)
    return not any(ch.isalnum() for ch in token_table(word.doc).doc_text[start:word.idx])


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_SAID_NOUNS_OR_PROPOSAL_NOUNS = SAID_NOUNS | PROPOSAL_NOUNS


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
OWNER_PREPS_IDS = string_ids(OWNER_PREPS)
TELLING_PRONOUNS_IDS = string_ids(TELLING_PRONOUNS)
