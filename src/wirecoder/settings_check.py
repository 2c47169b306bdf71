"""A user's settings file checked against the package's ``settings.toml``: every name known, every value
of the default's type and in range, so that ``batch_size = "x"`` is one line naming the file and the
setting, not a ValueError deep in the pipeline."""

from __future__ import annotations

import difflib
from typing import Any

from .errors import InputError

# Settings whose value must lie in a range; the default's type is checked for every setting.
_RANGES: dict[tuple[str, str], tuple[float, float | None]] = {
    ("pipeline", "batch_size"): (1, None),
    ("pipeline", "max_chars"): (1, None),
    ("pipeline", "chunk_chars"): (1000, None),
    ("reader", "max_furniture_lines"): (0, None),
    ("dedup", "threshold"): (0.0, 1.0),
    ("lake", "year_file_articles"): (0, None),
}


# Settings whose value must be one of a few words.
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("quotes", "scope"): ("statements", "attributions"),
}


def _kind(value: Any) -> str:
    return {bool: "true or false", int: "a whole number", float: "a number", str: "a text in quotes"}.get(
        type(value), type(value).__name__)


def _nearest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(sorted(known))})"


def check_settings(user: dict[str, Any], defaults: dict[str, Any], source: str) -> None:
    """Raise :class:`InputError` naming ``source`` for the first setting that is unknown, of the wrong
    type or out of range. A setting the package lacks is refused: a typo would otherwise be ignored."""
    for section, values in user.items():
        if section not in defaults:
            raise InputError(source, f"unknown section [{section}]{_nearest(section, list(defaults))}")
        for key, value in values.items():
            where = f"[{section}] {key}"
            if key not in defaults[section]:
                raise InputError(source, f"unknown setting {where}{_nearest(key, list(defaults[section]))}")
            default = defaults[section][key]
            # An int is a fine float (threshold = 1); a bool is not a number (true is not 1 here).
            fits = (isinstance(value, type(default)) and not (isinstance(value, bool) != isinstance(default, bool))
                    or (isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool)))
            if not fits:
                raise InputError(source, f"{where} = {value!r}: must be {_kind(default)}, like {default!r}")
            choices = _CHOICES.get((section, key))
            if choices is not None and value not in choices:
                raise InputError(source, f"{where} = {value!r}: must be one of {', '.join(map(repr, choices))}")
            low, high = _RANGES.get((section, key), (None, None))
            if low is not None and value < low or high is not None and value > high:
                bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
                raise InputError(source, f"{where} = {value!r}: must be {bounds}")
