"""Loading the spaCy pipeline, once per process, with wirecoder's one addition."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import errors

PARAGRAPH_BREAKS = "wirecoder_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence.

    Why: headlines, subheadlines and datelines carry no final full stop, and the parser would run
    them into the first sentence of the body. Boundaries set before the parser are kept by it.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def load_nlp(name: str) -> Language:
    """The named spaCy pipeline with paragraph breaks added before the parser."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise errors.WirecoderError(errors.MODEL_MISSING.format(name=name)) from exc
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_BREAKS, before=before)
    return nlp
