"""Persons and local officials as event sides, round 34 (issue 9: domestic events keep their specific actors).

A person the actors stage knows only by name (no office, no sector) is dropped by the events stage; these rules
give such persons the office, sector and country that the text gives them in ways wire copy often does: an
office before the name in an apposition owned by a place ("the county's top prosecutor, X,"), the office a
sentence later ("The senator said"), "Rep X" without a dot, US party tags ("X (D-Ore.)"), a party named before
the name or in apposition ("Democrat X", "Labour's X", "X, a Republican,"), local offices (supervisor, sheriff,
council member, district attorney) and the state of the dateline's city for a city's official.

Every name here is invented; each rule is tested with variants that differ in wording, agency style and
structure, and each has a twin where the person stays without an office.
"""

from __future__ import annotations

import pytest
from event_support import REF


def _persons(pipeline, text: str) -> dict[str, tuple]:
    record = pipeline.extract(text, reference_date=REF)
    return {a.id: (a.country, a.role, a.sector) for a in record.actors if a.kind == "person"}


def _events(pipeline, text: str) -> set[tuple]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


# --- an office owned by a place, before the name in an apposition (persons.py _local_possessor) -------------
@pytest.mark.parametrize("text, pid, sector", [
    ("HOUSTON (AP) — The county's top prosecutor, Delia Marchetti, charged two jailers with assault on Friday.",
     "person:delia-marchetti", "JUD"),
    ("The city's deputy mayor, Odell Brankhurst, accused the police chief of hiding the report.",
     "person:odell-brankhurst", "GOV"),
    ("MONTERREY, Mexico (EFE) - The state's governor, Ximena Arrieta, criticised the federal budget on Monday.",
     "person:ximena-arrieta", "GOV"),
])
def test_an_office_owned_by_a_place_before_the_name_is_the_persons(pipeline, text, pid, sector):
    assert _persons(pipeline, text)[pid][2] == sector


def test_a_place_possessive_of_no_office_gives_nothing(pipeline):
    found = _persons(pipeline, "The city's oldest resident, Wilbur Cranshaw, turned 109 on Sunday.")
    assert found.get("person:wilbur-cranshaw", (None, None, None))[1:] == (None, None)


# --- local offices (offices.yaml) ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, pid, sector", [
    ("LOS ANGELES (AP) — Supervisor Kendra Bolwick accused the sheriff's department of hiding an audit.",
     "person:kendra-bolwick", "GOV"),
    ("CHICAGO (AP) — A city council member, Ignatius Pelham, urged the police to release the video.",
     "person:ignatius-pelham", "GOV"),
    ("PHOENIX (AP) — Sheriff Lyle Burkhalter arrested three protesters outside the courthouse on Sunday.",
     "person:lyle-burkhalter", "COP"),
    ("DALLAS (AP) — District Attorney Rowena Blakesley charged the former officer with murder.",
     "person:rowena-blakesley", "JUD"),
])
def test_local_offices_give_a_sector(pipeline, text, pid, sector):
    assert _persons(pipeline, text)[pid][2] == sector


def test_a_sheriffs_arrest_is_coded_with_the_sheriff(pipeline):
    found = _events(pipeline, "PHOENIX (AP) — Sheriff Lyle Burkhalter arrested three protesters outside the "
                              "courthouse on Sunday.")
    assert any(s == "person:lyle-burkhalter" and r == "17" for s, _, r in found)


# --- "Rep X" without a dot (British wire style) ------------------------------------------------------------
@pytest.mark.parametrize("text, pid", [
    ("WASHINGTON (Reuters) - US Rep Corliss Vandemeer urged the administration to end the lumber tariffs.",
     "person:corliss-vandemeer"),
    ("Rep Amaranth Delacroix, who chairs the panel, criticised the Treasury's sanctions plan.",
     "person:amaranth-delacroix"),
])
def test_rep_without_a_dot_is_a_legislator(pipeline, text, pid):
    assert _persons(pipeline, text)[pid][2] == "LEG"


# --- US party tags ("X (D-Ore.)") -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, pid", [
    ("WASHINGTON (AP) — Dorian Vacklin (D-Minn.) criticised the Pentagon's handling of the contract.",
     "person:dorian-vacklin"),
    ("Inez Coldwater (R-Ariz.) accused Mexico on Sunday of failing to stop drug shipments.", "person:inez-coldwater"),
    ("WASHINGTON (AP) — Bernard Hallbrook (I-Vt.) urged the Federal Reserve to hold rates.",
     "person:bernard-hallbrook"),
])
def test_a_us_party_tag_makes_a_us_legislator(pipeline, text, pid):
    assert _persons(pipeline, text)[pid][0::2] == ("USA", "LEG")


