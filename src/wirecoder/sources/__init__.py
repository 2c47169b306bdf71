"""Where texts come from: files on disk (and, in submodules, HTML, feeds, JSONL, WARC, SGML).

A source yields :class:`Document` items; bad items are reported as :class:`~wirecoder.errors.InputError`
values, never raised out of the batch.
"""

from __future__ import annotations

from contextvars import ContextVar
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


# File signatures of formats that are never a dispatch, so that a compressed or image file is refused
# by name even when its first bytes happen to hold no NUL (a gzip stream often does not).
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip file"), (b"BZh", "bzip2 file"), (b"\xfd7zXZ\x00", "xz file"),
    (b"\x28\xb5\x2f\xfd", "zstd file"), (b"PK\x03\x04", "zip file"), (b"7z\xbc\xaf\x27\x1c", "7z file"),
    (b"%PDF-", "PDF document"), (b"\x7fELF", "executable"), (b"PAR1", "Parquet file"),
)
# UTF-16 and UTF-32 text (Windows "Unicode" files) holds NUL bytes but is text: decode it by its BOM.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is ("gzip file"), "binary data" when unknown, or None for text."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if b"\x00" in data[:65536]:
        return "binary data"
    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return "binary data" if control > max(8, len(sample) // 20) else None


def _looks_binary(data: bytes) -> bool:
    return binary_kind(data) is not None


def decode_bytes(data: bytes, source: str | None = None) -> Document:
    """Decode a file's bytes: UTF-8 (BOM allowed), else cp1252, else latin-1, saying so in warnings.

    UTF-16/32 with a byte-order mark is decoded as such. Raises InputError for empty, blank or
    binary input.
    """
    if not data:
        raise InputError(source, errors.EMPTY)
    warnings: list[str] = []
    wide = next((enc for bom, enc in _WIDE_BOMS if data.startswith(bom)), None)
    if wide:
        try:
            text, encoding = data.decode(wide), wide
        except UnicodeDecodeError:
            raise InputError(source, errors.BINARY) from None
        text = text.removeprefix("\ufeff")
    else:
        if _looks_binary(data):
            raise InputError(source, errors.BINARY)
        try:
            text = data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
            warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as {encoding}")
    if not text.strip():
        raise InputError(source, errors.BLANK)
    return Document(text=text, source=source, encoding=encoding, warnings=warnings)


# The run's own limit while a reader runs (see registry.limited): readers are plug-ins called with a
# path alone, so the limit of a run's --settings reaches their read_bytes this way.
_FILE_LIMIT: ContextVar[int | None] = ContextVar("wirecoder_file_limit", default=None)


def file_bytes_for(max_chars: int) -> int:
    """The largest file read for texts of at most ``max_chars`` characters: 8 x that (UTF-8 needs up
    to 4 bytes a character, and a page's markup more), so that a huge file is refused before it fills
    memory."""
    return 8 * max_chars


def max_file_bytes() -> int:
    """The largest file read: that of the running ingest or extract (from its settings' ``[pipeline]
    max_chars``), else that of the package's settings."""
    limit = _FILE_LIMIT.get()
    if limit is not None:
        return limit
    from ..settings import default_settings

    return file_bytes_for(int(default_settings()["pipeline"]["max_chars"]))


def check_size(path: Path, limit: int) -> None:
    """Refuse a file over ``limit`` bytes, from its size on disk (before reading it). Raises InputError."""
    size = path.stat().st_size
    if size > limit:
        raise InputError(str(path), errors.TOO_LONG_FILE.format(n=size, limit=limit, what="on disk"))


def read_file(path: str | Path, max_bytes: int | None = None) -> Document:
    """Read one file as a dispatch; ``-`` is standard input.

    A file over ``max_bytes`` (default :func:`max_file_bytes`) is refused before it is read.
    """
    import sys

    name = str(path)
    limit = max_file_bytes() if max_bytes is None else max_bytes
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("<stdin>", errors.TOO_LONG_FILE.format(n=len(data), limit=limit, what="or more on standard input"))
        return decode_bytes(data, "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(name, errors.NOT_FOUND)
    if p.is_dir():
        raise InputError(name, errors.IS_DIR)
    if not p.is_file():
        # A FIFO or device (/dev/zero) would block or never end.
        raise InputError(name, errors.NOT_A_FILE)
    try:
        check_size(p, limit)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, errors.UNREADABLE.format(error=exc.strerror or exc)) from exc
    return decode_bytes(data, name)
