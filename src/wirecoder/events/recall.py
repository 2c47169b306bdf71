"""Recall: acts that reported speech and nouns name, and the actors their clause leaves unsaid.

The rules (word lists in ``data/events/recall.yaml``, each described there):

1. **Who "he" is in a reported clause**: the one who reports it, when pronoun and reporter agree
   ("Sepp said she would be glad to receive Kull": Sepp) (:meth:`Recall.reported_speaker`).
2. **A promise made to its reporter**: "Kull said Estonia had agreed to review the cases": to Kull's
   side (:meth:`Recall.promise_to_reporter`).
3. **An appeal for a release is made to the holder**: "called for the release of sailors held in
   Estonia" appeals to Estonia (:meth:`Recall.release_appeal`).
4. **A demand named by a noun**: "a Latvian demand for Estonia to withdraw ..." (:meth:`Recall.recall_events`).
5. **No sign of good will**: "we have seen no sign that Latvia wants peace" criticises Latvia.
6. **A surrender alleged by another**: "the opposition says he is giving away the ports" is the
   opposition's accusation against him, not his deed.
7. **An arrest told in the passive**: "two people were arrested after protesters blocked ..." is the
   story's police arresting the crowd (:meth:`Recall.agentless_arrest`).
8. **Standing praised**: "X said Estonia held a unique position among the mediators" praises Estonia.
9. **An offer told by an adjective**: "China is willing to strengthen ties with Egypt".
10. **"visiting X"**: "held talks with visiting Prime Minister X": X visits the host.
11. **Both sides**: "urged both sides to ..." names the two parties whose deeds came last before (round
    29: also after a preposition, "called on both sides", "mediate between the two countries", and
    "the three countries" names three).
12. **"would not hesitate to"**: "Latvia would not hesitate to act against X" is a threat to X.
13. **Forces held ready**: "Latvian troops are on standby" is Latvia's show of force.
14. **A verdict told to someone**: "Kask told Sepp the blockade was a mistake" criticises Sepp
    (:meth:`Recall.told_addressee`, called by the verdict rule of judgements.py).
15. **A deed one "will have to" do**: "Latvia would have to coordinate with Y" is an intent
    (:meth:`Recall.future_obligation`).

Each runs only where its words are (a lookup by lemma), and only on what the sentence already holds:
no pass over the document.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Span, Token

from ..arrays import indices_in, kids_of, token_table
from ..ids import DEP_CONJ, DEP_POSS, DEP_PRT, DEP_XCOMP, DEPS_AMOD_ACL_PCOMP, TAG_VBG, string_ids
from ..record import Event
from ..rules import package_yaml
from .arguments import BOTH_SIDES_WORDS, Context, children, names_both_sides, reporting_verb
from .clauses import addressed_targets
from .judgements import verdict
from .lexicon import (
    CROWD_SECTORS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SAY_VERBS,
    STATE_SECTORS,
    SUBJECTS,
    SUBJECTS_IDS,
    word_list,
)
from .modality import is_negated, is_passive, modality, recode, voiced
from .rules import Found, measure_owners

_DATA = package_yaml("events", "recall.yaml")
PERSON_PRONOUNS = word_list("recall", "person_pronouns")
BODY_PRONOUNS = word_list("recall", "body_pronouns")
PERSON_POSSESSIVES = word_list("recall", "person_possessives")
POSSESSIVE_PRONOUNS = PERSON_POSSESSIVES | word_list("recall", "body_possessives")
PROMISE_ROOTS = word_list("recall", "reported_promise_roots")
APPEAL_VERBS = word_list("recall", "appeal_verbs")
RELEASE_NOUNS = word_list("recall", "release_nouns")
HOLDING_WORDS = word_list("recall", "holding_words")
RELEASE_APPEAL_CODE = str(_DATA["release_appeal_code"])
RELEASE_DEMAND_VERBS = word_list("recall", "release_demand_verbs")  # round 52: "demanded the release of X held in Y"
RELEASE_DEMAND_CODE = str(_DATA["release_demand_code"])
DEMAND_NOUNS = {str(k).lower(): str(v) for k, v in _DATA["demand_nouns"].items()}
LACK_NOUNS = word_list("recall", "lack_nouns")
LACK_VERBS = word_list("recall", "lack_verbs")
LACK_CODE = str(_DATA["lack_code"])
# "give away" -> ("give", "away"); "surrender" -> ("surrender", None)
SURRENDER_VERBS = {(w.split()[0], w.split()[1] if " " in w else None) for w in word_list("recall", "surrender_verbs")}
SURRENDER_HEADS = frozenset(v for v, _ in SURRENDER_VERBS)
ALLEGED_SURRENDER_CODE = str(_DATA["alleged_surrender_code"])
ARREST_VERBS = word_list("recall", "arrest_verbs")
STANDING_WORDS = word_list("recall", "standing_words")
VIEW_VERBS = word_list("recall", "view_verbs")
VISIT_WORDS = word_list("recall", "visit_words")
OFFER_ADJECTIVES = word_list("recall", "offer_adjectives")
REACTION_VERBS = word_list("recall", "reaction_verbs")  # "glad to see the back of X" (round 31)
PARTNER_PREPS = word_list("recall", "partner_preps")
OFFER_CODE = str(_DATA["offer_code"])
ZEAL_ADVERBS = word_list("recall", "zeal_adverbs")
BOTH_SIDES_KINDS = {str(k): str(v) for k, v in _DATA["both_sides_kinds"].items()}
BOTH_SIDES_COUNTS = {str(k): int(v) for k, v in _DATA["both_sides_counts"].items()}
BOTH_SIDES_PREPS = word_list("recall", "both_sides_preps")
BOTH_SIDES_ASKED_PREPS = word_list("recall", "both_sides_asked_preps")  # objpro54: "called for restraint from"
BOTH_SIDES_QUARREL_ROOTS = word_list("recall", "both_sides_quarrel_roots")
ARREST_ROOT = "17"  # the root of the arrests rule 7 reads
APPEAL_ROOTS = frozenset({"02", "10"})  # appeals and demands: rule 3 reads them
PRAISE_ROOT = "05"  # the root of the praise phrases rule 8 codes
_POLICE = frozenset(w.upper() for w in word_list("arguments", "police_sectors"))
LITOTES_VERBS = word_list("recall", "litotes_verbs")
LITOTES_CODE = str(_DATA["litotes_code"])
READINESS_NOUNS = word_list("recall", "readiness_nouns")
FORCES_NOUNS = word_list("recall", "forces_nouns")
READINESS_CODE = str(_DATA["readiness_code"])
READINESS_STATES = word_list("recall", "readiness_states")
READINESS_OWN_WORDS = word_list("recall", "readiness_own_words")
STOPPAGE_NOUNS = word_list("recall", "stoppage_nouns")
STOPPAGE_CODE = str(_DATA["stoppage_code"])
REPEL_VERBS = word_list("recall", "repel_verbs")
FORCE_ROOTS = frozenset(str(r) for r in _DATA["repel_roots"])
ADDRESS_VERBS = word_list("recall", "address_verbs")
OBLIGATION_HEADS = word_list("recall", "obligation_heads")
OBLIGATION_FUTURE = word_list("recall", "obligation_future")
TOLD_TALKS_NOUNS = word_list("recall", "told_talks_nouns")  # round 22: "the talks" of the pair told before
TOLD_TALKS_DETERMINERS = word_list("recall", "told_talks_determiners")
TOLD_TALKS_ROOTS = frozenset(str(r) for r in _DATA["told_talks_roots"])
TRIBUTE_NOUNS = word_list("recall", "tribute_nouns")  # round 22: "Paying tribute, X said Y was ..."
TRIBUTE_CODE = str(_DATA["tribute_code"])
# real12a: "X claimed that Y ..., which Y denies": Y rejects X's claim (recall.yaml)
DENIAL_VERBS = word_list("recall", "denial_verbs")
DENIAL_NOUNS = word_list("recall", "denial_nouns")
DENIAL_CLAIM_VERBS = word_list("recall", "denial_claim_verbs")
CLAIM_DENIAL_CODE = str(_DATA["denial_code"])
# evnone53: a ruling that finds another side's act unlawful (recall.yaml ruling_verbs ...)
RULING_VERBS = word_list("recall", "ruling_verbs")
RULING_NOUNS = word_list("recall", "ruling_nouns")
UNLAWFUL_WORDS = word_list("recall", "unlawful_words")
RULING_CODE = str(_DATA["ruling_code"])
_RECALL_LEMMAS = frozenset(DEMAND_NOUNS) | LACK_NOUNS | SURRENDER_HEADS | STANDING_WORDS | OFFER_ADJECTIVES \
    | LITOTES_VERBS | READINESS_NOUNS | STOPPAGE_NOUNS | TRIBUTE_NOUNS | DENIAL_VERBS | UNLAWFUL_WORDS


@functools.cache
def _recall_ids(strings: StringStore) -> frozenset[int]:
    """The string-store ids (hashes) of the lemmas the rules start from (one store per model)."""
    return frozenset(strings[w] for w in _RECALL_LEMMAS)


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a word stands in, up through the complements that share it
    ("she would be glad to receive": "receive" -> "glad" -> "be" -> "she")."""
    node = tok
    for _ in range(4):
        for c in kids_of(node):
            if c.dep in SUBJECTS_IDS or c.dep in PASSIVE_SUBJECTS_IDS:
                return c
        if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head == node:
            return None
        node = node.head
    return None


