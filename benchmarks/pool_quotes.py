"""Precision and speaker check of printed quotes on the unannotated news pool: a **tuning** set. ::

    python benchmarks/pool_quotes.py [--block 1|2|3|4|all] [--show all|unjudged|wrong|none]
    python benchmarks/pool_quotes.py --block 2 --record VERDICTS.tsv   # judge the numbered printout

Why: rules written from seen cases carry only partly to unseen news, and the quote audit
(``quote_audit.py``) has only 42 articles, half of which are the check. This script runs wirecoder
over the pool of ``missing_events.py`` (``pool()``: news that no gold set and no audit uses) and
prints a fixed, seeded sample of the quotes it prints, each numbered, with its context (within
its paragraph, 300 characters before it and 200 after), content span, speaker and cue, to be judged by hand by ``../shared/data/realnews/GUIDE.md``: is it a quote
(what someone said, wrote or announced), and is the speaker right. **It is a tuning set**: its
items may be read and rules fixed from them (unlike half B of the audits or the real-news test).

The sample: the first ``PER_SOURCE`` articles of each pool source in the pool's fixed (hashed)
order, and of each article at most ``PER_ARTICLE`` printed quotes: those in the paragraphs that
rank first by a seeded hash of the paragraph's text (then by offset), so that a rule that moves a
quote's span or speaker keeps the choice; a quote whose paragraph has no other is replaced only
when the quote itself goes.

Blocks: block 1 (round 31) is the first ``PER_SOURCE`` articles of each source; block 2 (round 32)
the next ``PER_SOURCE`` of each source in the same order (``pool(2 * PER_SOURCE)`` less block 1),
sampled the same way, so block 1's articles, choice and judged lines stay as they were; block 3
(round 33) the next ``PER_SOURCE`` after those (``pool(3 * PER_SOURCE)`` less blocks 1 and 2), by
the same rule, so blocks 1 and 2 stay as they were; block 4 (round 36) the next ``PER_SOURCE`` after
those (``pool(4 * PER_SOURCE)`` less blocks 1-3), by the same rule, so blocks 1-3 stay as they were.
``--block`` picks which are run (default all);
the printout is numbered within the blocks run, so a ``--record`` file goes with the ``--block`` it
was printed with. Totals are printed per block and for all run.

Judgements live in ``benchmarks/audit/pool_quotes_judged.jsonl`` in the format of
``quote_audit.py``'s judged file (article path, offsets, speaker actor and offsets, a hash of the
quote's text, the verdicts and the error class; no article text). A quote counts as judged when
article, offsets, speaker actor and speaker offsets all match a line, and for a speaker with no actor
its printed name too (debt52: each line keeps ``speaker_name``; the lines judged before were given the
name that the tree which recorded them printed); a changed quote is unjudged until judged. Found precision = quotes / judged; attributed precision = right speakers / judged;
speaker accuracy = right speakers / quotes. Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import missing_events  # noqa: E402
from event_audit import append_judgements, read_verdicts, shared_absent  # noqa: E402
from quote_audit import judgement, load_judged, shown, tally  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "audit" / "pool_quotes_judged.jsonl"
SEED = "wirecoder-pool-quotes-1:"
SOURCES = ("bbc", "fundus", "reuters", "agnews")
PER_SOURCE = 12  # articles per pool source (the BBC's politics and business sections count apart)
PER_ARTICLE = 3  # quotes judged per article
# error classes beyond quote_audit's CLASSES (documentation only): a pronoun or a common-noun phrase
# printed as the speaker although the article names whom it means ("he said", "the firm said"), and a
# dateline's agency taken as the speaker ("AP - A judge ruled ...")
POOL_CLASSES = ("pronoun-unresolved", "nominal-unresolved", "dateline")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s)")


BLOCKS = (1, 2, 3, 4)


def articles(blocks=BLOCKS) -> list[tuple[int, object]]:
    """(block, article) of the blocks asked for, block 1 first: block n is the first n * PER_SOURCE
    articles of each source less those of the blocks before it."""
    out: list[tuple[int, object]] = []
    seen: set[str] = set()
    for block in range(1, max(blocks) + 1):
        fresh = [a for a in missing_events.pool(set(SOURCES), block * PER_SOURCE) if a.path not in seen]
        seen.update(a.path for a in fresh)
        if block in blocks:
            out += [(block, a) for a in fresh]
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank lines, or a line break before an indented line."""
    out, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _paragraph_of(paras, offset: int) -> tuple[int, int]:
    return next((p for p in paras if p[0] <= offset < p[1]), (offset, offset))


