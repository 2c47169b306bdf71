"""The event rules' vocabulary: ``data/events/*.yaml`` (patterns, stance words, modality and argument
word lists) read into lookup tables, once per process, and a user's pattern and stance files over them.

The pattern syntax is documented at the top of ``patterns.yaml``. Each pattern becomes a
:class:`Pattern` indexed by its head lemma, so the coder does one dict lookup per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import errors
from ..rules import UserFile, merge_sections, package_yaml, user_files
from .ontology import cameo_table

_TERM = re.compile(r"\[([^\]]+)\]|\+(\S+)|([^\s\[\]+]+)")


@dataclass(frozen=True)
class Pattern:
    """One readable pattern: a head lemma and the constraints around it."""

    text: str  # as written in the data file, for messages and tests
    kind: str  # "verb" or "noun"
    lemma: str
    code: str
    particle: str | None = None  # phrasal verb particle ("pull out")
    objects: frozenset[str] = frozenset()  # required object lemmas ("impose [sanction]")
    preps: tuple[str, ...] = ()  # prepositions introducing the target ("+on|against")
    modifiers: frozenset[str] = frozenset()  # words modifying a noun ("military cooperation")
    symmetric: bool = False
    say: bool = False
    needs_target: bool = False  # flag "to": coded only when the one it is aimed at is named
    reverse: bool = False  # flag "rev": the subject undergoes it ("received arms from X": X gave)

    @property
    def specificity(self) -> int:
        return bool(self.particle) + bool(self.objects) + bool(self.preps) + len(self.modifiers)


def parse_pattern(text: str, value: str, kind: str) -> Pattern:
    """``"impose [sanction|ban] +on|against"`` and ``"163 sym"`` -> a Pattern."""
    code, *flags = str(value).split()
    words: list[str] = []
    objects: set[str] = set()
    preps: tuple[str, ...] = ()
    for obj, prep, word in _TERM.findall(text):
        if obj:
            objects.update(w.strip().lower() for w in obj.split("|"))
        elif prep:
            preps = tuple(p.lower() for p in prep.split("|"))
        elif word:
            words.append(word.lower())
    if not words:
        raise ValueError(f"pattern {text!r} names no word")
    if code not in cameo_table():
        raise ValueError(f"pattern {text!r}: {code!r} is not a CAMEO code in cameo.tsv")
    if kind == "verb":
        head, particle, modifiers = words[0], (words[1] if len(words) > 1 else None), frozenset()
    else:  # nouns: the last word is the head, the ones before it modify it
        head, particle, modifiers = words[-1], None, frozenset(words[:-1])
    return Pattern(text, kind, head, code, particle, frozenset(objects), preps, modifiers,
                   "sym" in flags, "say" in flags, "to" in flags, "rev" in flags)


def _data(name: str) -> dict:
    return package_yaml("events", name)


# The sections of a patterns file and of a stance group, with their shapes.
PATTERN_SECTIONS: dict[str, type] = {"verbs": dict, "nouns": dict, "located_bodies": list,
                                     "representatives": list, "intent": dict, "refusal": dict}


def _index(entries: dict[str, str], kind: str, source: UserFile | None = None) -> dict[str, list[Pattern]]:
    index: dict[str, list[Pattern]] = {}
    for text, value in entries.items():
        try:
            p = parse_pattern(str(text), value, kind)
        except ValueError as exc:
            if source is None:
                raise
            raise source.error(text, errors.RULES_BAD_PATTERN.format(pattern=str(text), error=exc)) from None
        index.setdefault(p.lemma, []).append(p)
    for plist in index.values():
        plist.sort(key=lambda p: -p.specificity)
    return index


def _codes(table: dict[str, str], what: str, source: UserFile | None = None) -> dict[str, str]:
    out = {str(k): str(v) for k, v in table.items()}
    for key, code in out.items():
        if code not in cameo_table():
            if source is None:
                raise ValueError(f"patterns.yaml {what}: {key!r} -> {code!r} is not a CAMEO code")
            raise source.error(key, errors.RULES_BAD_CODE.format(what=what, key=key, code=code))
    return out


def _stance(groups: dict[str, Any], source: UserFile | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, group in groups.items():
        if not (isinstance(group, dict) and "words" in group):
            if source is None:
                continue  # the package file's comments-only groups
            raise source.error(name, errors.RULES_BAD_STANCE.format(group=name))
        if source is not None and (not isinstance(group["words"], list) or str(group.get("code")) not in cameo_table()):
            raise source.error(name, errors.RULES_BAD_STANCE.format(group=name))
        for word in group["words"]:
            out[str(word).lower()] = str(group["code"])
    return out


class Lexicon:
    """The event rules' vocabulary for one pipeline: the package's patterns and stance words with a
    user's files laid over them (same formats as ``patterns.yaml`` and ``stance.yaml``)."""

    def __init__(self, patterns: Iterable[str | Path] = (), stance: Iterable[str | Path] = ()) -> None:
        pattern_files, stance_files = user_files(patterns), user_files(stance)
        if not pattern_files and not stance_files:
            self.verbs, self.nouns, self.stance = verb_patterns(), noun_patterns(), stance_words()
            self.intent, self.refusal = modality_codes()
            self.bodies, self.representatives = located_bodies(), representative_nouns()
            return
        data = dict(_data("patterns.yaml"))
        for f in pattern_files:
            merge_sections(data, f, PATTERN_SECTIONS)  # checks the sections' shapes
            # each file's entries checked on their own, so that an error names its file and line
            _index(f.data.get("verbs") or {}, "verb", f), _index(f.data.get("nouns") or {}, "noun", f)
            _codes(f.data.get("intent") or {}, "intent", f), _codes(f.data.get("refusal") or {}, "refusal", f)
        self.verbs, self.nouns = _index(data["verbs"], "verb"), _index(data["nouns"], "noun")
        self.intent = _codes(data.get("intent") or {}, "intent")
        self.refusal = _codes(data.get("refusal") or {}, "refusal")
        self.bodies = frozenset(str(w).lower() for w in data.get("located_bodies") or [])
        self.representatives = frozenset(str(w).lower() for w in data.get("representatives") or [])
        self.stance = dict(stance_words())
        for f in stance_files:  # a word in a later file takes that file's code
            self.stance.update(_stance(f.data, f))


