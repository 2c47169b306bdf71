"""Which quotes did a change give to another speaker, and which tree was right? A blind judged diff.

Round 34 lowered attribution on the real-news test split while no dev, audit or pool figure moved;
this script lists, over a large sample of the unannotated news pool, every quote whose speaker
differs between two trees, prints each one **blind** (the two speakers as A and B in a seeded
random order, never as old and new), takes a verdict per item, and only then says which tree gave
which speaker. Steps::

    # 1. the quotes of each tree (run with that tree's src first on PYTHONPATH)
    PYTHONPATH=/path/old/src python benchmarks/speaker_diff.py write --out /tmp/old.jsonl
    PYTHONPATH=src python benchmarks/speaker_diff.py write --out /tmp/new.jsonl
    # 2. the blind list (numbered; no tree named)
    python benchmarks/speaker_diff.py blind /tmp/old.jsonl /tmp/new.jsonl > /tmp/blind.txt
    # 3. judge each number by ../shared/data/realnews/GUIDE.md: 'N<TAB>A|B|both|neither<TAB>note'
    # 4. unblind and count (writes the judged list)
    python benchmarks/speaker_diff.py tally /tmp/old.jsonl /tmp/new.jsonl VERDICTS.tsv
    # 5. which first-parent commit made each change (its tree's quotes of the changed articles)
    PYTHONPATH=/path/commit/src python benchmarks/speaker_diff.py write --out C.jsonl --paths CHANGED.txt

The pool is ``missing_events.pool`` (news that no gold set and no audit uses: BBC politics and
business, English fundus pages, political Reuters-21578 records, AG News World items), ``--limit``
articles a source (default 170: about 800 articles). It is a tuning set: its items may be read.
A quote of one tree matches one of the other when their content spans overlap by Jaccard >= 0.5
(characters), as GUIDE.md scores; its speaker changed when the speaker's actor id differs, or, with
no actor on either side, the speaker's name (lower case) differs. Quotes found by one tree only are
counted, not listed (quote finding is not this script's business).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wirecoder.evaluation.news import jaccard  # noqa: E402  (GUIDE.md's character Jaccard of two spans)

SOURCES = ("bbc", "fundus", "reuters", "agnews")
SEED = "wirecoder-speaker-diff-35:"


def web_pages() -> list:
    """The web pages of ../shared/data/news that no gold set and no audit uses: article-extraction-benchmark's
    (news and blogs of NYT, WSJ, AP, BBC, CNN, Al Jazeera ...) and fundus-evaluation's outside the audit sample
    (AP, Reuters, CNBC, Guardian ... of 2024), by their gold body text; closer to the real-news set's modern
    agency copy than the 2004 BBC and 1987 Reuters of the pool."""
    import event_audit
    taken = event_audit._taken() | {a.path for a in event_audit.sample()}
    news = event_audit.NEWS
    out = []
    for key, page in json.loads((news / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8")).items():
        path = f"article-extraction-benchmark/{key}"
        if path not in taken and (page.get("articleBody") or "").strip():
            out.append(event_audit.Article(path, page["articleBody"]))
    for key, page in json.loads((news / "fundus-evaluation" / "ground_truth.json").read_text("utf-8")).items():
        path = f"fundus-evaluation/{key}"
        if path not in taken:
            out.append(event_audit.Article(path, "\n\n".join(page["body"]), page.get("crawl_date", "")[:10] or None))
    return sorted(out, key=lambda a: event_audit._order(a.path))


def pool(limit: int) -> list:
    import missing_events
    return missing_events.pool(set(SOURCES), limit) + web_pages()


def write(out: Path, limit: int, paths: set[str] | None) -> int:
    import wirecoder
    from wirecoder.sources import Document

    pipeline = wirecoder.load()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for article in pool(limit):
            if paths is not None and article.path not in paths:
                continue
            record = pipeline.extract(Document(text=article.text, source=article.path),
                                      reference_date=article.published)
            names = {a.id: a.name for a in record.actors}
            quotes = []
            for q in record.quotes:
                s = q.speaker
                quotes.append({"span": list(q.span), "kind": q.kind,
                               "speaker": s.name if s else None, "actor": s.actor if s else None,
                               "actor_name": names.get(s.actor) if s and s.actor else None,
                               "sspan": list(s.span) if s and s.span else None,
                               "cue": q.cue.text if q.cue else None})
            fh.write(json.dumps({"path": article.path, "quotes": quotes}, ensure_ascii=False) + "\n")
            n += 1
    return n


def load(path: Path) -> dict[str, list[dict]]:
    return {d["path"]: d["quotes"] for d in map(json.loads, path.read_text("utf-8").splitlines())}


def _who(q: dict) -> str:
    return (q["actor"] or "") if q["actor"] else "~" + (q["speaker"] or "").lower()


def changes(old: dict, new: dict) -> tuple[list[tuple[str, dict, dict]], Counter]:
    """(path, old quote, new quote) for every matched quote whose speaker changed, in pool order, then every
    quote one tree joined or split (no match by Jaccard >= 0.5) whose words overlap a quote of the other tree with another speaker: GUIDE.md scores each gold quote against its best-overlapping prediction,
    so a join can hand a second speaker's words to the first ("span changed"). Also counts of matched,
    changed, span-changed, only-old and only-new quotes."""
    out, joined, counts = [], [], Counter()
    for path in old:
        if path not in new:
            continue
        used, lone = set(), []
        for q in old[path]:
            best = max(((i, jaccard(q["span"], p["span"])) for i, p in enumerate(new[path]) if i not in used),
                       key=lambda t: t[1], default=(None, 0.0))
            if best[1] < 0.5:
                counts["only old"] += 1
                lone.append(q)
                continue
            used.add(best[0])
            p = new[path][best[0]]
            counts["matched"] += 1
            if _who(q) != _who(p):
                counts["changed"] += 1
                out.append((path, q, p))
        counts["only new"] += len(new[path]) - len(used)
        lone_new = [p for i, p in enumerate(new[path]) if i not in used]
        for q in old[path]:
            for p in new[path]:
                if (any(q is x for x in lone) or any(p is x for x in lone_new)) \
                        and jaccard(q["span"], p["span"]) > 0 and _who(q) != _who(p):
                    counts["span changed"] += 1
                    joined.append((path, q, p))
    return out + joined, counts


def lone(old: dict, new: dict) -> list[tuple[str, str, dict, dict | None]]:
    """(path, tree, quote, the other tree's quote that overlaps it most or None) for every quote of one tree with no
    match in the other (Jaccard < 0.5 with all): quotes a change found, lost, joined or split. Their speakers count
    too: a quote newly found with a wrong speaker lowers attributed precision (its TP is found, not attributed).
    In a seeded order that mixes the two trees, so that each can be judged without knowing whose it is."""
    out = []
    for path in old:
        if path not in new:
            continue
        for tree, mine, other in (("old", old[path], new[path]), ("new", new[path], old[path])):
            for q in mine:
                best = max(other, key=lambda p: jaccard(q["span"], p["span"]), default=None)
                if best is None or jaccard(q["span"], best["span"]) < 0.5:
                    overlap = best if best is not None and jaccard(q["span"], best["span"]) > 0 else None
                    out.append((path, tree, q, overlap))
    return sorted(out, key=lambda t: hashlib.sha256((SEED + t[0] + repr(t[2]["span"]) + t[1]).encode()).hexdigest())


def _texts() -> dict[str, str]:
    return {a.path: a.text for a in pool(10_000)}


def _flipped(path: str, q: dict) -> bool:
    """Whether the old tree's speaker is shown as B (seeded, so the order is fixed but blind)."""
    return hashlib.sha256((SEED + path + repr(q["span"])).encode()).digest()[0] % 2 == 1


def _context(text: str, q: dict, p: dict) -> str:
    spans = [q["span"]] + [s["sspan"] for s in (q, p) if s["sspan"]]
    start = min(s[0] for s in spans)
    end = max(s[1] for s in spans)
    cut = text.rfind("\n\n", 0, start)
    para_start = max(cut + 2 if cut >= 0 else 0, start - 500)
    para_end = text.find("\n\n", end)
    para_end = min(para_end if para_end >= 0 else len(text), end + 250)
    a, b = q["span"]
    body = text[para_start:a] + "[[" + text[a:b] + "]]" + text[b:para_end]
    return " ".join(body.split())


def _side(q: dict) -> str:
    where = f"@{q['sspan'][0]}" if q["sspan"] else ""
    return f"{q['speaker']!r}{where} actor={q['actor']} ({q['actor_name']}) cue={q['cue']!r}"


def blind(old: dict, new: dict) -> None:
    listed, counts = changes(old, new)
    texts = _texts()
    print(f"# {counts['matched']} matched quotes, {counts['changed']} with another speaker, "
          f"{counts['span changed']} joined or split with another speaker (only in one tree: {counts['only old']} / "
          f"{counts['only new']}, the rest not listed)")
    for n, (path, q, p) in enumerate(listed, 1):
        a, b = (p, q) if _flipped(path, q) else (q, p)
        text = texts[path]
        print(f"\n[{n}] {path} quote {q['span']}\n    {_context(text, q, p)}\n"
              f"    A: {_side(a)}\n    B: {_side(b)}")
    items = lone(old, new)
    print(f"\n# {len(items)} quotes printed by one tree only (which one is not said): is it a quote, is its speaker "
          f"right? ('L<n><TAB>right|wrong|no<TAB>note')")
    for n, (path, _tree, q, other) in enumerate(items, 1):
        near = f"the other tree prints an overlapping quote {other['span']} by {_side(other)}" if other \
            else "the other tree prints nothing overlapping"
        print(f"\n[L{n}] {path} quote {q['span']}\n    {_context(texts[path], q, q)}\n    speaker: {_side(q)}\n"
              f"    ({near})")


def _has(quotes: list[dict], q: dict) -> bool:
    """Whether ``quotes`` hold ``q``: a quote over the same words (Jaccard >= 0.5) with the same speaker."""
    return any(jaccard(q["span"], p["span"]) >= 0.5 and _who(p) == _who(q) for p in quotes)


def _first_step(steps: list[tuple[str, dict]], path: str, q: dict, present: bool) -> str:
    """The first of the trees ``steps`` (in commit order, between the old tree and the new) whose quotes of ``path``
    hold ``q`` (``present``) or no longer hold it: the change that made the item ('new' when none did)."""
    for label, quotes in steps:
        if path in quotes and _has(quotes[path], q) == present:
            return label
    return "new"


def tally(old: dict, new: dict, verdicts: Path, text: bool = False, steps: list | None = None) -> None:
    listed, counts = changes(old, new)
    items = lone(old, new)
    texts = _texts() if text else {}
    judged = {}
    for line in verdicts.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            judged[parts[0]] = (parts[1].strip(), parts[2].strip() if len(parts) > 2 else "")
    result, lone_result = Counter(), Counter()
    lines = []
    for n, (path, q, p) in enumerate(listed, 1):
        verdict, note = judged.get(str(n), ("unjudged", ""))
        flipped = _flipped(path, q)
        if verdict in ("A", "B"):
            new_right = (verdict == "B") != flipped
            outcome = "better" if new_right else "worse"
        else:
            outcome = {"both": "same (both right)", "neither": "same (both wrong)"}.get(verdict, "unjudged")
        result[outcome] += 1
        made = f" [made by {_first_step(steps, path, p, True)}]" if steps else ""
        lines.append(f"\n[{n}] {outcome}{made}: judged {verdict} (A was the {'new' if flipped else 'old'} tree) "
                     f"{note}\n    {path} quote {q['span']}\n" + (f"    {_context(texts[path], q, p)}\n" if text else "")
                     + f"    old: {_side(q)}\n    new: {_side(p)}")
    for n, (path, tree, q, other) in enumerate(items, 1):
        verdict, note = judged.get(f"L{n}", ("unjudged", ""))
        lone_result[f"{tree} tree only: {verdict}"] += 1
        near = f"the other tree: {other['span']} by {_side(other)}" if other else "the other tree: nothing overlapping"
        made = f" [made by {_first_step(steps, path, q, tree == 'new')}]" if steps else ""
        lines.append(f"\n[L{n}] {tree} tree only{made}, judged {verdict} {note}\n    {path} quote {q['span']}\n"
                     + (f"    {_context(texts[path], q, q)}\n" if text else "") + f"    speaker: {_side(q)}\n    ({near})")
    print(f"# {counts['matched']} matched quotes, {counts['changed']} with another speaker, "
          f"{counts['span changed']} joined or split with another speaker (only in one tree: {counts['only old']} / "
          f"{counts['only new']})")
    print("# speaker changes, the new tree's speaker: " + ", ".join(f"{k} {v}" for k, v in result.most_common()))
    print("# quotes of one tree only (right = a quote with the right speaker, wrong = a quote with a wrong speaker, "
          "no = not a quote): " + ", ".join(f"{k} {v}" for k, v in sorted(lone_result.items())))
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    w = sub.add_parser("write")
    w.add_argument("--out", type=Path, required=True)
    w.add_argument("--limit", type=int, default=170)
    w.add_argument("--paths", type=Path, help="only these articles (one path a line)")
    for name in ("blind", "tally"):
        s = sub.add_parser(name)
        s.add_argument("old", type=Path)
        s.add_argument("new", type=Path)
        if name == "tally":
            s.add_argument("verdicts", type=Path)
            s.add_argument("--step", action="append", default=[], metavar="LABEL=FILE",
                           help="the quotes ('write --paths' of the changed articles) of a tree between old and new, "
                                "in commit order: each item then names the first step that made it")
            s.add_argument("--text", action="store_true",
                           help="print each item's context too (not in the committed list: the pool's texts stay "
                                "in ../shared, see ../shared/data/news/SOURCES.md)")
    args = ap.parse_args(argv)
    if args.step == "write":
        paths = set(args.paths.read_text("utf-8").split("\n")) - {""} if args.paths else None
        print(f"speaker_diff: {write(args.out, args.limit, paths)} articles written to {args.out}")
    elif args.step == "blind":
        blind(load(args.old), load(args.new))
    else:
        steps = [(label, load(Path(file))) for label, file in (x.split("=", 1) for x in args.step)]
        tally(load(args.old), load(args.new), args.verdicts, args.text, steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
