"""The event coder: patterns over the dependency parse, and what speakers say about other actors.

Three rules make events, sentence by sentence (page furniture before ``article.content_start`` and
``article.boilerplate`` are skipped):

1. **Patterns** (``data/events/patterns.yaml``): a verb or a noun that names an action. The verb's
   subject is the source and its object (or the object of the pattern's preposition) the target;
   a noun takes its possessor or actor modifier ("U.S. sanctions") or the subject of the verb it is
   the object of as source. The clause's modality recodes it: a promise or plan ("will", "agreed
   to") becomes an intent (03x) or a threat (13x), a refusal ("refused to", "will not") a rejection
   (12x); negated deeds, possibilities ("could", "may"), conditions ("if") and wishes code nothing.
   A passive deed with no "by" takes its source from the action noun it was done in ("killed in an
   Israeli air strike"); a participle with a "by" ("soldiers killed by Chadian troops") is a deed
   of the agent on the noun; "X is opposed to Y" is X rejecting Y; a fighting noun after a verb's object aims at that object ("engaged X in a
   firefight"); a pattern flagged ``rev`` runs from the "from" object to the subject ("received arms
   from X"); a state body with no state of its own acts for the one it is "in" ("a court in Guyana").
2. **Demands**: "X said Y must ..." is X demanding (100) of Y; "X wants Y to ..." X appealing (020) to Y.
3. **Stance** (``data/events/stance.yaml``): in a quotation, an evaluative word about an actor
   ("provocations by X", "X is destroying ...") codes the speaker disapproving of / accusing X.

Actors: a person or body of a GOV/MIL sector with a country acts for that state (source ``RUS`` for
Russia's foreign minister, as CAMEO codes it); first-person words in a quotation stand for the
speaker's side; a plural pronoun in a subject ("their ministers") stands for the coordinated subject
before it in the sentence, "his government" in a reported clause for the reporter's state, and "a
delegation from X" for X. An event needs a source (only its target may be unnamed: "who did it"
is what a user counts) and a political actor (state, IGO, armed group, or a person or body of
a political sector) on at least one side; violence (roots 18-20) needs a source able to use force,
so a politician's "attack" on another is coded as criticism (111). Compound actors expand to each
member; a symmetric action (meet, sign, cooperate) gives one event per unordered pair.

Confidence: 0.8 for a verb pattern, 0.7 for a nominal trigger, 0.6 for a stance word, each less 0.1
when the source is inherited (from a governing verb, a pronoun's reporter or "we" in a quotation),
less 0.1 in a subordinate clause, less 0.1 without a target.

Dates come from the sentence's own date words (:mod:`.dates`), else the article's date; one event
is kept per (source, target, code, date). Headlines are coded like any sentence, so a headline
repeating the body folds into the body's event.

What it does not do: no events across sentences (a pronoun's actor comes from the actors stage),
no unnamed targets inferred beyond the place of a protest, visit, inquiry or show of force.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..actors import ActorTable
from ..article import Article
from ..record import Event, Location, Quote
from ..settings import default_settings
from .dates import resolve_date
from .lexicon import Lexicon, Pattern, capitals, inflections, word_list
from .ontology import cameo

# Dependency labels, as the linguistics they encode (spaCy's English labels).
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj"}
# The parts of a noun phrase that still name the same actor(s): "the US, Russia and Switzerland",
# "Russian Foreign Minister Sergey Lavrov", "the leader of Iran". Relative clauses and other
# prepositions ("in Ukraine") name other things and are left out.
PHRASE_DEPS = {"compound", "amod", "det", "poss", "case", "conj", "cc", "appos", "nmod", "flat",
               "nummod", "punct", "npadvmod", "quantmod"}
PHRASE_PREPS = word_list("arguments", "phrase_preps")
# The word lists below are read once, at import, from data/events/modality.yaml and arguments.yaml,
# where each says why it exists; the comments here say what the code does with them.
# Modality: whether the clause reports a deed, a promise/threat, a refusal, or nothing at all.
NEGATORS = word_list("modality", "negators")
# "could", "may", "might": a possibility, not an event. "must"/"should" make a demand (see
# DEMAND_MODALS), not the deed. "would" is the future of reported speech after a verb of saying
# ("said it would withdraw"), a hypothetical elsewhere.
HYPOTHETICAL = word_list("modality", "hypothetical")
FUTURE = word_list("modality", "future")
CONDITIONALS = word_list("modality", "conditionals")
REPORTED_FUTURE = word_list("modality", "reported_future")  # "said it would withdraw"
THREAT_CONDITIONS = word_list("modality", "threat_conditions")  # "will withdraw unless ..."
DENYING_DETERMINERS = word_list("modality", "denying_determiners")  # "no evidence that ..."
FAILURE_HEADS = word_list("modality", "failure_heads")  # "failed to reach agreement"
# Heads whose complement is a promise or plan: "agreed to meet", "is ready to help", "threatened to cut".
INTENT_HEADS = word_list("modality", "intent_heads")
# Heads whose complement did not happen and codes nothing itself ("hoped to meet", "denied
# attacking"); the head may be coded by its own pattern (deny -> 016, urge -> 020).
NOTHING_HEADS = word_list("modality", "nothing_heads")
# Nouns whose clause says what is proposed, asked or tried, not done: "its demand that Israel ease".
PROPOSAL_NOUNS = word_list("modality", "proposal_nouns")
# Heads of refusal: the complement is refused ("refused to meet" -> the head's own REJECT code).
REFUSE_HEADS = word_list("modality", "refuse_heads")
SAY_VERBS = word_list("modality", "say_verbs")
# "X wants Y to do ...": X appeals to Y (the deed itself is only wished for).
WISH_HEADS = word_list("modality", "wish_heads")
APPEAL_CODE = "020"
# "X said Y must ..." codes a demand from X to Y.
DEMAND_MODALS = word_list("modality", "demand_modals")
# "insisted that Y must ...": heads besides the verbs of saying whose "must" clause is a demand.
DEMAND_HEADS = SAY_VERBS | word_list("modality", "demand_heads")
DEMAND_CODE = "100"
THREAT_CODE = "130"
# Violence needs someone able to use it; a civilian person's "attack" is criticism.
VIOLENT_ROOTS = {"18", "19", "20"}
FORCE_SECTORS = frozenset(w.upper() for w in word_list("arguments", "force_sectors"))
VERBAL_ATTACK_CODE = "111"
VERBAL_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}
# First-person words inside a quotation stand for the speaker's side.
FIRST_PERSON = word_list("arguments", "first_person")
# "Anyone who helps Iran will be punished": a relative clause on a generic pronoun describes a
# condition, not something anyone did.
GENERIC_PRONOUNS = word_list("arguments", "generic_pronouns")
# "Japan and South Korea agreed ..., their ministers said": a plural pronoun stands for the
# coordinated subject named before it in the same sentence.
PLURAL_PRONOUNS = word_list("arguments", "plural_pronouns")
# "his government was ready ...": a body owned by a third-person pronoun, in a reported clause,
# is the reporter's own.
OWNER_PRONOUNS = word_list("arguments", "owner_pronouns")
# "said after meeting in Tokyo": a verb after one of these prepositions shares the subject of the
# verb the preposition hangs on (not "accused X of supplying", where X does it).
SHARED_SUBJECT_PREPS = word_list("arguments", "shared_subject_preps")
# "criticised attacks by X", "rejected attempts by X": the doer of the action a verb's object names
# is the one a judgement (praise, disapproval, rejection) is aimed at.
OBJECT_DOER_PREPS = word_list("arguments", "object_doer_preps")
JUDGEMENT_ROOTS = {"05", "11", "12"}
# "Russia's embassy in Berlin criticised the plans": a mission's unaimed judgement is of its host.
HOST_MISSIONS = word_list("arguments", "host_missions")
# Sectors whose people act for their state (the minister's words are Russia's): source = country.
STATE_SECTORS = frozenset(w.upper() for w in word_list("arguments", "state_sectors"))
# Sectors whose people and organisations are political actors (sport, business, media are not).
POLITICAL_SECTORS = frozenset(w.upper() for w in word_list("arguments", "political_sectors"))
POLITICAL_KINDS = {"state", "igo", "group"}
# Verbs whose subject, when it names an action, reports that action happening ("our military
# cooperation is developing", "talks began", "the attack took place").
HAPPENING_VERBS = word_list("arguments", "happening_verbs")
# "issued a declaration demanding ...": a text's clause is the act of the verb's subject that put it out.
ISSUING_VERBS = word_list("arguments", "issuing_verbs")
# "Israel is opposed to X": a passive of stance whose subject is the one taking it.
STANCE_PASSIVES = word_list("arguments", "stance_passives")
# Regular endings tried when the tagger's lemma is not in the patterns: (ending, replacement).
INFLECTIONS = inflections()
# Prepositions that introduce the one an action is done to, when a pattern names none.
TARGET_PREPS = word_list("arguments", "target_preps")
# "killed in an air strike", "wounded by shelling": a passive deed done through an action noun.
DEED_PREPS = word_list("arguments", "deed_preps")
# "engaged X in a firefight", "dragged X into a war": the noun's action is done to the verb's object.
DRAWN_INTO_PREPS = word_list("arguments", "drawn_into_preps")
# Roots whose unnamed target is the state where the action takes place (protests, force posture).
PLACE_TARGET_ROOTS = {"14", "15", "04", "09"}
LOCATION_PREPS = word_list("arguments", "location_preps")
# "provocations by X", "the aggression of X": who an evaluative word is about (parse, then surface).
STANCE_ABOUT_PREPS = word_list("arguments", "stance_about_preps")
STANCE_SURFACE_PREPS = word_list("arguments", "stance_surface_preps")
LOCATION_ENTS = {"GPE", "LOC", "FAC"}



@dataclass(frozen=True)
class Confidence:
    """How sure each rule is, from how the parts were found: the ``[events]`` numbers of
    ``settings.toml`` (see the module docstring and that file)."""

    pattern: float  # a verb pattern with its source from the parse
    noun: float  # a nominal trigger ("sanctions on X")
    stance: float  # an evaluative word in a quotation
    inherited: float  # source taken from a governing verb, a first-person word or the speaker
    # A clause under another ("began a hunger strike to protest", "rioted, calling for") is rarely
    # the main news of its sentence; the main clause's event ranks first.
    subordinate: float
    no_target: float

    @classmethod
    def from_settings(cls, tuning: dict[str, float] | None = None) -> Confidence:
        values = {**default_settings()["events"], **(tuning or {})}
        return cls(*(float(values[k]) for k in ("confidence_pattern", "confidence_noun", "confidence_stance",
                                                "penalty_inherited", "penalty_subordinate", "penalty_no_target")))


SUBORDINATE_DEPS = {"advcl", "xcomp", "acl", "relcl", "pcomp", "csubj"}


@dataclass
class _Found:
    """An event before dates and dedup: actor lists, not yet pairs."""

    code: str
    sources: list[str]
    targets: list[str]
    symmetric: bool
    sentence: Span
    trigger: tuple[int, int]
    anchor: Token  # where to look for a location
    confidence: float
    quote: int | None = None
    needs_target: bool = False


class _Context:
    """What the coder knows about one article: actor per token, quotes per token, speakers."""

    def __init__(self, doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote],
                 lexicon: Lexicon) -> None:
        self.doc = doc
        self.article = article
        # the article's text, the same string spaCy parsed (``doc.text`` would rebuild it per call)
        self.text = article.text
        self._ents: dict[int, Span] | None = None  # token index -> named entity, built on first use
        self.actors = actors
        self.quotes = quotes
        starts = [t.idx for t in doc]
        # token index -> actor id of the longest mention covering it (one pass over mentions)
        self.token_actor: dict[int, str] = {}
        self.token_kind: dict[int, str] = {}  # the mention's kind: name, adjective, pronoun...
        best: dict[int, int] = {}
        for m in actors.mentions:
            first = bisect.bisect_right(starts, m.start) - 1
            last = bisect.bisect_left(starts, m.end)
            for i in range(max(first, 0), min(last, len(doc))):
                if best.get(i, -1) < m.end - m.start:
                    best[i], self.token_actor[i], self.token_kind[i] = m.end - m.start, m.actor, m.kind
        self.quote_spans = sorted((q.span[0], q.span[1], i) for i, q in enumerate(quotes))
        self.quote_starts = [s for s, _, _ in self.quote_spans]
        self.bodies = lexicon.bodies
        self._resolving = False  # guards plural_antecedent against resolving inside itself
        self.representatives = lexicon.representatives

    # --- actors --------------------------------------------------------------------------
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
        if actor.sector in POLITICAL_SECTORS or (actor.kind == "person" and actor.role):
            return actor.id
        return None  # a company, a club, a newspaper, a footballer: not a party to political events

    def ent_at(self, i: int) -> Span | None:
        """The named entity covering token ``i`` (``doc.ents`` is read once per document)."""
        if self._ents is None:
            self._ents = {j: ent for ent in self.doc.ents for j in range(ent.start, ent.end)}
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
        for start, end, index in reversed(self.quote_spans[max(0, i - 4): i + 1]):
            if start <= char < end:
                return index
        return None

    def speaker(self, quote: int | None) -> str | None:
        if quote is None:
            return None
        q = self.quotes[quote]
        return self.political(q.speaker.actor) if q.speaker else None

    def phrase_actors(self, head: Token) -> tuple[list[str], bool]:
        """The political actors a noun phrase names ("Russia and China" -> [RUS, CHN]).

        Returns (actor ids, whether one came from a first-person word standing for the speaker).
        Each conjunct is read on its own; inside one, a state named beside a person or body of no
        known country is the one it acts for ("the US commander, General X" -> USA).
        """
        out: list[str] = []
        inherited = False
        branches = [head]
        while branches:
            branch = branches.pop(0)
            found: list[str] = []
            # (token, reached through "of" from a head that names someone itself)
            stack: list[tuple[Token, bool]] = [(branch, False)]
            while stack:
                tok, nested = stack.pop()
                actor = self.political(self.token_actor.get(tok.i))
                kind = self.token_kind.get(tok.i)
                # "director of the British Chambers": an adjective deep in the phrase names another body
                if nested and kind == "adjective":
                    actor = None
                # "Brown ally", "Blair's aide": a person modifying a common noun is not its actor
                if (actor and tok is not branch and tok.dep_ in {"compound", "poss"} and tok.head.pos_ == "NOUN"
                        and (a := self.actors.get(actor)) is not None and a.kind == "person"):
                    actor = None
                if actor is None and tok.pos_ == "PRON" and tok.lower_ in FIRST_PERSON:
                    actor = self.speaker(self.quote_at(tok.idx))
                    inherited = inherited or actor is not None
                if actor is None and tok.pos_ == "PRON" and tok.lower_ in PLURAL_PRONOUNS and (
                        tok.dep_ in SUBJECTS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS)):
                    # only in a subject: "upgraded their ties" is the subject's own, not a target
                    group = self.plural_antecedent(tok)
                    found += [a for a in group if a not in found]
                    inherited = inherited or bool(group)
                if actor and actor not in found:
                    found.append(actor)
                for child in tok.children:
                    if child.dep_ == "conj":
                        branches.append(child)
                    elif child.dep_ in PHRASE_DEPS:
                        stack.append((child, nested))
                    elif child.dep_ == "prep" and child.lower_ in PHRASE_PREPS:
                        stack.append((child, nested or tok.i in self.token_actor))
                    elif child.dep_ == "prep" and child.lower_ == "from" and tok.lemma_.lower() in self.representatives:
                        stack.append((child, nested))  # "delegations from Azerbaijan and Armenia"
                    elif child.dep_ == "pobj" and tok.dep_ == "prep":
                        stack.append((child, nested))
            compounds = " ".join(c.lower_ for c in branch.children if c.dep_ == "compound" and c.i < branch.i)
            if not found and (branch.lemma_.lower() in self.bodies or branch.lower_ in self.bodies
                              or f"{compounds} {branch.lower_}" in self.bodies):
                # "a court in Guyana": a state body with no state of its own is the one it sits in
                for prep in _children(branch, {"prep"}):
                    if prep.lower_ == "in":
                        found = [a for pobj in _children(prep, {"pobj"})
                                 if (a := self.political(self.token_actor.get(pobj.i)))
                                 and (x := self.actors.get(a)) is not None and x.kind == "state"]
            states = [a for a in found if self._is_state_like(a)]
            if states:
                found = states + [a for a in found if not self._is_state_like(a) and self._has_country(a)]
            out += [a for a in found if a not in out]
        out.sort(key=lambda a: self._first_token(head, a))
        return out, inherited

    def plural_antecedent(self, pronoun: Token) -> list[str]:
        """The actors of the nearest coordinated subject before a plural pronoun in its sentence
        ("Japan and South Korea agreed ..., their ministers said" -> [JPN, KOR]), else none."""
        if self._resolving:
            return []
        self._resolving = True
        try:
            sent = pronoun.sent
            for tok in reversed(sent[: pronoun.i - sent.start]):
                if tok.dep_ in SUBJECTS and any(c.dep_ == "conj" for c in tok.children):
                    found, _ = self.phrase_actors(tok)
                    if len(found) > 1:
                        return found
            return []
        finally:
            self._resolving = False

    def _is_state_like(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is None or actor.kind in {"state", "igo"}

    def _has_country(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and bool(actor.country)

    def _first_token(self, head: Token, actor: str) -> int:
        for t in head.subtree:
            if self.political(self.token_actor.get(t.i)) == actor:
                return t.i
        return head.i


def _children(tok: Token, deps: set[str]) -> Iterator[Token]:
    return (c for c in tok.children if c.dep_ in deps)


def _of_holders(noun: Token) -> list[Token]:
    """An action noun and its "of" objects: in "the withdrawal of forces from Panama" the "from"
    hangs on "forces" but says where the withdrawal is from."""
    return [noun, *(pobj for prep in _children(noun, {"prep"}) if prep.lower_ == "of"
                    for pobj in _children(prep, {"pobj"}))]


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a noun sits in: "imposed sanctions", "called for sanctions"."""
    node = tok
    for _ in range(3):
        if node.dep_ in OBJECTS | PASSIVE_SUBJECTS | SUBJECTS | {"pobj", "prep", "conj", "appos"}:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                return node
        else:
            break
    return None


