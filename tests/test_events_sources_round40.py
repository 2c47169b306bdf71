"""A state named with the bloc it belongs to or its patron is the only side, round 40 (issue 9).

News names a state by what it belongs to or whom it stands beside, as a modifier of "member" or "ally"
before the name: "Fellow OPEC member Nigeria agreed ...", "NATO member Romania accused ...", "U.S. ally
Japan protested ...". Round evnews27 already read the apposition after the name ("Romania, a NATO
member, ...") as no side; before the name the bloc or the patron was printed as a second doer of the
same act. ``Context.phrase_actors`` now skips the modifiers of such a "member" / "ally" (whichever of
the two words the parser makes the head), where the phrase's own word names a state.

Every sentence here is invented (made-up people and places, real states), so what is coded must come
from the text.
"""

from __future__ import annotations

from event_support import codes


def _sources(found) -> set:
    return {s for s, _, _ in found}


def test_fellow_opec_member_lends_crude_alone(pipeline):
    found = codes(pipeline, "LAGOS, Sept 11 (Reuters) - Fellow OPEC member Nigeria has agreed to lend Gabon two "
                            "million barrels of crude after a fire shut the main pipeline, a spokesman said.")
    assert "NGA" in _sources(found)
    assert "OPEC" not in _sources(found)


def test_nato_member_accuses_russia_without_nato(pipeline):
    found = codes(pipeline, "BUCHAREST, Sept 12 (AFP) - NATO member Romania on Sunday accused Russia of sending "
                            "a drone into its airspace, the defence ministry said.")
    assert any(s == "ROU" and t == "RUS" and c.startswith("11") for s, t, c in found)
    assert "NATO" not in _sources(found)


def test_fellow_bloc_member_head_parsed_as_member(pipeline):
    """With "Fellow" before it the parser makes "member" the head and the state its apposition."""
    found = codes(pipeline, "Fellow NATO member Turkey has agreed to send two frigates to the Aegean patrol, "
                            "the Turkish defence ministry said on Friday.")
    assert "TUR" in _sources(found)
    assert "NATO" not in _sources(found)


def test_non_member_pledge_is_the_states_own(pipeline):
    found = codes(pipeline, "VIENNA, May 2 (Reuters) - Non-OPEC member Norway has pledged further cooperation with "
                            "Algeria on output, the minister said.")
    assert "NOR" in _sources(found)
    assert "OPEC" not in _sources(found)


def test_state_ally_keeps_its_own_adjective_state_out(pipeline):
    found = codes(pipeline, "Russian ally Belarus accused Poland on Monday of violating its airspace near Grodno.")
    assert ("BLR", "POL", "112") in found
    assert "RUS" not in _sources(found)


def test_bloc_as_the_acting_body_still_acts(pipeline):
    """Where the bloc itself is the subject ("OPEC agreed ..."), it stays the doer."""
    found = codes(pipeline, "VIENNA, May 2 (Reuters) - OPEC agreed on Tuesday to lend Gabon two million barrels "
                            "of crude, the group said.")
    assert "OPEC" in _sources(found)
