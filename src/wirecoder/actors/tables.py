"""Reading the knowledge tables (sectors, office holders, agents): YAML files with one-line errors.

Every table is a package file under ``wirecoder/data/actors`` plus any user files of the same shape.
A problem in a file is a :class:`~wirecoder.errors.InputError` that names the file, the entry and what
is wrong with it, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..settings import check_user_file


def package_file(name: str) -> Any:
    """The package's own table ``data/actors/NAME`` (a Traversable)."""
    return resources.files("wirecoder") / "data" / "actors" / name


def read_table(path: Path | Any, key: str) -> tuple[str, Any]:
    """The section ``key`` of one YAML table, with the file's name to report problems under."""
    name, data = read_tables(path, (key,))
    return name, data[key]


def read_tables(path: Path | Any, keys: Iterable[str]) -> tuple[str, dict[str, Any]]:
    """One YAML file's mapping, which must hold at least one of ``keys``, with the file's name."""
    name = str(path)
    keys = tuple(keys)
    if isinstance(path, Path):
        check_user_file(path)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 text: a table is YAML, saved as UTF-8") from None
    except yaml.YAMLError as exc:
        raise InputError(name, f"not valid YAML ({' '.join(str(exc).split())})") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    if not isinstance(data, dict) or not any(k in data for k in keys):
        wanted = " or ".join(f"`{k}:`" for k in keys)
        raise InputError(name, f"no {wanted} section; compare the file with the package's tables")
    return name, data


def table_paths(package: str, paths: Iterable[str | Path]) -> list[Path | Any]:
    """The package file, then the user's files, in the order they load (later entries win)."""
    return [package_file(package), *(Path(p) for p in paths)]


def words(value: Any) -> list[str]:
    """A YAML scalar or list as a list of strings (None: empty)."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
