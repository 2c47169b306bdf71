"""Misattributed quotes by the mechanism that chose the wrong speaker (round 54). ::

    python benchmarks/speaker_mechanisms.py audit [--half A|B|all] [--show]   # half B: class totals only
    python benchmarks/speaker_mechanisms.py pool [--show]                      # the pool's judged wrong speakers

Why: half B of the quote recall audit attributes 90% of the quotes it finds, half A 97%; the gap is the
speaker, not the span. ``quote_recall_audit.py --classes`` says what kind of mention the cue took (pronoun,
nominal, name); this says which **mechanism** gave the wrong speaker, so that one general fix can be aimed
at the class where half B exceeds half A most:

- ``no speaker``: the quote was printed with no speaker (``, with cue`` / ``, no cue``);
- ``carried: previous quote's speaker``: a cue-less quote (a paragraph of quoted words with no verb of
  saying) given the speaker of the quote printed before it;
- ``cue-less: other``: a cue-less quote given some other speaker;
- ``pronoun's antecedent``: the cue's subject is a pronoun resolved to the wrong actor;
- ``body for its spokesperson`` / ``person for the body``: the gold is a person and a state or body was
  printed, or the reverse (audit only: the pool keeps no gold speaker);
- ``nominal resolved wrong``: "the minister", "a spokesman", "the group" resolved to the wrong actor;
- ``name: another named person``: a name was taken, but not the right one; split by where the name
  stands: ``in the cue's sentence`` (the cue took the wrong name of its own sentence: a nested report,
  an object, a relative clause) or ``outside it`` (a name borrowed from another sentence).

A second count, ``gold speaker among the actors: yes|no``, says whether the right speaker's last name is in
any actor the actors stage printed (audit only): a "no" cannot be fixed by speaker choice alone.

Half A and the pool are tuning sets and list their items with ``--show``; half B (the check) prints class
totals only, never an item, as the round-54 rules allow.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "i", "we", "it", "his", "its", "their"})


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset ``at`` by full stops and paragraph breaks (a rough cut, enough to say
    whether a name stands in the cue's own sentence)."""
    starts = [text.rfind(mark, 0, at) for mark in (". ", "\n", "? ", "! ")]
    start = max(starts) + 1
    ends = [e for e in (text.find(mark, at) for mark in (". ", "\n", "? ", "! ")) if e >= 0]
    return max(start, 0), min(ends) if ends else len(text)


@functools.cache
def _given_names() -> dict[str, str]:
    import yaml
    data = yaml.safe_load((Path(__file__).resolve().parents[1] / "src/wirecoder/data/actors/given_names.yaml").read_text("utf-8"))
    return {name: pronoun for pronoun in ("he", "she") for name in data[pronoun]}


@functools.cache
def _cues():
    from wirecoder.quotes.cues import load_cues
    return load_cues()


def _nominal_kind(words: list[str]) -> str:
    """A nominal speaker's determiner and head class by the quote cues' lexicons (no word printed)."""
    cues = _cues()
    first = words[0].lower() if words else ""
    det = "definite" if first == "the" else "indefinite" if first in ("a", "an", "one", "another") \
        else "possessive" if first in ("his", "her", "its", "their") or first.endswith("'s") or first.endswith("’s") \
        else "bare"
    head = words[-1].lower().strip(",.") if words else ""
    single = head[:-1] if head.endswith("s") else head
    kind = "spokesperson noun" if head in cues.spokesperson_nouns or single in cues.spokesperson_nouns \
        else "body noun" if head in cues.body_nouns or single in cues.body_nouns \
        else "plural other" if head.endswith("s") else "other noun"
    return f"{det} {kind}, {len(words)} words"


def _who(quote) -> str:
    s = quote.speaker
    if s is None:
        return ""
    return s.actor or "~" + s.name.lower()


