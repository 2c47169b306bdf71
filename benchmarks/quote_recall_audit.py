"""Recall audit of quote extraction on real news nobody tuned on. ::

    python benchmarks/quote_recall_audit.py [--half A|B|all] [--round 3|4|5|6|7|8|9|10|11|12|13|14|15|16|all] [--show misses|spurious|all|none]
    python benchmarks/quote_recall_audit.py --classes   # wrong speakers by class, totals per half

Why: ``quote_audit.py`` judges only the quotes wirecoder prints, so it cannot see what it misses, and
the real-news set's test split may not be read. Here every quote of the articles of the event recall
audit's rounds 3 to 16 (``event_recall_audit.round_articles(sample(), earlier, n)``; round 3: 14
articles, 7 per half of ``event_audit.sample()``; rounds 4 to 15: 12 articles each, 6 per half; round 16: 6, 3 per half;
``earlier`` = the articles of the rounds before) was annotated by hand by ``../shared/data/realnews/GUIDE.md`` (quotes:
statements, reported speech, mixed) *before* wirecoder was run on them. Each round's articles are
checked against its choice rule, so the gold of round 4 stands on its own while round 4's events are
still being annotated. Round 5's quotes were annotated with its events and actors, before any
output on its articles was seen; one of its BBC pieces (half B, a list of party donations) reports no
quote at all, which no gold line can say, so ``NO_QUOTES`` names it and it is scored with an empty gold
(every quote printed on it is spurious). Round 6's quotes were annotated the same way, with its events
and actors, before any output on its articles was seen (138 quotes, 105 required: 46 in half A, 59 in
half B); each of its 12 articles reports at least one quote. Round 7's quotes were annotated the same
way, with its events and actors, before any output on its articles was seen (168 quotes, 130 required:
70 in half A, 60 in half B); each of its 12 articles reports at least one quote (two Reuters pieces only
one required, the rest anonymous "sources"). Round 8's quotes were annotated the same way, with its
events and actors, before any output on its articles was seen (183 quotes, 110 required: 66 in half A,
44 in half B); each of its 12 articles reports at least one quote, but one Reuters piece of half B (a
bond market report) quotes only anonymous sources, dealers and a ministry economist, so all its lines
are optional. Round 9's quotes were annotated the same way, with its events and actors, before any
output on its articles was seen (the gold was committed first; 154 quotes, 112 required: 57 in half A,
55 in half B); each of its 12 articles reports at least one required quote. Round 10's quotes were
annotated the same way, with its events and actors, before any output on its articles was seen (the gold
was committed first; 147 quotes, 105 required: 45 in half A, 60 in half B; its articles are 3 BBC pieces,
1 Reuters piece and 2 web pages per half); each of its 12 articles reports at least one required quote.
Round 11's quotes were annotated the same way, with its events and actors, before any output on its
articles was seen (the gold was committed first; 160 quotes, 131 required: 69 in half A, 62 in half B; its
articles are 4 BBC pieces and 2 web pages per half); each of its 12 articles reports at least one required
quote (one BBC piece of half B, lobby groups' answers printed without their names, only one). Round 12's
quotes were annotated the same way, with its events and actors, before any output on its articles was seen
(the gold was committed first; 232 quotes, 172 required: 109 in half A, 63 in half B; its articles are 4
BBC pieces and 2 web pages per half); each of its 12 articles reports at least one required quote. Round
13's quotes were annotated the same way, with its events and actors, before any output on its articles was
seen (the gold was committed first; 318 quotes, 270 required: 81 in half A, 189 in half B, of which 113 in
its 40,539-character web page; its articles are 4 BBC pieces and 2 web pages per half); each of its 12 articles reports
at least one required quote (a football match report of half A: its manager's words). Round 14's quotes
were annotated the same way, with its events and actors, before any output on its articles was seen (the
gold was committed first; 109 quotes, 86 required: 45 in half A, 41 in half B; its articles are 4 BBC
pieces and 2 web pages of ``article-extraction-benchmark`` per half, the sample's second web source, see
``event_recall_audit.py``); each of its 12 articles reports at least one required quote. Round 15's quotes
were annotated the same way, with its events and actors, before any output on its articles was seen (the
gold was committed first; 133 quotes, 107 required: 47 in half A, 60 in half B; its articles are 3 BBC
pieces and 3 web pages of ``article-extraction-benchmark`` per half, as only 3 BBC pieces of half B were
left); each of its 12 articles reports at least one required quote. Round 16's quotes were annotated the
same way, with its events and actors, before any output on its articles was seen (the gold was committed
first; 110 quotes, 73 required: 54 in half A, 19 in half B; its articles are 3 web pages of
``article-extraction-benchmark`` per half, the one source left in half B); 5 of its 6 articles report a
required quote (half B's preview of a party's debate has optional lines only: unnamed senators' worries,
a former president's warning named in a clause). First run, at bda1f523's rules: half A found F1 0.870
(50/54, 11 spurious), attributed F1 0.817; half B found 0.842 (16/19, 3 spurious), attributed 0.842. Quotes
of anonymous staffers or unnamed groups ("industry groups", "critics", "delegates") are optional lines,
with the body they speak for as the speaker.

The golds live in ``benchmarks/audit/quotes_gold.jsonl``, one quote a line: the article path, the
content's character offsets (with a hash of its words, to notice a changed corpus), ``speaker`` (the
name judged right, ``|`` alternatives), ``speaker_actor`` (acceptable actor ids), ``kind``,
``required`` and ``round`` (3 to 16). No article text is stored. Scoring is GUIDE.md's, by
``wirecoder.evaluation.news.score_quotes``: found = required quotes matched (Jaccard >= 0.5),
attributed = those with the right speaker; precision over predictions, a prediction overlapping no
gold quote (required or optional) being spurious.

Rules are fixed from half A's misses only (listed with their text); half B is the check and prints
totals only. Needs ``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import NEWS, SHARED, half, sample  # noqa: E402
from event_recall_audit import GOLD as EVENT_GOLD  # noqa: E402
from event_recall_audit import checked_gold, gold_round, list_half_a, rule_rounds  # noqa: E402
from event_recall_audit import load_gold as load_event_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "audit" / "quotes_gold.jsonl"
ROUNDS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)  # the event recall audit's rounds whose articles were annotated for quotes
# Articles of a round that were annotated and hold no quote (no gold line can say so): scored with an
# empty gold, so that a quote printed on them is spurious.
NO_QUOTES = {5: frozenset({"bbc/politics/322.txt"})}


def load_gold(path: Path = GOLD) -> dict[str, list[dict]]:
    """The gold quotes by article path."""
    golds: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            golds[g["article"]].append(g)
    return golds


# Words a speaker mention may be, for the error classes (--classes).
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "i", "we", "it"})


def _mention_kind(text: str) -> str:
    """What the mention a cue attached to is: none, a pronoun, a nominal ("the minister", "a senior official"),
    or a name (a capitalised word that is no article)."""
    words = text.split()
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower() in _PERSONAL:
        return "pronoun"
    if words[0].lower() in ("the", "a", "an", "one", "another") or words[-1][:1].islower() \
            or words[0].lower() in ("his", "her", "its", "their"):
        return "nominal"
    return "name"


def error_class(gold: dict, record, quote) -> str:
    """The class of a wrong speaker: the mention the cue attached to (pronoun, nominal, name, none) and what it
    resolved to against the gold (unresolved, a wrong person, a body where a person is gold, a person where a
    body is gold, a wrong body).

    Why: half B is read in totals only; the classes say which kind of attribution error a change moved."""
    speaker = quote.speaker
    if speaker is None:
        return "no speaker"
    mention = _mention_kind(record.text[speaker.span[0]:speaker.span[1]] if speaker.span else "")
    gold_ids = gold.get("speaker_actor") or []
    if isinstance(gold_ids, str):
        gold_ids = gold_ids.split("|")
    gold_person = any(str(g).startswith("person:") for g in gold_ids)
    gold_body = any(g and not str(g).startswith("person:") for g in gold_ids)
    actor = record.actor(speaker.actor) if speaker.actor else None
    if actor is None:
        # (no actor: a name the actors stage does not know, or a pronoun or nominal left unresolved)
        outcome = "unknown name" if mention == "name" else "unresolved"
    elif actor.kind == "person":
        outcome = "wrong person" if gold_person else "person for a body"
    else:
        outcome = "body for a person" if gold_person and not gold_body else "wrong body"
    return f"{mention}: {outcome}"


def matched_quotes(text: str, quotes: list[dict], record) -> list[tuple[dict, object]]:
    """Each required gold quote that a printed quote matches by GUIDE.md's overlap rule, with that printed quote
    (the best by overlap), as the attribution score pairs them; the speaker classifiers read these pairs."""
    from wirecoder.evaluation.news import MATCH_JACCARD, jaccard, trim

    predicted = [trim(text, q.span) for q in record.quotes]
    pairs = []
    for g in quotes:
        if not g.get("required"):
            continue
        gspan = trim(text, g["content"])
        best = max(range(len(predicted)), key=lambda i: jaccard(gspan, predicted[i]), default=None)
        if best is not None and jaccard(gspan, predicted[best]) >= MATCH_JACCARD:
            pairs.append((g, record.quotes[best]))
    return pairs


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--round", choices=(*map(str, ROUNDS), "all"), default="all",
                    help="score the articles of one annotation round only")
    ap.add_argument("--show", choices=("misses", "spurious", "all", "none"), default="misses",
                    help="what to list for half A (half B, the check, prints totals only)")
    ap.add_argument("--classes", action="store_true",
                    help="print the wrong speakers by class, totals per half (no text)")
    args = ap.parse_args(argv)
    if not (NEWS / "bbc").is_dir() or not (SHARED / "realnews").is_dir() or not GOLD.is_file() \
            or not EVENT_GOLD.is_file():
        print(f"skipped: {NEWS}, {SHARED / 'realnews'} or {GOLD} is absent")
        return 0

    import wirecoder
    from wirecoder.evaluation.news import (
        GoldArticle,
        QuoteScore,
        score_quotes,
        speaker_is_right,
    )
    from wirecoder.sources import Document

    golds = load_gold()
    articles_in_order = sample()
    event_golds = load_event_gold()
    rounds = {path: lines[0]["round"] for path, lines in golds.items()}
    rounds.update({path: number for number, paths in NO_QUOTES.items() for path in paths})
    earlier = {p for p, events in event_golds.items() if gold_round(events[0]) < ROUNDS[0]}
    for number, expected in rule_rounds(articles_in_order, earlier, ROUNDS).items():
        if {p for p, r in rounds.items() if r == number} != expected:
            raise SystemExit(f"round {number}'s gold articles differ from its choice rule's: {sorted(expected)}")
    pipeline = wirecoder.load()
    totals = {"A": QuoteScore(), "B": QuoteScore()}
    articles = {"A": 0, "B": 0}
    classes: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    for index, article in enumerate(articles_in_order):
        h = half(index)
        if article.path not in rounds or args.half not in ("all", h) \
                or args.round not in ("all", str(rounds[article.path])):
            continue
        quotes = checked_gold(article, golds.get(article.path, []), "content", "content_hash")
        gold = GoldArticle(article.path, article.text, article.published, quotes=quotes)
        record = pipeline.extract(Document(text=article.text, source=article.path),
                                  reference_date=article.published)
        misses: list[str] = []
        spurious: list[str] = []
        score = score_quotes(gold, record, misses, spurious)
        articles[h] += 1
        if args.classes:
            for g, q in matched_quotes(article.text, quotes, record):
                if not speaker_is_right(g.get("speaker"), record, q):
                    cls = error_class(g, record, q)
                    classes[h][cls] += 1
                    if h == "A":
                        misses.append(f"class {cls} (gold {g.get('speaker')})")
        for name in ("required", "tp", "attributed", "fp", "missed_cut"):
            setattr(totals[h], name, getattr(totals[h], name) + getattr(score, name))
        if h == "A":
            list_half_a(args.show, f"[A] {article.path} (round {rounds[article.path]}): found {score.tp}/{score.required}, attributed "
                        f"{score.attributed}, {score.fp} spurious", misses, spurious)
    print(f"quote recall audit, round {args.round} (every quote annotated by GUIDE.md; rules fixed from half A, "
          "half B is the check)")
    for h in ("A", "B"):
        if args.half not in ("all", h):
            continue
        s = totals[h]
        r = s.tp / s.required if s.required else 0.0
        p = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
        ra = s.attributed / s.required if s.required else 0.0
        pa = s.attributed / (s.tp + s.fp) if s.tp + s.fp else 0.0
        print(f"half {h}{' (check)' if h == 'B' else ' (tuning)'}: {articles[h]} articles, "
              f"found P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f} ({s.tp} of {s.required} required, {s.fp} spurious); "
              f"attributed P {pa:.3f} R {ra:.3f} F1 {f1(pa, ra):.3f} ({s.attributed} right speakers)")
        if args.classes:
            wrong = ", ".join(f"{k} {n}" for k, n in sorted(classes[h].items(), key=lambda kv: (-kv[1], kv[0])))
            print(f"  wrong speakers by class: {wrong or '-'}")
            print(f"  missed {s.required - s.tp}, of which {s.missed_cut} overlap a printed quote (span cut or run on)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
