"""Events, round 31 (evprec31): classes of false events found on the unannotated pool sample
(benchmarks/pool_events.py). Each rule is held by invented dispatches (made-up people, real states,
several house styles) and a positive twin, the same verb where it is an event, which must stay."""

from __future__ import annotations

from event_support import coded


def _demands(found):
    return {(s, t) for s, t, r in found if r == "10"}


# --- "Y should ..." that gives Y something rather than asks a deed of it (rules._given_not_asked;
# data/events/modality.yaml entitlement_adjectives, entitlement_objects, forecast_verbs, role_verbs) ------
def test_should_be_able_to_is_an_entitlement_not_a_demand(pipeline):
    found = coded(pipeline, "SANTIAGO (AP) - Interior Minister Tovar Lesk said Chile's police should be able "
                            "to question suspects without a lawyer present.")
    assert not _demands(found)


def test_should_have_sole_rights_is_an_entitlement_not_a_demand(pipeline):
    found = coded(pipeline, "NAIROBI (Reuters) - A Kenyan court ruling said Uganda should have sole rights to "
                            "the lake's fishing waters.")
    assert not _demands(found)


def test_should_expect_is_a_forecast_not_a_demand(pipeline):
    found = coded(pipeline, "WARSAW (PAP) - Senator Amal Kostrova said Poland should expect its budget plan to "
                            "be rejected by the committee.")
    assert not _demands(found)


def test_should_act_as_names_a_role_not_a_demand(pipeline):
    found = coded(pipeline, "ATHENS (AFP) - Union leader Delmar Froot said volunteer wardens should act as "
                            "eyes and ears for the Greek police.")
    assert not _demands(found)


def test_should_withdraw_stays_a_demand(pipeline):
    # twin: a deed asked of Hungary
    found = coded(pipeline, "BUDAPEST (Reuters) - Opposition leader Marek Dolny said Hungary should withdraw "
                            "its ambassador from Serbia.")
    assert ("HUN", "10") in {(t, r) for _, t, r in found}


def test_should_act_to_stays_a_demand(pipeline):
    # twin: "act" with a deed to do, not "act as"
    found = coded(pipeline, "ATHENS (AFP) - Union leader Delmar Froot said the Greek police should act to "
                            "stop the attacks on migrants.")
    # (round 39: the one asked is the police themselves, the state's body, GRC as its alternative)
    assert {("GRC", "10"), ("org:greek-police", "10")} & {(t, r) for _, t, r in found}


def test_should_have_talks_stays_a_demand(pipeline):
    # twin: "have" with something to do, not a right owed
    found = coded(pipeline, "BUDAPEST (Reuters) - Opposition leader Marek Dolny said Hungary should have "
                            "talks with Serbia.")
    assert ("HUN", "10") in {(t, r) for _, t, r in found}


# --- "would ... if ...": the consequent of a condition (modality.modality, _conditioned_by;
# data/events/modality.yaml consequent_marks) ------------------------------------------------------------
def test_would_support_if_is_hypothetical(pipeline):
    found = coded(pipeline, "TALLINN (ERR) - Foreign Minister Ilsa Varnok said Estonia would support Latvia's "
                            "bid if the committee approved it.")
    assert ("EST", "LVA", "03") not in found


def test_we_would_investigate_if_is_hypothetical(pipeline):
    found = coded(pipeline, "BRASILIA (Reuters) - Trade Minister Perrin Wachabe said: \"If Argentina "
                            "complained, then we would investigate that.\"")
    assert not {r for _, _, r in found} & {"09"}


def test_would_support_without_a_condition_stays_an_intent(pipeline):
    # twin: the same verb, said outright
    found = coded(pipeline, "TALLINN (ERR) - Foreign Minister Ilsa Varnok said Estonia would support Latvia's "
                            "bid.")
    assert ("EST", "LVA", "03") in found


def test_would_support_even_if_stays_an_intent(pipeline):
    # twin: "even if" concedes the condition; the intent holds
    found = coded(pipeline, "TALLINN (ERR) - Foreign Minister Ilsa Varnok said Estonia would support Latvia's "
                            "bid even if the committee rejected it.")
    assert ("EST", "LVA", "03") in found


def test_will_support_if_is_a_conditional_too(pipeline):
    # round 38 reverses round 31's twin ("will" with a condition stayed a promise): a promise under "if" is
    # a conditional as "would ... if" is (GUIDE.md: conditionals); every "will ... if" event printed on the
    # pool blocks 1-7 was judged wrong (tests/test_events_factuality_round38.py); without "if" it stays
    found = coded(pipeline, "TALLINN (ERR) - Foreign Minister Ilsa Varnok said Estonia will support Latvia's "
                            "bid if the committee approves it.")
    assert ("EST", "LVA", "03") not in found
    found = coded(pipeline, "TALLINN (ERR) - Foreign Minister Ilsa Varnok said Estonia will support Latvia's "
                            "bid at the committee.")
    assert ("EST", "LVA", "03") in found


