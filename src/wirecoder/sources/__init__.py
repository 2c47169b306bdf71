"""Where texts come from: files on disk (and, in submodules, HTML, feeds, JSONL, WARC, SGML).

A source yields :class:`Document` items; bad items are reported as :class:`~wirecoder.errors.InputError`
values, never raised out of the batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import InputError


@dataclass
class Document:
    """A text to code, with where it came from and how it was decoded."""

    text: str
    source: str | None = None
    encoding: str | None = "utf-8"
    warnings: list[str] = field(default_factory=list)
    # Metadata a source knows (title, published date, url...), used by the reader where the text lacks it.
    meta: dict[str, Any] = field(default_factory=dict)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(sample) // 20)


def decode_bytes(data: bytes, source: str | None = None) -> Document:
    """Decode a file's bytes: UTF-8 (BOM allowed), else cp1252, else latin-1, saying so in warnings.

    Raises InputError for empty, blank or binary input.
    """
    if not data:
        raise InputError(source, errors.EMPTY)
    if _looks_binary(data):
        raise InputError(source, errors.BINARY)
    warnings: list[str] = []
    try:
        text, encoding = data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as {encoding}")
    if not text.strip():
        raise InputError(source, errors.BLANK)
    return Document(text=text, source=source, encoding=encoding, warnings=warnings)


def read_file(path: str | Path) -> Document:
    """Read one file as a dispatch; ``-`` is standard input."""
    import sys

    name = str(path)
    if name == "-":
        return decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(name, errors.NOT_FOUND)
    if p.is_dir():
        raise InputError(name, errors.IS_DIR)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, errors.UNREADABLE.format(error=exc.strerror or exc)) from exc
    return decode_bytes(data, name)
