#!/usr/bin/env python3
"""Builds the invented event dispatches into the real-news scorer's layout.

``dispatches.txt`` holds every dispatch with its hand annotation (written before wirecoder was run
on it); this script writes ``NAME.txt``, ``NAME.gold.json`` and ``splits.json`` beside it, in the
format of ``../shared/data/realnews`` (GUIDE.md), so that ``wirecoder evaluate news --data
tests/data/events_news --split dev|test`` scores them with the same scorer. Only events are
annotated (no actors, no quotes): read the events line of the report.

The split is fixed by position, not chosen: in file order, odd dispatches (1st, 3rd, ...) are
``dev`` (tune on them) and even ones are ``test``, the holdout (report on them only). A dispatch whose
header says ``split: dev`` (the evnews27 round's dispatches dense in hard sides, n63 on) is dev whatever
its position, and the positional split counts only the others, so the holdout stays as it was; one whose
header says ``split: test`` (round evdata46's holdout dispatches) is test whatever its position.

Format of ``dispatches.txt``::

    === NAME
    published: YYYY-MM-DD
    split: dev                (optional)
    ---
    headline, a blank line, paragraphs
    ---
    SOURCE > TARGET ROOT [opt] [sym] | exact text of the action

SOURCE and TARGET are ``|``-separated actor ids (TARGET ``none`` for no target), ROOT ``|``-separated
two-digit CAMEO roots; ``opt`` marks an arguable event (not required), ``sym`` a joint one.
``trap | text`` lines name spans where nothing may be coded.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from invented_set import blocks, write_set  # noqa: E402  (tests/data/invented_set.py, shared by the sets)

LINE = re.compile(r"^(?P<src>\S+)\s*>\s*(?P<tgt>\S+)\s+(?P<root>[\d|]+)(?P<flags>(\s+(opt|sym))*)\s*\|\s*(?P<text>.+)$")


def parse(source: str) -> list[dict]:
    dispatches = []
    for name, meta, text, notes in blocks(source):
        events, traps = [], []
        for line in notes:
            if line.startswith("trap |"):
                traps.append(_span(text, line.split("|", 1)[1].strip(), name))
                continue
            m = LINE.match(line.strip())
            if not m:
                raise SystemExit(f"{name}: cannot read annotation line {line!r}")
            flags = m["flags"].split()
            events.append({"source": m["src"].split("|"),
                           "target": [None if t == "none" else t for t in m["tgt"].split("|")],
                           "root": m["root"].split("|"), "text": m["text"],
                           "span": _span(text, m["text"], name), "required": "opt" not in flags,
                           "symmetric": "sym" in flags})
        dispatches.append({"name": name, "published": meta.get("published"), "split": meta.get("split"),
                           "text": text, "events": events, "no_events_in": traps})
    return dispatches


def _span(text: str, part: str, name: str) -> list[int]:
    i = text.find(part)
    if i < 0:
        raise SystemExit(f"{name}: substring not found: {part!r}")
    return [i, i + len(part)]


def build(folder: Path = HERE) -> int:
    dispatches = parse((folder / "dispatches.txt").read_text("utf-8"))
    count = write_set(folder, dispatches, lambda d: {"events": d["events"], "no_events_in": d["no_events_in"]})
    placed = [d["name"] for d in dispatches if not d["split"]]
    fixed = {split: [d["name"] for d in dispatches if d["split"] == split] for split in ("dev", "test")}
    splits = {"dev": placed[0::2] + fixed["dev"], "test": placed[1::2] + fixed["test"]}
    (folder / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", "utf-8")
    return count


if __name__ == "__main__":
    print(f"built {build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)} dispatches")
