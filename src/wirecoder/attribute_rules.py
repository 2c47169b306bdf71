"""spaCy's attribute ruler with its matches found from the doc's columns (speed only).

Why: the English models' ``attribute_ruler`` (the tag map: a tag's part of speech and morphology,
and some word and label exceptions) finds its matches with spaCy's general ``Matcher``, which tests
its ~180 patterns at every token: about 11% of the whole spaCy pass of the small model (150 BBC
articles: 1.5 of 13.5 CPU s), more than the tagger, the lemmatizer and the attribute writes together.
Its patterns are plain sequences of tokens whose every test reads one column (a tag, a lower-case
word, a label, a lexical flag) for a value, a set of values or a regular expression, and a token's
outcome depends only on those columns' values, of which the patterns name few: a word no pattern
names, nor any of its expressions finds, is "some other word". So each token's row, with every value
no pattern names made one same stand-in, is looked up in a table of the outcomes of the rows met
before (a bounded number: the patterns' tags, labels and words), and the patterns run only on a row
not met yet. ``set_annotations`` (spaCy's own) then writes the matches exactly as before: the doc's
annotations are the same token for token. A ruler with any pattern of another shape (an operator,
an extension attribute, a comparison) keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Columns whose values the matcher compares as string ids (a word's or label's hash or symbol), as
# ``Doc.to_array`` returns them; the lexical flags (ids below 64) it compares as 0 or 1.
_STRING_COLUMNS = frozenset({"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "DEP", "LEMMA", "ENT_TYPE"})
_SET_TESTS = frozenset({"IN", "NOT_IN"})
_OTHER = -1  # the stand-in for a value that no pattern names (no column holds a negative id)
_MAX_REMEMBERED = 100_000  # rows (or words searched) remembered before the table starts anew

# One test of one pattern token: (column, test, value); test "==" (value: an id), "IN" or "NOT_IN"
# (value: a frozenset of ids) or "REGEX" (value: the compiled expression).
_Test = tuple[int, str, Any]
# What a row gives: the one-token patterns it matches, as (number, match id), and the (pattern,
# offset) pairs of the longer patterns whose token at that offset it passes.
_Outcome = tuple[tuple[tuple[int, int], ...], frozenset[tuple[int, int]]]
Match = tuple[int, int, int, int]


def _column(name: str) -> int | None:
    name = "ORTH" if name.upper() == "TEXT" else name.upper()
    if name in _STRING_COLUMNS:
        return IDS[name]
    if name.startswith("IS_") and IDS.get(name, 64) < 64:
        return IDS[name]
    return None


def _token_tests(spec: object) -> list[_Test] | None:
    """The tests of one pattern token, or None where a test is not a plain equality, set or
    regular-expression test of one column (the matcher's other semantics are not read here)."""
    if not isinstance(spec, dict):
        return None
    tests: list[_Test] = []
    for name, value in spec.items():
        column = _column(name) if isinstance(name, str) else None
        if column is None:
            return None
        is_flag = column < 64
        if isinstance(value, dict):
            if len(value) != 1 or is_flag:
                return None
            test, values = next(iter(value.items()))
            if test == "REGEX" and isinstance(values, str):
                tests.append((column, test, re.compile(values)))
            elif test in _SET_TESTS and isinstance(values, list) and all(isinstance(v, str) for v in values):
                tests.append((column, test, frozenset(get_string_id(v) for v in values)))
            else:
                return None
        elif is_flag and isinstance(value, bool):
            tests.append((column, "==", int(value)))
        elif not is_flag and isinstance(value, str):
            tests.append((column, "==", get_string_id(value)))
        else:
            return None
    return tests


class ColumnMatcher:
    """The ruler's matches, as ``AttributeRuler.match`` gives them, from the doc's columns."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.count = len(ruler.attrs)  # (a pattern added later sends the ruler back to spaCy's matcher)
        self.strings = ruler.vocab.strings
        # Per pattern: (its key's number, the key's id, one list of tests per token).
        patterns: list[tuple[int, int, list[list[_Test]]]] = []
        self.compiled = True
        for number, entry in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(number))
            for pattern in entry["patterns"]:
                tokens = [_token_tests(spec) for spec in pattern]
                if not tokens or any(t is None for t in tokens):
                    self.compiled = False
                    return
                patterns.append((number, match_id, tokens))  # type: ignore[arg-type]
        self.columns = sorted({column for _, _, tokens in patterns for tests in tokens for column, _, _ in tests})
        where = {column: k for k, column in enumerate(self.columns)}
        # The tests by their column's place in a row.
        self.singles = [(number, match_id, [(where[c], t, v) for c, t, v in tokens[0]])
                        for number, match_id, tokens in patterns if len(tokens) == 1]
        self.longer = [(number, match_id, [[(where[c], t, v) for c, t, v in tests] for tests in tokens])
                       for number, match_id, tokens in patterns if len(tokens) > 1]
        # Per column: the values some test names, and the expressions that search it.
        self.named: list[set[int]] = [set() for _ in self.columns]
        self.searches: list[list[re.Pattern[str]]] = [[] for _ in self.columns]
        for _, _, tokens in patterns:
            for column, test, value in (test for tests in tokens for test in tests):
                if test == "REGEX":
                    self.searches[where[column]].append(value)
                elif test == "==":
                    self.named[where[column]].add(value)
                else:
                    self.named[where[column]].update(value)
        self.searched: list[dict[int, int]] = [{} for _ in self.columns]  # per column: value -> itself or _OTHER
        self.outcomes: dict[tuple[int, ...], _Outcome] = {}

    def __call__(self, doc: Doc) -> list[Match]:
        if len(self.ruler.attrs) != self.count:
            return AttributeRuler.match(self.ruler, doc)
        n = len(doc)
        if not n or not self.columns:
            return AttributeRuler.match(self.ruler, doc)
        table = doc.to_array(self.columns).reshape(n, len(self.columns)).T.tolist()
        rows = list(zip(*[self._stand_ins(k, column) for k, column in enumerate(table)], strict=True))
        if len(self.outcomes) > _MAX_REMEMBERED:
            self.outcomes.clear()
        outcomes, outcome_of = self.outcomes, self._outcome
        matches: list[Match] = []
        passed: dict[int, frozenset[tuple[int, int]]] = {}  # (only the tokens that pass some offset)
        for i, row in enumerate(rows):
            singles, offsets = outcomes.get(row) or outcome_of(row)
            for number, match_id in singles:
                matches.append((number, match_id, i, i + 1))
            if offsets:
                passed[i] = offsets
        for start, offsets in passed.items():
            for p, first in offsets:
                if first:
                    continue
                number, match_id, tokens = self.longer[p]
                end = start + len(tokens)
                if end <= n and all((p, k) in passed.get(start + k, ()) for k in range(1, len(tokens))):
                    matches.append((number, match_id, start, end))
        matches.sort()
        return matches

    def _stand_ins(self, k: int, values: list[int]) -> list[int]:
        """A column's values, each one that no test names (nor any expression finds) as _OTHER."""
        named = self.named[k]
        if not self.searches[k]:
            return [v if v in named else _OTHER for v in values]
        searched = self.searched[k]
        if len(searched) > _MAX_REMEMBERED:
            searched.clear()
        out = []
        for v in values:
            stand_in = searched.get(v)
            if stand_in is None:
                found = v in named or any(regex.search(self.strings[v]) for regex in self.searches[k])
                stand_in = searched[v] = v if found else _OTHER
            out.append(stand_in)
        return out

    def _outcome(self, row: tuple[int, ...]) -> _Outcome:
        """Which patterns (and which offsets of the longer ones) a row passes; remembered."""
        singles = tuple((number, match_id) for number, match_id, tests in self.singles if self._passes(row, tests))
        offsets = frozenset((p, k) for p, (_, _, tokens) in enumerate(self.longer)
                            for k, tests in enumerate(tokens) if self._passes(row, tests))
        outcome = self.outcomes[row] = (singles, offsets)
        return outcome

    def _passes(self, row: tuple[int, ...], tests: list[_Test]) -> bool:
        for k, test, value in tests:
            v = row[k]
            if test == "==":
                ok = v == value
            elif test == "IN":
                ok = v in value
            elif test == "NOT_IN":
                ok = v not in value
            else:  # REGEX: a value no expression finds is _OTHER
                ok = v != _OTHER and value.search(self.strings[v]) is not None
            if not ok:
                return False
        return True


def use_column_matcher(nlp: Language) -> None:
    """Have the pipeline's attribute rulers find their matches from the doc's columns, where every
    pattern has a shape ``ColumnMatcher`` reads; the doc's annotations stay the same."""
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            matcher = ColumnMatcher(component)
            if matcher.compiled:
                component.match = matcher  # type: ignore[method-assign]


def spacy_match(ruler: AttributeRuler) -> Callable[[Doc], Sequence[Match]]:
    """spaCy's own ``AttributeRuler.match`` of this ruler (the reference the tests compare with)."""
    return lambda doc: AttributeRuler.match(ruler, doc)
