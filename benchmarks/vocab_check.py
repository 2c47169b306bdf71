"""What does wirecoder print for given words on the unannotated pool? (issue 9, round 25 vocabulary)

A check for new pattern lemmas, not a gold measure: it takes the pool of ``missing_events.py`` (real
news no gold set uses), keeps the articles whose text has one of the given words (a regular
expression on word starts, so "shell" also finds "shelled"), runs wirecoder on them and lists every
event whose trigger text has one of the words, with its code, actors and sentence, so that each new
lemma can be judged by hand (right N of M) before it is kept. ::

    python benchmarks/vocab_check.py WORD [WORD ...] [--source all] [--limit 400] [--max 40]

Skips cleanly (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402
import missing_events  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("words", nargs="+", help="word starts, e.g. shell recapture arrest")
    ap.add_argument("--source", default="all", choices=("bbc", "fundus", "reuters", "agnews", "all"))
    ap.add_argument("--limit", type=int, default=400, help="articles per source")
    ap.add_argument("--max", type=int, default=40, help="articles to run at most")
    args = ap.parse_args(argv)
    if event_audit.shared_absent():
        return 0
    import wirecoder
    from wirecoder.sources import Document

    word = re.compile(r"\b(" + "|".join(re.escape(w) for w in args.words) + r")", re.I)
    sources = {"bbc", "fundus", "reuters", "agnews"} if args.source == "all" else {args.source}
    articles = [a for a in missing_events.pool(sources, args.limit) if word.search(a.text)][: args.max]
    pipeline = wirecoder.load()
    found = 0
    for article in articles:
        try:
            record = pipeline.extract(Document(text=article.text, source=article.path),
                                      reference_date=article.published)
        except Exception:
            continue
        for e in record.events:
            trigger = record.text[e.trigger[0]:e.trigger[1]]
            if not word.search(trigger):
                continue
            found += 1
            start = record.text.rfind("\n", 0, e.span[0]) + 1
            sentence = " ".join(record.text[max(start, e.span[0] - 120):e.span[1] + 60].split())
            print(f"{e.cameo:>5} {e.source} -> {e.target}  [{trigger}]  {article.path}\n      {sentence}")
    print(f"{len(articles)} articles with the words, {found} events on them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
