"""Speaker resolution: the actor each quotation's speaker word stands for."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import wraps
from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Token

from .. import pronouns
from ..actors import ActorTable, coref
from ..arrays import (
    LastDoc,
    kids_of,
    labelled_kids,
    lefts_of,
    rights_of,
    sentence_bounds,
    sentences_back,
    token_table,
)
from ..ids import (
    DEP_APPOS,
    DEP_DOBJ,
    DEP_NSUBJ,
    DEP_POBJ,
    DEP_POSS,
    DEP_PREP,
    DEP_RELCL,
    DEP_ROOT,
    DEPS_AMOD_COMPOUND_POSS_NMOD,
    DEPS_COMPOUND_AMOD,
    DEPS_DOBJ_DATIVE_IOBJ,
    DEPS_NSUBJ_NSUBJPASS,
    DEPS_RELCL_ACL_POBJ_DOBJ,
    ENT_PERSON,
    TAG_NN,
    TAGS_NN_NNP,
    TAGS_NNS_NNPS,
    WORD_IT,
    WORD_THE,
    WORD_THEY,
    string_ids,
)
from ..record import Cue, Quote, Speaker
from .genders import article_genders

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from spacy.tokens import Doc, Span

    from ..actors import Mention
    from .cues import QuoteCues
    from .finder import Found

_PRONOUNS = pronouns.PERSONAL
_RELATIVE_PRONOUNS = pronouns.RELATIVE
_BODY_PRONOUNS = pronouns.BODY
_NAMING_PRONOUNS = _BODY_PRONOUNS | _RELATIVE_PRONOUNS | {"they"}  # spk41: a body's pronoun printed by its text name
_NOUN_GENDER = pronouns.NOUN_GENDER
# Words that tie a speaker noun to the body it speaks for: "a spokesman for the ministry", "a
# statement from the commission".
_SPEAKS_FOR = frozenset({"for", "from", "of", "at"})
# quotes18: people who speak from inside a body ("sources in the ruling party", "officials within the ministry",
# "rebels in the party"): "in" ties them to it as "for" and "at" do; "residents in Kyiv" do not speak for Kyiv.
_MEMBERS_IN = frozenset({"in", "within", "inside"})
_MEMBERS = frozenset({"official", "source", "insider", "member", "rebel", "dissident", "aide", "staffer", "diplomat"})
# A bare "one" or "another" as a speaker: one more of the unnamed speakers quoted just before.
_ONE_OF = frozenset({"one", "another"})
# How far back (characters) a body or a titled person named before a speaker noun is looked for.
_BODY_LOOKBACK = 3000
# the subject labels' ids, as the doc's table holds them (speed only)
_SUBJECT_LABEL_IDS = frozenset({get_string_id("nsubj"), get_string_id("nsubjpass")})
# Forms of address that stand before a surname ("Mr Varga"), never before a first name.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
# Of those, the ones that stand before a first name: "Sir Alden" is Sir Alden Crow, "Dame Ilse" is Dame Ilse Varno.
_FIRST_NAME_HONORIFICS = frozenset({"sir", "dame"})
# Personal pronouns that may point to one person named by the writer but unknown to the actors stage.
_ONE_PERSON = frozenset({"he", "she"})
# A sentence's end inside the words before a name: a full stop, "!" or "?" (and a closing quotation mark), then a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")
# A short apposition right after a name, closed by a comma or the sentence's end: "X, the shadow chancellor, said".
_APPOSITION = re.compile(r",\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)(?=,|\.\s|;)")
# How many sentence starts may lie between an unnamed plural group's cue and a "they" that goes on with it.
_THEY_SENTENCES = 3


@dataclass
class _Running:
    """What the speaker loop carries from one quote to the next."""

    person: str | None = None  # the last person quoted
    person_at: int = -1  # where that person's cue was
    body: tuple[str | None, str] | None = None  # the last body quoted: its actor (or None) and its name
    # the last unnamed person quoted ("a senior economist"): its span, cue offset and whether plural
    nominal: tuple[tuple[int, int], int, bool] | None = None
    # the last spokesperson quoted for a body or a state: its actor, its name, the gender its noun tells
    # ("spokeswoman": "she"; "spokesperson": None) and its cue offset
    voice: tuple[str, str, str | None, int] | None = None
    # the last speaker named by a noun that is no person's name ("Bank officials", "one government economist",
    # "the ministry"): its actor (or None), its name, its span, its cue offset and whether its noun is plural
    group: tuple[str | None, str | None, tuple[int, int] | None, int, bool] | None = None
    # the last person quoted by a name the actors stage does not know (or knows as someone else): its span and
    # its cue offset ("Ana Rell is a nurse at the clinic. She said ...")
    unknown: tuple[int, int] | None = None
    unknown_at: int = -1
    # spk40: whether that person was quoted by a bare surname ("Velk said"), which a pronoun goes on with but a
    # bare title ("the county mayor") does not
    unknown_surname: bool = False
    # every unnamed person quoted so far by a noun of their own ("a senior government official"), by that noun's
    # lemma: its span and whether plural (the last one introduced with each noun; a repeat keeps it)
    # (quotes18: and the body it speaks for, when its own words name one: "a senior Tarvel Bank official")
    nominals: dict[str, tuple[tuple[int, int], bool, str | None]] | None = None
    # quotes18: the speaker resolved for each sentence that held a cue (by its first token's index): the issuer of
    # a document named there ("In a notice, the embassy said ... . The notice added ...")
    said_in: dict[int, tuple[str | None, str]] | None = None
    # quotes20: the person the last quote's speaker asked ("X asked the director, Y, how many ..."): Y and that cue's
    # offset; the "he" or "she" who answers next is Y
    asked: tuple[str, int] | None = None
    # quotes22: the words that named each sentence's speaker when no actor stood for it (by its first token's index)
    named_in: dict[int, str] | None = None
    # quotes27: the voice (the tuple in ``voice``) of a speaker printed by its own words ("a cabinet official"): a
    # "he said" that goes on with it is printed by those words too, not by the name of the body it speaks for
    own_voice: tuple[str, str, str | None, int] | None = None
    # spk43: the first of speakers joined by "and" ("Oskar X and Ilse Y said ..."): its actor, the cue offset, and
    # the actors of all the joined names; a "they" after it goes on with them
    joined: tuple[str, int, frozenset[str]] | None = None
    # spk44: the title each person was quoted by ("The home secretary said" for X): the office a later "the prime
    # minister" is checked against when the text named the person with no title beside the name
    offices: dict[str, str] | None = None


@dataclass
class _Words:
    """The article and the cue file's speaker word lists, which every step reads."""

    text: str
    actors: ActorTable
    body_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    own_voices: frozenset[str]
    genders: dict[str, str]  # person id -> "he" / "she", as the article tells it (genders.py)
    share_nouns: frozenset[str] = frozenset()  # "63 percent of ...", "a majority of ..." (cues.yaml share_nouns)
    own_voices_of_any: frozenset[str] = frozenset()  # "US allies", "the Kremlin's critics" (cues.yaml)
    state_body_nouns: frozenset[str] = frozenset()  # "the government", "the administration" (cues.yaml)
    office_modifiers: frozenset[str] = frozenset()  # "shadow", "former", "deputy": another office (cues.yaml)
    body_head_nouns: frozenset[str] = frozenset()  # "leader", "chief": "the union leader" (cues.yaml)
    # titles of one office ("foreign minister", "top diplomat"), each a tuple of words (cues.yaml title_synonyms)
    title_synonyms: tuple[tuple[tuple[str, ...], ...], ...] = ()
    heading: dict[str, str] | None = None  # body noun -> its head's title ("ministry": "minister"; cues.yaml)
    document_nouns: frozenset[str] = frozenset()  # "the statement", "the letter": its issuer speaks (cues.yaml)
    # quotes20: the spans inside quotation marks (marks.quotation_spans), sorted: a person named only there is
    # talked about, not the one a pronoun after the quote points to
    quoted: tuple[tuple[int, int], ...] = ()
    response_openers: frozenset[str] = frozenset()  # "responding", "in reply": a turn to another speaker (cues.yaml)
    business_nouns: frozenset[str] = frozenset()  # "the firm", "the group": a business named before (cues.yaml)
    pointing_adjectives: frozenset[str] = frozenset()  # "the same committee" (cues.yaml)
    not_state_voices: frozenset[str] = frozenset()  # "US analysts", "a US firm": not the state speaking (cues.yaml)
    # quotes27: "a ministry spokesman", "the union's general secretary": office words that speak for their owner body,
    # and the state-executive nouns among those owners (cues.yaml nominal_speaker_heads, nominal_state_nouns)
    nominal_speaker_heads: frozenset[str] = frozenset()
    nominal_state_nouns: frozenset[str] = frozenset()
    expletive_it_verbs: frozenset[str] = frozenset()  # "after it became clear": a dummy "it" (cues.yaml)
    sole_person_titles: frozenset[str] = frozenset()  # "the outgoing commissioner": the story's one person (cues.yaml)
    media_nouns: frozenset[str] = frozenset()  # spk41: "the paper", "the daily": the outlet named last (cues.yaml)
    masthead_words: frozenset[str] = frozenset()  # spk41: "Times", "Post": a masthead's last word (cues.yaml)
    document_issuing_verbs: frozenset[str] = frozenset()  # spk43: "a statement issued by X": X speaks (cues.yaml)
    portfolio_words: frozenset[str] = frozenset()  # spk44: "foreign", "prime": a title's portfolio (cues.yaml)
    authored_nouns: frozenset[str] = frozenset()  # qfind46: "a study by X": X speaks in it (cues.yaml authored_speaking_nouns)
    description_epithets: frozenset[str] = frozenset()  # nomspk55: "outgoing", "veteran" (cues.yaml description_epithets)


@dataclass
class _Pick:
    """One quote's speaker word and what it resolved to so far."""

    head: Token
    cue_start: int
    relative: bool
    lemma: str
    actor: str | None = None
    name_span: tuple[int, int] | None = None  # the appositive name, when that is what resolved
    body_name: str | None = None  # a body's name, when no actor is known for it
    # a person named in the text whom no actor stands for: the span of that name (the speaker's span stays
    # the mention the cue attaches to, "he" or "the Tory leader")
    unknown_person: tuple[int, int] | None = None
    repeats: bool = False  # a definite noun that repeats an unnamed person quoted before (_same_noun_step)
    own_words: bool = False  # printed by the words of its own phrase, not its actor's name (_owner_body_step)


def attribute(text: str, found: list[Found], actors: ActorTable, cues: QuoteCues | None = None,
              quoted: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Speakers to actors, with the running-speaker rule for pronouns and titles. ``quoted``: the spans
    between quotation marks (``marks.quotation_spans``)."""
    doc = next((f.speaker.doc for f in found if f.speaker is not None), None)
    words = _Words(text, actors, cues.body_nouns if cues else frozenset(),
                   cues.spokesperson_nouns if cues else frozenset(), cues.own_voices if cues else frozenset(),
                   article_genders(doc, actors, text, [f.speaker for f in found if f.speaker is not None])
                   if doc is not None else actors.genders,
                   cues.share_nouns if cues else frozenset(), cues.own_voices_of_any if cues else frozenset(),
                   cues.state_body_nouns if cues else frozenset(), cues.office_modifiers if cues else frozenset(),
                   cues.body_head_nouns if cues else frozenset(), cues.title_synonyms if cues else (),
                   cues.heading_titles if cues else None, cues.document_nouns if cues else frozenset(),
                   tuple(sorted(quoted or ())), cues.response_openers if cues else frozenset(),
                   cues.business_nouns if cues else frozenset(), cues.pointing_adjectives if cues else frozenset(),
                   cues.not_state_voices if cues else frozenset(),
                   cues.nominal_speaker_heads if cues else frozenset(), cues.nominal_state_nouns if cues else frozenset(),
                   cues.expletive_it_verbs if cues else frozenset(),
                   cues.sole_person_titles if cues else frozenset(),
                   cues.media_nouns if cues else frozenset(), cues.masthead_words if cues else frozenset(),
                   cues.document_issuing_verbs if cues else frozenset(),
                   cues.portfolio_words if cues else frozenset(),
                   cues.authored_speaking_nouns if cues else frozenset(),
                   cues.description_epithets if cues else frozenset())
    quotes: list[Quote] = []
    run = _Running()
    for f in found:
        head = f.speaker
        own_words = False
        actor: str | None = None
        body_name: str | None = None
        name_span: tuple[int, int] | None = None
        if head is not None and head.lower == WORD_IT and (subject := _document_it(head, words)) is not None:
            # (spk53: "The report is published by X. It says ...": the document's author, _document_it)
            actor, body_name = subject
            run.body = subject
        elif head is not None and head.lower == WORD_IT and (subject := _it_antecedent(head, actors, text, words)) is not None:
            # Why (spk37): "Halvard Mining may sell its smelter, although it insists ...", "Kelvar Energy raised its
            # prices. It has also demanded ...": the body that the actors stage ties the "it" to (the subject of a
            # clause above it in its sentence, or the proper-name main subject of the sentence before) is nearer than
            # the body quoted last, which the rule below takes.
            actor, body_name = subject
            run.body = subject
        elif head is not None and head.lower in _BODY_PRONOUNS_IDS and run.body is not None:
            # Why: "..., it added" goes on quoting the body last quoted (a ministry, a commission).
            actor, body_name = run.body
        elif head is not None and head.lower in _BODY_PRONOUNS_IDS and head.lower == WORD_IT \
                and (subject := _body_subject_before(head, actors, text)) is not None:
            # Why (quotes18): "The harbour board raised its fees. It said ...": before any body is quoted, "it" is the
            # body made the subject of the sentence before.
            actor, body_name = subject
            run.body = subject
        elif head is not None:
            pick = _first_reading(head, f.cue_start, words)
            for step in _STEPS:
                if step(pick, run, words):
                    break
            _not_the_relay(pick, run, words)
            if pick.actor is not None and head.lower_ in words.sole_person_titles and is_title(head) \
                    and is_person(pick.actor, actors) and not _past_office(head):
                # (nomspk55: not a past office, "the outgoing commissioner": the office the person leaves is no
                # portfolio a later "the former Labour leader" must share)
                run.offices = {**(run.offices or {}), pick.actor: words.text[head.left_edge.idx:head.idx + len(head.text)]}
            _carry(pick, f, run, words)
            if pick.own_words and pick.actor is not None and f.speaker_span is not None:
                # (quotes27: "one central bank official said ... . He said ...": the pronoun goes on with that
                # official, who speaks for the bank, not with an unnamed economist quoted before; "they" after
                # "union officials" goes on with them as with any unnamed group)
                if head.tag_ in ("NNS", "NNPS"):
                    run.nominal = (f.speaker_span, f.cue_start, True)
                else:
                    run.voice = run.own_voice = (pick.actor, pick.body_name or text[f.speaker_span[0]:f.speaker_span[1]],
                                                 _NOUN_GENDER.get(head.lower_), f.cue_start)
                    run.nominal = None
            run.asked = _asked(f, pick.actor, words)
            actor, name_span, body_name = pick.actor, pick.name_span, pick.body_name
            own_words = pick.own_words
            if pick.unknown_person is not None:
                body_name = text[pick.unknown_person[0]:pick.unknown_person[1]]
        known = actors.get(actor)
        if head is not None and (actor is not None or body_name):
            if run.said_in is None:
                run.said_in = {}
            run.said_in[sentence_bounds(head.doc, head.i)[0]] = (actor, known.name if known else body_name)
        if head is not None and actor is None and f.speaker_span is not None:
            if run.named_in is None:
                run.named_in = {}
            run.named_in[sentence_bounds(head.doc, head.i)[0]] = body_name or text[f.speaker_span[0]:f.speaker_span[1]]
        if f.silent:
            continue  # an attribution the scope leaves out: its speaker carries on, it is no quote
        # The speaker is the appositive name ("its spokesman, Anatol X,") when that is what resolved.
        span = name_span or f.speaker_span
        name = known.name if known else body_name or (text[span[0]:span[1]] if span else "")
        if own_words and (body_name or span is not None):
            name = body_name or text[span[0]:span[1]]
        elif known is not None and span is not None and known.kind in ("state", "igo"):
            name = _body_of(known, span, words) or _other_name_of(known, span, words, whole=True) \
                or (body_name if body_name and head is not None and head.lower in _BODY_PRONOUNS_IDS else name)
        elif known is not None and span is not None and known.kind in _PLURAL_BODY_KINDS:
            name = _other_name_of(known, span, words) or name
        quotes.append(Quote(
            kind=f.kind, text=text[f.start:f.end], span=(f.start, f.end),
            speaker=Speaker(actor, name, span) if span else None,
            cue=Cue(text[f.cue_start:f.cue_end], (f.cue_start, f.cue_end)) if f.cued else None))
    return quotes


def _body_of(known, span: tuple[int, int], words: _Words) -> str | None:
    """Why (quotes25): "the European Commission said", "Downing Street said": a speaker the record models as its state or
    IGO is printed by the words that name the body speaking (a seat, or a name ending in a body noun), not the state's
    name: "Commission" is who spoke, and a reader (or a gold speaker's last word) looks for it."""
    for m in words.actors.within(span[0], span[1]):
        said = words.text[m.start:m.end]
        if m.actor == known.id and said != known.name and (
                m.kind == "seat" or (m.kind == "name" and said.split()[-1].lower() in words.body_nouns)):
            return said
    # spk39: "the government said" for a state: the words the text names the speaker by, not the state's name (a gold
    # speaker "government" or "South Korea" is then found in the name or in its actor's)
    said = words.text[span[0]:span[1]]
    if known.kind == "state" and said.split()[-1].lower() in words.state_body_nouns and len(said.split()) <= 3 \
            and not words.actors.within(span[0], span[1]):
        return said
    # spk44: so for a document a state's body issued, "a government statement", "a finance ministry statement"
    said_words = said.lower().split()
    if known.kind == "state" and len(said_words) <= 4 and said_words[-1] in words.document_nouns \
            and len(said_words) > 1 and said_words[-2] in words.body_nouns and not words.actors.within(span[0], span[1]):
        return said
    return None


def _other_name_of(known, span: tuple[int, int], words: _Words, whole: bool = False) -> str | None:
    """The proper name by which the speaker's phrase names a party or a body, when its table name does not hold it
    ("the Tories said" for the Conservative Party, "Democrats say" for the Democratic Party): the speaker is named
    as the text names it (quotes26; the record keeps the table name in its actor), as _body_of does for a state.
    ``whole`` (spk41, a state or an IGO): only initials that are the phrase's every word but "the" ("The UK has
    urged", not "Britain said", which keeps the state's name); a name of several words must also be the whole phrase
    ("the Lib Dems said")."""
    for m in words.actors.within(span[0], span[1]):
        said = words.text[m.start:m.end]
        # (a party's adjective counts when it is the whole phrase, a noun: "Republicans argue ...")
        if m.actor == known.id and (m.kind != "adjective" or (m.start, m.end) == span) and _text_name(said, known.name) \
                and (not (whole or " " in said) or _whole_phrase(m, span, words.text)) \
                and (not whole or said.replace(".", "").isupper()):
            return said
    # spk41: "The Tories said they would ... . But they say ...", "the Velmoran Farm Agency (VFA), which said ...": a
    # pronoun speaking for the body goes by the name the text last gave it before the pronoun
    if words.text[span[0]:span[1]].lower() in _NAMING_PRONOUNS:
        last = words.actors.last_name_before(span[0], known.id)
        if last is not None and _text_name(said := words.text[last.start:last.end], known.name) \
                and (not whole or said.replace(".", "").isupper()):
            return said
    return None


def _whole_phrase(m: Mention, span: tuple[int, int], text: str) -> bool:
    """The mention is the speaker's whole phrase but for "the": "The UK has urged", not "Water UK said" (another body,
    whose name holds the state's)."""
    phrase = text[span[0]:span[1]]
    return phrase.removeprefix("the ").removeprefix("The ") == text[m.start:m.end]


def _text_name(said: str, table_name: str) -> bool:
    """A proper name for a body that its table name does not hold: "Tories", and (spk41) one of several capitalised
    words, "Lib Dems" for the Liberal Democrats, "UK" for the United Kingdom, which a reader (or a gold speaker's last
    word) looks for."""
    return all(w[:1].isupper() for w in said.split()) and said.lower() not in table_name.lower()


def _not_the_relay(pick: _Pick, run: _Running, words: _Words) -> None:
    """Why (quotes23): "The daily Harjumaa Teataja quoted her as saying ...": the person quoted by an object pronoun is
    not the medium that quotes her, whatever the tagger took the medium's name for; she is the person quoted last,
    else the person named last before the medium, else no one known."""
    head = pick.head
    if head.lower not in _PRONOUNS_IDS or head.dep != DEP_DOBJ or pick.actor is None or not any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in kids_of(c)) for c in kids_of(head.head)):
        return
    subject = next((c for c in kids_of(head.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    medium = words.actors.resolve(subject.left_edge.idx, subject.idx + len(subject.text))
    if medium is None or medium != pick.actor:
        return
    if run.person is not None and run.person != medium:
        pick.actor = run.person
        return
    before = [m.actor for m in words.actors.person_mentions_between(0, subject.left_edge.idx) if m.actor != medium]
    pick.actor = before[-1] if before else None
    pick.name_span = None


def _first_reading(head: Token, cue_start: int, words: _Words) -> _Pick:
    """The speaker word read on its own: the relative pronoun's noun, the actor at the word or in
    apposition, and the person an indefinite speaker is named as next."""
    actors, text = words.actors, words.text
    relative = head.lower in _RELATIVE_PRONOUNS_IDS and head.head.dep == DEP_RELCL
    # Why (quotes21): "..., the campaign group Clean Rivers Now, which said ...": the parser may hang the relative
    # clause on the main verb (an adverbial clause); a relative pronoun right after a comma and a name still stands
    # for that name, never for itself ("which" is no speaker's name).
    k = head.i - 1
    if not relative and head.lower in _RELATIVE_PRONOUNS_IDS and head.dep == DEP_NSUBJ and k > 0 \
            and head.doc[k].text == "," and head.doc[k - 1].ent_type_ and head.doc[k - 1].ent_type_ != "PERSON":
        named = [t for t in head.doc[max(0, k - 6):k] if t.ent_iob_ != "O" and t.pos_ in ("PROPN", "NOUN")
                 and all(u.ent_iob_ != "O" for u in head.doc[t.i:k])]
        if named:
            return _first_reading(named[-1], cue_start, words)
    if relative:
        # "Trump, who said ...": the relative clause's noun. Its phrase ends just before the pronoun;
        # where the parser hung the clause on a noun further back, outside that phrase, the word
        # before the pronoun is the noun ("resistance from the League, which ... has insisted").
        noun = head.head.head
        k = head.i - 1 if head.i > 0 and head.doc[head.i - 1].text == "," else head.i
        before = head.doc[k - 1] if k > 0 else None
        if before is not None and before.pos_ in ("PROPN", "NOUN") and before.i != noun.i \
                and noun not in before.ancestors:
            noun = before
        head = noun
    actor, name_span = resolve(head, actors, words.own_voices, words.share_nouns, words.own_voices_of_any,
                               words.document_nouns, words.not_state_voices, words.document_issuing_verbs)
    pick = _Pick(head, cue_start, relative, head.lemma_.lower(), actor, name_span)
    if actor is None or not is_person(actor, actors):
        listed = _name_after_listed_office(head, cue_start, words)
        if listed is not None:
            pick.actor, pick.unknown_person = listed[0], None if listed[0] else listed[1]
            pick.name_span = listed[1] if listed[0] else None
            return pick
    trailing = _name_after_body(head, cue_start, words)
    if trailing is not None:
        pick.actor, pick.unknown_person = None, trailing
        return pick
    other = _other_bearer(head, actor, actors)
    if other is not None:
        pick.actor, pick.unknown_person = None, other
        return pick
    if actor is not None and name_span is None and is_person(actor, actors) and head.pos_ == "NOUN" \
            and _named_later_for_another_body(head, actor, actors, text):
        # Why (quotes18): "A Green Dawn spokesman said ... . Civic League spokesman Arno X said ...": the unnamed
        # spokesman of one body is not the person named later with the title of another.
        pick.actor = actor = None
    if actor is not None and name_span is None and head.pos_ == "PROPN" and pick.lemma in words.body_nouns \
            and actors.resolve(head.idx, head.idx + len(head.text)) is None \
            and all(t.pos_ == "PROPN" or t.dep_ == "det" or t.i == head.i
                    for t in head.doc[head.left_edge.i:head.i + 1]):
        # Why (quotes18): "The National Border Patrol Council said": a proper name ending in a body noun is a body of
        # its own (here the agents' union), not the body whose name it holds.
        pick.actor = actor = None
        pick.body_name = text[head.left_edge.idx:head.idx + len(head.text)]
    if actor is not None and name_span is None and head.pos_ == "NOUN" and pick.lemma in words.body_nouns:
        # Why (quotes22): "Colombia's ELN rebel group said", "Norway's Tarvel Oil company said": a body noun after a
        # state's possessive and a body's own name is that body; the state only says where it is from.
        inner = [m for m in actors.within(head.left_edge.idx, head.idx) if m.kind != "adjective"]
        state, own = actors.get(actor), actors.get(inner[-1].actor) if inner else None
        if state is not None and state.kind == "state" and inner and inner[0].actor == actor \
                and _possessor(head.doc, inner[0].start, inner[0].end):
            # (a name no actor stands for, "Nigeria's NLC labour union": that name and the noun)
            name = next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.idx >= inner[0].end
                         and not actors.within(c.idx, c.idx + len(c.text))), None)
            if len(inner) > 1 and own is not None and own.kind in ("organization", "group", "igo"):
                pick.actor = actor = own.id
            elif len(inner) == 1 and name is not None:
                pick.actor = actor = None
                pick.body_name = text[name.left_edge.idx:head.idx + len(head.text)]
    if relative and actor is None:
        # named by that noun, not by the relative pronoun (whose mention stays the speaker's span)
        pick.body_name = text[head.left_edge.idx:head.idx + len(head.text)]
    if actor is None and head.pos_ == "NOUN" and head.lower_ not in _PRONOUNS:
        dashed = _dashed_person(head, cue_start, words)
        if dashed is not None:
            pick.actor, pick.name_span = dashed
            return pick
        if (nicknamed := _dashed_nicknamed(head, cue_start, words)) is not None:
            pick.unknown_person = nicknamed
            return pick
    if actor is not None and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in _PRONOUNS and _a_or_an(head) \
            and (owner := _remarks_owner_next(head, actors)) is not None:
        # (spk53: "A Social Democratic and Labour Party councillor told ... . Iona X made the comments ...": an indefinite description
        # is no named person, whatever the actors stage made of the words inside it; the one who made the comments is)
        pick.actor, pick.body_name = owner, None
        return pick
    if actor is None or not is_person(actor, actors):
        fronted = _fronted_person(head, cue_start, words)
        if fronted is not None:
            pick.actor, pick.name_span = fronted
            return pick
        # (A body noun, "Mali's military government", is no office holder the next sentence names.)
        pick.actor = (None if pick.lemma in words.body_nouns else _named_next(head, actors, text, words.body_nouns)) or actor
        if pick.actor is None and (body := _body_named_next(head, words)) is not None:
            pick.actor, pick.body_name = body
            return pick
        if pick.actor is not None and pick.actor == actor and pick.lemma not in words.body_nouns:
            unknown = _unknown_named_next_of_state(head, actors, text)
            if unknown is not None:
                pick.actor, pick.unknown_person = None, unknown
    return pick


_NAME_MIN_WORDS = 2  # a full name: a first name and a surname


def _name_after_body(head: Token, cue_start: int, words: _Words) -> tuple[int, int] | None:
    """The span of the name that ends a title's phrase right before the cue, after a body's name, when no actor stands
    for it: "Norway's Ambassador to the World Trade Organization Halvard X said" is Halvard X. None otherwise.

    Why (quotes23): the tagger may read the body's name and the person's as one organisation; the actors stage then
    keeps the body and loses the person, and the title went to the state or the body. Wire copy puts the name right
    after the office ("Ambassador to the X Organization Halvard X"), so capitalised words after the body's mention,
    up to the cue, are the person's."""
    if head.ent_type == ENT_PERSON or not (head.pos_ == "NOUN" or head.lower in _CAPITALISED_TITLES_IDS):
        return None
    doc, actors = head.doc, words.actors
    k = head.i + 1
    firsts = token_table(doc).idx  # (the words' starts from the doc's offset column, no tokens: speed only)
    while k < len(doc) and firsts[k] < cue_start:
        k += 1
    k -= 1  # the last token before the cue
    end = k
    while k > head.i and (doc[k].pos_ == "PROPN" or doc[k].text == "-" and not doc[k].whitespace_) \
            and actors.at(doc[k].idx, doc[k].idx + len(doc[k].text)) is None:
        k -= 1
    first = k + 1
    name = [t for t in doc[first:end + 1] if t.pos_ == "PROPN"]
    if len(name) < _NAME_MIN_WORDS or first <= head.i or head.right_edge.i < end:
        return None
    start, stop = doc[first].idx, doc[end].idx + len(doc[end].text)
    body = actors.at(doc[first - 1].idx, doc[first - 1].idx + len(doc[first - 1].text))
    if body is None or body.end > start or is_person(body.actor, actors) or actors.within(start, stop):
        return None
    return start, stop


# quotes26: an office whose portfolio lists several fields ends with "and" and the last field (one or more capitalised
# words), then the holder's name, its last two words before the cue: "Minister for Schools, Skills and Training Aurelia
# X said". (A three-word name keeps its last two words, the surname among them.)
_LISTED_OFFICE = re.compile(r"\b(?:Minister|Secretary|Commissioner)(?:\s+of\s+State)?\s+(?:for|of)\s+[A-Z][\w'’-]*"
                            r"(?:,?\s+[A-Z][\w'’-]*)*,?\s+and\s+(?:[A-Z][\w'’-]*\s+)+?"
                            r"(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s*,?\s*$")


def _name_after_listed_office(head: Token, cue_start: int, words: _Words) -> tuple[str | None, tuple[int, int]] | None:
    """The holder named right after an office that lists its fields ("Minister for Culture, Media and Sport Tobias X
    said"): the person the actors stage found there, else the name's span; None when the speaker's phrase is no such
    office or a person already resolved.

    Why (quotes26): the parser and the tagger read the fields and the name as one list of names; the speaker became the
    first field ("Minister for Culture"), or a body made of the last field and the name."""
    doc = head.doc
    first, _ = sentence_bounds(doc, head.i)
    start = token_table(doc).idx[first]  # (from the doc's offset column, no token: speed only)
    if cue_start - start > 200:
        start = cue_start - 200
    m = _LISTED_OFFICE.search(words.text, start, cue_start)
    if m is None or not (m.start() <= head.idx < m.end()):
        return None
    span = m.span("name")
    person = next((x.actor for x in words.actors.within(*span) if is_person(x.actor, words.actors)), None)
    return person, span


def _unknown_named_next_of_state(head: Token, actors: ActorTable, text: str) -> tuple[int, int] | None:
    """The span of the full name a state's unnamed office holder in the lead is named as next, when the actors stage
    did not find that person: "Ghana's acting central bank governor said ... . '...,' Akosua X, who has led the bank
    since May, said." The name must be the main subject of the next sentence, which quotes words, with no title or
    body of its own, and no person may be named before the title; None otherwise.

    Why (quotes19): as for a known person of that state (_named_next_of_state), the speaker is the person, not the
    state; an unknown person has no state to check, so the name must come bare, as wire copy repeats its lead's
    speaker."""
    owner = next((c for c in lefts_of(head) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    doc = head.doc
    # (a person the headline names may be the same one, or a headline word the actors stage took for a name)
    body = text.find("\n") + 1  # (``text``: the doc's, which the caller holds; doc.text rebuilds it: speed only)
    if owner is None or head.tag_ != "NN" or any(c.dep_ == "appos" for c in rights_of(head)) \
            or actors.person_mentions_between(body, head.idx):
        return None
    known = actors.get(actors.resolve(owner.left_edge.idx, owner.idx + len(owner.text)))
    if owner.ent_type_ != "GPE" and (known is None or known.kind not in ("state", "place")):
        return None
    end = sentence_bounds(doc, head.i)[1]
    while end < len(doc) and (bounds := sentence_bounds(doc, end))[1] - bounds[0] < 3:
        end = bounds[1]
    if end >= len(doc):
        return None
    nxt = doc[end].sent
    if not any(t.is_quote for t in nxt):
        return None
    for t in nxt:
        if t.pos_ != "PROPN" or t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" \
                or any(c.dep_ in ("amod", "appos", "nmod", "poss") for c in kids_of(t)):
            continue
        k = t.i
        while k > nxt.start and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].tag_ == "HYPH"):
            k -= 1
        start = doc[k].idx
        span = (start, t.idx + len(t.text))
        if _full_name(text[span[0]:span[1]]) and not actors.within(*span):
            return span
    return None


def _fronted_person(head: Token, cue_start: int, words: _Words) -> tuple[str, tuple[int, int]] | None:
    """The person whose name opens the sentence and whose title runs on, with no closing comma, to the word
    right before the cue: "Ana X, head of policy at the charity the Open Roads Trust said ..." is Ana X, not
    the trust (the parser makes the last name of the title the subject). None otherwise.

    Why: without the comma that closes the apposition the subject is the title's last noun; the title names
    where the person works, and the person speaks."""
    if head.pos_ not in ("PROPN", "NOUN") or words.text[head.idx + len(head.text):cue_start].strip():
        return None
    sent = head.sent
    found = words.actors.person_mentions_between(sent.start_char, head.idx)
    if not found:
        return None
    m = found[0]
    if words.text[sent.start_char:m.start].strip(" \n\"'“‘") or not words.text.startswith(",", m.end) \
            or m.end >= head.idx:
        return None
    between = [t for t in sent if m.end <= t.idx < head.idx]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")") for t in between[1:]):
        return None
    return m.actor, (m.start, m.end)


