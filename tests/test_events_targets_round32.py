"""Round 32 (issue 9): event targets and two-sided event nouns. A deal, truce or talks named with both
sides after "between" are the two sides' joint act; a judgement of a deed whose doer is named after
"by" is aimed at that doer, and the deed is coded too; a demand for redress with no one named is aimed
at the doer of the deed told before it. Every dispatch is invented (made-up people, real states); each
rule has a negative twin."""

from __future__ import annotations

from event_support import coded

from wirecoder.events import targets


def _pair(events, a: str, b: str, root: str) -> bool:
    return (a, b, root) in events or (b, a, root) in events


# --- two-sided event nouns ------------------------------------------------------------------------------
def test_an_accord_between_two_states_concluded_in_the_passive_is_their_joint_deal(pipeline):
    events = coded(pipeline, "On Thursday a fisheries accord between Ecuador and Bolivia was concluded in La Paz "
                             "after two years of haggling.")
    assert _pair(events, "ECU", "BOL", "05")


def test_an_accord_between_two_states_not_concluded_is_no_deal(pipeline):
    events = coded(pipeline, "On Thursday a fisheries accord between Ecuador and Bolivia was not concluded, to the "
                             "dismay of both delegations.")
    assert not _pair(events, "ECU", "BOL", "05")


def test_a_ceasefire_between_two_states_that_began_is_their_joint_truce(pipeline):
    events = coded(pipeline, "A ceasefire between Tajikistan and Kyrgyzstan began at 6 a.m. on Sunday, and the guns "
                             "fell silent.")
    assert _pair(events, "TJK", "KGZ", "08")


def test_no_deal_in_sight_is_no_deal(pipeline):
    events = coded(pipeline, "After ten hours, Ghana and Togo left the port-fee negotiations with no deal in sight.")
    assert not _pair(events, "GHA", "TGO", "05")


def test_a_deal_between_two_states_described_in_the_present_is_no_news(pipeline):
    events = coded(pipeline, "The deal between Ghana and Togo covers fishing rights in the gulf.")
    assert not _pair(events, "GHA", "TGO", "05")


def test_a_possessors_agreement_with_another_signed_in_the_passive_is_their_deal(pipeline):
    events = coded(pipeline, "Ghana's long-delayed customs agreement with Togo was finally signed, the two governments "
                             "announced on Wednesday.")
    assert _pair(events, "GHA", "TGO", "05")


def test_a_deal_between_two_states_that_another_builds_on_is_one_made_before(pipeline):
    events = coded(pipeline, "The new accord builds on an agreement between Ghana and Togo from March.")
    assert not _pair(events, "GHA", "TGO", "05")


def test_a_mediator_named_on_the_talks_is_not_a_side_of_them(pipeline):
    events = coded(pipeline, "Qatari-mediated talks between Ethiopia and Eritrea opened in Doha on Monday, with both "
                             "delegations attending.")
    assert _pair(events, "ETH", "ERI", "04")
    assert not any(s == "QAT" and r == "04" for s, _, r in events)


def test_praising_the_deal_between_two_states_is_aimed_at_both(pipeline):
    events = coded(pipeline, "The European Commission praised the rail freight deal between Lithuania and Latvia.")
    assert ("EU", "LTU", "05") in events and ("EU", "LVA", "05") in events


def test_a_prisoner_exchange_brokered_between_two_states_is_theirs_and_the_brokering_the_mediators(pipeline):
    events = coded(pipeline, "Oman, which has mediated quietly for months, brokered Monday's prisoner exchange between "
                             "Iran and Bahrain.")
    assert _pair(events, "IRN", "BHR", "08")
    assert ("OMN", "IRN", "04") in events and ("OMN", "BHR", "04") in events


def test_a_joint_ceasefire_told_before_is_both_sides_deed_for_the_judgement_and_the_appeal(pipeline):
    events = coded(pipeline, "A ceasefire between Tajikistan and Kyrgyzstan began at 6 a.m. on Sunday. Kazakhstan's "
                             "foreign ministry said it welcomed the ceasefire, and it called on both sides to honour it.")
    assert ("KAZ", "TJK", "05") in events and ("KAZ", "KGZ", "05") in events
    assert ("KAZ", "TJK", "02") in events and ("KAZ", "KGZ", "02") in events


# --- a judged deed with its doer after "by" -------------------------------------------------------------
def test_denouncing_an_invasion_of_one_state_by_another_is_aimed_at_the_invader(pipeline):
    events = coded(pipeline, "Tanzania's foreign ministry denounced the invasion of Burundi by Rwanda's army.")
    assert ("TZA", "RWA", "11") in events
    assert ("TZA", "BDI", "11") not in events


