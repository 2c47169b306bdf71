"""Which reader reads which file, and the walk over directories and globs that ``ingest`` uses.

A reader is a function ``reader(path) -> Iterator[Document | InputError]``: one Document per item
(an article, a feed entry, a JSON line, a WARC response, an SGML record), or an InputError value for
an item it cannot read; it never raises out of the batch. Readers are chosen by the end of the file
name (``.html.gz`` before ``.gz``). Add one with :func:`register_reader`, or from another package with
an entry point in the group ``wirecoder.readers`` whose name is the suffixes, comma-separated::

    [project.entry-points."wirecoder.readers"]
    ".epub" = "mypackage.epub:read_epub"

Every Document a reader yields has ``meta["item"]``: the key the ingest log keeps for it, the path for
a one-item file, ``path#n`` for the n-th item (from 1) of a multi-item file. ``source`` says where the
text came from: that key, or the page's URL where the item knows it.
"""

from __future__ import annotations

import glob
import gzip
import io
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .. import errors
from ..errors import InputError
from . import _FILE_LIMIT, Document, check_size, decode_bytes, max_file_bytes

Item = Document | InputError
Reader = Callable[[Path], Iterator[Item]]

_READERS: dict[str, Reader] = {}
_entry_points_loaded = False

# Files a directory walk passes over: documentation that travels with corpora, not dispatches.
# A file named on the command line is always read.
IGNORED_NAMES = {"readme", "license", "licence", "copying", "changelog"}


def register_reader(suffixes: str | Iterable[str], reader: Reader) -> None:
    """Read files whose names end with ``suffixes`` (``".epub"``, ``(".md", ".markdown")``) with ``reader``."""
    for suffix in [suffixes] if isinstance(suffixes, str) else suffixes:
        _READERS[suffix.lower() if suffix.startswith(".") else "." + suffix.lower()] = reader


def _load_entry_points() -> None:
    """Register the built-in readers, then any plug-ins (once per process)."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    from . import builtin  # noqa: F401  (registers the built-in readers)

    for ep in entry_points(group="wirecoder.readers"):
        register_reader([s.strip() for s in ep.name.split(",") if s.strip()], ep.load())


def readers() -> dict[str, Reader]:
    """The registered readers by suffix (the built-in ones and any plug-ins)."""
    _load_entry_points()
    return dict(_READERS)


def reader_for(path: str | Path) -> Reader | None:
    """The reader for this file name (longest matching suffix), or None. No suffix: plain text."""
    _load_entry_points()
    name = Path(path).name.lower()
    best = max((s for s in _READERS if name.endswith(s)), key=len, default=None)
    if best is not None:
        return _READERS[best]
    if "." not in name.lstrip("."):
        return _READERS.get(".txt")
    return None


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """A file's bytes, gunzipped when its name ends in ``.gz``. Raises InputError.

    A file (or its gunzipped content) over ``max_bytes`` (default :func:`~wirecoder.sources.max_file_bytes`)
    is refused before it is read into memory.
    """
    name = str(path)
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        check_size(path, limit)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, errors.UNREADABLE.format(error=exc.strerror or exc)) from exc
    if name.lower().endswith(".gz"):
        try:
            # Read at most one byte past the limit: a small gzip file may unpack to gigabytes.
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
                data = unpacked.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(name, f"not a readable gzip file ({exc})") from exc
        if len(data) > limit:
            raise InputError(name, errors.TOO_LONG_FILE.format(n=len(data), limit=limit, what="or more unpacked"))
    return data


def limited(items: Iterator[Item], max_bytes: int | None) -> Iterator[Item]:
    """``items`` read with ``max_bytes`` as the largest file (:func:`~wirecoder.sources.max_file_bytes`
    inside every reader, plug-ins included) while each item is read; None keeps the default."""
    if max_bytes is None:
        yield from items
        return
    while True:
        token = _FILE_LIMIT.set(max_bytes)  # set around each step only: never left set for the caller
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            _FILE_LIMIT.reset(token)
        yield item


def item_key(path: Path, n: int | None = None) -> str:
    """The ingest-log key of an item: the path, or ``path#n`` for the n-th item of a file."""
    return str(path) if n is None else f"{path}#{n}"


