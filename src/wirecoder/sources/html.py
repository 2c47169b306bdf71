"""HTML pages (``.html``, ``.htm``, ``.html.gz``): the main text and metadata, through trafilatura.

The text a page yields is ``title\\n\\nbody``, so that the reader finds the headline on the first line;
the URL (from the page's canonical link or ``og:url``, or the one a WARC record gives) becomes the
``source``; title, date and URL go to ``meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .. import errors
from ..errors import InputError
from . import Document, _looks_binary
from .registry import Item, item_key, keyed, read_bytes

# A charset the page declares (<meta charset=...> or http-equiv Content-Type), in its first bytes.
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

_WORDS = re.compile(r"[^\W\d_]{2,}")

NO_TEXT = "no article text found in the HTML page (broken, empty or not an article)"


def decode_html(data: bytes, source: str | None) -> tuple[str, str, list[str]]:
    """HTML bytes to text: BOM, else the declared charset, else UTF-8, else windows-1252 (what browsers
    assume for an undeclared western page), else charset-normalizer's guess."""
    if not data.strip():
        raise InputError(source, errors.EMPTY)
    if _looks_binary(data):
        raise InputError(source, errors.BINARY)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8", []
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(name), name, []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", ["no declared charset and not UTF-8; decoded as cp1252"]
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("latin-1"), "latin-1", ["charset unknown; decoded as latin-1"]
    return str(best), best.encoding, [f"no declared charset; detected {best.encoding}"]


def only_links(html: str, body: str) -> bool:
    """Whether ``body`` is nothing but the texts of the page's links.

    Why: on a page with no article (a section front, a page of navigation only) trafilatura falls
    back to whatever text there is, which is then the menu and the related-story links; coding those
    would give events from other stories' headlines.
    """
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    rest = body
    for anchor in sorted({" ".join(a.text_content().split()) for a in tree.iter("a")}, key=len, reverse=True):
        if anchor:
            rest = rest.replace(anchor, " ")
    return not _WORDS.search(rest)


def html_document(data: bytes, source: str | None, url: str | None = None) -> Document:
    """One page's article as a Document. Raises InputError when the page holds no article text."""
    import trafilatura

    html, encoding, warnings = decode_html(data, source)
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed markup
        raise InputError(source, f"{NO_TEXT}: {type(exc).__name__}") from exc
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not _WORDS.search(body):  # markup debris ("<<<") from a broken page is not an article
        raise InputError(source, NO_TEXT)
    if only_links(html, body):
        raise InputError(source, NO_TEXT)
    title = (found.title or "").strip()
    # The headline leads the text, a blank line after it (trafilatura often keeps the <h1> as the
    # body's first line: it is then moved, not repeated).
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    text = f"{title}\n\n{body}" if title and body else title or body
    page_url = url or found.url
    meta = {"title": title or None, "published": found.date, "url": page_url}
    return Document(text=text, source=page_url or source, encoding=encoding, warnings=warnings,
                    meta={k: v for k, v in meta.items() if v})


def read_html(path: Path) -> Iterator[Item]:
    """An HTML page saved as a file: one Document."""
    key = item_key(path)
    try:
        doc = html_document(read_bytes(path), key)
    except InputError as exc:
        yield exc
        return
    doc.meta["path"] = key
    yield keyed(doc, key)
