"""Round evnews28 (issue 9, sides): general rules for event sides, written from a second batch of
invented dispatches (tests/data/events_news n87-n110, dev).

Every dispatch here is invented (made-up people and quarrels between real states), so what is coded
must come from the text.
"""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


# --- a state's own ministry never acts on that state named as a state ---------------------------------
def test_a_ministry_asking_for_help_to_its_own_capital_is_not_aimed_at_its_own_state(pipeline):
    found = coded(pipeline, "LISBON (Reuters) - Portugal's defence ministry on Monday asked its allies to "
                            "deliver more patrol boats to Lisbon.")
    assert not [f for f in found if f[1] == "PRT"]


def test_a_ministry_praising_another_state_keeps_that_event(pipeline):
    found = coded(pipeline, "OSLO (Reuters) - The Norwegian foreign ministry praised Sweden on Monday and "
                            "urged partners to send more observers to Norway.")
    assert ("NOR", "SWE", "05") in found
    assert not [f for f in found if f[1] == "NOR"]


def test_an_opposition_leader_still_accuses_her_own_states_government(pipeline):
    found = coded(pipeline, "OSLO (Reuters) - Norwegian opposition leader Kari Vettland accused Norway's "
                            "government of hiding the report.")
    assert ("person:kari-vettland", "NOR", "11") in found


# --- talks that a verb blocks are not talks held ------------------------------------------------------
def test_talks_someone_keeps_blocking_are_no_talks_held(pipeline):
    found = coded(pipeline, "SOFIA (Reuters) - Romania said on Monday it would keep blocking Moldova's talks "
                            "with the European Union until the dispute was settled.")
    assert not [f for f in found if f[2] == "04"]


def test_a_threat_to_block_talks_is_still_a_threat_to_the_talks_owner(pipeline):
    found = coded(pipeline, "Poland threatened on Friday to block Ukraine's accession talks with the European "
                            "Union.")
    assert ("POL", "UKR", "13") in found
    assert not [f for f in found if f[0] == "UKR"]


# --- a bloc modifying a thing someone owns is not a side ----------------------------------------------
def test_backing_a_states_eu_bid_is_aimed_at_the_state_not_the_bloc(pipeline):
    found = coded(pipeline, "Greece backs Albania's EU bid, the foreign minister said.")
    assert ("GRC", "ALB", "05") in found
    assert not [f for f in found if f[1] == "EU"]


def test_praising_a_states_nato_membership_is_aimed_at_the_state(pipeline):
    found = coded(pipeline, "Hungary praised Finland's NATO membership on Monday.")
    assert ("HUN", "FIN", "05") in found
    assert not [f for f in found if f[1] == "NATO"]


def test_a_blocs_own_decision_is_still_the_bloc(pipeline):
    found = coded(pipeline, "France welcomed the EU's decision on Monday.")
    assert ("FRA", "EU", "05") in found


# --- a weakly sourced act aimed at no one named is not printed, but still read ----------------------------
def test_an_adjective_doers_strike_with_no_one_aimed_at_is_not_printed_but_its_doer_is_still_condemned(pipeline):
    found = coded(pipeline, "DAMASCUS (Reuters) - Syria on Tuesday condemned a Turkish air strike on positions "
                            "south of Aleppo. Jordan also condemned the attack.")
    assert ("TUR", None, "19") not in found
    assert ("JOR", "TUR", "11") in found


def test_aid_named_by_a_noun_may_still_go_to_no_one_named(pipeline):
    found = coded(pipeline, "KYIV (Reuters) - The European Union on Monday confirmed a new aid package worth "
                            "50 million euros.")
    assert ("EU", None, "07") in found


def test_a_hunger_strike_named_by_a_noun_is_a_protest_of_no_one_named(pipeline):
    found = coded(pipeline, "Chilean miners began a hunger strike outside the Senate on Monday to demand higher "
                            "pensions.")
    assert [f for f in found if f[2] == "14"]


def test_a_strike_that_is_the_news_itself_stays_printed(pipeline):
    found = coded(pipeline, "DAMASCUS (Reuters) - Turkish air strikes killed five people near Aleppo on Tuesday.")
    assert [f for f in found if f[0] == "TUR" and f[2] in {"18", "19"}]
