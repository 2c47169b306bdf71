"""Round 35 (evsides35): the sides of events where a side is named again by a shorter form.

Every dispatch here is invented (people, bodies and firms appear in no dictionary), in the house styles of
several agencies. Each rule has at least three positive variants and its negatives.
"""

from __future__ import annotations

import wirecoder
from wirecoder.actors.coref import name_head


def actors_of(pipeline: wirecoder.Pipeline, text: str) -> dict[str, list[str]]:
    record = pipeline.extract(text)
    return {a.id: [text[s:e] for s, e in a.mentions] for a in record.actors}


def events(pipeline: wirecoder.Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text).events}


# --- short names: "the authority" after "the Kenya Ports Authority" (coref.yaml short_names) --------------

def test_name_head_is_the_last_word_before_of():
    assert name_head("Kenya Ports Authority") == "authority"
    assert name_head("the Grain Marketing Board of Zimbabwe") == "board"
    assert name_head("Harbour Workers' Federation") == "federation"


def test_name_head_is_none_for_no_proper_name_or_a_listed_word():
    assert name_head("young people") is None  # a lower-case group is no name
    assert name_head("Tolvane") is None  # one word: no short form
    assert name_head("Velmont News") is None  # "the news" means something else
    assert name_head("Kenya Ministry of Health") is None  # "the ministry": the References' own


def test_the_authority_is_the_named_authority(pipeline):
    text = ("MOMBASA, June 4 (Reuters) - The Kenya Ports Authority on Thursday fined Belvane Logistics for "
            "dumping fuel in the harbour.\nThe authority accused the firm of ignoring three earlier warnings.")
    found = actors_of(pipeline, text)
    assert "The authority" in found["org:kenya-ports-authority"]
    assert "org:authority" not in found  # no generic body beside the named one


def test_the_federation_acts_for_the_named_federation(pipeline):
    text = ("LIMA, Jan 3 (EFE) - The Harbour Workers Federation accused the government of Peru of ignoring "
            "safety rules on Friday.\nThe federation also called on the labour ministry to inspect the docks.")
    assert ("org:harbour-workers-federation", "PER", "02") in events(pipeline, text)


def test_the_board_after_a_board_of_a_state(pipeline):
    text = ("HARARE, March 9 (AP) - The Grain Trading Board of Zimbabwe said on Monday that millers had "
            "hoarded maize.\nThe board accused the Zambian government of blocking wheat shipments.")
    found = actors_of(pipeline, text)
    owner = next(a for a, ms in found.items() if "The board" in ms)
    assert owner.startswith("org:grain-trading-board")


def test_two_bodies_with_one_head_are_no_guess(pipeline):
    text = ("MOMBASA, June 4 (Reuters) - The Kenya Ports Authority and the Lake Basin Water Authority "
            "signed a deal on Thursday.\nThe authority said the terms were fair.")
    found = actors_of(pipeline, text)
    assert not any("The authority" in ms for a, ms in found.items()
                   if a in ("org:kenya-ports-authority", "org:lake-basin-water-authority"))


def test_a_head_that_modifies_a_noun_is_no_mention(pipeline):
    text = ("MOMBASA, June 4 (Reuters) - The Kenya Ports Authority fined Belvane Logistics on Thursday.\n"
            "The authority chairman said the fine would stand.")
    found = actors_of(pipeline, text)
    assert not any(m.startswith("The authority") for m in found["org:kenya-ports-authority"])


# --- "the military government": a story body with an adjective of its kind (recall.yaml story_body_adjectives) --

def test_the_transitional_government_is_the_story_state(pipeline):
    text = ("BAMAKO, June 2 (AFP) - Mali's opposition coalition accused the transitional government on Friday "
            "of delaying elections until 2029.")
    assert ("org:opposition", "MLI", "11") in events(pipeline, text)


def test_the_military_government_after_a_state_named(pipeline):
    text = ("NIAMEY, Aug 14 (Reuters) - ECOWAS on Saturday gave Niger a week to restore constitutional order.\n"
            "The bloc urged the military government to release the detained president, Ousmane Dalbeko.")
    found = events(pipeline, text)
    assert any(target == "NER" and root == "02" for _, target, root in found)


def test_the_caretaker_government_of_a_home_opposition(pipeline):
    text = ("ISLAMABAD, Jan 9 (AP) - Pakistan's main opposition party accused the caretaker government on "
            "Tuesday of rigging the vote count in Punjab.")
    assert any(target == "PAK" and root == "11" for _, target, root in events(pipeline, text))


def test_a_state_adjective_or_a_former_government_is_not_the_story_body(pipeline):
    # "the Latvian government" names its own state; "the former government" is another time's
    text = ("VILNIUS, May 2 (BNS) - Lithuania's foreign minister, Ramunas Kvedaras, on Monday criticised the "
            "former government for signing the gas deal.")
    assert not any(target == "LTU" for _, target, root in events(pipeline, text))


# --- a double surname alone: "Levine Cava" after "Daniella Levine Cava" (actors _longer_names) ----------------

def test_a_double_surname_alone_is_the_person_named_in_full(pipeline):
    text = ("BOGOTA, Feb 21 (EFE) - Colombian President Julian Andres Ortega Velandia said on Saturday that the "
            "army would guard the border.\nOrtega Velandia called on Caracas to hand over two rebel commanders.")
    found = actors_of(pipeline, text)
    assert "Ortega Velandia" in found["person:julian-andres-ortega-velandia"]
    assert "person:ortega-velandia" not in found
    assert ("COL", "VEN", "02") in events(pipeline, text)


def test_a_double_surname_demand_keeps_the_minister_state(pipeline):
    text = ("MEXICO CITY, June 3 (Reuters) - Mexican Foreign Minister Maria Fernanda Quiroz Ledesma accused "
            "Guatemala on Monday of ignoring a deportation accord. Quiroz Ledesma demanded that Guatemala return "
            "the migrants' documents.")
    assert ("MEX", "GTM", "10") in events(pipeline, text)


def test_a_given_name_and_surname_of_a_longer_name(pipeline):
    text = ("MIAMI (AP) - County Mayor Celestina Ruiz Marbella on Tuesday criticised the owners of the aquarium. "
            "Ruiz Marbella said the county was reviewing the lease.")
    found = actors_of(pipeline, text)
    assert "Ruiz Marbella" in found["person:celestina-ruiz-marbella"]


def test_two_people_who_share_a_surname_stay_two(pipeline):
    text = ("LISBON, May 8 (Lusa) - Portuguese Prime Minister Rui Manuel Sarmento met Spanish Prime Minister "
            "Pablo Sarmento on Friday.")
    found = actors_of(pipeline, text)
    assert "person:rui-manuel-sarmento" in found and "person:pablo-sarmento" in found