def _passive(verb: Token) -> bool:
    """A passive clause: "was attacked", "were killed", "is being pressured"."""
    return verb.tag_ == "VBN" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in {"advmod", "det"})
               for c in tok.children)


def modality(tok: Token) -> str:
    """How a clause reports its verb: ``done``, ``intent`` (a promise or threat), ``refused``
    (a promise not to), or ``none`` (negated deed, possibility, condition, wish, denial)."""
    negated = _negated(tok)
    future = unless = False
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "none"  # "an invitation to attend", "plans to meet": a noun's purpose, not a deed
    for child in tok.children:
        if child.dep_ in {"aux", "auxpass"}:
            word = child.lower_
            if word in HYPOTHETICAL:
                return "none"
            if word in FUTURE:
                future = True
            elif word in REPORTED_FUTURE:
                if not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAY_VERBS):
                    return "none"
                future = True
        elif child.dep_ == "mark" and child.lower_ in CONDITIONALS:
            return "none"
        elif child.dep_ == "advcl" and any(c.lower_ in THREAT_CONDITIONS for c in child.children if c.dep_ == "mark"):
            unless = True
    intent = False
    node = tok
    for _ in range(4):
        dep, head = node.dep_, node.head
        if head is node:
            break
        lemma = head.lemma_.lower()
        if dep in {"acl", "ccomp"} and head.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in DENYING_DETERMINERS for c in head.children):
            return "none"  # "no evidence that they were tortured"
        if dep in {"xcomp", "advcl", "conj", "pcomp", "prep", "acl"} and any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in HYPOTHETICAL for c in head.children):
            return "none"  # "could be used by China to threaten": the purpose of a possibility
        if dep == "advcl" and lemma in NOTHING_HEADS:
            return "none"  # "called for the embargo to be lifted"
        if dep == "advcl" and head.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and modality(head) != "done":
            return "none"  # "would not give permission to help X": the purpose of a deed not done
        if dep == "acl" and lemma in PROPOSAL_NOUNS:
            return "none"  # "its demand that Israel ease ...": what is asked for, not done
        if dep in {"xcomp", "ccomp", "acomp", "pcomp", "prep"}:
            if lemma in REFUSE_HEADS:
                return "refused-by-head"
            if lemma in FAILURE_HEADS:
                return "refused"  # "failed to reach agreement": a cooperation that did not happen
            if dep == "ccomp" and lemma in SAY_VERBS and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                break  # "told reporters that X will hold": a report (a "tell" that orders takes "to")
            if lemma in NOTHING_HEADS:
                return "none"
            if lemma in INTENT_HEADS and dep == "xcomp" and any(c.dep_ in OBJECTS for c in head.children):
                return "none"  # "wants Putin to attack": someone else's deed, wished for
            if lemma in WISH_HEADS and dep == "ccomp" and any(c.dep_ in SUBJECTS for c in node.children):
                return "none"  # the same, parsed as a clause with its own subject
            if lemma in INTENT_HEADS:
                intent = True
                negated = negated or _negated(head)
                node = head
                continue
            if dep == "ccomp" and lemma in SAY_VERBS:
                break
            if dep == "prep" or dep == "pcomp":
                node = head
                continue
            break
        if dep == "conj":
            # "will strengthen X and hold Y": a coordinated verb shares the first one's auxiliaries
            inherited = modality(head) if head.pos_ in {"VERB", "AUX"} else "done"
            if inherited != "done":
                return inherited
            break
        if dep == "advcl" and any(c.lower_ in CONDITIONALS for c in node.children if c.dep_ == "mark"):
            return "none"
        break
    if negated:
        return "refused" if (future or intent) else "none"
    if unless and (future or intent):
        return "threat"  # "will withdraw unless ...": a conditional promise of harm
    return "intent" if (future or intent) else "done"


