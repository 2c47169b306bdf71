"""Small helpers over spaCy's token arrays (``Doc.to_array``), shared by the stages."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cached_property
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import get_string_id
from spacy.tokens import Token

# Up to this many keys, is_in compares each key with the whole array instead of searching (speed only).
_FEW_KEYS = 4


def is_in(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which of ``values`` (a doc's ids, one per token) are among ``keys``: the mask ``np.isin``
    gives, by a binary search in the sorted keys. For a doc's few hundred tokens and a word list's
    few dozen ids it is several times faster than ``np.isin``, which sorts both (speed only)."""
    keys = np.array(keys, dtype=values.dtype)  # (a copy, sorted in place below)
    if len(keys) <= _FEW_KEYS:
        # (a few keys, as most callers have: one comparison of the whole array per key costs less
        # than a binary search per value; no key, no value among them: speed only, the same mask)
        mask = np.zeros(len(values), dtype=bool)
        for key in keys:
            mask |= values == key
        return mask
    distinct = _distinct(values)
    if distinct is not None:
        # A column of the last doc's table: its distinct values (sorted once per doc and column,
        # Tokens.distinct) matched with the keys, and each token marked through its value's place among
        # them. Numpy's binary search of a doc's ~460 unsorted values costs ~60 ns a value in branches
        # it mispredicts (most of is_in's time); of fewer values, in order, a fraction (speed only:
        # the same mask; is_in's CPU time per pass of 20 articles 4.7 -> 2.9 ms)
        words, places = distinct
        hit = _hit_words(words, keys, False)
        return hit[places] if hit is not None else np.zeros(len(values), dtype=bool)
    # (the arrays' own methods, not numpy's module functions, which read their arguments in Python
    # first: speed only)
    keys.sort()
    at = keys.searchsorted(values)
    # (a value past the last key is no key: its place clipped to the last one, which is smaller; one
    # operation, not a comparison and an assignment: speed only)
    np.minimum(at, len(keys) - 1, out=at)
    return keys[at] == values


def _hit_words(words: np.ndarray, keys: np.ndarray, ordered: bool) -> np.ndarray | None:
    """Which of ``words`` (a column's distinct values, sorted) are among ``keys`` (of their dtype,
    sorted where ``ordered``), as a mask of ``words``; None where none is. speed27: the fewer of the
    two is searched in the other, sorted one (a word list's few dozen keys in a doc's few hundred
    words, or the words in a list of thousands): a binary search per key, not one per word, where the
    keys are fewer (speed only: the same mask)."""
    if len(keys) < len(words):
        at = words.searchsorted(keys)
        np.minimum(at, len(words) - 1, out=at)
        hits = at[words[at] == keys]
        if not len(hits):
            return None
        hit = np.zeros(len(words), dtype=bool)
        hit[hits] = True
        return hit
    if not ordered:
        keys = np.sort(keys)
    at = keys.searchsorted(words)
    # (a word past the last key is no key: its place clipped to the last one, which is smaller)
    np.minimum(at, len(keys) - 1, out=at)
    hit = keys[at] == words
    return hit if hit.any() else None


