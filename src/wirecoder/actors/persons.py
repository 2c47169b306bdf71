"""Persons: names, and the office, country and sector that the text gives them.

A person's attributes are read from the words around one of their names:
- a title before the name: "Russian Foreign Minister Sergey Lavrov", "Kazakhstan's Defence Minister
  Nurlan Bekov", "U.S. Secretary of State X", "the foreign minister of Peru, Ana Quispe";
- an apposition after it: "Lin Qiao, spokesperson for the Chinese foreign ministry", "Selim Aydın,
  chief adviser to the Turkish president", "General X, the army chief";
- "President X of Peru".
The office words and their sectors are data (``data/actors/offices.yaml``); this module only knows
where to look for them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from ..arrays import sentence_bounds, token_table
from ..ids import (
    DEPS_NSUBJ_NSUBJPASS,
    ENTS_ORG_FAC_EVENT_LAW,
    WORD_AS,
    WORD_FORMER,
    WORD_ITS,
    WORD_OF,
    WORD_TO,
    WORDS_AND_BUT_WHILE_WHO_WHICH_THAT,
    WORDS_OF_FOR,
    WORDS_TO_FOR_OF,
    string_ids,
)
from .dictionary import Offices, WordStarts, edge_spans, hinted_matches, trie_pattern
from .owners import PRIVATE_SECTORS, TRADE_WORDS

# Words that may stand between an office and the state it serves: "minister of Peru",
# "spokesperson for the Chinese foreign ministry", "adviser to the Turkish president".
_LINK_WORDS = frozenset({"of", "for", "to", "from", "at", "in"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "then", "former"})
# Lowercase words that join a portfolio's capitalised words ("of State for Foreign Affairs").
_PORTFOLIO_JOINERS = frozenset({"of", "for", "and"})
# Lowercase words kept lowercase in a title-cased role ("Secretary of State").
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "to", "in", "on", "at"})
# Entity types that are never part of a title, nor of a person's name read after a title (the small
# model tags some unfamiliar names as places or works, so those are not ruled out for names).
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NOT_TITLE_ENTS = _NOT_NAME_ENTS | {"GPE", "NORP", "LOC", "EVENT", "FAC", "LAW", "LANGUAGE"}
# A noun's part-of-speech ids (``tok.pos`` of "NOUN" and "PROPN"), to read the doc's pos column (speed only).
_NOUN_IDS = (NOUN, PROPN)
_APPOSITION_STOP = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "\"", "“", "”"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_WORD_EDGE, _WORD_END, _WORD_START = r"(?<!\w)", r"(?!\w)", re.compile(r"\w")  # the office pattern's edges


def office_pattern(offices: Offices) -> re.Pattern[str]:
    """One case-insensitive regex for an office with the qualifiers before it ("deputy foreign minister")."""
    heads = trie_pattern(" ".join(h) for h in offices.heads)
    quals = trie_pattern(offices.qualifiers)
    # "Trade and Industry Secretary": qualifiers may be joined by "and".
    return re.compile(rf"(?<!\w)(?:(?:{quals})(?:\s+and)?[\s-]+)*(?:{heads})(?!\w)", re.IGNORECASE)


def title_case(words: str) -> str:
    """The role as a title: "chief adviser" -> "Chief Adviser", "secretary of state" -> "Secretary of State"."""
    out = []
    for i, word in enumerate(words.split()):
        if word.isupper() and len(word) > 1:
            out.append(word)  # MP, CEO
        elif i and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


@dataclass
class Office:
    """One office phrase in the text: tokens [start, end), its role text and sector."""

    start: int
    end: int
    role: str
    sector: str | None
    head: str  # the head word, lowercase ("minister")
    titled: bool  # written as a title ("Minister"), as before a name
    # the first token of the words the office list matched: later than ``start`` where a written title
    # took in capitalised words before them ("Bundesbank President": the list's match is "President")
    listed: int = -1


@dataclass
class Attributes:
    """What the text says about a person at one of their names."""

    role: str | None = None
    country: str | None = None
    sector: str | None = None
    gender: str | None = None  # "he" | "she"
    # spk47: the gender an honorific right before the name tells ("Ms", "Sir"); it outweighs an office noun's
    # ("chairman", "spokesman"), which agency copy also writes for women (see the actor stage's _honorific_gender)
    honorific: str | None = None
    counterpart: bool = False  # "his Polish counterpart": the role is the other person's
    guessed: bool = False  # the country is the dateline's guess, not read in the words around the name
    igo: bool = False  # the office is an international body's ("UN spokesperson"): the person serves no state
    # Tokens where the person the office serves may be named ("adviser to President X", "X's aide"):
    # with no state in the words, the person takes that principal's country (see the actor stage).
    principal: tuple[int, int] | None = None
    # debt51: the first token of the private body a state's title was read "of" (_of_a_private_body: "director of
    # the Acme Corporation"), whose sector the actor stage gives once the bodies have theirs (owners.give_owners)
    owner_at: int | None = None

    def score(self) -> int:
        return 2 * (self.role is not None) + (self.country is not None)


class TitleReader:
    """Reads offices in a parsed text and the attributes they give to names."""

    def __init__(self, offices: Offices) -> None:
        self.offices = offices
        self.pattern = office_pattern(offices)
        # The same pattern, case-sensitive, for a text in lower case (speed only: about twice as fast
        # as matching each letter case-insensitively). Only for a pattern of lower-case ASCII.
        source = self.pattern.pattern
        self._lower_pattern = re.compile(source) if source.isascii() and source == source.lower() else None
        # The lower-case pattern behind a character that is no ASCII letter, digit or "_", its match as
        # group 1 (dictionary.edge_spans): an office starts with a word character after none, so the scan
        # skips through words to the next such character instead of trying the pattern at every
        # character (speed only: the same matches).
        # Behind that character, a lookahead for the words an office opens with (a qualifier or a head,
        # one trie): every match opens with one, and most characters it is tried at open none, so the
        # pattern's repeat of qualifiers is not set up there (speed only: a filter, the same matches).
        opening = trie_pattern(sorted({*offices.qualifiers, *(" ".join(h) for h in offices.heads)}))
        ahead = f"(?={opening})" if opening.isascii() and opening == opening.lower() else ""
        self._lower_after = re.compile(r"[^A-Za-z0-9_]" + ahead + "(" + source[:-len(_WORD_END)] + ")" + _WORD_END) \
            if self._lower_pattern is not None and source.startswith(_WORD_EDGE) and source.endswith(_WORD_END) \
            and self._starts_with_word(offices) else None
        # The lower-case pattern's opening runs of word characters (a qualifier's or a head's first):
        # its matches read from a doc's tokens instead of the scan (dictionary.WordStarts; speed only)
        self._word_starts = WordStarts((*offices.qualifiers, *(" ".join(h) for h in offices.heads)), lower=True) \
            if self._lower_after is not None else None
        self._role_skip = {"former", "then", "acting"}
        # (the word-edge check after each first letter: trie_pattern's edge, speed only)
        self.honorific_pattern = re.compile(r"(?:" + trie_pattern(offices.honorifics, edge=r"\w") + r")(?!\w)")
        # honorifics of other naming systems by their first and by their last word, longest first (speed
        # only: a word that starts or ends none is passed over without looking at its neighbours)
        self._honorifics_by_first: dict[str, list[tuple[str, ...]]] = {}
        self._honorifics_by_last: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(offices.name_honorifics, key=len, reverse=True):
            self._honorifics_by_first.setdefault(words[0], []).append(words)
            self._honorifics_by_last.setdefault(words[-1], []).append(words)
        self.name_honorific_words = frozenset(w for words in offices.name_honorifics for w in words)
        # "the Queen" alone, not "the Queen of X", "the Queen's Speech" nor "the King Tavor" (offices.yaml
        # monarch_titles; compiled once, not per doc)
        titles = "|".join(re.escape(t) for t in sorted(offices.monarch_titles))
        # ("\b[Tt]he" with the word-edge check after the first letter, as trie_pattern's edge: the scan
        # skips to the next T or t instead of trying the pattern at every character; speed only)
        self.monarch_pattern = re.compile(r"[Tt](?<!\w[Tt])he (" + titles + r")\b(?!\s+of\b)(?!\s*['’]s\s+[A-Z])(?!\s+[A-Z])") \
            if titles else None
        # "he Queen", "he King": every match of monarch_pattern holds one just after its first letter. A
        # search for that literal runs in the regex engine's fast loop for a literal prefix, where the
        # pattern's opening class [Tt] is tried at every character of the text (~30 times slower by
        # timing, the stages' largest scan; speed only: monarch_matches gives the same matches)
        self._monarch_hint = re.compile("he (?:" + titles + ")") if titles else None

    def monarch_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``monarch_pattern.finditer(text)``: the pattern tried only one character before each
        occurrence of its literal part (``_monarch_hint``; dictionary.hinted_matches)."""
        if self.monarch_pattern is None or self._monarch_hint is None:
            return iter(())
        return hinted_matches(self.monarch_pattern, self._monarch_hint, text)

    def find_offices(self, doc: Doc, text: str, lo: int, names: set[int]) -> list[Office]:
        """Every office phrase after character ``lo`` whose head is a noun ("official visit" is not).
        ``names``: tokens inside dictionary names, which a title never runs into."""
        found: list[Office] = []
        table = token_table(doc)  # (the span's bounds and its last word's tag from the doc's columns: speed only)
        for s, e in self._office_spans(text, lo, doc):
            bounds = table.char_tokens(s, e)  # (doc.char_span(s, e, alignment_mode="expand")'s, without the Span)
            if bounds is None or table.pos_id[bounds[1] - 1] not in _NOUN_IDS:
                continue
            span_start, span_end = bounds
            head = doc[span_end - 1]
            phrase = text[s:e]
            words = phrase.split()
            # "former president X" holds no office now: the role says so, as the dated table's does.
            former = "former " if any(w.lower() == "former" for w in words[:2]) else ""
            # "ex-president X", "ex-prime minister X" (qualifier "ex" in offices.yaml): the same as "former".
            if words and words[0][:3].lower() == "ex-" and len(words[0]) > 3:
                former, words = "former ", [words[0][3:], *words[1:]]
            while words and words[0].lower() in self._role_skip:
                words.pop(0)
            titled = head.is_title or head.is_upper
            start = span_start
            if titled:
                # A written title takes in the capitalised words before it that no list knows
                # ("Unification Minister"), short of names, acronyms and body words ("Ministry").
                while start > 0 and span_start - start < 3 and self._title_word(doc[start - 1], names):
                    start -= 1
                words = [t.text for t in doc[start:span_start]] + words
            if not former and self._former_before(doc, start):
                # "a former Labour minister", "ex-Tory MP X", "the former Cabinet minister X": "former"
                # before the party's or the portfolio's capitalised words still says the office is
                # past (actors39: the role lost it, and a former minister acted for the state)
                former, phrase = "former ", "former " + phrase
            found.append(Office(start, span_end, former + title_case(" ".join(words)), self._sector(phrase.lower()),
                                head.lower_, titled, span_start))
        return found

    @staticmethod
    def _former_before(doc: Doc, start: int) -> bool:
        """Whether "former" or "ex-" stands before the one or two capitalised words (a party's or a
        portfolio's: "Labour", "Cabinet", "Lib Dem") just before the office at token ``start``."""
        k, vocab = start, doc.vocab
        # (one token a word, made directly, as doc[k - 1]: arrays.kids_of's note; speed26)
        while k > 0 and start - k < 2 and ((t := Token(vocab, doc, k - 1)).is_title or t.is_upper) and t.is_alpha \
                and not t.is_sent_start:
            k -= 1
        if k == start or k == 0:
            return False
        if doc[k - 1].lower == WORD_FORMER:
            return True
        # "ex-Labour": spaCy splits the hyphen off ("ex", "-", "Labour")
        return k > 1 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "ex" and not doc[k - 1].whitespace_

    def _office_spans(self, text: str, lo: int, doc: Doc | None = None) -> Iterable[tuple[int, int]]:
        """(start, end) of each match of the office pattern in ``text`` after ``lo``. The text in
        lower case matches the lower-case pattern where the case-insensitive one matches the text,
        unless lowering changes its length ("İ") or it holds a letter that the regex module folds
        but ``str.lower`` does not ("ı", "ſ"): then the case-insensitive pattern reads it. With the
        ``doc`` whose text ``text`` is, the lower-case pattern is tried where the doc's tokens say
        it may match (WordStarts; speed only: the same spans)."""
        lowered = text.lower() if self._lower_pattern is not None else ""
        if self._lower_pattern is not None and len(lowered) == len(text) and "ı" not in lowered \
                and "ſ" not in lowered:
            found = self._word_starts.spans(self._lower_pattern, doc, lowered, lo) \
                if doc is not None and self._word_starts is not None else None
            return edge_spans(self._lower_pattern, self._lower_after, lowered, lo) if found is None else found
        return (m.span() for m in self.pattern.finditer(text, lo))

    @staticmethod
    def _starts_with_word(offices: Offices) -> bool:
        """Whether every qualifier and head opens with a word character (as edge_spans needs)."""
        return all(_WORD_START.match(w) for w in (*offices.qualifiers, *(" ".join(h) for h in offices.heads)))

    def _title_word(self, tok: Token, names: set[int]) -> bool:
        return (tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.i not in names
                and tok.lower_ not in self.offices.bodies and tok.text not in self.offices.honorifics
                and tok.ent_type_ not in _NOT_TITLE_ENTS and tok.ent_type_ != "PERSON")

    def _sector(self, phrase: str) -> str | None:
        sector = None
        # the longest head at the end of the phrase, hyphenated as one word ("editor-in-chief") or not
        for split in (phrase.split(), phrase.replace("-", " ").split()):
            words = split
            n = next((n for n in range(len(split), 0, -1) if tuple(split[-n:]) in self.offices.heads), 0)
            if n:
                sector = self.offices.heads[tuple(split[-n:])]
                words = split[:-n]
                break
        # A qualifier with a sector of its own wins ("opposition leader", "army chief").
        for word in words:
            word = "ex" if word.startswith("ex-") else word  # "ex-prime minister": "ex" is a qualifier
            if self.offices.qualifiers.get(word):
                sector = self.offices.qualifiers[word]
        return sector

    def gender_of(self, word: str) -> str | None:
        if word in self.offices.he or word.lower() in self.offices.he:
            return "he"
        if word in self.offices.she or word.lower() in self.offices.she:
            return "she"
        return None

    def is_honorific(self, token: Token) -> bool:
        return token.text in self.offices.honorifics

    def name_honorific_at(self, doc: Doc, i: int) -> int:
        """How many tokens of an honorific of another naming system ("Datuk Seri", "Alhaji") start at
        token ``i``: the longest, or 0. Only where a capitalised word follows, as a name does."""
        if i >= len(doc):
            return 0
        for words in self._honorifics_by_first.get(doc[i].text, ()):
            n = len(words)
            if i + n < len(doc) and doc[i + n].is_title and all(doc[i + k].text == w for k, w in enumerate(words)):
                return n
        return 0

    def past_name_honorific(self, doc: Doc, i: int) -> int:
        """The first token at or after ``i`` that is not part of an honorific of another naming system
        before a name, also when ``i`` is inside one ("Seri" of "Datuk Seri Harun")."""
        while i < len(doc):
            n = self.name_honorific_at(doc, i)
            if not n and i + 1 < len(doc) and doc[i + 1].is_title and self.name_honorific_before(doc, i + 1) > 1:
                n = 1
            if not n:
                break
            i += n
        return i

    def name_honorific_before(self, doc: Doc, k: int) -> int:
        """How many tokens of an honorific of another naming system end just before token ``k``."""
        if k < 1 or k > len(doc):
            return 0
        for words in self._honorifics_by_last.get(doc[k - 1].text, ()):
            n = len(words)
            if k - n >= 0 and all(doc[k - n + j].text == w for j, w in enumerate(words)):
                return n
        return 0


