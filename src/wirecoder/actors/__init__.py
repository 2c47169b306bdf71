"""Actors: states, international organisations, persons, groups and places, each with all its mentions.

:class:`ActorFinder` reads one parsed article into an :class:`ActorTable`: the actors of the record,
and an index of every stretch of text that names or refers to one of them, which the quotes and
events stages query. Where each part lives:

- ``dictionary.py``: the YAML dictionaries (``data/actors/*.yaml``) and the one matcher built from them;
- ``persons.py``: person names, and the office, country and sector the text gives them;
- ``coref.py``: later mentions: "the minister", "the alliance", "he".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import numpy as np
import spacy.symbols
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as Phrase

from .. import pronouns
from ..arrays import (
    Tokens,
    indices_in,
    is_in,
    kids_of,
    sentence_bounds,
    sorted_ids,
    token_indices,
    token_table,
)
from ..article import Article, agency_lead
from ..ids import (
    DEP_ATTR,
    DEPS_COMPOUND_AMOD,
    DEPS_NSUBJ_NSUBJPASS,
    ENT_ORG,
    ENT_PERSON,
    TAG_NN,
    TAG_NNPS,
    TAG_VBZ,
    WORD_AND,
    WORD_GOVERNMENT,
    WORD_OF,
    WORD_PARTY,
    WORD_THE,
    WORDS_A_AN,
    WORDS_AND_OR,
    WORDS_AND_THE,
    WORDS_OF_FOR,
)
from ..record import Actor, Span, slug
from . import coref, owners
from .agents import AgentGuess, Agents
from .dictionary import Dictionary, Entry, Offices, edge_alternation, seen_ids
from .office_holders import OfficeHolders, article_era
from .persons import (
    Attributes,
    Context,
    Office,
    TitleReader,
    _name_cased,
    _state_before,
    extend_hyphen,
    past_joined_fields,
    read_attributes,
    title_names,
)

# How a mention refers to its actor (the ``kind`` of :class:`Mention`).
MentionKind = Literal["name", "adjective", "title", "pronoun", "seat", "alias"]


_LIST_JOINER = re.compile(r",? and |, ")  # between the names of a list ("France, England and Italy")


@dataclass(frozen=True)
class Mention:
    """One stretch of text that names or refers to an actor.

    ``kind``: ``name`` (Sergey Lavrov, Russia, NATO), ``adjective`` (Russian), ``title`` (the minister),
    ``pronoun`` (he), ``seat`` (the Kremlin, Washington), ``alias`` (the alliance). ``sector`` is set
    where the words themselves name a branch of the state (the Pentagon: MIL).
    """

    start: int
    end: int
    actor: str
    kind: MentionKind = "name"
    sector: str | None = None


@dataclass
class ActorTable:
    """The actors of one article and the mention index that later stages query."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start
    # "he" / "she" for persons whose honorific or title tells (Mr, spokeswoman).
    genders: dict[str, str] = field(default_factory=dict)
    # Later mentions of states and bodies ("it", "the country", "both sides": coref.References), kept
    # out of ``mentions`` so that the quotes stage's own pronoun rules stay in charge of speakers; the
    # events stage reads them where no mention covers a word.
    references: list[Mention] = field(default_factory=list)
    # spk45: every office the table of office holders lists for a known person, when the article has no date (its
    # role is then the table's latest office, which may not be the one the story's title names: "the prime minister"
    # for a person the table last lists as an envoy), or when its day is only the era the text's titles gave (era54);
    # empty for a dated article (a date in the text or from the caller: era56), whose role is the office of its day.
    offices_held: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self._by_id = {a.id: a for a in self.actors}
        persons = {a.id for a in self.actors if a.kind == "person"}
        self._person_mentions = [m for m in self.mentions if m.actor in persons and m.kind != "pronoun"]
        self._person_starts = [m.start for m in self._person_mentions]
        # pronev56: the salience model's answer per "he"/"she" (coref.ranked_person: (doc, pronoun's index, previous
        # speaker, gender) -> person) and each person mention's role, made once per document and read by every stage
        self.pronoun_ranks: dict[tuple, str | None] = {}
        self.mention_roles: dict[tuple[int, int], str | None] = {}
        self.ranks_doc: object = None  # the parse those answers read

    def get(self, actor_id: str | None) -> Actor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside [start, end), in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def at(self, start: int, end: int) -> Mention | None:
        """The mention that best covers [start, end): the longest one overlapping it, or None."""
        i = bisect.bisect_left(self._starts, start)
        best: Mention | None = None
        for m in self.mentions[max(0, i - 8): i + 8]:
            if m.start < end and start < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def resolve(self, start: int, end: int) -> str | None:
        """The actor id that the text at [start, end) refers to, or None."""
        m = self.at(start, end)
        return m.actor if m else None

    def resolve_pronoun(self, offset: int, pronoun: str = "he") -> str | None:
        """The person a pronoun at ``offset`` most likely refers to: the pronoun's own mention when the
        finder resolved it, else the most recent person named or titled before it whose known gender
        does not clash with the pronoun; None when no person precedes it."""
        m = self.at(offset, offset + len(pronoun))
        if m is not None and m.kind == "pronoun":
            return m.actor
        want = coref.PRONOUN_GENDER.get(pronoun.lower())
        i = bisect.bisect_left(self._person_starts, offset) - 1
        while i >= 0:
            actor = self._person_mentions[i].actor
            if want is None or self.genders.get(actor, want) == want:
                return actor
            i -= 1
        return None

    def person_mentions_between(self, start: int, end: int) -> list[Mention]:
        """Persons' mentions by name or title (not pronouns) starting in [start, end), in text order."""
        i = bisect.bisect_left(self._person_starts, start)
        j = bisect.bisect_left(self._person_starts, end)
        return self._person_mentions[i:j]

    def last_name_before(self, offset: int, actor_id: str) -> Mention | None:
        """The last mention naming ``actor_id`` by name (not an adjective, a seat or a title) that starts before
        ``offset``, or None."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.actor == actor_id and m.kind == "name":
                return m
            i -= 1
        return None

    def persons_before(self, offset: int) -> list[str]:
        """Ids of the persons mentioned before ``offset``, most recent first, each once."""
        seen: dict[str, None] = {}
        i = bisect.bisect_left(self._person_starts, offset) - 1
        while i >= 0:
            seen.setdefault(self._person_mentions[i].actor, None)
            i -= 1
        return list(seen)


# Capitals after these words are where something happens, not who acts ("talks in Moscow").
_BASED = ("-based", "–based", "‑based")  # "Paris-based", with a hyphen, an en dash or a non-breaking hyphen
_LOCATIVE = re.compile(r"(?<!\w)(?:in|at|near|outside|inside|around|across|throughout|within)\s+$",
                       re.IGNORECASE)
# Nouns that a group word may modify when the phrase names one organisation ("militant group X").
# Sectors of persons who, with no state given, are most often of the state the story is about.
_OWN_PEOPLE = frozenset({"ELI", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "CRM"})
_BODY_KINDS = frozenset({"agency", "body"})
_NAMED_BODIES = {"group", "movement", "organisation", "organization", "faction", "party", "network", "outfit"}
# Sectors of offices that belong to a state (a person holding one serves some state).
# Persons whose office is of no state's branch ("Chief executive X", "lawyer X", "X, chair of the
# commission"; None: an office of no sector) and whose country the text does not give are, like persons
# with no office, most often the story's own people (not reporters: correspondents report from abroad).
# (evsec49: also a charity's or a health service's head, whose sector the owner's name now gives, NGO or HLH, where
# the title gave BUS or none before: "Kettering Trust chief executive X" in a LONDON story stays British)
_STORY_PEOPLE = frozenset({"CVL", "BUS", "NGO", "HLH", None})
# Persons of these sectors with no country in the text take the dateline's state (scholars).
_DATELINE_SECTORS = frozenset({"EDU"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Entity labels spaCy gives to some organisations' names ("Fine Gael" a person, "The Ocean Trust" a work).
_MISREAD_NAMES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "FAC"})
# The parts of speech that open a noun chunk before its group words ("at least 30 police officers"),
# as spaCy's ids (speed only: read from the doc's array).
_NOT_GROUP_WORDS = frozenset(spacy.symbols.IDS[p] for p in ("DET", "NUM", "ADV", "ADP", "SYM", "PUNCT"))
# Label and part-of-speech ids, as the token table holds them (speed only).
_COMPOUND, _POSS = get_string_id("compound"), get_string_id("poss")
_AMOD = get_string_id("amod")  # (actors57: "a military spokesman", where the parser reads "military" as an adjective)
_NOUN_OR_PROPN = frozenset({spacy.symbols.IDS["NOUN"], spacy.symbols.IDS["PROPN"]})
_PROPN = spacy.symbols.IDS["PROPN"]
# Nouns that say the proper nouns just before them are an organisation's name ("the Green Dawn
# party", "the Save Our Valley group"), written in lower case.
_NAMED_AFTER = frozenset({"party", "group", "movement", "coalition", "alliance"})
# Entity labels no word of a body's name carries (_body_name_runs): a person, a place, a date, a number.
_NOT_BODY_NAME_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
# Entity labels spaCy gives to some persons' names ("opposition figure Nino Vashadze" an ORG or a NORP).
_MISREAD_PERSONS = frozenset({"ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"})
# The entity labels above as spaCy's ids, which ``Span.label`` gives without looking the string up
# and making a new one on every read as ``Span.label_`` does (speed only: a label string and its id
# stand for each other in every model).
_PERSON, _ORG = get_string_id("PERSON"), get_string_id("ORG")
_GPE = get_string_id("GPE")
_DATE_ID = get_string_id("DATE")
# Words that open a region's or a city's name of two words, the second double-barrelled ("North
# Rhine-Westphalia", "Saint Jean-Pied"): such a place tagged GPE is no person's name (_double_barrelled_name).
_REGION_OPENERS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                             "Upper", "Lower", "New", "Greater", "Central", "Saint", "St", "San", "Santa",
                             "Port", "Mount", "Lake", "Fort"})
_MISREAD_NAME_IDS = frozenset(get_string_id(x) for x in _MISREAD_NAMES)
_PLACE_OF_BODY_IDS = frozenset(get_string_id(x) for x in ("GPE", "LOC"))  # (_bodies_of_places)
_PLACE_IDS = frozenset(get_string_id(x) for x in ("GPE", "LOC", "NORP"))  # "the Frente Carolina" read as a place
_MISREAD_PERSON_IDS = frozenset(get_string_id(x) for x in _MISREAD_PERSONS)
_ART_OR_PRODUCT = frozenset(get_string_id(x) for x in ("WORK_OF_ART", "PRODUCT"))
# Labels spaCy gives a person's full name that opens with a given name (_given_name_first; actrec56)
# (not a place's labels: a town's name opens with a given name too, "Ann Arbor", "Charles Town")
_GIVEN_NAME_MISREAD_IDS = frozenset(get_string_id(x) for x in ("ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART",
                                                              "DATE"))
# (speed57: coref's one-sex given names, as one word list for arrays.token_indices)
_GIVEN_NAMES = frozenset(coref.GIVEN_NAME_GENDER)
# The word that makes an IGO's name before it a minister's portfolio ("EU affairs minister").
_AFTER_NAME = re.compile(r"(?<!\w)(?!The\b)[A-Z][\w-]*\s+$")  # a capitalised word (not "The") just before
# a year that sets a clause in time ("In 1960,", "in the early 1970s"), not one naming a thing ("the 1990 accord")
_YEAR = re.compile(r"(?i:\bin (?:the )?(?:early |late |mid-?)?)(1[89]\d\d|20\d\d)(?!\d)")
# The year alone: a text without one holds no _YEAR (a scan that skips to the next "1" or "2"; speed only).
_YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")


def _years(text: str) -> list[str]:
    """_YEAR.findall(text), without the scan where the text holds no year."""
    return _YEAR.findall(text) if _YEAR_DIGITS.search(text) else []


# A passage set this many years or more before the article's date is history: its persons are not
# given the story's state of today (_past_passage_state).
_PAST_YEARS = 20
# Prepositions and conjunctions as a title-case headline writes them: no name ends in one.
_TITLE_CASE_SMALL_WORDS = frozenset({"In", "And", "Of", "To", "For", "On", "At", "With", "As", "By", "From", "Over",
                                     "After", "Into", "Amid", "Against", "Or", "But", "Than", "Via"})
_NEXT_WORD = re.compile(r"([ \n]+|-)([A-Za-z][\w.']*)")  # the word after a party adjective, and what joins it
_PORTFOLIO = re.compile(r"\s+affairs\b", re.IGNORECASE)
# Sectors of the party an office before a name belongs to ("CHP leader X", "Green Dawn spokesman X").
_COORDINATION = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*$")  # between coordinated words: ", ", " and "
_PARTY_SECTORS = frozenset({"PTY", "OPP"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})  # (era56: a party's possessive before its office)
# era56: the head words of offices a party itself holds (its spokesman for a portfolio, its leader, chief or whip), as
# against a minister's or a secretary's, which a governing party's member holds for the state
_PARTY_OFFICE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman",
                                 "chair", "whip", "chief", "co-ordinator", "coordinator", "treasurer", "president"})
# evperson34: a US party tag right after a name, "(D-Ore.)", "(R-Texas)", "(I-Vt.)" (offices.yaml party_tags)
_PARTY_TAG = re.compile(r"\s*\(\s*([A-Z])\s*[-–]\s*[A-Z][A-Za-z. ]{0,20}\)")
# era54: a year an undated article names ("in 1998"; not a decade, "the 1990s"), to narrow its era
_ERA_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!s|'s)")
_KIND_OF_FORM = {"name": "name", "adjective": "adjective", "capital": "seat", "seat": "seat"}


@dataclass
class _Person:
    id: str
    name: str
    entry: Entry | None = None
    attrs: Attributes = field(default_factory=Attributes)
    gender: str | None = None
    honorifics: set[str] = field(default_factory=set)  # the genders the honorifics before the names tell


# spk47: a Korean or Chinese given name in two syllables joined by a hyphen, lower case after it ("Jae-won", "Chi-cheng")
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _honorific_gender(person: _Person) -> str | None:
    """The person's pronoun: the one gender all the honorifics before the names tell, else the first gender read.

    Why (spk47): "Union chairman Ingrid X said ... . '...,' she said. Ms X said ...": agency copy writes "chairman"
    and "spokesman" for women too, so an office noun read first had made her "he", leaving her "she" unresolved or
    giving it to a man named since; "Ms", "Mrs", "Mr" or "Sir" is never written for the other sex. (Two honorifics
    that disagree, "Mr X" and "Mrs X" for a couple, tell nothing.)"""
    if len(person.honorifics) == 1:
        return next(iter(person.honorifics))
    return person.gender


def _inside_other_name(s: int, text: str, person_spans: list[tuple[int, int]], offices: Offices) -> bool:
    """Whether a name at ``s`` ends a longer PERSON entity whose word before it is a first name, not
    a title or honorific: "Laura Bush" is not George W. Bush, "President Bush" is."""
    i = bisect.bisect_right(person_spans, (s, 1 << 60)) - 1
    if i < 0 or not person_spans[i][0] < s < person_spans[i][1]:
        return False
    words = text[person_spans[i][0]:s].split()
    prev = words[-1] if words else ""
    return prev[:1].isupper() and prev not in offices.honorifics and (prev.lower(),) not in offices.heads


class ActorFinder:
    """Finds the actors of an article in a parsed Doc, from dictionaries and the text itself.

    ``extra_files``: user YAML dictionaries, in the package's format, that add or replace entries.
    ``people=False`` leaves out the package's list of well-known office holders, so that everything
    about a person comes from the text.
    """

    def __init__(self, extra_files: Iterable[str | Path] = (), people: bool = True) -> None:
        self.extra_files = list(extra_files)
        self.dictionary = Dictionary(self.extra_files, people=people)
        self.titles = TitleReader(self.dictionary.offices)
        offices = self.dictionary.offices
        self.skippable = frozenset(offices.qualifiers) | frozenset(offices.bodies)
        self.coref = coref.Coreference(self.dictionary)
        self.agents = Agents.load(dictionary=self.dictionary)
        # group and body words and agencies' names, in lower case: never a portfolio's last word
        self.body_words = frozenset(self.agents.terms) | frozenset(f.lower() for f in self.agents.agencies)
        # spaCy's ids of the word lists that steps look up in a doc's arrays, sorted for ``is_in``:
        # made once here, not once per text (speed only; get_string_id: a word spaCy also knows as a
        # symbol, such as a label, has that id, not its hash).
        self.organisation_noun_ids = sorted_ids(offices.organisation_nouns)
        self.named_after_ids = sorted_ids(_NAMED_AFTER)
        self.foreign_head_ids = sorted_ids(offices.foreign_heads)
        # (forms of three letters or more: "SE", "SA", "AB" end street addresses and initials as often; a
        # short form not in capitals, "Co", is none of those: actfix51, "Tarnell Pipeline Co said")
        self.legal_form_ids = sorted_ids(f for f in offices.legal_forms
                                         if len(f.rstrip(".")) > 2 or not f.isupper())
        self.hyphen_ids = sorted_ids(["-"])  # (_double_barrelled_unread)
        self.post_nominal_ids = sorted_ids(offices.post_nominals)  # "MSP" (_post_nominal_names)
        self.business_ids = sorted_ids(offices.business)  # "Brewery", in lower case (_trade_names)
        self.members_of_ids = sorted_ids(offices.members_of)
        # the words of _doers_and_work: what a group does ("protests"), a body's work ("reports")
        self.work_words = {**offices.doers, **{w: body for w, (body, _) in offices.body_work.items()}}
        self.work_ids = sorted_ids(self.work_words)

    def __call__(self, doc: Doc, article: Article) -> ActorTable:
        return _without_empty_ids(_Run(self, doc, article).table())


def _without_empty_ids(table: ActorTable) -> ActorTable:
    """Leave out actors whose id has an empty slug (``person:``): a name with no Latin letters would
    otherwise share that one id with every other such name, merging them into one actor."""
    if all(a.id and not a.id.endswith(":") for a in table.actors):
        return table
    keep = {a.id for a in table.actors if a.id and not a.id.endswith(":")}
    return ActorTable(actors=[a for a in table.actors if a.id in keep],
                      mentions=[m for m in table.mentions if m.actor in keep], genders=table.genders,
                      references=[m for m in table.references if m.actor in keep], offices_held=table.offices_held)


class _Run:
    """The work on one document (kept apart from the finder so that the finder holds no per-text state).

    :meth:`table` runs the steps in order; each step is a method that leaves what it found on ``self``
    (the mention index, the person hits, the offices and the title reader's context) for the next.
    """

    def __init__(self, finder: ActorFinder, doc: Doc, article: Article) -> None:
        self.f = finder
        self.doc = doc
        # The article's text is the doc's (spaCy's doc.text is rebuilt from the tokens on every access).
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        self.text = article.text if len(article.text) == end else doc.text
        self.lo = article.content_start
        self.blocked: list[Span] = [article.dateline.span] if article.dateline else []
        # "AP - Police fired ...": an agency's credit alone before a dash opens the body as a dateline does
        # (AG News and wire digests); no other actor's name runs over it (actrec45: spaCy joined the
        # credit to the next words, "AP - Police", and printed that as one organisation, the one that
        # acted lost)
        lead = agency_lead(self.text, article.body_span[0]) if article.dateline is None and article.body_span else None
        self._lead_end = lead[1] if lead else None
        self._dateline_end = article.body_span[0] if article.dateline is not None and article.body_span else None
        self._past_dateline: set[int] = set()  # words after the dateline in an entity run on from it
        self._place_body_state: dict[int, str] = {}  # a body named "of" a place: its end character -> the state
        self.article_dateline_place = article.dateline.place if article.dateline else None
        self.headline = _title_case_headline(self.text, article.headline_span)
        self._headline_span = article.headline_span
        # The one day (Article.office_day, era56) that picks each known person's office in the table of office
        # holders, the sole office holders and the states and bodies of its time (eras.yaml): the published date,
        # else the date the caller reads the text as of (a record's metadata date, a sentence's date in a coded
        # corpus); an undated article's era (era54) sets it later. (Until era56 the table's pick read the
        # published date alone: a page dated only by its metadata gave each person their latest office.)
        self.day = article.office_day
        self.article = article  # (era54: an undated article's era, inferred after the titles are read, goes on it)
        self.mentions: list[Mention] = []
        self.taken: set[int] = set()  # tokens inside a name already found
        self.persons: dict[str, _Person] = {}
        self._written: set[str] = set()  # known persons whose full name the text has given
        self._orgs: dict[str, str] = {}
        self._company: dict[str, str] = {}  # org id -> country, for companies named by their state
        self._groups: dict[str, tuple[str, str, str | None]] = {}  # id -> (name, country, sector)
        self._agent_of: dict[str, tuple[str | None, str | None, str]] = {}  # org id -> (country, sector, kind)
        self._bodies: dict[tuple[str, str], str] = {}  # (state, body words) -> the body's id
        self._by_id: dict[str, Actor] = {}
        self._member_groups: set[str] = set()  # "Earth Now", found before "protesters"
        self._home_groups: set[str] = set()  # unions, employers: with no state named, the story's state's
        self._stateless_groups: set[str] = set()  # actnoun54: "coalition forces": of no state, not the story's
        # (speed56, why two sets: five readers mark a group at home, one, agents.yaml ``country: none``, marks it of
        # no state, in any order, and the second wins over the first wherever they meet (Actor's country): one
        # set each keeps that rule one test, ``in home and not in stateless``, where one map would need a third state)
        self._story: dict[str, int] | None = None  # story_countries(), once the dictionary's names are found
        self._based: set[tuple[int, int]] = set()  # a state's mentions before "-based": where a body sits
        self._inside_names: list[Mention] = []  # a state's words inside an organisation's name (orgstate40)

    def _blocked(self, s: int, e: int) -> bool:
        if s < self.lo:
            return True
        for bs, be in self.blocked:  # a loop, not any() over a generator: called for most words (speed only)
            if bs < e and s < be:
                return True
        return False

    def _tokens(self, s: int, e: int) -> tuple[int, int] | None:
        # (the bounds of doc.char_span(s, e, alignment_mode="expand"), without the Span: speed only)
        toks = token_table(self.doc).char_tokens(s, e)
        return toks if toks is not None and toks[0] < toks[1] else None

    def table(self) -> ActorTable:
        """The steps in order; each reads what the ones before it found (on ``self``)."""
        self._dictionary_names()
        self._state_bodies()
        self._state_groups()
        self._place_bodies()
        self._offices()
        self._named_organisations()
        self._free_state_campaigns()
        self._members_of_named()
        lone = self._persons(self._person_names())
        self._surnames_of_named()
        self._attributes()
        self._article_era()
        self._drop_lone(lone)
        self._monarchs_by_title()
        self._sole_office_holders()
        self._other_organisations()
        self._offices_of_an_office()
        self._bodies_in_titles()
        self._possessive_bodies()
        self._named_in_apposition()
        self._members_bodies()
        self._chamber_committees()
        self._agents()
        self._unnamed_officers()
        self._doers_and_work()
        self._acronyms()
        self._speaking_initials()
        self._initials_and_names()
        self._shared_forms()
        self._home_parties()
        self._described_again()
        self._region_as_state()
        self._persons_followers()
        self._states_inside_names()
        return self._later_mentions()

    def _persons_followers(self) -> None:
        """A person's name, "'s" and a noun for the people who side with or work for a person
        (offices.yaml ``person_followers``: "Mr Hallam's supporters", "Okafor's closest allies", "the
        senator's aides" is left to the office) name a group that acts in the story's politics: an
        actor of its own, of the person's country (``_later_mentions``). Why (actors19): such groups
        speak and act ("Mr X's allies said ...") and were no actor, their words no speaker. Adjectives
        may stand between ("closest", "political"); a pronoun's followers ("his allies") are left out."""
        doc, nouns = self.doc, self.f.dictionary.offices.person_followers
        if not nouns:
            return
        self._followers: dict[str, str] = {}
        by_end = {m.end: m for m in self.mentions if m.actor in self.persons and m.kind in ("name", "alias")}
        # (only the words of the list, from the doc's array of lower-case forms: a token object per word
        # of every doc cost the actors stage about 5% of its instructions)
        for t in token_indices(doc, LOWER, nouns):
            if t < 2:
                continue
            tok = doc[t]
            if not tok.is_lower or tok.tag_ not in ("NNS", "NNPS") or t in self.taken:
                continue
            k = t - 1
            while k > 1 and t - k <= 2 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
                k -= 1
            if doc[k].text not in ("'s", "’s") or (m := by_end.get(doc[k - 1].idx + len(doc[k - 1]))) is None:
                continue
            if doc[k - 1].ent_type_ not in ("PERSON", ""):
                continue  # a club or a firm the person steps misread ("Manchester United's supporters")
            start = m.start
            toks = self._tokens(m.start, m.end)
            if toks is not None and toks[0] > 0 and doc[toks[0] - 1].text in self.f.dictionary.offices.honorifics:
                start = doc[toks[0] - 1].idx
            end = tok.idx + len(tok)
            if self._blocked(start, end):
                continue
            surname = self.persons[m.actor].name.split()[-1]
            oid = "org:" + slug(f"{surname} {tok.lower_}")
            self._orgs.setdefault(oid, self.text[start:end])
            self._agent_of.setdefault(oid, (None, None, "group"))
            self._followers[oid] = m.actor
            self.mentions.append(Mention(tok.idx, end, oid, "name"))
            self.taken.add(t)

    def _region_as_state(self) -> None:
        """In a story that does not name its state, a region of one that acts in its politics
        ("Scotland's farming minister", "Wales has scrapped ...", "Sabah Chief Minister X": the
        region's name before "'s", as a clause's subject or opening an office) is a mention of its
        state: the state takes part through the region's government. (Its other mentions, "in
        Scotland", stay places.) Other states named do not matter (actors15: "Sabah's police
        commissioner" in a story that names the Philippines too still acts for Malaysia). "Sindh's
        government" is the region's own government whether a state is named or not
        (``_regions_government``)."""
        d = self.f.dictionary
        self._regions_as_state: set[tuple[int, int]] = set()
        named = {m.actor for m in self.mentions if m.actor in d.entries and d.entries[m.actor].kind == "state"}
        for n, m in enumerate(self.mentions):
            entry = d.entries.get(m.actor)
            if entry is None or entry.kind != "place" or not entry.country or m.kind != "name":
                continue
            toks = self._tokens(m.start, m.end)
            if toks is None or self._regions_government(n, m, entry, toks[1]) or entry.country in named:
                continue
            last = self.doc[toks[1] - 1]
            if self.text.startswith(("'s ", "’s "), m.end) or (last.dep_ in ("nsubj", "nsubjpass") and last.head.pos_ in ("VERB", "AUX")) \
                    or self._opens_an_office(toks[1]):
                self.mentions[n] = replace(m, actor=entry.country)
                self._regions_as_state.add((m.start, m.end))

    def _regions_government(self, n: int, m: Mention, region: Entry, i: int) -> bool:
        """ "Sindh's government", "Sabah's state government": the region's own government (a GOV body
        of its state, as "the Sindh government" is), not its state: read as the state, the region's
        government said what the state said. Returns whether the mention was taken so."""
        doc, d = self.doc, self.f.dictionary
        if i + 1 >= len(doc) or doc[i].text not in ("'s", "’s"):
            return False
        j = i + 1 + (doc[i + 1].lower_ in d.offices.sub_national)
        if j >= len(doc) or doc[j].lower_ != "government" or j in self.taken:
            return False
        oid = "org:" + slug(f"{region.name} government")
        self._orgs.setdefault(oid, self.text[m.start:doc[j].idx + len(doc[j])])  # the name as the text gives it
        self._agent_of.setdefault(oid, (region.country, "GOV", "body"))
        self.mentions[n] = Mention(m.start, doc[j].idx + len(doc[j]), oid, "name")
        self.taken.update(range(i, j + 1))
        return True

    def _opens_an_office(self, i: int) -> bool:
        """Whether an office title read at token ``i`` follows the region's name right after it ("Sabah
        Chief Minister NAME", "Sindh Home Minister NAME"): the region names the state its holder serves,
        as "Sabah's chief minister" does (regions.yaml: a region with no state named in the story)."""
        return any(o.start == i for o in self.offices)

    def _dictionary_names(self) -> None:
        """1. Dictionary names: states, organisations, places, known persons."""
        doc, text, d = self.doc, self.text, self.f.dictionary
        # Two-or-more-word PERSON entities: a state name at their start is a first name ("Chad Smith").
        self.ents = _join_coordinated(doc, token_table(doc).ents, d.offices.coordinated_heads, self.f.body_words,
                                      d.offices.name_particles)  # (doc.ents is rebuilt on every access: read once per doc)
        self.ents, places_of = _bodies_of_places(doc, self.ents, d.offices.body_of_state_heads, d.forms, d.city_states)
        self._place_body_state = {end: state for end, place in places_of.items()
                                  if (state := d.city_states.get(place) or d.region_states.get(place))}
        if self._lead_end is not None:
            self.ents = _past_agency_lead(doc, self.ents, self._lead_end)
        # actfix53: "ATLANTA, June 2 - Kelvane Vending Systems inc said": spaCy runs the dateline's date over
        # its dash into the company's name ("June 2 - Kelvane Vending Systems inc", a date). The date's
        # words after the dateline are read as if no entity held them (the legal-form rule below).
        if self._dateline_end is not None:
            self._past_dateline = {t.i for ent in self.ents if ent.label == _DATE_ID
                                   and ent.start_char < self._dateline_end < ent.end_char
                                   for t in ent if t.idx >= self._dateline_end}
        person_ents = {ent.start_char: ent.end_char for ent in self.ents if ent.label == _PERSON and len(ent) > 1}
        person_spans = sorted(person_ents.items())
        # ORG entities that start with a capital and go on in capitalised words that name no state body
        # ("Helsinki Watch", "Tirana Times"): the city is part of the organisation's name. With a "the"
        # that spaCy put in the entity, only a forum of many states named after the capital where it
        # first met ("the Paris Club", "The Lima Group": offices.yaml forum_name_ends; actors38): "the
        # London Stock Exchange" is still read here, and is the state's organisation (its words no
        # mention of the state: _states_inside_names).
        offices = self.f.dictionary.offices
        # speed29: the ORG entities' first and last words read from the table (their index, "the" by
        # its id, the last word's text sliced from the article: ``tok.lower_`` is its text lower-cased),
        # not by ``ent[0]`` and ``ent[-1]``, each a new token object (speed only: the same values)
        table = token_table(doc)
        firsts, ends, lowers = table.idx, table.ends, table.lower_id
        orgs = [(ent, ent.start + (lowers[ent.start] == WORD_THE), text[firsts[ent.end - 1]:ends[ent.end - 1]])
                for ent in self.ents if ent.label == _ORG]
        named_after_city = {firsts[a]: ent.end_char for ent, a, last_word in orgs
                            if ent.end - ent.start > 1 + (a > ent.start)
                            and (a == ent.start or ent.end - ent.start == 3 and last_word in offices.forum_name_ends)
                            and last_word[:1].isupper() and last_word.lower() not in offices.bodies
                            and last_word.lower() not in offices.stand_ins and last_word.lower() not in offices.groups
                            and last_word.lower() not in self.f.agents.terms}
        # ORG entities that open with a region's name and end in a word for an organisation of its
        # own (offices.yaml organisation_nouns, member_body_words: "the Sulawesi Miners' Union", "the
        # Penang Developers' Association"): the region is part of the body's name, not a mention.
        own_kinds = set(offices.organisation_nouns) | {w.lower() for w in offices.member_body_words}
        named_after_region = {firsts[a]: ent.end_char for ent, a, last_word in orgs
                              if ent.end - ent.start > 1 + (a > ent.start)
                              and last_word[:1].isupper() and last_word.lower() in own_kinds}
        # ORG entities that name a company by a word of business ("Malaysia Airlines", "Bank of China"):
        # a state named inside one is the company's country, not a mention of the state.
        business = self.f.dictionary.offices.business
        companies = [(ent.start_char, ent.end_char) for ent, _, _ in orgs if ent.end - ent.start > 1
                     and any(text[firsts[k]:ends[k]].lower() in business for k in range(ent.start, ent.end))
                     and not any(text[firsts[k]:ends[k]].lower() in offices.bodies for k in range(ent.start, ent.end))]
        self._company_country: dict[int, str] = {}  # company entity's end -> the state in its name
        # ORG entities whose name ends in "of" and a state ("the Mineworkers Union of Zambia",
        # "University of Ghana"): the state is the organisation's country, not a mention of the state
        # (a head word that stands for the state or names an office is left out: "the Government of
        # Chad", "President of Chad").
        named_of = {ent.end_char: ent for ent, _, _ in orgs if ent.end - ent.start > 2
                    and any(lowers[k] == WORD_OF and text[firsts[k - 1]:ends[k - 1]][:1].isupper()
                            and text[firsts[k - 1]:ends[k - 1]].lower() not in offices.stand_ins
                            and (text[firsts[k - 1]:ends[k - 1]].lower(),) not in offices.heads
                            for k in range(ent.start + 1, ent.end - 1))}
        self._named_of_country: dict[int, str] = {}  # such an entity's end -> the state in its name
        self.state_by_end: dict[int, tuple[int, str]] = {}
        self.state_by_start: dict[int, tuple[int, str]] = {}
        self.any_by_end: dict[int, int] = {}
        self.any_by_start: dict[int, int] = {}
        self.igo_by_end: dict[int, int] = {}  # an international body's name: last token + 1 -> first (persons.py)
        self.igo_by_start: dict[int, int] = {}
        self.named_states: list[tuple[int, str]] = []
        self.state_by_start_char: dict[int, int] = {}  # a state mention's first character -> token after it
        self.person_hits: list[tuple[int, int, str]] = []  # (token start, token end, person id)
        last: Mention | None = None
        self._nation_bodies: dict[str, str] = {}  # "NHS England" -> GBR (_body_of_a_nation)
        self._state_named_bodies: dict[str, tuple[str, str | None]] = {}  # "Shell Canada" -> (CAN, None)
        bare: list[tuple[int, tuple[int, int], str]] = []  # a known person's surname alone: (char, tokens, id)
        local_initials: dict[str, str] = {}  # initials the text gave an international body in brackets

        for s, e in d.doc_names(doc, text, self.lo):
            if self._blocked(s, e):
                continue
            form_text = text[s:e].replace("\n", " ")  # a name run over a line break, read with a space
            form = d.forms[form_text]
            # An actor of its time (eras.yaml): "the Community" means the EC only in copy of its
            # time (and never inside another name: "East African Community"); "Moscow" in 1987 is
            # the Soviet Union's.
            era_form = d.era_forms.get(form_text)
            if era_form is not None and (not era_form[2].covers(self.day)
                                         or _AFTER_NAME.search(text, max(0, s - 30), s)):
                continue
            entry = d.entries[d.of_its_time(form.actor, form.kind, self.day) or form.actor]
            if entry.veto and any(v in text for v in entry.veto) and not any(k in text for k in entry.veto_unless):
                continue
            if form.kind == "capital" and s in named_after_city and e < named_after_city[s]:
                continue  # left to the organisation's name
            if entry.kind == "place" and form.kind == "name" and s in named_after_region and e < named_after_region[s]:
                continue  # (actors15) "the Penang Developers' Association": the region opens a body's own name
            # "U.S. dollars", "Canadian dlrs": the state only issues the money there (offices.yaml
            # currency_words); no mention of it, nor a person's or a body's word either
            if entry.kind == "state" and text[e:e + 1].isspace() and \
                    _next_word(text, e + 1).lower() in d.offices.currency_words:
                self._take(s, e)
                continue
            if form.kind == "capital" and _LOCATIVE.search(text, max(0, s - 12), s):
                self._take(s, e)  # a place: not a mention, and not a person either
                continue
            # "a Paris-based weekly", "the U.S.-based company": where a body sits. The mention stays
            # (the body's people are of that state: "head of the Lisbon-based group"), but it is not
            # the state named in the story's politics: a bare "the government" after it is still the
            # dateline's state (_stand_in_of_home).
            if entry.kind == "state" and form.kind != "adjective" and text.startswith(_BASED, e):
                self._based.add((s, e))
            # "Pakistan's Foreign Office" is Pakistan's, not the British one.
            if form.kind == "seat" and last is not None and last.kind in ("name", "adjective") \
                    and d.entries[last.actor].kind == "state" and text[last.end:s] in (" ", "'s ", "’s "):
                continue
            if entry.kind == "state" and form.kind != "adjective" and s in person_ents and e < person_ents[s] \
                    and text[e:e + 1] == " " and text[e + 1:e + 2].isupper():
                continue
            # ... and a state's word as the second half of a double-barrelled surname inside a person's
            # name ("Marguerite Ollenshaw-Dane") is part of the name, not the state ("Franco-German"
            # talks are no person's name: spaCy tags no PERSON over them).
            if entry.kind == "state" and s > 1 and text[s - 1] == "-" and text[s - 2].isalpha() \
                    and any(a < s and e <= b for a, b in person_spans):
                continue
            # A known person's surname inside another full name is someone else ("Laura Bush",
            # "Jerome Powell"): the text's person stands.
            if entry.kind == "person" and " " not in form_text and \
                    _inside_other_name(s, text, person_spans, d.offices):
                continue
            if entry.kind in ("igo", "organization", "group") and self._another_body_named_after(s, e, form_text, last):
                continue  # "the Kenya Red Cross Society": left to the organisation's name, of its state
            if entry.kind in ("organization", "group") and (self._inside_longer_name(s)
                                                           or self.f.agents.ends_other_party(text, s, e)):
                continue
            if entry.kind in ("organization", "group") and self._opens_place_name(s, e):
                continue  # evmodtgt43: "the West Bank", "the West Midlands": a place's name, not the bloc
            if form.kind == "adjective" and form_text in d.offices.party_modifiers and not self._party_modifier(e):
                continue  # "the Democratic Republic of Congo", "Republican Guard": not the party
            if form_text in d.offices.portfolio_parties and self._portfolio_not_party(s, e):
                # "Labour Minister X", "Ministry of Labour": the portfolio, not the party (after "of"
                # its word is taken, so that the agents lexicon does not read the party either; before
                # an office it is left to the title, "Labour Minister", and after "and" to the name)
                if text[max(0, s - 4):s] == " of ":
                    self._take(s, e)
                continue
            # "Albania's Democratic Party", "the Albanian Democratic Party": a party of that name in
            # another state than the dictionary's (left to the organisation steps, with that state).
            if entry.kind in ("organization", "group") and entry.country and last is not None \
                    and d.entries[last.actor].kind == "state" and last.actor != entry.country \
                    and text[last.end:s] in (" ", "'s ", "’s "):
                continue
            # "Hungary's EU affairs minister": a portfolio, the minister is Hungary's, not the EU's.
            if entry.kind == "igo" and _PORTFOLIO.match(text, e):
                self._take(s, e)
                continue
            if entry.kind == "state" and form.kind == "name" and self._body_of_the_state(s, e, entry.id):
                continue  # "the Law Society of Kenya": the body's name, of its state (_named_organisations)
            if entry.kind == "state" and form.kind == "name" and e in named_of and \
                    re.search(r"\S of (?:the )?$", text[named_of[e].start_char:s]):
                self._named_of_country.setdefault(e, entry.id)
                continue
            if entry.kind == "state" and form.kind == "name" and \
                    (company := next(((a, b) for a, b in companies if a <= s and e <= b), None)):
                self._company_country.setdefault(company[1], entry.id)
                continue
            if entry.kind == "place" and entry.country and form.kind == "name" and \
                    form_text in d.offices.body_nations and self._body_of_the_state(s, e, entry.country):
                continue  # "the Probation Officers Federation of England and Wales": a body of the nations' state
            if entry.kind == "place" and entry.country and form.kind == "name" and self._body_of_a_nation(s, e, entry.country):
                continue  # "NHS England", "Police Scotland": the nation's own body, named after it
            if entry.kind == "state" and form.kind == "name" and self._body_named_after_its_state(s, e, entry.id, last):
                last = last if last in self.mentions else None
                continue  # "Shell Canada", "Amnesty International UK": a body's name ends in its state's
            if entry.kind == "place" and entry.country and form.kind == "name" and self._listed_with_states(s, e, last):
                entry = d.entries[entry.country]  # "France, England and Italy": a nation among states
            toks = self._tokens(s, e)
            if toks is None:
                continue
            self.taken.update(range(*toks))
            if entry.kind == "person":
                if " " not in form_text and form_text != entry.name \
                        and not (form_text.isupper() and any(f[0] == form_text for f in entry.forms)):  # not "MBS"
                    bare.append((s, toks, entry.id))
                self.person_hits.append((toks[0], toks[1], entry.id))
                self._person(entry.id, entry.name, entry)
                # The text wins on the spelling too: a full name as the article writes it ("Oleksandr
                # Syrsky") is the record's name, not the table's other transliteration.
                written = form_text
                if " " in written and not written.isupper() and entry.id not in self._written:
                    self._written.add(entry.id)
                    self.persons[entry.id].name = written
                continue
            # "the Islamic Development Bank (IDB)": initials in brackets right after an international
            # body's name are that body's in this text, though the lexicon gives them to another with
            # the same initials (IDB: the Inter-American Development Bank); so are their later uses
            # (actors38)
            if entry.kind == "igo" and form_text.isupper():
                if form_text in local_initials:
                    entry = d.entries[local_initials[form_text]]
                elif last is not None and last.actor != entry.id and text[last.end:s] == " (" \
                        and d.entries[last.actor].kind == "igo" \
                        and _initials(text[last.start:last.end]) == form_text.replace(".", ""):
                    local_initials[form_text] = last.actor
                    entry = d.entries[last.actor]
            last = Mention(s, e, entry.id, _KIND_OF_FORM[form.kind], form.sector)
            self.mentions.append(last)
            self.any_by_end[toks[1]] = toks[0]
            self.any_by_start[toks[0]] = toks[1]
            if entry.kind == "igo":
                self.igo_by_end[toks[1]] = toks[0]
                self.igo_by_start[toks[0]] = toks[1]
            if entry.kind == "state":
                self.state_by_start_char[s] = toks[1]
                self.state_by_end[toks[1]] = (toks[0], entry.id)
                self.state_by_start[toks[0]] = (toks[1], entry.id)
                if form.kind != "adjective":
                    self.named_states.append((toks[0], entry.id))
        self._unsupported_surnames(bare)

    def story_countries(self) -> dict[str, int]:
        """The states the story is about, each with a weight: the dateline's state (3), every state
        the text names by its name, adjective, capital or seat, and the state of every organisation or
        named agency of one state ("the Bundestag", "the FSB"), one each, two in the lead (the first
        300 characters), where a story says what it is about. Computed once per article."""
        if self._story is not None:
            return self._story
        d, counts = self.f.dictionary, {}
        lead = self.lo + 300

        def add(state: str | None, at: int, weight: int = 1) -> None:
            if state:
                counts[state] = counts.get(state, 0) + weight + (1 if at < lead else 0)

        for m in self.mentions:
            entry = d.entries.get(m.actor)
            if entry is not None:
                add(m.actor if entry.kind == "state" else entry.country if entry.kind != "person" else None, m.start)
        for s, _e, country in self.f.agents.named_agencies(self.text, self.doc):
            # (not a form several states' bodies share, "CBI", "BNP": its lexicon state is only a
            # guess, which _shared_state makes from the story; counted, the guess outvoted the story's
            # own state, "British" or "UK" named once: actors19)
            if s >= self.lo and not self._blocked(s, _e) and self.text[s:_e] not in self.f.agents.shared:
                add(country, s)
        for name, (country, _sector) in self._state_named_bodies.items():
            # a body named after its state ("Harvest Share UK") tells the story's state as its state's
            # name did before it joined the body's (_body_named_after_its_state)
            add(country, max(self.text.find(name, self.lo), self.lo))
        add(self._home(), self.lo, 3)
        self._story = counts
        return counts

    def _shared_state(self, form: str, default: str | None) -> str | None:
        """The state whose body a form shared by several states' bodies ("SDF", "IAF") names here:
        the one of them the story is most about, the lexicon's own when the story names none more."""
        states = self.f.agents.shared.get(form)
        if not states:
            return default
        story = self.story_countries()
        best = max(states, key=lambda c: story.get(c, 0))
        return best if story.get(best, 0) > story.get(default or "", 0) else default

    def _shared_forms(self) -> None:
        """An agency named by a form other states' bodies share is, in a story about one of those
        states, that state's body: one actor named by the form, of that state, in the agency's sector."""
        if not self.f.agents.shared:
            return
        renamed: dict[str, str] = {}
        for n, m in enumerate(self.mentions):
            form = self.text[m.start:m.end]
            if m.actor not in self._agent_of or form not in self.f.agents.shared:
                continue
            country, sector, kind = self._agent_of[m.actor]
            state = self._shared_state(form, country)
            if state == country:
                continue
            oid = renamed.setdefault(m.actor, f"org:{slug(form)}-{(state or '').lower()}")
            self._agent_of.setdefault(oid, (state, self.f.agents.shared[form].get(state or "", sector), kind))
            self._orgs.setdefault(oid, form)
            self.mentions[n] = replace(m, actor=oid)

    def _home_party(self, entry: Entry, form: str) -> str | None:
        """The state whose party a party name that several states' parties share (offices.yaml
        ``common_party_forms``: "the Conservatives", "the Democratic Party") names here: the
        dateline's state, where it is another state than the dictionary's party's and the text names
        the dictionary's state nowhere ("OTTAWA - The Conservatives forced a vote": Canada's, not
        Britain's). None where the name is the dictionary's party's."""
        if form not in self.f.dictionary.offices.common_party_forms or not entry.country:
            return None
        home = self._home()
        if home is None or home == entry.country:
            return None
        d = self.f.dictionary
        if any(m.actor == entry.country or (m.actor in d.entries and d.entries[m.actor].kind != "state"
                                            and d.entries[m.actor].sector not in _PARTY_SECTORS
                                            and d.entries[m.actor].country == entry.country)
               for m in self.mentions):
            return None
        return home

    def _home_parties(self) -> None:
        """A party name several states' parties share, in a story datelined in another state than the
        dictionary's party's and naming that state nowhere, is the dateline state's party
        (_home_party): one actor named by the form, of that state."""
        d = self.f.dictionary
        if not d.offices.common_party_forms or self._home() is None:
            return
        for n, m in enumerate(self.mentions):
            entry = d.entries.get(m.actor)
            if entry is None or entry.kind == "state" or entry.sector not in _PARTY_SECTORS:
                continue
            form = self.text[m.start:m.end]
            state = self._home_party(entry, form)
            if state is None:
                continue
            # one actor per party, named as the text first names it ("Conservative leader": the party's name)
            oid = f"{entry.id}-{state.lower()}"
            self._orgs.setdefault(oid, entry.name if m.kind == "adjective" else form)
            self._agent_of.setdefault(oid, (state, entry.sector, "agency"))
            self.mentions[n] = replace(m, actor=oid)

    def _unsupported_surnames(self, bare: list[tuple[int, tuple[int, int], str]]) -> None:
        """A known office holder's surname alone ("Johnson", "Harper", "Cameron") is common to many
        people: it is that office holder unless the text speaks against it: a title before the surname
        that he never held ("Sheriff Cameron"), or a story about states (its dateline, the states and
        their bodies it names) none of which he served (nor, for the head of an international body,
        naming the body), with no full name of his anywhere. Then it is someone the story names by
        surname (an American Johnson in a story from Ohio), left to the person steps."""
        holders = self.f.dictionary.holders
        if not bare or holders is None:
            return
        home = self._home()
        story = set(self.story_countries()) | {m.actor for m in self.mentions}
        heads = self.f.dictionary.offices.heads
        dropped: set[tuple[int, int]] = set()
        for s, toks, pid in bare:
            person = holders.people.get(pid)
            if person is None or pid in self._written:
                continue
            offices = {w for h in person.holdings if h.office for w in h.office.lower().split()}
            before = re.findall(r"[A-Za-z][\w.-]*", self.text[max(self.lo, s - 40):s])[-3:]
            titled = any(tuple(w.lower() for w in before[-k:]) in heads for k in range(1, len(before) + 1))
            if titled and before[-1].lower() in offices:
                continue  # "Prime Minister Johnson"
            served = {h.country for h in person.holdings} | {h.body for h in person.holdings}
            # A title he never held speaks against the table ("Mayor Cameron"), and so does a
            # dateline that sets the story in a state he never served, when the story names none of
            # his states either. A story with no dateline (a BBC page about Mr Blair that names Iraq
            # but never Britain) says nothing against it.
            if not titled and (home is None or served & story):
                continue
            dropped.add(toks)
            self.taken.difference_update(range(*toks))
        if dropped:
            self.person_hits = [h for h in self.person_hits if (h[0], h[1]) not in dropped]
            kept = {pid for _a, _b, pid in self.person_hits}
            for _s, _toks, pid in bare:
                if pid not in kept:
                    self.persons.pop(pid, None)

    def _body_of_the_state(self, s: int, e: int, state: str) -> bool:
        """A state's name after "of" that follows a capitalised body's head word (offices.yaml
        ``body_of_state_heads``: "the Law Society of Kenya", "the Cassava Growers' Board of Kenya", "the
        National Assembly of Zambia") ends that body's name, whatever spaCy made of it: one
        organisation of that state (not the state's mention; the name runs back over capitalised
        words to the head's first, short of a determiner or a sentence's opening "The"). Not an
        office or a government ("President of Kenya", "the Government of Kenya": no such head)."""
        doc, offices = self.doc, self.f.dictionary.offices
        toks = self._tokens(s, e)
        if toks is None or toks[0] < 2 or doc[toks[0] - 1].lower != WORD_OF:
            return False
        h = toks[0] - 2
        if not doc[h].is_title or doc[h].lower_ not in offices.body_of_state_heads:
            return False
        a = h
        while a > 1 and h - a < 5 and (doc[a - 1].is_title and doc[a - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                                       or doc[a - 1].text in _POSSESSIVE_MARKS and doc[a - 2].is_title) \
                and doc[a - 1].lower_ not in ("the", "a", "an") and a - 1 not in self.taken:
            # (over "People's" too: "the People's Party of Ghana"; and over a plural's bare apostrophe,
            # "the Teachers' Union of Serbia": actors16, the name was cut to "Union of Serbia")
            a -= 1
        if doc[a].text in _POSSESSIVE_MARKS:
            a += 1
        if a == h and doc[a].lower_ in offices.body_of_state_heads and doc[a].is_sent_start:
            return False  # "Council of Europe"-like names at a sentence's start are left to the lexicon
        if any(i in self.taken for i in range(a, h + 1)) or self._blocked(doc[a].idx, e):
            return False
        # "... of England and Wales": two nations of one state end the name together
        pair = re.match(r" and (" + "|".join(map(re.escape, offices.body_nations)) + r")\b", self.text[e:e + 30])
        if pair is not None and self.text[s:e] in offices.body_nations:
            e += pair.end()
            if (later := self._tokens(e - len(pair.group(1)), e)) is not None:
                self.taken.update(range(*later))
        self._nation_bodies.setdefault(self.text[doc[a].idx:e], state)
        return True

    def _body_of_a_nation(self, s: int, e: int, country: str) -> bool:
        """A nation of a union state named right after an acronym or a body's word, in one name ("NHS
        England", "NHS Scotland", "Police Scotland", "Audit Scotland": offices.yaml
        ``nation_body_heads``) is a public body of that nation, an organisation of its state; read
        apart, the nation acted as the state and the body was lost. Only the nations of
        ``body_nations`` ("New England" is no body: "New" is neither an acronym nor a head)."""
        offices, doc = self.f.dictionary.offices, self.doc
        toks = self._tokens(s, e)
        if toks is None or toks[0] == 0 or self.text[s:e] not in offices.body_nations:
            return False
        prev = doc[toks[0] - 1]
        two = doc[toks[0] - 2: toks[0]].text if toks[0] >= 2 else ""
        a = toks[0] - 2 if two in offices.nation_body_heads else toks[0] - 1
        if not (prev.text in offices.nation_body_heads or two in offices.nation_body_heads
                or (_is_acronym(prev.text) and prev.is_upper and len(prev.text) <= 6)):
            return False
        if any(i in self.taken for i in range(a, toks[0])) or self._blocked(doc[a].idx, e):
            return False
        # (named as an organisation by _named_organisations, with every place the text writes it)
        self._nation_bodies.setdefault(self.text[doc[a].idx:e], country)
        return True

    def _body_named_after_its_state(self, s: int, e: int, state: str, last: Mention | None) -> bool:
        """A state's name that ends a body's name ("Shell Canada", "Statistics Canada", "Cancer
        Research UK", "Amnesty International UK", "Oxfam America": a national branch, firm or agency
        named by its own words and then its state's) is part of that name: one organisation of that
        state. Why (actors19): the dictionary took the state's name out of the name, so the state
        spoke for the body ("Shell Canada said": Canada said) and the body, or its branch, was lost.
        The words before it are a name spaCy tags as an organisation (over the state's name, or
        ending just before it), or a body the dictionary knows named just before. Not where another
        capitalised word goes on with the name ("Texaco Canada Inc": the company rule), in a
        title-case headline, or where the words before are a state's or another dictionary name."""
        doc, d = self.doc, self.f.dictionary
        toks = self._tokens(s, e)
        if toks is None or toks[0] == 0 or self.text[s - 1:s] != " " or self._blocked(s, e):
            return False
        a0, b0 = toks
        if b0 < len(doc) and doc[b0].is_alpha and doc[b0].text[:1].isupper() and not doc[b0].is_sent_start:
            return False
        if self._headline_span is not None and self._headline_span[0] <= s < self._headline_span[1]:
            return False
        if doc[b0 - 1].dep_ in ("compound", "amod", "nmod") and doc[b0 - 1].head.i >= b0:
            return False  # "the MG Rover China tie-up": the state's name modifies what follows
        sector = None
        if last is not None and last.end == s - 1 and last.kind == "name" \
                and d.entries[last.actor].kind in ("organization", "group") and last.actor not in self.persons:
            known = self._tokens(last.start, last.end)
            if known is None:
                return False
            a = known[0]
            sector = d.entries[last.actor].sector
            self.mentions.remove(last)
            self.taken.difference_update(range(*known))
            self.any_by_end.pop(known[1], None)
            self.any_by_start.pop(known[0], None)
        else:
            ent = next((x for x in self.ents if x.label == _ORG and x.start < a0 and x.end in (a0, b0)), None)
            a = self._name_before_state(a0, b0) if ent is None else ent.start + (doc[ent.start].lower_ == "the")
            if a is None:
                return False
            own = doc[a:a0]
            if not len(own) or any(t.i in self.taken or not (t.is_alpha and t.text[:1].isupper()) for t in own) \
                    or own[0].text in _REGION_OPENERS or any(t.i in self.state_by_end or t.i in self.state_by_start for t in own) \
                    or (len(own) == 1 and own[0].lower_ in d.offices.state_qualifiers):
                return False  # ("Imperial Japan", "Corporate America": the state itself, of an era or a part)
        name = self.text[doc[a].idx:e]
        self._state_named_bodies.setdefault(name, (state, sector))
        return True

    def _name_before_state(self, a0: int, b0: int) -> int | None:
        """Where spaCy tags no organisation there, the first token of proper nouns that the parser
        hangs on a state's name as compounds ("Relief Bridge America said", "Fairhaven Rights UK
        urged"): two or more make a name of the state's name as its last word; one does only beside a
        noun that says an organisation ("Vardex Brazil, the local arm of ...", "the charity Kelso UK":
        offices.yaml ``organisation_nouns``, ``branch_nouns``), since one proper noun before a state's
        name is as often a person's first name or an era ("Nazi Germany"). None where there are none."""
        doc, offices = self.doc, self.f.dictionary.offices
        last = doc[b0 - 1]
        a = a0
        while a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].pos_ == "PROPN" and a <= doc[a - 1].head.i < b0:
            a -= 1
        if a == a0 or any(t.pos_ != "PROPN" or t.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "TIME")
                          or t.text in offices.honorifics for t in doc[a:a0]):
            return None
        if a > 0 and doc[a - 1].text in offices.honorifics:
            return None
        if a0 - a >= 2:
            return a
        nouns = set(offices.organisation_nouns) | offices.branch_nouns
        described = any(c.dep_ == "appos" and c.lower_ in nouns for c in last.children) \
            or (a > 0 and doc[a - 1].lower_ in nouns)
        return a if described else None

    def _listed_with_states(self, s: int, e: int, last: Mention | None) -> bool:
        """Whether the region named at ``s``-``e`` (places.yaml, with its state) stands in a list of
        states' names ("talks in France, England and Italy", "Wales and Ireland"): listed as a country
        among countries, it is its state, not a place in it."""
        d, text = self.f.dictionary, self.text
        if last is not None and last.kind == "name" and d.entries[last.actor].kind == "state" \
                and text[last.end:s] in (", ", " and ", ", and "):
            return True
        sep = _LIST_JOINER.match(text, e)
        nxt = d.pattern.match(text, sep.end()) if sep else None
        if nxt is None or (form := d.forms.get(nxt.group())) is None or form.kind != "name":
            return False
        return d.entries[form.actor].kind == "state"

    def _portfolio_not_party(self, s: int, e: int) -> bool:
        """Whether a party's name that is also a government's field (offices.yaml
        ``portfolio_parties``: "Labour") names the field here: before a capitalised office or body
        of a portfolio ("Labour Minister", "Labour Ministry", "Labour Relations Court"), after "of"
        that follows an office or a body ("Minister of Labour", "Department of Labour"), or joined by
        "and" to another capitalised field ("Employment and Labour Relations"). A party's own people
        stay the party's ("Labour MP", "Labour leader", "a Labour minister", "voted for Labour")."""
        offices, text = self.f.dictionary.offices, self.text
        after = _NEXT_WORD.match(text, e)
        if after is not None and after.group(1) == " " and after.group(2) in offices.portfolio_heads:
            return True
        before = re.search(r"([A-Za-z]+) (of|and) $", text[max(0, s - 40):s])
        if before is None:
            return False
        word = before.group(1)
        if before.group(2) == "of":
            return (word.lower(),) in offices.heads or word.lower() in offices.bodies
        return word[:1].isupper() and after is not None and after.group(2)[:1].isupper()

    def _party_modifier(self, end: int) -> bool:
        """Whether a party adjective that is also a common word (offices.yaml ``party_modifiers``)
        ending at ``end`` modifies an office, a title, a word for people or bodies, or another party
        adjective after "and"/"or": "Republican senator", "Democratic Sen.", "Democratic lawmakers",
        "Republican-led", "Republican and Democratic leaders"."""
        offices = self.f.dictionary.offices
        after = _NEXT_WORD.match(self.text, end)
        if after is None:
            return False
        word = after.group(2)
        if after.group(1) == "-":
            return word.lower() in offices.party_modifier_nouns
        if word in ("and", "or") or self.text.startswith(" as well as", end):
            following = _NEXT_WORD.match(self.text, after.end() + (8 if word == "as" else 0))
            return following is not None and following.group(2) in offices.party_modifiers
        lower = word.lower().rstrip(".")
        singular = lower[:-1] if lower.endswith("s") else lower
        title = word in offices.party_modifier_nouns or any(head[0] in (lower, singular) for head in offices.heads)
        if word[:1].isupper():  # "Democratic Forces for ...", "Republican Guard": another name goes on
            return title
        return title or lower in offices.party_modifier_nouns or lower in self.f.agents.terms or lower in offices.groups

    def _another_body_named_after(self, s: int, e: int, form_text: str, last: Mention | None) -> bool:
        """Whether a known body's name at [s, e) is part of another body's name, in one ORG entity:
        after a state's name or adjective, for a name its national members carry ("the Kenya Red
        Cross Society": offices.yaml ``national_branches``), or before a word that makes a members'
        body of it ("the NHS Retired Nurses' Association": ``member_body_words``)."""
        offices = self.f.dictionary.offices
        toks = self._tokens(s, e)
        if toks is None:
            return False
        doc = self.doc
        a, b = toks
        if doc[a].ent_type != ENT_ORG or doc[b - 1].ent_type != ENT_ORG:
            return False
        if form_text in offices.national_branches and last is not None and last.end <= s \
                and self.f.dictionary.entries[last.actor].kind == "state" and self.text[last.end:s] == " " \
                and doc[a].ent_iob_ == "I":
            return True
        end = b
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
            end += 1
        return any(doc[k].text in offices.member_body_words for k in range(b, end))

    def _opens_place_name(self, s: int, e: int) -> bool:
        """Round 43 (evmodtgt43): whether a bloc's or body's name at [s, e) opens a longer place name: one
        GPE, LOC or NORP entity runs on from its last word over a capitalised word ("the West Bank", "the
        West Midlands", "West African"). "accused the West Tuesday" is two entities: the bloc stays."""
        toks = self._tokens(s, e)
        if toks is None or toks[1] >= len(self.doc):
            return False
        last, after = self.doc[toks[1] - 1], self.doc[toks[1]]
        return last.ent_type in _PLACE_IDS and after.ent_iob_ == "I" and after.ent_type == last.ent_type \
            and after.text[:1].isupper()

    def _inside_longer_name(self, s: int) -> bool:
        """Whether a known organisation's name at ``s`` ends a longer name: one entity runs on from a
        capitalised word before it ("Social Democrats" is not the Democrats, "Liberal Democratic
        Party" not the Democratic Party; "House Democrats", two entities, are)."""
        toks = self._tokens(s, s + 1)
        if toks is None or toks[0] == 0:
            return False
        prev, first = self.doc[toks[0] - 1], self.doc[toks[0]]
        if not (prev.is_title and prev.pos_ in ("PROPN", "ADJ") and prev.ent_type_ not in ("GPE", "PERSON")
                and prev.lower_ not in self.f.dictionary.offices.bodies):
            return False
        if first.ent_iob_ == "I":
            return True
        # "the Social Democrats", "the Free Democrats", "the New Democrats": spaCy leaves the adjective
        # out of a plural party name's entity, and a Berlin story's Social Democrats became America's
        # Democrats. A capitalised adjective inside a sentence runs on into a plural name; at a
        # sentence's start ("Angry Democrats walked out") only where the two words are a name the
        # agents lexicon knows.
        if not first.text.endswith("s"):
            return False
        # (a nationality before it is no part of the name: "the Scottish Conservatives", "the German
        # Greens" are that nation's party of the plural name)
        if prev.ent_type_ == "NORP" or (form := self.f.dictionary.forms.get(prev.text)) is not None \
                and form.kind == "adjective":
            return False
        if not prev.is_sent_start:
            return True
        known = self.f.agents.resolve_text(f"{prev.text} {first.text}")
        return known is not None and known.kind == "agency"

    def _state_bodies(self) -> None:
        """A state named just before a body of it is that branch."""
        doc, d = self.doc, self.f.dictionary
        # A state named just before a body of it is that branch: "the Russian Foreign Ministry" (GOV).
        bodies, quals = self.f.dictionary.offices.bodies, self.f.dictionary.offices.qualifiers
        for n, m in enumerate(self.mentions):
            if m.kind in ("name", "adjective") and m.sector is None and d.entries[m.actor].kind == "state":
                i = self.state_by_start_char.get(m.start, len(doc))
                # "Swedish, Danish and Finnish police": the body the coordinated adjectives share
                i = self._past_coordinated_adjectives(m, i)
                for tok in doc[i: i + 4]:
                    if tok.lower_ in bodies:
                        if bodies[tok.lower_]:
                            self.mentions[n] = Mention(m.start, m.end, m.actor, m.kind, bodies[tok.lower_])
                        break
                    if tok.lower_ not in quals and tok.text not in ("'s", "’s"):
                        break

    def _state_groups(self) -> None:
        """A country word just before a group noun names that group."""
        doc, text, d = self.doc, self.text, self.f.dictionary
        # A country word just before a group noun names that group, not the state: "Syrian rebels",
        # "Georgian demonstrators" (the rebels fighting the Syrian army are two actors of one country).
        groups, bodies = self.f.dictionary.offices.groups, self.f.dictionary.offices.bodies
        for n, m in list(enumerate(self.mentions)):  # (a chamber found below is appended)
            if m.sector is None and d.entries[m.actor].kind == "state" and m.start in self.state_by_start_char:
                i = self.state_by_start_char[m.start]
                if i >= len(doc) or doc[i - 1].idx >= m.end:
                    continue
                # "British and French ministers", "Swedish, Danish and Finnish police": each
                # adjective of a coordination names its own state's group of the noun they share.
                shared_from = i
                i = self._past_coordinated_adjectives(m, i)
                if i >= len(doc):
                    continue
                sector = groups.get(doc[i].lower_)
                # "Chadian opposition leader X": the group word qualifies an office; the person holds it.
                if i + 1 < len(doc) and (doc[i + 1].lower_,) in self.f.dictionary.offices.heads:
                    continue
                # (one unnamed office holder, "the US envoy", is left to the title reader)
                single_office = doc[i].tag == TAG_NN and (doc[i].lower_,) in self.f.dictionary.offices.heads
                if self._state_group_of_two_words(n, m, i, shared_from):
                    continue
                if self._only_who_they_are(i):
                    continue  # ("most Velari are Catholics": no group)
                # (a community's plural too, which spaCy tags a proper noun: "Indian Christians",
                # "British Sikhs", agents.yaml ``community: true``; actrec37)
                if doc[i].lower_ not in groups and doc[i].lower_ not in bodies and not single_office \
                        and (doc[i].pos_ == "NOUN" or doc[i].tag == TAG_NNPS
                             and getattr(self.f.agents.terms.get(doc[i].lower_), "community", False)):
                    # The agents lexicon's groups of a state's people ("Mexican authorities", "Kenyan
                    # officials", "French police"); a body word ("army", "troops") stays a branch
                    # of the state itself (see _state_bodies).
                    guess = self.f.agents.resolve_text(text[m.start:doc[i].idx + len(doc[i])])
                    if guess is None or guess.kind != "group" or doc[i].lower_ not in guess.head.lower().split():
                        continue
                    if guess.sector == "MIL":  # "Nigerian soldiers" are Nigeria's armed forces, as "troops"
                        self.mentions[n] = Mention(m.start, m.end, m.actor, m.kind, "MIL")
                        continue
                    sector = guess.sector
                elif doc[i].lower_ not in groups:
                    continue
                # "Somali militant group al-Shabab" names one organisation, not "Somali militants"
                if self._chamber(doc[i:i + 1], m.actor):
                    continue  # "U.S. senators": the U.S. senate
                # "Sudanese rebel groups", "Malian armed factions": a plural of "group" names several
                # groups and no one's name, so the state's people of that kind, named with the plural
                # (actors18: the singular's exception below left them no actor at all)
                several = doc[i].dep_ in {"compound", "amod", "nmod"} and doc[i].head.i == i + 1 \
                    and doc[i + 1].tag_ == "NNS" and doc[i + 1].lemma_.lower() in _NAMED_BODIES
                if several or not (doc[i].dep_ in {"compound", "amod", "nmod"} and doc[i].head.lemma_.lower() in _NAMED_BODIES):
                    noun = doc[i + 1] if several else doc[i]
                    if (cause := self._cause_start(m.start)) is not None and shared_from == i:
                        # "pro-Russian separatists", "anti-Vardenian militias": people who back (or
                        # fight) that state, not its people; one group named with its cause, of no
                        # state the words give. Why (actors17): printed as Russia's own separatists.
                        name = text[cause:noun.idx + len(noun)]
                        gid = "org:" + slug(name)
                        self._groups.setdefault(gid, (name, None, sector))
                        self.mentions[n] = Mention(cause, noun.idx + len(noun), gid, "name")
                        self.taken.add(i)
                        continue
                    # a state's opposition: one id (see _agents), "the Zambian opposition" too
                    name = text[m.start:noun.idx + len(noun)] if shared_from == i else f"{text[m.start:m.end]} {noun.text}"
                    gid = "org:" + (noun.lower_ if noun.lower_ in d.offices.acts else slug(name))
                    self._groups.setdefault(gid, (name, m.actor, sector))
                    # one id with the same people named later with a level ("Swiss federal prosecutors")
                    self._bodies.setdefault((m.actor, noun.lower_), gid)
                    self.mentions[n] = Mention(m.start, noun.idx + len(noun) if shared_from == i else m.end, gid, "name")
                    if shared_from == i:
                        self.taken.update(range(i, noun.i + 1))

    def _cause_start(self, start: int) -> int | None:
        """Where "pro-" or "anti-" (offices.yaml ``cause_words``) begins, joined by a hyphen to the
        state's word that starts at ``start`` ("pro-Russian"), else None."""
        if start < 2 or self.text[start - 1] not in "-‑–":
            return None
        b = start - 1
        a = b
        while a > 0 and self.text[a - 1].isalpha():
            a -= 1
        return a if a < b and self.text[a:b].lower() in self.f.dictionary.offices.cause_words else None

    def _state_group_of_two_words(self, n: int, m: Mention, i: int, shared_from: int) -> bool:
        """ "Australian trade unions", "French aid workers", "Kenyan health workers": a country word just
        before a group of society that the agents lexicon names by two words names that group (as
        "Syrian rebels" does one of one word).
        Returns whether the words were read so."""
        doc, terms = self.doc, self.f.agents.terms
        if i + 1 >= len(doc) or i != shared_from or i + 1 in self.taken or i in self.taken \
                or doc[i].lower_ in self.f.dictionary.offices.groups:
            return False
        term = terms.get(f"{doc[i].lower_} {doc[i + 1].lower_}")
        # (the state's own people, "Kenyan election officials", "Nigerian special forces", are its
        # bodies: _state_body)
        if term is None or term.kind != "group" or term.craft or not term.owned or term.sector in _STATE_SECTORS \
                or (i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN")):
            return False
        noun = doc[i + 1]
        name = self.text[m.start:noun.idx + len(noun)]
        gid = "org:" + slug(name)
        self._groups.setdefault(gid, (name, m.actor, term.sector))
        self._bodies.setdefault((m.actor, noun.lower_), gid)
        self.mentions[n] = Mention(m.start, noun.idx + len(noun), gid, "name")
        self.taken.update((i, i + 1))
        return True

    def _place_bodies(self) -> None:
        """A region's name or adjective just before a body word names the region's own body, of the
        region's state ("the Scottish Government", "the Welsh Assembly Government", "Catalan police"):
        devolved and provincial governments act in politics as bodies of their state, not as places."""
        doc, d = self.doc, self.f.dictionary
        for n, m in enumerate(self.mentions):
            entry = d.entries.get(m.actor)
            toks = self._tokens(m.start, m.end)
            if entry is None or entry.kind != "place" or not entry.country or toks is None:
                continue
            j = k = toks[1]
            # (lower case after a level word too: "the Penang state assembly", "the Sindh provincial
            # assembly"; a region's "state government" is _sub_national_government's)
            level = j < len(doc) and doc[j].lower_ in d.offices.sub_national
            while k < len(doc) and k - j < 3 and doc[k].pos_ in ("PROPN", "NOUN") and k not in self.taken \
                    and (doc[k].is_title or k == j or level and doc[k].lower_ != "government"):
                k += 1
            for e in range(k, j, -1):
                # a region's body the agents lexicon knows by its whole name ("the Scottish Executive")
                named = self.f.agents.resolve_text(doc[toks[0]:e].text)
                if named is not None and named.kind == "agency" and named.id and named.head == doc[toks[0]:e].text:
                    self._orgs.setdefault(named.id, named.name or named.head)
                    self._agent_of.setdefault(named.id, (named.country, named.sector, "agency"))
                    self.mentions[n] = Mention(m.start, doc[e - 1].idx + len(doc[e - 1]), named.id, "name")
                    self.taken.update(range(toks[0], e))
                    break
                # A singular office title after the region ("Sabah Chief Minister NAME", offices.yaml
                # heads) is a person's office, not a body: it printed an organisation "Sabah Chief Minister".
                if (doc[e - 1].lower_,) in d.offices.heads and doc[e - 1].tag_ not in ("NNS", "NNPS"):
                    continue
                guess = self.f.agents.resolve_text(doc[j:e].text)
                if guess is not None and guess.country is None and (guess.kind == "body" and guess.sector
                                                                    or guess.sector in _STATE_SECTORS) \
                        and doc[e - 1].lower_ in guess.head.lower().split():
                    end = doc[e - 1].idx + len(doc[e - 1])
                    oid = "org:" + slug(self.text[m.start:end])
                    self._orgs.setdefault(oid, self.text[m.start:end])
                    self._agent_of.setdefault(oid, (entry.country, guess.sector, "body"))
                    self.mentions[n] = Mention(m.start, end, oid, "name")
                    self.taken.update(range(toks[0], e))
                    break

    def _past_coordinated_adjectives(self, m: Mention, i: int) -> int:
        """The token after the last of the national adjectives coordinated with ``m``, whose next
        token is ``i`` ("Swedish, Danish and Finnish police": "police"); ``i`` itself if none follow."""
        doc = self.doc
        while m.kind == "adjective" and i + 1 < len(doc) and doc[i].lower_ in (",", "and", "or") \
                and i + 1 in self.state_by_start and self.mentions_at_token_kind(i + 1) == "adjective":
            i = self.state_by_start[i + 1][0]
        return i

    def mentions_at_token_kind(self, i: int) -> str | None:
        """The kind of the dictionary mention that starts at token ``i`` (None: none starts there)."""
        start = self.doc[i].idx
        return next((m.kind for m in self.mentions if m.start == start), None)

    def _offices(self) -> None:
        """2. Offices, and the per-document context the title reader needs."""
        doc, text = self.doc, self.text
        # (an office with a possessive inside an organisation's name is no office: "the King's Fund",
        # "the Queen's Nursing Fund" are bodies named after one, not its holder)
        firsts = token_table(doc).idx  # (offsets from the doc's column, read per doc anyway: speed only)
        self.offices = [o for o in self.f.titles.find_offices(doc, text, self.lo, self.taken)
                        if not self._blocked(firsts[o.start], firsts[o.end - 1] + 1)
                        and not (o.end + 1 < len(doc) and doc[o.end].text in ("'s", "’s")
                                 and doc[o.start].ent_type_ == "ORG" and doc[o.end + 1].ent_iob_ == "I")]
        self.ctx = Context(doc, text, {o.end: o for o in self.offices}, {o.start: o for o in self.offices},
                      *self._agency_states(), self.any_by_start, self.f.skippable,
                      self.named_states, self._home(), self.f.dictionary.offices.place_nouns,
                      self.igo_by_end, self.igo_by_start, self._party_names(),
                      offices=self.f.dictionary.offices)
        self.office_tokens = {i for o in self.offices for i in range(o.start, o.end)}

    def _party_names(self) -> dict[int, int]:
        """The parties the dictionary found (PTY, OPP): first token -> last token + 1 (appos38: a party's name
        that modifies an office in an apposition, "X, the Lib Dem environment spokesman,", is read past)."""
        d, out = self.f.dictionary, {}
        for m in self.mentions:
            entry = d.entries.get(m.actor)
            if entry is not None and entry.kind != "state" and entry.sector in _PARTY_SECTORS \
                    and (toks := self._tokens(m.start, m.end)) is not None:
                out[toks[0]] = toks[1]
        return out

    def _agency_states(self) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]], dict[int, int]]:
        """The states' mentions by last and by first token, plus the named agencies of one state
        ("State Department spokesman X", "a spokesman for the Pentagon", "Shin Bet chief X"): for an
        office, the agency's state is the office's, as the state's own name there would be; and the
        dictionary names by last token, with a city after an office's "of"."""
        by_end, by_start, doc = dict(self.state_by_end), dict(self.state_by_start), self.doc
        any_by_end = dict(self.any_by_end)
        for s, e, country in self.f.agents.named_agencies(self.text, self.doc):
            country = self._shared_state(self.text[s:e], country) or country
            toks = token_table(doc).char_tokens(s, e)  # (doc.char_span's bounds, without the Span)
            # "the Philippine National Security Council", "Kenya's National Treasury": another state
            # named right before an agency's name owns a body of that name; its officers are that
            # state's, not the lexicon's agency's (the American NSC's).
            if toks is not None:
                p = toks[0] - 1 if toks[0] > 0 and doc[toks[0] - 1].text in ("'s", "’s") else toks[0]
                if p in self.state_by_end:
                    country = self.state_by_end[p][1]
            if toks is not None and s >= self.lo:
                by_end.setdefault(toks[1], (toks[0], country))
                by_start.setdefault(toks[0], (toks[1], country))
        # "the mayor of Kharkiv", "governor of Lagos": the office of a city serves the city's state
        # (only after "of": "the ambassador in Tbilisi" serves another state).
        cities, regions = self.f.dictionary.city_states, self.f.dictionary.region_states
        # (words and stretches of words sliced from the text by the table's offsets, without a token
        # object per word: Span.text and Token.text as they read; speed only)
        table, text, n_tokens = token_table(doc), self.text, len(doc)
        firsts, ends = table.idx, table.ends
        for o in self.offices:
            # "Ohio Attorney General", "Kano governor": a city's or province's office, just before it;
            # "Scotland's farming minister", "Welsh health minister": a region's (dictionary.region_states).
            k = o.start - 1 if o.start > 0 and text[firsts[o.start - 1]:ends[o.start - 1]] in ("'s", "’s") else o.start
            # (real11a: "Vermont State Senate majority leader": past the place's own chamber, offices.yaml
            # place_chamber_words, to the place's name before it)
            chamber = self.f.dictionary.offices.place_chamber_words
            while k > 0 and o.start - k < 4 and text[firsts[k - 1]:ends[k - 1]] in chamber:
                k -= 1
            for n in (3, 2, 1):
                if k >= n and o.start not in by_end and ((place := text[firsts[k - n]:ends[k - 1]]) in cities
                                                         or place in regions):
                    by_end[o.start] = (k - n, cities.get(place) or regions[place])
                    # read past like a state's name in an apposition ("X, a former Boston police commander")
                    by_start.setdefault(k - n, (o.start, by_end[o.start][1]))
                    break
            # "Governor NAME of Kwara State": the city or region after the name that the title opens,
            # as "President NAME of Peru" is Peru's (persons.py reads "of" after the name). Why: a
            # governor named so had no state.
            of = None
            if o.end + 1 < n_tokens:
                j = o.end  # (part-of-speech ids and words from the token table, no token objects; speed only)
                while j < n_tokens and j - o.end < 6 and (table.pos_id[j] == _PROPN and text[firsts[j]:ends[j]].istitle()
                                                          or text[firsts[j]:ends[j]] == "-" and j > o.end):
                    j += 1
                of = o.end if text[firsts[o.end]:ends[o.end]].lower() == "of" else \
                    j if o.end < j < n_tokens - 1 and text[firsts[j]:ends[j]] == "of" else None
            if of is not None:
                for n in (3, 2, 1):
                    a, b = of + 1, of + 1 + n
                    if b <= n_tokens and (place := text[firsts[a]:ends[b - 1]]) in self.f.dictionary.city_states:
                        state = self.f.dictionary.city_states[place]
                        by_start.setdefault(a, (b, state))
                        by_end.setdefault(b, (a, state))
                        any_by_end.setdefault(b, a)
                        break
        return by_end, by_start, any_by_end

    def _named_organisations(self) -> None:
        """Names that are an organisation's though spaCy may call them a person or a work: the agents
        lexicon knows the name as a party or agency ("Fine Gael"), or a noun just before it says so
        ("the newspaper Dagens Posten", "the group The Ocean Trust": ``organisation_nouns`` of
        offices.yaml), or "party" just after it ("the Green Dawn party"). Found before persons, so no
        person is made of it; every place the text writes the name is then that organisation."""
        doc, text, nouns = self.doc, self.text, self.f.dictionary.offices.organisation_nouns

        # (offsets from the doc's columns, read per doc anyway: speed only). speed29: the entities' words
        # read from the table and the text (a word's text is the text between its first and its end
        # character; a span's, from its first word's start to its last word's end, as Span.text joins
        # them), not by a token object or a Span each (speed only)
        table = token_table(doc)
        firsts, lasts, lowers = table.idx, table.ends, table.lower_id

        def free(a: int, b: int) -> bool:
            return a < b and not self._blocked(firsts[a], firsts[b - 1] + 1) and \
                not any(i in self.taken or i in self.office_tokens for i in range(a, b))

        found: dict[str, tuple[str, str | None, str | None]] = {}  # name -> (org id, country, sector)
        for ent in self.ents:
            misread = ent.label in _MISREAD_NAME_IDS
            if not misread and ent.label != _PERSON and ent.label not in _PLACE_IDS:
                continue  # neither rule reads it (speed only)
            a = ent.start + (lowers[ent.start] == WORD_THE)
            if not misread and ent.label != _PERSON:
                if (head := self._foreign_head_name(ent, a)) is not None and free(*head):
                    words = doc[head[0]:head[1]].text
                    found.setdefault(words, ("org:" + slug(words), None, self._foreign_head_sector(head[0])))
                continue
            if a > 0 and text[firsts[a - 1]:lasts[a - 1]] in self.f.dictionary.offices.legal_prefixes \
                    and free(a - 1, ent.end):
                # "PT Sinar Baru Makmur": a company named with the legal form that opens it
                found.setdefault(doc[a - 1:ent.end].text, ("org:" + slug(doc[a - 1:ent.end].text), None, "BUS"))
                continue
            # (the name without "the": its text, and its Span only where a rule reads it; speed only)
            words = text[firsts[a]:lasts[ent.end - 1]] if a < ent.end else ""
            descriptors = self.f.dictionary.offices.descriptor_heads
            if ent.label == _PERSON and ent.end - a > 1 and text[firsts[a]:lasts[a]] in descriptors \
                    and free(a + 1, ent.end) \
                    and not self._company_name(doc[a:ent.end]):  # ("Carrier Corp" is a company's whole name)
                # "Regulator Kestrava", "Lender Marrowfield": a descriptor (offices.yaml descriptor_heads)
                # that spaCy read as a person's first name; the words after it name the body
                words = doc[a + 1:ent.end].text
                found.setdefault(words, ("org:" + slug(words), None, descriptors[doc[a].text]))
                continue
            if (head := self._foreign_head_name(ent, a)) is not None and free(*head):
                # "Frente Amplio de la Costa", "Federación Minera del Sur": a foreign organisation's
                # name that opens with its kind, which spaCy reads as a person's or a place's
                words = doc[head[0]:head[1]].text
                found.setdefault(words, ("org:" + slug(words), None, self._foreign_head_sector(head[0])))
                continue
            guess = self.f.agents.resolve_text(words) if misread else None
            if guess is not None and guess.kind == "agency" and guess.head == words and guess.id \
                    and free(a, ent.end):
                found.setdefault(guess.head, (guess.id, guess.country, guess.sector))
            elif ent.label == _PERSON and ent.end - a > 1 and (
                    text[firsts[ent.end - 1]:lasts[ent.end - 1]] in self.f.dictionary.offices.member_body_words
                    or text[firsts[ent.end - 1]:lasts[ent.end - 1]] in self.f.dictionary.offices.body_name_ends) \
                    and free(a, ent.end):
                # "Fostering Network executive director NAME": a "person" whose name ends in a body's
                # word (offices.yaml member_body_words: Network, Trust, Society) is that body. Why
                # (actors16): the body was printed as a person, and missed as a body. So does one ending in
                # a word that ends bodies' names only ("the Tallowmere Caucus": body_name_ends; actors18).
                found.setdefault(words, ("org:" + slug(words), None, None))
            elif ent.label == _PERSON and self._company_name(doc[a:ent.end]) and free(a, ent.end):
                # a capitalised word just before that spaCy left out of the name ("Deniz" + "Yildiz
                # Lojistik", read as a place): the company's first word, when it opens no sentence and
                # names no state
                while a > ent.start - 2 and a > 1 and doc[a - 1].is_title and doc[a - 1].pos_ == "PROPN" \
                        and not doc[a - 1].is_sent_start and doc[a - 1].ent_type_ in ("", "GPE") \
                        and free(a - 1, a) and self.mentions_at_token_kind(a - 1) is None:
                    a -= 1
                name, words = doc[a:ent.end], doc[a:ent.end].text
                found.setdefault(words, ("org:" + slug(self._without_legal_form(name)), None, "BUS"))
        # Only the tokens the two rules below can start from: a known noun or "party", found in
        # spaCy's arrays without making a token object of every word (speed only; get_string_id: a
        # word spaCy also knows as a symbol, such as a label, has that id, not its hash).
        ends = {ent.end: ent for ent in self.ents if ent.label in _MISREAD_NAME_IDS_OR__ORG}
        described: list[tuple[int, int, str]] = []  # "the Spanish rail freight agency" after a name: its mention
        table = token_table(doc)  # (the doc's arrays, shared with the other stages)
        self.orths = table.orth_ids  # read again by _acronyms
        # A foreign name that opens with its kind and that spaCy saw as no entity at all ("The
        # Federación Minera del Sur, which ..."): its capitalised words and particles.
        particles = self.f.dictionary.offices.name_particles
        for i in indices_in(self.orths, self.f.foreign_head_ids):
            if doc[i].ent_iob_ != "O" or i + 1 >= len(doc) or not doc[i + 1].is_title:
                continue
            e = i + 1
            while e < len(doc) and e - i < 7 and doc[e].ent_iob_ == "O" and (
                    doc[e].is_title and doc[e].is_alpha or doc[e].lower_ in particles):
                e += 1
            while doc[e - 1].lower_ in particles:
                e -= 1
            if e - i >= 2 and free(i, e):
                found.setdefault(doc[i:e].text, ("org:" + slug(doc[i:e].text), None, self._foreign_head_sector(i)))
        self._body_name_runs(found, free)
        self._state_opened_names(found, free)
        # A company's name ending in its legal form that spaCy saw as no entity ("Halvorsen Mining Ltd
        # denied ..."): the capitalised words before the form (offices.yaml legal_forms). Without it
        # the company was no actor and "the firm said" after it had no one to go back to.
        for i in indices_in(self.orths, self.f.legal_form_ids):
            if doc[i].ent_iob_ != "O" and i not in self._past_dateline or i < 1:
                continue
            a = self._name_words_before(i, 4, nouns=True)
            if a < i and free(a, i + 1) and self.mentions_at_token_kind(a) is None:
                found.setdefault(doc[a:i + 1].text, ("org:" + slug(doc[a:i].text), None, "BUS"))
        self._trade_names(found, free, table.lower_ids)
        hits = is_in(table.lower_ids, self.f.organisation_noun_ids) | is_in(self.orths, self.f.named_after_ids)
        for tok in [doc[i] for i in hits.nonzero()[0].tolist()]:
            a = b = tok.i + 1
            if tok.pos_ == "NOUN" and tok.lower_ in nouns and (named := self._described_before(tok, ends)):
                a, b = named  # "Harlan Voss, a think tank close to the government"
                sector = nouns[tok.lower_]
                if doc[b + 1].lower_ == "the" and free(a, b):
                    # "Belmex, the Spanish rail freight agency": one organisation, the state named in
                    # its description its country, the description a mention of it
                    name = doc[a:b].text
                    country = next((self.state_by_start[t][1] for t in range(b + 2, tok.i) if t in self.state_by_start), None)
                    found.setdefault(name, ("org:" + slug(name), country, sector))
                    described.append((doc[b + 2].idx, tok.idx + len(tok), "org:" + slug(name)))
                    if tok.lower_ in self.f.dictionary.offices.home_offices:
                        self._home_groups.add("org:" + slug(name))  # "NAME, the nurses' union,": a body at home
                    continue
            elif tok.pos_ == "NOUN" and tok.lower_ in nouns and (named := self._described_after(tok)):
                a, b = named  # "Velkov's party, the Democratic Front,"
                sector = nouns[tok.lower_]
            elif tok.pos_ == "NOUN" and tok.lower_ in nouns and tok.lower != WORD_PARTY:
                if b + 1 < len(doc) and doc[b].lower_ == "the" and doc[b].ent_iob_ == "B" \
                        and doc[b].ent_type_ in _MISREAD_NAMES_OR_ORG and doc[b + 1].pos_ == "PROPN":
                    a = b = b + 1  # real8a: "campaign group the Clean Air League": the name is the entity's
                if b < len(doc) and doc[b].ent_iob_ == "B" and doc[b].ent_type_ in _MISREAD_NAMES_OR_ORG:
                    b += 1  # the whole entity ("Full Fact", "The Ocean Trust")
                    while b < len(doc) and doc[b].ent_iob_ == "I":
                        b += 1
                while b < len(doc) and doc[b].pos_ == "PROPN":
                    b += 1
                while b > a + 1 and doc[b - 1].lower_ == "and":
                    b -= 1  # (an entity that spaCy ran on into "and": "Gorse and")
                # "the wildlife charity Marsh and Meadow said": one word, "and", one word that a
                # lower-case word follows is the one name the noun introduces (not two bodies)
                if b - a == 1 and b + 2 < len(doc) and doc[b].lower_ == "and" and doc[b + 1].is_title \
                        and doc[b + 1].is_alpha and doc[b + 1].ent_type_ in ("", "ORG") and not doc[b + 2].is_title \
                        and self.mentions_at_token_kind(b + 1) is None:
                    b += 2
                sector = nouns[tok.lower_]
                if sector is None and any(t.lower_ in self.f.dictionary.offices.cause_words
                                          for t in doc[max(tok.i - 3, sentence_bounds(doc, tok.i)[0]):tok.i]):
                    sector = "NGO"  # real8a: "campaign group X", "anti-war group X" (offices.yaml cause_words)
            if b == a and tok.text in _NAMED_AFTER:  # no name after the noun: one before it?
                a = b = tok.i
                # ... past a word of what kind of group it is ("the Dawlah Nur militant group")
                if a > 1 and doc[a - 1].lower_ in self.f.dictionary.offices.group_kinds and doc[a - 1].is_lower \
                        and doc[a - 2].pos_ == "PROPN":
                    a = b = a - 1
                # The name runs back over proper nouns, hyphens inside a name ("PASTEF-Renouveau")
                # and a capitalised adjective that begins it ("Lebanese Forces", "Scottish National").
                while a > 0 and (doc[a - 1].pos_ == "PROPN" or (doc[a - 1].text == "-" and a > 1 and a < b
                                 and doc[a - 2].pos_ in ("PROPN", "NOUN") and doc[a - 2].text[:1].isupper())):
                    a -= 1
                if 0 < a < b and doc[a - 1].pos_ == "ADJ" and doc[a - 1].is_title and a - 1 != sentence_bounds(doc, a - 1)[0]:
                    a -= 1
                elif tok.text == "party" and self._party_of_a_creed(a, b):
                    # "the Communist party expelled ...", "the mouthpiece of the Socialist party": a party
                    # the text names only by its creed's adjective (actors39: spaCy tags the adjective
                    # ADJ, not a proper noun, and the party was missed)
                    a -= 1
                # ... and a capitalised verb or noun just after "the" ("the Save Our Valley group").
                elif 1 < a < b and doc[a - 1].is_title and doc[a - 1].pos_ in ("VERB", "NOUN") \
                        and doc[a - 2].lower_ == "the":
                    a -= 1
                sector = nouns.get(tok.text)
                # "the Adeyemi campaign", "the Ruiz group": a person's name before the noun is the person's
                # (not before "militant group": no group of that kind is a person's)
                kind_word = doc[b].lower_ in self.f.dictionary.offices.group_kinds
                if tok.text != "party" and any(t.ent_type_ == "PERSON" and not kind_word or t.i in self.taken
                                               for t in doc[a:b]):
                    continue
            if b > a and doc[a].text[:1].isupper() and free(a, b):
                name = doc[a:b].text
                guess = self.f.agents.resolve_text(name)
                known = guess is not None and guess.kind == "agency" and guess.head == name and guess.id
                oid = "org:" + slug(name)
                if tok.text == "party" and b == tok.i and not known and f"{name} Party" in text:
                    # "the Liberal party" where the text also writes "the Liberal Party": one party, the
                    # id of its capitalised name (actors38: the two spellings made two parties)
                    oid = "org:" + slug(f"{name} party")
                elif tok.text == "party" and b == tok.i == a + 1 and not known and self._party_of_a_creed(b, b):
                    # "the Communist party": a creed's adjective alone names no body; the party's name
                    # is the adjective with "party" (actors39: printed as "Communist", it matched no one
                    # who reads the party's name, and every "Communist" in the text was the party's)
                    name = doc[a:b + 1].text
                    oid = "org:" + slug(name)
                found.setdefault(name, (guess.id, guess.country, guess.sector) if known and guess and guess.id
                                 else (oid, None, sector))
        for name, country in self._nation_bodies.items():
            found.setdefault(name, ("org:" + slug(name), country, None))
        for name, (country, sector) in self._state_named_bodies.items():
            # (a noun before it may have found the name already: "the charity Harvest Share UK")
            oid, known_country, known_sector = found.get(name, ("org:" + slug(name), None, None))
            found[name] = (oid, known_country or country, known_sector or sector)
        for name, (oid, country, sector) in found.items():
            self._orgs.setdefault(oid, name)
            if sector is not None or country is not None:
                self._agent_of.setdefault(oid, (country, sector, "agency"))
            # ((?<!\w)name(?!\w), the word-edge check after the name's first letter: the scan skips to
            # that letter instead of trying the pattern at every character; speed only)
            for m in re.finditer(r"(?:" + edge_alternation([name]) + r")(?!\w)", text[self.lo:]):
                s, e = m.start() + self.lo, m.end() + self.lo
                toks = self._tokens(s, e)
                if toks and not self._blocked(s, e) and not any(i in self.taken for i in range(*toks)):
                    self.mentions.append(Mention(s, e, oid, "name"))
                    self.taken.update(range(*toks))
        for s, e, oid in described:
            toks = self._tokens(s, e)
            states = {i for t, (end, _state) in self.state_by_start.items() for i in range(t, end)}
            if oid in self._orgs and toks and not any(i in self.taken and i not in states for i in range(*toks)):
                self.mentions.append(Mention(s, e, oid, "alias"))
                self.taken.update(range(*toks))

    def _party_of_a_creed(self, a: int, b: int) -> bool:
        """Whether the one word before ``a`` (= ``b``, the noun "party") is a creed's or a programme's
        adjective that names a party with "the" just before it: "the Communist party", "the Socialist
        party". The word is capitalised inside its sentence and spaCy reads it as an adjective, or it is
        one of the words a government is also called by (offices.yaml ``government_kinds``: Liberal,
        Communist, Nationalist). Only after "the": "a Eurosceptic party", "the main Eurosceptic party"
        describe a party, they name none."""
        doc = self.doc
        if a != b or a < 2 or doc[a - 2].lower_ != "the":
            return False
        word = doc[a - 1]
        return word.is_title and word.is_alpha and not word.is_sent_start and word.i not in self.taken \
            and (word.pos_ == "ADJ" or word.lower_ in self.f.dictionary.offices.government_kinds)

    def _body_name_runs(self, found: dict[str, tuple[str, str | None, str | None]],
                        free: Callable[[int, int], bool]) -> None:
        """Bodies' names ending in a word that ends bodies' names only (offices.yaml ``body_name_ends``:
        Caucus, League, Army, Union ...) that the steps before left unread. Why (actors18): on unseen
        copy such a name was missed in two frames. (1) spaCy saw no entity ("the Granite Caucus
        vowed"): the capitalised words after "the" up to the end word, when the agents lexicon reads
        no state body in them ("the Finance Committee" stays the state's). (2) An office follows the
        name, or the office reader took the end word as its qualifier ("Redemption Army spokesman
        NAME", "Ironworkers Union leader"): the capitalised words and the end word are the body that
        person works for, when none of them names a state, a person, a place or a date or was read
        before, and the lexicon reads no body of a state's topic in them (the office stays)."""
        doc, ends = self.doc, self.f.dictionary.offices.body_name_ends
        office_at = {o.start: o for o in self.offices}
        # (only the words written as one of those ends, found from the doc's arrays, not a token object per
        # word: speed only, the same words in the same order)
        for tok in [doc[i] for i in token_indices(doc, ORTH, ends)]:
            if tok.i < 2 or tok.i in self.taken:
                continue
            i, a, joined = tok.i, tok.i, False
            while a > 0 and i - a < 5 and doc[a - 1].is_title and doc[a - 1].is_alpha \
                    and doc[a - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[a - 1].lower_ != "the":
                a -= 1
                if a < i and i - a < 4 and self._field_before_and(a) and not any(t.lower == WORD_AND for t in doc[a:i]):
                    a, joined = a - 2, True  # ("Levies and Duties Committee chairman NAME": one body; actrec45)
            # (a proper noun just before that the run stopped at, "L.A. City Council", opens the name)
            if a == i or a > 0 and doc[a - 1].pos_ == "PROPN" or any(
                    t in self.state_by_start or t in self.taken or doc[t].ent_type_ in _NOT_BODY_NAME_ENTS for t in range(a, i)):
                continue
            name = doc[a:i + 1].text
            guess = self.f.agents.resolve_text(name)
            if tok.ent_iob_ == "O" and a > 0 and doc[a - 1].lower_ == "the" and all(doc[t].ent_iob_ == "O" for t in range(a, i)):
                # (1) no entity: "the Granite Caucus"
                if free(a, i + 1) and guess is None:
                    found.setdefault(name, ("org:" + slug(name), None, None))
                continue
            o = office_at.get(i) or office_at.get(i + 1)
            if o is None or o.end <= i + 1 or not free(a, i):
                continue
            # (2) an office just after the name, or one that took the end word as its qualifier:
            # "Redemption Army spokesman NAME", "Tea Growers Council director NAME". Not a state's
            # body the lexicon reads by its topic ("Finance Committee chairman"), which the
            # agents step gives its state: a topic word in it, agents.yaml ``topics``).
            # (a name run back over "and" is no lexicon's: "House Levies and Duties Committee"; actrec45)
            if guess is None or joined or guess.kind == "body" and not any(doc[t].lower_ in self.f.agents.topics for t in range(a, i)):
                found.setdefault(name, ("org:" + slug(name), None, guess.sector if guess else None))

    def _state_opened_names(self, found: dict[str, tuple[str, str | None, str | None]],
                            free: Callable[[int, int], bool]) -> None:
        """"the" + a state's name, adjective or capital + capitalised words ending in a word of an
        organisation's own name (offices.yaml ``state_named_org_ends``: "the Velmoran Civil Liberties
        Union", "the Oslo Peace Forum"), where spaCy tagged no entity over it: one organisation, of
        that state (of none for a capital's forum, ``forum_name_ends``), and the state's word is no
        mention of the state. Why (orgstate40): the state did the body's deeds. Not a body of the
        state that the agents lexicon reads ("the Russian Security Council"), nor in a title-case
        headline."""
        doc, offices = self.doc, self.f.dictionary.offices
        for a0, (b0, state) in sorted(self.state_by_start.items()):
            if a0 == 0 or doc[a0 - 1].lower != WORD_THE or doc[a0].ent_iob_ != "O":
                continue
            b = b0
            while b < len(doc) and b - b0 < 5 and doc[b].is_title and doc[b].is_alpha and doc[b].ent_iob_ == "O" \
                    and doc[b].pos_ in ("PROPN", "NOUN", "ADJ") and b not in self.state_by_start:
                b += 1
            if b == b0 or doc[b - 1].text not in offices.state_named_org_ends or not free(b0, b) \
                    or (b < len(doc) and doc[b].is_title and doc[b].is_alpha):
                continue
            mention = next((m for m in self.mentions if m.start == doc[a0].idx and m.actor == state), None)
            end = doc[b - 1].idx + len(doc[b - 1])
            if mention is None or mention.sector is not None or \
                    self._headline_span is not None and self._headline_span[0] <= mention.start < self._headline_span[1]:
                continue
            name = self.text[mention.start:end]
            guess = self.f.agents.resolve_text(name)
            if guess is not None and guess.kind in ("body", "agency") and guess.country in (state, None):
                continue
            forum = mention.kind == "seat" and doc[b - 1].text in offices.forum_name_ends
            self.mentions.remove(mention)
            self.taken.difference_update(range(a0, b0))
            if not forum:
                self._inside_names.append(mention)
            found.setdefault(name, ("org:" + slug(name), None if forum else state, None))

    def _states_inside_names(self) -> None:
        """A state's word inside an organisation's mention ("the Velmoran Civil Liberties Union", "the
        Kestrel Chamber of Commerce" named after a capital) is no mention of the state: the
        organisation carries its state as its country (offices.yaml ``state_named_org_ends``'s
        comment; orgstate40). A state's body ("the Russian Foreign Ministry") is the state's own
        mention and stays."""
        d = self.f.dictionary
        covers = [m for m in self.mentions if (m.actor.startswith("org:") or d.entries.get(m.actor) is not None
                                               and d.entries[m.actor].kind in ("igo", "organization", "group"))
                  and m.kind in ("name", "alias") and m.actor not in self.persons]
        if not covers:
            return
        inside = [m for m in self.mentions if m.sector is None and m.kind in ("name", "adjective", "seat")
                  and (entry := d.entries.get(m.actor)) is not None and entry.kind == "state"
                  and any(c.start <= m.start and m.end <= c.end and c.end - c.start > m.end - m.start for c in covers)]
        for m in inside:
            self.mentions.remove(m)
        self._inside_names.extend(inside)

    def _states_only_inside_names(self, actors: list[Actor]) -> None:
        """A state named only inside organisations' names ("the British Chambers of Commerce" in a
        story of that state's politics) is still an actor of the story, printed with those words,
        but the words stay out of the mention index, so that no event or quote takes the state for
        the body (_states_inside_names)."""
        d = self.f.dictionary
        for m in self._inside_names:
            if m.actor not in self._by_id:
                self._by_id[m.actor] = self._new_actor(m.actor, d, self._story_state)
                actors.append(self._by_id[m.actor])
            if self._by_id[m.actor].kind == "state":
                self._by_id[m.actor].mentions.append((m.start, m.end))

    def _person_names(self) -> list[tuple[int, int]]:
        """3. Person names (token spans)."""
        doc = self.doc
        # (words sliced from the text by the table's offsets, without token objects: speed only)
        text, firsts, ends = self.text, token_table(doc).idx, token_table(doc).ends
        # 3. Person names: spaCy's PERSON entities, trimmed of titles, and names read after a title.
        names: list[tuple[int, int]] = self._bracketed_names() + self._post_nominal_names()
        # (speed57: the doc's words that are one-sex given names, found once: _given_name_first reads them)
        given = token_indices(doc, LOWER, _GIVEN_NAMES)
        for ent in self.ents:
            first_name = self._first_name_left_out(ent)
            if (ent.label != _PERSON and not first_name and not self._person_described(ent)
                    and not self._person_referred_to(ent) and not self._double_barrelled_name(ent)
                    and not (given and self._given_name_first(ent, given))) \
                    or self._blocked(ent.start_char, ent.end_char):
                continue
            a, b = ent.start - first_name, ent.end
            if ent.label == _PERSON and self._headline_words(ent.start_char, ent.end_char):
                continue
            # The name starts after any title or honorific inside the entity ("Treasurer Lord Ashcroft").
            leading = self.f.titles.name_honorific_words
            for i in range(b - 1, a - 1, -1):
                # (one of another naming system only where the name starts: "Hassan Sheikh Mohamud")
                if self.f.titles.is_honorific(t := doc[i]) and (i == a or t.text not in leading):
                    a = i + 1  # (an entity that ends in one leaves the name to the title reader)
                    break
            while a < b:
                # "Datuk Seri Harun Zakaria", "Alhaji Musa Kware": the name is the words after the honorific
                skip = self.f.titles.past_name_honorific(doc, a)
                if skip > a:
                    a = skip
                elif a in self.office_tokens or a in self.taken or text[firsts[a]:ends[a]].lower() == "the":
                    a += 1
                else:
                    break
            # (and past letters after the name: "Ailsa Brodmore MSP" is Ailsa Brodmore)
            post = self.f.dictionary.offices.post_nominals
            while b > a and (text[firsts[b - 1]:ends[b - 1]] in ("'s", "’s") or doc[b - 1].is_punct
                             or (b - 1 > a and text[firsts[b - 1]:ends[b - 1]] in post)):
                b -= 1
            b = extend_hyphen(doc, b) if b > a else b
            # "Dalia Moreno-themed", "Arlen Voss-backed": an affix hyphened onto the name makes it a
            # modifier (offices.yaml name_affixes); the name ends before the hyphen
            while b - a >= 3 and doc[b - 2].text == "-" and doc[b - 1].lower_ in self.f.dictionary.offices.name_affixes:
                b -= 2
            # "Tomas Vrel - found dead": a dash with spaces around it ends a name that spaCy ran on
            # into the words after it (actors38: "NAME - found" printed as a person)
            for k in range(a + 2, b - 1):
                if doc[k].text in ("-", "–", "—") and doc[k - 1].whitespace_ and doc[k].whitespace_:
                    b = k
                    break
            # "Piotr" + "Zelazny-Kos": a first name that spaCy left out of a person's double-barrelled
            # surname (a capitalised proper noun of no entity, compound to the name) is the name's
            if ent.label == _PERSON and a == ent.start and a > 0 and b - a == 3 and _hyphenated_word(doc[a:b]) \
                    and self._left_out_first_name(a - 1, a, b):
                a -= 1
            # "Gurmeet Kaur" + "Dhillon-Brar": a double-barrelled surname that spaCy tagged apart, as an
            # organisation, right after a person's name is the rest of that name
            if ent.label == _PERSON and b == ent.end and b + 3 <= len(doc) and doc[b - 1].whitespace_ == " " \
                    and doc[b].ent_iob_ == "B" and doc[b].ent_type_ == "ORG" and _hyphenated_word(doc[b:b + 3]) \
                    and (b + 3 == len(doc) or doc[b + 3].ent_iob_ != "I"):
                b += 3
            # "Senait" + "Okbagaber-Tesfu": a double-barrelled surname that spaCy left out of the
            # person's name (tagged as nothing) right after it. Why (actors16): the lone first name was
            # dropped and the person lost.
            elif ent.label == _PERSON and b == ent.end and b + 3 <= len(doc) and doc[b - 1].whitespace_ == " " \
                    and doc[b].ent_iob_ == "O" and doc[b].is_title and _hyphenated_word(doc[b:b + 3]) \
                    and doc[b + 2].ent_iob_ == "O" and (b + 3 == len(doc) or not doc[b + 3].is_title) \
                    and not any(i in self.taken for i in range(b, b + 3)):
                b += 3
            if a == ent.start and ent.label == _PERSON and a < b and self._person_at_a_place(a, b):
                continue
            # "säger kommunalrådet Sven Malmqvist": lower-case words of another language that open what
            # spaCy calls a person's name, before two or more capitalised words, are no part of the name
            # (actors38; with one capitalised word left, "su Jėzumi", the words are no name at all)
            opened = ent.start
            if a == ent.start and ent.label == _PERSON:
                k = a
                while k < b and self._lower_non_name_word(k):
                    k += 1
                if a < k and b - k >= 2 and all(doc[j].is_title for j in range(k, b)):
                    a = opened = k
            if a == opened and ent.label == _PERSON and a < b and self._not_a_persons_name(a, b):
                continue
            # "the General Strike", "the General Staff" that spaCy calls a person: a title and a body's or
            # an event's word (offices.yaml title_bodies), no one's name
            if b - a == 1 and a in self.ctx.offices_by_end and doc[a].lower_ in self.f.dictionary.offices.title_bodies:
                continue
            # "Green Dawn said": a group's name found before its people's noun (_members_of_named)
            if (text[firsts[a]:ends[b - 1]] if a < b else "") in self._member_groups:  # (doc[a:b].text)
                continue
            if a < b and not any(i in self.taken for i in range(a, b)):
                names.append((a, b))
                self.taken.update(range(a, b))
        for a, b in self._introduced_by_office() + self._double_barrelled_unread():
            names.append((a, b))
            self.taken.update(range(a, b))
        for a, b in title_names(self.f.titles, self.ctx, self.taken | self.office_tokens):
            # A headline in capitals reads "MINISTER SAYS HE ...": words in capitals with a pronoun or
            # other stop word among them are no name after the title.
            if all(t.is_upper for t in doc[a:b]) and any(t.is_stop or t.pos_ in ("VERB", "PRON") for t in doc[a:b]):
                continue
            if self._headline_words(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])):
                continue  # "Iraqi Leader Thanks U.S.": a title-case headline's verb after a title
            if not self._blocked(doc[a].idx, doc[b - 1].idx + 1):
                names.append((a, b))
                self.taken.update(range(a, b))
        return self._joined_names(names)

    def _headline_words(self, s: int, e: int) -> bool:
        """Whether a "person" or an "organisation" is words of a title-case headline that the story
        never writes again: "Flood Aid Stalls as Rival Factions Trade Blame" capitalises every word,
        and spaCy reads a run of them as a person's or a body's name. A person or a body named in a
        headline is named in the story too (the last word of its name at least: a surname, "Party",
        "Energy"), as written. Why (actors16): AP-style headlines made persons and bodies of nouns."""
        if self.headline is None or not (self.headline[0] <= s and e <= self.headline[1]):
            return False
        last = self.text[s:e].split()[-1]
        pattern = re.compile(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])")
        return pattern.search(self.text, self.headline[1]) is None and pattern.search(self.text, 0, self.headline[0]) is None

    def _joined_names(self, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two names found side by side with nothing but a space between are one name that spaCy (or
        the title reader) cut in two: "Datuk Azura" + "Hanim Ismail" after an honorific, "Tan Sri Khoo"
        + "Teng Huat". Why: a first name left apart from its surname is a second person, and the
        surname alone a third. Six words at most, each capitalised."""
        doc = self.doc
        ordered = sorted(names)
        out: list[tuple[int, int]] = []
        for a, b in ordered:
            if out and out[-1][1] == a and b - out[-1][0] <= 6 and doc[a - 1].whitespace_ \
                    and doc[a - 1].is_title and doc[a].is_title and doc[a - 1].sent_start is not True \
                    and sentence_bounds(doc, a - 1)[0] == sentence_bounds(doc, a)[0]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out if len(out) < len(names) else names

    def _introduced_by_office(self) -> list[tuple[int, int]]:
        """Two capitalised words that open a sentence as the subject of "is"/"was" with an office after
        it ("Elko Varn is a union spokesman in .... He said"): a person's name, introduced by the
        office, though spaCy tags no entity there or an organisation (it may read an unusual first
        name as a noun), when the text calls them a person later (_called_a_person)."""
        doc, names = self.doc, []
        for office in self.ctx.offices_by_start.values():
            head = doc[office.end - 1]
            verb = head.head
            if head.dep != DEP_ATTR or verb.lemma_ != "be" or verb.i >= office.start:
                continue
            subj = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
            if subj is None or subj.i != verb.i - 1 or subj.i < 1:
                continue
            first = doc[subj.i - 1]
            if not first.is_sent_start or first.dep_ != "compound" or first.head.i != subj.i:
                continue
            words = (first, subj)
            # (spaCy may also call the two words an organisation, when it reads them as a whole)
            if not all(t.is_title and t.is_alpha and len(t) > 1 and t.i not in self.taken
                       and t.pos_ in ("PROPN", "NOUN") for t in words) or subj.pos_ != "PROPN" \
                    or not ({first.ent_type_, subj.ent_type_} <= {""} or first.ent_iob_ == "B" and first.ent_type_ == "ORG"
                            and subj.ent_iob_ == "I" and (subj.i + 1 == len(doc) or doc[subj.i + 1].ent_iob_ != "I")):
                continue
            if doc[first.i:subj.i + 1].text in self.f.dictionary.forms or not self._called_a_person(subj.text, subj.sent):
                continue
            names.append((first.i, subj.i + 1))
        return names

    def _double_barrelled_unread(self) -> list[tuple[int, int]]:
        """A given word and a double-barrelled surname that spaCy tagged as no person ("Quebec's labour
        minister, Marcel Dufresne-Lavoie, said", "Aminata Sow-Diallo of the dockers' union said"; it
        tags nothing there, or the given word a place, or the surname alone an organisation) where a
        person stands: after an office, or before a comma, "of", "who" or a verb of speech. Why
        (actfix51): four of own actors dev's nine missed persons were such names, lost to every stage
        but the quotes'. The words are capitalised proper nouns no dictionary or agents table knows,
        none a word of business, of a body or a region's opener ("North Rhine-Westphalia"), and no
        capitalised word runs on before the given word or after the surname (a longer name)."""
        doc, names = self.doc, []
        offices, forms = self.f.dictionary.offices, self.f.dictionary.forms
        table = token_table(doc)
        for k in indices_in(table.orth_ids, self.f.hyphen_ids):
            g, i, e = k - 2, k - 1, k + 2  # given word, surname's first half; the name is [g, e)
            if g < 0 or e > len(doc) or not _hyphenated_word(doc[i:e]) or not doc[g].whitespace_ \
                    or any(t in self.taken or t in self.office_tokens for t in range(g, e)):
                continue
            first = doc[g]
            if not (first.is_title and first.is_alpha and len(first) > 1 and first.pos_ == "PROPN") \
                    or first.text in _REGION_OPENERS or self.f.titles.is_honorific(first):
                continue
            # (spaCy's reading: nothing, or the given word alone an entity, or the surname alone one)
            if not (first.ent_iob_ == "O" or first.ent_iob_ == "B" and doc[i].ent_iob_ != "I") \
                    or not (all(doc[t].ent_iob_ == "O" for t in range(i, e))
                            or doc[i].ent_iob_ == "B" and doc[i].ent_type_ != "PERSON"
                            and doc[k].ent_iob_ == "I" and doc[e - 1].ent_iob_ == "I"
                            and (e == len(doc) or doc[e].ent_iob_ != "I")):
                continue
            if g > 0 and doc[g - 1].is_title and doc[g - 1].pos_ == "PROPN" and not doc[g - 1].is_sent_start \
                    and g not in self.ctx.offices_by_end or e < len(doc) and doc[e].is_title:
                continue
            after = doc[e].lower_ if e < len(doc) else ""
            if g not in self.ctx.offices_by_end and after not in (",", "of", "who", "said", "says", "told"):
                continue
            words = (first, doc[i], doc[e - 1])
            if any(t.lower_ in offices.business or t.lower_ in offices.bodies or t.lower_ in offices.organisation_nouns
                   or t.text in forms for t in words):
                continue
            name = doc[g:e].text
            if name in forms or doc[i:e].text in forms or self.f.agents.resolve_text(name) is not None \
                    or self._blocked(doc[g].idx, doc[e - 1].idx + len(doc[e - 1])):
                continue
            names.append((g, e))
        return names

    def _post_nominal_names(self) -> list[tuple[int, int]]:
        """A full name with letters after it ("Ailsa Brodmore MSP said", "Cormac Dunleavy TD"):
        offices.yaml ``post_nominals`` come only after a person's name, so the two or three
        capitalised words before them are that person's, whatever spaCy made of them (it reads
        "Ailsa Brodmore MP" as an organisation as often as a person). Not where the letters open a
        title before a name ("East Kent MP Jane Doe": the MP is Jane Doe), nor over words the
        dictionary took ("Labour MP", "Welsh MS") or a place."""
        doc, names = self.doc, []
        table = token_table(doc)
        ends = table.ends
        # (only the tokens that are such letters, found by their ids in the doc's array: speed only)
        for k in indices_in(table.orth_ids, self.f.post_nominal_ids):
            if k < 2 or (k + 1 < len(doc) and doc[k + 1].is_title):
                continue
            a = k
            while a > 0 and k - a < 3 and _name_cased(doc[a - 1]) and doc[a - 1].pos_ == "PROPN" \
                    and a - 1 not in self.taken and doc[a - 1].ent_type_ not in ("GPE", "NORP", "LOC"):
                a -= 1
            a = a if k - a >= 2 else k  # a first name and a surname at least
            if a > 0 and (doc[a - 1].lower_ in ("the", "a", "an", "his", "her", "their", "its")
                          or doc[a - 1].text in ("'s", "’s")):
                a = k  # "the Kentish Weald MP", "Labour's Kentish Weald MP": a seat's name, no person
            if a > 1 and doc[a - 1].text == "-":  # "Rhys-Bowen": the hyphen's first half is the name's
                a = k
            if a < k and not self._blocked(doc[a].idx, ends[k - 1]):
                names.append((a, k))
                self.taken.update(range(a, k + 1))  # (the letters too: no organisation "MSP")
        return names

    def _bracketed_names(self) -> list[tuple[int, int]]:
        """A name an editor put in square brackets inside a quotation ("We thank [Oksana Hlyba] for
        her work", "[Vell] will not sign"): the capitalised words between the brackets, without the
        brackets, are a person's name, whatever spaCy made of them. Tokens found by their ids in the
        doc's array (speed only)."""
        doc, names = self.doc, []
        opening, closing = np.uint64(get_string_id("[")), get_string_id("]")
        for i in (int(i) for i in (self.orths == opening).nonzero()[0]):
            j = i + 1
            while j < len(doc) and j - i <= 4 and doc[j].is_title and doc[j].is_alpha and j not in self.taken \
                    and doc[j].ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "ORG"):
                j += 1
            if j > i + 1 and j < len(doc) and self.orths[j] == closing and not self._blocked(doc[i].idx, doc[j].idx):
                names.append((i + 1, j))
                self.taken.update(range(i + 1, j))
        return names

    def _first_name_left_out(self, ent: Phrase) -> int:
        """1 where spaCy has read a sentence-opening full name as an organisation of its last word
        ("Elko Varn said ...": "Varn" an ORG, "Elko" no entity): the capitalised proper noun before a
        one-word ORG entity, a compound of it at the start of the sentence, with the entity the subject
        of its verb, is the person's first name (an organisation's name of two words is read whole); 0
        otherwise. Neither word may be one of an
        organisation, nor may the two be a name any dictionary knows."""
        doc, offices = self.doc, self.f.dictionary.offices
        # (a double-barrelled surname is one word: "Okonkwo-Bell", three tokens)
        if ent.label != _ORG or not (len(ent) == 1 or _hyphenated_word(ent)) or ent.start == 0:
            return 0
        first, last = doc[ent.start - 1], ent[-1]
        if not (first.is_sent_start and first.ent_type_ == "" and first.pos_ == "PROPN" and first.dep_ == "compound"
                and first.head.i == last.i and last.dep_ in ("nsubj", "nsubjpass")):
            return 0
        words = (first, *(t for t in ent if t.text != "-"))
        if not all(t.is_title and t.is_alpha and len(t) > 1 and t.lower_ not in offices.business
                   and t.lower_ not in offices.bodies and t.lower_ not in offices.organisation_nouns for t in words):
            return 0
        both = doc[ent.start - 1:ent.end].text
        if both in self.f.dictionary.forms or last.text in self.f.dictionary.forms \
                or self.f.agents.resolve_text(both) is not None:
            return 0
        return 1

    def _left_out_first_name(self, i: int, a: int, b: int) -> bool:
        """Whether token ``i`` just before the name at [a, b) is a first name spaCy left out of it: a
        capitalised proper noun of no entity that modifies the name, no office, honorific or known name."""
        doc, offices = self.doc, self.f.dictionary.offices
        t = doc[i]
        return t.is_title and t.is_alpha and len(t) > 1 and t.pos_ == "PROPN" and t.ent_type_ == "" \
            and t.dep_ == "compound" and a <= t.head.i < b and i not in self.taken and i not in self.office_tokens \
            and not self.f.titles.is_honorific(t) and t.text not in self.f.dictionary.forms \
            and t.lower_ not in offices.business and t.lower_ not in offices.bodies

    def _double_barrelled_name(self, ent: Phrase) -> bool:
        """An ORG entity of a capitalised given word and a double-barrelled surname ("Amara
        Okonkwo-Bell said ...", "Wenceslas Morrow-Pike, 61, said"): a person's name, whatever spaCy
        made of it. Why: English news joins two capitalised words with a hyphen after a single given
        word for a person's surname; a firm's name of that shape brings a word of business or of a
        body ("Hewlett-Packard Enterprise"), a place ("Air France-KLM") or capitals ("KLM"), and a
        one-word firm ("Rolls-Royce") has no given word before it. Neither word may be one a
        dictionary or the agents table knows, and the given word must not run on from a capitalised
        word before it (a longer name)."""
        if len(ent) != 4 or (ent.label != _ORG and ent.label != _GPE):
            return False  # (the shape first, on the entity's bounds alone: speed only)
        doc, offices = self.doc, self.f.dictionary.offices
        # (spaCy tags such a name as a place too: then only as the subject of a verb or before "of",
        # and not with a word of a region's name first: "North Rhine-Westphalia")
        place = ent.label == _GPE and ent[0].text not in _REGION_OPENERS \
            and (ent.root.dep_ in ("nsubj", "nsubjpass") or ent.end < len(doc) and doc[ent.end].lower_ == "of")
        if not (ent.label == _ORG or place) or len(ent) != 4 or not _hyphenated_word(ent[1:]) or not ent[0].whitespace_:
            return False
        if place and any(i in self.taken for i in range(ent.start, ent.end)):
            return False
        words = [t for t in ent if t.text != "-"]
        if not all(t.is_title and t.is_alpha and len(t) > 1 and t.pos_ == "PROPN" and t.lower_ not in offices.business
                   and t.lower_ not in offices.bodies and t.lower_ not in offices.organisation_nouns
                   and t.text not in self.f.dictionary.forms for t in words):
            return False
        if ent.start > 0 and doc[ent.start - 1].is_title and not doc[ent.start - 1].is_sent_start \
                and doc[ent.start - 1].pos_ == "PROPN":
            return False
        return ent.text not in self.f.dictionary.forms and self.f.agents.resolve_text(ent.text) is None

    def _person_described(self, ent: Phrase) -> bool:
        """An ORG entity of two or three proper nouns just after a noun for a person ("opposition
        figure Nino Vashadze", "activist Lena Marsh") is a person's name that spaCy misread."""
        doc, offices = self.doc, self.f.dictionary.offices
        # ... or just after an office ("Chadian opposition leader Fatime Mahamat", "Wikivault
        # editor-in-chief Mirela Vantu"): the name after a title or role is a person's.
        # ... or, read as a title or a product, just before an office in apposition ('..." Rei Tanabe,
        # director of the Centre for Asian Studies, said'): a speaker's name after a quotation.
        # ... or, read as an organisation, set off by commas beside an office of something: "the
        # director of the port authority, Ilse Varga, said", "Ilse Varga, the mayor of Lakeside, said".
        # A line break inside the name is no word of it: hard-wrapped wire copy (Reuters-21578) breaks
        # lines wherever the page ends, also between a first name and a surname ("said Ito\nKanda,").
        words = [t for t in ent if not t.is_space]
        return ent.label in _MISREAD_PERSON_IDS and 2 <= len(words) <= 3 \
            and (ent.start > 0 and (doc[ent.start - 1].lower_ in offices.person_nouns
                                    or self._person_noun_before_commas(ent)
                                    or ent.start in self.ctx.offices_by_end
                                    or ent.label in _ART_OR_PRODUCT and ent.end + 1 < len(doc)
                                    and doc[ent.end].text == "," and ent.end + 1 in self.ctx.offices_by_start)
                 or ent.label == _ORG and self._office_of_in_apposition(ent)
                 or ent.label == _ORG and self._person_noun_in_apposition(ent)) \
            and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in offices.business
                    and t.lower_ not in offices.bodies and t.lower_ not in offices.organisation_nouns for t in words)

    def _given_name_first(self, ent: Phrase, given: list[int]) -> bool:
        """Whether an entity spaCy calls a body, a building, a product or a date is two or three capitalised
        proper nouns that open with a given name written for one sex only (given_names.yaml: "Halvard
        Tennick", "Ottilie Brask"), with no word of a body, a business or a place's end in it, no name the
        dictionary or the agents lexicon knows, and no place's preposition before it: a person's name.
        Why (actrec56): benchmarks/actor_misses.py counted, in half B's class totals, persons printed as
        organisations under their very words (3; on the audit's half A, a person printed as a body under
        a given name of this list); the person was lost or made a body. ``given``: the indices of the doc's
        words that are such given names (arrays.token_indices), in order."""
        if ent.label not in _GIVEN_NAME_MISREAD_IDS:
            return False
        # (speed57: ``given``, the doc's words that are such given names, in order: an entity with none of them
        # cannot open with one, and makes no token; speed only)
        k = bisect.bisect_left(given, ent.start)
        if k == len(given) or given[k] >= ent.end:
            return False
        words = [t for t in ent if not t.is_space]
        if not 2 <= len(words) <= 3 or words[0].lower_ not in coref.GIVEN_NAME_GENDER:
            return False
        offices = self.f.dictionary.offices
        if any(not (t.is_title and t.is_alpha and len(t) > 1) or t.lower_ in offices.business
               or t.lower_ in offices.bodies or t.lower_ in offices.organisation_nouns for t in words):
            return False
        last = words[-1].text
        if last in offices.place_name_ends or last in offices.not_name_ends or last in offices.region_name_ends:
            return False
        if ent.start > 0 and self.doc[ent.start - 1].lower_ in offices.person_place_prepositions:
            return False
        name = " ".join(t.text for t in words)
        return name not in self.f.dictionary.forms and self.f.agents.resolve_text(name) is None

    def _person_noun_before_commas(self, ent: Phrase) -> bool:
        """Whether the entity is set off by commas right after "the"/"a" and a noun for a person with no
        office ("the surgeon, NAME, told", "a retired vet, NAME, said"): the noun says who the name is, as
        it does right before it ("activist NAME"). Why (actrec56): a full name after such a noun that
        spaCy tags a product or a body was read as no one's, its later surname then a lone word of no full
        name, and the person lost (benchmarks/actor_misses.py: 1 in the audit's half A; 4 persons in half
        B's class totals dropped though an entity of their kind lies over one of their forms)."""
        doc, s = self.doc, ent.start
        if s < 3 or doc[s - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text not in (",", ")") \
                or doc[s - 2].lower_ not in self.f.dictionary.offices.person_nouns:
            return False
        # "the vet", and one word between at most: "a retired vet"
        return doc[s - 3].lower_ in ("the", "a", "an") or s > 3 and doc[s - 4].lower_ in ("the", "a", "an") \
            and doc[s - 3].pos_ in ("ADJ", "NOUN", "PROPN")

    def _person_noun_in_apposition(self, ent: Phrase) -> bool:
        """Whether a comma after the entity opens an apposition headed by a noun for a person with no
        office: "NAME, manager of research at the Bank of X, said", "said NAME, an economist at X".
        Why: a firm's apposition names a firm ("NAME Securities, a unit of X"), a person's a person."""
        if ent.end >= len(self.doc) or self.doc[ent.end].text != ",":
            return False
        return any(c.dep_ == "appos" and c.i > ent.end and c.lower_ in self.f.dictionary.offices.person_nouns
                   for c in kids_of(ent.root))

    def _office_of_in_apposition(self, ent: Phrase) -> bool:
        """Whether commas set the entity off beside an office with "of" after it: "the director of
        the port authority, NAME," before it, or ", the mayor of Lakeside," after it. A member noun
        (offices.yaml ``member_nouns``: head, member, founder) with "of" after it stands as an office
        does: "the new head of the Fund, NAME,", "NAME, head of the Fund, said". Why (actrec55): the
        misses by mechanism (benchmarks/actor_misses.py) counted persons printed as organisations under
        their own words or under a longer name, 1 in the audit's half A and 4 in half B (class totals only);
        "head of" read as no office left the name spaCy tags ORG an organisation."""
        doc, by_end, by_start = self.doc, self.ctx.offices_by_end, self.ctx.offices_by_start
        members = self.f.dictionary.offices.member_nouns
        if ent.end + 2 < len(doc) and doc[ent.end].text == ",":
            k = ent.end + 1 + (doc[ent.end + 1].lower_ in ("the", "a", "an"))
            office = by_start.get(k)
            if office is not None and office.end < len(doc) and doc[office.end].lower_ == "of":
                return True
            if k + 1 < len(doc) and doc[k].lower_ in members and doc[k + 1].lower_ == "of":
                return True
        if ent.start < 3 or doc[ent.start - 1].text != "," or (ent.end < len(doc) and doc[ent.end].text not in (",", ".")
                                                               and doc[ent.end].pos_ != "VERB"):
            return False
        for j in range(ent.start - 2, max(ent.start - 10, 0), -1):
            if doc[j].text in (",", ";", ".") or doc[j].pos_ in ("VERB", "AUX"):
                return False
            if doc[j].lower_ == "of" and (j in by_end or doc[j - 1].lower_ in members):
                return True
        return False

    def _person_referred_to(self, ent: Phrase) -> bool:
        """An ORG entity of two capitalised proper nouns with no word of an organisation in it, the
        subject of a verb ("Elko Varn said on Tuesday ..."), is a person's name that spaCy misread
        when the text calls it a person later: "Mr Varn", "Ms Varn" (offices.yaml ``honorifics``),
        or "he"/"she" as the subject of the next sentence. A company's name is followed by "it"
        ("Goldman Sachs said ... It expects"), and one with a business word is left alone."""
        offices = self.f.dictionary.offices
        if ent.label != _ORG or len(ent) != 2 or ent.root.dep_ not in ("nsubj", "nsubjpass") \
                or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and len(t) > 1
                           and t.lower_ not in offices.business and t.lower_ not in offices.bodies
                           and t.lower_ not in offices.organisation_nouns for t in ent) \
                or ent.text in self.f.dictionary.forms or self.f.agents.resolve_text(ent.text) is not None:
            return False
        return self._called_a_person(ent[-1].text, ent.sent)

    def _called_a_person(self, last: str, sent: Phrase) -> bool:
        """Whether the text calls the one named by surname ``last`` in sentence ``sent`` a person later:
        "Mr Varn", "Ms Varn" (offices.yaml ``honorifics``), or "he"/"she" as the subject of the next
        sentence."""
        doc, offices = self.doc, self.f.dictionary.offices
        if re.search(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in offices.honorifics) + r")\s+" + re.escape(last)
                     + r"(?!\w)", self.text):
            return True
        # ... or a relative "who" or an age set off by commas after the name ("NAME, who chairs the
        # board,", "NAME, 61, said"): English news gives a person "who" and an age, a body "which".
        if re.search(r"(?<!\w)" + re.escape(last) + r",\s+(?:who\s|\d{1,3},)", self.text):
            return True
        if sent.end >= len(doc):
            return False
        following = doc[sent.end].sent
        return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in following)

    def _persons(self, names: list[tuple[int, int]]) -> set[str]:
        """4. Persons from the names; returns the persons known by one word only."""
        doc, text = self.doc, self.text
        # 4. One person per full name; a lone word is the surname of a full name when one matches,
        # else its first word (family names come first in Chinese and Korean names: "Ruan" for
        # "Ruan Zhiheng").
        surnames: dict[str, set[str]] = {}
        first_words: dict[str, set[str]] = {}
        for person in self.persons.values():  # dictionary persons found in the text
            for key in _name_keys(person.name.split()[-1]):
                surnames.setdefault(key, set()).add(person.id)
        firsts, ends = token_table(doc).idx, token_table(doc).ends  # (doc[a:b].text from the text: speed only)
        longer = self._longer_names(names)
        for a, b in sorted(names):
            name = text[firsts[a]:ends[b - 1]] if a < b else ""
            if len(name.split()) > 1:
                pid = "person:" + slug(name)
                if name in longer:  # evsides35: "Levine Cava" after "Daniella Levine Cava" (_longer_names)
                    pid, full = longer[name]
                    self._person(pid, full)
                self._person(pid, name)
                self.person_hits.append((a, b, pid))
                for key in _name_keys(name.split()[-1]):
                    surnames.setdefault(key, set()).add(pid)
                first_words.setdefault(name.split()[0], set()).add(pid)
        lone: set[str] = set()  # persons known by one word only
        singles = {text[firsts[a]:ends[b - 1]] for a, b in names if a < b and b - a == 1}
        # spk47: the family names written first ("Choi" of "Choi Jae-won"), which the tagger often reads alone as a
        # body's or a place's name ("Choi told reporters", "But Lee said"); never a word another name ends with.
        # (the known persons' too, whom the table of known persons gave in full)
        known_firsts: dict[str, set[str]] = {}
        for pid, person in self.persons.items():
            if " " in person.name:
                known_firsts.setdefault(person.name.split()[0], set()).add(pid)
        family = {w: next(iter(ids)) for w, ids in known_firsts.items()
                  if len(ids) == 1 and w not in surnames and len(w) > 1 and self._family_first(next(iter(ids)), singles)}
        for a, b in sorted(names):
            word = text[firsts[a]:ends[b - 1]] if a < b else ""
            if len(word.split()) == 1 and len(word.rstrip(".")) > 2:  # not an initial ("P.")
                by_first = first_words.get(word) or set()
                if not (a > 0 and doc[a - 1].text in self.f.titles.offices.first_name_honorifics):
                    by_first = self._by_first_word(by_first, singles)
                ids = surnames.get(word) or by_first or ({family[word]} if word in family else set())
                if len(ids) > 1 and word in surnames:
                    # evrec55: a surname two full names of the text share ("Vennick" of a mayor and of a
                    # brother named once) is the one of them named last before it; before any, no one
                    # (a given name two persons share stays no one: which of them is meant, no order tells;
                    # a relative named in passing, "whose uncle Paul X", is not the one named last)
                    ids = {max(((b0, q) for a0, b0, q in self.person_hits if q in ids and b0 <= a
                                and not (a0 > 0 and doc[a0 - 1].lower_ in pronouns.KIN)),
                               default=(0, "person:" + slug(word)))[1]}
                pid = next(iter(ids)) if len(ids) == 1 else "person:" + slug(word)
                if pid not in self.persons:
                    lone.add(pid)
                self._person(pid, word)
                self.person_hits.append((a, b, pid))
        # Surnames that spaCy did not tag as persons (the seed's headline "Lavrov" is an ORG to it).
        unique = {w: next(iter(ids)) for w, ids in surnames.items() if len(ids) == 1 and len(w) > 1}
        unique |= family
        # ... and in a headline in capitals ("STOLTENBERG CALLS FOR TALKS"), a surname of four or more letters
        unique |= {w.upper(): pid for w, pid in unique.items() if len(w) > 3 and w.upper() not in unique}
        if unique:
            # (?<!\w)(?:w1|w2|...)(?!\w), the word-edge check after each word's first letter (speed only)
            for m in re.finditer(r"(?:" + edge_alternation(unique) + r")(?!\w)", text[self.lo:]):
                s, e = m.start() + self.lo, m.end() + self.lo
                toks = self._tokens(s, e)
                if toks and not self._blocked(s, e) and not any(i in self.taken for i in range(*toks)) \
                        and (m.group() not in family or doc[toks[0]].pos_ in ("PROPN", "NOUN")):  # (a family name: a noun)
                    self.person_hits.append((toks[0], toks[1], unique[m.group()]))
                    self.taken.update(range(*toks))
        return lone

    def _longer_names(self, names: list[tuple[int, int]]) -> dict[str, tuple[str, str]]:
        """evsides35: a name of two or more words that is the end of exactly one longer full name in the text
        ("Levine Cava" of "Daniella Levine Cava", "Ortega Velandia" of "Julian Andres Ortega Velandia") is
        that person again: a double surname, or a given name and a surname, said without the first name.
        Why: read as a full name of its own it made a second person, who had no office or country, and the
        events stage lost the side (round 34's actors_near: a re-mention "under another id"). Returns each
        such shorter name -> (the longer name's id, the longer name)."""
        text, table = self.text, token_table(self.doc)
        tails: dict[str, set[str]] = {}
        for a, b in names:
            words = text[table.idx[a]:table.ends[b - 1]].split() if a < b else []
            for k in range(2, len(words)):
                tails.setdefault(" ".join(words[-k:]), set()).add(" ".join(words))
        return {tail: ("person:" + slug(next(iter(full))), next(iter(full)))
                for tail, full in tails.items() if len(full) == 1}

    def _family_first(self, pid: str, singles: set[str]) -> bool:
        """Whether a person's name is written family name first (offices.yaml ``family_first_surnames``): its first
        word is such a family name, or its last word a hyphenated given name in lower case after the hyphen
        ("Jae-won"); and the text never uses that last word alone (_by_first_word)."""
        words = self.persons[pid].name.split()
        if not 2 <= len(words) <= 3 or words[-1] in singles:
            return False
        return words[0] in self.f.titles.offices.family_first_surnames or bool(_HYPHENED_GIVEN.fullmatch(words[-1]))

    def _by_first_word(self, ids: set[str], singles: set[str]) -> set[str]:
        """The persons whose full name opens with a lone word, less those the text calls by their last
        word alone ("Mr Brannock" for "Tarrant Brannock"): their last word is their surname, so a lone
        "Mr Tarrant" is someone else. Family-first names ("Ruan" for "Ruan Zhiheng") keep the match:
        their last word is a given name that the text never uses alone."""
        return {pid for pid in ids if self.persons[pid].name.split()[-1] not in singles}

    def _surnames_of_named(self) -> None:
        """The text wins over the table of known persons: a surname alone ("Johnson") that the table
        knows as someone whose full name the text never gives is the person the text has named in
        full with that surname ("House Speaker Mike Johnson ... Johnson said"), when there is one."""
        full = {}
        for p in self.persons.values():
            if " " in p.name and (p.entry is None or p.id in self._written):
                full.setdefault(p.name.split()[-1], set()).add(p.id)
        moved = {}
        for pid, p in self.persons.items():
            if p.entry is not None and pid not in self._written:
                ids = full.get(p.name.split()[-1], set()) - {pid}
                if len(ids) == 1:
                    moved[pid] = next(iter(ids))
        if moved:
            self.person_hits = [(a, b, moved.get(pid, pid)) for a, b, pid in self.person_hits]
            for pid in moved:
                del self.persons[pid]

    def _attributes(self) -> None:
        """5. What the text says about each person, at the name where it says the most."""
        doc = self.doc
        table = token_table(doc)
        self.used_offices: set[int] = set()
        last_with_role: _Person | None = None
        for a, b, pid in sorted(self.person_hits):
            attrs, office_start = read_attributes(self.f.titles, self.ctx, a, b)
            if office_start is not None:
                self.used_offices.add(office_start)
                attrs = self._party_office(attrs, office_start)
                attrs = self._office_of_party(attrs, office_start)
                attrs = self._office_of_a_firm(attrs, office_start)
            person = self.persons[pid]
            if attrs.counterpart and last_with_role is not None and last_with_role is not person:
                # "his Polish counterpart, X": X holds the office of the person last named with one.
                attrs.role, attrs.sector = last_with_role.attrs.role, last_with_role.attrs.sector
            if attrs.score() > person.attrs.score():
                person.attrs = attrs
            person.gender = person.gender or attrs.gender
            if attrs.honorific:
                person.honorifics.add(attrs.honorific)
            if person.attrs.role or (person.entry and person.entry.role):
                last_with_role = person
            # (the name's bounds from the doc's offset columns, read per doc anyway: no token objects; speed only)
            self.mentions.append(Mention(table.idx[a], table.ends[b - 1], pid, "name"))
        self._lead_office_holder()
        self._party_members()
        self._later_office_holders()
        # "an adviser to President X", "X's spokesman": with no state in the words, the person serves
        # the state of the one they work for.
        for person in self.persons.values():
            span = person.attrs.principal
            if person.attrs.country is None and span is not None:
                boss = next((self.persons[q] for a, b, q in self.person_hits
                             if a < span[1] and span[0] < b and q != person.id), None)
                if boss is not None:
                    person.attrs = replace(person.attrs, country=boss.attrs.country or (
                        boss.entry.country if boss.entry else None))

    def _lead_office_holder(self) -> None:
        """A story that opens on an office with no name ("Vardenia's farming minister has said ...")
        and names its holder as the subject of the next sentence ("Ola Brenn said ..."): the person
        named there holds that office, of that state, when the text gives them none of their own and
        names no other person before. Why: the lead gives the office, the next sentence the name."""
        doc, ctx = self.doc, self.ctx
        hits = sorted(self.person_hits)
        for office in sorted(ctx.offices_by_start.values(), key=lambda o: o.start):
            head = doc[office.end - 1]
            if office.start in self.used_offices or office.titled or office.sector is None \
                    or head.dep not in DEPS_NSUBJ_NSUBJPASS or sentence_bounds(doc, head.i)[1] >= len(doc):
                continue
            country, _stop = _state_before(ctx, office.start)
            if country is None:
                continue
            following = doc[head.sent.end].sent
            k = following.start
            while k < following.end and self.f.titles.is_honorific(doc[k]):
                k += 1
            hit = next(((a, b, pid) for a, b, pid in hits if a == k), None)
            # (not "Ola Brenn, a club owner, said": an apposition says who the person is instead)
            if hit is None or doc[hit[1] - 1].dep_ not in ("nsubj", "nsubjpass") \
                    or hit[1] < len(doc) and doc[hit[1]].text in (",", "(", "-", "–", "—"):
                continue
            person = self.persons[hit[2]]
            if person.attrs.role is not None or (person.entry is not None and person.entry.role) \
                    or any(a < office.start and pid != person.id for a, _b, pid in hits):
                continue
            person.attrs = replace(person.attrs, role=office.role, sector=office.sector,
                                   country=person.attrs.country if not person.attrs.guessed and person.attrs.country
                                   else country, guessed=False)
            person.gender = person.gender or self.f.titles.gender_of(office.head)
            self.used_offices.add(office.start)

    def _bare(self, person: _Person) -> bool:
        """A person the text and the tables gave no office and no sector (evperson34's rules fill these)."""
        return person.attrs.role is None and person.attrs.sector is None \
            and not (person.entry is not None and (person.entry.role or person.entry.sector))

    def _party_members(self) -> None:
        """evperson34: a politician named only with their party is that party's person of its state, not an
        unknown private person (whose acts the events stage drops): a US party tag after the name ("X (D-Ore.)":
        a legislator, offices.yaml ``party_tags``), a party named just before it ("Labour's X", "Tory X",
        "Democrat X") or a party member noun in apposition ("X, a Republican, said"; ``party_member_nouns``)."""
        doc, text, d = self.doc, self.text, self.f.dictionary
        offices = d.offices
        by_end = {m.end: m for m in self.mentions if m.actor in d.entries
                  and d.entries[m.actor].kind != "state" and d.entries[m.actor].sector in _PARTY_SECTORS}
        by_start = {m.start: m for m in by_end.values()}
        for a, b, pid in self.person_hits:
            person = self.persons[pid]
            if not self._bare(person):
                continue
            end = token_table(doc).ends[b - 1]  # (the name's end from the doc's column: speed only)
            tag = _PARTY_TAG.match(text, end)
            if tag is not None and tag.group(1) in offices.party_tags and offices.party_tag_state:
                person.attrs = replace(person.attrs, sector="LEG", country=offices.party_tag_state, guessed=False)
                continue
            party = None
            if a > 0:  # "Tory X", "Labour's X", "Democrat X"
                k = a - 1 if doc[a - 1].text in ("'s", "’s") and a > 1 else a
                before = doc[k - 1]
                party = offices.party_member_nouns.get(before.text) or (
                    m.actor if (m := by_end.get(before.idx + len(before))) is not None else None)
            if party is None and b + 2 < len(doc) and doc[b].text == "," and doc[b + 1].lower_ in ("a", "an"):
                word = doc[b + 2]  # "X, a Republican, said" / "X, a Republican from Ohio,"
                nxt = doc[b + 3] if b + 3 < len(doc) else None
                if nxt is None or nxt.text in (",", ".", ")") or nxt.lower_ in ("from", "who", "and", "of"):
                    party = offices.party_member_nouns.get(word.text) or (
                        m.actor if (m := by_start.get(word.idx)) is not None and m.end == word.idx + len(word) else None)
            entry = d.entries.get(party) if party else None
            if entry is None:
                continue
            # Only the sector: the country stays what the words around the name or the story give (a party's
            # name is shared by parties of several states: "Democrat" is also a Korean or a Thai party's
            # member, "Labour's" an Irish or an Australian one's).
            person.attrs = replace(person.attrs, sector=entry.sector)

    def _article_era(self) -> None:
        """era54: an article with no date (no published date, no reference date from its caller) is read as of the
        era what it names gives (office_holders.article_era: the known persons the text itself gives an office, the
        years it names), so that the table gives each known person their office of that time, not their latest, and
        the events stage's "now" is that era's; left undated when the evidence is thin or disagrees."""
        d, article = self.f.dictionary, self.article
        if article.published is not None or article.reference_date is not None or d.holders is None:
            return
        titled = [(p.entry.id, p.attrs.role) for p in self.persons.values()
                  if p.entry is not None and p.entry.id in d.dated and p.attrs.role and not p.attrs.counterpart]
        if not titled:
            return
        today = dt.date.today()
        years = (int(y) for y in _ERA_YEAR.findall(self.text) if int(y) <= today.year)
        era = article_era(d.holders, titled, years, today)
        if era is not None:
            self.day = article.era = era

    def _later_office_holders(self) -> None:
        """evperson34: "NAME criticised the plan ... The senator said": a definite office ("the senator", "the
        county's sheriff") that the text gave no one, within two sentences after a person it gave no office,
        with no other person named between them, is that person's office (wire copy names a person first and
        says what they are in the next sentence). Only a lowercase office after "the" that heads its phrase, in a
        sentence that names no person (the one it names, in apposition or not, is more likely its holder)."""
        doc, hits = self.doc, sorted(self.person_hits)
        if not hits:
            return
        roles = {r.lower() for p in self.persons.values() for r in (p.attrs.role, p.entry.role if p.entry else None) if r}
        later = self.f.dictionary.offices.later_offices
        for office in sorted(self.ctx.offices_by_start.values(), key=lambda o: o.start):
            if office.start in self.used_offices or office.titled or office.sector is None or office.start == 0 \
                    or doc[office.start - 1].lower != WORD_THE or office.role.lower() not in later \
                    or doc[office.end - 1].dep_ not in ("nsubj", "nsubjpass") \
                    or (office.end < len(doc) and doc[office.end].pos_ in ("NOUN", "PROPN")) \
                    or any(office.role.lower() in r for r in roles):
                continue
            before = [h for h in hits if h[1] <= office.start]
            if not before:
                continue
            a, _b, pid = before[-1]
            person = self.persons[pid]
            first, last = sentence_bounds(doc, office.start)
            if any(first <= h[0] < last for h in hits):
                continue  # "The mayor of X, Cllr Y, said": a sentence that names a person says whose office it is
            for _ in range(2):  # the office's sentence and the two before it
                if first > 0:
                    first = sentence_bounds(doc, first - 1)[0]
            if a < first or not self._bare(person) or any(q != pid for _a, _e, q in before if _a >= first):
                continue
            country = person.attrs.country if person.attrs.country and not person.attrs.guessed else None
            person.attrs = replace(person.attrs, role=office.role, sector=office.sector,
                                   country=country or person.attrs.country, guessed=person.attrs.guessed and not country)
            person.gender = person.gender or self.f.titles.gender_of(office.head)
            roles.add(office.role.lower())

    def _party_office(self, attrs: Attributes, office_start: int) -> Attributes:
        """An office right after a party's name ("CHP leader X") is the party's: the person's sector is
        the party's (PTY, OPP), not the state government's that a bare "leader" would give."""
        # (a former office holder, ELI: "former Labour minister X" is still of the party's state, actors39)
        former = attrs.sector == "ELI" and (attrs.role or "").startswith("former ")
        if attrs.sector not in (None, "GOV", "LEG", *_PARTY_SECTORS) and not former or office_start == 0:
            return attrs
        # appos38: past a portfolio's lowercase nouns between the party and the office ("the Lib Dem
        # environment spokesman"): the party is still the office's owner.
        # era56: also past a portfolio the agents lexicon names as a topic, adjective and all ("the Liberal Democrat
        # foreign affairs spokesman", "home affairs"), up to three words: the party's spokesman printed GOV, a minister.
        # (only for an office a party holds, _PARTY_OFFICE_HEADS: "Labour's foreign secretary" is the state's minister)
        held = (attrs.role or "").lower().split()[-1:] or [""]
        k, topics = office_start, self.f.agents.topics if held[0] in _PARTY_OFFICE_HEADS else {}
        # (speed57: a stretch's words cut from the text by the table's offsets, as ``doc[k - 1:j].text`` gives them
        # without a span and a token per word, and only where a topic can match: speed only)
        firsts, ends = token_table(self.doc).idx, token_table(self.doc).ends
        while k > 1 and office_start - k < 3 and self.doc[k - 1].is_lower and (
                (self.doc[k - 1].pos_ == "NOUN" and self.doc[k - 1].dep_ == "compound" and office_start - k < 2)
                or topics and any(self.text[firsts[k - 1]:ends[j - 1]].lower() in topics
                                  for j in range(k, office_start + 1))):
            k -= 1
        office_start = k
        a = office_start
        # era56: a party's possessive before the office ("the Liberal Democrats' home affairs spokesman", "the
        # Conservatives' chief whip") names the party as its name or adjective does.
        owner = office_start - 1 if office_start > 1 and self.doc[office_start - 1].text in _POSSESSIVE_MARKS \
            and held[0] in _PARTY_OFFICE_HEADS else office_start
        # A party the dictionary knows, named or by its adjective just before ("Liberal Democrat leader X",
        # "Labour MP X"): the person is the party's, of its state.
        if attrs.sector in (None, "GOV", "LEG") or former:
            d, at = self.f.dictionary, self.doc[owner - 1].idx + len(self.doc[owner - 1])
            named = next((m for m in self.mentions if m.end == at and m.actor in d.entries
                          and d.entries[m.actor].kind != "state" and d.entries[m.actor].sector in _PARTY_SECTORS), None)
            party = d.entries[named.actor] if named is not None else None
            if party is not None:  # (a common party name in another state's story: that state's, _home_party)
                country = self._home_party(party, self.text[named.start:at]) or party.country
            if party is not None and (attrs.sector == "LEG" or former):  # "Republican senator X": a legislator of its state
                return replace(attrs, country=attrs.country or country)
            if former:
                return attrs
            if party is not None:
                return replace(attrs, sector=party.sector, country=attrs.country or country)
        while a > 0 and office_start - a < 4 and self.doc[a - 1].pos_ == "PROPN" and self.doc[a - 1].ent_type_ == "ORG":
            a -= 1
        guess = self.f.agents.resolve_text(self.doc[a:office_start].text) if a < office_start else None
        if guess is None or guess.sector not in _PARTY_SECTORS or guess.head != self.doc[a:office_start].text:
            return attrs
        return replace(attrs, sector=attrs.sector if attrs.sector == "LEG" else guess.sector,
                       country=attrs.country or guess.country)

    def _office_of_a_firm(self, attrs: Attributes, office_start: int) -> Attributes:
        """An office of a state's sector (GOV) right after the name of an organisation that is no state's
        body ("Tamura Steel president X", "Compaq vice president X", "Lane Telecommunications' chairman
        X"): the office is that body's, as one after "of" is (persons._of_a_private_body). Why (actors39):
        "president", "chairman", "director" gave every firm's head the GOV sector, so that what a
        company's president said was coded as said by the dateline's state. The name is an ORG entity
        to spaCy ending just before the office that no dictionary name starts in and that the agents
        lexicon reads as no state body, agency of a state sector or party; the person takes the body's
        sector where the lexicon knows it (a union's LAB), else none. The country stays (a firm of the
        story's state is still of that state)."""
        doc = self.doc
        if attrs.sector != "GOV" or office_start < 1 or any(
                (attrs.role or "").lower().endswith(w) for w in self.f.dictionary.offices.local_offices):
            return attrs  # ("Karvo governor X": a region's or a city's office, whatever spaCy calls its name)
        if (in_role := self.f.agents.resolve_text(attrs.role or "")) is not None and in_role.kind == "body":
            return attrs  # ("Norfolk police chief X": the role names a state's body itself)
        k = office_start - (doc[office_start - 1].text in ("'s", "’s"))
        if k < 1 or doc[k - 1].text in ("'s", "’s"):
            return attrs
        if doc[k - 1].ent_type_ != "ORG":
            return attrs
        a = k - 1
        while a > 0 and doc[a].ent_iob_ == "I":
            a -= 1
        a += doc[a].lower_ == "the"
        if a >= k or any(self.mentions_at_token_kind(t) is not None for t in range(a, k)) \
                or any(t in self.state_by_start or t in self.state_by_end for t in range(a, k + 1)):
            return attrs
        fields = re.split(r"\s*(?:,|\band\b|&)\s*", " ".join(doc[a:k].text.lower().split()))
        if all(f in self.f.agents.topics for f in fields if f):
            return attrs  # ("Home Affairs spokesman X": a portfolio's fields, which spaCy calls an organisation)
        name, e = " ".join(doc[a:k].text.split()), k  # (wire copy breaks lines inside names)
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1  # (the whole entity: the office may have taken its last word, "Bank of China President")
        d = self.f.dictionary
        if any(d.entries[d.forms[m.group().replace("\n", " ")].actor].kind in ("state", "igo")
               for m in d.pattern.finditer(doc[a:e].text)):
            return attrs  # "Bank of Spain governor", "Bank of China president": a body named after its state
        guess = self.f.agents.resolve_text(name)
        if guess is not None and (guess.kind == "body" or guess.igo or guess.country
                                  or guess.sector in ("GOV", "MIL", "LEG", "JUD", "COP", *_PARTY_SECTORS)):
            return attrs
        return replace(attrs, sector=guess.sector if guess is not None else None)

    def _office_of_party(self, attrs: Attributes, office_start: int) -> Attributes:
        """appos38: an office of a party named after "of" ("X, the leader of the opposition Pordavian Party,",
        "the chairman of the Labour Party, X") is the party's, as one with the party's name before it is
        (``_party_office``): the person takes the party's sector. Why: the person had the role and no
        sector, so a domestic story's opposition leader was no political actor. Past "the" and up to two
        lowercase words ("the ruling", "the opposition"); a party the dictionary knows or the agents lexicon
        reads as one (PTY, OPP)."""
        office = self.ctx.offices_by_start.get(office_start)
        doc = self.doc
        if office is None or attrs.sector not in (None, "GOV") or office.end + 2 >= len(doc) \
                or doc[office.end].lower_ not in ("of", "for"):
            return attrs
        k = office.end + 1 + (doc[office.end + 1].lower_ == "the")
        first = k
        while k < len(doc) and k - first < 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
            k += 1
        if k >= len(doc):
            return attrs
        d = self.f.dictionary
        named = next((m for m in self.mentions if m.start == doc[k].idx and m.actor in d.entries
                      and d.entries[m.actor].kind != "state" and d.entries[m.actor].sector in _PARTY_SECTORS), None)
        if named is not None:  # (only the sector, as _party_members: a party's name is shared by several
            # states' parties, "the Christian Democrats"; the country stays what the words or the story give)
            return replace(attrs, sector=d.entries[named.actor].sector)
        b = k
        while b < len(doc) and b - k < 5 and doc[b].is_title and doc[b].pos_ in ("PROPN", "ADJ", "NOUN") \
                and doc[b].ent_type_ in ("ORG", "NORP", ""):
            b += 1
        guess = self.f.agents.resolve_text(doc[k:b].text) if b > k else None
        if guess is None or guess.sector not in _PARTY_SECTORS:  # (the whole name: "the Pordavian Party")
            return attrs
        return replace(attrs, sector=guess.sector)

    def _monarchs_by_title(self) -> None:
        """real7a: "the Queen invited X to form a government": a monarch the text names only by the title is a
        person of the story's state (offices.yaml ``monarch_titles``), when no person in the text holds that
        title by name ("King Tavor ... the King said" is King Tavor's)."""
        if self.f.titles.monarch_pattern is None:
            return
        for m in self.f.titles.monarch_matches(self.text[self.lo:]):
            s, e = m.start(1) + self.lo, m.end(1) + self.lo
            title = m.group(1)
            toks = self._tokens(s, e)
            if toks is None or self._blocked(s, e) or any(i in self.taken for i in range(*toks)):
                continue
            if any(title.lower() in (p.attrs.role or (p.entry.role if p.entry else "") or "").lower().split()
                   or p.name.split()[0] == title for p in self.persons.values() if p.id != "person:the-" + slug(title)):
                continue
            pid = "person:the-" + slug(title)
            if pid not in self.persons:
                state = self._home() or self._story_state() or self._persons_state()
                self._person(pid, "the " + title)
                self.persons[pid].attrs = Attributes(role=title, country=state)
                self.persons[pid].gender = self.f.titles.gender_of(title)
            self.mentions.append(Mention(m.start() + self.lo, e, pid, "name"))
            self.taken.update(range(*toks))

    def _sole_office_holders(self) -> None:
        """evroles36: "The prime minister told MPs ...", "X accused the home secretary of ...": an office one person
        holds at a time (offices.yaml ``sole_offices``), written "the TITLE" with no name after it, is the person
        the dated table gives that office of the dateline's state on the article's day, when no person of the text
        holds it (a named holder is coref's: "Prime Minister X ... the prime minister said"). Why: wire copy
        names a head of government or a minister by the title alone once the story has set its state, and
        the events stage found no side there. Nothing without a day, a dateline's state, or one holder."""
        d, day, doc = self.f.dictionary, self.day, self.doc
        sole = d.offices.sole_offices
        if day is None or d.holders is None or not sole:
            return
        state: list[str | None] = []
        for office in sorted(self.ctx.offices_by_start.values(), key=lambda o: o.start):
            role = office.role.lower()
            if role not in sole or office.start in self.used_offices or office.start == 0 \
                    or doc[office.start - 1].lower_ != "the" \
                    or (office.end < len(doc) and (doc[office.end].pos_ in ("NOUN", "PROPN")
                                                   or self._office_of_another(office.end))) \
                    or any(i in self.taken for i in range(office.start, office.end)):
                continue
            # a person of the text with that office, by the words or by the table on the day, is the one meant
            if any(role in (r or "").lower() for p in self.persons.values()
                   for r in (p.attrs.role, p.entry.role if p.entry else None, self._held_on(p.id, day))):
                continue
            # Only the dateline's state: a story with no dateline may lead with a state it only visits (a
            # Namibian president's trip named "the US" twelve times; the pool's only such cases were wrong).
            if not state:
                state.append(self._home())
            where = state[0]
            if where is None:
                continue
            holders = d.holders.held_by(where, role, day)
            if len(holders) != 1:
                continue
            pid = holders[0].person
            self._person(pid, holders[0].name, d.entries.get(pid))
            s, e = doc[office.start].idx, doc[office.end - 1].idx + len(doc[office.end - 1])
            self.mentions.append(Mention(s, e, pid, "title"))
            self.taken.update(range(office.start, office.end))
            self.used_offices.add(office.start)

    def _office_of_another(self, i: int) -> bool:
        """Whether the words from token ``i`` say whose office it is ("the president of the club", "the
        chancellor at the university": another body's), not a deed's "of" ("accused the president of
        meddling")."""
        doc = self.doc
        if doc[i].lower_ in ("for", "at"):
            return True
        return doc[i].lower_ == "of" and not (i + 1 < len(doc) and doc[i + 1].tag_ == "VBG")

    def _held_on(self, pid: str, day: dt.date) -> str | None:
        """The office the dated table gives a known person on the day (None for anyone else)."""
        d = self.f.dictionary
        if d.holders is None or pid not in d.dated:
            return None
        holding = d.holders.holding(pid, day)
        return holding.office if holding is not None else None

    def _drop_lone(self, lone: set[str]) -> None:
        """Lone words that are likely not persons."""
        # A lone word that spaCy calls a person, with no title, honorific or full name anywhere, is more
        # often a place or a thing it mislabelled ("Manchester") than a person: leave it out.
        for pid in lone:
            if self.persons[pid].attrs.role is None and self.persons[pid].gender is None:
                del self.persons[pid]
                self.mentions = [m for m in self.mentions if m.actor != pid]

    def _free_state_campaigns(self) -> None:
        """A campaign's name built on "Free" and a state's name ("Voices for a Free Belarus", "Stand for
        a Free Eritrea", "Free Tibet Campaign"): the capitalised words and small words around "Free
        STATE" name one organisation, an NGO of that state (the state's name is the campaign's, no
        mention of the state). Why (actors16): the name was read as the state alone, or as a person
        ("Stand"), and the group was lost."""
        doc, d = self.doc, self.f.dictionary
        for t, (end, state) in list(self.state_by_start.items()):
            if t < 1 or doc[t - 1].text != "Free" or self._blocked(doc[t - 1].idx, doc[end - 1].idx + 1):
                continue
            a = t - 1
            # back over the name's capitalised words and the small words between them
            while a > 0 and t - a < 8:
                k = a
                while k > 0 and doc[k - 1].lower_ in _NAME_SMALL_WORDS and doc[k - 1].is_lower:
                    k -= 1
                if k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha and k - 1 not in self.taken \
                        and doc[k - 1].lower_ != "the" and doc[k - 1].pos_ != "DET":
                    a = k - 1
                else:
                    break
            b = end
            while b < len(doc) and b - end < 2 and doc[b].is_title and doc[b].is_alpha and b not in self.taken:
                b += 1  # "Free Tibet Campaign"
            if b - a < 3 or a == t - 1 and b == end:
                continue  # "a Free Belarus" alone is the state's future, no body's name
            if any(i in self.taken and not t <= i < end for i in range(a, b)):
                continue
            name = doc[a:b].text
            oid = "org:" + slug(name)
            if oid in d.entries:
                continue
            start, stop = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            # the state's name is part of the campaign's, as in a name defined by an acronym ("the
            # Movement for a Free Chad (MFC)"): no mention of the state
            self.mentions = [m for m in self.mentions if not (m.actor == state and start <= m.start < stop)]
            self.mentions.append(Mention(start, stop, oid, "name"))
            self.taken.update(range(a, b))
            self._orgs.setdefault(oid, name)
            self._agent_of.setdefault(oid, (state, "NGO", "agency"))

    def _other_organisations(self) -> None:
        """6. Other organisations that spaCy found and no dictionary knows."""
        doc, d = self.doc, self.f.dictionary
        # (words and the name sliced from the text by the token table's offsets, parts of speech from
        # its ids: Span.text made a token object per word, on each of its five reads; speed only)
        table, text = token_table(doc), self.text
        firsts, ends, pos = table.idx, table.ends, table.pos_id
        for ent in self.ents:
            if ent.label != _ORG or self._blocked(ent.start_char, ent.end_char):
                continue
            a, b = ent.start, ent.end
            if text[firsts[a]:ends[a]].lower() == "the":
                a += 1
            # a participle that opens the sentence is no word of the name ("Thanking Norvik United, ...")
            # (not one that modifies the name: "Fostering Network executive director NAME" is the
            # Fostering Network; actors16, it was printed as "Network")
            elif b - a > 1 and doc[a].is_sent_start and doc[a].tag_ == "VBG" and doc[a].dep_ not in ("amod", "compound", "nmod"):
                a += 1
            while b > a and text[firsts[b - 1]:ends[b - 1]] in ("'s", "’s"):
                b -= 1
            # "U.S. And Iran Resume Indirect Talks In Muscat": a headline in title case capitalises its
            # small words, and spaCy reads a run of them as a name ("Iran Resume Indirect Talks In").
            # No name ends in a preposition or a conjunction.
            if a < b and text[firsts[b - 1]:ends[b - 1]] in _TITLE_CASE_SMALL_WORDS:
                continue
            if b - a == 1 and self._portfolio_of_office(a) or self._fields_of_office(a, b):
                continue
            # "Nepali Capital Wounds 38": headline words, no body's name (not a body's word the agents
            # lexicon knows: "Speech to Congress" is Congress)
            if b - a > 1 and self._headline_words(firsts[a], ends[b - 1]) \
                    and self.f.agents.resolve_text(text[firsts[a]:ends[b - 1]]) is None:
                continue
            if a < b and a in self.state_by_start and self._state_named_body(a, self.state_by_start[a][0], b):
                continue
            if 0 < a < b and text[firsts[a - 1]:ends[a - 1]] in ("'s", "’s") and a - 1 in self.state_by_end \
                    and self._state_named_body(self.state_by_end[a - 1][0], a, b):
                continue  # "Russia's Defence Ministry" is the Russian Defence Ministry
            if 0 < a < b and a in self.state_by_end and self._state_named_body(self.state_by_end[a][0], a, b):
                # "Turkish" + "Foreign Ministry", two entities to spaCy: the Turkish Foreign Ministry,
                # one body of that state. Why (actors18): it was printed as a bare "Foreign Ministry",
                # one id for every state's foreign ministry in the story.
                continue
            if a < b and a in self.state_by_start and self._state_named_organisation(a, self.state_by_start[a][0], b):
                continue
            # actfix53: "a letter from Human Rights Watch and Coastline Justice": spaCy runs a known body's
            # name over "and" into the next one's; the words after "and" name a body of their own when the
            # known name takes all the words before it (the second body was lost)
            if a < b and a in self.taken and (k := self._after_known_and(a, b)) is not None:
                a = k
            inner_state = None
            if a < b and any(i in self.taken or i in self.office_tokens for i in range(a, b)):
                inner_state = self._whole_name_over(a, b)
                if inner_state is None:
                    continue
            if a >= b or self._place_like(a, b):
                continue
            span = doc[a:b]
            name, start_char, end_char = text[firsts[a]:ends[b - 1]], firsts[a], ends[b - 1]  # (span.text, its bounds)
            if name in d.offices.not_body_names:
                continue  # "the Budget": an act, no body (offices.yaml not_body_names; actfix51)
            # "Parliament" alone is the story's own state's (_bare_body), when the story has one.
            if b - a == 1 and (guess := self.f.agents.resolve([name])) is not None and guess.kind == "body" \
                    and guess.specific and self._own() is not None:
                continue
            # A name has a proper noun in it ("Russophobic" is an adjective that spaCy may call an ORG).
            if not name[:1].isupper() or len(name) < 2 or not any(pos[i] == _PROPN for i in range(a, b)):
                continue
            oid = self._body_named_before(name, start_char) or self._short_name(name, start_char) \
                or "org:" + slug(self._without_legal_form(span))
            self.mentions.append(Mention(start_char, end_char, oid, "name"))
            self.taken.update(range(a, b))
            if oid not in self.persons and oid not in d.entries:
                self._orgs.setdefault(oid, name)
                if inner_state:
                    self._agent_of.setdefault(oid, (inner_state, None, "agency"))
                elif ent.end_char in self._place_body_state:  # "... Alliance of Ohio": the place's state's
                    self._agent_of.setdefault(oid, (self._place_body_state[ent.end_char], None, "agency"))
                if ent.end_char in self._company_country:
                    self._company[oid] = self._company_country[ent.end_char]
                elif ent.end_char in self._named_of_country:
                    guess = self.f.agents.resolve_text(name)
                    # (a body word that names nothing alone, "Council", does not make a state body)
                    body = guess is not None and (guess.kind == "agency" or guess.kind == "body" and guess.specific)
                    self._agent_of.setdefault(oid, (self._named_of_country[ent.end_char],
                                                    guess.sector if guess and body else None, "body" if body else "agency"))

    def _after_known_and(self, a: int, b: int) -> int | None:
        """The first word after "and" in the entity ``a``..``b`` when a dictionary name's mention covers
        exactly the words before "and" and the words after it are capitalised proper nouns that no
        mention holds; else None."""
        doc = self.doc
        k = next((j for j in range(a + 1, b - 1) if doc[j].lower == WORD_AND or doc[j].text == "&"), None)
        if k is None or not all(doc[j].pos_ == "PROPN" and doc[j].is_title and j not in self.taken for j in range(k + 1, b)):
            return None
        start, end = doc[a].idx, doc[k - 1].idx + len(doc[k - 1])
        known = any(m.start == start and m.end == end and m.actor in self.f.dictionary.entries for m in self.mentions)
        return k + 1 if known else None

    def _offices_of_an_office(self) -> None:
        """actrec46: an office, "'s" and a body's head word (offices.yaml ``office_named_body_heads``) name
        the office's body: "the Velmora Chief Public Prosecutor's Office", "the Dorvan County District
        Attorney's Office", "the Marlow Governor's Office said". spaCy tags no name there, and the title
        reader read an office waiting for its holder, so the body that acted was no actor. The name runs
        back over the capitalised words before the office (a place's or a county's name), short of "the"
        and a sentence's first word; not where a capitalised word goes on after the head ("Office
        Depot")."""
        doc, heads = self.doc, self.f.dictionary.offices.office_named_body_heads
        for o in self.offices:
            e = o.end
            if e + 1 >= len(doc) or doc[e].text not in ("'s", "’s") or not doc[e + 1].is_title \
                    or doc[e + 1].lower_ not in heads:
                continue
            if e + 2 < len(doc) and (doc[e + 2].is_title and not doc[e + 2].is_sent_start
                                     or doc[e + 2].pos_ in ("NOUN", "PROPN")):
                continue  # ("the Sheriff's Department officials": the body's word modifies a noun)
            a = o.start
            while a < e and not doc[a].is_title:
                a += 1  # ("top": a lower-case word the office took in is no word of the body's name)
            while a > 0 and o.start - a < 3 and doc[a - 1].is_title and doc[a - 1].is_alpha \
                    and doc[a - 1].lower != WORD_THE and not doc[a - 1].is_sent_start \
                    and (a - 1 not in self.taken or self._place_at(doc[a - 1].idx)):
                a -= 1
            start, end = doc[a].idx, doc[e + 1].idx + len(doc[e + 1])
            # (a place's name inside stays a place's; a lone "Office" spaCy tagged alone gives way)
            over = [m for m in self.mentions if m.start < end and start < m.end]
            if self._blocked(start, end) or any(not (start <= m.start and m.end <= end) or m.actor in self.persons
                                                for m in over):
                continue
            name = self.text[start:end]
            oid = "org:" + slug(name)
            self._orgs.setdefault(oid, name)
            self.mentions[:] = [m for m in self.mentions if m not in over or self._place_at(m.start)]
            self.mentions.append(Mention(start, end, oid, "name"))
            self.taken.update(range(a, e + 2))

    def _bodies_in_titles(self) -> None:
        """A body named only inside the title before a person's name is an actor of its own: the
        capitalised words a written title took in before the office list's words when they end in a
        body's word or the agents lexicon reads them as an agency ("Velmora Fisheries Board chairman
        NAME", "Bundesbank President NAME"), or capitalised words just before the office that end in
        one ("Senate majority leader NAME", "EC Commission President NAME"; offices.yaml
        ``body_title_ends``). Why (actrec41): the title reader takes such words into the role, or
        reads past a body word to the office, and the body was printed nowhere though the person
        speaks for it. A one-word state body ("Senate") is the story's own state's, as _bare_body reads
        it; words a mention covers already (a state's body, "Russian Foreign Ministry") stay its."""
        doc, d, agents = self.doc, self.f.dictionary, self.f.agents
        if not d.offices.body_title_ends or not self.offices:
            return
        person_starts = {m.start for m in self.mentions if m.actor in self.persons}
        for o in self.offices:
            if o.end >= len(doc) or doc[o.end].idx not in person_starts:
                continue
            span = self._title_body_words(o)
            if span is None:
                continue
            a, b = span
            # a state's name or adjective opening the body's name is inside it ("the Velmoran Fisheries
            # Board": the state stays whose the body is; _states_inside_names)
            a = self.ctx.state_by_end[a][0] if a in self.ctx.state_by_end and a - self.ctx.state_by_end[a][0] < 3 else a
            name = doc[a:b].text
            guess = agents.resolve_text(name)
            start_char, end_char = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            # (a state's or an international body's name may open the body's: "EC Commission")
            inside = [m.actor for m in self.mentions if m.start < end_char and start_char < m.end]
            if self._blocked(start_char, end_char) or any(
                    m.start < end_char and start_char < m.end and not (
                        start_char <= m.start and m.end < end_char and d.entries.get(m.actor) is not None
                        and d.entries[m.actor].kind in ("igo", "state")) for m in self.mentions):
                continue
            if b - a == 1 and guess is not None and guess.kind == "body" and guess.specific and guess.country is None:
                state = self._own()  # "Senate": the story's own state's, as _bare_body reads it bare
                if state is None:
                    continue
                words = doc[a].lower_
                oid = self._bodies.setdefault((state, words), "org:" + slug(f"{d.entries[state].name} {words}"))
                self._agent_of.setdefault(oid, (state, guess.sector, "body"))
            else:
                oid = self._body_named_before(name, start_char) or self._short_name(name, start_char) \
                    or "org:" + slug(self._without_legal_form(doc[a:b]))
                if inside:  # the body of the state named in it, or of the international body (no state's)
                    owner = d.entries[inside[0]]
                    state_owned = owner.kind == "state"
                    self._agent_of.setdefault(oid, (owner.id if state_owned else None,
                                                    guess.sector if guess is not None and state_owned else None, "agency"))
            if oid in self.persons:
                continue
            self.mentions.append(Mention(start_char, end_char, oid, "name"))
            self.taken.update(range(a, b))
            if oid not in d.entries:
                self._orgs.setdefault(oid, name)

    def _title_body_words(self, o: Office) -> tuple[int, int] | None:
        """The tokens of a body's name inside office ``o``'s title (_bodies_in_titles): the capitalised
        words the title took in, else those just before it past lower-case modifiers ("Senate majority
        leader"), less the words of rank that open them ("Deputy"), when they end in a body's word
        (two words or more: "Association chairman X" names again a body named before) or are one word
        the agents lexicon reads as an agency ("Bundesbank") or a state body ("Senate"). The words the
        title took in are read first, with the capitalised words before them ("Federal Reserve Board")."""
        doc, offices = self.doc, self.f.dictionary.offices

        def body(a: int, b: int) -> tuple[int, int] | None:
            while a < b and doc[a].lower_ in offices.body_title_ranks:
                a += 1
            if a >= b:
                return None
            if b - a > 1:
                return (a, b) if doc[b - 1].lower_ in offices.body_title_ends else None
            guess = self.f.agents.resolve_text(doc[a].text)
            one = guess is not None and (guess.kind == "agency" or guess.kind == "body" and guess.specific)
            return (a, b) if one else None

        for b in ((o.listed, o.start) if o.listed > o.start else (o.start,)):
            end = b
            while b > 0 and end - b < 2 and not doc[b].is_sent_start and (
                    doc[b - 1].lower_ in offices.qualifiers or doc[b - 1].is_lower and doc[b - 1].dep in DEPS_COMPOUND_AMOD):
                b -= 1
            a = b
            while a > 0 and b - a < 5 and not doc[a].is_sent_start and doc[a - 1].lower != WORD_THE and (
                    (doc[a - 1].is_title or doc[a - 1].is_upper) and doc[a - 1].is_alpha and doc[a - 1].text not in offices.honorifics
                    and doc[a - 1].pos_ in ("PROPN", "NOUN", "ADJ") and a not in self.ctx.any_by_end
                    or doc[a - 1].text == "-" and not doc[a - 1].whitespace_ and a > 1 and doc[a - 2].is_title):
                a -= 1  # ("Phelps-Stokes Fund": a hyphen inside the name)
            a += a < b and doc[a].text == "-"
            if a in self.ctx.igo_by_end:  # "European Community Commission President NAME"
                a = self.ctx.igo_by_end[a]
            if (found := body(a, b)) is not None:
                return found
        return None

    def _field_before_and(self, a: int) -> bool:
        """Whether "and" just before token ``a`` joins two fields inside one body's name, so that the
        name runs back over it ("Tillage and Forestry Committee chairman NAME", "House Roads and Ports
        Committee chairman NAME"): a capitalised word before "and" that no mention covers or ends, that
        ends no body's name (two bodies: "the Velmora Bank and Fisheries Board") and that spaCy reads as
        no person, place or nation. Why (actrec45): the readers of a body's name before an office ran
        back over capitalised words only and stopped at "and", printing "Forestry Committee", a body
        no text names, and the whole name nowhere."""
        doc, offices = self.doc, self.f.dictionary.offices
        if a < 2 or doc[a - 1].lower != WORD_AND or doc[a - 1].is_sent_start:
            return False
        w = doc[a - 2]
        return w.is_title and w.is_alpha and w.pos_ in ("PROPN", "NOUN", "ADJ") and w.i not in self.taken \
            and w.ent_type_ not in _NOT_BODY_NAME_ENTS and a - 1 not in self.ctx.any_by_end \
            and self.mentions_at_token_kind(w.i) is None \
            and w.lower_ not in offices.body_title_ends and w.lower_ not in offices.coordinated_heads

    def _portfolio_of_office(self, a: int) -> bool:
        """Whether the one word at token ``a`` is a ministry's topic (agents.yaml ``topics``) after
        "of" or "of the" after an office: "the Chancellor of the Exchequer", "Minister of Justice".
        Why: spaCy calls such a portfolio an organisation, but it is the office's field; the office
        and its holder are the actors."""
        doc = self.doc
        if doc[a].lower_ not in self.f.agents.topics:
            return False
        p = a - 1 - (a > 0 and doc[a - 1].lower_ == "the")
        return p > 0 and doc[p].lower_ in ("of", "for") and p in self.ctx.offices_by_end

    def _fields_of_office(self, a: int, b: int) -> bool:
        """Whether ``doc[a:b]`` lies in a portfolio of several fields joined by "and" (and commas) after
        an office and "of"/"for", closed by a comma before the holder's name: "the Minister for Youth
        and Sport, NAME", "the Secretary for Culture, Sports and Tourism, NAME". Why (actors16): spaCy
        calls the fields, or some of them, an organisation, which was printed as one; the office and
        its holder are the actors. A body's own name after "of" holds no such list of fields."""
        doc = self.doc
        p, vocab = a, doc.vocab  # back over the fields to "of"/"for" after the office
        # (one token a word, made directly, as doc[p - 1]: arrays.kids_of's note; speed26)
        while p > 0 and a - p < 10 and ((t := Token(vocab, doc, p - 1)).is_title or t.lower in WORDS_AND_THE or t.text == ","):
            p -= 1
        if p < 2 or doc[p - 1].lower not in WORDS_OF_FOR or p - 1 not in self.ctx.offices_by_end:
            return False
        start = p + (doc[p].lower_ == "the")
        e = start
        while e < len(doc) and e - start < 3 and doc[e].is_title:
            e += 1
        e = past_joined_fields(doc, start, e)
        return b <= e < len(doc) - 1 and doc[e].text == "," and doc[e + 1].is_title \
            and any(t.lower_ == "and" for t in doc[start:e])

    def _whole_name_over(self, a: int, b: int) -> str | None:
        """An organisation's name of three capitalised words or more that spaCy found whole, though a
        state's adjective or name inside it ("National Federation of Indian Farmers") or an office
        word ending it ("Health and Safety Executive") was read first: the name is the
        organisation's all the same (the state's mention stays; it says whose the body is). The
        state inside (its id), "" where none is, None where the words are not such a name."""
        doc = self.doc
        words = doc[a:b]
        if b - a < 3 or not words[0].is_title or sum(t.is_title for t in words) < 3 \
                or any(t.ent_type == ENT_PERSON for t in words) or (b < len(doc) and doc[b].pos_ == "PROPN"):
            return None
        state = ""
        headed = self._headed_by_a_body(a, b)
        for i in range(a, b):
            if i in self.taken:
                inside = next(((s, e, sid) for s, (e, sid) in self.state_by_start.items() if s <= i < e), None)
                if inside is None and i > a and self._place_at(doc[i].idx):
                    continue  # a region's name in a party's ("Bagong Lakas Mindanao")
                if inside is None or inside[0] == a:
                    return None  # a name found before (a person's, another body's), or a state opening it
                state = inside[2]
            elif i in self.office_tokens and not headed \
                    and (i == a or not all(j in self.office_tokens for j in range(i, b))):
                return None  # only the last words may be an office's ("Safety Executive")
        return state

    def _headed_by_a_body(self, a: int, b: int) -> bool:
        """actrec46: whether a name's head is a body's word (offices.yaml ``office_named_body_heads``) that
        ends it or opens it before "of": "the Velmora Chief Harbour Master's Office", "the Association of
        Chief Pilots", "the General Directorate of Tolls". An office inside such a name has no holder:
        the name is a body's whole, and the title reader's office word in it unmade the body (it was
        printed as "Chief Pilots", or as nothing)."""
        doc, heads = self.doc, self.f.dictionary.offices.office_named_body_heads
        if b - a >= 2 and doc[b - 1].is_title and doc[b - 1].lower_ in heads and doc[b - 2].text in _POSSESSIVE_MARKS:
            return True
        return any(doc[i].is_title and doc[i].lower_ in heads and doc[i + 1].lower == WORD_OF
                   for i in range(a, min(a + 2, b - 2)))

    def _place_at(self, start: int) -> bool:
        """Whether a mention of a place the dictionary knows (not a state) starts at ``start``."""
        d = self.f.dictionary
        return any(m.start == start and m.actor in d.entries and d.entries[m.actor].kind == "place"
                   for m in self.mentions)

    def _not_a_persons_name(self, a: int, b: int) -> bool:
        """Whether words spaCy calls a person's name, with no title or honorific before them, are no
        one's name: (1) no word of them is capitalised ("jeg vil ikke svare", "frozen pond": a person's name
        is written capitalised, so these are common nouns or words of a page in another language);
        (2) the last of two or more words ends the name of a street, a building, a site or a natural
        feature (offices.yaml ``place_name_ends``: "Marlow Road", "Kessa Private Hospital"). Why
        (actnon37): on the pool these were printed as persons, given the story's state and made
        sources and targets of events. (3) the last of two or more words ends the name of an event, an
        award, a broadcast or a sports team, or the first opens a club's (``not_name_ends``,
        ``club_name_heads``: "Tarrow Book Prize", "Brackley United", "FC Ostrava"); (4) a word inside
        is in lower case and is no particle of a name (``name_lower_words``, ``name_particles``: "ir jo
        planas", "NAME - found", not "van der", "bin", "al-"), save a word hyphened on ("Ban Ki-moon").
        Why (actors38): on the pool these were a tenth of the persons that were no one."""
        doc, offices = self.doc, self.f.dictionary.offices
        if a > 0 and (self.f.titles.is_honorific(doc[a - 1]) or a - 1 in self.office_tokens):
            return False
        if not any(c.isupper() for k in range(a, b) for c in doc[k].text):  # ("al-Zubaidi" has one)
            return True
        if b - a > 1 and (doc[b - 1].text in offices.place_name_ends or doc[b - 1].text in offices.not_name_ends
                          or doc[a].text in offices.club_name_heads):
            return True
        return any(self._lower_non_name_word(k)
                   and not (k - 2 >= a and doc[k - 1].text in ("-", "‑") and not doc[k - 2].whitespace_)
                   for k in range(a, b))

    def _lower_non_name_word(self, k: int) -> bool:
        """Whether token ``k`` is a word in lower case that is no particle of a name ("van", "bin", "de la":
        offices.yaml ``name_lower_words``, ``name_particles``): a word of a clause, not of a person's name."""
        tok, offices = self.doc[k], self.f.dictionary.offices
        return tok.is_lower and tok.is_alpha and tok.text not in offices.name_lower_words \
            and tok.text not in offices.name_particles

    def _person_at_a_place(self, a: int, b: int) -> bool:
        """Whether a name that spaCy calls a person, of up to four capitalised words with no title or
        honorific before it, stands where a place does: after "in", "near" (offices.yaml
        ``person_place_prepositions``), also as the second of two places ("in Kuala Krai and Pasir
        Mas"), or before a word of a place ("the Negeri Sembilan state assembly", "the Klong Luek
        checkpoint"), or ends in a region's word ("Kwara State", offices.yaml ``region_name_ends``); and
        is not a known person's name nor one the text gives an office or "'s".
        Why: wire copy from Asia and Africa names districts, states and towns the tagger reads as
        names of people, who then act in events."""
        doc, offices, table = self.doc, self.f.dictionary.offices, token_table(self.doc)
        # (the words by index, not a Span of them; the name's text by the table's bounds: speed only)
        if b - a > 4 or not all(doc[k].is_title for k in range(a, b)) or self.text[table.idx[a]:table.ends[b - 1]] \
                in self.f.dictionary.forms:
            return False
        if b < len(doc) and doc[b].text in ("'s", "’s"):
            return False
        if b < len(doc) and doc[b].lower_ in offices.place_nouns and doc[b].is_lower:
            return True
        if b - a > 1 and doc[b - 1].text in offices.region_name_ends:
            return True  # "Kwara State", "Aomori Prefecture": a region's name by its last word
        if b - a > 1 and doc[a].text in offices.place_name_heads or a > 0 and doc[a - 1].text in offices.place_name_heads:
            return True  # "Wisma Negeri", "Kampung Baru": a place's name by its first word
        k = a - 1
        if k >= 1 and doc[k].lower in WORDS_AND_OR:
            # the second of two places: the first a place entity or a state's name right after the preposition
            j = k - 1
            while j > 0 and doc[j].is_title and k - j < 4:
                j -= 1
            if not (doc[k - 1].ent_type_ in ("GPE", "LOC", "FAC") or doc[k - 1].ent_type_ == "PERSON"
                    and j < k - 1 and doc[j].lower_ in offices.person_place_prepositions):
                return False
            k = j
        if k < 0 or doc[k].lower_ not in offices.person_place_prepositions:
            return False
        return not (k > 0 and doc[k - 1].lower_ in offices.held_in)

    def _place_like(self, a: int, b: int) -> bool:
        """Whether a name of one or two proper nouns that spaCy calls an organisation, with no word of
        a body, a business or a kind of organisation in it, stands where a place does: after "in",
        "near", "at", "from", "outside" (not "a stake in"), or before a word of a place or a region's
        office ("the Karvo district", "Karvo Governor X", "its Karvo plant"). Wire copy names small
        towns, provinces and sites the tagger does not know; they are where things happen, no actor."""
        doc, offices = self.doc, self.f.dictionary.offices
        words = doc[a:b]
        if b - a > 2 or any(not t.is_title or t.pos_ != "PROPN" or t.lower_ in offices.business
                            or t.lower_ in offices.bodies or t.lower_ in offices.organisation_nouns
                            or t.lower_ in offices.institution_words or t.lower_ in self.f.body_words for t in words) \
                or self.f.agents.resolve_text(words.text) is not None:
            return False
        before = doc[a - 1].lower_ if a > 0 else ""
        if before in offices.place_prepositions and not (a > 1 and doc[a - 2].lower_ in offices.held_in):
            return True
        return b < len(doc) and doc[b].lower_ in offices.place_nouns

    def _possessive_bodies(self) -> None:
        """6a. A state's name, "'s" and capitalised words that the agents lexicon reads as a body of
        that state ("Chile's Supreme Court", "Peru's Electoral Board"), where spaCy found neither an
        organisation's name nor a noun phrase there (a dateline run into the first sentence)."""
        doc = self.doc
        for a, (end, _) in sorted(self.state_by_start.items()):
            if end + 1 >= len(doc) or doc[end].text not in ("'s", "’s") or end in self.taken:
                continue
            b = end + 1
            while b < len(doc) and b - end <= 4 and doc[b].is_title and doc[b].is_alpha:
                b += 1
            if b > end + 1 and (b == len(doc) or not doc[b].is_title):
                self._state_named_body(a, end + 1, b)

    def _state_named_organisation(self, a: int, name_start: int, b: int) -> bool:
        """An organisation's name that opens with its state's name or adjective and goes on with a
        capitalised name of its own, no body of the state (``_state_named_body`` reads those): "the
        Vardenian Centre for Press Freedom", "the Chilean Institute of Mining Law". spaCy gives the
        whole name as one organisation, and the dictionary takes its first word for the state, which
        left the organisation unnamed. It is an organisation of that state named by all its words;
        the state's mention stays (the name says whose it is)."""
        doc = self.doc
        if name_start >= b or any(i in self.taken or i in self.office_tokens for i in range(name_start, b)):
            return False
        own = doc[name_start:b]
        if not own.text[:1].isupper() or not any(t.pos_ == "PROPN" for t in own) \
                or own[-1].lower_ in self.f.dictionary.offices.not_organisation_ends:
            return False
        state_id = self.state_by_start[a][1]
        state = next((m for m in self.mentions if m.start == doc[a].idx and m.actor == state_id), None)
        if state is None:
            return False
        end = doc[b - 1].idx + len(doc[b - 1])
        name = self.text[state.start:end]
        oid = "org:" + slug(name)
        guess = self.f.agents.resolve_text(name)
        self._orgs.setdefault(oid, name)
        self._agent_of.setdefault(oid, (state_id, guess.sector if guess is not None else None, "agency"))
        self.mentions.append(Mention(state.start, end, oid, "name"))
        self.taken.update(range(name_start, b))
        return True

    def _named_in_apposition(self) -> None:
        """6b. Initials set off by commas beside a noun for an organisation name that organisation:
        "the port union, FNV, ...", "... FNV, the main union, said": wire copy introduces a body that
        its readers abroad do not know so, and spaCy rarely sees foreign initials as a name. The
        noun (offices.yaml ``organisation_nouns``) gives the sector (a union: LAB), a state named in
        its phrase the country ("the Dutch port union"); a body of one state's own politics (a union,
        a federation: ``home_offices``) is else the story's state's. One actor for the initials
        wherever the text writes them and for the noun's phrase. Commas found by their id in the
        doc's array (no pass over the text)."""
        doc, offices = self.doc, self.f.dictionary.offices
        nouns = offices.organisation_nouns
        comma = np.uint64(get_string_id(","))
        for c in (int(c) for c in (self.orths == comma).nonzero()[0]):
            if c < 2 or c + 2 > len(doc):
                continue
            found = self._noun_before_initials(c) or self._noun_after_initials(c)
            if found is None:
                continue
            short, (a, b) = found
            noun = doc[b - 1].lower_
            if self._blocked(doc[a].idx, doc[b - 1].idx + 1) or self._blocked(short.idx, short.idx + len(short)):
                continue
            if short.i in self.taken:
                # spaCy found the initials as a name (_other_organisations): that organisation
                oid = next((m.actor for m in self.mentions if m.start == short.idx and m.actor in self._orgs
                            and m.actor not in self.f.dictionary.entries), None)
                if oid is None:
                    continue
            else:
                oid = "org:" + slug(short.text)
                self.mentions.append(Mention(short.idx, short.idx + len(short), oid, "name"))
                self.taken.add(short.i)
            country = next((self.state_by_start[t][1] for t in range(a, b) if t in self.state_by_start), None)
            self._orgs.setdefault(oid, short.text)
            self._agent_of.setdefault(oid, (country, nouns.get(noun), "body"))
            if noun in offices.home_offices:
                self._home_groups.add(oid)
            self.mentions.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), oid, "name"))
            self.taken.update(range(a, b))
            self._rename_acronym(short.text, oid)

    def _initials(self, i: int, persons: bool = False, places: bool = False) -> bool:
        """Whether token ``i`` is an organisation's initials: two to eight capital letters (_INITIALS_MAX), written
        among words that are not all capitals (not a headline in capitals), and no known name.
        ``persons``: spaCy's person tag on the initials alone does not count (no person's name is
        written in capitals among lower-case words; spaCy tags unknown initials so); ``places``: nor
        its place tag (``_named_after_the``: spaCy tags unknown initials after "the" a place)."""
        doc = self.doc
        tok = doc[i]
        alone = tok.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        skip = ("NORP",) if persons and places and alone else ("GPE", "NORP") if persons and alone \
            else ("GPE", "NORP", "PERSON")
        return tok.is_alpha and tok.is_upper and 2 <= len(tok) <= _INITIALS_MAX and tok.ent_type_ not in skip \
            and tok.text not in self.f.agents.agencies and any(t.is_lower for t in tok.sent)

    def _noun_before_initials(self, c: int) -> tuple[Token, tuple[int, int]] | None:
        """ "the port union, FNV, ...": an organisation noun before the comma at token ``c``, the
        initials after it, and a comma or the clause's end after them. The initials and the noun's
        phrase (its modifiers, without the article) as tokens."""
        doc, nouns = self.doc, self.f.dictionary.offices.organisation_nouns
        noun = doc[c - 1]
        if not noun.is_lower or noun.lower_ not in nouns or noun.pos_ != "NOUN" or not self._initials(c + 1) \
                or (c + 2 < len(doc) and doc[c + 2].text not in (",", ".", ";", ")")):
            return None
        return doc[c + 1], (self._phrase_start(c - 1), c)

    def _noun_after_initials(self, c: int) -> tuple[Token, tuple[int, int]] | None:
        """ "FNV, the main union, said": the initials before the comma at token ``c``, and after it an
        article and an organisation noun with its modifiers, the head of its phrase."""
        doc, nouns = self.doc, self.f.dictionary.offices.organisation_nouns
        if not self._initials(c - 1) or doc[c + 1].lower_ not in ("the", "a", "an"):
            return None
        k = c + 2
        while k < len(doc) and k < c + 7 and doc[k].lower_ not in nouns and \
                (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "ADV") or doc[k].text in ("'s", "’s", "'", "’")):
            k += 1
        if k >= len(doc) or doc[k].lower_ not in nouns or not doc[k].is_lower or doc[k].pos_ != "NOUN" \
                or (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN")):
            return None
        return doc[c - 1], (c + 2, k + 1)

    def _phrase_start(self, noun: int) -> int:
        """The first modifier of the noun at token ``noun`` (adjectives, nouns, names, possessives;
        not the article): "the Dutch port union" -> "Dutch"."""
        doc, a = self.doc, noun
        while a > 0 and noun - a < 5 and (doc[a - 1].pos_ in ("ADJ", "NOUN", "PROPN")
                                          or doc[a - 1].text in ("'s", "’s", "'", "’")) and doc[a - 1].text != "," \
                and (a - 1 not in self.taken or doc[a - 1].ent_type_ in ("NORP", "GPE")):  # a state's word, no name
            a -= 1
        return a

    def _without_legal_form(self, span: Phrase) -> str:
        """A company's name without the legal form that ends it: "Halvorsen & Brandt AG" and
        "Halvorsen & Brandt" are one company, one id."""
        forms = self.f.dictionary.offices.legal_forms
        return span[:-1].text if len(span) > 1 and span[-1].text in forms else span.text

    def _described_before(self, noun: Token, ends: dict[int, Phrase]) -> tuple[int, int] | None:
        """The tokens of a name that an apposition after it calls an organisation: "NAME, a think
        tank ...", "NAME, an advocacy group": the entity just before the comma, whatever spaCy
        calls it (a person, a work)."""
        doc, k = self.doc, noun.i - 1
        # (past a possessive of the members' noun too: "NAME, the nurses' union,", "NAME, the
        # country's biggest union,": who the body is for is part of its description)
        while k > noun.i - 6 and k > 1 and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "PUNCT")
                                            or doc[k].text in ("'", "’", "'s", "’s")) \
                and doc[k].text not in (",", "(", ")"):
            k -= 1
        ent = ends.get(k - 1)
        # "NAME, the French rail freight agency.": with "the", the noun must end the apposition (not
        # "NAME, the agency's director", "NAME, the union leader": a person described by a body), or
        # a clause about it follow ("NAME, the association founded by ...", "..., the firm that ...")
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        definite = doc[k].lower == WORD_THE and (after is None or after.text in (",", ".", ";", ")")
                                               or after.lower_ in ("that", "which") or after.tag_ == "VBN"
                                               or self._closed_by_a_phrase(noun))
        if (doc[k].lower not in WORDS_A_AN and not definite) or doc[k - 1].text != ",":
            return None
        if ent is None:
            # a name spaCy did not see as one ("Velsacom, the telecoms firm that ..."): the capitalised
            # words just before the comma that open their clause
            a = k - 1
            # (or a place's to spaCy that no table knows: "Ostvold, a shipping firm," is the firm)
            while a > 0 and k - 1 - a < 4 and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha \
                    and (doc[a - 1].ent_type_ in ("", "ORG") or doc[a - 1].ent_type_ == "GPE" and a - 1 not in self.taken) \
                    and doc[a - 1].lower_ != "the":
                a -= 1
            a = self._first_word_before_and(a, k - 1)
            opens = a == 0 or doc[a].is_sent_start or doc[a - 1].is_punct or doc[a - 1].lower_ in ("the", "and")
            return (a, k - 1) if a < k - 1 and opens else None
        return self._first_word_before_and(ent.start + (doc[ent.start].lower_ == "the"), ent.end), ent.end

    def _first_word_before_and(self, a: int, b: int) -> int:
        """The start of a one-word name at ``a``..``b`` that an apposition or a noun calls one
        organisation, taken back over "X and" when one capitalised word that names nothing else (no
        entity to spaCy, no mention) opens the clause before "and": "Marsh and Meadow, a wildlife
        charity," is one charity (a name of two words joined by "and", as firms and charities are
        called), not "Meadow" with "Marsh" left a speaker of no actor."""
        doc = self.doc
        if not 1 <= b - a <= 2 or a < 2 or doc[a - 1].lower_ != "and":
            return a
        first = doc[a - 2]
        opens = a == 2 or first.is_sent_start or doc[a - 3].is_punct or doc[a - 3].lower_ == "the" \
            or doc[a - 3].lower_ in self.f.dictionary.offices.organisation_nouns
        # (the first word may be what spaCy calls a place or a person, "Borneo and Beyond": one word
        # alone, no entity that runs on before it, no actor the dictionary knows)
        if first.is_title and first.is_alpha and opens and first.i not in self.taken \
                and (first.ent_iob_ != "I" or first.ent_type_ == "") and doc[a - 1].ent_iob_ != "I" \
                and self.mentions_at_token_kind(first.i) is None:
            return a - 2
        return a

    def _closed_by_a_phrase(self, noun: Token) -> bool:
        """Whether a phrase of whom or where follows the organisation noun up to the comma that
        closes the apposition: "NAME, the national federation of fisheries cooperatives,", "NAME,
        the workers' union at the Okpo shipyard,". Why: wire copy places a body it introduces so;
        the noun still heads the apposition. No verb or pronoun inside ("the union of which he ...")."""
        doc, i = self.doc, noun.i + 1
        if i >= len(doc) or doc[i].lower_ not in ("of", "at", "in", "for"):
            return False
        for j in range(i + 1, min(i + 10, len(doc))):
            if doc[j].text == ",":
                return j > i + 1
            if doc[j].pos_ in ("VERB", "AUX", "PRON") or doc[j].text in (".", ";", "(", ")", "\n"):
                return False
        return False

    def _described_after(self, noun: Token) -> tuple[int, int] | None:
        """The tokens of a name in apposition after a possessed organisation noun: "Velkov's party,
        the Democratic Front, ...", "its union, Metalworkers United": the entity just after the comma
        is that party or union (whatever spaCy calls it)."""
        doc, i = self.doc, noun.i
        if i == 0 or i + 2 >= len(doc) or doc[i + 1].text != ",":
            return None
        if not (doc[i - 1].text in ("'s", "’s") or doc[i - 1].tag_ == "PRP$"):
            return self._introduced_name(noun)
        a = i + 2
        # actfix51: "the head of the fishermen's federation, Oumar Kabory, said": a person's name after a
        # body that is the object of "of" is the head's, not the body's (as _introduced_name's "a"); it
        # was printed as an organisation, and the person lost
        if doc[a].ent_type_ == "PERSON" and noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for"):
            return None
        if doc[a].ent_iob_ != "B" or doc[a].ent_type_ not in _MISREAD_NAMES_OR_ORG:
            return self._capitalised_run(a)  # "Velkov's party, Bagong Lakas Mindanao, said": no entity
        b = a + 1
        while b < len(doc) and doc[b].ent_iob_ == "I":
            b += 1
        a += doc[a].lower_ == "the"
        return (a, b) if a < b and doc[a].text[:1].isupper() else None

    def _foreign_head_sector(self, i: int) -> str | None:
        """BUS where the foreign name opens with a word of a firm ("Banque", "Compagnie": offices.yaml
        business_heads), else none; none either before a particle ("Banque de France", "Banco de la
        Nación": a state's bank may be so named)."""
        doc, offices = self.doc, self.f.dictionary.offices
        if doc[i].text not in offices.business_heads or i + 1 < len(doc) and doc[i + 1].lower_ in offices.name_particles:
            return None
        return "BUS"

    def _foreign_head_name(self, ent: Phrase, a: int) -> tuple[int, int] | None:
        """The tokens of a Spanish, Portuguese, Italian or French organisation's name that spaCy gives
        as a person's or a place's entity (from token ``a``, past "the"): its first word, or the word
        just before a person's name, is one of offices.yaml ``foreign_heads`` ("Frente Amplio de la
        Costa", "Frente" + "Carolina Ruiz"); the name runs on over capitalised words and particles."""
        doc, offices = self.doc, self.f.dictionary.offices
        heads, particles = offices.foreign_heads, offices.name_particles
        if a < ent.end and doc[a].text in heads:
            start = a
        elif ent.label == _PERSON and a > 0 and doc[a - 1].text in heads:
            start = a - 1
        else:
            return None
        e = ent.end
        while e < len(doc) and e - ent.end < 4 and (doc[e].is_title and doc[e].is_alpha or doc[e].lower_ in particles):
            e += 1
        while e > ent.end and doc[e - 1].lower_ in particles:
            e -= 1
        return (start, e) if e - start >= 2 else None

    def _introduced_name(self, noun: Token) -> tuple[int, int] | None:
        """ "a shipping company, Deniz Yildiz Lojistik, ...", "a depositors' group, Sarkhat al-Nas
        (...)": an organisation noun with "a" or "an" before its modifiers, a comma, and a run of
        capitalised words (with particles and hyphens inside) that a comma, a parenthesis or the
        sentence's end closes: wire copy introduces a body its readers do not know so, and spaCy
        often reads such a foreign name as a person's or cuts it. The run's tokens."""
        doc, i = self.doc, noun.i
        k = i - 1
        while k > 0 and i - k < 5 and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
                                       or doc[k].text in ("'s", "’s", "'", "’", "-")) and doc[k].text != ",":
            k -= 1
        # ("the head of a farmers' union, Juan Ortiz, said": the name is the head's, not the union's)
        if doc[k].lower_ not in ("a", "an") or k > 0 and doc[k - 1].lower_ in ("of", "for"):
            return None
        return self._capitalised_run(i + 2)

    def _capitalised_run(self, a: int) -> tuple[int, int] | None:
        """The capitalised words from token ``a`` (particles and hyphens inside them), when a comma, a
        parenthesis or the sentence's end closes them: a name set off in apposition."""
        doc, particles = self.doc, self.f.dictionary.offices.name_particles | {"al", "el", "-"}
        b = a
        while b < len(doc) and b - a < 6 and (doc[b].text[:1].isupper() and doc[b].is_alpha
                                             or doc[b].lower_ in particles and b > a):
            b += 1
        while b > a and doc[b - 1].lower_ in particles:
            b -= 1
        if b == a or doc[a].lower_ == "the" or (b < len(doc) and doc[b].text not in (",", ".", "(", ";", ")")):
            return None
        return a, b

    def _name_words_before(self, i: int, most: int, nouns: bool = False) -> int:
        """Where a company's name that ends at token ``i`` (a legal form, a trade word) begins: up to ``most``
        capitalised words of no entity before it, proper nouns (and, with ``nouns``, common nouns not
        opening a sentence: "Halvorsen Mining Ltd")."""
        doc = self.doc
        a = i
        while a > 0 and i - a < most and doc[a - 1].is_title and doc[a - 1].is_alpha \
                and (doc[a - 1].ent_iob_ == "O" or a - 1 in self._past_dateline) \
                and (doc[a - 1].pos_ == "PROPN" or nouns and doc[a - 1].pos_ == "NOUN" and not doc[a - 1].is_sent_start):
            a -= 1
        return a

    def _trade_names(self, found: dict[str, tuple[str, str | None, str | None]],
                     free: Callable[[int, int], bool], lower_ids: np.ndarray) -> None:
        """A firm named by its trade that spaCy saw as no entity ("Dunmore Brewery walked out", "Hokusen
        Dairy recalled"; round 40, actrec40): one to three capitalised proper nouns of no entity before a
        capitalised word of business (offices.yaml ``business``), when no capitalised word follows it (a
        headline in title case) or stands in an entity just before it, and the words are no name a
        dictionary knows ("West Bank")."""
        doc = self.doc
        for i in indices_in(lower_ids, self.f.business_ids):
            t = doc[i]
            if t.ent_iob_ != "O" or i < 1 or not t.is_title or t.is_sent_start \
                    or i + 1 < len(doc) and doc[i + 1].is_title:
                continue
            a = self._name_words_before(i, 3)
            words = doc[a:i + 1].text
            # (a capitalised word of an entity just before: the name goes on into it, "Islamic Development Bank")
            if a > 0 and doc[a - 1].is_title and doc[a - 1].ent_iob_ != "O":
                continue
            if a < i and free(a, i + 1) and self.mentions_at_token_kind(a) is None \
                    and words not in self.f.dictionary.forms and self.f.agents.resolve_text(words) is None:
                found.setdefault(words, ("org:" + slug(words), None, "BUS"))

    def _company_name(self, span: Phrase) -> bool:
        """Whether a name that spaCy calls a person's ends in a word of business or a legal form
        ("Ridgeline Coal", "Brandt Holdings", "Velder AG"): then it is a company's."""
        last, offices = span[-1], self.f.dictionary.offices
        return len(span) > 1 and last.text[:1].isupper() and \
            (last.lower_ in offices.business or last.text in offices.legal_forms)

    def _body_named_before(self, name: str, start: int) -> str | None:
        """The state body last named with its state whose words this bare name repeats: "the Foreign
        Ministry" after "the Latvian Foreign Ministry" is Latvia's, and after Russia's and then
        Ukraine's Defence Ministry, "the Defence Ministry" is the one named last (two states' ministries
        keep two ids)."""
        ids = {oid for (_, words), oid in self._bodies.items() if words == name.lower().replace("’", "'")}
        before = [m for m in self.mentions if m.actor in ids and m.start < start]
        return max(before, key=lambda m: m.start).actor if before else None

    def _short_name(self, name: str, start: int) -> str | None:
        """The organisation named before by a longer name that this one begins or ends ("the Lantern"
        after "the Daily Lantern", "Kafue" after "Kafue Copper Holdings"): one id. Not a word that is a
        body's or a kind of organisation's ("Council", "Union"), which names many."""
        offices = self.f.dictionary.offices
        if " " in name or name.lower() in offices.bodies or name.lower() in offices.organisation_nouns \
                or name.lower() in offices.groups or name.lower() in self.f.agents.terms:
            return None
        # A known body's own name after its members' association ("NHS" after "the NHS Retired Nurses'
        # Association", offices.yaml member_body_words) is that body, not the association.
        known = name in self.f.dictionary.forms or ((guess := self.f.agents.resolve_text(name)) is not None
                                                    and guess.kind == "agency" and guess.head == name)
        # ("the Socialists" after "the Socialist Party of Albania": a party's members by its first word)
        member = name[:-1] + " Party" if name.endswith("s") else None
        before = [m for m in self.mentions if m.start < start and m.actor in self._orgs and m.kind == "name"
                  and (full := self._orgs[m.actor]).count(" ") >= 1
                  and (full.endswith(" " + name) or full.startswith(name + " ") or member and full.startswith(member))
                  and not (known and any(w in offices.member_body_words for w in full.split()))]
        return max(before, key=lambda m: m.start).actor if before else None

    def _state_named_body(self, a: int, name_start: int, b: int) -> bool:
        """An organisation's name (tokens [name_start, b)) that its state opens or owns (at token
        ``a``: "the U.S. Census Bureau", "the Israel Defense Forces", "Russia's Defence Ministry", also
        as a modifier: "U.S. Census Bureau data") is a body of that state when the agents lexicon reads
        its words as a body or agency of that state."""
        state_id = self.state_by_start[a][1]
        if name_start >= b or any(i in self.taken or i in self.office_tokens for i in range(name_start, b)):
            return False
        state = next((m for m in self.mentions if m.start == self.doc[a].idx and m.actor == state_id), None)
        guess = self.f.agents.resolve_text(self.doc[a:b].text)
        if state is None or guess is None or guess.kind not in ("body", "agency") or guess.country != state_id:
            return False
        self._add_body(state, self.doc[b - 1].idx + len(self.doc[b - 1]), guess, (name_start, b))
        return True

    def _agents(self) -> None:
        """7. Agents: what a noun phrase says of an organisation found above (the lexicon of
        ``agents.yaml`` gives "the Shin Bet" and "Chile's Ministry of Mines" their country and
        sector), and common-noun groups that act in politics ("police", "protesters", "troops"),
        which become actors of their own. A phrase already holding a state's or known body's
        mention is left to it; "the government" and other body words are later mentions of a
        state (coreference), not new actors."""
        doc, text, d = self.doc, self.text, self.f.dictionary
        bodies = d.offices.bodies
        # An organisation's name with the state named just before it: "Chile's Ministry of Mines".
        by_end = {m.end: m for m in self.mentions if m.actor in d.entries and d.entries[m.actor].kind == "state"}
        for m in [m for m in self.mentions if m.actor in self._orgs]:
            start = m.start
            for gap in (" ", "'s ", "’s "):
                state = by_end.get(m.start - len(gap))
                if state is not None and text[state.end:m.start] == gap:
                    start = state.start
            guess = self.f.agents.resolve_text(text[start:m.end])
            if guess is not None:
                self._agent_of.setdefault(m.actor, (guess.country, guess.sector, guess.kind))
                if guess.home:
                    self._home_groups.add(m.actor)
        may_name = self.f.agents.may_name(doc)  # the tokens an agent's name can hold (speed only)
        # The mentions so far by first character, to find those inside a phrase without reading all;
        # the ones this loop adds (never inside a later chunk) are read in full.
        known = len(self.mentions)
        by_start = sorted(range(known), key=lambda n: self.mentions[n].start)
        starts = [self.mentions[n].start for n in by_start]
        # the part-of-speech ids and first characters from the doc's table, without a token object
        # per word (speed only)
        table = token_table(doc)
        pos, firsts, ends = table.pos_id, table.idx, table.ends
        for start, end, label in _chunks_holding(doc, may_name):
            # The group is its noun with its modifiers, not how many: "at least 30 police officers"
            # and "eight protesters" are police officers and protesters. The parser often runs the
            # dateline into the first phrase ("ROTTERDAM, March 3 - Employers"): the phrase starts after it.
            a = start
            while a < end - 1 and (pos[a] in _NOT_GROUP_WORDS or self._blocked(firsts[a], firsts[a] + 1)
                                   or text[firsts[a]:ends[a]].lower() in d.offices.quantifiers):
                a += 1
            if a >= end or self._blocked(firsts[a], ends[end - 1]):
                continue
            end = self._topic_after(end)
            k = bisect.bisect_left(may_name, a)
            if k == len(may_name) or may_name[k] >= end:
                continue  # no word of the lexicon left: resolve() would find nothing
            guess = self.f.agents.resolve([text[firsts[i]:ends[i]] for i in range(a, end)])  # (the words)
            if guess is None:
                continue
            chunk = Phrase(doc, start, end, label=label)  # (made only for a phrase that names an agent)
            phrase = doc[a:end]
            lo, hi = phrase.start_char, phrase.end_char
            near = sorted(by_start[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)])
            inside = [m for m in [*(self.mentions[n] for n in near), *self.mentions[known:]]
                      if lo <= m.start and m.end <= hi]
            if ends[end - 1] - firsts[end - 1] == 10 and self._unlisted_region_government(phrase, inside):
                continue  # (only a phrase ending in "government": its last word's length first; speed only)
            orgs = [m for m in inside if m.actor in self._orgs]
            if orgs:
                for m in orgs:
                    self._agent_of.setdefault(m.actor, (guess.country, guess.sector, guess.kind))
                    if guess.home:  # "Employers", which spaCy may call a name
                        self._home_groups.add(m.actor)
                    if guess.stateless and guess.country is None:
                        self._stateless_groups.add(m.actor)
                continue
            # "Russian army jets", "army trucks": craft and things stand for the body that modifies
            # them (the army), not for a group of their own; people words ("army officers") do not.
            term = self.f.agents.terms.get(phrase.root.lower_)
            if term is not None and term.craft and self._state_body_modifier(chunk, phrase, inside):
                continue
            if term is not None and term.craft and not inside:
                continue  # "fired missiles on the city": a weapon or craft alone is no actor
            if self._state_body(phrase, guess, inside) or self._state_body_modifier(chunk, phrase, inside):
                continue
            if self._town_body(phrase, guess, inside):
                continue
            root = chunk.root
            # (not the end of a longer name found before: "Liberal" + line break + "Democratic Party")
            if guess.kind == "agency" and not inside and guess.id \
                    and not any(i in self.taken for i in range(phrase.start, phrase.end)):  # "the Shin Bet", "the FSB"
                self._orgs.setdefault(guess.id, guess.name or phrase.text)
                self._agent_of.setdefault(guess.id, (guess.country, guess.sector, "agency"))
                self.mentions.append(Mention(phrase.start_char, phrase.end_char, guess.id, "name"))
                self.taken.update(range(phrase.start, phrase.end))
                continue
            if guess.kind == "body" and guess.specific and not inside and self._bare_body(chunk, phrase, guess):
                continue
            if self._group_modifier(phrase, guess, inside) or self._stand_in_of_home(chunk, phrase, inside):
                continue
            if self._sub_national_government(chunk, phrase, inside):
                continue
            # "the state government's new barrier": the government is the owner the phrase opens with
            # (only where the phrase's text holds "government's": speed only)
            owner = next((t.i for t in phrase[1:-1] if t.lower_ == "government" and t.nbor().text in ("'s", "’s")
                          and t.nbor(-1).lower_ in d.offices.sub_national), None) \
                if 0 <= (at := text.find("government", lo, hi)) and at + 10 < hi else None
            if owner is not None and self._sub_national_government(chunk, doc[phrase.start:owner + 1], []):
                continue
            # "their foreign ministers", "its troops": a pronoun points back to an actor named before.
            # (a body word alone, "the army", is the story's body, found above; but "troops" alone are
            # people acting for a state, a group like "police": offices.yaml ``people_bodies``)
            if inside or guess.kind not in ("group", "body") or spacy.symbols.PRON in pos[phrase.start:phrase.end] \
                    or (root.lower_ in bodies and root.lower_ not in d.offices.people_bodies
                        and not self._group_of_body_word(guess, root)) or root.i in self.taken \
                    or root.i in self.office_tokens or root.lower_ not in re.split(r"[\s-]+", guess.head.lower()) \
                    or root.pos_ not in ("NOUN", "PROPN") or self._speaks_for(phrase, guess):
                continue
            # "both parties": a bare group noun after a back reference names no group of its own
            # ("both the big parties" says which, and stays)
            if self._chamber(phrase) or (chunk[0].lower_ in d.offices.back_references and len(phrase) == 1):
                continue
            if self._only_who_they_are(root.i):
                continue
            acts = d.offices.acts.get(root.lower_)
            if acts is not None and self._an_act(phrase, root, acts):
                continue
            # A state's opposition is one actor however the story qualifies it ("the main
            # opposition", "Zambia's opposition"): org:opposition, its country from those words.
            said = self.text[phrase.start_char:phrase.end_char]  # (phrase.text, read once: speed only)
            oid = "org:" + (root.lower_ if acts is not None else self._one_group_id(phrase, guess) or slug(said))
            self._orgs.setdefault(oid, said)
            self._agent_of.setdefault(oid, (guess.country, guess.sector, guess.kind))
            if guess.home:
                self._home_groups.add(oid)
            if guess.stateless and guess.country is None:
                self._stateless_groups.add(oid)
            self.mentions.append(Mention(phrase.start_char, phrase.end_char, oid, "name"))
            self.taken.update(range(phrase.start, phrase.end))

    @staticmethod
    def _group_of_body_word(guess: AgentGuess, root: Token) -> bool:
        """actnoun54: whether a group of agents.yaml names the phrase by more words than its body word
        ("rebel forces", "opposition forces": REB, OPP), so the phrase is that group and not a state's
        body named by "forces" (offices.yaml ``bodies``). Why: "forces" stood in both lists, and the
        body word's check dropped every such group: "rebel forces attacked the town" had no side."""
        return guess.kind == "group" and " " in guess.head and guess.head.lower() != root.lower_

    def _one_group_id(self, phrase: Phrase, guess: AgentGuess) -> str | None:
        """agents51: the one id a group entry of agents.yaml marked ``one`` gives its words in a story
        ("the demonstrators", "peaceful protesters", "at least 40 rioters": ``protesters``), where no
        state, qualifier, name or hyphenated word ("anti-war", "pro-Kremlin") in the phrase says whose
        they are. Why: one crowd named three ways was three actors, none of them the annotators' one."""
        term = self.f.agents.terms.get(phrase.root.lower_)
        if term is None or term.one is None or guess.country is not None or guess.sector != term.sector \
                or any(not t.is_lower and not t.like_num or "-" in t.text for t in phrase if t.i != phrase.root.i):
            return None
        return term.one

    def _members_bodies(self) -> None:
        """actrec49: a plural noun for people, the possessive mark and a body's word (offices.yaml
        ``members_bodies``: "the bakers' union said", "a commuters' group", "Nurses' groups", "the
        women's group") name a body of those people: an actor of its own, named from the first of the
        people's words (lower-case nouns and adjectives before them: "port workers'", "rebel
        dockers'") to the body's word, at home in the story's state unless a state's word stands just
        before ("the Ghanaian cocoa farmers' federation": GHA; the adjective stays the state's).
        Its sector is the body word's, else the people's (agents.yaml), else civilians'. Why: such
        bodies were no actor at all, or only their members were. Not where a step before took the words,
        nor where the words are a group of agents.yaml ("employers' federation"), nor a name's part
        (the people's word in lower case, or opening its sentence)."""
        doc, bodies = self.doc, self.f.dictionary.offices.members_bodies
        if not bodies:
            return
        terms = self.f.agents.terms
        # (only the body words, from the doc's array of lower-case forms: no pass over every token)
        for t in token_indices(doc, LOWER, frozenset(bodies)):
            if t < 2 or t in self.taken or not doc[t].is_lower or doc[t].pos_ != "NOUN":
                continue
            mark, people = doc[t - 1], doc[t - 2]
            if mark.text not in ("'", "’", "'s", "’s") or people.tag_ != "NNS" or not people.is_alpha \
                    or (mark.text[-1:] != "s") != people.lower_.endswith("s"):
                continue  # "bakers' union", "women's group"; not "the party's group", "workers's"
            a = t - 2
            while a > 0 and t - 2 - a < 3 and a - 1 not in self.taken and doc[a - 1].is_alpha \
                    and doc[a - 1].pos_ in ("NOUN", "ADJ") and doc[a - 1].tag_ not in ("JJR", "JJS") \
                    and (doc[a - 1].is_lower or doc[a - 1].is_sent_start) and a not in self.state_by_end:
                a -= 1
            first = doc[a]
            if any(i in self.taken for i in range(a, t)) or not (first.is_lower or first.is_sent_start) \
                    or first.lower_ in self.f.dictionary.offices.quantifiers:
                continue
            start, end = first.idx, doc[t].idx + len(doc[t])
            said = doc[a:t + 1].text
            if said.lower() in terms or self._blocked(start, end) \
                    or any(m.start < end and start < m.end for m in self.mentions):
                continue
            people_term = terms.get(people.lower_)
            sector = bodies[doc[t].lower_] or (people_term.sector if people_term is not None else "CVL")
            country = self.state_by_end[a][1] if a in self.state_by_end else None
            oid = "org:" + slug(said)
            self._orgs.setdefault(oid, said)
            self._agent_of.setdefault(oid, (country, sector, "group" if doc[t].tag_ == "NNS" else "body"))
            self._home_groups.add(oid)
            self.mentions.append(Mention(start, end, oid, "name"))
            self.taken.update(range(a, t + 1))

    def _chamber_committees(self) -> None:
        """actrec50: a chamber's committee named in lower case after the chamber's name ("the Commons
        home affairs select committee", "three House select committees", "parliament's energy
        committee"; offices.yaml ``chamber_committees``) is a body of its own: an actor named from the
        chamber's words to the committee's word, of the chamber's state (else at home in the story's),
        a legislature's (LEG). The chamber's own mention inside the words goes to the committee. Why:
        the words were read as the chamber itself, or cut before the committee's word, so the committee
        that questioned or reported was no actor (GUIDE.md: the most specific body the text allows).
        Only lower-case topic words between ("home affairs", "select"): a committee with a
        capitalised name ("the Senate Foreign Relations Committee") is spaCy's, found before."""
        doc, words = self.doc, self.f.dictionary.offices.chamber_committees
        if not words:
            return
        for t in token_indices(doc, LOWER, words):
            if t < 1 or t in self.taken or not doc[t].is_lower or doc[t].pos_ not in ("NOUN", "PROPN"):
                continue
            k = t  # the first topic word: lower-case nouns and adjectives ("home affairs select")
            while k > 0 and t - k < 6 and doc[k - 1].is_lower and doc[k - 1].is_alpha and k - 1 not in self.taken \
                    and doc[k - 1].lower_ not in words and (doc[k - 1].pos_ in ("NOUN", "ADJ", "VERB", "PROPN")
                                                            or doc[k - 1].lower_ == "and" and k < t and k > 1
                                                            and doc[k - 2].is_lower and doc[k - 2].is_alpha):
                k -= 1  # ("and" between two topics: "the Knesset foreign affairs and defence committee")
            possessive = k > 1 and doc[k - 1].text in ("'s", "’s")
            b = k - 1 if possessive else k  # the chamber's words end before token b
            a = b
            # the chamber's words: capitalised words ("Commons", "House", "House of Commons"), or one
            # body word before "'s" ("parliament's")
            while a > 0 and b - a < 3 and (doc[a - 1].is_title and doc[a - 1].pos_ in ("PROPN", "NOUN")
                                            or doc[a - 1].lower_ == "of" and a > 1 and doc[a - 2].is_title and a < b):
                a -= 1
            if a == b and possessive and doc[b - 1].is_alpha:
                a = b - 1
            while a < b and doc[a].lower_ in ("of", "the"):
                a += 1
            if a == b:
                continue
            guess = self.f.agents.resolve_text(doc[a:b].text)
            if guess is None or guess.sector != "LEG" or guess.head.lower() != doc[a:b].text.lower():
                continue
            start, end = doc[a].idx, doc[t].idx + len(doc[t])
            inside = [m for m in self.mentions if m.start < end and start < m.end]
            # (the chamber's own mention may stand there; no other actor's)
            if self._blocked(start, end) or any(m.start < start or m.end > doc[b - 1].idx + len(doc[b - 1])
                                                or m.actor in self.persons for m in inside) \
                    or any(i in self.taken and not any(m.start <= doc[i].idx < m.end for m in inside)
                           for i in range(a, t + 1)):
                continue
            for m in inside:
                self.mentions.remove(m)
            said = self._without_trailing_mark(self.text[start:end])
            oid = "org:" + slug(said)
            self._orgs.setdefault(oid, said)
            self._agent_of.setdefault(oid, (guess.country, "LEG", "body"))
            if guess.country is None:
                self._home_groups.add(oid)
            self.mentions.append(Mention(start, end, oid, "name"))
            self.taken.update(range(a, t + 1))

    def _town_body(self, phrase: Phrase, guess: AgentGuess, inside: list[Mention]) -> bool:
        """actrec49: a court or a police force named by its town ("a Madrid court jailed ...", "Moscow
        police detained ...", "the Hamburg prosecutor's office said", "a Tokyo district court"): a body of
        its own named by the town's words and the body's (offices.yaml ``town_body_sectors``), of the
        state whose capital the town is, else of no state the words give (the story's, as a bare body's).
        The capital's word stays a mention of its state. Why: the phrase held a state's capital, or a
        place no dictionary knows, and was dropped: the court that fined or the police that detained
        were no actor at all. Only where the town opens the phrase (after a determiner) and the body's
        word ends it or modifies its last word ("a Hong Kong court ruling"); lower-case words may stand
        between ("district", "city")."""
        d, doc, text = self.f.dictionary, self.doc, self.text
        # (a court named by its level, "district court", is a body named alone (agents.yaml, actnoun54), but
        # "a Tokyo district court" is still the town's court: only a level's court passes as specific)
        if guess.kind != "body" or (guess.specific and guess.sector != "JUD") \
                or guess.sector not in d.offices.town_body_sectors:
            return False
        root = phrase.root
        last = root if root.lower_ == guess.head.lower().split()[-1] else next(
            (t for t in phrase if t.dep_ == "compound" and t.head.i == root.i
             and t.lower_ == guess.head.lower().split()[-1]), None)
        if last is None or last.i in self.taken or last.i in self.office_tokens:
            return False
        end = last.idx + len(last)
        head_start = end - len(guess.head)
        if head_start < phrase.start_char or text[head_start:end].lower() != guess.head.lower():
            return False
        b = last.i
        while b > phrase.start and doc[b - 1].idx >= head_start:
            b -= 1
        k = 0
        while b > phrase.start and k < 2 and doc[b - 1].is_lower and doc[b - 1].is_alpha \
                and doc[b - 1].pos_ in ("ADJ", "NOUN"):
            b, k = b - 1, k + 1
        if b == phrase.start:
            return False
        town_end = doc[b - 1].idx + len(doc[b - 1])
        held = [m for m in inside if m.start < town_end]
        if held and not (len(held) == 1 and held[0].kind == "seat" and held[0].end == town_end):
            return False  # a state's own name or adjective ("the Russian police"): _state_body's
        a = b
        while a > phrase.start and (doc[a - 1].idx >= held[0].start if held else
                                    doc[a - 1].ent_type_ == "GPE" and doc[a - 1].text[:1].isupper()):
            a -= 1
        # (a determiner the parser ran into a dateline's name may be tagged a proper noun: "Kyodo - A Tokyo court")
        if a == b or any(t.pos_ != "DET" and t.lower_ not in ("a", "an", "the") for t in doc[phrase.start:a]) \
                or any(i in self.taken for i in range(a if not held else b, last.i + 1)):
            return False
        start = doc[a].idx
        if self._blocked(start, end):
            return False
        name = text[start:end]
        oid = "org:" + slug(name)
        self._orgs.setdefault(oid, name)
        self._agent_of.setdefault(oid, (held[0].actor if held else None, guess.sector, "body"))
        self.mentions.append(Mention(start, end, oid, "name"))
        self.taken.update(range(a, last.i + 1))
        return True

    def _topic_after(self, end: int) -> int:
        """actrec48: the end of a phrase that ends in a lower-case body word, run on over "of" and a topic
        of the agents lexicon in lower case ("the ministry of trade", "the department of commerce"):
        spaCy's chunk ends at the body word, and without its topic the body was none the text names
        alone (as "the trade ministry" is). ``end`` itself where no such words follow."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end - 1].is_lower \
                or doc[end - 1].lower_ not in self.f.dictionary.offices.bodies:
            return end
        topics = self.f.agents.topics
        for n in (2, 1):
            words = doc[end + 1:end + 1 + n]
            if len(words) == n and all(t.is_lower for t in words) and words.text in topics \
                    and not any(t.i in self.taken for t in words):
                return end + 1 + n
        return end

    def _unnamed_officers(self) -> None:
        """actjud43: "A judge ruled on Tuesday that ...", "the magistrate refused bail", "questioned by a
        prosecutor": a singular office word of offices.yaml ``unnamed_officers`` after "a", "an" or "the"
        (only lower-case words between: "a federal judge"), with no name after it, as the subject
        (``unnamed_officer_roles``) or the agent after "by" of a verb with no modal or "to", is the state's
        body that office belongs to: an organisation with the office's sector, whose state is the one the
        story names its bodies bare for (as "the army"). Not "the judge" where a person of the text holds
        that office (coreference gives the person), not a word taken already."""
        offices = self.f.dictionary.offices
        words = offices.unnamed_officers
        doc = self.doc
        # (the office words' tokens from the doc's lower-case column, read once: a case-blind regex over
        # the whole text cost about 1.5% of the stages' instructions)
        found = token_indices(doc, LOWER, frozenset(words)) if words else []
        if not found:
            return
        held = {p.attrs.role.lower().split()[-1] for p in self.persons.values() if p.attrs.role}
        for i in found:
            t = doc[i]
            end = t.idx + len(t.text)
            sector = words.get(t.lower_)
            if sector is None or t.tag_ != "NN" or t.i in self.taken \
                    or not (t.dep_ in offices.unnamed_officer_roles or t.dep_ == "pobj" and t.head.lower_ == "by"):
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
                continue  # "a judge would decide", "for a judge to rule": no judge in particular
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha or nxt.text == "-"):
                continue  # "Judge Ilse Varga", "a judge-led inquiry"
            a = t.i
            while a > 0 and t.i - a < 3 and doc[a - 1].is_lower and doc[a - 1].is_alpha \
                    and doc[a - 1].pos_ in ("ADJ", "NOUN", "PROPN") and a - 1 not in self.taken:
                a -= 1
            if a == 0 or doc[a - 1].lower_ not in ("a", "an", "the") or doc[a - 1].head.i != t.i \
                    or self._blocked(doc[a].idx, end) \
                    or (doc[a - 1].lower_ == "the" and t.lower_ in held):
                continue
            name = self.text[doc[a].idx:end]
            oid = "org:" + slug(name)
            self._orgs.setdefault(oid, name)
            self._agent_of.setdefault(oid, (None, sector, "body"))
            self.mentions.append(Mention(doc[a].idx, end, oid, "name"))
            self.taken.update(range(a, t.i + 1))

    def _members_of_named(self) -> None:
        """People named by a group's name ("Earth Now protesters", "Free Lanka activists") are that
        group acting: an organisation named by the capitalised words just before the noun
        (offices.yaml ``members_of``), one id with the group's own name elsewhere. Not a state's
        or a known actor's people (their words are taken: "Kenyan protesters", "Hamas fighters"), nor
        a sentence's first word that is no proper noun ("Angry protesters"). Tokens found by their
        lower-case ids in the doc's array (no pass over the text)."""
        doc, offices = self.doc, self.f.dictionary.offices
        lowers = token_table(self.doc).lower_ids
        for t in indices_in(lowers, self.f.members_of_ids):
            if t in self.taken or not doc[t].is_lower:
                continue
            a = t
            while a > 0 and doc[a - 1].is_alpha and doc[a - 1].text[:1].isupper() and a - 1 not in self.taken \
                    and doc[a - 1].pos_ not in ("DET", "PRON", "ADP", "AUX", "CCONJ") \
                    and doc[a - 1].ent_type_ not in ("NORP", "DATE", "CARDINAL", "ORDINAL", "TIME") \
                    and doc[a - 1].lower_ not in offices.groups and doc[a - 1].lower_ not in offices.bodies \
                    and doc[a - 1].lower_ not in offices.acts and (doc[a - 1].lower_,) not in offices.heads \
                    and doc[a - 1].text not in offices.honorifics:
                a -= 1
            # one word: a proper noun, not a sentence's first adjective nor a place ("Oslo protesters")
            if a == t or (t - a == 1 and (doc[a].ent_type_ == "GPE" or doc[a].is_sent_start and doc[a].pos_ != "PROPN")) \
                    or self._blocked(doc[a].idx, doc[t].idx + len(doc[t])):
                continue
            name = doc[a:t].text
            self._member_groups.add(name)
            oid = "org:" + slug(name)
            self._orgs.setdefault(oid, name)
            sector = self.f.agents.terms[doc[t].lower_].sector if doc[t].lower_ in self.f.agents.terms else None
            self._agent_of.setdefault(oid, (None, sector, "group"))
            self.mentions.append(Mention(doc[a].idx, doc[t].idx + len(doc[t]), oid, "name"))
            self.taken.update(range(a, t + 1))
        # The group's name alone elsewhere ("Earth Now said"): a few string searches, one per group.
        for name in self._member_groups:
            s = self.text.find(name, self.lo)
            while s >= 0:
                e = s + len(name)
                toks = self._tokens(s, e)
                if toks and doc[toks[0]].idx == s and not any(i in self.taken for i in range(*toks)) \
                        and not self._blocked(s, e):
                    self.mentions.append(Mention(s, e, "org:" + slug(name), "name"))
                    self.taken.update(range(*toks))
                s = self.text.find(name, e)

    def _an_act(self, phrase: Phrase, root: Token, acts: tuple[frozenset[str], frozenset[str]]) -> bool:
        """Whether a group word that also names an act names the act here: "opposition to the bill",
        "fierce opposition" (offices.yaml ``acts``), not "the opposition"."""
        after, kinds = acts
        nxt = self.doc[root.i + 1].lower_ if root.i + 1 < len(self.doc) else ""
        # actnoun54: "to" that marks an infinitive ("urged the opposition to join talks": aux of a
        # verb) is no preposition of the act ("opposition to the bill"): the words are the group.
        if nxt == "to" and self.doc[root.i + 1].dep_ == "aux" and self.doc[root.i + 1].head.pos_ in ("VERB", "AUX"):
            nxt = ""
        return nxt in after or any(t.pos_ == "ADJ" and t.is_lower and t.lower_ not in kinds
                                   for t in phrase if t.i < root.i)

    def _only_who_they_are(self, i: int) -> bool:
        """Whether token ``i``, a community's plural (agents.yaml ``community: true``: "Muslims",
        "Kurds"), only says who people are, is no side of its clause or is a word of a body's name, and
        so names no group that acts: the complement of a copula ("most Velari are Catholics"), the subject of "make up"
        ("Hindus make up a tenth of the town"), or the end of "NAME of ... Baptists" ("the Assembly of
        Elders of Welsh Baptists"). Why (actrec37): on pool copy these were most of the wrong groups
        the community words made."""
        doc = self.doc
        tok = doc[i]
        term = self.f.agents.terms.get(tok.lower_)
        if term is None or not term.community:
            return False
        if tok.dep_ == "attr" or tok.dep_ == "nsubj" and tok.head.lemma_ == "make" \
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.head.children):
            return True
        # Only as a side of a clause: its subject, its object or the agent of a passive ("backed
        # dissident Kurds", "a complaint made by British Hindus"); not a word of a phrase about them
        # ("a clash between Muslims and Christians", "the party of Catholics", "lists of
        # Protestants"), which audit annotators did not count as actors (actrec37, half A).
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        # (the parser often runs a dateline into the first subject, "KABUL, Dec 10 (Reuters) - Hindus
        # and Sikhs ... asked": the words after the dateline's dash are the subject)
        dateline = first is not tok and any(t.text in ("-", "--", "—") for t in doc[first.i:tok.i])
        if not (dateline or first.dep_ in ("nsubj", "nsubjpass", "dobj") or first.dep_ == "pobj" and first.head.lower_ == "by"):
            return True
        a = tok.left_edge.i
        return a >= 2 and doc[a - 1].lower_ == "of" and doc[a - 2].is_title and not doc[a - 2].is_sent_start

    def _group_modifier(self, phrase: Phrase, guess: AgentGuess, inside: list[Mention]) -> bool:
        """A group word of ``acts`` as the modifier of another noun ("opposition charges", "the
        opposition's demands" are the opposition's): a mention of that group, the words before it
        giving its country. Returns whether one was added."""
        d, root = self.f.dictionary, phrase.root
        head = next((t for t in phrase if t.i < root.i and t.lower_ in d.offices.acts and t.head == root
                     and t.dep_ in ("compound", "poss") and t.i not in self.taken and t.i not in self.office_tokens),
                    None)
        if head is None or guess.sector is None or root.lower_ in guess.head.lower().split() \
                or any(m.start >= head.idx for m in inside):
            return False
        start = phrase.start
        span = self.doc[start:head.i + 1]
        if self._an_act(span, head, d.offices.acts[head.lower_]):
            return False
        oid = "org:" + head.lower_
        self._orgs.setdefault(oid, span.text)
        self._agent_of.setdefault(oid, (guess.country, guess.sector, "group"))
        self.mentions.append(Mention(span.start_char, head.idx + len(head), oid, "name"))
        self.taken.update(range(start, head.i + 1))
        return True

    def _acronyms(self) -> None:
        """8. An acronym defined in parentheses just after a name ("the Movement for a New Mozambique
        (Monamo)", "Mozambique's National Electoral Commission (CNE)") is another name of the same
        actor: one id for both, wherever the text writes the acronym. spaCy often misses such a name
        or splits it (a state in it, "of the" in it); the capitalised words before the parenthesis
        give it then. Tokens found by their ids in the doc's array (no pass over the text)."""
        doc, d, orths = self.doc, self.f.dictionary, self.orths
        opening, closing = get_string_id("("), get_string_id(")")
        opens = (orths[1:-2] == np.uint64(opening)).nonzero()[0] + 1  # "(" with ")" two tokens on
        # ... or after ", or" ("the Partido da Ordem Nacional, or PON, said"): initials in capitals
        comma, either = np.uint64(get_string_id(",")), np.uint64(get_string_id("or"))
        ors = ((orths[1:-3] == comma) & (orths[2:-2] == either) & (orths[4:] == comma)).nonzero()[0] + 1
        defined = [(int(i), int(i) + 1) for i in opens if orths[i + 2] == closing] + \
            [(int(i), int(i) + 2) for i in ors if doc[int(i) + 2].is_upper]
        for i, s in sorted(defined):
            short = doc[s]
            if not _is_acronym(short.text) or self._blocked(short.idx, short.idx + len(short)):
                continue
            first = _name_start(doc, i, d.offices.name_joiners, self.state_by_end)
            wide = _initials_start(doc, i, short.text, d.offices.name_joiners, self.state_by_end)
            # (not a list of states: "Kenya, Uganda and Tanzania (KUT)" stay three states)
            if wide is not None and (first is None or wide < first) \
                    and not any(t in self.state_by_start for t in range(wide, i)):
                first = wide
            # actfix53: "the FAA's Office of Drone Safety, or ODS,": the initials spell the
            # words after an owner's possessive, not the owner's; the name they define starts after it
            # (the owner stays an actor of its own). Why: "Owner's Body" was printed, which no reader's
            # name for the body matched, and the owner's own mention was lost.
            if (owned := _owned_name_start(doc, i, short.text, d.offices.name_joiners)) is not None:
                first = owned
            if first is None:
                continue
            # "Kenya, Uganda and Tanzania (KUT)": states listed, each a name of its own, no organisation
            states = {t for a, (b, _) in self.state_by_start.items() if first <= a < i for t in range(a, b)}
            if states and all(t in states for t in range(first, i) if doc[t].text[:1].isupper()):
                continue
            # "Fighters of the Patriotic Front": people of the organisation, not a word of its name.
            terms, joiners = self.f.agents.terms, d.offices.name_joiners
            # (a plural of people only: "the Commission on Human Rights (CHR)" is the commission's name)
            while first < i - 2 and (term := terms.get(doc[first].lower_)) is not None and term.kind == "group" \
                    and doc[first].tag_ in ("NNS", "NNPS") and doc[first + 1].lower_ in joiners:
                first += 1
                while first < i - 1 and doc[first].lower_ in joiners:
                    first += 1
            start, end = doc[first].idx, doc[i - 1].idx + len(doc[i - 1])
            owner = self._owner_of(start, end)
            if owner is not None and owner in self._orgs:
                # The name the parenthesis defines is the body's ("Mozambique's National Electoral
                # Commission (CNE)": National Electoral Commission).
                self._orgs[owner] = doc[first:i].text
            if owner is None:
                if any(a < i and first < b for a, b, _ in self.person_hits) or \
                        all(t in self.office_tokens for t in range(first, i)):
                    continue  # a person's name, or an office: not an organisation's
                owner = "org:" + slug(doc[first:i].text)
                self._orgs.setdefault(owner, doc[first:i].text)
                guess = self.f.agents.resolve_text(doc[first:i].text)
                if guess is not None:
                    self._agent_of.setdefault(owner, (guess.country, guess.sector, guess.kind))
                elif first > 0 and doc[first - 1].text in ("'s", "’s") and first - 1 in self.state_by_end:
                    # "Spain's Ministerio de ... (MAPA)": a body the lexicon does not read, of the state owning it
                    self._agent_of.setdefault(owner, (self.state_by_end[first - 1][1], None, "agency"))
                # A state inside the name is part of the name ("Movement for a New Mozambique"), and a
                # group named around it is the organisation ("Fighters of the Patriotic Front ...").
                self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
                self.mentions.append(Mention(start, end, owner, "name"))
                self.taken.update(range(first, i))
            self._rename_acronym(short.text, owner)

    def _speaking_initials(self) -> None:
        """8a. Initials no lexicon knows, that say or do what only a body does: the subject of a verb
        other than one of a measure or a state of things ("XKT said", "PKRA has sued"; not "GDP rose":
        offices.yaml ``initials_verbs``) or the employer named before a person's job ("an XKT spokesman", "XKT chief executive NAME",
        ``initials_person_nouns``), are an organisation, and so is every other place the text writes
        them. Why (actors17): wire copy names firms, unions and agencies by their initials alone, and
        spaCy tags such initials as nothing, a common noun or a person; no actor was made, so the body
        was missed and what it said had no speaker. Initials of things (``not_body_initials``: "GDP
        grew") and letters after a name (``post_nominals``: "MP") are left out; initials that open a
        longer name the text gives ("XKT Resources") are that organisation's short name. An
        organisation spaCy found by its initials ("the IRA") gets its other written places too."""
        doc, offices = self.doc, self.f.dictionary.offices
        measures, jobs = offices.initials_verbs, offices.initials_person_nouns
        found: dict[str, str] = {}  # the initials -> the organisation's id
        # (the gate: only the words written as initials can be, found once from the doc's arrays, not a
        # token object and a call of _initials per word; speed only, the same words in the same order)
        for tok in [doc[i] for i in _initials_shaped(doc)]:
            named = self._named_after_the(tok.i)
            # (a lone person spaCy saw in the initials was dropped, its word left taken: "called by the XKT")
            held = tok.i in self.taken and not (named and not any(m.start <= tok.idx < m.end for m in self.mentions))
            if held or not self._initials(tok.i, persons=True, places=named) or tok.text in offices.post_nominals \
                    or tok.text in offices.not_body_initials or self._blocked(tok.idx, tok.idx + len(tok)) \
                    or self._opens_a_name(tok.i) or self._dateline_word(tok.i) or self._among_capitals(tok.i):
                continue
            head = tok.head
            # (a later conjunct of the subject acts with it: "the Wildland Trust and the RSPB say ...";
            # actors18: such initials were missed, as only the first conjunct is the verb's nsubj)
            first = tok
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first is not tok and first.dep_ == "nsubj":
                head = first.head
            acts = (tok.dep_ == "nsubj" or first is not tok and first.dep_ == "nsubj") and head.pos_ == "VERB" \
                and head.lemma_.lower() not in measures
            works = tok.dep_ in ("compound", "nmod", "amod") and head.i > tok.i and head.lower_ in jobs \
                and all(doc[k].lower_ in jobs for k in range(tok.i + 1, head.i + 1))
            if not (acts or works or named):
                continue
            longer = self._longer_name(tok.text)
            oid = found.setdefault(tok.text, longer or "org:" + slug(tok.text))
            self._orgs.setdefault(oid, tok.text)
            self.mentions.append(Mention(tok.idx, tok.idx + len(tok), oid, "name" if longer is None else "alias"))
            self.taken.add(tok.i)
        for oid, name in list(self._orgs.items()):
            if name not in found and _is_acronym(name) and name.isupper() and len(name) <= _INITIALS_MAX \
                    and name not in offices.not_body_initials and oid not in self.f.dictionary.entries \
                    and any(m.actor == oid for m in self.mentions):
                # an organisation spaCy found by its initials: its other places too, and the longer
                # name's organisation where the initials spell one the text gives
                longer = self._longer_name(name, opens=False)
                if longer is not None:
                    self.mentions = [replace(m, actor=longer, kind="alias") if m.actor == oid else m
                                     for m in self.mentions]
                found[name] = longer or oid
        if not found:
            return
        for oid in found.values():
            if oid in self._agent_of and self._agent_of[oid][2] == "group":
                # (the agents step reads "XKT chief executive" as a group of executives: the initials
                # name one body)
                self._agent_of[oid] = (*self._agent_of[oid][:2], "agency")
        covered = {m.start for m in self.mentions}
        # (only the words written as one of the initials found: speed only, as above)
        for tok in [doc[i] for i in indices_in(token_table(doc).orth_ids, sorted_ids(found))]:
            oid = found.get(tok.text)
            if oid is None or tok.idx in covered or tok.i in self.taken or self._opens_a_name(tok.i) \
                    or self._blocked(tok.idx, tok.idx + len(tok)) or (tok.i > 0 and doc[tok.i - 1].text == "("):
                continue
            self.mentions.append(Mention(tok.idx, tok.idx + len(tok), oid, "alias"))
            self.taken.add(tok.i)

    def _named_after_the(self, i: int) -> bool:
        """Whether token ``i`` follows "the" as the object, a conjunct, an apposition or a passive
        subject of its clause (offices.yaml ``initials_noun_roles``) with no noun after it: "Senators
        criticised the XKT", "was fined by the PKRA". Why (actrec42): initials no lexicon knows were
        made a body only as a verb's subject or before a person's job, so a body acted on was printed
        nowhere; "the US dollar" (a noun after) stays a modifier."""
        doc = self.doc
        return 0 < i and doc[i - 1].lower == WORD_THE and doc[i].dep_ in self.f.dictionary.offices.initials_noun_roles \
            and (i + 1 == len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN", "NUM"))

    def _initials_and_names(self) -> None:
        """8b. One id for a body the text names both by its initials and by its longer name. Why
        (actrec37): on pool copy a body was printed twice, once per way of naming it ("the Asian
        Development Bank" and "the ADB"; "the LSE" and "the London Stock Exchange"; "Organisation for
        Economic Cooperation and Development", a spelling the dictionary does not list, and "OECD"),
        so its quotes and events were split between two actors. Two frames, both read from what the
        text writes: (1) initials made an organisation of their own whose letters spell the capitalised
        words of a longer name the text gives, a dictionary body's (not a state's) or another
        organisation's, or that step 8a tied to a longer name at another place; (2) a longer name made
        an organisation of its own whose capitalised words spell initials the text writes for a
        dictionary body. Both become mentions of the one body (the dictionary's id when there is one).
        Dictionary bodies only (IGOs, organisations, groups): a state's or a place's initials name
        where a body is, not the body ("NSW" and "the New South Wales government")."""
        d, offices = self.f.dictionary, self.f.dictionary.offices
        by_initials: dict[str, str] = {}  # initials a dictionary body's written longer name spells -> its id
        written: dict[str, str] = {}  # initials the text writes for a dictionary body -> its id
        for m in self.mentions:
            entry = d.entries.get(m.actor)
            if entry is None or entry.kind not in ("igo", "organization", "group"):
                continue  # (not a state's or a place's initials: "NSW" does not make "the NSW government" the place)
            words = self.text[m.start:m.end]
            if _is_acronym(words) and words.isupper():
                written.setdefault(words, entry.id)
            elif (spelled := _spelled_initials(words)) is not None:
                by_initials.setdefault(spelled, entry.id)
        renamed: dict[str, str] = {}
        for oid, name in self._orgs.items():
            if oid in d.entries or oid in self.persons:
                continue
            if _is_acronym(name) and name.isupper() and len(name) <= _INITIALS_MAX and name not in offices.not_body_initials:
                target = by_initials.get(name) or written.get(name) or self._longer_name(name, opens=False)
            else:
                target = written.get(_spelled_initials(name) or "")
            if target is not None and target != oid and target not in self.persons:
                renamed[oid] = target
        if renamed:
            self.mentions = [replace(m, actor=renamed[m.actor], kind="alias") if m.actor in renamed else m
                             for m in self.mentions]

    def _longer_name(self, short: str, opens: bool = True) -> str | None:
        """The organisation found whose longer name the initials spell by its capitalised words
        ("Kestrel Mining Corp" and "KMC") or, with ``opens``, open ("XKT Resources"; not a body of
        its members, "XKT Retired Staff Association": offices.yaml ``member_body_words``), else None."""
        members = self.f.dictionary.offices.member_body_words
        for oid, name in self._orgs.items():
            if name == short or oid in self.persons:
                continue
            if "".join(w[0] for w in name.split() if w[:1].isupper()) == short \
                    or opens and name.startswith(short + " ") and name.split()[-1] not in members:
                return oid
        return None

    def _opens_a_name(self, i: int) -> bool:
        """Whether token ``i`` is followed by a capitalised word of the same name ("XKT Resources")."""
        doc = self.doc
        return i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha and not doc[i + 1].is_sent_start

    def _among_capitals(self, i: int) -> bool:
        """Whether token ``i`` stands beside another word in capitals, in angle brackets or after an
        opening quote: words of a line written in capitals ("WE NEEDED THEM", "SAO PAULO"), a stock
        ticker ("<XKT>"), a word shouted in a quote."""
        doc = self.doc
        near = [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc)]
        return any(t.is_alpha and t.is_upper and len(t) > 1 for t in near) \
            or any(t.text in ("<", ">", "“", '"', "‘") for t in near)  # ("“HELP - ...": a word shouted in a quote)

    def _dateline_word(self, i: int) -> bool:
        """Whether token ``i`` opens a line and a comma follows it: a place in capitals ("BONN, March 3
        -"), a dateline the article reader did not cut off."""
        doc = self.doc
        return i + 1 < len(doc) and doc[i + 1].text == "," and (i == 0 or "\n" in doc[i - 1].text_with_ws
                                                                 or doc[i - 1].is_space)

    def _owner_of(self, start: int, end: int) -> str | None:
        """The actor named by the mention that ends at ``end`` and covers the name from ``start`` (a
        state's body named with its state begins before the name), if it is not a person."""
        d = self.f.dictionary
        states = {m.end: m for m in self.mentions if m.actor in d.entries and d.entries[m.actor].kind == "state"}
        for m in sorted((m for m in self.mentions if m.end == end and m.start <= start and m.kind == "name"),
                        key=lambda m: m.start):
            state = next((states[e] for e in (start - 1, start - 3) if e in states), None)
            if m.start == start or (state is not None and state.start == m.start):
                return None if m.actor in self.persons else m.actor
        return None

    def _rename_acronym(self, short: str, owner: str) -> None:
        """Every mention of the acronym as its own organisation becomes one of ``owner`` (an acronym
        the dictionary knows gives its id to the name instead); each place the text writes it that no
        mention covers becomes one."""
        d = self.f.dictionary
        known = next((m.actor for m in self.mentions if self.text[m.start:m.end] == short and m.actor in d.entries),
                     None)
        if known is not None and owner not in d.entries:
            owner, old = known, owner
        else:
            old = None
        made = {m.actor for m in self.mentions if self.text[m.start:m.end] == short and m.actor not in d.entries
                and m.actor not in self.persons} - {owner}
        renamed = made | ({old} if old else set())
        if renamed:
            self.mentions = [replace(m, actor=owner) if m.actor in renamed else m for m in self.mentions]
        covered = {m.start for m in self.mentions}
        word = get_string_id(short)
        for t in (int(t) for t in (self.orths == np.uint64(word)).nonzero()[0]):
            tok = self.doc[t]
            if tok.idx not in covered and tok.idx >= self.lo and t not in self.taken \
                    and not self._blocked(tok.idx, tok.idx + len(tok)) and self.doc[t - 1].text != "(":
                self.mentions.append(Mention(tok.idx, tok.idx + len(tok), owner, "alias"))
                self.taken.add(t)

    def _bare_body(self, chunk: Phrase, phrase: Phrase, guess: AgentGuess, voice: bool = False) -> bool:
        """A state body named without its state ("the army", "parliament", "the interior ministry")
        is that body of the state named last with the same words ("the army" after "Lebanon's
        army": one id), else of the dateline's state, else of the state the story is about: GUIDE.md
        counts every government body as an actor, and wire copy names its own state's bodies bare.
        Only "the" or nothing before it: "its army" points back, "an army" is none in particular (but
        "a district court" is the state's, a new one: actnoun54). ``voice`` (actors57): the body word modifies
        a body's voice ("a police spokesman", offices.yaml ``body_voices``): an "a" before is the voice's, not
        the body's; the office reader may have read the body word into the voice's office ("army
        spokesman NAME"), and the parser may call it an adjective ("military"): the body is named all the same.
        Returns whether the phrase was taken as one."""
        d, root = self.f.dictionary, phrase.root
        before = chunk[:phrase.start - chunk.start]
        indefinite = ("a", "an")
        if guess.country is not None or guess.igo or root.tag_ in ("NNS", "NNPS") \
                or root.pos_ not in ("NOUN", "PROPN") and not voice \
                or root.lower_ not in guess.head.lower().split() or root.lower_ in d.offices.stand_ins \
                or any(t.i in self.taken or t.i in self.office_tokens and not voice or t.pos_ == "PRON" for t in phrase) \
                or any(t.lower_ != "the" and not (t.lower_ in indefinite and (guess.sector == "JUD" or voice))
                       for t in before):
            return False
        words = " ".join(t.lower_ for t in phrase)
        named: list[tuple[int, str]] = []
        # actnoun54: "a district court jailed him": wire copy names the state's court that acts so (its
        # state's, though a new one: not one named before); "a police spokesman" speaks for the police named before
        if voice or not any(t.lower_ in indefinite for t in before):
            named = sorted((m.start, m.actor) for m in self.mentions if m.actor in self._agent_of
                           and m.start < phrase.start_char and (self._agent_of[m.actor][0], words) in self._bodies
                           and self._bodies[(self._agent_of[m.actor][0], words)] == m.actor)
            # ... or a body named before by a name ending in the same words ("the Scottish Parliament",
            # then "parliament"; "the National Assembly", then "the assembly").
            named += sorted((m.start, m.actor) for m in self.mentions if m.start < phrase.start_char
                            and m.kind == "name" and m.actor in self._orgs
                            and self._orgs[m.actor].lower().endswith(" " + words))
        if named:
            oid = max(named)[1]
        elif self._own() is None and (igo_body := self._igo_body(words)):
            oid = igo_body  # "in parliament" in a story about the EU, with no state of its own
        else:
            state = self._own()
            if state is None and self._names_a_state():
                return False
            # (actrec48: a story that names no state at all, "the labour ministry", "parliament" in a local or
            # invented place's story, still has the body as an actor, of no known state)
            owner = d.entries[state].name if state is not None else ""
            oid = self._bodies.setdefault((state or "", words), "org:" + slug(f"{owner} {words}"))
            self._agent_of.setdefault(oid, (state, guess.sector, "body"))
        self._orgs.setdefault(oid, phrase.text)
        self.mentions.append(Mention(phrase.start_char, phrase.end_char, oid, "name"))
        self.taken.update(range(phrase.start, phrase.end))
        return True

    def _names_a_state(self) -> bool:
        """Whether any mention found so far is of a state (the bodies' owner may then be one of them)."""
        entries = self.f.dictionary.entries
        return any(m.actor in entries and entries[m.actor].kind == "state" for m in self.mentions)

    def _igo_body(self, words: str) -> str | None:
        """The body named ``words`` of an IGO the story names (offices.yaml ``igo_bodies``)."""
        owners = self.f.dictionary.offices.igo_bodies.get(words, {})
        named = {m.actor for m in self.mentions}
        return next((body for igo, body in owners.items() if igo in named), None)

    def _doers_and_work(self) -> None:
        """Actors named only by what they do: "growing protests" are the protesters' when no one
        else is said to protest (``doers``), "parliamentary reports" the parliament's (``body_work``).
        Tokens found by their lower-case ids in the doc's array (no pass over the text)."""
        doc, d = self.doc, self.f.dictionary
        offices = d.offices
        if not self.f.work_words:
            return
        lowers = token_table(doc).lower_ids
        named = {group for group in offices.doers.values() if any(k.endswith(group) for k in [*self._orgs, *self._groups])}
        for t in indices_in(lowers, self.f.work_ids):
            tok = doc[t]
            if t in self.taken or self._blocked(tok.idx, tok.idx + len(tok)):
                continue
            if tok.lower_ in offices.doers:
                group = offices.doers[tok.lower_]
                if tok.dep_ not in ("nsubj", "nsubjpass") or group in named \
                        or any(c.lower_ in ("by", "from", "of") for c in kids_of(tok)):
                    continue
                oid = "org:" + group
                self._orgs.setdefault(oid, group)
                term = self.f.agents.terms.get(group)
                self._agent_of.setdefault(oid, (None, term.sector if term else None, "group"))
                self.mentions.append(Mention(tok.idx, tok.idx + len(tok), oid, "name"))
                self.taken.add(t)
            else:
                body, nouns = offices.body_work[tok.lower_]
                if tok.dep_ != "amod" or tok.head.lower_ not in nouns or tok.head.i in self.taken:
                    continue
                state = self._own()
                if state is not None:
                    oid = self._bodies.setdefault((state, body), "org:" + slug(f"{d.entries[state].name} {body}"))
                    self._agent_of.setdefault(oid, (state, self.f.agents.terms[body].sector
                                                    if body in self.f.agents.terms else None, "body"))
                elif (oid := self._igo_body(body)) is None:
                    continue
                a, b = min(t, tok.head.i), max(t, tok.head.i) + 1
                self._orgs.setdefault(oid, doc[a:b].text)
                self.mentions.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), oid, "name"))
                self.taken.update(range(a, b))

    def _own(self) -> str | None:
        """The state whose bodies the story names bare: the dateline's, else the story's (once)."""
        if not hasattr(self, "_own_state"):
            self._own_state = self._home() or self._story_state()
        return self._own_state

    def _stand_in_of_home(self, chunk: Phrase, phrase: Phrase, inside: list[Mention]) -> bool:
        """A bare "the government" before any state is named is the dateline's state ("BANGUI (AP) -
        ... The government said", "SYDNEY - ... the federal government plans"): wire copy names its
        own state so, with a level of it at most (offices.yaml ``levels``). After a state is named, the
        coreference of stand-ins is the reader's guess and none is made here."""
        d, root = self.f.dictionary, phrase.root
        if inside or root.lower_ not in d.offices.stand_ins or root.i != chunk.end - 1 \
                or not self._only_article_before(chunk, root.i, d.offices.levels) or root.i in self.taken:
            return False
        # With no dateline, the state the story is set in by its parties and bodies (a BBC story of
        # "Labour MPs" and "the Commons": "the government" is the British one).
        state = self._home() or self._dateline_city_state() \
            or (self._story_state() or self._persons_state() if not self.article_dateline_place else None)
        if state is None or any(m.start < phrase.start_char and m.actor in d.entries and d.entries[m.actor].kind == "state"
                                and (m.start, m.end) not in self._based for m in self.mentions):
            return False
        self.mentions.append(Mention(phrase.start_char, phrase.end_char, state, "seat"))
        self.taken.update(range(phrase.start, phrase.end))
        return True

    def _persons_state(self) -> str | None:
        """The one state that every person the text gives a state serves or belongs to, when two or
        more do (a story of a state's ministers and party leaders that never names the state)."""
        states = [p.attrs.country or (p.entry.country if p.entry else None) for p in self.persons.values()
                  if not p.attrs.guessed]
        states = [c for c in states if c]
        return states[0] if len(states) >= 2 and len(set(states)) == 1 else None

    def _only_article_before(self, chunk: Phrase, i: int, also: frozenset[str] = frozenset()) -> bool:
        """Whether the chunk's words before token ``i`` are "the" or ``also`` words only (the dateline
        that the parser may run into the chunk aside)."""
        return all(t.lower_ == "the" or t.lower_ in also or self._blocked(t.idx, t.idx + 1)
                   for t in chunk[:i - chunk.start])

    def _sub_national_government(self, chunk: Phrase, phrase: Phrase, inside: list[Mention]) -> bool:
        """ "The state government", "the provincial government" (offices.yaml ``sub_national``) is not
        the state: it is the government of a region of it, a body of the region's state. Which region:
        the one named in the phrase ("the Kerala state government") or last named before it with its
        state (places.yaml: "in New South Wales ... the state government" is the New South Wales
        government, AUS); with none named, "state government" of the story's state. Returns whether the
        phrase was taken as one."""
        d, root = self.f.dictionary, phrase.root
        if root.lower != WORD_GOVERNMENT or root.i != phrase.end - 1 or len(phrase) < 2 \
                or phrase[-2].lower_ not in d.offices.sub_national or root.i in self.taken \
                or root.i in self.office_tokens or not self._only_article_before(chunk, phrase.start) \
                or any(t.pos_ == "PRON" for t in phrase):  # "its state government" points back
            return False

        def region_of(m: Mention) -> Entry | None:
            entry = d.entries.get(m.actor)
            return entry if entry is not None and entry.kind == "place" and entry.country else None

        named = None
        if inside:
            # only the region itself before the level word: "the NSW state government"
            if len(inside) != 1 or region_of(inside[0]) is None or inside[0].start != phrase.start_char \
                    or self.doc[phrase.end - 2].idx < inside[0].end:
                return False
            named = inside[0]
            if any(t.idx >= named.end for t in phrase[:-2]):
                return False
            region = region_of(named)
        else:
            before = [m for m in self.mentions if m.end <= phrase.start_char and region_of(m) is not None]
            region = region_of(max(before, key=lambda m: m.start)) if before else None
        name = f"{region.name} government" if region is not None else phrase.text
        oid = "org:" + slug(name)
        # (one id for the region's government however it is written; the name as the text first gives
        # it when the region is named inside: "the Terengganu state government")
        self._orgs.setdefault(oid, self.text[named.start:phrase.end_char] if named is not None else name)
        self._agent_of.setdefault(oid, (region.country if region is not None else None, "GOV", "body"))
        if named is not None:
            self.mentions[self.mentions.index(named)] = Mention(named.start, phrase.end_char, oid, "name")
        else:
            self.mentions.append(Mention(phrase.start_char, phrase.end_char, oid, "name"))
        self.taken.update(range(phrase.start, phrase.end))
        return True

    def _unlisted_region_government(self, phrase: Phrase, inside: list[Mention]) -> bool:
        """ "The Karnataka government", "the Victorian government", "the Lagos State government": a
        region's name or adjective that the tables do not list (no state, capital or place of them),
        right before "government" (with a level word of offices.yaml ``sub_national`` or none), is the
        region's own government: a GOV body of the state the region lies in (the state whose city it
        is, else the story's, as for "the provincial government"), not the state itself and not
        nothing. Why: federal states, provinces and counties are too many to list, and wire copy names
        their governments so ("the Quebec government said"); a body word after an unknown name was
        dropped, and "Lagos State" was read as an organisation of no state. Only a name spaCy reads
        as a place or a people (GPE, LOC, NORP), or any capitalised name before a level word ("the
        Lagos State government"); never a person's ("the Maduro government" is Venezuela's), a party's
        or a creed's (offices.yaml ``government_kinds``: "the Conservative government")."""
        d = self.f.dictionary
        root = phrase.root
        if root.lower != WORD_GOVERNMENT or root.i != phrase.end - 1 or root.i in self.taken \
                or root.i in self.office_tokens:
            return False
        words = [t for t in phrase[:-1] if t.lower_ != "the"]
        if not words or words[0].i != root.i - len(words):
            return False
        level = words[-1].lower_ in d.offices.sub_national
        region = words[:-1] if level else words
        if not 1 <= len(region) <= 3 or any(not t.text[:1].isupper() or t.pos_ not in ("PROPN", "ADJ")
                                            or t.ent_type_ == "PERSON" or t.lower_ in d.offices.government_kinds
                                            or (t.i in self.taken and not inside) or t.i in self.office_tokens
                                            for t in region):
            return False
        if not level and any(t.ent_type_ not in ("GPE", "LOC", "NORP") for t in region) \
                and self.text[region[0].idx:region[-1].idx + len(region[-1])] not in d.city_states:
            return False  # (a region the tables list needs no tag: "The Ontario government" opening a sentence)
        start, end = region[0].idx, region[-1].idx + len(region[-1])
        # The region read as an organisation of its own ("Lagos State", an ORG to spaCy) is the region
        # in this phrase; any other actor inside (a state, a known body, a person) is not a region.
        if len(inside) > 1 or any(not (m.actor in self._orgs and m.actor not in d.entries and start <= m.start
                                       and m.end <= root.idx) for m in inside):
            return False
        if any(p.name.split()[-1] == t.text for p in self.persons.values() for t in region):
            return False  # a surname of the story ("the Okafor government")
        name = self.text[start:phrase.end_char]
        oid = "org:" + slug(name)
        self._orgs.setdefault(oid, name)
        self._agent_of.setdefault(oid, (d.city_states.get(self.text[start:end]), "GOV", "body"))
        mention = Mention(start, phrase.end_char, oid, "name")
        if inside:  # (in its place: the loop finds the mentions made before it by their index)
            self.mentions[self.mentions.index(inside[0])] = mention
        else:
            self.mentions.append(mention)
        self.taken.update(range(region[0].i, phrase.end))
        return True

    def _speaks_for(self, phrase: Phrase, guess: AgentGuess) -> bool:
        """A bare generic noun followed by "for" ("spokesmen for the Interior Ministry", "an official
        for the party") names people who speak for the actor after it, not a group of their own."""
        term = self.f.agents.terms.get(guess.head.lower())
        nxt = phrase.end
        return (term is not None and term.generic and guess.kind == "group" and nxt < len(self.doc)
                and self.doc[nxt].lower_ == "for" and all(t.i == phrase.root.i or not t.is_alpha for t in phrase))

    def _state_body(self, phrase: Phrase, guess: AgentGuess, inside: list[Mention], root: Token | None = None) -> bool:
        """A body of a state named with its state ("the Russian Defence Ministry", "Norway's
        parliament", "the U.S. Senate", "Israeli troops") is an actor of its own: an organisation
        whose country is that state and whose sector is the body's. GUIDE.md counts every government
        body as an actor, and the events stage codes a GOV or MIL body's acts as its state's (the
        body's ``country``). The state's own word inside the phrase stays a mention of the state;
        "the Russian government" stands for the state itself (``stand_ins`` of offices.yaml). One
        id per state and body words: "the Norwegian parliament" after "Norway's parliament" is the
        same actor. Returns whether the phrase was taken as one."""
        # (``root``: the body word of a phrase cut from a longer one, "army" in "Russian army jets")
        d, root = self.f.dictionary, root or phrase.root
        # (a capital with "'s" owns a body as its state's name does: "Rabat's fisheries department")
        states = [m for m in inside if (m.kind in ("name", "adjective") or m.kind == "seat"
                                        and self.text[m.end:m.end + 2] in ("'s", "’s"))
                  and m.actor in d.entries and d.entries[m.actor].kind == "state"]
        if len(states) > 1 and len(inside) == len(states) and states[-1].end <= root.idx \
                and all(m.kind == "adjective" for m in states) \
                and all(_COORDINATION.match(self.text[a.end:b.start]) for a, b in zip(states, states[1:], strict=False)) \
                and (guess.kind != "group" or guess.sector in _STATE_SECTORS) and root.i not in self.taken \
                and root.lower_ not in d.offices.stand_ins and root.lower_ in guess.head.lower().split():
            # "Swedish, Danish and Finnish police": a body of each state, named by its adjective
            after = self.text[states[-1].end:phrase.end_char]
            for state in states:
                oid = self._bodies.setdefault((state.actor, " ".join(after.lower().split())),
                                              "org:" + slug(self.text[state.start:state.end] + after))
                self._orgs.setdefault(oid, self.text[state.start:state.end] + after)
                self._agent_of.setdefault(oid, (state.actor, guess.sector, "body"))
                self.mentions.append(Mention(state.start, state.end, oid, "name"))
            self.taken.update(range(phrase.start, phrase.end))
            return True
        if len(states) != 1 or len(inside) != 1 or guess.country != states[0].actor or states[0].end > root.idx:
            return False
        if guess.kind == "group" and guess.sector not in _STATE_SECTORS:
            return False  # rebels, protesters: the state's people, not its body (see _state_groups)
        if root.lower_ in d.offices.stand_ins or root.i in self.taken or root.i in self.office_tokens \
                or root.pos_ not in ("NOUN", "PROPN") or root.lower_ not in guess.head.lower().split():
            return False
        self._add_body(states[0], phrase.end_char, guess, (phrase.start, phrase.end))
        return True

    def _state_body_modifier(self, chunk: Phrase, phrase: Phrase, inside: list[Mention]) -> bool:
        """A state body named as a modifier of another noun ("the US Senate bill", "Kenyan army
        trucks", "trade ministry officials", "the army's operations"): the words up to the root's last
        compound or possessive modifier, read as a body, with its state or bare (see _bare_body)."""
        # (the root found once, heads, label and part-of-speech ids from the doc's table, the words
        # sliced from the text: Span.root per word and a token object per word before; speed only)
        table, root, start, text = token_table(self.doc), phrase.root.i, phrase.start, self.text
        head, dep, pos = table.head, table.dep_id, table.pos_id
        if self._body_of_voice(chunk, phrase, inside, table):
            return True
        mods = [i for i in range(start, phrase.end) if head[i] == root and (
            dep[i] == _COMPOUND and i > start or dep[i] == _POSS and pos[i] in _NOUN_OR_PROPN)]
        if not mods:
            return False
        sub = self.doc[start:mods[-1] + 1]
        firsts, ends = table.idx, table.ends
        guess = self.f.agents.resolve([text[firsts[i]:ends[i]] for i in range(start, mods[-1] + 1)])
        if guess is None:
            return False
        if self._state_body(sub, guess, [m for m in inside if m.end <= sub.end_char], self.doc[mods[-1]]):
            return True
        return guess.kind == "body" and guess.specific and not inside and self._bare_body(chunk, sub, guess)

    def _body_of_voice(self, chunk: Phrase, phrase: Phrase, inside: list[Mention], table: Tokens) -> bool:
        """actors57: a body word that opens a phrase right before a body's voice (offices.yaml ``body_voices``:
        "a police spokesman said", "army spokeswoman NAME told reporters") names the body that speaks: the
        state's body a word naming it alone gives ("the army", agents.yaml ``alone``), or the police force
        that the word alone is ("police said"; a police body word, sector COP: "bureau" refers back). Why: the body said something (GUIDE.md), and neither it nor the
        spokesperson was an actor. Before other people ("army officers") the word only says whose they are.
        Returns whether the body was taken."""
        start, text = phrase.start, self.text
        firsts, ends, head, dep = table.idx, table.ends, table.head, table.dep_id
        nxt = start + 1
        if nxt >= phrase.end or head[start] != nxt or dep[start] not in (_COMPOUND, _AMOD) or start in self.taken \
                or text[firsts[nxt]:ends[nxt]].lower() not in self.f.dictionary.offices.body_voices:
            return False
        said = text[firsts[start]:ends[start]]
        guess = self.f.agents.resolve([said])
        if guess is None or guess.kind != "body" or guess.country is not None or guess.igo \
                or any(m.start < ends[start] for m in inside):
            return False
        sub = self.doc[start:nxt]
        if guess.specific:
            return self._bare_body(chunk, sub, guess, voice=True)
        if guess.sector != "COP" or said.lower() in self.f.dictionary.offices.bodies or said.lower() != guess.head.lower():
            return False  # "a ministry spokesman", "a bureau spokesman": a word that refers back, no body in particular
        oid = "org:" + slug(said)  # "police", as the word alone names it
        self._orgs.setdefault(oid, said)
        self._agent_of.setdefault(oid, (guess.country, guess.sector, guess.kind))
        self.mentions.append(Mention(firsts[start], ends[start], oid, "name"))
        self.taken.add(start)
        return True

    def _chamber(self, phrase: Phrase, state: str | None = None) -> bool:
        """Members of one chamber named bare ("Senators said ...") or with their state ("U.S.
        senators") act as that chamber (``chamber`` in agents.yaml): the senate the text names
        ("the Senate"), else the senate of their state, of the dateline's or of the story's.
        Returns whether the phrase was taken as a mention of it."""
        term = self.f.agents.terms.get(phrase.root.lower_)
        if term is None or term.chamber is None or (state is None and len(phrase) > 1):
            return False
        named = [m for m in self.mentions if m.actor in self._orgs and m.kind == "name"
                 and self._orgs[m.actor].lower().split()[-1:] == [term.chamber]
                 and self._agent_of.get(m.actor, (state,))[0] in (state, None)]
        if named:
            oid = min(named, key=lambda m: abs(m.start - phrase.start_char)).actor
        else:
            if state is None:
                if not hasattr(self, "_own_state"):
                    self._own_state = self._home() or self._story_state()
                state = self._own_state
            if state is None:
                return False
            name = f"{self.f.dictionary.entries[state].name} {term.chamber.title()}"
            oid = self._bodies.setdefault((state, term.chamber), "org:" + slug(name))
            self._orgs.setdefault(oid, name)
            self._agent_of.setdefault(oid, (state, term.sector, "body"))
        self.mentions.append(Mention(phrase.start_char, phrase.end_char, oid, "name"))
        self.taken.update(range(phrase.start, phrase.end))
        return True

    def _add_body(self, state: Mention, end: int, guess: AgentGuess, tokens: tuple[int, int]) -> None:
        """The body named from the state's mention to ``end``, one id per state and body words."""
        if self._chamber(self.doc[tokens[1] - 1:tokens[1]], state.actor):
            return  # "U.S. senators": the U.S. Senate
        start = state.start
        after = [w for w in self.text[state.end:end].lower().replace("’", "'").removeprefix("'s").split()
                 if w not in self.f.dictionary.offices.levels]
        oid = self._bodies.setdefault((state.actor, " ".join(after)),
                                      guess.id or "org:" + slug(self.text[start:end].replace("'s ", " ")))
        self._orgs.setdefault(oid, self.text[start:end])
        self._agent_of.setdefault(oid, (state.actor, guess.sector, "body"))
        self.mentions.append(Mention(start, end, oid, "name"))
        self.taken.update(range(*tokens))

    def _described_again(self) -> None:
        """A person introduced with a descriptor that is no office ("Wikivault founder Dara Kellen")
        is who a later "the [Wikivault] founder" means, as "the minister" is the minister named
        before (offices are the coreference step's). Only where one person was introduced with that
        word (two founders: no guess). Tokens found by their ids in the doc's array (speed only)."""
        doc, by_word = self.doc, {}
        for a, _, pid in self.person_hits:
            if a == 0 or pid not in self.persons:
                continue
            noun = doc[a - 1]
            if noun.pos_ == "NOUN" and noun.is_lower and noun.is_alpha and noun.i not in self.office_tokens \
                    and noun.dep_ == "compound" and noun.lower_ not in self.f.dictionary.offices.groups:
                by_word.setdefault(noun.lower_, {})[pid] = a
        for word, ids in by_word.items():
            if len(ids) != 1:
                continue
            (pid, intro), = ids.items()
            for t in (int(t) for t in (self.orths == np.uint64(get_string_id(word))).nonzero()[0]):
                if t <= intro or (t + 1 < len(doc) and (doc[t + 1].pos_ == "PROPN" or doc[t + 1].lower_ == "of")):
                    continue  # before the introduction, introducing a name, or "the founder of" another body
                s = t
                while s > 0 and t - s < 3 and doc[s - 1].pos_ == "PROPN":
                    s -= 1
                if s > 0 and doc[s - 1].lower_ == "the" and not self._blocked(doc[s - 1].idx, doc[t].idx):
                    self.mentions.append(Mention(doc[s - 1].idx, doc[t].idx + len(doc[t]), pid, "title"))

    def _later_mentions(self) -> ActorTable:
        """7. Later mentions, and the table."""
        doc = self.doc
        self._short_names()
        actors = self._actors()
        self._states_only_inside_names(actors)
        # owner50: whose office it is, once (actors/owners.py); debt51: first the body a state's title was read "of"
        owners.give_owners(doc, actors, self.mentions,
                           {pid: p.attrs.owner_at for pid, p in self.persons.items() if p.attrs.owner_at is not None})
        by_id = {a.id: a for a in actors}
        for oid, pid in getattr(self, "_followers", {}).items():
            # "Mr X's allies" are of X's country (_persons_followers)
            if oid in by_id and pid in by_id and by_id[oid].country is None:
                by_id[oid].country = by_id[pid].country
        genders = {p.id: g for p in self.persons.values() if (g := _honorific_gender(p))}
        kinds = {a.id: a.kind for a in actors}
        roles = {a.id: a for a in actors if a.kind == "person"}
        # 7. Later mentions: "the minister", "the alliance", "he".
        later = self.f.coref.later_mentions(doc, self.ctx, self.offices, self.used_offices, self.mentions, kinds, roles,
                                           genders, self.lo, self._blocked)
        for m in later:
            self._by_id[m.actor].mentions.append((m.start, m.end))
        self.mentions.extend(later)
        for actor in actors:
            actor.mentions = sorted(set(actor.mentions))
            # A country of its time: a KGB officer or a Soviet minister in 1987 is the Soviet Union's.
            actor.country = self.f.dictionary.of_its_time(actor.country, None, self.day)
        # 8. Later mentions of states and bodies ("it", "the country", "both sides"): a separate index.
        references = coref.References(doc, self.mentions, {a.id: a for a in actors}, self.lo, self._blocked,
                                       self.text).find()
        holders = self.f.dictionary.holders
        held = {a.id: tuple(h.office for h in holders.people[a.id].holdings if h.office)
                for a in actors if a.kind == "person" and a.id in holders.people} \
            if holders is not None and (self.day is None or self.article.era is not None) else {}
        return ActorTable(actors, self.mentions, genders, references, held)

    def _short_names(self) -> None:
        """evsides35: "the authority" after "the Kenya Ports Authority" is that body again, with its span,
        so the events stage finds a side there (coref.short_names; coref.yaml ``short_names``). A generic
        body made of the same words (org:authority, its name no proper name) gives its mention way."""
        generic = {oid for oid, name in self._orgs.items() if not any(w[:1].isupper() for w in name.split())}
        new, drop = coref.short_names(self.doc, self.text, self.mentions, generic, self.lo, self._blocked, Mention)
        if new:
            self.mentions[:] = [m for i, m in enumerate(self.mentions) if i not in drop] + new

    def _take(self, s: int, e: int) -> None:
        toks = self._tokens(s, e)
        if toks:
            self.taken.update(range(*toks))

    def _home(self) -> str | None:
        """The state whose capital is the dateline's place ("SEOUL" -> KOR), if any."""
        place = self.article_dateline_place
        if not place:
            return None
        d = self.f.dictionary
        form = d.forms.get(place) or d.forms.get(place.title())
        if form and form.kind == "capital":
            return form.actor
        # "MILLBROOK, Ohio (AP)": a province the dateline names after its place (the place itself, a
        # city that is no capital, often hosts others' talks: "STRASBOURG", "GENEVA").
        s, e = self.blocked[0] if self.blocked else (0, 0)
        parts = [part.strip() for part in re.split(r"[,(]", self.text[s:e])][1:]
        return next((d.city_states.get(w) or d.city_states[w.title()] for w in parts
                     if w in d.city_states or w.title() in d.city_states), None)

    def _story_state(self) -> str | None:
        """The state the article names most often, when one clearly leads; else None. A party or
        other organisation of one state the dictionary knows ("the Labour Party", "Fidesz") counts for
        its state: a story about a state's parties is set in that state, whether or not it names it."""
        d = self.f.dictionary
        counts: dict[str, int] = {}
        # (a region named as its state's mention, _region_as_state, still counts as the region)
        states = [m for m in self.mentions if m.actor in d.entries and d.entries[m.actor].kind == "state"
                  and (m.start, m.end) not in getattr(self, "_regions_as_state", ())]
        for m in self.mentions:
            # a state's name or adjective, a group of its people named by it ("Swedish police"), or
            # a body or agency of one state named without it ("the Pentagon": a ministry, no longer
            # a seat of the state; "the Peruvian senate" is counted once, by its adjective)
            state = m.actor if m.actor in d.entries and d.entries[m.actor].kind == "state" else \
                self._groups[m.actor][1] if m.actor in self._groups else \
                self._agent_of[m.actor][0] if m.actor in self._agent_of and self._agent_of[m.actor][2] in _BODY_KINDS \
                and not any(m.start <= s.start and s.end <= m.end for s in states) else \
                d.entries[m.actor].country if m.actor in d.entries and d.entries[m.actor].kind in ("organization", "group") \
                else None
            # (not "Republican anger" in a story from Tokyo: a party adjective that is also a common
            # word (offices.yaml ``party_modifiers``) names the party, not where the story is set)
            if state and not (m.kind == "adjective" and self.text[m.start:m.end] in d.offices.party_modifiers):
                counts[state] = counts.get(state, 0) + 1
        # A story that names no state but a region of one ("Scotland", "the Welsh assembly") is set in
        # the region's state: its ministers and people are that state's.
        placed: set[str] = set()
        named_otherwise = bool(counts)  # a body or group of a state counted above
        if not states:
            for m in self.mentions:
                entry = d.entries.get(m.actor)
                if entry is not None and entry.kind == "place" and entry.country:
                    counts[entry.country] = counts.get(entry.country, 0) + 1
                    placed.add(entry.country)
            # actnoun54: with nothing else named, a city or region of one state where the story happens
            # ("thousands marched in Nairobi", "at a rally in Mombasa": a capital after "in" is no
            # mention) sets the story there, so "police" and "the court" are that state's (they had none).
            if self._home() is None:
                for ent in self.ents:
                    if ent.label == _GPE and (place := ent.text) and (country := d.city_states.get(place)
                                                                    or d.region_states.get(place)):
                        counts[country] = counts.get(country, 0) + 1
                        placed.add(country)
        # The state the dateline sets the story in counts twice: "police" and "the Interior Ministry"
        # in a story from NAIROBI are Kenya's though the text never names Kenya again.
        home = self._home()
        if home:
            counts[home] = counts.get(home, 0) + 2
        elif (city := self._dateline_city_state()) is not None:
            # A dateline city that is no capital ("ROTTERDAM", "SYDNEY") counts once, and twice when the
            # story names no other state: a port strike from ROTTERDAM that names no state is a Dutch
            # story. Not at all in a story that names an international body: such cities host its
            # meetings and offices ("GENEVA", "NEW YORK"), and the story is the body's, not the host's.
            # A dateline that names the state itself ("SAPPORO, Japan") counts twice: the reporter says
            # where the story is filed from, as a capital does.
            if not any(m.actor in d.entries and d.entries[m.actor].kind == "igo" for m in self.mentions):
                counts[city] = counts.get(city, 0) + (2 if set(counts) <= {city} or city == self._dateline_named_state()
                                                      else 1)
        self._story_counts = counts
        # actfix52: a story that names no state, no state's body or group, and places of one state only
        # ("Sewage spills in the south of England", "a Democrat from Ohio") is set in that state though it
        # names the place once: a place says where the story is, never another side (a state named once
        # may be the foreign side, so two are wanted there).
        least = 1 if not states and not named_otherwise and len(placed) == 1 and set(counts) == placed else 2
        return _clear_leader(counts, least=least)

    def _unmarked_officials_state(self) -> str | None:
        """With no dateline: the state of a story's officials whose titles name no state ("Finance
        Minister X"), when other officials' titles do name theirs ("U.S. Commerce Secretary Y"): a
        reporter marks the foreign side's officials and leaves the home side's bare, so the home
        side is the state the story names most often among the others (twice at least, clearly
        ahead). None when no official's state is named in the words, or no other state leads. Why:
        a Canadian story of American tariffs names the United States most often, and its bare
        "Finance Minister" and premiers went to Washington."""
        if hasattr(self, "_unmarked_state"):  # (read once: nothing it reads changes while actors are made)
            return self._unmarked_state
        self._unmarked_state = self._find_unmarked_officials_state()
        return self._unmarked_state

    def _find_unmarked_officials_state(self) -> str | None:
        d = self.f.dictionary
        firsts: dict[str, int] = {}
        for m in self.mentions:
            if m.actor in self.persons and m.start < firsts.get(m.actor, len(self.text)):
                firsts[m.actor] = m.start
        # (marked: the state's name or adjective stands just before the title, in the same sentence)
        marked = {p.attrs.country for p in self.persons.values()
                  if p.attrs.country and not p.attrs.guessed and p.attrs.role and p.attrs.sector in _STATE_SECTORS
                  and p.id in firsts and any(m.actor == p.attrs.country and m.end <= firsts[p.id] < m.end + 50
                                             and d.entries.get(m.actor) is not None
                                             and "." not in self.text[m.end:firsts[p.id]]
                                             for m in self.mentions)}
        if not marked:
            return None
        if not hasattr(self, "_story_counts"):
            self._story_state()
        counts = {k: v for k, v in self._story_counts.items() if k not in marked}
        return _clear_leader(counts, least=2)

    def _dateline_city_state(self) -> str | None:
        """The state of the dateline's place when it is a city or region of one state that is not its
        capital (states.yaml ``places``: "ROTTERDAM" -> NLD, "SYDNEY" -> AUS); None otherwise."""
        place = self.article_dateline_place
        if not place:
            return None
        d = self.f.dictionary
        cities = d.city_states
        # "KUSHIRO, Japan, Oct. 5 Kyodo -": a state's own name after a city the tables do not list is
        # the state the city is in (a city of that state, so not the home a capital makes: a host
        # city's story may be an international body's, as "STRASBOURG, France" is).
        # (evperson34: "RIO DE JANEIRO" is "Rio de Janeiro", which str.title() spells "Rio De Janeiro": the
        # lower-case name finds a city whose name has a particle)
        return cities.get(place) or cities.get(place.title()) or d.city_states_lower.get(place.lower()) \
            or self._dateline_named_state()

    def _dateline_named_state(self) -> str | None:
        """The state the dateline names by its own name after the place ("SAPPORO, Japan, Oct. 5")."""
        if not self.article_dateline_place or not self.blocked:
            return None
        d = self.f.dictionary
        s, e = self.blocked[0]
        return next((form.actor for w in (part.strip() for part in re.split(r"[,(]", self.text[s:e])[1:])
                     if (form := d.forms.get(w)) is not None and form.kind == "name"
                     and d.entries[form.actor].kind == "state"), None)

    def _home_office(self, role: str | None) -> bool:
        """Whether a role is an office of a body of one state's own politics ("Union Spokesman",
        "Committee Chairman": offices.yaml ``home_offices``)."""
        words = self.f.dictionary.offices.home_offices
        return role is not None and any(w in words for w in re.split(r"[\s'’-]+", role.lower()))

    def _officials_state(self) -> str | None:
        """The state that the story's officials with a known state serve, when one clearly leads."""
        counts: dict[str, int] = {}
        for p in self.persons.values():
            sector = p.attrs.sector or (p.entry.sector if p.entry else None)
            country = (p.attrs.country if not p.attrs.guessed else None) or (p.entry.country if p.entry else None)
            if country and sector in _STATE_SECTORS:
                counts[country] = counts.get(country, 0) + 1
        return _clear_leader(counts)

    def _person(self, pid: str, name: str, entry: Entry | None = None) -> None:
        if pid not in self.persons:
            self.persons[pid] = _Person(pid, entry.name if entry else name, entry)

    def _actors(self) -> list[Actor]:
        d = self.f.dictionary
        by_id: dict[str, Actor] = {}
        first: dict[str, int] = {}
        # The story's state, read once for all the actors made here: nothing it reads (the mentions,
        # groups, agents, dateline) changes while they are made (speed only).
        story: list[str | None] = []

        def story_state() -> str | None:
            if not story:
                story.append(self._story_state())
            return story[0]

        for m in sorted(self.mentions, key=lambda m: m.start):
            first.setdefault(m.actor, m.start)
            if m.actor not in by_id:
                by_id[m.actor] = self._new_actor(m.actor, d, story_state)
                if "\n" in by_id[m.actor].name:  # a name over a line break of wire copy, written on one line
                    by_id[m.actor].name = " ".join(by_id[m.actor].name.split())
                if by_id[m.actor].kind in ("organization", "group") and m.actor not in d.entries:
                    by_id[m.actor].name = self._without_trailing_mark(by_id[m.actor].name)
            by_id[m.actor].mentions.append((m.start, m.end))
        self._by_id = by_id
        return sorted(by_id.values(), key=lambda a: first[a.id])

    @staticmethod
    def _without_trailing_mark(name: str) -> str:
        """actrec46: an organisation's name less a possessive's mark spaCy ran onto its end ("a case brought
        by consumer group Voix-Usagers Ferrand's rail arm", "the Association of Chief Pilots' guidance"):
        the name printed so matched no reader's name for the body. (Cutting an owner's possessive off
        the front, "Velmora's Coastal Fisheries Authority" -> "Coastal Fisheries Authority", was tried
        and dropped: readers name such bodies both ways, and it lost one written with its owner.)"""
        if name.endswith(("'s", "’s")) and " " in name and not name[:-2].endswith(" "):
            return name[:-2]
        if name.endswith(("s'", "s’")) and " " in name:
            return name[:-1]
        return name

    def _new_actor(self, actor_id: str, d: Dictionary, story_state: Callable[[], str | None]) -> Actor:
        person = self.persons.get(actor_id)
        if person is not None:
            attrs, entry = person.attrs, person.entry
            if entry is not None and entry.id in d.dated and d.holders is not None:
                entry = self._on_the_day(entry, d.holders)
            if entry is not None and entry.country and attrs.guessed:
                # The dateline's state is only a guess for an official; the table knows this person.
                attrs = replace(attrs, country=None)
            if entry is not None and attrs.role is None:  # the text wins; the dictionary fills in
                return Actor(actor_id, person.name, "person", attrs.country or entry.country, entry.role,
                             entry.sector)
            country = attrs.country or (entry.country if entry else None)
            if country is None and entry is None and attrs.igo:
                # actstate37: an international body's officer ("UN spokesperson X", persons.py
                # _office_of_an_igo) serves no state: none of the story's fallbacks below is theirs.
                return Actor(actor_id, person.name, "person", None, attrs.role, attrs.sector)
            if country is None and attrs.role and attrs.sector not in _STATE_SECTORS:
                # "Cardinal X ... The Chilean cardinal urged": a later "the <state's adjective>
                # <the person's office>" gives their state, when no one else holds that office (not an
                # official's: "the Swedish minister" is as often a counterpart the story names no more).
                country = self._described_with_state(actor_id, attrs.role)
            if country is None and entry is None and attrs.principal is not None:
                # "the Rural Bonds Office's chief executive X", "director of the Vardenian
                # export agency": the body the office serves says whose it is.
                country = self._principal_body_state(attrs.principal, d, story_state)
            if country is None and entry is None and attrs.role and attrs.sector in _STATE_SECTORS:
                # "Hokkaido Governor X": a region or city the tables list inside the role (read as one
                # title with it) is the office's, and its state the person's, as "Kano governor X" is.
                country = self._role_place_state(attrs.role)
            if country is None and entry is None and attrs.role and attrs.sector in _STATE_SECTORS \
                    and any(attrs.role.lower().endswith(w) for w in d.offices.local_offices):
                # evperson34: "The city's mayor, X," datelined RIO DE JANEIRO: a city's or county's official
                # is of the state the dateline's city lies in (offices.yaml ``local_offices``)
                country = self._dateline_city_state()
            if country is None and entry is None and attrs.sector in _DATELINE_SECTORS:
                # "Waseda University professor X" in a dispatch from TOKYO: a scholar a wire reporter
                # quotes is most often of the dateline's state (not the story's: a foreign story's
                # scholar is often the reporter's own country's).
                country = self._home() or self._dateline_city_state()
            if country is None and entry is None and (past := self._past_passage_state(actor_id)) is not None:
                # A person first named in a passage set decades before the article that has a state for
                # its subject ("In 1960, Vardenia gained independence. X was elected prime minister"):
                # that state; the story's state of today is no clue to whom they served then.
                return Actor(actor_id, person.name, "person", past, attrs.role, attrs.sector)
            if country is None and (attrs.sector in _STATE_SECTORS_OR_OWN_PEOPLE
                                    or (attrs.role is None and entry is None)
                                    or (entry is None and attrs.role is not None and attrs.sector in _STORY_PEOPLE
                                        and not self._serves_a_body(attrs.principal))
                                    or (entry is None and self._home_office(attrs.role))):
                # An official whose state neither the text nor the table gives ("Commerce Secretary
                # X", "the deputy prosecutor X") most often serves the state the story is about, and a
                # person the story names with no office at all (a protester, a veteran) is most often
                # one of its people. An official goes first with the state the story's other officials
                # serve ("Commerce Secretary X" in a story whose President is American). A former office
                # holder, an opposition figure and a militia's or a gang's leader are the story's own
                # people too (_OWN_PEOPLE), and so is an officer of a body of one state's own politics, a
                # trade union's spokesman or a committee's chairman (offices.yaml ``home_offices``).
                if attrs.role and attrs.sector in _STATE_SECTORS and not self.article_dateline_place:
                    country = self._unmarked_officials_state()
                if country is None:
                    country = (self._officials_state() if attrs.sector in _STATE_SECTORS_OR_ELI else None) \
                        or story_state()
            if country is None and entry is None and self._works_for_unplaced_body(actor_id, attrs, d, story_state):
                # actorg44: "X, chief executive of the Tarnwick Learning Trust", "Evening Chronicle reporter
                # X" in copy with no dateline (a BBC page): a civil body no table places is, as its
                # staff are, of the state the story is set in (else the one state its other persons
                # serve); only a story of one state, that names no other twice (a BBC story of a Balkan
                # pipeline quotes an American firm's head).
                country = story_state()
                if country is None:
                    country = self._persons_state()
                elif any(n > 1 for state, n in self._story_counts.items() if state != country):
                    country = None
            return Actor(actor_id, person.name, "person", country, attrs.role, attrs.sector)
        if actor_id in self._groups and actor_id not in d.entries:
            name, country, sector = self._groups[actor_id]
            return Actor(actor_id, name, _group_kind(sector), country, None, sector)
        entry = d.entries.get(actor_id)
        if entry is not None:
            return Actor(actor_id, entry.name, entry.kind, entry.country, entry.role, entry.sector)
        if actor_id in self._agent_of and actor_id not in d.entries:
            country, sector, kind = self._agent_of[actor_id]
            # "police", "protesters": the story's own, as for persons; "Western diplomats", "foreign
            # envoys" are of several states or of none (``blocs`` of agents.yaml), not the story's.
            # Unions and employers act at home (``country: story`` in agents.yaml): the story's too.
            # (actnoun54: nor a group of agents.yaml `country: none`, "coalition forces", "member states": of
            # several states or none, as its entry says; they were given the story's state and read as its acts)
            if country is None and (sector in _STATE_SECTORS_OR_CVL_OPP_REB_PTY or actor_id in self._home_groups) \
                    and actor_id not in self._stateless_groups and not self._of_a_bloc(self._orgs.get(actor_id, "")):
                # actstate37: a state body named without its state ("the Trade Ministry", "the central
                # bank", agents.yaml ``bodies``) is the state's whose bodies the story names bare, as "the
                # army" and "parliament" are (_own: the dateline's capital's, else the story's), so that the
                # two paths agree: a TAIPEI story full of "U.S. dollars" names Taiwan's own ministries bare.
                # Groups of people ("officials", "protesters") stay the story's.
                country = self._own() if kind == "body" and sector in _STATE_SECTORS and self._bare_home_body(actor_id) \
                    else story_state()
                # Bare "soldiers", "troops" in a story that names another state's armed forces are
                # either side's (a border clash, a war): the story's state only where no other
                # state's forces are named.
                if country is not None and sector == "MIL" and self._other_state_armed(country):
                    country = None
                # actctx36: a bare body word that an international body the story named before it goes
                # by (igos.yaml ``nouns``: "the Commission" after "the EU", "the Court" after "the European
                # Court of Justice") is that body's, of no state: not the story's state, which in such a
                # story is only the member it names most.
                if country is not None and self._igo_noun_before(actor_id):
                    country = None
            return Actor(actor_id, self._orgs.get(actor_id, actor_id),
                         _group_kind(sector) if kind == "group" else "organization", country, None, sector)
        if actor_id in self._company:
            return Actor(actor_id, self._orgs.get(actor_id, actor_id), "organization", self._company[actor_id],
                         None, "BUS")
        return Actor(actor_id, self._orgs.get(actor_id, actor_id), "organization")

    def _works_for_unplaced_body(self, actor_id: str, attrs: Attributes, d: Dictionary,
                                 story_state: Callable[[], str | None]) -> bool:
        """Whether a person with an office, in copy with no dateline, works for an organisation or group
        the text names (after "of", "for" or "to" the office: ``attrs.principal``; or just before the
        office in a title: "Evening Chronicle reporter X") that no table knows and that has no country
        of its own. Not an international body's officer."""
        if self.article_dateline_place or attrs.igo or not attrs.role:
            return False
        doc, text = self.doc, self.text
        spans: list[tuple[int, int]] = []
        if attrs.principal is not None:
            a, b = attrs.principal
            spans.append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])))
        title = re.compile(r"(?:'s|’s)?\s+" + r"\s+".join(map(re.escape, attrs.role.split())) + r"\s+$", re.IGNORECASE)
        for a, _b, pid in self.person_hits:
            if pid == actor_id and (m := title.search(text, max(0, doc[a].idx - 80), doc[a].idx)) is not None:
                spans.append((m.start(), m.start()))
        if not spans:
            return False
        for m in self.mentions:
            if not any(m.start < b and a < m.end or m.end == a == b for a, b in spans) \
                    or m.actor in self.persons or m.actor in d.entries:
                continue
            body = self._new_actor(m.actor, d, story_state)
            if body.kind in ("organization", "group") and body.country is None:
                return True
        return False

    def _role_place_state(self, role: str) -> str | None:
        """The state of a city or region (states.yaml ``places``, places.yaml) named by one to three
        of the role's words ("Hokkaido Governor" -> JPN); None if none is."""
        d, words = self.f.dictionary, role.split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                place = " ".join(words[i:i + n])
                state = d.city_states.get(place) or d.region_states.get(place)
                if state:
                    return state
        return None

    def _described_with_state(self, actor_id: str, role: str) -> str | None:
        """The state whose adjective stands before the person's office in a later "the <adjective>
        <office>" ("the Chilean cardinal"), when no other person of the story has that office."""
        head = role.lower().split()[-1]
        if any(p.id != actor_id and p.attrs.role and p.attrs.role.lower().split()[-1] == head
               for p in self.persons.values()):
            return None
        d = self.f.dictionary
        first = min((m.start for m in self.mentions if m.actor == actor_id), default=len(self.text))
        # (\b before "The"/"the" as the word-edge check after its first letter, so that the scan skips to the
        # next T or t: the same matches; speed only)
        for m in re.compile(r"[Tt](?<!\w[Tt])he ((?:[A-Z][\w-]* ){1,2})" + re.escape(head) + r"\b").finditer(self.text, first):
            form = d.forms.get(m.group(1).strip())
            if form is not None and form.kind == "adjective" and d.entries[form.actor].kind == "state":
                return form.actor
        return None

    def _serves_a_body(self, span: tuple[int, int] | None) -> bool:
        """Whether the tokens of ``span`` (whom an office serves) name an organisation or group: "director
        of the rights group X" is X's, and of no state when X has none."""
        if span is None:
            return False
        a = self.doc[span[0]].idx
        b = self.doc[span[1] - 1].idx + len(self.doc[span[1] - 1])
        return any(m.start < b and a < m.end and m.actor not in self.persons
                   and not (m.actor in self.f.dictionary.entries and self.f.dictionary.entries[m.actor].kind == "state")
                   for m in self.mentions)

    def _principal_body_state(self, span: tuple[int, int], d: Dictionary,
                              story_state: Callable[[], str | None]) -> str | None:
        """The country of the organisation or group (not a person) named in the tokens of ``span``,
        when the stage gives it one."""
        if span[1] - span[0] == 1 and self.doc[span[0]].lower_ == "its":
            return self._its_state(span[0], d, story_state)
        a = self.doc[span[0]].idx
        b = self.doc[span[1] - 1].idx + len(self.doc[span[1] - 1])
        for m in self.mentions:
            if m.start < b and a < m.end and m.actor not in self.persons:
                body = self._new_actor(m.actor, d, story_state)
                if body.kind in ("organization", "group") and body.country:
                    return body.country
        return None

    def _its_state(self, i: int, d: Dictionary, story_state: Callable[[], str | None]) -> str | None:
        """ "Its chairman, X": the state of what the sentence before is about: the last actor other
        than a person named in the subject of that sentence ("Ferlys's largest shareholder, the Italian
        group Binari Uniti, declined ... Its chief executive"): a state itself, an organisation's
        country."""
        doc = self.doc
        if i == 0:
            return None
        sent = doc[i - 1].sent
        subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subject is None:
            return None
        left, right = subject.left_edge, subject.right_edge
        # (the subject's apposition, "X, the Italian group Y,", is in its subtree)
        a, b = left.idx, right.idx + len(right)
        inside = [m for m in self.mentions if a <= m.start and m.end <= b and m.actor not in self.persons]
        if not inside:
            return None
        for m in sorted(inside, key=lambda m: (m.start, -m.end), reverse=True):
            entry = d.entries.get(m.actor)
            if entry is not None and entry.kind == "state":
                return entry.id  # (or the state in the subject that describes the body: "the Italian group Y")
            body = self._new_actor(m.actor, d, story_state)
            if body.kind in ("organization", "group") and body.country:
                return body.country
        return None

    def _past_passage_state(self, actor_id: str) -> str | None:
        """For a person first named in a sentence that a year at least ``_PAST_YEARS`` before the
        article's date sets in the past (a year in that sentence or the one before it): the state that
        is the subject of the sentence before it or of the person's own; None when none is, when the
        passage is not set in the past or when the article has no date. The first of the person's
        mentions in such a passage counts (a book's title may name them first)."""
        day = self.day  # the published date, else the reference date the caller gave
        if day is None:
            return None
        doc, table = self.doc, token_table(self.doc)
        for m in sorted((m for m in self.mentions if m.actor == actor_id), key=lambda m: m.start):
            toks = self._tokens(m.start, m.end)
            if toks is None:
                continue
            # (the sentence and the one before it by their bounds, their text sliced from the article's:
            # Span.text makes a token object per word; speed only)
            first, last = sentence_bounds(doc, toks[0])
            bounds = [(first, last)] + ([sentence_bounds(doc, first - 1)] if first > 0 else [])
            if any(int(y) <= day.year - _PAST_YEARS for a, b in bounds
                   for y in _years(self.text[table.idx[a]:table.ends[b - 1]])):
                return self._subject_state(doc[bounds[1][0]:bounds[1][1]] if first > 0 else None, doc[first:last])
        return None

    def _subject_state(self, before: Phrase | None, sent: Phrase) -> str | None:
        """The state that is the subject of ``before`` (the sentence before) or else of ``sent``."""
        d = self.f.dictionary
        for span in ([before] if before is not None else []) + [sent]:
            subject = next((t for t in kids_of(span.root) if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            a, b = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            state = next((m.actor for m in self.mentions if a <= m.start and m.end <= b
                          and m.actor in d.entries and d.entries[m.actor].kind == "state"), None)
            if state:
                return state
        return None

    def _other_state_armed(self, state: str) -> bool:
        """Whether the text names armed forces of a state other than ``state`` ("Indian soldiers",
        "the Syrian army", "Russian troops"): a state only named as a place or a border does not
        count."""
        d = self.f.dictionary
        for m in self.mentions:
            if m.actor in d.entries and d.entries[m.actor].kind == "state":
                if m.sector == "MIL" and m.actor != state:
                    return True
            elif m.actor in self._groups:
                if self._groups[m.actor][2] == "MIL" and self._groups[m.actor][1] not in (None, state):
                    return True
            elif m.actor in self._agent_of:
                country, sector, _ = self._agent_of[m.actor]
                if sector == "MIL" and country not in (None, state):
                    return True
        return False

    def _igo_noun_before(self, actor_id: str) -> bool:
        """Whether the body's name is "the" and one word that is a noun of an IGO the text names before
        the body's first mention (igos.yaml ``nouns``) or a body of it (offices.yaml ``igo_bodies``)."""
        words = self._orgs.get(actor_id, "").lower().split()
        if words[:1] == ["the"]:
            words = words[1:]
        if len(words) != 1:
            return False
        d = self.f.dictionary
        first = min((m.start for m in self.mentions if m.actor == actor_id), default=0)
        owners = d.offices.igo_bodies.get(words[0], {})
        return any(m.start < first and (e := d.entries.get(m.actor)) is not None and e.kind == "igo"
                   and (words[0] in e.nouns or m.actor in owners) for m in self.mentions)

    def _bare_home_body(self, actor_id: str) -> bool:
        """actstate37: whether a state body with no state in its words is one the story names bare as its
        own: one body (not "lending agencies", "ministries": several states' or none's), not listed after
        a phrase that names a state ("officials in the Tokyo Stock Exchange, the Ministry of Finance": the
        state named in the list owns it). Then the dateline's state is its state (_own), as for "the army"."""
        first = min((m for m in self.mentions if m.actor == actor_id), key=lambda m: m.start, default=None)
        if first is None or (toks := self._tokens(first.start, first.end)) is None:
            return False
        doc = self.doc
        if doc[toks[1] - 1].tag_ in ("NNS", "NNPS"):
            return False
        # (nor a body the text names elsewhere with another state before the same words: "the U.S.
        # Defence Department" makes a bare "Defence Department" in a TOKYO story that one)
        words = " " + self._orgs.get(actor_id, "").lower().removeprefix("the ")
        if any(oid != actor_id and name.lower().endswith(words) and self._agent_of.get(oid, (None,))[0] not in (None, self._own())
               for oid, name in self._orgs.items()):
            return False
        root = doc[toks[1] - 1]
        if root.dep_ not in ("conj", "appos"):
            return True
        head = root.head
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:  # the list's first item
            head = head.head
        a, b = doc[head.left_edge.i].idx, first.start
        d = self.f.dictionary
        return not any(a <= m.start < b and m.actor in d.entries and d.entries[m.actor].kind == "state"
                       for m in self.mentions)

    def _of_a_bloc(self, name: str) -> bool:
        words = name.lower().split()
        blocs = self.f.agents.blocs
        return any(w in blocs or " ".join(words[k:k + 2]) in blocs for k, w in enumerate(words[:-1]))

    def _on_the_day(self, entry: Entry, holders: OfficeHolders) -> Entry:
        """A known person as the table has them on the article's date (their latest office when the
        article has no date): a former office holder is ELI, "former Chancellor", not the office."""
        held = holders.holding(entry.id, self.day)
        if held is None:
            return entry
        role = held.office or (f"former {held.former}" if held.former else None)
        country = held.country
        if country is None and not held.body:  # an office of no state and no body (a special envoy):
            country = next((h.country for h in reversed(holders.people[entry.id].holdings) if h.country), None)
        return replace(entry, country=country, role=role, sector=held.sector)


def _clear_leader(counts: dict[str, int], least: int = 1) -> str | None:
    """The key with the highest count, where it has ``least`` at least and no other has as many; else
    None (the story's state, its officials' state: one state clearly leads or none is chosen)."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < least or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda k: counts[k])


def _chunks_holding(doc: Doc, marked: list[int]) -> Iterator[tuple[int, int, int]]:
    """(start, end, label) of the noun chunks that hold one of the ``marked`` token indices
    (sorted), in order. spaCy's ``doc.noun_chunks`` reads every word of the doc, and a chunk never
    crosses a sentence: a sentence with no marked token has no chunk that holds one; and the caller
    makes a Span of a chunk only when it needs one (speed only)."""
    k = 0
    if not marked:
        return
    chunks = doc.noun_chunks_iterator
    if chunks is not english_noun_chunks:
        sentences: Iterable[tuple[int, int]] = ((s.start, s.end) for s in doc.sents)
        between = lambda first, last: chunks(doc[first:last])  # noqa: E731
    else:  # the same chunks from the doc's arrays, and no Span of every sentence (speed only)
        between = _EnglishNounChunks(doc).between
        sentences = _sentence_bounds(doc)
    for first, last in sentences:
        k = bisect.bisect_left(marked, first, k)
        if k < len(marked) and marked[k] < last:
            for start, end, label in between(first, last):
                n = bisect.bisect_left(marked, start, k)
                if n < len(marked) and marked[n] < end:
                    yield start, end, label


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(first token, token after the last) of each of ``doc.sents``, in order, from the doc's array
    of sentence starts (the bounds spaCy's ``Doc.sents`` makes its Spans of; speed only)."""
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]  # as spaCy does: none, or its error for a doc unparsed
    cuts = [0, *((token_table(doc)._ids(SENT_START)[1:] == 1).nonzero()[0] + 1).tolist(), len(doc)]
    return list(zip(cuts, cuts[1:], strict=False))


class _EnglishNounChunks:
    """spaCy's English ``noun_chunks`` (``spacy/lang/en/syntax_iterators.py``), the same chunks in
    the same order, with a token object only for a noun or pronoun whose label can head a chunk:
    spaCy's own makes one of every word of the sentence (speed only)."""

    LABELS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        self.np_deps = frozenset(strings.add(label) for label in self.LABELS)
        self.conj, self.np_label = strings.add("conj"), strings.add("NP")
        table = token_table(doc)
        pos, dep = table.pos_ids, table.dep_ids
        self.deps = table.dep_id
        nominal = ((pos == spacy.symbols.NOUN) | (pos == spacy.symbols.PROPN) | (pos == spacy.symbols.PRON)).nonzero()[0]
        labels = np.array(sorted(self.np_deps | {self.conj}), dtype=dep.dtype)
        # the only words that can end a chunk (the nominal words with one of the labels, by numpy)
        self.candidates = nominal[is_in(dep[nominal], labels)].tolist()

    def __call__(self, sent: Phrase) -> Iterator[tuple[int, int, int]]:
        return self.between(sent.start, sent.end)

    def between(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """The chunks of the sentence of tokens [start, end)."""
        doc, np_deps, conj, deps = self.doc, self.np_deps, self.conj, self.deps
        vocab = doc.vocab
        first = bisect.bisect_left(self.candidates, start)
        prev_end = -1
        for i in self.candidates[first:bisect.bisect_left(self.candidates, end, first)]:
            tok = Token(vocab, doc, i)  # (doc[i]: arrays.kids_of's note, speed26)
            left = tok.left_edge.i
            if left <= prev_end:  # no chunk nested in another
                continue
            if deps[i] in np_deps:
                prev_end = i
                yield left, i + 1, self.np_label
            elif deps[i] == conj:
                head = tok.head
                while head.dep == conj and head.head.i < head.i:
                    head = head.head
                if head.dep in np_deps:  # coordinated to a noun phrase: one too
                    prev_end = i
                    yield left, i + 1, self.np_label


def _title_case_headline(text: str, span: Span | None) -> Span | None:
    """The headline's span when it is written in title case (four words or more, and all but its
    small words capitalised: "Flood Aid Stalls as Rival Factions Trade Blame"), else None."""
    if span is None:
        return None
    words = re.findall(r"[A-Za-z][\w'-]*", text[span[0]:span[1]])
    big = [w for w in words if w.lower() not in _HEADLINE_SMALL]
    if len(words) < 4 or not big or any(not w[0].isupper() for w in big) or all(w.isupper() for w in big):
        return None
    return span


# A possessive's marks: "People's", "Teachers'" (spaCy splits both off as tokens).
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# The longest initials read as a body's ("SADTEWAU said"): unions and federations of a trade in Africa
# and South Asia run to seven or eight letters (actors19: six left every longer one unread); longer
# capitals are words written in capitals, not initials.
_INITIALS_MAX = 8

# Small words inside an organisation's name between its capitalised ones ("Voices for a Free Belarus").
_NAME_SMALL_WORDS = frozenset({"for", "of", "a", "an", "on"})

# Words a title-case headline may leave in lower case.
_HEADLINE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "as", "at", "by", "for", "in", "of", "on",
                             "to", "up", "with", "over", "from", "into", "after", "amid", "vs", "via"})


def _hyphenated_word(span: Phrase) -> bool:
    """Whether ``span`` is one word of two capitalised halves joined by a hyphen with no space
    ("Okonkwo-Bell": three tokens)."""
    return len(span) == 3 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ \
        and span[0].is_alpha and span[2].is_alpha and span[0].is_title and span[2].is_title


# speed27: whether each word met is shaped as initials may be (_initials_shaped), by its slot in
# dictionary.seen_ids() (0: not read yet, 1: no, 2: yes), for the vocab and the generation of slots read
# last: only a doc's new words are looked up, not two flags read of each token.
_SHAPED: list = [None, 0, np.zeros(0, dtype=np.uint8)]


def _initials_shaped(doc: Doc) -> list[int]:
    """The indices, in order, of the words written as initials may be (``_Run._initials``: alphabetic,
    in capitals, two to eight letters), from each distinct word's lexeme flags (``is_alpha``,
    ``is_upper``: the flags of its tokens) and length, read once per word met: the gate of the steps
    that read initials (speed only; speed27: ``doc.to_array([IS_ALPHA, IS_UPPER])`` read two flags of
    every token, where most words were met before)."""
    table = token_table(doc)  # (the doc's array, shared with the other stages)
    if not table.n:
        return []
    seen = seen_ids()
    words, slots, places = seen.of(doc, table.orth_ids)
    vocab = doc.vocab
    if _SHAPED[0] is not vocab or _SHAPED[1] != seen.generation:  # (another vocab, or the slots cleared)
        _SHAPED[:] = [vocab, seen.generation, np.zeros(0, dtype=np.uint8)]
    marks = _SHAPED[2] = seen.fitted(_SHAPED[2])
    known = marks[slots]  # each distinct word's
    new = (known == 0).nonzero()[0]
    if len(new):
        marks[slots[new]] = [1 + (lex.is_alpha and lex.is_upper and 2 <= len(lex.orth_) <= _INITIALS_MAX)
                             for lex in (vocab[w] for w in words[new].tolist())]
        known = marks[slots]
    return (known == 2)[places].nonzero()[0].tolist()


def _spelled_initials(name: str) -> str | None:
    """The initials a name's capitalised words spell ("Asian Development Bank": "ADB"; "Organisation
    for Economic Co-operation and Development": "OECD"), or None for a name of fewer than two such
    words or one written in capitals."""
    letters = [w[0] for w in name.split() if w[:1].isupper() and not w.isupper()]
    return "".join(letters) if len(letters) >= 2 else None


def _is_acronym(word: str) -> bool:
    """"CNE", "PARU", "Monamo": letters only, capitalised, not a plain capitalised word of three
    letters or fewer."""
    return word.isalpha() and word[:1].isupper() and len(word) >= 2 and \
        (sum(c.isupper() for c in word) >= 2 or len(word) > 3)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("Islamic Development Bank" -> "IDB")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _next_word(text: str, i: int) -> str:
    """The letters from ``i`` up to the first that is no letter."""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


def _join_coordinated(doc: Doc, ents: tuple[Phrase, ...], heads: frozenset[str],
                      bodies: frozenset[str] = frozenset(), particles: frozenset[str] = frozenset()) -> tuple[Phrase, ...]:
    """The entities with an organisation's name cut at "and" joined again: "the Public and Commercial
    Services Union" comes from spaCy as "Public" and "Commercial Services Union" (offices.yaml
    ``coordinated_heads``). Only a lone capitalised word before "and" that is no place, person or
    nation is read as the name's first word, so "Britain and the Farmers Union" stay two."""
    out: list[Phrase] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # the portfolio's last word, joined to the name before it (below)
        if ent.label != _ORG:  # (every rule below mends an organisation's name: speed only)
            out.append(ent)
            continue
        if (joined := _portfolio_run_on(doc, ent, heads, bodies)) is not None:
            out.append(joined)
            continue
        if (joined := _line_break_run_on(doc, ent)) is not None:
            out.append(joined)
            continue
        if (cut := _cut_at_parenthesis(doc, ent)) is not None:
            out.append(cut)
            continue
        if (parts := _cut_at_comma_before_name(doc, ent)) is not None:
            out.extend(parts)
            continue
        if (joined := _particle_run_on(doc, ent, particles)) is not None:
            out.append(joined)
            continue
        if (joined := _run_on_past_and(doc, ent)) is not None:
            out.append(joined)
            continue
        if (joined := _one_subject_of_two_names(doc, ent)) is not None:
            if out and out[-1].start == joined.start:
                out.pop()  # the first word, an entity of its own
            out.append(joined)
            continue
        if (joined := _places_joined_after_of(doc, ent)) is not None:
            out.append(joined)
            continue
        a = ent.start
        if ent.label == _ORG and ent[-1].lower_ in heads and a >= 2 and doc[a - 1].lower == WORD_AND \
                and doc[a - 2].is_title and doc[a - 2].pos_ in ("PROPN", "ADJ", "NOUN") \
                and doc[a - 2].ent_type_ in ("", "ORG") and (a < 3 or not doc[a - 3].is_title or doc[a - 3].lower_ == "the"):
            if out and out[-1].end == a - 1 and out[-1].start == a - 2:
                out.pop()  # the first word, an entity of its own
            if not out or out[-1].end <= a - 2:
                out.append(Phrase(doc, a - 2, ent.end, label="ORG"))
                continue
        out.append(ent)
    return tuple(out)


def _past_agency_lead(doc: Doc, ents: tuple[Phrase, ...], lead_end: int) -> tuple[Phrase, ...]:
    """The entities with an agency's credit before a dash cut off ("AP - The Velmora Ports Authority" ->
    "The Velmora Ports Authority"; ``lead_end``: the character where the body's words begin after
    the credit): an entity that runs from the credit into the body keeps only its words after the
    credit when they still read as a name: two words or more with a proper noun among them, or one
    word in capitals ("AP - FBI agents ..."); not one capitalised common word that opens the sentence
    ("AP - Tears and gunshots ...", "AP - Islanders scrambled ..."), nor a place in capitals before a
    bracket (the dateline of a digest's second credit: "Canadian Press - HALIFAX, N.S. (CP)")."""
    out: list[Phrase] = []
    for ent in ents:
        if ent.start_char < lead_end < ent.end_char:
            a = next((t.i for t in ent if t.idx >= lead_end), ent.end)
            words = [t for t in doc[a:ent.end] if t.is_alpha]
            named = len(words) > 1 and any(t.pos_ == "PROPN" for t in words) or len(words) == 1 and words[0].is_upper
            place = all(t.is_upper for t in words) and any(t.text == "(" for t in doc[ent.end:ent.end + 6])
            if named and not place:
                out.append(Phrase(doc, a, ent.end, label=ent.label))
            continue
        out.append(ent)
    return tuple(out)


def _run_on_past_and(doc: Doc, ent: Phrase) -> Phrase | None:
    """An organisation's entity that ends in "and" ("Gorse and" + "Heath" read as a place): spaCy cut
    the name inside; it runs on over the capitalised words after "and" (up to three). Without it the
    body was printed as "Gorse and"."""
    if len(ent) < 2 or ent[-1].lower_ not in ("and", "&"):
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return Phrase(doc, ent.start, end, label="ORG") if end > ent.end else None


def _one_subject_of_two_names(doc: Doc, ent: Phrase) -> Phrase | None:
    """Two one-word organisation entities joined by "and" that take a singular verb ("Cable and Cord
    has faced ...", "Marsh and Reed says ..."): coordinated subjects take a plural verb, so the two
    words are one company's or charity's name that spaCy cut at "and"."""
    a = ent.start
    if len(ent) != 1 or a < 2 or doc[a - 1].lower != WORD_AND or ent.end >= len(doc) or doc[ent.end].tag != TAG_VBZ:
        return None
    first = doc[a - 2]
    if first.ent_type_ != "ORG" or first.ent_iob_ != "B" or (a - 1 < len(doc) and doc[a - 1].ent_iob_ == "I"):
        return None
    return Phrase(doc, a - 2, ent.end, label="ORG")


def _places_joined_after_of(doc: Doc, ent: Phrase) -> Phrase | None:
    """An organisation's name that ends in "of" and a place, cut by spaCy before "and" and a second
    place: "the Police Federation of England and Wales", "the Law Society of Kent and Sussex" come as
    the organisation "... of England" and the place "Wales". The name runs on over "and" and the
    second place (a place's entity alone, no more capitalised words after it); with the name cut, the
    body was lost and the second place was read as an organisation of its own."""
    if len(ent) < 3 or ent[-2].lower != WORD_OF or not ent[-1].text[:1].isupper() \
            or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    first = doc[ent.end + 1]
    if first.ent_iob_ != "B" or first.ent_type_ not in ("GPE", "LOC"):
        return None
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].text in ("'s", "’s")):
        return None  # (more name words, or the place owns what follows: "and France's central bank")
    return Phrase(doc, ent.start, end, label="ORG")


def _bodies_of_places(doc: Doc, ents: tuple[Phrase, ...], heads: frozenset[str], known: Container[str],
                      cities: Container[str]) -> tuple[tuple[Phrase, ...], dict[int, str]]:
    """actfix53: an organisation's name that ends in a body's head word (offices.yaml
    ``body_of_state_heads``), "of" and a place of no dictionary entry, a region or a city ("the Press
    Freedom Alliance of Tarrant County", "the Medical Workers Federation of Ohio"), comes from spaCy as the
    organisation without "of" and the place: the name runs on over them. Without it the body was printed
    by half its name ("Press Freedom Alliance"), which no reader's name for it matched. A place the
    dictionary knows is left to its own rules (a state's: ``_body_of_the_state``); no place that more
    capitalised words or a possessive go on from ("of Ohio State University", "of Ohio's"). The place
    is spaCy's place entity there, or one word of none that states.yaml lists among a state's places.
    Returns the entities and, for each body so joined, its end character -> the place's name."""
    out: list[Phrase] = []
    joined: dict[int, str] = {}
    skip_to = -1
    for n, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        if ent.label == _ORG and len(ent) >= 2 and ent[-1].lower_ in heads and ent[-1].is_title \
                and ent.end + 1 < len(doc) and doc[ent.end].lower == WORD_OF:
            k = ent.end + 1
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if nxt is not None and nxt.start == k and nxt.label in _PLACE_OF_BODY_IDS:
                end = nxt.end
            elif doc[k].ent_iob_ == "O" and doc[k].is_title and doc[k].text in cities:
                end = k + 1
            else:
                end = -1
            after = doc[end] if 0 < end < len(doc) else None
            if end > 0 and (place := doc[k:end].text) not in known \
                    and (after is None or not (after.is_title and after.is_alpha) and after.text not in _POSSESSIVE_MARKS):
                joined_ent = Phrase(doc, ent.start, end, label="ORG")
                out.append(joined_ent)
                joined[joined_ent.end_char] = place
                skip_to = end
                continue
        out.append(ent)
    return tuple(out), joined


def _cut_at_parenthesis(doc: Doc, ent: Phrase) -> Phrase | None:
    """An organisation's name that spaCy runs into the parenthesis after it: "the National Police
    (Policía Nacional" and "Commission on Elections (Comelec" come as one entity. A name holds no
    opening parenthesis: the entity ends before it (the acronym rule then reads what the parenthesis
    holds as another name of the same body)."""
    if ent.label != _ORG:
        return None
    cut = next((t.i for t in ent[1:] if t.text == "("), None)
    return Phrase(doc, ent.start, cut, label="ORG") if cut is not None else None


def _cut_at_comma_before_name(doc: Doc, ent: Phrase) -> tuple[Phrase, Phrase] | None:
    """An organisation's name that spaCy runs over the comma into the name of the person set off after
    it: "the Landtag, Ilse Brunnthaler-Voss" (after "Their leader in ...") comes as one entity. No
    organisation's name holds a comma before a first name and a surname: the organisation ends
    before the comma, and the two or three capitalised words after it (a hyphenated surname counted
    as one) are a person's name."""
    if ent.label != _ORG or len(ent) < 4:
        return None
    comma = next((t.i for t in ent[1:] if t.text == ","), None)
    if comma is None or comma + 1 >= ent.end:
        return None
    words, i = 0, comma + 1
    while i < ent.end:
        if i + 3 <= ent.end and _hyphenated_word(doc[i:i + 3]):
            i += 3
        elif doc[i].is_title and doc[i].is_alpha and len(doc[i]) > 1 and doc[i].pos_ == "PROPN":
            i += 1
        else:
            return None
        words += 1
    if not 2 <= words <= 3:
        return None
    return Phrase(doc, ent.start, comma, label="ORG"), Phrase(doc, comma + 1, ent.end, label="PERSON")


def _particle_run_on(doc: Doc, ent: Phrase, particles: frozenset[str]) -> Phrase | None:
    """A Spanish, Portuguese, Italian or French name cut at its lower-case particle: "Los Halcones
    del Norte", "Frente de Liberación Nacional" come from spaCy as "Los Halcones" and "Norte". An
    organisation's entity followed by particles (offices.yaml ``name_particles``) and capitalised
    words, up to a word that is not capitalised, runs on over them."""
    e = ent.end
    if ent.label == _ORG and len(ent) > 1 and ent[-1].lower_ in particles and ent[-1].is_lower:
        return Phrase(doc, ent.start, e - 1, label="ORG")  # "Tarvo Group de" (facto ...): no word of the name
    if ent.label != _ORG or e >= len(doc) or doc[e].lower_ not in particles or not doc[e].is_lower:
        return None
    while e < len(doc) and e - ent.end < 3 and doc[e].lower_ in particles and doc[e].is_lower:
        e += 1
    f = e
    while f < len(doc) and f - e < 3 and doc[f].is_title and doc[f].is_alpha and doc[f].ent_type_ != "PERSON":
        f += 1
    if f == e or (f < len(doc) and doc[f].is_title):
        return None
    return Phrase(doc, ent.start, f, label="ORG")


def _line_break_run_on(doc: Doc, ent: Phrase) -> Phrase | None:
    """An organisation's name that the copy breaks over two lines: spaCy ends the entity at the line
    break ("Liberal" and "Democratic Party", "the Popular" and "Front Party" in hard-wrapped wire copy).
    An ORG entity that ends in the break runs on over the capitalised proper nouns of the next line."""
    e = ent.end
    if ent.label != _ORG or ent[-1].text != "\n":  # a line's end, not a paragraph's ("\n\n", "\n    ")
        return None
    while e < len(doc) and e - ent.end < 4 and doc[e].is_title and doc[e].pos_ == "PROPN" \
            and doc[e].ent_type_ in ("", "ORG"):
        e += 1
    return Phrase(doc, ent.start, e, label="ORG") if e > ent.end else None


def _portfolio_run_on(doc: Doc, ent: Phrase, heads: frozenset[str], bodies: frozenset[str]) -> Phrase | None:
    """A body's name cut before the last word of its portfolio: "the Department for Education and
    Skills", "the Ministry of Trade and Industry" come from spaCy as "Department for Education" and
    "Skills". A name headed by a body word with "of" or "for" ("coordinated_heads") that ends just
    before "and" and one capitalised word that is no place, person or nation runs on over them. A body
    of its own after "and" ("the Department of Justice and Congress", ``bodies``) stays one."""
    e = ent.end
    if ent.label != _ORG or e + 1 >= len(doc) or doc[e].lower != WORD_AND or not doc[e + 1].is_title \
            or not doc[e + 1].is_alpha or doc[e + 1].ent_type_ not in ("", "ORG") \
            or doc[e + 1].lower_ in bodies \
            or (e + 2 < len(doc) and (doc[e + 2].is_title or doc[e + 2].ent_iob_ == "I")):
        return None
    if not any(t.lower_ in heads and t.i + 1 < e and doc[t.i + 1].lower_ in ("of", "for") for t in ent):
        return None
    return Phrase(doc, ent.start, e + 2, label="ORG")


def _name_start(doc: Doc, paren: int, joiners: frozenset[str], state_ends: dict[int, tuple[int, str]]) -> int | None:
    """The first token of the name just before the parenthesis at ``paren``: capitalised words, with
    joining words between them ("Movement for a New Mozambique", "Office of the Attorney General");
    a capitalised word opening the sentence joins only if spaCy reads it as a proper noun ("Fighters
    of the Patriotic Front ..." is the Patriotic Front). None where no name of two words or more
    stands there."""
    first = paren
    i = paren - 1
    while i >= 0:
        tok = doc[i]
        if tok.text in ("'s", "’s") and i in state_ends:
            break  # "Peru's National Electoral Board": the state's, not a word of the name
        if tok.text[:1].isupper() and tok.is_alpha or tok.text in ("&", "-", "'", "’", "'s", "’s") and first < paren:
            if tok.is_sent_start and tok.pos_ != "PROPN":
                break
            first = i
        elif tok.text == "\n" and first < paren and i > 0 and doc[i - 1].text[:1].isupper():
            pass  # a name run over a line break in wire copy ("Liberal" + break + "Democratic Party")
        elif tok.lower_ not in joiners or first == paren:
            break
        i -= 1
    # "MANILA -- The Commission on Elections (Comelec)": the article after a dateline's dash is no word
    # of the name, though it is capitalised and opens no sentence for the parser.
    while first < paren - 2 and doc[first].lower_ == "the":
        first += 1
    return first if paren - first >= 2 and doc[first].text[:1].isupper() else None


def _owned_name_start(doc: Doc, paren: int, short: str, joiners: frozenset[str]) -> int | None:
    """The first token of the name before ``paren`` whose capitalised words' initials spell ``short``
    when an owner's possessive stands just before those words ("the FAA's Office of Drone Safety, or
    ODS": Office), or None (no possessive there, or other initials)."""
    i = paren - 1
    while i > 0 and paren - i <= 12 and (doc[i].text[:1].isupper() and doc[i].is_alpha or doc[i].lower_ in joiners):
        i -= 1
    if i == paren - 1 or doc[i].text not in ("'s", "’s") or not doc[i + 1].text[:1].isupper():
        return None
    return i + 1 if _initials(doc[i + 1:paren].text) == short.replace(".", "") else None


def _initials_start(doc: Doc, paren: int, short: str, joiners: frozenset[str],
                    state_ends: dict[int, tuple[int, str]]) -> int | None:
    """The first token of a name with commas in it whose capitalised words' initials spell the
    acronym in the parenthesis at ``paren``: "Ministry of Economy, Trade and Industry (METI)",
    "Ministerio de Agricultura, Pesca y Alimentación (MAPA)" (_name_start stops at the comma). None
    where no such run of capitalised words, joining words and commas ends there."""
    letters = short.upper()
    if not short.isupper() or len(letters) < 3:
        return None
    caps: list[str] = []
    i = paren - 1
    while i >= 0 and paren - i <= 14:
        tok = doc[i]
        if tok.text in ("'s", "’s") and i in state_ends:
            return None
        if tok.text[:1].isupper() and tok.is_alpha:
            caps.append(tok.text[0].upper())
            spelt = "".join(reversed(caps))
            if spelt == letters:
                return i if "," in doc[i:paren].text else None
            if not letters.endswith(spelt):
                return None
        elif tok.text != "," and tok.lower_ not in joiners:
            return None
        i -= 1
    return None


def _group_kind(sector: str | None) -> Literal["organization", "group"]:
    """The kind of a common-noun group: people of the state's own branches ("Mexican authorities",
    "police", "soldiers") are a body of the state, an organisation that acts for it (the events
    stage codes a GOV or MIL organisation's acts as its state's); anyone else ("protesters",
    "rebels", "gunmen") is a group."""
    return "organization" if sector in _STATE_SECTORS else "group"


def _name_keys(word: str) -> set[str]:
    """A surname as written, and capitalised: "al-Harthy" opens a sentence as "Al-Harthy"."""
    return {word, word[:1].upper() + word[1:]}


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_MISREAD_NAME_IDS_OR__ORG = _MISREAD_NAME_IDS | {_ORG}
_MISREAD_NAMES_OR_ORG = _MISREAD_NAMES | {"ORG"}
_STATE_SECTORS_OR_OWN_PEOPLE = _STATE_SECTORS | _OWN_PEOPLE
_STATE_SECTORS_OR_ELI = _STATE_SECTORS | {"ELI"}
_STATE_SECTORS_OR_CVL_OPP_REB_PTY = _STATE_SECTORS | {"CVL", "OPP", "REB", "PTY"}
