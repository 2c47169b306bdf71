"""Lines of the tests and the rule data that repeat the wording of a gold article. ::

    python benchmarks/check_test_wording.py [--min 2] [--all] [--pool]

Why: rules and tests are written from invented examples, never from evaluation data. The hook
``../shared/hooks/gold_quotes.py`` checks the lines a change adds for runs of 6 words; tests written
from an audit's article with only the names swapped slip under it. This check reads every text file
under ``tests/`` (test modules, fixtures, the invented sets' dispatches) and under
``src/wirecoder/data`` (entries and comments) as one stream of lower-cased word tokens, and looks up
each run of 5 words (a 5-gram) in the gold articles:

- the blind audits' sample (``benchmarks/event_audit.sample()``, both halves; the smaller audits take
  their articles from it),
- the real-news set (every ``../shared/data/realnews/*.txt``, dev and test),
- the seed (``../shared/seed/*.txt``),
- PolNeAR dev and test documents, the UniversalPetrarch and PLOVER gold sentences;
- with ``--pool``, also the unannotated tuning pool that ``pool_events.py`` and ``pool_quotes.py`` judge
  (``missing_events.pool()``, all seven blocks: BBC politics and business, fundus-test-data, Reuters-21578,
  AG News). Round 57's merge found two invented dispatches sharing seven words with such articles, which
  the gold sets above do not hold; a tuning set's text may be read, but not restated in a test or a rule.

A 5-gram counts on every line it touches (a dispatch in a test module is often a string cut over
several lines). Printed per line: ``file:line``, the number of shared 5-grams and where they come from
(set and article id). The article and the shared words are printed only for material that may be
read (audit half A, real-news dev, the seed, PolNeAR dev); for check sets (audit half B, real-news
test, PolNeAR test, the event gold sets) only the set and the count. Never an article's text.

Exit 1 when a line shares 2 or more 5-grams (``--min``) with one article, not counting the idioms below;
0 otherwise, and 0 with one line when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
N = 5
# The pool's articles per source over its seven blocks (pool_events.py: --articles 40, then 6 x --more 50)
POOL_PER_SOURCE = 40 + 6 * 50
WORD = re.compile(r"[a-z0-9]+")
# Suffixes of files that hold text.
TEXT_SUFFIXES = {".py", ".txt", ".yaml", ".yml", ".md", ".tsv", ".json", ".jsonl", ".html", ".rss",
                 ".atom", ".sgm", ".csv"}
# Common wording of English news writing that any dispatch may share with any article: such a 5-gram
# is not a sign of copying. Kept short, and written as the 5-word runs the check compares (one a line,
# so that the list itself repeats no longer run of any article).
IDIOMS = (
    # the wire's no-comment and anonymity formulas
    "did not respond to a",
    "not respond to a request",
    "respond to a request for",
    "to a request for comment",
    "did not respond to requests",
    "not respond to requests for",
    "respond to requests for comment",
    "speaking on condition of anonymity",
    "who asked not to be",
    "asked not to be identified",
    # attribution formulas
    "said in a statement on",
    "said in a statement that",
    "said in a statement the",  # round 35: stock formulas the audit sample's second web source shares with
    "ministry said in a statement",  # dispatches written before it joined the sample
    "in response to a question",
    "who did not wish to",
    "did not wish to be",
    "not wish to be named",
    "told a news conference that",
    "a news conference that the",
    "a news conference he said",
    "news conference he said the",
    "in an interview with the",
    "in a letter to the",
    "on a conference call with",
    "a conference call with reporters",
    "told bbc radio 4 s",  # the BBC's interview formula
    "bbc radio 4 s today",
    "radio 4 s today programme",
    "4 s today programme that",
    # time and place phrases
    "for the first time since",
    "at the end of the",
    "by the end of the",
    "before the end of the",
    "the end of the year",
    "the united states and the",
    "the first half of next",
    "first half of next year",
    "must not be forced to",
    # a stock verdict (events/judgements.yaml holds it as praise)
    "was a step in the",
)
# Official names of bodies: a dispatch naming one repeats its words by necessity (the same 5-word runs).
NAMES = (
    "the european court of human",
    "european court of human rights",
    "to the international court of",
    "the international court of justice",
    "the people s republic of",
    "people s republic of china",
    "democratic people s republic of",
    "people s republic of korea",
    "united nations high commissioner for",
    "nations high commissioner for human",
    "high commissioner for human rights",
    "un war crimes tribunal for",
    "war crimes tribunal for the",
    "crimes tribunal for the former",
    "tribunal for the former yugoslavia",
    "organization for economic cooperation and",
    "for economic cooperation and development",
    "general agreement on tariffs and",
    "agreement on tariffs and trade",
    "office of the director of",
    "of the director of national",
    "the director of national intelligence",
    "department of health and social",
    "of health and social care",
    "the health and safety executive",
    "chairman of the joint chiefs",
    "of the joint chiefs of",
    "the joint chiefs of staff",
)


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _idiom_grams() -> set[tuple[str, ...]]:
    return {tuple(_words(run)) for run in IDIOMS + NAMES}


def _built(path: Path) -> bool:
    """An invented set's ``NAME.txt`` and ``NAME.gold.json`` are written by its ``build.py`` from the
    ``dispatches.txt`` beside them, which is scanned instead."""
    return path.name != "dispatches.txt" and (path.parent / "dispatches.txt").is_file()


def scanned_files() -> list[Path]:
    files = []
    for top in (ROOT / "tests", ROOT / "src" / "wirecoder" / "data"):
        for path in sorted(top.rglob("*")):
            if (path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts
                    and not _built(path)):
                files.append(path)
    return files


def file_grams(path: Path) -> dict[tuple[str, ...], set[int]]:
    """Each 5-gram of the file's word stream -> the line numbers (1-based) it touches."""
    words: list[tuple[str, int]] = []
    text = path.read_text("utf-8", errors="replace")
    for lineno, line in enumerate(text.splitlines(), 1):
        if path.suffix == ".py":
            line = line.replace("\\n", " ").replace("\\t", " ")  # escapes are not words
        words += [(w, lineno) for w in _words(line)]
    grams: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i in range(len(words) - N + 1):
        run = words[i:i + N]
        grams[tuple(w for w, _ in run)].update(range(run[0][1], run[-1][1] + 1))
    return grams


