"""Who held which office, where, from when to when (``data/actors/office_holders.yaml``).

The table answers one question for the actor stage: given a name the text uses ("Blair", "President
Xi", "Angela Merkel") and the article's date, what did that person hold then? A person out of office
on that date (before, between or after their holdings) is ``ELI`` with no current office: a former
chancellor is not given the chancellery. The text always wins over the table; the table only fills
in what the text leaves out.

An alias shared by several people ("Bush") is settled by the date: the one in office then, else the
one who left office most recently before it, else the one whose first office is nearest after it.

Not done here: finding names in text (the dictionary's matcher does that), titles the text gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dates import parse_date
from ..errors import DateError, InputError
from .sectors import Sectors
from .tables import read_table, table_paths, words

FILE = "office_holders.yaml"
FORMER = "ELI"  # the sector of a person who holds none of their listed offices on the date


@dataclass(frozen=True)
class Holding:
    """One person's office on a date, or (sector ELI, office None) their standing out of office.

    ``end`` is the day the office passed on (the successor's first day), or None while it is held.
    ``body`` is the international organisation the office belongs to (UN, NATO), if any; its
    holders act for it, not for their country. ``former`` is the office last held, for an ELI.
    """

    person: str
    name: str
    country: str | None
    office: str | None
    sector: str
    start: dt.date | None
    end: dt.date | None
    body: str | None = None
    former: str | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    holdings: tuple[Holding, ...]  # sorted by start, never overlapping


class OfficeHolders:
    """The dated table of office holders, looked up by person id, name or alias."""

    def __init__(self, people: dict[str, Person]) -> None:
        self.people = people
        self._names: dict[str, list[str]] = {}
        for person in people.values():
            for form in (person.id, person.name, *person.aliases):
                for key in {form, form.casefold()}:
                    ids = self._names.setdefault(key, [])
                    if person.id not in ids:
                        ids.append(person.id)

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), sectors: Sectors | None = None) -> OfficeHolders:
        """The package's table, then each user file in turn (an entry with a known id replaces it)."""
        sectors = sectors or Sectors.load()
        people: dict[str, Person] = {}
        for path in table_paths(FILE, paths):
            where, section = read_table(path, "people")
            if not isinstance(section, list):
                raise InputError(where, "people: must be a list of entries (`- id: ...`)")
            seen: set[str] = set()
            for n, raw in enumerate(section, 1):
                person = _person(where, n, raw, sectors)
                if person.id in seen:
                    raise InputError(where, f"entry {n} ({person.id}): the id is listed twice in this file")
                seen.add(person.id)
                people[person.id] = person
        return cls(people)

    def candidates(self, name: str) -> list[Person]:
        """Every person a name, alias or id may mean (exact spelling first, then any case)."""
        ids = self._names.get(name) or self._names.get(name.casefold()) or []
        return [self.people[i] for i in ids]

    def holding(self, person_id_or_alias: str, on: dt.date | None = None) -> Holding | None:
        """What the person held on the date (None: their latest holding); None for an unknown name."""
        people = self.candidates(person_id_or_alias)
        if not people:
            return None
        if isinstance(on, dt.datetime):  # a timestamp's day (datetime and date do not compare)
            on = on.date()
        if on is None:
            return max((p.holdings[-1] for p in people), key=lambda h: h.start or dt.date.min)
        return min((_on(p, on) for p in people), key=lambda h: _distance(h, on))


    def held_by(self, country: str, office: str, on: dt.date) -> list[Holding]:
        """Every holding of ``office`` (lower case) of the state ``country`` itself (no body's office) that covers
        the date: the one person who held it then, where the table has exactly one (actors' ``sole_offices``)."""
        if isinstance(on, dt.datetime):  # a timestamp's day (datetime and date do not compare)
            on = on.date()
        return [h for person in self.people.values() for h in person.holdings
                if h.country == country and h.body is None and (h.office or "").lower() == office and h.covers(on)]


Interval = tuple[dt.date, dt.date]  # [first day, day after the last)


def _tenures(person: Person, role: str, today: dt.date) -> list[Interval] | None:
    """The spans of days in which ``person`` could be written with ``role`` (the office the text gives them): the
    holdings of that office ("Chancellor" names "Chancellor of the Exchequer"), or for "former X" the days after
    each holding of X. None when the role names none of their listed offices (the text gives an office the table
    does not list: no evidence either way)."""
    words = role.lower().split()
    former = bool(words) and words[0] == "former"
    office = " ".join(words[1:] if former else words)
    if not office:
        return None
    spans: list[Interval] = []
    for h in person.holdings:
        held = (h.office or "").lower()
        if held != office and not held.startswith(office + " "):
            continue
        if former:
            if h.end is not None and h.end < today:
                spans.append((h.end, today))
        elif h.start is not None:
            spans.append((h.start, min(h.end or today, today)))
    return spans or None


def article_era(holders: OfficeHolders, titled: Iterable[tuple[str, str]], years: Iterable[int],
                today: dt.date | None = None) -> dt.date | None:
    """era54: the day an undated article is read as of, from what it names; None when the evidence is thin or
    disagrees. ``titled`` holds (person id, office the text itself gives them: "Prime Minister Tony Blair"); each
    known person whose office matches a holding of the table gives the spans of days they held it, and the era is
    where all those spans meet. Why: with no date the table gives each person their latest office, so a story of
    Blair's premiership printed him as a later envoy and his chancellor as prime minister. Within the span they
    meet, the years the text names narrow it: the days from the latest named year that falls inside the span
    (a story names past elections and its targets beyond the span); the era is the middle of what is left. No era
    when no titled holder is known, when the spans do not meet, or when they meet in two separate spans (a person
    who held the office twice) that the named years do not tell apart."""
    today = today or dt.date.today()
    meet: list[Interval] | None = None
    for pid, role in titled:
        person = holders.people.get(pid)
        spans = _tenures(person, role, today) if person is not None else None
        if spans is None:
            continue
        meet = spans if meet is None else [(max(a, c), min(b, d)) for a, b in meet for c, d in spans
                                           if max(a, c) < min(b, d)]
        if not meet:
            return None  # the offices the text gives were never held at the same time
    if not meet:
        return None
    named = sorted(set(years))
    if len(meet) > 1:
        meet = [(a, b) for a, b in meet if any(a.year <= y <= b.year for y in named)]
        if len(meet) != 1:
            return None
    first, end = meet[0]
    inside = [y for y in named if first.year <= y <= end.year]
    if inside:
        first = max(first, dt.date(inside[-1], 1, 1))
    if first >= end:
        return None
    return first + (end - first) / 2


def _on(person: Person, day: dt.date) -> Holding:
    """The person's holding on ``day``, or their standing out of office (ELI) on it."""
    for holding in person.holdings:
        if holding.covers(day):
            return holding
    before = [h for h in person.holdings if h.end is not None and h.end <= day]
    if before:
        last = before[-1]
        later = [h.start for h in person.holdings if h.start is not None and h.start > day]
        return Holding(person.id, person.name, last.country, None, FORMER, last.end,
                       later[0] if later else None, former=last.office)
    first = person.holdings[0]
    return Holding(person.id, person.name, first.country, None, FORMER, None, first.start)


def _distance(holding: Holding, day: dt.date) -> tuple[int, int]:
    # Among people sharing a name: in office on the day first, then out of office most recently,
    # then the one whose first office is nearest ahead.
    if holding.office is not None:
        return (0, 0)
    if holding.former is not None and holding.start is not None:
        return (1, (day - holding.start).days)
    return (2, ((holding.end or dt.date.max) - day).days)


def _date(where: str, entry: str, key: str, value: Any) -> dt.date | None:
    try:
        return parse_date(value, f"{entry}: {key}")
    except DateError as exc:  # the file's name goes in front, as for every error in a table
        raise InputError(where, str(exc)) from None


def _person(where: str, n: int, raw: Any, sectors: Sectors) -> Person:
    if not isinstance(raw, dict):
        raise InputError(where, f"entry {n}: must be a mapping (id:, name:, holdings:), not {type(raw).__name__}")
    if not raw.get("id") or not raw.get("name"):
        raise InputError(where, f"entry {n}: needs an id and a name")
    pid, name = str(raw["id"]), str(raw["name"])
    entry = f"entry {n} ({pid})"
    listed = raw.get("holdings")
    if not isinstance(listed, list) or not listed:
        raise InputError(where, f"{entry}: holdings: must be a list of at least one office")
    holdings = []
    for k, item in enumerate(listed, 1):
        at = f"{entry}, holding {k}"
        if not isinstance(item, dict) or not item.get("office") or "from" not in item:
            raise InputError(where, f"{at}: needs an office and a from: date")
        start = _date(where, at, "from", item["from"])
        end = _date(where, at, "to", item.get("to"))
        if start is None:
            raise InputError(where, f"{at}: from: needs a date")
        if end is not None and end <= start:
            raise InputError(where, f"{at}: ends ({end}) before it starts ({start})")
        country = item.get("country")
        holdings.append(Holding(pid, name, None if country is None else str(country), str(item["office"]),
                                sectors.check(item.get("sector", "GOV"), where, at), start, end,
                                body=None if item.get("body") is None else str(item["body"])))
    holdings.sort(key=lambda h: h.start or dt.date.min)
    # One office at a time: two holdings that overlap are a slip in the dates, and the lookup by
    # date could not say which one the person held.
    for prev, nxt in zip(holdings, holdings[1:], strict=False):
        if prev.end is None or nxt.start is None or nxt.start < prev.end:
            raise InputError(where, f"{entry}: {prev.office} ({prev.start} to {prev.end or 'now'}) overlaps "
                                    f"{nxt.office} (from {nxt.start}); give one office at a time")
    return Person(pid, name, tuple(words(raw.get("aliases"))), tuple(holdings))
