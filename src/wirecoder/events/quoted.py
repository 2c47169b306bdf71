"""Speech acts a speaker performs in their own words (round 33, issue 9 kind 4).

What the verb patterns miss inside quotations and reported speech, by family (word lists and why in
``data/events/quoted.yaml``):

1. **Refusals** told by a negated verb of acceptance: "we will never accept X's annexation", "the
   annexation will never be accepted" (the speaker's, said impersonally), "we will not allow X to ...":
   the speaker (or the clause's subject) rejects (120) the one the object names or owns.
2. **Threats of an answer**: "we will respond firmly to any provocation by X", "we reserve the right
   to retaliate": a threat (130) to the one the answer is aimed at, else to the doer of the act told
   before.
3. **Impersonal threats**: "there will be consequences", "X will pay a heavy price", "this will not go
   unanswered": the speaker threatens (130) the one who will pay, the owner of what goes unanswered,
   else the doer of the act told before.
4. **A pronoun heading a quoted demand**: '"She must resign," he said': the demand goes to the one
   the speaker's own latest act was aimed at, when the pronoun fits it.

The source is the clause's subject through the usual rules (a first-person word in a quotation is its
speaker); an impersonal act is the quotation's speaker's, as the quotes stage found it, never a state
or person merely named nearby. A question, a possibility ("may", "might") and a negated act code
nothing; a refusal or an impersonal threat inside an "if" clause codes nothing either.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from ..arrays import (
    in_sentence,
    indices_between,
    kids_of,
    labelled_kids,
    lemma_indices,
    token_indices,
)
from ..ids import DEP_CCOMP
from ..record import Event
from ..rules import package_yaml
from .arguments import Context, children, owned_by_pronoun
from .lexicon import (
    ANAPHORIC_DETERMINERS,
    CONDITIONALS,
    DEMAND_CODE,
    DEMAND_MODALS,
    FIRST_PERSON,
    JUDGEMENT_APPEAL_DEMAND_ROOTS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SAY_VERBS,
    SUBJECTS,
    TOLD_ACTION_NOUNS,
    word_list,
)
from .modality import is_negated, is_passive
from .rules import Found, _given_not_asked, quoted_question

_DATA = package_yaml("events", "quoted.yaml")
REFUSAL_CODE = str(_DATA["refusal_code"])
REFUSAL_VERBS = word_list("quoted", "refusal_verbs")
LETTING_VERBS = word_list("quoted", "refusal_letting_verbs")
RESOLVE_AUXILIARIES = word_list("quoted", "refusal_resolve_auxiliaries")
REFUSAL_NEGATORS = word_list("quoted", "refusal_negators")
RESPONSE_CODE = str(_DATA["response_code"])
RESPONSE_VERBS = word_list("quoted", "response_verbs")
RESPONSE_PARTICLES = {str(k): str(v) for k, v in (_DATA.get("response_particles") or {}).items()}
RESPONSE_PREPS = word_list("quoted", "response_preps")
RESPONSE_FUTURE = word_list("quoted", "response_future")
RESPONSE_HOLDERS = word_list("quoted", "response_holders")
THREAT_HOLDERS = word_list("quoted", "response_threat_holders")
RESPONSE_MANNERS = word_list("quoted", "response_manners")
HOSTILE_ACTS = word_list("quoted", "hostile_acts")
CONSEQUENCE_NOUNS = word_list("quoted", "consequence_nouns")
PAYING_VERBS = word_list("quoted", "paying_verbs")
PAYING_OBJECTS = word_list("quoted", "paying_objects")
UNANSWERED_WORDS = word_list("quoted", "unanswered_words")
UNANSWERED_VERBS = word_list("quoted", "unanswered_verbs")
PERSON_PRONOUNS = word_list("quoted", "person_pronouns")
BODY_PRONOUNS = word_list("quoted", "body_pronouns")
SPEAKER_ACT_REACH = int(_DATA["speaker_act_reach"])
OWN_COUNTRY_NOUNS = word_list("quoted", "own_country_nouns")
REFUSED_ACTS = word_list("quoted", "refused_acts")
MEASURE_VERBS = word_list("quoted", "measure_verbs")
MEASURE_NOUNS = word_list("quoted", "measure_nouns")
MEASURE_MARKERS = word_list("quoted", "measure_markers")
TOLD = frozenset({"it", "this", "that"})  # an object that stands for the act told before
POSSIBILITY = frozenset({"may", "might"})  # "we may not accept": a possibility, no refusal


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c, dep in labelled_kids(verb) if dep in {"aux", "auxpass"}]


def _negated(verb: Token) -> bool:
    return is_negated(verb) or any(c.lower_ in REFUSAL_NEGATORS and c.dep_ in {"neg", "advmod"}
                                   for c in kids_of(verb))


def _on_condition(verb: Token) -> bool:
    """A clause of condition hung on the verb itself ("if they had a part in it, we would not accept
    it"): what the speaker would do, not what they do."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONALS for m in kids_of(c))
               for c in kids_of(verb))


