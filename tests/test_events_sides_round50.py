"""Sides of events left with no actor, round 50 (sides50): a body named once in full and then by a plain
description ("the commission", "the government") is the target of "accused ... of", "warned ... of" even
where the parser hangs the verb's "of" phrase on that noun (actors/coref.py References.description,
coref.yaml verbs_with_of_object). An "of" phrase after any other verb still makes the noun another body
("the commission of inquiry"), which is never the one named before.

Every sentence here is invented (made-up people and bodies; real states).
"""

from __future__ import annotations

from event_support import coded


def test_the_commission_accused_of_fraud_is_the_commission_named_before(pipeline):
    found = coded(pipeline, "LILONGWE, May 4 (Reuters) - The Malawi Electoral Commission declared the results of the "
                            "by-election on Sunday. Opposition leader Tiyamike Banduwe accused the commission of fraud.")
    assert ("person:tiyamike-banduwe", "org:malawi-electoral-commission", "11") in found


def test_the_government_warned_of_strikes_is_the_state_that_acted(pipeline):
    found = coded(pipeline, "BERLIN (Reuters) - Germany cut diesel subsidies for farms on Monday. The farmers' "
                            "association president, Hubertus Rennlinger, warned the government of a summer of road blockades.")
    assert any(s == "person:hubertus-rennlinger" and t == "DEU" and r == "13" for s, t, r in found)


def test_the_government_accused_of_damage_is_the_speakers_state(pipeline):
    found = coded(pipeline, "BUDAPEST (Reuters) - Hungary recalled its ambassador from Vienna on Monday. In Budapest, "
                            "opposition leader Tamas Vekerdi accused the government of weakening ties with Austria.")
    assert ("person:tamas-vekerdi", "HUN", "11") in found


def test_a_commission_of_inquiry_is_not_the_commission_named_before(pipeline):
    # "criticised" takes no "of" object: "the commission of inquiry" is another body, not the electoral one
    found = coded(pipeline, "LILONGWE, May 4 (Reuters) - The Malawi Electoral Commission declared the results on "
                            "Sunday. Opposition leader Tiyamike Banduwe criticised the commission of inquiry.")
    assert not any(t == "org:malawi-electoral-commission" for _, t, _ in found)
