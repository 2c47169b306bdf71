"""RSS and Atom feeds saved as files (``.rss``, ``.atom``, and ``.xml`` holding a feed), via feedparser.

One Document per entry: its title, a blank line, then its content (or summary) as plain text; the
entry's link is the source. A feed that cannot be parsed at all is one InputError; a feed with
mistakes that still gives entries is read, each entry warned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from . import Document
from .registry import Item, item_key, keyed, read_bytes

# What a feed's first bytes look like: RSS 2.0, Atom, or RSS 1.0 (RDF).
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


def _plain(html: str) -> str:
    """Entry content is HTML: keep its text, one paragraph per block."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml refuses some fragments (only comments, say)
        return re.sub(r"<[^>]+>", " ", html).strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n\n" + (block.tail or "")
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", root.text_content())).strip()


def _entry_text(entry: dict) -> tuple[str, str]:
    title = _plain(entry.get("title", ""))
    contents = [c.get("value", "") for c in entry.get("content", [])]
    body = _plain(max(contents, key=len) if contents else entry.get("summary", ""))
    return title, body


def read_feed(path: Path) -> Iterator[Item]:
    """A saved RSS/Atom feed: one Document per entry."""
    import feedparser

    key = item_key(path)
    try:
        data = read_bytes(path)
    except InputError as exc:
        yield exc
        return
    if not _FEED_ROOT.search(data[:2048]):
        yield InputError(key, "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
        return
    parsed = feedparser.parse(data)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.entries:
        reason = f"malformed feed: {problem}" if problem else "feed has no entries"
        yield InputError(key, reason)
        return
    warnings = [f"malformed feed, read anyway: {problem}"] if problem else []
    for n, entry in enumerate(parsed.entries, start=1):
        item = item_key(path, n)
        title, body = _entry_text(entry)
        if not (title or body):
            yield InputError(item, f"malformed feed: {problem}" if problem else "feed entry has neither title nor text")
            continue
        text = f"{title}\n\n{body}" if title and body else title or body
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
        meta = {"title": title or None, "url": entry.get("link"), "published": published,
                "id": entry.get("id"), "path": item}
        yield keyed(Document(text=text, source=entry.get("link") or item, encoding=parsed.get("encoding"),
                             warnings=list(warnings), meta={k: v for k, v in meta.items() if v}), item)
