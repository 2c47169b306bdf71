"""CSV cells a spreadsheet would run as formulas, made inert (OWASP's rule for CSV injection).

A dispatch may quote ``=2+3`` or ``@SUM(1``; written to a CSV cell as is, Excel, LibreOffice and Google
Sheets evaluate it. Every text cell of a CSV (``export ... .csv``, the GDELT TSV, ``--format csv``)
that starts with one of :data:`FORMULA_STARTS` gets a leading apostrophe, which a spreadsheet shows as
text and does not display. Numbers are left alone (``-3.5`` is a Goldstein weight, not a formula).
JSONL and Parquet keep every text exactly as stored: they are read by programs, not spreadsheets.
"""

from __future__ import annotations

from typing import Any

# OWASP "CSV Injection": equals, plus, minus, at, tab and carriage return start a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text that would start a formula, with a leading ``'``; any other value as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_sql(column: str) -> str:
    """The same rule as a DuckDB expression over a VARCHAR ``column`` (an already quoted name)."""
    starts = ", ".join("'" + c.replace("'", "''") + "'" for c in FORMULA_STARTS)
    return (f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END")
