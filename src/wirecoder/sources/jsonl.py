"""JSON lines (``.jsonl``): one object per line with a ``text`` field and, optionally, ``id``, ``title``,
``url`` and ``published``. The source is the ``url`` or ``path#line``; a bad line is reported by number."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from . import Document
from .registry import Item, item_key, keyed

META_FIELDS = ("id", "title", "url", "published")


def _lines(path: Path) -> Iterator[bytes]:
    """The file's lines, streamed (a JSONL file may be larger than memory), gunzipped if ``.gz``."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as stream:
        yield from stream


def read_jsonl(path: Path) -> Iterator[Item]:
    """One Document per non-blank line; the item key is ``path#<line number>``."""
    n = 0
    try:
        for n, raw in enumerate(_lines(path), start=1):  # noqa: B007
            yield from _line(path, n, raw)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(item_key(path, n + 1), f"cannot be read from line {n + 1} on: {exc}")


def _line(path: Path, n: int, raw: bytes) -> Iterator[Item]:
    """One line: a Document, an InputError, or nothing for a blank line."""
    if not raw.strip():
        return
    key = item_key(path, n)
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        yield InputError(key, f"line {n}: not valid JSON ({exc})")
        return
    text = obj.get("text") if isinstance(obj, dict) else None
    if not isinstance(text, str) or not text.strip():
        yield InputError(key, f"line {n}: no \"text\" field with text in it")
        return
    meta = {f: obj[f] for f in META_FIELDS if obj.get(f) is not None}
    meta["path"] = key
    yield keyed(Document(text=text, source=obj.get("url") or key, meta=meta), key)
