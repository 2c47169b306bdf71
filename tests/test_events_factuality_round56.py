"""Events, round 56 (evfact56): background told in the narrator's plain past after a sentence that dates
it years before the story. "The two states clashed over a water intake in 2021. Kyrgyz troops shelled
Tajik villages near the reservoir." The second sentence names no year, so the rules that date a clause
("in 2021" on its own verb, modality.yaml history_years) let its deed through as news. Now a sentence of
the narrator's past that opens its paragraph, dated by "in"/"during" to a year ``history_years`` or more
before the story, opens background, and the sentences after it in the same past, with no verb of saying
and no word of the story's own time, go on telling it (across a paragraph break once one has gone on
telling it: a paragraph of background) until one returns to the story (events/modality.py
``background_step``, ``in_told_background``; modality.yaml background_story_words). Their deeds told in
that past are history, not news. Every dispatch is invented (made-up people, real states).

What stays: a sentence that returns to the story's day ("On Wednesday X accused Y"), one told as said
now ("..., a spokeswoman told reporters"), one in the perfect ("X has accused Y"), the dated
sentence's neighbours before it, the paragraph after a lone dated aside, a dated aside inside a paragraph
of news, and a year that names a thing ("a 1904 treaty").
"""

from __future__ import annotations

import pytest
from event_support import coded

LEAD = ("DUSHANBE (Reuters) - Tajikistan reopened two border crossings with Kyrgyzstan on Thursday, Tajik "
        "Deputy Foreign Minister Farrukh Odinavzod said.\n\n")
DATED = "The two states clashed over a disputed water intake in 2021. "

BACKGROUND = [
    (("KGZ", "TJK", "19"), LEAD + DATED + "Kyrgyz troops shelled Tajik villages near the reservoir."),
    (("TJK", "KGZ", "16"), LEAD + DATED + "Kyrgyz troops shelled Tajik villages near the reservoir, and "
     "Tajikistan expelled a Kyrgyz consul."),
    # in the past passive
    (("RWA", "org:opposition", "17"),
     "KIGALI (AFP) - Burundi and Rwanda reopened their shared border on Monday.\n\nThousands of refugees "
     "fled across the border during the 2015 crisis. Burundian opposition activists were arrested by "
     "Rwandan police after a failed coup attempt."),
    # a paragraph of background goes on across its break
    (("KGZ", "TJK", "19"), LEAD + DATED + "Both sides moved troops to the reservoir.\n\nKyrgyz troops "
     "shelled Tajik villages near the reservoir."),
    # a profile: who took power when, then what he did
    (("OMN", "QAT", "05"),
     "MUSCAT (AP) - Oman signed a port deal with India on Tuesday.\n\nSultan Hamdan Qarawi took power in "
     "2012 after the death of his cousin. He pardoned jailed dissidents, and Oman restored ties with Qatar."),
]


@pytest.mark.parametrize("event,text", BACKGROUND)
def test_a_plain_past_deed_after_a_dated_background_sentence_is_history(pipeline, event, text):
    assert event not in coded(pipeline, text), coded(pipeline, text)


def test_the_story_s_own_deed_before_the_background_stays(pipeline):
    text = ("MUSCAT (AP) - Oman signed a port deal with India on Tuesday.\n\nSultan Hamdan Qarawi took power "
            "in 2012 after the death of his cousin. He pardoned jailed dissidents, and Oman restored ties with "
            "Qatar.")
    assert ("OMN", "IND", "05") in coded(pipeline, text), coded(pipeline, text)


RETURNS = [
    # the story's day named
    "On Thursday Kyrgyzstan accused Tajikistan of moving troops to the border.",
    # told as said now
    "Kyrgyzstan accused Tajikistan of moving troops to the border, Kyrgyz spokeswoman Aizada Temirbekova said.",
    # the perfect reaches the news
    "Kyrgyzstan has accused Tajikistan of moving troops to the border.",
]


@pytest.mark.parametrize("sentence", RETURNS)
def test_a_sentence_back_in_the_story_s_time_is_news(pipeline, sentence):
    text = LEAD + DATED + "\n\n" + sentence
    assert ("KGZ", "TJK", "11") in coded(pipeline, text), coded(pipeline, text)


def test_a_year_of_the_story_s_own_opens_no_background(pipeline):
    # (the reference date is in 2026: 2026 is the story's year)
    text = ("DUSHANBE (Reuters) - Tajikistan reopened two border crossings with Kyrgyzstan on Thursday.\n\n"
            "The two states clashed over a disputed water intake in March 2026. Kyrgyz troops shelled Tajik "
            "villages near the reservoir.")
    assert ("KGZ", "TJK", "19") in coded(pipeline, text), coded(pipeline, text)


def test_the_paragraph_after_a_lone_dated_aside_is_news(pipeline):
    text = ("WARSAW (PAP) - Lithuania's parliament rejected a Polish request for a joint rail authority on "
            "Tuesday.\n\nThe Lithuanian parliament passed a transport law in 2019 restricting foreign "
            "operators.\n\nPolish deputy minister Bartosz Wielgorski criticised Lithuania over the decision.")
    assert ("POL", "LTU", "11") in coded(pipeline, text), coded(pipeline, text)


def test_a_dated_aside_inside_a_paragraph_of_news_opens_no_background(pipeline):
    text = ("DUSHANBE (Reuters) - Tajikistan reopened two border crossings with Kyrgyzstan on Thursday. The "
            "two states clashed over a disputed water intake in 2021. Kyrgyzstan accused Tajikistan of moving "
            "troops to the border.")
    assert ("KGZ", "TJK", "11") in coded(pipeline, text), coded(pipeline, text)


def test_a_year_that_names_a_thing_opens_no_background(pipeline):
    text = ("LA PAZ (Reuters) - Bolivia and Chile held talks on port access on Wednesday.\n\nBolivia accused "
            "Chile of ignoring a 1904 treaty. Chile rejected the accusation.")
    assert ("CHL", "BOL", "12") in coded(pipeline, text), coded(pipeline, text)
