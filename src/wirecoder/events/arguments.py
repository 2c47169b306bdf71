"""Arguments: who the actors of a phrase are, who does what a trigger names and to whom.

:class:`Context` is what the coder knows about one article (the actor at each token, the quotes, the
speakers); :class:`Arguments` holds the coder's rules for a trigger's source and target.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from functools import cache

from spacy.symbols import AUX, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..actors import ActorTable, Mention
from ..actors.dictionary import capitals
from ..actors.owners import PRIVATE_SECTORS, TRADE_WORDS, name_words
from ..arrays import (
    LABELLED_MEMO,
    kids_of,
    labelled_kids,
    lefts_of,
    sentences_back,
    subtree_indices,
    token_table,
)
from ..article import Article
from ..ids import (
    DEP_ACL,
    DEP_ACOMP,
    DEP_ADVCL,
    DEP_CCOMP,
    DEP_CONJ,
    DEP_DATIVE,
    DEP_PCOMP,
    DEP_POBJ,
    DEP_POSS,
    DEP_PREP,
    DEP_RELCL,
    DEP_XCOMP,
    DEPS_ADVCL_CSUBJ,
    DEPS_AUX_AUXPASS,
    DEPS_CC_PRECONJ,
    DEPS_COMPOUND_POSS,
    DEPS_CONJ_ADVCL,
    DEPS_DOBJ_POBJ_DATIVE,
    DEPS_PREP_DATIVE,
    DEPS_XCOMP_CONJ_ADVCL_ACOMP,
    ENTS_MONEY_QUANTITY_CARDINAL,
    ENTS_PERSON_ORG_NORP_GPE,
    TAG_VBG,
    TAG_VBN,
    TAGS_VBN_VBD,
    TAGS_WDT_WP,
    WORD_AGAINST,
    WORD_BY,
    WORD_FOR,
    WORD_FROM,
    WORD_OF,
    string_ids,
)
from ..pronouns import GENDER as PRONOUN_GENDER
from ..quotes.genders import article_genders
from ..record import Actor, Quote
from ..rules import package_yaml
from .lexicon import (
    AGAINST_DEED_NOUNS,
    BACKED_MEASURES,
    CAUSE_PREPS,
    CONCESSIVE_PREPS,
    DEED_PREPS,
    DEGREE_NOUNS,
    DESCRIBING_APPOSITIVES,
    DRAWN_INTO_PREPS,
    FIRST_PERSON,
    FORCE_SECTORS,
    HOST_MISSIONS,
    ISSUING_VERBS,
    JOINING_VERBS,
    JUDGEMENT_APPEAL_DEMAND_ROOTS,
    JUDGEMENT_ROOTS,
    LABEL_PREPS,
    MISPARSED_SUBJECTS,
    NAMING_VERBS,
    OBJECT_DOER_PREPS,
    OBJECTS,
    OBJECTS_IDS,
    OBJECTS_OR_PASSIVE_SUBJECTS,
    OWNER_PRONOUNS,
    PASSIVE_SUBJECTS,
    PASSIVE_SUBJECTS_OR_EXPL,
    PATRON_PARTICIPLES,
    PEOPLE_ACTED_ON_VERBS,
    PERSON_TARGET_ROOTS,
    PERSONAL_RELATION_NOUNS,
    PHRASE_DEPS,
    PHRASE_PREPS,
    PLURAL_PRONOUNS,
    POLITICAL_KINDS,
    POLITICAL_SECTORS,
    RELATION_NOUNS,
    RELATION_PREFIXES,
    SAY_VERBS,
    SEAT_PLACE_NOUNS,
    SHARED_SUBJECT_PREPS,
    SPEAKER_CONJ_VERBS,
    STANCE_ABOUT_PREPS,
    STANCE_SURFACE_PREPS,
    STATE_BODY_SECTORS,
    STATE_SECTORS,
    STORY_STATE_SECTORS,
    SUBJECTS,
    SUBJECTS_IDS,
    SUBJECTS_OR_PASSIVE_SUBJECTS,
    TARGET_PREPS,
    THREAT_MAKING_VERBS,
    VENUE_NOUNS,
    VICTIM_OF_WORDS,
    VIOLENT_ROOTS,
    Lexicon,
    Pattern,
    _data,
    word_list,
)
from .modality import (
    clause_verb,
    decision_owners,
    is_decided_clause,
    is_passive,
    is_threat_clause,
    reporting_verb,
)

# "the government" with nothing named in it: the story's state (Context.story_state)
STORY_BODIES = word_list("recall", "story_bodies")
STORY_BODY_ADJECTIVES = word_list("recall", "story_body_adjectives")  # evsides35: "the military government"
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})  # a quotation's opening or closing mark
OWNED_FORCES = frozenset(word_list("arguments", "owned_forces"))  # round 22: "its troops"
# the dashes that close a dateline (round 22: a subject parsed from the dateline is the phrase after it)
DATELINE_DASHES = frozenset(word_list("precision", "dateline_dashes"))
# the dashes that close an aside after a subject ("X - which ... - called"; round 25)
ASIDE_DASHES = frozenset(word_list("arguments", "aside_dashes"))
SPOKESMAN_NOUNS = word_list("recall", "spokesman_nouns")  # round 21: "a spokesman for X" speaks for X
# evsrc53: the kinds of a possessor that own an office ("the Green Party's Senedd leader": arguments.yaml)
OFFICE_OWNER_KINDS = frozenset(word_list("arguments", "office_owner_kinds"))
# "the prime minister", "the interior ministry" with no name or state, as an object: the story's
# state too (round 17; a subject is left to the rules that find who "the president" is)
STORY_OFFICIALS = word_list("recall", "story_officials")
STORY_OFFICIAL_HEADS = frozenset(w.split()[-1] for w in STORY_OFFICIALS)
ACCUSING_VERBS = word_list("arguments", "accusing_verbs")  # round 29: "accused X of shelling Y, killing Z"
ACCUSED_DEED_PREPS = word_list("arguments", "accused_deed_preps")
BORDER_NOUNS = frozenset(word_list("arguments", "border_nouns"))
# round 33: a complaint lodged "with" a forum is aimed at the side an "against" names (arguments.yaml)
FORUM_PREPS = frozenset(word_list("arguments", "forum_preps"))
FORUM_ROOTS = frozenset(str(r) for r in word_list("arguments", "forum_roots"))
FORUM_SECTORS = frozenset(s.upper() for s in word_list("arguments", "forum_sectors"))
AGAINST_PREPS = frozenset(word_list("arguments", "forum_against_preps"))
FORUM_PHRASE_DEPS = frozenset({"dobj", "obj", "prep", "pobj"})  # round 31: "to its border with X"
RELATIVE_ADVERBS = word_list("arguments", "relative_adverbs")  # round 31 (relative_object_gap)
MEANS_PREPS = word_list("arguments", "means_preps")  # round 31: "responded by expelling X"
OBJECT_PRONOUNS = frozenset(word_list("arguments", "object_pronouns"))  # round 31 (Context.object_person)
PRONOUN_PASSED_DEPS = frozenset(word_list("arguments", "pronoun_passed_deps"))  # round 52 (Context.object_person)
# objpro54: an object "them" stands for the nearest plural side named before it (Context.object_group)
OBJECT_GROUP_PRONOUNS = frozenset(word_list("arguments", "object_group_pronouns"))
OBJECT_GROUP_ADDRESSEE_VERBS = frozenset(word_list("arguments", "object_group_addressee_verbs"))
OBJECT_GROUP_PEOPLE_NOUNS = frozenset(word_list("arguments", "object_group_people_nouns"))
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
_OBJECT_GROUP_STOP_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "dative", "attr", "appos"})
ISSUED_TEXTS = frozenset(word_list("arguments", "issued_texts"))  # round 31 (Arguments._issuer)
MEDIUM_PREPS = frozenset(word_list("arguments", "medium_preps"))  # "said in a statement"
# evtgt42: "Kenya presses Uganda on border post (AFP)": a bracketed agency credit names no side (Context.__init__)
CREDIT_SECTORS = frozenset(s.upper() for s in word_list("arguments", "credit_sectors"))
CREDIT_BRACKETS = frozenset((str(o), str(c)) for o, c in _data("arguments.yaml")["credit_brackets"])
FINITE_TAGS = frozenset(t.upper() for t in word_list("arguments", "clause_subject_tags"))  # round 30 (clause_subject_conjunct)
# round 29: "both sides", "the two countries": told by the sides of the deeds coded before (recall.py
# both_sides and names_both_sides below)
BOTH_SIDES_NOUNS = word_list("recall", "both_sides_nouns")
BOTH_SIDES_WORDS = word_list("recall", "both_sides_words")
# round 29: the sectors of a home opposition, whose "the government" is the story's home state (recall.yaml)
HOME_OPPOSITION_SECTORS = frozenset(s.upper() for s in word_list("recall", "home_opposition_sectors"))
# round 33: a firm's nationality is not its state acting (arguments.yaml business_heads)
ARMED_SIDE_HEADS = word_list("arguments", "armed_side_heads")
BUSINESS_HEADS = word_list("arguments", "business_heads") | ARMED_SIDE_HEADS
NON_STATE_SECTORS = frozenset(s.upper() for s in word_list("arguments", "non_state_sectors"))
# evside48: the sectors of a person's office that make no political side (arguments.yaml private_person_sectors)
PRIVATE_PERSON_SECTORS = PRIVATE_SECTORS  # (the same list the actors stage reads: actors/owners.py)


@cache  # (read on first use: offices.yaml is the largest data file, and only a firm's person acting on a state asks)
def party_heads() -> frozenset[str]:
    """owner50: the head titles of a body (offices.yaml owned_heads: "chairwoman", "director", "president") but those
    whose own sector is a private one ("chief executive", offices.yaml's BUS, MED and EDU titles): a firm's or a
    paper's head of this kind, or its person whose office went unread, acting on a state takes part in the story's
    politics (Context.private_doer), as a commentator ("analyst", "columnist") or a functionary does not."""
    offices = package_yaml("actors", "offices.yaml")
    private = frozenset(str(w).lower() for sector, words in offices["offices"].items()
                        if str(sector).upper() in PRIVATE_PERSON_SECTORS for w in words or ())
    return frozenset(str(w).lower() for w in offices["owned_heads"]) - private


# evtgt50: the roots whose reported clause with a subject of the speaker's country is the speaker's own
# side acting, no target (arguments.yaml own_side_said_roots; Arguments.own_side_said)
OWN_SIDE_SAID_ROOTS = frozenset(str(r) for r in _data("arguments.yaml")["own_side_said_roots"])
# evtgt57: how many verbs of saying in a chain ("X said ..., the agency reported") Resolver._reporter asks
REPORTER_CHAIN = int(_data("arguments.yaml")["reporter_chain"])
BUSINESS_MODIFIER_PREPS = frozenset(word_list("arguments", "business_modifier_preps"))
STATE_OWNED_WORDS = frozenset(word_list("arguments", "state_owned_words"))
# round 35: "a Dutch electronics group", "Australian mining group X": a group named by its trade is a firm
TRADE_GROUP_HEADS = frozenset(word_list("arguments", "trade_group_heads"))
GROUP_ARMED_COMPOUNDS = frozenset(word_list("arguments", "group_armed_compounds"))
# evrec48: the head nouns of a civil body's name ("the Lochard Crofters Association", "the Law Society of
# Kenya"): such a body of no sector is a side opposite one of standing (Context.political)
CIVIL_BODY_HEADS = frozenset(word_list("arguments", "civil_body_heads"))
# (a firm's words, not an armed side's, nor a miner: "the Union of Mineworkers" is labour's)
CIVIL_BODY_TRADE_WORDS = TRADE_WORDS  # (owner50: one list with the actors stage's reader of owners)
_BUSINESS_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_NOUN_OR_PROPN = frozenset({NOUN, PROPN})
_DOER_DEPS = frozenset({"nsubj", "csubj", "poss", "appos"})  # round 33: a phrase naming who acts
TRIP_NOUNS = frozenset(word_list("precision", "trip_nouns"))
# evsrc56: a state's people acting as themselves ("Chile's copper workers"): no state (arguments.yaml)
PRIVATE_PEOPLE_HEADS = word_list("arguments", "private_people_heads")
POLITICAL_PEOPLE_QUALIFIERS = word_list("arguments", "political_people_qualifiers")
_GPE_NORP_IDS = string_ids(("GPE", "NORP"))  # (_seat_city: a state's body abroad, "the Russian embassy")


def clause_subject_indices(pronoun: Token, through: set[str]) -> set[int]:
    """The tokens of the subject of the verb an object pronoun hangs on ("urged it", "called on it"), and
    of the verbs it shares that subject with up the ``through`` relations ("X summoned Y and handed him",
    "X moved to sanction it"): the words an object pronoun cannot stand for."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    skip: set[int] = set()
    for _ in range(4):
        skip |= {k for s in children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS) for k in subtree_indices(s)}
        if verb.dep_ not in through or verb.head == verb:
            break
        verb = verb.head
    return skip


# evsrc40: the modifiers of "member" / "ally" that name the bloc or the patron ("OPEC member X")
_BLOC_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def _officeless(actor: Actor | None) -> bool:
    """Context.officeless of an actor already looked up (Context.political has it in hand)."""
    # (owner50: a person whose office went unread but whom the actors stage ties to a firm or a paper,
    # actors/owners.py, is such a person still: a side opposite one of standing, its doing sifted by private_doer)
    return actor is not None and actor.kind == "person" and bool(actor.country) and not actor.role \
        and (not actor.sector or actor.sector in PRIVATE_PERSON_SECTORS)


def _civil_name(name: str) -> bool:
    """Whether ``name`` is a civil body's ("the Lochard Crofters Association", "the Law Society of Kenya",
    "the Brevin Valley Salvation Front": arguments.yaml civil_body_heads, the name's head noun, the word
    before its first "of" or its last), unless a word of it is a trade's (civil_body_trade_words,
    business_heads). A firm or a club it does not know is named otherwise ("Varnel Holdings", "Ostrova United")."""
    name = name_words(name)
    if any(w in CIVIL_BODY_TRADE_WORDS for w in name):
        return False  # "the Securities Dealers Association": a trade's body speaks for firms
    words = name[:name.index("of", 1)] if "of" in name[1:] else name
    return bool(words) and words[-1] in CIVIL_BODY_HEADS


