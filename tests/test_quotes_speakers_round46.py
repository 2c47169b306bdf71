"""Round 46 (spk46): a "they" set after the words it reports ("..., they said", "..., they added") goes on with the
unnamed plural group quoted last (officials, brokers, diplomats, traders) for up to three sentences, also when one
person or a firm is mentioned in between; it does not when two persons were named since, when a person was quoted
since, or when it opens its own sentence after a plural noun made the subject just before ("The growers ... . They
said ..." is the growers).

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

from quote_support import quote_of

HEADLINE = "Talks go on\n\n"
_quote = partial(quote_of, headline=HEADLINE, reference_date="2029-07-02")


def speaker_name(pipeline, body: str, words: str) -> str:
    found = _quote(pipeline, body, words).speaker
    return found.name if found else ""


def test_they_two_sentences_after_officials_goes_on_with_the_officials(pipeline):
    body = ("SINGAPORE, July 2 - Insurers and tanker owners have not settled on new war-risk premiums, shipping "
            "industry officials said on Monday.\n\nOwners want the premium capped at half a percent, they told Reuters. "
            "Three syndicates provide most of the cover.\n\nThe largest insurer is pressing for one percent, they said.\n")
    assert "officials" in speaker_name(pipeline, body, "The largest insurer is pressing for one percent")


def test_they_goes_on_with_brokers_past_a_chief_executive_mentioned_between(pipeline):
    body = ("Ostmark Bank stock climbed by nearly a tenth on Tuesday once the lender unveiled a buyback, brokers said. "
            "The bank's chief executive, Lena Varholt, took over in March.\n\nMuch of the buying came from pension "
            "funds, they said.\n")
    assert "brokers" in speaker_name(pipeline, body, "Much of the buying came from pension funds")


def test_they_added_goes_on_with_traders_past_a_plural_subject_it_does_not_open_after(pipeline):
    body = ("LONDON, July 9 - Arabica prices rose for a third day on Monday on fears of frost, traders said. A cold "
            "front is forecast for the weekend. Growers there lost a fifth of their crop two years ago.\n\nBuyers from "
            "roasters have been stocking up, they added.\n")
    assert "traders" in speaker_name(pipeline, body, "Buyers from roasters have been stocking up")


def test_they_opening_its_sentence_after_a_plural_subject_is_that_subject(pipeline):
    body = ("Rebels have seized the border town of Kessa after two days of fighting, local officials said on Saturday. "
            "The rebel fighters entered the town at dawn. They said they would hold it until the army withdrew.\n")
    assert "officials" not in speaker_name(pipeline, body, "they would hold it until the army withdrew")


def test_they_after_two_ministers_named_since_is_not_the_earlier_sources(pipeline):
    body = ("A deal on the Harlow port lease is still out of reach, government sources said on Friday. Trade Minister "
            "Kenta Moribashi and Transport Minister Aiko Tanseki met the port operator on Thursday. Talks would go on "
            "next week, they said.\n")
    assert "sources" not in speaker_name(pipeline, body, "Talks would go on next week")


def test_they_four_sentences_after_the_group_is_left_to_the_other_rules(pipeline):
    body = ("Grain prices fell on Monday, dealers said. Rain fell across the plains. The harvest began early. Barges "
            "were loaded at the river ports. Storage is scarce.\n\nExports will rise in May, they said.\n")
    assert "dealers" not in speaker_name(pipeline, body, "Exports will rise in May")
