"""Actors, round 46 (actrec46): a possessive's mark spaCy ran onto the end of an organisation's name
("Voix-Usagers Ferrand's rail arm") is no part of the printed name. And a name whose head
is a body's word that ends it after an office's possessive or opens it before "of" ("the Korvesa Chief
Public Prosecutor's Office", "the Association of Chief Pilots", "the General Administration of Border
Tariffs") is the body's whole name: the office word inside it has no holder. A possessive inside a
name ("People's Party", "Trade Representative's Office") stays. Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def names(pipeline, text: str) -> set[str]:
    """The printed names of the organisations and groups of ``text``."""
    return {a.name for a in pipeline.extract(Document(text=text, source="invented")).actors
            if a.kind in ("organization", "group")}


def test_a_possessive_run_onto_a_groups_name_is_cut_off_afp_style(pipeline):
    found = names(pipeline, "Rail case heard\n\nPARIS, Dec 8 (AFP) - A Paris court on Wednesday heard a case brought "
                            "by consumer group Voix-Usagers Ferrand's rail arm against operator Trellac.")
    assert "Voix-Usagers Ferrand" in found
    assert "Voix-Usagers Ferrand's" not in found


def test_a_possessive_that_is_a_word_of_the_name_stays_reuters_style(pipeline):
    found = names(pipeline, "Party to boycott vote\n\nSELBAR, Dec 10 (Reuters) - The Korvan People's Party said on "
                            "Thursday it would boycott the vote, and the Trade Representative's Office said talks "
                            "would resume.")
    assert "Korvan People's Party" in found
    assert "Trade Representative's Office" in found


def test_an_office_word_inside_a_body_named_before_of_keeps_the_whole_name_bbc_style(pipeline):
    found = names(pipeline, "Harbour chiefs seek delay to port rules\n\nThe Association of Chief Harbour Officers "
                            "said on Monday that the new inspection rules should be delayed by a year.")
    assert "Association of Chief Harbour Officers" in found
    assert "Chief Harbour Officers" not in found


def test_a_general_administration_of_something_is_a_body_xinhua_style(pipeline):
    found = names(pipeline, "Border data shared\n\nThe General Administration of Border Tariffs said inspection "
                            "teams would share data.")
    assert "General Administration of Border Tariffs" in found


def test_an_offices_office_is_a_body_with_its_place_in_its_name_anadolu_style(pipeline):
    found = names(pipeline, "Detentions ordered\n\nKORVESA (AA) - The Korvesa Chief Public Prosecutor's Office on "
                            "Wednesday ordered the detention of 14 suspects, security sources said.")
    assert "Korvesa Chief Public Prosecutor's Office" in found


def test_a_county_office_spacy_tags_alone_is_the_whole_body_ap_style(pipeline):
    found = names(pipeline, "No charges\n\nHALBERG, Wendria (AP) — The Dorvan County District Attorney's Office said "
                            "Thursday it would not bring charges over the death of an inmate.")
    assert "Dorvan County District Attorney's Office" in found
    assert "Office" not in found


def test_an_offices_body_word_before_a_noun_makes_no_body_ap_style(pipeline):
    found = names(pipeline, "Deputies questioned\n\nThe Velmora Sheriff's Department spokesman declined to comment.")
    assert "Velmora Sheriff's Department" not in found
