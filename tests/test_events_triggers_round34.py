"""Events, round 34 (issue 9, evtrig34): the commonest words of unlabelled wire copy that link two
office holders or states and had no pattern (benchmarks/missing_events.py --office).

Root 04: an official's trip told by its verb of motion ("departed for X", "set off for X", "toured X") is
a visit to the place's state, and only a person actor or a visiting party pays one (flights, ships,
tourists do not). "flew to", "headed to" and "left for" were tried and dropped (patterns.yaml); they
code nothing, whoever travels. Root 17:
"clamped down on X" as "cracked down on X", only with X named.

Every dispatch is invented (made-up people, real states); each rule has a twin in another agency's
style and a negative one for the word's other sense.
"""

from __future__ import annotations

from event_support import coded, roots


# --- 04: verbs of motion of an official --------------------------------------------------------------
def test_chancellor_departed_and_set_off_for_capitals_are_visits(pipeline):
    departed = ("VIENNA (APA) - Austrian Chancellor Leopold Hainzl-Wertheim departed for Ljubljana on "
                "Friday for a one-day working visit.")
    set_off = ("WELLINGTON (AAP) - New Zealand Foreign Minister Moana Tipene-Harlow set off for Suva on "
               "Monday for Pacific Islands Forum talks.")
    assert ("AUT", "SVN", "04") in coded(pipeline, departed)
    assert ("NZL", "FJI", "04") in coded(pipeline, set_off)


def test_vice_president_toured_two_states_visits_both(pipeline):
    text = ("HANOI, April 6 (VNA) - Vietnamese Vice President Dao Thi Hoanh toured Chile and Peru this week "
            "to promote coffee and rice exports.")
    got = coded(pipeline, text)
    assert ("VNM", "CHL", "04") in got and ("VNM", "PER", "04") in got


def test_flights_ships_and_tourists_that_go_somewhere_visit_no_one(pipeline):
    flight = "A Danish air force transport flight departed for Nuuk on Sunday with medical supplies."
    ship = "A Chilean navy training ship set off for Cape Town on Monday, the navy said."
    tourists = "A group of Polish tourists toured Croatia by bicycle last month."
    for text in (flight, ship, tourists):
        assert "04" not in roots(pipeline, text), text


def test_a_trip_home_is_no_visit(pipeline):
    text = ("President Amara Koroma-Sesay of Sierra Leone departed for Freetown on Saturday after a summit "
            "in Abuja.")
    assert ("SLE", "SLE", "04") not in coded(pipeline, text)


# --- 17: clamped down on a side -----------------------------------------------------------------------
def test_clamped_down_on_a_side_is_coercion(pipeline):
    text = ("MANAGUA (AP) - Nicaraguan customs officers clamped down on Honduran cattle traders at the "
            "Guasaule crossing on Friday, holding 90 trucks.")
    assert ("NIC", "HND", "17") in coded(pipeline, text)


def test_clamped_down_on_a_practice_codes_nothing(pipeline):
    text = "Police in Lusaka clamped down on illegal parking in the city centre on Monday."
    assert "17" not in roots(pipeline, text)


def test_foreign_minister_toured_a_state_in_ap_style_is_a_visit(pipeline):
    text = ("LIMA, Peru (AP) - Brazil's foreign minister, Heloisa Tavernaro, toured Peru on Thursday, "
            "visiting a border bridge over the Acre river.")
    assert ("BRA", "PER", "04") in coded(pipeline, text)


def test_speaker_set_off_for_a_capital_in_tass_style_is_a_visit(pipeline):
    text = ("MOSCOW, May 12 (TASS) - Kazakh Senate Speaker Nurlybek Abenov set off for Minsk on Tuesday "
            "for a session of the inter-parliamentary assembly.")
    assert ("KAZ", "BLR", "04") in coded(pipeline, text)


def test_border_guards_clamped_down_on_a_neighbours_smugglers_is_coercion(pipeline):
    text = ("TBILISI (Reuters) - Georgian border guards clamped down on Armenian fuel smugglers near "
            "Sadakhlo this week, the interior ministry said.")
    assert ("GEO", "ARM", "17") in coded(pipeline, text)