class Context:
    """What the coder knows about one article: actor per token, quotes per token, speakers."""

    def __init__(self, doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote],
                 lexicon: Lexicon, later_mentions: bool = True) -> None:
        self.doc = doc
        self.article = article
        # the article's text, the same string spaCy parsed (``doc.text`` would rebuild it per call)
        self.text = article.text
        self._ents: dict[int, Span] | None = None  # token index -> named entity, built on first use
        self.actors = actors
        self.quotes = quotes
        # each token's first character, part of speech, dependency label, lemma and lower-case form
        # (one array, not len(doc) tokens); the rules read a sentence's verbs, nouns and clauses from
        # ``pos`` and ``dep``, and which words may be in their lexicons from ``lemma`` and ``lower``
        # (from the doc's table, shared with the other stages: speed only)
        table = token_table(doc)
        self.pos, self.dep, self.lemma, self.lower = table.pos_id, table.dep_id, table.lemma_id, table.lower_id
        # token index -> actor id of the longest mention covering it (one pass over mentions), and that
        # mention's kind: name, adjective, pronoun... (evtgt42: not "(AFP)" after a headline: who filed
        # it, no side of the story)
        longest = table.longest_mentions(m for m in actors.mentions if not self._credit(m))
        self.token_actor: dict[int, str] = {i: m.actor for i, m in longest.items()}
        self.token_kind: dict[int, str] = {i: m.kind for i, m in longest.items()}
        self.referred: set[int] = set()  # the tokens the later mentions below gave their actor
        # later mentions of states and bodies ("it", "the country"; actors/coref.py) where no mention is
        for m in actors.references if later_mentions else ():
            for i in table.touched(m.start, m.end):
                if i not in self.token_actor:
                    self.token_actor[i], self.token_kind[i] = m.actor, m.kind
                    self.referred.add(i)
        self.quote_spans = sorted((q.span[0], q.span[1], i) for i, q in enumerate(quotes))
        self.quote_starts = [s for s, _, _ in self.quote_spans]
        # the furthest end of the quotations so far, in quote_spans' order: whether any quotation
        # reaches into a stretch of text, by bisection instead of reading them all (speed only)
        self.quote_reach = list(itertools.accumulate((e for _, e, _ in self.quote_spans), max))
        self.bodies = lexicon.bodies
        self._resolving = False  # guards plural_antecedent against resolving inside itself
        self.recall_ids: frozenset[int] | None = None  # recall.py's lemma ids, looked up on first use
        self.recall_words: list[int] | None = None  # the doc's words with those lemmas (recall.py; speed only)
        # the doc's words per set of labels, and rules.py's indices of clauses (rules.py; speed only)
        self.with_dep: dict[frozenset[int] | str, list[int]] = {}
        self.judged_words: list[int] | None = None  # the verbs judgement_events reads (judgements.py; speed only)
        self.verbs_and_aux: list[int] | None = None  # the doc's verbs and auxiliaries (evaluative.py; speed only)
        self.representatives = lexicon.representatives
        # the tokens that may take a verb pattern and a noun pattern, found once per document by
        # rules.Rules._pattern_words (speed only)
        self.pattern_words: tuple[list[int], list[int]] | None = None
        self.stance_words: list[int] | None = None  # the words that may have a stance code (rules.py; speed only)
        self._genders: dict[str, str] | None = None  # person id -> "he"/"she" (Context.person_gender; made on first use)
        # an organisation of no sector's id -> whether its name is a civil body's (_civil_name), read once per
        # document: political() and officeless() ask it for every side of every candidate (speed only)
        self._civil: dict[str, bool] = {}
        self._speaker_bodies: dict[int, str | None] = {}  # evmiss57: quote index -> body it speaks for (speaker)

    # --- actors --------------------------------------------------------------------------
    def _credit(self, mention: Mention) -> bool:
        """Whether ``mention`` is a bracketed agency credit, "(AFP)", "(Reuters)": an actor of a credit
        sector (arguments.yaml credit_sectors) with a bracket right before and its pair right after."""
        start, end = mention.start, mention.end
        if start == 0 or end >= len(self.text) or (self.text[start - 1], self.text[end]) not in CREDIT_BRACKETS:
            return False
        actor = self.actors.get(mention.actor)
        return actor is not None and (actor.sector or "").upper() in CREDIT_SECTORS

    def political(self, actor_id: str | None) -> str | None:
        """The id an event uses for this actor, or None when it is not a political actor.

        A person or organisation of a GOV/MIL sector acts for its state: "Lavrov said" -> RUS.
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        if actor.kind in POLITICAL_KINDS:
            return actor.id
        if actor.kind == "place":
            return None
        if actor.sector in STATE_SECTORS and actor.country:
            return actor.country
        if actor.kind == "organization" and actor.sector in STATE_BODY_SECTORS and actor.country:
            return actor.country  # "the Finnish parliament", "Kenyan police": a body of the state
        if actor.sector in POLITICAL_SECTORS or (actor.kind == "person" and actor.role):
            return actor.id  # (a firm's, a paper's or a college's person only as the one acted on: private_doer)
        if _officeless(actor):
            # evrec47: a person the story ties to a state but gives no office in the mention the actors
            # stage kept ("Mr Kessler held talks with Prime Minister X"): one who acts in the politics of
            # the story (GUIDE.md) is a side, as the politics gate already counts a person of no sector
            # (politics.yaml). Only opposite a side of standing (Coder: officeless_pair). Event recall
            # audit half A: 14 of its 176 missed events died here, a side dropped as not political.
            return actor.id
        if self._civil_body(actor):
            # evrec48: an association, a society, a union or a front the actors stage knows no sector of
            # ("the Lochard Crofters Association accused the government of ..."): the politics gate counts
            # it a civil side, a party opposite a political one (politics.yaml), but here it was no side
            # at all, so its appeals and accusations died for want of a source. Like a person of no office,
            # only opposite a side of standing (Coder: officeless_pair).
            return actor.id
        return None  # a company, a club, a newspaper, a footballer: not a party to political events

    def officeless(self, actor_id: str | None) -> bool:
        """evrec47: whether ``actor_id`` is a person of a known state with no office, no sector (a firm's or
        a newspaper's people have one) and no role: a side only opposite one of standing."""
        actor = self.actors.get(actor_id)
        return _officeless(actor) or self._civil_body(actor)  # evrec48: a civil body of no sector, too

    def _civil_body(self, actor: Actor | None) -> bool:
        """evrec48: whether ``actor`` is an organisation the actors stage gave no sector whose name is a
        civil body's (_civil_name), each actor's name read once per document (speed only)."""
        if actor is None or actor.kind != "organization" or actor.sector:
            return False
        known = self._civil.get(actor.id)
        if known is None:
            known = self._civil[actor.id] = _civil_name(actor.name)
        return known

    def private_doer(self, actor_id: str | None, target: str | None = None) -> bool:
        """evside48: whether ``actor_id`` is a person whose office the actors stage reads as a firm's, a
        newspaper's or a college's (arguments.yaml private_person_sectors): no doer of a political event
        (a chief executive or a columnist quoted judging a government comments, he is no party), but still
        the one a side of standing acts on ("police arrested the editor", "the minister accused the
        columnist": Coder drops only an event such a person does). owner50: the sector alone decides, the one
        the actors stage gives (its title's, or its owner's: actors/owners.py), as the record says."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.kind != "person" or actor.sector not in PRIVATE_PERSON_SECTORS:
            return False
        aimed = self.actors.get(target)
        if aimed is not None and aimed.kind in {"state", "igo"} and (not actor.role or actor.role.lower() in party_heads()):
            # evsrc49: a firm's or a paper's person whose sector is its owner's, not its title's, who acts on a
            # state or an international body takes part in the story's politics ("a director of Carrowby Mining
            # warned the Indonesian government of years of lawsuits", "the broadcaster's manager urged the
            # Peruvian government to publish its inquiry"; the pool's judge: 5 such right); aimed at no one, a
            # colleague or the firm, it is business (7 wrong). owner50: only a body's head or a person whose office
            # went unread (party_heads): a commentator's title (an analyst, a columnist, a chief executive: evside48)
            # or a functionary's ("global news director": evsec49's judged wrong) stays no party.
            return False
        return True

    def person_gender(self, person: str) -> str | None:
        """A person's gender, "he" or "she", as the quotes stage reads it (quotes.genders.article_genders: the
        title, a gendered noun or reflexive by the name, a pronoun taken up while the person is the only one
        named), made once per article; where that tells none, the one gender of every "he"/"she" the actors
        stage tied to the person (evsrc45's reading: "Mrs X met Y. He said ..." ties "he" to Y because X is a
        woman, which the quotes stage does not count; a clash test may). None if unknown."""
        if self._genders is None:
            self._genders = article_genders(self.doc, self.actors, self.text)
        if known := self._genders.get(person):
            return known
        told = {PRONOUN_GENDER.get(self.text[m.start:m.end].lower()) for m in self.actors.mentions
                if m.actor == person and m.kind == "pronoun"} - {None}
        return next(iter(told)) if len(told) == 1 else None

    def ent_at(self, i: int) -> Span | None:
        """The named entity covering token ``i`` (``doc.ents`` is read once per document)."""
        if self._ents is None:
            self._ents = {j: ent for ent in token_table(self.doc).ents for j in range(ent.start, ent.end)}
        return self._ents.get(i)

    def sentence_span(self, sent: Span) -> tuple[int, int]:
        """The sentence's characters without surrounding whitespace: spaCy ends a paragraph's last
        sentence with its "\n\n" token, which is no part of what the sentence says."""
        start, end = sent.start_char, sent.end_char
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def quote_at(self, char: int) -> int | None:
        """The index of the quotation whose content covers this character, or None."""
        i = bisect.bisect_right(self.quote_starts, char) - 1
        if i < 0 or self.quote_reach[i] <= char:
            return None  # (no quotation that starts before the character reaches past it: speed only)
        for start, end, index in reversed(self.quote_spans[max(0, i - 4): i + 1]):
            if start <= char < end:
                return index
        return None

    def in_direct_quote(self, char: int) -> bool:
        """Whether a quotation in quotation marks (direct or mixed: the speaker's own words) covers this character."""
        quote = self.quote_at(char)
        return quote is not None and self.quotes[quote].kind != "indirect"

    def speaker(self, quote: int | None) -> str | None:
        if quote is None:
            return None
        q = self.quotes[quote]
        if not q.speaker:
            return None
        actor = self.political(q.speaker.actor)
        if actor is None and q.speaker.span is not None:
            return self._speaker_body(quote)
        if actor is not None and q.speaker.span is not None and self._firm_state(q.speaker.span, actor):
            return None
        return actor

    def _speaker_body(self, quote: int) -> str | None:
        """evmiss57: a speaker the actors stage knows by name only, no office, state or sector, named with
        the body they speak for ("Ines Dorrow of the Refugee Law Centre said ...", "..., said Ines Dorrow
        of Amnesty International"), or whom it kept as no actor at all: the body is the one who judges or
        appeals, as it is where the same phrase is a verb's subject (phrase_actors: "X of Amnesty
        criticised ..." already codes Amnesty). Only a speaker phrase that names exactly one political
        side, an organisation; a person of no standing named with no body, a place, a state, a firm or a
        paper stays no side. Once per quotation (speed only)."""
        cache = self._speaker_bodies
        if quote in cache:
            return cache[quote]
        found: str | None = None
        q = self.quotes[quote]
        raw = self.actors.get(q.speaker.actor) if q.speaker.actor else None  # type: ignore[union-attr]
        span = q.speaker.span  # type: ignore[union-attr]
        # (a speaker the actors stage dropped, "Ines Dorrow of Transparency International" after a dateline,
        # is read the same way: the quote stage still gives the phrase)
        if (raw is None or raw.kind == "person") and span is not None:
            words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
            if words is not None and len(words):
                named = [a for a in self.phrase_actors(words.root)[0] if raw is None or a != raw.id]
                body = self.actors.get(named[0]) if len(named) == 1 else None
                # (an organisation only: "X of Kenya" is a private person from there, and a state or a bloc
                # read from a think tank's name, "the Nordic Council Policy Forum", speaks for no one)
                if body is not None and body.kind == "organization":
                    found = body.id
        cache[quote] = found
        return found

    def _firm_state(self, span, actor: str) -> bool:
        """Round 35: whether a speaker's state only tells where the firm that speaks is from ("A Dutch
        electronics group said it had agreed to pay ...", "a Canadian bank said it would ..."): the quote
        stage names the speaker by its nationality, but, as in phrase_actors, a firm's nationality is not
        its state acting (arguments.yaml business_heads, trade_group_heads)."""
        a = self.actors.get(actor)
        if a is None or a.kind != "state":
            return False
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None or len(words) == 0:
            return False
        root = words.root
        return root.i not in self.token_actor and self.is_firm(root)

    def phrase_actors(self, head: Token) -> tuple[list[str], bool]:
        """The political actors a noun phrase names ("Russia and China" -> [RUS, CHN]).

        Returns (actor ids, whether one came from a first-person word standing for the speaker).
        Each conjunct is read on its own; inside one, a state named beside a person or body of no
        known country is the one it acts for ("the US commander, General X" -> USA).
        """
        if head.dep in OBJECTS_IDS and names_both_sides(head) \
                and all(t.i in self.referred or t.i not in self.token_actor for t in head.subtree):
            # round 29: "urged both sides to ..." (an object: a subject "both countries" stays the later
            # mention's pair): not the last states the text named, but the doer and the one aimed at of
            # the latest hostile act (Recall.both_sides)
            return [], False
        if head.lemma_.lower() in _PAIR_PERSON_NOUNS:
            # evsides37: "the two ministers", "both presidents": the two people named together just
            # before, not ministers in general (sources.py pair_named_before; imported here, as
            # sources.py imports this module)
            from .sources import is_pair_noun, pair_named_before
            if is_pair_noun(self, head) and (pair := pair_named_before(self, head)):
                return pair, False
        out: list[str] = []
        inherited = False
        doer = head.dep in _DOER_DEPS_IDS or (head.dep == DEP_POBJ and head.head.lower == WORD_BY)
        branches = [head]
        while branches:
            branch = branches.pop(0)
            found: list[str] = []
            withheld: list[Token] = []  # round 33: an armed side's country, kept back (see below)
            # (token, reached through "of" from a head that names someone itself)
            stack: list[tuple[Token, bool]] = [(branch, False)]
            while stack:
                tok, nested = stack.pop()
                actor = self.political(self.token_actor.get(tok.i))
                if actor and self.names_by_relation(tok, branch):
                    actor = None  # evmodtgt43: "anti-Kenyan riots", "Russian-backed militias": not that side
                kind = self.token_kind.get(tok.i)
                # "director of the British Chambers": an adjective deep in the phrase names another body
                if nested and kind == "adjective":
                    actor = None
                # "Brown ally", "Blair's aide": a person modifying a common noun is not its actor
                if (actor and tok is not branch and tok.dep in DEPS_COMPOUND_POSS and self.pos[tok.head.i] == NOUN
                        and (a := self.actors.get(actor)) is not None and a.kind == "person"):
                    actor = None
                if actor is None and self.pos[tok.i] == PRON and tok.lower in FIRST_PERSON_IDS:
                    actor = self.speaker(self.quote_at(tok.idx))
                    inherited = inherited or actor is not None
                if actor is None and tok is branch and self.pos[tok.i] == PRON and tok.lower in OBJECT_PRONOUNS_IDS \
                        and tok.dep_ in {"dobj", "dative", "pobj"}:
                    actor = self.object_person(tok)  # round 31: "summoned X and handed him a note"
                if actor is None and tok is branch and self.pos[tok.i] == PRON and tok.lower in OBJECT_GROUP_PRONOUNS_IDS \
                        and tok.dep_ in {"dobj", "dative", "pobj"}:
                    # objpro54: "X and Y quarrelled ... Z urged them to talk": the plural side named before
                    group = self.object_group(tok)
                    found += [a for a in group if a not in found]
                if actor is None and self.pos[tok.i] == PRON and tok.lower in PLURAL_PRONOUNS_IDS and (
                        tok.dep_ in SUBJECTS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS)):
                    # only in a subject: "upgraded their ties" is the subject's own, not a target
                    group = self.plural_antecedent(tok)
                    found += [a for a in group if a not in found]
                    inherited = inherited or bool(group)
                if actor and actor not in found:
                    found.append(actor)
                related = tok is branch and tok.lemma_.lower() in RELATION_NOUNS
                # (round 20: a nationality adjective on "supporters" still says who they are)
                personal = tok is branch and tok.lemma_.lower() in PERSONAL_RELATION_NOUNS
                # evnews28: a thing someone owns, modified by a bloc ("Vardenia's EU bid", "its NATO
                # membership", "Moldova's EU talks"): the bloc is what the owner joins, not a side
                owned = tok is branch and self.pos[tok.i] == NOUN and tok.i not in self.token_actor and any(
                    dep == "poss" for _, dep in labelled_kids(tok))
                # round 33: "Canadian bank X said", "a Chilean rebel commander rejected": a firm's or a rebel's
                # country is not its state acting; only where the phrase names a doer ("the EU fined Russian
                # bank X", "sanctions on Chinese firms": the firm's state is the one aimed at, as before)
                firm = doer and (self._is_firm(tok) or (tok is branch and self._private_people(tok)))
                # evsrc53: "the Green Party's Senedd leader X": a body compounded on an office a named body
                # owns is the office's chamber or portfolio, no second side (arguments.yaml office_owner_kinds)
                office_owned = self.pos[tok.i] == NOUN and self.office_owned_by_body(tok)
                # evsrc55: "the Geneva meeting of oil producers agreed": a gathering's one state is its venue
                venue = self._venue(tok) if doer and self.pos[tok.i] == NOUN else None
                # (each child's label read once, from labelled_kids, not Token.dep_ at every test: speed only)
                for child, dep in labelled_kids(tok):
                    if firm and (dep in _BUSINESS_MODIFIER_DEPS or (
                            dep == "prep" and child.lower_ in BUSINESS_MODIFIER_PREPS)) and self._only_states(child):
                        if tok.lower_ in ARMED_SIDE_HEADS or tok.lemma_.lower() in ARMED_SIDE_HEADS:
                            withheld.append(child)  # (the side itself: "Irish guerrillas", not "a rebel leader")
                        continue
                    if owned and dep in {"compound", "nmod", "amod"} and child.i < tok.i and (
                            (x := self.actors.get(self.political(self.token_actor.get(child.i)))) is not None
                            and x.kind == "igo"):
                        continue
                    if office_owned and dep == "compound" and child.i < tok.i:
                        continue
                    if child is venue:
                        continue
                    if dep in _BUSINESS_MODIFIER_DEPS and child.i < tok.i and self._dateline_word(child, tok):
                        continue  # evsrc56: "KABUL US warplanes bombed ...": the dateline's city, read as a modifier
                    if related and (dep in {"poss", "compound", "amod", "nmod"} or child.lower_ in PHRASE_PREPS):
                        continue  # "Valdora's allies": the one related to, not the ones who act
                    if personal and (dep in {"poss", "compound", "nmod"} or child.lower_ in PHRASE_PREPS):
                        continue  # "Kull's colleagues", "supporters of Kull"
                    if dep in {"appos", "conj"} and child.lemma_.lower() in DESCRIBING_APPOSITIVES and (
                            dep == "appos" or any(c.lower_ in {"both", "all", "each"} for c in kids_of(child))):
                        # "Greece, a NATO member", "Greece and Turkey, both NATO members" (the parser
                        # may make the latter a conjunct): what they belong to, no side (evnews27)
                        continue
                    if dep in _BLOC_DEPS and self.names_bloc(child):
                        continue  # evsrc40: "Fellow OPEC member Venezuela agreed": the bloc it belongs to, no side
                    if dep == "conj":
                        if not clause_subject_conjunct(child):
                            branches.append(child)
                    elif dep in PHRASE_DEPS:
                        stack.append((child, nested))
                    elif dep == "prep" and child.lower in PHRASE_PREPS_IDS:
                        stack.append((child, nested or tok.i in self.token_actor))
                    elif dep == "prep" and child.lower == WORD_FROM and tok.lemma_.lower() in self.representatives:
                        stack.append((child, nested))  # "delegations from Azerbaijan and Armenia"
                    elif dep == "prep" and child.lower == WORD_FOR and tok.lemma_.lower() in SPOKESMAN_NOUNS:
                        stack.append((child, nested))  # "a spokesman for the ruling party"
                    elif dep == "pobj" and tok.dep == DEP_PREP:
                        stack.append((child, nested))
            compounds = " ".join(c.lower_ for c, dep in labelled_kids(branch) if dep == "compound" and c.i < branch.i)
            if (branch.lemma_.lower() in self.bodies or branch.lower_ in self.bodies
                    or f"{compounds} {branch.lower_}" in self.bodies) and all(
                    (x := self.actors.get(a)) is not None and x.kind == "organization" and not x.country
                    for a in found):
                # "a court in Lesotho": a state body with no state of its own (none named, or one of no
                # known state: "prosecutors in Sweden") is the one it sits in; a capital or a known
                # place stands for its state ("a court in Nairobi")
                for prep in children(branch, {"prep"}):
                    if prep.lower_ == "in":
                        placed = [a for pobj in children(prep, {"pobj"})
                                  if (a := self.political(self.token_actor.get(pobj.i)))
                                  and (x := self.actors.get(a)) is not None and x.kind == "state"]
                        found = placed or [c for pobj in children(prep, {"pobj"})
                                           if (c := self._named_place(pobj)) and self.actors.get(c) is not None] \
                            or found
            if not found and withheld:
                # round 33: "Irish nationalist guerrillas wounded two soldiers": an armed side named by its
                # own noun that names no one of its own (no person, no group the actors stage knows) keeps
                # its country, the best that can be said of who acted (CAMEO's code of such rebels); "a
                # Myanmar insurgent leader" is one person, no state, and a firm's deal keeps none
                found = [a for child in withheld for t in child.subtree
                         if (a := self.political(self.token_actor.get(t.i))) and a not in found]
            if doer and len(found) == 1 and (seat := self._seat_city(branch, found[0])) is not None:
                found = [seat]  # evsrc56: "In Paris, the foreign ministry said": the city's state, not the story's
            if len(found) == 1 and (raw := self.actors.get(self.token_actor.get(branch.i))) is not None \
                    and raw.kind == "organization" and raw.country == found[0] and (
                    f"{compounds} {branch.lower_}" in self.bodies or branch.lemma_.lower() in self.bodies):
                found = self._seated(branch, found)
            states = [a for a in found if self._is_state_like(a)]
            if states:
                found = states + [a for a in found if not self._is_state_like(a) and self._has_country(a)]
            out += [a for a in found if a not in out]
        if len(out) > 1:  # (one actor needs no order: its first token is not looked for; speed only)
            out.sort(key=lambda a: self._first_token(head, a))
        if head.lemma_.lower() in STORY_BODIES and (not out or head.i in self.referred) and \
                self.bare_story_body(head) and (home := self._opposition_home(head)):
            out = [home]  # round 29: "the opposition urged the government to ...": its own (recall.yaml)
        elif not out and head.lemma_.lower() in STORY_BODIES:
            out = self.story_state(head)  # "the government": the story's state (recall.yaml)
        elif not out and head.lower in STORY_OFFICIAL_HEADS_IDS and head.dep in DEPS_DOBJ_POBJ_DATIVE:
            out = self.story_state(head, official=True)  # "the prime minister" (round 17)
        elif head.i in self.referred and head.lower_ in STORY_OFFICIAL_HEADS and head.dep_ in {"dobj", "pobj", "dative"}:
            # round 29: "the opposition urged the prime minister to ...": its own, whatever a later mention guessed
            out = self.story_state(head, official=True, home_only=True) or out
        return out, inherited

    def _venue(self, noun: Token) -> Token | None:
        """evsrc55: the modifier of a gathering noun (arguments.yaml venue_nouns) that names where it met,
        not who met: its one modifier before it that names an actor, when that names one state and no
        more ("the Geneva meeting", "the Chilean gathering"); None for two ("the Peruvian-Chilean
        talks": its parties), a possessive ("Chile's talks with Peru": Chile's), or none."""
        if noun.lemma_.lower() not in VENUE_NOUNS and noun.lower_ not in VENUE_NOUNS:
            return None
        named = [c for c, dep in labelled_kids(noun) if c.i < noun.i and dep != "det"
                 and any(t.i in self.token_actor for t in c.subtree)]
        if len(named) != 1 or named[0].dep_ not in {"compound", "amod", "nmod"}:
            return None
        found = {a for t in named[0].subtree if (a := self.political(self.token_actor.get(t.i)))}
        return named[0] if len(found) == 1 and self._only_states(named[0]) else None

    def office_owned_by_body(self, office: Token) -> bool:
        """evsrc53: whether a possessor of the noun names a body of ``OFFICE_OWNER_KINDS`` ("the Green
        Party's" on "Senedd leader"), read from the actors stage's own mention, not a pronoun's."""
        for child, dep in labelled_kids(office):
            if dep == "poss" and (actor := self.actors.get(self.political(self.token_actor.get(child.i)))) is not None \
                    and actor.kind in OFFICE_OWNER_KINDS:
                return True
        return False

    def office_domain(self, tok: Token) -> bool:
        """evsrc53: whether the word names (or is part of the name of) a body compounded on an office a named
        body owns: "Senedd" in "the Green Party's Senedd leader X", the office's chamber, no side."""
        while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" \
            and self.office_owned_by_body(tok.head)

    def _names_state(self, tok: Token) -> bool:
        """Whether the word is itself the mention of a state (the actors stage's own, not one inherited)."""
        actor = self.actors.get(self.political(self.token_actor.get(tok.i)))
        return actor is not None and actor.kind == "state"

    def names_by_relation(self, tok: Token, head: Token) -> bool:
        """Round 43 (evmodtgt43): whether the actor at ``tok`` is named only through a hyphened relation to
        the thing the phrase headed by ``head`` names: after a prefix of whom it is against or for
        ("anti-Kenyan riots", "pro-Iranian groups": arguments.yaml relation_prefixes) or before a participle
        of who stands behind it or where it came from ("Russian-backed militias", "a Syrian-born engineer":
        patron_participles; not on a measure it backs, "the UN-backed plan": backed_measures). A protest or
        campaign keeps its prefix ("staged anti-Russian protests" are aimed at Russia: against_deed_nouns)."""
        actor = self.token_actor.get(tok.i)
        doc = tok.doc
        first, last = tok.i, tok.i
        while first > 0 and self.token_actor.get(first - 1) == actor:
            first -= 1
        while last + 1 < len(doc) and self.token_actor.get(last + 1) == actor:
            last += 1
        words = doc[first].text.split("-")
        if head.lemma_.lower() in AGAINST_DEED_NOUNS:
            words = []  # "staged anti-Russian protests": aimed at Russia (arguments.yaml against_deed_nouns)
        elif len(words) > 1 and words[0].lower() in RELATION_PREFIXES:
            return True  # (one token: "anti-Kenyan")
        if words and first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_ \
                and not doc[first - 1].whitespace_ and doc[first - 2].lower_ in RELATION_PREFIXES:
            return True
        if head.lemma_.lower() in BACKED_MEASURES or head.lower_ in BACKED_MEASURES:
            return False
        words = doc[last].text.split("-")
        if len(words) > 1 and words[-1].lower() in PATRON_PARTICIPLES:
            return True  # (one token: "U.S.-backed")
        return last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_ \
            and not doc[last + 1].whitespace_ and doc[last + 2].lower_ in PATRON_PARTICIPLES

    def names_bloc(self, tok: Token) -> bool:
        """Round 40 (evsrc40): whether a word is, or modifies, a "member" / "ally" that describes a state
        named with it ("Fellow OPEC member Nigeria", "U.S. ally Japan"; the parser makes either the state
        the head, with "member" its compound, or "member" the head, with the state its apposition): what
        the state belongs to or stands beside, no side (as evnews27's "Nigeria, an OPEC member")."""
        node = tok
        for _ in range(4):
            if node.lemma_.lower() in DESCRIBING_APPOSITIVES:
                if node.dep_ == "compound" and self._names_state(node.head):
                    return True
                return node is not tok and any(d == "appos" and self._names_state(c) for c, d in labelled_kids(node))
            if node.dep not in _BLOC_DEPS_IDS or node.head is node:
                return False
            node = node.head
        return False

    def _is_firm(self, tok: Token) -> bool:
        """Whether a word of a noun phrase names a firm or an armed side no state's (arguments.yaml
        business_heads, armed_side_heads): such a noun, a name or noun with one as its compound ("retailer
        Palmora Stores", "rebel commander"), or an actor of those sectors; not one said to be the state's
        own ("state oil firm", "central bank")."""
        if self.pos[tok.i] not in _NOUN_OR_PROPN or self.political(self.token_actor.get(tok.i)) is not None:
            return False  # ("the World Bank": a body that is a side itself)
        kids = labelled_kids(tok)
        if self._trade_group(tok, kids):
            return True  # round 35 (arguments.yaml trade_group_heads)
        if tok.lower not in BUSINESS_HEADS_IDS and tok.lemma_.lower() not in BUSINESS_HEADS and not any(
                dep in {"compound", "amod"} and c.lower in BUSINESS_HEADS_IDS for c, dep in kids) and not (
                (a := self.actors.get(self.token_actor.get(tok.i))) is not None
                and a.kind in {"organization", "group", "person"} and a.sector in NON_STATE_SECTORS):
            return False
        return not any(c.lower_ in STATE_OWNED_WORDS or any(w.lower_ in STATE_OWNED_WORDS for w in kids_of(c))
                       for c, dep in kids if dep in {"amod", "compound"})

    def _seat_city(self, branch: Token, current: str) -> str | None:
        """evsrc56: the state of the city a state body or official named by a bare noun sits in, when
        the phrase names no state of its own and the actors stage gave it another ("In Paris, the foreign
        ministry condemned ...", "a foreign ministry spokesman in Paris said": France, not the state the
        story named last): a capital's state (or a state) after "in", on the noun or opening its
        clause before it. None when no such place is named, or two are, and for a person named by name ("in
        Paris, President X of Chad": his own state's wherever he is)."""
        raw = self.actors.get(self.token_actor.get(branch.i))
        if raw is None or raw.kind not in {"organization", "person"} or raw.country != current \
                or (raw.kind == "person" and self.pos[branch.i] != NOUN) \
                or raw.sector not in STATE_BODY_SECTORS:
            return None
        # (evsrc57: not the place its "in" names, "police in Peru's capital", which is read below; troops
        # are often abroad, "soldiers in Iraq", so an armed body keeps the old reading)
        placed = set() if raw.sector == "MIL" else {
            t for p in children(branch, {"prep"}) if p.i > branch.i and p.lower_ == "in" for t in subtree_indices(p)}
        # (speed57: the phrase's words by their indices, not Token.subtree's token per word: speed only)
        if any(t not in placed and self.token_actor.get(t) not in (None, raw.id) for t in subtree_indices(branch)):
            return None  # "the Chadian foreign ministry", "the ministry of Chad": named in the phrase
        if self._state_mentioned_within(branch.left_edge.idx, branch.idx + len(branch), current):
            return None  # its state named inside its own name ("the British Foreign Office in Berlin", where the
            # actors stage's longest mention covers the adjective): not the story's state, kept (round 29)
        # (speed57: the left children's subtrees by their indices, each word's label from the table and its entity
        # type from a token made directly: the same words as ``branch.lefts`` and ``c.subtree``; speed only)
        doc, dep = self.doc, self.dep
        if branch.lemma_.lower() in HOST_MISSIONS or branch.lower_ in HOST_MISSIONS or any(
                dep[t] == DEP_POSS or Token(doc.vocab, doc, t).ent_type in _GPE_NORP_IDS
                for c in lefts_of(branch) for t in subtree_indices(c)):
            return None  # "the Russian embassy in Riga", "Iran's embassy in London": a state's body abroad
        preps = [p for p in children(branch, {"prep"}) if p.i > branch.i]
        if branch.dep_ in SUBJECTS:
            # evsrc57: police act where they serve ("police fired tear gas at farmers in Peru's capital"), so
            # for a bare police noun the place may stand after the verb too; a ministry's or a court's may not
            # ("the ministry froze assets in Switzerland"), or on the ones they act on ("arrested 40 students
            # in Caracas")
            police = raw.sector == "COP" and self.pos[branch.i] == NOUN
            preps += [p for p in children(branch.head, {"prep"}) if p.i < branch.i or police]
            if police:
                acted_on = [o for c, dep in labelled_kids(branch.head) if c.i > branch.i
                            for o in ([c] if dep == "dobj" else children(c, {"pobj"}) if dep == "prep" else [])]
                preps += [p for o in acted_on for p in children(o, {"prep"}) if p.i > o.i]
        places = set()
        for prep in preps:
            if prep.lower_ != "in":
                continue
            for pobj in children(prep, {"pobj"}):
                a = self.political(self.token_actor.get(pobj.i))
                if a is None or (x := self.actors.get(a)) is None or x.kind != "state":
                    a = self._named_place(pobj)
                if a is not None:
                    places.add(a)
        if len(places) != 1 or (seat := places.pop()) == current or self.actors.get(seat) is None:
            return None
        return seat

    def _named_place(self, pobj: Token) -> str | None:
        """The state an "in" phrase's object places a body in, when the object is no state itself: the capital
        its words name ("in Nairobi"), else the state a place noun is said to lie in ("in Peru's capital",
        evsrc57). One reading for the "a court in Lesotho" rule and for :meth:`_seat_city`."""
        return capitals().get(self.doc[pobj.left_edge.i:pobj.i + 1].text) or self._state_place(pobj)

    def _state_place(self, place: Token) -> str | None:
        """evsrc57: the one state a place noun of arguments.yaml seat_place_nouns is said to lie in by its
        possessive or adjective ("in Peru's capital", "in the Chilean capital", "in Bolivia's second city"),
        for :meth:`_seat_city`; None for any other noun, or where the modifiers name no state or two."""
        if place.lemma_.lower() not in SEAT_PLACE_NOUNS:
            return None
        found = {a for c, dep in labelled_kids(place) if c.i < place.i and dep in {"poss", "amod", "compound", "nmod"}
                 for t in c.subtree if (a := self.political(self.token_actor.get(t.i)))}
        if len(found) != 1 or (x := self.actors.get(state := found.pop())) is None or x.kind != "state":
            return None
        return state

    def _state_mentioned_within(self, start: int, end: int, state: str) -> bool:
        """Whether a mention of ``state`` itself lies in the characters [start, end) (by bisection over the
        actors stage's mentions, in text order)."""
        mentions = self.actors.mentions
        i = bisect.bisect_left(mentions, start, key=_mention_start)
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].actor == state and mentions[i].end <= end:
                return True
            i += 1
        return False

    def _dateline_word(self, child: Token, head: Token) -> bool:
        """evsrc56: whether ``child``, a modifier of ``head``, is the place of a dateline the reader took
        for none (a digest's "KABUL US warplanes bombed ...": an upper-case word opening its line, with no
        comma or dash after it, a capital's name), or lies in the dateline the reader found while ``head`` does not."""
        if self.in_dateline(child):
            return not self.in_dateline(head)
        if not child.is_upper or len(child.text) < 3 or child.i + 1 >= len(self.doc) or self.doc[child.i + 1].is_punct:
            return False
        text = self.doc.text
        return (child.idx == 0 or text[child.idx - 1] == "\n") and capitals().get(child.text.title()) is not None

    def _private_people(self, tok: Token) -> bool:
        """evsrc56: whether ``tok`` is a noun of a state's people acting as themselves that names no actor
        (arguments.yaml private_people_heads: "Chile's copper workers", "Hungarian fans"), with no
        qualifier that makes them a side's own (political_people_qualifiers: "opposition supporters")."""
        if self.pos[tok.i] != NOUN or tok.i in self.token_actor or (
                tok.lower_ not in PRIVATE_PEOPLE_HEADS and tok.lemma_.lower() not in PRIVATE_PEOPLE_HEADS):
            return False
        return not any(w.lower_ in POLITICAL_PEOPLE_QUALIFIERS for c, dep in labelled_kids(tok)
                       if dep in {"amod", "compound", "nmod"} for w in c.subtree)

    def _trade_group(self, tok: Token, kids) -> bool:
        """Round 35: whether ``tok`` is a "group" named by its trade ("a Dutch electronics group", "US civil
        rights group"): a common-noun compound on it, none of them a state's or an armed side's word
        (arguments.yaml trade_group_heads, group_armed_compounds, state_owned_words)."""
        if tok.lower not in TRADE_GROUP_HEADS_IDS:
            return False
        compounds = [c for c, dep in kids if dep in {"compound", "nmod"} and self.pos[c.i] == NOUN]
        if not compounds:
            return False
        words = {w.lower_ for c, dep in kids if dep in {"compound", "amod", "nmod"} for w in c.subtree} | {c.lower_ for c in compounds}
        return not words & (GROUP_ARMED_COMPOUNDS | STATE_OWNED_WORDS)

    def _armed(self, tok: Token) -> bool:
        """Whether a firm-like word of _is_firm is an armed side (arguments.yaml armed_side_heads, or an
        actor of the armed sectors) rather than a firm."""
        if tok.lower_ in ARMED_SIDE_HEADS or tok.lemma_.lower() in ARMED_SIDE_HEADS or any(
                dep in {"compound", "amod"} and c.lower_ in ARMED_SIDE_HEADS for c, dep in labelled_kids(tok)):
            return True
        actor = self.actors.get(self.token_actor.get(tok.i))
        return actor is not None and actor.sector in NON_STATE_SECTORS and actor.sector != "BUS"

    def is_firm(self, tok: Token) -> bool:
        """Whether a word names a firm (:meth:`_is_firm`), not an armed side."""
        return self._is_firm(tok) and not self._armed(tok)

    def modifies_firm(self, tok: Token) -> bool:
        """Whether a word is a modifier of a firm, up its chain of modifiers ("Malaysian" in "Malaysian
        palm oil refiner X"): its state is not the one acting (round 33)."""
        node = tok
        for _ in range(4):
            if node.dep_ not in _BUSINESS_MODIFIER_DEPS or node.head == node:
                return False
            node = node.head
            if self._is_firm(node):
                return not self._armed(node)  # (an armed side's country stays here: see phrase_actors)
        return False

    def _only_states(self, modifier: Token) -> bool:
        """Whether a modifier names no side but states ("Canadian", "of Canada"): what a firm's
        modifier may lend to its phrase ("the IMF and World Bank" keeps the IMF)."""
        for t in modifier.subtree:
            actor = self.actors.get(self.political(self.token_actor.get(t.i)))
            if actor is not None and actor.kind != "state":
                return False
        return True

    def in_dateline(self, tok: Token) -> bool:
        """Whether the token lies in the article's dateline ("YEREVAN, Dec 7 (AFP) -"), which the parser
        may read as a subject (round 31)."""
        line = self.article.dateline
        return line is not None and line.span[0] <= tok.idx < line.span[1]

    def object_person(self, pronoun: Token) -> str | None:
        """Round 31: the person an object pronoun ("him", "her": arguments.yaml object_pronouns) stands
        for, as the id an event uses: the nearest person named before it, in its sentence or the one
        before, who is not named in the subject of its clause ("X summoned envoy Y and handed him a note":
        Y; "Z's colleagues refused to back him": not Z; an object pronoun is never its own clause's
        subject). None when that person is no political actor, or a body or state comes nearer as a
        modifier of another's noun ("Latvia's envoy"); one named as its own phrase is passed (round 52)."""
        if pronoun.i in self.token_actor:
            return None
        skip = clause_subject_indices(pronoun, {"conj", "xcomp"})
        start = sentences_back(self.doc, pronoun.i, 1)
        passed = pronoun.i  # round 52: the start of the last state's or body's phrase passed over
        for i in range(pronoun.i - 1, start - 1, -1):
            if i in skip or i >= passed or (actor := self.actors.get(self.token_actor.get(i))) is None:
                continue
            if actor.kind != "person":
                tok = self.doc[i]
                if tok.dep_ in PRONOUN_PASSED_DEPS and tok.head.i not in self.token_actor:
                    passed = tok.left_edge.i  # round 52: "refused to apologise to X. Y accused him": a
                    continue  # state or body named as its own phrase is no "him" (arguments.yaml)
                return None  # ("met Latvia's envoy and handed him ...": the envoy's name is not given)
            if passed != pronoun.i and (gender_clash(self, PRONOUN_GENDER.get(pronoun.lower_), actor.id) or (
                    (quote := self.quote_at(pronoun.idx)) is not None and self.quotes[quote].speaker
                    and self.quotes[quote].speaker.actor == actor.id)):
                return None  # round 52: past a state or body, not a person of the other gender nor the one
                # whose quotation holds the pronoun ("His lawyer X said: 'officials ... seized him'")
            return self.political(actor.id)
        return None

    def object_group(self, pronoun: Token) -> list[str]:
        """objpro54: the side an object "them" (arguments.yaml object_group_pronouns) stands for: the nearest
        plural side named before it, in its sentence or the one before, outside the subject of its clause
        (as for "him", clause_subject_indices): the actors of a coordination ("Latvia and Estonia"), or one
        actor named by a plural noun ("Polish farmers", "the rebels"). Only after a verb that addresses
        people (object_group_addressee_verbs: "urged them", "called on them"); elsewhere an object "them" is
        most often a thing. A singular actor is passed over with its phrase, and so is a plural noun of
        things ("blocked border crossings ... urged them"); a plural noun of people who are no actor
        (object_group_people_nouns: "residents") ends the search with none."""
        if pronoun.i in self.token_actor or self._resolving:
            return []
        prep = pronoun.head if pronoun.dep_ == "pobj" else None
        verb = prep.head if prep is not None else pronoun.head
        lemma = verb.lemma_.lower()
        if lemma not in OBJECT_GROUP_ADDRESSEE_VERBS or (prep is None and lemma == "call") or (
                prep is not None and prep.lower_ not in {"on", "with", "to"}):
            return []  # "pull them back", "use force on them": most often things or people no side stands for
        skip = clause_subject_indices(pronoun, {"conj", "xcomp"})
        start = sentences_back(self.doc, pronoun.i, 1)
        i = pronoun.i - 1
        while i >= start:
            tok = self.doc[i]
            actor = self.token_actor.get(i)
            if i in skip or (actor is None and (tok.pos != NOUN or tok.tag_ not in _PLURAL_NOUN_TAGS)):
                i -= 1
                continue
            if actor is None:
                if tok.dep_ in _OBJECT_GROUP_STOP_DEPS and (tok.lemma_.lower() in OBJECT_GROUP_PEOPLE_NOUNS
                                                            or tok.lower_ in OBJECT_GROUP_PEOPLE_NOUNS):
                    return []  # "telephoned voters to encourage them": those people, no side
                i -= 1
                continue
            head = tok  # the head of the actor's phrase: up through its own mention's words
            while head.head.i != head.i and self.token_actor.get(head.head.i) == actor and head.head.i < pronoun.i:
                head = head.head
            first = head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first is not head or any(c.dep_ == "conj" for c in kids_of(head)):
                self._resolving = True
                try:
                    found, _ = self.phrase_actors(first)
                finally:
                    self._resolving = False
                if len(found) > 1:
                    return found  # "Latvia and Estonia", "Chilean and Peruvian fishermen"
            elif head.tag_ in _PLURAL_NOUN_TAGS and head.dep_ not in {"compound", "amod", "poss"}:
                political = self.political(actor)
                return [political] if political else []  # "Polish farmers", "the rebels"
            i = min(i, head.left_edge.i, first.left_edge.i) - 1  # a singular side, or one: passed with its phrase
        return []

    def named_before(self, tok: Token, sentences: int = 3) -> Iterator[Actor]:
        """The actors named before ``tok``, nearest first, back to the start of the sentence
        ``sentences`` before its own (further back, the story has moved on)."""
        start = sentences_back(self.doc, tok.i, sentences)
        for i in range(tok.i - 1, start - 1, -1):
            actor = self.actors.get(self.token_actor.get(i))
            if actor is not None:
                yield actor

    def story_state(self, head: Token, official: bool = False, home_only: bool = False) -> list[str]:
        """The state a bare "the government" stands for: the one named last before it, up to three
        sentences back (a state, or the country of an official or a state body); none if the phrase
        names anything more ("the Latvian government", "the government of X") or none is named.
        With ``official``, "the prime minister", "the interior ministry": the words from "the" to the
        head must be one of recall.yaml's story officials. Round 29: a home opposition's "the government"
        or "the prime minister" is its own state's (:meth:`_opposition_home`); ``home_only`` (a phrase a
        later mention gave an actor) answers that alone."""
        if head.i in self.token_actor and not home_only:
            return []
        named = {i for i in self.token_actor if i not in self.referred} if home_only else self.token_actor
        if official:
            words = [t for t in self.doc[head.left_edge.i:head.i + 1]]
            # "the president of the club" is another's; "accused the president of lying" is the charge
            if not words or words[0].lower_ != "the" or any(
                    c.dep_ in {"prep", "appos", "acl", "relcl"} and not (
                        c.lower_ == "of" and all(g.dep_ == "pcomp" for g in kids_of(c))) for c in kids_of(head)) \
                    or " ".join(t.lower_ for t in words[1:]) not in STORY_OFFICIALS \
                    or any(t.i in named for t in words) \
                    or any(t.i in named for t in self.doc[head.i + 1:head.i + 3]):
                return []  # "the defence minister [Ivo Tamm]", "the president, Ivo Tamm": the name is
        elif not self.bare_story_body(head):
            return []
        if home := self._opposition_home(head):
            return [home]
        if home_only:
            return []
        for actor in self.named_before(head):
            if actor.kind == "state":
                return [actor.id]
            if actor.sector in _STATE_SECTORS_OR_STORY_STATE_SECTORS and actor.country \
                    and self.actors.get(actor.country) is not None:
                return [actor.country]  # round 23: a party or parliament's state too (arguments.yaml)
        return []

    def bare_story_body(self, head: Token) -> bool:
        """Whether "the government" has nothing but "the" and adjectives of the kind of government before it
        ("the military government", "the transitional authorities": recall.yaml story_body_adjectives,
        evsides35), none an actor's word: a story body that names no one of its own."""
        return all((c.dep_ == "det" and c.lower_ == "the") or (
            c.dep_ in {"amod", "compound"} and c.i < head.i and c.lower_ in STORY_BODY_ADJECTIVES
            and c.i not in self.token_actor) for c in kids_of(head))

    def _opposition_home(self, head: Token) -> str | None:
        """Round 29: the state whose government a bare "the government" is when the clause that names it
        has a home opposition for its subject (a party, lawmakers, a parliament: recall.yaml
        home_opposition_sectors): a state named in that subject ("Polish lawmakers"), else the state the
        story is filed from (:meth:`home_state`); None for any other subject."""
        path = {t.i for t in head.ancestors} | {head.i}
        verb, subject = head.head, None
        for _ in range(3):
            subject = next((c for c in kids_of(verb) if c.dep in SUBJECTS_IDS and c.i not in path), None)
            if subject is not None or verb.dep_ == "ROOT":
                break
            verb = verb.head
        if subject is None:
            return None
        named = [a for k in subtree_indices(subject) if (a := self.actors.get(self.token_actor.get(k))) is not None]
        opposition = [a for a in named if a.kind != "state" and a.sector in HOME_OPPOSITION_SECTORS]
        if not opposition:
            return None
        # "Lithuanian opposition lawmakers": the subject's own nationality word names its state
        # (a capitalised adjective inside the actor's own mention: the parse has no entity types here)
        told = any(t.dep_ == "amod" and t.is_title and t.i in self.token_actor for t in subject.subtree)
        if told:  # (of a state the table holds; else as before: the state named last)
            return next((a.country for a in opposition if a.country and self.actors.get(a.country) is not None), None)
        return next((a.id for a in named if a.kind == "state"), None) or self.home_state()

    def home_state(self) -> str | None:
        """The state the story is filed from: its dateline's capital ("VIENNA (APA) -"), else the first
        state its headline names ("Japan demands ..."); None without either (read once per article)."""
        if not hasattr(self, "_home_state"):
            line = self.article.dateline
            home = capitals().get(line.place) or capitals().get(line.place.title()) if line and line.place else None
            span = self.article.headline_span
            if home is None and span:
                starts = token_table(self.doc).idx  # (each word's start from the table, not a token: speed only)
                home = next((a.id for i in range(len(self.doc)) if span[0] <= starts[i] < span[1]
                             and (a := self.actors.get(self.token_actor.get(i))) is not None
                             and a.kind == "state"), None)
            self._home_state = home if home is None or self.actors.get(home) is not None else None
        return self._home_state

    def plural_antecedent(self, pronoun: Token) -> list[str]:
        """The actors of the nearest coordinated subject before a plural pronoun in its sentence
        ("Japan and South Korea agreed ..., their ministers said" -> [JPN, KOR]), else none."""
        if self._resolving:
            return []
        self._resolving = True
        try:
            sent = pronoun.sent
            for tok in reversed(sent[: pronoun.i - sent.start]):
                if tok.dep_ in SUBJECTS and any(c.dep_ == "conj" for c in kids_of(tok)):
                    found, _ = self.phrase_actors(tok)
                    if len(found) > 1:
                        return found
            return []
        finally:
            self._resolving = False

    def _seated(self, body: Token, found: list[str]) -> list[str]:
        """Round 29: "The Foreign Office in Berlin summoned ...": a state body named with no state of its
        own in the phrase, whose name the dictionary gives to one state, but which is placed "in" the
        capital of another, is that other state's (a ministry sits in its own capital). A state named
        in the phrase ("the British Foreign Office in Berlin", "Latvia's ministry in Riga") keeps it."""
        seat = next((c for p in children(body, {"prep"}) if p.lower_ == "in" for o in children(p, {"pobj"})
                     if (c := capitals().get(self.doc[o.left_edge.i:o.i + 1].text))), None)
        if seat is None or seat == found[0] or self.actors.get(seat) is None:
            return found
        place = {t.i for p in children(body, {"prep"}) for t in p.subtree}
        if any(self.token_kind.get(t.i) == "adjective" or (
                (a := self.actors.get(self.token_actor.get(t.i))) is not None and a.kind == "state")
               for t in body.subtree if t.i not in place):
            return found
        return [seat]

    def _is_state_like(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is None or actor.kind in {"state", "igo"}

    def _has_country(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and bool(actor.country)

    def _first_token(self, head: Token, actor: str) -> int:
        for k in subtree_indices(head):  # (the subtree's indices, remembered per doc: speed only)
            if self.political(self.token_actor.get(k)) == actor:
                return k
        return head.i


def reporter_conjunct(verb: Token) -> Token | None:
    """The verb of saying whose reported clause ``verb`` is joined to as the reporter's own act ("said
    the gunmen came from X and accused Y", "told reporters that Z had closed the border, and called on
    W to ...": arguments.yaml speaker_conj_verbs), else None. Evsrc44: both the subject rule and the
    doer's phrase of the domestic rule (coder.py ``_side_phrases``) read the one who said as the doer."""
    head = verb.head
    if verb.dep == DEP_CONJ and verb.lemma_.lower() in SPEAKER_CONJ_VERBS and head.dep == DEP_CCOMP \
            and head.head.lemma_.lower() in SAY_VERBS:
        return head.head
    return None


def gender_clash(ctx: Context, gender: str | None, actor_id: str | None, word: Token | None = None) -> bool:
    """Whether a "he"/"she" (``gender``) cannot stand for the actor ``actor_id``: a person whose known gender
    is the other one; ``word``, the mention that names the actor, tells first where it is itself a pronoun
    ("She said ... He criticised ..."). A person of unknown gender, or any other actor, may be either.
    evsrc46: the one test of the anaphor role (sources.py) and of a quotation's speaker (judgements.py)."""
    if gender is None:
        return False
    known = PRONOUN_GENDER.get(word.lower_) if word is not None else None
    if known is None and actor_id is not None:
        actor = ctx.actors.get(actor_id)
        known = ctx.person_gender(actor.id) if actor is not None and actor.kind == "person" else None
    return known is not None and known != gender


def owned_by_pronoun(tok: Token) -> bool:
    """Whether a possessive pronoun owns ``tok`` ("its shelling", "their raids", "his country"): the owner is one
    the phrase names only by reference, which the rules that read it (an own deed ended, an own state, a
    rebutted claim) resolve each in their own way."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids_of(tok))


def acts_after_passive(verb: Token, passive: Token) -> bool:
    """Evsrc44: whether ``verb`` is an active verb joined to ``passive``, a passive with its doer after "by"
    ("was criticised by X but refused", "was not fined by X but has agreed"); a bare participle shares the
    passive ("was arrested by police and charged") and is not."""
    if not is_passive(passive) or is_passive(verb) or not any(a.lower_ == "by" for a in children(passive, {"agent"})):
        return False
    return verb.tag != TAG_VBN or any(c.dep_ == "aux" for c in kids_of(verb))


def names_both_sides(noun: Token) -> bool:
    """Whether a noun with "both", "the two", "each" ... names the two sides told before ("both sides",
    "the two countries": recall.yaml both_sides_*)."""
    return noun.lemma_.lower() in BOTH_SIDES_NOUNS and any(c.lower_ in BOTH_SIDES_WORDS for c in kids_of(noun))


# round 33 (evtrig33): "called for Ecuador to investigate", "renewed its call for Ghana to reopen": the
# parser reads "for" as the mark of a clause whose subject is the one asked; that clause is the
# preposition's object, and its subject the side the "+for" pattern (or an appeal or demand) names
FOR_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "acl", "xcomp"})
FOR_CLAUSE_ROOTS = frozenset({"02", "10"})
_CCOMP_DEPS = frozenset({"ccomp"})
_THAT_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})  # (relcl: the parser's reading of some)


def for_clauses(tok: Token) -> list[Token]:
    """The clauses on ``tok`` that "for" introduces as a preposition would ("for X to ...")."""
    return [c for c in children(tok, FOR_CLAUSE_DEPS) if any(m.lower_ == "for" for m in children(c, {"mark"}))]


def that_clauses(noun: Token) -> list[Token]:
    """The "that" clauses a noun holds as its content ("the accusation that X ...", round 33)."""
    return [c for c in children(noun, _THAT_CLAUSE_DEPS) if any(m.lower_ == "that" for m in children(c, {"mark"}))]


def aimed_pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition that may name whom an act is aimed at: all its pobj children but a noun of
    degree (evtgt53: "supported by France and, to a certain extent, Italy": how much, no one aimed at;
    arguments.yaml degree_nouns). Read by the pattern's target preposition (Arguments) and the resolver's
    (targets._pobjs) alike."""
    return [p for p in children(prep, {"pobj"}) if p.lemma_.lower() not in DEGREE_NOUNS]


def children(tok: Token, deps: set[str] | frozenset[str]) -> list[Token]:
    """The children of ``tok`` whose label is one of ``deps``, in order: from arrays.labelled_kids,
    made once per doc (a new list: a list costs less to make and read than a generator; speed only)."""
    # (a loop, not a list comprehension, which makes a function object and a frame on every call:
    # the rules ask this about 300 times per article, mostly of a verb's few children; speed only)
    # (labelled_kids' remembered list read here without the call, as arrays.LastDoc says: the one
    # helper the rules call most; speed only)
    memo, i = LABELLED_MEMO, tok.i
    kids = memo.known.get(i) if memo.doc is tok.doc else None
    found = []
    for c, dep in kids if kids is not None else labelled_kids(tok):
        if dep in deps:
            found.append(c)
    return found


def misparsed_main_verb(tok: Token) -> bool:
    """Round 22: "Ann Kask, for the Greens, called on X to ...": the small parser reads the verb after a
    name and a comma-closed phrase as a participle describing the name (acl), and the name as the root
    of a sentence with no verb. Such a participle is the sentence's verb, the name its subject.
    Round 25: the same after a relative aside ("The Vardenian council, which has rejected X as a
    broker, called for ...", a common noun too: "the minister, who ..., urged") or any aside between
    dashes ("X - ... - called"), where the verb hangs on a word deep in the aside."""
    if tok.dep != DEP_ACL or tok.tag not in TAGS_VBN_VBD or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1].text
    closers = ASIDE_DASHES if before in ASIDE_DASHES else {","} if before == "," else None
    if closers is None:
        return False
    head = misparsed_subject(tok)
    kinds = {"PROPN", "NOUN"} if before in ASIDE_DASHES or _relative_aside(tok) is not None else {"PROPN"}
    return (head.dep_ == "ROOT" and head.pos_ in kinds and head.i < tok.i
            and any(t.text in closers for t in tok.doc[head.i + 1:tok.i - 1])
            and not any(c.dep_ == "agent" for c in kids_of(tok)))


def _relative_aside(tok: Token) -> Token | None:
    """The sentence's root when the word ``tok`` hangs on lies in a relative clause (or a clause or
    apposition) on that root: "The council, which has rejected X as a broker, called" (round 25)."""
    node = tok.head
    for _ in range(12):
        if node.dep_ in {"relcl", "acl", "appos"} and node.head.dep_ == "ROOT" and node.head != node:
            return node.head
        if node.head == node:
            return None
        node = node.head
    return None


def misparsed_subject(tok: Token) -> Token:
    """The name a misparsed main verb (:func:`misparsed_main_verb`) hangs on, through the phrase after
    it ("Ann Kask, for the Greens, called": the participle may hang on "Greens"); through a relative
    aside or one between dashes, the sentence's root it is on (round 25)."""
    head = tok.head
    while head.dep_ in {"pobj", "prep", "appos", "compound"} and head.head != head:
        head = head.head
    if head.dep_ != "ROOT" and (root := _relative_aside(tok)) is not None:
        return root
    return head


def has_own_phrase(verb: Token) -> bool:
    """Round 37: whether a verb has a prepositional phrase of its own that names something ("clashed
    with police", "fired on the convoy", "withdrew from the talks"): such a verb, joined by "and" to
    another, says itself what it bears on and takes no object of its partner ("ransacked the offices
    and clashed with police" does not clash with the offices' owner). A date or time ("on Monday")
    says when, not at whom, and leaves the partner's object to it ("met on Monday and praised X")."""
    doc = verb.doc
    for prep in kids_of(verb):
        # (only the verb's prepositional complement, right after it or a particle or adverb: "clashed
        # with", "fought back against"; a later adjunct, "struck at a second in retaliation", is no side)
        if prep.dep == DEP_PREP and prep.i > verb.i and all(
                t.dep_ in {"prt", "advmod"} for t in doc[verb.i + 1:prep.i]) and any(
                o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN", "PRON"} and o.ent_type_ not in {"DATE", "TIME", "ORDINAL", "CARDINAL"}
                for o in kids_of(prep)):
            return True
    return False


def clause_subject_conjunct(noun: Token) -> bool:
    """A conjunct the parser joined to the phrase before "and" that is really the subject of the next
    clause: in "imposed sanctions on Iran and France followed suit" (or "expelled two diplomats and
    Austria did the same") the parser makes "France" a conjunct of "Iran" and "followed" a verb with
    no subject (or a complement clause, "ccomp"); the name right before that finite verb is its
    subject, no second target (round 30)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or noun.pos_ not in {"PROPN", "NOUN"}:
        return False
    verb = doc[noun.i + 1]
    return verb.pos_ in {"VERB", "AUX"} and verb.tag_ in FINITE_TAGS and verb.dep_ in {"conj", "ccomp"} \
        and verb.head.i < noun.i and not any(children(verb, SUBJECTS_OR_PASSIVE_SUBJECTS))


def relative_object_gap(verb: Token) -> Token | None:
    """Round 31: the noun a relative clause hangs on when that noun is the clause verb's object: the
    clause has a subject of its own and its object is a relative pronoun ("the envoy whom Latvia
    expelled") or absent ("six officials it accused of fraud"). None for a relative whose pronoun is
    the subject ("officials who accused X"), a passive ("officials who were expelled"), one with an
    object of its own, or one of place, time or manner ("Riga, where Latvia protested":
    arguments.yaml relative_adverbs)."""
    if verb.dep != DEP_RELCL or verb.head.pos_ not in {"NOUN", "PROPN"} or is_passive(verb):
        return None
    kids = kids_of(verb)
    if not any(c.dep_ in SUBJECTS and c.tag_ not in {"WP", "WDT"} for c in kids):
        return None
    if any(c.lower_ in RELATIVE_ADVERBS or c.tag_ == "WRB" for c in kids):
        return None
    objects = [c for c in kids if c.dep_ in OBJECTS]
    if any(c.tag_ not in {"WP", "WDT"} for c in objects) or any(c.dep_ in {"ccomp", "xcomp"} for c in kids):
        return None  # (an object of its own; "officials it said had shipped arms": the complement's)
    return verb.head


def of_holders(noun: Token) -> list[Token]:
    """An action noun and its "of" objects: in "the withdrawal of forces from Panama" the "from"
    hangs on "forces" but says where the withdrawal is from."""
    return [noun, *(pobj for prep in children(noun, {"prep"}) if prep.lower == WORD_OF
                    for pobj in children(prep, {"pobj"}))]


def measured(verb: Token) -> list[Token]:
    """What a sum a verb acts on is of: "froze $4bn in funding for X", "sent 40 tonnes in aid" (the
    "in" object of the sum, or of the verb beside it)."""
    sums = [o for o in children(verb, OBJECTS) if o.like_num or o.text[:1].isdigit()
            or o.ent_type in ENTS_MONEY_QUANTITY_CARDINAL or any(c.is_currency or dep == "nummod" for c, dep in labelled_kids(o))]
    if not sums:
        return []
    return [pobj for holder in [verb, *sums] for prep in children(holder, {"prep"}) if prep.lower_ == "in"
            for pobj in children(prep, {"pobj"})]


class Arguments:
    """The coder's rules for a trigger's arguments (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    def _subject(self, ctx: Context, verb: Token, depth: int = 0) -> tuple[list[str], bool]:
        """The actors doing what ``verb`` says; (ids, inherited from elsewhere)."""
        # a dateline ("KYIV, June 12 -") may parse as a subject too; "which/who" stand for the noun a
        # relative clause hangs on (handled below)
        subjects = [s for s in children(verb, SUBJECTS) if s.tag not in TAGS_WDT_WP]
        if not subjects and not any(dep in PASSIVE_SUBJECTS_OR_EXPL for _, dep in labelled_kids(verb)):
            # "Like Vidal, Tully has been outspoken": the small parser often reads a lone surname
            # (most of all one ending in -ly) as an adverb; an actor's name before a verb that has
            # no subject is its subject
            subjects = [c for c in kids_of(verb) if c.dep in MISPARSED_SUBJECTS_IDS and c.i < verb.i
                        and c.i in ctx.token_actor]
        for s in subjects:
            if (line := ctx.article.dateline) is not None and line.span[0] <= s.idx < line.span[1]:
                # round 22: "NAIROBI, May 9 - Kenya and Uganda agreed ..." parsed with the
                # dateline's place as the subject: the subject is the phrase after the dateline
                found = self._after_dateline(ctx, verb, line.span[1])
                if found:
                    return found, False
                continue
            found, inherited = ctx.phrase_actors(s)
            if found:
                return found, inherited
            if (s.tag == TAG_VBG or self._lookup(self.nouns, s)) and (found := self._by_doers(ctx, s)):
                # round 31: "the raid by Latvian troops killed two men": an action noun's doer (not any
                # noun's: "the statement by X comes a day before ...")
                return found, False
            if s.lemma_.lower() in ISSUED_TEXTS and (found := self._issuer(ctx, s)):
                return found, True  # round 31: "X issued a statement ... The statement urged Y"
            if s.tag == TAG_VBG:
                # "The Harbour Guild working in Oslo said" misparsed with "working" as the subject
                # and "Harbour Guild" as its own: the gerund's subject is the one who said
                for inner in children(s, SUBJECTS):
                    found, inherited = ctx.phrase_actors(inner)
                    if found:
                        return found, inherited
        if subjects and not any((s.pos_ == "PRON" and s.lower_ not in FIRST_PERSON) or self._owned_body(ctx, s)
                                for s in subjects):
            return [], False
        if subjects:
            # "Latvia said it would release ...": an unresolved "it/they/he" in a reported clause
            # is, most often, the one who reports it
            found = self._reporter(ctx, verb)
            return found, bool(found)
        for agent in children(verb, {"agent"}):
            for pobj in children(agent, {"pobj"}):
                return ctx.phrase_actors(pobj)
        if not any(not ctx.in_dateline(s) for s in subjects) and not is_passive(verb):
            # round 31: "Shelling by Azerbaijani forces wounded two soldiers": the parser reads an opening
            # action noun with its doer as a gerund clause, leaving the verb without a subject; the doer
            # it names did what the verb says (a clause of its own, "Speaking to reporters, ...", has an
            # object or a subject and is no doer's deed)
            for clause in children(verb, {"advcl", "csubj"}):
                if clause.i < verb.i and (clause.tag_ == "VBG" or self._lookup(self.nouns, clause)) and not any(
                        c.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS or c.dep_ in OBJECTS for c in kids_of(clause)) \
                        and (found := self._by_doers(ctx, clause)):
                    return found, False
        # (real10a: and its participle on a noun, read as past tense: "a move branded a farce by MPs")
        if verb.lemma_.lower() in NAMING_VERBS and (is_passive(verb) or verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBD"):
            # "was branded a disgraceful waste by MPs": the parser hangs the agent's "by" on the name
            for prep in (p for obj in children(verb, OBJECTS) for p in children(obj, {"prep"}) if p.lower_ == "by"):
                for pobj in children(prep, {"pobj"}):
                    return ctx.phrase_actors(pobj)
        if is_passive(verb):
            # "were wounded in Latvian shelling": the actor of the action that did it
            for prep in children(verb, {"prep"}):
                if prep.lower_ in DEED_PREPS:
                    for pobj in children(prep, {"pobj"}):
                        after = pobj.right_edge.i + 1
                        if self._noun_pattern(pobj) is not None:
                            found, inherited = self._noun_modifiers(ctx, pobj)
                        elif after < len(verb.doc) and self._lookup(self.nouns, verb.doc[after]):
                            # "in Israeli tank shelling" with "shelling" tagged as a verb: the
                            # words before the action noun are its modifiers
                            found, inherited = ctx.phrase_actors(pobj)
                        else:
                            continue
                        if found:
                            return found, inherited
        if depth > 3 or verb.head == verb:
            return [], False
        if misparsed_main_verb(verb):
            # round 22: "Ann Kask, for the Greens, called on X to ...": the name, else the one it speaks for
            named = misparsed_subject(verb)
            found, inherited = ctx.phrase_actors(named)
            if not found:
                found = [a for p in children(named, {"prep"}) if p.lower_ == "for"
                         for o in children(p, {"pobj"}) for a in ctx.phrase_actors(o)[0]]
            return found, inherited
        if verb.tag == TAG_VBN and not any(c.dep in DEPS_AUX_AUXPASS for c in kids_of(verb)):
            return [], False  # "Asked why, he said ...": the one asked is not the one asking
        head = verb.head
        if is_decided_clause(verb):
            # evsubj39: "Chile's decision to expel two diplomats": the one whose decision it is
            found, _ = self._noun_modifiers(ctx, head)
            if not found:
                # evrec48: "the decision by Chile to expel ...": the "by" object owns it
                found = [a for o in decision_owners(head) for a in ctx.phrase_actors(o)[0]]
            return found, True
        if is_threat_clause(verb):
            # "the Latvian threat to expel diplomats", "Latvia issued a threat to ...": who threatens
            # (modality.yaml threat_nouns; round 19)
            found, _ = self._noun_modifiers(ctx, head)
            if not found and head.dep_ in OBJECTS and head.head.lemma_.lower() in THREAT_MAKING_VERBS:
                found, _ = self._subject(ctx, head.head, depth + 1)
            return found, True
        # "prompting Russia and China to strengthen ...": the object of the governing verb acts
        if verb.dep == DEP_XCOMP:
            for obj in children(head, OBJECTS):
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found, True
        if verb.dep == DEP_XCOMP:
            # "Obama is scheduled to attend": the passive subject of the governing verb acts
            for s in children(head, PASSIVE_SUBJECTS):
                found, _ = ctx.phrase_actors(s)
                if found:
                    return found, True
        if (say := reporter_conjunct(verb)) is not None:
            # "said the gunmen came from X and accused Y": the one who said accuses
            found, _ = self._subject(ctx, say, depth + 1)
            return found, True
        if verb.dep == DEP_ADVCL and verb.tag == TAG_VBG and verb.lemma_.lower() in SPEAKER_CONJ_VERBS and head.i < verb.i \
                and (say := self._reported_by(head, verb)) is not None:
            # round 31: "Shelling by X wounded two soldiers, the ministry said, accusing Baku of ...", "said
            # X had shelled Y, accusing Z": a trailing participle of accusing or urging on a reported
            # clause is the reporter's act, not that of the clause's subject (arguments.yaml
            # speaker_conj_verbs)
            found, _ = self._subject(ctx, say, depth + 1)
            return found, True
        if verb.dep == DEP_CONJ and head.i < verb.i and not any(
                t.dep in DEPS_CC_PRECONJ or t.text in {",", ";", "-", "–", "—"} for t in verb.doc[head.i + 1:verb.i]):
            # round 20: a verb "joined" to another with no "and", "or" or comma between them is a misparse
            # ("closed the crossing after gunmen it said were based in X killed seven soldiers"): the
            # first verb's subject did not do it
            return [], False
        marks = [t for t in verb.doc[head.i + 1:verb.i] if t.text in QUOTE_MARKS] if verb.dep in DEPS_CONJ_ADVCL else []
        if len(marks) % 2 == 1 and head.i < verb.i and any(t.head != verb and t.head.i > head.i for t in marks):
            # round 21: a verb inside quotation marks "joined" (conj, advcl) to one outside them ('reiterated that
            # the camps "are illegal and threaten ..."') is a misparse: the quoted words have their own subject
            return [], False
        if verb.dep == DEP_ADVCL and verb.tag == TAG_VBG and head.lemma_.lower() in ACCUSING_VERBS and any(
                d.i < verb.i for p in children(head, {"prep"}) if p.lower_ in ACCUSED_DEED_PREPS
                for d in children(p, {"pcomp"})):
            return [], False  # round 29: "accused X of shelling Y, killing Z": alleged, not the accuser's (arguments.yaml)
        if verb.dep == DEP_CONJ and head.i < verb.i and acts_after_passive(verb, head):
            # evsrc44: "was criticised by Estonia but refused to ...", "was invited by China and met X": an
            # active verb joined to a passive one shares its subject (the one acted on), not the doer after "by"
            found = [a for s in children(head, PASSIVE_SUBJECTS) for a in ctx.phrase_actors(s)[0]]
            return found, True
        if verb.dep in DEPS_XCOMP_CONJ_ADVCL_ACOMP:
            found, _ = self._subject(ctx, head, depth + 1)
            return found, True
        if verb.dep_ in {"pobj", "pcomp"} and head.lower_ in SHARED_SUBJECT_PREPS and head.head != head:
            # "their ministers said after meeting in Tokyo": the one who said is the one who met
            found, _ = self._subject(ctx, head.head, depth + 1)
            if head.lower_ == "in" and head.head.lemma_.lower() in JOINING_VERBS:
                # "joined Latvia in condemning X": the one joined does it too
                found += [a for obj in children(head.head, OBJECTS) for a in ctx.phrase_actors(obj)[0]
                          if a not in found]
            return found, True
        if verb.dep_ == "pcomp" and head.lower_ in MEANS_PREPS and head.head.pos_ == "VERB" \
                and not is_passive(head.head):
            # round 31: "Pakistan responded by expelling an Indian diplomat": the means of an active
            # verb is done by its subject (not of a passive: "was angered by X expelling ...")
            found, _ = self._subject(ctx, head.head, depth + 1)
            return found, True
        if verb.dep == DEP_PCOMP and head.dep == DEP_PREP and head.head.dep == DEP_ACOMP:
            # "was quick in denouncing X", "is firm in rejecting X": the one so described
            found, _ = self._subject(ctx, head.head.head, depth + 1)
            return found, True
        # "rebels who attacked ...", "troops shelling the town": the noun the clause hangs on
        if verb.dep == DEP_RELCL or (verb.dep == DEP_ACL and verb.tag == TAG_VBG):
            found, _ = ctx.phrase_actors(head)
            if not found and head.dep_ in OBJECTS and head.head.lemma_.lower() in ISSUING_VERBS:
                # "published a statement urging ...": the one who published it urges
                found, _ = self._subject(ctx, head.head, depth + 1)
            return found, True
        return [], False

    @staticmethod
    def _reported_by(clause: Token, after: Token) -> Token | None:
        """Round 31: the verb of saying that reports ``clause``: the one it is the complement of ("the
        ministry said [shelling wounded ...]"), or one the parser hung on it as an aside before ``after``
        ("[shelling wounded ...], the ministry said, accusing"); None when the clause is not reported."""
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAY_VERBS:
            return clause.head
        return next((c for c in children(clause, {"parataxis", "ccomp"})
                     if c.i < after.i and c.lemma_.lower() in SAY_VERBS and any(children(c, SUBJECTS))), None)

    def _issuer(self, ctx: Context, text: Token) -> list[str]:
        """Round 31: who put out a text that is a clause's subject ("The statement urged Athens to ...",
        "The declaration demanded ...": arguments.yaml issued_texts), when its own phrase names no one:
        the doer of a participle on it ("a statement issued by X"), else the nearest earlier mention of
        the same word in its sentence or the two before, by what that mention's phrase names ("a
        statement from X", "X's letter") or, put out ("X issued a statement", "X rejected the blockade
        in a declaration"), by the subject of the verb that put it out. None for a text someone else
        received ("Estonia rejected the statement": no issuer told)."""
        for acl in children(text, {"acl"}):
            for agent in children(acl, {"agent"}):
                found = [a for o in children(agent, {"pobj"}) for a in ctx.phrase_actors(o)[0]]
                if found:
                    return found
        start = sentences_back(ctx.doc, text.i, 2)
        lemma = text.lemma_.lower()
        for i in range(text.i - 1, start - 1, -1):
            told = ctx.doc[i]
            if told.lemma_.lower() != lemma or told.pos_ != "NOUN":
                continue
            found, _ = ctx.phrase_actors(told)
            found = found or [a for p in children(told, {"prep"}) if p.lower_ in {"from", "by"}
                              for o in children(p, {"pobj"}) for a in ctx.phrase_actors(o)[0]]
            if found:
                return found
            if told.dep_ in OBJECTS and told.head.lemma_.lower() in ISSUING_VERBS:
                return self._subject(ctx, told.head, 1)[0]
            if told.dep_ == "pobj" and told.head.lower_ in MEDIUM_PREPS and told.head.head.pos_ == "VERB":
                return self._subject(ctx, told.head.head, 1)[0]
            return []  # (the nearest mention is not one put out: no issuer told)
        return []

    @staticmethod
    def _gapped_party(ctx: Context, noun: Token) -> bool:
        """Round 31: whether the noun a gapped relative hangs on names a party itself: an actor's mention,
        a name, or one told by a nationality ("a Malian diplomat whom it accused"); not a thing an actor
        only modifies ("a G8 aid package which he likened to ...", "a UN resolution which X vetoed")."""
        return noun.i in ctx.token_actor or noun.pos_ == "PROPN" or any(
            c.dep_ == "amod" and ctx.token_kind.get(c.i) == "adjective" for c in kids_of(noun))

    @staticmethod
    def _by_doers(ctx: Context, noun: Token) -> list[str]:
        """Round 31: the actors of the "by" object of an action noun that names no one itself ("the strike
        by Malian drones", "shelling by Azerbaijani forces"); none for a noun that names an actor."""
        if noun.i in ctx.token_actor:
            return []
        return [a for prep in children(noun, {"prep", "agent"}) if prep.lower_ == "by"
                for pobj in children(prep, {"pobj"}) for a in ctx.phrase_actors(pobj)[0]]

    @staticmethod
    def _after_dateline(ctx: Context, verb: Token, end: int) -> list[str]:
        """The actors of the words between a dateline (ending at character ``end``) and ``verb``,
        up to the first preposition or verb there ("- Kenya and Uganda agreed": [KEN, UGA];
        "- Officials in Lagos said": none of Lagos) (round 22)."""
        found: list[str] = []
        for tok in verb.doc[verb.sent.start:verb.i]:
            if tok.idx < end or tok.text in DATELINE_DASHES:
                continue
            if tok.pos_ == "ADP" or tok.tag_ in {"WDT", "WP"} or (
                    tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound", "nmod"}):
                break  # (a verb that modifies a noun, "Kenyan-led police", is part of the phrase)
            if tok.head.lemma_.lower() in DESCRIBING_APPOSITIVES and tok.head.dep_ in {"appos", "conj"}:
                continue  # "- Hungary and Slovakia, both EU members, held": no EU (evnews27)
            if ctx.names_bloc(tok):
                continue  # evsrc40: "- Fellow OPEC member Nigeria agreed": no OPEC
            if ctx.modifies_firm(tok):
                continue  # round 33: "- Malaysian palm oil refiner X agreed": the firm's country, not its state
            if ctx.office_domain(tok):
                continue  # evsrc53: "- The Green Party's Senedd leader X said": the office's chamber, no side
            if (a := ctx.political(ctx.token_actor.get(tok.i))) and a not in found:
                found.append(a)
        return found

    @staticmethod
    def _reporter(ctx: Context, verb: Token) -> list[str]:
        """The actors who report the clause ``verb`` heads ("Latvia said ... would"), else none.

        evtgt57: in "Latvia said Estonian jets bombed its posts, state radio reported" the parser hangs the
        reported clause on the last verb of saying, whose subject (an outlet, a channel) names no side; the
        verb of saying that verb itself reports ("said", above it) is asked next, up to REPORTER_CHAIN
        verbs: the first that names a side is the one who reports (arguments.yaml reporter_chain)."""
        say = reporting_verb(verb)
        for _ in range(REPORTER_CHAIN):
            if say is None:
                break
            for reporter in children(say, SUBJECTS):
                found, _ = ctx.phrase_actors(reporter)
                if found:
                    return found
            say = reporting_verb(say)
        return []

    @staticmethod
    def _reporting_body(ctx: Context, verb: Token, sectors: frozenset[str]) -> list[str]:
        """The state body of one of ``sectors`` that reports the clause ``verb`` heads ("..., the
        police said"), as the id an event uses for it; else none."""
        say = reporting_verb(verb)
        if say is None:
            return []
        for reporter in children(say, SUBJECTS):
            for tok in reporter.subtree:
                actor = ctx.actors.get(ctx.token_actor.get(tok.i))
                if actor is not None and actor.sector in sectors and (found := ctx.political(actor.id)):
                    return [found]
        return []

    @staticmethod
    def _stance_passive(ctx: Context, verb: Token) -> tuple[list[str], list[str]] | None:
        """(sources, targets) of "X is opposed to Y", or None when it has no "to" or no subject actor."""
        # the subject may hang on "is" itself ("Chile is opposed": nsubj of the auxiliary)
        holders = [verb, *children(verb, {"auxpass"})]
        sources = [a for h in holders for s in children(h, SUBJECTS_OR_PASSIVE_SUBJECTS)
                   for a in ctx.phrase_actors(s)[0]]
        to = [pobj for prep in children(verb, {"prep"}) if prep.lower_ == "to"
              for pobj in children(prep, {"pobj"})]
        if not sources or not to:
            return None
        return sources, [a for pobj in to for a in ctx.phrase_actors(pobj)[0]]

    @staticmethod
    def _owned_body(ctx: Context, noun: Token) -> bool:
        """A state body owned by a pronoun and no actor: "his government", "their ministry", "its troops"."""
        if noun.i in ctx.token_actor:
            return False
        lemma = noun.lemma_.lower()
        if lemma in ctx.bodies:
            return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in kids_of(noun))
        # round 22: forces owned by "its" only ("their troops" may be another group's fighters)
        return lemma in OWNED_FORCES and any(c.dep_ == "poss" and c.lower_ == "its" for c in kids_of(noun))

    @staticmethod
    def own_side_said(ctx: Context, tok: Token, pattern: Pattern, targets: list[str], sources: list[str]) -> bool:
        """evtgt50 (arguments.yaml own_side_said_roots): whether ``targets`` are the subject of the reported
        clause of a verb of saying with no object ("pledged that Hungary would ...") and the speaker's own
        side: a source, a state that is a source or a source's country, or, for a pledge, any party or body
        of a source's country (not a person: the one the pledge is about). Such a clause tells what the
        speaker's side will do, not whom the act is aimed at.
        Only for one source: a person and the body named with them ("Labour leader X") with no target
        would be coded as a joint act of the two."""
        if not targets or len(set(sources)) != 1 or not pattern.say or pattern.kind != "verb" or any(children(tok, OBJECTS)):
            return False  # (two sources with no target would read as a joint act of the two: left as it was)
        said: list[str] = []
        for clause in children(tok, {"ccomp"}):
            for s in children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS):
                said, _ = ctx.phrase_actors(s)
                if said:
                    break
            if said:
                break
        if set(said) != set(targets):
            return False  # (another rule named them: an object's phrase, a "for" clause)

        def country(actor_id: str) -> str | None:
            actor = ctx.actors.get(actor_id)
            if actor is None:
                return actor_id if ":" not in actor_id else None
            return actor_id if actor.kind == "state" else actor.country

        homes = {c for s in sources if (c := country(s))}
        pledge = pattern.code[:2] in OWN_SIDE_SAID_ROOTS
        for t in targets:
            a = ctx.actors.get(t)
            state = (a is None and ":" not in t) or (a is not None and a.kind == "state")
            # (a person in the clause is whom the pledge is about: "promised he would get a pension")
            if t in sources or (state and t in homes) or (pledge and country(t) in homes and (a is None or a.kind != "person")):
                continue
            return False
        return True

    def _targets(self, ctx: Context, tok: Token, pattern: Pattern) -> list[str]:
        """The actors an action is done to."""
        # (round 29: a measure a verb pattern names may be the "of" object of its object: "delivered a
        # note of protest to X", where the parser hangs "to X" on "protest")
        holders = ([tok, *children(tok, OBJECTS_OR_PASSIVE_SUBJECTS), *measured(tok),
                    *((h for o in children(tok, OBJECTS) for h in of_holders(o)[1:]) if pattern.objects else ())]
                   if pattern.kind == "verb"
                   # (a noun's preposition may hang on the verb it is the object of: "dropped their
                   # investigation into X")
                   else of_holders(tok) + ([tok.head] if tok.dep_ in OBJECTS else []))
        if pattern.preps:
            for holder in holders:
                for prep in kids_of(holder):
                    if prep.dep in DEPS_PREP_DATIVE and prep.lower_ in pattern.preps:
                        for pobj in children(prep, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found and prep.lower_ in FORUM_PREPS and pattern.code[:2] in FORUM_ROOTS and self._forum(
                                    ctx, found) and (
                                    party := self._complained_against(ctx, holders)):
                                return party  # round 33: "lodged a complaint with the WTO against X": X
                            if found:
                                return found
                            # round 31: "moved troops to its border with X": the side the line is shared with
                            if pobj.lemma_.lower() in BORDER_NOUNS:
                                for line in (c for c in kids_of(pobj) if c.dep_ == "prep" and c.lower_ == "with"):
                                    for other in children(line, {"pobj"}):
                                        found, _ = ctx.phrase_actors(other)
                                        if found:
                                            return found
                            # "an inquiry into claims against X": the one the claims are against
                            for inner in (t for t in pobj.subtree if t.dep == DEP_PREP and t.lower == WORD_AGAINST):
                                for against in children(inner, {"pobj"}):
                                    found, _ = ctx.phrase_actors(against)
                                    if not found and pattern.code[:2] in PERSON_TARGET_ROOTS and (
                                            person := self._private_person(ctx, against)):
                                        found = [person]
                                    if found:
                                        return found
        if pattern.kind == "noun" and "that" in pattern.preps:
            # round 33: "Beijing's accusation that Washington ...": the subject of the noun's "that" clause
            for clause in that_clauses(tok):
                for subject in children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS):
                    found, _ = ctx.phrase_actors(subject)
                    if found:
                        return found
        if "for" in pattern.preps or pattern.code[:2] in FOR_CLAUSE_ROOTS:
            # round 33: "called for X to reopen the border", "renewed its call for X to ...": the subject
            # of the clause "for" introduces is the one asked (FOR_CLAUSE_DEPS above)
            for holder in holders:
                for clause in for_clauses(holder):
                    for subject in children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS):
                        found, _ = ctx.phrase_actors(subject)
                        if found:
                            return found
        if pattern.kind == "verb" and pattern.code[:2] in JUDGEMENT_ROOTS and not is_passive(tok):
            # round 30: "condemned the arrest of two journalists by Hungarian police": the one judged
            # is who did the act the object names (its "by" agent, which the parser often hangs on
            # the "of" object), not the ones it was done to (not in a passive: "was branded a waste
            # by MPs" names the judges)
            for obj in children(tok, OBJECTS):
                if obj.i in ctx.token_actor or obj.pos_ != "NOUN":
                    continue
                for holder in of_holders(obj):
                    for prep in children(holder, {"prep"}):
                        if prep.lower_ in OBJECT_DOER_PREPS:
                            for pobj in children(prep, {"pobj"}):
                                found, _ = ctx.phrase_actors(pobj)
                                if found:
                                    return found
        if pattern.kind == "verb" and tok.dep in DEPS_ADVCL_CSUBJ and tok.tag == TAG_VBG and tok.i < tok.head.i \
                and not any(c.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS or c.dep_ in OBJECTS for c in kids_of(tok)) \
                and not any(c != tok and not ctx.in_dateline(c) for c in children(tok.head, SUBJECTS_OR_PASSIVE_SUBJECTS)):
            # round 31: "Shelling by Azerbaijani forces wounded two soldiers" read as a gerund clause on a
            # verb with no subject: the action is that verb's subject, and what the verb did it to is its
            # object (the doer: Arguments._subject)
            for obj in children(tok.head, OBJECTS):
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found
        if pattern.kind == "verb" and tok.lemma_.lower() in ACCUSING_VERBS and (gapped := relative_object_gap(tok)) is not None \
                and self._gapped_party(ctx, gapped):
            # round 31: "officials it blamed for a crackdown on protesters": the one accused is the object,
            # here the noun the clause hangs on, before any actor the charge names (the rule below, first)
            found, _ = ctx.phrase_actors(gapped)
            if found:
                return found
        if pattern.kind == "verb":
            # (round 45: a pattern naming the people it acts on takes them as the passive subject too,
            # "two Russian diplomats were expelled by Germany": arguments.yaml people_acted_on_verbs)
            passive = list(children(tok, PASSIVE_SUBJECTS)) if not pattern.objects or (
                pattern.lemma in PEOPLE_ACTED_ON_VERBS and not pattern.preps) else []
            # (what two sides exchange is no party to it: "exchanged prisoners" is between the subjects)
            # "attacked and destroyed a Greek platform": the object of the second verb of a pair
            # with one subject is the first verb's too (round 15)
            # (round 37: not a verb with a phrase of its own, "clashed with police and ransacked X")
            shared = [] if passive or any(children(tok, OBJECTS)) or has_own_phrase(tok) else [
                o for c in children(tok, {"conj"}) if c.pos_ == "VERB" and not any(children(c, SUBJECTS))
                for o in children(c, OBJECTS)]
            # (round 45: nor is the thing a pattern names beside its target's preposition: in "sent troops
            # to X" the troops are what is sent, X the side it is done to; "to the border" names no one)
            for obj in [*passive, *(o for o in children(tok, OBJECTS)
                                    if not ((pattern.symmetric or pattern.preps) and o.lemma_.lower() in pattern.objects)),
                        *shared]:
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found
                if pattern.code[:2] in PERSON_TARGET_ROOTS and (person := self._private_person(ctx, obj)):
                    return [person]  # "sentenced journalist Ana Ruiz": the one jailed, of any standing
                if obj.i in ctx.token_actor or obj.ent_type in ENTS_PERSON_ORG_NORP_GPE:
                    return []  # "asked Obama to help Iran": the one asked is the target, named or not
            if passive and pattern.code[:2] in PERSON_TARGET_ROOTS:
                return []  # "four men were arrested over the attack on X": the men, no one else
            preps = [p for holder in holders for p in children(holder, {"dative", "prep"})]
            for prep in preps:
                if prep.dep == DEP_DATIVE and prep.pos_ in {"NOUN", "PROPN", "PRON"}:
                    # "sent Portugal its congratulations", "gave Kyiv new tanks": the indirect object
                    # receives the act (round 15); round 31: a pronoun the actors stage resolved too
                    # ("summoned the envoy and handed him a note of protest")
                    found, _ = ctx.phrase_actors(prep)
                    if found:
                        return found
                if prep.lower in TARGET_PREPS_IDS:
                    for pobj in aimed_pobjs(prep):
                        found, _ = ctx.phrase_actors(pobj)
                        if found:
                            return found
            if pattern.code[:2] in VIOLENT_ROOTS and any(
                    c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for o in children(tok, OBJECTS)
                    for h in of_holders(o) for c in kids_of(h)):
                # "Latvia said Estonian jets had bombed its positions": what the reporter owns was hit
                # (evtgt53: also a part of it, "shelled three of its border posts")
                if found := self._reporter(ctx, tok):
                    return found
            # "refused to let aid convoys reach X", "threatened to cut ties with X": the complement's object
            for clause in children(tok, {"xcomp"}):
                for obj in kids_of(clause):
                    if obj.dep_ in OBJECTS:
                        found, _ = ctx.phrase_actors(obj)
                        if found:
                            return found
                    if obj.dep_ in {"prep", "dative"} and obj.lower_ in TARGET_PREPS:
                        for pobj in children(obj, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found:
                                return found
            if pattern.needs_target and not pattern.say:
                # round 33: "pledged to help Laos rebuild its roads", "helped Kenya build a port": the
                # subject of a bare infinitive (no "that", no "to") is the one the deed is done for
                for clause in children(tok, _CCOMP_DEPS):
                    if clause.tag_ == "VB" and not children(clause, {"mark", "aux"}):
                        for subject in children(clause, SUBJECTS):
                            found, _ = ctx.phrase_actors(subject)
                            if found:
                                return found
            # "urged an embargo on X": the one the object of the action is aimed at
            # evnews27: not the label a judgement gives ("condemned the strikes as an aggression on
            # Lebanese sovereignty"): what the label says was attacked is the victim, not the one judged
            for holder in [*children(tok, OBJECTS), *(p for prep in children(tok, {"prep"})
                                                       if prep.lower_ not in LABEL_PREPS
                                                       and prep.lower_ not in CONCESSIVE_PREPS
                                                       for p in children(prep, {"pobj"}))]:
                for prep in children(holder, {"prep"}):
                    if prep.lower_ in TARGET_PREPS or (
                            prep.lower_ in OBJECT_DOER_PREPS and holder.dep_ in OBJECTS
                            and pattern.code[:2] in JUDGEMENT_ROOTS):
                        for pobj in children(prep, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found:
                                return found
            if pattern.code[:2] in JUDGEMENT_ROOTS:
                # "condemned the decision taken by X": the one judged is who did what is judged
                for obj in children(tok, OBJECTS):
                    for agent in (a for acl in children(obj, {"acl"}) for a in children(acl, {"agent"})):
                        for pobj in children(agent, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found:
                                return found
            if pattern.say:
                # "warned that NATO ...": the first actor the reported clause is about
                for clause in children(tok, {"ccomp"}):
                    for s in children(clause, SUBJECTS_OR_PASSIVE_SUBJECTS):
                        found, _ = ctx.phrase_actors(s)
                        if found:
                            return found
        if pattern.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in DRAWN_INTO_PREPS and \
                tok.head.head.pos_ == "VERB":
            # "engaged X in a firefight", "drew X into a war": the verb's object is the one fought
            for obj in children(tok.head.head, OBJECTS):
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found
        if pattern.kind == "verb" and (gapped := relative_object_gap(tok)) is not None \
                and self._gapped_party(ctx, gapped):
            # round 31: "sanctioned six officials it accused of fraud", "the envoy whom Latvia expelled": a
            # relative clause whose object is the relative pronoun, or is left out, acts on the noun the
            # clause hangs on (the clause's own subject is the doer: "officials who accused X" is the
            # subject's relative, not this one). Last, when no rule above named a target: a phrase the
            # verb names itself ("a resolution which Russia vetoed at the UN") comes first
            found, _ = ctx.phrase_actors(gapped)
            if found:
                return found
        if pattern.kind == "noun":
            # round 31: "handed him a note of protest", "sent Estonia a letter of complaint": the indirect
            # object of the verb whose object the act is (or whose object's "of" object it is) is the
            # one it is given to (a pronoun as the actors stage resolved it)
            obj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
            if obj.dep_ == "dobj" and obj.head.pos_ == "VERB":
                for dative in children(obj.head, {"dative"}):
                    if dative.pos_ in {"NOUN", "PROPN", "PRON"}:
                        found, _ = ctx.phrase_actors(dative)
                        if found:
                            return found
        return []

    @staticmethod
    def _forum(ctx: Context, found: list[str]) -> bool:
        """A body that hears complaints between others: an international organisation or a court."""
        return all((a := ctx.actors.get(x)) is not None and (a.kind == "igo" or a.sector in FORUM_SECTORS)
                   for x in found)

    @staticmethod
    def _complained_against(ctx: Context, holders: list[Token]) -> list[str]:
        """Round 33 (arguments.yaml forum_preps): the side an "against" names in the phrases of a
        complaint lodged "with" a forum ("filed a case with the court against X", "lodged a complaint
        with the WTO against X's curbs"), not those of a clause it governs."""
        stack = list(holders)
        seen: set[int] = set()
        while stack:
            tok = stack.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            for c in kids_of(tok):
                if c.dep_ == "prep" and c.lower_ in AGAINST_PREPS:
                    for pobj in children(c, {"pobj"}):
                        found, _ = ctx.phrase_actors(pobj)
                        if found:
                            return found
                if c.dep_ in FORUM_PHRASE_DEPS:
                    stack.append(c)
        return []

    @staticmethod
    def _private_person(ctx: Context, noun: Token) -> str | None:
        """The person a noun phrase names by name ("journalist Ana Ruiz"), whatever their standing."""
        actor = ctx.actors.get(ctx.token_actor.get(noun.i))
        # (or a pronoun the actors stage resolved to one: "police led her away")
        return actor.id if actor is not None and actor.kind == "person" and noun.pos_ in {"PROPN", "PRON"} else None

    @staticmethod
    def _gathered(ctx: Context, noun: Token) -> list[str]:
        """The actors of the noun phrase a joint action noun is attached to by prepositions
        ("delegations from A and B for a new round of talks" -> [A, B]), or of the object of the verb
        it is attached to ("hosted delegations from A and B for talks"), when it names two or more."""
        node = noun
        for _ in range(6):
            if node.dep_ not in {"pobj", "prep"} or node.head == node:
                return []
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                for obj in children(node, OBJECTS):
                    found, _ = ctx.phrase_actors(obj)
                    if len(found) > 1:
                        return found
                return []
            if node.pos_ in {"NOUN", "PROPN"} and node.dep_ != "prep":
                found, _ = ctx.phrase_actors(node)
                if len(found) > 1:
                    return found
        return []

    @staticmethod
    def _noun_modifiers(ctx: Context, noun: Token) -> tuple[list[str], bool]:
        """The actors named in a noun's possessor or modifiers: "Russia's", "U.S.", "Israeli tank"."""
        found: list[str] = []
        inherited = False
        for child in kids_of(noun):
            if child.dep_ in {"poss", "compound", "amod"}:
                actors, inh = ctx.phrase_actors(child)
                found += [a for a in actors if a not in found]
                inherited = inherited or inh
        return found, inherited

    def _noun_sources(self, ctx: Context, noun: Token) -> tuple[list[str], bool]:
        """Who does what a nominal trigger names: "Russia's"/"U.S." sanctions, or X in "X imposed"."""
        found, inherited = self._noun_modifiers(ctx, noun)
        if found and not inherited:
            return found, False
        # "the arrest of the mayor by police", "attacks by X on Y": the "by" object does it
        by = [a for prep in children(noun, {"prep"}) if prep.lower_ == "by"
              for pobj in children(prep, {"pobj"}) for a in ctx.phrase_actors(pobj)[0]]
        if not by:
            # "the arrest of a teacher by Iranian police": the parser often hangs the "by" on the
            # "of" object (round 15)
            by = [a for of in children(noun, {"prep"}) if of.lower_ == "of" for obj in children(of, {"pobj"})
                  for prep in children(obj, {"prep"}) if prep.lower_ == "by"
                  for pobj in children(prep, {"pobj"}) for a in ctx.phrase_actors(pobj)[0]]
        if by:
            return by, False
        if any(c.dep_ in {"poss", "compound"} and c.lemma_.lower() in ctx.bodies for c in kids_of(noun)):
            return found, inherited  # "government attacks": the doer is named, if not which one
        head = clause_verb(noun) or noun
        if noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPS and noun.head.head.i == head.i:
            # evnews27: "summoned the envoy over a drone strike", "protested amid the fighting": the
            # deed the act answers is not done by the one who answers it (its own modifiers say who)
            return found, inherited
        if head != noun and noun.dep_ not in SUBJECTS:
            if noun.lemma_.lower() in TRIP_NOUNS and is_passive(head):
                # round 33: "During a visit to Chile, Peet was asked by officials about ...": who makes
                # the trip is the one the clause is about, its passive subject, not the "by" agent
                visitors = [a for s in children(head, PASSIVE_SUBJECTS) for a in ctx.phrase_actors(s)[0]]
                if visitors:
                    return visitors, False
            # "the miners went on a sit-in": the doer of the verb does what its object names
            subject, inherited = self._subject(ctx, head)
            if subject:
                return subject, inherited
        return found, inherited

    def _about(self, ctx: Context, word: Token) -> list[str]:
        """The actors an evaluative word is said of: its own modifiers and "by"/"of" objects, those
        of the noun it modifies, else the subject of the nearest clause above it."""
        nouns = [word] + ([word.head] if word.dep_ in {"amod", "compound", "acomp"} else [])
        for noun in nouns:
            for child in kids_of(noun):
                if child.dep_ in {"poss", "compound", "amod"} and child != word:
                    found, inherited = ctx.phrase_actors(child)
                    if found and not inherited:
                        return found
                if child.dep_ == "prep" and child.lower_ == "of" and noun.lemma_.lower() in VICTIM_OF_WORDS:
                    continue  # "the invasion of X": X is the victim, not the one accused
                if child.dep_ in {"prep", "agent"} and child.lower_ in STANCE_ABOUT_PREPS:
                    for pobj in children(child, {"pobj"}):
                        found, inherited = ctx.phrase_actors(pobj)
                        if found and not inherited:
                            return found
        # "provocations [by X ...]": brackets and dashes break the parse; read the surface instead
        after = word.doc[word.i + 1: word.i + 4]
        for tok in after:
            if tok.lower_ in STANCE_SURFACE_PREPS:
                for t in after.doc[tok.i + 1: tok.i + 4]:
                    actor = ctx.political(ctx.token_actor.get(t.i))
                    if actor:
                        return [actor]
                break
            if not tok.is_punct:
                break
        if word.pos_ == "NOUN" and word.lemma_.lower() in VICTIM_OF_WORDS:
            return []  # "opened the door to an annexation": whose deed it is, the clause does not say
        node = word
        quote = ctx.quote_at(word.idx)
        span = ctx.quotes[quote].span if quote is not None else (word.idx, word.idx + 1)
        for _ in range(6):
            if not span[0] <= node.idx < span[1]:
                break  # the speaker's own clause ("X said: ...") is not what the words are about
            if node.pos_ in {"VERB", "AUX"} and node != word and self._judges(node):
                return []  # "X condemned the reckless move": X judges, it is not the one judged
            if node.pos_ in {"VERB", "AUX"}:
                # round 37: not a dateline's place the parser read as the quoted verb's subject
                # ('DAKAR (AFP) - "X has arbitrarily closed ...," Y said'): the subject is inside
                subject = [s for s in children(node, SUBJECTS) if span[0] <= s.idx < span[1]]
                if subject:
                    found, inherited = ctx.phrase_actors(subject[0])
                    if found and not inherited:
                        return found
                    if subject[0].pos_ == "PRON" or found:
                        return []
            if node.head == node:
                break
            node = node.head
        return []

    def _judges(self, verb: Token) -> bool:
        """A verb whose subject passes judgement (condemn, reject, praise, urge, demand)."""
        plist = self.verbs.get(verb.lemma_.lower()) or []
        return any(p.code[:2] in JUDGEMENT_APPEAL_DEMAND_ROOTS for p in plist)

    def _forceful(self, ctx: Context, verb: Token, sources: list[str]) -> bool:
        """Whether the doer can use force: a political source that can, or an unknown one that is
        not a named civilian (persons and parties, with no military sector)."""
        if sources:
            return any(self._can_use_force(ctx, a) for a in sources)
        for subject in children(verb, SUBJECTS):
            actor = ctx.actors.get(ctx.token_actor.get(subject.i))
            if actor is not None and actor.kind in {"person", "organization"} and \
                    actor.sector not in FORCE_SECTORS:
                return False
        return True

    def _can_use_force(self, ctx: Context, actor_id: str) -> bool:
        """States, alliances, armed groups and military people can fight; other persons cannot."""
        actor = ctx.actors.get(actor_id)
        if actor is None or actor.kind in {"state", "igo", "group"}:
            return True
        return actor.sector in FORCE_SECTORS


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_STATE_SECTORS_OR_STORY_STATE_SECTORS = STATE_SECTORS | STORY_STATE_SECTORS


def deed_agents(ctx: Context, noun: Token, verb: Token | None) -> list[str]:
    """Round 32: the doer a deed noun names after "by" -- on the noun, on its "of" object, or, where
    the parser hangs it there, on the active verb whose object the noun is ("condemned the invasion
    of X by Y": an active verb takes no agent, so the "by" is the deed's). None from a passive verb
    ("was condemned by Y": Y is the judge)."""
    holders = [noun, *(o for of in children(noun, {"prep"}) if of.lower_ == "of" for o in children(of, {"pobj"}))]
    if verb is not None and verb.pos_ == "VERB" and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids_of(verb)):
        holders.append(verb)
    heads = [o for h in holders for by in children(h, {"prep", "agent"}) if by.lower_ == "by"
             for o in children(by, {"pobj"}) if o.i > noun.i]
    return list(dict.fromkeys(a for o in heads for a in ctx.phrase_actors(o)[0]))

# evsides37: the pair nouns of people (sources.yaml pair_person_nouns), read here before the import
# of sources.py that phrase_actors makes only for them (speed only)
_PAIR_PERSON_NOUNS = word_list("sources", "pair_person_nouns")


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
BUSINESS_HEADS_IDS = string_ids(BUSINESS_HEADS)
FIRST_PERSON_IDS = string_ids(FIRST_PERSON)
MISPARSED_SUBJECTS_IDS = string_ids(MISPARSED_SUBJECTS)
OBJECT_PRONOUNS_IDS = string_ids(OBJECT_PRONOUNS)
PHRASE_PREPS_IDS = string_ids(PHRASE_PREPS)
PLURAL_PRONOUNS_IDS = string_ids(PLURAL_PRONOUNS)
OBJECT_GROUP_PRONOUNS_IDS = string_ids(OBJECT_GROUP_PRONOUNS)
STORY_OFFICIAL_HEADS_IDS = string_ids(STORY_OFFICIAL_HEADS)
TARGET_PREPS_IDS = string_ids(TARGET_PREPS)
TRADE_GROUP_HEADS_IDS = string_ids(TRADE_GROUP_HEADS)
_BLOC_DEPS_IDS = string_ids(_BLOC_DEPS)
_DOER_DEPS_IDS = string_ids(_DOER_DEPS)


# evsrc48 (Coder._domestic): a verb under one of these labels opens a clause of its own (arguments.yaml)
FOREIGN_CLAUSE_DEPS_IDS = string_ids(word_list("arguments", "foreign_clause_deps"))


def in_foreign_clause(tok: Token, held: set[int]) -> bool:
    """evsrc48: whether ``tok`` lies inside a clause of its own that does not hold the trigger, whose
    head and ancestors are ``held`` (their indices): "X, who replaced Y as minister, said it was a
    mistake" (Y, in the relative clause, when "was" is the trigger), "scorned the report, which praised
    Y, as he blamed the council" (Y). An actor there is no doer of the trigger's act."""
    node = tok
    while node.i not in held and node.head is not node:
        if node.dep in FOREIGN_CLAUSE_DEPS_IDS and (node.pos == VERB or node.pos == AUX):
            return True
        node = node.head
    return False


def outer_subject_phrase(anchor: Token) -> list[Token]:
    """evsrc48: the subject phrase of the nearest clause above ``anchor`` that has one, head words
    first: the doer of a clause whose own subject is a pronoun or missing ("Z scorned ... as he blamed
    the council": Z; "Party P hung a banner accusing the government": P; "X said it was a mistake": X,
    who judges)."""
    for node in anchor.ancestors:
        if subjects := children(node, SUBJECTS):
            return subjects + [t for s in subjects for t in s.subtree if t.i != s.i]
    return []


def _mention_start(m: Mention) -> int:
    return m.start
