"""Precision audit of event coding on real news nobody tuned on. ::

    python benchmarks/event_audit.py [--half A|B|all] [--show all|unjudged|wrong|none]
    python benchmarks/event_audit.py --record VERDICTS.tsv   # add judgements for the numbered printout
    python benchmarks/event_audit.py --by-rule --show none   # precision per provenance (event_rules.py)

Why: the real-news set's test split may not be read, and precision on its dev split did not carry to
new text. So wirecoder is run on a fixed sample of other real news from ``../shared/data/news`` and
every event it prints is judged by hand, by the rules of ``../shared/data/realnews/GUIDE.md`` (an
event is right when its source, target and CAMEO root are all right, and it happened or was said).

The sample (fixed, no gold involved; articles the real-news set took, dev and test alike, are
excluded by the ``origin`` of each ``realnews/*.gold.json``):

- 130 BBC politics articles (``bbc/politics/*.txt``): the files ordered by the SHA-256 of
  ``"wirecoder-audit-1:" + path``, first 130 (50 until round 10, 80 until round 18, 100 until round 22; each enlargement
  added the next ones of the same order);
- 56 Reuters-21578 records with many political words (at least 5 hits of ``POLITICAL`` below in the
  body; ordered by the same hash of ``path#NEWID``, first 56: 24 until round 10, 36 until round 18, 44 until round 22,
  each enlargement adding the next ones), coded on their DATE;
- 24 web pages of ``fundus-evaluation`` (the gold body paragraphs of the HTML pages, not the HTML, so
  that extraction errors do not count as event errors), with at least 5 political words, ordered by
  the same hash, first 24 (only 22 pages qualify, so all of them), coded on their crawl date;
- since round 35 (for the recall audits' round 14, when the rounds had used up every fundus page), 24
  web pages of ``article-extraction-benchmark`` (the ``articleBody`` of ``ground-truth.json``, unchanged:
  news and opinion pages of 2018-2019 from US, British, Indian, Arab and Russian sites) with at least 5
  political words, ordered by the same hash of ``article-extraction-benchmark/<sha256>``, first 24 (25
  qualify; an even number keeps any later group's halves). No date is given with them (``published``
  None). This source is in no gold set but the real-news set's 5 (excluded by ``origin``) and in no
  tuning pool (``missing_events.pool()``, the pool samples, take BBC, Reuters, fundus-test-data and
  ag_news only), so nobody tuned on it. Appended after the 208 articles above, so every earlier
  article keeps its place and half (the first added page is the 209th: half A). The precision audit
  below (``main``) does not run them: its judged sample stays the first 208 (``JUDGED_GROUPS``).

Halves: the sample in the order above is split by alternate articles: A = 1st, 3rd, 5th ...,
B = 2nd, 4th, ... Rules are fixed from half A's errors only; half B is the check nobody tuned on.
Enlarging the sample in round 10 kept every earlier article in its half: the 30 BBC articles added
and the 12 Reuters records added (even numbers both) shift the later groups by an even number of
places. Round 18's enlargement (20 BBC articles, 8 Reuters records) and round 22's (30 BBC articles,
12 Reuters records) did the same; the smaller audits
(``event_recall_audit.py``, ``quote_audit.py``, ``actor_audit.py``) take the first articles of each
group in the same order, so their choice is unchanged. Each enlargement's new events were judged
by hand (half B's, and those a later change made unjudged, by a judge who made no rule: last after the
enlargement to 130 BBC and 56 Reuters, round 22's 46 half-B events), so that half B stays a full check.

Judgements live in ``benchmarks/audit/events_judged.jsonl``, one event a line: the article path
(relative to ``../shared/data/news``), the trigger's character offsets and a hash of the event's
sentence, source, target, CAMEO code and root as printed, the verdict ``right``/``wrong`` and, for a
wrong one, the error class. No article text is stored. An event counts as judged when article,
trigger offsets, source, target and root all match a line; a changed event is unjudged until judged.
Precision = right / judged, per half; unjudged events are listed so they can be judged.
Needs ``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
NEWS = SHARED / "news"
JUDGED = Path(__file__).resolve().parent / "audit" / "events_judged.jsonl"
SEED = "wirecoder-audit-1:"
# sample sizes (BBC and Reuters were 50 and 24 until round 10, 80 and 36 until round 18, 100 and 44
# until round 22; even steps keep the halves)
BBC_N, REUTERS_N, WEB_N = 130, 56, 24
# round 35: the second web source (article-extraction-benchmark), appended after the others for the recall
# audits' round 14
WEB2_N = 24
# the groups the precision audit (``main``) judges; the second web source is only in the recall audits
JUDGED_GROUPS = ("bbc/", "reuters21578/", "fundus-evaluation/")
POLITICAL = re.compile(
    r"\b(minister|president|government|talks|summit|sanctions?|troops|military|embassy|diplomat\w*|"
    r"accused|condemned|protest\w*|attack\w*|police|election|parliament|treaty|war|opposition)\b", re.I)
CLASSES = ("target", "source", "sense", "factuality", "not-an-event", "not-political", "duplicate",
           "root", "reported-accusation", "quote-speaker")


@dataclass
class Article:
    path: str  # relative to ../shared/data/news (with #NEWID for a Reuters record)
    text: str
    published: str | None = None


def _order(key: str) -> str:
    return hashlib.sha256((SEED + key).encode()).hexdigest()


def _taken() -> set[str]:
    """The corpus files and records the real-news set took (its ``origin`` fields)."""
    taken = set()
    for gold in (SHARED / "realnews").glob("*.gold.json"):
        origin = json.loads(gold.read_text("utf-8")).get("origin")
        if origin:
            taken.add(origin)
    return taken


def sample() -> list[Article]:
    taken = _taken()
    bbc = sorted((p for p in (NEWS / "bbc" / "politics").glob("*.txt")
                  if f"bbc/politics/{p.name}" not in taken), key=lambda p: _order(f"bbc/politics/{p.name}"))
    articles = [Article(f"bbc/politics/{p.name}", p.read_text("utf-8", errors="replace")) for p in bbc[:BBC_N]]

    from wirecoder.sources import Document
    from wirecoder.sources.sgml import read_reuters_sgml
    reuters = []
    for sgm in sorted((NEWS / "reuters21578" / "sgm-data").glob("*.sgm")):
        for doc in read_reuters_sgml(sgm):
            if not isinstance(doc, Document):
                continue
            path = f"reuters21578/{sgm.name}#NEWID={doc.meta.get('newid')}"
            if path not in taken and len(POLITICAL.findall(doc.text)) >= 5:
                reuters.append(Article(path, doc.text, doc.meta.get("published")))
    articles += sorted(reuters, key=lambda a: _order(a.path))[:REUTERS_N]

    truth = json.loads((NEWS / "fundus-evaluation" / "ground_truth.json").read_text("utf-8"))
    web = []
    for name, page in truth.items():
        path = f"fundus-evaluation/{name}"
        text = "\n\n".join(page["body"])
        if path not in taken and len(POLITICAL.findall(text)) >= 5:
            web.append(Article(path, text, page.get("crawl_date", "")[:10] or None))
    articles += sorted(web, key=lambda a: _order(a.path))[:WEB_N]

    # round 35: web pages of a second source, as the recall audits' rounds had used every fundus page
    benchmark = json.loads((NEWS / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8"))
    web2 = []
    for name, page in benchmark.items():
        path = f"article-extraction-benchmark/{name}"
        text = page["articleBody"]
        if path not in taken and len(POLITICAL.findall(text)) >= 5:
            web2.append(Article(path, text))
    articles += sorted(web2, key=lambda a: _order(a.path))[:WEB2_N]
    return articles


def half(index: int) -> str:
    return "A" if index % 2 == 0 else "B"


def sentence_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def load_judged(path: Path = JUDGED) -> dict[tuple, dict]:
    judged = {}
    if path.is_file():
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                judged[(j["article"], tuple(j["trigger"]), j["source"], j["target"], j["root"])] = j
    return judged


def shared_absent() -> bool:
    """True (after one line saying so) when the news corpora or the real-news set are not beside the
    checkout: every audit then skips cleanly."""
    if (NEWS / "bbc").is_dir() and (SHARED / "realnews").is_dir():
        return False
    print(f"skipped: {NEWS} or {SHARED / 'realnews'} is absent")
    return True


def first_per_half(per_half: dict[str, int]) -> list[tuple[str, Article]]:
    """(half, article) for the first ``per_half[prefix]`` articles of each path prefix in each half,
    in the sample's order: the smaller audits (quotes, actors) take their articles this way."""
    taken: Counter[tuple[str, str]] = Counter()
    chosen = []
    for index, article in enumerate(sample()):
        h = half(index)
        prefix = next((k for k in per_half if article.path.startswith(k)), None)
        if prefix is None:  # a group the audit takes none of (round 35's second web source)
            continue
        if taken[h, prefix] < per_half[prefix]:
            taken[h, prefix] += 1
            chosen.append((h, article))
    return chosen