_DASHES = ("-", "\u2013", "\u2014")
_DASHED_TAIL_WORDS = 3  # words at most between the closing dash and the cue ("has previously admitted")


def _dash_pair(head: Token, cue_start: int, text: str) -> list[int] | None:
    """The two dashes set off by spaces between ``head`` and its cue, with at most a few words and no clause mark
    after the second (the apposition's place: "the club's captain - NAME - has said"); None otherwise."""
    start = head.idx + len(head.text)
    between = text[start:cue_start]
    marks = [start + k for k, ch in enumerate(between) if ch in _DASHES and between[k - 1:k] in (" ", "")
             and between[k + 1:k + 2] in (" ", "")]
    if len(marks) != 2 or len(text[marks[1] + 1:cue_start].split()) > _DASHED_TAIL_WORDS \
            or any(ch in ",;:()" for ch in text[marks[1] + 1:cue_start]):
        return None
    return marks


def _dashed_person(head: Token, cue_start: int, words: _Words) -> tuple[str, tuple[int, int]] | None:
    """The person named between two dashes after a common-noun subject, right before its cue: "Another player who
    failed to win the title - Dario X - has admitted ..." is Dario X. None otherwise.

    Why (quotes23): a name set off by dashes is an apposition, as one set off by commas is; the parser hangs it
    anywhere, and the noun ("another player", "the club's captain") stays with no actor of its own."""
    text = words.text
    marks = _dash_pair(head, cue_start, text)
    if marks is None:
        return None
    mentions = words.actors.person_mentions_between(marks[0], marks[1])
    if len({m.actor for m in mentions}) != 1:
        return None
    # (only the name between the dashes: "- a race Dario X won -" describes the noun, it does not name it)
    inner = text[marks[0] + 1:marks[1]]
    lo, hi = min(m.start for m in mentions), max(m.end for m in mentions)
    if text[marks[0] + 1:lo].strip() or text[hi:marks[1]].strip() or not inner.strip():
        return None
    actor = mentions[0].actor
    return (actor, (lo, hi)) if is_person(actor, words.actors) else None


# spk56: a name with a nickname in quotation marks between its first and last word ('Marek "the Wall" Dvoracek')
_NICKNAMED = re.compile(r"\s*[A-Z][\w'’.-]+\s+[\"“'‘][^\"“”‘’]{1,40}?\s*[\"”'’]\s*[A-Z][\w'’-]+\s*")


def _dashed_nicknamed(head: Token, cue_start: int, words: _Words) -> tuple[int, int] | None:
    """The span of a name with a nickname in quotation marks set off by two dashes after a common-noun subject, right
    before its cue: 'The club's former goalkeeper - Marek "the Wall" X - told a radio station ...'; None otherwise.

    Why (spk56): _dashed_person takes the one person the actors stage found between the dashes; the quoted nickname
    splits the name, so the stage finds no person there (or a body of the surname), and the noun ("the club's former
    goalkeeper") was printed as the speaker. The name is a person's whom no actor stands for, printed with its
    nickname."""
    if head.pos_ != "NOUN":
        return None
    text = words.text
    marks = _dash_pair(head, cue_start, text)
    if marks is None:
        return None
    inner = text[marks[0] + 1:marks[1]]
    if _NICKNAMED.fullmatch(inner) is None \
            or any(is_person(m.actor, words.actors) for m in words.actors.person_mentions_between(marks[0], marks[1])):
        return None
    lo = marks[0] + 1 + (len(inner) - len(inner.lstrip()))
    return lo, marks[1] - (len(inner) - len(inner.rstrip()))


def _other_bearer(head: Token, actor: str | None, actors: ActorTable) -> tuple[int, int] | None:
    """The span of "Mr Varga" when the person it was resolved to has Varga as a first name, not a surname
    ("Mr Howard" read as "Howard Fell"): another person, whom the text names only by surname; else None.

    Why: a form of address stands before a surname, so the two names are two people sharing a word. ("Sir" and
    "Dame" stand before a first name: "Sir Alden" after "Sir Alden Crow" is the same person.)"""
    if actor is None or head.pos_ != "PROPN" or head.i == 0 or not is_person(actor, actors):
        return None
    before = head.doc[head.i - 1]
    if before.lower_.rstrip(".") not in _HONORIFICS or before.lower in _FIRST_NAME_HONORIFICS_IDS:
        return None
    known = actors.get(actor)
    parts = [w.lower() for w in (known.name if known else "").replace(".", " ").split()]
    if len(parts) < 2 or parts[-1] == head.lower_ or parts[0] != head.lower_:
        return None
    return before.idx, head.idx + len(head.text)


def _unknown_person_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "Ana Rell is a nurse at the clinic. She said ...": a person the writer names as the subject of
    a sentence since the last cue, whom the actors stage did not find, is who "he" or "she" points to; and a
    pronoun or a bare title ("the Tory leader") after such a person was quoted goes on with them, not with a
    person quoted before (a person known to the actors stage made the subject since comes first)."""
    head, actors = pick.head, words.actors
    pronoun = head.lower in _ONE_PERSON_IDS
    # Why (quotes19): "'...,' Ana X, who has led the bank since May, said. The acting governor added ... . The former
    # governor, Y, ...": a person the actors stage tied the title to, first named only after the cue, is not who the
    # title points back to; the unknown person quoted before still is.
    later = pick.actor is not None and is_person(pick.actor, actors) \
        and not any(m.actor == pick.actor and not m.start <= head.idx < m.end
                    for m in actors.person_mentions_between(0, pick.cue_start))
    title = is_title(head) and pick.lemma not in words.body_nouns and pick.lemma not in words.spokesperson_nouns \
        and (pick.actor is None or not is_person(pick.actor, actors) or later)
    if not (pronoun and not pick.relative or title):
        return False
    if pronoun:
        if _subject_since(head, run.person_at, words) is not None:
            return False
        named = _unknown_subject_since(head, max(run.person_at, run.unknown_at), words)
        if named is not None:
            pick.actor, pick.body_name, pick.unknown_person = None, None, named
            return True
    elif _titled_person(head, pick.cue_start, words) is not None or _speaks_for(head, actors):
        return False
    if run.unknown is None or run.unknown_at <= run.person_at or not pronoun and run.unknown_surname:
        return False
    pick.actor, pick.body_name, pick.unknown_person = None, None, run.unknown
    return True


def _unknown_subject_since(pronoun: Token, since: int, words: _Words) -> tuple[int, int] | None:
    """The span of a full name (two or more capitalised words, no article) that is the main subject of a
    sentence after ``since``, in the pronoun's sentence or the two before it, with no actor at it; or None."""
    doc = pronoun.doc
    # (the Spans tok.sent makes, their bounds from the doc's array: speed only)
    first, end = sentence_bounds(doc, pronoun.i)
    sents = [doc[first:end]]
    for _ in range(2):
        if sents[-1].start > 0:
            first, end = sentence_bounds(doc, sents[-1].start - 1)
            sents.append(doc[first:end])
    for sent in sents:
        subj = next((c for c, dep in labelled_kids(sent.root) if dep == "nsubj"), None)
        if subj is not None and since < subj.idx < pronoun.idx and is_title(subj) \
                and (office := _office_of_place(subj, words)) is not None:
            # Why (quotes25): "The bishop of Tarvel wrote to the leaders on Monday. He asked ...": the unnamed holder
            # of a place's office made the subject since the last cue is who the pronoun points to, as a name is.
            return office
        if subj is None or subj.pos_ != "PROPN" or subj.idx <= since or subj.idx >= pronoun.idx:
            continue
        name = [t for t in lefts_of(subj) if t.dep_ == "compound"] + [subj]
        if len(name) < 2 or subj.left_edge.i != name[0].i or any(
                not t.is_title or t.ent_type_ not in ("", "PERSON", "ORG") for t in name):
            continue
        start, end = name[0].idx, subj.idx + len(subj.text)
        if words.actors.within(start, end):
            continue
        return start, end
    return None


_AGE_EPITHET = re.compile(r"\d+-year-old$")


def _epithet(head: Token, words: _Words) -> bool:
    """Whether a speaker word is a definite description of one person with no name of its own: "the 72-year-old",
    "the MP for Dunmere West", "the Democrat from Ohio" (an age, or a short capitalised office word or a party's
    member word after "the"; not a body, a spokesperson, a document or a common noun)."""
    lemma = head.lemma_.lower()
    # (an official, a source, an aide: the words of people news leaves unnamed, not a description of one named)
    if head.left_edge.lower != WORD_THE or head.tag in TAGS_NNS_NNPS or lemma in words.body_nouns or lemma in _MEMBERS \
            or lemma in words.spokesperson_nouns or lemma in words.document_nouns or lemma in words.business_nouns:
        return False
    if _AGE_EPITHET.search(words.text[head.left_edge.idx:head.idx + len(head.text)]):
        return True
    # (a common noun is left to the title rules: "The minister said" after "X said ..." is as often another minister)
    return head.pos_ == "PROPN" and head.ent_type_ in ("NORP", "") and head.lower_ not in _CAPITALISED_TITLES \
        and (head.ent_type_ == "NORP" or head.text.isupper() and len(head.text) <= 4)


