"""When an event happened: the date words of its sentence, resolved against the article's date."""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

# Compiled once. Order matters: the first kind that matches in a sentence wins.
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|the day before yesterday)\b", re.I)
_WEEKDAY = re.compile(r"\b(last|this|next|on|late|early)?\s*(" + "|".join(WEEKDAYS) + r")\b", re.I)
_MONTH_DAY = re.compile(
    r"\b(?:on\s+)?(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(\d{4}))?", re.I)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b(?:,?\s+(\d{4}))?",
    re.I)


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
        word = m.group(1).lower()
        days = {"yesterday": 1, "today": 0, "tonight": 0, "the day before yesterday": 2}[word]
        return published - timedelta(days=days), True
    m = _MONTH_DAY.search(sentence)
    if m:
        found = _dated(int(m.group(3)) if m.group(3) else None, _MONTH_ABBR[m.group(1)[:3].lower()],
                       int(m.group(2)), published)
        if found:
            return found, True
    m = _DAY_MONTH.search(sentence)
    if m:
        found = _dated(int(m.group(3)) if m.group(3) else None, _MONTH_ABBR[m.group(2)[:3].lower()],
                       int(m.group(1)), published)
        if found:
            return found, True
    m = _WEEKDAY.search(sentence)
    if m:
        which = (m.group(1) or "").lower()
        back = (published.weekday() - WEEKDAYS.index(m.group(2).lower())) % 7
        if which == "next":
            return published + timedelta(days=(7 - back) % 7 or 7), True
        if which == "last" and back == 0:
            back = 7
        return published - timedelta(days=back), True
    return published, False
