"""When an event happened: the date words of its sentence, resolved against the article's date.

The words (month names and abbreviations, weekdays, "yesterday", "last"/"next") are the reader's,
in ``data/reader/calendar.yaml``: one place to edit them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from importlib import resources

import yaml

_CALENDAR = yaml.safe_load(resources.files("wirecoder").joinpath("data", "reader", "calendar.yaml")
                           .read_text("utf-8"))
MONTHS: dict[str, int] = {str(k).lower(): int(v) for k, v in _CALENDAR["months"].items()}
WEEKDAYS: dict[str, int] = {str(k).lower(): int(v) for k, v in _CALENDAR["weekdays"].items()}
RELATIVE_DAYS: dict[str, int] = {str(k).lower(): int(v) for k, v in _CALENDAR["relative_days"].items()}
SHIFTERS = [str(w).lower() for w in _CALENDAR["weekday_shifters"]]
FORWARD = {str(w).lower() for w in _CALENDAR["forward_shifters"]}


def _alternation(words: list[str] | dict[str, int]) -> str:
    """A regex alternation of whole words, longest first ("sept" before "sep")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Compiled once. Order matters: the first kind that matches in a sentence wins. A month word must
# end where the word ends ("Dec." and "December", never "Decree"); an abbreviation may take a stop.
_MONTH = rf"({_alternation(MONTHS)})\b\.?"
_RELATIVE = re.compile(rf"\b({_alternation(RELATIVE_DAYS)})\b", re.I)
_WEEKDAY = re.compile(rf"\b(?:({_alternation(SHIFTERS)})\s+)?({_alternation(WEEKDAYS)})\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(\d{{4}}))?", re.I)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _dated(y: int | None, m: int, d: int, ref: date) -> date | None:
    """A day and month without a year: the one nearest the article date (news looks back)."""
    if y:
        return _safe(y, m, d)
    this = _safe(ref.year, m, d)
    if this is None:
        return None
    return _safe(ref.year - 1, m, d) if (this - ref).days > 31 else this


def resolve_date(sentence: str, published: date | None) -> tuple[date | None, bool]:
    """(the event's date, whether the sentence itself gave it).

    "yesterday", "on Thursday" (the last Thursday on or before the article date), "last Friday"
    (the last Friday before it), "next Monday", "March 3" / "3 March" (nearest year). Without any,
    the article's date.
    """
    if published is None:
        return None, False
    m = _RELATIVE.search(sentence)
    if m:
        return published - timedelta(days=RELATIVE_DAYS[" ".join(m.group(1).lower().split())]), True
    for pattern, month, day in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):  # "May 3", "3 May" (the year: group 3)
        m = pattern.search(sentence)
        if m:
            found = _dated(int(m.group(3)) if m.group(3) else None, MONTHS[m.group(month).lower()],
                           int(m.group(day)), published)
            if found:
                return found, True
    m = _WEEKDAY.search(sentence)
    if m:
        which = (m.group(1) or "").lower()
        back = (published.weekday() - WEEKDAYS[m.group(2).lower()]) % 7
        if which in FORWARD:
            return published + timedelta(days=(7 - back) % 7 or 7), True
        if which and back == 0:
            back = 7  # "last Friday" said on a Friday is a week ago
        return published - timedelta(days=back), True
    return published, False
