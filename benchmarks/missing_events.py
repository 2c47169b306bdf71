"""Which words link two political actors in real news where wirecoder prints no event? (issue 9)

A measurement only, to find event recall that is not tuned to any gold article. It runs wirecoder
over a pool of real news that no gold set uses (``../shared/data/news``):

- BBC politics and business articles that neither the real-news set (its ``origin`` fields) nor the
  audit sample of ``benchmarks/event_audit.py`` (``sample()``) took;
- the English pages of ``fundus-test-data`` (their gold body paragraphs) the real-news set did not take;
- Reuters-21578 bodies with political words (``event_audit.POLITICAL``, 3 hits or more) outside the
  real-news set and the audit sample;
- the World items of ``ag_news`` (short AP/AFP/Reuters leads).

For every sentence that names two or more political actors (states, international bodies, persons
with a country, organisations and groups) and where no event was printed, it takes, for each pair
of actor mentions, the word that governs both (their lowest common head in the parse, climbing
over coordination) and the frame that links them: the lemma, its particle, and the first relation
on the way down to the second actor (``dobj``, ``+with``, ``ccomp``, ...). It counts lemmas and
frames (once per sentence each) and marks which lemmas PETRARCH-2's ``CAMEO.2.0.txt`` files under
a coded verb block (``C``, a measure of what an event coder would code, never copied) and which
the patterns already have (``P``: a verb or noun pattern of that lemma exists, so the miss is one
of arguments or sense, not of vocabulary). ::

    python benchmarks/missing_events.py --top 60 [--source bbc|fundus|reuters|agnews|all] [--limit N]
    python benchmarks/missing_events.py --lemma urge       # the sentences of one lemma

Skips cleanly (exit 0, one line) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402
from missing_verbs import DICTIONARY, dictionary_verbs  # noqa: E402

NEWS = event_audit.NEWS
POLITICAL_KINDS = {"state", "igo", "organization", "group"}


def _english(text: str) -> bool:
    from wirecoder.language import language_of
    return language_of(text)[1]


def pool(sources: set[str], limit: int) -> list[event_audit.Article]:
    """The unannotated articles, in a fixed order (the audit's hash order), at most ``limit`` a source."""
    taken = event_audit._taken()
    audited = {a.path for a in event_audit.sample()}
    out: list[event_audit.Article] = []

    def add(items: list[event_audit.Article]) -> None:
        items = [a for a in items if a.path not in taken and a.path not in audited]
        out.extend(sorted(items, key=lambda a: event_audit._order(a.path))[:limit])

    if "bbc" in sources:
        for section in ("politics", "business"):
            add([event_audit.Article(f"bbc/{section}/{p.name}", p.read_text("utf-8", errors="replace"))
                 for p in (NEWS / "bbc" / section).glob("*.txt")])
    if "fundus" in sources:
        pages = []
        for path in sorted((NEWS / "fundus-test-data").glob("*/*.json")):
            for key, page in json.loads(path.read_text("utf-8")).items():
                body = page.get("body") if isinstance(page, dict) else None
                if not isinstance(body, dict):
                    continue
                paras = [p for s in body.get("sections", []) for p in s.get("paragraphs", [])]
                text = "\n\n".join([page.get("title") or "", *paras]).strip()
                if text and _english(text):
                    rel = f"fundus-test-data/{path.parent.name}/{path.name}#{key}"
                    pages.append(event_audit.Article(rel, text, (page.get("publishing_date") or "")[:10] or None))
        add(pages)
    if "reuters" in sources:
        from wirecoder.sources import Document
        from wirecoder.sources.sgml import read_reuters_sgml
        records = []
        for sgm in sorted((NEWS / "reuters21578" / "sgm-data").glob("*.sgm")):
            for doc in read_reuters_sgml(sgm):
                if isinstance(doc, Document) and len(event_audit.POLITICAL.findall(doc.text)) >= 3:
                    records.append(event_audit.Article(f"reuters21578/{sgm.name}#NEWID={doc.meta.get('newid')}",
                                                       doc.text, doc.meta.get("published")))
        add(records)
    if "agnews" in sources:
        items = []
        with (NEWS / "ag_news" / "test.csv").open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh)):
                if row and row[0] == "1":  # World
                    body = row[2].replace("\\", " ")
                    items.append(event_audit.Article(f"ag_news/test.csv#{n}", f"{row[1]}\n\n{body}"))
        add(items)
    return out


def _political(actor) -> bool:
    return actor.kind in POLITICAL_KINDS or (actor.kind == "person" and bool(actor.country))


def _governor(a, b):
    """The lowest common head of tokens ``a`` and ``b`` and the first token below it on b's side."""
    up_a = [a, *a.ancestors]
    chain_b = [b, *b.ancestors]
    for i, tok in enumerate(chain_b):
        if tok in up_a:
            lca, below = tok, (chain_b[i - 1] if i else None)
            break
    else:
        return None, None
    # "X and Y met": the first conjunct heads the second; the governor is the head of the pair
    while lca in (a, b) and below is not None and below.dep_ == "conj" or lca in (a, b) and lca.dep_ == "conj":
        below, lca = lca, lca.head
        if lca is below:
            return None, None
    if lca in (a, b):
        return None, None  # one inside the other's phrase ("Russian President X")
    return lca, below


