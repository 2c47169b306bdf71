"""The source resolver: who did what a trigger names, by syntactic role (issue 9, ``evsource``).

The coder's narrow rules (``Arguments._subject``, ``_noun_sources`` and recall.py's ``cue_speaker``,
``reported_speaker``, ``possessive_subject``, ``loose_subject``) each find a source in one wording.
When all of them find no one, :meth:`Sources.role_source` tries the roles of
``data/events/sources.yaml`` in their order there:

- ``misparsed_head``: "A Latvian mediator, Ann Sepp, called on Estonia to ...": the parser read the sentence's
  only finite verb as a participle on the noun before it; that noun phrase is the subject.
- ``dashed_subject``: "Both neighbours - Latvia and Lithuania - condemned X": the
  actors set off by dashes right before a verb with no subject are its subject.
- ``name_part``: "Thai Foreign Minister Anan Srisawat ... Anan praised Vietnam": a subject name the
  actors stage linked to no one that is part of the name of exactly one person named before.
- ``pair``: "Latvia's premier met Estonia's, and the two sides agreed ...": "the two sides",
  "both countries" as a subject stand for the two parties of the act told last before (in the
  sentence, else in the sentence before), when that act was between exactly two.
- ``document`` (round 29): "The statement called on X to ...", "The letter demanded ...": a document as
  the subject of what it says stands for its issuer: who issued the same document told a few sentences
  before ("X condemned the attack in a statement", "X passed a resolution", "a statement by X"), else
  the actor subject of the sentence before ("EU leaders met ... The summit's communique urged ...").
- ``anaphor``: the subject of the trigger's clause, found up the chain of conjoined, controlled and
  purpose clauses (or the possessor of a noun trigger), is a pronoun or a "the group" the actors
  stage left unresolved: the nearest compatible actor subject before it (same number, a person for
  "he"/"she", a body for "it"/"they"), in its own paragraph, a sentence or two back at most; never
  inside a direct quotation, where "he" and "they" are whoever the speaker talks about. "The group",
  "the country" take up the nearest actor of their kind in any place ("blamed the Vardenian Front for
  the arson, which the group denied"), a group-like noun never a state's own body.

And where the coder's rules did find a source: a state body the actors stage gave no state (a
ministry, lawmakers, soldiers, police) placed by its subject "in" or "from" states is those states
(:func:`placed_bodies`): "Lawmakers in Peru voted to censure X" is Peru's act.

Each role gives the actors as the coder uses them (a minister stands for its state); the coder marks
the source as inherited (less confidence).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..actors.agents import group_words
from ..arrays import LastDoc, kids_of, labelled_kids, sentence_bounds, sentences_back
from ..ids import DEP_ACL, DEP_ADVCL, DEP_POSS, DEPS_RELCL_ACL, TAGS_VBN_VBD, TAGS_WDT_WP, string_ids
from ..pronouns import GENDER as PRONOUN_GENDER
from ..record import Event
from ..rules import package_yaml
from .arguments import Context, children, gender_clash
from .lexicon import (
    FIRST_PERSON,
    OBJECTS,
    PASSIVE_SUBJECTS_OR_EXPL,
    STATE_BODY_SECTORS,
    SUBJECTS,
    SUBJECTS_OR_PASSIVE_SUBJECTS,
    SUBJECTS_OR_PASSIVE_SUBJECTS_OR_EXPL,
    word_list,
)
from .rules import Found

_DATA = package_yaml("events", "sources.yaml")


ROLES = tuple(str(r) for r in _DATA["roles"])
ANAPHOR_SENTENCES = int(_DATA["anaphor_sentences"])
ANAPHOR_PARAGRAPHS = int(_DATA["anaphor_paragraphs"])
NAME_PART_LENGTH = int(_DATA["name_part_length"])
PAIR_NOUNS = word_list("sources", "pair_nouns")
PLACED_PREPS = word_list("sources", "placed_preps")
PAIR_WORDS = word_list("sources", "pair_words")
PAIR_PERSON_NOUNS = word_list("sources", "pair_person_nouns")
PAIR_SENTENCES = int(_DATA["pair_sentences"])
PERSON_PRONOUNS = word_list("sources", "person_pronouns")
SINGULAR_PRONOUNS = word_list("sources", "singular_body_pronouns")
PLURAL_PRONOUNS = word_list("sources", "plural_pronouns")
PERSON_POSSESSIVES = word_list("sources", "person_possessives")
SINGULAR_POSSESSIVES = word_list("sources", "singular_body_possessives")
PLURAL_POSSESSIVES = word_list("sources", "plural_possessives")
DESCRIBED_BODIES = {str(k).lower(): frozenset(str(v) for v in kinds) for k, kinds in _DATA["described_bodies"].items()}
MISPARSED_TAGS = frozenset(str(t) for t in _DATA["misparsed_tags"])
DASHES = frozenset(str(d) for d in _DATA["dashes"])
DOCUMENT_NOUNS = word_list("sources", "document_nouns")
DOCUMENT_DETERMINERS = word_list("sources", "document_determiners")
DOCUMENT_SENTENCES = int(_DATA["document_sentences"])
DOCUMENT_ISSUER_PREPS = word_list("sources", "document_issuer_preps")
# the clauses whose subject is the one of the clause they hang on ("met X and signed", "moved to
# block", "went on to sanction", "seeking to ..., imposed")
_SHARING = frozenset({"xcomp", "conj", "advcl", "acomp"})
_PERSON, _BODY, _PLURAL = "person", "body", "plural"
COPULAS = frozenset({"'s", "\u2019s", "is", "was"})  # (the parser's lemma of a clipped "'s" is no word)


def _wanted(word: Token) -> str | None:
    """What an anaphoric word may stand for: a person, a singular body, a plural; None if no anaphor."""
    lower = word.lower_
    if word.pos_ == "PRON" or word.tag_ == "PRP$":
        owner = word.dep_ == "poss"  # "her" as a subject is an object form ("made her refuse"): no anaphor
        if lower in (PERSON_POSSESSIVES if owner else PERSON_PRONOUNS):
            return _PERSON
        if lower in (SINGULAR_POSSESSIVES if owner else SINGULAR_PRONOUNS):
            # "It's a fine day ...": the "it" of a copula stands for no one
            return _BODY if owner or not (word.head.lemma_.lower() == "be" or word.head.lower_ in COPULAS) else None
        if lower in (PLURAL_POSSESSIVES if owner else PLURAL_PRONOUNS):
            return _PLURAL
        return None
    if word.pos_ == "NOUN" and word.lemma_.lower() in DESCRIBED_BODIES and \
            [c.lower_ for c in kids_of(word) if c.dep_ not in {"punct"} and c.i < word.i] == ["the"]:
        return word.lemma_.lower()
    return None


class Sources:
    """The roles above (mixed into :class:`~wirecoder.events.coder.Coder`)."""

    def resolve_sources(self, ctx: Context, f: Found, out: Sequence[Event], earlier: Sequence[Found]) -> None:
        """The coder's one call here, after its own source rules: no source yet, the roles below (a
        source so found is inherited: less sure); else a countryless state body placed in a state
        ("lawmakers in Peru", "soldiers from Chad") becomes that state."""
        if not f.sources:
            role, f.sources = self.named_role_source(ctx, f.anchor, out, earlier)
            f.source_rule = f"sources:{role}" if f.sources else ""  # provenance (Found.source_rule)
            f.confidence -= self.conf.inherited if f.sources else 0.0  # type: ignore[attr-defined]
        else:
            with f.filling("sources:placed"):
                f.sources = placed_bodies(ctx, f.anchor, f.sources)

    def role_source(self, ctx: Context, anchor: Token, out: Sequence[Event] = (),
                    earlier: Sequence[Found] = ()) -> list[str]:
        """The first role of sources.yaml that names who did what ``anchor`` says, else none; ``out``
        are the events coded before its sentence, ``earlier`` the acts found before it in the sentence."""
        return self.named_role_source(ctx, anchor, out, earlier)[1]

    def named_role_source(self, ctx: Context, anchor: Token, out: Sequence[Event] = (),
                          earlier: Sequence[Found] = ()) -> tuple[str, list[str]]:
        """:meth:`role_source` with the name of the role that found it ("" for none): its provenance."""
        for role in ROLES:
            if role == "pair":
                found = self._role_pair(ctx, anchor, out, earlier)
            else:
                found = getattr(self, f"_role_{role}")(ctx, anchor)
            if found:
                return role, found
        return "", []

    @staticmethod
    def _role_pair(ctx: Context, anchor: Token, out: Sequence[Event], earlier: Sequence[Found]) -> list[str]:
        word = _subject_word(anchor)
        if word is None or not is_pair_noun(ctx, word):
            return []
        if word.lemma_.lower() in PAIR_PERSON_NOUNS:
            # evsides37: "the two men" are two people named together, not whoever the last act was between
            return pair_named_before(ctx, word)
        # the two sides of the act told last before it: in its sentence, else in the one before (in
        # its paragraph); further back the story may have moved to another pair
        start = sentence_bounds(anchor.doc, anchor.i)[0]
        before = sentences_back(anchor.doc, anchor.i, 1)
        since = max(ctx.text.rfind("\n\n", 0, anchor.idx), anchor.doc[before].idx)
        sides: list[tuple[list[str], list[str]]] = [(g.sources, g.targets) for g in earlier]
        told = [e for e in out if e.source and e.target and e.span[0] >= since
                and e.span[1] <= anchor.doc[start].idx]
        if not sides and told:
            # the events of the last trigger together: a meeting of three is three pairs
            last = told[-1].trigger
            sides = [([e.source for e in told if e.trigger == last], [e.target for e in told if e.trigger == last])]
        for sources, targets in reversed(sides):
            pair = list(dict.fromkeys(a for a in [*sources, *targets] if a))
            if len(pair) == 2:
                return pair
            if sources and targets:
                return []  # the last act was between more than two: not this role's to choose
        return pair_named_before(ctx, word)  # evsides37: no act between two told: "X and Y" named before

    # --- roles ------------------------------------------------------------------------------------
    @staticmethod
    def _role_misparsed_head(ctx: Context, anchor: Token) -> list[str]:
        verb = _clause_top(anchor)
        if verb.dep != DEP_ACL or verb.tag not in MISPARSED_TAGS_IDS or verb.i == 0 \
                or verb.doc[verb.i - 1].text != ",":
            return []
        head = verb.head
        if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i \
                or any(c.dep_ == "agent" for c in kids_of(verb)) \
                or any(c.dep_ in SUBJECTS_OR_PASSIVE_SUBJECTS for c in kids_of(verb)):
            return []
        # a noun phrase with no verb of its own: the participle is the only verb of the sentence
        start, end = sentence_bounds(verb.doc, verb.i)
        if any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "relcl"} for t in verb.doc[start:verb.i]):
            return []
        return ctx.phrase_actors(head)[0]

    @staticmethod
    def _role_dashed_subject(ctx: Context, anchor: Token) -> list[str]:
        verb = _clause_top(anchor)
        if verb.pos_ != "VERB" or any(c.dep in SUBJECTS_OR_PASSIVE_SUBJECTS_OR_EXPL_IDS for c in kids_of(verb)):
            return []
        start = sentence_bounds(verb.doc, verb.i)[0]
        i = verb.i - 1
        while i >= start and verb.doc[i].pos_ in {"ADV", "AUX", "PART"}:
            i -= 1  # "- Latvia and Lithuania - on Monday condemned"
        if i < start or verb.doc[i].text not in DASHES:
            return []
        found: list[str] = []
        for j in range(i - 1, start - 1, -1):
            tok = verb.doc[j]
            if tok.text in DASHES:
                return found if len(found) > 0 else []
            if tok.dep_ == "cc" or tok.text == "," or tok.pos_ in {"DET"}:
                continue
            actor = ctx.political(ctx.token_actor.get(tok.i))
            if actor is None:
                return []  # only actors between the dashes: no aside of other words
            if actor not in found:
                found.insert(0, actor)
        return []

    @staticmethod
    def _role_name_part(ctx: Context, anchor: Token) -> list[str]:
        word = _subject_word(anchor)
        if word is None or word.pos_ != "PROPN" or word.i in ctx.token_actor:
            return []
        parts = [c for c in kids_of(word) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < word.i] + [word]
        if any(t.i in ctx.token_actor or len(t.text) < NAME_PART_LENGTH or not t.text[:1].isupper() for t in parts):
            return []
        said = {t.lower_ for t in parts}
        people = [a for a in ctx.actors.actors if a.kind == "person" and said <= set(a.name.lower().split())
                  and any(m[0] < word.idx for m in a.mentions)]
        if len(people) != 1:
            return []  # two people of that name, or none: not this role's to choose
        found = ctx.political(people[0].id)
        return [found] if found else []

    def _role_anaphor(self, ctx: Context, anchor: Token) -> list[str]:
        word = _subject_word(anchor)
        if word is None or word.i in ctx.token_actor or ctx.in_direct_quote(word.idx):
            return []
        wanted = _wanted(word)
        if wanted is None:
            return []
        return _antecedent(ctx, word, wanted)

    @staticmethod
    def _role_speaker(ctx: Context, anchor: Token) -> list[str]:
        word = _subject_word(anchor)
        if word is None or word.i in ctx.token_actor or ctx.in_direct_quote(word.idx) or _wanted_any(word) is None:
            return []
        return speaker_of_mention(ctx, word)

    def _role_document(self, ctx: Context, anchor: Token) -> list[str]:
        word = _subject_word(anchor)
        if word is None or word.pos_ != "NOUN" or word.i in ctx.token_actor \
                or word.lemma_.lower() not in DOCUMENT_NOUNS or ctx.in_direct_quote(word.idx):
            return []
        # "the statement", "its letter", "the summit's communique": one told before; "a statement",
        # "any resolution" names none
        said = [c for c in kids_of(word) if c.dep_ in {"det", "poss"}]
        if not said or any(c.dep_ == "det" and c.lower_ not in DOCUMENT_DETERMINERS for c in said):
            return []
        return _issuer(ctx, word)


def _wanted_any(word: Token) -> str | None:
    """What ``word`` may stand for as the anaphor role reads a pronoun ("he", "it", "they"), or for a
    definite singular noun of no kind that another role reads ("the minister", "the diplomat": not "the
    group", which the anaphor role takes up by its kind, nor "the note", the document role's) with no other
    word of its own, "noun";
    None for any other word."""
    if word.pos_ == "NOUN":
        lemma = word.lemma_.lower()
        # (only "the" before it: "the sister of a man", "the 1987 accord" are no one's title)
        return "noun" if word.tag_ == "NN" and lemma not in DESCRIBED_BODIES and lemma not in DOCUMENT_NOUNS \
            and [c.lower_ for c in kids_of(word) if c.dep_ != "punct"] == ["the"] else None
    return _wanted(word)


def speaker_of_mention(ctx: Context, word: Token) -> list[str]:
    """evsrc46: the actor the quotes stage gave ``word`` where it is the speaker's mention of a quotation
    ("He condemned X and said ...": "He" is the speaker of "said"), unless a pronoun's gender clashes with
    that person's; else none."""
    gender = PRONOUN_GENDER.get(word.lower_)
    for i, q in enumerate(ctx.quotes):
        spoke = q.speaker
        if spoke is not None and spoke.span is not None and spoke.span[0] <= word.idx < spoke.span[1] \
                and spoke.actor is not None:
            # (a pronoun that opens its paragraph takes up no one across the break where the anaphor role
            # keeps to its paragraph, sources.yaml anaphor_paragraphs 0: as a speaker no more than as an anaphor)
            if gender_clash(ctx, gender, spoke.actor) \
                    or (word.pos_ == "PRON" and not ANAPHOR_PARAGRAPHS and _opens_paragraph(ctx, word)):
                return []
            actor = ctx.speaker(i)
            return [actor] if actor else []
    return []


def _opens_paragraph(ctx: Context, word: Token) -> bool:
    """Whether ``word`` opens its paragraph, only quotation marks before it there ("..., its forces had
    crossed the river.\n\nIt also accused X")."""
    paragraph = ctx.text.rfind("\n\n", 0, word.idx)
    return not ctx.text[paragraph + 2:word.idx].strip(" \"\u201c'\u2018")


def is_pair_noun(ctx: Context, word: Token) -> bool:
    """Whether ``word`` is a pair no actor covers: "the two sides", "both countries", "the two men"
    (evsides37: or only a body the actors stage made of the plural noun itself, "the two ministers"
    read as ministers in general)."""
    if word.lemma_.lower() not in PAIR_NOUNS:
        return False
    if word.i in ctx.token_actor:
        actor = ctx.actors.get(ctx.token_actor[word.i])
        if actor is None or actor.kind not in {"organization", "group"} or actor.name.lower() != word.lower_:
            return False
    said = [c.lower_ for c in kids_of(word) if c.dep_ in {"det", "predet", "nummod", "preconj"}]
    return any(" ".join(said[i:i + len(w.split())]) == w for w in PAIR_WORDS for i in range(len(said)))


def pair_named_before(ctx: Context, word: Token) -> list[str]:
    """The two political actors named last together as "X and Y" before the pair noun ``word``, in
    its sentence or the ``pair_sentences`` before it (sources.yaml; across a paragraph break, as news
    writes one sentence a paragraph). None where the nearest such coordination names more than two
    or others: the story may have moved on. For a noun of people ("the two men"), two persons: those of
    that coordination, else (a parse that coordinates "X and Finland's Prime Minister Y" wrongly) the
    only two persons the sentences before its own name (evsides37)."""
    doc = word.doc
    start = sentences_back(doc, word.i, PAIR_SENTENCES)
    people = word.lemma_.lower() in PAIR_PERSON_NOUNS
    for i in range(word.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in kids_of(tok)) or ctx.in_direct_quote(tok.idx):
            continue  # the first of a coordination only ("X and Y": X holds Y as its conjunct)
        # (a dateline the parser reads as the first of the coordination, "RIGA (AP) - X and Y ...", is no side)
        heads = [t for t in [tok, *tok.conjuncts] if not ctx.in_dateline(t)]
        named = [ctx.actors.get(ctx.token_actor.get(t.i)) for t in heads]
        if any(a is None for a in named):
            continue  # "X and the economy": not two actors
        found = _two_sides(ctx, [a.id for a in named])
        if len(heads) == 2 and len(found) == 2 and not (people and any(a.kind != "person" for a in named)):
            return found
        break  # the nearest pair named is three, one, or not people: not this rule's to choose
    if not people:
        return []
    # (the sentences before its own: its own names the one who acts on the pair, "Z praised the two men")
    persons = list(dict.fromkeys(a.id for t in doc[start:sentence_bounds(doc, word.i)[0]] if not ctx.in_direct_quote(t.idx)
                                 and (a := ctx.actors.get(ctx.token_actor.get(t.i))) is not None
                                 and a.kind == "person"))
    found = _two_sides(ctx, persons)
    return found if len(persons) == 2 and len(found) == 2 else []


def _two_sides(ctx: Context, ids: list[str]) -> list[str]:
    """evside53: the political sides of the actors ``ids`` (each once), but two people (or bodies)
    that stand for the same side ("Prime Minister X and his finance minister Y", both their state's)
    stay the two of them: "the two men" are a pair at home, not one state (before, the pair collapsed
    to one side and "urged the two men to ..." was aimed at no one). Where a side is no political
    actor, the political sides as they are (fewer than two: no pair)."""
    found = list(dict.fromkeys(p for a in ids if (p := ctx.political(a))))
    if len(found) == 1 and len(set(ids)) == 2 == len(ids) and all(ctx.political(a) for a in ids) \
            and found[0] not in ids:
        return list(ids)
    return found


def _issuer(ctx: Context, word: Token) -> list[str]:
    """Who issued the document ``word`` names: on the nearest earlier mention of the same word in
    the last few sentences, the actor that owns it ("Latvia's statement", "a statement by the
    ministry") or the subject of the verb it hangs on ("X said in a statement", "X issued a
    statement", "X passed a resolution"); with no such mention, the actor subject nearest before
    it in its sentence or the one before (sources.yaml document_*)."""
    doc = word.doc
    near = sentences_back(doc, word.i, 1)
    start = sentences_back(doc, word.i, DOCUMENT_SENTENCES)
    lemma = word.lemma_.lower()
    for i in range(word.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or ctx.in_direct_quote(tok.idx):
            continue
        owners = [a for c in kids_of(tok) if c.dep_ in {"poss", "compound", "amod", "nmod"}
                  for t in c.subtree if (a := ctx.political(ctx.token_actor.get(t.i)))]
        owners += [a for p in children(tok, {"prep", "agent"}) if p.lower_ in DOCUMENT_ISSUER_PREPS
                   for o in children(p, {"pobj"}) for a in ctx.phrase_actors(o)[0]]
        if owners:
            return list(dict.fromkeys(owners))
        verb = _clause_top(tok)
        subject = _subject_word(verb) if verb is not tok and verb.pos_ in {"VERB", "AUX"} else None
        if subject is None:
            continue  # "The statement said ...": the document itself acts there; an earlier one may say whose
        # (a dateline the parser reads as a second subject, "KYIV, Dec 19 - Ukraine's ministry ...", names no one)
        for s in [subject, *(c for c in children(subject.head, SUBJECTS) if c is not subject)]:
            found, inherited = ctx.phrase_actors(s)
            if not found and (wanted := _wanted(s)) is not None and s.i not in ctx.token_actor:
                found, inherited = _antecedent(ctx, s, wanted), False  # "In a statement, it said ..."
            if found:
                return found if not inherited else []
    # no mention before: the body that acted in the sentence before, or earlier in its own
    for i in range(word.i - 1, near - 1, -1):
        tok = doc[i]
        if tok.dep_ in SUBJECTS and not ctx.in_direct_quote(tok.idx):
            found, inherited = ctx.phrase_actors(tok)
            if found and not inherited:
                return found
    return []


def placed_bodies(ctx: Context, anchor: Token, sources: list[str]) -> list[str]:
    """``sources`` with each state body of no known state that the subject places in states ("Lawmakers
    in Peru", "Ministers from Chile and Peru") replaced by those states (sources.yaml placed_preps)."""
    word = _subject_word(anchor)
    if word is None or word.pos_ not in {"NOUN", "PROPN"}:
        return sources
    out = list(sources)
    if word.i not in ctx.token_actor:  # "Hundreds of soldiers from Chad": the "of" object
        word = next((o for p in children(word, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})), word)
    for head in [word, *word.conjuncts]:
        body = ctx.actors.get(ctx.token_actor.get(head.i))
        if body is None or body.country or body.kind not in {"organization", "group"} \
                or body.sector not in STATE_BODY_SECTORS or body.id not in out:
            continue
        states = [a for prep in children(head, {"prep"}) if prep.lower_ in PLACED_PREPS
                  for pobj in children(prep, {"pobj"}) for t in [pobj, *pobj.conjuncts]
                  if (a := ctx.political(ctx.token_actor.get(t.i))) and (x := ctx.actors.get(a)) is not None
                  and x.kind == "state"]
        if states:
            at = out.index(body.id)
            out[at:at + 1] = [a for a in dict.fromkeys(states) if a not in out]
    return out


def _clause_top(anchor: Token) -> Token:
    """The verb a trigger stands for: itself, or for a noun the verb whose object it is."""
    if anchor.pos_ in {"VERB", "AUX"}:
        return anchor
    node = anchor
    for _ in range(3):
        if node.dep in _OBJECTS_OR_POBJ_PREP_IDS and node.head != node:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                return node
        else:
            break
    return anchor


# The last doc's subject words per trigger (speed29): named_role_source tries a trigger's roles one
# after the other, and most ask for its subject word (about five asks a trigger on 20 texts); the
# answer reads only the parse, and its token is one of arrays.kids_of's own (speed only).
_SUBJECT_WORDS = LastDoc()


def _subject_word(anchor: Token) -> Token | None:
    """The word that names who does what ``anchor`` says: a noun's possessor, else the subject up the
    chain of clauses that share it, or None where the chain breaks (a relative clause, a report)."""
    memo, doc, i = _SUBJECT_WORDS, anchor.doc, anchor.i
    known = memo.known if memo.doc is doc else memo.of(doc)
    if i not in known:
        known[i] = _read_subject_word(anchor)
    return known[i]


def _read_subject_word(anchor: Token) -> Token | None:
    if anchor.pos_ in {"NOUN", "PROPN"}:
        owner = next((c for c in kids_of(anchor) if c.dep == DEP_POSS), None)
        if owner is not None:
            return owner
    node = _clause_top(anchor)
    if node.pos_ not in {"VERB", "AUX"}:
        return None
    for _ in range(5):
        subjects = [c for c in children(node, SUBJECTS) if c.tag not in TAGS_WDT_WP]
        if subjects:
            return subjects[0]
        if any(dep in PASSIVE_SUBJECTS_OR_EXPL for _, dep in labelled_kids(node)):
            return None  # "Latvia was attacked and ...": the one acted on does not act
        if node.dep not in _SHARING_IDS or node.head == node:
            return None
        if node.tag in TAGS_VBN_VBD and node.dep == DEP_ADVCL and not any(
                c.dep_ in {"aux", "auxpass", "mark"} for c in kids_of(node)):
            return None  # "Asked why, he said ...": the one asked is not the one asking
        node = node.head
    return None


def _antecedent(ctx: Context, word: Token, wanted: str) -> list[str]:
    """The actors of the nearest subject before ``word`` that it can stand for, in its paragraph."""
    return _antecedent_subject(ctx, word, wanted)[1]


def anaphor_antecedent(ctx: Context, word: Token) -> Token | None:
    """evsrc39: the word the anaphor role took ``word`` (a pronoun subject, "the group") up from,
    where it did: the head of the subject before it that it stands for. The coder reads the person
    or body named there when it puts a specific doer back for a state ("he" -> a senator -> USA:
    the senator, not another American named nearer the trigger; Coder._side_phrases)."""
    if word.i in ctx.token_actor or ctx.in_direct_quote(word.idx) or (wanted := _wanted(word)) is None:
        return None
    return _antecedent_subject(ctx, word, wanted)[0]


def _antecedent_subject(ctx: Context, word: Token, wanted: str) -> tuple[Token | None, list[str]]:
    """:func:`_antecedent` with the word whose actors it returns (None with none)."""
    doc = word.doc
    gender = PRONOUN_GENDER.get(word.lower_) if wanted == _PERSON else None
    if wanted in (_PERSON, _BODY, _PLURAL) and (above := _clause_above(ctx, word, wanted, gender)) is not None:
        return above
    start = sentences_back(doc, word.i, ANAPHOR_SENTENCES)
    paragraph = ctx.text.rfind("\n\n", 0, word.idx)
    if ANAPHOR_PARAGRAPHS and _opens_paragraph(ctx, word):
        # a pronoun that opens its paragraph takes up the one the paragraph before ended on
        paragraph = ctx.text.rfind("\n\n", 0, max(paragraph, 0))
    for i in range(word.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.idx < paragraph:
            break
        if wanted in DESCRIBED_BODIES:
            # "blamed the Vardenian Front for ..., which the group denied": a noun of a kind takes up the nearest
            # actor of that kind in any place, a group-like noun never a body of a state
            actor = ctx.actors.get(ctx.token_actor.get(tok.i))
            if actor is not None and actor.kind in DESCRIBED_BODIES[wanted] and (
                    actor.kind in {"state", "igo"} or actor.sector not in STATE_BODY_SECTORS):
                found = [a] if (a := ctx.political(actor.id)) else []
                if found:
                    return tok, found
            continue
        if tok.dep not in SUBJECTS_OR_PASSIVE_SUBJECTS_IDS or ctx.in_direct_quote(tok.idx):
            continue
        if wanted == _PERSON and _unknown_person(ctx, tok, gender):
            return None, []  # evsrc46: "he" is the person named there, whom no actor stands for
        found = _fits(ctx, tok, wanted)
        if found and not _other_gender(ctx, tok, gender):
            return tok, found
    return None, []


def _other_gender(ctx: Context, subject: Token, gender: str | None) -> bool:
    """evsrc45: whether ``subject`` names a person whose known gender is not the pronoun's ("she" never
    takes up a "Mr Tamm" named before, "he" no "she" that took up a woman; a person of unknown gender
    may be either): arguments.gender_clash on the subject's actor."""
    return gender_clash(ctx, gender, ctx.token_actor.get(subject.i), subject)


def _clause_above(ctx: Context, word: Token, wanted: str, gender: str | None) -> tuple[Token | None, list[str]] | None:
    """evsrc45: a pronoun of a clause that hangs on another ("X rejects polls that suggest Y is ahead,
    even as he attacks Y", "X said the talks had failed, and she blamed Z") stands first for the subject
    of the clauses above it in its own sentence (nearest first), not for the nearest subject before it,
    which may be that of a clause the one above holds ("Y is ahead"). Not up out of a relative clause
    (its own readings decide) nor into a direct quotation; none that fits: None, the backward search as before.
    (None, []) where the subject above is a person no actor stands for: the pronoun is that person, and
    no search goes further back (evsrc46)."""
    node = word
    while node.head.i != node.i and node.dep not in DEPS_RELCL_ACL:
        node = node.head
        for c, dep in labelled_kids(node):
            if dep in SUBJECTS_OR_PASSIVE_SUBJECTS and c.i < word.i and not (c.left_edge.i <= word.i <= c.right_edge.i) \
                    and not ctx.in_direct_quote(c.idx):
                if wanted == _PERSON and _unknown_person(ctx, c, gender):
                    return None, []  # evsrc46: a person no actor stands for (no backward search either)
                found = _fits(ctx, c, wanted)
                if found and not _other_gender(ctx, c, gender):
                    return c, found
                return None  # (the nearest subject above names no fitting actor: the search as before)
    return None


def _unknown_person(ctx: Context, subject: Token, gender: str | None) -> bool:
    """evsrc46: whether ``subject`` is a person's name that stands for no political actor ("Novelist Ilse Varro,
    whose ..., confirmed she would vote ..."): a "he"/"she" (``gender``) after it stands for that person, as
    the quotes stage reads an unknown person's pronoun (its ``unknown_person``), not for an actor named
    further back; not where the person's known gender is the other one."""
    if subject.pos_ != "PROPN" or ctx.phrase_actors(subject)[0]:
        return False
    actor = ctx.actors.get(ctx.token_actor.get(subject.i))
    person = actor.kind == "person" if actor is not None else subject.ent_type_ == "PERSON"
    return person and not gender_clash(ctx, gender, actor.id if actor is not None else None, subject)


def _fits(ctx: Context, subject: Token, wanted: str) -> list[str]:
    """A subject's actors when the anaphor can stand for them, else none."""
    actors, inherited = ctx.phrase_actors(subject)
    if not actors or inherited:
        return []
    coordinated = any(c.dep_ == "conj" for c in kids_of(subject)) and len(actors) > 1
    # the actor the subject's head names ("Latvia's defence ministry"), else its only one ("the X movement")
    head = ctx.actors.get(ctx.token_actor.get(subject.i)) or (
        ctx.actors.get(actors[0]) if len(actors) == 1 else None)
    if wanted == _PLURAL:
        if coordinated:
            return actors
        # a plural noun that names the body itself ("the rebels", "Latvian officials"), not one it lists
        named = ctx.actors.get(ctx.token_actor.get(subject.i))
        plural = subject.tag_ in {"NNS", "NNPS"} and named is not None and named.kind != "person"
        return actors if plural else []
    if coordinated or head is None:
        return []
    if wanted == _PERSON:
        return actors if head.kind == "person" else []
    kinds = DESCRIBED_BODIES.get(wanted, frozenset({"state", "igo", "organization", "group"}))
    if head.kind not in kinds or subject.tag_ in {"NNS", "NNPS"}:
        return []
    return actors


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_OBJECTS_OR_POBJ_PREP = OBJECTS | {"pobj", "prep"}


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
MISPARSED_TAGS_IDS = string_ids(MISPARSED_TAGS)
SUBJECTS_OR_PASSIVE_SUBJECTS_IDS = string_ids(SUBJECTS_OR_PASSIVE_SUBJECTS)
SUBJECTS_OR_PASSIVE_SUBJECTS_OR_EXPL_IDS = string_ids(SUBJECTS_OR_PASSIVE_SUBJECTS_OR_EXPL)
_OBJECTS_OR_POBJ_PREP_IDS = string_ids(_OBJECTS_OR_POBJ_PREP)
_SHARING_IDS = string_ids(_SHARING)


VOICE_VERBS = word_list("sources", "voice_verbs")
VOICE_STEPS = int(_DATA["voice_steps"])


def reported_voice(ctx: Context, anchor: Token, quote: int | None) -> list[str] | None:
    """evsrc54: whose judgement a verdict word inside quotation ``quote`` is, where it is not the speaker's own
    (sources.yaml voice_verbs): the clause it sits in is the complement of a verb of saying inside the same
    quotation whose subject is someone else ("'He says we betrayed him,' the minister said"). Returns that
    subject's political actors ([] where it names none: a pronoun left unresolved, a firm), or None where the
    verdict is the speaker's (no such verb, a first-person subject, or the speaker named there)."""
    if quote is None:
        return None
    node = anchor
    for _ in range(VOICE_STEPS):
        head = node.head
        if head is node or ctx.quote_at(head.idx) != quote:
            return None
        if node.dep_ == "ccomp" and head.lemma_.lower() in VOICE_VERBS:
            subjects = children(head, SUBJECTS)
            if not subjects:
                return None
            subject = subjects[0]
            if subject.pos_ == "PRON":
                if subject.lower_ in FIRST_PERSON or ctx.quotes[quote].kind != "direct":
                    # "we say it is a disgrace"; "X said he had told Y the plan was a mistake", "X said she thought Y's
                    # remarks were 'crass'" (a mixed quotation): the speaker's own
                    return None
                actor = ctx.political(ctx.token_actor.get(subject.i))  # ("'He says ...,' X said": who "he" is)
                found = [actor] if actor else []
            # (a subject headed by a noun of people the actors stage knows, "officials", is someone speaking)
            elif subject.i not in ctx.token_actor and subject.lemma_.lower() not in group_words() \
                    and subject.lower_ not in group_words():
                return None  # "X said the admission suggested Y was misled": a thing's, read by the speaker
            else:
                found, _ = ctx.phrase_actors(subject)
            speaker = ctx.speaker(quote)
            return None if speaker is not None and speaker in found else found
        node = head
    return None

