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

Round 34 (``--office``, ``--roots``, ``--dump``/``--from-dump``, ``--out``): ``--office`` counts only
states, international bodies and persons with an office the text gives (a role), the pairs an event
coder codes; ``--roots`` prints for each lemma the CAMEO root PETRARCH-2's dictionary files it under
(a verb's own code, else its block's, else ``~`` and the commonest code of the block's phrases: a
hint of what a coder would give, never copied into the patterns); ``--dump`` keeps every row (with
the part of speech) so that ``--from-dump`` ranks again without running wirecoder, and ``--out``
writes the ranking to a file (``benchmarks/results/missing_events_round34.txt``)::

    python benchmarks/missing_events.py --office --limit 2000 --dump /tmp/rows.tsv --top 150 --roots \
        --out benchmarks/results/missing_events_round34.txt

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


def dictionary_roots(path: Path) -> dict[str, str]:
    """Verb (lower case) -> the CAMEO code PETRARCH-2 gives it: the code on the verb's own line, else its
    block's, else ``~`` and the commonest code of the block's phrase lines (blocks of phrases only)."""
    import re
    block = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
    code_of = re.compile(r"\[([0-9]{2,4})\]")
    roots: dict[str, str] = {}
    code, words, phrases = None, [], collections.Counter()

    def flush() -> None:
        hint = f"~{phrases.most_common(1)[0][0]}" if phrases else None
        for word, own in words:
            value = own or (code if code and code != "---" else hint)
            if value:
                roots.setdefault(word, value)

    for line in path.read_text(errors="replace").splitlines():
        if m := block.match(line):
            flush()
            code, words, phrases = m.group(2), [], collections.Counter()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        found = code_of.search(line)
        if line.startswith("-"):
            if found:
                phrases[found.group(1)] += 1
            continue
        if line.startswith(" "):
            continue
        word = line.split()[0].strip("+").lower()
        if re.fullmatch(r"[a-z_]+", word):
            words.append((word.replace("_", " "), found.group(1) if found else None))
    flush()
    return roots


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
    ap.add_argument("--office", action="store_true",
                    help="count only states, international bodies and persons with an office (a role)")
    ap.add_argument("--roots", action="store_true", help="print PETRARCH-2's CAMEO code of each lemma")
    ap.add_argument("--from-dump", type=Path, help="rank the rows of an earlier --dump (no wirecoder run)")
    ap.add_argument("--out", type=Path, help="write the ranking to this file too")
    args = ap.parse_args(argv)
    if event_audit.shared_absent() or not DICTIONARY.exists():
        return 0
    if args.from_dump:
        return _rank_dump(args)
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
        if args.office:
            return actor.kind in ("state", "igo") or (actor.kind == "person" and bool(actor.role))
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
                            dump.write(f"{lemma}\t{frame}\t{ia}\t{ib}\t{article.path}\t"
                                       f"{' '.join(sent.text.split())}\t{lca.pos_}\n")
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


def _rank_dump(args) -> int:
    """The ranking of ``--roots`` from the rows of a ``--dump``: lemmas by sentences (a sentence counts
    once per lemma), their part of speech, PETRARCH-2's code, whether a pattern has the lemma, the
    commonest frames and one sentence."""
    from wirecoder.events.lexicon import noun_patterns, verb_patterns
    roots = dictionary_roots(DICTIONARY)
    ours = set(verb_patterns()) | set(noun_patterns())
    lemmas: collections.Counter[str] = collections.Counter()
    frames: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    pos: dict[str, str] = {}
    example: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    articles: set[str] = set()
    for line in args.from_dump.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 7:
            continue
        lemma, frame, _a, _b, path, sentence, part = cols[:7]
        articles.add(path)
        frames[lemma][frame] += 1
        pos.setdefault(lemma, part)
        if (lemma, sentence) in seen:
            continue
        seen.add((lemma, sentence))
        lemmas[lemma] += 1
        example.setdefault(lemma, sentence[:160])
    out = [f"{len(articles)} articles with a sentence of two {'office-holding ' if args.office else ''}political "
           "actors and no event; governing lemmas by sentences",
           "columns: sentences, part of speech, PETRARCH-2 CAMEO code (~: commonest code of the verb's "
           "phrase block, a hint), P if a pattern of ours has the lemma, lemma, frames"]
    for lemma, n in lemmas.most_common(args.top):
        code = roots.get(lemma, "-")
        mark = "P" if lemma in ours else "-"
        top = ", ".join(f"{f} {c}" for f, c in frames[lemma].most_common(4))[:100]
        out.append(f"{n:4d} {pos[lemma][0]} {code:<6} {mark} {lemma:<14} {top}")
        if args.examples:
            out.append(f"         {example[lemma]}")
    text = "\n".join(out) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
