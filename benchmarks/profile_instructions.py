"""How many machine instructions do the stages take? callgrind on documents parsed once.

Seconds on a shared machine move by 5% between runs; the instructions valgrind counts hardly move
at all, so they compare two versions of the stages' code on any machine::

    python benchmarks/profile_instructions.py --limit 20 --out /tmp/cg.now
    python benchmarks/profile_instructions.py --limit 20 --calls      # Python-level view instead

It parses the first ``--limit`` BBC politics articles that ``bench_extract.py`` times once, natively,
saves them with spaCy's ``DocBin``, then runs itself under ``valgrind --tool=callgrind`` with
``PYTHONHASHSEED=0`` (so that set and dict orders, and so the instructions, repeat exactly). There it
loads the saved docs, runs wirecoder's components (actors, quotes, events) over them once to warm up
(lazily loaded data, remembered look-ups), and counts only a second run: instrumentation is switched
on around it (``callgrind_control -i``) and collection happens only inside the ``functools.reduce``
call that drives it (``--toggle-collect``), so neither spaCy's parse nor the start-up is counted.
It prints the total (``Collected``) and the top functions by ``callgrind_annotate``; the total is the
figure to compare. It needs valgrind; each run takes a few minutes.

``--stages actors`` (or ``actors,quotes``) counts only those stages, so that each stage's share
shows as the difference between two runs. ``--stages reader`` counts what ``extract`` does per text
outside the three stages instead (bench_extract.py's "reader only" row less spaCy's parse): the input
check, the reader (``read_article``), the paragraph-break component (on the text's tokens, as it
runs before the parser), the language check and the building of the record (``Pipeline._record``
with no stage); ``--stages reader,json`` adds the full record's ``to_dict`` and JSON text, as the
CLI writes it. ``--per-stage`` makes four such counts (reader; actors; actors and quotes; all three
stages) and prints the instructions of each stage, the difference between two runs, as the README's
table (``PYTHONHASHSEED=0 python benchmarks/profile_instructions.py --limit 20 --per-stage``). ``--calls`` runs the same warmed-up second pass under cProfile instead (no valgrind) and prints the
Python functions with the most own time and their call counts, which also repeat from run to run.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import CORPUS, REFERENCE_DATE, load_texts  # noqa: E402


def shorten(line: str) -> str:
    """A callgrind_annotate line without the build directories and the library in brackets."""
    line = re.sub(r" \[[^\]]*\]$", "", line)
    return re.sub(r"(?<=\s)\S*/(?=[^/\s]+:)", "", line, count=1)


def save_docs(texts: list[str], path: Path) -> None:
    """Parse ``texts`` with wirecoder's spaCy pipeline (as ``extract`` does) and save them."""
    from spacy.tokens import DocBin

    import wirecoder

    pipeline = wirecoder.load()
    docbin = DocBin(store_user_data=False)
    for doc in pipeline.nlp.pipe(texts, batch_size=pipeline.batch_size):
        docbin.add(doc)
    docbin.to_disk(path)


def reader_pass(limit: int, docs_path: Path, json_too: bool) -> tuple[functools.partial, list]:
    """As stages_pass, for the work outside the stages: per text, the input check, the reader, the
    paragraph breaks on the text's tokens (spaCy's tokenizer runs before the count), the language check
    and the record (with no stage, as bench_extract.py's "reader only" row builds it); with
    ``json_too`` also the full record's dict and JSON text (the record of all three stages, made
    before the count from the saved docs)."""
    import json

    from spacy.tokens import DocBin

    import wirecoder
    from wirecoder.article import read_article
    from wirecoder.dates import parse_date
    from wirecoder.nlp import paragraph_breaks
    from wirecoder.sources import Document

    pipeline = wirecoder.load(stages=())
    texts = load_texts(limit)
    reference = parse_date(REFERENCE_DATE, "reference_date")
    full: list = [None] * len(texts)
    if json_too:
        whole = wirecoder.load()
        docs = DocBin().from_disk(docs_path).get_docs(whole.nlp.vocab)
        full = [whole._record(doc, Document(text=t), read_article(t, reference))
                for doc, t in zip(docs, texts, strict=True)]

    def items() -> list:
        return [(pipeline.nlp.make_doc(t), Document(text=t), t, r) for t, r in zip(texts, full, strict=True)]

    def one(_: None, item: tuple) -> None:
        doc, document, text, record = item
        pipeline._check(document)
        article = read_article(text, reference, published_hint=document.meta.get("published"),
                               max_furniture_lines=pipeline.max_furniture_lines)
        paragraph_breaks(doc)
        pipeline._record(doc, document, article)
        if record is not None:
            json.dumps(record.to_dict(), ensure_ascii=False)

    functools.reduce(one, items(), None)  # warm-up
    return functools.partial(functools.reduce, one), items()


def stages_pass(limit: int, docs_path: Path, stages: tuple[str, ...] | None = None) -> tuple[functools.partial, list]:
    """Load the pipeline and the saved docs; run the stages once over them (warm-up); give back a
    function that runs them once more and its argument list."""
    if stages and "reader" in stages:
        return reader_pass(limit, docs_path, "json" in stages)
    from spacy.tokens import DocBin

    import wirecoder
    from wirecoder.article import read_article
    from wirecoder.components import ARTICLE
    from wirecoder.dates import parse_date

    pipeline = wirecoder.load() if stages is None else wirecoder.load(stages=stages)
    texts = load_texts(limit)
    reference = parse_date(REFERENCE_DATE, "reference_date")

    def pairs() -> list:
        docs = list(DocBin().from_disk(docs_path).get_docs(pipeline.nlp.vocab))
        return list(zip(docs, [read_article(t, reference) for t in texts], strict=True))

    def one(_: None, pair: tuple) -> None:
        doc, article = pair
        doc._.set(ARTICLE, article)
        for component in pipeline.components:
            component(doc)

    functools.reduce(one, pairs(), None)  # warm-up (not counted: instrumentation is still off)
    return functools.partial(functools.reduce, one), pairs()  # fresh docs: no per-doc cache left


