"""Round 34's check of the round's speaker rules on unlabelled pool text (spkdiff34): two narrowings.

1. real13a's "the reported clause's subject taken as the cue's object" holds only for a clause with no
   subject of its own: in "promised the board it would ...", "promised voters the levy would ..." the object
   is the listener (or a thing), and the clause already has its subject.
2. quotes28's "a relative clause with a cue of its own ends the first report" holds only when that relative
   clause ends the report: an aside on a noun inside the report ("alleged that a contractor, who it believes
   is close to X, won the tender") is followed by more of what was said.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _content_of(pipeline, text, cue_word):
    for q in pipeline.extract(text).quotes:
        if q.cue and q.cue.text == cue_word:
            return q.text, (q.speaker.name if q.speaker else None)
    return None, None


# --- 1. an object before a reported clause that has its own subject is the listener -----------------
@pytest.mark.parametrize("text, start, speaker", [
    # AP style, a person as the listener
    ("Prime Minister Oren Valdascu promised party chairman Tibor Lensk he would quit before the spring congress.",
     "he would quit", "Oren Valdascu"),
    # a regional paper, a plural common noun as the listener
    ("Governor Ilse Marrow promised voters the levy would be scrapped within a year.",
     "the levy would be scrapped", "Ilse Marrow"),
    # BBC sport style, a possessive phrase as the listener, a perfect tense
    ("Coach Brenna Saltire has promised the club's supporters her side will fight for every point.",
     "her side will fight", "Brenna Saltire"),
    # Reuters style, an "of" phrase and a trailing attribution
    ("Rebel commander Dako Imbert promised the elders of Sarnow his fighters would leave the valley by Friday, "
     "according to a statement.", "his fighters would leave", "Dako Imbert"),
])
def test_listener_before_a_clause_with_its_own_subject(pipeline, text, start, speaker):
    content, who = _content_of(pipeline, text, "promised")
    assert content is not None and content.startswith(start)
    assert who == speaker


# --- 2. a relative aside inside the report does not end it -------------------------------------------
@pytest.mark.parametrize("text, cue, end", [
    # Reuters style, a body as the speaker, "who it believes"
    ("The opposition alleged that a contractor, who it believes is close to the governor, won the harbour tender "
     "without a bid.", "alleged", "without a bid"),
    # AFP style, a person, "who she said"
    ("Velmar Okonji claimed that the envoy, who she said had visited Tarn twice, carried a letter from the junta.",
     "claimed", "a letter from the junta"),
    # AP style, present tense, "who he thinks"
    ("Trucker Anvil Dorsey is alleging that someone, who he thinks works for the depot, cut the brake lines on "
     "his rig.", "alleging", "the brake lines on his rig"),
])
def test_relative_aside_inside_the_report(pipeline, text, cue, end):
    content, _who = _content_of(pipeline, text, cue)
    assert content is not None and content.rstrip(".").endswith(end)


def test_relative_clause_ending_the_report_still_reports_on_its_own(pipeline):
    # (the frame quotes28 meant: the relative clause closes the sentence, its cue speaks on its own)
    content, who = _content_of(pipeline, "KELDAR, June 4 (AFP) - Mayor Ana Threlk backed the Ostvik bypass, which "
                                         "she says is vital for traders.", "says")
    assert content == "is vital for traders" and who == "Ana Threlk"


def test_bare_name_after_the_object_still_starts_the_report(pipeline):
    # (the parser may take a name ending the object's apposition as the clause's subject: the object is still
    # the clause's first words, as real13a found)
    content, who = _content_of(pipeline, "Coach Dario Velt says his admiration for cup rivals Sarnow grows each time "
                                         "he plays them.", "says")
    assert content is not None and content.startswith("his admiration") and who == "Dario Velt"
