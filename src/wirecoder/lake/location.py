"""Where a lake or a source lives: a local path, or an fsspec URL (``s3://bucket/prefix``) so that a
cluster's workers need no shared file system.

A URL is opened with fsspec (``s3fs`` for ``s3://``: ``pip install 'wirecoder[s3]'``); credentials and
the endpoint come from the usual environment (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``,
``AWS_ENDPOINT_URL`` for an S3-compatible server), which Dask's and the process pool's workers
inherit. Readers read local files, so a remote source file is copied to a temporary file first and
its items keep the URL as their key.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from .. import errors
from ..errors import InputError, WirecoderError

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")


def is_url(location: str | Path) -> bool:
    """Whether ``location`` is an fsspec URL (``s3://...``), not a local path."""
    return isinstance(location, str) and bool(_URL.match(location))


def join(url: str, *parts: str) -> str:
    return "/".join([url.rstrip("/"), *parts])


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec file system of ``url`` and the path in it, listings not cached (other processes write)."""
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise WirecoderError(f"{url}: cannot open this URL ({exc})") from None
    fs.invalidate_cache()
    return fs, path


def expand_url(source: str) -> Iterator[str | InputError]:
    """The files named by a URL: the object itself, every object under a prefix, or a glob's matches."""
    from ..sources.registry import IGNORED_NAMES

    fs, path = filesystem(source)
    try:
        if any(c in path for c in "*?["):
            found = sorted(fs.glob(path))
            if not found:
                yield InputError(source, "no file matches this pattern")
        elif fs.isfile(path):
            found = [path]
        elif fs.isdir(path):
            found = [p for p in sorted(fs.find(path)) if not any(
                part.startswith(".") for part in PurePosixPath(p).relative_to(path).parts)
                and PurePosixPath(p).name.split(".")[0].lower() not in IGNORED_NAMES]
        else:
            found = []
            yield InputError(source, errors.NOT_FOUND)
    except OSError as exc:
        yield InputError(source, errors.UNREADABLE.format(error=exc))
        return
    for p in found:
        yield fs.unstrip_protocol(p)


@contextmanager
def local_copy(url: str) -> Iterator[Path]:
    """The object at ``url`` copied to a temporary file of the same name (its suffix picks the reader)."""
    fs, path = filesystem(url)
    folder = Path(tempfile.mkdtemp(prefix="wirecoder-src-"))
    try:
        local = folder / PurePosixPath(path).name
        fs.get_file(path, str(local))
        yield local
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def upload(local: Path, url: str) -> None:
    """Copy the local file to ``url`` under a temporary key, then move it: a key without ``.part`` is whole."""
    fs, path = filesystem(url)
    fs.put_file(str(local), path + ".part")
    fs.mv(path + ".part", path)
