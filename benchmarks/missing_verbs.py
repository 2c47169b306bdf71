"""Which verbs of real news does PETRARCH-2's CAMEO verb dictionary code that our patterns do not?

A measurement only (issue 9): it counts, over the real-news articles of one split, the lemmas of the
verbs that ``CAMEO.2.0.txt`` files under a coded verb block and ``data/events/patterns.yaml`` has no
pattern for, with the block's code and a first sentence, most frequent first. What is added to the
patterns is written in the project's own format from invented examples, never copied from here::

    python benchmarks/missing_verbs.py --split dev --top 40

Skips cleanly (exit 0, one line) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DICTIONARY = SHARED / "data" / "event-coding" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt"
REALNEWS = SHARED / "data" / "realnews"
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def dictionary_verbs(path: Path) -> dict[str, str]:
    """Verb (lower case) -> the CAMEO code of the block it is listed under (blocks coded "---" left out)."""
    code, verbs = None, {}
    for line in path.read_text(errors="replace").splitlines():
        if m := _BLOCK.match(line):
            code = m.group(2)
            continue
        if not line.strip() or line.startswith(("#", "-", " ")):
            continue
        word = line.split()[0].strip("+").lower()
        if code and code != "---" and re.fullmatch(r"[a-z_]+", word):
            verbs[word] = code
    return verbs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if not DICTIONARY.exists() or not (REALNEWS / "splits.json").exists():
        print(f"missing_verbs: {SHARED} not found, nothing measured")
        return 0
    import wirecoder
    from wirecoder.events.lexicon import verb_patterns

    splits = json.loads((REALNEWS / "splits.json").read_text())
    names = splits["dev"] + splits["test"] if args.split == "all" else splits[args.split]
    theirs, ours = dictionary_verbs(DICTIONARY), set(verb_patterns())
    nlp = wirecoder.load().nlp
    counts: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    for name in names:
        for tok in nlp((REALNEWS / f"{name}.txt").read_text("utf-8")):
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma not in ours and lemma in theirs:
                counts[lemma] += 1
                example.setdefault(lemma, " ".join(tok.sent.text.split())[:100])
    print(f"{args.split}: {len(names)} articles; verbs PETRARCH-2 codes and the patterns do not, by count")
    for lemma, n in counts.most_common(args.top):
        print(f"{n:4d}  {lemma:<14} {theirs[lemma]:<6} {example[lemma]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
