#!/usr/bin/env python3
"""Builds the invented actor dispatches into the real-news scorer's layout.

``dispatches.txt`` holds every dispatch with its hand annotation of actors (written before wirecoder
was run on it: ids, kinds, names, aliases, persons' country and role, by
``../shared/data/realnews/GUIDE.md``); this script writes ``NAME.txt``, ``NAME.gold.json`` and
``splits.json`` beside it, so that ``wirecoder evaluate news --data tests/data/actors_news --split
dev|test`` scores them with the same scorer. Only actors are annotated (no quotes, no events): read
the actors lines of the report.

The split is fixed by position, not chosen: in file order, odd dispatches (1st, 3rd, ...) are
``dev`` (tune on them) and even ones are ``test``, the holdout (report its totals only; never read
its errors). A dispatch whose header says ``split: dev`` (the actors10 round's organisation and
state-body dispatches) is dev whatever its position, and the positional split counts only the
others, so that adding such dispatches leaves the holdout as it was.

Format of ``dispatches.txt``::

    === NAME
    published: YYYY-MM-DD
    split: dev                (optional)
    ---
    headline, a blank line, paragraphs
    ---
    ID KIND [COUNTRY] | name | alias; alias | role

KIND is ``state``, ``igo``, ``person``, ``organization`` or ``group``; COUNTRY an ISO3 code or
``-`` (none given by the text); aliases and role may be left empty.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from invented_set import blocks, write_set  # noqa: E402  (tests/data/invented_set.py, shared by the sets)

KINDS = {"state", "igo", "person", "organization", "group"}


def parse(source: str) -> list[dict]:
    dispatches = []
    for name, meta, text, notes in blocks(source):
        actors = [_actor(line, name) for line in notes]
        dispatches.append({"name": name, "published": meta.get("published"), "split": meta.get("split"),
                           "text": text, "actors": actors})
    return dispatches


def _actor(line: str, name: str) -> dict:
    fields = [f.strip() for f in line.split("|")] + ["", "", ""]
    head, label, aliases, role = fields[0].split(), fields[1], fields[2], fields[3]
    if len(head) not in (2, 3) or head[1] not in KINDS or not label:
        raise SystemExit(f"{name}: cannot read annotation line {line!r}")
    actor: dict = {"id": head[0], "kind": head[1], "name": label,
                   "aliases": [a.strip() for a in aliases.split(";") if a.strip()]}
    if head[1] in ("person", "organization", "group"):
        actor["country"] = None if len(head) < 3 or head[2] == "-" else head[2]
    if head[1] == "person":
        actor["role"] = role or None
    return actor


def build(folder: Path = HERE) -> int:
    dispatches = parse((folder / "dispatches.txt").read_text("utf-8"))
    count = write_set(folder, dispatches, lambda d: {"actors": d["actors"]})
    placed = [d["name"] for d in dispatches if not d["split"]]
    splits = {"dev": placed[0::2] + [d["name"] for d in dispatches if d["split"] == "dev"], "test": placed[1::2]}
    (folder / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", "utf-8")
    return count


if __name__ == "__main__":
    print(f"built {build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)} dispatches")
