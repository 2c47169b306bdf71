"""Round 40 (speed22): the dictionary-name and office scans read from a doc's tokens
(dictionary.WordStarts) find what the whole-text patterns find (a speed change only; invented
texts built at random from pieces, tokenized by the real spaCy tokenizer)."""

from __future__ import annotations

import random
import re

from wirecoder.actors.dictionary import WordStarts

PIECES = [" ", "  ", "\n", "-", "_", ".", ",", "'s", "’s", "é", "1", "5", "km", "n't", "do", "cannot", "U.S.",
          "the", "The", "THE", "Velmora", "Drenvald", "Oskar", "minister", "Minister", "prime", "PRIME", "ex",
          "deputy", "and", "foreign", "said"]


def _texts(rnd: random.Random, pieces: list[str], n: int = 1500) -> list[str]:
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_names_read_from_tokens_are_the_name_patterns_matches(pipeline) -> None:
    d = pipeline.find_actors.dictionary
    assert d._word_starts is not None
    spaced = sorted(f for f in d.forms if " " in f)[:60]
    pieces = PIECES + spaced + sorted({f.split()[0] for f in spaced}) + sorted({f.split()[-1] for f in spaced})
    for text in _texts(random.Random(40), pieces):
        doc = pipeline.nlp.make_doc(text)
        for lo in (0, 1, 5):
            assert list(d.doc_names(doc, text, lo)) == [m.span() for m in d.pattern.finditer(text, lo)], (text, lo)


def test_offices_read_from_tokens_are_the_office_patterns_matches(pipeline) -> None:
    titles = pipeline.find_actors.titles
    assert titles._word_starts is not None
    for text in _texts(random.Random(41), PIECES):
        doc = pipeline.nlp.make_doc(text)
        for lo in (0, 3):
            assert list(titles._office_spans(text, lo, doc)) == [m.span() for m in titles.pattern.finditer(text, lo)], \
                (text, lo)


def test_a_word_the_tokenizer_splits_is_still_found_whole(pipeline) -> None:
    """spaCy splits "cannot" in two; the run of word characters goes on into the second token."""
    pattern = re.compile(r"(?<!\w)(?:cannot|Velmora)(?!\w)")
    starts = WordStarts(["cannot", "Velmora"])
    text = "Velmora cannot, Velmora's cannotx"
    doc = pipeline.nlp.make_doc(text)
    assert [t.text for t in doc][1:3] == ["can", "not"]
    assert starts.spans(pattern, doc, text) == [m.span() for m in pattern.finditer(text)] == [(0, 7), (8, 14), (16, 23)]


def test_a_pair_is_passed_over_only_before_a_word_no_alternative_has_next(pipeline) -> None:
    """"the" opens only "the Velmora Accord": before "Velmora" it is tried, before "talks" not, and
    over a line break it is tried whatever follows."""
    pattern = re.compile(r"(?<!\w)(?:the[ \n]Velmora[ \n]Accord)(?!\w)")
    starts = WordStarts(["the Velmora Accord"], spaced=True)
    assert starts.pairs == {"the"} and starts.seconds == {"Velmora"}
    text = "the talks on the Velmora Accord and the\nVelmora Accord"
    doc = pipeline.nlp.make_doc(text)
    assert starts.spans(pattern, doc, text) == [m.span() for m in pattern.finditer(text)] == [(13, 31), (36, 54)]


def test_a_text_other_than_the_docs_is_scanned_as_before(pipeline) -> None:
    d = pipeline.find_actors.dictionary
    doc = pipeline.nlp.make_doc("Velmora and France")
    text = "France and Velmora and France"
    assert d._word_starts.spans(d.pattern, doc, text) is None
    assert list(d.doc_names(doc, text)) == [m.span() for m in d.pattern.finditer(text)]
