"""Precision on real news (issue 9, events round 9): kinds of false event found by judging what
wirecoder printed on news outside the real-news set (benchmarks/event_audit.py, half A).

Every dispatch here is invented (made-up people, real states), so what is coded must come from the
text. Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded, roots


# --- the public and the economy are not parties to world politics ---------------------------------
def test_police_asking_residents_to_stay_away_is_no_event(pipeline):
    assert not coded(pipeline, "Estonian police sealed off the harbour and urged residents to keep clear of the quay.")


def test_talks_with_banks_are_no_event_but_talks_with_a_state_are(pipeline):
    found = coded(pipeline, "Bolivian Finance Minister Rosa Quispe will fly to Tokyo for talks with Japan and "
                            "representatives of banks.")
    assert not {t for _, t, _ in found if t and "bank" in t}


def test_talks_with_officials_of_no_named_state_are_no_event(pipeline):
    found = coded(pipeline, "Latvian Foreign Minister Ilze Berzina flew abroad on Monday for talks with officials.")
    assert not {t for _, t, _ in found if t and t.endswith("officials")}


def test_a_leader_calling_people_dishonest_judges_no_one_named(pipeline):
    found = coded(pipeline, 'Latvian Prime Minister Janis Ozols said: "These people are utterly dishonest."')
    assert not found


def test_police_arresting_residents_is_still_coercion(pipeline):
    found = coded(pipeline, "Belarusian police arrested 40 residents in Minsk on Sunday.")
    assert any(s in {"BLR", "org:belarusian-police"} and r == "17" for s, _, r in found)


# --- descriptions and background ------------------------------------------------------------------
def test_councillors_who_back_a_candidate_are_described_not_acting(pipeline):
    assert "05" not in roots(pipeline, "Two Latvian councillors who back Mr Ozols met the party chairman in Riga on Tuesday.")


def test_a_visit_in_the_week_when_it_happens_is_still_news(pipeline):
    found = coded(pipeline, "Talks will be held this week when Japanese Finance Minister Taro Okada visits Washington, "
                            "officials in Tokyo said.")
    assert ("JPN", "USA", "04") in found


def test_a_raid_in_the_past_is_background(pipeline):
    assert not coded(pipeline, "Lithuania has raided rebel camps in Belarus in the past.")


def test_saying_support_is_important_supports_no_one(pipeline):
    assert "05" not in roots(pipeline, 'Latvian Education Minister Ilze Berzina said: "Our job now is to support '
                                         'rural teachers through the winter term."')


def test_being_set_to_press_a_state_is_a_plan_not_a_demand(pipeline):
    assert "10" not in roots(pipeline, "Estonian officials said the allies were now set to press Latvia for similar action.")


# --- senses of a verb -----------------------------------------------------------------------------
def test_an_economist_agreeing_with_a_view_agrees_with_no_one(pipeline):
    assert not coded(pipeline, "Latvian Finance Minister Andris Kalns agreed.")


def test_agreeing_with_a_state_on_a_truce_is_an_agreement(pipeline):
    found = coded(pipeline, "Latvia agreed with Estonia on a new border patrol.")
    assert any(r == "03" and {s, t} == {"LVA", "EST"} for s, t, r in found)


def test_being_charged_with_ensuring_order_is_a_task_not_an_accusation(pipeline):
    assert "11" not in roots(pipeline, "Latvian Speaker Inga Liepa is charged with keeping discipline during Latvian budget debates.")


def test_having_to_demonstrate_good_health_is_no_protest(pipeline):
    assert "14" not in roots(pipeline, "Seasonal workers arriving in Latvia must demonstrate a basic command of "
                                         "Latvian, the Latvian government said.")


def test_protesters_who_demonstrated_outside_an_embassy_protest(pipeline):
    found = coded(pipeline, "Hundreds of Estonian students demonstrated outside the Russian embassy in Tallinn "
                            "on Friday against Russia.")
    assert any(r == "14" for _, _, r in found)


def test_keen_to_move_after_a_breakthrough_praises_no_one(pipeline):
    assert "05" not in roots(pipeline, 'Estonian Prime Minister Kaja Rand said: "Latvia and Lithuania want to press on '
                                         'fast now that the deadlock is broken."')


# --- sides of an action noun ----------------------------------------------------------------------
def test_anti_state_protests_are_aimed_at_that_state_not_by_it(pipeline):
    found = coded(pipeline, "Latvian students staged anti-Russian protests in Riga.")
    assert not {s for s, _, _ in found if s == "RUS"}
    assert any(t == "RUS" and r == "14" for _, t, r in found)


def test_anti_state_demonstrations_with_no_one_named_code_nothing_by_that_state(pipeline):
    found = coded(pipeline, "Latvia began evacuating its citizens after days of anti-Estonian demonstrations.")
    assert not {s for s, _, _ in found if s == "EST"}


def test_a_trip_named_by_its_destination_is_not_the_destinations_visit(pipeline):
    found = coded(pipeline, "Japanese Prime Minister Taro Okada has a chance to calm tempers before his "
                            "Washington visit, analysts said.")
    assert not {s for s, _, _ in found if s == "USA"}


def test_a_pretext_for_attacks_is_no_attack(pipeline):
    assert not roots(pipeline, "Finland and Sweden rejected the claims, calling them an excuse for Russian "
                                      "attacks on them.") & {"18", "19", "20"}


def test_an_assault_on_a_territory_is_aimed_at_its_state(pipeline):
    found = coded(pipeline, "Palestinian officials met on Monday. The vote let people express anger over "
                            "Denmark's assault on Gaza.")
    assert ("DNK", "PSE", "19") in found


# --- a judgement of a measure whose maker is unnamed ----------------------------------------------
def test_opposing_plans_whose_maker_is_unnamed_prints_no_untargeted_rejection(pipeline):
    found = coded(pipeline, "Latvian lawmakers debated the identity card bill on Monday. The Latvian Green Party "
                            "opposes the plans.")
    assert not {(s, t) for s, t, r in found if r == "12" and t is None}


def test_rejecting_calls_with_no_one_named_is_still_a_rejection(pipeline):
    found = coded(pipeline, "Latvian Prime Minister Janis Ozols has rejected calls for an inquiry into the port deal.")
    assert any(r == "12" for _, _, r in found)


# --- round 10: an accusation or criticism of someone no actor covers ------------------------------
def test_an_accusation_of_someone_unnamed_as_an_actor_is_not_an_accusation_of_no_one(pipeline):
    found = coded(pipeline, "Estonian Prime Minister Kaja Tamm accused a newspaper columnist of spreading lies "
                            "about her.")
    assert not {(s, t) for s, t, r in found if r == "11"}


def test_an_accusation_of_a_named_state_is_still_coded(pipeline):
    found = coded(pipeline, "Estonian Prime Minister Kaja Tamm accused Latvia of spreading lies about her.")
    assert ("EST", "LVA", "11") in found


# --- round 10: asking a question is no appeal -----------------------------------------------------
def test_asking_someone_if_a_thing_is_so_is_a_question_not_an_appeal(pipeline):
    found = coded(pipeline, "On tape, Latvian Foreign Minister Ilze Berzina is heard asking Estonian envoy Kaja Tamm "
                            "if she is a spy.")
    assert "02" not in {r for _, _, r in found}


def test_asking_a_state_whether_it_would_send_troops_is_still_an_appeal(pipeline):
    found = coded(pipeline, "Latvian Foreign Minister Ilze Berzina asked Estonia whether it would send troops to Riga.")
    assert ("LVA", "EST", "02") in found


# --- round 10: a treaty's name is no agreement made -----------------------------------------------
def test_a_named_agreement_is_a_document_not_an_agreement(pipeline):
    found = coded(pipeline, "Latvian Finance Minister Ilze Berzina and her colleagues plan to uphold "
                            "the Paris Agreement at the autumn session.")
    assert not {(s, t) for s, t, r in found if r == "03" and "FRA" in (s, t)}


def test_reaching_an_agreement_with_a_state_is_still_an_agreement(pipeline):
    found = coded(pipeline, "Latvian Finance Minister Ilze Berzina reached an agreement with Berlin on Monday.")
    assert ("LVA", "DEU", "03") in found


# --- round 10: a participle before a noun describes it --------------------------------------------
def test_pursuing_retreating_troops_is_no_retreat_of_the_pursuers(pipeline):
    found = coded(pipeline, "Latvian forces were pursuing retreating Estonian troops near Valga on Monday.")
    assert not {(s, t) for s, t, r in found if r == "08"}


def test_troops_that_retreated_still_retreated(pipeline):
    assert ("EST", None, "08") in coded(pipeline, "Estonian troops retreated from Valga on Monday.")


def test_rioting_fans_are_no_riot_by_the_police(pipeline):
    found = coded(pipeline, "Estonian police dispersed rioting Latvian fans in Tartu.")
    assert not {(s, t) for s, t, r in found if r == "14" and s == "EST"}


def test_an_attack_on_retreating_troops_is_still_an_attack(pipeline):
    found = coded(pipeline, "Lithuanian forces attacked the retreating Belarusian troops near Grodno.")
    assert ("LTU", "BLR", "19") in found


# --- round 10: said in the past, or against what has not happened ---------------------------------
def test_a_refusal_said_in_the_past_is_background(pipeline):
    found = coded(pipeline, "Latvian Prime Minister Janis Ozols has declared in the past he would never negotiate "
                            "with Estonia while its soldiers stay.")
    assert not found


def test_a_refusal_said_on_monday_is_news(pipeline):
    found = coded(pipeline, "Latvian Prime Minister Janis Ozols said on Monday that he refuses to negotiate with Estonia "
                            "while its soldiers stay.")
    assert ("LVA", "EST", "12") in found


def test_resisting_any_such_pressure_is_a_conditional(pipeline):
    found = coded(pipeline, "But Latvian officials said Prime Minister Janis Ozols would resist any such pressure "
                            "from Estonia.")
    assert not found


def test_rejecting_pressure_that_came_is_a_rejection(pipeline):
    found = coded(pipeline, "Latvian Prime Minister Janis Ozols rejected the pressure from Estonia on Monday.")
    assert ("LVA", "EST", "12") in found


def test_an_accusation_of_a_name_no_actor_covers_is_not_printed_aimed_at_no_one(pipeline):
    # round 41 (evtgt41) reversed round 23's keeping: the one accused is named, only not as a side, and the
    # pool's such events were wrong on their target 5 times in 5 (codes.yaml named_untargeted_roots)
    found = coded(pipeline, "Estonian Prime Minister Kaja Tamm accused Brambleworth of spreading lies about her.")
    assert not any(t is None and r == "11" for _, t, r in found)


# --- a group and the members listed beside it are one party ---------------------------------------------
def test_a_group_and_its_listed_members_are_not_each_other_s_partners(pipeline):
    found = coded(pipeline, "The Group of Seven -- the United States, Japan, Germany, France, Britain, Italy "
                            "and Canada -- held talks in Rome on Friday on a loan to Vardenia.")
    assert not any("G7" in (s, t) and {s, t} & {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}
                   for s, t, _ in found)


def test_a_group_and_a_state_named_beside_it_stay_partners(pipeline):
    found = coded(pipeline, "The European Union and Turkey held talks in Ankara on Friday on visas.")
    assert any({s, t} == {"EU", "TUR"} for s, t, _ in found)
