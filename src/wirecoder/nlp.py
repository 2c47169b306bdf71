"""Loading the spaCy pipeline, once per process, with wirecoder's one addition."""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    POS,
    SENT_START,
    TAG,
)
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from . import errors
from .attribute_rules import use_column_matcher
from .rules import package_yaml

PARAGRAPH_BREAKS = "wirecoder_paragraph_breaks"


# A line ending in one of these closes its own sentence; a shorter line without one is a headline,
# subheadline or label.
_FINAL = (".", "!", "?", ".\"", ".\u201d", "?\"", "?\u201d", "!\"", "!\u201d", ":", ";")
_FINAL_LONGEST = max(len(f) for f in _FINAL)
_MAX_HEADLINE_TOKENS = 40


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, and a short line with no final stop is one sentence.

    Why: headlines, subheadlines and datelines carry no final full stop, and the parser would run
    them into the first sentence of the body; it also splits a headline at its first comma
    ("Russia, China hold talks"), parting actors that belong to one clause. Boundaries set before
    the parser are kept by it. In hard-wrapped text (old wire copy, Reuters-21578) a single line
    break is only the width of the page: there only blank lines and indented lines start paragraphs.
    """
    # The space tokens from spaCy's array, without making a token object of every word (speed only).
    breaks = [token for i in np.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in (token := doc[i]).text]
    # A line run on into the next is a single line break between words, inside one space token:
    # with fewer than 3 such tokens the text cannot be hard-wrapped, and doc.text (a copy of the
    # whole text, made token by token) is not needed (speed only; _hard_wrapped would say False).
    wrapped = sum(1 for token in breaks if token.text.count("\n") == 1) >= 3 and _hard_wrapped(doc.text)
    # The boundaries are written into the doc's SENT_START column (1: starts a sentence, -1: does not)
    # and set in one from_array: spaCy's Token.is_sent_start setter reads every token of the doc
    # (has_annotation) on each call (speed only; the same values, in the same order of writing).
    column = doc.to_array(SENT_START)
    starts = column.view(np.int64)  # (-1 in the unsigned column spaCy reads back)
    line_start = 0
    for token in breaks:
        if wrapped and token.text.count("\n") < 2 and not token.text.endswith((" ", "\t")):
            continue  # a wrapped line goes on in the next one
        _one_sentence_if_headline(doc, starts, line_start, token.i)
        if token.i + 1 < len(doc):
            starts[token.i + 1] = 1
        line_start = token.i + 1
    if not wrapped:
        _one_sentence_if_headline(doc, starts, line_start, len(doc))
    _after_abbreviations(doc, starts)
    if len(doc):
        doc.from_array([SENT_START], column)
    return doc


def _hard_wrapped(text: str) -> bool:
    """Whether most lines run on into the next one: at least 3 lines followed by another line (no
    blank between), most of them long and ending mid-sentence."""
    lines = text.split("\n")
    runs = [line.rstrip() for line, after in zip(lines, lines[1:], strict=False) if line.strip() and after.strip()]
    if len(runs) < 3:
        return False
    open_ended = sum(1 for line in runs if len(line) >= 40 and not line.endswith(_FINAL))
    return open_ended >= 0.5 * len(runs)


def _one_sentence_if_headline(doc: Doc, starts: np.ndarray, start: int, end: int) -> None:
    if end - start < 2 or end - start > _MAX_HEADLINE_TOKENS:
        return
    # The line's text without its trailing whitespace is read only at its end (whether it is empty,
    # and as many characters as the longest of _FINAL): from its last tokens back until that many
    # are in, not from a token object of every word of the line (speed only: the same answer as
    # ``doc[start:end].text.rstrip()``, of which ``tail`` is the end).
    tail, k = "", end
    while k > start and len(tail) < _FINAL_LONGEST:
        k -= 1
        tail = (doc[k].text_with_ws + tail).rstrip()
    if not tail or tail.endswith(_FINAL):
        return
    starts[start + 1:end] = -1  # (the doc's SENT_START column: no token after the first starts a sentence)


@cache
def _abbreviation_words() -> tuple[np.ndarray, np.ndarray, frozenset[str]]:
    """The hashes of data/language/sentences.yaml's "continues" and "opens" words, and its titles."""
    raw = package_yaml("language", "sentences.yaml")
    hashes = [np.array([hash_string(str(w).lower()) for w in raw[key]], dtype=np.uint64) for key in ("continues", "opens")]
    return hashes[0], hashes[1], frozenset(str(w).lower() for w in raw["titles"])


