"""Quotations: speakers that stand for an unnamed group quoted just before ("they", "one", "another").

Invented dispatches and names (Reuters and AP styles)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def speaker_of(pipeline, body: str, words: str):
    return next(q for q in quotes_in(pipeline, body) if words in q.text).speaker


def test_they_after_economists_quoted_is_the_economists(pipeline):
    body = ("The harvest failure will push Ostrelian food prices up by a fifth before winter, private and "
            "university economists said.\n    Wages would not keep pace with bread and milk, they said.\n")
    speaker = speaker_of(pipeline, body, "keep pace")
    assert speaker is not None and "economists" in speaker.name


def test_they_after_dealers_quoted_is_the_dealers(pipeline):
    body = ("Bond prices in Varnholm fell for a third day, dealers said. "
            "The fall would not last beyond the end of the month, they said.\n")
    speaker = speaker_of(pipeline, body, "would not last")
    assert speaker is not None and "dealers" in speaker.name


def test_one_after_officials_quoted_is_one_of_the_officials(pipeline):
    body = ("Treasury officials in Varnholm said the budget would stay as it was, though one conceded that "
            "the fuel subsidy might be cut if the harvest failed.\n")
    speaker = speaker_of(pipeline, body, "fuel subsidy")
    # (the officials, or the body they speak for)
    assert speaker is not None and ("officials" in speaker.name or "Treasury" in speaker.name)


def test_another_after_one_adviser_quoted_is_another_adviser(pipeline):
    body = ("Farmers will plant less wheat next spring, one ministry adviser said. "
            "\"They will turn to barley and oats, which need far less water,\" said another.\n")
    speaker = speaker_of(pipeline, body, "barley and oats")
    assert speaker is not None and "adviser" in speaker.name


def test_they_after_a_person_named_since_the_group_is_not_the_group(pipeline):
    body = ("Bond prices in Varnholm fell for a third day, dealers said. "
            "Finance Minister Ilse Varno met the heads of the big banks on Friday. "
            "The fall would not last beyond the end of the month, they said.\n")
    speaker = speaker_of(pipeline, body, "would not last")
    assert speaker is None or "dealers" not in speaker.name


def test_they_two_sentences_after_the_group_is_not_the_group(pipeline):
    body = ("Most farmers in the valley oppose the dam, council officials said. "
            "The Varn Institute ran both surveys. In March they asked 900 households whether they would move.\n")
    quote = next((q for q in quotes_in(pipeline, body) if "900 households" in q.text), None)
    assert quote is None or quote.speaker is None or "officials" not in quote.speaker.name
