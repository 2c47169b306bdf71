"""Events, round 32 (issue 9): frames of real news that the patterns missed.

From the classes of benchmarks/event_drops.py on the tuning sets: a demand laid on another through
a verb of command or of what one is held to ("ordered / told / instructed Y to ...", "X expects Y to
..."); a standalone sentence of a direct quotation that says what another must or should do (its
speaker found by the quotes stage); a joint phone call with the partners in the subject; envoys
"sent home"; a chargé d'affaires recalled; an official who "arrived in" another state's capital; a
phrasal pattern whose particle the parser reads as a preposition ("came under criticism from X", "ran
into criticism from X").

Every dispatch is invented (made-up people, real states); each rule has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes


def _roots(pipeline, text: str) -> set[str]:
    return {r for _, _, r in coded(pipeline, text)}


# --- "X told / ordered / instructed Y to ...": X demands it of Y (10) -------------------------------
def test_a_state_that_told_another_to_act_demands_it(pipeline):
    text = ("CAIRO (Reuters) - Egypt on Monday told Ethiopia to halt the next filling of its Nile dam until "
            "a binding deal is signed, the foreign ministry said.")
    assert ("EGY", "ETH", "10") in coded(pipeline, text)


def test_a_bloc_that_instructed_a_member_to_act_demands_it(pipeline):
    text = ("BRUSSELS (AFP) - The European Commission instructed Hungary to recover 40 million euros in "
            "farm subsidies paid to shell firms, a spokeswoman said on Thursday.")
    assert any(t == "HUN" and r == "10" for _, t, r in coded(pipeline, text))


def test_an_order_to_ones_own_troops_is_no_demand(pipeline):
    text = "MOSCOW (TASS) - Russian President Vladimir Putin ordered troops to withdraw from the border area."
    assert "10" not in _roots(pipeline, text)


def test_a_presidents_instruction_to_a_ministry_of_the_state_is_no_demand(pipeline):
    text = ("NAIROBI, Kenya (AP) — Kenyan President Daniel Kiprono on Sunday told Kenya's finance ministry to "
            "release emergency funds for flood-hit counties.")
    assert "10" not in _roots(pipeline, text)


def test_an_order_to_another_states_army_is_a_demand(pipeline):
    text = ("DOHA (Al Jazeera) - Qatar on Thursday told Sudan's army to open safe corridors around the "
            "besieged city, the foreign ministry said.")
    assert ("QAT", "SDN", "10") in coded(pipeline, text)


def test_an_order_for_aircraft_is_no_demand(pipeline):
    text = "The Chilean national carrier ordered 40 Airbus jets to replace its ageing fleet, the company said."
    assert "10" not in _roots(pipeline, text)


# --- "X expects Y to ...": what Y is held to, a demand (10) ----------------------------------------
def test_a_state_that_expects_another_to_act_demands_it(pipeline):
    text = ("NEW DELHI (PTI) - India expects Nepal to act against the smugglers who attacked its border "
            "guards, External Affairs Ministry spokesperson Anand Verkoti said on Friday.")
    assert ("IND", "NPL", "10") in coded(pipeline, text)


def test_an_expected_recovery_is_no_demand(pipeline):
    text = "ATHENS (Reuters) - Greece expects tourism to recover strongly next year, minister Petros Kalvanis said."
    assert "10" not in _roots(pipeline, text)


def test_a_right_to_expect_is_no_demand(pipeline):
    text = ("VILNIUS (BNS) - Under the 2019 river treaty, Lithuania is entitled to expect Latvia to share its "
            "flood data, ministry adviser Egle Varnaite told a seminar.")
    assert not {(s, t) for s, t, r in coded(pipeline, text) if r == "10" and t == "LVA"}


# --- a quoted sentence of its own: '"Y should / must ..."' is the speaker's demand of Y ---------------
def test_a_quoted_should_sentence_is_its_speakers_demand(pipeline):
    text = ("WARSAW (PAP) - Polish opposition leader Jan Wrzosek spoke to reporters in Warsaw on Tuesday. "
            "\"The talks have failed,\" he said. \"Germany must pay for what was destroyed.\"")
    assert ("person:jan-wrzosek", "DEU", "10") in coded(pipeline, text)


def test_a_quoted_question_is_no_demand(pipeline):
    text = ("WARSAW (PAP) - Polish opposition leader Jan Wrzosek spoke to reporters in Warsaw on Tuesday. "
            "\"The talks have failed,\" he said. \"Should Germany pay for what was destroyed?\"")
    assert not {t for _, t, r in coded(pipeline, text) if r == "10" and t == "DEU"}


def test_a_quoted_reproach_is_no_demand(pipeline):
    text = ("WARSAW (PAP) - Polish opposition leader Jan Wrzosek spoke to reporters in Warsaw on Tuesday. "
            "\"The talks have failed,\" he said. \"Germany should have paid years ago.\"")
    assert not {t for _, t, r in coded(pipeline, text) if r == "10" and t == "DEU"}


def test_a_quoted_plea_for_civilians_is_no_demand_of_them(pipeline):
    text = ("DOHA (Al Jazeera) - Qatari spokesman Fahad al-Kuwari spoke to reporters on Thursday. \"The "
            "corridors must open,\" he said. \"Civilians should not pay for this war.\"")
    assert not {t for _, t, r in coded(pipeline, text) if r == "10" and t and "civilian" in t}


def test_a_quoted_resolve_of_ones_own_side_is_no_demand(pipeline):
    text = ("WARSAW (PAP) - Polish opposition leader Jan Wrzosek spoke to reporters in Warsaw on Tuesday. "
            "\"The talks have failed,\" he said. \"We must defend our farmers.\"")
    assert "10" not in _roots(pipeline, text)


# --- "A, B and C held an emergency call": a consultation between the partners (04) -----------------
def test_an_emergency_call_held_by_three_states_is_a_consultation(pipeline):
    text = ("SANTIAGO (Reuters) - Chile, Peru and Bolivia held an emergency call on Sunday to discuss the "
            "spill in the Loa river, the Chilean foreign ministry said.")
    pairs = {frozenset((s, t)) for s, t, r in coded(pipeline, text) if r == "04"}
    assert frozenset(("CHL", "PER")) in pairs and frozenset(("PER", "BOL")) in pairs


def test_a_call_held_with_analysts_is_no_consultation(pipeline):
    text = "Peru's central bank held a conference call with analysts on Monday to explain its rate decision."
    assert "04" not in _roots(pipeline, text)


# --- envoys "sent home" and a chargé d'affaires recalled: relations cut (16) -----------------------
def test_diplomats_sent_home_are_expelled(pipeline):
    text = ("OTTAWA (Reuters) - Canada on Friday sent home two Indian diplomats over a surveillance case, "
            "the foreign ministry said.")
    assert ("CAN", "IND", "161") in codes(pipeline, text)


def test_workers_sent_home_are_no_expulsion(pipeline):
    text = "The Canadian car plant sent home 300 Indian workers on Friday after a power cut."
    assert "16" not in _roots(pipeline, text)


def test_a_recalled_charge_d_affaires_cuts_relations(pipeline):
    text = ("VILNIUS (Reuters) - Lithuania has recalled its charge d'affaires from Minsk for consultations "
            "after Belarusian guards detained two Lithuanian border officers, the foreign ministry said.")
    assert ("LTU", "BLR", "16") in coded(pipeline, text)


# --- an official who "arrived in" a state's capital visits it (042); others pay no visit -------------
def test_a_minister_arriving_in_a_capital_visits_its_state(pipeline):
    text = ("MANILA, Dec. 20 (Xinhua) -- Chinese Foreign Minister Wang Lihua arrived in Manila on Sunday "
            "on a two-day official visit.")
    assert ("CHN", "PHL", "042") in codes(pipeline, text)


def test_refugees_arriving_in_a_state_pay_no_visit(pipeline):
    text = "ANKARA (AA) - Hundreds of Syrian refugees arrived in Turkey overnight, officials said."
    assert "04" not in _roots(pipeline, text)


def test_a_leader_arriving_home_pays_no_visit(pipeline):
    text = ("NAIROBI, Kenya (AP) — Kenyan President Daniel Kiprono arrived in Nairobi on Sunday after a "
            "summit in Addis Ababa.")
    assert "04" not in _roots(pipeline, text)


# --- "came under / ran into criticism from X": the particle parsed as a preposition ------------------
def test_criticism_a_plan_ran_into_is_its_makers_critics(pipeline):
    text = ("TALLINN (ERR) - The Estonian government's border plan has run into criticism from Latvia's "
            "foreign ministry, which called it hasty.")
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_criticism_come_under_with_a_prepositional_parse_is_the_critics(pipeline):
    text = "RIGA (LETA) - Estonia came under criticism from Latvia on Monday over its new fence."
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_a_call_on_a_weekday_is_no_appeal(pipeline):
    text = "Estonia's foreign minister Kaja Mets called Latvia's prime minister on Monday about the fence."
    assert "02" not in _roots(pipeline, text)


def test_a_charge_recalled_stays_no_cut_in_relations(pipeline):
    text = "A Latvian court recalled the smuggling charge against former Estonian consul Rein Vaher."
    assert "16" not in _roots(pipeline, text)
