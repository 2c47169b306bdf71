"""Plans, schedules and expectations (issue 9, events13): who commits to an act still to come.

A future, scheduled or expected act in the narrator's voice is a timetable, no one's promise: it
codes nothing. The same act inside a quotation, or reported by a verb of saying, is the speaker's
intent (CAMEO 03) or threat (13). A plan that is itself an act ("agreed to meet") stays coded.
Every dispatch here is invented (made-up people, real states); the styles are the agencies'.
"""

from __future__ import annotations

import pytest

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def roots(pipeline, text: str) -> set[str]:
    return {r for _, _, r in coded(pipeline, text)}


# --- the narrator's timetable codes nothing -------------------------------------------------------
@pytest.mark.parametrize("text", [
    # Reuters
    "NAIROBI, Nov 18 (Reuters) - Kenyan Foreign Minister Tavric Olumbe will visit Uganda next week.",
    # AP
    "KAMPALA, Uganda (AP) - Kenyan President Joro Mbeki is to visit Uganda next month.",
    # TASS
    "MOSCOW, November 18. /TASS/. Russian Deputy Foreign Minister Oleg Varnin is due to visit Ankara next week.",
    # Xinhua
    "BEIJING, Nov. 18 (Xinhua) -- Chinese Vice Premier Liu Hanwen is scheduled to visit Cambodia from Nov. 24.",
    # AFP
    "PARIS, Nov 18, 2026 (AFP) - French Foreign Minister Claire Dubosc is set to travel to Mali on Sunday.",
])
def test_a_visit_the_narrator_announces_codes_nothing(pipeline, text):
    assert "04" not in roots(pipeline, text) and "03" not in roots(pipeline, text)


def test_a_president_who_will_press_a_neighbour_makes_no_demand_yet(pipeline):
    text = "NAIROBI, Nov 18 (Reuters) - Kenyan President Joro Mbeki will press Uganda on border security at the summit."
    assert not roots(pipeline, text) & {"02", "10"}


def test_leaders_scheduled_to_sign_an_accord_have_signed_nothing(pipeline):
    text = ("HANOI, Nov. 18 (Xinhua) -- The Vietnamese and Laotian prime ministers are scheduled to sign a trade "
            "accord on Friday.")
    assert not roots(pipeline, text) & {"03", "05", "06"}


def test_a_minister_who_plans_to_visit_has_not_promised_it(pipeline):
    text = "LIMA, Nov 18 (AFP) - Peruvian Foreign Minister Ana Quispe plans to visit Chile next month."
    assert not roots(pipeline, text) & {"03", "04"}


def test_a_president_going_to_meet_another_is_a_plan(pipeline):
    text = "SANTIAGO (AP) - Chilean President Tomas Ruizo is going to meet Bolivian President Evo Marca in La Paz."
    assert not roots(pipeline, text) & {"03", "04"}


def test_a_minister_expected_to_meet_another_is_a_plan(pipeline):
    text = ("ANKARA, Nov 18 (Reuters) - Turkish Foreign Minister Selim Aktan is expected to meet his Greek "
            "counterpart on Monday.")
    assert not roots(pipeline, text) & {"03", "04"}


def test_talks_in_the_present_tense_dated_after_the_dispatch_are_a_timetable(pipeline):
    text = ("NAIROBI, Nov 18 (AFP) - Kenyan President Joro Mbeki holds talks with Ugandan President Aba Ssali "
            "next Monday.")
    assert not roots(pipeline, text) & {"03", "04"}


def test_a_minister_meeting_another_tomorrow_has_not_met_yet(pipeline):
    text = ("MOSCOW, November 18. /TASS/. Russian Foreign Minister Pavel Orlin meets Armenian Foreign Minister "
            "Aram Sarkin tomorrow.")
    assert not roots(pipeline, text) & {"03", "04"}


# --- the same acts said by the actor are its intent -----------------------------------------------
def test_a_visit_a_minister_says_he_will_make_is_his_intent(pipeline):
    text = "NAIROBI, Nov 18 (Reuters) - Kenyan Foreign Minister Tavric Olumbe said he will visit Uganda next week."
    assert ("KEN", "UGA", "03") in coded(pipeline, text)


def test_aid_promised_in_a_quotation_is_the_speakers_intent(pipeline):
    text = ('BEIJING, Nov. 18 (Xinhua) -- "China will send emergency aid to Cambodia," Chinese Foreign Ministry '
            "spokesman Wei Lan said on Tuesday.")
    assert ("CHN", "KHM", "03") in coded(pipeline, text)


def test_a_future_reported_after_the_clause_is_still_the_speakers_intent(pipeline):
    text = "PARIS, Nov 18, 2026 (AFP) - France will send humanitarian aid to Mali, French Defence Minister Luc Barrot said."
    assert "03" in roots(pipeline, text)


def test_a_threat_said_in_a_quotation_stays_a_threat(pipeline):
    text = ('MOSCOW, November 18. /TASS/. "We will impose sanctions on Moldova unless it changes course," Russian '
            "Foreign Minister Pavel Orlin said.")
    assert "13" in roots(pipeline, text)


def test_a_meeting_agreed_for_next_week_is_an_agreement_of_both_sides(pipeline):
    text = "SANTIAGO (AP) - Chile and Bolivia agreed to meet next week."
    assert "03" in roots(pipeline, text)


def test_a_meeting_that_happened_yesterday_is_still_news(pipeline):
    text = ("MOSCOW, November 18. /TASS/. Russian Foreign Minister Pavel Orlin met Armenian Foreign Minister "
            "Aram Sarkin yesterday.")
    assert "04" in roots(pipeline, text)


def test_a_visit_officials_announce_for_a_leader_is_his_intent(pipeline):
    # reported by someone on the record: see plan_heads in modality.yaml
    text = ("KAMPALA, Nov 18 (Reuters) - Ugandan officials said Kenyan Foreign Minister Tavric Olumbe will visit "
            "Kampala next week.")
    assert ("KEN", "UGA", "03") in coded(pipeline, text)


def test_a_future_joined_to_a_reported_verb_is_reported_too(pipeline):
    text = ("ASTANA, Nov. 18 (Xinhua) -- Kazakh Foreign Minister Arman Sultanov said Kazakhstan backs the Chinese "
            "initiative and will cooperate with China on border security.")
    assert "03" in roots(pipeline, text)


def test_aid_a_joint_statement_promises_is_the_donors_intent(pipeline):
    text = ("HANOI, Nov. 18 (Xinhua) -- Japan will provide 20 million dollars in aid to Vietnam, according to a "
            "joint statement released after the talks.")
    assert ("JPN", "VNM", "03") in coded(pipeline, text)


def test_aid_the_narrator_says_will_come_is_no_ones_promise(pipeline):
    text = "TOKYO, Nov 18 (Reuters) - Japan will provide 20 million dollars in aid to Vietnam next year."
    assert "03" not in roots(pipeline, text)
