"""Round 44 (speed26): the hot loops make a word's token as ``Token(doc.vocab, doc, i)``, the constructor
``doc[i]`` itself calls, and a verbless content is told from the doc's part-of-speech column; each gives what
``doc[i]`` and the token strings gave (a speed change only; invented dispatches parsed by the real spaCy
pipeline)."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.arrays import kids_of, labelled_kids
from wirecoder.quotes.finder import _holds_verb_or_quote

TEXTS = [
    "Minister Oskar Drenvald said on Tuesday that Velmora would not send troops to the border.",
    "The Velmoran government and the opposition party agreed to hold talks, a spokesman for the "
    "ministry told Reuters in Kessary.",
    'Any sailor knows "storms come early", the harbour master of Port Tessaly told AFP.',
    "Drenvald claims a strong mandate under pressure from the Kessary Farmers' Union.",
]


def test_a_token_made_directly_is_the_token_that_doc_indexing_gives(pipeline) -> None:
    """Same word, same index, same doc, equal and of equal hash, and the same attributes as ``doc[i]``."""
    for doc in pipeline.nlp.pipe(TEXTS):
        for i in range(len(doc)):
            made, indexed = Token(doc.vocab, doc, i), doc[i]
            assert made == indexed and hash(made) == hash(indexed)
            assert made.doc is doc and made.i == i
            assert (made.text, made.lemma_, made.pos_, made.dep_, made.head.i, made.left_edge.i) == \
                (indexed.text, indexed.lemma_, indexed.pos_, indexed.dep_, indexed.head.i, indexed.left_edge.i)


def test_the_children_read_from_the_table_are_the_tokens_children_in_order(pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            assert kids_of(tok) == list(tok.children)
            assert [(c.i, dep) for c, dep in labelled_kids(tok)] == [(c.i, c.dep_) for c in tok.children]


def test_a_content_holds_a_verb_or_a_quote_exactly_where_its_words_do(pipeline) -> None:
    """``_holds_verb_or_quote`` answers as ``any(t.pos_ in ("VERB", "AUX") or t.is_quote ...)`` over the
    same words, for every stretch of each invented dispatch (empty ones and ones past the end too)."""
    for doc in pipeline.nlp.pipe(TEXTS):
        for first in range(len(doc) + 1):
            for last in range(first - 1, len(doc) + 2):
                expected = any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[first:last + 1])
                assert _holds_verb_or_quote(doc, first, last) == expected, (first, last)
