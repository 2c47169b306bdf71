"""The one parser of the ISO dates a caller or a file gives (``2026-11-29``).

Every place that takes a date as a value (a reference date, a source's published date, a query's
bounds, a date line in an article) reads it here, so that they all accept the same dates and word
a bad one the same way. (Dates written in words, "March 12, 2024" and "on Monday", are the reader's
and the events stage's, with their word lists in ``data/reader/calendar.yaml``.)
"""

from __future__ import annotations

from datetime import date

from . import errors
from .errors import DateError


def parse_date(value: date | str | None, what: str | None = None) -> date | None:
    """``value`` as a date: None stays None, a date is kept, a string must be ``YYYY-MM-DD``.

    A bad string raises :class:`~wirecoder.errors.DateError`; ``what`` names the value in its
    message (``reference_date: '2026-13-01' is not a date like 2026-11-29``).
    """
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        message = errors.BAD_DATE.format(value=value)
        raise DateError(f"{what}: {message}" if what else message) from None


def leading_date(value: date | str | None) -> date | None:
    """The date at the start of a source's own stamp (``2024-03-12T09:30:00Z``), or None when it has
    none: a source's date is a hint, and a bad one is left out rather than refused."""
    try:
        return parse_date(value if value is None or isinstance(value, date) else str(value)[:10])
    except DateError:
        return None