@dataclass
class Context:
    """Per-document lookups that the title reader needs, by token index."""

    doc: Doc
    text: str  # doc.text, which spaCy rebuilds on every access
    offices_by_end: dict[int, Office]  # keyed by the office's last token + 1
    offices_by_start: dict[int, Office]
    state_by_end: dict[int, tuple[int, str]]  # last token + 1 -> (first token, state id)
    state_by_start: dict[int, tuple[int, str]]  # first token -> (end token, state id)
    any_by_end: dict[int, int]  # any dictionary name (state, IGO, place...): last token + 1 -> first
    any_by_start: dict[int, int]  # first token -> last token + 1
    skippable: frozenset[str]  # qualifiers and body words, read past between a state and an office
    named_states: list[tuple[int, str]]  # (first token, state id) of states named (not adjectives)
    home: str | None  # the state whose capital is the dateline's place
    place_nouns: frozenset[str] = frozenset()  # "county", "city": "the county's prosecutor, X," (offices.yaml)
    igo_by_end: dict[int, int] = field(default_factory=dict)  # an international body's name: last token + 1 -> first
    igo_by_start: dict[int, int] = field(default_factory=dict)  # first token -> last token + 1
    party_by_start: dict[int, int] = field(default_factory=dict)  # a party's name: first token -> last token + 1
    offices: Offices | None = None  # evsec49: the office words (owned_heads, owner_heads: _owner_sector)


