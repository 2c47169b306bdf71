"""The actor dictionaries: states, IGOs, groups, places, known people and office words, from YAML.

Known people come from the dated table of office holders (``office_holders.yaml``): the dictionary
holds each one's names, and the actor stage asks the table what they held on the article's date.

The package's files live in ``wirecoder/data/actors``; a user's files (``--actors my.yaml``) have the
same format (see the top of ``states.yaml``) and add to or replace the package's entries by id.
All names are compiled once, at load, into one regular expression shaped like a trie, so that
finding every name in a text is a single linear scan whatever the size of the dictionary.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from .. import errors
from ..arrays import distinct_places, token_table
from ..errors import InputError, WirecoderError
from ..rules import UserFile, package_yaml
from .office_holders import OfficeHolders

# The package's actor files, in the order they load (a later entry with the same id replaces an
# earlier one; user files load last).
PACKAGE_FILES = ("states.yaml", "igos.yaml", "groups.yaml", "places.yaml", "regions.yaml", "eras.yaml")
OFFICES_FILE = "offices.yaml"
_MENTION_KINDS = {"name": "name", "adjective": "adjective", "capital": "capital", "seat": "seat"}

@dataclass
class Entry:
    """One dictionary actor and the ways the text may name it."""

    id: str
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    # (surface form, mention kind, sector of that form or None)
    forms: list[tuple[str, str, str | None]] = field(default_factory=list)
    nouns: tuple[str, ...] = ()  # "alliance", "bloc": generic nouns that refer back to it
    veto: tuple[str, ...] = ()  # words whose presence in the text rules the entry out
    # words whose presence keeps the entry though a veto word is there ("Tbilisi": Georgia the state)
    veto_unless: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()  # a state's capitals and other cities (``places``): never mentions of it


@dataclass(frozen=True)
class Era:
    """An actor of its time (``eras.yaml``): from ``since`` to ``until`` (inclusive), mentions of the
    ids in ``takes`` (of the listed mention kinds; None: every kind, and their countries too) are it."""

    id: str
    since: dt.date | None
    until: dt.date | None
    takes: dict[str, frozenset[str] | None] = field(default_factory=dict)

    def covers(self, day: dt.date | None) -> bool:
        return day is not None and (self.since is None or self.since <= day) and \
            (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Form:
    """What one matched string means."""

    actor: str
    kind: str  # name | adjective | seat | capital
    sector: str | None = None


@dataclass
class Offices:
    """The office words of ``offices.yaml``: heads with their sector, qualifiers, honorifics."""

    heads: dict[tuple[str, ...], str | None] = field(default_factory=dict)
    qualifiers: dict[str, str | None] = field(default_factory=dict)
    bodies: dict[str, str | None] = field(default_factory=dict)  # word -> sector of that branch
    groups: dict[str, str | None] = field(default_factory=dict)  # "rebels" -> REB: a country's non-state people
    business: set[str] = field(default_factory=set)  # "airlines", "bank": words that make a company name
    # "dollar", "open": last words of a state's name plus a capitalised word that names no organisation
    not_organisation_ends: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    body_nations: frozenset[str] = frozenset()  # "Scotland": "NHS Scotland" is a body of the nation
    nation_body_heads: frozenset[str] = frozenset()  # "Police": "Police Scotland" is a body of the nation
    portfolio_parties: frozenset[str] = frozenset()  # "Labour": also a portfolio ("Labour Minister")
    portfolio_heads: frozenset[str] = frozenset()  # "Minister": "Labour Minister" is the portfolio's
    common_party_forms: frozenset[str] = frozenset()  # "Conservatives": parties of several states
    body_of_state_heads: frozenset[str] = frozenset()  # "society": "the Law Society of Kenya" is Kenya's body
    post_nominals: frozenset[str] = frozenset()  # "MSP", "OBE": letters after a name, never part of it
    # "Datuk Seri", "Alhaji": honorifics of other naming systems, as token words; only where a name starts
    name_honorifics: set[tuple[str, ...]] = field(default_factory=set)
    he: set[str] = field(default_factory=set)
    she: set[str] = field(default_factory=set)
    ranks: set[str] = field(default_factory=set)
    sent_to: set[str] = field(default_factory=set)
    counterparts: set[str] = field(default_factory=set)
    stand_ins: set[str] = field(default_factory=set)  # "government": with a state before it, the state
    organisation_nouns: dict[str, str | None] = field(default_factory=dict)  # "newspaper" -> MED
    belonging: frozenset[str] = frozenset()  # "resident": "a Kyiv resident" belongs to Kyiv's state
    member_nouns: frozenset[str] = frozenset()  # "member": "NAME, a member of the Lithuanian parliament"
    body_voices: frozenset[str] = frozenset()  # "spokesman": "a police spokesman said" is the police's voice
    name_joiners: frozenset[str] = frozenset()  # "for", "of the": lower-case words inside a name
    legal_forms: frozenset[str] = frozenset()  # "AG", "Ltd": the legal form ending a company's name
    legal_prefixes: frozenset[str] = frozenset()  # "PT", "OOO": the legal form opening a company's name
    descriptor_heads: dict[str, str | None] = field(default_factory=dict)  # "Regulator" -> GOV, before a body's name
    # evsec49: the head titles whose sector is their owner's, and the owner's head word -> its sector
    owned_heads: frozenset[str] = frozenset()  # "chief executive", "chairman"
    owner_heads: dict[str, str] = field(default_factory=dict)  # "Trust" -> NGO, "Group" -> BUS
    owner_state_words: frozenset[str] = frozenset()  # "Central": "Central Bank" is the state's, left to its rules
    name_particles: frozenset[str] = frozenset()  # "del", "de la": lower-case words inside a foreign name
    foreign_heads: frozenset[str] = frozenset()  # "Frente", "Partido": a foreign name's first word, its kind
    business_heads: frozenset[str] = frozenset()  # "Banque", "Compagnie": a foreign firm's first word (also foreign_heads)
    place_prepositions: frozenset[str] = frozenset()  # "in", "near": before an unknown place's name
    held_in: frozenset[str] = frozenset()  # "stake", "shares": "a stake in X" is no place
    place_nouns: frozenset[str] = frozenset()  # "district", "plant": after an unknown place's name
    person_place_prepositions: frozenset[str] = frozenset()  # "in": before a "person" that is a place
    place_name_heads: frozenset[str] = frozenset()  # "Kampung", "Wadi": a "person" opening with one is a place
    region_name_ends: frozenset[str] = frozenset()  # "State": a "person" "Kwara State" is a region
    # real11a: "State", "Senate": a place's own chamber between its name and an office ("Ohio State Senate leader")
    place_chamber_words: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()  # "University": a name with one is no place
    group_kinds: frozenset[str] = frozenset()  # "militant": between a name and "group" ("the X militant group")
    person_nouns: frozenset[str] = frozenset()  # "activist": a name just after it is a person's
    cause_words: frozenset[str] = frozenset()  # "campaign", "anti": "campaign group X" is an NGO
    quantifiers: frozenset[str] = frozenset()  # "few": "a few police officers" are police officers
    party_modifiers: frozenset[str] = frozenset()  # "Republican": the party only before an office or people
    party_member_nouns: dict[str, str] = field(default_factory=dict)  # "Democrat" -> org:democratic-party
    party_tags: dict[str, str | None] = field(default_factory=dict)  # "D" -> org:democratic-party: "X (D-Ore.)"
    party_tag_state: str | None = None  # USA: the state of a legislator so tagged
    later_offices: frozenset[str] = frozenset()  # "senator": "X said ... The senator added" is X's office
    sole_offices: frozenset[str] = frozenset()  # "the prime minister": the table's holder in the story's state
    local_offices: frozenset[str] = frozenset()  # "mayor": of the state of the dateline's city
    national_branches: frozenset[str] = frozenset()  # "Red Cross": after a state's name, its national society
    member_body_words: frozenset[str] = frozenset()  # "Association": after a known body's name, another body
    body_name_ends: frozenset[str] = frozenset()  # "Caucus": a "person" whose name ends so is a body
    office_named_body_heads: frozenset[str] = frozenset()  # "Office": "the Chief Prosecutor's Office" is a body
    place_name_ends: frozenset[str] = frozenset()  # "Road", "Hospital": a "person" so named is a place
    name_affixes: frozenset[str] = frozenset()  # "-themed", "-backed": hyphened after a name, not of it
    not_name_ends: frozenset[str] = frozenset()  # "Prize", "United": a "person" so named is an event or a team
    not_body_names: frozenset[str] = frozenset()  # "Budget": a government's act that spaCy calls an organisation
    forum_name_ends: frozenset[str] = frozenset()  # "Club": "the Paris Club" is no state's
    state_named_org_ends: frozenset[str] = frozenset()  # "Union": "the X Civil Liberties Union"
    currency_words: frozenset[str] = frozenset()  # "dollars": "U.S. dollars" is no mention of the state
    club_name_heads: frozenset[str] = frozenset()  # "Borussia", "FC": a "person" so named is a club
    name_lower_words: frozenset[str] = frozenset()  # "van", "bin": lower-case words inside persons' names
    party_modifier_nouns: frozenset[str] = frozenset()  # "majority": "the Democratic majority" is the party's
    levels: frozenset[str] = frozenset()  # "federal": a level of the state, not another body
    home_offices: frozenset[str] = frozenset()  # "union": "union spokesman X" is the story's state's
    sub_national: frozenset[str] = frozenset()  # "state": "the state government" is a region's
    government_kinds: frozenset[str] = frozenset()  # "Conservative": "the Conservative government" is no region's
    back_references: frozenset[str] = frozenset()  # "both": "both parties" are ones named before
    office_verbs: frozenset[str] = frozenset()  # "elected": "X was elected prime minister" holds it
    title_bodies: frozenset[str] = frozenset()  # "staff": "General Staff" is a body, no person "Staff"
    body_title_ends: frozenset[str] = frozenset()  # "board": "Fisheries Board chairman NAME" names the board
    body_title_ranks: frozenset[str] = frozenset()  # "deputy": "Deputy Central Bank Governor": not the bank's
    first_name_honorifics: frozenset[str] = frozenset()  # "Sir": "Sir Tobin" is Tobin Marsh, by his first name
    family_first_surnames: frozenset[str] = frozenset()  # "Lee", "Choi": family names written first (spk47)
    monarch_titles: frozenset[str] = frozenset()  # "Queen": "the Queen" alone is a person, the story's monarch
    initials_verbs: frozenset[str] = frozenset()  # "say": "WMC said" makes the initials an organisation
    initials_person_nouns: frozenset[str] = frozenset()  # "spokesman": "a WMC spokesman" works for the body WMC
    not_body_initials: frozenset[str] = frozenset()  # "GDP": initials of a thing, never a body
    initials_noun_roles: frozenset[str] = frozenset()  # "dobj": "criticised the XKT" names a body
    unnamed_officers: dict[str, str] = field(default_factory=dict)  # "judge" -> JUD: "a judge ruled" is the courts
    unnamed_officer_roles: frozenset[str] = frozenset()  # "nsubj": where "a judge" is a side of its clause
    # "opposition" -> (words after it, adjective kinds): when the group word names an act instead
    acts: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    members_of: frozenset[str] = frozenset()  # "protesters": "Earth Now protesters" are Earth Now's
    person_followers: frozenset[str] = frozenset()  # "allies": "Mr X's allies" are a group of their own
    branch_nouns: frozenset[str] = frozenset()  # "arm": "Vardex Brazil, the local arm of ..." is a body
    state_qualifiers: frozenset[str] = frozenset()  # "imperial": "Imperial Japan" is the state, no body
    coordinated_heads: frozenset[str] = frozenset()  # "union": "the Public and Commercial Services Union"
    people_bodies: frozenset[str] = frozenset()  # "troops": a body word that alone names people, a group
    doers: dict[str, str] = field(default_factory=dict)  # "protests" -> "protesters"
    body_work: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # "parliamentary" -> body
    igo_bodies: dict[str, dict[str, str]] = field(default_factory=dict)  # "parliament" -> {EU: its id}
    # "union" -> LAB: "the bakers' union" is a body of its members (actrec49); None: the members' sector
    members_bodies: dict[str, str | None] = field(default_factory=dict)
    town_body_sectors: frozenset[str] = frozenset()  # JUD, COP: "a Madrid court", "Moscow police" (actrec49)
    # "committee": after a chamber's name and lower-case topic words, the chamber's committee (actrec50)
    chamber_committees: frozenset[str] = frozenset()


# The lists of words in offices.yaml (or a user file) that load as they are, each into the field of
# :class:`Offices` that has its name: the stages look the first ones up in lower case, the others as
# written. A new list is a field there (with its example) and its key in one of these two tuples;
# a key whose value is a mapping goes in _OFFICE_MAPPINGS.
_LOWER_CASE_LISTS = (
    "business", "not_organisation_ends", "body_of_state_heads", "sent_to", "counterparts", "stand_ins", "belonging",
    "member_nouns", "name_joiners", "name_particles", "place_prepositions", "held_in", "place_nouns",
    "person_place_prepositions", "institution_words", "group_kinds", "person_nouns", "quantifiers", "later_offices",
    "sole_offices", "local_offices", "office_named_body_heads", "name_affixes", "currency_words",
    "party_modifier_nouns", "levels", "home_offices", "sub_national", "government_kinds", "back_references",
    "office_verbs", "title_bodies", "body_title_ends", "body_title_ranks", "initials_verbs", "initials_person_nouns",
    "members_of", "person_followers", "branch_nouns", "state_qualifiers", "coordinated_heads", "people_bodies",
    "owned_heads", "owner_state_words", "cause_words", "chamber_committees", "body_voices",
)
_AS_WRITTEN_LISTS = (
    "honorifics", "body_nations", "nation_body_heads", "portfolio_parties", "portfolio_heads", "common_party_forms",
    "post_nominals", "he", "she", "ranks", "legal_forms", "legal_prefixes", "foreign_heads", "business_heads",
    "region_name_ends", "place_chamber_words", "place_name_heads", "party_modifiers", "national_branches",
    "member_body_words", "body_name_ends", "place_name_ends", "not_name_ends", "forum_name_ends",
    "state_named_org_ends", "club_name_heads", "name_lower_words", "first_name_honorifics", "family_first_surnames",
    "monarch_titles", "not_body_initials", "not_body_names", "initials_noun_roles", "unnamed_officer_roles", "town_body_sectors",
)


def _as_is(value: Any) -> Any:
    return value


def _lower(value: Any) -> str:
    return str(value).lower()


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _str_if_any(value: Any) -> str | None:
    return str(value) if value else None


def _body_work(rule: dict[str, Any]) -> tuple[str, frozenset[str]]:
    return str(rule["body"]).lower(), frozenset(str(w).lower() for w in _strings(rule.get("nouns")))


def _owners(owners: dict[Any, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in owners.items()}


def _act(rule: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(str(w).lower() for w in _strings(rule.get("after"))),
            frozenset(str(w).lower() for w in _strings(rule.get("kinds"))))


# The mappings of offices.yaml (or a user file), each into the dict field of :class:`Offices` that has
# its name: key -> (how a word is read, how its value is read).
_OFFICE_MAPPINGS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "qualifiers": (_lower, _as_is), "groups": (_lower, _as_is), "party_member_nouns": (str, str),
    "party_tags": (str, _str_if_any), "unnamed_officers": (_lower, str),
    "doers": (_lower, _lower), "body_work": (_lower, _body_work), "igo_bodies": (_lower, _owners),
    "acts": (_lower, _act), "descriptor_heads": (str, _as_is), "organisation_nouns": (_lower, _as_is),
    "owner_heads": (_lower, str), "members_bodies": (_lower, _str_or_none),
}


def _read_yaml(path: Path | Any) -> Any:
    try:
        return yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise WirecoderError(f"{path}: cannot read actor dictionary: {exc}") from exc


def _strings(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _entry(raw: dict[str, Any], default_kind: str) -> Entry:
    if "id" not in raw or "name" not in raw:
        raise WirecoderError(f"actor entry needs an id and a name: {raw!r}")
    kind = raw.get("kind", default_kind)
    entry = Entry(id=str(raw["id"]), name=str(raw["name"]), kind=kind,
                  country=raw.get("country", raw["id"] if kind == "state" else None),
                  role=raw.get("role"), sector=raw.get("sector"),
                  nouns=tuple(str(n).lower() for n in _strings(raw.get("nouns"))),
                  veto=tuple(str(v) for v in _strings(raw.get("veto"))),
                  veto_unless=tuple(str(v) for v in _strings(raw.get("veto_unless"))),
                  cities=tuple(str(c) for key in ("capitals", "places") for c in _strings(raw.get(key))))
    for key, mention_kind in (("name", "name"), ("aliases", "name"), ("adjectives", "adjective"),
                              ("capitals", "capital"), ("seats", "seat")):
        for item in _strings(raw.get(key)):
            text, sector = (item.get("text"), item.get("sector")) if isinstance(item, dict) else (item, None)
            entry.forms.append((str(text), mention_kind, sector))
            # Plural demonyms ("Russians", "Iraqis") are not listed one by one.
            if mention_kind == "adjective" and str(text)[-1:] in ("n", "i"):
                entry.forms.append((str(text) + "s", mention_kind, sector))
    return entry


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise WirecoderError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _variants(text: str) -> Iterator[str]:
    """The written forms that one dictionary string matches."""
    yield text
    # Either apostrophe: "People's" / "People’s".
    if "'" in text:
        yield text.replace("'", "’")
    # Headlines and datelines in capitals ("MOSCOW"); three-letter words are left alone lest they
    # collide with acronyms.
    if len(text) > 3 and not text.isupper():
        yield text.upper()


_WORD_START = re.compile(r"\w")


def edge_spans(plain: re.Pattern[str], after: re.Pattern[str] | None, text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of ``plain.finditer(text, pos)``, for a ``plain`` pattern whose every match starts
    with a word character after none (``(?<!\\w)``) and is followed by none, found by ``after``: the
    same pattern behind ``[^A-Za-z0-9_]`` and its match as group 1, the word edge checked after the
    first letter (trie_pattern's ``edge``). A match of ``plain`` starts at the text's start or just
    after a character that is no word character, which ``after`` reads as its first, so that its
    scan skips through words instead of trying the pattern at every character; and none starts
    where the one before ends. So after a match at ``pos`` (of ``plain``), ``after``'s scan from one
    character before ``pos`` finds the same matches (speed only). With ``after`` None: ``plain``'s."""
    if after is None:
        for m in plain.finditer(text, pos):
            yield m.span()
        return
    if pos == 0:
        m = plain.match(text)
        if m is not None:
            yield m.span()
            pos = m.end()
    else:
        pos -= 1
    for m in after.finditer(text, pos):
        yield m.span(1)


