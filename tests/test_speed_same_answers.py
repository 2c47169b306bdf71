"""Speed-only rewrites give the answers of the plain code they replace (invented texts)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks

from wirecoder.actors import _chunks_holding, _sentence_bounds
from wirecoder.arrays import is_in, sentence_bounds
from wirecoder.events.politics import Politics, _cue_ids

TEXT = ("The deputy Foreign Minister of Vardenia, Taravel Onsky, met the PRIME MINISTER on Monday. "
        "Police said protesters and farm workers gathered outside the Interior Ministry.\n\n"
        "A senior Defence Secretary's adviser spoke. The trade and industry secretary did not.")


def test_office_spans_match_the_case_insensitive_pattern(pipeline) -> None:
    reader = pipeline.find_actors.titles
    assert reader._lower_pattern is not None
    texts = [TEXT, TEXT.upper(), TEXT.lower(),
             # letters that lowering changes in length, or that the regex module folds and str.lower keeps
             "İnterior minister Kemal spoke. " + TEXT, "The prıme minister and the ſecretary of ſtate. " + TEXT,
             "The \u212aing's foreign minister. " + TEXT, ""]
    for text in texts:
        for lo in (0, 5, len(text)):
            plain = [m.span() for m in reader.pattern.finditer(text, lo)]
            assert list(reader._office_spans(text, lo)) == plain


def test_sentence_bounds_are_those_of_doc_sents(pipeline) -> None:
    for text in (TEXT, "One.", "No stop at the end", "Short. Very short. Yes"):
        doc = pipeline.nlp(text)
        assert _sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]


def test_token_sentence_bounds_are_those_of_tok_sent(pipeline) -> None:
    texts = (TEXT, "One.", "No stop at the end", "Short. Very short. Yes", "Headline Without Stop\n\nBody text here.")
    for text in texts:
        doc = pipeline.nlp(text)
        for tok in doc:
            assert sentence_bounds(doc, tok.i) == (tok.sent.start, tok.sent.end)
    # the same answers for a second doc read after the first (the bounds are kept per doc)
    first, second = pipeline.nlp(TEXT), pipeline.nlp("One. Two.")
    assert sentence_bounds(first, 20) == (first[20].sent.start, first[20].sent.end)
    assert sentence_bounds(second, 2) == (2, 4)
    assert sentence_bounds(first, 0) == (first[0].sent.start, first[0].sent.end)


def test_chunks_holding_are_spacys_noun_chunks_that_hold_a_marked_word(pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    assert doc.noun_chunks_iterator is english_noun_chunks
    for marked in ([], [0], [3, 12, 20], list(range(len(doc)))):
        expected = [(c.start, c.end, c.label) for c in doc.noun_chunks if any(c.start <= i < c.end for i in marked)]
        assert list(_chunks_holding(doc, marked)) == expected  # (start, end, label) of each


def test_story_counts_cue_words_as_reading_each_token_does(pipeline) -> None:
    politics = Politics.load()
    doc = pipeline.nlp(TEXT + " " + " ".join(sorted(politics.topic_cues)[:5] + sorted(politics.politics_cues)[:5]))
    topic_ids, politics_ids = _cue_ids(politics.topic_cues, politics.politics_cues)
    lowers = doc.to_array(LOWER)
    topic = sum(1 for t in doc if t.lower_ in politics.topic_cues)
    other = sum(1 for t in doc if t.lower_ not in politics.topic_cues and t.lower_ in politics.politics_cues)
    assert (int(is_in(lowers, topic_ids).sum()), int(is_in(lowers, politics_ids).sum())) == (topic, other)
    assert topic >= 1 and other >= 1


def test_token_indices_are_the_tokens_reading_each_gives(pipeline) -> None:
    from spacy.attrs import ORTH

    from wirecoder.arrays import indices_between, token_indices

    doc = pipeline.nlp(TEXT + " According to Onsky, the talks - held in Brill - ended, a decision aides welcomed.")
    for attr, words, read in ((ORTH, frozenset({","}), lambda t: t.text), (ORTH, frozenset({"-", "—"}), lambda t: t.text),
                              (LOWER, frozenset({"according", "police"}), lambda t: t.lower_)):
        expected = [t.i for t in doc if read(t) in words]
        assert token_indices(doc, attr, words) == expected
        assert token_indices(doc, attr, words) == expected  # the second time, from the doc's cache
        assert indices_between(expected, 5, 30) == [i for i in expected if 5 <= i < 30]
    other = pipeline.nlp("Vardenia, Brill and Osk met.")  # another doc replaces the cached one
    assert token_indices(other, ORTH, frozenset({","})) == [t.i for t in other if t.text == ","]
    assert expected  # the invented text holds the words looked for


def test_events_children_are_the_tokens_children_with_those_labels(pipeline) -> None:
    from wirecoder.events.arguments import children

    doc = pipeline.nlp(TEXT)
    for deps in ({"prep"}, {"nsubj", "dobj", "compound"}, {"punct"}):
        for _ in range(2):  # the second time from the doc's cache
            for tok in doc:
                assert [c.i for c in children(tok, deps)] == [c.i for c in tok.children if c.dep_ in deps]


def test_pattern_words_are_the_words_each_sentence_reads(pipeline) -> None:
    """events: the document's verbs and nouns that may take a pattern (Rules._pattern_words) are the
    tokens that reading each word's part of speech and looking it up gives."""
    from wirecoder.article import read_article
    from wirecoder.events.arguments import Context

    text = ("Vardenia shelled the border town of Oskel on Monday. Fighting between the two armies erupted "
            "again, and the Brill government condemned the attack and recalled its envoy.\n\n"
            "Talks with Osk collapsed after the minister walked out.")
    coder = pipeline.components[2].coder
    for _ in range(2):  # the second time with the look-ups remembered
        doc = pipeline.nlp(text)
        article = read_article(text)
        ctx = Context(doc, article, pipeline.find_actors(doc, article), [], coder.lexicon)
        verbs, nouns = coder._pattern_words(ctx)
        assert verbs == [t.i for t in doc if t.pos_ == "VERB" and coder._lookup(coder.verbs, t)]
        assert nouns == [t.i for t in doc if (t.pos_ in ("NOUN", "PROPN") or (
            t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ == "nsubj")) and coder._lookup(coder.nouns, t)]
        assert verbs and nouns  # the invented text holds words of both lexicons
        assert coder._pattern_words(ctx) is ctx.pattern_words  # read once per document


