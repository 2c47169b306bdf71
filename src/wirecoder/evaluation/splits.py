"""Dev and test halves of the event gold sets (UniversalPetrarch, PLOVER), by a fixed rule.

Why: the event rules were tuned on the very items these sets report, and some comments, patterns
and tests quote them. A figure on an item the code was written against says little about new text.
So each set is split, once, by this rule:

1. **Quoted items go to dev.** An item whose text shares a run of 6 or more words with any tracked
   file of the repository (code, data, tests, docs; the actor name lists under ``data/actors/``
   excepted, as in ``../shared/hooks/gold_quotes.py``: official names are long) is a tuning item.
   The ids found this way when the split was made are kept in ``data/evaluation/event_splits.json``,
   so the split does not move as the tree changes (``python -m wirecoder.evaluation.splits`` makes
   that file again from the tree as it is now; do it only when a set is split anew).
2. **The rest by a stable hash of the id**: ``sha256("SET:ID")``, first 8 hex digits as an integer;
   even -> test, odd -> dev. The hash needs no data and no file; the same id always lands on the
   same side.

Only item ids are kept in the repository, never gold text. ``wirecoder evaluate events`` reports the
test half by default; figures on dev (or all) are tuning-set figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

SETS = ("upetr", "plover")
SPLITS = ("dev", "test", "all")
SHINGLE_WORDS = 6  # the same test as ../shared/hooks/gold_quotes.py
_WORD = re.compile(r"[a-z0-9]+")
# Where tracked files are not read for quotations: the actor name lists (see the module docstring).
EXCLUDED_PATHS = ("src/wirecoder/data/actors/",)


def shingles(text: str) -> set[str]:
    """Every run of ``SHINGLE_WORDS`` lower-case words of ``text``."""
    w = _WORD.findall(text.lower())
    return {" ".join(w[i:i + SHINGLE_WORDS]) for i in range(len(w) - SHINGLE_WORDS + 1)}


def hash_split(set_name: str, item_id: str) -> str:
    """``test`` or ``dev`` for an item that no file quotes: by a stable hash of its id."""
    value = int(hashlib.sha256(f"{set_name}:{item_id}".encode()).hexdigest()[:8], 16)
    return "test" if value % 2 == 0 else "dev"


@lru_cache(maxsize=1)
def quoted_ids() -> dict[str, frozenset[str]]:
    """The ids of each set that the repository quoted when the split was made (rule 1)."""
    raw = json.loads(resources.files("wirecoder").joinpath("data", "evaluation", "event_splits.json")
                     .read_text("utf-8"))
    return {name: frozenset(raw.get(name, {}).get("quoted", [])) for name in SETS}


def split_of(set_name: str, item_id: str) -> str:
    """``dev`` or ``test``: the half of ``set_name`` (``upetr`` or ``plover``) the item belongs to."""
    if item_id in quoted_ids().get(set_name, frozenset()):
        return "dev"
    return hash_split(set_name, item_id)


def in_split(set_name: str, item_id: str, split: str) -> bool:
    return split == "all" or split_of(set_name, item_id) == split


# --- making the file (rule 1), from the tree as it is -------------------------------------------
def tracked_texts(repo: Path) -> Iterator[tuple[str, str]]:
    """(path, text) of each tracked text file of ``repo``, but the excluded paths."""
    listed = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True).stdout
    for path in listed.splitlines():
        if path.startswith(EXCLUDED_PATHS) or path.startswith("src/wirecoder/data/evaluation/"):
            continue
        try:
            yield path, (repo / path).read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # a binary or unreadable file quotes nothing


def find_quoted(items: Iterable[tuple[str, str]], texts: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{item id: the first path that shares 6+ words with it} for the (id, text) items quoted."""
    index: dict[str, list[str]] = {}
    for item_id, text in items:
        for s in shingles(text):
            index.setdefault(s, []).append(item_id)
    quoted: dict[str, str] = {}
    for path, text in texts:
        for s in shingles(text):
            for item_id in index.get(s, ()):
                quoted.setdefault(item_id, path)
    return quoted


def gold_items(set_name: str) -> list[tuple[str, str]]:
    """(id, text) of each item of a set, read from ``../shared`` (empty when absent)."""
    from . import events

    base = events.data_dir()
    if set_name == "upetr":
        path = base / "universal-petrarch" / "PETR2_GSR_validation.xml"
        return [(s.id, s.text) for s in events.load_upetr(path)] if path.exists() else []
    path = base / "plover" / "PLOVER_GSR_CAMEO.json"
    return [(s.id, s.text) for s in events.load_plover(path)] if path.exists() else []


def make_splits(repo: Path) -> dict[str, dict[str, list[str]]]:
    """The file's content: for each set, the sorted ids that the tracked files of ``repo`` quote."""
    texts = list(tracked_texts(repo))
    return {name: {"quoted": sorted(find_quoted(gold_items(name), texts))} for name in SETS}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m wirecoder.evaluation.splits",
                                description="Print (or --write) the ids of event gold items this tree quotes.")
    p.add_argument("--repo", default=".", help="the checkout to read (default: the working directory)")
    p.add_argument("--write", action="store_true", help="write data/evaluation/event_splits.json")
    args = p.parse_args(argv)
    content = make_splits(Path(args.repo))
    if not any(part["quoted"] for part in content.values()) and not gold_items("upetr"):
        print("wirecoder: the event gold sets are not in ../shared; nothing to split", file=sys.stderr)
        return 0
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.repo, capture_output=True,
                          text=True).stdout.strip()
    text = json.dumps({"rule": "see wirecoder/evaluation/splits.py", "made_from_commit": head or None, **content},
                      indent=1) + "\n"
    if args.write:
        target = Path(args.repo) / "src" / "wirecoder" / "data" / "evaluation" / "event_splits.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
