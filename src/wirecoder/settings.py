"""Load the tuning knobs from ``settings.toml`` (package default, optionally overridden)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import errors
from .errors import InputError
from .settings_check import check_settings


@cache
def default_settings() -> dict[str, Any]:
    return tomllib.loads(resources.files("wirecoder").joinpath("settings.toml").read_text("utf-8"))


def load_settings(path: str | Path | None = None) -> dict[str, Any]:
    """The package settings, with the sections of ``path`` (if given) laid over them."""
    merged = {section: dict(values) for section, values in default_settings().items()}
    if path is not None:
        user = _read_user_file(Path(path))
        for section, values in user.items():
            if not isinstance(values, dict):  # `max_chars = 5` outside any [section]
                raise InputError(str(path), errors.SETTINGS_NOT_TABLE.format(section=section))
            if section == "data":
                values = _data_paths(Path(path), values)
            merged.setdefault(section, {}).update(values)
        check_settings(user, default_settings(), str(path))  # names, types and ranges (settings_check.py)
    return merged


def with_quote_scope(scope: str, path: str | Path | None = None) -> dict[str, Any]:
    """The settings (the package's, or ``path``'s laid over them) with ``[quotes] scope`` set: "statements"
    (what was said, the real-news guide) or "attributions" (stances and findings too, as PolNeAR marks them)."""
    settings = load_settings(path)
    check_settings({"quotes": {"scope": scope}}, default_settings(), "--quote-scope")
    settings["quotes"]["scope"] = scope
    return settings


def _data_paths(settings_file: Path, values: dict[str, Any]) -> dict[str, Any]:
    """The ``[data]`` rule files, each a list of paths relative to the settings file."""
    out: dict[str, Any] = {}
    for key, paths in values.items():
        if isinstance(paths, str):
            paths = [paths]
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise InputError(str(settings_file), errors.SETTINGS_DATA_NOT_PATHS.format(key=key))
        out[key] = [str(settings_file.parent / p) for p in paths]
    return out


def check_user_file(path: Path) -> Path:
    """A file a user named with a flag (--settings, --actors) exists and is a plain file; else one
    line naming it, never a traceback."""
    if not path.exists():
        raise InputError(str(path), errors.NOT_FOUND)
    if path.is_dir():
        raise InputError(str(path), errors.IS_DIR)
    if not path.is_file():
        raise InputError(str(path), errors.NOT_A_FILE)
    return path


def _read_user_file(path: Path) -> dict[str, Any]:
    # A user's --settings file: every way it can fail is one line naming it, never a traceback.
    check_user_file(path)
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except UnicodeDecodeError:
        raise InputError(str(path), errors.SETTINGS_NOT_UTF8) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), errors.SETTINGS_BAD_TOML.format(error=exc)) from None
    except OSError as exc:
        raise InputError(str(path), errors.UNREADABLE.format(error=exc.strerror or exc)) from None
