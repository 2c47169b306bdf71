"""`wirecoder evaluate BENCHMARK`: score wirecoder on public gold sets, beside its peers."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score wirecoder on public gold sets (needs ../shared data)")
    benchmarks = p.add_subparsers(dest="benchmark", metavar="BENCHMARK")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])

    q = benchmarks.add_parser("quotes", help="quote attribution on PolNeAR (found / attributed P, R, F1)")
    q.add_argument("--split", choices=("test", "dev", "train"), default="test")
    q.add_argument("--limit", type=int, metavar="N", help="score only the first N documents")
    q.add_argument("--baseline", action="store_true",
                   help="also score textacy's direct_quotations on the same documents")
    q.add_argument("--data", metavar="DIR",
                   help="folder with polnear_{train,dev,test}.jsonl (default: ../shared/data/quotes/derived)")
    q.add_argument("--quote-scope", choices=("attributions", "statements"), default="attributions",
                   help="what counts as a quote: every attribution of a statement, belief or stance, as PolNeAR "
                        "marks them (default here), or only what was said (wirecoder's default scope)")
    q.set_defaults(func=run_quotes)

    # The other benchmarks live in their own modules, each adding its own subcommand.
    for name in ("events", "news"):
        module = importlib.import_module(f"wirecoder.evaluation.{name}")
        module.register(benchmarks)


def run_quotes(args: argparse.Namespace) -> int:
    from ..evaluation import quotes

    folder = Path(args.data) if args.data else quotes.default_data_dir()
    path = folder / f"polnear_{args.split}.jsonl"
    if not path.exists():
        print(f"wirecoder: PolNeAR data not found at {path}; skipping (pass --data DIR)", file=sys.stderr)
        return 0
    golds = quotes.load_polnear(path, args.limit)
    n_gold = sum(len(g.attributions) for g in golds)
    print(f"PolNeAR {args.split}: {len(golds)} documents, {n_gold} gold attributions "
          f"(found: content Jaccard >= {quotes.JACCARD_MIN}; attributed: and speaker overlaps source)")
    print(f"quote scope: {args.quote_scope} (settings.toml [quotes] scope; PolNeAR marks attributions, stances "
          "and findings included)")
    print(quotes.HEADER)
    for result in quotes.evaluate(golds, baseline=args.baseline, scope=args.quote_scope):
        print(result.row())
    return 0
