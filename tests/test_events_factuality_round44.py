"""Events, round 44 (evfact44): deeds that are not facts, counted by word class on the pool. Every dispatch is
invented (made-up people, real states).

The brief's word classes were counted on the pool's printed events (all seven blocks) and on pool sentences
with each frame (README, round 44): "appeared/seemed to" (94 sentences) and "unable to" (21) printed no
event on their complement; "is/was able to" (92) one. One rule was kept because it fixes a class at no cost:

1. An ability denied by its own adjective ("is unable to expel", "has been incapable of halting") is a deed
   not done (modality.yaml nothing_heads), as a negated verb is; before, the deed was coded as done.
2. The same deed done, or offered with "is able to" / "is ready to", is still coded.
3. What already held for the other classes the brief named: a deed under "could"/"may", inside an
   "if"/"whether" clause, or named by a noun of intent ("a bid to") codes nothing.
"""

from __future__ import annotations

import pytest
from event_support import coded

# --- 1. an ability denied by its adjective -------------------------------------------------------------
DENIED_ABILITY = [
    ("LTU", "VILNIUS (Reuters) - Lithuania is unable to expel Russian diplomats under its current law, "
     "Justice Minister Ilse Varnholt said on Friday."),
    ("JPN", "TOKYO (Kyodo) - Japan was unable to reach agreement with South Korea on fishing quotas on "
     "Sunday, officials said."),
    ("LVA", "RIGA (AFP) - Latvia has been incapable of halting the shelling of Velmoran border posts, "
     "Defence Minister Oskar Drenvald said on Saturday."),
]


@pytest.mark.parametrize("doer,text", DENIED_ABILITY)
def test_an_ability_denied_by_its_adjective_is_no_deed(pipeline, doer, text):
    assert not {e for e in coded(pipeline, text) if e[0] == doer}, coded(pipeline, text)


# --- 2. the same deed done or offered ------------------------------------------------------------------
def test_the_same_expulsion_done_is_still_coded(pipeline):
    text = "VILNIUS (Reuters) - Lithuania expelled two Russian diplomats on Monday, officials said."
    assert ("LTU", "RUS", "16") in coded(pipeline, text), coded(pipeline, text)


def test_help_offered_with_is_able_to_stays_an_intent(pipeline):
    text = "VILNIUS (Reuters) - Lithuania is able to help Poland with the pipeline, officials said."
    assert ("LTU", "POL", "03") in coded(pipeline, text), coded(pipeline, text)


def test_a_deed_beside_an_unrelated_inability_stays(pipeline):
    text = "VILNIUS (Reuters) - Lithuania agreed to meet Poland, though it was unable to say when."
    assert ("LTU", "POL", "03") in coded(pipeline, text), coded(pipeline, text)


# --- 3. what already held for the other classes --------------------------------------------------------
NOT_FACTS = [
    ("LTU", "VILNIUS (Reuters) - Lithuania could expel Russian diplomats, officials said on Monday."),
    ("LTU", "VILNIUS (Reuters) - Lithuania may have criticised Russia in a statement on Monday."),
    ("NOR", "OSLO (Reuters) - Finance Minister Oskar Drenvald said Norway would back the Velmoran loan if "
     "parliament agreed."),
    ("LTU", "VILNIUS (Reuters) - Lithuania's bid to expel Russian diplomats stalled on Monday."),
]


@pytest.mark.parametrize("doer,text", NOT_FACTS)
def test_a_possible_conditional_or_intended_deed_is_no_event(pipeline, doer, text):
    assert not {e for e in coded(pipeline, text) if e[0] == doer}, coded(pipeline, text)
