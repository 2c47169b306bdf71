"""Round 48 (spk48): a definite body noun as speaker ("the party said", "the committee said") points back to the body
the story named before, of the same kind.

1. A body named by a short form, an adjective or a leader's title ("Tory leader X") whose name in the actor table
   ends in the noun ("Conservative Party") is the body a later "the party" speaks for; the words of the mention alone
   had not shown it, and the noun was printed unresolved.
2. A body the story named only by a fuller common-noun phrase ("the parliamentary harbours committee", "the
   joint committee on river safety") is printed by those words when a later bare "the committee" speaks, not as "the
   committee".

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Report out\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-09-01")


def test_the_party_after_its_leader_named_by_the_party_adjective_is_that_party(pipeline):
    body = ("LONDON (Reuters) - Tory leader Corvin Hallard accepted on Monday the decision of the candidate, Edric "
            "Brannow, to stand down. Mr Brannow was quoted in the Marlow Herald newspaper as saying: \"Council budgets "
            "must be cut to the bone.\"\n\nIn a statement, the party said it would field a new candidate in the seat "
            "within a week.\n")
    assert speaker_of(pipeline, body, "it would field a new candidate in the seat")[1] == "org:conservative-party"


def test_the_party_after_two_parties_named_is_neither(pipeline):
    body = ("LONDON (Reuters) - Tory leader Corvin Hallard accepted on Monday the decision of the candidate, Edric "
            "Brannow, to stand down. Labour's campaign chief Mira Oswell called the affair a shambles.\n\nIn a "
            "statement, the party said it would field a new candidate in the seat within a week.\n")
    assert speaker_of(pipeline, body, "it would field a new candidate in the seat")[1] != "org:labour-party"


def test_the_committee_is_printed_by_the_committee_the_story_named(pipeline):
    body = ("LONDON (Reuters) - The parliamentary harbours committee heard evidence on Monday on the future "
            "of the Marlow Port Agency. Its chairman, Sir Edwin Caldry, told the BBC the port had lost money for years.\n\nThe "
            "committee said auditors should examine the port's accounts before it closes.\n")
    name, _ = speaker_of(pipeline, body, "auditors should examine the port's accounts")
    assert name == "The parliamentary harbours committee"


def test_the_committee_keeps_the_words_of_its_phrase_after_a_preposition(pipeline):
    body = ("GENEVA (AFP) - The joint committee on river safety met on Monday after eleven ferries sailed without "
            "licences. Harbour master Pell Orrin resigned.\n\nThe committee said inspectors had failed to board the "
            "vessels.\n")
    name, _ = speaker_of(pipeline, body, "inspectors had failed to board the vessels")
    assert name == "The joint committee on river safety"


def test_another_committee_named_before_is_not_the_one_that_speaks(pipeline):
    body = ("OTTAWA (Reuters) - The other committee had met in March. Lawmakers Pell Orrin and Dana Quist joined "
            "the hearings.\n\nThe committee said the ferry rules would be rewritten before winter.\n")
    name, _ = speaker_of(pipeline, body, "the ferry rules would be rewritten before winter")
    assert name != "The other committee"


def test_a_state_government_is_not_read_from_a_party_name(pipeline):
    body = ("ANKARA (Reuters) - The Velmar Unity Party walked out of parliament on Tuesday. Turkey's interior minister "
            "said the session would go on.\n\nThe government said the vote would be held on Friday.\n")
    _, actor = speaker_of(pipeline, body, "the vote would be held on Friday")
    assert actor != "org:velmar-unity-party"
