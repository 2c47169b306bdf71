"""Round 48 (speed30): the attribute ruler of wirecoder's spaCy pipeline finds its matches from the
doc's columns (wirecoder/attribute_rules.py) instead of spaCy's general matcher; the matches, and so
every token's part of speech, morphology, lemma, tag and label, are the ones spaCy's own matcher gives
(a speed change only; invented dispatches parsed by the real spaCy pipeline)."""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.vocab import Vocab

from wirecoder.attribute_rules import ColumnMatcher, spacy_match

TEXTS = [
    "VARNO, March 3 (Reuters) - There are no plans to close the border, Interior Minister Olek Dravin "
    "told reporters on Tuesday, and there was nothin' the Kestran Farmers' League could do about it.\n\n"
    "\"We don't negotiate with the Vossel Front,\" he said. \"Y'all can't expect that, ain't it so?\"",
    "BELGRADE, June 9 (AP) -- Serbia's Defence Minister Maren Tolvic got a letter from the Halden Union "
    "and gets another today, his office said.\n  \n\tIt is what it is. Nope - I won't, she'd say.",
    "Headline: Talks Collapse\nMOSCOW, Nov. 2 (TASS) - The U.S. and Russia ain't ready, officials said. "
    "Gonna try again? Dunno. 'Tis the season, n't it; y' know.",
    "",
]
COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


def test_the_pipeline_ruler_reads_the_columns(pipeline) -> None:
    """wirecoder's pipeline has its attribute ruler find matches by the column matcher."""
    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, ColumnMatcher) and ruler.match.compiled


def test_the_column_matches_are_spacys_matches(pipeline) -> None:
    """On every invented dispatch (contractions, expletive "there", space tokens, an empty text), the
    column matcher gives spaCy's matches, in the same order, asked twice."""
    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    with pipeline.nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(pipeline.nlp.pipe(TEXTS))
    for doc in docs:
        expected = list(spacy_match(ruler)(doc))
        assert ruler.match(doc) == expected
        assert ruler.match(doc) == expected


def test_the_annotations_are_those_of_spacys_matcher(pipeline) -> None:
    """Parsed with spaCy's own matcher instead, each doc has the same columns token for token."""
    nlp = pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    fast = [doc.to_array(COLUMNS).tolist() for doc in nlp.pipe(TEXTS)]
    fast_morph = [[str(tok.morph) for tok in doc] for doc in nlp.pipe(TEXTS)]
    column_matcher = ruler.match
    ruler.match = spacy_match(ruler)
    try:
        slow = [doc.to_array(COLUMNS).tolist() for doc in nlp.pipe(TEXTS)]
        slow_morph = [[str(tok.morph) for tok in doc] for doc in nlp.pipe(TEXTS)]
    finally:
        ruler.match = column_matcher
    assert fast == slow
    assert fast_morph == slow_morph


def test_a_pattern_of_another_shape_keeps_spacys_matcher() -> None:
    """A ruler with an operator pattern is not read from the columns (its matches are spaCy's)."""
    ruler = AttributeRuler(Vocab())
    ruler.add([[{"TAG": "NNP", "OP": "+"}]], {"POS": "PROPN"})
    assert not ColumnMatcher(ruler).compiled


def test_a_pattern_added_later_is_matched_by_spacy(pipeline) -> None:
    """A matcher made before a pattern was added hands the doc to spaCy's matcher, which sees it."""
    nlp = pipeline.nlp
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "dravin"}]], {"POS": "PROPN"})
    matcher = ColumnMatcher(ruler)
    ruler.add([[{"LOWER": "varno"}]], {"POS": "PROPN"})
    doc = nlp.make_doc(TEXTS[0])
    assert matcher(doc) == list(spacy_match(ruler)(doc))
    assert len(matcher(doc)) == 2


def test_sets_expressions_flags_and_longer_patterns_match_as_spacy(pipeline) -> None:
    """A ruler of equality, set, expression and flag tests over one to three tokens gives spaCy's
    matches, overlapping ones included."""
    nlp = pipeline.nlp
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NNP"}]], {"MORPH": "NounType=Prop"})
    ruler.add([[{"LOWER": {"IN": ["minister", "league"]}, "TAG": {"NOT_IN": ["NNS"]}}]], {"LEMMA": "office"})
    ruler.add([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"})
    ruler.add([[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], {"DEP": "dep"})
    ruler.add([[{"LOWER": "the"}, {"TAG": "NNP"}, {"IS_PUNCT": False}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"TAG": "NNP"}, {"TAG": "NNP"}], [{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are", "was"]}}]],
              {"POS": "VERB"}, index=-1)
    matcher = ColumnMatcher(ruler)
    assert matcher.compiled
    for doc in nlp.pipe(TEXTS):
        assert matcher(doc) == list(spacy_match(ruler)(doc))