def _epithet_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (quotes26): "Green backbencher Oskar X branded the plan a fantasy. The MP for Dunmere West claimed ...",
    "Ilse X stood outside the court. The 72-year-old said ...": news copy names a person as the subject of one
    sentence and goes on with a description of them as the subject of the next (an age, an office, a party word;
    _epithet).
    When the sentence before names that one person and no one else, the description is that person. (A sentence
    naming two people leaves it to the title rules: "X met Prime Minister Y. The prime minister said" is Y.)"""
    head = pick.head
    if pick.actor is not None or pick.relative or pick.unknown_person is not None or not _epithet(head, words) \
            or (run.nominals and pick.lemma in run.nominals):
        # (a noun an unnamed speaker was quoted with before is that speaker again: _same_noun_step)
        return False
    person = _described_person(head, words)
    if person is None:
        return False
    pick.actor = person
    return True


def _described_person(head: Token, words: _Words, subject_only: bool = False) -> str | None:
    """The one person named as the subject of the sentence before the one a description speaker opens (or before
    the quote it follows), or None (_epithet_step). With ``subject_only``, other persons named in that sentence off
    its subject do not count (a party title held by no one named with it: _first_title_step)."""
    actors, doc = words.actors, head.doc
    first = _epithet_opening(head, words)
    if first is None or first == 0:
        return None
    before_start, before_end = sentence_bounds(doc, first - 1)
    start, end = doc[before_start].idx, doc[first].idx
    # spknom36: a person the sentence before mentions only by a title ("once the chancellor delivered his budget")
    # is not a second person named there: "However, Mr X predicted ... the chancellor ... . The MP for Y said" is X.
    persons = {m.actor for m in actors.person_mentions_between(start, end) if m.kind != "title"}
    root = doc[before_start:before_end].root
    if _dateline_word(root) and _opens(root, before_start):
        # (spk56: "MADRID (AFP) - Lucia X called off her tour ...": the parser may hang the sentence's verb under the
        # dateline's city; that verb is the sentence's own root)
        root = next((c for c in kids_of(root) if c.pos_ in ("VERB", "AUX")), root)
    # (spk56: not a dateline's city the parser took for a subject, "OSLO, May 6 (Reuters) - Halvard X has ...")
    subj = next((c for c, dep in labelled_kids(root) if dep in ("nsubj", "nsubjpass")
                 and not (_dateline_word(c) and _opens(c, before_start))), None)
    if subject_only and subj is not None:
        persons = {m.actor for m in actors.person_mentions_between(subj.left_edge.idx, subj.idx + len(subj.text))
                   if m.kind != "title"}
    if len(persons) != 1 or any(not _quoted(m.start, words) for m in actors.person_mentions_between(end, head.idx)):
        return None
    person = next(iter(persons))
    # (spknom36: the subject's head or a name set beside it, "Labour backbencher Stellan X", not its head word
    # alone, which may resolve to no one; not a name further inside its phrase, "X, identified in the Y files, says")
    if subj is None:
        return None
    heads = [subj, *(c for c in kids_of(subj) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN")]
    if all(m.actor != person or not any(m.start <= t.idx < m.end for t in heads)
           for m in actors.person_mentions_between(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))):
        return None
    return person


def _opens(t: Token, first: int) -> bool:
    """Whether ``t`` is the first word of the sentence that starts at token ``first`` (a dateline's city opens its
    sentence; "Wendel X MP, once a minister, ..." has an "MP," that is no dateline)."""
    return all(w.is_space for w in t.doc[first:t.i])


# spknom36: words that may open a sentence before its subject without naming anyone: "But the MP for X said",
# "However, the 61-year-old said", "Meanwhile the former minister said" (a conjunction, a linking adverb, a comma).
_OPENING_DEPS = frozenset({"cc", "advmod", "punct", "intj"})


def _epithet_opening(head: Token, words: _Words) -> int | None:
    """The index of the first token of the sentence a description speaker opens, or None when something else comes
    first. Why (spknom36): the sentence that goes on from a named person with a description of them often opens with
    a linking word ("But the outgoing commissioner said ..."), or with the quote itself ("'...,' said the
    52-year-old", "'...?' the MP for Dunmere West asked"): then the sentence before the quote named the person."""
    doc = head.doc
    first, _ = sentence_bounds(doc, head.i)
    # the quote before the cue: the quoted span that ends last before the description, with only the cue verb and
    # punctuation between; its sentence must open with it (the parser may end a sentence at the quote's "?")
    i = bisect.bisect_right(words.quoted, (head.left_edge.idx, 0)) - 1
    between = doc.char_span(words.quoted[i][1], head.left_edge.idx, alignment_mode="expand") if i >= 0 else None
    if between is None or any(t.pos_ not in ("VERB", "AUX", "PUNCT") and not t.is_space or t.text == "."
                              for t in between):
        lead = doc[first:head.left_edge.i]
        if all(t.dep_ in _OPENING_DEPS and t.pos_ not in ("PROPN", "NOUN", "VERB", "PRON") for t in lead):
            return first
        return None
    q_start = words.quoted[i][0]
    opener = doc.char_span(q_start, q_start + 1, alignment_mode="expand")
    if opener is None:
        return None
    q_first, _ = sentence_bounds(doc, opener[0].i)
    if doc[q_first].idx < q_start - 1 and doc[q_first:opener[0].i].text.strip() not in ("", '"', "“", "'", "‘"):
        return None
    return q_first


def _named_member_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (real9a): "Several delegations, including Iceland's fisheries minister Bergthora X, want ...": of a plural
    group that speaks, the one member the text names is the speaker a reader can hold to the words."""
    head = pick.head
    if pick.relative or head.tag not in TAGS_NNS_NNPS:
        return False
    for prep in kids_of(head):
        if prep.dep != DEP_PREP or prep.lower not in _MEMBER_PREPS_IDS:
            continue
        for member in kids_of(prep):
            if member.dep_ != "pobj" or member.conjuncts:
                continue  # (two members named: neither alone said it)
            actor = words.actors.resolve(member.left_edge.idx, member.idx + len(member.text))
            if actor is not None and is_person(actor, words.actors):
                pick.actor, pick.body_name = actor, None
                return True
    return False


# Prepositions that name members of a group: "officials including Minister X".
_MEMBER_PREPS = frozenset({"including"})


def _nationality_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "'...,' the Spaniard said" after "Unai X" is a person of that state, the running speaker,
    not the state."""
    if run.person is None or pick.relative or not _nationality_noun(pick.head, words.actors):
        return False
    pick.actor = run.person
    return True


def _body_noun_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "the paper reported", "the government said" speak for a body, never for the person quoted
    last: the body the text names with that word, else the body last quoted."""
    head = pick.head
    if pick.actor is not None or head.pos_ != "NOUN" or pick.lemma not in words.body_nouns:
        return False
    # (qfind46: "a study by the Velmoran Institute" names its author as "a report by" does; cues.yaml authored_speaking_nouns)
    if (pick.lemma in words.document_nouns or pick.lemma in words.authored_nouns) and not pick.relative \
            and (author := _document_author(head, words)) is not None:
        # Why (spk45): "..., a report by the government's spending watchdog says", "A statement by Tarvel Systems said":
        # the author "by" names speaks in the document even where no actor stands for it; the document itself
        # ("a report") had been printed as the speaker, a name no reader judges right.
        pick.actor, pick.body_name = author
        return True
    if not pick.relative and _new_body(head) or pick.relative and _described(head):
        # Why: "supporters' groups said", "a rights group said": a body noun that points back to no one names
        # a body of its own, not the body named or quoted before.
        pick.actor, pick.body_name = None, words.text[head.left_edge.idx:head.idx + len(head.text)]
        _issuing_body(pick, run, words)
        if pick.actor is None and pick.lemma in words.document_nouns and not pick.relative \
                and (writer := _writer_before(head, words)) is not None:
            # (spk53: "X has written to the brewers. A letter seen by Reuters said ...": X's letter, _writer_before; a
            # state by the words that named it there, "the government")
            pick.actor, pick.body_name = writer[0], writer[1]
            if _kind(writer[0], words.actors) in ("state", "igo"):
                pick.name_span = writer[2]
        return True
    last = run.body
    if last is not None and pick.lemma in words.state_body_nouns and not any(c.dep_ == "conj" for c in kids_of(head)):
        # Why: "The Tarvel Party said ... . The government says ...": the government is no party or charity.
        known = words.actors.get(last[0])
        if known is None or known.kind != "state":
            last = None
    document = pick.lemma in words.document_nouns
    if document:
        # Why (quotes18): "The Japanese statement said ...": a state's adjective on a document names its issuer.
        states = [m for m in words.actors.within(head.left_edge.idx, head.idx) if m.kind == "adjective"]
        issuer = (states[-1].actor, words.actors.get(states[-1].actor).name
                  if words.actors.get(states[-1].actor) else words.text[states[-1].start:states[-1].end]) \
            if states else _issuer_before(head, run, words) or _writer_before(head, words)
        if issuer is not None and len(issuer) == 3:
            # (spk53: a state by the words that named it as the writer, as above)
            pick.actor, pick.body_name = issuer[0], issuer[1]
            if _kind(issuer[0], words.actors) in ("state", "igo"):
                pick.name_span = issuer[2]
            return True
        if issuer is not None:
            pick.actor, pick.body_name = issuer
            return True
    # Why (quotes18): "Harborline Ferries disputed the findings. The company said ...": a body noun pointing back is
    # the unknown name made the subject of the sentence before, before the body quoted last (a state's executive
    # noun, "the government", keeps to states; a document to its issuer). A document ("the letter") is never a
    # person named near the word: "a letter to the minister" names whom it was sent to.
    before = None if document or pick.lemma in words.state_body_nouns or not _pointing(head) \
        else _body_quoted_before(head, run, words) or _unknown_name_subject_before(head, words.actors, words.text)
    # Why (quotes18): "The provincial prosecutor's office said": a body noun owned by a common noun names a body of
    # its own kind, not the body quoted last.
    # (quotes20: so does a body noun after a name of its own that no actor stands for, "The RMT union said", "the
    # Tarvel Dockers' union said": that union, not the company quoted last.)
    owned = None if document or not any(c.dep_ == "poss" and c.pos_ == "NOUN" or c.dep_ == "compound" and c.pos_ == "PROPN"
                                        and c.i == head.i - 1 for c in kids_of(head)) \
        else (None, words.text[head.left_edge.idx:head.idx + len(head.text)])
    # Why (quotes18): "The union and the board met. ... , the union said": a body the text named only by this noun
    # before, with no actor, is that body, not another body quoted last.
    unnamed = None if document or not _pointing(head) else _unnamed_body_before(head, words)
    # Why (quotes22): "The national grid operator, Tarvenergo, said ...": a body's name set off by a comma right after
    # the noun is that body, however the parser hung it.
    doc, named = head.doc, None
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "," and doc[head.i + 2].pos_ == "PROPN" \
            and doc[head.i + 2].ent_type_ != "GPE":  # (the tagger may read a body's one-word name as a person's)
        end = head.i + 2
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].idx < pick.cue_start:
            end += 1
        inner = [m for m in words.actors.within(doc[head.i + 2].idx, doc[end].idx + len(doc[end].text))
                 if m.kind != "adjective"]
        if inner and not is_person(inner[0].actor, words.actors):
            named = _named_as(inner[0], words.actors, words.text)
        elif not inner:
            named = None, words.text[head.left_edge.idx:doc[end].idx + len(doc[end].text)]
    # Why (actors15): "The Janata Unity Front walked out ... . The party said ...": a body noun the actors stage
    # resolved to the one fitting body of the sentences before (ActorTable.references: coref.yaml descriptions)
    # is that body, before the body quoted last (which may be another: a ministry quoted two paragraphs up).
    described = None
    if not document and pick.lemma not in words.state_body_nouns and _pointing(head):
        m = next((r for r in words.actors.references if r.kind == "alias" and r.start <= head.idx < r.end), None)
        known = words.actors.get(m.actor) if m is not None else None
        if known is not None and known.kind in ("organization", "group", "igo"):
            described = known.id, known.name
    pick.actor, pick.body_name = named or _owner_of(head, words) \
        or _body_named(head, pick.cue_start, words.actors, words.text, persons=not document) \
        or (None if document else _body_by_table_name(head, words)) \
        or _earlier_company(head, words) or described or _story_executive(head, pick, run, words) or before or owned \
        or unnamed or _described_name_before(head, words) or last or _first_company(head, words) or (None, None)
    # (spk39: "the German automaker" points back as "the firm" does: a state's adjective is no other company's word;
    # a trade's is, "the production company" after a label was quoted, and keeps the rule below)
    trade = pick.lemma in words.business_nouns and _trade_description(head) \
        and all(c.ent_type_ == "NORP" for c in lefts_of(head)[1:])
    if (pick.actor, pick.body_name) in (before, last) and pick.lemma in words.business_nouns and (_pointing(head) or trade) \
            and _other_kind(pick.actor, pick.body_name, words):
        # Why (quotes25): "The regulator fined Tarvel Power ... . '...,' the regulator said. The company said ...": a
        # business noun is never the regulator (or ministry, union) quoted last, but the company the article names.
        pick.actor, pick.body_name = _named_company(head, pick.actor, words) or (pick.actor, pick.body_name)
    elif (pick.actor, pick.body_name) in (before, last) and pick.body_name is not None and not document and not trade \
            and (own := _own_descriptor(head, pick.body_name, words)) is not None:
        # Why (quotes25): "The Tarvel customs committee said ... . '...,' the interior ministry said": a body noun with
        # words of its own that the body quoted last does not carry is another body, unnamed, not that one.
        # (one quoted earlier whose name carries the same words is that body again: "the customs committee")
        earlier = [said for said in (run.said_in or {}).values() if said[1] and own.lower().removeprefix("the ")
                   in said[1].lower()]
        pick.actor, pick.body_name = earlier[-1] if earlier else (None, own)
    if pick.actor is None:
        _issuing_body(pick, run, words)
    if pick.lemma in words.media_nouns and not _masthead(pick.actor, words) \
            and all(c.lower_ == "the" or c.pos_ == "ADJ" for c in head.lefts) and head.left_edge.lower_ == "the":
        # Why (spk41): "In an interview with the Orvan Times, the minister said ... . The paper said ...": a news
        # outlet's noun is the newspaper, magazine or broadcaster named last before it, not the sentence before's
        # subject or the body quoted last; with no outlet named before, the rules above stand.
        paper = _masthead_before(head, words)
        if paper is not None:
            pick.actor, pick.body_name = paper
    if pick.actor is None and not document and (fitting := _fitting_body_before(head, pick.body_name, words)) is not None:
        pick.actor, pick.body_name = fitting
    return True


_FITTING_SENTENCES = 2  # spk50: how many sentences before the description's own may name the body it points back to
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# spk50: sectors of a body that no business noun points back to ("the cross-party group" is no House of Lords, LEG)
_NOT_BUSINESS_SECTORS = frozenset({"GOV", "LEG", "MIL", "PTY", "JUD", "OPP", "REB", "COP", "SPY", "REL"})


def _definite_description(t: Token, words: _Words) -> bool:
    """spk50: "the carmaker", "the German-US carmaker", "the football club": "the", then only adjectives or common
    nouns, before a singular body noun (cues.yaml body_nouns) that is no state's executive ("the government") and no
    document; not "the rival firm", "the union's office", "the RMT union" (a name of its own), "the company, X,"."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or t.tag_ != "NN" or lemma not in words.body_nouns or lemma in words.state_body_nouns \
            or lemma in words.document_nouns:
        return False
    lefts = lefts_of(t)
    return bool(lefts) and lefts[0].lower_ == "the" and not any(
        c.lower_ in _ANOTHER_COMPANY or c.lower_ in _OTHER_BODY_ADJECTIVES or c.dep_ in ("poss", "nummod")
        or c.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") or c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "GPE")
        for c in lefts[1:]) and not any(c.dep_ in ("appos", "poss") for c in kids_of(t))


def _fits_noun(lemma: str, known, uses: list[tuple[int, int]], words: _Words) -> bool:
    """spk50: whether a body is one a description with the body noun ``lemma`` can point back to: a business for a
    business noun ("the carmaker"); else a body whose table name ends in the noun ("the agency" for the X Energy
    Agency), or that the text calls by the noun right beside its name at one of its ``uses`` ("football club Vardar
    Rovers", "the Orvel News Agency")."""
    name = known.name
    if lemma in words.business_nouns and known.kind in ("organization", "group") and known.sector not in _NOT_BUSINESS_SECTORS \
            and not _other_kind(None, name, words):
        return True
    if name.lower().split()[-1] in (lemma, lemma + "s"):
        return True
    text = words.text
    return any(lemma in (w.lower() for w in _WORD.findall(text[max(0, start - 30):start])[-2:]
                         + _WORD.findall(text[end:end + 30])[:2]) for start, end in uses)


def _fitting_body_before(head: Token, body_name: str | None, words: _Words) -> tuple[str, str] | None:
    """spk50: the organisation a definite description points back to when no rule before gave the speaker an actor: the
    nearest body named by a proper name before the description, in its sentence or the two before, that the noun
    fits (``_fits_noun``). When the speaker was printed by an earlier description ("The Norwegian manufacturer ... . The
    firm said"), the search starts from that description's first use. None when no such body is named.

    Why: "Korvel Foods will close 40 plants, the frozen-food manufacturer said", "Football club Vardar Rovers missed a
    rent payment. The club said", "according to the Orvel News Agency. ..., the news agency said": news copy calls a
    company, a club or an agency by its kind once it was named, and the description kept no actor, so the quote lost
    its speaker (134 such descriptions over 505 pool articles left unresolved, round 49). A body's name counts wherever its words stand
    in those sentences, also where the actors stage marked no mention (it marks a name's first use in a headline and may
    pass over its next ones). A description with no fitting body named near it stays a described speaker."""
    if not _definite_description(head, words):
        return None
    anchor, doc, text = head, head.doc, words.text
    if body_name and body_name[:4].lower() != "the ":
        return None  # (a name no actor stands for, which a rule before read: that name is the speaker)
    if body_name and body_name != text[head.left_edge.idx:head.idx + len(head.text)]:
        # (the description a pointing noun was printed by: its first use before, when that is a description too)
        at = text.find(body_name, max(0, head.idx - _BODY_LOOKBACK), head.idx)
        span = doc.char_span(at, at + len(body_name), alignment_mode="expand") if at >= 0 else None
        if span is None or not _definite_description(span.root, words):
            return None
        anchor = span.root
    lemma = anchor.lemma_.lower()
    k = sentence_bounds(doc, anchor.i)[0]
    for _ in range(_FITTING_SENTENCES):
        if k > 0:
            k = sentence_bounds(doc, k - 1)[0]
    lo, hi = doc[k].idx, anchor.left_edge.idx
    before = text[max(0, hi - _BODY_LOOKBACK):hi]
    # (each body's uses before the description, as (start, end), by its table name and the words of its mentions)
    uses: dict[str, list[tuple[int, int]]] = {}
    said: dict[str, set[str]] = {}  # (each actor's mentions' words, read in one pass over the mentions)
    for m in words.actors.mentions:
        if m.kind == "name":
            said.setdefault(m.actor, set()).add(text[m.start:m.end].strip())
    for known in words.actors.actors:
        if known.kind in ("organization", "group", "igo") and known.name[:1].isupper():
            names = {known.name} | said.get(known.id, set())
            for name in names:
                if name and name[:1].isupper():
                    # (not inside quotation marks, where a speaker's words name it: "... at the Orvan Film Prize,"
                    # the production company said)
                    uses.setdefault(known.id, []).extend(
                        (hi - len(before) + f.start(), hi - len(before) + f.end())
                        for f in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", before)
                        if not _quoted(hi - len(before) + f.start(), words))
    # (named in the description's sentence or the two before, the nearest first)
    near = sorted(((max(end for _, end in spans), actor) for actor, spans in uses.items() if spans), reverse=True)
    for end, actor in near:
        known = words.actors.get(actor)
        if end > lo and known is not None and _fits_noun(lemma, known, uses[actor], words):
            return actor, known.name
    return None


_MASTHEAD_SENTENCES = 3  # spk41: how many sentences before the speaker's own may name the outlet
_MEDIA_WORD = re.compile(r"\s*(\w+)")


def _masthead(actor: str | None, words: _Words) -> bool:
    """A news outlet: an organisation whose name ends in a masthead word ("Times", "Daily") or whom the text calls a
    newspaper, paper, daily, magazine or broadcaster right before or after its name ("Vostra newspaper")."""
    known = words.actors.get(actor)
    if known is None or known.kind not in _PLURAL_BODY_KINDS:
        return False
    if known.name.split()[-1].lower() in words.masthead_words:
        return True
    text = words.text
    for m in words.actors.mentions:
        if m.actor != known.id or m.kind != "name":
            continue
        after = _MEDIA_WORD.match(text, m.end)
        before = text[max(0, m.start - 12):m.start].split()
        if after and after.group(1).lower() in words.media_nouns or before and before[-1].lower() in words.media_nouns:
            return True
    return False


def _masthead_before(head: Token, words: _Words) -> tuple[str, str] | None:
    """The news outlet named last before the speaker word, in its sentence or the three before (its id and name), or
    None: an outlet named further up may have given way to one no actor stands for ("according to the Vostra
    Observer")."""
    doc, start = head.doc, sentence_bounds(head.doc, head.i)[0]
    for _ in range(_MASTHEAD_SENTENCES):
        if start > 0:
            start = sentence_bounds(doc, start - 1)[0]
    seen: set[str] = set()
    for m in reversed(words.actors.within(doc[start].idx, head.idx)):
        if m.kind == "name" and m.actor not in seen:
            seen.add(m.actor)
            if _masthead(m.actor, words):
                return _named_as(m, words.actors, words.text)
    return None


# spk39: words before a business noun that make it another company than the one named before: "the rival firm", "the
# parent company", "a new group" (coref.yaml other_words has the same idea for the actors stage's descriptions).
_ANOTHER_COMPANY = frozenset({"other", "another", "rival", "second", "third", "former", "new", "parent", "sister", "joint",
                              "smaller", "larger", "bigger", "state", "private", "foreign", "local"})


def _first_company(head: Token, words: _Words) -> tuple[str | None, str] | None:
    """Why (spk39): "Channel operator Eurotunnel has seen sales fall. The firm said ...", "The attorney general is
    investigating WeWork. The company confirmed ...", "Drelmor AG reported a loss. The German automaker said ...": the
    first "the firm" of a story points back to the company named just before (the subject or object of its own
    sentence or of the two sentences before: _company_before, which quotes24 reads for a later "the firm" only; not the
    last organisation named anywhere before, which in a long story is as often a label, a client or a rival). The actors stage ties "the firm" to a company only when it knows the company's trade (a
    sector or a word like "Ltd" in its name), which an unknown company's name seldom shows, so the speaker kept no
    actor. Only when nothing else resolved the noun (no body quoted before, none named with the noun); a definite,
    singular business noun (cues.yaml business_nouns), with no words that make it another company ("the rival firm",
    "the parent company") and no name, owner or "of" of its own; the company must be a proper name."""
    if head.lemma_.lower() not in words.business_nouns or not (_pointing(head) or _trade_description(head)):
        return None
    found = _company_before(head, words, last_named=False)
    if found is not None and (not found[1] or not found[1][:1].isupper() or found[1].isupper()):
        found = None  # (no proper name; or a dateline's city in capitals the parser made the subject, "TOKYO (Kyodo) --")
    return found or _sole_company_before(head, words)


def _sole_company_before(head: Token, words: _Words) -> tuple[str, str] | None:
    """The one organisation the sentence before names by a proper name (an actor of kind organization), or None when
    it names none or several (_first_company, where the parser gave that sentence another subject)."""
    if (bounds := _sentence_before(head)) is None:
        return None
    doc, actors = head.doc, words.actors
    start, end = doc[bounds[0]].idx, doc[bounds[1] - 1].idx + len(doc[bounds[1] - 1].text)
    found = {m.actor: m for m in actors.within(start, end) if m.kind == "name" and _kind(m.actor, actors) == "organization"
             and words.text[m.start:m.end].split()[-1][:1].isupper()}
    return _named_as(next(iter(found.values())), actors, words.text) if len(found) == 1 else None


def _trade_description(head: Token) -> bool:
    """Whether a singular business noun is "the" and words of a state or a trade only: "the German automaker", "the
    department store operator", "the production company"; not "the rival firm", "the parent company", "the RMT union"
    (a name of its own), "the company's", "the company of ...", "the company, X,"."""
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("appos", "prep", "poss", "relcl", "acl") for c in kids_of(head)):
        return False
    lefts = lefts_of(head)
    return bool(lefts) and lefts[0].lower_ == "the" and len(lefts) > 1 and not any(
        c.lower_ in _ANOTHER_COMPANY or c.dep_ == "poss" or c.pos_ == "PROPN" and c.ent_type_ != "NORP"
        or c.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") or c.pos_ == "NOUN" and not c.is_lower for c in lefts[1:])


def _story_executive(head: Token, pick: _Pick, run: _Running, words: _Words) -> tuple[str, str] | None:
    """Why (spk39): "SEOUL - South Korea's economy grew 2% ... . The government said it will ask banks ...": a bare
    "the government" (cues.yaml state_body_nouns) with no state quoted before is the executive of the story's one
    state (the one state the article names before it: _story_state, which quotes27 reads for "a government source").
    It kept no actor, so the story's state lost the quote and the event its source. Before the rule that takes a
    bare noun used before for a body of its own (_unnamed_body_before: "The government's main problems are ... . The
    government said" is still the story's state). A story naming two states or none leaves it alone; the speaker
    keeps its words as its name (_body_of)."""
    if pick.lemma not in words.state_body_nouns or not _pointing(head) or any(c.dep_ == "conj" for c in kids_of(head)):
        return None
    state = _story_state(head, run, words)
    known = words.actors.get(state)
    return (state, known.name) if known is not None else None


def _own_descriptor(head: Token, name: str, words: _Words) -> str | None:
    """The words of a definite body noun's phrase ("the interior ministry") when it carries a describing word (an
    adjective or a common noun before it, not one that points back: cues.yaml pointing_adjectives) that ``name``
    lacks; None otherwise."""
    descriptors = [c for c in lefts_of(head) if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")
                   and c.lower_ not in words.pointing_adjectives]
    if not descriptors or not any(c.lower_ == "the" for c in lefts_of(head)) \
            or all(c.lower_ in name.lower() for c in descriptors):
        return None
    return words.text[head.left_edge.idx:head.idx + len(head.text)]


def _other_kind(actor: str | None, name: str | None, words: _Words) -> bool:
    """Whether a body is of a kind other than a business: its name ends in a body noun that no business noun is
    ("Tarvel energy regulator"), or the text sets such a noun right before its name ("the regulator Ofgrid")."""
    known = words.actors.get(actor)
    if known is not None and known.kind != "organization":
        return True
    name = known.name if known else name
    if not name:
        return False
    other = words.body_nouns - words.business_nouns
    if name.split()[-1].lower() in other:
        return True
    return any(w.lower() in other for w in re.findall(r"([A-Za-z]+)\s+" + re.escape(name), words.text))


def _named_company(head: Token, not_actor: str | None, words: _Words) -> tuple[str, str] | None:
    """The first organisation named before ``head`` that is neither ``not_actor`` nor of another kind than a business
    (``_other_kind``): the company the article is about."""
    for m in words.actors.within(0, head.idx):
        known = words.actors.get(m.actor)
        if m.kind == "name" and known is not None and known.kind == "organization" and m.actor != not_actor \
                and not _other_kind(m.actor, known.name, words):
            return m.actor, known.name
    return None


# Entity types of a name that is no business's ("Brazilian", "Sao Paulo") when nothing else tells it is one
# (_company_before); the tagger often reads a company's one-word name as a person's, and a person's name has an actor.
_NOT_BUSINESS_ENTS = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME"})


def _named_as(m, actors: ActorTable, text: str) -> tuple[str, str]:
    """(actor, name) of a mention as a speaker: the table's name for its actor, else the words the text gives."""
    known = actors.get(m.actor)
    return m.actor, known.name if known else text[m.start:m.end]


def _sentence_before(head: Token) -> tuple[int, int] | None:
    """The token bounds (first, end) of the sentence before the speaker's own, from the doc's arrays; None
    when the speaker is in the first sentence. (Four rules read the sentence before.)"""
    start = sentence_bounds(head.doc, head.i)[0]
    return None if start == 0 else sentence_bounds(head.doc, start - 1)


def _described_name_before(head: Token, words: _Words) -> tuple[None, str] | None:
    """(None, the name) of a business the sentence before names after a common noun that describes it ("Earnings at
    Brazilian meatpacker Frigovale dropped"), when the speaker is "the firm" (cues.yaml business_nouns) and no actor
    stands for that name; None otherwise.

    Why (quotes24): "Profits at drugmaker X fell ... . The firm said ...": the company is neither the subject nor an
    actor the actors stage knew, so "the firm" kept no name; a lower-case noun right before a proper name is how news
    copy introduces a company it then calls "the firm"."""
    if head.lemma_.lower() not in words.business_nouns or not _pointing(head):
        return None
    doc = head.doc
    if (bounds := _sentence_before(head)) is None:
        return None
    first, end = bounds
    for t in doc[first + 1:end]:
        before = doc[t.i - 1]
        # (a descriptor noun tells the name is a business's, even one the tagger took for a place's)
        if t.pos_ != "PROPN" or before.pos_ != "NOUN" or not before.is_lower or t.ent_type_ in ("NORP", "DATE", "TIME"):
            continue
        last = t.i
        while last + 1 < end and doc[last + 1].pos_ == "PROPN":
            last += 1
        stop = doc[last].idx + len(doc[last].text)
        # (a name an actor stands for, or runs through, is someone the actors stage knew: "captain Lam Kwok-wing")
        if words.actors.within(t.idx, stop) or words.actors.at(t.idx, t.idx + len(t.text)) is not None:
            return None
        return None, words.text[t.idx:stop]
    return None


def _described(head: Token) -> bool:
    """Whether a body noun carries words of its own that describe it (an adjective or a noun before it: "the
    national railway company"), not just an article or a possessive.

    Why (quotes21): "Exporters complained to the national railway company, which said ...": a body introduced with
    its own description and a relative clause about it is a body of its own, not the body quoted last ("the
    company, which said" still points back)."""
    return any(c.dep_ in ("amod", "compound") for c in head.lefts)


def _unnamed_body_before(head: Token, words: _Words) -> tuple[None, str] | None:
    """(None, the speaker's words) when the text used the speaker's body noun before, after "the" and outside any
    actor's mention ("The union and the board met ... . The union said"); None otherwise."""
    doc, lemma = head.doc, head.lemma_.lower()
    lo = max(0, head.idx - _BODY_LOOKBACK)
    # (the words from ``lo`` on and their parts of speech from the doc's table: a token object only for
    # a noun, not for every word before the head; speed only)
    table = token_table(doc)
    pos = table.pos_id
    own = words.text[head.left_edge.idx:head.idx + len(head.text)]
    bare = False
    fuller_ok = lemma not in words.state_body_nouns  # (spk48: "the German government" is no later "the government")
    for i in range(head.i - 1, bisect.bisect_left(table.idx, lo) - 1, -1):
        if pos[i] != NOUN:
            continue
        t = doc[i]
        if t.lemma_.lower() != lemma or words.actors.within(t.idx, t.idx + len(t.text)):
            continue
        lefts = [c.lower_ for c in t.lefts]
        if lefts == ["the"]:
            bare = True
        elif fuller_ok and lefts and lefts[0] == "the" and (fuller := _fuller_body_name(t, words)) is not None:
            # Why (spk48): "The Tarvel harbours committee met on Monday ... . The committee said": the body's
            # fuller words, the nearest before, name the speaker the bare noun points back to (printed by them).
            return None, fuller
    return (None, own) if bare else None


# spk48: adjectives that make an earlier "the <adjective> committee" another body than the one a later "the committee"
# points back to (with cues.yaml pointing_adjectives, which point back to one named before that).
_OTHER_BODY_ADJECTIVES = frozenset({"other", "another", "former", "first", "second", "rival", "previous"})


def _fuller_body_name(t: Token, words: _Words) -> str | None:
    """spk48: the words an earlier "the <modifiers> <noun>" names its body by, with a short "on/of/for" phrase after it
    ("the joint committee on public safety"); None when a possessive, a number or a pointing adjective ("the same
    committee") stands before the noun, or the phrase neither makes the subject nor follows "by"/"from"."""
    # (a body that acts or speaks: the subject of its clause or the agent after "by"/"from", not "with the full force
    # of the law"; and none inside quotation marks, where a speaker's words name it)
    if not (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ in ("by", "from")) \
            or _quoted(t.idx, words):
        return None
    lefts = list(t.lefts)
    if any(c.dep_ in ("poss", "nummod", "det") and c.lower_ != "the" for c in lefts) \
            or any(c.lower_ in _OTHER_BODY_ADJECTIVES or c.lower_ in words.pointing_adjectives for c in lefts):
        return None
    end = t
    for c in t.rights:
        if c.dep_ == "prep" and c.lower_ in ("on", "of", "for") and c.i == end.i + 1 \
                and c.right_edge.i - c.i <= 4 and not any(w.pos_ in ("VERB", "PRON") or w.text == "," for w in c.subtree):
            end = c.right_edge
        break
    doc = t.doc
    return doc.text[doc[t.left_edge.i].idx:end.idx + len(end.text)]


def _body_by_table_name(head: Token, words: _Words) -> tuple[str, str] | None:
    """(spk48) The one body named before a pointing body noun whose name in the actor table ends in that noun,
    though the words that named it do not: "the party" after "Tory leader X" (the Conservative Party), "the authority"
    after "the MPTA" (the Marlow Port Transport Authority); None when there is none, when two are, or for "the government".

    Why: ``_body_named`` reads only the words of each mention, so a body named by its short form, its adjective or
    its initials was passed over and the noun printed unresolved; the table's name tells the body's kind."""
    if not _pointing(head) or head.lemma_.lower() in words.state_body_nouns:
        return None
    nouns = {head.lower_, head.lemma_.lower()}
    found: dict[str, str] = {}
    for m in reversed(words.actors.within(max(0, head.idx - _BODY_LOOKBACK), head.idx)):
        if m.start >= head.idx:
            continue
        # (a body's adjective names it too, "Tory leader", "Labour MPs"; a state's adjective is passed over below)
        known = words.actors.get(m.actor)
        if known is None or known.kind not in ("organization", "igo"):
            continue
        last = known.name.lower().split()
        if len(last) > 1 and last[-1] in nouns:
            found.setdefault(known.id, known.name)
    # (one such body only: "the party" after a Tory and a Labour name is either, and stays unresolved)
    return next(iter(found.items())) if len(found) == 1 else None


def _earlier_company(head: Token, words: _Words) -> tuple[str | None, str] | None:
    """For "the firm" (a pointing business noun, cues.yaml business_nouns): the company that the article's first
    earlier "the firm" pointed back to (``_company_before``); None when there is no earlier use or no company."""
    if head.lemma_.lower() not in words.business_nouns or not _pointing(head):
        return None
    doc, lemma = head.doc, head.lemma_.lower()
    table = token_table(doc)
    pos = table.pos_id
    for i in range(bisect.bisect_left(table.idx, max(0, head.idx - _BODY_LOOKBACK)), head.i):
        if pos[i] != NOUN:
            continue
        t = doc[i]
        if t.lemma_.lower() == lemma and [c.lower_ for c in t.lefts] == ["the"] \
                and not words.actors.within(t.idx, t.idx + len(t.text)):
            return _company_before(t, words)
    return None


def _company_before(t: Token, words: _Words, last_named: bool = True) -> tuple[str | None, str] | None:
    """The company an earlier "the firm" (``t``) points back to: in its own sentence, the main verb's object, else
    its subject; else the main subject of one of the two sentences before; each when it is an organisation's actor
    or a proper name no actor stands for that is no place's or people's (_NOT_BUSINESS_ENTS); else the organisation
    named last before it. None when there is none.

    Why (quotes24): "Kestrelbank has said it is in talks over the sale of a stake in the group. ... But the group
    said ...", "Regulator X fined Tarvel Telecom, saying the group had ignored warnings. ... The group said ...": a business
    noun used before is the company named before it, not an unnamed body of its own (which left the speaker with no
    actor) nor the body quoted last."""
    actors, doc = words.actors, t.doc
    k = sentence_bounds(doc, t.i)[0]
    for back in range(3):
        root = doc[k].sent.root
        # (in its own sentence: the main verb's object or recipient, its subject, then the subject of the words it
        # reports, "Drelloway will repair 12 hulls, it said, a month after the company lost an order")
        words_at = [(root, "dobj"), (root, "dative"), (root, "nsubj")] if back == 0 else [(root, "nsubj")]
        if back == 1 and not last_named:
            # (spk39: the first "the company" of a story: the object of the sentence before too, when its subject is
            # no company, "The attorney general is investigating WeWork. The company confirmed ...")
            words_at.append((root, "dobj"))
        if back == 0:
            words_at += [(c, "nsubj") for c in kids_of(root) if c.dep_ == "ccomp"]
        for verb, dep in words_at:
            word = next((c for c in kids_of(verb) if c.dep_ in (dep, dep + "pass") and c.i != t.i), None)
            if word is None:
                continue
            found = actors.at(word.idx, word.idx + len(word.text))
            # (quotes28: "Kelvar Mining Plc said ...": the company's mention may leave out the legal suffix the parser
            # heads the name with, Plc, Inc, Corp; the name's words before it are the company)
            lead = next((c for c in word.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            if found is None and word.pos_ == "PROPN" and lead is not None:
                found = actors.at(lead.idx, word.idx + len(word.text))
            if found is not None and found.kind != "adjective" and _kind(found.actor, actors) == "organization":
                if not last_named and not words.text[found.start:found.end].split()[-1][:1].isupper():
                    continue  # (spk39: a common noun's body, "Federal regulators are investigating X", is no company)
                return _named_as(found, actors, words.text)
            # (a name the tagger took for a place still counts when an apposition describes it by a common noun:
            # "Pellomar, the Welsh bus operator, is to close ...", "Drelloway, the Danish ferry builder, will ...")
            if found is None and word.pos_ == "PROPN" and (word.ent_type_ not in _NOT_BUSINESS_ENTS or any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" for c in kids_of(word))) \
                    and not actors.within(word.left_edge.idx, word.idx + len(word.text)):
                name = [c for c in word.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [word]
                return None, words.text[name[0].idx:word.idx + len(word.text)]
        if k == 0:
            break
        k = sentence_bounds(doc, k - 1)[0]
    if not last_named:
        return None
    found = next((m for m in reversed(actors.within(max(0, t.idx - _BODY_LOOKBACK), t.idx))
                  if m.kind != "adjective" and _kind(m.actor, actors) == "organization"), None)
    if found is None:
        return None
    return _named_as(found, actors, words.text)


def _pointing(head: Token) -> bool:
    """ "the company", "the firm": a definite article and no other word before the noun."""
    return [c.lower_ for c in head.lefts] == ["the"]


def _issuer_before(head: Token, run: _Running, words: _Words) -> tuple[str | None, str] | None:
    """Who issued the document a document noun points back to: the main subject (or the name in apposition to it)
    of the last sentence before the speaker's that names a document with the same noun ("In a letter to the
    minister, the chief inspector, Ana X, wrote ... . The letter warned ..."), when that subject is an actor;
    None otherwise."""
    doc = head.doc
    k = sentence_bounds(doc, head.i)[0]
    lo = max(0, head.idx - _BODY_LOOKBACK)
    while k > 0:
        first, end = sentence_bounds(doc, k - 1)
        if doc[first].idx < lo:
            return None
        k = first
        # (quotes20: "One detainee, identified in the report only as X, told ...": a document named only inside a
        # modifier of someone else is not where it was issued; the sentence's main verb must take it as a subject,
        # an object or the object of a preposition of its own: "A report by X says", "X issued a report", "In a
        # letter, X wrote".)
        # (spk45: or the root itself, as the parser may read "A report by X called for ...")
        documents = [t for t in doc[first:end] if t.lemma_.lower() == head.lemma_.lower() and t.pos_ == "NOUN"
                     and (_framed_by_root(t) or t.dep_ == "ROOT")]
        if not documents:
            continue
        if run.said_in and first in run.said_in:
            return run.said_in[first]  # (the speaker of the quote whose cue was there)
        # (spk45: "A report by two Senate panels urged ...", "Monday's report was drawn up by the
        # Velmoran transport board": the author named with the document there, not the sentence's other subject)
        author = next((a for t in documents if (a := _document_author(t, words)) is not None), None)
        if author is not None:
            return author
        root = doc[first].sent.root
        subj = next((c for c in kids_of(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() == head.lemma_.lower() and subj.pos_ == "NOUN":
            continue  # (quotes20: "The report, titled X, is based on ...": the document itself; its issuer is earlier)
        return _subject_named(subj, words) if subj is not None else None
    return None


def _subject_named(subj: Token, words: _Words) -> tuple[str, str] | None:
    """The actor a main subject stands for (its resolution, else the mention its words span) and the name to print
    for it (the actor's, else the subject's words), or None: the issuer of a document before (_issuer_before) and
    the writer of one (_writer_before)."""
    actor, _ = resolve(subj, words.actors, words.own_voices, words.share_nouns, words.own_voices_of_any)
    if actor is None:
        actor = words.actors.resolve(subj.left_edge.idx, subj.idx + len(subj.text))
    if actor is None:
        return None
    known = words.actors.get(actor)
    return actor, known.name if known else words.text[subj.left_edge.idx:subj.idx + len(subj.text)]


def _writer_before(head: Token, words: _Words) -> tuple[str, str, tuple[int, int]] | None:
    """Why (spk53): "The Harwick Transport Board has written to every rail operator. A letter sent to the operators
    said ...": a document named with no author of its own and no earlier mention (_issuer_before) was written by the
    main subject of the sentence right before, when that sentence's main verb writes, sends or issues (cues.yaml
    document_issuing_verbs) and its object, if any, is a document ("wrote to", "sent a letter"; not "sent troops",
    "issued a warning"); the document itself ("A letter") had been printed as the speaker, a name no reader judges
    right. (actor, name, span) of that subject, or None."""
    before = _sentence_before(head)
    if before is None:
        return None
    doc = head.doc
    root = doc[before[0]:before[1]].root
    if root.lemma_.lower() not in words.document_issuing_verbs or root.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in kids_of(root)):
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in words.document_nouns for c in kids_of(root)):
        return None
    subj = next((c for c in kids_of(root) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or _quoted(subj.idx, words) or (named := _subject_named(subj, words)) is None:
        return None
    return *named, (subj.left_edge.idx, subj.idx + len(subj.text))


def _document_it(head: Token, words: _Words) -> tuple[str | None, str] | None:
    """Why (spk53): "The report is published by the Orvane Transport Forum. It says ...": an "it" that opens the main clause
    of the sentence right after one whose main subject is a document (cues.yaml document_nouns, authored_speaking_nouns)
    goes on with that document, so with the author named with it (``document_authors``: "a report by X", "published by
    X"), not with a body the coreference ties it to or the body quoted last. (actor or None, name) of that author, or
    None when the document names no author."""
    if head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or (before := _sentence_before(head)) is None:
        return None
    doc = head.doc
    root = doc[before[0]:before[1]].root
    subj = next((c for c in kids_of(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not (subj.lemma_.lower() in words.document_nouns
                                                   or subj.lemma_.lower() in words.authored_nouns):
        return None
    return _document_author(subj, words)


def document_authors(noun: Token, issuing_verbs: frozenset[str], passive: bool = True) -> Iterator[Token]:
    """The heads of the phrases that may name who made a document noun ("a report", "a study"), in this order: the
    object of "by" or "from" on the noun ("a report by X", "a study from X"), the agent of a participle that issues it
    ("a statement issued by X", "a study published by X"; cues.yaml document_issuing_verbs), and, with ``passive``, the
    agent of the main verb that issues it when the noun is its passive subject ("the report was drawn up by X").

    Why (qspan47): the finder's test of whether a study speaks for a named maker (qfind46, finder._author_of) and the
    speaker step's author of a document (spk45, _document_author) read the same phrases; one reading serves both. The
    finder leaves out the passive main verb: "The study was published by X. The study said ..." would print the study
    itself as the speaker, since the speaker step looks back for the maker of a document ("the report") but not of a
    study (measured: over 81 pool articles holding these phrases, "from" and an issuing participle of any tag for the
    speaker step, and the passive for the finder, changed no quote)."""
    for c in rights_of(noun):
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            yield from (g for g in kids_of(c) if g.dep_ == "pobj")
    verbs = [c for c in rights_of(noun) if c.dep_ == "acl" and c.lemma_.lower() in issuing_verbs]
    if passive and noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in issuing_verbs:
        verbs.append(noun.head)
    for verb in verbs:
        for agent in kids_of(verb):
            if agent.dep_ == "agent":
                yield from (g for g in kids_of(agent) if g.dep_ == "pobj")


def _document_author(t: Token, words: _Words) -> tuple[str | None, str] | None:
    """(actor or None, name) of the author of a document noun named with it (``document_authors``): the actor named
    there (not a mere adjective), else the object's own words up to its head word; None when no author is named."""
    obj = next(document_authors(t, words.document_issuing_verbs), None)
    if obj is None or obj.pos_ == "PRON":
        return None
    start, end = obj.left_edge.idx, obj.idx + len(obj.text)
    # (the actor whose name holds the object's head word: "the Senate farm and fisheries panel" is the
    # panel, not the Senate whose name modifies it)
    inner = [m for m in words.actors.within(start, obj.right_edge.idx + len(obj.right_edge.text))
             if (m.kind != "adjective" or m.sector) and _names_noun(m, obj)
             # (spk53: a name's apposition describes it, "the X Trust, a charity set up by anglers and farmers": the
             # farmers there are not the author; a common noun's names it, "analysts Tarvel Insight")
             and (obj.pos_ != "PROPN" or m.start <= obj.idx < m.end)]
    if inner:  # (an actor whose mention holds the head word: that body, by the text's own words for it)
        return inner[-1].actor, words.text[inner[-1].start:inner[-1].end]
    return None, words.text[start:end]


def _names_noun(m: Mention, noun: Token) -> bool:
    """Whether a mention holds a noun's head word, or lies in a name set in apposition to it ("analysts Tarvel
    Insight")."""
    return m.start <= noun.idx < m.end or any(
        c.dep_ == "appos" and c.left_edge.idx <= m.start and m.end <= c.right_edge.idx + len(c.right_edge.text)
        for c in rights_of(noun))


def _framed_by_root(t: Token) -> bool:
    """Whether a noun is the subject or object of its sentence's main verb, or the object of a preposition on it."""
    if t.dep_ == "pobj":
        t = t.head
    return t.head.dep_ == "ROOT" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "attr")


# Determiners and possessive pronouns with which a noun points back to something named before ("the group",
# "its board"), and those with which it introduces something new ("a group", "several groups").
_POINTING = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})
_INTRODUCING = frozenset({"a", "an", "another", "some", "several", "many", "other", "two", "three"})


def _new_body(head: Token) -> bool:
    """Whether a body noun introduces a body rather than pointing back: an indefinite determiner ("a rights
    group"), or a plural with no determiner or possessive pronoun ("supporters' groups"; "police", which is
    plural in its lemma too, still points back)."""
    dets = [c.lower_ for c in lefts_of(head) if c.dep_ in ("det", "poss", "nummod")]
    if any(d in _INTRODUCING for d in dets):
        return True
    return head.lower_ != head.lemma_.lower() and not any(d in _POINTING for d in dets)


def _spokesperson_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "The ministry defended the ban. A spokesman said ...": an unnamed spokesperson with no "for
    X" speaks for the body that was the subject of the sentence before, else the body just quoted (the
    ministry's stance is no quote of its own, so it may not have been quoted)."""
    if pick.actor is None and pick.lemma in words.spokesperson_nouns and _pointing(pick.head) \
            and run.voice is not None and run.voice[3] > run.person_at \
            and run.voice[2] in (None, _NOUN_GENDER.get(pick.head.lower_)):
        # Why (quotes18): "a spokeswoman for the Finance Ministry said ... . 'The timetable stands,' the spokeswoman
        # told reporters": the definite noun repeats the spokesperson quoted last, who speaks for the same body.
        pick.actor, pick.body_name = run.voice[0], run.voice[1]
        return True
    if (pick.actor is None or is_person(pick.actor, words.actors) and pick.name_span is None) \
            and pick.lemma in words.spokesperson_nouns and _pointing(pick.head) \
            and _titled_person(pick.head, pick.cue_start, words) is None:
        # Why (quotes18): "Minister X said ... . The harbour board defended the fees. The spokesman said ...": a
        # definite spokesman no one was named as is the board's, as an unnamed one would be, not the person quoted last.
        spoken_for = _body_subject_before(pick.head, words.actors, words.text) or run.body
        if spoken_for is None:
            return False
        pick.actor, pick.body_name = spoken_for
        return True
    if pick.actor is None and pick.lemma in words.spokesperson_nouns and pick.name_span is None \
            and _a_or_an(pick.head):
        # Why (spkjudge35): "a Labour spokesperson said", "A Conservative spokeswoman said", "a Quillora spokesperson
        # said": a body the actors stage found in the spokesperson's own phrase, by its name or its party's adjective,
        # is the body spoken for, as "a Kremlin spokesman" is the Kremlin's; without this the unnamed spokesperson went
        # to the body made the subject of the sentence before, often the rival party, or stayed unresolved. (A state's
        # adjective, "a Chinese spokesman", and a person, "a Smith spokesman", are left to the rules below; so is a
        # definite "the Tory spokesman", who is most often the party's spokesman named just before.)
        inner = [m for m in words.actors.within(pick.head.left_edge.idx, pick.head.idx)
                 if _kind(m.actor, words.actors) in ("organization", "group", "igo")]
        if inner:
            pick.actor, pick.body_name = _named_as(inner[-1], words.actors, words.text)
            return True
        # (a company named in full before, "Quillora Inc", and by its short name in the phrase: the one organisation
        # named earlier whose name opens with the phrase's proper-noun words)
        names = [c.text for c in lefts_of(pick.head) if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and pick.head.i - len(names) >= 0 \
                and [t.text for t in pick.head.doc[pick.head.i - len(names):pick.head.i]] == names:
            fits = {m.actor for m in words.actors.mentions if m.start < pick.head.left_edge.idx
                    and _kind(m.actor, words.actors) == "organization"
                    and words.actors.get(m.actor).name.split()[:len(names)] == names}
            if len(fits) == 1:
                actor = next(iter(fits))
                pick.actor, pick.body_name = actor, words.actors.get(actor).name
                return True
    if pick.actor is None and pick.lemma in words.spokesperson_nouns \
            and _a_or_an(pick.head):
        # Why (real10a): "The Tarvel Commission defended the quotas. A local councillor ... . A commission spokeswoman
        # said ...": a common noun before the spokesperson names the body spoken for, the one last named with that noun
        # in its name, not the body quoted or made the subject last. (The parser may tag the noun an adjective, "an
        # executive spokeswoman"; a nationality, "a Chinese spokesman", is no body's noun; "a government spokesman" keeps
        # its own words, as before: a state's government is no body of its own name.)
        named = next((b for c in pick.head.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
                      and not c.ent_type_ and c.lemma_.lower() not in words.state_body_nouns
                      and (b := _body_named(c, pick.head.idx, words.actors, words.text, persons=False))),
                     None)
        if named is not None:
            pick.actor, pick.body_name = named
            return True
    if pick.actor is not None or pick.lemma not in words.spokesperson_nouns or not _indefinite(pick.head):
        return False
    owner = next((g for c in pick.head.rights if c.dep_ == "prep" and c.lower_ == "for" for g in kids_of(c)
                  if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if owner is not None and owner.lemma_.lower() not in words.body_nouns \
            and not words.actors.within(owner.left_edge.idx, owner.idx + len(owner.text)):
        # Why (quotes22): "The regional government defended the levy. A spokesman for the regional president said ...":
        # a spokesperson for an office or a person no actor stands for speaks for that one, named by its own words, not
        # for the body made the subject before ("a spokesman for the ministry" still goes to the ministry named before).
        pick.body_name = words.text[pick.head.left_edge.idx:owner.idx + len(owner.text)]
        return True
    spoken_for = _body_subject_before(pick.head, words.actors, words.text) or run.body
    if spoken_for is None:
        return False
    pick.actor, pick.body_name = spoken_for
    return True


def _nominal_pronoun_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "A Tarvel spokesman denied it. '...,' he said": the pronoun goes on with the unnamed person
    quoted last, not with a named person quoted before them (unless a person is named in between:
    "Union leader X condemned it. '...,' he said" is X)."""
    head, nominal = pick.head, run.nominal
    they = head.lower == WORD_THEY and not pick.relative
    # (quotes22: nor when a person the actors stage did not know was quoted since: "The first minister has said ... .
    # Speaking in the Senedd, Gethin X said ... . '...,' he said" is X, whom _unknown_person_step gives.)
    if head.lower not in _PRONOUNS_IDS and not they or nominal is None or nominal[1] <= run.person_at \
            or nominal[1] <= run.unknown_at or nominal[2] != they \
            or _named_since(nominal[1], head, words):
        return False
    if they and sum(1 for s in head.doc.sents if nominal[1] < s.start_char <= head.idx) > _THEY_SENTENCES:
        # Why: "Economists said ... . Output fell ... . A survey showed ... . Rates would rise, they said": "they"
        # goes on with the unnamed group quoted last a few sentences on (the one-of-them rule takes only the
        # next sentence); further on it may be anyone.
        return False
    pick.actor, pick.name_span = None, nominal[0]
    return True


def _one_of_them_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "Bank officials said they saw no need to act, although one admitted ...", "'...,' said another"
    after "one government economist said": a bare "one" or "another" is one more of the unnamed speakers
    quoted just before (the same group, or its body), not the person quoted before them. So is "they" after
    a plural group in the next sentence ("Dealers said ... . Rates would rise, they said"), unless a person is
    named in between."""
    head, group = pick.head, run.group
    if pick.actor is not None or group is None or group[3] <= run.person_at:
        return False
    if head.lower_ == "they":
        # (in the group's sentence or the next; further on, up to _THEY_SENTENCES, only while the story goes on with
        # the group: _group_runs_on; beyond, "they" may be anyone named since)
        between = sum(1 for s in head.doc.sents if group[3] < s.start_char <= head.idx)
        far = between > 1 or bool(words.actors.person_mentions_between(group[3], head.idx))
        if not group[4] or between > _THEY_SENTENCES \
                or far and (group[3] <= run.unknown_at or not _group_runs_on(group[3], head, words)):
            return False
        if far:
            # (spk46: the mention stays the "they" the cue attaches to, printed by the group's name)
            named = words.text[group[2][0]:group[2][1]] if group[2] is not None else None
            pick.actor, pick.body_name = group[0], group[1] or named
            return True
    elif head.lower_ not in _ONE_OF or any(True for _ in kids_of(head)):
        return False
    pick.actor, pick.body_name, pick.name_span = group[0], group[1], group[2]
    return True


def _group_runs_on(since: int, they: Token, words: _Words) -> bool:
    """Whether a "they" a few sentences after an unnamed plural group's cue still goes on with that group: no two
    persons named since (one person named is no "they": "Ostmark shares jumped, brokers said. Its chief, Lena X,
    took over in March. Pension funds did most of the buying, they said"), and no plural noun or joined names made
    the subject of a main clause since (_they_subject_step, _joined_they_step: "The growers refused. They said ..."
    is the growers).

    Why (spk46): agency copy goes on quoting unnamed officials, brokers or diplomats as "they" sentence after
    sentence ("No deal on premiums yet, shipping officials said. Owners want a cap, they told Reuters. Three
    syndicates write the cover. The largest insurer wants more, they said."), with persons and firms mentioned
    between; the one-sentence window left those "they" unresolved (pool: 8 of 300 articles' quotes)."""
    doc, actors = they.doc, words.actors
    if len({m.actor for m in actors.person_mentions_between(since, they.idx)}) > 1:
        return False
    cue = doc.char_span(since, since + 1, alignment_mode="expand")
    first = sentence_bounds(doc, cue[0].i)[1] if cue is not None else they.i
    # (a "they" set after the unquoted words it reports, "Buyers have been stocking up, they added", tags the source
    # the story goes on with; one that opens what it says, "They said the quota ...", or follows quoted words is
    # the plural subject just before it: _they_subject_step)
    own_start = sentence_bounds(doc, they.i)[0]
    tagged = any(t.pos_ in _CONTENT_POS and not _quoted(t.idx, words) for t in doc[own_start:they.i])
    for sent in doc[first:they.i + 1].sents:
        subj = next((c for c in kids_of(sent.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i >= they.i or subj.lower_ in _PRONOUNS:
            continue
        if subj.conjuncts or not tagged and subj.tag_ in ("NNS", "NNPS") \
                and subj.lemma_.lower() not in words.share_nouns:
            return False
        # (nor a plural object of a sentence between, who may be the "they": "The minister met the heads of the banks
        # on Friday. The fall would not last, they said")
        if sent.end <= they.i and any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") for c in kids_of(sent.root)):
            return False
    return True


# spk46: the parts of speech that make a "they" follow the words it reports rather than open its sentence
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "AUX", "ADJ", "NUM", "PRON", "DET"})


def _same_noun_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "A senior Tarvel official said ... . Economist Ana X said ... . The official said ...": a definite
    noun that repeats the noun of an unnamed person quoted before ("the official", "the senior official") is
    that person again, not the person quoted last (whom the running-speaker rule would give). A person named
    with that title before the cue ("the minister" after "Minister X") is still that person."""
    head, actors = pick.head, words.actors
    if not run.nominals or pick.relative or not is_title(head) or pick.lemma in words.body_nouns \
            or pick.lemma in words.spokesperson_nouns or (pick.actor is not None and is_person(pick.actor, actors)):
        return False
    seen = run.nominals.get(pick.lemma)
    if seen is None or seen[1] != (head.tag_ in ("NNS", "NNPS")) \
            or _titled_person(head, pick.cue_start, words) is not None:
        return False
    # Why (quotes26): "Archbishop calls for calm" (the headline), then "The Archbishop of Wenmouth, the Most Rev Caspar
    # X, has called for calm": a title with a proper name in apposition names its own holder, whom the title quoted
    # before only pointed to.
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title for c in head.rights):
        return False
    # Why (round 31): "The bank's acting governor said ... . '...,' Ana X, who has led the bank in an acting
    # capacity, said. The acting governor added ...": a stand-in's title goes on with the unknown person quoted
    # since whom the text gave the stand-in's word, not with the unnamed title quoted first (_unknown_person_step)
    if run.unknown is not None and run.unknown_at > seen[0][0] and coref.has_stand_in_word(head.lefts) \
            and coref.named_as_stand_in(words.text, run.unknown[0], run.unknown[1]):
        return False
    # (The speaker's span stays the mention the cue attaches to, "the official"; its name is the first one's.)
    pick.actor, pick.body_name = seen[2], words.text[seen[0][0]:seen[0][1]]
    pick.repeats = True
    return True


def _owner_body_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (quotes27): "The Liberal Democrats unveiled plans ... . '...,' the party's treasury spokesman said", "a
    ministry spokesman said", "a government source said", "the union's general secretary said": an unnamed office
    word that speaks for a body (cues.yaml nominal_speaker_heads) whose owner is a body noun, by a possessive or as
    the noun before it, speaks for the body that noun points back to, as "the party said" would: the actor the
    actors stage took the owner for, the body named with that noun, the company named before ("a company
    spokesman"), the body that spoke or was the subject just before when the noun fits it (coref.yaml
    descriptions), and for a state's executive noun ("government", "ministry") the story's state. Never a person.
    The speaker keeps its own words as its name (the actor says whom it speaks for); with no body found it stays
    unresolved, as before. A person named with the title before ("the union's general secretary" after "X, the
    union's general secretary,") is still that person (the title rules)."""
    head = pick.head
    if pick.actor is not None or pick.relative or head.pos_ != "NOUN" or pick.lemma not in words.nominal_speaker_heads \
            or any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in _SPEAKS_FOR for c in kids_of(head)):
        return False
    owner = _owner_noun(head, words)
    if owner is None or is_title(head) and (_titled_person(head, pick.cue_start, words) is not None
                                            or _office_holder(head, words) is not None):
        return False
    body = _owner_body(owner, pick, run, words)
    if body is None:
        return False
    pick.actor, pick.body_name, pick.own_words = body, words.text[head.left_edge.idx:head.idx + len(head.text)], True
    return True


def _owner_noun(head: Token, words: _Words, before_pos: tuple[str, ...] = ("NOUN",)) -> Token | None:
    """The body noun an office word belongs to: "the party's" (a possessive with only "the") or the noun before it
    ("a ministry spokesman", "a finance ministry official"); a document noun is no owner ("a report"). ``before_pos``:
    the parts of speech the word before may have (spk44: a document's owner may be tagged an adjective, "a military
    communique")."""
    for c in lefts_of(head):
        if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in words.body_nouns \
                and [t.lower_ for t in lefts_of(c)] == ["the"] and c.lemma_.lower() not in words.document_nouns:
            return c
    nouns = [c for c in lefts_of(head) if c.dep_ in ("compound", "amod") and c.pos_ in before_pos and c.i == head.i - 1
             and c.lemma_.lower() in words.body_nouns and c.lemma_.lower() not in words.document_nouns]
    return nouns[-1] if nouns else None


def _issuing_body(pick: _Pick, run: _Running, words: _Words) -> None:
    """Why (spk44): "a government statement said", "a military communique said", "the ministry's statement said", "a
    company statement said": a document whose own words name the body that issued it by a body noun speaks for that
    body, as "a government spokesman" does (quotes27 ``_owner_body``: the body the actors stage took the noun for, the
    body named with it, the company named before, for a state's executive the story's one state). It had kept no
    actor, so the state or body lost its words and the event its source. Only where every rule before left the
    document without an actor; the speaker keeps its words as its name."""
    head = pick.head
    if pick.lemma not in words.document_nouns or (owner := _owner_noun(head, words, ("NOUN", "ADJ"))) is None:
        return
    body = _owner_body(owner, pick, run, words)
    if body is not None:
        pick.actor, pick.body_name = body, words.text[head.left_edge.idx:head.idx + len(head.text)]


def _owner_body(owner: Token, pick: _Pick, run: _Running, words: _Words) -> str | None:
    """The actor an owner body noun stands for (``_owner_body_step``), or None."""
    actors, lemma, head = words.actors, owner.lemma_.lower(), pick.head
    state_noun = lemma in words.nominal_state_nouns

    def fits(actor: str | None) -> bool:
        known = actors.get(actor)
        return known is not None and known.kind != "person" and (known.kind != "state" or state_noun)

    # (the actors stage's own reading of the owner's words: "the party" the description rule tied to the party)
    took = next((m.actor for m in (*actors.references, *actors.within(owner.left_edge.idx, owner.idx + len(owner.text)))
                 if m.start <= owner.idx < m.end and m.kind != "adjective"), None)
    if fits(took):
        return took
    if lemma not in words.state_body_nouns:  # ("government", "administration" are a state's own: below)
        named = _body_named(owner, pick.cue_start, actors, words.text, persons=False)
        if named is not None and fits(named[0]):
            return named[0]
        if lemma in words.business_nouns:
            # (the company the lead made the subject, else the first business the article names: "SEATTLE (AP) -
            # Tarvel Robotics Inc. is recalling ...", whose dateline the parser may take for the subject)
            company = _company_before(owner, words)
            if company is None or company[0] is None:
                company = _named_company(head, None, words)
            if company is not None and fits(company[0]) and _kind(company[0], actors) == "organization":
                return company[0]
        # (a body that spoke or was the subject just before, when "the NOUN" could point back to it; an
        # indefinite "a union spokeswoman" is some union's, not the body told before that the noun could describe)
        indefinite = _a_or_an(head)
        for before in () if indefinite else (_body_subject_before(head, actors, words.text), run.body):
            if before is not None and fits(before[0]) and coref.description_fits(lemma, actors.get(before[0])):
                return before[0]
    return _story_state(head, run, words) if state_noun else None


def _story_state(head: Token, run: _Running, words: _Words) -> str | None:
    """The state a story's unnamed executive speaks for: the state quoted last, else the one state the article names
    before the speaker (a name or an adjective); None when it names several or none."""
    actors = words.actors
    last = actors.get(run.body[0]) if run.body is not None and run.body[0] else None
    if last is not None and last.kind == "state":
        return last.id
    states = {m.actor for m in actors.within(0, head.idx) if _kind(m.actor, actors) == "state"}
    return next(iter(states)) if len(states) == 1 else None


def _voice_pronoun_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "A spokeswoman for the Tarvel ministry said ... . She added ..." goes on quoting the
    spokeswoman, and so the body she speaks for, not a person quoted before her (unless a person is
    named in between, or the pronoun's gender clashes with the one her noun tells)."""
    head, voice = pick.head, run.voice
    want = coref.PRONOUN_GENDER.get(head.lower_)
    # (a spokesperson for a person is that person's voice from the same cue on: _carry)
    if want is None or voice is None or voice[3] < run.person_at or voice[2] not in (None, want) \
            or _named_since(voice[3], head, words):
        return False
    pick.actor, pick.body_name = voice[0], voice[1]
    pick.own_words = voice is run.own_voice
    return True


def _named_since(since: int, pronoun: Token, words: _Words) -> bool:
    """Whether a person who may be the one ``pronoun`` stands for was named between ``since`` and it."""
    # Why (real10a): "A party spokeswoman said Mr X had meant adults. 'He meant grown-ups,' she said": a person
    # whose gender, as the article tells it, clashes with the pronoun, or one named only inside the quoted words
    # ("'The minister has our backing,' she said"), is not the one it stands for; the pronoun still goes on with
    # the spokeswoman quoted last, not with a woman quoted before her.
    return any(_fits(m.actor, pronoun, words.genders) and not _quoted(m.start, words)
               for m in words.actors.person_mentions_between(since, pronoun.idx))


def _they_subject_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "Economists disagreed. '...,' they said": a "they" that no quoted group goes on with is the
    plural noun made the subject of the main clause just before it (in its sentence or the one before),
    after the last cue: those people speak, not the person quoted before them."""
    head = pick.head
    if head.lower != WORD_THEY or pick.relative or pick.actor is not None:
        return False
    doc = head.doc
    first = sentences_back(doc, head.i, 1)
    since = max(run.person_at, run.group[3] if run.group else -1, run.unknown_at)
    for sent_start in sorted({first, sentence_bounds(doc, head.i)[0]}, reverse=True):
        root = doc[sent_start].sent.root
        subj = next((c for c in kids_of(root) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= head.i or subj.idx <= since or subj.tag_ not in ("NNS", "NNPS", "NNP") \
                or subj.lemma_.lower() in words.share_nouns or subj.lower_ in _PRONOUNS:
            continue
        start, end = subj.left_edge.idx, subj.idx + len(subj.text)
        actor = words.actors.resolve(start, end)
        if actor is not None and is_person(actor, words.actors):
            continue
        if subj.tag_ == "NNP" and (actor is None or _kind(actor, words.actors) not in _PLURAL_BODY_KINDS):
            # Why (real9a): British style gives a named body a plural verb and pronoun ("The Tarn Valley Trust says
            # it will appeal. They say the ruling ..."): a singular name is "they" only when it names a body.
            continue
        pick.actor, pick.body_name = actor, words.text[start:end]
        return True
    return False


def _joined_actors(head: Token, actors: ActorTable) -> list[str]:
    """The actors of a name and the names joined to it by "and" ("Oskar X and Ilse Y", "the Tarsk Union and the
    Orvane Guild"), in order; empty unless each of two or more names resolves to a person or a body."""
    joined = [head, *(c for c in head.conjuncts if c.i > head.i)]
    if len(joined) < 2 or head.doc[joined[1].i - 1].lower_ not in ("and", ",") \
            and not any(t.lower_ == "and" for t in head.doc[head.i:joined[-1].i]):
        return []
    found = [actors.resolve(t.left_edge.idx if t is not head else t.idx, t.idx + len(t.text)) for t in joined]
    if any(a is None or _kind(a, actors) in (None, "state") and not is_person(a, actors) for a in found):
        return []
    return list(dict.fromkeys(a for a in found if a is not None))


def _joined_they_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (spk43): "Oskar X and Ilse Y said they would stand. They added ...", "The Tarsk Union and the Orvane Guild
    met on Monday. They said ...": a "they" goes on with the persons or bodies joined by "and" as the subject of a
    cue or of the main clause just before it (the first of them printed), not with no one; not when another person
    was quoted or named since, nor further on than _THEY_SENTENCES sentence starts."""
    head = pick.head
    if head.lower_ != "they" or pick.relative or pick.actor is not None:
        return False
    joined = run.joined
    if joined is not None and joined[1] >= run.person_at and joined[1] >= run.unknown_at \
            and sum(1 for s in head.doc.sents if joined[1] < s.start_char <= head.idx) <= _THEY_SENTENCES \
            and all(m.actor in joined[2] for m in words.actors.person_mentions_between(joined[1], head.idx)):
        pick.actor = joined[0]
        return True
    doc = head.doc
    since = max(run.person_at, run.unknown_at)
    for sent_start in sorted({sentences_back(doc, head.i, 1), sentence_bounds(doc, head.i)[0]}, reverse=True):
        root = doc[sent_start].sent.root
        subj = next((c for c in kids_of(root) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= head.i or subj.idx <= since or subj.pos_ != "PROPN":
            continue
        members = _joined_actors(subj, words.actors)
        if members and all(m.actor in members for m in words.actors.person_mentions_between(subj.idx, head.idx)):
            pick.actor = members[0]
            return True
    return False


def _voice_they_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (spk51): "A spokesman for the Harlow Water Board said supplies were safe. They added ...": house style that
    gives a spokesperson "they" goes on with the spokesperson quoted in the sentence just before, and so with the body
    they speak for, when no group, person or plural subject came since (those "they" steps come first)."""
    head, voice = pick.head, run.voice
    if head.lower_ != "they" or pick.relative or pick.actor is not None or voice is None \
            or voice[3] < max(run.person_at, run.unknown_at, run.group[3] if run.group and run.group[4] else -1) \
            or run.nominal is not None and run.nominal[2] and run.nominal[1] > voice[3]:
        return False
    doc = head.doc
    if voice[3] < doc[sentences_back(doc, head.i, 1)].idx or words.actors.person_mentions_between(voice[3], head.idx):
        return False
    pick.actor, pick.body_name = voice[0], voice[1]
    pick.own_words = voice is run.own_voice
    return True


def _opening_pronoun_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: a pronoun opening the quotes of an article ("He confirmed ...") is the person named before
    it whose gender does not clash."""
    head = pick.head
    if head.lower not in _PRONOUNS_IDS or run.person is not None:
        return False
    pick.actor = _subject_since(head, -1, words) or _pronoun_person(head, words)
    return True


def _unknown_place(g: Token, words: _Words) -> bool:
    """Whether ``g`` is a proper name that is no person's and that no actor stands for ("Tarvel" in "the bishop of
    Tarvel"): a place or see whose office holder the text leaves unnamed."""
    return g.pos_ == "PROPN" and g.ent_type_ != "PERSON" \
        and not words.actors.within(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))


def _office_of_place(title: Token, words: _Words) -> tuple[int, int] | None:
    """The span of "the bishop of Tarvel": a definite title, tied to no actor, with "of" a place no actor stands for
    (``_unknown_place``); None otherwise."""
    if [c.lower_ for c in lefts_of(title) if c.dep_ == "det"] != ["the"]:
        return None
    of = next((c for c in kids_of(title) if c.dep_ == "prep" and c.lower_ == "of"
               and any(g.dep_ == "pobj" and _unknown_place(g, words) for g in kids_of(c))), None)
    if of is None:
        return None
    start, end = title.left_edge.idx, of.right_edge.idx + len(of.right_edge.text)
    return None if words.actors.within(start, end) else (start, end)


def _sole_person_title_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (spk38): "Osric X has said ... . But the outgoing European Commissioner said ...", "Labour MP Y ... said
    the Wexley North MP", "plans unveiled by Z ... . The home secretary said ...": British and agency copy vary a
    person's name with a description of their office. When the text before the description has named one person
    and no one else, the description is that person: no other office holder was named for it to mean; so is the one
    person named before whose known office is the title's, whoever else was named. (Left alone:
    a title with a name, an owner or a state of its own, "the shadow minister" where the person holds no shadow
    office, a person whose known role is another office, and any story that named a second person.)"""
    head, actors = pick.head, words.actors
    if pick.actor is not None or pick.relative or pick.unknown_person is not None or pick.name_span is not None \
            or head.lower_ not in words.sole_person_titles or head.tag in TAGS_NNS_NNPS \
            or head.left_edge.lower_ != "the" or run.unknown is not None and not run.unknown_surname \
            or any(c.dep_ in ("appos", "poss", "prep", "relcl", "acl") for c in kids_of(head)) \
            or _title_state(head, words) is not None:
        return False
    start = head.left_edge.idx
    persons = {m.actor for m in actors.person_mentions_between(0, start)}
    wanted = {t.lower_ for t in lefts_of(head) if t.lower_ in words.office_modifiers} - {"former"}

    def role_of(person: str) -> set[str]:
        known = actors.get(person)
        return {w.strip(",.").lower() for w in (known.role or "").split()} if known else set()

    def holds(role: set[str]) -> bool:
        # (the title's word, with the same office modifiers: "Deputy Minister Y" is not "the minister")
        return head.lower_ in role and (role & words.office_modifiers) - {"former"} == wanted

    def other(person: str) -> bool:
        # (spk44: "the foreign minister" is not "Health Minister X")
        return _another_portfolio(head, _named_office(person, head, words, run), words)

    holders = [p for p in persons if holds(role_of(p)) and not other(p)]
    if len(holders) == 1 and not any(t.ent_type_ in ("NORP", "ORG") for t in lefts_of(head)):
        # (the one person named before whose known office is the title's, "Labour MP Y" for "the Wexley North MP",
        # however many others were named; not with a party word of its own, "the Tory MP", which may be another)
        pick.actor = holders[0]
        return True
    if len(persons) != 1 or any(e.label_ == "PERSON" and e.start_char < start and not e.text.isupper()
                                and not actors.person_mentions_between(e.start_char, e.end_char)
                                for e in head.doc.ents):
        # (a second person named, by the actors stage or only by the tagger; not a dateline's city in capitals,
        # "DOHA", which the tagger may read as a person)
        return False
    person = next(iter(persons))
    role = role_of(person)
    if role and not holds(role) or wanted and not role or other(person):
        return False
    pick.actor = person
    return True


# nomspk55: how far after a description speaker (in characters) the article may name its person in apposition
_DESCRIBED_LATER_REACH = 3000


def _description_words(tokens: Iterable[Token]) -> set[str]:
    """The lower-case words of a description, less its determiners, owner marks and punctuation."""
    return {t.lower_ for t in tokens if not t.is_punct and t.dep_ not in ("det", "case")}


def _described_later(head: Token, words: _Words) -> str | None:
    """The one person the article names, after a description speaker and within _DESCRIBED_LATER_REACH, in
    apposition with the same description ("The reporters' lawyer, Eleni X," or "Eleni X, the reporters' lawyer,"): the same
    head noun, the same office words (cues.yaml office_modifiers) and every other word of the speaker's (but
    cues.yaml description_epithets: "the outgoing lawyer"); None when no one or two persons fit."""
    actors, doc = words.actors, head.doc
    lemma = head.lemma_.lower()
    own = _description_words(doc[head.left_edge.i:head.i])
    wanted = own & words.office_modifiers
    need = own - words.description_epithets
    end = head.idx + len(head.text)
    found: set[str] = set()
    for m in actors.person_mentions_between(end, end + _DESCRIBED_LATER_REACH):
        if m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        described = [c for c in kids_of(root) if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
            described.append(root.head)
        for d in described:
            if d.i == head.i or d.lemma_.lower() != lemma or d.tag in TAGS_NNS_NNPS:
                continue
            theirs = _description_words(t for t in d.subtree if t.i != d.i and not span.start <= t.i < span.end)
            if theirs & words.office_modifiers == wanted and need <= theirs:
                found.add(m.actor)
    return next(iter(found)) if len(found) == 1 else None


def _described_later_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (nomspk55): "The visas were revoked after a complaint by Stavros X, the reporters' lawyer said. ... The
    reporters' lawyer, Eleni Y, filed an appeal ...": copy may describe a person first and name them later, in
    apposition with that description. A definite
    description speaker that no person named before carries (_titled_person) is the one person the article names
    after it with the same description (_described_later); not with two such persons, and not a body's or a
    spokesperson's noun (their own rules), a plural, or a description with a name, an owner pronoun or a clause
    of its own."""
    head = pick.head
    if pick.actor is not None or pick.relative or pick.unknown_person is not None or pick.name_span is not None \
            or head.pos_ != "NOUN" or head.left_edge.lower != WORD_THE or head.tag in TAGS_NNS_NNPS \
            or pick.lemma in words.body_nouns or pick.lemma in words.spokesperson_nouns \
            or pick.lemma in words.document_nouns or pick.lemma in words.business_nouns \
            or any(c.dep_ in ("appos", "relcl", "acl") for c in kids_of(head)):
        return False
    if _titled_person(head, pick.cue_start, words) is not None:
        return False
    person = _described_later(head, words)
    if person is None:
        return False
    pick.actor = person
    return True


def _first_title_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: "The committee chair, Labour MP X, ... 'the chair said'": a definite title is the person
    introduced with it, even before anyone has been quoted."""
    head, actors = pick.head, words.actors
    if run.person is not None or pick.relative or not is_title(head) or pick.lemma in words.body_nouns \
            or (pick.actor is not None and is_person(pick.actor, actors)
                and not _other_office(head, pick.actor, pick.cue_start, words)
                and not _name_before_title(head, pick.actor, words)):
        return False
    titled = _titled_person(head, pick.cue_start, words) or _office_holder(head, words)
    if titled is None and pick.actor is None and _party_or_former(head) and _title_state(head, words) is None:
        # Why (spknom36): "Orla X promised a fares freeze ... . The Tory leader said ...": a title that its own
        # words tie to a party or mark as a past office ("the Labour peer", "the former minister"), held by no one
        # named with it, describes the one person the sentence before made its subject, as an age or "the MP for
        # Y" does (_epithet_step); a bare "the minister" is left alone (often another minister), and so is a title a
        # state's word ties to a state ("the Russian foreign minister" after "Mr X met Mr Y": no one's description).
        titled = _described_person(head, words, subject_only=True)
    if titled is None:
        return False
    pick.actor = titled
    return True


# spknom36: modifiers that make a title describe one person's party or past ("the Tory leader", "the former minister")
_PAST_OFFICE = frozenset({"former", "outgoing", "ex", "retired"})


def _past_office(head: Token) -> bool:
    """Whether a title's own words mark a past office: "the outgoing commissioner", "the former minister"."""
    return any(c.lower_.rstrip("-") in _PAST_OFFICE for c in lefts_of(head))


def _party_or_former(head: Token) -> bool:
    """Whether a title's own words name a party or a past office: "the Tory leader", "the Labour peer", "the
    former cabinet secretary" (a party word the tagger takes for a group or an organisation, or _PAST_OFFICE)."""
    return any(c.lower_.rstrip("-") in _PAST_OFFICE or c.ent_type_ in ("NORP", "ORG") and c.dep_ in ("compound", "amod")
               for c in lefts_of(head))


def _name_before_title(head: Token, actor: str, words: _Words) -> bool:
    """Whether the person a title was tied to is only a name modifying it ("the Rovers head coach" read with a
    club the actors stage took for a person): a name before a title noun, not its possessor, names the
    body the title belongs to, not the one who holds it."""
    if not is_person(actor, words.actors):
        return False
    doc = head.doc
    for m in words.actors.within(head.left_edge.idx, head.idx):
        if m.actor != actor:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "compound" and span.root.head.i == head.i:
            return True
    return False


def _running_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why: a pronoun or a bare title ("he", "the minister") continues the running speaker; the nearest
    name is often someone only mentioned in between. A title that a person named before carries ("the
    archbishop" after "Archbishop X") is that person. (A body noun that names its body, "the Tarvel
    government", is that body, not a title; "the film, which said" names its own speaker.)"""
    head, actors, actor = pick.head, words.actors, pick.actor
    if run.person is None or pick.relative:
        return False
    if pick.name_span is not None and actor is not None:
        # Why (quotes18): "The shadow justice secretary, Priya X, called it ...": a person (or a body, "the force in
        # Lebanon, UNIFIL,") named in apposition in the speaker's own phrase is the speaker, whatever other office
        # the title was tied to before or whoever was quoted last.
        return False
    if actor is None and not pick.relative and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                                                   for c in kids_of(head)):
        # Why (quotes23): "The council leader, Amrit X, said ...": a title with a person's name in apposition is that
        # person, even one the actors stage did not take, not the person quoted last.
        return False
    pronoun = head.lower in _PRONOUNS_IDS
    # Why: "Ms X said ... . However, the minister said ... . Ms X and First Minister Y met ...": a person first named
    # after the cue cannot be who the bare title points back to, whatever the actors stage linked it to.
    # (A name in apposition before the cue, "The board's chairman, Judge X, said", names the title's person.)
    named_later = actor is not None and is_title(head) and is_person(actor, actors) \
        and not any(m.actor == actor and not m.start <= head.idx < m.end
                    for m in actors.person_mentions_between(0, pick.cue_start))
    named_later = named_later or (actor is not None and is_title(head) and is_person(actor, actors)
                                  and _other_office(head, actor, pick.cue_start, words))
    named_later = named_later or (actor is not None and is_title(head) and _name_before_title(head, actor, words))
    title = is_title(head) and (actor is None or not is_person(actor, actors) or named_later) \
        and not (actor is not None and pick.lemma in words.body_nouns)
    if not (pronoun or title):
        return False
    actor = _titled_person(head, pick.cue_start, words) if is_title(head) else None
    if actor is None and is_title(head) and not pronoun and any(
            c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in words.body_nouns for c in kids_of(head)):
        # Why (quotes20): "The ministry's legal adviser said ...": an office of a body named only by its noun, with no
        # person named with that title before, is an unnamed person speaking for that body, not the person quoted last.
        pick.actor, pick.body_name = None, words.text[head.left_edge.idx:head.idx + len(head.text)]
        return True
    owner = next((c for c in kids_of(head) if c.dep_ == "poss" and c.pos_ == "NOUN"), None) \
        if actor is None and is_title(head) and not pronoun else None
    if owner is not None:
        # Why (quotes21): "The governor's spokesman said", "The airport's operations director said": a title owned by a
        # common noun is someone of that owner's, with no person named with that title before, not the person quoted
        # last: an unnamed person, named by its own words. (Tried: a spokesperson of an office speaking for the person
        # named with that office before; "the prime minister's spokesman" then went to a minister of another office.)
        pick.actor, pick.body_name = None, words.text[head.left_edge.idx:head.idx + len(head.text)]
        return True
    if actor is None and is_title(head):
        # Why: "the chairman of the party" with no person named with that title before speaks for
        # the party, not for whoever was quoted last.
        actor = _speaks_for(head, actors) or _office_holder(head, words)
        state = _title_state(head, words) if actor is None else None
        last = actors.get(run.person)
        if state is not None and last is not None and last.country not in (None, state):
            # Why: "US President X said ... . The Kenyan president said ...": with no one named with the title
            # for that state, its unnamed office holder speaks for the state, not the running speaker of another.
            actor = state
        if actor is None and not pronoun and any(
                c.dep_ == "prep" and c.lower_ in _SPEAKS_FOR and any(
                    g.dep_ == "pobj" and (g.pos_ == "NOUN" and g.lemma_.lower() in words.body_nouns
                                          or _unknown_place(g, words)) for g in kids_of(c))
                for c in kids_of(head)):
            # Why (quotes24): "The head of the school leaders' union wrote to her warning that ...": the same office of
            # a body that no actor stands for is an unnamed person speaking for that body (named by the words of the
            # title's phrase), not the person quoted last; as "the ministry's legal adviser" is (quotes20).
            # (quotes25: so is the office of a place or see no actor stands for, "the bishop of Tarvel wrote ...".)
            of = next(c for c in kids_of(head) if c.dep_ == "prep" and c.lower_ in _SPEAKS_FOR)
            pick.actor, pick.body_name = None, words.text[head.left_edge.idx:of.right_edge.idx + len(of.right_edge.text)]
            return True
    if actor is None and not pronoun and pick.actor is not None and not is_person(pick.actor, actors) \
            and pick.lemma in words.spokesperson_nouns \
            and any(m.actor == pick.actor and m.kind != "adjective" for m in actors.within(head.left_edge.idx, head.idx)):
        # Why (quotes19): "The Foreign Office spokesperson said", "the regulator's spokesman said": a spokesperson whose
        # own phrase names a body speaks for it, not for the person quoted last.
        return False
    if actor is None and head.pos_ == "PROPN" and not pronoun and not _past_office_of_running(head, run, words):
        # (A capitalised title tied to no one, "The Minister for Housing, Declan X", names its own speaker, as it did
        # before such titles counted: the running speaker holds no office the text gave that title.)
        return False
    if actor is None and not pronoun and is_title(head) and _another_portfolio(
            head, _named_office(run.person, head, words, run), words):
        # Why (spk44): "Home Secretary X said ... . The prime minister said ...": a title naming a portfolio the
        # running speaker does not hold is someone else: the office holder the actors stage tied it to when the text
        # names that person nowhere else (the holder of the article's date), else an unnamed holder of the office.
        holder = pick.actor if pick.actor is not None and is_person(pick.actor, actors) \
            and _held_only_by_title(pick.actor, head, words) \
            and not _another_portfolio(head, _role(pick.actor, actors), words) else None
        holder = holder or _named_holder(head, run.person, words, run)
        if holder is None:
            pick.actor, pick.body_name = None, words.text[head.left_edge.idx:head.idx + len(head.text)]
            return True
        actor = holder
    if actor is None:
        actor = run.person
        # Why: a person made the subject of a sentence after that cue ("Mr Blair has been closer to
        # ... He said") is who the pronoun now points to.
        if pronoun:
            actor = _subject_since(head, run.person_at, words) or _embedded_cue_subject(head, run, words) or actor
            settled = False  # (whether a rule for one shape below, an object "her", an answer, a reply, chose)
            if actor is not None and (obj := _object_elsewhere(actor, head, words)) is not None:
                # Why (quotes20): "The presenter, X, put it to her that ... . She said ...": X is not "her", so not
                # the "she" that answers; the person "her" stood for is: the one quoted before X, else the person
                # named before it (outside quotation marks) whose gender fits, else an unknown person quoted before.
                other = run.person if run.person not in (None, actor) and run.person_at < obj else None
                other = other or _other_person(head, actor, obj, words)
                if other is not None:
                    actor, settled = other, True
                elif run.unknown is not None and run.unknown_at < obj:
                    pick.actor, pick.body_name, pick.unknown_person = None, None, run.unknown
                    return True
            elif actor == run.person and run.asked is not None and run.asked[1] == run.person_at \
                    and _fits(run.asked[0], head, words.genders) and sentence_bounds(head.doc, head.i)[0] > \
                    sentence_bounds(head.doc, head.doc.char_span(run.person_at, run.person_at + 1,
                                                                 alignment_mode="expand").root.i)[0]:
                # Why (quotes20): "Senator X asked the programme's director, Y, how many drones were in service. He
                # said 40 ...": whoever answers the question just asked is the one asked, not the asker.
                actor, settled = run.asked[0], True
            elif actor == run.person and actor is not None and _answering(head, words):
                # Why (quotes20): "'...,' Y said. Responding, she said ...": whoever responds is not Y, who was just
                # quoted, but the person named before Y (outside quotation marks) whose gender fits.
                settled = (other := _other_person(head, actor, head.idx, words)) is not None
                actor = other or actor
            if not _fits(actor, head, words.genders):
                # Why: "'...,' she said" after Mr X was quoted is not Mr X: the nearest person the
                # pronoun can stand for ("Mr X met Mrs Y. ... she said" is Mrs Y).
                actor = _pronoun_person(head, words)
            # pron55: where the actors stage's salience model ranks one person clearly first and the rules above
            # chose another, the model's person ("Ondrej Valk, the union's treasurer, rejects that ... . He pointed
            # to ...": the subject just named, not the person quoted before him; coref.rank_person_pronoun)
            # (not where a rule for one shape chose: "Hitting back, she said", "asked the director ... . He said")
            ranked = None if settled else _salient_person(head, run, words)
            if ranked is not None:
                actor = ranked
    pick.actor = actor
    return True


def _person_description(head: Token, words: _Words) -> bool:
    """Whether a speaker word is a bare definite description of one person by what they do or are, not an office:
    "the ferry owner", "the singer", "the veteran campaigner" (a singular common noun after "the", with no owner, no
    "of"/"for" phrase and no name beside it; not a body, spokesperson, document, business, share or member noun, nor
    an office title, which the title rules read: "the minister" after "X said" is as often another minister)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag in TAGS_NNS_NNPS or head.left_edge.lower != WORD_THE \
            or head.lower in _CAPITALISED_TITLES_IDS or lemma in _MEMBERS or lemma in words.body_nouns \
            or lemma in words.spokesperson_nouns or lemma in words.document_nouns or lemma in words.business_nouns \
            or lemma in words.share_nouns:
        return False
    if any(t.lower_ in words.office_modifiers or t.pos_ in ("PROPN", "NUM") for t in lefts_of(head)):
        return False
    return not any(c.dep_ in ("poss", "appos", "prep", "conj") for c in kids_of(head))


def _described_subject_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (spk56): "Halvard X has fought the harbour levy for two years. The ferry owner said ...", "Lucia X
    cancelled her tour. The singer told a newspaper ...": news copy names a person as the subject of one sentence and
    goes on with a description of what they do as the subject of the next. With no one quoted before, the title rules
    had no running speaker to give, and the description itself was printed as the speaker, a name no reader judges
    right (half B of the quote recall audit: 25 nominal speakers printed with no actor against half A's 1). It is the
    one person the sentence before names, as its subject (_described_person), when the noun's gender fits. Not where a
    person was quoted before: the running speaker's rules stand."""
    head = pick.head
    if pick.actor is not None or pick.relative or pick.unknown_person is not None or pick.body_name is not None \
            or run.person is not None or not _person_description(head, words) \
            or (run.nominals and pick.lemma in run.nominals) or _titled_person(head, pick.cue_start, words) is not None:
        return False
    person = _described_person(head, words)
    if person is None or not is_person(person, words.actors) or not _fits(person, head, words.genders, _NOUN_GENDER.get(head.lower_)):
        return False
    pick.actor = person
    return True


def _past_office_of_running(head: Token, run: _Running, words: _Words) -> bool:
    """Why (nomspk55): "Marta X says she will ... . In an interview on a radio show of Y's, Ms X recalled ... .
    But the outgoing Fisheries Minister said ...": a capitalised title with a word of a past office ("outgoing", "former":
    _PAST_OFFICE) describes a career, not an office holder speaking now; when the running speaker is the one person
    the actors stage named before it, it is that person (a name only the tagger read, a programme's "Y", does not
    make a second office holder, as it does for the bare titles of _sole_person_title_step)."""
    return run.person is not None and _past_office(head) \
        and {m.actor for m in words.actors.person_mentions_between(0, head.left_edge.idx)} == {run.person}
def _salient_person(pronoun: Token, run: _Running, words: _Words) -> str | None:
    """pron55: the person the actors stage's salience model ranks first for ``pronoun`` (coref.rank_person_pronoun)."""
    # (pronev56: once per pronoun per document, kept on the actors table and shared with the events stage)
    return coref.ranked_person(words.actors, pronoun, words.genders, lambda at: _quoted(at, words),
                               (run.person, run.person_at) if run.person is not None else None)


def _named_holder(head: Token, not_actor: str | None, words: _Words, run: _Running) -> str | None:
    """Why (spk45): "Mr Orlen was joined by Kasimir Tavet at a school ... . The prime minister said ...": a title
    naming a portfolio that the running speaker does not hold is the one other person named before it whose office
    is that title: the office the text gave them, their role on the article's date, or (an undated article) any
    office the table of office holders lists for them, whose latest office may be a later one. None when no one
    named holds it, or two do (left to the unnamed holder, as before)."""
    actors = words.actors
    if any(t.lower_ in words.office_modifiers for t in lefts_of(head)):
        return None  # ("the deputy prime minister", "the former prime minister": not the office's holder)
    persons = {m.actor for m in actors.person_mentions_between(0, head.left_edge.idx)} - {not_actor}
    fitting = [p for p in persons
               if any(_office_is_title(head, office, words)
                      for office in (_named_office(p, head, words, run), _role(p, actors), *actors.offices_held.get(p, ())))]
    return fitting[0] if len(fitting) == 1 else None


def _office_is_title(head: Token, office: str | None, words: _Words) -> bool:
    """Whether an office's words hold a title with its portfolio ("Prime Minister" for "the prime minister") or a
    synonym of it ("Premier"), and mark no past or deputy office ("former Prime Minister")."""
    if not office:
        return False
    said = [w.strip(",.").lower() for w in office.split()]
    if set(said) & words.office_modifiers:
        return False
    return _has_title(said, tuple(t for t in _title_variants(head, words) if t != (head.lower_,)))


def _role(actor: str | None, actors: ActorTable) -> str | None:
    known = actors.get(actor)
    return known.role if known is not None else None


def _named_office(person: str | None, head: Token, words: _Words, run: _Running) -> str | None:
    """The words the text named ``person`` with before ``head`` where they hold an office word ("Home Secretary X",
    "X, the health minister,"), else the title they were quoted by ("The home secretary said"), or None: the office
    the text gives, not a role the actors stage read from the office holders of another date."""
    if person is None:
        return None
    if run.offices and person in run.offices:
        return run.offices[person]
    for m in words.actors.person_mentions_between(0, head.idx):
        if m.actor != person or m.start <= head.idx < m.end:
            continue
        near = _window_words(words.text, m.start, m.end, head.doc, words.heading)
        if set(near) & words.sole_person_titles:
            return " ".join(near)
    return None


def _held_only_by_title(actor: str, head: Token, words: _Words) -> bool:
    """Whether the text names a person only by titles ending in ``head``'s word (the actors stage took "the prime
    minister" for the office holder of the article's date): no mention of them holds their name."""
    word, text = head.lower_, words.text
    return all(m.start <= head.idx < m.end or text[m.start:m.end].lower().split()[-1:] == [word]
               for m in words.actors.person_mentions_between(0, len(text)) if m.actor == actor)


# The steps that may settle a speaker, in order; the first that applies settles it.
_STEPS = (_named_member_step, _nationality_step, _body_noun_step, _spokesperson_step, _one_of_them_step, _nominal_pronoun_step,
          _same_noun_step, _owner_body_step, _epithet_step, _voice_pronoun_step, _unknown_person_step, _joined_they_step, _they_subject_step,
          _voice_they_step, _opening_pronoun_step,
          _described_later_step, _first_title_step, _sole_person_title_step, _described_subject_step, _running_step)


def _owner_pronoun_step(pick: _Pick, run: _Running, words: _Words) -> bool:
    """Why (qspan53): "Opposition leader X spoke after the vote. His reply was short: "..."": a colon lead-in whose
    words' owner speaks (finder._message_owner) gives a possessive pronoun as the speaker, which stands for the person
    it points back to as "he" would ("her" is read as "she" already)."""
    head = pick.head
    if head.lower_ != "his" or head.dep_ != "poss":
        return False
    pick.actor = _pronoun_person(head, words, "he")
    return True


_STEPS = (_owner_pronoun_step, *_STEPS)


def _carry(pick: _Pick, f: Found, run: _Running, words: _Words) -> None:
    """What the next quotes inherit from this one: the unnamed person, the person and the body quoted."""
    head, actor, actors = pick.head, pick.actor, words.actors
    if pick.unknown_person is not None:
        run.unknown, run.unknown_at, run.unknown_surname = pick.unknown_person, f.cue_start, False
        return
    pos = head.pos_  # (read once: Token.pos_ makes its enum and string on every read, ~1,300 instructions; speed29)
    # (quotes26: a first name set off by a person's description is a person even where the actors stage made a body of
    # it: "Maeve, a mother of three, said")
    described = pos == "PROPN" and not pick.relative and f.speaker_span is not None \
        and (actor is None or _kind(actor, actors) in _PLURAL_BODY_KINDS) and _described_first_name(head, words) \
        and (head.ent_type_ not in _NOT_PERSON_ENTS or any(c.dep_ == "appos" and c.lower_ in _NOUN_GENDER
                                                           for c in head.rights))
    named = words.text[f.speaker_span[0]:f.speaker_span[1]] if f.speaker_span is not None else ""
    unknown_person = described or actor is None and pos == "PROPN" and not pick.relative \
        and f.speaker_span is not None and head.ent_type_ not in _NOT_PERSON_ENTS and _full_name(named) \
        or _lower_case_name(head, actor, pick, f, words)
    # (spk40: a bare surname of a person named in full before, which the actors stage left without a person or made a
    # body of its own: "Velk said" after "State Senator Ilsa Velk" and "her father, Aron Velk")
    surname = not unknown_person and pos == "PROPN" and not pick.relative and f.speaker_span is not None \
        and head.ent_type not in _NOT_PERSON_PLACES_IDS \
        and (actor is None or _kind(actor, actors) in _PLURAL_BODY_KINDS and actors.get(actor).name == named) \
        and _surname_of_named(named, f.speaker_span[0], words, head.doc)
    bearers = _surname_bearers(named, words) if surname else set()
    if len(bearers) == 1:
        # (the one person the actors stage knows by that surname is the person quoted: a pronoun after goes on with
        # them, their actor kept)
        run.person, run.person_at = next(iter(bearers)), f.cue_start
    elif unknown_person or surname:
        # Why (quotes19): "'...,' Ana X, who has led the bank since May, said": a full name quoted that the actors stage
        # did not find is who a bare title or a pronoun after it goes on with, as when it was made a subject.
        run.unknown, run.unknown_at, run.unknown_surname = f.speaker_span, f.cue_start, surname
    if actor is None and f.speaker_span is not None and (pos == "NOUN" or is_title(head)) and not pick.relative \
            and pick.lemma not in words.body_nouns:
        span = pick.name_span or f.speaker_span
        run.nominal = (span, f.cue_start, head.tag_ in ("NNS", "NNPS"))
        if run.nominals is None:
            run.nominals = {}
        if not pick.repeats:
            run.nominals[pick.lemma] = (span, head.tag_ in ("NNS", "NNPS"), None)
    elif actor is not None and not is_person(actor, actors) and f.speaker_span is not None and pos == "NOUN" \
            and not pick.relative and not pick.repeats and pick.lemma not in words.body_nouns \
            and pick.lemma not in words.spokesperson_nouns \
            and _a_or_an(head):
        # Why (quotes18): "A senior DHS official told reporters ... . The official said ...": an unnamed person
        # introduced with a body's name is the one "the official" repeats next, speaking for that body, not an
        # unnamed official quoted before.
        if run.nominals is None:
            run.nominals = {}
        run.nominals[pick.lemma] = (f.speaker_span, head.tag_ in ("NNS", "NNPS"), actor)
        if head.tag_ == "NN":
            # ("'...,' he said" next goes on with that official, as with a spokesman: _voice_pronoun_step)
            known = actors.get(actor)
            run.voice = (actor, known.name if known else words.text[f.speaker_span[0]:f.speaker_span[1]],
                         _NOUN_GENDER.get(head.lower_), f.cue_start)
    elif actor is None and pick.name_span is not None and run.nominal is not None:
        run.nominal = (run.nominal[0], f.cue_start, run.nominal[2])
    if pos == "NOUN" and not pick.relative and not (actor is not None and is_person(actor, actors)):
        known = actors.get(actor)
        run.group = (actor, known.name if known else pick.body_name, pick.name_span or f.speaker_span, f.cue_start,
                     head.tag_ in ("NNS", "NNPS"))
    appos = None if pos == "PROPN" or pick.name_span is None \
        else head.doc.char_span(*pick.name_span, alignment_mode="expand")
    named = head if appos is None else appos.root
    if actor is not None and not pick.relative and named is not None and named.pos_ == "PROPN" \
            and (members := _joined_actors(named, actors)):
        # (spk43: speakers joined by "and": a "they" after goes on with them, _joined_they_step)
        run.joined = (members[0], f.cue_start, frozenset(members))
    elif actor is not None and head.lower_ == "they" and run.joined is not None and run.joined[0] == actor:
        run.joined = (actor, f.cue_start, run.joined[2])
    if actor is not None and is_person(actor, actors):
        run.person, run.person_at = actor, f.cue_start
        if pick.lemma in words.spokesperson_nouns:
            # Why (real10a): "A spokeswoman for Mr X insisted ... . '...,' she said": the pronoun goes on with the
            # spokeswoman, who speaks for X, not with another woman quoted before her (_voice_pronoun_step; a "he"
            # her noun does not fit still goes to the person quoted last).
            known = actors.get(actor)
            run.voice = (actor, known.name if known else words.text[f.speaker_span[0]:f.speaker_span[1]]
                         if f.speaker_span else head.text, _NOUN_GENDER.get(head.lower_), f.cue_start)
        elif run.voice is not None and run.voice[0] == actor:
            # (and "'...,' she said. '...'" goes on with her: a quote her voice spoke keeps it for the next)
            run.voice = (*run.voice[:3], f.cue_start)
    elif head.lower not in _BODY_PRONOUNS_IDS and (actor is not None or pos == "PROPN" and not described or (
            pos == "NOUN" and head.lemma_.lower() in words.body_nouns)):
        # (quotes26: a first name set off as a person, "Rosalind, a nurse, said", is no body that "the agency" after it
        # could point back to)
        # (An unresolved "the ministry said" is still the body a spokesman after it speaks for.)
        known = actors.get(actor)
        at = pick.name_span or f.speaker_span
        run.body = (actor, known.name if known else pick.body_name
                    or (words.text[at[0]:at[1]] if at else head.text))
        if known is not None and known.kind in ("state", "igo") and at and (seat := _body_of(known, at, words)):
            # (spk53: "The government has written to X. ... , it said": the "it" is printed by the words that named the
            # state's body, "government", as the quote before it was, not by the state's name)
            run.body = (actor, seat)
        if actor is not None and pick.lemma in words.spokesperson_nouns:
            run.voice = (actor, run.body[1], _NOUN_GENDER.get(head.lower_), f.cue_start)


# Entity types that name no person (a name the tagger read as any other kind may still be one: "WORK_OF_ART").
_NOT_PERSON_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "DATE"})
# The entity types that a person's bare surname is never tagged as (the tagger reads many as "ORG": spk40).
_NOT_PERSON_PLACES = frozenset({"GPE", "NORP", "LOC", "FAC", "DATE"})


def _described_first_name(head: Token, words: _Words) -> bool:
    """Whether a single name is set off by an apposition that introduces a person ("Rosalind, a nurse from Dunmere,
    said ...", "Tomasz, a dairy farmer, said ..."): a member of the public whom the story names by first name only.
    Why (quotes26): vox-pop copy then goes on with "she said", "he added", which points to that person, not to anyone
    quoted before (the actors stage makes no actor of a first name)."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in words.body_nouns
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.lefts) for c in head.rights)


def _surname_bearers(name: str, words: _Words) -> set[str]:
    """The persons the actors stage knows by a full name whose last word is ``name`` ("State Senator Ilsa Velk")."""
    return {a.id for a in words.actors.actors if a.kind == "person" and len(parts := a.name.split()) >= 2
            and parts[-1] == name}


def _surname_of_named(name: str, at: int, words: _Words, doc: Doc) -> bool:
    """Whether a one-word speaker ("Velk said") is the last word of a full name of a person: one the actors stage knows
    (_surname_bearers) or one the tagger reads as a person's before it. Why (spk40): where the actors stage leaves such
    a surname without an actor (two persons of the story share it: two siblings), it is still a person, whom a "she
    said" right after goes on with, not the last person the actors stage knows."""
    if not (name[:1].isupper() and name.replace("-", "").replace("'", "").replace("’", "").isalpha()):
        return False
    return bool(_surname_bearers(name, words)) or any(
        e.label_ == "PERSON" and e.end_char <= at and len(e) >= 2 and e[-1].text == name for e in doc.ents)


def _lower_case_name(head: Token, actor: str | None, pick: _Pick, f: Found, words: _Words) -> bool:
    """Whether the speaker is a person's name that wire copy set in lower case ("president ruben ostakal said", then
    "ostakal said"): the tagger reads it as a proper name though no capital marks it, and the actors stage, which wants
    capitals, makes no actor of it. Why (spk51): a "he said" after it goes on with that person, not with no one (nor
    with a body the actors stage made of the same name when the copy capitalised it at a sentence start)."""
    if actor is not None or head.pos_ != "PROPN" or pick.relative or f.speaker_span is None \
            or head.ent_type_ in _NOT_PERSON_ENTS:
        return False
    name = [t for t in lefts_of(head) if t.dep_ == "compound"] + [head]
    return head.text.isalpha() and all(t.text.islower() and t.text.isalpha() for t in name) \
        and head.lemma_.lower() not in words.body_nouns and head.lower_ not in _PRONOUNS


def _full_name(name: str) -> bool:
    """Two or three capitalised words, nothing else: "Ana Rell", "Akosua Mensimah-Boateng"."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p.replace("-", "").replace("'", "").isalpha()
                                        for p in parts)


def _nationality_noun(head: Token, actors: ActorTable) -> bool:
    """ "the Spaniard", "the Briton": a state's adjective standing alone as the subject, with "the"
    (singular: "the Israelis said" is the state's side, not one person; so are "the French", "the
    British", "the Chinese", "the Swiss": English nationality words in -sh, -ch, -ese, -ss name a people)."""
    if head.tag not in TAGS_NN_NNP or head.lower_.endswith(("s", "sh", "ch", "ese")) or head.i == 0 or head.doc[head.i - 1].lower != WORD_THE or head.left_edge.i != head.i - 1:
        return False
    return any(m.kind == "adjective" and m.start == head.idx
               for m in actors.within(head.idx, head.idx + len(head.text)))


def _a_or_an(head: Token) -> bool:
    """Whether the speaker's noun has the indefinite article: "a spokesman", "an official"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts_of(head))


def _indefinite(head: Token) -> bool:
    """ "a spokesman", "spokesmen": no definite article, no possessive, no name of its own."""
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in lefts_of(head)) \
        and not any(c.dep_ in ("appos", "compound") or c.pos_ == "PROPN" for c in kids_of(head))


def _body_named(head: Token, before: int, actors: ActorTable, text: str,
                persons: bool = True) -> tuple[str | None, str] | None:
    """The non-person actor last named before ``before`` with the speaker's noun in or just before its
    name ("the newspaper X" for "the paper", "the Foreign Ministry" for "the ministry"), or None. Without
    ``persons`` no person counts: "a letter to the minister" names whom the letter was sent to, not who wrote it."""
    word = head.lower_
    stem = head.lemma_.lower()
    lo = max(0, before - _BODY_LOOKBACK)
    for m in reversed(actors.within(lo, before)):
        if m.kind == "adjective" or m.start >= head.idx:
            continue
        known = actors.get(m.actor)
        if known is not None and known.kind == "person" and (not persons or not text[max(0, m.start - 16):m.start].strip()
                                                             or not _body_word_names(head, text[max(0, m.start - 16):m.start], m)):
            continue
        # (quotes21: the words right before a name end at a line break: "..., says watchdog" closing the headline is
        # no part of the name that opens the next paragraph, "Water companies in England lost ...".)
        lead = text[max(0, m.start - 16):m.start].rsplit("\n", 1)[-1]
        around = (lead + text[m.start:m.end]).lower()
        # (The word in the name, or right before it, "the newspaper X"; not a name after it and a preposition:
        # "the Chinese Embassy in Nepal" does not make Nepal the embassy.)
        if (stem in around or word in around) and _WORD_BEFORE_NAME.search(lead) is None:
            return m.actor, known.name if known else text[m.start:m.end]
    return None


def _body_word_names(head: Token, lead: str, m: Mention) -> bool:
    """Whether a name the actors stage made a person may be the body a body noun speaks for: the noun is the last word
    before it ("the newspaper Kurjer"), or the name is set off by a comma as the apposition of that noun itself ("the
    company, Salmones X,": a body's name the tagger read as a person's).

    Why (spk56): "A senior official at the transport ministry, Sigrun X, said ... . The ministry said ...": a person
    set off by a comma as the apposition of another noun ("official"), or named after an office word ("Ministry
    spokesman Lin X"), works for the body; the body speaks in its own name (half B of the quote recall audit had 7
    "person for the body" against half A's 1). The body named with that word is found after (``_body_by_table_name``)."""
    words = _WORD.findall(lead.rsplit("\n", 1)[-1].lower())
    stem = head.lemma_.lower()
    if not words or words[-1] not in (head.lower_, stem) and words[-1].rstrip("s") != stem:
        return False
    tail = lead.rstrip()[-1:]
    if tail not in ",;:()-\u2013\u2014":
        return True
    name = head.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = name.root if name is not None and len(name) else None
    return tail == "," and root is not None and root.dep_ == "appos" and root.head.lemma_.lower() == stem


# A preposition or a verb between a body noun and a name after it: the name is not the body's ("Embassy in Nepal").
_WORD_BEFORE_NAME = re.compile(r"\b(?:in|of|at|to|for|from|with|on|by|and|said|says|told)\s+(?:the\s+)?$", re.I)


# Possessive pronouns of a person and the personal pronoun whose gender each tells.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def _owner_of(head: Token, words: _Words) -> tuple[str | None, str] | None:
    """The person a body noun belongs to by a possessive pronoun: "His office said ..." after "Minister
    Lucan X posted ..." is X's office, speaking for X, not the body quoted before; None otherwise."""
    poss = next((c for c in kids_of(head) if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS), None)
    if poss is None:
        return None
    person = _pronoun_person(poss, words, _POSSESSIVE_PRONOUNS[poss.lower_])
    if person is None:
        return None
    known = words.actors.get(person)
    return person, known.name if known else words.text[head.left_edge.idx:head.idx + len(head.text)]


def _body_subject_before(head: Token, actors: ActorTable, text: str) -> tuple[str | None, str] | None:
    """The body (an actor that is not a person) that is the main subject of the sentence before the
    speaker's, as "the harbour board" in "The harbour board stood by its fees. A spokeswoman said ..."; or None."""
    doc = head.doc
    if (bounds := _sentence_before(head)) is None:
        return None
    before = doc[bounds[0]:bounds[1]]
    for m in reversed(actors.within(before.start_char, before.end_char)):
        if m.kind == "adjective" or is_person(m.actor, actors):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _main_subject(span.root):
            return _named_as(m, actors, text)
    return None


def _it_antecedent(head: Token, actors: ActorTable, text: str, words: _Words) -> tuple[str | None, str] | None:
    """The body (an actor that is not a person) that the actors stage's coreference ties a speaker "it" to
    (``ActorTable.references``, coref.yaml; none for a dummy "it", "it became clear that"), when that body is named in
    the speaker's own sentence before the pronoun (the subject of a clause above it), or is the main subject of the
    sentence before named by a proper name ("Varnel, which owns the port, has asked for a review ... . It has also demanded ...");
    None otherwise, and when the speaker's own sentence names another body before the pronoun that the coreference
    did not take ("though the Tarvel agency has said ..., it has also acknowledged ...": it does not reach a clause
    below; the rule for the body quoted last keeps the agency).

    (spk37, tried: any body the coreference ties in the sentence before. Over 477 pool articles 5 of 7 changes were
    right: "..., says the committee, the government may need to ... . It is also calling on ..." went to the state,
    "The Tarvel announcement came after ... . It has said ..." to Tarvel: a description or a word inside the subject
    phrase is no proper-name subject.)"""
    ref = next((r for r in actors.references if r.kind == "pronoun" and r.start == head.idx), None)
    if ref is None:
        return _unknown_main_subject(head, actors, text, words)
    if is_person(ref.actor, actors):
        return None
    doc = head.doc
    first = doc[sentence_bounds(doc, head.i)[0]].idx
    own = [m for m in actors.within(first, head.idx) if m.kind != "adjective"]
    if any(m.actor == ref.actor for m in own):
        return _named_as(ref, actors, text)
    if any(not is_person(m.actor, actors) for m in own) or (before := _sentence_before(head)) is None:
        return None
    for m in actors.within(doc[before[0]].idx, first):
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.actor == ref.actor else None
        if span is not None and span.root.pos_ == "PROPN" and _main_subject(span.root):
            return _named_as(ref, actors, text)
    return None


def _unknown_main_subject(head: Token, actors: ActorTable, text: str, words: _Words) -> tuple[None, str] | None:
    """(None, the name) of the main subject of the speaker's own sentence when the speaker's "it" is the subject of a
    clause joined to the main verb (an adverbial or a coordinated clause: "Tarrant Telecom will appeal, although it
    insists ...") and that subject is a name no actor stands for that the parser did not read as a person, a place or
    a people; None otherwise. (The coreference ties only actors; a company the actors stage missed is still the "it".)"""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ not in ("advcl", "conj") or verb.head.dep_ != "ROOT" \
            or verb.lemma_.lower() in words.expletive_it_verbs:
        return None
    subj = next((c for c in kids_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.i >= head.i or subj.pos_ != "PROPN" or subj.ent_type_ in ("PERSON", "GPE", "NORP") \
            or actors.within(subj.left_edge.idx, subj.idx + len(subj.text)):
        return None
    name = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
    return None, text[name[0].idx:subj.idx + len(subj.text)]


def _body_quoted_before(head: Token, run: _Running, words: _Words) -> tuple[str | None, str] | None:
    """The body that spoke in the sentence just before the speaker's, as its quote resolved it (actor or name), when
    no actor is known for it and it is no person; None otherwise.

    Why (quotes22): "KINSHASA, May 2 (Reuters) - Tarvel Mining said it had halted exports. ... , the company said":
    the parser may make the dateline's city the subject of that sentence, but the quote before already found who
    spoke there (after the dateline); "the company" points back to that speaker, not to the city."""
    if not run.named_in:
        return None
    doc = head.doc
    if (bounds := _sentence_before(head)) is None:
        return None
    first, end = bounds
    name = run.named_in.get(first)
    if not name or any(t.ent_type_ in ("PERSON", "GPE") and t.text in name for t in doc[first:end]) \
            or not any(t.pos_ == "PROPN" and t.text in name for t in doc[first:end]):
        return None  # (a person the actors stage did not know, a place, or a common noun: no body's name)
    return None, name


def _unknown_name_subject_before(head: Token, actors: ActorTable, text: str) -> tuple[None, str] | None:
    """The name that is the main subject of the sentence before the speaker's when the actors stage took no actor
    there and the parser did not read it as a person, a place or a people ("Harborline Ferries disputed the
    findings. The company said ..."): (None, that name); else None.

    Why (quotes18): a company or a body the actors stage does not know is still the one "the company" points back
    to, not the body quoted last. (Tried: any body subject of the sentence before, before the body quoted last; on
    the quote recall audit's half B it turned two unresolved speakers into wrong bodies, so only unknown names.)"""
    doc = head.doc
    if (bounds := _sentence_before(head)) is None:
        return None
    before = doc[bounds[0]:bounds[1]]
    subj = next((c for c in kids_of(before.root) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ in ("PERSON", "GPE", "NORP") \
            or actors.within(subj.left_edge.idx, subj.idx + len(subj.text)) or _dateline_word(subj):
        return None
    name = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
    return None, text[name[0].idx:subj.idx + len(subj.text)]


def _dateline_word(t: Token) -> bool:
    """Whether a name is a dateline's city the parser took for a subject: in capitals and followed by "(" or ","
    ("TOKYO (Kyodo) -- Torisei Brewing will ...", "OSLO, May 2 (Reuters) -"), not a company in capitals ("IBM cut").
    (spk39: "the brewer said" took "TOKYO" for the company.)"""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.text.isupper() and len(t.text) > 1 and nxt is not None and nxt.text in ("(", ",")


def _per_attribution(rule: Callable[[Token, int, _Words], str | None]) -> Callable[[Token, int, _Words], str | None]:
    """speed56: ``rule(head, before, words)`` remembered by (head, before) for the one ``words`` of the document
    being attributed (a step after another asks it the same of the same speaker: "the minister said" is asked by
    up to five steps); the rule reads only ``words``, which no step changes (speed only: the same answers)."""
    memo = LastDoc()

    @wraps(rule)
    def remembered(head: Token, before: int, words: _Words) -> str | None:
        known = memo.known if memo.doc is words else memo.of(words)
        key = (head.i, before)
        if key not in known:
            known[key] = rule(head, before, words)
        return known[key]

    return remembered


@_per_attribution
def _titled_person(head: Token, before: int, words: _Words) -> str | None:
    """The person last named before ``before`` whose name or role carries the title word ("the
    archbishop" after "Archbishop Desmond X"), or None. A word that makes the title another office
    ("shadow", "former", "deputy": cues.yaml office_modifiers) must be the same on both sides: "the
    chancellor" is not "Shadow Chancellor X", "the deputy leader" is not "Leader X"."""
    actors, text = words.actors, words.text
    titles = _title_variants(head, words)
    modifiers = words.office_modifiers
    wanted = frozenset(t.lower_ for t in lefts_of(head) if t.lower_ in modifiers)
    state = _title_state(head, words)
    # Why (quotes19): "the Karnataka Minister" after "Karnataka's minister X ... Tamil Nadu's minister Y": the place or
    # body a capitalised title names in its own words is in the phrase its person was named with (only capitalised
    # titles: "the Labour leader" kept from everyone not named with "Labour" cost real-news dev a quote, quotes18).
    quals = {t.lower_ for t in head.doc[head.left_edge.i:head.i]
             if head.pos_ == "PROPN" and t.pos_ == "PROPN" and t.lower_ not in modifiers
             and t.lower_ not in _OFFICE_WORDS and t.ent_type_ not in ("NORP",)} - {"the"}
    for m in reversed(actors.person_mentions_between(max(0, before - _BODY_LOOKBACK), head.idx)):
        if m.start <= head.idx < m.end:
            continue  # (the title itself, linked to a person by the actors stage, names no one before it)
        if head.dep_ != "appos" and text[m.end:head.left_edge.idx].strip() == "," \
                and not head.left_edge.idx <= m.start < head.right_edge.idx + len(head.right_edge.text):
            # Why (nomspk55): "The visas were revoked after a complaint by Stavros X, the reporters' lawyer said": a
            # name that ends the reported clause, with the cue's own subject right after its comma, is not described
            # by that subject (the name is no part of the subject's phrase, as in "Stavros X, their lawyer, said").
            continue
        if quals and not quals & {w.removesuffix("'s").removesuffix("’s")
                                  for w in _window_words(text, m.start, m.end, head.doc, words.heading)}:
            continue
        known = actors.get(m.actor)
        if state is not None and known is not None and known.country not in (None, state):
            # Why: "US President X said ... . The Kenyan president said ...": a title naming its state is
            # not the office holder of another state, however recently named.
            continue
        role = (known.role or "").lower() if known else ""
        # (Punctuation stripped: "The committee chair, Labour MP X" carries "chair". Only words of the name's own
        # sentence: "..., the official said. Kjolmo said ..." does not make Kjolmo the official.)
        near = _window_words(text, m.start, m.end, head.doc, words.heading)
        # (The words the text names the person with come before the role the actors stage gave: its role
        # for "Shadow Chancellor X" may have lost the "shadow".)
        if _same_office(near if _has_title(near, titles) else role.split(), titles, wanted, modifiers) \
                and not _another_portfolio(head, " ".join(near) if _has_title(near, titles) else role, words):
            return m.actor
    return _body_head(head, before, words)


def _office_holder(head: Token, words: _Words) -> str | None:
    """The one person of the article whose role is the title itself, modifiers and all ("the prime minister":
    the person the actors stage gave the role "Prime Minister", from the text or from the office holders of
    the article's date), of the state the title names; None when it names none, or no one or more than one person has that role.

    Why: "The Kenyan president said ..." in a story that names the office holder only later, or only by name
    ("Mr X"), is that office holder, not the person quoted last."""
    state = _title_state(head, words)
    if state is None:
        # (a bare "the prime minister" may be any state's, and a role read from the table without the article's
        # date may be the wrong one: only a title naming its state is looked up)
        return None
    titles = _title_variants(head, words)
    wanted = frozenset(t.lower_ for t in lefts_of(head) if t.lower_ in words.office_modifiers)
    found = set()
    for actor in words.actors.actors:
        if actor.kind != "person" or not actor.role or (state is not None and actor.country != state):
            continue
        role = [w.strip(",.") for w in actor.role.lower().split()]
        bare = tuple(w for w in role if w not in words.office_modifiers)
        if frozenset(role) & words.office_modifiers == wanted and any(bare == t for t in titles):
            found.add(actor.id)
    return next(iter(found)) if len(found) == 1 else None


def _title_variants(head: Token, words: _Words) -> tuple[tuple[str, ...], ...]:
    """The titles a title noun may have been given before: its own word, and every title of a group in
    cues.yaml ``title_synonyms`` holding it or the phrase it ends ("the top diplomat": "foreign minister", ...)."""
    own = (head.lower_,)
    phrases = {own}
    k = head.i
    for _ in range(2):
        if k == 0 or head.doc[k - 1].dep not in DEPS_COMPOUND_AMOD or head.doc[k - 1].head.i != head.i:
            break
        k -= 1
        phrases.add(tuple(t.lower_ for t in head.doc[k:head.i + 1]))
    out = [own]
    for group in words.title_synonyms:
        if phrases & set(group):
            out.extend(t for t in group if t not in out)
    return tuple(out)


def _portfolio_of(head: Token, words: _Words) -> frozenset[str]:
    """The portfolio words (cues.yaml portfolio_words) among the two words right before a title noun that modify it:
    "foreign" in "the Velmoran foreign minister", "prime" in "the prime minister"."""
    found: set[str] = set()
    k = head.i
    for _ in range(2):
        if k == 0 or head.doc[k - 1].dep not in DEPS_COMPOUND_AMOD or head.doc[k - 1].head.i != head.i:
            break
        k -= 1
        if head.doc[k].lower_ in words.portfolio_words:
            found.add(head.doc[k].lower_)
    return frozenset(found)


def _another_portfolio(head: Token, role: str | None, words: _Words) -> bool:
    """Whether ``role`` (a person's known office, or the words a person was named with) is another office than a
    definite title that names its portfolio: "Health Minister" for "the foreign minister", "Home Secretary" or
    "Chancellor" for "the prime minister". False when the title names no portfolio, the role is empty, the role
    holds the title with the same portfolio words or one of its synonyms (cues.yaml title_synonyms), or holds the
    title's word bare ("Minister X": any portfolio).

    Why (spk44): agency copy names two office holders of one government in a story ("Health Minister X said ... .
    Velmora's foreign minister, Y, arrived ... . The foreign minister said ..."); the title rules tied the title to
    whoever carried its last word or was quoted last."""
    wanted = _portfolio_of(head, words)
    if not wanted or not role:
        return False
    said = [w.strip(",.").lower() for w in role.split()]
    if _has_title(said, tuple(t for t in _title_variants(head, words) if len(t) > 1)):
        return False
    own = [k for k, w in enumerate(said) if w == head.lower_]
    if any(wanted <= set(said[max(0, k - 2):k]) for k in own):
        return False
    if own:
        return all(set(said[max(0, k - 2):k]) & words.portfolio_words for k in own)
    return bool(set(said) & words.sole_person_titles)


def _has_title(near: list[str], titles: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(near[k:k + len(t)]) == t for t in titles for k in range(len(near)))


def _title_state(head: Token, words: _Words) -> str | None:
    """The state a title's own words name ("the Kenyan president", "Kenya's foreign minister"), or None."""
    actors = words.actors
    for t in lefts_of(head):
        if t.dep not in DEPS_AMOD_COMPOUND_POSS_NMOD:
            continue
        for m in actors.within(t.left_edge.idx, t.idx + len(t.text)):
            known = actors.get(m.actor)
            if known is not None and known.kind == "state":
                return known.id
    return None


def _body_head(head: Token, before: int, words: _Words) -> str | None:
    """The person last named before ``before`` as someone in the body a leading title names by its noun:
    "the union leader" after "X, general secretary of the Transport Union,", "the Bundesbank chief" after
    "Bundesbank president X" (cues.yaml body_head_nouns);
    None when the title is no such word, names no body, or no person was named with that body's noun.

    Why: the title that ties back to a person need not be the office the person was named with; a body's
    leader is named by its own office ("general secretary", "convener") and later called "the union leader"."""
    if head.lower_ not in words.body_head_nouns:
        return None
    keys = {c.lower_ for c in lefts_of(head) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")}
    if not keys:
        return None
    for m in reversed(words.actors.person_mentions_between(max(0, before - _BODY_LOOKBACK), head.idx)):
        if not m.start <= head.idx < m.end and keys & set(_window_words(words.text, m.start, m.end, head.doc, words.heading)):
            return m.actor
    return None


def _heading_clause(text: str, end: int, heading: dict[str, str]) -> list[str]:
    """The words of a "who heads the X ministry" clause right after a name, with the title the body gives its
    head ("minister"; cues.yaml heading_titles) and "head"; [] when there is none.

    Why: "X, who heads the foreign ministry," is "the minister" and "the head of the ministry" later."""
    found = _HEADING.match(text, end)
    if found is None:
        return []
    body = found.group(2).lower().split()
    title = heading.get(body[-1].strip(",.;:'\"")) if body else None
    if title is None:
        return []
    return [*body[:-1], title, "head"]


# ", who heads the Kenyan foreign ministry,": a relative clause saying whom a name leads.
_HEADING = re.compile(r",\s+who\s+(heads|leads|runs|chairs)\s+the\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)(?=,|\.\s|;|\s)")


def _window_words(text: str, start: int, end: int, doc: Doc | None = None,
                  heading: dict[str, str] | None = None) -> list[str]:
    """The words of a name's own sentence up to its end, at most 40 characters before it, and a short
    apposition right after it, lower case and stripped of punctuation: where the title a name is given is
    read ("Shadow Chancellor X", "X, the shadow chancellor,"). With the parse, only the words of the name's
    own phrase before it: its pre-title ("Kenyan Foreign Minister X"), or the noun it is in apposition to ("the
    committee chair, Labour MP X").

    Why: "Foreign Minister Y met opposition leader X" does not make X a minister, nor "Dunmore Rovers boss X"
    make the club (a name before the title) a boss."""
    lo = max(0, start - 40)
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        root = span.root
        base = root.head if root.dep == DEP_APPOS and root.head.i < span.start else root
        left = min(base.left_edge.idx, span.start_char)
        lo = max(lo, left) if left < start else start
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    after = _APPOSITION.match(text, end)
    return [w.strip(",.;:()'\"") for w in (text[ends[-1].end() if ends else lo:end]
                                             + (" " + after.group(1) if after else "")).lower().split()] \
        + (_heading_clause(text, end, heading) if heading else [])


def _other_office(head: Token, actor: str, before: int, words: _Words) -> bool:
    """Whether the person the actors stage tied a bare title to was named with that title only as another
    office ("Shadow Chancellor X" for "the chancellor"): then the title is not theirs.

    Why: the actors stage may drop the "shadow" from a role and tie "the chancellor" to the shadow."""
    word, modifiers = head.lower_, words.office_modifiers
    wanted = frozenset(t.lower_ for t in lefts_of(head) if t.lower_ in modifiers)
    titles = ((word,),)
    other = False
    for m in words.actors.person_mentions_between(max(0, before - _BODY_LOOKBACK), head.idx):
        if m.actor != actor or m.start <= head.idx < m.end:
            continue
        near = _window_words(words.text, m.start, m.end, head.doc, words.heading)
        if word in near:
            if _same_office(near, titles, wanted, modifiers):
                return False
            other = True
    return other


def _same_office(words: list[str], titles: tuple[tuple[str, ...], ...], wanted: frozenset[str],
                 modifiers: frozenset[str]) -> bool:
    """Whether one of ``titles`` stands in ``words`` with the same office modifiers in the two words before it
    as ``wanted`` ("shadow chancellor" for "the shadow chancellor", a bare "chancellor" for "the chancellor")."""
    return any(tuple(words[k:k + len(t)]) == t
               and frozenset(v for v in words[max(0, k - 2):k] if v in modifiers) == wanted
               for t in titles for k in range(len(words)))


def _subject_since(pronoun: Token, since: int, words: _Words) -> str | None:
    """The person last named as the subject of a main clause after ``since``, in the pronoun's sentence or
    the two before it or earlier in the pronoun's paragraph, whose known gender does not clash with the
    pronoun; None when there is none. In the pronoun's own sentence, the subject of a clause its verb opens
    with counts too ("When X arrived, she said ...").

    Why (the paragraph): "X flew to Kampala. The trip ... . Talks ... . She said ...": a paragraph keeps its
    subject; a quote of another person before the paragraph does not take its pronoun."""
    doc = pronoun.doc
    own = sentence_bounds(doc, pronoun.i)[0]  # (pronoun.sent.start, from the doc's array: speed only)
    k = sentences_back(doc, pronoun.i, 2)
    firsts = token_table(doc).idx  # (the sentences' starts from the doc's offset column, no tokens: speed only)
    lo = firsts[k]
    paragraph = words.text.rfind("\n", 0, pronoun.idx) + 1
    while k > 0 and paragraph < lo:
        k = sentence_bounds(doc, k - 1)[0]
        if firsts[k] < paragraph:
            break
        lo = firsts[k]
    named = None
    later_name = None  # the last name made the subject of any clause, passed over below
    for m in reversed(words.actors.person_mentions_between(max(since, lo), pronoun.idx)):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not _fits(m.actor, pronoun, words.genders) or _quoted(m.start, words):
            # (quotes20: "'Mr X told me the money was there.' He branded ...": a person named inside a quotation is
            # talked about by its speaker; the pronoun after it is that speaker's, not the person named.)
            continue
        root = span.root
        if _main_subject(root) or (span.start >= own and root.dep_ in ("nsubj", "nsubjpass")
                                   and root.head.dep_ == "advcl" and root.head.head.i == pronoun.head.i):
            named = m
            # appos38: a bare title tied to its holder ("The Lithuanian minister disputed it, but X stood firm. He
            # said"), now that an apposition gives the holder the office, is a mention of them; as for the title
            # below, a name made the subject of a clause after it is the pronoun's.
            if m.kind != "name" and later_name is not None:
                named = later_name
            break
        if later_name is None and m.kind == "name" and root.dep_ in ("nsubj", "nsubjpass"):
            later_name = m
    # Why (quotes19): "The Lithuanian minister disputed that account. He said ...": a bare title made the main subject
    # after the last cue, and later than any name made one, is the person it ties back to (named before with that
    # title), not the person quoted last.
    # (Not when a name is the subject of any clause after it: "The minister disputed it, but X stood firm. He said")
    lo = max(since, lo, named.end if named is not None else 0)
    subjects = [m.start for m in words.actors.person_mentions_between(lo, pronoun.idx)
                if (sp := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                and sp.root.dep in DEPS_NSUBJ_NSUBJPASS]
    # (each word's start and label from the doc's table, a token object only for a subject after ``lo``: speed only)
    table = token_table(doc)
    firsts, labels = table.idx, table.dep_id
    for i in range(pronoun.i - 1, k - 1, -1):
        if firsts[i] < lo:
            break  # (the words before are earlier still)
        if labels[i] not in _SUBJECT_LABEL_IDS:
            continue
        t = doc[i]
        if is_title(t) and t.head.dep == DEP_ROOT and not _quoted(t.idx, words) \
                and t.head.i != pronoun.head.i and not any(c.dep_ == "appos" for c in kids_of(t)) \
                and not any(start > t.idx for start in subjects):
            if _office_of_place(t, words) is not None:
                # Why (quotes25): "The bishop of Tarvel wrote to the leaders. He said ...": an office of a place no
                # actor stands for, made the subject after any name, is held by no one named before: no person is
                # the pronoun's; _unknown_subject_since gives that unnamed person.
                return None
            person = _titled_person(t, t.idx, words)
            if person is not None and is_person(person, words.actors) and _fits(person, pronoun, words.genders):
                return person
    return named.actor if named is not None else None


def _embedded_cue_subject(pronoun: Token, run: _Running, words: _Words) -> str | None:
    """The person who is the main subject of the sentence before the pronoun's when the person last quoted was
    quoted there only inside it ("X rejected a claim by Y that ...", "X met Y, who said ..."): a pronoun in
    the next sentence goes on with X, the sentence's subject; None otherwise (or when X's gender clashes).

    Why: a report embedded in another person's sentence does not make its speaker the one the story
    follows."""
    doc = pronoun.doc
    cue = doc.char_span(run.person_at, run.person_at + 1, alignment_mode="expand")
    if cue is None or run.person is None:
        return None
    tok = cue.root
    first, end = sentence_bounds(doc, tok.i)
    own = sentence_bounds(doc, pronoun.i)[0]
    if own != end or tok.dep == DEP_ROOT or not any(t.dep in DEPS_RELCL_ACL_POBJ_DOBJ for t in (tok, *tok.ancestors)):
        return None
    root = doc[first].sent.root
    subj = next((c for c in kids_of(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i:
        return None
    actor = words.actors.resolve(subj.left_edge.idx, subj.idx + len(subj.text))
    if actor is None or actor == run.person or not is_person(actor, words.actors) \
            or not _fits(actor, pronoun, words.genders):
        return None
    return actor


def _fits(actor: str | None, pronoun: Token, genders: dict[str, str], word: str | None = None) -> bool:
    """Whether a person's gender, as the article tells it, does not clash with the pronoun's."""
    want = coref.PRONOUN_GENDER.get(word or pronoun.lower_)
    return actor is None or want is None or genders.get(actor, want) == want


def _pronoun_person(pronoun: Token, words: _Words, word: str | None = None) -> str | None:
    """The person a pronoun stands for: the one the coreference tied it to, else the person last named
    before it whose gender, as the article tells it, does not clash; never one whose gender clashes."""
    actors, genders = words.actors, words.genders
    person = actors.resolve_pronoun(pronoun.idx, word or pronoun.lower_)
    if _fits(person, pronoun, genders, word):
        return person
    for m in reversed(actors.person_mentions_between(0, pronoun.idx)):
        if _fits(m.actor, pronoun, genders, word) and not _quoted(m.start, words):
            return m.actor
    return None


# Cue verbs of a question put to someone ("asked the director how many ...").
_ASKING = frozenset({"ask", "question", "press"})


def _asked(f: Found, actor: str | None, words: _Words) -> tuple[str, int] | None:
    """(the person asked, the cue's offset) when the quote is a question its speaker put to a named person: the object
    of "asked" (or the name in apposition to it) is a person other than the speaker; None otherwise."""
    if f.cue_i < 0 or f.speaker is None or actor is None:
        return None
    cue = f.speaker.doc[f.cue_i]
    if cue.lemma_.lower() not in _ASKING:
        return None
    obj = next((c for c in kids_of(cue) if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return None
    names = [obj, *(c for c in kids_of(obj) if c.dep_ == "appos")]
    for n in reversed(names):
        person = words.actors.resolve(n.left_edge.idx, n.right_edge.idx + len(n.right_edge.text))
        if person is not None and person != actor and is_person(person, words.actors):
            return person, f.cue_start
    return None


def _quoted(at: int, words: _Words) -> bool:
    """Whether a character lies between quotation marks (quotes20)."""
    k = bisect.bisect_right(words.quoted, (at, len(words.text) + 1)) - 1
    return k >= 0 and words.quoted[k][0] <= at < words.quoted[k][1]


# The object form of each subject pronoun ("she" -> "her").
_OBJECT_FORMS = {"she": "her", "he": "him"}


def _answering(pronoun: Token, words: _Words) -> bool:
    """Whether the pronoun's sentence opens with a reply word ("Responding, she said"; cues.yaml response_openers)
    before any person is named in it."""
    doc = pronoun.doc
    first = sentence_bounds(doc, pronoun.i)[0]
    lead = [t.lower_ for t in doc[first:min(first + 2, pronoun.i)]]
    if not lead or not (lead[0] in words.response_openers or " ".join(lead) in words.response_openers):
        return False
    return not words.actors.person_mentions_between(token_table(doc).idx[first], pronoun.idx)  # (column: speed only)


def _other_person(pronoun: Token, not_actor: str, before: int, words: _Words) -> str | None:
    """The person last named before ``before`` who is not ``not_actor``, is named outside quotation marks and whose
    gender, as the article tells it, fits the pronoun; None when there is none."""
    for m in reversed(words.actors.person_mentions_between(0, before)):
        if m.actor != not_actor and m.kind != "pronoun" and is_person(m.actor, words.actors) \
                and not _quoted(m.start, words) and _fits(m.actor, pronoun, words.genders):
            return m.actor
    return None


def _object_elsewhere(actor: str, pronoun: Token, words: _Words) -> int | None:
    """Where the object pronoun lies when ``actor``, of unknown gender, was last named as the subject of a verb whose
    object is the pronoun's object form ("The presenter, X, put it to her that ... . She said"): that "her" is not X,
    and the "she" after it is whoever that "her" was; None when the clause has no such object."""
    want = _OBJECT_FORMS.get(pronoun.lower_)
    if want is None or words.genders.get(actor) is not None:
        return None
    doc = pronoun.doc
    mentions = [m for m in words.actors.person_mentions_between(0, pronoun.idx)
                if m.actor == actor and m.kind != "pronoun" and not _quoted(m.start, words)]
    if not mentions:
        return None
    span = doc.char_span(mentions[-1].start, mentions[-1].end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or root.i > pronoun.i:
        return None
    verb = root.head
    objects = [c for c in kids_of(verb) if c.dep in DEPS_DOBJ_DATIVE_IOBJ]
    objects += [g for c in kids_of(verb) if c.dep == DEP_PREP for g in kids_of(c) if g.dep == DEP_POBJ]
    # (In the same sentence too: "X put it to her that she had promised ...": that "she" is "her", not X.)
    obj = next((o for o in objects if o.lower_ == want and o.i < pronoun.i), None)
    return obj.idx if obj is not None else None


def _main_subject(word: Token) -> bool:
    """Whether a name is the subject of its sentence's main verb; also a name the parser hung on that
    verb another way ("Vilk has repeatedly brushed aside" as an adverb) when the verb has no subject."""
    if word.dep == DEP_APPOS and word.head.dep in DEPS_NSUBJ_NSUBJPASS:
        # (a name in apposition to the subject: "his rival, X, struck a different tone")
        word = word.head
    verb = word.head
    if verb.dep != DEP_ROOT:
        return False
    if word.dep_ in ("nsubj", "nsubjpass"):
        return True
    return word.pos_ == "PROPN" and word.i < verb.i and word.dep_ in ("advmod", "npadvmod", "dep") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(verb))


def _next_sentence_persons(head: Token, actors: ActorTable) -> Iterator[tuple[Mention, Span | None]]:
    """(mention, its tokens) of each person the sentence after ``head``'s names, skipping a closing
    quotation mark split off as a sentence; none at the doc's end. (Bounds from the doc's array, not
    ``tok.sent``: speed only.) The tokens are None where the mention does not align with them."""
    doc = head.doc
    end = sentence_bounds(doc, head.i)[1]
    while end < len(doc) and (bounds := sentence_bounds(doc, end))[1] - bounds[0] < 3:
        end = bounds[1]
    if end >= len(doc):
        return
    nxt = doc[end].sent
    for m in actors.person_mentions_between(nxt.start_char, nxt.end_char):
        yield m, doc.char_span(m.start, m.end, alignment_mode="expand")


def _named_next(head: Token, actors: ActorTable, text: str, body_nouns: frozenset[str] = frozenset()) -> str | None:
    """The person an indefinite speaker is named as in the next sentence, or None.

    Why: wire leads keep the name for the second sentence ("A Danish minister said ... . Fisheries
    Minister Eva Holm said ..."); the person whose subject phrase repeats the speaker's title word
    is who spoke.
    """
    if _a_or_an(head) and (owner := _remarks_owner_next(head, actors)) is not None:
        return owner
    member = _one_of(head)
    if member is not None:
        # Why (spk52): "one of the three partners who run X said ... . '...,' Tomas Y said": "one of" a plural noun is as
        # indefinite as "a" and waits for the name as "a founder" would; the plural noun carries the title's words
        # (not a body noun: "one of the agencies" is no person, _body_named_next).
        if member.lemma_.lower() in body_nouns:
            return None
        head = member
    elif head.pos_ != "NOUN":
        return _named_next_with_title(head, actors) if head.pos_ == "PROPN" else None
    if member is None and not _a_or_an(head):
        return _named_next_of_state(head, actors) or _named_next_with_title(head, actors)
    # (the bodies the speaker's own words name, "A Labour spokesman": their actors and their capitalised words)
    own = {m.actor for m in actors.within(head.left_edge.idx, head.idx) if not is_person(m.actor, actors)}
    own_words = {t.lower_ for t in head.doc[head.left_edge.i:head.i] if _body_word(t)}
    for m, span in _next_sentence_persons(head, actors):
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.head.dep_ != "ROOT":
            continue
        if _lead(head) and span.root.head.lemma_.lower() in _OCCASION_VERBS and span.root.head.tag_ == "VBG" \
                and not _reports_speech(span.root.head) and not own and not own_words \
                and (head.lemma_.lower() not in _OFFICE_WORDS
                     or any(t.lemma_.lower() == head.lemma_.lower() for t in span.root.subtree)):
            # Why (spk52): "Bus cuts will cost the government votes, one of the party's councillors has predicted. Councillor
            # Hanne Y was addressing a meeting in Manchester.": a lead's unnamed speaker whom the next sentence names, title
            # and all, as the one "speaking" or "talking" somewhere is that person: the sentence tells the occasion of
            # the lead's words, not a second speaker's (who would say something there). Not an office the next person's
            # title does not hold: "A minister has warned ... . Opposition leader Y was speaking" is someone else.
            return m.actor
        # Why (quotes19): "A former envoy said ... . '...,' said Carl X, who held the post until 2023.": a person named
        # next as the main subject by name alone (no title, body or apposition of their own) goes on with the lead's
        # unnamed speaker; someone else is brought in with a title of their own ("Opposition leader Y said").
        # (Only a full name quoted in that sentence: not an agency's sign-off initials, not a name only acting.)
        # (quotes24: or the unnamed speaker is the article's lead, "A Liberal council candidate is standing down after
        # being quoted as calling for ... . Orla X, who works in the party's research office, had been due to stand":
        # a news lead describes the person its next sentence names by what they did; one named there as saying
        # something, "Treasurer X, who oversees the fund, said the warning ignored ...", answers the lead's speaker.)
        if not any(c.dep_ in ("compound", "amod", "appos", "nmod", "poss") and not m.start <= c.idx < m.end
                   for c in kids_of(span.root)) and _full_name(text[m.start:m.end]) \
                and (any(t.is_quote for t in span.sent) or _lead(head) and not _reports_speech(span.root.head)):
            return m.actor
        if any(t.lower_ == head.lower_ for t in span.root.subtree):
            # Why (quotes18): "A Labour spokesman said ... . Conservative spokesman David X said ...": a person named
            # next with another body's title is someone else, not the unnamed speaker.
            phrase = span.root.left_edge.idx, span.root.right_edge.idx + len(span.root.right_edge.text)
            others = {b.actor for b in actors.within(*phrase) if not is_person(b.actor, actors)}
            if own and others and not own & others:
                continue
            # (by their words where the actors stage knows neither body: "A Green Dawn spokesman", "Civic League
            # spokesman X"; words of the person's own name do not count)
            other_words = {t.lower_ for t in span.root.subtree if _body_word(t) and not m.start <= t.idx < m.end}
            if own_words and other_words and not own_words & other_words:
                continue
            return m.actor
    return None


# spk53: nouns by which a sentence points back to what was said before it ("X made the comments at a rally")
_REMARK_NOUNS = frozenset({"comment", "remark", "claim", "allegation"})


def _remarks_owner_next(head: Token, actors: ActorTable) -> str | None:
    """Why (spk53): "A Plaid Cymru councillor told a public meeting that the harbour levy would empty the quay.
    Councillor Iona X, who chairs the harbour committee, made the comments after the vote.": a person the next sentence
    makes the main subject of "made the comments" (or "the remarks", "these claims") is the one who said what the
    indefinite speaker before it was quoted saying, whatever title or apposition they are named with; the description ("A Plaid Cymru
    councillor"), or the party inside it, had been printed as the speaker. The person's actor, or None."""
    for m, span in _next_sentence_persons(head, actors):
        if span is None or span.root.dep_ != "nsubj" or span.root.head.dep_ != "ROOT" \
                or span.root.head.lemma_.lower() != "make":
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _REMARK_NOUNS
               and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in kids_of(c))
               for c in kids_of(span.root.head)):
            return m.actor
        return None
    return None


# spk52: verbs (lemmas) of the occasion on which a lead's unnamed speaker spoke, "X was addressing a meeting", "was talking to"
_OCCASION_VERBS = frozenset({"speak", "talk", "address", "discuss", "appear", "give"})
_NAMED_NEXT_SENTENCES = 2  # spk52: how many sentences after a lead's unnamed body may name it


def _body_named_next(head: Token, words: _Words) -> tuple[str, str] | None:
    """spk52: (actor, name) of the body an indefinite body speaker of the article's lead ("A Chilean mining group says
    ...", "..., one of Poland's largest unions announced") is named as next: the first organisation that the main
    subject of one of the two sentences after the lead names, that neither the headline nor the lead named, and that
    the noun fits (a business noun a company, _fits_noun's first test; another body noun any organisation, group
    or IGO), when the subject's own word is that body's proper name ("the attackers", "the ministry" name no one new);
    None otherwise, and for a document or a study ("a study by X": its author speaks, _document_author).

    Why: BBC and agency leads keep a company's or an agency's name for the next sentences, as they keep a person's
    (_named_next): "A Chilean mining group says it expects to close its purchase of a copper mine. Ravelli Minerals, which
    already runs three pits, would double its output.": the group is Ravelli Minerals, the body the story goes on to make its
    subject; a body the lead itself names (the mine's seller, the other side of the deal) is not the speaker."""
    member = _one_of(head)
    noun = member if member is not None else head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in words.body_nouns or lemma in words.state_body_nouns \
            or lemma in words.document_nouns or lemma in words.authored_nouns \
            or member is None and not _a_or_an(head) or not _lead(head):
        return None
    doc, actors = head.doc, words.actors
    end = sentence_bounds(doc, head.i)[1]
    named = {m.actor for m in actors.within(0, doc[end - 1].idx + len(doc[end - 1].text))}
    for _ in range(_NAMED_NEXT_SENTENCES):
        if end >= len(doc):
            return None
        first, end = sentence_bounds(doc, end)
        for t in doc[first:end]:
            # (a subject named by a proper name, "Ravelli Minerals, which runs ...": not "the attackers", "the ministry")
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or t.pos_ != "PROPN":
                continue
            for m in actors.within(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)):
                known = actors.get(m.actor)
                if m.kind == "adjective" or known is None or known.kind not in ("organization", "group", "igo") \
                        or m.actor in named or not m.start <= t.idx < m.end:
                    continue
                if lemma in words.business_nouns and not _fits_noun(lemma, known, [], words):
                    continue
                return known.id, known.name
    return None


def _one_of(head: Token) -> Token | None:
    """spk52: the plural noun a speaker "one" picks its one from ("one of the three partners who run X", "one of Poland's
    largest unions"); None for any other speaker word."""
    if head.lower_ != "one":
        return None
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.rights if g.dep_ == "pobj"), None)
            return obj if obj is not None and obj.pos_ == "NOUN" and obj.tag_ == "NNS" else None
    return None


def _reports_speech(verb: Token) -> bool:
    """Whether a sentence's main verb reports words: "say" or "tell", or a verb with a clause for its object."""
    return verb.lemma_.lower() in ("say", "tell") or any(c.dep_ == "ccomp" for c in kids_of(verb))


def _lead(head: Token) -> bool:
    """Whether ``head`` is in the article's lead: the first sentence after the headline (the doc's first paragraph
    break ends the headline)."""
    doc = head.doc
    first = sentence_bounds(doc, head.i)[0]
    breaks = [t for t in doc[:first] if t.is_space and "\n\n" in t.text]
    if len(breaks) != 1:
        return False
    return not any(not t.is_space and not t.is_punct for t in doc[breaks[0].i + 1:first])


def _named_later_for_another_body(head: Token, person: str, actors: ActorTable, text: str) -> bool:
    """Whether the person a speaker noun was tied to is named only after it, with body words in that name's phrase
    ("Civic League spokesman Arno X") that the speaker's own phrase ("A Green Dawn spokesman") does not share."""
    own_words = {t.lower_ for t in head.doc[head.left_edge.i:head.i] if _body_word(t)}
    if not own_words:
        return False
    mentions = [m for m in actors.person_mentions_between(0, len(text)) if m.actor == person]
    if not mentions or mentions[0].start <= head.idx:
        return False
    span = head.doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand")
    if span is None:
        return False
    m = mentions[0]
    other_words = {t.lower_ for t in span.root.subtree if _body_word(t) and not m.start <= t.idx < m.end}
    return bool(other_words) and not own_words & other_words


def _body_word(t: Token) -> bool:
    """A capitalised proper noun that may name a body ("Labour", "Green Dawn"), not a people or a place ("Danish",
    "Norway") nor an office ("Minister")."""
    return t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("NORP", "GPE") \
        and t.lower_ not in _OFFICE_WORDS


# Capitalised office words before a name ("Fisheries Minister Eva X"): titles, not bodies.
_OFFICE_WORDS = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president",
                           "chairman", "chairwoman", "chair", "leader", "director", "chief", "governor", "mayor",
                           "senator", "sen", "rep", "representative", "ambassador", "envoy", "general", "commissioner",
                           "prime", "deputy", "foreign", "defence", "defense", "finance", "interior", "justice"})


def _named_next_with_title(head: Token, actors: ActorTable) -> str | None:
    """The person a definite title that opens the story is named as next with the same title word: "The Tasmanian
    Premier has defended ... . ..., Premier Ana X said ..." is Ana X, when no person is named before the title and
    Ana X is the main subject of the next sentence; None otherwise.

    Why (quotes21): leads give the office ("The Tasmanian Premier", "the county's sheriff") and the second sentence
    the name with the title again; the speaker is that person, not an unnamed office holder. (Another title word
    brings in someone else: "The premier ... . Opposition leader Y said".)"""
    # (a capitalised office word may carry the entity type of the state word before it: "The Tasmanian Premier")
    if head.tag not in TAGS_NN_NNP or head.left_edge.lower != WORD_THE \
            or not (head.pos_ == "NOUN" or head.lower_ in _CAPITALISED_TITLES) \
            or any(c.dep_ == "appos" for c in rights_of(head)) or actors.person_mentions_between(0, head.idx):
        return None
    own = _states_within(actors, head.left_edge.idx, head.idx)
    for m, span in _next_sentence_persons(head, actors):
        if span is None or not _main_subject(span.root) or not any(
                t.lower_ == head.lower_ and not m.start <= t.idx < m.end for t in span.root.subtree):
            continue
        # ("The Kenyan president said ... . Ugandan President X had closed ...": another state's office holder)
        person = actors.get(m.actor)
        theirs = _states_within(actors, span.root.left_edge.idx, m.start) | (
            {person.country} if person is not None and person.country else set())
        if own and theirs and not own & theirs:
            continue
        return m.actor
    return None


def _states_within(actors: ActorTable, start: int, end: int) -> set[str]:
    """The states (by country code) that the names and adjectives in ``start:end`` belong to."""
    found = set()
    for m in actors.within(start, end):
        known = actors.get(m.actor)
        if known is not None and known.kind in ("state", "place") and known.country:
            found.add(known.country)
    return found


def _named_next_of_state(head: Token, actors: ActorTable) -> str | None:
    """The person a state's unnamed office holder in the lead is named as next: "Canada's trade minister
    has warned ... . Ana X said ..." is Ana X, the main subject of the next sentence, when no other person was
    named before the title and the person belongs to that state; None otherwise.

    Why: BBC leads give the office with its state ("Wales's farming minister", "Kenya's chief justice") and
    the name in the second sentence; the speaker is the person, not the state."""
    owner = next((c for c in lefts_of(head) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    # (one office holder: "Niger's military rulers" are a group, spoken for by whoever they name)
    if owner is None or head.tag_ != "NN" or any(c.dep_ == "appos" for c in rights_of(head)):
        return None
    known = actors.get(actors.resolve(owner.left_edge.idx, owner.idx + len(owner.text)))
    # (a state, or a place of one: "Wales's farming minister" serves in the United Kingdom)
    state = known.country if known is not None and known.kind in ("state", "place") else None
    if state is None:
        return None
    for m, span in _next_sentence_persons(head, actors):
        person = actors.get(m.actor)
        # (no one else named before the title; the headline may name the same person)
        if span is not None and _main_subject(span.root) and person is not None and person.country == state \
                and all(b.actor == m.actor for b in actors.person_mentions_between(0, head.idx)):
            return m.actor
    return None


def resolve(head: Token, actors: ActorTable, own_voices: frozenset[str] = frozenset(),
            shares: frozenset[str] = frozenset(), own_voices_of_any: frozenset[str] = frozenset(),
            documents: frozenset[str] = frozenset(),
            not_state: frozenset[str] = frozenset(),
            issuing: frozenset[str] = frozenset()) -> tuple[str | None, tuple[int, int] | None]:
    """The actor of a speaker, and the span of the appositive name when that is what resolved.

    In order: a person at the head word; a person named in apposition ("Sudan's ambassador to
    the UN, Hamid X, said": the ambassador is Hamid X, not Sudan); any actor at the head word;
    else a name before the head ("Sudan's ambassador" speaks for Sudan), or an adjective that the
    actors stage marked with a sector ("the Omani foreign ministry" speaks for Oman; "a Russian
    journalist" does not speak for Russia).
    """
    actor = actors.resolve(head.idx, head.idx + len(head.text))
    if actor is not None and is_person(actor, actors) and not _titled_with_other_name(head, actor, actors):
        return actor, None
    for c in rights_of(head):
        if c.dep == DEP_APPOS:
            left, right = c.left_edge, c.right_edge
            for m in actors.within(left.idx, right.idx + len(right.text)):
                if is_person(m.actor, actors) and not _possessor(head.doc, m.start, m.end):
                    return m.actor, (m.start, m.end)
    if (actor is None or not is_person(actor, actors) or _titled_with_other_name(head, actor, actors)) \
            and head.pos_ == "NOUN" and (trailing := _trailing_name(head, actors)) is not None:
        return trailing
    # Why (quotes18): "The United Nations peacekeeping force in Lebanon, UNIFIL, said": a body noun in apposition
    # with a body's name is that body, not the body named inside its own phrase.
    # (One body, one name: "Six nations - the U.K., Canada, ..." lists several, none of them the speaker alone.)
    if head.pos_ == "NOUN" and head.tag == TAG_NN:
        for c in head.rights:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and not any(g.dep_ in ("conj", "cc") for g in kids_of(c)):
                inner = [m for m in actors.within(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                         if m.kind != "adjective" and not is_person(m.actor, actors)]
                if inner:
                    return inner[-1].actor, (inner[-1].start, inner[-1].end)
    # Why (quotes18): "a neighbour, who gave his name only as Abu X, told ...", "a nurse who asked to be identified
    # only as Ana": the name the speaker gave in a relative clause about naming is the speaker's.
    for c in head.rights:
        if c.dep == DEP_RELCL and any(t.lemma_.lower() in ("name", "identify") for t in c.subtree):
            for m in actors.within(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)):
                if is_person(m.actor, actors):
                    return m.actor, (m.start, m.end)
    # Why: `"...," navy spokesman Per X said`: a person named right after the title noun is that person,
    # however the parser hung the name (here "Per" read as a preposition).
    after = head.idx + len(head.text) + len(head.whitespace_)
    for m in actors.within(after, head.right_edge.idx + len(head.right_edge.text)):
        if m.start == after and is_person(m.actor, actors):
            return m.actor, (m.start, m.end)
    known = actors.get(actor) if actor is not None else None
    if known is not None and known.kind != "person" and known.name.lower() in (head.lower_, head.lemma_.lower()) \
            and head.lemma_.lower() in _MEMBERS:
        # Why (quotes18): "Officials at the Norwegian finance ministry said": a group the actors stage named only by
        # the speaker's own noun ("officials") speaks for the body named after "at", "for" or "of" ("residents of
        # Nairobi" do not speak for Kenya: only people inside a body, _MEMBERS).
        body = _speaks_for(head, actors)
        if body is not None:
            return body, None
    if actor is not None:
        return actor, None
    # Why: "63 percent of Tarvel adults say ...": a share of a group is those people, who speak for no one.
    if head.lemma_.lower() in shares or head.like_num:
        return None, None
    # Why (real7a): "a memo for the minister", "a letter to the envoy": a document is written for its addressee, who
    # does not speak in it ("a statement from the ministry" still does; cues.yaml document_nouns).
    body = _speaks_for(head, actors, skip=("for",) if head.lemma_.lower() in documents else (),
                       document=head.lemma_.lower() in documents, issuing=issuing)
    if body is not None:
        return body, None
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and head.dep_ != "compound":
        # Why (quotes19): "Opposition MK Tamar X said": a person's name the actors stage did not find speaks for that
        # person (named by the mention), not for the body or group named before it in the title.
        return None, None
    # Why (quotes21): "11.20 GMT – Finland's president said": the parser may hang a liveblog's time stamp and its dash
    # on the speaker's phrase; the words before a dash or a colon are no part of it (the time zone is no speaker).
    # (quotes26: a hyphen set off by spaces is such a dash too: "AP - A county judge ruled", the AG News style, where
    # the agency in front is no part of the judge's phrase.)
    left = head.left_edge
    for t in head.doc[head.left_edge.i:head.i]:
        if t.text in _PHRASE_BREAKS or _spaced_hyphen(t):
            left = head.doc[t.i + 1]
    for m in actors.within(left.idx, head.idx):
        if head.lemma_.lower() in own_voices and is_person(m.actor, actors):
            # Why: "Mr X's allies say ..." are the allies speaking, not X (a spokesman still speaks for X).
            continue
        if head.lemma_.lower() in own_voices_of_any:
            # Why: "several Tarvel allies say ...": a state's or a body's allies and critics are others speaking.
            continue
        if head.lemma_.lower() in not_state and _kind(m.actor, actors) == "state":
            # Why (quotes26): "US analysts have said ...", "a US firm said ...": a state's name before the noun says
            # where they are from, as its adjective does ("Japanese economists"); they do not speak for the state.
            continue
        if m.kind != "adjective" or m.sector:
            return m.actor, None
    return None, None

def _titled_with_other_name(head: Token, actor: str, actors: ActorTable) -> bool:
    """Whether the speaker's word is a title the actors stage tied to ``actor`` while the speaker's own phrase names
    another person in apposition to it.

    Why (quotes24): "'...,' said the chairman of the transport committee, Labour MP Olwen X.": the title was tied to
    the chairman named before ("the authority, whose chairman Dorran Y, ..."), but the name set beside the title is
    who speaks; the apposition loop of ``resolve`` then takes it."""
    m = actors.at(head.idx, head.idx + len(head.text))
    if m is None or m.kind != "title":
        return False
    trailing = _trailing_name(head, actors)
    return trailing is not None and trailing[0] != actor or any(
        c.dep_ == "appos" and any(is_person(m.actor, actors) and m.actor != actor
                                  for m in actors.within(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
        for c in rights_of(head))


def _trailing_name(head: Token, actors: ActorTable) -> tuple[str, tuple[int, int]] | None:
    """(person, span) of a person's name set after the speaker's phrase and a comma, closing the sentence, when the
    cue comes before the speaker: "'...,' said the chair of the Senate finance committee, Senator Baltasar X."

    Why (quotes24): the parser may hang such a name on the verb instead of the title (no apposition), and the
    title then went to the body in its own phrase or to another holder of the title named before."""
    doc = head.doc
    if head.dep not in DEPS_NSUBJ_NSUBJPASS or head.head.i > head.i:
        return None
    k = head.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    inner = actors.within(doc[k + 1].idx, sentence_end_char(doc, k))
    persons = [m for m in inner if is_person(m.actor, actors)]
    if len(persons) != 1 or len(inner) != 1:
        return None
    person = persons[0]
    after = doc.char_span(person.start, person.end, alignment_mode="expand")
    if after is None or (after.end < len(doc) and not (doc[after.end].is_punct or doc[after.end].is_space)) \
            or any(not (t.pos_ == "PROPN" or t.is_punct) for t in doc[k + 1:after.start]):
        return None
    return person.actor, (person.start, person.end)


def sentence_end_char(doc, i: int) -> int:
    """The character offset where the sentence of token ``i`` ends."""
    end = sentence_bounds(doc, i)[1]
    last = doc[end - 1]
    return last.idx + len(last.text)


# Dashes and a colon that end a phrase hung before a speaker's noun ("11.20 GMT – the president said").
_PHRASE_BREAKS = frozenset({"–", "—", ":"})


def _spaced_hyphen(t: Token) -> bool:
    """Whether the token is a hyphen standing alone between spaces, as a dash ("AP - A judge"; not "Kuala-Lumpur")."""
    return t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _possessor(doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` owns the noun after it ("Mr X's lawyer").

    Why: `"...," Ana Y, Mr X's lawyer, said`: a person named as the owner inside an apposition is someone
    else, not the speaker the apposition describes."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].tag_ == "POS"


def _speaks_for(head: Token, actors: ActorTable, skip: tuple[str, ...] = (), document: bool = False,
                issuing: frozenset[str] = frozenset()) -> str | None:
    """The body a speaker noun speaks for: "a spokesman for the Home Office", "a statement from the
    commission", "the chairman of the party"; None when no actor follows such a word. ``skip``: prepositions
    that name no one speaking here. ``document``: the speaker noun is a document ("a report", "a statement"),
    whose author "by" names, also after a participle of ``issuing`` ("a statement issued by")."""
    if head.pos_ != "NOUN":
        return None
    for c in rights_of(head):
        if document and c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in issuing:
            # Why (spk43): "A statement issued by the Tarsk Dockers Union said ...", "a letter signed by Minister Y
            # said ...": the participle's agent issued the document, as in "a report by X"; the words between the
            # noun and "by" had left the document itself printed as the speaker.
            agent = next((g for g in kids_of(c) if g.dep_ == "agent"), None)
            inner = [] if agent is None else [m for m in actors.within(agent.idx, agent.right_edge.idx + len(agent.right_edge.text))
                                              if m.kind != "adjective" or m.sector]
            if agent is not None and inner:
                obj = next((g for g in kids_of(agent) if g.dep_ == "pobj"), None)
                owner = next((g for g in kids_of(obj) if g.dep_ == "poss"), None) if obj is not None else None
                # ("issued by Chad's Paris embassy": the owner named in the possessive issued it, not the place after)
                owned = [m for m in inner if owner is not None and m.start <= owner.idx < m.end]
                return owned[-1].actor if owned else _named_object(agent, inner, actors).actor
        # (quotes21: "according to a report by the National Audit Office": a document's author speaks in it.)
        if c.dep_ == "prep" and c.lower_ not in skip and (c.lower_ in _SPEAKS_FOR or c.lower_ == "by" and document
                                                          or c.lower_ in _MEMBERS_IN and head.lemma_.lower() in _MEMBERS):
            inner = [m for m in actors.within(c.idx, c.right_edge.idx + len(c.right_edge.text))
                     if m.kind != "adjective" or m.sector]
            obj = next((g for g in kids_of(c) if g.dep_ == "pobj"), None) if document and c.lower_ == "by" else None
            if obj is not None and obj.pos_ == "NOUN" and not any(_names_noun(m, obj) for m in inner):
                # (spk45: "a report by the Senate farm and fisheries panel": an author that is a common noun no
                # actor stands for is that body, named by its own words (_document_author), not the Senate whose
                # name only modifies it)
                continue
            if inner:
                return _named_object(c, inner, actors).actor
    # Why (quotes20): "The commission's lawyer said ...", "the council's chief engineer said ...": an office held for a
    # body named in the possessive speaks for that body (an organisation; a state's office is _title_state's), not for
    # the person quoted last.
    for c in lefts_of(head):
        if c.dep == DEP_POSS and c.pos_ == "PROPN":
            inner = [m for m in actors.within(c.left_edge.idx, c.idx + len(c.text)) if m.kind != "adjective"]
            known = actors.get(inner[-1].actor) if inner else None
            if known is not None and known.kind in ("organization", "igo", "group"):
                return known.id
    return None


def _named_object(prep: Token, inner: list[Mention], actors: ActorTable) -> Mention:
    """Of the actors named after a speaker's preposition, the one its object names.

    Why (spk42): "a spokesman for the Tarsk Dockers Union in Kenya said", "the head of the Velmor Institute, which
    works in Chad, said", "the chairman of the Teachers Federation of Bolivia and Peru said": the body the
    preposition's object names speaks, not the place that a later "in", a relative clause or a conjunct inside
    its own name adds. The object's own phrase up to its word ("for Russia's foreign ministry": the ministry, named
    last there) decides; a phrase that names no actor keeps the last one named, and so does an object joined to
    another ("the likes of Minister A and Senator B": several speak, the earlier rule's choice stands), and so does a
    person named last ("The chief executive of Halvering Ports, Ulla X, said": the parser may hang the title holder's
    name on the body's, and she speaks)."""
    obj = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
    if obj is None or any(c.dep_ == "conj" for c in kids_of(obj)) or is_person(inner[-1].actor, actors):
        return inner[-1]
    end = obj.idx + len(obj.text)
    at_word = [m for m in inner if m.start <= obj.idx and m.end >= end]
    if at_word:
        return at_word[-1]
    own = [m for m in inner if m.end <= end]
    return own[-1] if own else inner[-1]


# Kinds of actor a singular name of which "they" may go on with (British usage: "the council say", "they say").
_PLURAL_BODY_KINDS = frozenset({"organization", "group"})


def _kind(actor_id: str, actors: ActorTable) -> str | None:
    known = actors.get(actor_id)
    return known.kind if known else None


def is_person(actor_id: str, actors: ActorTable) -> bool:
    known = actors.get(actor_id)
    return known.kind == "person" if known else actor_id.startswith("person:")

# The last doc's answers of is_title, per token: the speaker steps ask it of the same head again and
# again (up to six times in one step), and each ask makes the head's left edge and reads its part of
# speech, spaCy's dearest token property (speed only).
_TITLES = LastDoc()


def is_title(head: Token) -> bool:
    """ "the minister", "the Russian foreign minister": a common noun with a definite article; also an office word
    written with a capital, which the tagger reads as a proper noun ("the Minister", "the Karnataka Minister", "the
    Deputy Prime Minister": Irish, Indian and Malaysian house styles).

    Why (quotes19): a capitalised bare title was no title, so it was left unresolved or taken for a name."""
    memo, doc, i = _TITLES, head.doc, head.i
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get(i)
    if found is None:
        found = known[i] = head.left_edge.lower == WORD_THE and (
            head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lower_ in _CAPITALISED_TITLES
                                    and head.ent_type_ not in ("GPE", "ORG", "NORP")))
    return found


# Office words that name one holder, as the head of a capitalised title ("the Minister", "the Governor"). Not "chief",
# "general", "leader" alone: "the General Assembly", "the Chief Whip's office" name bodies as often.
_CAPITALISED_TITLES = frozenset({"minister", "secretary", "president", "chairman", "chairwoman", "chairperson",
                                 "governor", "mayor", "senator", "ambassador", "envoy", "commissioner", "premier",
                                 "chancellor", "taoiseach", "tánaiste", "ombudsman", "speaker", "undersecretary",
                                 # quotes25: a see's office holder, "the Bishop of Tarvel" (British house style)
                                 "bishop", "archbishop"})


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
_BODY_PRONOUNS_IDS = string_ids(_BODY_PRONOUNS)
_CAPITALISED_TITLES_IDS = string_ids(_CAPITALISED_TITLES)
_FIRST_NAME_HONORIFICS_IDS = string_ids(_FIRST_NAME_HONORIFICS)
_MEMBER_PREPS_IDS = string_ids(_MEMBER_PREPS)
_NOT_PERSON_PLACES_IDS = string_ids(_NOT_PERSON_PLACES)
_ONE_PERSON_IDS = string_ids(_ONE_PERSON)
_PRONOUNS_IDS = string_ids(_PRONOUNS)
_RELATIVE_PRONOUNS_IDS = string_ids(_RELATIVE_PRONOUNS)