def verb_above(tok: Token) -> Token:
    """``tok`` itself when it is a verb, else its nearest verb ancestor (the root when none is)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head != tok:
        tok = tok.head
    return tok


class Recall:
    """The rules above (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    def reported_speaker(self, ctx: Context, tok: Token) -> list[str]:
        """Rule 1: the speaker of the reported (not direct) quotation ``tok`` stands in, when the
        clause's subject is an unresolved personal pronoun that can stand for that speaker."""
        quote = ctx.quote_at(tok.idx)
        if quote is None or ctx.quotes[quote].kind == "direct" or ctx.quotes[quote].speaker is None:
            return []  # in a direct quotation "he" is someone the speaker talks about
        subject = _clause_subject(tok)
        if subject is None or subject.i in ctx.token_actor:
            return []
        word = subject.lower_
        if word not in PERSON_PRONOUNS and word not in BODY_PRONOUNS:
            return []
        said_by = ctx.actors.get(ctx.quotes[quote].speaker.actor)
        if said_by is None or (said_by.kind == "person") != (word in PERSON_PRONOUNS):
            return []  # "the Tories say he is ...": not the Tories
        # (Context.speaker: round 35, "a US bank said it would ...": the firm's state is not the one acting)
        actor = ctx.speaker(quote)
        return [actor] if actor else []

    def loose_subject(self, ctx: Context, verb: Token) -> list[str]:
        """Rule 1 for subjects the parse hides: an apposition ("the two states - Egypt and Jordan -
        criticised ...") names the subject's actors; a verb joined by "and" to a reported clause about
        a thing ("X said the deal was fair and thanked Y", parsed as "the deal ... thanked") is X's,
        in the same tense as "said"."""
        if verb.pos_ != "VERB":
            return []
        for s in children(verb, SUBJECTS):
            named = [a for ap in kids_of(s) if ap.dep_ == "appos" for a in ctx.phrase_actors(ap)[0]]
            if named:
                return list(dict.fromkeys(named))
        if verb.dep != DEP_CONJ or any(children(verb, SUBJECTS)):
            return []
        head = verb.head
        said = head.head
        if head.dep_ != "ccomp" or said.lemma_.lower() not in SAY_VERBS or verb.tag_ != said.tag_:
            return []
        if any(ctx.phrase_actors(s)[0] or s.pos_ == "PRON" for s in children(head, SUBJECTS)):
            return []  # "said Latvia had seized ... and detained ...": Latvia's, as the parse says
        return [a for s in children(said, SUBJECTS) for a in ctx.phrase_actors(s)[0]]

    def possessive_subject(self, ctx: Context, noun: Token) -> list[str]:
        """Rule 1 for nouns: an act named in a phrase owned by "his"/"her"/"their" ("spoke after
        her talks on a visit to X", "during his tour of X") is done by the subject of the verb the
        phrase hangs on, the one the possessive stands for."""
        if noun.pos_ != "NOUN":
            return []
        node = noun
        for _ in range(4):
            owner = next((c for c in kids_of(node) if c.dep == DEP_POSS and c.lower in POSSESSIVE_PRONOUNS_IDS
                          and c.i not in ctx.token_actor), None)
            if owner is not None:
                break
            if node.dep_ not in {"pobj", "prep"} or node.head == node:
                return []
            node = node.head
        else:
            return []
        verb = verb_above(node.head)
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        named = [a for s in children(verb, SUBJECTS) for a in ctx.phrase_actors(s)[0]]
        kind = ctx.actors.get(ctx.token_actor.get(next((s.i for s in children(verb, SUBJECTS)), -1)))
        if owner.lower_ in PERSON_POSSESSIVES and (kind is None or kind.kind != "person"):
            return []  # "his" stands for a person
        return named

    def complete(self, ctx: Context, f: Found, out: list[Event]) -> None:
        """Rules 2, 3, 7, 10 and 11 on one event found, each only where its code and actors allow
        (one call per event: speed only)."""
        root = f.code[:2]
        # (each rule's name is the provenance of the side it fills: Found.filling, provenance.yaml)
        if not f.sources:
            with f.filling("complete:visiting"):
                self.visiting(ctx, f)
            if not f.sources:
                with f.filling("complete:told_talks"):
                    self.told_talks(ctx, f, out)
        elif not f.targets:
            with f.filling("complete:both_sides"):
                self.both_sides(ctx, f, out)
            with f.filling("complete:repelled"):
                self.repelled(ctx, f)
        self.future_obligation(f)
        if f.code == STOPPAGE_CODE:
            with f.filling("complete:employees_strike"):
                self.employees_strike(ctx, f)
        if not f.targets and f.sources:  # (before rule 2: the one told, not the reporter)
            # evclause35: "X told Y that it would not accept ...": the teller's act aimed at the one told
            with f.filling("complete:told_promise"):
                f.targets = addressed_targets(ctx, f)
        if root in APPEAL_ROOTS:
            with f.filling("complete:release_appeal"):
                self.release_appeal(ctx, f)
        elif root in PROMISE_ROOTS:
            with f.filling("complete:promise_to_reporter"):
                self.promise_to_reporter(ctx, f)
        elif root == ARREST_ROOT:
            with f.filling("complete:agentless_arrest"):
                self.agentless_arrest(ctx, f)

    @staticmethod
    def told_talks(ctx: Context, f: Found, out: list[Event]) -> None:
        """Round 22: "the talks" naming no one, after a joint act of two sides told in an earlier
        sentence ("X and Y signed an agreement ... the success of the talks"): the talks of that pair."""
        noun = f.anchor
        if not f.symmetric or f.targets or noun.pos_ != "NOUN" or noun.lemma_.lower() not in TOLD_TALKS_NOUNS \
                or not any(c.dep_ == "det" and c.lower_ in TOLD_TALKS_DETERMINERS for c in kids_of(noun)) \
                or any(t.i in ctx.token_actor for t in noun.subtree):
            return
        pair = next(((e.source, e.target) for e in reversed(out) if e.span[1] <= noun.sent.start_char
                     and e.symmetric and e.root in TOLD_TALKS_ROOTS and e.source and e.target), None)
        if pair is not None:
            f.sources = list(pair)

    def future_obligation(self, f: Found) -> None:
        """Rule 15: "X will/would have to <deed>": not done yet; coded as the intent to do it, and
        not coded (no source left) where the deed has no intent."""
        verb = f.anchor
        have = verb.head
        if verb.dep != DEP_XCOMP or have.lemma_.lower() not in OBLIGATION_HEADS \
                or not any(a.lower_ == "to" for a in children(verb, {"aux"})) \
                or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_FUTURE for c in kids_of(have)):
            return
        code = recode(self.lexicon, f.code, "intent")  # type: ignore[attr-defined]
        if code is None:
            f.sources = []  # an event with no source is not coded (coder._events)
        else:
            f.code = code

    def visiting(self, ctx: Context, f: Found) -> None:
        """Rule 10: "X held talks with visiting Prime Minister Y": "visiting" on a noun makes its
        actors the visitors (the parse gives them as the target) and the host the subject of the verb
        the phrase is in, else the state of the place named ("in Beijing")."""
        tok = f.anchor
        if f.sources or tok.tag != TAG_VBG or tok.dep not in DEPS_AMOD_ACL_PCOMP or \
                tok.lemma_.lower() not in VISIT_WORDS:
            return
        # (the tagger often reads "with visiting X" as a preposition's clause with X its object)
        visitors = [a for o in children(tok, OBJECTS) for a in ctx.phrase_actors(o)[0]] \
            if tok.dep_ == "pcomp" else ctx.phrase_actors(tok.head)[0]
        node = verb_above(tok.head)
        hosts = [a for s in children(node, SUBJECTS) for a in ctx.phrase_actors(s)[0]] \
            if node.pos_ in {"VERB", "AUX"} else []
        if not hosts and (where := self.location(ctx, node)) is not None and where.country:  # type: ignore[attr-defined]
            hosts = [where.country]
        hosts = [h for h in hosts if h not in visitors]
        if visitors and hosts:
            f.sources, f.targets = visitors, hosts

    @staticmethod
    def employees_strike(ctx: Context, f: Found) -> None:
        """Round 21: "civil servants were on strike", "court staff joined the strike": a state's own
        employees (a body or group that acts for its state elsewhere) strike against that state, as
        themselves, not as the state."""
        verb = verb_above(f.anchor)
        # the subject, or the noun of "thousands of civil servants"
        heads = [w for s in children(verb, SUBJECTS)
                 for w in (s, *(o for p in children(s, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})))]
        for subject in heads:
            raw = ctx.token_actor.get(subject.i)
            actor = ctx.actors.get(raw)
            if actor is not None and actor.kind in {"organization", "group"} and actor.country \
                    and ctx.political(raw) == actor.country and f.sources == [actor.country]:
                f.sources = [actor.id]
                f.targets = f.targets or [actor.country]

    def repelled(self, ctx: Context, f: Found) -> None:
        """Round 21: "Kenyan troops repelled a new Kampala offensive": force named by a noun that is
        the object of a verb of holding it off is aimed at that verb's subject."""
        noun, verb = f.anchor, f.anchor.head
        if f.targets or f.code[:2] not in FORCE_ROOTS or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
                or verb.lemma_.lower() not in REPEL_VERBS:
            return
        holder = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb  # "(killed ...) in checking"
        # "Kenya said its troops had ... in checking": an unresolved "its troops" is the reporter's
        holders = self._subject(ctx, holder)[0]  # type: ignore[attr-defined]
        quote = ctx.quote_at(holder.idx)
        if not holders and quote is not None and ctx.quotes[quote].kind != "direct" and any(
                p.dep_ == "poss" and p.lower_ in POSSESSIVE_PRONOUNS for s in children(holder, SUBJECTS) for p in kids_of(s)):
            holders = [a] if (a := ctx.speaker(quote)) else []
        f.targets = [a for a in holders if a not in f.sources]

    def both_sides(self, ctx: Context, f: Found, out: list[Event]) -> None:
        """Rule 11: "urged both sides to ...", "congratulated the two rivals": the two parties whose
        deeds were coded last before, when the act names no one else."""
        if f.targets or not f.sources or f.anchor.pos_ not in {"VERB", "NOUN"} or (f.symmetric and len(f.sources) > 1):
            return  # ("talks between the juntas and the bloc": a joint act of two sides named has its pair)

        objects = list(children(f.anchor, OBJECTS)) if f.anchor.pos_ == "VERB" else []
        named = [o for o in objects if names_both_sides(o)]
        # round 29: also after a preposition of the act, of its object or of the verb it governs ("called
        # on both sides to ...", "held talks with the two governments", "offered to mediate between the
        # two countries"); as for the object, the two sides of the latest quarrel told before come first
        prepositional = not named
        if prepositional:
            holders = [f.anchor, *(c for c in children(f.anchor, {"xcomp"}) if f.anchor.pos_ == "VERB")]
            phrases = [o for h in holders[1:] for o in children(h, OBJECTS)]
            holders += [o for o in [*objects, *phrases] if o.pos_ == "NOUN"]
            # objpro54: "called for restraint from both countries": the noun the act asks for holds the phrase
            holders += [o for p in children(f.anchor, {"prep"}) if p.lower_ in BOTH_SIDES_ASKED_PREPS
                        for o in children(p, {"pobj"}) if o.pos_ == "NOUN"]
            phrases += [o for h in holders for p in children(h, {"prep"}) if p.lower_ in BOTH_SIDES_PREPS
                        for o in children(p, {"pobj"})]
            # objpro54: the subject of a clause the act asks for with "for" ("urged an end to the fighting and
            # for all sides to talk", "called for both countries to show restraint")
            if f.anchor.pos_ == "VERB":
                phrases += [o for c in children(f.anchor, {"advcl", "ccomp", "xcomp", "conj"})
                            if any(m.dep_ == "mark" and m.lower_ == "for" for m in kids_of(c))
                            for o in children(c, {"nsubj"})]
            named = [o for o in phrases if names_both_sides(o)]
        if not named:
            return
        count = max((BOTH_SIDES_COUNTS.get(c.lower_, 2) for c in kids_of(named[0]) if c.lower_ in BOTH_SIDES_WORDS),
                    default=2)
        before = [e for e in out if e.span[1] <= f.sentence.start_char]
        # (the two sides of the latest quarrel, neither of them the one who speaks now: "X shelled Y ...
        # Y accused X ... the envoy called on both sides"; round 32: or of the latest joint act, "a truce
        # between X and Y took effect ... Z urged both sides to respect it")
        quarrel = next((e for e in reversed(before) if (e.root in BOTH_SIDES_QUARREL_ROOTS or e.symmetric)
                        and e.source and e.target
                        and e.source != e.target and not {e.source, e.target} & set(f.sources)), None)
        if count in (0, 2) and quarrel is not None:
            f.targets = [quarrel.source, quarrel.target]  # type: ignore[list-item]
            return
        if count == 0:
            # objpro54: "all sides" with no quarrel coded before: the two sides last named together ("Serbia
            # and Kosovo traded accusations ... urged all sides"), never the last doers (recall.yaml)
            from .sources import pair_named_before
            f.targets = [a for a in pair_named_before(ctx, named[0]) if a not in f.sources]
            return
        parties: list[str] = []
        for e in reversed(before):
            if e.source and e.source not in f.sources and e.source not in parties:
                parties.append(e.source)
            if len(parties) == count:
                f.targets = parties
                return
        self._both_named(ctx, f, named[0], count)

    @staticmethod
    def _both_named(ctx: Context, f: Found, noun: Token, count: int = 2) -> None:
        """Round 28 (ev7a): "warned both parties against ...", "the two countries" with no two parties'
        deeds coded before: the two last actors of the noun's kind the text named before the sentence
        (recall.yaml both_sides_kinds: a party is a political party, a country a state), the speaker's
        own side left out; nothing unless there are two."""
        kind = BOTH_SIDES_KINDS.get(noun.lemma_.lower())
        if kind is None:
            return
        parties: list[str] = []
        for i in range(f.sentence.start - 1, -1, -1):
            actor = ctx.actors.get(ctx.token_actor.get(i))
            if actor is None or actor.id in f.sources or actor.id in parties:
                continue
            if kind in {actor.kind, actor.sector}:
                parties.append(actor.id)
                if len(parties) == count:
                    f.targets = parties
                    return

    def promise_to_reporter(self, ctx: Context, f: Found) -> None:
        """Rule 2: a promise with no one named, inside a reported clause, is made to the reporter."""
        if f.targets or f.code[:2] not in PROMISE_ROOTS or not f.sources:
            return
        quote = ctx.quote_at(f.anchor.idx)
        reporter = ctx.speaker(quote)
        if reporter is not None and reporter not in f.sources and ctx.quotes[quote].kind != "direct" \
                and self._promise_between_states(ctx, f.sources, reporter):  # type: ignore[index]
            f.targets = [reporter]

    @staticmethod
    def _promise_between_states(ctx: Context, sources: list[str], reporter: str) -> bool:
        """evtarget35: the promise is made to its reporter only where the reporter is a state (or one
        who speaks for a state: Context.political gives their state) and each source is a state or one
        of another state's actors. A newspaper or press ("local press reported that X and Y will start
        talks"), a conference's chair ("negotiators agreed on a pact, the chairman said"), a
        spokesman for the promiser's own government, or a member state telling of its own group's
        promise asked for nothing: the pool's judged reporter-targets were mostly these."""
        def is_state(actor_id: str | None) -> bool:
            a = ctx.actors.get(actor_id)  # (an id the table lacks came from an official's country)
            return a.kind == "state" if a is not None else bool(actor_id) and ":" not in actor_id

        if not is_state(reporter):
            return False
        for s in sources:
            actor = ctx.actors.get(s)
            state = s if is_state(s) else (actor.country if actor is not None else None)
            if state is None or state == reporter:
                return False
        return True

    def release_appeal(self, ctx: Context, f: Found) -> None:
        """Rule 3: "called for the release of X held in Y": an appeal (0253) to Y, the holder."""
        verb = f.anchor
        if f.code[:2] not in APPEAL_ROOTS or verb.lemma_.lower() not in APPEAL_VERBS:
            return
        asked = [*children(verb, OBJECTS),
                 *(o for p in children(verb, {"prep"}) if p.lower_ == "for" for o in children(p, {"pobj"}))]
        freed = [o for n in asked if n.lemma_.lower() in RELEASE_NOUNS
                 for p in children(n, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
        holders: list[str] = []
        for person in [w for o in freed for w in (o, *o.conjuncts)]:
            for held in (c for c in kids_of(person) if c.dep_ in {"acl", "relcl"}
                         and c.lemma_.lower() in HOLDING_WORDS):
                for prep in children(held, {"prep", "agent"}):
                    for pobj in children(prep, {"pobj"}):
                        found = ctx.phrase_actors(pobj)[0] if prep.dep_ == "agent" else []
                        where = None if found else self.location(ctx, held)  # type: ignore[attr-defined]
                        found = found or ([where.country] if where is not None and where.country else [])
                        holders += [a for a in found if a not in holders and a not in f.sources]
        if holders:
            # round 52: a demand for the release stays a demand (1053), an appeal is an appeal (0253)
            demand = f.code[:2] == "10" and verb.lemma_.lower() in RELEASE_DEMAND_VERBS
            f.targets, f.code = holders, RELEASE_DEMAND_CODE if demand else RELEASE_APPEAL_CODE

    def agentless_arrest(self, ctx: Context, f: Found) -> None:
        """Rule 7: an arrest in the passive of people named by a number or common noun only: the
        police the story named up to this sentence arrest the crowd the sentence names."""
        verb = f.anchor
        if f.code[:2] != ARREST_ROOT or verb.pos_ != "VERB" or verb.lemma_.lower() not in ARREST_VERBS \
                or not is_passive(verb):
            return
        if f.targets and not all(self._unnamed(ctx, t) for t in f.targets):  # type: ignore[attr-defined]
            return
        sent = f.sentence
        crowd = [a for i in range(sent.start, sent.end) if (a := ctx.token_actor.get(i)) is not None
                 and (actor := ctx.actors.get(a)) is not None and actor.kind in {"group", "organization"}
                 and actor.sector in CROWD_SECTORS and a not in f.targets]
        if crowd:
            f.targets = list(dict.fromkeys(crowd))
        if not f.sources:
            # the police named last before, else the story's only police force named later
            police = [a for i in range(0, sent.end) if (a := ctx.token_actor.get(i)) is not None
                      and (actor := ctx.actors.get(a)) is not None and actor.sector in _POLICE]
            forces = [a.id for a in ctx.actors.actors if a.sector in _POLICE]
            if police or len(forces) == 1:
                chosen = police[-1] if police else forces[0]
                f.sources = [ctx.political(chosen) or chosen]

    def told_addressee(self, ctx: Context, verb: Token, speaker: str) -> list[str]:
        """Rule 14: a verdict in a clause told to an actor ("told Sepp that the blockade was a
        mistake"), on a thing no one is named with, is aimed at the one told."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in ADDRESS_VERBS:
            return []
        # only a state, an IGO or one who serves a state: "told reporters that ..." judges no reporter
        return list(dict.fromkeys(a for o in children(head, {"dobj", "dative"}) for a in ctx.phrase_actors(o)[0]
                                  if a != speaker and (actor := ctx.actors.get(a)) is not None
                                  and (actor.kind in {"state", "igo"} or actor.country)))

    # --- rules that find events of their own ------------------------------------------------------
    def recall_events(self, ctx: Context, sent: Span, out: list[Event]) -> Iterator[Found]:
        """Rules 4-6 and 8 over the sentence's words that can start one (a lookup by lemma)."""
        doc, first = ctx.doc, sent.start
        # the words' ids compared with the lists' ids: no string of every word (speed only)
        wanted = ctx.recall_ids
        if wanted is None:
            wanted = ctx.recall_ids = _recall_ids(doc.vocab.strings)
        # the doc's words with one of those lemmas, found once per document from its array; each
        # sentence's by bisection (speed only)
        words = ctx.recall_words
        if words is None:
            keys = np.array(sorted(wanted), dtype=np.uint64)
            words = ctx.recall_words = indices_in(token_table(doc).lemma_ids, keys)
        for i in words[bisect.bisect_left(words, first):bisect.bisect_left(words, sent.end)]:
            lemma = ctx.lemma[i]
            word, tok = doc.vocab.strings[lemma], doc[i]
            if word in DEMAND_NOUNS and tok.pos_ == "NOUN":
                yield from self._noun_demand(ctx, tok, DEMAND_NOUNS[word])
            if word in LACK_NOUNS and tok.pos_ == "NOUN":
                yield from self._no_sign(ctx, tok)
            if word in SURRENDER_HEADS and tok.pos_ == "VERB":
                yield from self._alleged_surrender(ctx, tok)
            if word in STANDING_WORDS:
                yield from self._standing(ctx, tok, out)
            if word in OFFER_ADJECTIVES and tok.pos_ == "ADJ":
                yield from self._offer(ctx, tok)
            if word in LITOTES_VERBS and tok.pos_ == "VERB":
                yield from self._no_hesitation(ctx, tok, out)
            if (word in READINESS_NOUNS or word in STOPPAGE_NOUNS) and tok.pos_ == "NOUN":
                yield from self._held_ready(ctx, tok)
            if word in TRIBUTE_NOUNS and tok.pos_ == "NOUN":
                yield from self._tribute(ctx, tok)
            if word in DENIAL_VERBS and tok.pos_ == "VERB" and tok.dep_ == "relcl":
                yield from self._denied_claim(ctx, tok)
            if word in UNLAWFUL_WORDS:
                yield from self._ruled_unlawful(ctx, tok)

    def _ruled_unlawful(self, ctx: Context, word: Token) -> Iterator[Found]:
        """evnone53: "the court ruled that the ministry's order was unlawful", "declared the president's
        curfew unconstitutional", "a tribunal ruling declaring the decree void", "found that the agency's
        rules discriminated against ...": the ruler finds against (116) the side whose act the clause
        judges (the clause's subject, else that subject's owner). The ruler is the subject of the verb of
        ruling, else the possessor or modifier of the noun of ruling ("the tribunal's ruling that ...").
        Never negated or conditional."""
        clause = word.head if word.dep_ in {"acomp", "attr", "oprd", "advmod", "amod", "dobj"} else word
        if word.dep_ == "amod" or is_negated(word) or is_negated(clause):
            return
        # the head that rules: the clause's own head ("ruled that [...]", "declared [X unconstitutional]",
        # "ruling that [...]") or the word's ("declared the curfew [unconstitutional]")
        ruler = next((h for h in (clause, clause.head, word.head, word.head.head) if (h.pos_ == "VERB" and h.lemma_.lower() in RULING_VERBS) or (
            h.pos_ == "NOUN" and h.lemma_.lower() in RULING_NOUNS) and h.i != word.i), None)
        if ruler is None:
            return
        judged = [*children(clause, SUBJECTS), *children(clause, PASSIVE_SUBJECTS)] if ruler.i != clause.i else []
        if word.dep_ == "acl" and word.head.dep_ in {"ccomp", "nsubj"} and word.head.head.i == ruler.i:
            # "found that [the rules] discriminated", "[X's rules] discriminated against Y, the court ruled":
            # the verb misparsed on its subject
            judged.append(word.head)
        if ruler.i in {clause.i, word.head.i}:
            # "declared [the curfew] unlawful" (the thing parsed as the object, the adjective's subject or,
            # after a long name, a compound of the adjective)
            judged += [*children(ruler, {"dobj"}), *children(word, SUBJECTS), *children(word, {"compound", "poss"})]
        targets: list[str] = []
        # (the words' own actors: a court and a ministry of one state are two sides, as in "ruled against X")
        for thing in judged:
            if thing.i == word.i:
                continue
            named = [own] if (own := ctx.token_actor.get(thing.i)) else \
                ctx.phrase_actors(thing)[0] if thing.dep_ == "poss" else []  # "declared [the government's] ban ..."
            targets += [a for a in named or measure_owners(ctx, thing) if a not in targets]
        noun = ruler.head if ruler.pos_ == "VERB" and ruler.dep_ == "acl" and ruler.head.lemma_.lower() in RULING_NOUNS \
            else ruler if ruler.pos_ == "NOUN" else None
        if noun is not None:
            sources = measure_owners(ctx, noun)  # "the tribunal's ruling", "a High Court ruling"
        else:
            sources = [own for s in children(ruler, SUBJECTS) if (own := ctx.token_actor.get(s.i))] \
                or self._subject(ctx, ruler)[0]  # type: ignore[attr-defined]
        targets = [t for t in targets if t not in sources]
        if not sources or not targets or self._conditional(ruler) or modality(ruler) != "done":  # type: ignore[attr-defined]
            return  # "could rule that ...", "if the court rules ...": no finding yet
        trigger = noun if noun is not None else ruler
        yield Found(RULING_CODE, sources, targets, False, word.sent, (trigger.idx, trigger.idx + len(trigger)),
                    trigger, self.conf.pattern, source_rule="ruling:ruler", target_rule="ruling:owner")  # type: ignore[attr-defined]

    def _denied_claim(self, ctx: Context, verb: Token) -> Iterator[Found]:
        """real12a: "X has claimed that Y backs the tax, which he denies", "X said Y took money, a
        charge he denies": the denier rejects (120) the claim's maker, the subject of the nearest verb
        of claim above the relative clause (recall.yaml denial_*). Non-restrictive only (a comma or a
        dash before it), never negated."""
        doc, noun = verb.doc, verb.head
        first = min(w.i for w in verb.subtree)
        relative = any(c.tag_ in {"WDT", "WP"} for c in children(verb, OBJECTS))
        if relative:
            comma = first - 1
        elif noun.lemma_.lower() in DENIAL_NOUNS and noun.dep_ == "appos":
            comma = min(w.i for w in noun.subtree) - 1  # "..., a charge he denies"
        else:
            return
        if comma < 0 or doc[comma].text not in {",", "—", "–", "-", "--"} or is_negated(verb):
            return
        claim = noun
        for _ in range(6):
            if claim.pos_ == "VERB" and claim.lemma_.lower() in DENIAL_CLAIM_VERBS:
                break
            if claim.head == claim:
                return
            claim = claim.head
        else:
            return
        sources, inherited = self._subject(ctx, verb)  # type: ignore[attr-defined]
        if not sources:
            sources, inherited = self._accused(ctx, verb, claim), True
        makers = [a for a in self._subject(ctx, claim)[0] if a not in sources]  # type: ignore[attr-defined]
        if not sources or not makers or is_negated(claim):
            return
        conf = self.conf.pattern - (self.conf.inherited if inherited else 0)  # type: ignore[attr-defined]
        yield Found(CLAIM_DENIAL_CODE, sources, makers, False, verb.sent, (verb.idx, verb.idx + len(verb)), verb, conf)

    @staticmethod
    def _accused(ctx: Context, verb: Token, claim: Token) -> list[str]:
        """real12a: the one "he"/"she" ("they"/"it") stands for in "..., which he denies": the first
        person (body) the claim is about, the subject of its clause ("claimed that Y ...") or its
        object ("accused Y of ...")."""
        pronoun = next((s.lower_ for s in children(verb, SUBJECTS) if s.pos_ == "PRON"), None)
        if pronoun not in PERSON_PRONOUNS and pronoun not in BODY_PRONOUNS:
            return []
        about = [*(s for c in children(claim, {"ccomp"}) for s in children(c, SUBJECTS)), *children(claim, {"dobj"})]
        for phrase in about:
            for a in ctx.phrase_actors(phrase)[0]:
                actor = ctx.actors.get(a)
                if actor is not None and (actor.kind == "person") == (pronoun in PERSON_PRONOUNS):
                    return [a]
        return []

    def _tribute(self, ctx: Context, noun: Token) -> Iterator[Found]:
        """Round 22: "Paying tribute, X said Y was ...", "In a tribute, X said Y had ...": X praises
        (051) Y, the subject actor of the clause X said. A tribute paid "to" someone is a pattern."""
        holder = noun.head
        if noun.dep_ == "dobj" and holder.lemma_.lower() == "pay" and holder.dep_ == "advcl":
            say = holder.head  # "Paying tribute, X said"
        elif noun.dep_ == "pobj" and holder.lower_ == "in":
            say = holder.head  # "In a tribute, X said"
        else:
            return
        if say.lemma_.lower() not in SAY_VERBS or any(p.lower_ == "to" for p in children(holder, {"prep"})) \
                or any(p.lower_ == "to" for p in children(noun, {"prep"})) or is_negated(say):
            return
        sources, inherited = self._subject(ctx, say)  # type: ignore[attr-defined]
        if not sources:
            return
        targets = [a for clause in children(say, {"ccomp"}) for s in children(clause, SUBJECTS)
                   for a in ctx.phrase_actors(s)[0] if a not in sources]
        if not targets:
            return
        conf = self.conf.pattern - (self.conf.inherited if inherited else 0)  # type: ignore[attr-defined]
        yield Found(TRIBUTE_CODE, sources, targets, False, noun.sent, (noun.idx, noun.idx + len(noun)), noun, conf)

    def _no_hesitation(self, ctx: Context, verb: Token, out: list[Event]) -> Iterator[Found]:
        """Rule 12: "X would not hesitate to act against Y": X threatens (130) Y, the actor the deed's
        phrase names, else the one X last acted against before."""
        deeds = [*children(verb, {"xcomp"}),
                 *(o for p in children(verb, {"prep"}) if p.lower_ == "from" for o in children(p, {"pcomp", "pobj"}))]
        if not deeds or not is_negated(verb) or self._conditional(verb):  # type: ignore[attr-defined]
            return  # "hesitated to act": no threat; "if attacked, it would not hesitate": a condition
        sources, inherited = self._subject(ctx, verb)  # type: ignore[attr-defined]
        sources = sources or self.reported_speaker(ctx, verb)
        if not sources:
            return
        named = [w.i for d in deeds for w in d.subtree if w.i in ctx.token_actor]
        targets = list(dict.fromkeys(a for i in named if (a := ctx.political(ctx.token_actor[i])) and a not in sources))
        if not targets:
            before = next((e.target for e in reversed(out) if e.span[1] <= verb.sent.start_char
                           and e.source in sources and e.target is not None), None)
            targets = [before] if before else []
        conf = self.conf.pattern - (self.conf.inherited if inherited else 0)  # type: ignore[attr-defined]
        yield Found(LITOTES_CODE, sources, targets, False, verb.sent, (verb.idx, verb.idx + len(verb)), verb, conf)

    def _held_ready(self, ctx: Context, noun: Token) -> Iterator[Found]:
        """Rule 13: "Latvian troops are on standby": Latvia's show of force (152), where the forces
        are the subject of the clause "on standby" stands in. Round 21: "the dockers went on strike",
        "teachers were on strike": the subject's labour strike (143), whoever the subject is."""
        doc = noun.doc
        stoppage = noun.lemma_.lower() in STOPPAGE_NOUNS
        if stoppage and not (noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.i < noun.i
                             and not any(c.dep_ in {"compound", "amod"} for c in kids_of(noun))):
            return  # "a strike on the base", "went on hunger strike" (a pattern of its own): no labour strike
        if not any(doc[i].lower_ == "on" for i in range(max(noun.i - 2, noun.sent.start), noun.i)) \
                and not (not stoppage and _in_a_state_of(noun)):
            return  # "an alert was issued": no forces held ready ("are in a state of alert" are: ev7a)
        verb = verb_above(noun)
        if verb.pos_ not in {"VERB", "AUX"} or any(children(verb, OBJECTS)) or is_negated(verb) \
                or self._conditional(verb):  # type: ignore[attr-defined]
            return  # "put its troops on standby": a pattern codes it; "are not on alert": nothing
        subject = _clause_subject(verb)
        if subject is None or not (stoppage or any(w.lemma_.lower() in FORCES_NOUNS for w in subject.subtree)):
            return  # "the hospital is on standby": no forces
        sources = list(dict.fromkeys(a for w in subject.subtree if w.i in ctx.token_actor
                                     and (a := ctx.political(ctx.token_actor[w.i]))))
        if stoppage:  # "teachers in Kenya were on strike": the teachers strike, not Kenya
            if verb.dep_ in {"xcomp", "ccomp", "advcl"} and is_negated(verb.head) or verb.dep_ == "xcomp":
                return  # "did not want to go on strike", "threatened to go on strike": not done
            sources = ctx.phrase_actors(subject)[0]
            found = Found(STOPPAGE_CODE, sources, [], False, noun.sent, (noun.idx, noun.idx + len(noun)), noun,
                          self.conf.pattern)  # type: ignore[attr-defined]
            self.employees_strike(ctx, found)  # "civil servants were on strike": theirs, against their state
            if found.sources:
                yield found
            return
        if not sources:
            sources = self._speakers_forces(ctx, noun, subject)
        if sources:
            yield Found(READINESS_CODE, sources, [], False, noun.sent, (noun.idx, noun.idx + len(noun)), noun,
                        self.conf.pattern)  # type: ignore[attr-defined]

    def _speakers_forces(self, ctx: Context, noun: Token, subject: Token) -> list[str]:
        """Round 28 (ev7a): ""The navy and army are on alert," the Vardenian defence minister said": in a
        quotation, forces named with no state ("the army", "our troops") are the speaker's own, when the
        speaker serves a state (has a country) or is one; an analyst's "the army" is no one's."""
        quote = ctx.quote_at(noun.idx)
        if quote is None or ctx.quotes[quote].speaker is None:
            return []
        if any(w.lower_ not in READINESS_OWN_WORDS for w in subject.subtree
               if w.dep_ in {"det", "poss"} and w.head.lemma_.lower() in FORCES_NOUNS):
            return []  # "their troops", "those forces": someone else's
        said_by = ctx.actors.get(ctx.quotes[quote].speaker.actor)
        if said_by is None or not (said_by.kind == "state" or said_by.country):
            return []
        actor = ctx.political(said_by.id)
        return [actor] if actor else []

    def _offer(self, ctx: Context, adj: Token) -> Iterator[Found]:
        """Rule 9: "X is willing to <do something> with Y", with no pattern for the deed: X offers
        (030) to Y."""
        deeds = [x for x in children(adj, {"xcomp"}) if any(a.lower_ == "to" for a in children(x, {"aux"}))]
        copula = adj.head if adj.dep_ == "acomp" else None
        if not deeds or copula is None or is_negated(adj) or is_negated(copula) or self._conditional(copula):  # type: ignore[attr-defined]
            return
        sources, inherited = self._subject(ctx, copula)  # type: ignore[attr-defined]
        sources = sources or self.reported_speaker(ctx, adj)
        if not sources:
            return
        for deed in [d for x in deeds for d in (x, *x.conjuncts)]:
            if self._verb_pattern(deed) is not None:  # type: ignore[attr-defined]
                continue  # "ready to meet X": the pattern codes it, as an intent
            if deed.lemma_.lower() in REACTION_VERBS:
                continue  # round 31: "glad to see the back of X": a reaction, no offer to X
            named = [o for o in children(deed, OBJECTS)] + [
                o for p in children(deed, {"prep", "dative"}) if p.lower_ in PARTNER_PREPS
                for o in children(p, {"pobj"})]
            targets = list(dict.fromkeys(a for o in named for a in ctx.phrase_actors(o)[0] if a not in sources))
            if targets:
                conf = self.conf.pattern - (self.conf.inherited if inherited else 0)  # type: ignore[attr-defined]
                yield Found(OFFER_CODE, sources, targets, False, adj.sent, (adj.idx, adj.idx + len(adj)), adj, conf)

    def _standing(self, ctx: Context, word: Token, out: list[Event]) -> Iterator[Found]:
        """Rule 8: in a quotation, "X holds a unique position ...", "X was committed to ...": the
        speaker praises X (a praise phrase of judgements.yaml from the clause's verb to ``word``)."""
        verb, path = word, [word]
        while not (verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS
                                                         for c in kids_of(verb))):
            if verb.head == verb or len(path) > 4:
                return
            verb = verb.head
            path.append(verb)
        if any(is_negated(w) for w in path):
            return  # "was not committed to": no praise
        if any(c.dep_ == "advmod" and c.lower_ in ZEAL_ADVERBS for w in path for c in kids_of(w)):
            return  # "obsessively committed to cuts": a charge, not praise (round 28, ev7a)
        quote = ctx.quote_at(word.idx)
        speaker = ctx.speaker(quote)
        if speaker is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _VIEW_VERBS_OR_SAY_VERBS:
            # "Kask argued that ...": the one whose view it is
            speaker = next((a for s in children(verb.head, SUBJECTS) for a in ctx.phrase_actors(s)[0]), None)
        if speaker is None or verb.i > word.i or self._conditional(verb):  # type: ignore[attr-defined]
            return
        code = verdict(list(word.doc[verb.i:word.i + 2]))
        if code is None or code[:2] != PRAISE_ROOT:
            return
        targets = self._judged(ctx, verb, speaker, out)  # type: ignore[attr-defined]
        if targets:
            yield Found(code, [speaker], targets, False, word.sent, (verb.idx, word.idx + len(word)), verb,
                        self.conf.stance, quote)  # type: ignore[attr-defined]

    def _noun_demand(self, ctx: Context, noun: Token, code: str) -> Iterator[Found]:
        """Rule 4: "a demand for X to do ...": the noun's owner asks X."""
        if is_negated(noun):
            return
        for prep in children(noun, {"prep"}):
            if prep.lower_ != "for":
                continue
            for pobj in children(prep, {"pobj"}):
                after = pobj.right_edge.i + 1
                doc = noun.doc
                if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after + 1].pos_ not in {"VERB", "AUX"}:
                    continue  # "a demand for Chinese goods": no act asked of anyone
                targets = ctx.phrase_actors(pobj)[0]
                sources, inherited = self._noun_sources(ctx, noun)  # type: ignore[attr-defined]
                targets = [t for t in targets if t not in sources]
                if not sources or not targets:
                    continue
                head = noun.head if noun.dep_ in OBJECTS and noun.head.pos_ == "VERB" else None
                mood = voiced(modality(head), ctx.in_direct_quote(noun.idx)) if head is not None else "done"
                final = recode(self.lexicon, code, mood) if mood != "done" else code  # type: ignore[attr-defined]
                if final is None:
                    continue
                conf = self.conf.noun - (self.conf.inherited if inherited else 0)  # type: ignore[attr-defined]
                yield Found(final, sources, targets, False, noun.sent, (noun.idx, noun.idx + len(noun)), noun, conf)

    def _no_sign(self, ctx: Context, noun: Token) -> Iterator[Found]:
        """Rule 5: in a quotation, "seen no sign that X ..." / "not seen any step X took": the
        speaker criticises X."""
        verb = noun.head
        if noun.dep_ not in OBJECTS or verb.lemma_.lower() not in LACK_VERBS:
            return
        denied = is_negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids_of(noun))
        if not denied:
            return
        quote = ctx.quote_at(noun.idx)
        speaker = ctx.speaker(quote)
        if speaker is None:
            return
        targets = list(dict.fromkeys(a for w in noun.subtree if w.i != noun.i and w.i in ctx.token_actor
                                     and (a := ctx.political(ctx.token_actor[w.i])) and a != speaker))
        if targets:
            yield Found(LACK_CODE, [speaker], targets, False, noun.sent, (verb.idx, noun.idx + len(noun)), noun,
                        self.conf.stance, quote)  # type: ignore[attr-defined]

    def _alleged_surrender(self, ctx: Context, verb: Token) -> Iterator[Found]:
        """Rule 6: "X says he is giving away Y": X accuses the one "he" stands for."""
        particles = {c.lower_ for c in kids_of(verb) if c.dep == DEP_PRT}
        if not any(v == verb.lemma_.lower() and (p is None or p in particles) for v, p in SURRENDER_VERBS):
            return
        say = reporting_verb(verb)
        # only the progressive ("he is giving away", "she was selling off"): a charge about what
        # someone is doing; a reported past deed ("said Y handed over the prisoners") is Y's deed
        progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids_of(verb))
        if say is None or not progressive or is_negated(verb):
            return
        reporters = [a for s in children(say, SUBJECTS) for a in ctx.phrase_actors(s)[0]]
        if not reporters:
            reporters = self.cue_speaker(ctx, say)  # type: ignore[attr-defined]
        subject = next(iter(children(verb, SUBJECTS)), None)
        if not reporters or subject is None:
            return
        accused = ctx.phrase_actors(subject)[0]
        if not accused and subject.lower_ in PERSON_PRONOUNS and subject.i not in ctx.token_actor:
            accused = self._official_before(ctx, verb, reporters)
        accused = [a for a in accused if a not in reporters]
        if accused:
            yield Found(ALLEGED_SURRENDER_CODE, reporters, accused, False, verb.sent,
                        (verb.idx, verb.idx + len(verb)), verb, self.conf.stance)  # type: ignore[attr-defined]

    @staticmethod
    def _official_before(ctx: Context, verb: Token, exclude: list[str]) -> list[str]:
        """The official (a person of a state sector) named last before ``verb``, up to three
        sentences back: the one a "he"/"she" accused of giving something away most often is."""
        for actor in ctx.named_before(verb):
            if actor.kind == "person" and actor.sector in STATE_SECTORS and actor.id not in exclude \
                    and ctx.political(actor.id) not in exclude:
                return [actor.id]
        return []


def _in_a_state_of(noun: Token) -> bool:
    """ "in a state of (high) alert": the noun hangs by "of" on "state" (recall.yaml readiness_states),
    which hangs on "in" (round 28, ev7a)."""
    of = noun.head
    state = of.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and state.lemma_.lower() in READINESS_STATES \
        and state.dep_ == "pobj" and state.head.lower_ == "in"


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_VIEW_VERBS_OR_SAY_VERBS = VIEW_VERBS | SAY_VERBS


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
PASSIVE_SUBJECTS_IDS = string_ids(PASSIVE_SUBJECTS)
POSSESSIVE_PRONOUNS_IDS = string_ids(POSSESSIVE_PRONOUNS)
