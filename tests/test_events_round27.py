"""Round evnews27 (issue 9): general rules for event sides, written from new invented dispatches
(tests/data/events_news n63-n86, dev): an apposition that says what a side belongs to is no side, a
clause that names its own doer is done by it, and a rejection of "the accusation" told in the sentence
before answers its accuser when the accusation named the denier by a body of the same state.

Every dispatch here is invented (made-up people and quarrels between real states), so what is coded
must come from the text.
"""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


# --- an apposition saying what a side belongs to ("both NATO members") is no side ----------------------
def test_a_membership_apposition_is_no_partner_of_a_meeting(pipeline):
    found = coded(pipeline, "Hungary and Slovakia, both EU members, held talks on river dams in Bratislava "
                            "on Monday.")
    assert ("HUN", "SVK", "04") in found or ("SVK", "HUN", "04") in found
    assert not [f for f in found if "EU" in f]


def test_a_membership_apposition_after_a_dateline_is_no_side_either(pipeline):
    found = coded(pipeline, "BRATISLAVA, Nov 20 (Reuters) - Hungary and Slovakia, both EU members, held talks "
                            "on river dams in Bratislava on Monday.")
    assert found and not [f for f in found if "EU" in f]


def test_an_alliance_named_as_a_side_is_still_a_side(pipeline):
    found = coded(pipeline, "Hungary held talks with NATO on air defence in Budapest on Monday.")
    assert ("HUN", "NATO", "04") in found or ("NATO", "HUN", "04") in found


# --- a coordinated clause with its own subject is done by that subject ----------------------------------
def test_a_second_clause_with_its_own_subject_is_not_done_by_the_first_clauses_doer(pipeline):
    events = pipeline.extract("LIMA (AP) - Riot police fired tear gas at farmers in Lima on Monday, and the "
                              "government accused opposition lawmakers of funding the march.",
                              reference_date=REF).events
    accusations = [e for e in events if e.root == "11"]
    assert accusations and all("police" not in (e.source or "") for e in accusations)


# --- "X accused Y's body ... Y rejected the accusation": the denier rejects X ----------------------------
def test_rejecting_the_accusation_told_just_before_answers_the_accuser_of_the_same_states_body(pipeline):
    found = coded(pipeline, "QUITO (AP) — Ecuador's interior minister, Rosa Chimbo, accused the National "
                            "Assembly of shielding smugglers on Monday. Assembly President Luis Tenesaca "
                            "rejected the charge.")
    assert ("person:luis-tenesaca", "person:rosa-chimbo", "12") in found


def test_denying_any_wrongdoing_answers_no_accuser_of_another_quarrel(pipeline):
    found = coded(pipeline, "QUITO (AP) — Ecuador's interior minister, Rosa Chimbo, accused the National "
                            "Assembly of shielding smugglers on Monday. Transport Minister Hugo Pilataxi "
                            "denied any wrongdoing in a separate case.")
    assert not [f for f in found if f[2] == "12" and f[1] == "person:rosa-chimbo"]


# --- "summoned the envoy over a drone strike": the strike is not the summoner's ------------------------
def test_a_deed_the_act_answers_after_over_is_not_done_by_the_one_answering(pipeline):
    found = coded(pipeline, "BAGHDAD - Iraq's foreign ministry summoned Turkey's envoy on Thursday over a drone "
                            "strike on a car near the town of Zakho.")
    assert not [f for f in found if f[0] == "IRQ" and f[2] in {"18", "19"}]


def test_the_deeds_own_modifier_still_names_its_doer(pipeline):
    # (evnews28: a strike named by a noun whose doer is only its adjective is printed only when someone
    # is named as struck: "on a car near the town" names no one, so the strike is now aimed at fighters)
    found = coded(pipeline, "BAGHDAD - Iraq's foreign ministry summoned Turkey's envoy on Thursday over a "
                            "Turkish drone strike on Kurdish fighters near the town of Zakho.")
    assert [f for f in found if f[0] == "TUR" and f[2] in {"18", "19"}]
    assert not [f for f in found if f[0] == "IRQ" and f[2] in {"18", "19"}]


# --- "condemned the arrests": the doer of the latest arrest, not of the latest deed of any kind ---------
def test_a_judged_deed_noun_is_aimed_at_the_doer_of_that_kind_of_deed(pipeline):
    found = coded(pipeline, "LA PAZ (AP) - Police detained 27 miners in La Paz on Monday. Later, hundreds of "
                            "miners blocked a highway into the city. Opposition leader Rene Quispe condemned "
                            "the arrests on Tuesday.")
    assert ("person:rene-quispe", "BOL", "11") in found
    assert ("person:rene-quispe", "org:miners", "11") not in found


# --- a state named only as the owner of what was violated is not what its own official acts on -------
def test_an_officials_protest_over_a_violation_of_his_states_sovereignty_is_not_aimed_at_his_state(pipeline):
    found = coded(pipeline, "GEORGETOWN (Reuters) - Foreign Minister Rajendra Persaud said Guyana had sent a "
                            "diplomatic note to Venezuela demanding the miners' release and protesting \"a "
                            "flagrant violation\" of Guyana's sovereignty.")
    assert not [f for f in found if f[1] == "GUY" and f[0] in {"GUY", "person:rajendra-persaud"}]


def test_a_domestic_criticism_of_a_body_of_the_state_is_kept(pipeline):
    found = coded(pipeline, "NAIROBI (AP) - Kenyan opposition leader Ruth Kamau criticised the Kenyan police "
                            "on Monday for beating protesters.")
    assert [f for f in found if f[0] == "person:ruth-kamau" and f[2] == "11"]
