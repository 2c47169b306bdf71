"""Is a record a function of its article alone, whatever was coded before it in the same process?

Codes the first N articles of the news pool (``pool_quotes.articles()``: the tuning pool's BBC,
fundus, Reuters-21578 and AG News articles in its fixed order) or of BBC politics (``--bbc``) three
ways, each from the same freshly loaded pipeline (a forked child per run, so no run sees another's
state): in order, in reversed order, and, for a sample of them, each alone. Then it counts the
articles whose record differs between the runs, compared as ``check_same_records.py`` compares
them (the record's JSON, keys sorted, with its fixed reference date)::

    python benchmarks/check_order.py [--limit 100] [--alone 10] [--bbc | --web] [--one] [--chunks K]

``--one`` codes each article by ``Pipeline.extract`` (as the pool scripts do) instead of one
``extract_many`` batch; ``--chunks K`` codes the two runs as ``ingest`` does (chunks of K texts, each
after the first in a spaCy memory zone), while the articles coded alone go through ``extract_many``. It exits 1 when any record differs. The pool is a tuning set, so a differing
article is named (``--show`` prints which fields differ). Skips cleanly without ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_same_records import REFERENCE_DATE, SHARED, coded  # noqa: E402


def articles(limit: int, bbc: bool, web: bool = False) -> list[tuple[str, str]]:
    """(name, text) of the first ``limit`` articles of the pool, of BBC politics, or of the pool's web
    pages (``speaker_diff.web_pages()``: fundus-evaluation and article-extraction-benchmark pages that no
    audit uses)."""
    if web:
        import speaker_diff

        return [(a.path, a.text) for a in speaker_diff.web_pages()][:limit]
    if bbc:
        paths = sorted((SHARED / "data" / "news" / "bbc" / "politics").glob("*.txt"))[:limit]
        return [(f"bbc/politics/{p.name}", p.read_text("utf-8", errors="replace")) for p in paths]
    import pool_quotes

    return [(a.path, a.text) for _, a in pool_quotes.articles()][:limit]


def _records(pipeline, texts: list[str], one: bool, chunks: int | None = None) -> list[str]:
    """Each text's record as sorted JSON (an input error as its message)."""
    if one:
        results = [pipeline.extract(t, reference_date=REFERENCE_DATE) for t in texts]
    else:
        results = coded(pipeline, texts, chunks)
    import wirecoder

    return [json.dumps(r.to_dict() if isinstance(r, wirecoder.Record) else {"error": str(r)},
                       ensure_ascii=False, sort_keys=True) for r in results]


def in_child(pipeline, texts: list[str], one: bool, chunks: int | None = None) -> list[str]:
    """The records of ``texts``, coded in a forked child of this process: the child starts from this
    process's state (a pipeline that has coded nothing) and its state dies with it."""
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as fh:
        out = Path(fh.name)
    pid = os.fork()
    if pid == 0:  # the child
        try:
            out.write_bytes(pickle.dumps(_records(pipeline, texts, one, chunks)))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    try:
        return pickle.loads(out.read_bytes())
    finally:
        out.unlink()


def _fields(a: str, b: str) -> list[str]:
    x, y = json.loads(a), json.loads(b)
    return sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="articles (default 100)")
    parser.add_argument("--alone", type=int, default=10, help="of them, how many to code alone as well "
                                                               "(evenly spread; default 10)")
    parser.add_argument("--bbc", action="store_true", help="BBC politics instead of the pool")
    parser.add_argument("--web", action="store_true", help="the pool's web pages instead (speaker_diff.py's)")
    parser.add_argument("--one", action="store_true", help="Pipeline.extract per article, not extract_many")
    parser.add_argument("--chunks", type=int, help="code the runs in order and reversed in chunks of this many "
                                                   "texts as ingest does (spaCy memory zones after the first)")
    parser.add_argument("--show", action="store_true", help="name the record fields that differ")
    args = parser.parse_args(argv)
    if not (SHARED / "data" / "news").is_dir():
        print("check_order: ../shared/data/news is absent; skipped")
        return 0
    import wirecoder

    items = articles(args.limit, args.bbc, args.web)
    names, texts = [n for n, _ in items], [t for _, t in items]
    pipeline = wirecoder.load()
    forward = in_child(pipeline, texts, args.one, args.chunks)
    backward = in_child(pipeline, texts[::-1], args.one, args.chunks)[::-1]
    step = max(1, len(texts) // args.alone) if args.alone else 0
    sample = list(range(len(texts) - 1, -1, -step))[:args.alone] if step else []
    alone = {i: in_child(pipeline, [texts[i]], args.one)[0] for i in sample}

    reversed_differ = [i for i in range(len(texts)) if forward[i] != backward[i]]
    alone_differ = [i for i in sample if alone[i] != forward[i] or alone[i] != backward[i]]
    for i in reversed_differ:
        print(f"differs in order vs reversed: {names[i]}" + (f"  {_fields(forward[i], backward[i])}" if args.show else ""))
    for i in alone_differ:
        print(f"differs alone vs in a run: {names[i]}")
    print(f"check_order: {len(texts)} articles ({'extract' if args.one else f'chunks of {args.chunks}' if args.chunks else 'extract_many'}): "
          f"{len(reversed_differ)} records differ between order and reversed order; "
          f"{len(alone_differ)} of {len(sample)} coded alone differ from a run")
    return 1 if reversed_differ or alone_differ else 0


if __name__ == "__main__":
    sys.exit(main())
