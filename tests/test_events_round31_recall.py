"""Events, round 31 (issue 9): vocabulary that unseen news uses and the patterns lacked.

Verbs of wire copy that no pattern had (the unannotated pool of benchmarks/missing_events.py and the
"no pattern lemma" class of benchmarks/event_drops.py), each with the object class or preposition
that keeps its other senses out; and event nouns that reach their verb's pattern through
data/events/derived_nouns.yaml ("Karvonia's seizure of the tanker", "the deployment of troops to the
border with X", "the release of the sailors by X"), with the doer named on the noun.

Every dispatch is invented (made-up people, real states); each rule has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes


def _roots(pipeline, text: str) -> set[str]:
    return {r for _, _, r in coded(pipeline, text)}


# --- fighters "neutralised" or "eliminated": force used on their side (190) -----------------------
def test_militants_neutralised_by_an_army_are_force_used_on_their_group(pipeline):
    text = ("ANKARA (AA) - Turkish security forces neutralised four PKK militants in an operation in "
            "northern Iraq, the National Defence Ministry said on Saturday.")
    assert ("org:turkish-security-forces", "org:pkk", "19") in coded(pipeline, text)


def test_a_threat_neutralised_is_done_to_no_one(pipeline):
    text = "The Turkish central bank said its rate rise would neutralise the threat of higher inflation."
    assert "19" not in _roots(pipeline, text)


def test_insurgents_eliminated_by_an_army_are_force_used_on_their_group(pipeline):
    text = "The Turkish army eliminated six PKK insurgents in an air operation near the border, officials said."
    assert ("org:turkish-army", "org:pkk", "19") in coded(pipeline, text)


def test_tariffs_eliminated_are_no_force(pipeline):
    text = "Canada said it would eliminate tariffs on Mexican steel from next April."
    assert not _roots(pipeline, text) & {"18", "19", "20"}


# --- troops moved to a side's border: force posture (150), aimed at the side across the line -------
def test_troops_moved_to_the_border_with_a_state_show_force_to_it(pipeline):
    text = ("Venezuela has moved armoured vehicles and several hundred soldiers to its border with "
            "Guyana, a Guyanese security official said on Thursday.")
    assert ("VEN", "GUY", "150") in codes(pipeline, text)


def test_staff_moved_to_a_new_building_show_no_force(pipeline):
    text = "Venezuela moved its consular staff to a new building in Caracas on Thursday."
    assert "15" not in _roots(pipeline, text)


def test_troops_massed_along_the_frontier_with_a_state_are_aimed_at_it(pipeline):
    text = "Armenia said Azerbaijan had massed troops along its frontier with Armenia overnight."
    assert ("AZE", "ARM", "150") in codes(pipeline, text)


# --- a crowd's protest suppressed: repression (175) ------------------------------------------------
def test_a_protest_suppressed_by_police_is_repression_of_the_protesters(pipeline):
    text = "Kenyan police suppressed a protest by Ugandan traders in Nairobi on Monday, witnesses said."
    assert "17" in _roots(pipeline, text)


def test_inflation_suppressed_is_no_repression(pipeline):
    text = "The Kenyan central bank suppressed inflation with two rate rises, Governor Otieno Karanu said."
    assert "17" not in _roots(pipeline, text)


# --- a side's vessel intercepted at sea: its movement restricted (191) -----------------------------
def test_a_vessel_intercepted_by_a_navy_is_a_blockade_of_its_side(pipeline):
    text = "The Greek coast guard intercepted a Turkish fishing vessel off Lesbos on Tuesday."
    assert ("GRC", "TUR", "191") in codes(pipeline, text)


def test_a_drone_intercepted_is_a_defence(pipeline):
    text = "Saudi air defences intercepted a drone launched from Yemen on Tuesday, state media said."
    assert "191" not in {c for _, _, c in codes(pipeline, text)}


# --- relief "despatched": the British spelling of dispatched (073) --------------------------------
def test_relief_despatched_to_a_state_is_humanitarian_aid(pipeline):
    text = "Britain despatched tents and medicine to Malawi after the floods, the Foreign Office said."
    assert ("GBR", "MWI", "073") in codes(pipeline, text)


def test_a_reporter_despatched_to_a_state_is_no_aid(pipeline):
    text = "The Guardian despatched a reporter to Malawi after the floods."
    assert "07" not in _roots(pipeline, text)


# --- event nouns: deployment, seizure, release ------------------------------------------------------
def test_a_states_deployment_of_troops_to_the_border_with_another_shows_force(pipeline):
    text = ("Russia's deployment of troops to the border with Finland drew a protest from Helsinki, "
            "which summoned the Russian ambassador.")
    assert ("RUS", "FIN", "150") in codes(pipeline, text)


def test_a_deployment_of_troops_with_no_doer_named_on_it_is_no_event(pipeline):
    text = "The deployment of Nigerian troops lasted until March, the report said."
    assert "15" not in _roots(pipeline, text)


def test_a_states_seizure_of_anothers_tanker_is_a_seizure(pipeline):
    text = "Tensions rose after Nigeria's seizure of a Ghanaian fishing trawler off Lagos on Friday."
    assert ("NGA", "GHA", "171") in codes(pipeline, text)


def test_a_seizure_of_drugs_names_no_one(pipeline):
    text = "Dutch customs officials reported a record seizure of cocaine in Rotterdam on Wednesday."
    assert "17" not in _roots(pipeline, text)


def test_a_states_release_of_anothers_pilot_frees_him(pipeline):
    text = "Pakistan's release of the Indian pilot eased tensions along the frontier, diplomats said."
    assert ("PAK", "IND", "0841") in codes(pipeline, text)


def test_a_release_of_figures_frees_no_one(pipeline):
    text = "Statistics Canada's release of the trade figures lifted the Canadian dollar on Friday."
    assert "08" not in _roots(pipeline, text)


def test_a_call_for_a_release_is_no_release_by_the_caller(pipeline):
    text = "Canada called for the release of two Canadian citizens detained in China."
    assert ("CAN", "CAN", "0841") not in codes(pipeline, text)
    assert not any(s == "CAN" and c == "0841" for s, _, c in codes(pipeline, text))


# --- support reaffirmed for a side (051) ------------------------------------------------------------
def test_support_reaffirmed_for_a_state_is_support_voiced_for_it(pipeline):
    text = "Japan reaffirmed its support for the Philippines during talks in Tokyo on Tuesday."
    assert ("JPN", "PHL", "051") in codes(pipeline, text)


def test_support_reaffirmed_for_a_bill_names_no_one(pipeline):
    text = "Japanese ministers reaffirmed their support for the reform bill on Tuesday."
    assert "05" not in _roots(pipeline, text)


# --- a prisoner pardoned is freed (0841) -------------------------------------------------------------
def test_a_foreign_prisoner_pardoned_is_released(pipeline):
    text = "Belarusian President Aliaksandr Vorsich pardoned a jailed Lithuanian journalist on Friday."
    assert any(t == "LTU" and c == "0841" for _, t, c in codes(pipeline, text))


def test_a_fee_pardoned_frees_no_one(pipeline):
    text = "The Belarusian tax board pardoned the late payment fee on Friday."
    assert "08" not in _roots(pipeline, text)


# --- people wounded or injured: force used on them (190) -------------------------------------------
def test_protesters_wounded_by_troops_are_force_used_on_them(pipeline):
    text = "Israeli troops wounded three Palestinian protesters near the fence in Gaza, medics said."
    assert "19" in _roots(pipeline, text)


def test_pride_wounded_by_remarks_is_no_force(pipeline):
    text = "The Russian minister's remarks wounded Turkish pride, commentators in Ankara wrote."
    assert not _roots(pipeline, text) & {"18", "19", "20"}


# --- a deed judged: "condemned X's seizure of Y" codes the seizure too -----------------------------
def test_a_seizure_condemned_is_coded_beside_the_condemnation(pipeline):
    text = "Ghana condemned Nigeria's seizure of a Ghanaian fishing trawler, the foreign ministry in Accra said."
    found = codes(pipeline, text)
    assert ("NGA", "GHA", "171") in found
    assert any(s == "GHA" and t == "NGA" and c.startswith("11") for s, t, c in found)


def test_a_release_welcomed_is_coded_beside_the_welcome(pipeline):
    text = "Japan welcomed China's release of a detained Japanese businessman on Monday."
    found = codes(pipeline, text)
    assert ("CHN", "JPN", "0841") in found
    assert any(s == "JPN" and t == "CHN" and c.startswith("05") for s, t, c in found)


def test_a_seizure_condemned_with_no_doer_named_is_no_seizure_by_the_judge(pipeline):
    text = "Ghana condemned the seizure of a Ghanaian fishing trawler off Lagos on Friday."
    assert not any(c == "171" for _, _, c in codes(pipeline, text))


# --- a warning named by its noun, the warner on it (130) ------------------------------------------
def test_a_states_warning_to_another_is_a_threat(pipeline):
    text = "North Korea's warning to Seoul came hours after the joint drills began, Yonhap reported."
    assert ("PRK", "KOR", "130") in codes(pipeline, text)


def test_a_tsunami_warning_to_towns_is_no_threat(pipeline):
    text = "Japan's tsunami warning to coastal towns was lifted on Monday, the weather agency said."
    assert "13" not in _roots(pipeline, text)


# --- a group proscribed is banned (1722, as "outlaw") -------------------------------------------------------------
def test_a_group_proscribed_by_a_state_is_banned(pipeline):
    text = "Britain proscribed the Wagner Group on Friday, Home Secretary Darrow Pennick told parliament."
    assert any(s == "GBR" and c.startswith("172") for s, _, c in codes(pipeline, text))


def test_a_use_proscribed_by_a_code_bans_no_one(pipeline):
    text = "The new British code proscribes the use of private phones in the chamber."
    assert "17" not in _roots(pipeline, text)


def test_attacks_condemned_are_left_to_the_condemnation(pipeline):
    text = "The summit condemned Russia's hybrid attacks on Moldova and urged restraint, diplomats said."
    assert not any(s == "RUS" and c.startswith("19") for s, _, c in codes(pipeline, text))
