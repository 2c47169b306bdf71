"""wirecoder.arrays: helpers over spaCy's token arrays (speed only: the same answers as numpy's)."""

from __future__ import annotations

import numpy as np

from wirecoder.arrays import is_in


def test_is_in_gives_the_mask_that_np_isin_gives() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        keys = rng.integers(0, 50, int(rng.integers(0, 20)), dtype=np.uint64)  # unsorted, repeated, or none
        values = rng.integers(0, 60, int(rng.integers(0, 300)), dtype=np.uint64)
        assert is_in(values, keys).tolist() == np.isin(values, keys).tolist()


def test_is_in_sorted_gives_the_mask_that_np_isin_gives() -> None:
    # speed17: is_in for keys the caller keeps sorted and distinct (no copy, no sort), on plain arrays
    # and on a table's columns (their distinct values)
    import wirecoder
    from wirecoder.arrays import _BLOCK, is_in_sorted, token_table

    rng = np.random.default_rng(17)
    for _ in range(200):
        keys = np.unique(rng.integers(0, 50, int(rng.integers(0, 2000)), dtype=np.uint64))
        values = rng.integers(0, 60, int(rng.integers(0, 300)), dtype=np.uint64)
        assert is_in_sorted(values, keys).tolist() == np.isin(values, keys).tolist()
    nlp = wirecoder.load(stages=()).nlp
    for text in ("Envoy Ilse Varnok of Brevia said on Friday the Oskel talks would resume, AFP reported.", ""):
        table = token_table(nlp(text))
        for attr in _BLOCK:
            column = table._ids(attr)
            for keys in (np.unique(column[::2]), np.unique(np.concatenate([column, [np.uint64(2**64 - 1)]])),
                         np.zeros(0, dtype=np.uint64)):
                assert is_in_sorted(column, keys.astype(column.dtype)).tolist() == np.isin(column, keys).tolist()


def test_is_in_handles_the_largest_ids() -> None:
    values = np.array([2**64 - 1, 0, 5], dtype=np.uint64)  # string hashes use the whole 64 bits
    assert is_in(values, np.array([2**64 - 1, 3], dtype=np.uint64)).tolist() == [True, False, False]


def test_is_in_on_a_tables_columns_gives_the_mask_that_np_isin_gives() -> None:
    # (a column of the last doc's table is searched through its distinct values, remembered per doc)
    import wirecoder
    from wirecoder.arrays import _BLOCK, distinct, token_table

    nlp = wirecoder.load(stages=()).nlp
    rng = np.random.default_rng(11)
    texts = ("Envoy Marel Quist of Vardenia met Tesk Orlan in Brevik on Monday; the talks, the envoy said, "
             "would go on. \"We will not sign,\" Orlan said.", "Hello", "")
    for text in texts:
        doc = nlp(text)
        table = token_table(doc)
        for _ in range(3):  # (asked again: the remembered distinct values)
            for attr in _BLOCK:
                column = table._ids(attr)
                present = column.tolist()
                for n in (0, 3, 5, 12, 40):
                    picked = [present[int(k)] for k in rng.integers(0, len(present), n)] if present else []
                    keys = np.array([*picked, *rng.integers(0, 2**63, n).tolist()], dtype=np.uint64)
                    assert is_in(column, keys).tolist() == np.isin(column, keys).tolist()
                    assert is_in(column.copy(), keys).tolist() == np.isin(column, keys).tolist()
            assert distinct(column).tolist() == np.unique(column).tolist()
            assert distinct(column.copy()).tolist() == np.unique(column).tolist()
        # another doc's table: the first doc's columns are no longer searched through it
        other = token_table(nlp("Talks resumed in Brevik."))
        assert other.distinct == {}


