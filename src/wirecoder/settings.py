"""Load the tuning knobs from ``settings.toml`` (package default, optionally overridden)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def default_settings() -> dict[str, Any]:
    return tomllib.loads(resources.files("wirecoder").joinpath("settings.toml").read_text("utf-8"))


def load_settings(path: str | Path | None = None) -> dict[str, Any]:
    """The package settings, with the sections of ``path`` (if given) laid over them."""
    merged = {section: dict(values) for section, values in default_settings().items()}
    if path is not None:
        for section, values in tomllib.loads(Path(path).read_text("utf-8")).items():
            merged.setdefault(section, {}).update(values)
    return merged