def pool_articles():
    """(set name, article id, may its words be printed, text) for every article of the judged pool."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "src"))
    import pool_events
    from missing_events import pool

    for article in pool(set(pool_events.SOURCES), POOL_PER_SOURCE):
        yield "pool", article.path, True, article.text


def gold_articles():
    """(set name, article id, may its words be printed, text) for every gold article."""
    data = SHARED / "data"
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "src"))
    from event_audit import half, sample

    for index, article in enumerate(sample()):
        h = half(index)
        yield f"audit-{h}", article.path, h == "A", article.text
    splits = json.loads((data / "realnews" / "splits.json").read_text("utf-8"))
    dev = set(splits.get("dev", []))
    for path in sorted((data / "realnews").glob("*.txt")):
        readable = path.stem in dev
        yield ("realnews-dev" if readable else "realnews-test"), path.stem, readable, path.read_text(
            "utf-8", errors="replace")
    for path in sorted((SHARED / "seed").glob("*.txt")):
        yield "seed", path.stem, True, path.read_text("utf-8", errors="replace")
    for split in ("dev", "test"):
        path = data / "quotes" / "derived" / f"polnear_{split}.jsonl"
        if path.is_file():
            seen = set()
            for line in path.open(encoding="utf-8"):
                rec = json.loads(line)
                if rec["doc_id"] not in seen:
                    seen.add(rec["doc_id"])
                    yield f"polnear-{split}", rec["doc_id"], split == "dev", rec["text"]
    gsr = data / "event-coding" / "universal-petrarch" / "PETR2_GSR_validation.xml"
    if gsr.is_file():
        for i, m in enumerate(re.finditer(r"<Text>(.*?)</Text>", gsr.read_text(errors="replace"), re.S)):
            yield "universal-petrarch", f"item{i + 1}", False, m.group(1)
    plover = data / "event-coding" / "plover" / "PLOVER_GSR_CAMEO.json"
    if plover.is_file():
        for rec in json.loads(plover.read_text(errors="replace")):
            if isinstance(rec, dict) and rec.get("text"):
                yield "plover", str(rec.get("id", "?")), False, rec["text"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min", type=int, default=2, help="shared 5-grams on a line that fail the check")
    ap.add_argument("--all", action="store_true", help="also list lines with fewer than --min")
    ap.add_argument("--pool", action="store_true", help="also compare with the judged tuning pool's articles")
    args = ap.parse_args(argv)
    if not (SHARED / "data" / "news").is_dir() or not (SHARED / "data" / "realnews").is_dir():
        print(f"skipped: {SHARED / 'data'} is absent")
        return 0

    idioms = _idiom_grams()
    per_file = {}
    wanted: set[tuple[str, ...]] = set()
    for path in scanned_files():
        grams = {g: lines for g, lines in file_grams(path).items() if g not in idioms}
        per_file[path] = grams
        wanted |= grams.keys()
    # 5-gram -> [(set, article, readable)], only for the 5-grams the scanned files hold
    found: dict[tuple[str, ...], list[tuple[str, str, bool]]] = defaultdict(list)
    for name, article, readable, text in (*gold_articles(), *(pool_articles() if args.pool else ())):
        w = _words(text)
        for g in {tuple(w[i:i + N]) for i in range(len(w) - N + 1)} & wanted:
            found[g].append((name, article, readable))

    failing: set[str] = set()
    for path, grams in per_file.items():
        # (file line, set, article) -> shared 5-grams
        hits: dict[tuple[int, str, str, bool], set[tuple[str, ...]]] = defaultdict(set)
        for g, lines in grams.items():
            for name, article, readable in found.get(g, ()):
                for line in lines:
                    hits[line, name, article, readable].add(g)
        for (line, name, article, readable), shared in sorted(hits.items()):
            fails = len(shared) >= args.min
            where = f"{path.relative_to(ROOT)}:{line}"
            if fails:
                failing.add(where)
            if fails or args.all:
                words = ("  | " + "; ".join(sorted(" ".join(g) for g in shared))) if readable else ""
                # a check set's article is not named: its line is reworded without reading the article
                source = f"{name} {article}" if readable else f"{name} (a check set: reword without reading it)"
                print(f"{where}: {len(shared)} shared 5-grams with {source}{words}")
    print(f"{len(failing)} line(s) share {args.min} or more 5-grams with a gold article "
          f"({len(per_file)} files scanned)")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