def test_tokens_table_gives_each_tokens_own_attributes() -> None:
    import wirecoder
    from wirecoder.arrays import token_table

    nlp = wirecoder.load(stages=()).nlp
    text = ("Minister Taravel Onsky of Vardenia told reporters in Paris on Monday that talks with "
            "Germany's envoy had failed.\n\n\"We will not sign,\" he said.  The  U.N. vote was put off.")
    for doc in (nlp(text), nlp(""), nlp("Hello")):
        table = token_table(doc)
        assert token_table(doc) is table  # made once per doc
        assert table.idx == [t.idx for t in doc]
        assert table.text == [t.text for t in doc]
        assert table.lower == [t.lower_ for t in doc]
        assert table.lemma == [t.lemma_ for t in doc]
        assert table.pos == [t.pos_ for t in doc]
        assert table.tag == [t.tag_ for t in doc]
        assert table.dep == [t.dep_ for t in doc]
        assert table.ent_type == [t.ent_type_ for t in doc]
        assert table.head == [t.head.i for t in doc]
        assert table.children == [[c.i for c in t.children] for t in doc]
        assert table.lower_ids.tolist() == [t.lower for t in doc]
        assert table.lemma_ids.tolist() == [t.lemma for t in doc]
        assert table.orth_ids.tolist() == [t.orth for t in doc]
        assert table.pos_ids.tolist() == [t.pos for t in doc]
        assert table.dep_ids.tolist() == [t.dep for t in doc]


def test_char_tokens_gives_the_bounds_of_char_span_expand() -> None:
    import wirecoder
    from wirecoder.arrays import token_table

    nlp = wirecoder.load(stages=()).nlp
    text = "  Envoy Marek Dovlan of Ostria met  officials in Oslo.\n\nTalks (on trade) resumed. "
    for doc in (nlp(text), nlp(""), nlp("Hi")):
        table = token_table(doc)
        n = len(doc.text)
        for s in range(-2, n + 3):
            for e in range(s - 1, n + 3):
                try:
                    span = doc.char_span(s, e, alignment_mode="expand")
                except Exception:  # (spaCy refuses some empty ranges; char_tokens is used on matches)
                    continue
                assert table.char_tokens(s, e) == (None if span is None else (span.start, span.end)), (s, e)


def test_tokens_block_columns_are_doc_to_array() -> None:
    import wirecoder
    from wirecoder.arrays import _BLOCK, token_table

    nlp = wirecoder.load(stages=()).nlp
    text = "Envoy Marel Quist of Vardenia left Oslo.\n\nTalks resumed on Friday, officials said."
    for doc in (nlp(text), nlp(""), nlp("Hello")):
        table = token_table(doc)
        for attr in _BLOCK:
            got = table._ids(attr)
            want = doc.to_array(attr) if len(doc) else np.zeros(0, dtype=np.uint64)
            assert got.dtype == want.dtype and got.tolist() == want.tolist()


def test_children_helpers_give_what_token_children_gives() -> None:
    import wirecoder
    from wirecoder.arrays import kids_of, lefts_of, rights_of, token_table

    nlp = wirecoder.load(stages=()).nlp
    text = ("Minister Taravel Onsky of Vardenia, who met the envoy of Germany on Monday, said the "
            "talks had failed.\n\n\"We will not sign,\" he said. Officials in Paris declined to comment.")
    for doc in (nlp(text), nlp(""), nlp("Hello"), nlp.make_doc("no parse at all")):
        table = token_table(doc)
        assert table.ents == doc.ents and token_table(doc).ents is table.ents  # read once per doc
        for tok in doc:
            assert kids_of(tok) == list(tok.children) and kids_of(tok) is kids_of(doc[tok.i])
            assert lefts_of(tok) == list(tok.lefts)
            assert rights_of(tok) == list(tok.rights)


def test_labelled_kids_and_sent_of_give_what_spacy_gives() -> None:
    import wirecoder
    from wirecoder.arrays import labelled_kids, sent_of
    from wirecoder.events.arguments import children

    nlp = wirecoder.load(stages=()).nlp
    text = ("Minister Taravel Onsky of Vardenia, who met the envoy of Germany on Monday, said the "
            "talks had failed.\n\n\"We will not sign,\" he said. Officials in Paris declined to comment.")
    for doc in (nlp(text), nlp("Hello")):
        for tok in doc:
            assert labelled_kids(tok) == [(c, c.dep_) for c in tok.children]
            assert labelled_kids(tok) is labelled_kids(doc[tok.i])  # made once per doc and token
            assert children(tok, {"nsubj", "dobj"}) == [c for c in tok.children if c.dep_ in {"nsubj", "dobj"}]
            sent = sent_of(tok)
            assert (sent.start, sent.end, sent.label_) == (tok.sent.start, tok.sent.end, tok.sent.label_)
            assert sent is sent_of(doc[tok.i])  # made once per doc and sentence
    unparsed = nlp.make_doc("no parse at all")
    assert all(labelled_kids(t) == [] for t in unparsed)


