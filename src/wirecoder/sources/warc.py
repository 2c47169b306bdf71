"""WARC archives (``.warc``, ``.warc.gz``), via warcio: each HTML response through the HTML reader.

Items are numbered by their record's place in the archive (``path#n``, from 1), which stays the same
from run to run; the source is the record's target URI. A truncated or corrupt archive yields what it
read whole, then one InputError for the rest. warcio itself reads a cut-off archive without
complaint, so the reader checks that each record's payload was all there and that the last
record ends where the file does.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .html import html_document
from .registry import Item, item_key, keyed

# Bytes that may trail the last record (its closing blank lines) without meaning a cut.
_TRAILING_SLACK = 4


class _Truncated(Exception):
    pass


def read_warc(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    done, end = 0, 0  # records read whole, and where the last of them ends in the file
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            archive = ArchiveIterator(stream)
            for n, record in enumerate(archive, start=1):
                item = _response(path, n, record)
                payload_left = record.raw_stream.limit  # > 0: the file ended inside this record
                archive.read_to_end(record)
                if payload_left:
                    raise _Truncated(f"record {n} is cut off")
                if item is not None:
                    yield item
                done, end = n, archive.get_record_offset() + archive.get_record_length()
        if size - end > _TRAILING_SLACK:
            raise _Truncated(f"{size - end} bytes after record {done} are not a whole record")
    except (_Truncated, OSError, ArchiveLoadFailed, EOFError, zlib.error, ValueError, AttributeError) as exc:
        # AttributeError: warcio's header parser on a record cut inside its headers.
        reason = f"truncated or corrupt WARC: the records from number {done + 1} on are lost ({exc})"
        yield InputError(item_key(path, done + 1), reason)


def _response(path: Path, n: int, record: object) -> Item | None:
    """The HTML page a response record holds (or why it cannot be read); None for other records."""
    if getattr(record, "rec_type", None) != "response":
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    if "html" not in ((http.get_header("Content-Type") or "") if http else "").lower():
        return None
    key = item_key(path, n)
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    try:
        doc = html_document(record.content_stream().read(), url or key, url=url)  # type: ignore[attr-defined]
    except InputError as exc:
        return exc
    doc.meta["path"] = key
    return keyed(doc, key)
