"""The command line: a thin layer over the Python API, with the same names.

Each command group lives in its own module with a ``register(subparsers)`` function.

Exit status, the same rule for every command (README, "Exit status"):

=====  =====================================================================================
0      everything asked was done (a query with no rows and a rerun with nothing new included)
1      nothing was done: an error before any work (a store that cannot be opened, a bad value,
       a settings or actors file that cannot be read), or every item failed, or none was found
2      a usage error: an unknown option or a malformed value, reported by the argument parser
3      done in part: some items failed (each is named on standard error or in the summary)
130    interrupted by Ctrl-C (SIGINT), 143 by SIGTERM: what was committed is kept
=====  =====================================================================================
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from ..errors import WirecoderError

OK, FAILED, USAGE, PARTIAL = 0, 1, 2, 3


def outcome_status(done: int, failed: int) -> int:
    """The exit status of a command over items: 0 all done, 3 some failed, 1 none done."""
    if failed and done:
        return PARTIAL
    return FAILED if failed or not done else OK


def at_least(minimum: int, meaning: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number not under ``minimum`` (else a usage error, status 2).
    ``meaning`` says what the minimum means (``at_least(0, "all")``: "must be 0 (all) or more")."""
    def whole(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"{value!r}: must be {minimum}{f' ({meaning})' if meaning else ''} or more")
        return n

    return whole


# Modules that add commands, in the order `wirecoder --help` lists them.
COMMAND_MODULES = ["extract", "ingest", "query", "export", "evaluate", "serve"]


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    """The options of every command that loads the pipeline (extract, ingest)."""
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (YAML); may be given several times")
    p.add_argument("--model", help="another installed spaCy pipeline to use")
    p.add_argument("--settings", metavar="FILE", help="a settings.toml laid over the defaults")


def add_rule_options(p: argparse.ArgumentParser) -> None:
    """Users' own rule files for the quotes and events stages, in the package files' formats."""
    p.add_argument("--patterns", action="append", default=[], metavar="FILE",
                   help="extra event patterns (YAML, like data/events/patterns.yaml); may be given several times")
    p.add_argument("--cues", action="append", default=[], metavar="FILE",
                   help="extra quote cue words (YAML, like data/quotes/cues.yaml); may be given several times")
    p.add_argument("--stance", action="append", default=[], metavar="FILE",
                   help="extra stance words (YAML, like data/events/stance.yaml); may be given several times")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirecoder",
        description="News dispatches to checkable data: actors, quotes, CAMEO/PLOVER events.")
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # a command group not written yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return USAGE
    try:
        return int(args.func(args) or 0)
    except WirecoderError as exc:
        # an API error names no flag; the one-line message adds the flag that helps, if any
        hint = getattr(exc, "cli_hint", None)
        print(f"wirecoder: {exc}" + (f" {hint}" if hint else ""), file=sys.stderr)
        return FAILED
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an unwritable --out, a full disk: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"wirecoder: {where}{exc.strerror or exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt as exc:
        print("wirecoder: interrupted", file=sys.stderr)
        return 128 + int(getattr(exc, "signum", 2))  # 130 for SIGINT, 143 for SIGTERM
    except Exception as exc:
        # DuckDB's own errors (COPY to an unwritable path, a file that is not a store) are not
        # OSError: their first line. Any other exception is a bug and keeps its traceback. duckdb is
        # looked up only if already loaded.
        duckdb = sys.modules.get("duckdb")
        if duckdb is not None and isinstance(exc, duckdb.Error):
            text = str(exc).strip()
            print(f"wirecoder: {text.splitlines()[0] if text else type(exc).__name__}", file=sys.stderr)
            return FAILED
        raise


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
