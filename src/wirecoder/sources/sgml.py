"""Reuters-21578 SGML (``.sgm``): a worked example of a reader for a corpus's own format.

One item per ``<REUTERS>`` record. Its text is the TITLE, a blank line, then the DATELINE
("SALVADOR, Feb 26 - ") run into the BODY, as the wire printed it, so the reader finds headline and
dateline as in any dispatch. Entities (``&lt;``) are unescaped and wire control characters (``&#3;``)
dropped. A record without a BODY (the TYPE="BRIEF" headline-only items) is reported as a failure,
"no body", rather than stored: a headline alone is not a dispatch that quotes or events can be read in.
A file is decoded as UTF-8, or as latin-1 where it is not valid UTF-8 (one file of the collection
holds a latin-1 byte; the rest are ASCII).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from . import Document
from .registry import Item, item_key, keyed, read_bytes

_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_FIELDS = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("TITLE", "DATELINE", "BODY", "DATE")}
# Control characters the wire used for framing (^B, ^C, ^E...); newline and tab are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

NO_BODY = "no body: a headline-only record (TYPE=BRIEF or UNPROC), not stored"


def _iso_date(stamp: str) -> str | None:
    """The record's DATE ("26-FEB-1987 15:01:01.79") as an ISO date, which lets the reader give the
    dateline's day and month ("Feb 26") their year."""
    try:
        return datetime.strptime(stamp.split()[0].title(), "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return None


def _field(name: str, record: str) -> str:
    found = _FIELDS[name].search(record)
    return _CONTROL.sub("", html.unescape(found.group(1))) if found else ""


def read_reuters_sgml(path: Path) -> Iterator[Item]:
    """One Document per record with a body; an InputError ("no body") for each record without."""
    try:
        raw = read_bytes(path)
    except InputError as exc:
        yield exc
        return
    try:
        data, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        data, encoding = raw.decode("latin-1"), "latin-1"
    n = 0
    for n, match in enumerate(_RECORD.finditer(data), start=1):  # noqa: B007
        key = item_key(path, n)
        attrs = dict(_ATTR.findall(match.group(1)))
        record = match.group(2)
        title = " ".join(_field("TITLE", record).split())
        body = _field("BODY", record).strip()
        if not body:
            yield InputError(key, NO_BODY)
            continue
        dateline = " ".join(_field("DATELINE", record).split())
        text = (f"{dateline} " if dateline else "") + body
        if title:
            text = f"{title}\n\n{text}"
        stamp = _field("DATE", record).strip()
        meta = {"newid": attrs.get("NEWID"), "title": title or None, "date": stamp,
                "published": _iso_date(stamp), "path": key}
        yield keyed(Document(text=text, source=key, encoding=encoding,
                             meta={k: v for k, v in meta.items() if v}), key)
    if n == 0:
        yield InputError(item_key(path), "no <REUTERS> records in this SGML file")
