"""A pattern fired and no event came out: which side was missing, and what word stood there (issue 9). ::

    python benchmarks/side_drops.py --pool N [--skip K] [--show all|none] [--top 40]

Round 37 (evsides37). Every candidate the coder's rules find and hand to ``Coder._events`` (so it
passed the vetoes: description, habit, background, sense) is logged with what came out. A candidate
that printed nothing on its trigger (and no other candidate printed there) is counted by why:

- ``no source``: no rule named who did it; counted further by the word in its subject slot
  (``sources._subject_word``): a pronoun (he/she/it/they), a pair noun ("the two men"), a plural
  role noun ("ministers", "councils"), another common noun, a name the actors stage did not link,
  or no subject word at all (a passive, a broken chain);
- ``no target``: a source and no target, and the root needs one (``needs_a_target``, a rule's
  ``needs_target``, a judgement with no owner); counted by the word in its object slot;
- ``dropped with sides``: both sides named and every pair dropped (done to itself, a bystander, a
  domestic state, ...).

Reads the unannotated pool of ``missing_events.py`` (``pool()``: news no gold set uses), N articles a
source after the first K. No gold is read; a tuning measure only. Skips cleanly when ``../shared``
is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import shared_absent  # noqa: E402
from missing_events import pool  # noqa: E402

SOURCES = ("bbc", "fundus", "reuters", "agnews")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our"}


def word_class(ctx, word) -> str:
    """A coarse class of the word that stood where a side was looked for."""
    from wirecoder.events.sources import PAIR_NOUNS
    if word is None:
        return "(no word)"
    if word.i in ctx.token_actor:
        return "actor (not political?)"
    lower = word.lower_
    if lower in PRONOUNS:
        return f"pronoun {lower}"
    if word.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in {"two", "both"} for c in word.children):
        return "pair noun"
    if word.pos_ == "PROPN":
        return "unlinked name"
    if word.pos_ == "NOUN" and word.tag_ in {"NNS", "NNPS"}:
        return "plural noun"
    if word.pos_ == "NOUN":
        return "singular noun"
    return f"other {word.pos_}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pool", type=int, default=40, help="articles a source")
    ap.add_argument("--skip", type=int, default=0, help="articles a source to skip first")
    ap.add_argument("--show", choices=("all", "none"), default="none")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--events", type=Path, help="also write every printed event (TSV) here, to diff two trees")
    args = ap.parse_args(argv)
    if shared_absent():
        return 0
    import wirecoder
    import wirecoder.events.coder as coder
    from wirecoder.events.sources import _subject_word
    from wirecoder.sources import Document

    log: list[tuple] = []
    original = coder.Coder._events

    def _events(this, ctx, f, day):
        got = list(original(this, ctx, f, day))
        if not got:
            if not f.sources:
                why, word = "no source", _subject_word(f.anchor)
            elif not f.targets:
                why = "no target"
                word = next((c for c in f.anchor.children if c.dep_ in {"dobj", "dative", "pobj"}), None)
                word = word or next((o for p in f.anchor.children if p.dep_ == "prep"
                                     for o in p.children if o.dep_ == "pobj"), None)
            else:
                why, word = "dropped with sides", None
            sent = f.anchor.sent
            log.append((tuple(f.trigger), why, word_class(ctx, word), word.text if word is not None else "-",
                        f.anchor.lemma_, f.code, ctx.text[sent.start_char:sent.end_char]))
        return iter(got)

    coder.Coder._events = _events
    pipeline = wirecoder.load()
    earlier = {a.path for a in pool(set(SOURCES), args.skip)} if args.skip else set()
    articles = [a for a in pool(set(SOURCES), args.skip + args.pool) if a.path not in earlier]
    reasons: Counter[str] = Counter()
    words: Counter[tuple[str, str]] = Counter()
    lemmas: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    dump: list[str] = []
    for article in articles:
        log.clear()
        try:
            record = pipeline.extract(Document(text=article.text, source=article.path),
                                      reference_date=article.published)
        except Exception:
            continue
        printed = {tuple(e.trigger) for e in record.events}
        for e in record.events:
            sent = " ".join(record.text[e.span[0]:e.span[1]].split())
            dump.append(f"{article.path}\t{record.text[e.trigger[0]:e.trigger[1]]}\t{e.source}\t{e.target}\t{e.cameo}\t{sent}")
        for trigger, why, cls, text, lemma, code, sent in log:
            if trigger in printed:
                continue  # another candidate on the trigger printed: not lost
            reasons[why] += 1
            words[(why, cls)] += 1
            lemmas[(why, text.lower())] += 1
            if args.show == "all":
                shown.append(f"{why} | {cls} | {text} | {lemma} {code} | {article.path}\n    {' '.join(sent.split())}")
    print(f"{len(articles)} pool articles; candidates that printed nothing: "
          + ", ".join(f"{k} {n}" for k, n in reasons.most_common()))
    for (why, cls), n in words.most_common(args.top):
        print(f"  {n:4d}  {why:20s} {cls}")
    print("the words:")
    for (why, text), n in lemmas.most_common(args.top):
        print(f"  {n:4d}  {why:20s} {text}")
    for line in shown:
        print(line)
    if args.events:
        args.events.write_text("".join(line + "\n" for line in dump), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
