"""Events, round 45 (evroot45): the root of a warning read from what its clause foretells, and a point
conceded in argument. Every dispatch is invented (made-up people, real states) in the house style of
several agencies.

A warning whose reported clause says what a thing may or might do is a risk foretold, not a threat
(round 35, precision.py _warns_of_a_risk). Two readings of that test changed: a clause whose outcome is
force ("could lead to a military confrontation", "could trigger a war") foretells force and stays a
threat (13), aimed at the side its clause names; and a clause the parser left with no subject ("warned
foreign lenders could soon stop buying ...") takes the warning's object as its subject, so that a harm
to the economy foretold is no threat. "Conceded there were flaws", "conceded his remarks may have been
unwise": a point granted, told by a clause, is no yielding (080); "conceded defeat" still is.
"""

from __future__ import annotations

import pytest
from event_support import coded, roots

FORCE_FORETOLD = [
    ("MINSK, Dec 1 (Reuters) - Belarusian Defence Minister Aliaksandr Vetrosh warned Lithuania on Tuesday "
     "that military manoeuvres near the border could result in a confrontation.", "BLR", "LTU"),
    ("ANKARA, March 4 (AFP) - Turkish Foreign Minister Selda Korbay warned Greece that arming the islands "
     "could spark a war in the Aegean.", "TUR", "GRC"),
    ("MOSCOW, Oct 9 (TASS) - Russian Deputy Foreign Minister Oleg Vashtenko warned on Friday that any "
     "Finnish move to host allied troops could lead to escalation.", "RUS", "FIN"),
]


@pytest.mark.parametrize("text,source,target", FORCE_FORETOLD)
def test_a_warning_that_foretells_force_is_a_threat_to_the_side_it_names(pipeline, text, source, target):
    found = coded(pipeline, text)
    assert (source, target, "13") in found, found


HARM_FORETOLD = [
    "BUCHAREST (BBC) - Romania's central bank governor, Sorin Albescu, warned foreign lenders could soon stop "
    "buying Romanian bonds.",
    "Dutch central bank president Pieter Vandermolen warned Asian investors might soon sell their euro holdings.",
    "LONDON (Reuters) - British finance minister Harriet Okonedo warned that the loss of the tax records could "
    "hurt the inquiry, her office said.",
]


@pytest.mark.parametrize("text", HARM_FORETOLD)
def test_a_warning_of_a_harm_to_the_economy_or_an_inquiry_is_no_threat(pipeline, text):
    assert "13" not in roots(pipeline, text), coded(pipeline, text)


def test_a_warning_that_the_use_of_force_could_be_unlawful_foretells_no_force(pipeline):
    text = ("LONDON (AP) — Britain's attorney general, Lord Pemberfield, warned the cabinet that the use of force "
            "against Iran could be unlawful.")
    assert "13" not in roots(pipeline, text), coded(pipeline, text)


POINTS_CONCEDED = [
    "BUDAPEST, Dec 3 (AP) — Hungarian government spokeswoman Edit Varkonyi conceded there were flaws in the "
    "new border checks.",
    "BRATISLAVA, Dec 4 (AFP) - Slovakia's foreign minister, Miroslav Dunajec, conceded his remarks about "
    "Hungary may have been unwise.",
    "BERLIN, May 7 (Reuters) - German Finance Minister Ulrike Brandauer conceded that the spending cuts were "
    "unrealistic.",
]


@pytest.mark.parametrize("text", POINTS_CONCEDED)
def test_a_point_conceded_in_argument_is_no_yielding(pipeline, text):
    assert "08" not in roots(pipeline, text), coded(pipeline, text)


def test_defeat_conceded_is_still_a_yielding(pipeline):
    text = ("ULAANBAATAR, Dec 6 (Kyodo) - Mongolian Prime Minister Batbold Tsendaryn conceded defeat to "
            "China in the trade talks on Sunday.")
    assert "08" in roots(pipeline, text), coded(pipeline, text)
