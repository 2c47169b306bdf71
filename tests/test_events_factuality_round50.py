"""Events, round 50 (evfact50): deeds the factuality reader had the cue for but did not reach. Every
dispatch is invented (made-up people, real states).

The pool's events judged factuality (54) or not-an-event (40) were sorted by the mechanism that should have
stopped them (README, round 50). Three scope errors, where the cue is in the sentence but the reader's walk
up from the trigger missed it, are mended here:

1. A modal of possibility on the copula of an adjective whose "to" clause holds the deed ("may be able to
   expel", "could be ready to sign", "should be able to order"): the walk stopped at the adjective
   (an ``acomp``), so the deed was coded as done or promised.
2. A present-tense "when"/"once"/"until" clause whose opening word the parser tags an adverb, not a mark
   ("... will top the agenda when the president visits Y next month"): a time still to come.
3. The "that" clause of a verb that draws a conclusion (modality.yaml evidential_verbs) when the verb is
   negated ("does not mean that X has cut its ties") or hangs on a noun denied by "no" ("had no evidence
   to suggest that X had shelled ...").

What stays: the same deeds told as done, offered ("is ready to", "would be willing to"), under "will be able
to", in a past "when" clause, or shown by an unnegated evidential verb.
"""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. a modal on the copula of "able"/"ready" -----------------------------------------------------------
POSSIBLE_ABILITIES = [
    ("EST", "TALLINN (Reuters) - Estonia may be able to expel three Russian diplomats under a new espionage "
     "law, Justice Minister Kaarel Tamsoo said on Tuesday."),
    ("LVA", "RIGA (Reuters) - Latvia could be ready to sign a fisheries accord with Norway within weeks, "
     "Agriculture Minister Ilze Vandersone said on Tuesday."),
    ("SWE", "STOCKHOLM (AFP) - Opposition leader Mattis Grenholt said Sweden should be able to impose "
     "sanctions on Belarus without waiting for Brussels."),
]


@pytest.mark.parametrize("doer,text", POSSIBLE_ABILITIES)
def test_a_deed_under_a_possible_ability_is_no_deed(pipeline, doer, text):
    assert not {e for e in coded(pipeline, text) if e[0] == doer}, coded(pipeline, text)


def test_an_ability_told_plainly_stays_an_offer(pipeline):
    text = "RIGA (Reuters) - Latvia is ready to sign a fisheries accord with Norway, officials said on Tuesday."
    assert ("LVA", "NOR", "03") in coded(pipeline, text) or ("LVA", "NOR", "05") in coded(pipeline, text), \
        coded(pipeline, text)


def test_a_reported_willingness_stays_a_promise(pipeline):
    text = ("OSLO (Reuters) - Foreign Minister Halvard Brenmo said Norway would be willing to meet Russian "
            "officials on the fisheries quarrel.")
    assert ("NOR", "RUS", "03") in coded(pipeline, text), coded(pipeline, text)


# --- 2. a present "when" clause the parser tags an adverb ---------------------------------------------------
def test_a_visit_in_a_present_when_clause_has_not_happened(pipeline):
    text = ("NAIROBI (AFP) - Maize tariffs will top the agenda when Kenya's President Odhiambo Kasirani visits "
            "Tanzania next month, his spokesman said on Wednesday.")
    assert ("KEN", "TZA", "04") not in coded(pipeline, text), coded(pipeline, text)


def test_a_visit_in_a_past_when_clause_stays(pipeline):
    text = ("NAIROBI (AFP) - Kenya's President Odhiambo Kasirani visited Tanzania when the border talks ended "
            "on Monday, his spokesman said.")
    assert ("KEN", "TZA", "04") in coded(pipeline, text), coded(pipeline, text)


# --- 3. a conclusion denied -------------------------------------------------------------------------------
UNSHOWN = [
    ("CHL", "SANTIAGO (Reuters) - The closure of the Chilean consulate in Arica does not mean that Chile has "
     "cut its ties with Peru, Foreign Minister Raul Ventisca said on Thursday."),
    ("BLR", "VILNIUS (AP) - A Lithuanian defence ministry spokesman, Tomas Arvenkis, said he had no evidence to "
     "suggest that Belarus had shelled Lithuanian border posts overnight."),
    ("HUN", "VIENNA (dpa) - The vote did not show that Hungary had blocked the Ukrainian loan, Austrian "
     "Chancellor Lorenz Haberfeld said on Monday."),
]


@pytest.mark.parametrize("doer,text", UNSHOWN)
def test_a_deed_in_a_denied_conclusion_is_no_deed(pipeline, doer, text):
    assert not {e for e in coded(pipeline, text) if e[0] == doer}, coded(pipeline, text)


def test_a_deed_an_unnegated_conclusion_shows_stays(pipeline):
    text = ("TOKYO (Kyodo) - The recall of its envoy shows that South Korea has cut contacts with North Korea, "
            "Foreign Minister Haruto Kanemori said on Saturday.")
    assert ("KOR", "PRK", "16") in coded(pipeline, text), coded(pipeline, text)


def test_a_deed_the_speaker_did_not_know_of_stays(pipeline):
    # "know" presupposes its clause: not an evidential verb
    text = ("OSLO (Reuters) - Foreign Minister Halvard Brenmo did not know that Sweden had expelled two "
            "Russian diplomats, his office said on Friday.")
    assert ("SWE", "RUS", "16") in coded(pipeline, text) or ("SWE", "RUS", "17") in coded(pipeline, text), \
        coded(pipeline, text)