def test_doc_text_is_doc_text_made_once() -> None:
    import wirecoder
    from wirecoder.arrays import token_table

    nlp = wirecoder.load(stages=()).nlp
    for text in ("Envoy Marit Oskaro of Belvania said  \"no\".\n\nTalks resume\tMonday.", "", "Hello"):
        doc = nlp(text)
        table = token_table(doc)
        assert table.doc_text == doc.text
        assert table.doc_text is table.doc_text  # made once per doc


def test_last_doc_remembers_one_doc_at_a_time() -> None:
    from wirecoder.arrays import LastDoc

    memo, first, second = LastDoc(), object(), object()
    answers = memo.of(first)
    answers[3] = "three"
    assert memo.of(first) is answers and memo.known is answers and memo.doc is first
    assert memo.of(second) == {}  # another doc: a new dict, the first doc's answers dropped
    assert memo.of(first) == {}  # (only the last doc is remembered)


def test_token_indices_are_the_words_of_each_doc() -> None:
    from spacy.attrs import LOWER, ORTH

    import wirecoder
    from wirecoder.arrays import token_indices

    nlp = wirecoder.load(stages=()).nlp
    words = frozenset({",", "said", "NOUN"})  # ("NOUN" is also a symbol of spaCy's: its id is the symbol's)
    for text in ("Envoy Marit Oskaro, of Belvania, said no.", "Said the Noun, NOUN said.", "", "Hello"):
        doc = nlp(text)
        assert token_indices(doc, ORTH, words) == [t.i for t in doc if t.text in words]
        assert token_indices(doc, LOWER, words) == [t.i for t in doc if t.lower_ in words]
        assert token_indices(doc, ORTH, words) is token_indices(doc, ORTH, words)  # once per doc and list


def _random_trees(nlp, count: int, seed: int) -> list:
    """Docs whose parse is a random tree (most of them non-projective): each word's head a word
    placed before it in a random order, the first placed the root."""
    from spacy.tokens import Doc

    rng = np.random.default_rng(seed)
    docs = []
    for _ in range(count):
        n = int(rng.integers(1, 40))
        order = rng.permutation(n).tolist()
        heads = [0] * n
        heads[order[0]] = order[0]
        for k in range(1, n):
            heads[order[k]] = order[int(rng.integers(0, k))]
        deps = ["ROOT" if heads[i] == i else "dep" for i in range(n)]
        docs.append(Doc(nlp.vocab, words=[f"w{i}" for i in range(n)], heads=heads, deps=deps))
    return docs


def test_subtree_indices_and_kids_give_what_spacy_gives_on_any_tree() -> None:
    import wirecoder
    from wirecoder.arrays import kids_of, labelled_kids, subtree_indices

    nlp = wirecoder.load(stages=()).nlp
    text = ("Minister Taravel Onsky of Vardenia, who met the envoy of Germany on Monday, said the "
            "talks had failed.\n\n\"We will not sign,\" he said. Officials in Paris declined to comment.")
    docs = [nlp(text), nlp(""), nlp("Hello"), nlp.make_doc("no parse at all"), *_random_trees(nlp, 60, 11)]
    for doc in docs:
        for tok in doc:
            assert subtree_indices(tok) == [t.i for t in tok.subtree]
            assert subtree_indices(tok) is subtree_indices(doc[tok.i])  # made once per doc and token
            assert [c.i for c in kids_of(tok)] == [c.i for c in tok.children]
            assert [(c.i, dep) for c, dep in labelled_kids(tok)] == [(c.i, c.dep_) for c in tok.children]


def test_span_text_and_sentences_give_what_spacy_gives() -> None:
    import wirecoder
    from wirecoder.arrays import sent_of, sentences, span_text

    nlp = wirecoder.load(stages=()).nlp
    text = ("KORVALA, March 3 (Reuters) - Envoy Ilse Marrow said  \"no\".\n\nTalks resume\tMonday. "
            "The Drovenian Assembly's speaker, Teodor Vask, was not available.")
    for doc in (nlp(text), nlp("Hello"), nlp("Hello ")):
        assert span_text(doc[0:0]) == doc[0:0].text == ""
        for a in range(len(doc) + 1):
            for b in range(a, len(doc) + 1):
                assert span_text(doc[a:b]) == doc[a:b].text
        sents = sentences(doc)
        assert sents is sentences(doc)  # made once per doc
        assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in doc.sents]
        for tok in doc:
            assert sent_of(tok) in sents and (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)