def test_a_party_tagged_lawmakers_accusation_is_coded(pipeline):
    found = _events(pipeline, "Inez Coldwater (R-Ariz.) accused Mexico on Sunday of failing to stop drug shipments.")
    assert ("person:inez-coldwater", "MEX", "11") in found


def test_a_parenthesis_that_is_no_party_tag_gives_nothing(pipeline):
    found = _persons(pipeline, "Ulla Brenneke (pictured) accused the bakery of selling stale bread.")
    assert found.get("person:ulla-brenneke", (None, None, None))[2] is None


# --- a party named before the name or in apposition -----------------------------------------------------------
@pytest.mark.parametrize("text, pid, country", [
    ("WASHINGTON (Reuters) - Democrat Arlo Fenshaw accused the White House of stalling the inquiry.",
     "person:arlo-fenshaw", "USA"),
    ("WASHINGTON (AP) — Fenwick Garrow, a Republican from Ohio, criticised the Federal Reserve on Monday.",
     "person:fenwick-garrow", "USA"),
    ("LONDON (BBC) - Labour's Hollis Drummond accused the Conservatives of ruining the NHS.",
     "person:hollis-drummond", "GBR"),
])
def test_a_party_named_with_the_person_makes_a_party_politician(pipeline, text, pid, country):
    assert _persons(pipeline, text)[pid][0::2] == (country, "PTY")


def test_a_party_word_that_is_not_apposed_gives_nothing(pipeline):
    found = _persons(pipeline, "Fenwick Garrow, a Republican voters' favourite, opened a bakery in Ohio.")
    assert found.get("person:fenwick-garrow", (None, None, None))[2] is None


# --- the office a sentence later ("The senator said") ---------------------------------------------------------
@pytest.mark.parametrize("text, pid, role", [
    ("WASHINGTON (Reuters) - Tobias Wrenfield criticised the Pentagon's budget plan on Thursday. The senator "
     "said the cuts would hurt troops.", "person:tobias-wrenfield", "Senator"),
    ("Mirela Sandoval criticised the Justice Department on Monday. The congresswoman said the agency had "
     "ignored her letters.", "person:mirela-sandoval", "Congresswoman"),
    ("SEOUL, Jan. 27 (Yonhap) -- Kwon Dae-sik ordered the detention of a ruling party lawmaker on Wednesday. "
     "The judge said the lawmaker might destroy evidence.", "person:kwon-dae-sik", "Judge"),
])
def test_an_office_a_sentence_later_is_the_bare_persons(pipeline, text, pid, role):
    assert _persons(pipeline, text)[pid][1] == role


def test_an_office_a_sentence_later_after_two_persons_is_no_ones(pipeline):
    found = _persons(pipeline, "Tobias Wrenfield sat down with Sarah Whitcombe at a diner in Toledo. The senator "
                               "called the lunch useful.")
    assert found.get("person:tobias-wrenfield", (None, None, None))[1] is None
    assert found.get("person:sarah-whitcombe", (None, None, None))[1] is None


def test_a_single_holder_office_later_is_not_given_to_a_bare_name(pipeline):
    found = _persons(pipeline, "Tobias Wrenfield criticised the budget on Thursday. The president said the "
                               "cuts were needed.")
    assert found.get("person:tobias-wrenfield", (None, None, None))[1] is None


# --- a city's official is of the state of the dateline's city -------------------------------------------------
def test_a_mayor_in_a_story_datelined_in_a_city_with_a_particle_is_of_its_state(pipeline):
    found = _persons(pipeline, "RIO DE JANEIRO (AP) — The city's mayor, Evandro Castelhano, on Thursday "
                               "criticized the federal government for cutting flood funds.")
    assert found["person:evandro-castelhano"][0] == "BRA"


def test_an_office_whose_sentence_names_its_holder_is_not_the_earlier_persons(pipeline):
    found = _persons(pipeline, "Inspector Moray Quillfeather of Tarnford Police said officers were checking "
                               "cameras. The mayor of Tarnford, Cllr Odette Brakespeare, said the council "
                               "would cover the repairs.")
    assert found.get("person:moray-quillfeather", (None, None, None))[1] != "Mayor"
