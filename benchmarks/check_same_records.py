"""Does a speed change leave every record as it was?

Writes the record of a fixed corpus (the bundled samples, the real-news articles and the first BBC
politics articles that ``bench_extract.py`` times) as JSON, one file per text, with a fixed reference
date; then, given a folder written before a change, says which records differ::

    python benchmarks/check_same_records.py --write /tmp/perf-before
    # ... change the code ...
    python benchmarks/check_same_records.py --write /tmp/perf-after --compare /tmp/perf-before

It exits 1 when any record differs or is missing. A differing record of a check set (the real-news test
split, the audits' half B) is marked as one, so that nobody reads what changed in it. The real-news and BBC texts are test data beside
the checkout: without ``../shared`` only the samples are written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import wirecoder

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE_DATE = "2026-11-29"


def corpus(limit: int, mixed: int = 0) -> list[tuple[str, Path]]:
    """(name of the record file, text file) for every text of the fixed corpus, in order; with ``mixed``,
    also the first that many texts of each other BBC section (business, entertainment, sport, tech), so
    that a speed change is checked on text that is not politics too."""
    bbc = SHARED / "data" / "news" / "bbc"
    groups = [
        ("samples", sorted((ROOT / "samples").glob("*.txt"))),
        ("realnews", sorted((SHARED / "data" / "realnews").glob("*.txt"))),
        ("bbc", sorted((bbc / "politics").glob("*.txt"))[:limit]),
    ]
    if mixed:
        groups += [(f"bbc-{section}", sorted((bbc / section).glob("*.txt"))[:mixed])
                   for section in ("business", "entertainment", "sport", "tech")]
    return [(f"{group}__{p.stem}.json", p) for group, paths in groups for p in paths]


def coded(pipeline: wirecoder.Pipeline, texts: list[str], chunks: int | None) -> list:
    """The records of ``texts``: through ``extract_many``, or with ``chunks`` as ``ingest`` and a lake's
    shards code them (``wirecoder.ingest.coding.code``: chunks of that many texts, in spaCy memory zones)."""
    if not chunks:
        return list(pipeline.extract_many(texts, reference_date=REFERENCE_DATE))
    from datetime import date

    from wirecoder.ingest.coding import code
    from wirecoder.sources import Document

    out = []
    for first in range(0, len(texts), chunks):
        tasks = [(str(i), Document(text=t)) for i, t in enumerate(texts[first:first + chunks], first)]
        out += [value for _, value, _, _ in code(pipeline, tasks, date.fromisoformat(REFERENCE_DATE))]
    return out


def write(folder: Path, limit: int, chunks: int | None = None, mixed: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    items = corpus(limit, mixed)
    pipeline = wirecoder.load()
    texts = [p.read_text("utf-8", errors="replace") for _, p in items]
    names = []
    for (name, _), result in zip(items, coded(pipeline, texts, chunks), strict=True):
        body = result.to_dict() if isinstance(result, wirecoder.Record) else {"error": str(result)}
        (folder / name).write_text(json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                   "utf-8")
        names.append(name)
    return names


def check_items() -> set[str]:
    """The record names of the corpus's texts that belong to a check set nobody may tune on: the real-news
    test split and the audits' half B (``event_audit.sample()``, alternate articles). A change's diff of
    those records would show their items; the comparison names them so that nobody reads them. Empty
    without ``../shared``."""
    names: set[str] = set()
    splits = SHARED / "data" / "realnews" / "splits.json"
    if splits.is_file():
        names |= {f"realnews__{stem}.json" for stem in json.loads(splits.read_text("utf-8"))["test"]}
    if (SHARED / "data" / "news").is_dir():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from event_audit import half, sample

        names |= {f"bbc__{Path(a.path).stem}.json" for i, a in enumerate(sample())
                  if half(i) == "B" and a.path.startswith("bbc/politics/")}
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, required=True, help="folder to write the records to")
    parser.add_argument("--compare", type=Path, help="folder written before the change")
    parser.add_argument("--limit", type=int, default=150, help="BBC articles (default 150)")
    parser.add_argument("--chunks", type=int, help="code in chunks of this many texts as ingest does "
                                                   "(in spaCy memory zones) instead of one extract_many")
    parser.add_argument("--mixed", type=int, default=0, help="also the first N texts of each other BBC "
                                                             "section (default 0)")
    args = parser.parse_args(argv)
    names = write(args.write, args.limit, args.chunks, args.mixed)
    print(f"check_same_records: wrote {len(names)} records to {args.write}")
    if args.compare is None:
        return 0
    differ = [n for n in names
              if not (args.compare / n).is_file()
              or (args.compare / n).read_bytes() != (args.write / n).read_bytes()]
    held_out = check_items()
    for name in differ:
        # (a record of a check set is named, never shown: its changes must not steer a rule)
        print(f"differs: {name}" + ("  (a check item: real-news test or audit half B; do not read it)"
                                    if name in held_out else ""))
    print(f"check_same_records: {len(names) - len(differ)} of {len(names)} records identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
