"""Round 41 (evtgt41, issue 9): a criticism or an accusation (11) whose one accused is a proper name no
actor covers (a firm, a columnist the actors stage keeps out of politics) is not printed aimed at no one:
the one criticised is named, only not as a side, so an event with no target tells another story
(codes.yaml named_untargeted_roots, precision.needs_a_target). The speaker's opponents as a class ("its
detractors") still print with no target, and a state accused keeps its event. Every dispatch is invented
(made-up people, firms and places, real states)."""

from __future__ import annotations

from event_support import coded


# --- a proper name no actor covers: no untargeted criticism -----------------------------------------------
def test_a_regulator_accusing_a_firm_prints_no_event_aimed_at_no_one(pipeline):
    events = coded(pipeline, "NAIROBI, Oct 4 (Reuters) - Kenya's Competition Authority accused Marvelle Holdings of "
                             "fixing the price of cooking oil for two years, the authority said on Monday.")
    assert not any(t is None and r == "11" for _, t, r in events)


def test_a_treasury_criticising_an_insurer_prints_no_event_aimed_at_no_one(pipeline):
    events = coded(pipeline, "WASHINGTON (AP) — The Treasury on Tuesday criticised Brontell Mutual for failing to "
                             "report suspect transfers to regulators.")
    assert not any(t is None and r == "11" for _, t, r in events)


# --- must still print -------------------------------------------------------------------------------------
def test_a_state_accused_keeps_its_target(pipeline):
    events = coded(pipeline, "NAIROBI, Oct 4 (Reuters) - Kenya accused Uganda of blocking oil tankers at the Busia "
                             "crossing, the foreign ministry said.")
    assert ("KEN", "UGA", "11") in events


def test_the_speakers_detractors_as_a_class_still_print_with_no_target(pipeline):
    events = coded(pipeline, "LUSAKA, Oct. 7 (Xinhua) -- Zambia's ruling party accused its detractors on Thursday of "
                             "inventing a crisis over the copper levy.")
    assert any(t is None and r == "11" for _, t, r in events)


def test_a_named_columnist_the_actors_stage_finds_is_still_the_target(pipeline):
    events = coded(pipeline, "ACCRA, Oct 6 (AFP) - Ghana's information minister accused Efua Malvey, a columnist of "
                             "the Harbour Times, of spreading lies about the budget.")
    assert any(t == "person:efua-malvey" and r == "11" for _, t, r in events)