def mechanism(record, quote, gold: dict | None = None) -> str:
    """The mechanism that printed ``quote``'s (wrong) speaker; ``gold`` (a quote gold line) adds the
    person/body mismatch classes."""
    speaker = quote.speaker
    if speaker is None:
        return "no speaker, " + ("with cue" if quote.cue else "no cue")
    if quote.cue is None:
        before = [q for q in record.quotes if q.span[0] < quote.span[0]]
        if before and _who(before[-1]) == _who(quote):
            return "carried: previous quote's speaker"
        return "cue-less: other"
    mention = record.text[speaker.span[0]:speaker.span[1]] if speaker.span else ""
    words = mention.split()
    actor = record.actor(speaker.actor) if speaker.actor else None
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        clash = ""
        if actor is not None and actor.kind == "person" and words[0].lower() in ("he", "she"):
            given = _given_names().get(actor.name.split()[0].lower().strip(".")) if actor.name.split() else None
            clash = ", given name " + ("unknown" if given is None else "fits" if given == words[0].lower() else "clashes")
        return f"pronoun's antecedent ({words[0].lower()}, {'no actor' if actor is None else 'wrong actor'}{clash})"
    if gold is not None:
        ids = gold.get("speaker_actor") or []
        if isinstance(ids, str):
            ids = ids.split("|")
        gold_person = any(str(g).startswith("person:") for g in ids)
        gold_body = any(g and not str(g).startswith("person:") for g in ids)
        if actor is not None and actor.kind != "person" and gold_person and not gold_body:
            return "body for its spokesperson"
        if actor is not None and actor.kind == "person" and gold_body and not gold_person:
            return "person for the body"
    if not words or words[0].lower() in ("the", "a", "an", "one", "another", "his", "her", "its", "their") \
            or words[-1][:1].islower():
        return f"nominal resolved wrong ({'no actor' if actor is None else 'wrong actor'}; {_nominal_kind(words)})"
    start, end = _sentence_bounds(record.text, quote.cue.span[0])
    inside = start <= speaker.span[0] < end if speaker.span else False
    return "name: another named person " + ("in the cue's sentence" if inside else "outside it")


def gold_known(record, gold: dict) -> bool:
    """Whether the gold speaker's last word is in the name of an actor the actors stage printed."""
    from wirecoder.evaluation.news import words
    names = [" ".join(words(a.name)) for a in record.actors]
    return any((alt := words(alternative)) and any(alt[-1] in name for name in names)
               for alternative in (gold.get("speaker") or "").split("|"))


def _antecedents(record, quote, gold: dict) -> str:
    """For a pronoun or nominal speaker: whether the gold is the person last named before the mention, and
    whether the printed speaker is the previous quote's (the running speaker kept)."""
    from wirecoder.evaluation.news import words
    at = quote.speaker.span[0] if quote.speaker and quote.speaker.span else quote.span[0]
    last, where = None, -1
    for a in record.actors:
        if a.kind != "person":
            continue
        for m in a.mentions:
            if where < m[0] < at and not (quote.span[0] <= m[0] < quote.span[1]):
                last, where = a, m[0]
    name = " ".join(words(last.name)) if last else ""
    gold_last = bool(last) and any((alt := words(x)) and alt[-1] in name for x in (gold.get("speaker") or "").split("|"))
    prev = [p for p in record.quotes if p.span[0] < quote.span[0] and p.speaker is not None]
    kept = bool(prev) and _who(prev[-1]) == _who(quote)
    return f"gold {'is' if gold_last else 'is not'} the last person named; {'kept' if kept else 'not'} the previous speaker"


def _named_near(text: str, quote, gold: dict) -> bool:
    """Whether the gold speaker's last word stands in the sentence of the quote's cue (or of its start)."""
    from wirecoder.evaluation.news import words
    at = quote.cue.span[0] if quote.cue else quote.span[0]
    start, end = _sentence_bounds(text, at)
    near = " ".join(words(text[start:end]))
    return any((alt := words(alternative)) and alt[-1] in near for alternative in (gold.get("speaker") or "").split("|"))


def _context(text: str, quote) -> str:
    a, b = quote.span
    s = quote.speaker
    lo = min(a, s.span[0]) if s and s.span else a
    hi = max(b, s.span[1]) if s and s.span else b
    return " ".join((text[max(0, lo - 200):a] + "[[" + text[a:b] + "]]" + text[b:hi + 120]).split())


