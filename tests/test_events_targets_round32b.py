"""Round 32b (issue 9): wrong or missing event targets. A judged deed whose victim the parser hangs on
the verb ("denounced the incursion into X by Y") or that is the passive subject ("the invasion of X by
Y was condemned by Z") is aimed at its doer, never at its victim. Every dispatch is invented (made-up
people, real states); each rule has a negative twin."""

from __future__ import annotations

from event_support import coded


# --- a judged deed: its doer, not its victim ------------------------------------------------------------
def test_a_denounced_incursion_with_the_victim_hung_on_the_verb_is_aimed_at_its_doer(pipeline):
    events = coded(pipeline, "Zambia on Tuesday denounced the overnight incursion into Malawi by Mozambique, "
                             "its foreign ministry said.")
    assert ("ZMB", "MOZ", "11") in events
    assert ("ZMB", "MWI", "11") not in events


def test_a_protest_addressed_to_a_state_stays_aimed_at_it(pipeline):
    events = coded(pipeline, "Zambia protested the detention of its fishermen to Mozambique, the ministry in "
                             "Lusaka said on Friday.")
    # round 39 (evsense39): a state's protest addressed "to" another is a formal complaint (114, root 11),
    # as "protest against"; the gold sets accept 14 or 11 for it, and the target is what this test reads
    assert ("ZMB", "MOZ", "11") in events or ("ZMB", "MOZ", "14") in events


def test_an_invasion_condemned_in_the_passive_is_aimed_at_the_invader(pipeline):
    events = coded(pipeline, "The invasion of Malawi by Mozambique was condemned by Zambia at an emergency "
                             "session on Monday.")
    assert ("ZMB", "MOZ", "11") in events
    assert ("ZMB", "MWI", "11") not in events


def test_an_invasion_condemned_in_the_passive_with_no_invader_is_not_aimed_at_the_victim(pipeline):
    events = coded(pipeline, "The invasion of Malawi was condemned by Zambia at an emergency session on Monday.")
    assert ("ZMB", "MWI", "11") not in events


def test_a_decision_condemned_in_the_passive_stays_aimed_at_its_maker(pipeline):
    events = coded(pipeline, "The decision by Mozambique to close the border was condemned by Zambia on Monday.")
    assert ("ZMB", "MOZ", "11") in events


# --- a rejected offer: its maker told earlier in the same sentence -----------------------------------------
def test_an_offer_rejected_later_in_the_same_sentence_is_aimed_at_its_maker(pipeline):
    events = coded(pipeline, "LILONGWE (Reuters) - The World Bank had offered to send auditors to check Malawi's "
                             "grain reserves, but the government turned down the offer, finance minister Tiyamike "
                             "Banda-Chisoni said on Thursday.")
    assert ("MWI", "WB", "12") in events


def test_a_rejected_offer_after_a_criticism_in_the_same_sentence_is_not_aimed_at_the_critic(pipeline):
    events = coded(pipeline, "LILONGWE (Reuters) - The World Bank criticised the grain budget, and the government "
                             "turned down the offer of new talks, finance minister Tiyamike Banda-Chisoni said on "
                             "Thursday.")
    assert ("MWI", "WB", "12") not in events


# --- an intent "for" someone: "pledged support for X" ------------------------------------------------------
def test_support_pledged_for_a_state_with_the_for_on_the_verb_is_aimed_at_it(pipeline):
    events = coded(pipeline, "RIGA (AP) - Latvia on Tuesday pledged fresh backing for Moldova ahead of the winter, "
                             "Foreign Minister Aivars Kalnups told reporters.")
    assert ("LVA", "MDA", "03") in events


def test_support_pledged_for_a_plan_names_no_target(pipeline):
    events = coded(pipeline, "RIGA (AP) - Latvia on Tuesday pledged fresh backing for the rail plan ahead of the "
                             "winter, Foreign Minister Aivars Kalnups told reporters.")
    assert not any(s == "LVA" and t is not None and r == "03" for s, t, r in events)


# --- "Nato", the house spelling of several agencies, is the alliance -------------------------------------
def test_nato_spelled_as_a_word_is_the_alliance(pipeline):
    events = coded(pipeline, "Latvia's defence ministry on Friday criticised Nato over the slow delivery of air "
                             "defence systems, a spokesman said.")
    assert ("LVA", "NATO", "11") in events


def test_nato_spelled_as_a_word_in_a_title_is_not_a_target(pipeline):
    events = coded(pipeline, "Latvia's defence ministry on Friday criticised the Nato summit's timing, a "
                             "spokesman said.")
    assert not any(t == "org:nato" for _, t, _ in events)


# --- "a summit of A and B": the two sides meet ---------------------------------------------------------------
def _pair(events, a: str, b: str, root: str) -> bool:
    return (a, b, root) in events or (b, a, root) in events


def test_a_summit_of_two_states_that_opened_is_their_meeting(pipeline):
    events = coded(pipeline, "LILONGWE (AFP) - A two-day summit of Zambia and Malawi opened in the lakeside town of "
                             "Mangochi on Monday, with border trade at the top of the agenda.")
    assert _pair(events, "ZMB", "MWI", "04")


def test_a_summit_of_two_states_only_planned_is_no_meeting(pipeline):
    events = coded(pipeline, "LILONGWE (AFP) - A two-day summit of Zambia and Malawi is planned for the lakeside town "
                             "of Mangochi early next year, with border trade expected to top the agenda.")
    assert not _pair(events, "ZMB", "MWI", "04")


def test_a_summit_of_one_bloc_names_no_pair(pipeline):
    events = coded(pipeline, "ADDIS ABABA (AFP) - A two-day summit of the African Union opened in the Ethiopian "
                             "capital on Monday, with the Sahel crisis at the top of the agenda.")
    assert not any(r == "04" and s == "AU" and t is not None for s, t, r in events)


# --- force on "rebel positions": the rebel group told before -------------------------------------------------
def test_force_on_rebel_positions_is_aimed_at_the_rebel_group_told_before(pipeline):
    events = coded(pipeline, "GOMA (Reuters) - M23 fighters overran the hill village of Ndorwe-Kasha last month. "
                             "Congolese troops shelled rebel positions around the village on Saturday, an army "
                             "spokesman, Major Amani Lubanga-Tshite, said.")
    assert any(s is not None and t == "org:m23" and r == "19" for s, t, r in events)


def test_force_on_rebel_positions_with_no_group_told_names_no_target(pipeline):
    events = coded(pipeline, "GOMA (Reuters) - Congolese troops shelled rebel positions around the hill village of "
                             "Ndorwe-Kasha on Saturday, an army spokesman, Major Amani Lubanga-Tshite, said.")
    assert not any(t is not None and r == "19" for _, t, r in events)
