"""What a shard reads: whole files, or a range of the items of a large multi-item file.

A shard is sized in items (articles), not files: a Reuters ``.sgm`` file holds a thousand articles and a
``.txt`` file one, so shards cut by file count would be very uneven. A piece is written as the file's
path, or ``path#first-last`` for its items ``first`` to ``last`` (from 1, as the item keys ``path#n``
count them) when a shard ends inside the file (``pack``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from ..sources import Document
from ..sources.registry import Item, iter_items, read_text_file, reader_for
from .location import is_url, local_copy

_RANGE = re.compile(r"^(?P<path>.+)#(?P<first>\d+)-(?P<last>\d+)$")


def count_items(path: str) -> int:
    """Items in the file: 1 for a one-item kind (text, HTML) without reading it, else read and counted."""
    from ..sources.html import read_html

    reader = reader_for(path)
    if reader is None or reader in (read_text_file, read_html):
        return 1
    if is_url(path):
        with local_copy(path) as local:
            return sum(1 for _ in reader(local))
    return sum(1 for _ in reader(Path(path)))


def pack(files: list[tuple[str, int]], shard_size: int) -> list[list[str]]:
    """The pieces of each shard: ``files`` (path, items) in order, cut so that every shard but the last
    holds ``shard_size`` items. A multi-item file is cut where a shard is full (``path#first-last``), and
    stays whole when it fits; a one-item file is never cut, and always fits (a shard has room for one).

    Why cut to fill rather than start a new shard when a file does not fit: a shard left a third empty
    by a large file after it makes more, smaller tasks, and a worker idle sooner at the end of a run.
    A source that sorts after the others (a new day's file) changes the last shard only; one that sorts
    before moves the cuts after it, and those shards are coded again under their new names (the serial
    step keeps one copy of an article found in two shards, so nothing is doubled)."""
    shards: list[list[str]] = []
    current: list[str] = []
    room = shard_size
    for path, items in files:
        if items == 0:  # nothing to code, but read (a file that yields no item is still logged as read)
            current.append(path)
            continue
        first = 1
        while first <= items:
            take = min(room, items - first + 1)
            whole = first == 1 and take == items
            current.append(path if whole else f"{path}#{first}-{first + take - 1}")
            first += take
            room -= take
            if room == 0:
                shards.append(current)
                current, room = [], shard_size
    if current:
        shards.append(current)
    return shards


def read_piece(spec: str, max_bytes: int | None = None) -> Iterator[Item]:
    """The items of one piece, keyed as ``ingest`` keys them (``path`` or ``path#n``; a URL's items by the URL).
    ``max_bytes``: the largest file read (the run's settings)."""
    m = _RANGE.match(spec)
    whole = m is None or (not is_url(spec) and Path(spec).exists())  # a file may have '#' in its name
    path, first, last = (spec, 1, None) if whole or m is None else (m["path"], int(m["first"]), int(m["last"]))
    if not is_url(path):
        yield from itertools.islice(iter_items([path], max_bytes), first - 1, last)
        return
    with local_copy(path) as local:
        for item in itertools.islice(iter_items([local], max_bytes), first - 1, last):
            yield _keyed_by_url(item, str(local), path)


def _keyed_by_url(item: Item, local: str, url: str) -> Item:
    """The item as read from ``url``: its key and source name the URL, not the temporary copy."""
    def renamed(name: str | None) -> str | None:
        return url + name[len(local):] if name is not None and name.startswith(local) else name

    if isinstance(item, Document):
        item.meta["item"] = renamed(item.meta.get("item"))
    item.source = renamed(item.source)
    return item


def read_pieces(specs: list[str], max_bytes: int | None = None) -> Iterator[Item]:
    for spec in specs:
        yield from read_piece(spec, max_bytes)