# (COP: a sheriff, evperson34: the dateline's state, as a local official's)
_STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
_BACK_POINTERS = frozenset({"its", "their"})


def _state_before(ctx: Context, i: int) -> tuple[str | None, int]:
    """The state named by the words ending just before token ``i`` ("Russian", "Kazakhstan's", "the U.S."),
    reading back over body words ("Foreign Ministry") and qualifiers; and where that reading stopped."""
    doc = ctx.doc
    j = i
    while j > 0 and i - j < 4:
        if j in ctx.state_by_end:
            return ctx.state_by_end[j][1], ctx.state_by_end[j][0]
        if doc[j - 1].text in _POSSESSIVE and j - 1 in ctx.state_by_end:
            return ctx.state_by_end[j - 1][1], ctx.state_by_end[j - 1][0]
        if doc[j - 1].lower_ not in ctx.skippable and not _modifying_noun(doc[j - 1]):
            break
        j -= 1
    return None, j


def _modifying_noun(tok: Token) -> bool:
    """A lowercase noun that modifies the office after it ("Philippine exercise director", "U.S.
    trade negotiator"): read past like a body word, since the state before it is still the office's."""
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.is_lower


def _state_after(ctx: Context, i: int, limit: int) -> str | None:
    """The first state named in tokens [i, limit), before any stop punctuation or paragraph break (a
    lone line break is wire copy's line wrap, inside a sentence: "director of\nthe Institute ...")."""
    doc = ctx.doc
    for j in range(i, min(limit, len(doc))):
        if doc[j].text in _APPOSITION_STOP or "\n" in doc[j].text and doc[j].text != "\n":
            return None
        if j in ctx.state_by_start:
            return ctx.state_by_start[j][1]
    return None


def _last_state_before(ctx: Context, i: int) -> str | None:
    """The state last named before token ``i``: what "its" in "its spokesman" points back to."""
    k = bisect.bisect_left(ctx.named_states, (i, "")) - 1
    return ctx.named_states[k][1] if k >= 0 else None


def _state_named_since(ctx: Context, a: int, i: int) -> bool:
    """Whether a state is named (by its name) in tokens [a, i)."""
    k = bisect.bisect_left(ctx.named_states, (a, ""))
    return k < len(ctx.named_states) and ctx.named_states[k][0] < i


def _office_before_name(ctx: Context, k: int) -> tuple[Office | None, str | None]:
    """The office whose title ends at token ``k`` (just before a name), and a state named after it:
    "Foreign Minister NAME", "Peru's foreign minister, NAME", "the foreign minister of Peru, NAME",
    "Sudan's ambassador to the UN, NAME"."""
    doc = ctx.doc
    j = k - 1 if k > 0 and doc[k - 1].text == "," else k
    office: Office | None = None
    state_after: str | None = None
    linked = False  # "office of/for/to X, NAME": a title by its very shape
    if j in ctx.offices_by_end:
        office = ctx.offices_by_end[j]
    elif j in ctx.any_by_end:
        p = ctx.any_by_end[j] - 1
        if p >= 0 and doc[p].lower_ == "the":
            p -= 1
        if p >= 0 and doc[p].lower_ in _LINK_WORDS and p in ctx.offices_by_end:
            office = ctx.offices_by_end[p]
            state_after = ctx.state_by_end.get(j, (0, None))[1]
            linked = True
    elif (office := _office_of_portfolio(ctx, j, j == k)) is not None:
        linked = True
    if office is not None and j != k and not office.titled and not linked:
        # A lowercase office before a comma must be introduced as a title ("Its spokesman, X",
        # "the minister of Peru, X"); otherwise it is more likely the end of a clause.
        country, stop = _state_before(ctx, office.start)
        if country is None and not (stop > 0 and (doc[stop - 1].lower_ in _DETERMINERS_OR_BACK_POINTERS
                                                  or stop in ctx.any_by_end)) \
                and not _local_possessor(ctx, stop):
            return None, None
    return office, state_after


