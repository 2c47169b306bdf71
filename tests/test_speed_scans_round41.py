"""Round 41 (speed23): the agency-name scan of a whole text read from the doc's tokens, and every
WordStarts reading its marks through one shared search of a doc's distinct ids, find what the
whole-text patterns find (a speed change only; invented texts built at random from pieces,
tokenized by the real spaCy tokenizer)."""

from __future__ import annotations

import random
import re

from wirecoder.actors import dictionary
from wirecoder.actors.dictionary import WordStarts

PIECES = [" ", "  ", "\n", "-", "_", ".", ",", "'s", "’s", "é", "1", "km", "n't", "cannot", "U.S.", "the", "The",
          "pro", "al", "Velmora", "Drenvald", "Oskar", "minister", "said", "(", ")"]


def _texts(rnd: random.Random, pieces: list[str], n: int = 1200) -> list[str]:
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_agencies_read_from_tokens_are_the_agency_patterns_matches(pipeline) -> None:
    agents = pipeline.find_actors.agents
    assert agents._agency_starts is not None
    forms = sorted(agents.agencies)[:80]
    pieces = PIECES + forms + sorted({w for f in forms for w in re.findall(r"\w+", f)})
    for text in _texts(random.Random(41), pieces):
        doc = pipeline.nlp.make_doc(text)
        expected = [m.span() for m in agents._agencies.finditer(text)]
        found = agents._agency_starts.spans(agents._agencies, doc, text)
        assert found == expected or (found is None and not len(doc)), text  # (no token: the caller scans)


def test_named_agencies_with_the_doc_are_those_of_the_text_alone(pipeline) -> None:
    agents = pipeline.find_actors.agents
    text = "Velmora said the State Department and the Pentagon met. The FBI's chief, Oskar Drenvald, spoke."
    doc = pipeline.nlp.make_doc(text)
    with_doc = agents.named_agencies(text, doc)
    agents._named = (None, [])  # (forget the answer remembered for this text)
    assert with_doc == agents.named_agencies(text) != []


def test_two_word_starts_sharing_one_search_each_find_their_own_matches(pipeline) -> None:
    """Two WordStarts read the same docs, in turn and each skipping some, and after the shared ids
    are cleared: each still gives its own pattern's matches."""
    first = (re.compile(r"(?<!\w)(?:Velmora|cannot)(?!\w)"), WordStarts(["Velmora", "cannot"]))
    second = (re.compile(r"(?<!\w)(?:Oskar Drenvald|the)(?!\w)"), WordStarts(["Oskar Drenvald", "the"]))
    rnd = random.Random(42)
    for n, text in enumerate(_texts(rnd, PIECES, 400)):
        if n == 200:
            dictionary._SEEN._clear()
        doc = pipeline.nlp.make_doc(text)
        for k, (pattern, starts) in enumerate((first, second)):
            if (n + k) % 3 and len(doc):
                assert starts.spans(pattern, doc, text) == [m.span() for m in pattern.finditer(text)], text


def test_tokens_that_may_name_an_agent_are_those_holding_a_lexicon_word(pipeline) -> None:
    """Agents.may_name reads each token string once by its shared slot: the same tokens as reading
    every token's words, before and after the shared ids are cleared."""
    agents = pipeline.find_actors.agents
    for n, text in enumerate(["Velmora police and the State Department's envoy said", "Oskar Drenvald, the army",
                              "Protesters in Velmora met pro-government troops.", ""]):
        if n == 2:
            dictionary._SEEN._clear()
        doc = pipeline.nlp.make_doc(text)
        expected = [t.i for t in doc if agents._may_name_word(t.text)]
        assert agents.may_name(doc) == expected, text
