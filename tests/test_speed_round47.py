"""Round 47 (speed29): a trigger's subject word is remembered per doc (events/sources.py), and the
actors stage reads organisation entities' words from the doc's table and text instead of making a
token object of each; the answers are those read afresh (a speed change only; invented dispatches
parsed by the real spaCy pipeline)."""

from __future__ import annotations

from wirecoder.events.sources import _read_subject_word, _subject_word

TEXTS = [
    "TALLINN, May 4 (AFP) - Velmora expelled two Drenvic diplomats on Monday after the Velmoran Miners' "
    "Union accused the embassy of spying, and Prime Minister Ilse Karvan said the talks were over.",
    "The Ostmark Trade Council condemned the decision, while the Bank of Velmora said it would review "
    "its loans to Drenvic firms.",
]


def test_a_remembered_subject_word_is_the_one_read_afresh(pipeline) -> None:
    """For every word of two docs in turn, the remembered subject word is the token a fresh read gives,
    asked once or twice, and a new doc gets its own answers."""
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            fresh = _read_subject_word(tok)
            assert _subject_word(tok) is fresh
            assert _subject_word(tok) is fresh
            if fresh is not None:
                assert fresh.doc is doc


def test_organisations_named_after_a_place_keep_their_whole_names(pipeline) -> None:
    """Organisation entities that open with "the" and a place's name, or end in "of" and one, are
    each one organisation with its whole name (their first and last words read from the table)."""
    record = pipeline.extract(" ".join(TEXTS), reference_date="2026-05-04")
    ids = {a.id for a in record.actors}
    assert {"org:velmoran-miners-union", "org:ostmark-trade-council", "org:bank-of-velmora"} <= ids
