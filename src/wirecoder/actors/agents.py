"""Who an agent phrase names: "Mexican authorities" is Mexico's government, "Britain's Defence
Ministry" Britain's (GOV, or MIL for a coder who files it with the armed forces), "the FSB" Russia's
intelligence service.

:func:`resolve_agent` reads the words of one short phrase (a noun phrase as the parser gives it) with
the lexicon of ``data/actors/agents.yaml`` and the states' names and adjectives of the actor
dictionary, and guesses the agent's country and sector. Three kinds of agent:

- a named agency, armed service or party ("Shin Bet", "the People's Liberation Army", "PRI"): its
  country and sector are in the lexicon, unless the phrase names another state in front of it
  ("Ukraine's National Guard": the text wins);
- a state body ("the Ministry of Mines", "the Pakistani army"): its sector from the head word and,
  for a ministry, department or official, from its topic ("defence", "health");
- a common-noun group ("protesters", "riot police", "officials"): its sector from the lexicon.

A body's or group's country is the state named before the head (an adjective, a possessive, a name)
or after it with "of", "in" or "from" ("the army of Mali"); never after "to" or "for", which name
where an envoy is sent ("ambassador to the UN"). A state joined to a word by a hyphen ("U.S.-backed",
"Saudi-led") says who backs or leads, not whose the agent is. With no state in the phrase the country
is None: the story may give it, and the actor stage decides.

Not done here: finding the phrase in the text, persons with titles (``persons.py``), and dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from ..arrays import token_table
from ..errors import InputError
from ..record import slug
from .dictionary import Dictionary, WordStarts, seen_ids, trie_pattern
from .sectors import Sectors
from .tables import read_tables, table_paths, words

FILE = "agents.yaml"
_THE = re.compile(r"^(?:the|its|their|his|her)\s+")  # a determiner before a no_one phrase
SECTIONS = ("groups", "bodies", "topics", "qualifiers", "agencies", "shared", "blocs", "no_one")
# Prepositions after a head whose object is the agent's own state ("the army of Mali", "police in
# Kabul"); "to" and "for" name where an envoy or aid goes, so they are not here.
OWNER_AFTER = re.compile(r" (?:of|in|from) (?:the )?$")
NOT_OWNER = re.compile(r" (?:to|for|against|with|and|by|at) ")
# A state that only modifies a following word by a hyphen ("U.S.-backed", "Iran-aligned").
_HYPHENATED = re.compile(r"-\w")
# A capitalised word (no possessive) just before a name: "Orange" in "the Orange Democratic Party".
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w-]*)[ \n]\Z")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r" (['’]s?)(?= |$)")  # "Britain 's" -> "Britain's"
_HYPHEN = re.compile(r" ?- ?(?=\w)")  # "pro - government" -> "pro-government"


@dataclass(frozen=True)
class AgentGuess:
    """The country and sector an agent phrase gives, and what in it said so.

    ``kind``: ``agency`` (a named body of the lexicon), ``body`` (a state body named by its head
    word) or ``group`` (a common-noun group). ``alternative``: a second sector coders also give it
    (a defence ministry: GOV, alternatively MIL). ``igo``: the international organisation named in
    the phrase ("UN peacekeepers"). ``id`` and ``name`` are set for an agency.
    """

    country: str | None
    sector: str
    kind: str
    head: str
    alternative: str | None = None
    igo: str | None = None
    id: str | None = None
    name: str | None = None
    specific: bool = False  # a body the words name alone: "the army", "the interior ministry"
    home: bool = False  # with no state in the words, the story's state's (a trade union, employers)
    stateless: bool = False  # actnoun54: `country: none`: of no state, not the story's ("coalition forces")


@dataclass(frozen=True)
class Term:
    """One group or body word: its sector, and how the words around it are read."""

    sector: str
    kind: str  # group | body
    alternative: str | None = None
    generic: bool = False  # takes its sector from the body or topic before it ("army officers")
    owned: bool = True  # a state word before it gives its country
    alone: bool = False  # a body word that names the state's one body by itself ("the army")
    craft: bool = False  # a weapon or craft: a body named before it is the actor ("army jets": the army)
    chamber: str | None = None  # members of one chamber stand for it ("senators": the senate)
    home: bool = False  # with no state before it, the story's state's ("unions": `country: story`)
    community: bool = False  # a people or a faith by its plural ("Muslims", "Kurds"): see agents.yaml
    one: str | None = None  # agents51: the one id the entry's words take in a story ("demonstrators": protesters)


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    country: str | None
    sector: str
    alternative: str | None = None


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    text: str


def phrase_text(tokens: Iterable[str]) -> str:
    """The words of a phrase as one string, with a possessive or hyphen joined to its word again
    ("Britain 's" -> "Britain's", "pro - government" -> "pro-government")."""
    text = " ".join(t.strip() for t in tokens if t.strip())
    # Each pattern only where its mark is in the text (speed only: most phrases have neither).
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub(r"\1", text)
    return _HYPHEN.sub("-", text) if "-" in text else text


class Agents:
    """The agents lexicon, compiled for :meth:`resolve`."""

    def __init__(self, terms: dict[str, Term], topics: dict[str, tuple[str, str | None]],
                 qualifiers: dict[str, str], agencies: dict[str, Agency], dictionary: Dictionary) -> None:
        self.terms = terms
        self.topics = topics
        self.qualifiers = qualifiers
        self.agencies = agencies  # every written form -> its agency
        self.shared: dict[str, dict[str, str]] = {}  # an agency's form that bodies of other states share
        self.blocs: frozenset[str] = frozenset()  # words before a group that name several states ("Western")
        self.no_one: frozenset[str] = frozenset()  # phrases with a group's word that name no one ("social media")
        self.dictionary = dictionary
        # Group and body words match in any case ("Police", "police"); agency names as written.
        self._terms = re.compile(r"(?<![\w-])(?:" + trie_pattern(terms) + r")(?![\w-])")
        # (agency names open mostly with a capital: the edge check after each first letter, as
        # trie_pattern's edge puts it, lets the scan skip to them; speed only)
        self._agencies = re.compile(r"(?:" + trie_pattern(agencies, edge=r"[\w-]") + r")(?![\w-])")
        # The same names in two scans for a whole text (_agency_spans): those that open with no
        # lower-case ASCII letter in one trie, whose scan stops at their first characters only, and
        # the few that do ("the House", "al-Shabaab") each by its own literal, which the regex engine
        # searches for in its fast loop. In the one pattern they made the scan stop at every "a", "t"
        # and "u" of the text (speed only: _agency_spans gives _agencies' matches). None with many
        # such names (a user's lexicon): then the one pattern.
        lower = sorted((f for f in agencies if "a" <= f[:1] <= "z"), key=len, reverse=True)
        self._agency_scans = (
            re.compile(r"(?:" + trie_pattern([f for f in agencies if not "a" <= f[:1] <= "z"], edge=r"[\w-]")
                       + r")(?![\w-])"),
            [re.compile(re.escape(f) + r"(?<![\w-]" + re.escape(f) + r")(?![\w-])") for f in lower],
        ) if len(lower) <= 8 and len(lower) < len(agencies) else None
        # For a whole doc's text: the same matches read from the doc's tokens instead of the scans
        # (dictionary.WordStarts: every agency name opens with a word character after none; speed only).
        # None where one does not (a user's lexicon): then the scans.
        self._agency_starts = WordStarts(agencies) \
            if agencies and all(_WORD.match(f) for f in agencies) else None
        # For :meth:`may_name`: the words (\w runs) of every agency name as written and of every
        # group or body word in lower case. Both patterns match whole words only, and each word of a
        # phrase lies inside one token, so a phrase none of whose tokens holds one of these words
        # resolves to nothing. Lower-casing a whole phrase equals lower-casing its tokens one by one
        # for ASCII words; with a non-ASCII group word (Greek final sigma) no token is ruled out.
        self._agency_words = frozenset(w for form in agencies for w in _WORD.findall(form))
        self._term_words = frozenset(w for term in terms for w in _WORD.findall(term))
        self._rules_out = all(_WORD.search(f) for f in [*terms, *agencies]) and all(t.isascii() for t in terms)
        # may_name's answer for each token string met, by its slot in dictionary.seen_ids() (0: not read
        # yet, 1: no, 2: yes), of that table's generation
        self._may_name = np.zeros(0, dtype=np.uint8)
        self._may_name_generation = -1
        self._resolved: dict[str, AgentGuess | None] = {}  # a phrase's text -> resolve_text's answer
        # the last text named_agencies read, with its answer: two steps of the actors stage ask for the
        # same article's (speed only). The text fully determines the answer: the doc only says where a
        # name may start (WordStarts.spans gives the scans' own matches) and the lexicon is fixed once
        # loaded (debt49: 500 BBC texts, each answer the same with the doc, without it and in reversed order)
        self._named: tuple[str | None, list[tuple[int, int, str]]] = (None, [])

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), dictionary: Dictionary | None = None,
             sectors: Sectors | None = None) -> Agents:
        """The package's lexicon, then each user file in turn (its entries add to or replace it)."""
        sectors = sectors or Sectors.load()
        terms: dict[str, Term] = {}
        topics: dict[str, tuple[str, str | None]] = {}
        qualifiers: dict[str, str] = {}
        agencies: dict[str, Agency] = {}
        shared: dict[str, dict[str, str]] = {}
        blocs: set[str] = set()
        no_one: set[str] = set()
        for path in table_paths(FILE, paths):
            where, data = read_tables(path, SECTIONS)
            reader = _Reader(where, sectors)
            terms.update(reader.terms(data.get("groups"), "group"))
            terms.update(reader.terms(data.get("bodies"), "body"))
            topics.update(reader.topics(data.get("topics")))
            qualifiers.update(reader.qualifiers(data.get("qualifiers")))
            agencies.update(reader.agencies(data.get("agencies")))
            shared.update(reader.shared(data.get("shared")))
            blocs.update(w.lower() for w in words(data.get("blocs")))
            no_one.update(w.lower() for w in words(data.get("no_one")))
        agents = cls(terms, topics, qualifiers, agencies, dictionary or Dictionary(people=False))
        agents.shared, agents.blocs, agents.no_one = shared, frozenset(blocs), frozenset(no_one)
        return agents

    def may_name(self, doc: Doc) -> list[int]:
        """The indices of the tokens that may be part of an agent's name (in order): a phrase with
        none of them resolves to None, so a caller can skip it without reading it (speed only)."""
        table = token_table(doc)  # (the doc's array, shared with the other stages)
        if not table.n:
            return []
        # each word read once a run, not each token: its answer kept by the slot the ids the dictionary's
        # scans met give it, found by their one search of the doc's distinct ids (speed only)
        seen = seen_ids()
        words, slots, places = seen.of(doc, table.orth_ids)
        if self._may_name_generation != seen.generation:  # (cleared: bounded memory)
            self._may_name, self._may_name_generation = np.zeros(0, dtype=np.uint8), seen.generation
        self._may_name = seen.fitted(self._may_name)
        known = self._may_name[slots]  # each distinct id's
        new = (known == 0).nonzero()[0]
        if len(new):
            self._may_name[slots[new]] = [1 + self._may_name_word(doc.vocab.strings[o]) for o in words[new].tolist()]
            known = self._may_name[slots]
        return (known == 2)[places].nonzero()[0].tolist()

    def _may_name_word(self, word: str) -> bool:
        """Whether a token string holds a word of an agency name as written or of a group or body word
        in lower case (or no word rules a token out: see __init__)."""
        if word.isascii() and word.isalnum():  # one word: the common case, without the regex
            return not self._rules_out or word in self._agency_words or word.lower() in self._term_words
        return not self._rules_out or any(w in self._agency_words for w in _WORD.findall(word)) \
            or any(w in self._term_words for w in _WORD.findall(word.lower()))

    def named_agencies(self, text: str, doc: Doc | None = None) -> list[tuple[int, int, str]]:
        """(start, end, country) of every named agency of one state in ``text`` ("State Department");
        ``doc``: the doc whose text ``text`` is, if any (its tokens say where a name may start)."""
        cached = self._named
        if cached[0] is None or cached[0] != text:
            spans = self._agency_starts.spans(self._agencies, doc, text) \
                if doc is not None and self._agency_starts is not None else None
            if spans is None:
                spans = self._agency_spans(text)
            cached = self._named = (text, [(s, e, known.country) for s, e in spans
                                           if (known := self.agencies[text[s:e]]).country
                                           and not self.ends_other_party(text, s, e)])
        return list(cached[1])

    def _agency_spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``_agencies.finditer(text)``, from the two scans of ``_agency_scans``: their
        matches in order of start, the longest of those at one start (as the trie prefers it). Where
        two of them overlap, finditer would have passed over the later one: then the one pattern's
        own scan (speed only)."""
        if self._agency_scans is None:
            return [m.span() for m in self._agencies.finditer(text)]
        rest, literals = self._agency_scans
        found = [m.span() for m in rest.finditer(text)]
        for pattern in literals:
            found += [m.span() for m in pattern.finditer(text)]
        if len(found) < 2:
            return found
        found.sort(key=lambda span: (span[0], -span[1]))
        spans = [found[0]]
        for s, e in found:
            if s == spans[-1][0]:
                continue  # (the first at a start is the longest)
            if s < spans[-1][1]:
                return [m.span() for m in self._agencies.finditer(text)]
            spans.append((s, e))
        return spans

    def resolve(self, tokens: list[str]) -> AgentGuess | None:
        """The agent a phrase's words name (see the module's docstring), or None if none."""
        return self.resolve_text(phrase_text(tokens))

    def resolve_text(self, text: str) -> AgentGuess | None:
        # The answer depends on the text and the lexicon only, and phrases recur ("the government",
        # "police"): each is read once (speed only; an AgentGuess is frozen, so sharing it is safe).
        known = self._resolved
        if text not in known:
            if len(known) > 200_000:  # a long run meets ever new phrases: keep the memory bounded
                known.clear()
            known[text] = self._resolve_text(text)
        return known[text]

    def _resolve_text(self, text: str) -> AgentGuess | None:
        agency = _first_longest(self._agencies.finditer(text))
        if agency is not None and self.ends_other_party(text, agency.start(), agency.end()):
            agency = None
        if agency is not None:
            return self._agency_guess(agency, self._states(text, agency))
        lower = text.lower()
        if _THE.sub("", lower) in self.no_one:
            return None  # "social media", "the media": a medium or the press at large (agents.yaml no_one)
        found = [_Match(m.start(), m.end(), m.group()) for m in self._terms.finditer(lower)]
        if not found:
            return None
        states = self._states(text, agency)  # only now: most phrases name no agent at all
        # The head: the first word followed by "of" ("Ministry of Mines"), else the last one.
        of_heads = [m for m in found if lower.startswith(" of ", m.end)]
        head = of_heads[0] if of_heads else found[-1]
        term = self.terms[head.text]
        sector, alternative = self._qualified(lower[:head.start], *self._sector(lower, found, head, term))
        country, igo = _owner(text, states, head)
        specific = term.kind == "body" and (term.alone or self._topic(lower, head) is not None)
        return AgentGuess(country if term.owned else None, sector, term.kind, text[head.start:head.end],
                          alternative, igo, specific=specific, home=term.home, stateless=not term.owned)

    def ends_other_party(self, text: str, start: int, end: int) -> bool:
        """Whether a party's name ends a longer party name: a capitalised word that names no state
        runs on into it ("the Orange Democratic Party", "Liberal Democratic Party (LDP)" are not the
        American Democratic Party; "the US Democratic Party", "Japan's Democratic Party" are that
        party, or the state's own by its name)."""
        if not text.endswith(" Party", start, end):
            return False
        before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before.group(1) == "The":
            return False
        form = self.dictionary.forms.get(before.group(1))
        return form is None or self.dictionary.entries[form.actor].kind not in ("state", "igo")

    def _agency_guess(self, agency: re.Match[str], states: list[tuple[int, int, str, str]]) -> AgentGuess:
        known = self.agencies[agency.group()]
        before = [s for s in states if s[1] <= agency.start() and s[3] == "state"]
        # The text wins: "Ukraine's National Guard" is Ukraine's even though the lexicon's National
        # Guard is the American one; the sector the lexicon knows still holds.
        sector, alternative = self._qualified(agency.string[:agency.start()].lower(), known.sector, known.alternative)
        if before and before[-1][2] != known.country:
            return AgentGuess(before[-1][2], sector, "agency", agency.group(), alternative)
        return AgentGuess(known.country, sector, "agency", agency.group(), alternative, id=known.id, name=known.name)

    def _qualified(self, prefix: str, sector: str, alternative: str | None) -> tuple[str, str | None]:
        # Why: "rebel soldiers" are rebels and "former officials" hold no office, whatever the noun.
        for word in re.findall(r"[\w'-]+", prefix):
            if word in self.qualifiers:
                sector, alternative = self.qualifiers[word], None
        return sector, alternative

    def _sector(self, lower: str, found: list[_Match], head: _Match, term: Term) -> tuple[str, str | None]:
        if term.generic:
            # "army officers", "Foreign Ministry officials": the body just before the noun says.
            before = [m for m in found if m.end == head.start - 1]
            if before:
                return self._sector(lower, found, before[0], self.terms[before[0].text])
        if term.generic or (term.kind == "body" and term.sector == "GOV"):
            topic = self._topic(lower, head)
            if topic is not None:
                return topic
        return term.sector, term.alternative

    def _topic(self, lower: str, head: _Match) -> tuple[str, str | None] | None:
        """The topic of a ministry or official: after "of" ("Ministry of Defence") or just before
        the head ("Defence Ministry", "health officials")."""
        after = re.match(r" of (?:the )?([\w' -]+?)(?=$| of | in | to | for |,)", lower[head.end:])
        if after and after.group(1) in self.topics:
            return self.topics[after.group(1)]
        before = lower[:head.start].split()
        for n in (2, 1):
            if len(before) >= n and " ".join(before[-n:]) in self.topics:
                return self.topics[" ".join(before[-n:])]
        return None

    def _states(self, text: str, agency: re.Match[str] | None) -> list[tuple[int, int, str, str]]:
        """(start, end, id, kind) of every state or IGO the phrase names, outside the agency's
        own name and not joined by a hyphen to the next word."""
        found = []
        for m in self.dictionary.pattern.finditer(text):
            form = self.dictionary.forms[m.group().replace("\n", " ")]  # a name over a line break
            kind = self.dictionary.entries[form.actor].kind
            if kind not in ("state", "igo") or _HYPHENATED.match(text, m.end()):
                continue
            if agency is not None and m.start() < agency.end() and agency.start() < m.end():
                continue
            found.append((m.start(), m.end(), form.actor, kind))
        return found


def _owner(text: str, states: list[tuple[int, int, str, str]], head: _Match) -> tuple[str | None, str | None]:
    """The state (or IGO) the agent belongs to: the last one named before the head, else the first
    named after it with "of", "in" or "from" ("the army of Mali", "police in Kabul")."""
    before = [s for s in states if s[1] <= head.start]
    after = [s for s in states if s[0] >= head.end and OWNER_AFTER.search(text, head.end, s[0])
             and not NOT_OWNER.search(text, head.end, s[0])]
    chosen = before[-1] if before else after[0] if after else None
    if chosen is None:
        return None, None
    return (chosen[2], None) if chosen[3] == "state" else (None, chosen[2])


def _first_longest(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    return max(matches, key=lambda m: (m.end() - m.start(), -m.start()), default=None)


class _Reader:
    """Checks one file's sections and turns them into lookup tables; errors name file and entry."""

    def __init__(self, where: str, sectors: Sectors) -> None:
        self.where = where
        self.sectors = sectors
        self.seen: set[str] = set()  # group and body words of this file: each means one thing

    def _fail(self, entry: str, problem: str) -> InputError:
        return InputError(self.where, f"{entry}: {problem}")

    def terms(self, section: Any, kind: str) -> dict[str, Term]:
        found: dict[str, Term] = {}
        name = "groups" if kind == "group" else "bodies"
        for n, raw in enumerate(_list(self, section, name), 1):
            entry = f"{name} entry {n}"
            if not isinstance(raw, dict) or not raw.get("words"):
                raise self._fail(entry, "needs words: [...] and a sector")
            term = Term(self.sectors.check(raw.get("sector"), self.where, entry), kind,
                        self._alternative(raw, entry), bool(raw.get("generic", False)),
                        raw.get("country", "modifier") != "none", bool(raw.get("alone", False)),
                        bool(raw.get("craft", False)), raw.get("chamber"), raw.get("country") == "story",
                        bool(raw.get("community", False)),
                        slug(words(raw["words"])[0]) if raw.get("one") else None)
            for word in words(raw["words"]):
                if word.lower() in self.seen:
                    raise self._fail(entry, f"{word!r} is listed twice in groups and bodies")
                self.seen.add(word.lower())
                found[word.lower()] = term
        return found

    def topics(self, section: Any) -> dict[str, tuple[str, str | None]]:
        found = {}
        for topic, raw in _mapping(self, section, "topics: must map topic words to {sector, alternative}").items():
            entry = f"topic {topic!r}"
            if not isinstance(raw, dict):
                raise self._fail(entry, "needs a sector")
            found[str(topic).lower()] = (self.sectors.check(raw.get("sector"), self.where, entry),
                                         self._alternative(raw, entry))
        return found

    def qualifiers(self, section: Any) -> dict[str, str]:
        return {str(w).lower(): self.sectors.check(s, self.where, f"qualifier {w!r}")
                for w, s in _mapping(self, section, "qualifiers: must map words to a sector").items()}

    def agencies(self, section: Any) -> dict[str, Agency]:
        found: dict[str, Agency] = {}
        for n, raw in enumerate(_list(self, section, "agencies"), 1):
            entry = f"agencies entry {n}"
            if not isinstance(raw, dict) or not raw.get("name"):
                raise self._fail(entry, "needs a name, a country and a sector")
            name = str(raw["name"])
            entry = f"{entry} ({name})"
            country = raw.get("country")
            if country is not None and not (isinstance(country, str) and len(country) == 3 and country.isupper()):
                raise self._fail(entry, f"country {country!r} is not a three-letter state code")
            agency = Agency(str(raw.get("id") or f"org:{slug(name)}"), name, country,
                            self.sectors.check(raw.get("sector"), self.where, entry),
                            self._alternative(raw, entry))
            for form in [name, *words(raw.get("aliases"))]:
                if form in found and found[form].id != agency.id:
                    raise self._fail(entry, f"{form!r} already names {found[form].name}")
                found[form] = agency
        return found

    def shared(self, section: Any) -> dict[str, dict[str, str]]:
        found = {}
        for form, states in _mapping(self, section, "shared: must map a written form to {state: sector, ...}").items():
            entry = f"shared {form!r}"
            if not isinstance(states, dict) or len(states) < 2 or \
                    not all(isinstance(c, str) and len(c) == 3 and c.isupper() for c in states):
                raise InputError(self.where, f"{entry}: needs two or more three-letter state codes, each with a sector")
            found[str(form)] = {c: self.sectors.check(sector, self.where, entry) for c, sector in states.items()}
        return found

    def _alternative(self, raw: dict[str, Any], entry: str) -> str | None:
        value = raw.get("alternative")
        return None if value is None else self.sectors.check(value, self.where, entry)


def _mapping(reader: _Reader, section: Any, message: str) -> dict[Any, Any]:
    """A mapping section of the lexicon: none is empty; any other shape fails with ``message`` (as _list for lists)."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise InputError(reader.where, message)
    return section


def _list(reader: _Reader, section: Any, key: str) -> list[Any]:
    if section is None:
        return []
    if not isinstance(section, list):
        raise InputError(reader.where, f"{key}: must be a list of entries (`- ...` lines)")
    return section


@cache
def _default() -> Agents:
    return Agents.load()


@cache
def group_words() -> frozenset[str]:
    """The one-word group nouns of the package's lexicon ("envoy", "officials", "voters"): words for people."""
    return frozenset(w for w, term in _default().terms.items() if term.kind == "group" and " " not in w)


def resolve_agent(tokens: list[str]) -> AgentGuess | None:
    """The agent a phrase's words name, with the package's lexicon (see :class:`Agents`)."""
    return _default().resolve(tokens)