def _local_possessor(ctx: Context, stop: int) -> bool:
    """evperson34: "the county's top prosecutor, NAME," / "the city's deputy mayor, NAME,": a lowercase
    office owned by a place noun (offices.yaml ``place_nouns``: county, city, state, province ...) after a
    determiner is a title introduced as such, as "its spokesman, NAME," is; without this a local official
    so introduced had no office, and the events stage dropped what they did."""
    doc = ctx.doc
    return stop > 2 and doc[stop - 1].text in _POSSESSIVE and doc[stop - 2].lower_ in ctx.place_nouns \
        and doc[stop - 3].lower_ in _DETERMINERS


def _office_of_portfolio(ctx: Context, j: int, no_comma: bool = False) -> Office | None:
    """ "Minister of Justice, NAME": an office, "of" and the capitalised words of its portfolio, ending
    at token ``j`` before the comma: the office with the portfolio in its role. With ``no_comma`` the
    title runs straight into the name, and may hold "the" ("Chancellor of the Exchequer NAME"): a
    titled office and a capitalised portfolio that holds no person's name."""
    doc = ctx.doc
    p = j
    while p > 0 and j - p < 3 and doc[p - 1].is_title and doc[p - 1].pos_ in ("PROPN", "NOUN"):
        p -= 1
    # ("The Chancellor of the Exchequer, NAME," holds "the" before a comma too, when the portfolio is one
    # word: "the director of the Halvik Institute, NAME" is of a body, not a portfolio)
    if p < j and p >= 2 and doc[p - 1].lower_ == "the" and (no_comma or j - p == 1):
        p -= 1
    # "Minister of State for Foreign Affairs NAME", "Minister for Trade and Industry NAME": a portfolio
    # of several capitalised words joined by "for", "of" or "and" (Gulf, South Asian and Commonwealth
    # titles); the walk back goes over them to the office before the first "of" or "for".
    while p < j and p >= 3 and doc[p - 1].lower_ in _PORTFOLIO_JOINERS and p - 1 not in ctx.offices_by_end \
            and doc[p - 2].is_title and doc[p - 2].pos_ in ("PROPN", "NOUN") and j - p < 8:
        p -= 2
        while p > 0 and j - p < 8 and doc[p - 1].is_title and doc[p - 1].pos_ in ("PROPN", "NOUN") \
                and p - 1 not in ctx.offices_by_end:
            p -= 1
    if p == j or p < 2 or doc[p - 1].lower_ not in ("of", "for") or p - 1 not in ctx.offices_by_end:
        return None
    office = ctx.offices_by_end[p - 1]
    if not office.titled or no_comma and any(doc[t].ent_type_ == "PERSON" for t in range(p, j)):
        return None
    return Office(office.start, j, f"{office.role} {doc[p - 1].lower_} {doc[p:j].text}", office.sector, office.head, True)


def _name_after_portfolio(ctx: Context, office: Office) -> int | None:
    """The first token of a name written straight after a titled office and its portfolio ("Minister
    of State for Foreign Affairs Rashed Kaabi said", "Minister for Trade and Industry Ana Quispe"):
    the portfolio's capitalised words and their joiners run on into the name; the name is the
    spaCy PERSON inside the run, or else its last two words (a first name and a surname). None
    where no "of"/"for" follows the office or the run holds no portfolio word before the name."""
    doc, i = ctx.doc, office.end
    if i >= len(doc) or doc[i].lower not in WORDS_OF_FOR:
        return None
    r = i
    while r < len(doc) and r - i < 12 and (doc[r].lower_ in _PORTFOLIO_JOINERS or doc[r].lower_ == "the"
                                           or doc[r].is_title and doc[r].pos_ in ("PROPN", "NOUN")
                                           or doc[r].text == "-" and r > i and doc[r - 1].is_title):
        r += 1
    while r > i and not doc[r - 1].is_title:
        r -= 1  # (a run ends on a capitalised word)
    if r < len(doc) and doc[r].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "Head of the Coastal Fraud Watch unit": the run is a body's name
    person = next((t for t in range(i + 2, r) if doc[t].ent_type_ == "PERSON" and doc[t].ent_iob_ == "B"), None)
    if person is None and any(doc[t].ent_type_ in ("ORG", "FAC", "GPE", "NORP", "LOC") for t in range(r - 2, r)):
        return None  # (no person spaCy saw, and the last words are a body's or a place's)
    if person is None and r < len(doc) and doc[r].text == ",":
        return None  # "Minister for Youth and Sport, NAME": a comma closes the portfolio (actors16)
    if person is None:
        words, k = 0, r
        while k > i and words < 2:
            k -= 1
            while k > i and doc[k - 1].text == "-":
                k -= 2
            words += 1
        person = k
    if person - i < 2 or not doc[person - 1].is_title or _office_of_portfolio(ctx, person, True) is None:
        return None
    return person


def past_joined_fields(doc: Doc, j: int, e: int) -> int:
    """The end of a portfolio of several fields that runs on from ``doc[j:e]`` ("Minister for Youth
    and Sport, NAME", "Secretary for Culture, Sports and Tourism, NAME"): over "and" before a
    capitalised word, and over a comma when a capitalised run and "and" + a capitalised word follow
    it (a list of fields, not the name). Why (actors16): the walk stopped at "and", so the office had
    no name after it and the name was lost or read as a body."""
    def field_end(k: int) -> int:
        n = k
        while n < len(doc) and n - k < 3 and doc[n].is_title and doc[n].pos_ in ("PROPN", "NOUN") \
                and doc[n].ent_type_ in ("", "ORG"):
            n += 1
        return n
    while e + 1 < len(doc) and e - j < 8:
        if doc[e].lower_ == "and" and (n := field_end(e + 1)) > e + 1:
            e = n
        elif doc[e].text == "," and (n := field_end(e + 1)) > e + 1 and n + 1 < len(doc) \
                and doc[n].lower_ == "and" and field_end(n + 1) > n + 1:
            e = n
        else:
            break
    return e


