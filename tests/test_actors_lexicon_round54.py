"""Actors, round 54 (actnoun54): the actors stage's gaps that events died on. "Rebel forces" are rebels though
"forces" is also a state body's word; "urged the opposition to join talks" names the opposition (an infinitive's
"to" is no "opposition to"); "government forces" named bare are the story's state's, "coalition forces" of no
state; creditors and advocacy groups are groups; a court named by its level ("the federal court") is the story's state's; a story that
names no state but happens in one state's city ("marched in Nairobi") is set in that state, so its police are that
state's. Invented dispatches; the persons, firms and towns are invented ("Talvor Brenik", "Qalvat")."""

from __future__ import annotations

from helpers import printed_bodies

from wirecoder.sources import Document


def bodies(pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country, sector)."""
    return printed_bodies(pipeline, text, "name", "country", "sector")


def events(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    """(source, target) of every event printed for ``text``."""
    return [(e.source, e.target) for e in pipeline.extract(Document(text=text, source="invented")).events]


# --- "forces" is a group word and a body word ---------------------------------------------------------
def test_rebel_forces_are_rebels_though_forces_is_a_body_word(pipeline):
    found = bodies(pipeline, "KABUL, March 3 (Reuters) - Rebel forces attacked an army post near the town of "
                             "Qalvat on Tuesday, a provincial official said.")
    assert any(sector == "REB" and name.lower() == "rebel forces" for name, _, sector in found.values()), found


def test_rebel_forces_are_the_side_of_their_attack(pipeline):
    found = events(pipeline, "KABUL, March 3 (Reuters) - Rebel forces attacked an army post near the town of "
                             "Qalvat on Tuesday, a provincial official said.")
    assert any(source == "org:rebel-forces" for source, _ in found), found


# --- the opposition urged to act ----------------------------------------------------------------------
def test_the_opposition_urged_to_join_talks_is_the_opposition(pipeline):
    text = ("HARARE, May 2 (Reuters) - The African Union on Thursday urged the opposition to join talks on a new "
            "constitution, a spokesman for the bloc said.")
    assert "org:opposition" in bodies(pipeline, text)
    assert any(target == "org:opposition" for _, target in events(pipeline, text))


def test_opposition_to_a_bill_is_still_an_act_and_no_actor(pipeline):
    found = bodies(pipeline, "HARARE, May 2 (Reuters) - Opposition to the land bill grew on Thursday as farmers "
                             "blocked roads near the town of Qalvat.")
    assert "org:opposition" not in found, found


# --- lenders ---------------------------------------------------------------------------------------------
def test_creditors_of_a_state_are_not_that_state(pipeline):
    found = bodies(pipeline, "ATHENS, May 3 (Reuters) - Creditors rejected the finance ministry's new offer on "
                             "Tuesday, a banker said.")
    assert found.get("org:creditors", (None, None, None))[1:] == (None, "BUS"), found


# --- courts by their level ------------------------------------------------------------------------------
def test_a_federal_court_is_the_story_states_court(pipeline):
    found = bodies(pipeline, "OTTAWA (Reuters) - The federal court ordered the release of the Brenik files on "
                             "Monday.")
    assert any(name.lower() == "federal court" and country == "CAN" and sector == "JUD"
               for name, country, sector in found.values()), found


def test_a_lower_court_is_the_story_states_court(pipeline):
    found = bodies(pipeline, "ISTANBUL, May 3 (Reuters) - A lower court rejected an appeal by the journalist "
                             "Deniz Valkoy on Tuesday.")
    assert any(name.lower() == "lower court" and country == "TUR" for name, country, _ in found.values()), found


# --- a story set by its city only -----------------------------------------------------------------------
def test_police_in_a_story_set_in_a_city_of_one_state_are_that_states(pipeline):
    found = bodies(pipeline, "Thousands marched in Nairobi on Sunday. Police fired tear gas at the crowd, and the "
                             "interior ministry blamed the organisers.")
    assert found.get("org:police", (None, None))[1] == "KEN", found


def test_a_city_of_another_state_does_not_outweigh_a_named_state(pipeline):
    found = bodies(pipeline, "Ghana's police chief Talvor Brenik flew to Nairobi on Sunday. Police in Accra "
                             "arrested two men later.")
    assert found.get("org:police", (None, "GHA"))[1] != "KEN", found


# --- forces named by whose they are, and forces of no one state -------------------------------------------
def test_government_and_security_forces_named_bare_are_the_story_states(pipeline):
    found = bodies(pipeline, "DAMASCUS, May 3 (Reuters) - Government forces shelled the town of Qalvat on Tuesday, "
                             "and security forces arrested 20 students in the capital.")
    assert found.get("org:government-forces", (None, None, None))[1:] == ("SYR", "MIL"), found
    assert found.get("org:security-forces", (None, None, None))[1] == "SYR", found


def test_coalition_forces_are_of_no_one_state_and_not_the_storys(pipeline):
    text = "BAGHDAD, May 3 (Reuters) - Coalition forces killed two gunmen near the Qalvat crossing on Tuesday."
    assert bodies(pipeline, text).get("org:coalition-forces", (None, "?", None))[1:] == (None, "MIL")
    assert ("IRQ", "org:gunmen") not in events(pipeline, text)


def test_advocacy_groups_are_a_side_of_their_appeal(pipeline):
    found = bodies(pipeline, "LONDON (Reuters) - Six rural schools in Harnby face closure. Farm advocacy groups "
                             "urged ministers on Tuesday to restore their funding.")
    assert any(name.lower() == "farm advocacy groups" and sector == "NGO"
               for name, _, sector in found.values()), found