@cache
def verb_patterns() -> dict[str, list[Pattern]]:
    """Verb patterns by lemma, most specific first."""
    return _index(_data("patterns.yaml")["verbs"], "verb")


@cache
def noun_patterns() -> dict[str, list[Pattern]]:
    """Noun (nominal trigger) patterns by lemma, most specific first."""
    return _index(_data("patterns.yaml")["nouns"], "noun")


@cache
def stance_words() -> dict[str, str]:
    """Evaluative lemma -> the CAMEO code a speaker's use of it about an actor codes."""
    return _stance(_data("stance.yaml"))


@cache
def capitals() -> dict[str, str]:
    """Capital or seat-of-government name -> state code (``data/events/capitals.tsv``)."""
    text = resources.files("wirecoder").joinpath("data", "events", "capitals.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name.strip(): code.strip() for name, code in rows}


@cache
def modality_codes() -> tuple[dict[str, str], dict[str, str]]:
    """(intent, refusal): what a promised/threatened or refused deed codes, by code or root."""
    data = _data("patterns.yaml")
    return _codes(data.get("intent") or {}, "intent"), _codes(data.get("refusal") or {}, "refusal")


@cache
def located_bodies() -> frozenset[str]:
    """Nouns of state bodies that act for the state they are "in" ("a court in Guyana")."""
    return frozenset(str(w).lower() for w in _data("patterns.yaml").get("located_bodies") or [])


@cache
def representative_nouns() -> frozenset[str]:
    """Nouns of people sent by a state, who stand for the one they come "from" ("a delegation from X")."""
    return frozenset(str(w).lower() for w in _data("patterns.yaml").get("representatives") or [])


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of ``data/events/<name>.yaml`` (``modality``, ``arguments``), by list name.

    Each list is a frozenset of lower-case words; a list of pairs (``inflections``) is left to
    :func:`inflections`.
    """
    data = _data(f"{name}.yaml") or {}
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()
            if isinstance(words, list) and all(not isinstance(w, list) for w in words)}


def word_list(name: str, key: str) -> frozenset[str]:
    """One list of ``data/events/<name>.yaml``; a missing list stops wirecoder at load with its name."""
    lists = word_lists(name)
    if key not in lists:
        raise ValueError(f"data/events/{name}.yaml has no list {key!r}")
    return lists[key]


@cache
def inflections() -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs tried in order on a word whose lemma is not in the patterns."""
    return tuple((str(a), str(b)) for a, b in _data("arguments.yaml")["inflections"])