def _office_in_apposition(ctx: Context, end: int) -> Office | None:
    """The office that an apposition after the name at token ``end`` starts with: ", [the] [Turkish]
    chief adviser ..."."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    i, stop = end + 1, min(len(doc), end + 10)
    modified = owned = False
    while i < stop and i not in ctx.offices_by_start:
        if i in ctx.state_by_start:
            i = ctx.state_by_start[i][0]
        elif doc[i].lower in _DETERMINERS_IDS or doc[i].text in _POSSESSIVE:
            i += 1
        elif i in ctx.party_by_start:  # "X, the Lib Dem environment spokesman," (appos38)
            i, modified = ctx.party_by_start[i], True
        elif _modifies_later(ctx, i, stop):
            i, modified = i + 1, True
        elif _private_owner(ctx, i, stop):
            i, modified, owned = i + 1, True, True
        else:
            break
    office = ctx.offices_by_start.get(i)
    if office is not None and owned and office.sector not in _PRIVATE_OFFICE_SECTORS and _owner_sector(ctx, office) is None:
        return None  # "X, a Lufthansa spokesman,": a firm's office that a state's sector would misplace
        # (evsec49: unless the owner's name says its kind, "X, the Tarnwick Trust chairman,": _owner_sector)
    # (past modifiers, the office must head the apposition: not "NAME, a Treasury spokesman said", where
    # the office is the next clause's subject)
    if office is not None and modified and doc[office.end - 1].dep_ != "appos" \
            and not (office.end < len(doc) and doc[office.end].text in _APPOSITION_STOP):
        return None
    return office


# The modifiers read past before an office in an apposition (appos38): adjectives and nouns, also a
# participle ("the newly appointed interior minister"), an adverb before one, an age or a hyphenated
# adjective's parts ("a 58-year-old", "a middle-aged", "the UK-based").
_MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "nummod", "npadvmod", "punct"})
_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "NUM", "VERB", "PUNCT"})


def _modifies_later(ctx: Context, i: int, stop: int) -> bool:
    """appos38: a word of an apposition that modifies a later word of it, up to ``stop``: a party's
    adjective ("X, the Conservative leader,"), a portfolio's noun ("X, Libya's oil minister,"), a rank's
    adjective ("X, a junior agriculture minister,"), a state body's word ("X, a senior Finance Ministry
    official,"). The title before a name reads past these words too ("Conservative leader X"); the apposition
    stopped at them, so its person had no office. Not an owner ("X, the firm's founder,": "firm" is a
    possessor), and no capitalised word of another body: "X, a Lufthansa spokesman," is a firm's spokesman,
    whom a state office's sector (GOV) and the dateline's state would make an official of the wrong state."""
    doc = ctx.doc
    tok = doc[i]
    if tok.dep not in _MODIFIER_DEPS_IDS or not i < tok.head.i < stop or tok.pos_ not in _MODIFIER_POS \
            or tok.pos_ == "PUNCT" and tok.text not in ("-", "–") or i + 1 < len(doc) and doc[i + 1].text in _POSSESSIVE:
        return False
    return not (tok.is_title or tok.is_upper) or tok.ent_type_ == "NORP" or tok.lower_ in ctx.skippable \
        or tok.head.lower_ in ctx.skippable and not tok.head.is_lower  # "Finance Ministry", "Interior Department"


# evside48: the sectors of offices outside the state and politics (offices.yaml), whose holders an apposition may
# name past the capitalised name of the firm, paper or institute they serve ("X, Carrowby's chief executive,",
# "Mr X, the Daily Courier editor,"): the sector is the office's whoever owns it, so the owner's name cannot
# misplace it (as it would a spokesman's, GOV), and the person is no longer one of no office, whom the events
# stage makes a political side.
# (evsec49: one list, the events stage's arguments.yaml private_person_sectors, so that the two stages agree)
_PRIVATE_OFFICE_SECTORS = PRIVATE_SECTORS  # (arguments.yaml private_person_sectors, read once: actors/owners.py)


def _private_owner(ctx: Context, i: int, stop: int) -> bool:
    """evside48: a capitalised word of an apposition that names the owner of a later word of it, up to ``stop``:
    "Carrowby" in "X, Carrowby's chief executive," or "X, the Carrowby chief executive,"; the caller keeps the
    office only if it is of a private sector (_PRIVATE_OFFICE_SECTORS)."""
    tok = ctx.doc[i]
    return tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper) and tok.dep_ in ("poss", "compound") \
        and i < tok.head.i < stop


_OWNER_LINKS = frozenset({"of", "at", "for"})
_OWNER_JOINERS = frozenset({"of", "for", "and", "&"})


def _owner_sector(ctx: Context, office: Office) -> str | None:
    """evsec49: the sector of the owner of a head title (offices.yaml ``owned_heads``: "chief executive",
    "chairman", "director", "spokesman"), read from the owner's name: the capitalised name after "of", "at" or
    "for" the office ("chief executive of the Tarnwick Trust"), else the one the title takes in or stands after
    ("Tarnwick Trust chief executive", "Carrowby Group's chairman"). A party's name gives PTY; a name holding
    a state, an international body or another dictionary name, or a word of ``owner_state_words``, gives None
    (the rules that read those bodies decide), as does a head word ``owner_heads`` does not know. Why: the
    title's own sector (a chief executive BUS, a chairman none, a director GOV) misplaced a charity's and an
    agency's heads, and a firm's chairman."""
    offices = ctx.offices
    if offices is None or office.head not in offices.owned_heads:
        return None
    run = _owner_after(ctx, office.end) or _owner_before(ctx, office)
    if run is None:
        return None
    doc, (a, b) = ctx.doc, run
    if any(t in ctx.party_by_start for t in range(a, b)):
        return "PTY"
    if any(t in ctx.any_by_start or t in ctx.igo_by_start or t in ctx.state_by_start
           or doc[t].lower_ in offices.owner_state_words for t in range(a, b)):
        return None
    head = next((t for t in range(a, b - 1) if doc[t + 1].lower_ in ("of", "for")), b - 1)
    if doc[b - 1].text in offices.legal_forms:
        return "BUS"  # "Halvorsen & Brandt AG"
    if any(doc[t].lower_ in TRADE_WORDS for t in range(a, b)):
        # owner50: a trade's body speaks for firms, whatever its head word ("the Tarumi Bond Dealers Association",
        # "the Varnholt Chamber of Commerce"): the events stage counted its people a firm's (BUS) while this
        # reader gave them an association's sector (NGO); one answer now, the one actors/owners.py gives
        return "BUS"
    return offices.owner_heads.get(doc[head].lower_)


def _owner_after(ctx: Context, end: int) -> tuple[int, int] | None:
    """The capitalised name after "of", "at" or "for" an office ending at token ``end`` (past "the"):
    its tokens [first, last + 1), joiners inside it ("Association of Directors", "Halvorsen & Brandt")."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in _OWNER_LINKS:
        return None
    a = end + 1 + (doc[end + 1].lower_ == "the")
    b = a
    while b < len(doc) and b - a < 8 and (doc[b].is_title or doc[b].is_upper and doc[b].is_alpha
                                          or doc[b].lower_ in _OWNER_JOINERS and b > a and b + 1 < len(doc)
                                          and (doc[b + 1].is_title or doc[b + 1].lower_ == "the")):
        b += 1
    while b > a and doc[b - 1].lower_ in _OWNER_JOINERS | {"the"}:
        b -= 1
    return (a, b) if b > a else None


