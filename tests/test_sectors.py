"""The sector code list: CAMEO's agent types in one data file, checked at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors.sectors import Sectors
from wirecoder.errors import InputError


def test_the_list_has_cameo_s_agent_types() -> None:
    sectors = Sectors.load()
    for code in ("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "UAF", "CVL",
                 "BUS", "MED", "HLH", "NGO", "EDU", "REL", "LAB", "REF", "ELI", "CRM"):
        assert code in sectors, code
        assert sectors.by_code[code].meaning


def test_branches_of_the_state_are_marked() -> None:
    sectors = Sectors.load()
    assert sectors.is_state("MIL") and sectors.is_state("SPY")
    assert not sectors.is_state("REB") and not sectors.is_state("ELI") and not sectors.is_state(None)


def test_an_unknown_code_is_an_error_naming_the_entry() -> None:
    with pytest.raises(InputError, match="entry 4: unknown sector 'GOB'"):
        Sectors.load().check("GOB", "my.yaml", "entry 4")


def test_a_user_file_adds_codes_and_bad_codes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "sectors.yaml"
    path.write_text("sectors:\n  SPT: {name: sport, meaning: clubs and athletes}\n", "utf-8")
    assert "SPT" in Sectors.load([path]) and "GOV" in Sectors.load([path])
    path.write_text("sectors:\n  sport: {name: sport, meaning: clubs}\n", "utf-8")
    with pytest.raises(InputError, match="three capital letters"):
        Sectors.load([path])
