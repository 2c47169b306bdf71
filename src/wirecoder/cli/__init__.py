"""The command line: a thin layer over the Python API, with the same names.

Each command group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import WirecoderError

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
        return 2
    try:
        return int(args.func(args) or 0)
    except WirecoderError as exc:
        # an API error names no flag; the one-line message adds the flag that helps, if any
        hint = getattr(exc, "cli_hint", None)
        print(f"wirecoder: {exc}" + (f" {hint}" if hint else ""), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an unwritable --out, a full disk: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"wirecoder: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("wirecoder: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # DuckDB's own file errors (COPY to an unwritable path) are not OSError; any other
        # exception is a bug and keeps its traceback. duckdb is looked up only if already loaded.
        duckdb = sys.modules.get("duckdb")
        if duckdb is not None and isinstance(exc, duckdb.IOException):
            text = str(exc).strip()
            print(f"wirecoder: {text.splitlines()[0] if text else type(exc).__name__}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
