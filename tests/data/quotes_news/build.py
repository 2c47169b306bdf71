#!/usr/bin/env python3
"""Builds the invented quote dispatches into the real-news scorer's layout.

``dispatches.txt`` holds every dispatch with its hand annotation of quotes (written before wirecoder
was run on it: kind, content, speaker and speaker's actor id, by ``../shared/data/realnews/GUIDE.md``);
this script writes ``NAME.txt``, ``NAME.gold.json`` and ``splits.json`` beside it, so that
``wirecoder evaluate news --data tests/data/quotes_news --split dev|test`` scores them with the same
scorer. Only quotes are annotated (no actors, no events): read the quotes lines of the report.

The split is fixed by position, not chosen: in file order, odd dispatches (1st, 3rd, ...) are
``dev`` (tune on them) and even ones are ``test``, the holdout (report its totals only; never read
its errors). A dispatch whose header says ``split: dev`` (the quotes18 round's nominal-speaker
dispatches) is dev whatever its position, and the positional split counts only the others, so that
adding such dispatches leaves the holdout as it was.

Format of ``dispatches.txt``::

    === NAME
    published: YYYY-MM-DD
    split: dev                (optional)
    ---
    headline, a blank line, paragraphs
    ---
    KIND[?] | content | speaker | speaker_actor

KIND is ``direct``, ``indirect`` or ``mixed``; a trailing ``?`` marks a quote a reader could fairly
leave out (``required: false``). The content is an exact substring of the text, found after the
previous quote's start (so that quotes are listed in text order); ``A [...] B`` spans from A's start
to the end of the first B after it (a quote over several paragraphs). The speaker may list ``|``
alternatives, as in the real-news gold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from invented_set import blocks, write_set  # noqa: E402  (tests/data/invented_set.py, shared by the sets)

KINDS = {"direct", "indirect", "mixed"}


def parse(source: str) -> list[dict]:
    dispatches = []
    for name, meta, text, notes in blocks(source):
        quotes, after = [], 0
        for line in notes:
            quotes.append(_quote(line, name, text, after))
            after = quotes[-1]["content"][0]
        dispatches.append({"name": name, "published": meta.get("published"), "split": meta.get("split"),
                           "text": text, "quotes": quotes})
    return dispatches


def _quote(line: str, name: str, text: str, after: int) -> dict:
    fields = [f.strip() for f in line.split(" | ")]
    if len(fields) != 4 or fields[0].rstrip("?") not in KINDS or not fields[1]:
        raise SystemExit(f"{name}: cannot read annotation line {line!r}")
    kind, content, speaker, actor = fields
    first, _, last = content.partition(" [...] ")
    start = text.find(first, after)
    end = text.find(last, start) + len(last) if last else start + len(first)
    if start < 0 or (last and end < len(last)):
        raise SystemExit(f"{name}: quote content not found in the text: {content!r}")
    return {"kind": kind.rstrip("?"), "content": [start, end], "speaker": speaker, "speaker_actor": actor,
            "required": not kind.endswith("?"), "content_text": text[start:end]}


def build(folder: Path = HERE) -> int:
    dispatches = parse((folder / "dispatches.txt").read_text("utf-8"))
    count = write_set(folder, dispatches, lambda d: {"quotes": d["quotes"]})
    placed = [d["name"] for d in dispatches if not d["split"]]
    splits = {"dev": placed[0::2] + [d["name"] for d in dispatches if d["split"] == "dev"], "test": placed[1::2]}
    (folder / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", "utf-8")
    return count


if __name__ == "__main__":
    print(f"built {build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)} dispatches")