def test_lemma_indices_and_the_sentence_gate_give_what_the_tokens_give() -> None:
    # lemma_indices: the tokens whose lemma in lower case is listed; in_sentence: whether one stands in
    # the sentence, and True in every sentence of a doc whose arcs cross its sentences
    import wirecoder
    from wirecoder.arrays import arcs_within_sentences, in_sentence, lemma_indices, sentences

    nlp = wirecoder.load(stages=()).nlp
    texts = ("Vardenia's envoy Pelle Arvik said on Tuesday there would be consequences. \"They must pay,\" "
             "he told the Brevik Herald. Talks were held in Osk.", "Was it? Is it.", "Hello", "")
    for words in (frozenset({"be", "say"}), frozenset({"consequence", "pay"}), frozenset({"nothing"}), frozenset()):
        for text in texts:
            doc = nlp(text)
            for _ in range(2):  # (asked again: remembered per doc and list)
                assert lemma_indices(doc, words) == [t.i for t in doc if t.lemma_.lower() in words]
            if not len(doc):
                continue
            assert arcs_within_sentences(doc) == all(t.head.sent.start == t.sent.start for t in doc)
            found = lemma_indices(doc, words)
            for sent in sentences(doc):
                assert in_sentence(sent, found) == any(sent.start <= i < sent.end for i in found)
    # sentences a hook makes, cutting a tree: every sentence passes the gate
    doc = nlp("The envoy of Vardenia said on Tuesday that talks would resume in Osk next week.")
    doc.user_hooks["sents"] = lambda d: iter([d[0:5], d[5:]])
    assert not arcs_within_sentences(doc)
    assert all(in_sentence(sent, []) for sent in sentences(doc))


def test_lemma_indices_with_lists_and_docs_met_in_any_order() -> None:
    # speed17: lemma_indices tests each lemma id against every list once per run; a list met after some
    # docs, a doc whose lemmas are new after a list, and a lemma written in capitals all give what the
    # tokens give; sentence_has reads the words found either way, merged once per doc and list
    import wirecoder
    from wirecoder.arrays import lemma_indices, sentence_has, sentences

    nlp = wirecoder.load(stages=()).nlp
    texts = ("Brevia's Interior Ministry said the Oskel garrison would withdraw on Friday, AFP reported.",
             "VARDENIA REJECTS TALKS: the envoy Ilmar Tosk denied that Osk had blockaded the Tarn pass.",
             "Officials in Osk quietly welcomed the withdrawal, Kyodo said, citing an unnamed diplomat.")
    lists = (frozenset({"say", "withdraw"}), frozenset({"vardenia", "deny", "blockade"}),
             frozenset({"welcome", "withdrawal", "cite", "osk"}), frozenset({"report", "reject"}))
    for first in range(len(lists)):  # (each list met first in turn, the others after their docs)
        for n, text in enumerate(texts):
            doc = nlp(text)
            for words in lists[first:] + lists[:first] if n % 2 else lists[first:first + 1]:
                assert lemma_indices(doc, words) == [t.i for t in doc if t.lemma_.lower() in words]
                for sent in sentences(doc):  # (the gate: a word of the list by lemma or as written)
                    assert sentence_has(sent, words) == any(
                        t.lemma_.lower() in words or t.lower_ in words for t in sent)


def test_initials_shaped_are_the_words_initials_may_be() -> None:
    # the gate of the actors' initials steps: the words _Run._initials reads as two to eight capitals
    import wirecoder
    from wirecoder.actors import _initials_shaped

    nlp = wirecoder.load(stages=()).nlp
    texts = ("The XKT union said on Monday that PKRA and the Brevik Port Authority (BPA) had sued. "
             "ABCDEFGHI, I, A1 and Ü-NORD were not; TASS and ABCDEFG reported it.", "NO MORE TALKS, SAYS VARDENIA", "Hello", "")
    for text in texts:
        doc = nlp(text)
        assert _initials_shaped(doc) == [t.i for t in doc if t.is_alpha and t.is_upper and 2 <= len(t) <= 8]
