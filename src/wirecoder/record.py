"""The article record: the one output format (see RECORD.md in the docs).

Every stage fills a part of :class:`Record`; every output (``extract``, the store, exports, the
HTTP API) reads it. Field names and meanings are fixed; new fields may be added, none renamed.

Offsets: every span is ``(start, end)``, Python code-point offsets into ``Record.text``, end
exclusive. In JSON a span is a two-item list.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any

Span = tuple[int, int]


def record_id(text: str) -> str:
    """The record id: the first 16 hex characters of the sha256 of the text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# Letters that Unicode decomposition does not reduce to ASCII ("Aydın" -> "aydin").
_ASCII_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d",
                             "þ": "th", "’": "", "'": ""})


def slug(name: str) -> str:
    """The slug in actor ids (``person:<slug>``): lowercase ASCII words joined by hyphens,
    "Selim Aydın" -> "selim-aydin"."""
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _span(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _span_list(values: Any) -> list[Span]:
    return [(int(s), int(e)) for s, e in (values or [])]


@dataclass
class Dateline:
    place: str | None
    agency: str | None
    date_text: str | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency, "date_text": self.date_text,
                "span": list(self.span)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Dateline:
        return cls(d.get("place"), d.get("agency"), d.get("date_text"), _span(d["span"]))  # type: ignore[arg-type]


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # state | igo | person | organization | group | place
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "role": self.role, "sector": self.sector, "mentions": [list(m) for m in self.mentions]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(d["id"], d["name"], d["kind"], d.get("country"), d.get("role"), d.get("sector"),
                   _span_list(d.get("mentions")))


@dataclass
class Speaker:
    actor: str | None
    name: str
    span: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name,
                "span": list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        return cls(d.get("actor"), d["name"], _span(d.get("span")))


@dataclass
class Cue:
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Cue:
        return cls(d["text"], _span(d["span"]))  # type: ignore[arg-type]


@dataclass
class Quote:
    kind: str  # direct | indirect | mixed
    text: str
    span: Span
    speaker: Speaker | None = None
    cue: Cue | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "span": list(self.span),
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue.to_dict() if self.cue else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(d["kind"], d["text"], _span(d["span"]),  # type: ignore[arg-type]
                   Speaker.from_dict(d["speaker"]) if d.get("speaker") else None,
                   Cue.from_dict(d["cue"]) if d.get("cue") else None)


@dataclass
class Location:
    name: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(d["name"], d.get("country"))


@dataclass
class Event:
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

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "cameo": self.cameo, "root": self.root,
                "quad_class": self.quad_class, "goldstein": self.goldstein, "plover": self.plover,
                "mode": self.mode, "symmetric": self.symmetric, "date": self.date,
                "location": self.location.to_dict() if self.location else None,
                "span": list(self.span), "trigger": list(self.trigger), "quote": self.quote,
                "confidence": self.confidence}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(d.get("source"), d.get("target"), d["cameo"], d["root"], int(d["quad_class"]),
                   float(d["goldstein"]), d.get("plover"), d.get("mode"), bool(d.get("symmetric")),
                   d.get("date"), Location.from_dict(d["location"]) if d.get("location") else None,
                   _span(d["span"]), _span(d["trigger"]), d.get("quote"),  # type: ignore[arg-type]
                   float(d.get("confidence", 0.5)))


@dataclass
class Record:
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

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("actors", "quotes", "events"):
                out[f.name] = [item.to_dict() for item in value]
            elif f.name == "dateline":
                out[f.name] = value.to_dict() if value else None
            elif f.name.endswith("_span"):
                out[f.name] = list(value) if value else None
            elif f.name == "warnings":
                out[f.name] = list(value)
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        return cls(
            id=d["id"], source=d.get("source"), text=d["text"], headline=d.get("headline"),
            subheadline=d.get("subheadline"),
            dateline=Dateline.from_dict(d["dateline"]) if d.get("dateline") else None,
            published=d.get("published"), language=d.get("language", "en"),
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            headline_span=_span(d.get("headline_span")),
            subheadline_span=_span(d.get("subheadline_span")),
            body_span=_span(d.get("body_span")),
            encoding=d.get("encoding"), warnings=list(d.get("warnings", [])),
        )

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)