def _owner_before(ctx: Context, office: Office) -> tuple[int, int] | None:
    """The capitalised name a written title took in ("Tarnwick Trust Chairman": the words before the listed
    office word) or that stands just before the office, a possessive's included ("Carrowby Group's chief
    executive", "the Tarnwick Trust chief executive")."""
    doc = ctx.doc
    if office.start < office.listed:
        a, k = office.start, office.listed
        a += doc[a].lower_ == "the"
        return (a, k) if a < k and all(doc[t].is_title or doc[t].is_upper for t in range(a, k)) else None
    k = office.start
    if k >= 2 and doc[k - 1].text in _POSSESSIVE:
        k -= 1
    a = k
    while a > 0 and k - a < 6 and (doc[a - 1].is_title or doc[a - 1].is_upper and doc[a - 1].is_alpha) \
            and doc[a - 1].pos_ in ("PROPN", "NOUN"):
        a -= 1
    return (a, k) if a < k else None


# Words that may stand between "as" or an office verb and the office: "as his party's new leader".
_PREDICATE_SKIP = frozenset({"his", "her", "their", "its", "first", "new", "next", "interim", "acting"})


def _office_in_predicate(ctx: Context, start: int, end: int, verbs: frozenset[str]) -> Office | None:
    """The office that the predicate of the name's clause gives it: "X was elected prime minister",
    "X became [Peru's] interior minister", "X faces his first test as home secretary". The name must be
    the clause's subject, and "as" or the office verb (offices.yaml ``office_verbs``) a word of its verb's
    clause, with the office right after it (past determiners, possessives and a state)."""
    doc = ctx.doc
    root = doc[end - 1]
    if root.dep not in DEPS_NSUBJ_NSUBJPASS or root.head.i < end:
        return None
    verb = root.head
    stop = min(sentence_bounds(doc, verb.i)[1], end + 14)  # (verb.sent.end, from the doc's array: speed only)
    vocab = doc.vocab
    for i in range(end, stop):
        tok = Token(vocab, doc, i)  # (doc[i], made directly: arrays.kids_of's note; speed26)
        if tok.text in _APPOSITION_STOP or tok.lower in WORDS_AND_BUT_WHILE_WHO_WHICH_THAT:
            return None
        if not (tok.lower == WORD_AS and (tok.head.i == verb.i or tok.head.head.i == verb.i)
                or tok.i == verb.i and tok.lower_ in verbs):
            continue
        j = i + 1
        while j < stop and j - i < 5 and j not in ctx.offices_by_start:
            if j in ctx.state_by_start:
                j = ctx.state_by_start[j][0]
            elif doc[j].lower_ in _DETERMINERS or doc[j].lower_ in _PREDICATE_SKIP or doc[j].text in _POSSESSIVE:
                j += 1
            else:
                break
        office = ctx.offices_by_start.get(j)
        # (not "X is the minister's adviser": an office owned by another is someone else's)
        if office is not None and not (office.end < len(doc) and doc[office.end].text in _POSSESSIVE):
            return office
    return None


def read_attributes(reader: TitleReader, ctx: Context, start: int, end: int) -> tuple[Attributes, int | None]:
    """What the words around the name at tokens [start, end) say about the person, and the first token
    of the office read (so that it is not read again as a later "the minister")."""
    doc = ctx.doc
    attrs = Attributes()
    k, rank = start, False
    while k > 0:  # "Mr", "Col." (which spaCy may split as "Col" + ".")
        dot = 1 if doc[k - 1].text == "." and k > 1 else 0
        if not reader.is_honorific(doc[k - 1 - dot]):
            n = reader.name_honorific_before(doc, k)  # "Datuk Seri", two words
            if not n:
                break
            attrs.gender = attrs.gender or reader.gender_of(doc[k - n:k].text) or reader.gender_of(doc[k - n].text)
            attrs.honorific = attrs.honorific or attrs.gender
            k -= n
            continue
        attrs.gender = attrs.gender or reader.gender_of(doc[k - 1 - dot].text)
        attrs.honorific = attrs.honorific or attrs.gender
        rank = rank or doc[k - 1 - dot].text in reader.offices.ranks
        k -= 1 + dot
    office, country = _office_before_name(ctx, k)
    if office is None:
        office = _office_in_apposition(ctx, end)
    if office is None:
        office = _office_in_predicate(ctx, start, end, reader.offices.office_verbs)
    if office is None:
        attrs.country = _state_in_apposition(ctx, end, reader.offices.belonging) \
            or _state_spoken_for(ctx, end, reader.offices.member_nouns)
        return attrs, None
    if country is not None and office.head in reader.offices.sent_to:
        country = None  # "the ambassador to Peru, X" serves someone else
    if country is None:
        country, stop = _state_before(ctx, office.start)
        if country is None and stop > 0 and doc[stop - 1].lower == WORD_ITS and doc[stop - 1].is_sent_start:
            # "Its president, X, said": the office is that of the body the sentence before is about
            # (the actor stage reads that body's state), not of the last state the text named.
            attrs.principal = (stop - 1, stop)
        elif country is None and stop > 0 and doc[stop - 1].lower in _BACK_POINTERS_IDS:
            country = _last_state_before(ctx, stop)
            # "The Lebanese Forces party welcomed it, and its MP X": "its" inside a sentence that names
            # no state before it points to what that sentence is about (the actor stage reads its
            # subject, as for "Its president, X" above), not to a state named sentences before.
            if doc[stop - 1].lower_ == "its" and not _state_named_since(ctx, doc[stop - 1].sent.start, stop):
                country, attrs.principal = None, (stop - 1, stop)
    after = False  # the state is named after the office ("director of X in Peru")
    if country is None and office.end < len(doc) and doc[office.end].lower in _LINK_WORDS_IDS \
            and office.head not in reader.offices.sent_to:
        # "spokesperson for the Chinese foreign ministry", "chief adviser to the Turkish president",
        # "director of the Institute for Peace Studies in Peru" (the body's state, a few words on)
        # (evside48: a private office's body may have a longer name before its state: "a senior fellow at the
        # conservative Varnholt Policy Centre in Poland"; the stop punctuation still ends the apposition)
        reach = 14 if office.sector in _PRIVATE_OFFICE_SECTORS else 9
        country = _state_after(ctx, office.end + 1, office.end + reach)
        after = country is not None
    if country is None and end + 1 < len(doc) and doc[end].lower == WORD_OF:
        country = _state_after(ctx, end + 1, end + 3)  # "President NAME of Peru"
    if country is None and attrs.principal is None:
        country = _state_of_apposed_office(reader, ctx, end)
    sector = "MIL" if rank else office.sector
    if not rank and (owner := _owner_sector(ctx, office)) is not None:
        sector = owner  # evsec49: "chief executive of the Tarnwick Trust" (NGO), "Carrowby Group chairman" (BUS)
    if (country is None or after) and sector == "GOV" and (body := _of_a_private_body(ctx, office.end)) is not None:
        # "director of the rights group Open Doors", "spokesperson for the Acme Corporation": the
        # office is the body's, not a state's; the body says what sector it is in, not the title
        # (debt51: the actor stage gives it, once the bodies have their sectors: owners.give_owners).
        sector, attrs.owner_at = None, body
    if country is None and _office_of_an_igo(ctx, office, stop):
        # actstate37: "UN spokesperson X", "X, director of the IMF's African Department", "the NATO deputy
        # secretary-general, X": an office an international body names serves that body, of no state
        # (GUIDE.md: a person's country is the state they serve): neither the dateline's state nor the
        # story's, which are only guesses for an official whose state goes unsaid.
        attrs.igo = True
    if country is None and sector in _STATE_OFFICE_SECTORS and attrs.principal is None and not attrs.igo:
        # An official whose state goes unsaid is, in a dispatch, most often the dateline's own
        # ("SEOUL (Yonhap) -- Unification Minister X").
        country = ctx.home
        attrs.guessed = country is not None
    if country is None and office.head not in reader.offices.sent_to and attrs.principal is None:
        attrs.principal = _principal(ctx, office)
    counterpart = office.head in reader.offices.counterparts or office.role.lower() in reader.offices.counterparts
    attrs.role = None if counterpart else office.role
    attrs.sector = None if counterpart else sector
    attrs.country = country
    attrs.counterpart = counterpart
    attrs.gender = attrs.gender or reader.gender_of(office.head)
    return attrs, office.start


