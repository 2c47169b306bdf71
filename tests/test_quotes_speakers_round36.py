"""Round 36 (spknom36): speakers named by a description of the person named just before.

News copy names a person as the subject of one sentence and goes on with a description of them ("the
52-year-old", "the MP for Dunmere West") as the speaker of the next (quotes26's _epithet_step). Round 36 widens
the frames in which that link is made:

1. The description's sentence may open with a linking word before it: "But the MP for X said", "However, the
   61-year-old said", "Meanwhile the 44-year-old told ...".
2. The description may follow the quote it speaks: "'...,' said the 36-year-old", "'...?' the MP for X asked":
   then the sentence before the quote named the person.
3. The person is found in the whole subject phrase of the sentence before ("Green backbencher Oskar X"), and a
   person that sentence mentions only by a title ("once the chancellor set the date") is not a second name.

A sentence before that names two people by name still links the description to neither.
Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _actor_of(pipeline, text, content_start):
    """The actor of the speaker of the quote whose text starts with ``content_start``."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return q.speaker.actor if q.speaker else None
    raise AssertionError(f"no quote starting {content_start!r}")


# --- 1. a linking word opens the description's sentence -------------------------------------------------
@pytest.mark.parametrize("text, content_start, person", [
    # BBC style: "But" before an office and constituency
    ("Tory backbencher Oskar Vellamby attacked the housing plans on Sunday.\n\n"
     "But the MP for Dunmere West said the scheme would still need new roads and schools.",
     "the scheme would", "vellamby"),
    # AP style: "However," before an age
    ("Ilse Marrowitz said the verdict was fair.\n\nMs Marrowitz stood outside the courthouse in Tarvel after it.\n\n"
     "However, the 61-year-old said she would not appeal the ruling.", "she would not", "marrowitz"),
    # Reuters style: "Meanwhile" before an age, with "told"
    ("Haldor Quennick, the Brevian farm lobby's founder, left the talks early on Monday.\n\n"
     "Meanwhile the 58-year-old told reporters the subsidy cut would ruin small growers.",
     "the subsidy cut", "quennick"),
])
def test_a_linking_word_before_the_description(pipeline, text, content_start, person):
    actor = _actor_of(pipeline, text, content_start)
    assert actor is not None and person in actor


# --- 2. the description follows the quote it speaks ------------------------------------------------------
@pytest.mark.parametrize("text, content_start, person", [
    # AFP sport style: "said the 36-year-old" after the quote
    ("Dorian Peltacek beat the ninth seed in four sets at Kelvale on Tuesday.\n\n"
     "\"It was a long afternoon, but I found my serve when it mattered,\" said the 36-year-old.",
     "It was a long afternoon", "peltacek"),
    # BBC style: a question, "the MP for ... asked" after it
    ("Former housing minister Wendel Arbright MP criticised the plans on the Sunday programme.\n\n"
     "\"What sort of message does that send to first-time buyers?\" the Labour MP for Harrowmere asked.",
     "What sort of message", "arbright"),
    # Reuters style: an earlier quote, then a comma quote and "said the 70-year-old"
    ("LAGOS, May 4 (Reuters) - Market trader Ottilie Brancusko said rents in Nembe had doubled.\n\n"
     "Ms Brancusko closed her stall in the Nembe market last week.\n\n"
     "\"Nobody can pay these rents any more,\" said the 70-year-old.", "Nobody can pay", "brancusko"),
])
def test_a_description_after_the_quote(pipeline, text, content_start, person):
    actor = _actor_of(pipeline, text, content_start)
    assert actor is not None and person in actor


# --- 3. the subject's whole phrase; a person named only by a title is no second name ---------------------
@pytest.mark.parametrize("text, content_start, person", [
    # BBC style: the name in apposition after a common noun subject
    ("Meanwhile Labour backbencher Stellan Purvick branded the casino scheme a gamble too far.\n\n"
     "The MP for Ostmarsh South said the bill would bring crime to seaside towns.",
     "the bill would", "purvick"),
    # BBC style: the chancellor (a title only) in a clause of the sentence before
    ("However, Mr Dravenholt predicted the campaign would start properly once the chancellor set out his "
     "budget.\n\nThe MP for Kelvale and Orrin said the party had left it too late.", "the party had", "dravenholt"),
    # Guardian-like style: an age after a title-only mention of a prime minister
    ("Agathe Strummell, a retired nurse, said the ward closures were a scandal.\n\n"
     "Mrs Strummell wrote to the prime minister about the closures last month.\n\n"
     "The 74-year-old said she had not yet had a reply.", "she had not", "strummell"),
])
def test_the_subject_phrase_and_title_only_mentions(pipeline, text, content_start, person):
    actor = _actor_of(pipeline, text, content_start)
    assert actor is not None and person in actor


# --- the description must not link when the sentence before names two people --------------------------------
@pytest.mark.parametrize("text, content_start", [
    ("Tomas Irvelund met Ansel Corbrecht at the Tarvel town hall on Monday.\n\n"
     "But the 52-year-old said the talks had gone nowhere.", "the talks had"),
    ("Orla Menzetti beat Katrin Vossberg in straight sets at Kelvale.\n\n"
     "\"I never felt comfortable out there,\" said the 29-year-old.", "I never felt"),
])
def test_no_link_when_two_people_are_named(pipeline, text, content_start):
    actor = _actor_of(pipeline, text, content_start)
    assert actor is None or not any(n in actor for n in ("irvelund", "corbrecht", "menzetti", "vossberg"))
