"""trie_pattern's ``edge``: the word-edge check after each first character finds exactly what the
same check before the alternation finds (a speed change only)."""

import random
import re

from wirecoder.actors.dictionary import trie_pattern

WORDS = ["Vardo", "Vardo Bay", "vard", "Osk", "Oskel.", "O.K.", "-Tar", "Tar", "9th Ring", "Ëlm"]


def _both(strings, edge, tail):
    plain = re.compile(f"(?<!{edge})(?:" + trie_pattern(strings) + ")" + tail)
    edged = re.compile("(?:" + trie_pattern(strings, edge=edge) + ")" + tail)
    return plain, edged


def test_edge_finds_the_same_matches_as_the_lookbehind():
    rnd = random.Random(7)
    pieces = [*WORDS, " ", "\n", "-", "_", "x", ".", "’s", "é", "1"]
    for edge, tail in ((r"\w", r"(?!\w)"), (r"[\w-]", r"(?![\w-])")):
        plain, edged = _both(WORDS, edge, tail)
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
            for pos in range(len(text) + 1):
                assert [m.span() for m in plain.finditer(text, pos)] == \
                    [m.span() for m in edged.finditer(text, pos)], (text, pos)


def test_edge_checks_the_character_before_the_start_position():
    _, edged = _both(WORDS, r"\w", r"(?!\w)")
    assert [m.group() for m in edged.finditer("xVardo Vardo Bay")] == ["Vardo Bay"]
    assert [m.group() for m in edged.finditer("xVardo", 1)] == []  # the "x" before is still read
    assert edged.match("Osk").group() == "Osk"


def test_edge_with_the_empty_string_keeps_the_lookbehind():
    plain, edged = _both(["", "Tar"], r"\w", "")
    for text in ("aTar Tar", "", "Tar"):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in edged.finditer(text)]


def test_dictionary_names_are_the_pattern_matches():
    from wirecoder.actors.dictionary import Dictionary

    d = Dictionary(people=False)
    rnd = random.Random(11)
    forms = sorted(d.forms)
    glue = ["", " ", "\n", "-", ".", "’", "é", "_", "x", "(", "9"]
    texts = ["France and Germany met in Paris.", "Xfrance, French-born U.S.-based", "Germany", " Germany"]
    for _ in range(1500):
        texts.append("".join(rnd.choice(glue) + (rnd.choice(forms) if rnd.random() < 0.5 else rnd.choice(glue))
                             for _ in range(rnd.randint(1, 8))))
    for text in texts:
        for pos in {0, 1, 2, len(text) // 2, len(text)}:
            assert list(d.names(text, pos)) == [m.span() for m in d.pattern.finditer(text, pos)], (text, pos)


def test_edge_alternation_keeps_the_order_and_the_matches():
    from wirecoder.actors.dictionary import edge_alternation

    rnd = random.Random(13)
    words = ["Tarvel", "TARVEL", "Tar", "Onsky", "O.N", "-Vel", "Ve", "ab"]
    for _ in range(400):
        chosen = rnd.sample(words, rnd.randint(1, len(words)))
        plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, chosen)) + r")(?!\w)")
        edged = re.compile(r"(?:" + edge_alternation(chosen) + r")(?!\w)")
        for _ in range(25):
            text = "".join(rnd.choice([*words, " ", "x", "-", ".", "é", "\n", "_"]) for _ in range(rnd.randint(0, 8)))
            assert [(m.span(), m.group()) for m in plain.finditer(text)] == \
                [(m.span(), m.group()) for m in edged.finditer(text)], (chosen, text)
