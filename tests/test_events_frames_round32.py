"""Events, round 32 (issue 9): small frames evrec32 left.

Relief teams and boats sent to a stricken state (07); a visit (042) only by a political traveller; a
summons of an envoy coded as the codebook codes it (114, root 11: CAMEO's own example of 110
"Disapprove" is a minister summoning an ambassador to complain; PLOVER's manual codes the summons of
an in-country ambassador ACCUSE, not CONSULT).

Every dispatch is invented (made-up people, real states); each rule has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes, roots


# --- "sent rescue teams / rescue boats to X": relief to X (073) ------------------------------------
def test_rescue_teams_sent_after_a_quake_are_aid(pipeline):
    text = ("ATHENS (Reuters) - Greece on Wednesday sent two rescue teams to Cyprus after floods swept "
            "through the coastal town of Pervolia, the civil protection ministry said.")
    assert ("GRC", "CYP", "073") in codes(pipeline, text)


def test_rescue_boats_dispatched_to_a_neighbour_are_aid(pipeline):
    text = ("MADRID (AFP) - Spain dispatched rescue boats to Portugal on Friday as the Tagus burst its "
            "banks, a government spokeswoman said.")
    assert ("ESP", "PRT", "07") in coded(pipeline, text)


def test_troops_sent_to_an_ally_are_no_aid(pipeline):
    text = ("MINSK (BelTA) - Kazakhstan sent troops to Belarus for the Western Shield drills, the defence "
            "ministry said on Monday.")
    assert "07" not in roots(pipeline, text)


def test_a_team_of_investigators_is_no_aid(pipeline):
    text = ("VIENNA (APA) - Austria sent a team of investigators to Slovenia after the crash of a cargo "
            "plane near Maribor, officials said.")
    assert "07" not in roots(pipeline, text)


# --- a summons of another state's envoy: an official complaint (114, root 11) -------------------------
def test_a_summoned_ambassador_is_an_official_complaint(pipeline):
    text = ("OSLO (NTB) - Norway summoned Russia's ambassador on Tuesday over a military helicopter that "
            "crossed into its airspace near Kirkenes, the foreign ministry said.")
    assert ("NOR", "RUS", "114") in codes(pipeline, text)