def test_the_invasion_judged_with_its_doer_named_is_coded_as_the_doers_deed(pipeline):
    events = coded(pipeline, "Tanzania's foreign ministry denounced the invasion of Burundi by Rwanda's army.")
    assert ("RWA", "BDI", "19") in events


def test_judging_an_invasion_with_no_doer_named_codes_no_invader(pipeline):
    events = coded(pipeline, "Tanzania's foreign ministry denounced the invasion of Burundi.")
    assert not any(r == "19" for _, _, r in events)
    assert ("TZA", "BDI", "11") not in events


def test_an_arrest_judged_with_its_doer_after_by_is_aimed_at_that_doer(pipeline):
    events = coded(pipeline, "Uruguay deplored the arrest of three Uruguayan fishermen by Brazilian police.")
    assert ("URY", "BRA", "11") in events
    assert any(s == "BRA" and r == "17" for s, _, r in events)


# --- a demand for redress is aimed at the doer of the deed it answers -----------------------------------
def test_a_call_for_release_after_a_seizure_is_aimed_at_the_captor(pipeline):
    events = coded(pipeline, "Police in Yerevan said on Saturday that Azerbaijani border guards had seized two "
                             "Armenian shepherds. Armenia's foreign ministry called for the shepherds' release.")
    assert ("ARM", "AZE", "10") in events


def test_a_demand_for_an_apology_after_a_protest_is_aimed_at_the_one_protested_to(pipeline):
    events = coded(pipeline, "Estonia protested to Latvia on Monday over a new fishing quota and demanded an apology.")
    assert ("EST", "LVA", "10") in events


def test_a_call_for_an_inquiry_after_gunfire_is_aimed_at_the_side_that_fired(pipeline):
    events = coded(pipeline, "Two Beninese customs officers died on Friday when Burkinabe troops opened fire on their "
                             "post. Benin's government called for an independent inquiry.")
    assert ("BEN", "BFA", "10") in events


def test_a_call_that_is_no_redress_takes_no_target_from_the_deed_before(pipeline):
    events = coded(pipeline, "Azerbaijani border guards seized two Armenian shepherds on Saturday. Armenia's foreign "
                             "ministry called for tougher grazing rules.")
    assert not any(s == "ARM" and t == "AZE" and r in {"02", "10"} for s, t, r in events)


def test_redress_nouns_name_redress_not_any_change_asked_for():
    assert targets.REDRESS_ROOTS == {"02", "10"}
    assert "release" in targets.REDRESS_NOUNS and "reform" not in targets.REDRESS_NOUNS


# --- "pledged support for X" -----------------------------------------------------------------------------
def test_support_pledged_for_a_state_is_aimed_at_it(pipeline):
    events = coded(pipeline, "Poland pledged unwavering support for Armenia.")
    assert ("POL", "ARM", "03") in events


# --- a rejection of a thing said is aimed at whoever said it ---------------------------------------------
def test_rejecting_the_communique_is_aimed_at_the_body_that_issued_it(pipeline):
    events = coded(pipeline, "Leaders of the Southern African Development Community issued a communique on Sunday "
                             "urging Lesotho's military council to hold elections. Lesotho rejected this communique a "
                             "day later.")
    assert ("LSO", "SADC", "12") in events


def test_rejecting_an_accusation_nobody_made_before_has_no_target(pipeline):
    events = coded(pipeline, "Lithuania rejected that accusation on Tuesday.")
    assert not any(t for _, t, r in events if r == "12")


# --- force on people of no named state ---------------------------------------------------------------------
def test_civilians_killed_in_a_named_state_stand_for_that_state(pipeline):
    events = coded(pipeline, "Rwandan shelling killed eleven civilians in a market town in Congo's North Kivu "
                             "province on Wednesday.")
    assert ("RWA", "COD", "19") in events


def test_soldiers_of_no_state_shot_stand_for_the_state_named_before_them(pipeline):
    events = coded(pipeline, "In Kyrgyzstan's Batken region, Tajik troops shot dead two soldiers at a border post on "
                             "Monday.")
    assert ("TJK", "KGZ", "19") in events


def test_people_killed_where_no_state_is_told_get_no_state(pipeline):
    events = coded(pipeline, "Masked gunmen shot dead six villagers at a remote farm overnight.")
    assert not any(t is not None and len(t) == 3 and t.isupper() for _, t, _ in events)