def chosen(path: str, text: str, quotes) -> list:
    """The article's sampled quotes, in text order."""
    paras = paragraphs(text)

    def rank(quote):
        start, end = _paragraph_of(paras, quote.span[0])
        return (hashlib.sha256((SEED + path + " ".join(text[start:end].split())).encode()).hexdigest(),
                quote.span[0])

    return sorted(sorted(quotes, key=rank)[:PER_ARTICLE], key=lambda q: q.span[0])


def _totals(label: str, counts: Counter, classes: Counter) -> None:
    quotes = counts["speaker-right"] + counts["speaker-wrong"]
    judged_n = quotes + counts["not-a-quote"]
    found = quotes / judged_n if judged_n else 0.0
    attributed = counts["speaker-right"] / judged_n if judged_n else 0.0
    accuracy = counts["speaker-right"] / quotes if quotes else 0.0
    print(f"{label}: {sum(counts.values())} printed quotes sampled: found precision {found:.3f} ({quotes} quotes / "
          f"{judged_n} judged), attributed precision {attributed:.3f} ({counts['speaker-right']} / {judged_n}), "
          f"speaker accuracy {accuracy:.3f}, {counts['unjudged']} unjudged; errors by class: "
          f"{', '.join(f'{k} {n}' for k, n in classes.most_common()) or '-'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", choices=("all", "unjudged", "wrong", "none"), default="unjudged")
    ap.add_argument("--block", choices=("1", "2", "3", "4", "all"), default="all", help="which block of articles (see above)")
    ap.add_argument("--record", type=Path,
                    help="TSV of 'number<TAB>yes|no<TAB>right|wrong|<TAB>class' for the printout")
    args = ap.parse_args(argv)
    if shared_absent():
        return 0

    import wirecoder
    from wirecoder.sources import Document

    pipeline = wirecoder.load()
    judged = load_judged(JUDGED)
    verdicts = read_verdicts(args.record, 3)
    counts: dict[int, Counter[str]] = {b: Counter() for b in BLOCKS}
    classes: dict[int, Counter[str]] = {b: Counter() for b in BLOCKS}
    new_lines = []
    number = 0
    printed: set[tuple] = set()
    blocks = BLOCKS if args.block == "all" else (int(args.block),)
    taken = articles(blocks)
    for block, article in taken:
        record = pipeline.extract(Document(text=article.text, source=article.path),
                                  reference_date=article.published)
        paras = paragraphs(article.text)
        for quote in chosen(article.path, article.text, record.quotes):
            number += 1
            speaker = quote.speaker
            actor = speaker.actor if speaker else None
            sspan = speaker.span if speaker else None
            key, j = judgement(article.path, quote, judged, verdicts.get(number))
            printed.add(key)
            if j is not None and key not in judged:
                new_lines.append(j)
                judged[key] = j
            state = tally(j, counts[block], classes[block])
            if shown(args.show, state):
                name = speaker.name if speaker else None
                mark = f"{state}{' ' + j['class'] if j and j['class'] else ''}"
                cue = quote.cue.text if quote.cue else None
                start, end = _paragraph_of(paras, quote.span[0])
                print(f"#{number} b{block} {article.path} {quote.kind} {list(quote.span)} speaker={name!r} ({actor}) "
                      f"{list(sspan) if sspan else None} cue={cue!r} [{mark}]")
                print(f"    QUOTE: {' '.join(quote.text.split())[:400]}")
                if sspan and not start <= sspan[0] < end:
                    s0, s1 = _paragraph_of(paras, sspan[0])
                    window = article.text[max(s0, sspan[0] - 200):min(s1, sspan[1] + 200)]
                    print(f"    AROUND THE SPEAKER: {' '.join(window.split())}")
                window = article.text[max(start, quote.span[0] - 300):min(max(end, quote.span[1]), quote.span[1] + 200)]
                print(f"    CONTEXT: {' '.join(window.split())}")
    append_judgements(JUDGED, new_lines)
    print("pool quotes (a tuning set; judged by GUIDE.md)")
    for label, bs in [(f"block {b}", (b,)) for b in blocks] + ([("all", blocks)] if len(blocks) > 1 else []):
        _totals(label, sum((counts[b] for b in bs), Counter()), sum((classes[b] for b in bs), Counter()))
    runs = {a.path for _, a in taken}
    gone = Counter(j["speaker_verdict"] or "not-a-quote" for key, j in judged.items()
                   if key not in printed and j["article"] in runs)
    print(f"  judged quotes no longer printed: {gone['right']} right speaker, {gone['wrong']} wrong speaker, "
          f"{gone['not-a-quote']} not quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