# --- the reporter of a clause is no target of what it reports (coder.Coder._domestic) ----------------------
def test_the_minister_who_reports_an_inquiry_is_not_its_target(pipeline):
    found = coded(pipeline, "CANBERRA, June 2 - The Australian Competition Commission (ACC) will hold a "
                            "six-month inquiry into the Australian sugar industry, Trade Minister Perrin "
                            "Wachabe said.")
    assert not any(t == "person:perrin-wachabe" for _, t, _ in found)


def test_the_one_arrested_stays_the_target_when_a_minister_reports_it(pipeline):
    # twin: the reported clause names its own target before the reporter
    found = coded(pipeline, "NAIROBI (Reuters) - The Kenyan police arrested opposition leader Amos Kiprutto, "
                            "Interior Minister Tovar Lesk said.")
    assert any(t == "person:amos-kiprutto" and r == "17" for _, t, r in found)


# --- "glad to see the back of X": a reaction, no offer (recall.Recall._offer; recall.yaml reaction_verbs) ---
def test_glad_to_see_the_back_of_is_no_offer(pipeline):
    found = coded(pipeline, "LONDON (BBC) - Foreign Secretary Halvor Jennick said Britain was glad to see the "
                            "back of the Iranian ambassador.")
    assert ("GBR", "IRN", "03") not in found


def test_glad_to_work_with_stays_an_offer(pipeline):
    # twin: a deed done with Ireland
    found = coded(pipeline, "LONDON (BBC) - Foreign Secretary Halvor Jennick said Britain was glad to work with "
                            "Ireland on the border plan.")
    assert ("GBR", "IRL", "03") in found


# --- "no longer": a deed stopped is no deed (modality.is_negated; modality.yaml ceasing_adverbs) ----------
def test_no_longer_supports_is_no_support(pipeline):
    found = coded(pipeline, "BUDAPEST (Reuters) - Hungary no longer supports Ukraine's bid to join the "
                            "European Union, Foreign Minister Pal Verecki said.")
    assert ("HUN", "UKR", "05") not in found


def test_will_no_longer_cooperate_is_a_refusal(pipeline):
    found = coded(pipeline, "ACCRA (AFP) - Ghana will no longer cooperate with Togo on border patrols, the "
                            "interior ministry said.")
    assert ("GHA", "TGO", "03") not in found
    assert ("GHA", "TGO", "12") in found


def test_supports_without_no_longer_stays_support(pipeline):
    # twin: the same verb, not stopped
    found = coded(pipeline, "BUDAPEST (Reuters) - Hungary supports Ukraine's bid to join the European Union, "
                            "Foreign Minister Pal Verecki said.")
    assert ("HUN", "UKR", "05") in found


def test_longer_without_no_negates_nothing(pipeline):
    # twin: "longer" as a comparison of time
    found = coded(pipeline, "ACCRA (AFP) - Ghana will cooperate longer with Togo on border patrols, the "
                            "interior ministry said.")
    assert ("GHA", "TGO", "03") in found


# --- "condemned the invasion of X": X is the victim, not the one condemned (precision.judged_blow_victims;
# precision.yaml disapproval_roots) ----------------------------------------------------------------------
def test_the_victim_of_an_invasion_condemned_is_not_condemned(pipeline):
    found = coded(pipeline, "HELSINKI (STT) - Finland condemned the Armenian invasion of Azerbaijan on Tuesday.")
    assert ("FIN", "AZE", "11") not in found
    assert ("FIN", "ARM", "11") in found


def test_the_victim_of_a_blockade_criticised_is_not_criticised(pipeline):
    found = coded(pipeline, "HELSINKI (STT) - Finland criticised the Armenian blockade of Azerbaijan on Tuesday.")
    assert ("FIN", "AZE", "11") not in found


def test_the_doer_of_a_crackdown_condemned_stays_the_target(pipeline):
    # twin: the state named as the doer of the blow is the one condemned
    found = coded(pipeline, "HELSINKI (STT) - Finland condemned Azerbaijan's crackdown on protesters.")
    assert ("FIN", "AZE", "11") in found


def test_a_person_arrested_stays_the_target_of_a_condemnation(pipeline):
    # twin: a person (not a state) as the victim still stands for the arresting state
    found = coded(pipeline, "HELSINKI (STT) - Finland condemned the arrest of Azerbaijani opposition leader "
                            "Ilgar Mammadzade.")
    assert ("FIN", "person:ilgar-mammadzade", "11") in found


def test_would_expel_if_stays_a_conditional_threat(pipeline):
    # twin: a harm under a condition is a threat, not a hypothetical (modality.recode, "conditional")
    found = coded(pipeline, "LIMA (Andina) - The ministry said Peru would expel the Chilean ambassador if the "
                            "vote went ahead.")
    assert ("PER", "CHL", "13") in found