def _after_abbreviations(doc: Doc, starts: np.ndarray) -> None:
    """Whether the word after an abbreviation that ends in a full stop starts a sentence.

    Why: the parser guesses from the next word's capital, and wire copy misleads it both ways:
    Reuters-21578 capitalises the word after "U.S." inside a sentence ("the U.S. And Japan will ...",
    "the U.S. Which ...": a quote or event cut at "U.S."), and "£230m. The company ..." ends a
    sentence the parser runs on. A closed-class word that cannot open a sentence ("continues")
    goes on it; a subject pronoun, demonstrative or "the" ("opens") starts one after a unit that
    follows a number ("£230m. The"). Only boundaries no line break has set are written.
    """
    if len(doc) < 2:
        return
    continues, opens, titles = _abbreviation_words()
    lower = doc.to_array(LOWER)
    # Candidates from the lower-case column (speed only: a token object only for the few matches).
    for i in np.flatnonzero(np.isin(lower[1:], continues) | np.isin(lower[1:], opens)).tolist():
        i += 1
        if starts[i] != 0:
            continue
        token, prev = doc[i], doc[i - 1]
        if prev.is_space and i >= 2:
            prev = doc[i - 2]  # (a hard-wrapped line's break, or two spaces: a paragraph's is set above)
        abbreviation = prev.text
        if len(abbreviation) < 2 or not abbreviation.endswith(".") or not abbreviation[0].isalpha() \
                or prev.is_space or not token.text[:1].isupper():
            continue
        if lower[i] in continues:
            starts[i] = -1
        elif abbreviation.lower() not in titles and prev.i > 0 and doc[prev.i - 1].like_num:
            # Only after a unit that follows a number ("£230m.", "5 p.m."): after "U.S." Reuters-21578
            # capitalises a complement clause's subject too ("assure the U.S. It is not ...").
            starts[i] = 1


# A contraction's apostrophe typed curly (U+2019) between a letter and the contraction's ending
# ("weren’t", "it’s", "they’re", "we’ll", "I’ve", "she’d", "I’m"); a closing single quotation mark
# ("the ‘hawks’ said") has no letter after it, and a name's apostrophe ("O’Neill") a longer word.
_CURLY_CONTRACTION = re.compile(r"(?<=[^\W\d_])\u2019(?=(?:t|s|re|ll|ve|d|m)(?![^\W\d_]))", re.IGNORECASE)


def parser_text(text: str) -> str:
    """The text spaCy parses: ``text`` with a contraction's curly apostrophe made straight, one
    character for one, so that every offset of the parse is an offset of ``text`` (the record keeps
    and slices the original text).

    Why: the small model learnt contractions spelt with the straight apostrophe; spelt "n’t" it tags
    the negation a noun hung on the main verb, and a report after a cue loses what follows it
    ("told the crowd that growers weren’t “asking for charity”" was read as "growers were"). Web
    copy types the curly one throughout. Done once per document, before the parse, so every stage
    reads the same repaired parse (round 48, qspan48)."""
    if "\u2019" not in text:
        return text
    return _CURLY_CONTRACTION.sub("'", text)


# The parse a Doc carries over to the same tokens spelt as in the original text (with_original_text).
_PARSE = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]


def with_original_text(doc: Doc, text: str) -> Doc:
    """``doc``, parsed from ``parser_text(text)``, as a Doc of ``text`` itself: the same tokens, tags, tree,
    sentences and entities, each word spelt as the original spells it (a curly apostrophe stays curly in an
    actor's name, a quote's speaker or a cue).

    Why: ``parser_text`` replaces one character by one, so the tokens lie at the same offsets; every stage
    reads the words of the text the record keeps. Only a document ``parser_text`` changed is rebuilt."""
    if len(doc.text) != len(text) or doc.text == text:
        return doc
    words = [text[t.idx:t.idx + len(t.text)] for t in doc]
    rebuilt = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    rebuilt.from_array(_PARSE, doc.to_array(_PARSE))
    rebuilt.tensor = doc.tensor
    return rebuilt


@cache
def load_nlp(name: str) -> Language:
    """The named spaCy pipeline with paragraph breaks added before the parser."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise errors.ModelMissingError(errors.MODEL_MISSING.format(name=name)) from exc
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_BREAKS, before=before)
    use_column_matcher(nlp)  # the same annotations, about 11% of spaCy's pass sooner (speed only)
    return nlp
