"""Actors, round 50 (actrec50): a chamber's committee named in lower case after the chamber ("the Commons
home affairs select committee", "three House select committees", "parliament's energy committee") is a body
of its own, a legislature's, of the chamber's state. The words were read as the chamber itself or cut before
the committee's word, so the committee was no actor. Invented dispatches; names invented."""

from __future__ import annotations

from helpers import body_names as names
from helpers import printed_bodies


def printed(pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """The printed organisations and groups of ``text``: id -> (name, country, sector)."""
    return printed_bodies(pipeline, text, "name", "country", "sector")


def test_a_commons_select_committee_is_a_body_of_its_own_bbc_style(pipeline):
    found = printed(pipeline, "MPs attack prison plans\n\nThe Commons home affairs select committee said on Tuesday "
                              "that the plans of Home Secretary Alwyn Parrish were unworkable.")
    assert ("Commons home affairs select committee", "GBR", "LEG") in found.values()
    assert "house of commons" not in names(found)  # the committee's words are not the chamber's


def test_a_committee_named_before_its_possessive_keeps_its_word_bbc_style(pipeline):
    found = printed(pipeline, "Costs doubled, MPs say\n\nThe Commons public accounts committee's report said the "
                              "costs of the Halbury rail link had doubled since 2019.")
    assert "commons public accounts committee" in names(found)


def test_house_committees_are_no_mention_of_the_house_ap_style(pipeline):
    found = printed(pipeline, "Inquiry widens\n\nWASHINGTON (AP) — Consultant Darnell Voss answered questions from "
                              "three House select committees in a sealed session on Tuesday.")
    assert "house select committees" in names(found)
    assert "house" not in names(found)


def test_a_parliaments_committee_is_not_cut_before_its_word_reuters_style(pipeline):
    found = printed(pipeline, "Oil law row\n\nBAGHDAD, May 4 (Reuters) - A member of parliament's energy committee, "
                              "Sabah Jawad Talqani, told reporters on Sunday that the oil law must be rewritten.")
    assert "parliament's energy committee" in names(found)
    assert "parliament's energy" not in names(found)


def test_topics_joined_by_and_stay_in_the_committees_name_reuters_style(pipeline):
    found = printed(pipeline, "JERUSALEM, Jan 9 (Reuters) - The Knesset foreign affairs and defence committee "
                              "approved the reservists bill on Monday.")
    assert ("Knesset foreign affairs and defence committee", "ISR", "LEG") in found.values()


def test_a_committee_of_a_chamber_named_alone_is_the_storys_state_ap_style(pipeline):
    found = printed(pipeline, "Bill stalls\n\nWASHINGTON (AP) — The Senate passed the grain bill on Monday. A House "
                              "committee will vote on it next week.")
    assert ("House committee", "USA", "LEG") in found.values()


def test_a_chamber_and_a_committee_word_joined_by_and_name_no_committee_bbc_style(pipeline):
    found = printed(pipeline, "Pay row\n\nThe Senate and committee staff agreed a pay deal on Friday, the "
                              "Ostmark Civil Service Union said.")
    assert not any("committee" in name for name in names(found))


def test_a_capitalised_committee_name_is_left_as_it_was_reuters_style(pipeline):
    found = printed(pipeline, "WASHINGTON, Feb 2 (Reuters) - The Senate Foreign Relations Committee will hold a "
                              "hearing on the Varnley nomination next week.")
    assert "senate foreign relations committee" in names(found)