def child(limit: int, docs_path: Path, stages: tuple[str, ...] | None) -> None:
    """Under valgrind: warm up, then switch instrumentation on for the counted pass only."""
    counted, pairs = stages_pass(limit, docs_path, stages)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    counted(pairs, None)  # collected: --toggle-collect=functools_reduce
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)


def callgrind(limit: int, docs_path: Path, stages: str | None, out: Path) -> tuple[int | None, str]:
    """Runs this script's counted pass under callgrind: the instructions collected (None where the run
    failed) and, on failure, the end of valgrind's output."""
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
               "--toggle-collect=functools_reduce", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--limit", str(limit), "--child", str(docs_path),
               *(["--stages", stages] if stages is not None else [])]
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(command, env=env, capture_output=True, text=True)
    collected = [line.split("Collected :")[1].strip() for line in run.stderr.splitlines()
                 if "Collected :" in line]
    if run.returncode or not collected:
        return None, run.stderr[-3000:]
    return int(collected[0]), ""


# --per-stage: the runs behind the README's table of instructions per stage. A stage reads what the
# stages before it made (quotes the actors, events both), so each is counted as the difference between
# the run with it and the run before.
PER_STAGE_RUNS = (("reader", "reader"), ("actors", "actors"), ("quotes", "actors,quotes"), ("events", None))


def per_stage(limit: int, docs_path: Path, tmp: Path) -> int:
    """Prints the instructions of the work outside the stages and of each stage, as a Markdown table."""
    counts: dict[str, int] = {}
    for name, stages in PER_STAGE_RUNS:
        collected, error = callgrind(limit, docs_path, stages, tmp / f"callgrind.{name}")
        if collected is None:
            print(error)
            return 1
        counts[name] = collected
    total = counts["events"]  # (the three stages' run)
    rows = [("reader (input check, reader, paragraph breaks, language check, record)", counts["reader"]),
            ("actors", counts["actors"]), ("quotes", counts["quotes"] - counts["actors"]),
            ("events", counts["events"] - counts["quotes"])]
    print(f"{limit} BBC politics articles parsed once, PYTHONHASHSEED=0, instructions of the counted pass")
    print("| work | instructions | share of the three stages |")
    print("|---|---|---|")
    for name, n in rows:
        print(f"| {name} | {n / 1e6:,.1f}M | {'' if name.startswith('reader') else f'{n / total:.1%}'} |")
    print(f"| the three stages | {total / 1e6:,.1f}M | 100% |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=20, help="BBC articles (default 20)")
    parser.add_argument("--out", type=Path, help="keep callgrind's output file here")
    parser.add_argument("--top", type=int, default=30, help="functions to list (default 30)")
    parser.add_argument("--calls", action="store_true", help="cProfile the counted pass instead of callgrind")
    parser.add_argument("--stages", help="only these stages, comma-separated (actors,quotes,events; default all); "
                             "'reader' (or 'reader,json'): the work outside the stages instead")
    parser.add_argument("--per-stage", action="store_true",
                        help="count the reader, actors, actors+quotes and all three stages (four callgrind runs) "
                             "and print the instructions per stage as a table (the README's)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the run under valgrind
    args = parser.parse_args(argv)
    stages = tuple(s for s in args.stages.split(",") if s) if args.stages is not None else None
    if args.child:
        child(args.limit, args.child, stages)
        return 0
    if not CORPUS.is_dir():  # the corpus is test data beside the checkout, not part of the product
        print("profile_instructions: skipped: ../shared not found")
        return 0
    if not args.calls and not (shutil.which("valgrind") and shutil.which("callgrind_annotate")):
        print("profile_instructions: skipped: valgrind not found")
        return 0
    with tempfile.TemporaryDirectory(prefix="wirecoder-cg-") as tmp:
        docs_path = Path(tmp) / "docs.spacy"
        save_docs(load_texts(args.limit), docs_path)
        if args.calls:
            counted, pairs = stages_pass(args.limit, docs_path, stages)
            profile = cProfile.Profile()
            profile.enable()
            counted(pairs, None)
            profile.disable()
            stats = pstats.Stats(profile)
            print(f"{stats.total_calls:,} calls ({stats.prim_calls:,} primitive)")
            stats.sort_stats("tottime").print_stats(args.top)
            return 0
        if args.per_stage:
            return per_stage(args.limit, docs_path, Path(tmp))
        out = args.out or Path(tmp) / "callgrind.out"
        collected, error = callgrind(args.limit, docs_path, args.stages, out)
        if collected is None:
            print(error)
            return 1
        print(f"{args.limit} BBC politics articles, stages {args.stages or 'actors,quotes,events'} only, "
              f"PYTHONHASHSEED=0: {collected:,} instructions")
        annotate = subprocess.run(["callgrind_annotate", "--inclusive=no", "--threshold=100", str(out)],
                                  capture_output=True, text=True, check=True)
        lines = [shorten(line) for line in annotate.stdout.splitlines() if "%)" in line]
        print("\n".join(lines[: args.top + 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
