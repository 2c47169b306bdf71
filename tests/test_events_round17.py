"""Events, round 17 (issue 9): domestic sides and act nouns that unseen news needs. Every dispatch is
invented (made-up people and towns, real states); each rule's test has a negative twin.
"""

from __future__ import annotations

from event_support import coded, roots


# --- 1. an unnamed head of government or ministry is the story's state ----------------------------------
def test_accusing_the_prime_minister_accuses_the_story_state(pipeline):
    assert ("person:mara-vellosi", "KEN", "11") in coded(
        pipeline, "Kenya faces a budget crisis. Opposition leader Mara Vellosi accused the prime minister "
                  "of lying on Monday.")


def test_a_senator_criticising_a_ministry_of_her_own_state(pipeline):
    assert ("person:mara-vellosi", "KEN", "11") in coded(
        pipeline, "Kenyan senator Mara Vellosi criticised the interior ministry on Monday.")


def test_the_president_of_a_club_is_no_state(pipeline):
    assert not coded(pipeline, "Kenya faces a budget crisis. Opposition leader Mara Vellosi met the president "
                               "of the rowing club on Monday.")


def test_with_no_state_named_the_prime_minister_is_no_one(pipeline):
    assert not coded(pipeline, "Opposition leader Mara Vellosi accused the prime minister of lying on Monday.")


# --- 2. fighting and clashes between two sides -------------------------------------------------------
def test_fighting_between_two_states_is_their_fight(pipeline):
    found = coded(pipeline, "Fighting between Sudan and Chad erupted near Tarvesh on Monday.")
    assert any({s, t} == {"SDN", "TCD"} and r == "19" for s, t, r in found)


def test_fighting_between_troops_that_killed_people(pipeline):
    found = coded(pipeline, "Fighting between Sudanese troops and Chadian soldiers killed 12 people on Monday.")
    assert any({s, t} == {"SDN", "TCD"} and r == "19" for s, t, r in found)


def test_clashes_between_two_states_that_left_dead(pipeline):
    found = coded(pipeline, "Clashes between Sudan and Chad left 12 dead near Tarvesh on Monday.")
    assert any({s, t} == {"SDN", "TCD"} and r == "19" for s, t, r in found)


def test_fighting_feared_between_two_states_is_no_fight(pipeline):
    assert "19" not in roots(pipeline, "Fighting between Sudan and Chad seemed likely to spread on Monday.")


# --- 3. an act named as the subject of a past-tense verb ---------------------------------------------
def test_talks_that_focused_on_trade_were_held(pipeline):
    found = coded(pipeline, "The talks in Nairobi between Kenya and Uganda focused on trade.")
    assert any({s, t} == {"KEN", "UGA"} and r == "04" for s, t, r in found)


def test_a_visit_that_was_brief_was_made(pipeline):
    assert ("KEN", "UGA", "04") in coded(pipeline, "The visit by the Kenyan president to Uganda was brief.")


def test_a_visit_that_was_unlikely_was_not_made(pipeline):
    assert not coded(pipeline, "The visit by the Kenyan president to Uganda was unlikely.")


def test_talks_that_never_focused_on_trade_say_nothing_held(pipeline):
    assert not coded(pipeline, "The talks between Kenya and Uganda never focused on trade.")


def test_a_postponed_visit_was_not_made(pipeline):
    assert not coded(pipeline, "The visit by the Kenyan president to Uganda was postponed.")


def test_talks_that_would_focus_on_trade_are_not_yet_held(pipeline):
    assert "04" not in roots(pipeline, "The talks between Kenya and Uganda would focus on trade.")


# --- 4. an arrest "in" a state, its maker unnamed -----------------------------------------------------
def test_an_arrest_in_a_state_is_that_state_s(pipeline):
    assert ("MLI", "person:dalmo-tessaro", "17") in coded(
        pipeline, "The arrest of opposition leader Dalmo Tessaro in Mali drew criticism from Senegal.")


def test_an_arrest_called_for_is_no_arrest(pipeline):
    assert "17" not in roots(pipeline, "Senegal called for the arrest of opposition leader Dalmo Tessaro in Mali.")


def test_an_arrest_with_no_place_has_no_maker(pipeline):
    assert "17" not in roots(pipeline, "The arrest of opposition leader Dalmo Tessaro drew criticism from Senegal.")


def test_a_verdict_on_an_occupation_is_no_news_of_one(pipeline):
    assert "19" not in roots(pipeline, "A panel found that Chad's occupation of the Tarvesh valley was illegal.")


def test_a_siege_entering_its_third_month_is_no_new_deed(pipeline):
    assert "19" not in roots(pipeline, "The siege of Tarvesh by Chadian troops entered its third month.")


def test_clashes_that_flared_between_two_forces(pipeline):
    found = coded(pipeline, "Clashes between Chadian troops and Sudanese soldiers flared near Tarvesh on Monday.")
    assert any({s, t} == {"SDN", "TCD"} and r == "19" for s, t, r in found)


def test_an_unnamed_minister_named_right_after_is_that_person(pipeline):
    found = coded(pipeline, "Kenya faces a budget crisis. Opposition leader Mara Vellosi criticised the interior "
                            "minister, Otieno Kambala, on Monday.")
    assert ("person:mara-vellosi", "person:otieno-kambala", "11") in found
    assert ("person:mara-vellosi", "KEN", "11") not in found
