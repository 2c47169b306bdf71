"""Actors, round 42 (actrec42): "the" and bare initials no lexicon knows, as the object, a conjunct, an
apposition or the agent of a passive ("Senators criticised the NVSA", "fined by the PKRA", "called by
the CGDV and the FNPT"), are an organisation, as they were already as a verb's subject or before a
person's job. spaCy often tags such initials a place or a lone person; neither keeps them out now. A
noun after the initials ("the US dollar"), a known state ("the UAE") and initials of a thing ("the
VAT") stay what they were. Invented dispatches; names, bodies and initials invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch, by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def test_initials_a_verb_acts_on_after_the_are_an_organisation_ap_style(pipeline):
    table = ids(pipeline, "WASHINGTON (AP) — Two Democratic senators on Tuesday accused the NVSA of blocking a "
                          "background-check bill.")
    assert table["org:nvsa"].kind == "organization"


def test_initials_after_by_in_a_passive_are_the_organisation_that_acted_reuters_style(pipeline):
    table = ids(pipeline, "LONDON, Dec 6 (Reuters) - Tarrow Bank was fined 4 million pounds by the PKRA on "
                          "Friday for failing to report suspicious transfers.")
    assert "org:pkra" in table


def test_both_initials_joined_by_and_are_organisations_even_one_spacy_calls_a_person_afp_style(pipeline):
    table = ids(pipeline, "PARIS, Dec 6 (AFP) - Dockers at Velmonde walked out on Friday in a strike called by "
                          "the CGDV and the FNPT, halting container traffic for a second day.")
    assert {"org:cgdv", "org:fnpt"} <= set(table)


def test_initials_before_a_noun_stay_a_modifier_bbc_style(pipeline):
    table = ids(pipeline, "Sterling rose to a two-year high against the US dollar on Friday, traders said.")
    assert "org:us" not in table


def test_a_known_states_initials_stay_the_state_xinhua_style(pipeline):
    table = ids(pipeline, "BEIJING, Dec 6 (Xinhua) - Velmora on Friday criticised the UAE over the port deal.")
    assert table["ARE"].kind == "state"
    assert "org:uae" not in table


def test_initials_of_a_tax_are_no_organisation_after_the_ap_style(pipeline):
    table = ids(pipeline, "LONDON (AP) — The opposition said it would scrap the VAT if it won the election.")
    assert "org:vat" not in table
