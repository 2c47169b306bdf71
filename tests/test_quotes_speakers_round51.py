"""Round 51 (spk51): wire copy that lost its capitals ("president jaime orvel said") still names a person.

1. A person's name set in lower case, quoted as the speaker, is who a later "he said" goes on with, not no one.
2. A capitalised name of the same wire copy keeps its own reading; a body named in lower case ("the bank said") is
   no person.

Invented dispatches and names, in the style of lower-cased Reuters wire copy of the 1980s."""

from __future__ import annotations

from quote_support import speaker_with

TALVEN = ("Lima, april 2 - president ruben ostakal defended the new anchovy quota for the northern fleets, saying "
          "it will save the fishery.\n    In a speech to the congress, ostakal also said peru would build two cold "
          "stores in the south.\n    Once the quota is set, he said, peru will seek new loans for its fishing "
          "ports.\n    \"we will not let the trawlers strip the coast bare,\" he said.\n Reuter\n")


def test_a_he_after_a_lower_case_name_goes_on_with_that_person(pipeline):
    name, actor = speaker_with(pipeline, TALVEN, "seek new loans for its")
    assert actor is None and "ostakal" in name


def test_a_quoted_he_after_a_lower_case_name_goes_on_with_that_person(pipeline):
    name, _ = speaker_with(pipeline, TALVEN, "not let the trawlers strip")
    assert "ostakal" in name


def test_the_lower_case_name_itself_is_the_speaker(pipeline):
    name, _ = speaker_with(pipeline, TALVEN, "would build two cold")
    assert "ostakal" in name


def test_they_after_a_spokesman_goes_on_with_the_body_he_speaks_for(pipeline):
    text = ("LONDON (Reuters) - A spokesman for Harlow Water Board said supplies in the town were safe to drink after a "
            "pipe burst on Tuesday. They added that engineers would work through the night to mend the main.\n")
    name, actor = speaker_with(pipeline, text, "engineers would work through")
    assert "Harlow Water Board" in name


def test_they_after_a_spokesman_and_a_plural_group_is_the_group(pipeline):
    text = ("LONDON (Reuters) - A spokesman for Harlow Water Board said supplies in the town were safe to drink. "
            "Residents of the town disagreed. They said the water had tasted of metal for a week.\n")
    name, _ = speaker_with(pipeline, text, "tasted of metal")
    assert "Harlow" not in name