def is_in_sorted(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """:func:`is_in` for ``keys`` already sorted, distinct and of ``values``' dtype (a caller's own index
    kept sorted, which may hold thousands of ids): no copy and no sort of the keys on each call (speed17:
    is_in's sort of a large key array per doc cost more than the loop it replaced; speed only, the
    same mask)."""
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    known = _distinct(values)
    if known is not None:
        words, places = known
        hit = _hit_words(words, keys, True)
        return hit[places] if hit is not None else np.zeros(len(values), dtype=bool)
    at = keys.searchsorted(values)
    np.minimum(at, len(keys) - 1, out=at)
    return keys[at] == values


def indices_in(values: np.ndarray, keys: np.ndarray, ordered: bool = False) -> list[int]:
    """``is_in(values, keys).nonzero()[0].tolist()``: the indices, in order, of ``values`` among
    ``keys`` (sorted where ``ordered``, as is_in_sorted's). speed27: for a column of the last doc's
    table and more than a few keys, a doc that holds none of them (about a third of the calls on
    news) gives [] with no mask of its tokens to build and scan (speed only: the same indices)."""
    distinct = _distinct(values) if len(keys) > _FEW_KEYS else None
    if distinct is None:
        return is_in(values, keys).nonzero()[0].tolist()
    words, places = distinct
    hit = _hit_words(words, np.asarray(keys, dtype=values.dtype), ordered)
    return hit[places].nonzero()[0].tolist() if hit is not None else []


def _distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(the distinct values, each value's place in them) of ``values`` when it is a column of the last
    doc's table (Tokens._block: the arrays the stages pass to is_in), made once per doc and column;
    None for any other array (a slice, a copy, another doc's column)."""
    table = _TOKENS
    if table is None or not table.n or len(values) != table.n:
        return None
    known = table.distinct.get(id(values))
    if known is not None:
        return known[1], known[2]
    block = table.__dict__.get("_block")
    if block is None or not any(column is values for column in block.values()):
        return None
    # (np.unique(values, return_inverse=True), with fewer of numpy's Python-level steps: speed only)
    order = values.argsort()
    ordered = values[order]
    first = np.empty(len(values), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    words = ordered[first]
    places = np.empty(len(values), dtype=np.intp)
    places[order] = np.cumsum(first) - 1
    # (the column kept with them: its id stays its own while the table holds the entry)
    table.distinct[id(values)] = (values, words, places)
    return words, places


def distinct_places(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)``: the distinct values and each value's place among
    them; for a column of the last doc's table, the pair is_in keeps for it (do not change them)."""
    known = _distinct(values)
    if known is not None:
        return known
    words, places = np.unique(values, return_inverse=True)
    return words, places.reshape(-1)


def distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)``: for a column of the last doc's table, the distinct values is_in keeps for
    it (made once per doc and column; do not change the array)."""
    known = _distinct(values)
    return known[0] if known is not None else np.unique(values)


def sorted_ids(words: Iterable[str]) -> np.ndarray:
    """spaCy's ids of ``words``, sorted, as the keys of :func:`is_in` (get_string_id: a word spaCy also
    knows as a symbol, such as a label, has that id, not its hash)."""
    return np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)


class LastDoc:
    """Answers remembered for the last doc asked about only: the stages read one doc at a time and ask
    the same things of it again and again (speed only). ``memo.of(doc)`` is the dict of ``doc``'s
    answers, a new one when ``doc`` is not the last doc; a caller on a hot path reads
    ``memo.known if memo.doc is doc else memo.of(doc)``, which is the same dict without the call
    (a method call costs about half the look-up it guards: ~160 instructions by callgrind)."""

    __slots__ = ("doc", "known")

    def __init__(self) -> None:
        self.doc: object = None
        self.known: dict = {}

    def of(self, doc) -> dict:
        if self.doc is not doc:
            self.doc, self.known = doc, {}
        return self.known


# The last doc's token indices per (attribute, word list): the stages look for the same few words
# (a comma, a dash) in many stretches of one doc (speed only).
_INDICES = LastDoc()
# The ids of each word list, as is_in's sorted keys: a string's id is its hash (or its symbol), the
# same in every vocab, so a list's are made once (speed only).
_WORD_IDS: dict[frozenset[str], np.ndarray] = {}


def token_indices(doc, attr: int, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens of ``doc`` whose ``attr`` (``ORTH``: the text, ``LOWER``:
    the lower-case form) is one of ``words``, from the doc's array once per doc and list (speed only)."""
    memo = _INDICES
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get((attr, words))
    if found is None:
        ids = _WORD_IDS.get(words)
        if ids is None:
            ids = _WORD_IDS[words] = sorted_ids(words)
        table = token_table(doc)  # (the doc's arrays, read once for all the stages)
        values = table.orth_ids if attr == ORTH else table.lower_ids if attr == LOWER else table._ids(attr)
        found = known[(attr, words)] = indices_in(values, ids)
    return found


def indices_between(found: list[int], start: int, end: int) -> list[int]:
    """The items of the sorted ``found`` in [start, end)."""
    return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]


# Each lemma id's string in lower case (an id stands for one string in every vocab), for lemma_indices:
# every lemma id of the docs read so far
_LOWER_LEMMAS: dict[int, str] = {}
# Per word list lemma_indices was asked for: [the ids of _LOWER_LEMMAS whose string is in the list, those
# ids as is_in's sorted keys (None: to be sorted again)]
_LEMMA_HITS: dict[frozenset[str], list] = {}


def lemma_indices(doc, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens of ``doc`` whose lemma in lower case (``tok.lemma_.lower()``)
    is one of ``words``, once per doc and list. speed17: each lemma id is lowered and tested against
    every list once per run, when a doc first holds it (a set difference of the doc's distinct ids, not
    a Python loop over them per doc), and each list keeps the ids of its words as sorted keys: a doc's
    list is one is_in of its lemma column (speed only: the same tokens; an id of another doc in the
    keys matches no token of this one)."""
    memo = _INDICES
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get((LEMMA, words))
    if found is None:
        values = token_table(doc).lemma_ids
        lowered = _LOWER_LEMMAS
        if LEMMA not in known:  # (the doc's lemma ids not met before, once per doc)
            if len(lowered) > 200_000:  # a long run meets ever new words: bounded memory
                lowered.clear()
                for entry in _LEMMA_HITS.values():
                    entry[0].clear()
                    entry[1] = None
            new = set(distinct(values).tolist()).difference(lowered)
            if new:
                strings = doc.vocab.strings
                for x in new:
                    word = lowered[x] = strings[x].lower()
                    for listed, entry in _LEMMA_HITS.items():
                        if word in listed:
                            entry[0].add(x)
                            entry[1] = None
            known[LEMMA] = True
        entry = _LEMMA_HITS.get(words)
        if entry is None:  # (a list met for the first time: the ids met so far tested against it)
            if len(_LEMMA_HITS) > 256:  # lists made and dropped (tests, user files): keep few
                _LEMMA_HITS.clear()
            entry = _LEMMA_HITS[words] = [{x for x, w in lowered.items() if w in words}, None]
        if entry[1] is None:
            entry[1] = np.array(sorted(entry[0]), dtype=np.uint64)
        keys = entry[1]
        found = known[(LEMMA, words)] = indices_in(values, keys, ordered=True)
    return found


def in_sentence(sent, found: list[int]) -> bool:
    """The gate of a rule family (speed only): whether the sentence ``sent`` may hold what a rule
    reads of its words' children and heads, given ``found``, the doc's indices of the words the rule
    needs (:func:`token_indices`, :func:`lemma_indices`). True when one of them stands in the
    sentence, and always in a doc whose dependency arcs cross its sentences (a sentence boundary set
    after the parse: a word's children may then stand in another sentence), so that a rule skipped
    where this is False could have found nothing."""
    start = bisect.bisect_left(found, sent.start)
    return start < len(found) and found[start] < sent.end or not arcs_within_sentences(sent.doc)


def sentence_has(sent, words: frozenset[str]) -> bool:
    """The gate of a rule family that reads its words by lemma or as written (``tok.lemma_.lower()``
    or ``tok.lower_`` in ``words``): whether the sentence may hold one (:func:`in_sentence`)."""
    # speed17: the words found by lemma and as written, merged once per doc and list (the list itself the
    # key: no other key of the memo is a frozenset): one look-up and one bisection per sentence, not two
    # of each (speed only: a word of either in the sentence is one of the merged list in it)
    doc, memo = sent.doc, _INDICES
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get(words)
    if found is None:
        found = known[words] = sorted({*lemma_indices(doc, words), *token_indices(doc, LOWER, words)})
    return in_sentence(sent, found)


def arcs_within_sentences(doc) -> bool:
    """Whether every token's head stands in the token's own sentence (``doc.sents``): the parser
    keeps its trees inside the sentences it makes or is given. Read once per doc."""
    memo = _INDICES
    known = memo.known if memo.doc is doc else memo.of(doc)
    inside = known.get("arcs within sentences")
    if inside is None:
        table = token_table(doc)
        # (each token's sentence number: a mark at every sentence's first token, summed)
        opens = np.zeros(table.n, dtype=np.int64)
        opens[[sent.start for sent in sentences(doc)][1:]] = 1
        ids = opens.cumsum()
        heads = table._ids(HEAD).astype(np.int64) + np.arange(table.n)
        inside = known["arcs within sentences"] = bool((ids[heads] == ids).all()) if table.n else True
    return inside


# The last doc's sentence starts: the stages ask for the sentence of many tokens of one doc, and
# ``tok.sent`` walks the doc both ways and makes a Span each time (speed only).
_SENTENCES: tuple[object, list[int] | None] = (None, None)


def sentence_bounds(doc, i: int) -> tuple[int, int]:
    """(first token, token after the last) of the sentence of token ``i``: ``doc[i].sent.start`` and
    ``doc[i].sent.end``, from the doc's array of sentence starts read once per doc (speed only). A
    doc with sentence hooks or no sentence boundaries is asked as ``tok.sent`` asks it."""
    global _SENTENCES
    cached = _SENTENCES
    if cached[0] is not doc:
        starts = None
        if "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks \
                and "sents" not in doc.user_hooks and len(doc) and doc.has_annotation("SENT_START"):
            # (as Span.sent reads them: a token whose sent_start is 1 opens a sentence; token 0 always)
            starts = [0, *((token_table(doc)._ids(SENT_START)[1:] == 1).nonzero()[0] + 1).tolist()]
        cached = _SENTENCES = (doc, starts)
    starts = cached[1]
    if starts is None:
        sent = doc[i].sent
        return sent.start, sent.end
    k = bisect.bisect_right(starts, i) - 1
    return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(doc))


def sentences_back(doc, i: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one of token ``i`` (its own for
    ``n`` = 0; the doc's first sentence where fewer come before): where the rules look back for
    what a word may stand for."""
    start = sentence_bounds(doc, i)[0]
    for _ in range(n):
        if start == 0:
            break
        start = sentence_bounds(doc, start - 1)[0]
    return start


# The last doc's sentence spans, by first token: ``tok.sent`` makes two Spans and walks the doc
# both ways on every call (speed only).
_SENT_SPANS = LastDoc()
# The last doc's ``list(doc.sents)``: the actors' coreference, the events' coder and sent_of read the
# same sentences of one doc, and ``Doc.sents`` makes a new Span of each (~4,500 instructions by
# callgrind) on every pass (speed only).
_SENT_LIST = LastDoc()


def sentences(doc) -> list:
    """``list(doc.sents)``, made once per doc (do not change the list or its spans)."""
    memo = _SENT_LIST
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get("sents")
    if found is None:
        found = known["sents"] = list(doc.sents)
    return found


def sent_of(tok):
    """``tok.sent``: the same span, made once per doc and sentence from :func:`sentence_bounds`
    (do not change it). A doc with sentence hooks is asked as ``tok.sent`` asks it."""
    doc = tok.doc
    start = sentence_bounds(doc, tok.i)[0]
    if _SENTENCES[1] is None:  # (hooks: the span they give)
        return tok.sent
    memo = _SENT_SPANS
    if memo.doc is not doc:  # (the doc's sentences, as doc.sents gives them: the same spans as doc[start:end])
        known = memo.of(doc)
        for sent in sentences(doc):
            known[sent.start] = sent
    return memo.known[start]


# The attributes that the stages read of every doc (the token table's columns and the sentence starts).
_BLOCK = (ORTH, LOWER, LEMMA, POS, DEP, HEAD, IDX, LENGTH, SENT_START)


class Tokens:
    """One doc's token attributes as plain Python lists, read from spaCy's arrays once per doc, each
    column on first use: a rule reads ``tokens.lower[i]`` where it read ``doc[i].lower_``, which
    makes a token object and a string on every access (speed only: the same values as the Token's
    attributes). Get it with :func:`token_table`. ``*_ids`` columns are numpy arrays of spaCy's ids (for
    :func:`is_in`); the others are lists indexed by token."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.n = len(doc)
        # id(column) -> (column, its distinct values, each token's place in them): is_in's (speed only)
        self.distinct: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def _ids(self, attr: int) -> np.ndarray:
        """``doc.to_array(attr)``: one of the attributes every doc is read for comes from
        :attr:`_block` (read-only: the same array for every caller)."""
        if not self.n:
            return np.zeros(0, dtype=np.uint64)
        column = self._block.get(attr) if attr in _BLOCK else None
        return column if column is not None else self.doc.to_array(attr)

    @cached_property
    def _block(self) -> dict[int, np.ndarray]:
        """The attributes of :data:`_BLOCK`, each as ``doc.to_array(attr)`` gives it, from one
        ``to_array`` call: one pass over the tokens instead of one per attribute (speed only)."""
        rows = self.doc.to_array(list(_BLOCK)).T.copy()  # (a row per attribute, each contiguous)
        return dict(zip(_BLOCK, rows, strict=True))

    def _strings(self, ids: list[int]) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[x] for x in ids]

    def _labels(self, ids: list[int]) -> list[str]:
        """The strings of a column of few distinct ids (labels): each looked up once."""
        strings = self.doc.vocab.strings
        names = {x: strings[x] for x in set(ids)}
        return [names[x] for x in ids]

    @cached_property
    def orth_ids(self) -> np.ndarray:
        return self._ids(ORTH)

    @cached_property
    def lower_ids(self) -> np.ndarray:
        return self._ids(LOWER)

    @cached_property
    def lemma_ids(self) -> np.ndarray:
        return self._ids(LEMMA)

    @cached_property
    def pos_ids(self) -> np.ndarray:
        return self._ids(POS)

    @cached_property
    def dep_ids(self) -> np.ndarray:
        return self._ids(DEP)

    @cached_property
    def pos_id(self) -> list[int]:
        """Each token's part-of-speech id (``tok.pos``), as a list."""
        return self.pos_ids.tolist()

    @cached_property
    def dep_id(self) -> list[int]:
        """Each token's dependency label id (``tok.dep``), as a list."""
        return self.dep_ids.tolist()

    @cached_property
    def lemma_id(self) -> list[int]:
        return self.lemma_ids.tolist()

    @cached_property
    def lower_id(self) -> list[int]:
        return self.lower_ids.tolist()

    @cached_property
    def idx_ids(self) -> np.ndarray:
        return self._ids(IDX)

    @cached_property
    def idx(self) -> list[int]:
        """Each token's first character (``tok.idx``)."""
        return self.idx_ids.tolist()

    @cached_property
    def end_ids(self) -> np.ndarray:
        """Each token's end character (``tok.idx + len(tok)``), as an array."""
        return self.idx_ids + self._ids(LENGTH)

    @cached_property
    def ends(self) -> list[int]:
        """Each token's end character (``tok.idx + len(tok)``)."""
        return self.end_ids.tolist()

    @cached_property
    def glued(self) -> np.ndarray:
        """The tokens that the next token follows with no space between (their indices, in order):
        made once per doc for every WordStarts (speed only)."""
        return (self.end_ids[:-1] == self.idx_ids[1:]).nonzero()[0]

    @cached_property
    def text_end(self) -> int:
        """The end of the doc's text, its last token's trailing whitespace included."""
        return self.doc[-1].idx + len(self.doc[-1].text_with_ws) if self.n else 0

    def touched(self, start_char: int, end_char: int) -> range:
        """The tokens a stretch of characters touches: from the one its first character lies in (the
        last that starts at it or before) to the last that starts before its end."""
        idx = self.idx
        return range(max(bisect.bisect_right(idx, start_char) - 1, 0), min(bisect.bisect_left(idx, end_char), self.n))

    def longest_mentions(self, mentions: Iterable[Any]) -> dict[int, Any]:
        """Each token's longest mention among ``mentions`` (anything with ``start`` and ``end``
        characters) that touches it (:meth:`touched`), the first of them where several are as long;
        a token none touches is not a key. (The events' Context and coref's References map tokens to
        actors so: one pass over the mentions.)"""
        idx, n = self.idx, self.n
        best: dict[int, int] = {}
        longest: dict[int, Any] = {}
        for m in mentions:
            start, end = m.start, m.end
            length = end - start
            # (touched's range, inline: one call fewer per mention; speed only)
            for i in range(max(bisect.bisect_right(idx, start) - 1, 0), min(bisect.bisect_left(idx, end), n)):
                if best.get(i, -1) < length:
                    best[i], longest[i] = length, m
        return longest

    def char_tokens(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """(start, end) of ``doc.char_span(start_char, end_char, alignment_mode="expand")``, found by
        bisection in the token starts without making the Span; None where that gives None. (As
        spaCy aligns it: the tokens holding the first and the last character, a token's trailing
        whitespace counting as its own, except that a span starting just after a token's last
        character starts at the next token.)"""
        idx, end_of_text = self.idx, self.text_end
        if not 0 <= start_char < end_of_text or not 0 <= end_char - 1 < end_of_text:
            return None
        start = bisect.bisect_right(idx, start_char) - 1
        end = bisect.bisect_right(idx, end_char - 1) - 1
        if start_char == self.ends[start]:
            start += 1
        return start, end + 1

    @cached_property
    def text(self) -> list[str]:
        return self._strings(self.orth_ids.tolist())

    @cached_property
    def doc_text(self) -> str:
        """``doc.text``, made once per doc: spaCy rebuilds it from a token object per word on every
        access (speed only). Joined here from the words' strings and whitespace flags, as spaCy
        joins each token's ``text_with_ws`` (its text, and a space where it has one), without the
        token objects (~2,200 instructions a word by callgrind against ~400)."""
        spaces = self.doc.to_array(SPACY).tolist() if self.n else []
        return "".join([w + " " if sp else w for w, sp in zip(self.text, spaces, strict=True)])

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(self.lower_id)

    @cached_property
    def lemma(self) -> list[str]:
        return self._strings(self.lemma_id)

    @cached_property
    def pos(self) -> list[str]:
        return self._labels(self.pos_id)

    @cached_property
    def tag(self) -> list[str]:
        return self._labels(self._ids(TAG).tolist())

    @cached_property
    def dep(self) -> list[str]:
        return self._labels(self.dep_id)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._labels(self._ids(ENT_TYPE).tolist())

    @cached_property
    def head(self) -> list[int]:
        """Each token's head's index (``tok.head.i``; a root is its own head)."""
        return (self._ids(HEAD).astype(np.int64) + np.arange(self.n)).tolist()  # (numpy: speed only)

    @cached_property
    def ents(self) -> tuple:
        """``doc.ents``, read once per doc: spaCy builds the tuple and a Span per entity on every
        access, and the actors and events stages both read it (speed only: the same spans, shared)."""
        return self.doc.ents

    @cached_property
    def kids_runs(self) -> tuple[list[int], list[int]]:
        """(order, starts): the tokens sorted by their head's index, stably (so in order under one
        head), and where each head's run begins: token i's children are ``order[starts[i]:starts[i +
        1]]`` less i itself (a root is its own head), in order, as ``tok.children`` gives them
        (spaCy's edges hold every child: each child widens its head's edges on the first pass).
        Two lists for the doc, by numpy, not a list per token: most tokens are never asked for, and
        thousands of small lists cost more to make and to collect (speed only)."""
        if not self.n:
            return [], [0]
        heads = self._ids(HEAD).astype(np.int64) + np.arange(self.n)
        starts = np.zeros(self.n + 1, dtype=np.int64)  # (each head's count of words, summed: no search)
        np.cumsum(np.bincount(heads, minlength=self.n), out=starts[1:])
        return heads.argsort(kind="stable").tolist(), starts.tolist()

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's children's indices, in order (``[c.i for c in tok.children]``)."""
        kids: list[list[int]] = [[] for _ in range(self.n)]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        return kids


# The last doc's table: the stages read one doc at a time, each after the other (speed only).
_TOKENS: Tokens | None = None


def token_table(doc) -> Tokens:
    """The :class:`Tokens` of ``doc``, made once per doc."""
    global _TOKENS
    table = _TOKENS
    if table is None or table.doc is not doc:
        table = _TOKENS = Tokens(doc)
    return table


def span_text(span) -> str:
    """``span.text``, sliced from the doc's text (made once per doc) by the span's character bounds:
    spaCy's Span.text makes a token object and a string per word and joins them (~800 instructions a
    word by callgrind; a sentence's ~30,000; speed only: the same string, as a doc's text is its
    tokens' texts with their whitespace and a span's end is its last token's end)."""
    return token_table(span.doc).doc_text[span.start_char:span.end_char]


# The last doc's children as token objects, per token asked for: the rules ask for the same verbs'
# children again and again, and ``Token.children`` walks the token's whole span and makes a token
# object of every child on each ask (speed only: the same tokens, in the same order). (An index of
# the whole doc's children from its head array with numpy measured more instructions: most tokens
# are never asked for.)
_KIDS = LastDoc()
# speed26: ``Token(doc.vocab, doc, i)`` is the token ``doc[i]`` gives (spaCy's Doc.__getitem__ makes it
# by the same constructor, which sets only the vocab, the doc, the index and the pointer to the doc's
# i-th word), for fewer instructions: ``Doc.__getitem__`` first tells a slice from an index, turns a
# negative one round, checks the bounds and builds the constructor's argument tuple (callgrind, 20
# texts: ~1,000 instructions a token by ``doc[i]``, about 370 fewer made directly; the ~6,400 tokens of
# the hot loops so made took the stages from 950.2M to 947.8M). The constructor checks nothing: a loop
# calls it only with an index read from the doc's own arrays or bounded by its length (0 <= i < len(doc)).


def kids_of(tok) -> list:
    """``list(tok.children)``, made once per doc and token (do not change the list)."""
    memo, doc, i = _KIDS, tok.doc, tok.i
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get(i)
    if found is None:
        # (the table's runs of children, which subtree_indices reads too, not Token.children's
        # generators: one token object per child, as before; speed only)
        order, starts = token_table(doc).kids_runs
        found = known[i] = []
        vocab = doc.vocab
        for c in order[starts[i]:starts[i + 1]]:
            if c != i:
                found.append(Token(vocab, doc, c))  # (doc[c], made directly: see above)
    return found


# (lefts_of and rights_of: loops, not list comprehensions over the token's index, which make a
# closure, a function object and a frame on every call; speed only, as events' children())


def lefts_of(tok) -> list:
    """``list(tok.lefts)``: the children before the token."""
    i, found = tok.i, []
    for c in kids_of(tok):
        if c.i < i:
            found.append(c)
    return found


def rights_of(tok) -> list:
    """``list(tok.rights)``: the children after the token."""
    i, found = tok.i, []
    for c in kids_of(tok):
        if c.i > i:
            found.append(c)
    return found


# The last doc's children with their labels, per token asked for: most reads of a child ask for its
# label, and ``Token.dep_`` looks the string up and makes a new one on every call (speed only). Public:
# events.arguments.children reads it inline.
LABELLED_MEMO = LastDoc()
# Each dependency label's string by its id (a label's id is its symbol or hash, the same in every vocab).
_LABEL_NAMES: dict[int, str] = {}


def labelled_kids(tok) -> list:
    """``[(c, c.dep_) for c in tok.children]``, made once per doc and token (do not change the list;
    the doc's whole column of label strings costs more than the few words asked for)."""
    memo, doc, i = LABELLED_MEMO, tok.doc, tok.i
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get(i)
    if found is None:
        # (a loop, not a list comprehension: see lefts_of; each label's string read once for all
        # docs by its id in the table, not by Token.dep_'s look-up per child; speed only)
        found = known[i] = []
        ids, names = token_table(doc).dep_id, _LABEL_NAMES
        for c in kids_of(tok):
            x = ids[c.i]
            name = names.get(x)
            if name is None:
                name = names[x] = c.dep_
            found.append((c, name))
    return found


# The last doc's subtrees as token indices, per token asked for (speed only: Token.subtree is a
# recursive generator that makes three generators and a token object per word of the subtree on
# every ask; most callers read only the words' indices or one column of the table).
_SUBTREES = LastDoc()


def subtree_indices(tok) -> list[int]:
    """``[t.i for t in tok.subtree]``, in spaCy's order (each left child's subtree, the token, each
    right child's subtree), from the table's runs of children; made once per doc and token asked
    for (do not change the list; no list per word below it: see Tokens.kids_runs)."""
    memo, doc, i = _SUBTREES, tok.doc, tok.i
    known = memo.known if memo.doc is doc else memo.of(doc)
    found = known.get(i)
    if found is None:
        order, starts = token_table(doc).kids_runs
        found = known[i] = []
        _walk(order, starts, i, found)
    return found


def _walk(order: list[int], starts: list[int], i: int, found: list[int]) -> None:
    own = False  # (whether ``i`` is in yet: after its left children's subtrees, before its right ones')
    for c in order[starts[i]:starts[i + 1]]:  # (in order: the left children first)
        if c == i:
            continue
        if c > i and not own:
            found.append(i)
            own = True
        _walk(order, starts, c, found)
    if not own:
        found.append(i)
