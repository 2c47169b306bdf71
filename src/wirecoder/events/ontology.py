"""The event ontology: CAMEO codes with Goldstein weights and quad classes, and PLOVER types.

Both live as package data (``data/events/cameo.tsv``, ``data/events/plover.yaml``), read once per
process. The code table says where each fact comes from and which mapping choices are ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str
    mode: str | None  # PLOVER mode, else its context (see cameo.tsv)


@dataclass(frozen=True)
class PloverType:
    name: str
    quad_class: int
    gloss: str
    modes: tuple[str, ...]


def _data(name: str) -> str:
    return resources.files("wirecoder").joinpath("data", "events", name).read_text("utf-8")


@cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code, by code."""
    table: dict[str, CameoCode] = {}
    lines = [line for line in _data("cameo.tsv").splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:  # the first is the column header
        code, root, name, goldstein, quad, plover, mode, context = (line.split("\t") + [""] * 8)[:8]
        table[code] = CameoCode(code, name, root, float(goldstein), int(quad), plover,
                                mode.strip() or context.strip() or None)
    return table


@cache
def plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types, by name."""
    raw = yaml.safe_load(_data("plover.yaml"))
    return {name: PloverType(name, int(v["quad"]), v["gloss"], tuple(v.get("modes") or ()))
            for name, v in raw["types"].items()}


@cache
def plover_renamed() -> dict[str, str]:
    """Old PLOVER type names (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE) -> current ones."""
    return dict(yaml.safe_load(_data("plover.yaml"))["renamed"])


def cameo(code: str) -> CameoCode:
    """The CAMEO code's entry; KeyError for a code CAMEO does not have."""
    return cameo_table()[code]


def plover_for(code: str) -> tuple[str, str | None]:
    """The PLOVER (event type, mode) a CAMEO code maps to."""
    entry = cameo(code)
    return entry.plover, entry.mode


def roots() -> list[str]:
    return sorted({c.root for c in cameo_table().values()})