_RUN = re.compile(r"\w+")  # a run of word characters, as long as it goes


# A token string's marks in WordStarts' table: it holds a run among the firsts, it ends in no word
# character, it opens with none; it is one run, a first whose every alternative goes on after a space
# (a pair), one that such an alternative has after its space (a second).
_HIT, _NO_END, _NO_OPEN, _ONE_RUN, _PAIR, _SECOND = 1, 2, 4, 8, 16, 32
_LEARNED = 64  # (the string has been read: its marks above are set)


class _SeenIds:
    """The token string ids that every WordStarts has met, sorted, each with its slot (its place in the
    order they were met), and the last doc's: each distinct id's slot and each token's place among
    them. One search of a doc's distinct ids in the sorted ids serves every WordStarts, which reads
    its marks by slot (speed only: each searched them in its own sorted ids, the same ids)."""

    def __init__(self) -> None:
        self.generation = 0  # how many times it was cleared (a WordStarts' marks are of one generation)
        self._clear()
        self.doc: object = None
        self.last: tuple[np.ndarray, np.ndarray, np.ndarray] = (self.ids, self.ids, self.ids)

    def _clear(self) -> None:
        self.ids = np.zeros(0, dtype=np.uint64)  # the ids met, sorted
        self.slot_of = np.zeros(0, dtype=np.intp)  # each one's slot
        self.count = 0
        self.generation += 1

    def of(self, doc: Any, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(distinct ids, their slots, each token's place among the distinct ids) of ``doc``, whose
        table's ids ``ids`` are."""
        if self.doc is doc:
            return self.last
        if self.count > 500_000:  # a long run meets ever new words: bounded memory
            self._clear()
        words, places = distinct_places(ids)
        at = self.ids.searchsorted(words)
        if self.count:
            np.minimum(at, self.count - 1, out=at)
        new = words[self.ids[at] != words] if self.count else words
        if len(new):
            ids_all = np.concatenate([self.ids, new])
            slots = np.concatenate([self.slot_of, np.arange(self.count, self.count + len(new), dtype=np.intp)])
            order = ids_all.argsort(kind="stable")
            self.ids, self.slot_of, self.count = ids_all[order], slots[order], self.count + len(new)
            at = self.ids.searchsorted(words)
        self.doc, self.last = doc, (words, self.slot_of[at], places)
        return self.last

    def fitted(self, by_slot: np.ndarray) -> np.ndarray:
        """``by_slot`` (a reader's values by slot, 0 for a slot not read yet) long enough for every slot met:
        itself, or a copy grown to twice its size at least (not a copy per doc with new words)."""
        if len(by_slot) >= self.count:
            return by_slot
        grown = np.zeros(max(self.count, 2 * len(by_slot)), dtype=by_slot.dtype)
        grown[:len(by_slot)] = by_slot
        return grown


_SEEN = _SeenIds()


def seen_ids() -> _SeenIds:
    """The ids every WordStarts has met, with their slots (for another reader of token strings by id)."""
    return _SEEN


class WordStarts:
    """The places where a pattern may match, read from a doc's tokens instead of a scan of its text
    (speed only). :meth:`spans` gives the spans of ``pattern.finditer(text, pos)`` for a ``pattern``
    whose every match starts with a word character after none (``(?<!\\w)``) and opens with one of
    ``firsts`` as a whole run of word characters (``\\w+``): each alternative's first run, which is a
    whole run of the text where it matches, as a non-word character or the pattern's ``(?!\\w)``
    follows it. ``text`` is the doc's text, or with ``lower`` that text in lower case (each token read
    in lower case: the same characters, but for the final sigma, a word character either way).

    Every place where a run of word characters starts lies inside a token (what lies between two
    tokens is one space), at its start or after a non-word character inside it, and the run from
    there ends inside the token unless it reaches the token's end and the next token follows with no
    space and opens with a word character. So the pattern is tried at each run start of a token that
    holds a run among ``firsts``, and of a token whose last run may go on into the next one: all the
    places where it may match, tried in order, each from the end of the match before, as finditer
    goes on. Each token string is read once a run of the program (by its id), not per doc: the ids
    read so far are kept sorted with their marks, so that a doc's tokens are marked by one search of
    its distinct ids.

    ``alternatives`` are the strings the pattern opens with (each opening with a word character);
    with ``spaced``, each is matched as written but for a space, which stands for one space or line
    break (the dictionary's names). A first run whose every alternative goes on with a space and a
    word character ("the West", "Tony Blair") is a pair: a token that is just that run is passed over
    where a space follows it and the next token is one run of its own that no such alternative has
    after its space ("the" before "government"): no alternative can match there."""

    def __init__(self, alternatives: Iterable[str], lower: bool = False, spaced: bool = False) -> None:
        alternatives = list(alternatives)
        self.firsts = frozenset(self.first_run(a) for a in alternatives)
        self.lower = lower
        self.pairs: frozenset[str] = frozenset()
        self.seconds: frozenset[str] = frozenset()
        if spaced:
            rests: dict[str, list[str]] = {}
            for a in alternatives:
                rests.setdefault(self.first_run(a), []).append(a[len(self.first_run(a)):])
            self.pairs = frozenset(r for r, after in rests.items()
                                   if all(a[:1] == " " and _RUN.match(a, 1) for a in after))
            self.seconds = frozenset(self.first_run(a[1:]) for r in self.pairs for a in rests[r])
        self._starts: dict[int, tuple[int, ...]] = {}  # a token string's id -> where its runs start
        self._clear()

    def _clear(self) -> None:
        self._starts.clear()
        self._generation = _SEEN.generation
        self._marks = np.zeros(0, dtype=np.uint8)  # by an id's slot in _SEEN: its marks (_HIT, ..., _LEARNED)

    @staticmethod
    def first_run(word: str) -> str:
        """The run of word characters that ``word`` opens with ("" where it opens with none)."""
        m = _RUN.match(word)
        return m.group() if m else ""

    def _learn(self, new: list[int], strings: Any) -> list[int]:
        """Reads the token strings of the ids ``new`` (none read before): their marks."""
        marks = []
        for key in new:
            word = strings[key]
            if self.lower:
                word = word.lower()
            runs = [m.span() for m in _RUN.finditer(word)]
            self._starts[key] = tuple(a for a, _b in runs)
            one = runs == [(0, len(word))]
            paired = one and word in self.pairs
            marks.append(_HIT * (not paired and any(word[a:b] in self.firsts for a, b in runs)) | _PAIR * paired
                         | _NO_END * (not runs or runs[-1][1] != len(word)) | _NO_OPEN * (not runs or runs[0][0] != 0)
                         | _ONE_RUN * one | _SECOND * (one and word in self.seconds) | _LEARNED)
        return marks

    def spans(self, pattern: re.Pattern[str], doc: Any, text: str, pos: int = 0) -> list[tuple[int, int]] | None:
        """The spans of ``pattern.finditer(text, pos)``; None where ``text`` is not as long as the doc's
        (not its text: the caller scans it)."""
        table = token_table(doc)
        if not table.n or table.text_end != len(text):
            return None
        ids = table.orth_ids
        words, slots, places = _SEEN.of(doc, ids)
        if self._generation != _SEEN.generation:  # (the shared ids were cleared: bounded memory)
            self._clear()
        self._marks = _SEEN.fitted(self._marks)
        marks = self._marks[slots]  # each distinct id's
        new = ((marks & _LEARNED) == 0).nonzero()[0]
        if len(new):
            self._marks[slots[new]] = self._learn(words[new].tolist(), doc.vocab.strings)
            marks = self._marks[slots]
        marks = marks[places]  # each token's
        tried = (marks & _HIT).astype(bool)
        # a token whose last run goes on: it ends in a word character, the next token follows with no
        # space and opens with one (the pairs with no space between read alone: speed only)
        starts, ends = table.idx_ids, table.end_ids
        glued = table.glued
        runs_on = np.zeros(table.n, dtype=bool)
        runs_on[glued[(marks[glued] & _NO_END == 0) & (marks[glued + 1] & _NO_OPEN == 0)]] = True
        tried |= runs_on
        # a pair, unless a space and a token of one run that is no second follow it
        pairs = (marks & _PAIR).nonzero()[0]
        if len(pairs):
            if pairs[-1] == table.n - 1:
                tried[pairs[-1]] = True
                pairs = pairs[:-1]
            after = pairs + 1
            tried[pairs[(starts[after] != ends[pairs] + 1) | (marks[after] & (_ONE_RUN | _SECOND) != _ONE_RUN)
                        | runs_on[after]]] = True
        at = tried.nonzero()[0]
        known = self._starts
        found: list[tuple[int, int]] = []
        end = pos
        for first, key in zip(table.idx_ids[at].tolist(), ids[at].tolist(), strict=True):
            for j in known[key]:
                if first + j >= end and (m := pattern.match(text, first + j)) is not None:
                    end = m.end()
                    found.append((first + j, end))
        return found


def hinted_matches(pattern: re.Pattern[str], hint: re.Pattern[str], text: str, pos: int = 0,
                   back: int = 1) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)``, for a ``pattern`` whose every match holds a match of ``hint``
    that starts ``back`` characters after its own start: ``pattern`` is tried only ``back`` characters
    before each place where ``hint`` matches, and none starting inside the match before it, as
    finditer goes on from a match's end (a lookbehind reads the text before ``pos`` either way). A
    ``hint`` that opens with a literal is searched in the regex engine's fast loop for a literal
    prefix, where a pattern that opens with a class ("[Tt]") is tried at every character (speed only:
    the same matches; coref's noun pattern and TitleReader.monarch_matches use it)."""
    end, at = pos, pos + back
    while (h := hint.search(text, at)) is not None:
        at = h.start() + 1
        if h.start() - back >= end and (m := pattern.match(text, h.start() - back)) is not None:
            end = m.end()
            yield m


def edge_alternation(words: Iterable[str]) -> str:
    """``(?<!\\w)(?:w1|w2|...)`` without the lookbehind in front: each word (escaped, none empty) as
    an alternative in the given order, the word-edge check after its first character, as
    :func:`trie_pattern`'s ``edge`` puts it (the same matches; the scan skips to the next first
    character instead of trying the alternation at every character; speed only)."""
    return "|".join(re.escape(w[0]) + r"(?<!\w" + re.escape(w[0]) + ")" + re.escape(w[1:]) for w in words)


def trie_pattern(strings: Iterable[str], edge: str | None = None) -> str:
    """One regex alternation, shaped as a trie, that prefers the longest of the strings.

    With ``edge`` (a one-character class such as ``\\w``), a match may not start just after a
    character of that class: the same matches as ``(?<!edge)`` before the alternation, but the check
    sits after each first character (``A(?<!\\wA)...``: the character before the ``A`` is no word
    character), so that the pattern opens with its first characters and Python's regex engine skips
    to the next of them in its fast loop instead of trying the whole pattern at every character of
    the text (speed only). A pattern made with ``edge`` must open with the alternation."""
    strings = list(strings)
    trie: dict[str, Any] = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    if edge is not None and "" in trie:  # (the empty string: a match anywhere after no such character)
        return f"(?<!{edge})(?:{trie_pattern(strings, None)})"

    def build(node: dict[str, Any], depth: int = 0) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if ch:
                first = re.escape(ch)
                guard = f"(?<!{edge}{first})" if edge is not None and depth == 0 else ""
                alts.append(first + guard + build(child, depth + 1))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@cache
def capitals() -> dict[str, str]:
    """City name -> state code: each state's ``capitals`` and ``places`` in ``data/actors/states.yaml``
    (one list for the stages that read a city as its state: an event's location, a dateline in the body)."""
    out: dict[str, str] = {}
    for entry in package_yaml("actors", "states.yaml")["actors"]:
        for city in (*(entry.get("capitals") or []), *(entry.get("places") or [])):
            out[str(city)] = str(entry["id"])
    return out


class Dictionary:
    """All dictionary actors, their forms compiled into one matcher, and the office words."""

    def __init__(self, extra_files: Iterable[str | Path] = (), people: bool = True) -> None:
        self.entries: dict[str, Entry] = {}
        self.dated: set[str] = set()
        self.offices = Offices()
        self.lowercase_exceptions: set[str] = set()
        self.eras: list[Era] = []
        # the actors some era takes, so that of_its_time passes any other on without reading the eras
        # (it is asked for every mention and country field: speed only)
        self._era_takes: set[str] = set()
        # a written form that means its actor (id, mention kind) only in the era's time: "the Community"
        self.era_forms: dict[str, tuple[str, str, Era]] = {}
        base = resources.files("wirecoder") / "data" / "actors"
        for name in PACKAGE_FILES:
            data = _read_yaml(base / name)
            self._load(data, default_kind="state" if name == "states.yaml" else "organization")
            self._load_eras(data)
        # Known office holders: their names here, their office on a date from the table (``dated``:
        # the ids whose entry is the table's, not replaced by a user file).
        self.holders = OfficeHolders.load() if people else None
        for holder in (self.holders.people.values() if self.holders else ()):
            latest = holder.holdings[-1]
            entry = Entry(holder.id, holder.name, "person", None if latest.body else latest.country, latest.office,
                          latest.sector, [(form, "name", None) for form in (holder.name, *holder.aliases)])
            self.entries[entry.id] = entry
            self.dated.add(entry.id)
        self._load_offices(_read_yaml(base / OFFICES_FILE))
        for path in extra_files:
            # read as every user rule file is: a YAML error is one line with its line number
            data = UserFile(path, sections=False).data
            try:
                self._load(data, default_kind="organization")
                self._load_eras(data)
                self._load_offices(data)
            except WirecoderError as exc:
                raise InputError(str(path), str(exc)) from None
            except (TypeError, AttributeError, ValueError) as exc:  # a section of the wrong shape
                raise InputError(str(path), errors.ACTORS_BAD_SHAPE.format(error=exc)) from None
        # City -> its state, for "the mayor of Kharkiv": an office of a city is its state's.
        self.city_states = {city: e.id for e in self.entries.values() if e.kind == "state" for city in e.cities}
        self.city_states_lower = {city.lower(): state for city, state in self.city_states.items()}
        # A region of one state (places.yaml with a country), by its names and adjectives: an office
        # the region's name or adjective opens is its state's ("Scotland's farming minister",
        # "the Welsh health minister": GBR), as a city's office is.
        self.region_states = {text: e.country for e in self.entries.values() if e.kind == "place" and e.country
                              for text, _kind, _sector in e.forms}
        self.forms: dict[str, Form] = {}
        for entry in self.entries.values():
            for text, mention_kind, sector in entry.forms:
                for variant in _variants(text):
                    self.forms[variant] = Form(entry.id, mention_kind, sector)
        for variant, (actor, mention_kind, _era) in self.era_forms.items():
            self.forms[variant] = Form(actor, mention_kind)
        # A state's one-word demonyms in lower case too ("tunisian rioters"): added after every
        # written form, so that no dictionary's own lower-case word is replaced.
        for entry in self.entries.values():
            if entry.kind != "state":
                continue
            for text, mention_kind, sector in entry.forms:
                lower = text.lower()
                if mention_kind == "adjective" and " " not in text and lower not in self.lowercase_exceptions:
                    self.forms.setdefault(lower, Form(entry.id, mention_kind, sector))
        # Names start and end on a word edge; a name may end in "." ("U.S."). A name of several words
        # may run over a line break, as in hard-wrapped wire copy ("New\nSouth Wales"); the actor stage
        # looks such a match up with a space in the break's place.
        self.pattern = re.compile(r"(?<!\w)(?:" + trie_pattern(self.forms).replace(r"\ ", r"[ \n]") + r")(?!\w)")
        # The same names after a character that is no ASCII letter, digit or "_", the word edge checked
        # after the name's first letter (trie_pattern's edge): the scan skips through words to the
        # next such character instead of trying the trie at every character (speed only; see names).
        self._after_edge = re.compile(r"[^A-Za-z0-9_](" + trie_pattern(self.forms, edge=r"\w").replace(r"\ ", r"[ \n]")
                                      + r")(?!\w)") if self.forms and all(_WORD_START.match(f) for f in self.forms) else None
        # The names' first runs of word characters: the same matches read from a doc's tokens (speed only)
        self._word_starts = WordStarts(self.forms, spaced=True) \
            if self._after_edge is not None else None
        self.nouns: dict[str, list[str]] = {}
        for entry in self.entries.values():
            for noun in entry.nouns:
                self.nouns.setdefault(noun, []).append(entry.id)

    def names(self, text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
        """(start, end) of each match of :attr:`pattern` in ``text`` from ``pos`` on: the spans of
        ``pattern.finditer(text, pos)``, found faster (speed only). Every name starts with a word
        character, so a match starts at the text's start or just after a character that is no word
        character, which the other pattern reads as its first; and none starts where the one before
        ends (a name is followed by no word character). So after a match at ``pos`` (the plain
        pattern), its scan from one character before ``pos`` finds the same matches."""
        return edge_spans(self.pattern, self._after_edge, text, pos)

    def doc_names(self, doc: Any, text: str, pos: int = 0) -> Iterable[tuple[int, int]]:
        """:meth:`names` of ``text``, the text of ``doc``, read from its tokens (:class:`WordStarts`;
        speed only: the same spans)."""
        found = self._word_starts.spans(self.pattern, doc, text, pos) if self._word_starts is not None else None
        return self.names(text, pos) if found is None else found

    def _load(self, data: Any, default_kind: str) -> None:
        if isinstance(data, dict):
            self.lowercase_exceptions.update(str(w).lower() for w in _strings(data.get("lowercase_exceptions")))
        items = data.get("actors", []) if isinstance(data, dict) else data
        # A hand-edited file may hold a scalar or a mapping where a list belongs: say so plainly.
        if items is not None and not isinstance(items, list):
            raise WirecoderError(errors.ACTORS_NOT_LIST.format(kind=type(items).__name__))
        for n, raw in enumerate(items or [], 1):
            if not isinstance(raw, dict):
                raise WirecoderError(errors.ACTOR_ENTRY_NOT_MAPPING.format(n=n, kind=type(raw).__name__))
            entry = _entry(raw, default_kind)
            self.entries[entry.id] = entry
            self.dated.discard(entry.id)

    def _load_eras(self, data: Any) -> None:
        if not isinstance(data, dict) or not data.get("eras"):
            return
        for raw in _strings(data.get("eras")):
            if not isinstance(raw, dict) or "id" not in raw or "until" not in raw:
                raise WirecoderError(f"an era needs an id and an until date: {raw!r}")
            takes = raw.get("takes") or {}
            era = Era(str(raw["id"]), _day(raw.get("since")), _day(raw.get("until")),
                      {str(k): None if v == "all" else frozenset(_strings(v)) for k, v in takes.items()})
            self.eras.append(era)
            self._era_takes.update(era.takes)
            for item in _strings(raw.get("forms")):
                text, kind = (item.get("text"), item.get("kind", "name")) if isinstance(item, dict) else (item, "name")
                if kind not in _MENTION_KINDS:
                    raise WirecoderError(f"era {era.id}: form kind {kind!r} is none of {', '.join(_MENTION_KINDS)}")
                for variant in _variants(str(text)):
                    self.era_forms[variant] = (str(raw.get("of", era.id)), kind, era)

    def of_its_time(self, actor_id: str | None, kind: str | None, day: dt.date | None) -> str | None:
        """The actor that ``actor_id`` meant on ``day``: "Moscow" in 1987 is the Soviet Union (SUN).
        ``kind`` is the mention's kind (name, adjective, capital, seat), or None for a country field."""
        if actor_id is None or day is None or actor_id not in self._era_takes:
            return actor_id
        for era in self.eras:
            if actor_id in era.takes and era.covers(day):
                kinds = era.takes[actor_id]
                if kinds is None or (kind is not None and kind in kinds):
                    return era.id
        return actor_id

    def _load_offices(self, data: Any) -> None:
        """Adds a file's office words to :attr:`offices`: offices.yaml, or a user file's same keys."""
        if not isinstance(data, dict):
            return
        offices = self.offices
        for sector, words in (data.get("offices") or {}).items():
            for word in _strings(words):
                offices.heads[tuple(str(word).lower().split())] = None if sector in (None, "null") else sector
        bodies = data.get("bodies") or {}
        for word in bodies if isinstance(bodies, dict) else _strings(bodies):
            offices.bodies[str(word).lower()] = bodies.get(word) if isinstance(bodies, dict) else None
        for keys, read in ((_LOWER_CASE_LISTS, _lower), (_AS_WRITTEN_LISTS, str)):
            for key in keys:
                words = [read(w) for w in _strings(data.get(key))]
                have = getattr(offices, key)
                if isinstance(have, set):
                    have.update(words)
                else:
                    setattr(offices, key, have | set(words))
        for key, (read_word, read_value) in _OFFICE_MAPPINGS.items():
            into = getattr(offices, key)
            for word, value in (data.get(key) or {}).items():
                into[read_word(word)] = read_value(value)
        # "Datuk Seri": an honorific of other naming systems, as token words and as an honorific
        for words in _strings(data.get("name_honorifics")):
            offices.name_honorifics.add(tuple(str(words).split()))
            offices.honorifics.add(str(words))
        offices.honorifics.update(offices.ranks)  # a rank is an honorific too ("General NAME")
        offices.foreign_heads |= offices.business_heads  # a foreign firm's first word is a foreign name's
        offices.party_tag_state = data.get("party_tag_state") or offices.party_tag_state
