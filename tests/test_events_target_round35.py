"""Round 35 (evtarget35): wrong targets. A promise told in a reported clause is made to its reporter
only between states (``Recall._promise_between_states``, ``events/recall.py``): a newspaper, a
conference chair, a spokesman of the promiser's own government or a member of the promising group
asked for nothing.

Every dispatch here is invented (made-up people, papers and bodies), so what is coded must come
from the text.
"""

from __future__ import annotations

REF = "2026-11-20"


def promises(pipeline, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in pipeline.extract(text, reference_date=REF).events if e.root == "03"}


# --- the reporter is a state: the promise is made to it (kept) ----------------------------------------
def test_a_promise_reported_by_another_states_minister_is_made_to_that_state(pipeline):
    text = ("TALLINN, Nov 19 (Reuters) - Estonian Foreign Minister Kaarel Vaino told reporters that Latvia had "
            "agreed to reopen the border crossing at Valka.")
    assert ("LVA", "EST") in promises(pipeline, text)


def test_a_promise_reported_by_a_foreign_ministry_is_made_to_its_state(pipeline):
    text = ("Peru has pledged to hand over the documents by the end of the month, Chile's foreign ministry said "
            "in a statement on Tuesday.")
    assert ("PER", "CHL") in promises(pipeline, text)


# --- the reporter is no state, or one of the promiser's own side: no target from it -------------------
def test_a_summit_chair_reporting_the_negotiators_agreement_is_not_its_target(pipeline):
    text = ("Negotiators at an African Union summit on the Tarvo river basin have agreed on a draft "
            "water-sharing treaty, summit chairman Obinna Kestrelle said on Friday.")
    found = promises(pipeline, text)
    assert found and not {t for s, t in found if t and "kestrelle" in t}


def test_a_spokesman_of_the_promisers_own_government_is_not_its_target(pipeline):
    text = ("WARSAW, Nov 19 (PAP) - Tomasz Relka, spokesman for the Polish Energy Ministry, said Prime "
            "Minister Halvard Brenic had agreed in principle to extend the mining contracts.")
    found = promises(pipeline, text)
    assert found and not {t for s, t in found if t and "relka" in t}


def test_a_member_state_telling_of_its_own_unions_commitment_is_not_its_target(pipeline):
    text = ("BRUSSELS (AP) - Interior ministers of the European Union have agreed to tighten border checks, "
            "German officials said on Sunday.")
    found = promises(pipeline, text)
    assert ("EU", None) in found and ("EU", "DEU") not in found


def test_a_gulf_states_officials_telling_of_their_councils_pledge_is_not_its_target(pipeline):
    text = ("Oil ministers of the Gulf Cooperation Council have agreed to hold output steady, Omani "
            "officials said on Sunday, according to the state news agency.")
    found = promises(pipeline, text)
    assert found and ("GCC", "OMN") not in found