def _state_of_apposed_office(reader: TitleReader, ctx: Context, end: int) -> str | None:
    """The state of a second office in an apposition after a name that a title before it gave no state:
    "General NAME, deputy chief of the Vardenian general staff, said" (the rank says nothing of whose
    general; the apposition does), "Ambassador NAME, Peru's envoy" is left to ``sent_to``."""
    doc = ctx.doc
    office = _office_in_apposition(ctx, end)
    if office is None or office.head in reader.offices.sent_to:
        return None
    country, _stop = _state_before(ctx, office.start)
    if country is None and office.end < len(doc) and doc[office.end].lower_ in _LINK_WORDS:
        country = _state_after(ctx, office.end + 1, office.end + 9)
    return country


def _principal(ctx: Context, office: Office) -> tuple[int, int] | None:
    """Where the person an office serves is named: the possessor before it ("Ramaphosa's adviser"),
    or the words after "to", "for" or "of" up to the next comma ("aide to President X")."""
    doc = ctx.doc
    k = office.start
    if k >= 3 and doc[k - 1].text == ")":  # "the Rural Bonds Office's (RBO) chief executive"
        k = next((j for j in range(k - 2, max(0, k - 5), -1) if doc[j].text == "("), k)
    if k >= 2 and doc[k - 1].text in _POSSESSIVE:
        return k - 2, k - 1
    if office.end < len(doc) and doc[office.end].lower in WORDS_TO_FOR_OF:
        stop = office.end + 1
        while stop < min(len(doc), office.end + 7) and doc[stop].text not in _APPOSITION_STOP:
            stop += 1
        return office.end + 1, stop
    return None


def _state_in_apposition(ctx: Context, end: int, belonging: frozenset[str]) -> str | None:
    """The state an apposition with no office says the person belongs to: its adjective
    ("X, a South African, ...", "X, a Ukrainian grandmother") or a name or capital before a word of
    belonging ("X, a Kyiv resident", "X, a Peruvian national")."""
    doc = ctx.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return None
    i = end + 2
    if i not in ctx.state_by_start:
        return None
    after, state = ctx.state_by_start[i]
    if after >= len(doc) or doc[after].text in _APPOSITION_STOP:
        return state if doc[i].ent_type_ == "NORP" else None  # "a South African," (not "a Peru,")
    if doc[after].lower_ in belonging or (doc[i].ent_type_ == "NORP" and doc[after].is_lower
                                         and doc[after].pos_ == "NOUN"):
        return state
    return None


def _state_spoken_for(ctx: Context, end: int, members: frozenset[str]) -> str | None:
    """The state whose body or cause a person with no office is tied to by the words right after
    the name (token ``end``): a body of the state after "of" ("NAME of the Lithuanian farmers' union",
    "NAME of Chile's Red Cross"), a member's noun in an apposition ("NAME, a member of the Lithuanian
    parliament,", "NAME, head of Lithuania's border guard,"; offices.yaml ``member_nouns``), or
    the state spoken for ("NAME, who speaks for Lithuania", "NAME, speaking on behalf of Lithuania").
    Why: these words say whose the person is; without them the person takes the state the story
    names most, which in a story about a conflict is as often the other side."""
    doc = ctx.doc
    if end + 1 >= len(doc):
        return None
    if doc[end].lower == WORD_OF:
        return _state_of_body_at(ctx, end + 1)
    if doc[end].text != ",":
        return None
    j = end + 1 + (doc[end + 1].lower_ in ("a", "an", "the"))
    if j + 1 < len(doc) and doc[j].lower_ in members and doc[j + 1].lower_ == "of":
        return _state_of_body_at(ctx, j + 2)
    # ", who speaks for X", ", speaking for X", ", speaking on behalf of X"
    k = end + 1 + (doc[end + 1].lower_ == "who")
    if k < len(doc) and doc[k].lemma_ == "speak" and doc[k].pos_ == "VERB":
        k += 1
        if k + 2 < len(doc) and doc[k].lower_ == "on" and doc[k + 1].lower_ == "behalf" and doc[k + 2].lower_ == "of":
            k += 2
        if k + 1 < len(doc) and doc[k].lower_ in ("for", "of"):
            k += 1 + (doc[k + 1].lower_ == "the")
            return ctx.state_by_start[k][1] if k in ctx.state_by_start else None
    return None


def _state_of_body_at(ctx: Context, k: int) -> str | None:
    """The state named at token ``k`` (past "the") as a body's state: its name alone ("of Peru"), or
    its name or adjective before the body's words ("the Lithuanian parliament", "Chile's Red Cross")."""
    doc = ctx.doc
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k not in ctx.state_by_start:
        return None
    after, state = ctx.state_by_start[k]
    if after >= len(doc) or doc[after].text in _APPOSITION_STOP or doc[after].text in _POSSESSIVE \
            or doc[after].pos_ in ("NOUN", "PROPN", "ADJ"):
        return state
    return None


def _office_of_an_igo(ctx: Context, office: Office, stop: int) -> bool:
    """Whether an international body's name (igos.yaml) is the office's owner: right before it, where the
    reading back for a state stopped at ``stop`` ("UN spokesperson", "the IMF's managing director", "NATO
    Deputy Secretary-General"), or a few words after it past "of/for/at" before any stop punctuation
    ("director of the IMF's European Department", "spokeswoman for the World Bank")."""
    doc = ctx.doc
    # (past one or two lower-case modifiers the title reader leaves out of the office: "WHO regional
    # director", "UN special envoy")
    k = stop
    while stop - k < 2 and k > 0 and doc[k - 1].is_lower and doc[k - 1].dep_ in ("amod", "compound"):
        k -= 1
    if any((j - 1 if j > 0 and doc[j - 1].text in _POSSESSIVE else j) in ctx.igo_by_end for j in range(k, stop + 1)):
        return True
    end = office.end
    if end >= len(doc) or doc[end].lower not in _LINK_WORDS_IDS or doc[end].lower == WORD_TO:
        return False  # (not "envoy to the UN": an ambassador to a body serves the state that sends them)
    for j in range(end + 1, min(end + 4, len(doc))):
        if doc[j].text in _APPOSITION_STOP or j in ctx.state_by_start:
            return False
        if j in ctx.igo_by_start:
            return True
        if doc[j].lower_ not in _DETERMINERS:
            return False
    return False


