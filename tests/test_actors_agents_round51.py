"""Actors, round 51 (agents51): a bare "the government" (or "administration", "cabinet") is the story's
state also after states are named, where the state named last before it is that state, and as an owner
("the government's plan"); a story with no dateline that names one state only gives it that state. Before,
a British story that had said "the UK" left every later "the government" without an actor, and the
events of that government without a side. Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def mentions_of(pipeline, text: str) -> dict[str, list[str]]:
    """The printed actors of ``text``: id -> the words of each mention."""
    record = pipeline.extract(Document(text=text, source="invented"))
    return {a.id: [text[m[0]:m[1]] for m in a.mentions] for a in record.actors}


def test_the_government_after_the_uk_is_named_is_britain_bbc_style(pipeline):
    found = mentions_of(pipeline, "Grants for village halls\n\nVillage halls across the UK will get new grants. "
                                  "The government named the first 400 halls on Monday, communities minister Dalia "
                                  "Verrow said.")
    assert "government" in found["GBR"]


def test_the_governments_plan_names_the_state_as_its_owner_bbc_style(pipeline):
    found = mentions_of(pipeline, "Rail fares to rise\n\nCommuters in Britain face higher fares next year. The "
                                  "government's transport plan was attacked by the Liberal Democrats on Monday.")
    assert "government" in found["GBR"]


def test_a_story_naming_one_state_once_gives_its_government_that_state_bbc_style(pipeline):
    found = mentions_of(pipeline, "Pay rise for carers\n\nCare workers will get a higher hourly rate from April, "
                                  "the government said on Monday. Care minister Orla Fenwright said carers in the UK "
                                  "deserved more. The government will consult councils.")
    assert found["GBR"].count("government") == 2


def test_the_government_in_a_sentence_naming_a_state_is_left_to_the_speakers_state_bbc_style(pipeline):
    text = ("Fishing row\n\nBritish trawlers were turned away on Monday. Norway's envoy Eskil Varholm said "
            "the government would not change its quota.")
    found = mentions_of(pipeline, text)
    assert "government" not in found.get("GBR", [])


def test_the_government_after_another_state_is_named_last_is_not_the_story_state_reuters_style(pipeline):
    found = mentions_of(pipeline, "LONDON, June 3 (Reuters) - Britain's trade envoy Colm Ashbury met officials in "
                                  "Chile on Tuesday. The government there said it would review copper levies.")
    assert "government" not in found.get("GBR", [])


def test_one_crowd_named_three_ways_is_one_actor_reuters_style(pipeline):
    found = mentions_of(pipeline, "Crowds clash in capital\n\nTEHRAN, Nov 18 (Reuters) - Police fired tear gas at "
                                  "demonstrators in Tehran on Monday, and at least 40 protesters were detained. The "
                                  "rioters accused police of brutality.")
    assert {"demonstrators", "protesters", "rioters"} <= set(found["org:protesters"])
    assert "org:demonstrators" not in found and "org:rioters" not in found


def test_protesters_a_hyphenated_word_names_stay_a_group_of_their_own_ap_style(pipeline):
    found = mentions_of(pipeline, "Rival rallies\n\nLIMA, Peru (AP) — Pro-government protesters marched past the "
                                  "congress on Friday as demonstrators gathered in a square nearby.")
    assert "org:protesters" in found
    assert any(ids != "org:protesters" and any("Pro-government" in w for w in words) for ids, words in found.items())
