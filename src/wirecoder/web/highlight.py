"""Highlights of an article, built on the server from the record's spans.

Spans are ``[start, end]`` in Python code points. The page must not slice the text in JavaScript,
whose strings count UTF-16 units (an emoji is two of them, so every highlight after it would move
by one). Instead the text is cut here into segments at every span boundary, each segment carrying
the annotations that cover it; the template writes each segment as escaped text.
"""

from __future__ import annotations

from typing import Any


def _span(value: Any, length: int) -> tuple[int, int] | None:
    """A usable ``(start, end)`` inside the text, or None for a missing or empty span."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    start, end = max(0, int(value[0])), min(length, int(value[1]))
    return (start, end) if start < end else None


def annotations(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every highlight of a record: actor mentions, quote contents, speakers, cues, event sentences
    and triggers, each with an ``id`` (kind letter and number), its span and a label of its codes."""
    length = len(record.get("text") or "")
    notes: list[dict[str, Any]] = []

    def add(kind: str, key: str, span: Any, label: str, **extra: Any) -> None:
        found = _span(span, length)
        if found:
            notes.append({"id": f"{key}{len(notes)}", "kind": kind, "start": found[0], "end": found[1],
                          "label": label, **extra})

    for actor in record.get("actors") or []:
        about = ", ".join(str(v) for v in (actor.get("kind"), actor.get("country"), actor.get("role"),
                                           actor.get("sector")) if v)
        for mention in actor.get("mentions") or []:
            add("mention", "m", mention, f"actor {actor.get('id')}: {actor.get('name')} ({about})",
                actor=actor.get("id"))
    for i, quote in enumerate(record.get("quotes") or []):
        speaker = quote.get("speaker") or {}
        who = speaker.get("actor") or speaker.get("name") or "unknown speaker"
        add("quote", "q", quote.get("span"), f"quote {i} ({quote.get('kind')}), speaker {who}", quote=i)
        add("speaker", "s", speaker.get("span"), f"speaker of quote {i}: {who}", quote=i,
            actor=speaker.get("actor"))
        add("cue", "c", (quote.get("cue") or {}).get("span"), f"cue of quote {i}", quote=i)
    for i, event in enumerate(record.get("events") or []):
        codes = (f"event {i}: {event.get('source')} → {event.get('target') or '?'}, CAMEO {event.get('cameo')}"
                 f", {event.get('plover')}, quad class {event.get('quad_class')}, Goldstein {event.get('goldstein')}")
        add("event", "e", event.get("span"), codes, event=i)
        add("trigger", "t", event.get("trigger"), "trigger of " + codes, event=i)
    return notes


def segments(text: str, notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``text`` cut at every annotation boundary: ``text``, ``start``, ``end``, and the ``ids``,
    ``kinds`` and ``labels`` of the annotations covering the segment (empty for plain text)."""
    cuts = sorted({0, len(text)} | {n["start"] for n in notes} | {n["end"] for n in notes})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [n for n in notes if n["start"] <= start and n["end"] >= end]
        out.append({"text": text[start:end], "start": start, "end": end,
                    "ids": [n["id"] for n in covering],
                    "kinds": sorted({n["kind"] for n in covering}),
                    "labels": [n["label"] for n in covering]})
    return out
