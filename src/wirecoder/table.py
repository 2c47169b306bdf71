"""Output formatting for query results: an aligned table for people, CSV and JSON lines for programs,
and small Unicode charts (sparklines, horizontal bars) for the terminal.

Rows are plain dicts (what :mod:`wirecoder.store.query` returns); the columns are the first row's
keys unless given. Nothing here knows about the store.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO, Any

from .csvsafe import safe_cell

FORMATS = ("table", "csv", "jsonl")

# Eight heights of a sparkline, lowest first.
SPARK = "▁▂▃▄▅▆▇█"
# Eighths of a full block, for bars that grow left to right: index n draws n/8 of a cell.
EIGHTHS = " ▏▎▍▌▋▊▉█"


def _plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO strings, everything else as is."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _cell(value: Any, width: int | None) -> str:
    """How a value reads in a table cell: empty for null, floats to two places, one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(_plain(value)).replace("\n", " ").replace("\t", " ")
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _numeric(values: Iterable[Any]) -> bool:
    seen = False
    for v in values:
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int | float):
            return False
        seen = True
    return seen


def format_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None,
                 max_width: int | None = 60) -> str:
    """An aligned plain-text table: a header, a rule, then one line per row.

    Numbers are right-aligned; text longer than ``max_width`` is cut with an ellipsis (use CSV or
    JSON lines for the whole text).
    """
    columns = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    if not columns:
        return "(no rows)\n"
    cells = [[_cell(r.get(c), max_width) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    right = [_numeric(r.get(c) for r in rows) for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out.extend(line(c) for c in cells)
    if not rows:
        out.append("(no rows)")
    return "\n".join(out) + "\n"


def write_csv(rows: Iterable[dict[str, Any]], stream: IO[str],
              columns: Sequence[str] | None = None) -> None:
    """CSV with a header line; nulls are empty fields; a text that would start a spreadsheet formula
    gets a leading ``'`` (see ``csvsafe.py``)."""
    writer: csv.DictWriter | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(columns or row), extrasaction="ignore",
                                    lineterminator="\n")
            writer.writeheader()
        # A list (an event's article ids) is one cell, its items separated by spaces.
        writer.writerow({k: safe_cell(" ".join(map(str, v)) if isinstance(v, list) else _plain(v))
                         for k, v in row.items()})
    if writer is None and columns:
        csv.writer(stream, lineterminator="\n").writerow(columns)


def write_jsonl(rows: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    """One JSON object per line."""
    for row in rows:
        stream.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")


def write_rows(rows: Sequence[dict[str, Any]], stream: IO[str], fmt: str = "table",
               columns: Sequence[str] | None = None, max_width: int | None = 60) -> None:
    """Write rows in one of :data:`FORMATS`."""
    if fmt == "table":
        stream.write(format_table(rows, columns, max_width))
    elif fmt == "csv":
        write_csv(rows, stream, columns)
    elif fmt == "jsonl":
        write_jsonl(rows, stream)
    else:
        raise ValueError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")


def sparkline(values: Sequence[float | None], low: float | None = None,
              high: float | None = None) -> str:
    """One character per value, from ▁ (``low``) to █ (``high``); a blank for a missing value.

    ``low``/``high`` default to the values' own range, so a flat series draws as a flat line.
    """
    present = [v for v in values if v is not None]
    if not present:
        return " " * len(values)
    lo = min(present) if low is None else low
    hi = max(present) if high is None else high
    span = hi - lo
    out = []
    for v in values:
        if v is None:
            out.append(" ")
            continue
        level = 0 if span <= 0 else round((min(max(v, lo), hi) - lo) / span * (len(SPARK) - 1))
        out.append(SPARK[level])
    return "".join(out)


def bar(value: float, maximum: float, width: int = 20) -> str:
    """A horizontal bar ``width`` cells long at ``maximum``, drawn to an eighth of a cell."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = round(min(value, maximum) / maximum * width * 8)
    full, rest = divmod(eighths, 8)
    return ("█" * full + (EIGHTHS[rest] if rest else "")) or "▏"
