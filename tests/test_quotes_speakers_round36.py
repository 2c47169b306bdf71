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

4. A title that its own words tie to a party or mark as a past office ("the Tory leader", "the former justice
   secretary"), held by no one named with it, is the person the sentence before made its subject, even when that
   sentence names another person off its subject; a title tied to a state ("the Russian foreign minister") is not.

A sentence before that names two people by name still links an age or "the MP for X" to neither.
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
    ("Wendel Arbright MP, once a housing minister, condemned the rent rules in a radio interview.\n\n"
     "\"Who is going to build homes on those terms?\" the Labour MP for Harrowmere asked.",
     "Who is going to build", "arbright"),
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


# --- 4. a party's or a past office's title held by no one named with it -------------------------------------
@pytest.mark.parametrize("text, content_start, person", [
    # BBC style: another person named off the subject ("under Premier ...")
    ("Varnholt pledges rail fares freeze\n\nMichael Varnholt promised to freeze commuter fares for five years if "
     "elected, in a swipe at Premier Tobin Asker.\n\nThe Tory leader said families were paying far too much.",
     "families were paying", "varnholt"),
    # AP style: a party's senator, the person introduced by an apposition
    ("WASHINGTON (AP) - Dalton Ruvane, a lawmaker from Kelvale, criticised Governor Mira Tollan's spending bill on "
     "Tuesday.\n\nThe Republican senator said it would add billions to the deficit.", "it would add", "ruvane"),
    # Reuters style: a past office
    ("TARVEL, Feb 2 (Reuters) - Aldwin Tresk questioned Premier Ola Brandt's prison budget in a speech to the Tarvel bar on "
     "Wednesday.\n\nThe former justice secretary said the cuts had gone too far.", "the cuts had", "tresk"),
])
def test_a_party_or_past_office_title(pipeline, text, content_start, person):
    actor = _actor_of(pipeline, text, content_start)
    assert actor is not None and person in actor


def test_a_states_title_is_not_the_subject_before(pipeline):
    text = ("MOSCOW, March 3 (TASS) - Ostap Verenko received Tarvel's leader Ilian Mosk in the Kremlin on Monday.\n\n"
            "The Russian foreign minister said the talks had been constructive.")
    actor = _actor_of(pipeline, text, "the talks had")
    assert actor is None or "verenko" not in actor