def _own_country(verb: Token) -> bool:
    """ "X said his country will not tolerate ...": a subject naming the speaker's own state by a
    possessive pronoun (own_country_nouns), which no actor rule resolves; the speaker's state."""
    return any(s.lemma_.lower() in OWN_COUNTRY_NOUNS and owned_by_pronoun(s) for s in children(verb, SUBJECTS))


def _future(verb: Token) -> bool:
    """ "will respond"; in a clause a verb of saying reports, "would" is the same future told back
    ("said Azerbaijan would retaliate"), not a condition."""
    auxiliaries = [a.lower_ for a in _auxiliaries(verb)]
    if any(a in RESPONSE_FUTURE for a in auxiliaries):
        return True
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return "would" in auxiliaries and node.dep_ == "ccomp" and node.head.lemma_.lower() in SAY_VERBS


def _consequence_words(sent: Span, lemma: str) -> bool:
    """The gate of Quoted._consequence (speed only): whether the sentence holds a word the threat of
    a verb with this lemma must have on it (the same lists, in the same order: "there will be
    consequences", "will pay a heavy price", "will not go unanswered"); where it holds none, the rule
    finds nothing, and the verb's phrase is not read."""
    doc = sent.doc
    if lemma == "be":
        found = token_indices(doc, LOWER, CONSEQUENCE_NOUNS)
    elif lemma in PAYING_VERBS:
        found = lemma_indices(doc, PAYING_OBJECTS)
    else:
        found = token_indices(doc, LOWER, UNANSWERED_WORDS)
    return in_sentence(sent, found)


# every lemma a family of quoted_act_events starts from
_FAMILY_LEMMAS = frozenset({"be", *REFUSAL_VERBS, *LETTING_VERBS, *RESPONSE_VERBS, *MEASURE_VERBS, *PAYING_VERBS,
                            *UNANSWERED_VERBS})


