"""Quotations: who said what, with the speaker and the cue word, every part tied to offsets.

Three kinds (see RECORD.md): ``direct`` (the words inside quotation marks), ``indirect`` (reported
speech, "according to" included) and ``mixed`` (reported speech quoting some of the words).

How it works, in four passes over one parsed Doc (each linear in the number of tokens):

1. :func:`quotation_spans` pairs the quotation marks, paragraph by paragraph, and joins a quote
   that runs over several paragraphs in the news convention (a paragraph ends open, the next one
   opens again).
2. Each marked span looks for its cue verb just after the closing mark (``"...," the minister
   said``) or just before the opening one (``He said: "..."``); a span with no cue of its own may
   continue the quote right before it (``"...," he said. "..."``). A line opening with a name and
   a colon ("Kasich: ...", "MATTHEWS: ...") is that person's words. A paragraph that is only a
   quotation, with no cue, continues whoever the paragraph before it quoted last (BBC and wire
   style); its quote has no cue. Hard-wrapped wire copy, whose paragraphs open indented, is read
   paragraph by paragraph, not line by line.
3. Every other cue word (the lemma lists in ``data/quotes/cues.yaml``), and any verb taking a
   that-clause, reads its content from the dependency parse: the clausal complement or object of
   the verb, or the rest of the sentence for "according to X". Marked spans inside such content
   make it ``mixed``; only the outermost report in a sentence counts.
4. Speakers resolve through the actors stage; a pronoun or title speaker prefers the running
   speaker (the last person quoted) over the nearest name.

It does not: attribute a quote whose speaker is only implied by the paragraphs around it (an
uncued quotation is dropped unless it continues a cued one or the quote of the paragraph before); report a cue without a
subject ("Clinton was asked whether ..."); or keep nested reports ("X said Y believes Z" is one
quote by X, as in PolNeAR). A parenthetical cue ("The goal, he said, is ...") gives the whole
sentence as content, cue included, as PolNeAR marks it.

Where each part lives: ``marks.py`` (quotation marks and the spans between them), ``cues.py`` (the cue
words), ``finder.py`` (passes 1-3), ``speakers.py`` (pass 4).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..actors import ActorTable
from ..article import Article
from ..record import Quote
from .cues import CUES_FILE, QuoteCues, load_cues
from .finder import QuoteFinder
from .marks import quotation_spans

__all__ = ["CUES_FILE", "QuoteCues", "QuoteFinder", "find_quotes", "load_cues", "quotation_spans"]


@cache
def _finder() -> QuoteFinder:
    return QuoteFinder()


def find_quotes(doc: Doc, article: Article, actors: ActorTable) -> list[Quote]:
    """Every direct, indirect and mixed quotation in the article, with speaker and cue."""
    return _finder()(doc, article, actors)

