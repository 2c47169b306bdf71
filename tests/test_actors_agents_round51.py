"""Actors, round 51 (agents51): one crowd named several ways ("the demonstrators", "protesters", "rioters") is
one actor, where no state, qualifier, name or hyphenated word in the phrase says whose it is. Before, one
story printed a different group for each word. Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def mentions_of(pipeline, text: str) -> dict[str, list[str]]:
    """The printed actors of ``text``: id -> the words of each mention."""
    record = pipeline.extract(Document(text=text, source="invented"))
    return {a.id: [text[m[0]:m[1]] for m in a.mentions] for a in record.actors}


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