class Quoted:
    """The rules above (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    def speaker_act_target(self, ctx: Context, out: list[Event], sent: Span, speaker: str,
                           raw: str | None, kinds: frozenset[str] | None = None,
                           verbal_only: bool = False, before: list[Found] | None = None) -> list[str]:
        """Whom the speaker's own latest act before ``sent`` was aimed at (up to ``speaker_act_reach``
        sentences back): "We condemn X's raid. This is unacceptable." -> X. ``kinds``: the actor kinds
        the pronoun that points back can stand for (None: any); ``verbal_only``: only a judgement,
        rejection, appeal or demand of the speaker's (what "this" in the next breath is about);
        ``before``: the acts found earlier in ``sent`` itself ("We condemn X and reserve the right
        to respond"), read first."""
        own = {speaker, raw} - {None}
        for f in reversed(before or []):
            if own & set(f.sources) and (not verbal_only or f.code[:2] in JUDGEMENT_APPEAL_DEMAND_ROOTS):
                aimed = [t for t in f.targets if t not in own and (kinds is None or self._kind(ctx, t) in kinds)]
                if aimed:
                    return aimed
        first = sent
        for _ in range(SPEAKER_ACT_REACH):
            if first.start == 0:
                break
            first = ctx.doc[first.start - 1].sent
        for e in reversed(out):
            if e.span[1] > sent.start_char:
                continue
            if e.span[0] < first.start_char:
                break
            if e.source not in own or e.target is None or e.target in own:
                continue
            if verbal_only and e.root not in JUDGEMENT_APPEAL_DEMAND_ROOTS:
                continue
            if kinds is not None and self._kind(ctx, e.target) not in kinds:
                continue
            return [e.target]
        return []

    @staticmethod
    def _kind(ctx: Context, actor_id: str) -> str:
        actor = ctx.actors.get(actor_id)
        return actor.kind if actor is not None else "state"  # (a state id the table lacks: a speaker's country)

    def _act_noun(self, thing: Token) -> bool:
        """A noun that names an act ("the decision", "these attacks"), which "the"/"this" points back
        to; not any noun ("the dispute", "the conditions")."""
        return thing.lemma_.lower() in TOLD_ACTION_NOUNS or bool(self._lookup(self.nouns, thing))  # type: ignore[attr-defined]

    def _raw_speaker(self, ctx: Context, quote: int | None) -> str | None:
        q = ctx.quotes[quote].speaker if quote is not None else None
        return q.actor if q is not None else None

    def _aimed(self, ctx: Context, thing: Token, exclude: list[str]) -> list[str]:
        """Whom an object phrase names or whose it is ("X's annexation", "any attempt by X")."""
        found, first_person = ctx.phrase_actors(thing)
        if first_person:
            return []
        found = found or self.owner(ctx, thing)  # type: ignore[attr-defined]
        return [a for a in found if a not in exclude]

    def _told_before(self, ctx: Context, out: list[Event], sent: Span, speaker: str | None,
                     raw: str | None, exclude: list[str], before: list[Found] | None = None,
                     things: list[Token] | None = None) -> list[str]:
        """The act "this"/"it"/"such acts" stands for. A bare "this"/"it" ("we reserve the right to
        respond", "there will be consequences") is what the speaker's own judgement just before was
        about, else the doer of the latest deed told (judgements.doer_before); an act named by a noun
        ("the strikes will not go unpunished", "these hostile acts") is first the latest deed of that
        kind told before, then the speaker's judgement."""
        # (never one of the doer's own side: "the government would not accept it" after its own
        # prime minister spoke is no refusal of him)
        own = {ctx.political(a) or a for a in exclude}

        def deed(word: str | None) -> list[str]:
            return [a for a in self.doer_before(ctx, out, sent, exclude + [a for a in (raw,) if a], word)  # type: ignore[attr-defined]
                    if a not in exclude and (ctx.political(a) or a) not in own]

        nouns = [t.lemma_.lower() for t in things or [] if t.pos_ == "NOUN"]
        if nouns and (found := deed(nouns[0])):
            return found
        if speaker is not None:
            if found := self.speaker_act_target(ctx, out, sent, speaker, raw, verbal_only=True, before=before):
                return [a for a in found if a not in exclude]
        return deed(None)

    def quoted_act_events(self, ctx: Context, sent: Span, out: list[Event], found: list[Found]) -> list[Found]:
        """Families 1-4 over the sentence's verbs (``found``: what other rules coded in it; a word
        they coded is theirs, except that a refusal they found aimed at no one takes the one
        family 1 finds: "will not allow X to ...", where the letting pattern's "to" names no one)."""
        if quoted_question(ctx.text, sent):
            return []
        taken = {f.anchor.i: f for f in found}
        # a threat the sentence's cue already codes ('"Attacks on us will not go unanswered," X said,
        # warning Y'): the quotation is that warning's content, not a second threat
        warned = any(f.code[:2] == RESPONSE_CODE[:2] and f.anchor.pos_ == "VERB" for f in found)
        new: list[Found] = []
        # only the verbs the families below ask for: the doc's words with one of their lemmas, found
        # once per doc, each sentence's by bisection, then their part of speech's id (speed only: a word
        # with another lemma or part of speech was passed over; no token object, and no string of every
        # word's lemma and part of speech, which only this rule read)
        doc, pos = sent.doc, ctx.pos
        vocab = doc.vocab
        for i in indices_between(lemma_indices(doc, _FAMILY_LEMMAS), sent.start, sent.end):
            if pos[i] != VERB and pos[i] != AUX:
                continue
            tok = Token(vocab, doc, i)  # (doc[i], made directly: arrays.kids_of's note; speed26)
            lemma = tok.lemma_.lower()
            before = [f for f in found + new if f.anchor.i < tok.i]
            if lemma in REFUSAL_VERBS or lemma in LETTING_VERBS:
                made = list(self._refusal(ctx, sent, out, tok, lemma, before))
            elif warned and tok.i not in taken:
                continue
            elif lemma in RESPONSE_VERBS or lemma in MEASURE_VERBS:
                made = list(self._response(ctx, sent, out, tok, lemma, before))
            elif lemma == "be" or lemma in PAYING_VERBS or lemma in UNANSWERED_VERBS:
                made = list(self._consequence(ctx, sent, out, tok, lemma, before)) \
                    if _consequence_words(sent, lemma) else []
            else:
                continue
            if (f := taken.get(tok.i)) is not None:
                # a word another rule coded is its; where that rule found the same kind of act aimed
                # at no one ("will not allow X to ...", "will take necessary measures"), it takes
                # the one this family finds
                if made and f.code[:2] == made[0].code[:2] and not f.targets:
                    f.targets, f.target_rule = made[0].targets, made[0].target_rule
                continue
            new += made
        new += self._pronoun_demand(ctx, sent, out, {*taken, *(f.anchor.i for f in new)})
        return new

    def _speaker_of(self, ctx: Context, tok: Token) -> tuple[int | None, str | None, str | None]:
        quote = ctx.quote_at(tok.idx)
        speaker = ctx.speaker(quote)
        return quote, speaker, self._raw_speaker(ctx, quote) if speaker else None

    def _refusal(self, ctx: Context, sent: Span, out: list[Event], tok: Token, lemma: str,
                 before: list[Found]) -> Iterator[Found]:
        auxiliaries = _auxiliaries(tok)
        if not _negated(tok) or any(a.lower_ in POSSIBILITY for a in auxiliaries) or \
                self._conditional(tok) or _on_condition(tok):  # type: ignore[attr-defined]
            return  # "may not accept", "if ..., we would not accept it": no refusal stated
        if lemma in LETTING_VERBS and not (any(a.lower_ in RESOLVE_AUXILIARIES for a in auxiliaries) or any(
                c.lower_ == "never" for c in kids_of(tok))):
            return  # "did not allow journalists in": a deed told, not a refusal stated
        quote, speaker, raw = self._speaker_of(ctx, tok)
        passive = is_passive(tok)
        if passive:
            # "X's annexation will never be accepted": the speaker's refusal, said impersonally
            if speaker is None or not ctx.in_direct_quote(tok.idx) or any(children(tok, {"agent"})):
                return
            sources, s_rule, things = [speaker], "quote-speaker", list(children(tok, PASSIVE_SUBJECTS))
        else:
            sources, s_rule = self._subject(ctx, tok)[0], "subject"  # type: ignore[attr-defined]
            if not sources and speaker is not None and _own_country(tok):
                sources, s_rule = [speaker], "quoted:own-country"
            things = list(children(tok, OBJECTS))
            if lemma in LETTING_VERBS:
                # "will not allow X to ...": X, the object or the subject of the clause it takes
                things += [s for c in children(tok, {"ccomp", "xcomp"}) for s in children(c, SUBJECTS)]
        if not things:
            return
        targets: list[str] = []
        exclude = sources + [a for a in (raw,) if a]
        for thing in things:
            # a verb of letting is aimed at the actor let or not let ("will not allow Romania to ..."), not
            # at the owner of a thing ("would not let the dispute hold back its bid": no one refused)
            aimed = [a for a in ctx.phrase_actors(thing)[0] if a not in exclude] if lemma in LETTING_VERBS \
                else self._aimed(ctx, thing, exclude)
            targets += [a for a in aimed if a not in targets]
        if not targets and lemma not in LETTING_VERBS and any(
                t.lower_ in TOLD or t.lemma_.lower() in REFUSED_ACTS or (self._act_noun(t) and any(
                    d.lower_ in ANAPHORIC_DETERMINERS for d in children(t, {"det"}))) for t in things):
            # "will not accept this", "such acts", "threats from anyone": the act told before
            targets = self._told_before(ctx, out, sent, speaker, raw, sources, before, things)
        if targets:
            yield Found(REFUSAL_CODE, sources, targets, False, sent, (tok.idx, tok.idx + len(tok)), tok,
                        self.conf.pattern - self.conf.inherited, quote,  # type: ignore[attr-defined]
                        source_rule=s_rule, target_rule="quoted:refused")

    def _response(self, ctx: Context, sent: Span, out: list[Event], tok: Token, lemma: str,
                  before: list[Found]) -> Iterator[Found]:
        particle = RESPONSE_PARTICLES.get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in kids_of(tok)):
            return
        measures = [o for o in children(tok, OBJECTS) if o.lemma_.lower() in MEASURE_NOUNS or o.lower_ in MEASURE_NOUNS]
        if lemma in MEASURE_VERBS and not any(
                o.lemma_.lower() in MEASURE_MARKERS or o.lower_ in MEASURE_MARKERS or any(
                    m.lower_ in MEASURE_MARKERS for m in kids_of(o) if m.dep_ in {"amod", "det", "predet", "compound"})
                for o in measures):
            return  # "took steps to cut costs": a deed, not a threat; "will take necessary measures": one
        if _negated(tok) or is_passive(tok):
            return
        future = _future(tok)
        holder = tok.head if tok.dep_ in {"acl", "xcomp"} else None
        held = holder is not None and holder.lemma_.lower() in RESPONSE_HOLDERS and not _negated(holder)
        if not future and not held:
            return  # "we responded to the letter": a deed told, not a threat
        preps = [p for p in [*children(tok, {"prep"}), *(c for o in measures for c in children(o, {"prep"}))]
                 if p.lower_ in RESPONSE_PREPS]
        aimed = [o for p in preps for o in children(p, {"pobj"})]
        hostile = lemma not in {"respond", "react", "reply"} or (held and holder.lemma_.lower() in THREAT_HOLDERS) or any(
            c.lower_ in RESPONSE_MANNERS for c in tok.subtree if c.dep_ in {"advmod", "amod", "pobj"}) or any(
            w.lemma_.lower() in HOSTILE_ACTS for o in aimed for w in (o, *kids_of(o)))
        if not hostile:
            return  # "we will respond to the letter next week": an answer, no threat
        clause = tok
        while clause.dep_ in {"acl", "xcomp", "acomp", "attr", "dobj", "conj"} and clause.head != clause \
                and not any(children(clause, SUBJECTS)):
            clause = clause.head  # "we reserve the right to respond": the subject of "reserve"
        sources = self._subject(ctx, clause)[0]  # type: ignore[attr-defined]
        quote, speaker, raw = self._speaker_of(ctx, tok)
        if not sources and speaker is not None and _own_country(clause):
            sources = [speaker]
        if not sources:
            return
        exclude = sources + [a for a in (raw,) if a]
        targets: list[str] = []
        for o in aimed:
            targets += [a for a in self._aimed(ctx, o, exclude) if a not in targets]
        if not targets:
            targets = self._told_before(ctx, out, sent, speaker, raw, exclude, before)
        if targets:
            yield Found(RESPONSE_CODE, sources, targets, False, sent, (tok.idx, tok.idx + len(tok)), tok,
                        self.conf.pattern - self.conf.inherited, quote,  # type: ignore[attr-defined]
                        source_rule="subject", target_rule="quoted:answered")

    def _consequence(self, ctx: Context, sent: Span, out: list[Event], tok: Token, lemma: str,
                     before: list[Found]) -> Iterator[Found]:
        if not _future(tok) or self._conditional(tok):  # type: ignore[attr-defined]
            # (a threat states its condition: "X will pay a heavy price if it ..." is a threat)
            return
        quote, speaker, raw = self._speaker_of(ctx, tok)
        if speaker is None:
            return
        exclude = [speaker] + [a for a in (raw,) if a]
        subjects = list(children(tok, SUBJECTS))
        aimed: list[str] | None = None
        if lemma == "be":
            # "there will be consequences (for X)"
            if _negated(tok) or not any(c.dep_ == "expl" for c in kids_of(tok)):
                return
            nouns = [c for c in kids_of(tok) if c.dep_ in {"attr", "nsubj"} and c.lower_ in CONSEQUENCE_NOUNS]
            if not nouns:
                return
            aimed = [a for n in nouns for p in children(n, {"prep"}) if p.lower_ == "for"
                     for o in children(p, {"pobj"}) for a in self._aimed(ctx, o, exclude)]
        elif lemma in PAYING_VERBS:
            # "X will pay a heavy price": X is threatened (not "we will pay", not "pay the price" denied)
            if _negated(tok) or not any(o.lemma_.lower() in PAYING_OBJECTS for o in children(tok, OBJECTS)):
                return
            aimed = [a for s in subjects for a in self._aimed(ctx, s, exclude)]
            if not aimed:
                return
        else:
            # "this provocation will not go unanswered": negated, by nature
            if not _negated(tok) or not any(c.lower_ in UNANSWERED_WORDS for c in kids_of(tok)
                                             if c.dep_ in {"acomp", "oprd", "advmod", "xcomp", "dobj"}):
                return
            aimed = [a for s in subjects for a in self._aimed(ctx, s, exclude)]
        if not aimed and any(s.pos_ == "PRON" and s.lower_ in FIRST_PERSON for s in subjects):
            return
        targets = aimed or self._told_before(ctx, out, sent, speaker, raw, exclude, before,
                                             subjects if lemma in UNANSWERED_VERBS else None)
        if targets:
            yield Found(RESPONSE_CODE, [speaker], targets, False, sent, (tok.idx, tok.idx + len(tok)), tok,
                        self.conf.pattern - self.conf.inherited, quote,  # type: ignore[attr-defined]
                        source_rule="quote-speaker", target_rule="quoted:consequence")

    def _pronoun_demand(self, ctx: Context, sent: Span, out: list[Event], taken: set[int]) -> Iterator[Found]:
        """Family 4: '"She must resign," he said.' The conditions of Rules.quoted_demand_events, with
        a third-person pronoun as the subject: the one the speaker's latest act before was aimed at.
        The quoted clause is the sentence's own verb, or the clause a verb of saying there reports."""
        if not in_sentence(sent, token_indices(sent.doc, LOWER, DEMAND_MODALS)):
            return  # the gate: no demand modal ("must", "should") in the sentence, no demand (speed only)
        root = sent.root
        heads = [root, *(c for c in kids_of(root) if c.dep == DEP_CCOMP and root.lemma_.lower() in SAY_VERBS)]
        for tok in heads:
            if tok.i not in taken and tok.pos_ in {"VERB", "AUX"} and ctx.in_direct_quote(tok.idx):
                yield from self._pronoun_demand_at(ctx, sent, out, tok)

    def _pronoun_demand_at(self, ctx: Context, sent: Span, out: list[Event], tok: Token) -> Iterator[Found]:
        quote, speaker, raw = self._speaker_of(ctx, tok)
        if speaker is None:
            return
        subjects = list(children(tok, SUBJECTS))
        if len(subjects) != 1 or subjects[0].pos_ != "PRON" or subjects[0].i in ctx.token_actor:
            return
        word = subjects[0].lower_
        if word not in PERSON_PRONOUNS and word not in BODY_PRONOUNS:
            return
        auxiliaries = [c for c, dep in labelled_kids(tok) if dep == "aux"]
        modal = next((c for c in auxiliaries if c.lower_ in DEMAND_MODALS), None)
        if modal is None or modal.i < subjects[0].i or any(c.lower_ == "have" for c in auxiliaries) \
                or is_passive(tok) or _given_not_asked(tok) or self._conditional(tok):  # type: ignore[attr-defined]
            return  # a question, a reproach, a passive, an entitlement, a condition: no demand
        kinds = frozenset({"person"}) if word in PERSON_PRONOUNS else frozenset({"state", "igo", "organization", "group"})
        targets = self.speaker_act_target(ctx, out, sent, speaker, raw, kinds)
        if targets:
            yield Found(DEMAND_CODE, [speaker], targets, False, sent, (modal.idx, tok.idx + len(tok)), tok,
                        self.conf.pattern - self.conf.inherited, quote,  # type: ignore[attr-defined]
                        source_rule="quote-speaker", target_rule="quoted:pronoun")
