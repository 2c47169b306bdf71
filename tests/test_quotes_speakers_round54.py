"""Round 54 (spk54): a "he" or "she" that speaks does not go to a person whose given name tells the other gender.

The article told a person's gender only by an honorific ("Mrs"), a gendered noun ("spokeswoman", "his wife") or a
reflexive, so a person named by first and last name alone fitted every pronoun: "she said" after "David X, the
chairman, said ..." went to him, and "he said" after "Mayor Helen X" to her. Round 54's classifier of wrong speakers
(benchmarks/speaker_mechanisms.py) counted such pronouns as a class; a given name that is (nearly) never written for the
other sex (data/actors/given_names.yaml) now tells the gender when the article's words do not. A knight's or dame's
honorific kept inside the name ("Sir Alwyn X") tells his or hers over a pronoun read near the name.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Union vows to fight pension bill\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-12-10")


def test_she_after_a_man_named_last_goes_to_the_woman_named_before(pipeline):
    body = ("WASHINGTON (AP) - Sarah Velkin, who leads the transit workers' union, called Monday's committee vote a "
            "scandal. David Ormsby, the committee's chairman, said the bill would reach the Senate floor in March.\n\n"
            '"We will fight this bill in every state capital," she said.\n')
    assert speaker_of(pipeline, body, "We will fight this bill")[1] == "person:sarah-velkin"


def test_he_after_a_woman_named_last_goes_to_the_man_named_before(pipeline):
    body = ("LONDON (Reuters) - Mayor Helen Dorricott opened the Wyebridge crossing on Friday, a year after Peter "
            "Kallum, the town's engineer, drew its plans.\n\n"
            '"This bridge joins two halves of one town," he said.\n')
    assert speaker_of(pipeline, body, "This bridge joins")[1] == "person:peter-kallum"


def test_she_does_not_go_on_with_the_man_quoted_before(pipeline):
    body = ("BERLIN (AFP) - Tenants' leader Katrin Olvesta called the city's rent plan a betrayal on Tuesday.\n\n"
            '"The cap is fair and it will stay," Klaus Zemmering, the housing senator, told reporters. "Nobody will be '
            'evicted."\n\n"Rents have doubled in ten years," she said. "A cap that starts next year comes too late."\n')
    assert speaker_of(pipeline, body, "Rents have doubled")[1] == "person:katrin-olvesta"
    assert speaker_of(pipeline, body, "Nobody will be evicted")[1] == "person:klaus-zemmering"


def test_a_knight_named_near_her_is_no_she(pipeline):
    body = ("The Health Secretary, Morwenna Tregeagle, told the Sunday programme that the new hospital in Truro would "
            "open on time.\n\nThe presenter put it to her that the former NHS chief, Sir Alwyn Pendarves, had called "
            'the budget "a fantasy". She said she had spoken to Sir Alwyn on Friday.\n\n'
            '"We disagree about the budget, not about the hospital," she said.\n')
    assert speaker_of(pipeline, body, "We disagree about the budget")[1] == "person:morwenna-tregeagle"