def frame_of(lca, below) -> str:
    particle = next((c.lower_ for c in lca.children if c.dep_ == "prt"), "")
    lemma = lca.lemma_.lower() + (f" {particle}" if particle else "")
    if below is None:
        return lemma
    rel = f"+{below.lower_}" if below.dep_ in ("prep", "agent") else below.dep_
    return f"{lemma} {rel}"



def parsed_with_heads(pipeline, articles, wanted):
    """Each article run through wirecoder, with its parse: (article, record, doc, heads), where heads are
    (actor id, the root token of one of its mentions) for every actor ``wanted`` accepts. (The parse is
    kept by wrapping the pipeline's record step; an article that fails is skipped.)"""
    from wirecoder.sources import Document
    docs = []
    original = pipeline._record

    def keep(doc, document, article):  # the parse, beside the record
        docs.append(doc)
        return original(doc, document, article)

    pipeline._record = keep  # type: ignore[method-assign]
    for article in articles:
        docs.clear()
        try:
            record = pipeline.extract(Document(text=article.text, source=article.path),
                                      reference_date=article.published)
        except Exception:
            continue
        if not docs:
            continue
        doc = docs[0]
        heads = []
        for actor in record.actors:
            if not wanted(actor):
                continue
            for start, end in actor.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    heads.append((actor.id, span.root))
        yield article, record, doc, heads

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", default="all", choices=("bbc", "fundus", "reuters", "agnews", "all"))
    ap.add_argument("--limit", type=int, default=400, help="articles per source")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--lemma", help="print the sentences whose governing lemma is this one")
    ap.add_argument("--examples", type=int, default=1)
    ap.add_argument("--core", action="store_true",
                    help="count only pairs of states, international bodies and persons with a country")
    ap.add_argument("--dump", type=Path, help="write every (lemma, frame, article, sentence) found as TSV")
    args = ap.parse_args(argv)
    if event_audit.shared_absent() or not DICTIONARY.exists():
        return 0
    import wirecoder
    from wirecoder.events.lexicon import noun_patterns, verb_patterns

    sources = {"bbc", "fundus", "reuters", "agnews"} if args.source == "all" else {args.source}
    articles = pool(sources, args.limit)
    cameo = dictionary_verbs(DICTIONARY)
    ours = set(verb_patterns()) | set(noun_patterns())
    pipeline = wirecoder.load()
    lemmas: collections.Counter[str] = collections.Counter()
    frames: collections.Counter[str] = collections.Counter()
    pos: dict[str, str] = {}
    examples: dict[str, list[str]] = collections.defaultdict(list)
    sentences = candidate = 0
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None

    def wanted(actor) -> bool:
        return _political(actor) and not (args.core and actor.kind in {"organization", "group"})

    for article, record, doc, heads in parsed_with_heads(pipeline, articles, wanted):
        triggers = [e.trigger[0] for e in record.events]
        for sent in doc.sents:
            sentences += 1
            inside = [(i, t) for i, t in heads if sent.start <= t.i < sent.end]
            if len({i for i, _ in inside}) < 2:
                continue
            if any(sent.start_char <= t < sent.end_char for t in triggers):
                continue
            candidate += 1
            seen_l: set[str] = set()
            seen_f: set[str] = set()
            for ia, ta in inside:
                for ib, tb in inside:
                    if ia == ib or ta.i > tb.i:
                        continue
                    lca, below = _governor(ta, tb)
                    if lca is None or lca.pos_ not in ("VERB", "NOUN"):
                        continue
                    lemma = lca.lemma_.lower()
                    frame = frame_of(lca, below)
                    pos.setdefault(lemma, lca.pos_)
                    if lemma not in seen_l:
                        seen_l.add(lemma)
                        lemmas[lemma] += 1
                        if len(examples[lemma]) < max(args.examples, 50 if args.lemma else 0):
                            examples[lemma].append(f"[{frame}] {' '.join(sent.text.split())[:220]}")
                    if frame not in seen_f:
                        seen_f.add(frame)
                        frames[frame] += 1
                        if dump:
                            dump.write(f"{lemma}\t{frame}\t{ia}\t{ib}\t{article.path}\t{' '.join(sent.text.split())}\n")
    if dump:
        dump.close()
    print(f"{len(articles)} articles, {sentences} sentences, {candidate} with two political actors "
          "and no event printed")
    if args.lemma:
        for line in examples.get(args.lemma, []):
            print("   ", line)
        return 0
    print("governing lemmas (C: PETRARCH-2 codes it, P: a pattern of ours has the lemma), by sentences")
    for lemma, n in lemmas.most_common(args.top):
        mark = ("C" if lemma in cameo else "-") + ("P" if lemma in ours else "-")
        top = ", ".join(f"{f} {c}" for f, c in frames.most_common() if f.split(" ")[0] == lemma)[:90]
        print(f"{n:4d} {mark} {pos[lemma][0]} {lemma:<14} {top}")
        for line in examples[lemma][:args.examples]:
            print("        ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
