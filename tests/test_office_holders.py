"""The dated table of office holders: who held what on the article's date, and bad user files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from wirecoder.actors.office_holders import OfficeHolders
from wirecoder.errors import InputError

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def table() -> OfficeHolders:
    return OfficeHolders.load()


def test_blair_in_2005_is_the_british_prime_minister(table: OfficeHolders) -> None:
    held = table.holding("Blair", D("2005-02-10"))
    assert (held.country, held.office, held.sector) == ("GBR", "Prime Minister", "GOV")


def test_merkel_in_2022_is_a_former_chancellor_with_no_office(table: OfficeHolders) -> None:
    held = table.holding("Merkel", D("2022-03-01"))
    assert (held.country, held.office, held.sector, held.former) == ("DEU", None, "ELI", "Chancellor")


def test_putin_in_2010_is_prime_minister(table: OfficeHolders) -> None:
    held = table.holding("Putin", D("2010-06-01"))
    assert (held.country, held.office) == ("RUS", "Prime Minister")


def test_obama_in_2020_is_out_of_office(table: OfficeHolders) -> None:
    held = table.holding("Obama", D("2020-01-15"))
    assert (held.country, held.sector, held.office) == ("USA", "ELI", None)


def test_xi_in_2024_is_china_s_president(table: OfficeHolders) -> None:
    held = table.holding("Xi", D("2024-04-01"))
    assert (held.country, held.office, held.sector) == ("CHN", "President", "GOV")


def test_an_unknown_name_gives_none(table: OfficeHolders) -> None:
    assert table.holding("Ottoline Brabazon-Quist", D("2020-01-01")) is None


def test_no_date_gives_the_latest_holding(table: OfficeHolders) -> None:
    assert table.holding("person:vladimir-putin").office == "President"
    assert table.holding("Lavrov").office == "Foreign Minister"


def test_a_timestamp_counts_as_its_day(table: OfficeHolders) -> None:
    assert table.holding("Blair", dt.datetime(2005, 2, 10, 14, 30)).office == "Prime Minister"


def test_a_shared_surname_is_settled_by_the_date(table: OfficeHolders) -> None:
    assert table.holding("Bush", D("1990-06-01")).person == "person:george-h-w-bush"
    assert table.holding("Bush", D("2005-06-01")).person == "person:george-w-bush"
    assert table.holding("Clinton", D("1996-06-01")).person == "person:bill-clinton"
    assert table.holding("Clinton", D("2011-06-01")).person == "person:hillary-clinton"


def test_the_office_passes_on_the_successor_s_first_day(table: OfficeHolders) -> None:
    assert table.holding("Tony Blair", D("2007-06-26")).office == "Prime Minister"
    assert table.holding("Tony Blair", D("2007-06-27")).office != "Prime Minister"
    assert table.holding("Gordon Brown", D("2007-06-27")).office == "Prime Minister"


def test_between_two_terms_a_person_is_a_former_official(table: OfficeHolders) -> None:
    held = table.holding("Netanyahu", D("2000-01-01"))
    assert (held.sector, held.former, held.country) == ("ELI", "Prime Minister", "ISR")
    assert table.holding("Netanyahu", D("2010-01-01")).office == "Prime Minister"


def test_before_the_first_office_a_person_has_no_office(table: OfficeHolders) -> None:
    held = table.holding("Zelensky", D("2015-01-01"))
    assert (held.office, held.sector, held.former) == (None, "ELI", None)


def test_the_head_of_an_international_body_acts_for_it_not_a_state(table: OfficeHolders) -> None:
    held = table.holding("Guterres", D("2020-01-01"))
    assert (held.country, held.body, held.office) == (None, "UN", "Secretary-General")
    assert table.holding("Guterres", D("2000-01-01")).country == "PRT"


def test_names_match_in_any_case_and_by_full_name(table: OfficeHolders) -> None:
    assert table.holding("ANGELA MERKEL", D("2010-01-01")).office == "Chancellor"


def test_the_package_table_covers_heads_of_the_big_states_since_1985(table: OfficeHolders) -> None:
    for name, day, country in [("Reagan", "1986-01-01", "USA"), ("Thatcher", "1986-01-01", "GBR"),
                               ("Kohl", "1990-01-01", "DEU"), ("Mitterrand", "1990-01-01", "FRA"),
                               ("Gorbachev", "1988-01-01", "SUN"), ("Yeltsin", "1995-01-01", "RUS"),
                               ("Jiang Zemin", "1995-01-01", "CHN"), ("Rajiv Gandhi", "1986-01-01", "IND")]:
        held = table.holding(name, D(day))
        assert held.country == country and held.sector == "GOV", name


def _write(tmp_path: Path, people: list[dict]) -> Path:
    path = tmp_path / "holders.yaml"
    path.write_text(yaml.safe_dump({"people": people}), "utf-8")
    return path


def test_a_user_file_adds_people(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "person:ilse-varga", "name": "Ilse Varga", "aliases": ["Varga"],
                              "holdings": [{"country": "AUT", "office": "Chancellor", "from": "2031-01-01"}]}])
    assert OfficeHolders.load([path]).holding("Varga", D("2032-01-01")).country == "AUT"


def test_overlapping_holdings_in_a_user_file_are_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "person:ilse-varga", "name": "Ilse Varga", "holdings": [
        {"country": "AUT", "office": "Chancellor", "from": "2031-01-01", "to": "2034-01-01"},
        {"country": "AUT", "office": "President", "from": "2033-06-01"}]}])
    with pytest.raises(InputError) as caught:
        OfficeHolders.load([path])
    message = str(caught.value)
    assert str(path) in message and "person:ilse-varga" in message and "overlaps" in message
    assert "\n" not in message


def test_a_holding_that_ends_before_it_starts_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "person:ilse-varga", "name": "Ilse Varga", "holdings": [
        {"country": "AUT", "office": "Chancellor", "from": "2031-01-01", "to": "2030-01-01"}]}])
    with pytest.raises(InputError, match=r"entry 1 \(person:ilse-varga\), holding 1: ends .* before it starts"):
        OfficeHolders.load([path])


def test_a_bad_date_or_sector_in_a_user_file_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "person:ilse-varga", "name": "Ilse Varga", "holdings": [
        {"country": "AUT", "office": "Chancellor", "from": "next spring"}]}])
    with pytest.raises(InputError, match="'next spring' is not a date"):
        OfficeHolders.load([path])
    path = _write(tmp_path, [{"id": "person:ilse-varga", "name": "Ilse Varga", "holdings": [
        {"country": "AUT", "office": "Chancellor", "sector": "GOB", "from": "2031-01-01"}]}])
    with pytest.raises(InputError, match="unknown sector 'GOB'"):
        OfficeHolders.load([path])


def test_a_file_of_the_wrong_shape_is_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "holders.yaml"
    path.write_text("people: [oops\n", "utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        OfficeHolders.load([path])
    path.write_text("people:\n  - just a name\n", "utf-8")
    with pytest.raises(InputError, match="entry 1: must be a mapping"):
        OfficeHolders.load([path])
    with pytest.raises(InputError, match="no such file"):
        OfficeHolders.load([tmp_path / "absent.yaml"])
