"""Events, round 44 (evstop44): a side cutting its ties or its aid, and a side stopping its own force.
Every dispatch is invented (made-up people, real states) in the house style of several agencies.

The verbs that break off or freeze ties and the verbs that stop aid are classes of verbs
(object_classes.yaml tie_cutting_verbs, aid_cutting_verbs) that one pattern each pairs with every noun of
ties (@ties) or of aid (@funding): "froze its cooperation with X", "severed contacts with X", "halted
loans to X" code 16 toward the side named on the noun, as "suspended its cooperation" and "froze aid"
did before. "Stopped its shelling of X" ends the subject's own force (087), as "halted" did; "stopped
an attack", with no owner, is as often another's attack prevented and stays uncoded.
"""

from __future__ import annotations

import pytest
from event_support import coded, codes, roots

from wirecoder.events.lexicon import expand_verb_class

TIES_CUT = [
    ("VILNIUS, March 3 (Reuters) - Lithuania froze its cooperation with Belarus on Tuesday after a border "
     "guard was wounded, Foreign Minister Ramunas Kestvaila said.", "LTU", "BLR"),
    ("LONDON (AP) — Britain has severed contacts with the Iranian government over the detention of two "
     "aid workers, Foreign Secretary Oskar Drenvald said.", "GBR", "IRN"),
    ("KYIV, June 9 (AFP) - Ukraine cut off its cooperation with Hungary on energy, Prime Minister Taras "
     "Velbrenko said on Friday.", "UKR", "HUN"),
    ("NAIROBI, Jan. 4 (Xinhua) -- Kenya has paused its security cooperation with Somalia, the Kenyan "
     "foreign ministry said on Monday.", "KEN", "SOM"),
]


@pytest.mark.parametrize("text,source,target", TIES_CUT)
def test_a_side_freezing_or_severing_its_ties_with_another_reduces_relations(pipeline, text, source, target):
    found = coded(pipeline, text)
    assert (source, target, "16") in found, found


AID_CUT = [
    ("MANILA, Nov 10 (AFP) - The Asian Development Bank halted loans to Cambodia on Wednesday, a bank "
     "spokeswoman said.", "ADB", "KHM"),
    ("WASHINGTON (AP) — The United States stopped its military aid to Pakistan on Thursday, State "
     "Department spokesman Dale Orvington said.", "USA", "PAK"),
    ("BERLIN, May 2 (Reuters) - Germany has suspended its development loans to Niger, a government "
     "spokesman said on Tuesday.", "DEU", "NER"),
]


@pytest.mark.parametrize("text,source,target", AID_CUT)
def test_a_side_stopping_its_aid_or_loans_to_another_reduces_material_aid(pipeline, text, source, target):
    found = codes(pipeline, text)
    assert (source, target, "162") in found, found


NOT_TIES = [
    "The finance ministry froze the assets of the Velmora Trading firm on Tuesday.",
    "The football federation suspended the match between Velmora and Drenvald on Saturday.",
    "Velmora Mining suspended its cooperation with Drenvald Holdings on Tuesday, the company said.",
]


@pytest.mark.parametrize("text", NOT_TIES)
def test_assets_matches_and_business_ties_are_not_reduced_relations(pipeline, text):
    assert "16" not in roots(pipeline, text), coded(pipeline, text)


FORCE_STOPPED = [
    ("ANKARA, Turkey (AP) — Turkey stopped its shelling of Syria on Thursday, officials said.", "TUR", "SYR"),
    ("YEREVAN, Nov 12 (TASS) - Armenia stopped its shelling of Azerbaijani positions on Friday, the "
     "defence ministry said.", "ARM", "AZE"),
    ("JERUSALEM, Aug 8 (Reuters) - Israel has stopped its air strikes on Lebanon, Defence Minister Avner "
     "Keshtberg said on Sunday.", "ISR", "LBN"),
]


@pytest.mark.parametrize("text,source,target", FORCE_STOPPED)
def test_a_side_stopping_its_own_force_de_escalates_and_is_not_coded_as_attacking(pipeline, text, source, target):
    found = codes(pipeline, text)
    assert (source, target, "087") in found, found
    assert "19" not in roots(pipeline, text), found


def test_stopping_an_attack_no_side_owns_is_no_yield(pipeline):
    text = "CAIRO (Al Jazeera) - Egyptian police stopped an attack on the Danish embassy on Saturday."
    found = roots(pipeline, text)
    assert "08" not in found and "19" not in found, coded(pipeline, text)


def test_a_verb_class_pattern_stands_for_one_pattern_per_verb():
    expanded = expand_verb_class("@tie_cutting_verbs [@ties]")
    assert "freeze [@ties]" in expanded and "cut off [@ties]" in expanded
    assert expand_verb_class("freeze [@ties]") == ["freeze [@ties]"]