def append_judgements(path: Path, lines: list[dict]) -> None:
    """Appends the verdicts just recorded to a judged file (one JSON object a line) and says how many."""
    if not lines:
        return
    path.parent.mkdir(exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        for j in lines:
            out.write(json.dumps(j, ensure_ascii=False) + "\n")
    print(f"recorded {len(lines)} judgements in {path}")


def read_verdicts(path: Path | None, fields: int) -> dict[int, tuple[str, ...]]:
    """The hand verdicts of a ``--record`` TSV: printout number -> its next ``fields`` columns
    (stripped, empty where absent)."""
    verdicts: dict[int, tuple[str, ...]] = {}
    for line in path.read_text("utf-8").splitlines() if path else ():
        parts = [p.strip() for p in line.split("\t")] + [""] * fields
        if parts[0].isdigit() and (fields < 2 or parts[1]):
            verdicts[int(parts[0])] = tuple(parts[1:1 + fields])
    return verdicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--show", choices=("all", "unjudged", "wrong", "none"), default="unjudged")
    ap.add_argument("--by-rule", action="store_true",
                    help="precision per provenance (the rules that named each side): per pair of rules for half A, "
                         "per rule (totals only) for half B")
    ap.add_argument("--record", type=Path, help="TSV of 'number<TAB>right|wrong<TAB>class' for the printout")
    args = ap.parse_args(argv)
    if args.record and args.half != "all":
        ap.error("--record numbers the printout of --half all; drop --half")  # numbers differ per half
    if shared_absent():
        return 0

    import wirecoder
    from wirecoder.sources import Document

    pipeline = wirecoder.load()
    judged = load_judged()
    verdicts = read_verdicts(args.record, 2)
    counts: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    classes: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    new_lines = []
    number = 0
    printed: set[tuple] = set()
    halves: dict[str, str] = {}
    by_rule: dict[str, list[tuple[str, str, str]]] = {"A": [], "B": []}  # (source rule, target rule, verdict)
    for index, article in enumerate(sample()):
        h = half(index)
        halves[article.path] = h
        if args.half not in ("all", h) or not article.path.startswith(JUDGED_GROUPS):
            continue
        record = pipeline.extract(Document(text=article.text, source=article.path),
                                  reference_date=article.published)
        if args.by_rule:
            import event_rules
            why = dict((id(e), p) for e, p in event_rules.with_provenance(pipeline, record))
        for event in record.events:
            number += 1
            key = (article.path, tuple(event.trigger), event.source, event.target, event.root)
            sentence = record.text[event.span[0]:event.span[1]]
            printed.add(key)
            j = judged.get(key)
            if j is None and number in verdicts:
                verdict, cls = verdicts[number]
                j = {"article": article.path, "trigger": list(event.trigger), "sentence": sentence_hash(sentence),
                     "source": event.source, "target": event.target, "cameo": event.cameo, "root": event.root,
                     "verdict": verdict, "class": cls if verdict == "wrong" else ""}
                new_lines.append(j)
            state = j["verdict"] if j else "unjudged"
            if args.by_rule and j:
                by_rule[h].append((why[id(event)].source_rule, why[id(event)].target_rule, state))
            counts[h][state] += 1
            if j and state == "wrong":
                classes[h][j["class"]] += 1
            if args.show == "all" or (args.show == "unjudged" and not j) or (args.show == "wrong" and state == "wrong"):
                trigger = record.text[event.trigger[0]:event.trigger[1]]
                mark = f"{state}{' ' + j['class'] if j and j['class'] else ''}"
                print(f"#{number} [{h}] {article.path} {event.source} -> {event.target} {event.cameo} "
                      f"({event.root}) \"{trigger}\" [{mark}]\n    {' '.join(sentence.split())}")
    append_judgements(JUDGED, new_lines)
    print("event precision audit (judged by GUIDE.md; rules were fixed from half A only, half B is the check)")
    for h in ("A", "B"):
        c = counts[h]
        if args.half not in ("all", h):
            continue
        judged_n = c["right"] + c["wrong"]
        p = c["right"] / judged_n if judged_n else 0.0
        wrong = ", ".join(f"{k or '?'} {n}" for k, n in classes[h].most_common())
        print(f"half {h}{' (check)' if h == 'B' else ' (tuning)'}: precision {p:.3f} "
              f"({c['right']} right / {judged_n} judged), {c['unjudged']} unjudged; wrong by class: {wrong or '-'}")
        # judged events the current code no longer prints: the right ones are what a change lost
        if args.by_rule:
            import event_rules
            # half B, the check: totals per rule only (no pairs, no events, no sentences)
            for key in (("pair",) if h == "A" else ()) + ("source", "target"):
                event_rules.print_table(f"  half {h} by {key} rule (right / judged):", event_rules.counts(by_rule[h], key))
        gone = Counter(j["verdict"] for key, j in judged.items() if halves.get(key[0]) == h and key not in printed)
        print(f"  judged events no longer printed: {gone['right']} right, {gone['wrong']} wrong")
        if args.show != "none" and h == "A":  # half B, the check, prints totals only, even here
            for key, j in judged.items():
                if halves.get(key[0]) == h and key not in printed and j["verdict"] == "right":
                    print(f"  lost right event: {key[0]} {key[2]} -> {key[3]} {j['cameo']} at {list(key[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