class Coder:
    """Codes one article; patterns and word lists come from the package data (loaded once) with a
    user's pattern and stance files laid over them (``lexicon``)."""

    def __init__(self, lexicon: Lexicon | None = None, **tuning: float) -> None:
        self.lexicon = lexicon or Lexicon()
        self.conf = Confidence.from_settings(tuning)
        self.verbs = self.lexicon.verbs
        self.nouns = self.lexicon.nouns
        self.stance = self.lexicon.stance
        self.capitals = capitals()
        self.intent, self.refusal = self.lexicon.intent, self.lexicon.refusal

    # --- pattern matching ---------------------------------------------------------------
    @staticmethod
    def _lookup(index: dict[str, list[Pattern]], tok: Token) -> list[Pattern] | None:
        """Patterns for a token's lemma; if the tagger's lemma is unknown ("staged" -> "stag"),
        the word itself with a regular ending taken off."""
        lemma = tok.lemma_.lower()
        if lemma in index:
            return index[lemma]
        word = tok.lower_
        if word in index:  # "shelling" tagged as a verb, lemma "shell"
            return index[word]
        for cut, add in INFLECTIONS:
            if word.endswith(cut) and len(word) > len(cut) + 2 and word[:len(word) - len(cut)] + add in index:
                return index[word[:len(word) - len(cut)] + add]
        return None

    def _verb_pattern(self, tok: Token) -> Pattern | None:
        plist = self._lookup(self.verbs, tok)
        if not plist:
            return None
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        # "evidence was presented against X": a passive subject is the object the pattern names
        objects = {c.lemma_.lower() for c in tok.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS}
        # "provide 25,000 tons of aid", "lifted a state of emergency": the measure's "of" object counts
        for obj in _children(tok, OBJECTS | PASSIVE_SUBJECTS):
            for prep in _children(obj, {"prep"}):
                if prep.lower_ == "of":
                    objects.update(p.lemma_.lower() for p in _children(prep, {"pobj"}))
        # "suspended aid deliveries", "part of a military aid program": a compound names the measure
        objects.update(c.lemma_.lower() for obj in _children(tok, OBJECTS | PASSIVE_SUBJECTS)
                       for holder in _of_holders(obj) for c in _children(holder, {"compound"}))
        preps = {c.lower_ for c in tok.children if c.dep_ in {"prep", "dative", "agent"}}
        for obj in _children(tok, OBJECTS | PASSIVE_SUBJECTS):
            preps.update(c.lower_ for c in obj.children if c.dep_ == "prep")
        for p in plist:  # most specific first
            if p.particle and p.particle not in particles:
                continue
            if not p.particle and particles and any(q.particle in particles for q in plist):
                continue
            if p.objects and not (p.objects & objects):
                continue
            if p.preps and not (set(p.preps) & preps):
                continue
            return p
        return None

    def _noun_pattern(self, tok: Token) -> Pattern | None:
        plist = self._lookup(self.nouns, tok)
        if not plist:
            return None
        modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound"}}
        preps = {c.lower_ for holder in _of_holders(tok) for c in holder.children if c.dep_ == "prep"}
        for p in plist:
            if p.modifiers and not p.modifiers <= modifiers:
                continue
            if p.preps and not (set(p.preps) & preps) and not p.symmetric and not p.modifiers:
                continue
            return p
        return None

    # --- arguments ------------------------------------------------------------------------
    def _subject(self, ctx: _Context, verb: Token, depth: int = 0) -> tuple[list[str], bool]:
        """The actors doing what ``verb`` says; (ids, inherited from elsewhere)."""
        # a dateline ("KYIV, June 12 -") may parse as a subject too; "which/who" stand for the noun a
        # relative clause hangs on (handled below)
        subjects = [s for s in _children(verb, SUBJECTS) if s.tag_ not in {"WDT", "WP"}]
        for s in subjects:
            found, inherited = ctx.phrase_actors(s)
            if found:
                return found, inherited
            if s.tag_ == "VBG":
                # "The Red Cross operating in Iraq said" misparsed with "operating" as the subject
                # and "Red Cross" as its own: the gerund's subject is the one who said
                for inner in _children(s, SUBJECTS):
                    found, inherited = ctx.phrase_actors(inner)
                    if found:
                        return found, inherited
        if subjects and not any((s.pos_ == "PRON" and s.lower_ not in FIRST_PERSON) or self._owned_body(ctx, s)
                                for s in subjects):
            return [], False
        if subjects:
            # "Israel announced it would free ...": an unresolved "it/they/he" in a reported clause
            # is, most often, the one who reports it
            node = verb
            while node.dep_ in {"conj", "xcomp"} and node.head is not node:
                node = node.head
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in SAY_VERBS:
                for reporter in _children(node.head, SUBJECTS):
                    found, _ = ctx.phrase_actors(reporter)
                    if found:
                        return found, True
            return [], False
        for agent in _children(verb, {"agent"}):
            for pobj in _children(agent, {"pobj"}):
                return ctx.phrase_actors(pobj)
        if _passive(verb):
            # "were killed in an Israeli air strike": the actor of the action that did it
            for prep in _children(verb, {"prep"}):
                if prep.lower_ in DEED_PREPS:
                    for pobj in _children(prep, {"pobj"}):
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
        if depth > 3 or verb.head is verb:
            return [], False
        if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return [], False  # "Asked why, he said ...": the one asked is not the one asking
        head = verb.head
        # "prompting Russia and China to strengthen ...": the object of the governing verb acts
        if verb.dep_ == "xcomp":
            for obj in _children(head, OBJECTS):
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found, True
        if verb.dep_ == "xcomp":
            # "Obama is scheduled to attend": the passive subject of the governing verb acts
            for s in _children(head, PASSIVE_SUBJECTS):
                found, _ = ctx.phrase_actors(s)
                if found:
                    return found, True
        if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"}:
            found, _ = self._subject(ctx, head, depth + 1)
            return found, True
        if verb.dep_ in {"pobj", "pcomp"} and head.lower_ in SHARED_SUBJECT_PREPS and head.head is not head:
            # "their ministers said after meeting in Tokyo": the one who said is the one who met
            found, _ = self._subject(ctx, head.head, depth + 1)
            return found, True
        # "rebels who attacked ...", "troops shelling the town": the noun the clause hangs on
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            found, _ = ctx.phrase_actors(head)
            if not found and head.dep_ in OBJECTS and head.head.lemma_.lower() in ISSUING_VERBS:
                # "issued a declaration demanding ...": the one who issued it demands
                found, _ = self._subject(ctx, head.head, depth + 1)
            return found, True
        return [], False

    @staticmethod
    def _stance_passive(ctx: _Context, verb: Token) -> tuple[list[str], list[str]] | None:
        """(sources, targets) of "X is opposed to Y", or None when it has no "to" or no subject actor."""
        # the subject may hang on "is" itself ("Chile is opposed": nsubj of the auxiliary)
        holders = [verb, *_children(verb, {"auxpass"})]
        sources = [a for h in holders for s in _children(h, PASSIVE_SUBJECTS | SUBJECTS)
                   for a in ctx.phrase_actors(s)[0]]
        to = [pobj for prep in _children(verb, {"prep"}) if prep.lower_ == "to"
              for pobj in _children(prep, {"pobj"})]
        if not sources or not to:
            return None
        return sources, [a for pobj in to for a in ctx.phrase_actors(pobj)[0]]

    @staticmethod
    def _owned_body(ctx: _Context, noun: Token) -> bool:
        """A state body owned by a pronoun and no actor: "his government", "their ministry"."""
        return (noun.lemma_.lower() in ctx.bodies and noun.i not in ctx.token_actor and
                any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in noun.children))

    def _targets(self, ctx: _Context, tok: Token, pattern: Pattern) -> list[str]:
        """The actors an action is done to."""
        holders = ([tok, *_children(tok, OBJECTS | PASSIVE_SUBJECTS)] if pattern.kind == "verb"
                   else _of_holders(tok))
        if pattern.preps:
            for holder in holders:
                for prep in holder.children:
                    if prep.dep_ in {"prep", "dative"} and prep.lower_ in pattern.preps:
                        for pobj in _children(prep, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found:
                                return found
        if pattern.kind == "verb":
            passive = [] if pattern.objects else list(_children(tok, PASSIVE_SUBJECTS))
            for obj in [*passive, *_children(tok, OBJECTS)]:
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found
                if obj.i in ctx.token_actor or obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
                    return []  # "asked Obama to help Iran": the one asked is the target, named or not
            preps = [p for holder in holders for p in _children(holder, {"dative", "prep"})]
            for prep in preps:
                if prep.lower_ in TARGET_PREPS:
                    for pobj in _children(prep, {"pobj"}):
                        found, _ = ctx.phrase_actors(pobj)
                        if found:
                            return found
            # "refused to allow UN planes", "threatened to cut ties with X": the complement's object
            for clause in _children(tok, {"xcomp"}):
                for obj in clause.children:
                    if obj.dep_ in OBJECTS:
                        found, _ = ctx.phrase_actors(obj)
                        if found:
                            return found
                    if obj.dep_ in {"prep", "dative"} and obj.lower_ in TARGET_PREPS:
                        for pobj in _children(obj, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found:
                                return found
            # "called for sanctions against X": the one the object of the action is aimed at
            for holder in [*_children(tok, OBJECTS), *(p for prep in _children(tok, {"prep"})
                                                       for p in _children(prep, {"pobj"}))]:
                for prep in _children(holder, {"prep"}):
                    if prep.lower_ in TARGET_PREPS or (
                            prep.lower_ in OBJECT_DOER_PREPS and holder.dep_ in OBJECTS
                            and pattern.code[:2] in JUDGEMENT_ROOTS):
                        for pobj in _children(prep, {"pobj"}):
                            found, _ = ctx.phrase_actors(pobj)
                            if found:
                                return found
            if pattern.say:
                # "warned that NATO ...": the first actor the reported clause is about
                for clause in _children(tok, {"ccomp"}):
                    for s in _children(clause, SUBJECTS | PASSIVE_SUBJECTS):
                        found, _ = ctx.phrase_actors(s)
                        if found:
                            return found
        if pattern.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in DRAWN_INTO_PREPS and \
                tok.head.head.pos_ == "VERB":
            # "engaged X in a firefight", "drew X into a war": the verb's object is the one fought
            for obj in _children(tok.head.head, OBJECTS):
                found, _ = ctx.phrase_actors(obj)
                if found:
                    return found
        return []

    @staticmethod
    def _gathered(ctx: _Context, noun: Token) -> list[str]:
        """The actors of the noun phrase a joint action noun is attached to by prepositions
        ("delegations from A and B for a new round of talks" -> [A, B]), or of the object of the verb
        it is attached to ("hosted delegations from A and B for talks"), when it names two or more."""
        node = noun
        for _ in range(6):
            if node.dep_ not in {"pobj", "prep"} or node.head is node:
                return []
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                for obj in _children(node, OBJECTS):
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
    def _noun_modifiers(ctx: _Context, noun: Token) -> tuple[list[str], bool]:
        """The actors named in a noun's possessor or modifiers: "Russia's", "U.S.", "Israeli tank"."""
        found: list[str] = []
        inherited = False
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod"}:
                actors, inh = ctx.phrase_actors(child)
                found += [a for a in actors if a not in found]
                inherited = inherited or inh
        return found, inherited

    def _noun_sources(self, ctx: _Context, noun: Token) -> tuple[list[str], bool]:
        """Who does what a nominal trigger names: "Russia's"/"U.S." sanctions, or X in "X imposed"."""
        found, inherited = self._noun_modifiers(ctx, noun)
        if found and not inherited:
            return found, False
        if any(c.dep_ in {"poss", "compound"} and c.lemma_.lower() in ctx.bodies for c in noun.children):
            return found, inherited  # "government attacks": the doer is named, if not which one
        head = _clause_verb(noun) or noun
        if head is not noun and noun.dep_ not in SUBJECTS:
            # "Turks began a hunger strike": the doer of the verb does what its object names
            subject, inherited = self._subject(ctx, head)
            if subject:
                return subject, inherited
        return found, inherited

    # --- the rules ---------------------------------------------------------------------------
    def recode(self, code: str, mood: str) -> str | None:
        """The code a pattern gives under its clause's modality (see ``intent``/``refusal`` in
        patterns.yaml): the deed, the promise or threat of it, the refusal of it, or nothing."""
        if mood == "done":
            return code
        if mood == "threat":
            threat = self.intent.get(code) or self.intent.get(code[:3]) or self.intent.get(code[:2])
            return threat if threat and threat.startswith("13") else THREAT_CODE
        table = self.intent if mood == "intent" else self.refusal if mood == "refused" else None
        if table is None:
            return None
        for key in (code, code[:3], code[:2]):
            if key in table:
                return table[key]
        # saying one will criticise, appeal or reject is already the verbal act
        return code if mood == "intent" and code[:2] in VERBAL_ROOTS else None

    def pattern_events(self, ctx: _Context, sent: Span) -> Iterator[_Found]:
        verbs = {tok.i: p for tok in sent if tok.pos_ == "VERB" and (p := self._verb_pattern(tok))}
        suppressed: set[int] = set()  # verbs whose object noun codes the event more precisely
        found: list[tuple[Token, _Found]] = []
        for tok in sent:
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            pattern = self._noun_pattern(tok)
            if pattern is None or _negated(tok):
                continue
            if tok.dep_ in SUBJECTS | PASSIVE_SUBJECTS and tok.head.lemma_.lower() not in HAPPENING_VERBS:
                continue  # "the embargo is likely to be lifted": said of the action, not its news
            governing = tok.head if tok.dep_ in OBJECTS | PASSIVE_SUBJECTS and tok.head.pos_ == "VERB" else None
            if governing is not None and governing.i in verbs and not pattern.modifiers:
                continue  # "launched an attack on", "violated the ceasefire": the verb pattern says it
            clause = _clause_verb(tok)
            if clause is not None and clause is not governing and (
                    clause.lemma_.lower() in NOTHING_HEADS | REFUSE_HEADS or
                    (clause.i in verbs and verbs[clause.i].code[:2] in {"02", "10", "12"})):
                continue  # "called for sanctions", "rejected talks": the verb is the event
            mood = modality(clause) if clause is not None else "done"
            sources, inherited = self._noun_sources(ctx, tok)
            targets = self._targets(ctx, tok, pattern)
            if pattern.symmetric and len(sources) < 2 and not targets:
                # "delegations from A and B for a round of talks": the talks are between A and B
                gathered = self._gathered(ctx, tok)
                if gathered:
                    sources, inherited = gathered, True
            base = pattern.code
            if base[:2] in VIOLENT_ROOTS and not self._forceful(ctx, clause or tok, sources):
                if not targets:
                    continue
                base = VERBAL_ATTACK_CODE  # "the minister's attack on the opposition"
            code = self.recode(base, mood)
            if code is None:
                continue
            if governing is not None:
                suppressed.add(governing.i)
            start = min([tok.idx] + [c.idx for c in tok.children if c.dep_ in {"amod", "compound"}
                                     and c.lemma_.lower() in pattern.modifiers])
            conf = self.conf.noun - (self.conf.inherited if inherited else 0)
            found.append((tok, _Found(code, sources, targets, pattern.symmetric and mood in {"done", "intent"},
                                      sent, (start, tok.idx + len(tok)), tok, conf,
                                      needs_target=pattern.needs_target)))
        for i, pattern in verbs.items():
            tok = sent.doc[i]
            if i in suppressed:
                continue
            described = tok.dep_ == "acl" and tok.tag_ == "VBN"
            if described and not any(c.dep_ == "agent" for c in tok.children):
                continue  # "troops deployed in Iraq": a description of the troops, not news of a deed
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and not pattern.say and not ctx.phrase_actors(tok.head)[0]:
                # "firms helping Iran": the doer is the noun described, here no political actor (a
                # "declaration demanding ..." still reports what its issuer says)
                continue
            if tok.dep_ == "relcl" and tok.head.lower_ in GENERIC_PRONOUNS:
                continue  # "anyone who helps Iran ...": a condition on whoever does it, not a deed
            mood = modality(tok)
            base = pattern.code
            sources, inherited = self._subject(ctx, tok)
            targets = self._targets(ctx, tok, pattern)
            if described and not targets:
                # "soldiers killed by Chadian troops": the agent did it to the noun described
                targets = ctx.phrase_actors(tok.head)[0]
            if tok.lemma_.lower() in STANCE_PASSIVES and _passive(tok):
                # "Israel is opposed to French mediation": the subject opposes what "to" names
                stance = self._stance_passive(ctx, tok)
                if stance is not None:
                    sources, targets = stance
            if pattern.reverse:
                # "received weapons from X", "faces pressure from X": X does it to the subject
                if not targets:
                    continue
                sources, targets, inherited = targets, sources, False
            if base[:2] in VIOLENT_ROOTS and not self._forceful(ctx, tok, sources):
                # "Howard launched an attack on ...": a civilian's attack is made of words
                if not targets:
                    continue
                base = VERBAL_ATTACK_CODE
            code = self.recode(base, mood)
            if code is None:
                continue
            if tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children) and (
                    tok.dep_ == "ROOT" or any(c.dep_ in SUBJECTS for c in tok.children)):
                # a passive without "be": the headline's "BNP leader Nick Griffin arrested", or "with
                # five soldiers killed by X" -- the subject underwent it, and the "by" agent did it
                agents = [a for agent in _children(tok, {"agent"}) for pobj in _children(agent, {"pobj"})
                          for a in ctx.phrase_actors(pobj)[0]]
                sources, targets, inherited = agents, sources, False
            end = tok.idx + len(tok)
            for c in tok.children:
                if c.dep_ == "prt" and c.lower_ == pattern.particle:
                    end = max(end, c.idx + len(c))
            conf = (self.conf.pattern - (self.conf.inherited if inherited else 0)
                    - (self.conf.subordinate if tok.dep_ in SUBORDINATE_DEPS else 0))
            found.append((tok, _Found(code, sources, targets, pattern.symmetric and mood in {"done", "intent"},
                                      sent, (tok.idx, end), tok, conf, needs_target=pattern.needs_target)))
        # "agreed to lift sanctions": the promise is coded from the complement; drop the bare "agree"
        coded = {tok.i for tok, _ in found}
        roots = {tok.i: f.code[:2] for tok, f in found}
        for tok, f in found:
            if tok.lemma_.lower() in INTENT_HEADS and any(c.i in coded for c in tok.children
                                                          if c.dep_ in {"xcomp", "ccomp"}):
                continue
            # "killed in an air strike", "killed, shelling": the same deed told twice
            told_by = (tok.head if tok.dep_ == "advcl" else
                       tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in DEED_PREPS else None)
            told_root = roots.get(told_by.i) if told_by is not None else None
            if told_root and not f.targets and (told_root == f.code[:2] or {told_root, f.code[:2]} <= VIOLENT_ROOTS):
                continue
            yield f
        yield from self.demand_events(ctx, sent)
        yield from self.wish_events(ctx, sent)

    def wish_events(self, ctx: _Context, sent: Span) -> Iterator[_Found]:
        """"X wants Y to ...": X appeals to Y, whether Y parses as the object or the clause's subject."""
        for tok in sent:
            if tok.dep_ not in {"xcomp", "ccomp"} or tok.head.lemma_.lower() not in WISH_HEADS or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue
            wisher = tok.head
            if _negated(wisher) or modality(wisher) == "none":
                continue
            asked = list(_children(wisher, OBJECTS)) if tok.dep_ == "xcomp" else list(_children(tok, SUBJECTS))
            targets: list[str] = []
            for a in asked:
                targets, _ = ctx.phrase_actors(a)
            sources, inherited = self._subject(ctx, wisher)
            if targets and sources:
                conf = self.conf.pattern - self.conf.inherited - (self.conf.inherited if inherited else 0)
                yield _Found(APPEAL_CODE, sources, targets, False, sent,
                             (wisher.idx, wisher.idx + len(wisher)), wisher, conf)

    def demand_events(self, ctx: _Context, sent: Span) -> Iterator[_Found]:
        """"X said (that) Y must ...": X demands of Y."""
        for tok in sent:
            if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in DEMAND_HEADS:
                continue
            modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in DEMAND_MODALS), None)
            if modal is None or any(c.lower_ in CONDITIONALS for c in tok.subtree if c.dep_ == "mark"):
                continue
            sources, inherited = self._subject(ctx, tok.head)
            targets: list[str] = []
            for s in _children(tok, SUBJECTS | PASSIVE_SUBJECTS):
                targets, first_person = ctx.phrase_actors(s)
                if first_person or (s.pos_ == "PRON" and s.lower_ in FIRST_PERSON):
                    targets = [""]  # "we must ...": a resolve, not a demand of anyone
            if targets == [""]:
                continue
            if sources or targets:
                conf = self.conf.pattern - self.conf.inherited - (self.conf.inherited if inherited else 0)
                yield _Found(DEMAND_CODE, sources, targets, False, sent,
                             (modal.idx, tok.idx + len(tok)), tok, conf)

    def stance_events(self, ctx: _Context, sent: Span) -> Iterator[_Found]:
        for tok in sent:
            code = self.stance.get(tok.lemma_.lower()) or self.stance.get(tok.lower_)
            if code is None:
                continue
            quote = ctx.quote_at(tok.idx)
            speaker = ctx.speaker(quote)
            if speaker is None or _negated(tok) or _negated(tok.head):
                continue
            targets = [t for t in self._about(ctx, tok) if t != speaker]
            if targets:
                yield _Found(code, [speaker], targets, False, sent, (tok.idx, tok.idx + len(tok)), tok,
                             self.conf.stance, quote)

    def _about(self, ctx: _Context, word: Token) -> list[str]:
        """The actors an evaluative word is said of: its own modifiers and "by"/"of" objects, those
        of the noun it modifies, else the subject of the nearest clause above it."""
        nouns = [word] + ([word.head] if word.dep_ in {"amod", "compound", "acomp"} else [])
        for noun in nouns:
            for child in noun.children:
                if child.dep_ in {"poss", "compound", "amod"} and child is not word:
                    found, inherited = ctx.phrase_actors(child)
                    if found and not inherited:
                        return found
                if child.dep_ in {"prep", "agent"} and child.lower_ in STANCE_ABOUT_PREPS:
                    for pobj in _children(child, {"pobj"}):
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
        node = word
        quote = ctx.quote_at(word.idx)
        span = ctx.quotes[quote].span if quote is not None else (word.idx, word.idx + 1)
        for _ in range(6):
            if not span[0] <= node.idx < span[1]:
                break  # the speaker's own clause ("X said: ...") is not what the words are about
            if node.pos_ in {"VERB", "AUX"}:
                subject = list(_children(node, SUBJECTS))
                if subject:
                    found, inherited = ctx.phrase_actors(subject[0])
                    if found and not inherited:
                        return found
                    if subject[0].pos_ == "PRON" or found:
                        return []
            if node.head is node:
                break
            node = node.head
        return []

    # --- the rest of the record --------------------------------------------------------------
    def location(self, ctx: _Context, anchor: Token) -> Location | None:
        """Where: an "in/at X" place next to the trigger (or the clause it sits in)."""
        # the trigger, its object, its subject ("demonstrators in Baghdad blocked ..."), its head
        holders = [anchor, *_children(anchor, OBJECTS | SUBJECTS)] + (
            [anchor.head] if anchor.head is not anchor else [])
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in LOCATION_PREPS:
                    continue
                for pobj in _children(prep, {"pobj"}):
                    loc = self._place(ctx, pobj)
                    if loc:
                        return loc
        return None

    def _place(self, ctx: _Context, tok: Token) -> Location | None:
        actor = ctx.actors.get(ctx.token_actor.get(tok.i))
        ent = ctx.ent_at(tok.i) if tok.ent_type_ else None
        if actor is None and ent is None:
            return None
        if actor is not None and actor.kind not in {"state", "place"}:
            return None
        if ent is not None and ent.label_ not in LOCATION_ENTS and actor is None:
            return None
        name = ent.text if ent is not None else tok.text
        if name.lower().startswith("the "):
            name = name[4:]
        country: str | None = None
        if actor is not None:
            country = actor.id if actor.kind == "state" else actor.country
        return Location(name, country or self.capitals.get(name))

    def __call__(self, doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote]) -> list[Event]:
        ctx = _Context(doc, article, actors, quotes, self.lexicon)
        skip = [tuple(s) for s in article.boilerplate]
        out: list[Event] = []
        seen: dict[tuple[str | None, str | None, str, str | None], int] = {}
        for sent in doc.sents:
            if sent.end_char <= article.content_start or any(s <= sent.start_char and sent.end_char <= e
                                                              for s, e in skip):
                continue
            found = list(self.pattern_events(ctx, sent))
            if ctx.quotes:
                found += self.stance_events(ctx, sent)
            if not found:
                continue
            # the dateline's own date ("MOSCOW, December 1") is the article's, not the event's
            start = sent.start_char
            if article.dateline and article.dateline.span[0] <= start < article.dateline.span[1]:
                start = article.dateline.span[1]
            day, _given = resolve_date(ctx.text[start:sent.end_char], article.published)
            for f in found:
                for event in self._events(ctx, f, day):
                    key = (event.source, event.target, event.cameo, event.date)
                    if event.symmetric:
                        pair = sorted([event.source or "", event.target or ""])
                        key = (pair[0], pair[1], event.cameo, event.date)
                    if key in seen:
                        continue
                    seen[key] = len(out)
                    out.append(event)
        return out

    def _forceful(self, ctx: _Context, verb: Token, sources: list[str]) -> bool:
        """Whether the doer can use force: a political source that can, or an unknown one that is
        not a named civilian (persons and parties, with no military sector)."""
        if sources:
            return any(self._can_use_force(ctx, a) for a in sources)
        for subject in _children(verb, SUBJECTS):
            actor = ctx.actors.get(ctx.token_actor.get(subject.i))
            if actor is not None and actor.kind in {"person", "organization"} and \
                    actor.sector not in FORCE_SECTORS:
                return False
        return True

    def _can_use_force(self, ctx: _Context, actor_id: str) -> bool:
        """States, alliances, armed groups and military people can fight; other persons cannot."""
        actor = ctx.actors.get(actor_id)
        if actor is None or actor.kind in {"state", "igo", "group"}:
            return True
        return actor.sector in FORCE_SECTORS

    def _events(self, ctx: _Context, f: _Found, day: date | None) -> Iterable[Event]:
        if not f.sources:
            return  # no one named did it: an event without a source tells no one who did what
        if f.quote is None:
            f.quote = ctx.quote_at(f.trigger[0])
        pairs: list[tuple[str | None, str | None]] = []
        if f.symmetric and not f.targets:
            # "Russia and China hold joint exercises": one event per unordered pair; a joint
            # action with no partner named ("we hold joint exercises") says too little to code
            pairs = [(a, b) for i, a in enumerate(f.sources) for b in f.sources[i + 1:]]
        else:
            sources = list(f.sources)  # never empty (returned above)
            targets: list[str | None] = [t for t in f.targets if t not in f.sources]
            if f.targets and not targets:
                return  # done to itself: "Georgian protesters ... the Georgian government"
            pairs = [(s, t) for s in sources for t in targets or [None]]
        if f.needs_target and not f.targets:
            return  # "warned that ...", "hosted a conference": not aimed at anyone named
        entry = cameo(f.code)
        where = self.location(ctx, f.anchor)
        if entry.root in PLACE_TARGET_ROOTS and where and where.country and not f.targets:
            # a protest, a show of force or an inquiry is aimed at the state where it happens; a
            # visit or a summit with no one named is with the state it is held in
            pairs = [(s, where.country) for s, _ in pairs if s != where.country] or pairs
        elif entry.root in JUDGEMENT_ROOTS and where and where.country and not f.targets and any(
                c.lemma_.lower() in HOST_MISSIONS for c in _children(f.anchor, SUBJECTS)):
            # an embassy's praise or criticism with no one named is addressed to the state it sits in
            pairs = [(s, where.country) for s, _ in pairs if s != where.country] or pairs
        for source, target in pairs:
            if source is None:
                continue  # RECORD.md: only an unnamed target may be null; "who did it" must be known
            if source == target:
                continue
            conf = f.confidence - (self.conf.no_target if target is None else 0)
            yield Event(source, target, entry.code, entry.root, entry.quad_class, entry.goldstein,
                        entry.plover, entry.mode, f.symmetric, day.isoformat() if day else None, where,
                        ctx.sentence_span(f.sentence),
                        f.trigger, f.quote, round(max(0.1, min(0.95, conf)), 2))
