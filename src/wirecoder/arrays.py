"""Small helpers over spaCy's token arrays (``Doc.to_array``), shared by the stages."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy as np
from spacy.attrs import SENT_START
from spacy.strings import get_string_id


def is_in(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which of ``values`` (a doc's ids, one per token) are among ``keys``: the mask ``np.isin``
    gives, by a binary search in the sorted keys. For a doc's few hundred tokens and a word list's
    few dozen ids it is several times faster than ``np.isin``, which sorts both (speed only)."""
    keys = np.sort(np.asarray(keys, dtype=values.dtype))
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values



def sorted_ids(words: Iterable[str]) -> np.ndarray:
    """spaCy's ids of ``words``, sorted, as the keys of :func:`is_in` (get_string_id: a word spaCy also
    knows as a symbol, such as a label, has that id, not its hash)."""
    return np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)


# The last doc's token indices per (attribute, word list): the stages look for the same few words
# (a comma, a dash) in many stretches of one doc (speed only).
_INDICES: tuple[object, dict[tuple[int, frozenset[str]], list[int]]] = (None, {})


def token_indices(doc, attr: int, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens of ``doc`` whose ``attr`` (``ORTH``: the text, ``LOWER``:
    the lower-case form) is one of ``words``, from the doc's array once per doc and list (speed only)."""
    global _INDICES
    cached = _INDICES
    if cached[0] is not doc:
        cached = _INDICES = (doc, {})
    found = cached[1].get((attr, words))
    if found is None:
        strings = doc.vocab.strings
        ids = {strings[w] for w in words}
        values = doc.to_array(attr).tolist() if len(doc) else []
        found = cached[1][(attr, words)] = [i for i, v in enumerate(values) if v in ids]
    return found


def indices_between(found: list[int], start: int, end: int) -> list[int]:
    """The items of the sorted ``found`` in [start, end)."""
    return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]


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
            starts = [0, *(np.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist()]
        cached = _SENTENCES = (doc, starts)
    starts = cached[1]
    if starts is None:
        sent = doc[i].sent
        return sent.start, sent.end
    k = bisect.bisect_right(starts, i) - 1
    return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(doc))