def audit(half_wanted: str, show: bool) -> int:
    from event_audit import NEWS, half, sample
    from event_recall_audit import checked_gold
    from quote_recall_audit import GOLD, NO_QUOTES, load_gold, matched_quotes

    if not (NEWS / "bbc").is_dir() or not GOLD.is_file():
        print("skipped: the news or the quote gold is absent")
        return 0
    import wirecoder
    from wirecoder.evaluation.news import speaker_is_right
    from wirecoder.sources import Document

    golds = load_gold()
    annotated = set(golds) | {p for paths in NO_QUOTES.values() for p in paths}
    pipeline = wirecoder.load()
    classes = {"A": Counter(), "B": Counter()}
    known = {"A": Counter(), "B": Counter()}
    where = {"A": Counter(), "B": Counter()}
    arts: dict[str, dict[str, set[str]]] = {"A": {}, "B": {}}
    found = Counter()
    for index, article in enumerate(sample()):
        h = half(index)
        if article.path not in annotated or half_wanted not in ("all", h):
            continue
        quotes = checked_gold(article, golds.get(article.path, []), "content", "content_hash")
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        for g, q in matched_quotes(article.text, quotes, record):
            found[h] += 1
            if speaker_is_right(g.get("speaker"), record, q):
                continue
            cls = mechanism(record, q, g)
            if cls.startswith(("pronoun", "nominal")):
                cls += "; " + _antecedents(record, q, g)
            classes[h][cls] += 1
            arts[h].setdefault(cls, set()).add(article.path)
            prev = [p for p in record.quotes if p.span[0] < q.span[0] and p.speaker is not None]
            where[h]["gold = the previous quote's speaker" if prev and speaker_is_right(g.get("speaker"), record, prev[-1])
                     else "gold named in the cue's sentence" if _named_near(article.text, q, g)
                     else "gold elsewhere"] += 1
            known[h]["yes" if gold_known(record, g) else "no"] += 1
            if show and h == "A":
                s = q.speaker
                print(f"[A] {article.path} {cls} | gold {g.get('speaker')!r} | printed "
                      f"{(s.name, s.actor) if s else None} cue={q.cue.text if q.cue else None!r}\n    {_context(article.text, q)}")
    for h in ("A", "B"):
        if half_wanted not in ("all", h):
            continue
        wrong = sum(classes[h].values())
        print(f"half {h}{' (check: totals only)' if h == 'B' else ' (tuning)'}: {found[h]} found, {wrong} wrong speakers")
        for cls, n in sorted(classes[h].items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {cls} (in {len(arts[h][cls])} articles)")
        print("  where the gold speaker stands: " + ", ".join(f"{k} {n}" for k, n in where[h].most_common()))
        print(f"  gold speaker among the actors: yes {known[h]['yes']}, no {known[h]['no']}")
    return 0


def pool(show: bool) -> int:
    import pool_quotes
    from event_audit import shared_absent
    from quote_audit import judgement, load_judged

    if shared_absent():
        return 0
    import wirecoder
    from wirecoder.sources import Document

    pipeline = wirecoder.load()
    judged = load_judged(pool_quotes.JUDGED)
    classes: Counter[str] = Counter()
    total = 0
    for _block, article in pool_quotes.articles(pool_quotes.BLOCKS):
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        for q in pool_quotes.chosen(article.path, article.text, record.quotes):
            _key, j = judgement(article.path, q, judged, None)
            if j is None or j.get("quote") != "yes":
                continue
            total += 1
            if j.get("speaker_verdict") != "wrong":
                continue
            cls = mechanism(record, q)
            classes[cls] += 1
            if show:
                s = q.speaker
                print(f"[pool] {article.path} {cls} (judged {j.get('class')}) | printed "
                      f"{(s.name, s.actor) if s else None} cue={q.cue.text if q.cue else None!r}\n    {_context(article.text, q)}")
    print(f"pool (tuning): {total} judged quotes, {sum(classes.values())} wrong speakers")
    for cls, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4d}  {cls}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="set", required=True)
    a = sub.add_parser("audit")
    a.add_argument("--half", choices=("A", "B", "all"), default="all")
    a.add_argument("--show", action="store_true", help="list half A's items (half B never)")
    p = sub.add_parser("pool")
    p.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    return audit(args.half, args.show) if args.set == "audit" else pool(args.show)


if __name__ == "__main__":
    sys.exit(main())
