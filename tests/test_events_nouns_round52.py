"""Events, round 52 (evnoun52): talks named as the setting of another act of the same pair. Every
dispatch is invented (made-up people, real states).

Round 51's root-confusion table found meetings named by a noun beside a thanks, a request or an agreement
of the same pair printing nothing at their own word: the noun ("the talks", "their summit", "two days of
talks") names one side or none, and the act it is the setting of names both. Now talks (04) after one of
recall.yaml's framed_talks_preps, hung on the verb of an appeal, demand, promise, thanks or agreement
(framed_act_roots) with both sides, take that act's pair for the sides they leave unnamed (events/framed.py).

What stays: a criticism in talks with no partner named blames, it tells no meeting with the one blamed; a
summit whose handling is praised is what was handled, not a meeting of the one praising.
"""

from __future__ import annotations

from event_support import coded


def _consults(found: set[tuple[str | None, str | None, str]], a: str, b: str) -> bool:
    return any(r == "04" and {s, t} == {a, b} for s, t, r in found)


def test_talks_the_thanks_is_for_are_the_pairs_meeting(pipeline):
    text = ("VILNIUS (Reuters) - Lithuanian Foreign Minister Ilvo Darnekas thanked Latvian President Ansis "
            "Kalvenieks for the talks in Riga on Tuesday, the ministry said.")
    found = coded(pipeline, text)
    assert ("LTU", "LVA", "05") in found, found
    assert _consults(found, "LTU", "LVA"), found


def test_a_summit_their_request_was_made_at_is_their_meeting(pipeline):
    text = ("HANOI (Kyodo) - During their summit in Hanoi on Tuesday, Vietnamese President Lam Quoc Trieng "
            "asked Cambodian Prime Minister Sok Varinthy to reopen the northern crossings to cargo trucks.")
    found = coded(pipeline, text)
    assert _consults(found, "VNM", "KHM"), found


def test_days_of_talks_before_an_agreement_are_the_two_sides_talks(pipeline):
    text = ("NOUAKCHOTT (AFP) - Senegal and Mauritania agreed on Friday to share fishing licences for their "
            "coastal waters after three days of talks in Nouakchott.")
    found = coded(pipeline, text)
    assert _consults(found, "SEN", "MRT"), found


def test_a_criticism_during_talks_tells_no_meeting_with_the_one_criticised(pipeline):
    text = ("BOGOTA (AP) - During talks in Bogota on Monday, Colombian Foreign Minister Lucia Arvendano "
            "criticised Venezuela's closure of the border bridges.")
    found = coded(pipeline, text)
    assert ("COL", "VEN", "11") in found, found
    assert not _consults(found, "COL", "VEN"), found


def test_a_summit_whose_handling_is_praised_is_no_meeting_of_the_praiser(pipeline):
    text = ("NAIROBI (Xinhua) -- Kenyan Foreign Minister Otieno Baraswa on Wednesday praised Tanzania for its "
            "handling of the regional trade summit in Arusha.")
    found = coded(pipeline, text)
    assert ("KEN", "TZA", "05") in found, found
    assert not _consults(found, "KEN", "TZA"), found


def test_a_meeting_that_names_its_members_keeps_its_own_sides(pipeline):
    text = ("KUWAIT CITY (Reuters) - At a meeting of Gulf ministers in Doha on Sunday, Kuwait urged Iraq to "
            "demarcate the maritime border.")
    found = coded(pipeline, text)
    assert not _consults(found, "KWT", "IRQ"), found
