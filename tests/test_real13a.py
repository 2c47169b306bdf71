"""Round 13's half A of the blind audits (real13a): reported speech whose parse hides its parts.

Rules, each general (a frame of the parse), each with invented dispatches (made-up people, bodies and
places) in several agency styles and a negative twin:

1. "confirmed delegates X and Y will be rested", "says her respect for X grows": with no "that", the
   parser may make the reported clause's subject the cue's object; an object right before the clause is
   the clause's first words, unless the cue takes a listener as its object ("told reporters ...").
2. "... and Velko said ...": the parser may join the name before a second clause's cue to the first
   clause's last noun and leave the cue with no subject; that name speaks, not the first clause's subject.
"""

from __future__ import annotations

import pytest


def _quotes(pipeline, text):
    record = pipeline.extract(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in record.quotes]


def _content_of(pipeline, text, cue_word):
    record = pipeline.extract(text)
    for q in record.quotes:
        if q.cue and q.cue.text == cue_word:
            return q.text
    return None


# --- 1. the reported clause's subject taken as the cue's object -------------------------------------
@pytest.mark.parametrize("text, cue, start", [
    # BBC sport style, a passive clause with no subject of its own
    ("Rensk confirmed midfielders Amal Dorvik and Pell Ostrander will both be named in the travelling party.",
     "confirmed", "midfielders Amal Dorvik"),
    # a union statement, Reuters style
    ("The Tarmel dockers' union confirmed delegates Asha Piro and Ben Tolliver will both be sent to the talks "
     "in Varno.", "confirmed", "delegates Asha Piro"),
    # a present-tense lead, a clause with a subject of its own after a long object
    ("Harbour chief Lisbet Korvan says her respect for the Tarmel dockers' union grows every time she "
     "meets them.", "says", "her respect"),
])
def test_object_before_the_reported_clause_is_its_subject(pipeline, text, cue, start):
    content = _content_of(pipeline, text, cue)
    assert content is not None and content.startswith(start)


def test_listener_object_stays_out_of_the_content(pipeline):
    text = "Senator Quill Adebayo-Marsh told reporters the vote on the Ostel bridge toll would be held on Friday."
    content = _content_of(pipeline, text, "told")
    assert content is not None and content.startswith("the vote") and "reporters" not in content


# --- 2. "... and NAME said": the name before the second clause's cue speaks --------------------------
@pytest.mark.parametrize("text, speaker", [
    # Reuters style: a ministry's act, then a second speaker after "and"
    ("The Tarmel ministry rejected the harbour levy in a letter to the Ostel Port Authority and Velko said "
     "the talks would go on.", "Velko"),
    # Telegraph sport style, a colon and a direct quote
    ("Castell is making himself impossible for national coach Rafe Kinnear to leave out of the World Cup "
     "squad and Oradu added: \u201cHe has earned his place.\u201d", "Oradu"),
    # AP style, a told-reporters cue
    ("Opposition deputies walked out of the chamber in protest at the budget vote and Piro told reporters: "
     "\"We will not be silenced.\"", "Piro"),
])
def test_name_before_a_coordinated_cue_speaks(pipeline, text, speaker):
    quotes = _quotes(pipeline, text)
    assert quotes and all(s is not None and speaker in s for _, s in quotes)


def test_first_clause_subject_still_speaks_for_its_own_cue(pipeline):
    text = "Mayor Ilse Brandvik visited the Ostel flood camp and said the repairs would take a year."
    quotes = _quotes(pipeline, text)
    assert quotes and quotes[0][1] is not None and "Brandvik" in quotes[0][1]


def test_object_before_a_what_clause_is_no_report(pipeline):
    text = ("The tribunal's ruling on Tuesday denied Tarmel dock workers what their union had sought for two "
            "winters of strikes.")
    record = pipeline.extract(text)
    assert not any(q.text.startswith("Tarmel dock workers") for q in record.quotes)
