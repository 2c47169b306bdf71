"""The sector code list (``data/actors/sectors.yaml``): CAMEO's agent types, with what each means.

Every other table (office holders, agents) checks its sector codes against this list at load, so a
typing slip ("GOB") is an error naming the file and entry rather than a sector no query will find.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .tables import read_table, table_paths

FILE = "sectors.yaml"


@dataclass(frozen=True)
class Sector:
    """One sector code: its short name, a one-line meaning, and whether it is a branch of the state."""

    code: str
    name: str
    meaning: str
    state: bool


class Sectors:
    """The known sector codes, from the package's list and any user files (``sectors:`` sections)."""

    def __init__(self, sectors: dict[str, Sector]) -> None:
        self.by_code = sectors

    @classmethod
    def load(cls, paths: Iterable[str | Path] = ()) -> Sectors:
        found: dict[str, Sector] = {}
        for path in table_paths(FILE, paths):
            name, section = read_table(path, "sectors")
            if not isinstance(section, dict):
                raise InputError(name, "sectors: must map codes to {name, meaning, state}")
            for code, raw in section.items():
                found[str(code)] = _sector(name, str(code), raw)
        return cls(found)

    def __contains__(self, code: object) -> bool:
        return code in self.by_code

    def __iter__(self):  # noqa: ANN204 - an iterator of codes
        return iter(self.by_code)

    def check(self, code: object, where: str, entry: str) -> str:
        """``code`` if it is a known sector, else an error naming the file and entry."""
        if not isinstance(code, str) or code not in self.by_code:
            raise InputError(where, f"{entry}: unknown sector {code!r} (the codes are in {FILE})")
        return code

    def is_state(self, code: str | None) -> bool:
        """True for a branch of the state itself (GOV, MIL, COP, SPY, JUD, LEG)."""
        return code is not None and code in self.by_code and self.by_code[code].state


def _sector(where: str, code: str, raw: object) -> Sector:
    # A code is three capital letters, like CAMEO's; anything else is a slip in the file.
    if not (len(code) == 3 and code.isalpha() and code.isupper()):
        raise InputError(where, f"sector {code!r}: a code is three capital letters (GOV, MIL)")
    if not isinstance(raw, dict) or not raw.get("name") or not raw.get("meaning"):
        raise InputError(where, f"sector {code}: needs a name and a one-line meaning")
    return Sector(code, str(raw["name"]), str(raw["meaning"]), bool(raw.get("state", False)))
