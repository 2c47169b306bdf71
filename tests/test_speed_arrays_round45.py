"""Round 45 (speed27): a word list's tokens are found by matching the list with a column's distinct
values (the fewer searched in the other), with no mask of the doc built where none is a key, and the
words shaped as initials are read once per word met; each gives what ``np.isin`` and the tokens' own
flags give (a speed change only; invented dispatches parsed by the real spaCy pipeline)."""

from __future__ import annotations

import numpy as np

from wirecoder.actors import _initials_shaped
from wirecoder.arrays import indices_in, is_in, is_in_sorted, token_table

TEXTS = [
    "Minister Oskar Drenvald said on Tuesday that Velmora would not send troops to the border.",
    "The Velmoran government and the opposition party agreed to hold talks, a spokesman for the "
    "ministry told Reuters in Kessary.",
    "The KDU and the Tessaly Port Authority (TPA) said the VNF had refused; ABCDEFGHI and A1 did not.",
    "",
]


def _key_lists(column: np.ndarray) -> list[list[int]]:
    """Lists of ids of every size around the shortcuts' bounds: some of the doc's, some of no word,
    one given twice and unsorted."""
    ids = column.tolist()
    absent = [7, 11, 2**63 + 5, 2**40 + 3, 123456789]
    return [[], ids[:1], ids[:3] + absent[:2], absent, ids[::-1], absent * 3 + ids[:2], ids[::2] * 2,
            list(range(1, 3000, 7)) + ids[:1]]


def test_a_lists_token_indices_are_those_of_np_isin_for_any_list(pipeline) -> None:
    """For each column of the doc's table and a list of any size (none of its words in the doc, a
    word given twice, unsorted, more keys than the doc has words), the same indices in order."""
    for doc in pipeline.nlp.pipe(TEXTS):
        table = token_table(doc)
        for column in (table.orth_ids, table.lower_ids, table.lemma_ids, table.pos_ids):
            for keys in _key_lists(column):
                wanted = np.isin(column, np.array(keys, dtype=np.uint64))
                assert indices_in(column, keys) == wanted.nonzero()[0].tolist()
                assert (is_in(column, keys) == wanted).all()
                ordered = np.array(sorted(set(keys)), dtype=np.uint64)
                assert (is_in_sorted(column, ordered) == wanted).all()
                assert indices_in(column, ordered, ordered=True) == wanted.nonzero()[0].tolist()


def test_a_list_with_no_word_in_the_doc_finds_no_token(pipeline) -> None:
    doc = pipeline.nlp(TEXTS[0])
    column = token_table(doc).lower_ids
    assert indices_in(column, [7, 11, 13, 17, 19, 23]) == []
    assert not is_in(column, [7, 11, 13, 17, 19, 23]).any()


def test_words_shaped_as_initials_are_those_the_tokens_flags_give_in_every_doc(pipeline) -> None:
    """Alphabetic, in capitals, two to eight letters, by the tokens' own flags, for docs read one after
    another (words met before and words new to the run)."""
    for text in [*TEXTS, TEXTS[2], "NO MORE TALKS, SAYS VELMORA"]:
        doc = pipeline.nlp(text)
        assert _initials_shaped(doc) == [t.i for t in doc if t.is_alpha and t.is_upper and 2 <= len(t) <= 8]
