"""Events, round 49 (evsrc49): a person whose office a mention ties to a firm, a paper or a trade's body is no
doer. Round 48 made a person whose office the actors stage reads as of business, the media or learning no doer
of an event (Context.private_doer); but where the actors stage reads the office ("chairman", "head") and not
whose it is ("chairman of a dealers' association", "a firm's chairwoman"), the person kept no sector and was a
side. Now the parse around each mention of such a person is read once per article (the office the name stands
in apposition to, or that a compound puts before it, and the body named in that office's own phrase): a body of
a private sector (a firm), or of no sector whose name is a trade's (a dealers' association), makes the person
no doer, unless the event aims at a state or an international body (a firm threatening a government with
litigation takes part in the story's politics: the pool's judge). Such a person is still the one acted on, and
a person tied to a party, a civil body or no body stays a side. Every dispatch is invented (made-up people and
bodies, real states) in the house style of several agencies."""

from __future__ import annotations

import pytest
from event_support import coded
from helpers import events_with

TIED = [
    # the chairman of a trade's body (no sector known) asks the prime minister to act
    ("TOKYO, March 3 (Reuters) - Kiyomi Dashiro, chairman of the Japan Bond Dealers Association, said Prime "
     "Minister Haruto Ibeki should come up with economic measures before the yen rises further.",
     "person:kiyomi-dashiro"),
    # a firm's chairwoman, in apposition with "of", denies claims about her firm
    ("SYDNEY (AFP) - Delia Marsk, chairwoman of Carrowby Mining, has denied claims that she misled the firm's "
     "auditors.", "person:delia-marsk"),
    # the same office named by a compound before the name, criticising the prime minister
    ("SYDNEY (AFP) - Carrowby Mining chairwoman Delia Marsk criticised Prime Minister Grant Hollis over the mining "
     "tax.", "person:delia-marsk"),
]


@pytest.mark.parametrize("text,pid", TIED)
def test_a_person_whose_office_is_a_private_bodys_is_no_doer(pipeline, text, pid):
    found = coded(pipeline, text)
    assert not events_with(found, source=pid), found


def test_such_a_person_acting_on_a_state_takes_part_in_its_politics(pipeline):
    text = ("SYDNEY (AFP) - Delia Marsk, chairwoman of Carrowby Mining, warned the Indonesian government that it "
            "would face years of litigation over the seized mine.")
    assert ("person:delia-marsk", "IDN", "13") in coded(pipeline, text)


def test_such_a_person_is_still_the_one_acted_on(pipeline):
    text = ("HARARE, May 9 (AFP) - Zimbabwean police on Tuesday arrested Tendai Murowe, chairman of the Harare "
            "Tobacco Dealers Association, over a protest at the central bank.")
    found = coded(pipeline, text)
    assert events_with(found, target="person:tendai-murowe", root="17"), found


def test_the_leader_of_a_civil_body_stays_a_side(pipeline):
    text = ("EDINBURGH (BBC) - Morag Kinvarra, chairwoman of the Lochard Crofters Federation, accused the Scottish "
            "Executive of abandoning island communities.")
    found = coded(pipeline, text)
    assert events_with(found, source="person:morag-kinvarra", root="11"), found


def test_a_party_leader_named_with_an_office_stays_a_side(pipeline):
    text = ("WARSAW, June 2 (Reuters) - Jarek Wolnicki, leader of Poland's Civic Renewal Party, accused Prime "
            "Minister Tomasz Brzanek of misleading parliament over the budget.")
    found = coded(pipeline, text)
    assert events_with(found, source="person:jarek-wolnicki", root="11"), found
