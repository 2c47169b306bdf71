"""The article record: the one output format (see RECORD.md in the docs).

Every stage fills a part of :class:`Record`; every output (``extract``, the store, exports, the
HTTP API) reads it. Field names and meanings are fixed; new fields may be added, none renamed.

Offsets: every span is ``(start, end)``, Python code-point offsets into ``Record.text``, end
exclusive. In JSON a span is a two-item list.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import MISSING, dataclass, field, fields
from functools import cache, lru_cache
from types import UnionType
from typing import IO, Any, Literal, Self, Union, get_args, get_origin, get_type_hints

Span = tuple[int, int]
# The kinds RECORD.md fixes, as the strings the record holds.
ActorKind = Literal["state", "igo", "person", "organization", "group", "place"]
QuoteKind = Literal["direct", "indirect", "mixed"]


def record_id(text: str) -> str:
    """The record id: the first 16 hex characters of the sha256 of the text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# Letters that Unicode decomposition does not reduce to ASCII ("Aydın" -> "aydin").
_ASCII_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d",
                             "þ": "th", "’": "", "'": ""})


@lru_cache(maxsize=1 << 16)  # names recur across a run's articles (speed only; bounded memory)
def slug(name: str) -> str:
    """The slug in actor ids (``person:<slug>``): lowercase ASCII words joined by hyphens,
    "Selim Aydın" -> "selim-aydin"."""
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


# --- Serialisation, written once over the dataclasses' fields and types ------------------------------
# JSON has no tuples: a span is a two-item list; a nested record part is its own dict; a kind is its
# string (RECORD.md). ``from_dict`` reads back what ``to_dict`` wrote, filling a missing optional
# field with its default.


def _to_json(value: Any) -> Any:
    if isinstance(value, Serialised):
        return value.to_dict()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any, hint: Any) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        if value is None:
            return None
        return _from_json(value, next(a for a in args if a is not type(None)))
    if origin is tuple:  # a span
        return tuple(int(v) for v in value)
    if origin is list:
        return [_from_json(v, args[0]) for v in (value or [])]
    if isinstance(hint, type) and issubclass(hint, Serialised):
        return hint.from_dict(value)
    if hint in (int, float, bool):
        return hint(value)
    return value  # str, and the Literal kinds


@cache
def _fields(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    """(name, type, default) of each field; ``MISSING`` default for a required one."""
    hints = get_type_hints(cls)
    out = []
    for f in fields(cls):
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        out.append((f.name, hints[f.name], default))
    return tuple(out)


class Serialised:
    """``to_dict`` / ``from_dict`` for a record dataclass, from its fields and their types."""

    # The record parts are slotted dataclasses (no per-object dict): a long text's record holds
    # hundreds of thousands of them (issue 13, bounded memory).
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _to_json(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Self:
        values = {}
        for name, hint, default in _fields(cls):
            if name in d:
                values[name] = _from_json(d[name], hint)
            elif default is not MISSING:
                values[name] = default
            elif get_origin(hint) in (Union, UnionType):
                values[name] = None
            else:
                raise KeyError(name)  # a required field (an id, a span) is never guessed
        return cls(**values)


class _Lazy(list):  # type: ignore[type-arg]
    """A list of record parts that become dicts one at a time, as ``json.dump`` iterates it."""

    def __iter__(self) -> Any:
        return (_to_json(v) for v in super().__iter__())


def write_json(part: Serialised, fp: IO[str], indent: int | None = None) -> None:
    """Write ``part.to_dict()`` as JSON to ``fp`` without building it: each actor, quote and event
    becomes a dict only while it is written, so a long text's record is not held twice (issue 13).
    ``json.dump`` (not ``dumps``, whose C encoder reads lists directly) iterates the lists."""
    top = {f.name: _Lazy(v) if isinstance(v := getattr(part, f.name), list) else _to_json(v)
           for f in fields(part)}  # type: ignore[arg-type]
    json.dump(top, fp, ensure_ascii=False, indent=indent)


@dataclass(slots=True)
class Dateline(Serialised):
    place: str | None
    agency: str | None
    date_text: str | None
    span: Span


@dataclass(slots=True)
class Actor(Serialised):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Speaker(Serialised):
    actor: str | None
    name: str
    span: Span | None


@dataclass(slots=True)
class Cue(Serialised):
    text: str
    span: Span


@dataclass(slots=True)
class Quote(Serialised):
    kind: QuoteKind
    text: str
    span: Span
    speaker: Speaker | None = None
    cue: Cue | None = None


@dataclass(slots=True)
class Location(Serialised):
    name: str
    country: str | None = None


@dataclass(slots=True)
class Event(Serialised):
    source: str | None
    target: str | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    mode: str | None
    symmetric: bool
    date: str | None
    location: Location | None
    span: Span
    trigger: Span
    quote: int | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Record(Serialised):
    """One article: what it is, who is in it, who said what, who did what to whom."""

    id: str
    source: str | None
    text: str
    headline: str | None = None
    subheadline: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    language: str = "en"
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Added fields (RECORD.md allows additions): where the parts of the article lie, how the
    # bytes were decoded, and anything the reader wants a user to know about this article.
    headline_span: Span | None = None
    subheadline_span: Span | None = None
    body_span: Span | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)