def keyed(item: Item, key: str) -> Item:
    """Set the item key on a Document, or on an InputError (as its source)."""
    if isinstance(item, Document):
        item.meta["item"] = key
        if item.source is None:
            item.source = key
    elif item.source is None:
        item.source = key
    return item


def read_text_file(path: Path) -> Iterator[Item]:
    """A plain-text dispatch: one Document, decoded with :func:`decode_bytes`."""
    key = item_key(path)
    try:
        yield keyed(decode_bytes(read_bytes(path), key), key)
    except InputError as exc:
        yield exc


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue  # hidden files and folders (.git, .DS_Store) are never dispatches
        if path.name.split(".")[0].lower() in IGNORED_NAMES:
            continue
        yield path


def expand(sources: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named by ``sources``: files as given, directories walked recursively (sorted), globs
    (``*``, ``?``, ``[``, ``**``) expanded; a name that matches nothing is an InputError."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.exists():  # a FIFO or device would block or never end
            yield InputError(str(source), errors.NOT_A_FILE)
        elif any(c in str(source) for c in "*?["):
            matches = sorted(glob.glob(str(source), recursive=True))
            if not matches:
                yield InputError(str(source), "no file matches this pattern")
            for match in matches:
                m = Path(match)
                if m.is_dir():
                    yield from _walk(m)
                else:
                    yield m if m.is_file() else InputError(match, errors.NOT_A_FILE)
        else:
            yield InputError(str(source), errors.NOT_FOUND)


def read_named(name: str, max_bytes: int | None = None) -> Iterator[Item]:
    """The items of one file named on ``extract``'s command line, by the reader for its kind.

    HTML pages, feeds, JSONL, WARC, Reuters SGML and gzipped files go through the same readers as
    ``ingest`` (an HTML page's main text, never its navigation; one item per entry, line or record).
    Plain text, a name of no known kind and ``-`` (standard input) are read as one dispatch with
    :func:`~wirecoder.sources.read_file`, whose ``source`` is the name as given; a missing file, a
    directory or a device is an InputError value, as every failure here. ``max_bytes`` is the largest
    file read (default :func:`~wirecoder.sources.max_file_bytes`).
    """
    from . import read_file

    path = Path(name)
    reader = reader_for(path) if name != "-" and path.is_file() else None
    if reader is not None and (reader is not read_text_file or name.lower().endswith(".gz")):
        yield from limited(reader(path), max_bytes)
        return
    try:
        yield read_file(name, max_bytes=max_bytes)
    except InputError as exc:
        yield exc


def documents(names: Iterable[str], on_error: Callable[[InputError], None] | None = None,
              max_bytes: int | None = None) -> Iterator[Document]:
    """The Documents of the named files, as ``extract`` reads them (:func:`read_named`), in order.

    An item that cannot be read goes to ``on_error`` and the rest still come; without ``on_error``
    it is raised. ``wirecoder.load().extract_many(documents(["page.html", "wire.rss"]))``.
    """
    for name in names:
        for item in read_named(name, max_bytes):
            if isinstance(item, InputError):
                if on_error is None:
                    raise item
                on_error(item)
            else:
                yield item


def iter_items(sources: Iterable[str | Path], max_bytes: int | None = None) -> Iterator[Item]:
    """Every item of every file named by ``sources``, in order, each keyed (``meta["item"]``); a file
    over ``max_bytes`` (default :func:`~wirecoder.sources.max_file_bytes`) is an InputError."""
    return limited(_items(sources), max_bytes)


def _items(sources: Iterable[str | Path]) -> Iterator[Item]:
    for path in expand(sources):
        if isinstance(path, InputError):
            yield path
            continue
        reader = reader_for(path)
        if reader is None:
            known = ", ".join(sorted(readers()))
            yield InputError(str(path), f"no reader for this kind of file (readers: {known})")
            continue
        yield from reader(path)
