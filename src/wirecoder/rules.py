"""Rule files: the package's YAML rule sets with a user's own files laid over them.

Every rule set a user extends (``--actors``, ``--patterns``, ``--cues``, ``--stance``, the ``[data]``
paths of a settings file, the same keywords of :func:`wirecoder.load`) is read here: the package file
first, then each user file in the order given, in the package file's own format. Merging is by
section: a mapping section (``verbs:``) gains the user's entries, replacing one of the same key; a
list section (``clause:``) gains the user's words. Whatever is wrong with a user file is one
:class:`~wirecoder.errors.InputError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from . import errors
from .errors import InputError
from .settings import check_user_file


def package_yaml(*parts: str) -> Any:
    """A YAML file of ``wirecoder/data`` (package data is trusted: no user-facing checks)."""
    return yaml.safe_load(resources.files("wirecoder").joinpath("data", *parts).read_text("utf-8")) or {}


class UserFile:
    """One user rule file, read and parsed, that can say on which line a key stands."""

    def __init__(self, path: str | Path, *, sections: bool = True) -> None:
        self.path = str(path)
        check_user_file(Path(path))
        try:
            self.text = Path(path).read_text("utf-8")
        except UnicodeDecodeError:
            raise InputError(self.path, errors.RULES_NOT_UTF8) from None
        except OSError as exc:
            raise InputError(self.path, errors.UNREADABLE.format(error=exc.strerror or exc)) from None
        try:
            self.data = yaml.safe_load(self.text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f"line {mark.line + 1}: " if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(self.path, f"{line}{errors.RULES_BAD_YAML.format(error=problem)}") from None
        if self.data is None:
            self.data = {}
        if sections and not isinstance(self.data, dict):
            raise InputError(self.path, errors.RULES_NOT_MAPPING.format(kind=type(self.data).__name__))

    def line_of(self, key: object) -> int:
        """The first line (1-based) where ``key`` opens an entry, else 1."""
        word = re.escape(str(key))
        found = re.search(rf"(?m)^[ \t-]*['\"]?{word}['\"]?\s*:", self.text) or re.search(word, self.text)
        return self.text.count("\n", 0, found.start()) + 1 if found else 1

    def error(self, key: object, reason: str) -> InputError:
        return InputError(self.path, f"line {self.line_of(key)}: {reason}")


def user_files(paths: Iterable[str | Path]) -> list[UserFile]:
    return [UserFile(p) for p in paths]


def merge_sections(base: dict[str, Any], extra: UserFile, sections: dict[str, type]) -> None:
    """Lay ``extra``'s sections over ``base`` in place; ``sections`` gives each known section's type
    (``dict`` or ``list``). An unknown section or one of the wrong shape is an error on its line."""
    for name, value in extra.data.items():
        if name not in sections:
            known = ", ".join(f"{s}:" for s in sections)
            raise extra.error(name, errors.RULES_UNKNOWN_SECTION.format(section=name, known=known))
        kind = sections[name]
        if value is None:
            continue
        if not isinstance(value, kind):
            raise extra.error(name, errors.RULES_BAD_SECTION.format(
                section=name, want="a mapping (key: value lines)" if kind is dict else "a list of words",
                kind=type(value).__name__))
        if kind is dict:
            base[name] = {**(base.get(name) or {}), **value}
        else:
            base[name] = list(base.get(name) or []) + list(value)