def _of_a_private_body(ctx: Context, end: int) -> int | None:
    """The first token of an organisation that is not a state's that "of/for/at ..." after an office (its last
    token + 1 is ``end``) names, if any: an ORG entity that no state or dictionary name is part of."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].lower_ not in _LINK_WORDS:
        return None
    for j in range(end + 1, min(end + 7, len(doc))):
        if doc[j].text in _APPOSITION_STOP or j in ctx.any_by_start:
            return None
        if doc[j].ent_type_ == "ORG":
            return j
    return None


def extend_hyphen(doc: Doc, b: int) -> int:
    """The end of a name run on over a hyphen ("Chang" + "-gyu", "Mehrotra" + "-Iyer")."""
    while b + 1 < len(doc) and doc[b].text == "-" and not doc[b - 1].whitespace_ and not doc[b].whitespace_ \
            and doc[b + 1].is_alpha:
        b += 2
    return b


# Parts of speech a first name after a title may be misread as ("Per" a preposition, "Said" a verb).
_MISREAD_FIRST = frozenset({"ADP", "X", "ADJ", "NOUN", "ADV", "INTJ", "VERB", "SCONJ"})


def _odd_first_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether token ``i``, just after a title, is a capitalised first name that spaCy read as some
    other part of speech: it is followed by a proper noun of the name, and is no date, number or
    already-found name."""
    return (i + 1 < len(doc) and i not in taken and doc[i].pos_ in _MISREAD_FIRST and doc[i].is_title
            and doc[i].is_alpha and doc[i].ent_type_ not in _NOT_NAME_ENTS_OR_GPE_NORP_LOC
            and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title and i + 1 not in taken
            and not doc[i].is_sent_start)


_SURNAME_PREFIX = re.compile(r"(?:Mac|Mc|Fitz|O['’])[A-Z][a-z]")


def _name_cased(tok: Token) -> bool:
    """A capitalised word of a name: title case, or a Gaelic or Norman surname with a capital inside
    ("MacAulay", "McIlwraith", "O'Donnell", "FitzGerald"), which ``is_title`` does not count (a name
    after a title stopped at "Iain" and left "MacAulay" to be read as an organisation)."""
    return tok.is_title or _SURNAME_PREFIX.match(tok.text) is not None


def title_names(reader: TitleReader, ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    """Names that follow a title and that spaCy did not see as persons ("Foreign Minister Ana Quispe",
    "the foreign minister of Peru, Ana Quispe", "Ms Hewitt"): token ranges."""
    doc = ctx.doc
    starts: list[tuple[int, bool]] = []  # (first token of the name, may it be a single word?)
    for office in ctx.offices_by_end.values():
        i = office.end
        # Skip "of [the] Peru ," after the office.
        if office.titled and (k := _name_after_portfolio(ctx, office)) is not None:
            starts.append((k, False))  # "Minister of State for Foreign Affairs NAME"
            continue
        if i < len(doc) and doc[i].lower in _LINK_WORDS_IDS:
            j = i + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            e = ctx.any_by_start.get(j)
            if e is None and office.titled:
                # "The Minister of Labour, NAME,": a titled office's portfolio that no table names (its
                # word taken as no party, or none at all): its capitalised words up to the comma
                e = j
                # (no place: "MP for Richmond, North Yorks" names a seat, and a place after the comma)
                while e < len(doc) and e - j < 3 and doc[e].is_title and doc[e].pos_ in ("PROPN", "NOUN") \
                        and doc[e].ent_type_ in ("", "ORG"):
                    e += 1
                e = past_joined_fields(doc, j, e) if e > j else None
            if e is not None and e < len(doc) and doc[e].text == ",":
                starts.append((e + 1, False))
            continue
        if office.titled:
            # A titled office inside an organisation's name ("UN General Assembly") is not a title.
            if doc[office.end - 1].ent_type in ENTS_ORG_FAC_EVENT_LAW and i < len(doc) \
                    and doc[i].ent_iob_ == "I" and doc[i].ent_type_ != "PERSON":
                continue
            starts.append((i, True))
            if i + 1 < len(doc) and doc[i].text == ",":
                # "A Green MEP, NAME, said": a titled office in apposition before a full name (two
                # words at least) that a comma or a full stop closes, which spaCy may call an
                # organisation. Why (actors16): only an untitled office was read so, and the MEP
                # became a body of their name.
                k = i + 1
                while k < len(doc) and k - i < 6 and (doc[k].pos_ == "PROPN" or doc[k].text == "-"):
                    k += 1
                if k < len(doc) and doc[k].text in (",", ".", ";"):
                    starts.append((i + 1, False))
        elif i < len(doc) and doc[i].text == "," and i + 1 < len(doc):
            starts.append((i + 1, False))
        elif i < len(doc) and doc[i].is_title and office.start > 0:
            # "Foreign Ministry spokesman Per Hovland": a lowercase office before a full name (two
            # words at least, since one capitalised word after it may begin a new clause).
            starts.append((i, False))
    for m in reader.honorific_pattern.finditer(ctx.text):
        toks = token_table(doc).char_tokens(m.start(), m.end())  # (doc.char_span's bounds, without the Span)
        if toks is not None and toks[1] < len(doc):
            starts.append((toks[1], True))
    names, table = [], token_table(doc)
    for i, single_ok in starts:
        i = reader.past_name_honorific(doc, i)  # "chairman Datuk Seri Harun": the name after the honorific
        j = i
        if _odd_first_name(doc, i, taken):
            j = i + 1  # "Per", "Von": a first name that spaCy reads as another part of speech
        while j < len(doc) and j - i < 4 and j not in taken and doc[j].pos_ == "PROPN" \
                and _name_cased(doc[j]) and doc[j].ent_type_ not in _NOT_NAME_ENTS:
            j = extend_hyphen(doc, j + 1)
        if j == i + 1 and doc[i].lower_ in reader.offices.title_bodies:
            continue  # "General Staff", "General Secretariat": a body's name, no person (offices.yaml)
        # (doc[i:j].text from the text and the table's bounds: speed only)
        if j > i and (single_ok or len(ctx.text[table.idx[i]:table.ends[j - 1]].split()) >= 2):
            names.append((i, j))
    return names


# The unions of word and label sets that the rules above test words against, made once at import,
# not on every test (speed only: the same members).
_DETERMINERS_OR_BACK_POINTERS = _DETERMINERS | _BACK_POINTERS
_NOT_NAME_ENTS_OR_GPE_NORP_LOC = _NOT_NAME_ENTS | {"GPE", "NORP", "LOC"}


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
_BACK_POINTERS_IDS = string_ids(_BACK_POINTERS)
_DETERMINERS_IDS = string_ids(_DETERMINERS)
_LINK_WORDS_IDS = string_ids(_LINK_WORDS)
_MODIFIER_DEPS_IDS = string_ids(_MODIFIER_DEPS)
