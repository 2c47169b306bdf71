"""Write a set of invented dispatches in the real-news layout (``NAME.txt``, ``NAME.gold.json``,
``splits.json``), so that ``wirecoder evaluate news --data DIR`` scores it as it scores the real set.

Each set's ``build.py`` parses its own ``dispatches.txt`` and gives the layer it annotates (events, or
actors); the layers it does not annotate are empty lists, which the scorer reports as unannotated.
The split is fixed by position: the 1st, 3rd, ... dispatch is dev, the 2nd, 4th, ... the holdout."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path


def blocks(source: str) -> Iterator[tuple[str, dict[str, str], str, list[str]]]:
    """Each dispatch of a ``dispatches.txt``: its name, its header fields, its text (ending in one
    newline) and its annotation lines (blank lines and ``#`` comments left out)."""
    for block in source.split("\n=== ")[1:]:
        head, text, ann = block.split("\n---\n")
        lines = head.strip().splitlines()
        meta = dict(line.split(": ", 1) for line in lines[1:])
        notes = [line for line in ann.strip().splitlines() if line.strip() and not line.startswith("#")]
        yield lines[0].strip(), meta, text.strip("\n") + "\n", notes


def write_set(folder: Path, dispatches: list[dict], layer: Callable[[dict], dict]) -> int:
    for d in dispatches:
        (folder / f"{d['name']}.txt").write_text(d["text"], "utf-8")
        gold = {"file": f"{d['name']}.txt", "origin": "invented for wirecoder's tests", "published": d["published"],
                "actors": [], "quotes": [], "events": [], **layer(d)}
        (folder / f"{d['name']}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", "utf-8")
    names = [d["name"] for d in dispatches]
    splits = {"dev": names[0::2], "test": names[1::2]}
    (folder / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", "utf-8")
    return len(dispatches)
