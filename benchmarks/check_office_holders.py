"""Cross-check the office-holder table against the PETRARCH2 Phoenix country dictionary::

    python benchmarks/check_office_holders.py [--show]

``data/actors/office_holders.yaml`` was written by hand. The Phoenix dictionary
(``../shared/data/event-coding/petrarch2/dictionaries/Phoenix.Countries.actors.txt``, CountryInfo
2014) gives, for many of the same people, date ranges in which they were their state's government
(``[RUSGOV 991231-080507]``). For every such range of a person both files know, this script checks
that our table has that person in office, for the same state, at the range's middle day, and counts
how many of our holdings start within 31 days of a Phoenix range's start. It prints the ranges we
do not cover with ``--show``; they are leads to check by hand (Phoenix has overlapping and rounded
ranges of its own), not errors by themselves. Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from wirecoder.actors.office_holders import OfficeHolders

PHOENIX = (Path(__file__).resolve().parents[2] / "shared" / "data" / "event-coding" / "petrarch2"
           / "dictionaries" / "Phoenix.Countries.actors.txt")
CODE = re.compile(r"\[([A-Z]{3})GOV\s+(\d{6,8})-(\d{6,8})\]")


def _day(text: str) -> dt.date:
    # Six digits are YYMMDD: 50-99 are the 1900s, the rest the 2000s.
    if len(text) == 6:
        year = int(text[:2])
        text = f"{1900 + year if year >= 50 else 2000 + year}{text[2:]}"
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def phoenix_ranges(path: Path) -> dict[str, list[tuple[str, dt.date, dt.date]]]:
    """NAME (as 'ANGELA MERKEL') -> its dated GOV ranges (state, from, to)."""
    ranges: dict[str, list[tuple[str, dt.date, dt.date]]] = {}
    names: list[str] = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if line and not line[0].isspace() and not line.startswith(("#", "+", "[")):
            names = [line.split("#")[0].strip().strip("_").replace("_", " ")]
        elif line.startswith("+"):
            names.append(line[1:].split("#")[0].strip().strip("_").replace("_", " "))
        for state, start, end in CODE.findall(line):
            try:
                for name in names:
                    ranges.setdefault(name, []).append((state, _day(start), _day(end)))
            except ValueError:
                continue
    return ranges


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the Phoenix ranges we do not cover")
    args = parser.parse_args(argv)
    if not PHOENIX.exists():
        print(f"skipped: {PHOENIX} is not here")
        return 0
    table = OfficeHolders.load()
    ranges = phoenix_ranges(PHOENIX)
    checked = covered = starts = holdings = 0
    for person in table.people.values():
        known = ranges.get(person.name.upper()) or []
        known = [r for r in known if r[1] >= dt.date(1985, 1, 1) and (r[2] - r[1]).days > 60]
        if not known:
            continue
        for state, start, end in known:
            checked += 1
            middle = start + (end - start) / 2
            held = table.holding(person.id, middle)
            if held is not None and held.office is not None and held.country in (state, None):
                covered += 1
            elif args.show:
                print(f"not covered: {person.name} {state} {start} to {end} (ours on {middle}: "
                      f"{held.country if held else None} {held.office if held else None})")
        for h in person.holdings:
            holdings += 1
            starts += any(abs((h.start - s).days) <= 31 for _, s, _ in known if h.start)
    print(f"Phoenix GOV ranges of people in both files (from 1985, over 60 days): {checked}   "
          f"in office in ours at the range's middle: {covered / max(checked, 1):.3f}   "
          f"our holdings of those people starting within 31 days of a Phoenix range: "
          f"{starts}/{holdings}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
