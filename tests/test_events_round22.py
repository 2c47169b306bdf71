"""Events, round 22 (issue 9): recall classes from half A of the recall audit (rounds 1 to 4). Every
dispatch is invented (made-up people and places, real states); each rule's test has a negative twin.
"""

from __future__ import annotations

from event_support import codes


# --- 1. domestic politics where the state is never named itself (coder._domestic) --------------------
# A British story names no "Britain": the minister's and the party's state comes from their country
# only, and the two sides of one state keep their specific actors.
def test_praise_between_two_bodies_of_an_unnamed_state_keeps_both(pipeline):
    found = codes(pipeline, "Scotland's justice minister Talvin Marsh spoke in Edinburgh on Monday. "
                            "Ms Marsh praised Scottish police for their action.")
    assert ("person:talvin-marsh", "org:scottish-police", "051") in found


def test_criticism_of_a_minister_of_an_unnamed_state_is_aimed_at_her(pipeline):
    found = codes(pipeline, "Scotland's justice minister Talvin Marsh spoke on Monday. "
                            "The Scottish Conservatives criticised Ms Marsh over the plan.")
    assert ("org:conservative-party", "person:talvin-marsh", "111") in found
    assert ("org:conservative-party", "GBR", "111") not in found


def test_an_official_still_acts_for_the_state_between_states(pipeline):
    found = codes(pipeline, "Kenyan Foreign Minister Odalo Mureithi criticised Uganda over the border closure.")
    assert ("KEN", "UGA", "111") in found
