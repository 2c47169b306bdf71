"""Event precision, round 32 (issue 9): false events of the kinds found by judging a second block of the
unannotated pool (benchmarks/pool_events.py --block 2): plots, background dated "years ago", counterfactuals,
deeds only proposed, powers given rather than deeds asked, plans told as "will use X to ...", and
participles describing the victims of a deed read as its doers.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded, roots


# --- a plot is not the deed (modality.yaml nothing_heads: plot, conspire, scheme) -----------------------
def test_a_plot_to_assassinate_is_no_assault(pipeline):
    found = coded(pipeline, "Vardenian rebels plotted to assassinate Latvian Prime Minister Ivars Kalnbirze, "
                            "the Latvian interior ministry said on Monday.")
    assert not {r for _, _, r in found} & {"18", "19", "20"}


def test_a_conspiracy_to_attack_is_no_attack(pipeline):
    found = coded(pipeline, "Two Estonian officers conspired to attack the Latvian embassy in Tallinn, "
                            "prosecutors said.")
    assert not {r for _, _, r in found} & {"18", "19"}


def test_an_attack_that_was_carried_out_is_still_coded(pipeline):
    found = coded(pipeline, "Vardenian rebels attacked a Latvian army post near the border on Monday.")
    assert any(r in {"18", "19"} for _, _, r in found)


# --- "four years ago", "a decade ago": background (modality.yaml ago_units, dating_clause_marks) --------
def test_a_promise_dated_years_ago_by_its_when_clause_is_background(pipeline):
    found = coded(pipeline, "Latvian President Ivars Kalnbirze promised to cut fuel duties when he was "
                            "elected five years ago.")
    assert "03" not in {r for _, _, r in found}


def test_a_treaty_signed_a_decade_ago_is_background(pipeline):
    found = coded(pipeline, "Latvia and Estonia signed a fishing treaty a decade ago, officials in Riga recalled.")
    assert not {r for _, _, r in found} & {"05", "06"}


def test_a_treaty_signed_this_week_is_news(pipeline):
    found = coded(pipeline, "Latvia and Estonia signed a fishing treaty in Riga on Monday.")
    assert {r for _, _, r in found} & {"05", "06"}


def test_a_deed_a_few_days_ago_is_still_news(pipeline):
    found = coded(pipeline, "Estonia expelled two Latvian diplomats three days ago, the foreign ministry said.")
    assert any(s == "EST" and t == "LVA" for s, t, _ in found)


# --- "would not have X if Y": counterfactual, neither a deed nor a threat ------------------------------
def test_a_counterfactual_with_a_condition_is_no_threat(pipeline):
    found = coded(pipeline, "Latvia would not have expelled the Estonian envoy if Tallinn had apologised, "
                            "Foreign Minister Aina Pumpure said.")
    assert not {r for _, _, r in found} & {"13", "16", "17"}


# --- a deed only proposed or suggested (modality.yaml proposing_verbs) ---------------------------------
def test_a_proposed_crackdown_accuses_no_one(pipeline):
    found = coded(pipeline, "Latvia on Thursday proposed a U.N. crackdown on arms smuggling by Estonian gangs.")
    assert "11" not in {r for _, _, r in found}


def test_a_suggested_inquiry_is_no_inquiry(pipeline):
    found = coded(pipeline, "Latvia on Thursday suggested a joint inquiry with Estonia into the sinking of a ferry.")
    assert "09" not in {r for _, _, r in found}


# --- a power given is no demand (modality.yaml entitlement_objects) ------------------------------------
def test_should_have_the_authority_demands_nothing(pipeline):
    assert "10" not in roots(pipeline, "Estonian Trade Minister Aivar Keskula said President Lepp should have the "
                                       "authority to decide on import tariffs.")


def test_should_have_the_power_demands_nothing(pipeline):
    assert "10" not in roots(pipeline, "Latvian opposition leader Dace Strautmane said regional councils should have "
                                       "the power to veto new border posts.")


def test_should_withdraw_is_still_a_demand(pipeline):
    found = coded(pipeline, "Estonian Trade Minister Aivar Keskula said Latvia should withdraw its new tariffs.")
    assert any(s == "EST" and t == "LVA" and r == "10" for s, t, r in found)


# --- "will use X to ...": the purpose of a plan is planned too -----------------------------------------
def test_will_use_a_speech_to_criticise_is_a_plan(pipeline):
    assert "11" not in roots(pipeline, "Latvian President Ivars Kalnbirze will use his speech in Brussels next week "
                                       "to criticise Estonia's border policy.")


def test_used_a_summit_to_criticise_is_a_deed(pipeline):
    found = coded(pipeline, "Latvia used the summit to criticise Estonia's border policy.")
    assert ("LVA", "EST", "11") in found


def test_a_plan_inside_an_according_to_phrase_is_not_reported_by_it(pipeline):
    found = coded(pipeline, "The Latvian economy grew faster than expected, according to new figures that "
                            "Finance Minister Juris Vilcans will use to defend Latvia's budget against Estonian "
                            "criticism.")
    assert not any(s == "person:juris-vilcans" or s == "LVA" for s, _, r in found if r in {"03", "05"})


# --- participles describing the victims, misparsed as the deed's subject ------------------------------
def test_workers_abducted_last_month_are_not_the_abductors(pipeline):
    found = coded(pipeline, "Two Red Cross workers abducted last month in northern Vardenia are still being held, "
                            "the Latvian Interior Ministry said.")
    assert not any(s == "ICRC" for s, _, _ in found)


def test_rebels_who_abducted_workers_are_still_the_abductors(pipeline):
    found = coded(pipeline, "Vardenian rebels abducted two Red Cross workers in the north last month.")
    assert any(t == "ICRC" and r == "18" for _, t, r in found)


# --- advice to another is no deed of theirs (modality.yaml nothing_heads: advise) -------------------------
def test_talks_one_will_advise_another_to_take_up_are_not_held(pipeline):
    found = coded(pipeline, "Latvian Finance Minister Juris Vilcans said he will advise Moldova to take up talks "
                            "with Romania when he is in Brussels next week.")
    assert not any(s == "MDA" and t == "ROU" for s, t, _ in found)
    assert ("LVA", "MDA", "02") in found  # the advice itself stays an appeal


# --- a likeness or a reading of figures rejected is nobody's act (precision.yaml asked_things) ----------
def test_rejecting_a_comparison_rejects_no_one(pipeline):
    assert "12" not in roots(pipeline, "Latvian Finance Minister Juris Vilcans rejected comparisons with the 2009 "
                                       "banking collapse.")


def test_rejecting_polls_rejects_no_one(pipeline):
    assert "12" not in roots(pipeline, "Latvian President Ivars Kalnbirze rejects any polls that suggest his rival "
                                       "is ahead.")


def test_rejecting_a_states_proposal_is_still_a_rejection(pipeline):
    found = coded(pipeline, "Latvian President Ivars Kalnbirze rejected Estonia's proposal for a joint border force.")
    assert ("LVA", "EST", "12") in found
