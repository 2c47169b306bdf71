"""Round 48 (evroot48, event roots): a threat joined by "and" to another act of the same speaker
("summoned the envoy and warned that Moscow would respond in kind") is a threat (13) aimed at the one that
act names, not only the joined act's root: its own clause has the speaker's side acting and names no one
else (targets.py _threat_conj and joined_threat_targets, targets.yaml threat_conj_roots). A clause naming another side keeps that
side; a statement that is no threat, or a threat with a side of its own, is left as it was. Every
dispatch is invented (made-up people and bodies; real states)."""

from __future__ import annotations

from event_support import coded
from helpers import events_with


# --- a threat joined to an act aimed at someone is aimed at that one ---------------------------------------
def test_a_summons_joined_to_a_warning_that_the_summoner_would_respond_is_also_a_threat_to_the_summoned(pipeline):
    events = coded(pipeline, "MOSCOW, May 2 (TASS) - Russia's Foreign Ministry on Thursday summoned Latvia's "
                             "charge d'affaires over the closure of a Russian school in Riga and warned that "
                             "Moscow would respond in kind.")
    assert events_with(events, source="RUS", target="LVA", root="13"), events


def test_a_criticism_joined_to_a_warning_that_it_would_take_reciprocal_measures_is_a_threat_to_the_criticised(pipeline):
    events = coded(pipeline, "ANKARA (Reuters) - Turkish Foreign Minister Veli Korkmazer criticised Greece on "
                             "Monday and warned that it would take reciprocal measures.")
    assert events_with(events, source="TUR", target="GRC", root="13"), events


def test_a_condemnation_joined_to_a_warning_that_the_capital_would_respond_threatens_the_condemned(pipeline):
    events = coded(pipeline, "ADDIS ABABA (AP) - Ethiopia's government spokesman, Tesfaye Warku, condemned the "
                             "Eritrean attack and warned that Addis Ababa would respond.")
    assert events_with(events, source="ETH", target="ERI", root="13"), events


def test_a_threat_joined_to_calling_accusations_absurd_is_aimed_at_the_accuser(pipeline):
    """The joined act's object (the accusations) names no side; its own target (their maker) does."""
    events = coded(pipeline, "PRAGUE (CTK) - Russia's ambassador, Oleg Varnitsky, called the Czech accusations "
                             "\"absurd\" and warned that Moscow would respond symmetrically.")
    assert events_with(events, source="RUS", target="CZE", root="13"), events


def test_an_appeal_joined_to_a_warning_of_firm_measures_is_also_a_threat_to_the_one_urged(pipeline):
    events = coded(pipeline, "MANILA (Reuters) - China on Monday urged the Philippines to stop its patrols near "
                             "the shoal and warned that Beijing would take firm measures.")
    assert events_with(events, source="CHN", target="PHL", root="13"), events


# --- what stays as it was ------------------------------------------------------------------------------------
def test_a_warning_that_names_the_one_warned_is_still_aimed_at_that_one(pipeline):
    events = coded(pipeline, "TOKYO (Kyodo) - Japan's Foreign Ministry warned Beijing on Friday that Tokyo would "
                             "take countermeasures.")
    assert events_with(events, source="JPN", target="CHN", root="13"), events


def test_a_statement_that_the_speaker_would_join_talks_is_no_threat_to_the_one_praised(pipeline):
    events = coded(pipeline, "ANKARA (Reuters) - Turkish Foreign Minister Veli Korkmazer praised Greece on Monday "
                             "and said that Turkey would take part in the talks.")
    assert not events_with(events, root="13"), events


def test_a_warning_whose_clause_names_another_side_acting_is_aimed_at_that_side(pipeline):
    events = coded(pipeline, "WARSAW (PAP) - Poland's foreign minister, Tomasz Wrembel, met Germany's ambassador "
                             "on Tuesday and warned that Russia would pay a heavy price for the sabotage.")
    assert not events_with(events, source="POL", target="DEU", root="13"), events


def test_a_joined_threat_with_a_condition_is_not_aimed_at_the_one_criticised(pipeline):
    """A condition says whom the threat is about (the condition role's); the joined verb's object is not read."""
    events = coded(pipeline, "LONDON (Reuters) - China's ambassador to Britain, Wen Laoshan, criticised Britain and "
                             "warned that Beijing would not stand idle if the unrest in the territory spread.")
    assert not events_with(events, source="CHN", target="GBR", root="13"), events
