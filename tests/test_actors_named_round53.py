"""Actors, round 53 (actfix53): organisations whose names spaCy cuts or hides in wire copy. A company named right
after a Reuters dateline ("ATLANTA, June 2 - Kelvane Vending Systems inc said") is an actor though spaCy runs the
date into its name; a body named "of" a region or a city ("the Medical Workers Federation of Ohio") keeps the place
in its name and takes the place's state; initials defined after an owner's possessive ("the FAA's Office of Drone
Safety, or ODS,") name the body without its owner, and the owner stays an actor; a second body
that spaCy runs into a known one's name over "and" ("Human Rights Watch and Clarion") is an actor of its own.
Invented dispatches; the companies, bodies and persons are invented ("Kelvane", "Dravo", "Clarion", "Talia Vernot")."""

from __future__ import annotations

from helpers import printed_bodies

from wirecoder.sources import Document


def bodies(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country)."""
    return printed_bodies(pipeline, text, "name", "country")


def names(pipeline, text: str) -> dict[str, str | None]:
    """The printed organisations' and groups' names -> their countries."""
    return {name: country for name, country in bodies(pipeline, text).values()}


# --- a company named right after a dateline --------------------------------------------------------------
def test_a_company_after_a_reuters_dateline_is_an_actor_with_its_lowercase_inc(pipeline):
    found = names(pipeline, "ATLANTA, June 2 - Kelvane Vending Systems inc said it agreed to buy a rival for 12 mln dlrs.")
    assert any(name.startswith("Kelvane Vending Systems") for name in found), found


def test_a_company_after_a_reuters_dateline_is_an_actor_with_its_co(pipeline):
    found = names(pipeline, "HOUSTON, April 9 - Dravo Petroleum Co said it cut its crude posting by 50 cts a barrel.")
    assert "Dravo Petroleum Co" in found, found


def test_a_company_after_a_dateline_keeps_its_first_word(pipeline):
    found = names(pipeline, "NEW YORK, June 3 - Tarrow Media Network Inc said it agreed to buy a rival cable "
                            "dealer for 18 mln dlrs.")
    assert "Tarrow Media Network Inc" in found and "Media Network Inc" not in found, found


# --- a body named "of" a region or a city ----------------------------------------------------------------
def test_a_body_of_a_us_state_keeps_the_state_in_its_name_ap_style(pipeline):
    found = names(pipeline, "COLUMBUS, Ohio (AP) - The Medical Workers Federation of Ohio said on Monday its nurses "
                            "would strike over pay.")
    assert found.get("Medical Workers Federation of Ohio") == "USA", found


def test_a_body_of_a_us_state_is_named_whole_when_it_sues(pipeline):
    found = names(pipeline, "The suit was filed by the Press Freedom Alliance of Oregon, which said the law was vague.")
    assert found.get("Press Freedom Alliance of Oregon") == "USA", found
    assert "Press Freedom Alliance" not in found, found


def test_a_federations_branch_named_of_its_state_is_named_whole(pipeline):
    found = names(pipeline, "Rural Clinics Affiliates of Oregon gave the senator a perfect score, his campaign said.")
    assert "Rural Clinics Affiliates of Oregon" in found, found


def test_a_body_of_a_state_keeps_that_state(pipeline):
    # (a state's name after "of" is left to the rule of a state's bodies, as before)
    found = names(pipeline, "The Farmers Union of Kenya said the tax would ruin growers.")
    assert found.get("Farmers Union of Kenya") == "KEN", found


def test_an_office_of_a_us_state_is_no_body(pipeline):
    found = names(pipeline, "The Governor of Ohio signed the bill on Friday.")
    assert not any("Governor" in name for name in found), found


# --- initials defined after an owner's possessive ----------------------------------------------------------
def test_initials_after_an_owners_possessive_name_the_body_without_its_owner_reuters_style(pipeline):
    found = names(pipeline, "WASHINGTON (Reuters) - The FAA's Office of Drone Safety, or ODS, said on Tuesday it would "
                            "ground the fleet.")
    assert "Office of Drone Safety" in found, found
    assert not any("'s" in name for name in found), found


def test_initials_after_an_owners_possessive_keep_the_owner_an_actor_bbc_style(pipeline):
    found = names(pipeline, "Berth shut after crane collapse\n\nThe Marden Port Authority's Harbour Safety Unit, or HSU, "
                            "said the berth would stay closed until Friday.")
    assert "Harbour Safety Unit" in found and "Marden Port Authority" in found, found


def test_initials_after_a_state_bodys_possessive_keep_both_ap_style(pipeline):
    # (as before: the owner a body of the state, the initials its unit's)
    record = pipeline.extract(Document(text="WASHINGTON (AP) - The Interior Department's Bureau of Range Management, "
                                            "or BRM, said it would close the trail. BRM rangers found the fire.",
                                       source="invented"))
    found = {a.name: a for a in record.actors}
    assert "Bureau of Range Management" in found and "Interior Department" in found, found


def test_initials_that_spell_the_whole_name_keep_it_whole(pipeline):
    found = names(pipeline, "NAIROBI (Reuters) - The Coastal Fisheries Authority (CFA) said on Monday it would "
                            "close the bay to trawlers.")
    assert "Coastal Fisheries Authority" in found, found


# --- a second body run into a known one's name over "and" ------------------------------------------------
def test_a_body_after_a_known_body_and_and_is_an_actor_bbc_style(pipeline):
    found = names(pipeline, "Fishing families sue over trawler seizures\n\nThe families' lawsuit is backed by Human "
                            "Rights Watch and Clarion. A hearing is set for March.")
    assert "Human Rights Watch" in found and "Clarion" in found, found


def test_a_body_after_a_known_body_and_and_is_an_actor_reuters_style(pipeline):
    found = names(pipeline, "The complaint, filed by Human Rights Watch and Clarion, accuses the ministry of "
                            "torture, the groups said on Thursday.")
    assert "Human Rights Watch" in found and "Clarion" in found, found


def test_a_person_after_a_known_body_and_and_stays_a_person(pipeline):
    record = pipeline.extract(Document(text="The march was backed by Amnesty International and Talia Vernot, a "
                                            "lawyer.", source="invented"))
    kinds = {a.name: a.kind for a in record.actors}
    assert kinds.get("Talia Vernot") == "person", kinds