def test_clause_indices_keep_every_clause_the_wish_and_demand_rules_read(pipeline) -> None:
    """events (speed17): the per-document indices of the clauses wish_events and demand_events read
    (rules._wish_clauses, _demand_clauses) hold every clause those rules' loops read past their first
    tests, and the gate of quoted_demand_events passes every sentence with a demand modal (invented
    dispatches in several agency styles)."""
    from wirecoder.arrays import sentences
    from wirecoder.article import read_article
    from wirecoder.events import rules
    from wirecoder.events.arguments import Context
    from wirecoder.events.lexicon import (
        APPEAL_NEEDS,
        CUSTODY_HEADS,
        DEMAND_HEADS,
        DEMAND_MODALS,
        ORDER_HEADS,
        REPROACH_MODALS,
        WISH_HEADS,
    )

    texts = ("MOSCOW, May 3 (TASS) - Vardenian Foreign Minister Ilmar Tosk wants Brevia to withdraw its "
             "monitors, and the council ordered the Oskel garrison to stand down. He said Brevia must "
             "explain itself and should have consulted Osk earlier.",
             "OSK (Reuters) - A court in Osk ruled that Pelle Varn should remain in custody. Brevia said "
             "the monitors needed to leave. \"The envoy should resign,\" a Vardenian lawmaker said.",
             "Talks resumed on Monday. Nobody asked anything of anyone, officials told AFP.")
    coder = pipeline.components[2].coder
    for text in texts:
        doc = pipeline.nlp(text)
        article = read_article(text)
        ctx = Context(doc, article, pipeline.find_actors(doc, article), [], coder.lexicon)
        for sent in sentences(doc):
            wished = [t.i for t in rules._wish_clauses(ctx, sent)]
            assert wished == [t.i for t in sent if t.dep_ in ("xcomp", "ccomp")
                              and t.head.lemma_.lower() in WISH_HEADS | ORDER_HEADS
                              and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]
            demanded = [t.i for t in rules._demand_clauses(ctx, sent)]
            assert demanded == [t.i for t in sent if t.dep_ == "ccomp" and (
                t.head.lemma_.lower() in DEMAND_HEADS or t.head.lemma_.lower() in CUSTODY_HEADS) and (
                any(c.lower_ in DEMAND_MODALS | REPROACH_MODALS for c in t.children)
                or t.lemma_.lower() in APPEAL_NEEDS or t.head.lemma_.lower() in CUSTODY_HEADS)]
    # the indices are not empty on what they are for
    doc = pipeline.nlp(texts[0])
    ctx = Context(doc, read_article(texts[0]), pipeline.find_actors(doc, read_article(texts[0])), [], coder.lexicon)
    assert any(rules._wish_clauses(ctx, s) for s in sentences(doc))
    assert any(rules._demand_clauses(ctx, s) for s in sentences(doc))


def test_headline_check_reads_a_lines_end_as_its_whole_text_does(pipeline) -> None:
    """nlp._one_sentence_if_headline reads a line's end from its last tokens: the same lines are made one
    sentence as by reading the line's whole text (round 31; invented lines, odd endings)."""
    import numpy as np

    from wirecoder.nlp import _FINAL, _one_sentence_if_headline

    text = ('Merovan envoy Talis Qerr visits Ostrava\n\nTalks end early.\n  \n'
            'He said: "We will stay."\n\t\nVoters ask: why now?  \nA list;\nBudget row "deepens"\u00a0\n \n')
    doc = pipeline.nlp.make_doc(text)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            column = np.zeros(len(doc), dtype=np.int64)
            _one_sentence_if_headline(doc, column, start, end)
            line = doc[start:end].text.rstrip()
            single = 2 <= end - start <= 40 and bool(line) and not line.endswith(_FINAL)
            assert column[start + 1:end].tolist() == ([-1] * (end - start - 1) if single else [0] * max(0, end - start - 1))


def test_monarch_matches_are_the_patterns_finditer() -> None:
    from wirecoder.actors.dictionary import Offices
    from wirecoder.actors.persons import TitleReader

    reader = TitleReader(Offices(monarch_titles=frozenset({"Queen", "King", "Emir"})))
    texts = ["The Queen asked Dovran Ilesk to form a government; the King's Speech followed.",
             "Athe Queen, the Queen of Marrovia, tthe King, The Emir, the Queen Ostrevia and the\nKing said.",
             "the King the Queen the Emir", "he Queen", "The Queen", "Lathe Emir. 'The King', (the Queen)", "",
             "Ithe King-the Queen ’s the Emir’s aide"]
    for text in texts:
        assert [(m.span(), m.span(1)) for m in reader.monarch_matches(text)] == \
            [(m.span(), m.span(1)) for m in reader.monarch_pattern.finditer(text)]
