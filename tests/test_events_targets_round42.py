"""Round 42 (evtgt42, issue 9): a news agency's credit in brackets at the end of a wire headline ("Kenya presses
Uganda on border post (AFP)", "Troops seize two aid workers (Reuters)") names who filed the story, never the
one pressed, seized or praised (arguments.yaml credit_sectors, credit_brackets; Context._credit). The agency named
anywhere else stays an actor, and the story's own sides keep their events. Every dispatch is invented
(made-up people and places, real states and agencies)."""

from __future__ import annotations

from event_support import coded

_AGENCIES = {"org:afp", "org:ap", "org:reuters"}


def _aimed_at_an_agency(events: set[tuple[str | None, str | None, str]]) -> bool:
    return any(t in _AGENCIES or s in _AGENCIES for s, t, _ in events)


# --- a bracketed credit is no side ------------------------------------------------------------------------
def test_an_afp_credit_after_an_appeal_headline_is_not_the_one_urged(pipeline):
    events = coded(pipeline, "Togo urges Ghana to reopen Aflao crossing (AFP)\n\nAFP - Traders in the "
                             "Velmoran border towns asked for calm on Monday.")
    assert not _aimed_at_an_agency(events)


def test_a_reuters_credit_after_a_seizure_headline_is_not_the_one_seized(pipeline):
    events = coded(pipeline, "Gunmen seize three engineers near Tarvel (Reuters)\n\nReuters - Gunmen seized three "
                             "foreign engineers near the town of Tarvel on Tuesday, police said.")
    assert not _aimed_at_an_agency(events)


def test_an_ap_credit_after_a_praise_headline_is_not_the_one_praised(pipeline):
    events = coded(pipeline, "EU trade chief hails Drenvald port accord (AP)\n\nAP - The EU trade commissioner "
                             "welcomed the port accord signed on Wednesday.")
    assert not _aimed_at_an_agency(events)


def test_a_credit_in_square_brackets_is_no_side_either(pipeline):
    events = coded(pipeline, "Kenya urges calm at Malaba border post [Reuters]\n\nReuters - Kenya asked truck "
                             "drivers at the Malaba post to stay calm on Friday.")
    assert not _aimed_at_an_agency(events)


# --- must still hold --------------------------------------------------------------------------------------
def test_the_story_told_under_a_credited_headline_keeps_its_sides(pipeline):
    events = coded(pipeline, "Kenya presses Uganda on Malaba crossing (AFP)\n\nAFP - Kenya on Monday urged Uganda "
                             "to reopen the Malaba border crossing, the foreign ministry in Nairobi said.")
    assert any(s == "KEN" and t == "UGA" for s, t, _ in events)


def test_an_agency_named_outside_brackets_is_still_an_actor(pipeline):
    record = pipeline.extract("NAIROBI (AP) - Kenya's information minister Oskar Drenvald accused Reuters of "
                              "bias in its reporting on the Malaba border dispute on Monday.", reference_date="2026-11-20")
    assert any(a.id == "org:reuters" for a in record.actors)
