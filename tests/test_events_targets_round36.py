"""Round 36 (issue 9): the target of a deed of force whose victim no actor covers ("a truck", "a
market", "villages") is the state of the place the thing struck lies in, also where that place is
named by a general noun whose words alone tell the state: a possessor ("in Yemen's X province"), a
state adjective ("in the Armenian border town of X") or an "of" object ("in a remote area of
northern Mozambique", "in a suburb of the Libyan capital"); and a thing fired "at" is read as one
struck. Every dispatch is invented (made-up people and places, real states); the rule has negative
twins: the doer's own state, a place whose state is not told, a noun that is no place, and a victim
named by an actor."""

from __future__ import annotations

from event_support import coded

FORCE = {"18", "19", "20"}


def _aimed(events, source, target) -> bool:
    return any(s == source and t == target and r in FORCE for s, t, r in events)


# --- the place's possessor ------------------------------------------------------------------------------
def test_a_strike_in_a_states_province_is_aimed_at_that_state(pipeline):
    events = coded(pipeline, "KHARTOUM (Reuters) - Ethiopian drones struck a fuel depot in Sudan's eastern region "
                             "of Qallatan on Thursday, residents said.")
    assert _aimed(events, "ETH", "SDN")


def test_a_raid_in_a_states_north_is_aimed_at_that_state(pipeline):
    events = coded(pipeline, "NIAMEY, May 9 (Xinhua) -- Jihadist fighters raided a cattle market in Niger's north "
                             "on Sunday, burning dozens of stalls, a local official said.")
    assert any(t == "NER" and r in FORCE for _, t, r in events)


# --- a state adjective on the place noun --------------------------------------------------------------------
def test_shelling_in_a_border_town_named_by_an_adjective_is_aimed_at_its_state(pipeline):
    events = coded(pipeline, "BAKU (AFP) - Azerbaijani troops shelled a school in the Armenian border town of "
                             "Vardenik overnight, Armenia's defence ministry said.")
    assert _aimed(events, "AZE", "ARM")


def test_a_drone_killing_a_woman_in_a_named_town_is_aimed_at_the_towns_state(pipeline):
    events = coded(pipeline, "A Russian drone killed an elderly woman in the Ukrainian village of Zelenky-Brid on "
                             "Saturday, the regional administration said.")
    assert _aimed(events, "RUS", "UKR")


# --- the place noun's "of" object ---------------------------------------------------------------------------
def test_an_ambush_in_an_area_of_a_state_is_aimed_at_the_state(pipeline):
    events = coded(pipeline, "MAPUTO (AP) — Islamist insurgents ambushed a supply column in a mountainous area "
                             "of northern Mozambique on Tuesday, police said.")
    assert any(t == "MOZ" and r in FORCE for _, t, r in events)


def test_a_strike_in_a_suburb_of_a_capital_reads_two_levels(pipeline):
    events = coded(pipeline, "TRIPOLI (Reuters) - Egyptian warplanes bombed a warehouse in a suburb of the Libyan "
                             "capital on Friday, witnesses said.")
    assert _aimed(events, "EGY", "LBY")


# --- a thing fired at -----------------------------------------------------------------------------------------
def test_shells_fired_at_villages_in_a_district_are_aimed_at_its_state(pipeline):
    events = coded(pipeline, "YEREVAN, June 3 (Reuters) - Azerbaijani forces fired mortar rounds at farms in "
                             "Armenia's southern province of Syunikar, the defence ministry said.")
    assert _aimed(events, "AZE", "ARM")


def test_rockets_fired_at_towns_in_a_states_north(pipeline):
    events = coded(pipeline, "TEHRAN (AFP) - Iraqi militiamen fired rockets at border posts in Iran's west on "
                             "Monday, Iranian state media reported.")
    assert any(t == "IRN" and r in FORCE for _, t, r in events)


# --- negative twins ---------------------------------------------------------------------------------------------
def test_a_raid_in_the_doers_own_town_is_aimed_at_no_state(pipeline):
    events = coded(pipeline, "ABUJA (Reuters) - Nigerian soldiers raided a market in the Nigerian border town of "
                             "Gashuwa on Friday, the army said.")
    assert not any(s == "NGA" and t == "NGA" for s, t, _ in events)


def test_a_place_whose_state_is_not_told_gives_no_target(pipeline):
    events = coded(pipeline, "Fighters of the Orvan Front attacked a bus in the rebel-held town of Kestrel-Ma on "
                             "Friday, a local official said.")
    assert not any(t is not None and r in FORCE for _, t, r in events)


def test_a_builders_adjective_on_a_port_is_no_state(pipeline):
    events = coded(pipeline, "KARACHI (Reuters) - Separatist militants attacked a cargo ship in the Chinese-built "
                             "port of Pasnikar on Wednesday, police said.")
    assert not any(t == "CHN" for _, t, _ in events)


def test_a_victim_named_by_an_actor_keeps_its_state_not_the_places(pipeline):
    events = coded(pipeline, "ASMARA (AFP) - Eritrean troops attacked Ethiopian herders in the Sudanese border town "
                             "of Lugdi-Kor on Sunday, witnesses said.")
    assert not any(t == "SDN" and r in FORCE for _, t, r in events)
