"""Verbs of beating or cutting used for words, round 51 (evroot51): political copy says a politician
"hammered", "bashed", "skewered", "flayed" or "maligned" a rival when it means a verbal attack; with a side
named as the object it is criticism (111) of that side (patterns.yaml, the 11 block after "scoff at").
"Hammer out" a deal stays a deal signed, and a storm that hammered a town is no one's act.

Every sentence here is invented (made-up people, parties and bodies; real states).
"""

from __future__ import annotations

from event_support import coded


def test_a_senator_who_hammered_the_governor_criticised_him(pipeline):
    found = coded(pipeline, "FRANKFORT, Ky. (AP) - Democratic state Senator Orla Venhaust hammered Governor Treddick "
                            "Malone in a televised debate on Tuesday.")
    assert ("person:orla-venhaust", "person:treddick-malone", "11") in found


def test_a_treasurer_who_bashed_the_opposition_criticised_it(pipeline):
    found = coded(pipeline, "CANBERRA, April 3 (Reuters) - Australia's treasurer, Corwin Pellaby, bashed the opposition "
                            "Heartland Party on Wednesday for blocking the fuel levy in the Senate.")
    assert ("person:corwin-pellaby", "org:heartland-party", "11") in found


def test_an_mp_who_skewered_a_secretary_criticised_her(pipeline):
    found = coded(pipeline, "LONDON (BBC) - Labour MP Derwin Astley skewered Transport Secretary Helka Munroe in the "
                            "Commons on Thursday over the delayed northern rail link.")
    assert ("person:derwin-astley", "person:helka-munroe", "11") in found


def test_a_chairman_who_maligned_a_party_criticised_it(pipeline):
    found = coded(pipeline, "KINSHASA, April 5 (AFP) - The chairman of the Congolese election commission, Bienvenu "
                            "Kalambo-Tshitenge, maligned the opposition Rally for Renewal on Friday.")
    assert any(s == "person:bienvenu-kalambo-tshitenge" and r == "11" for s, _, r in found)


def test_a_deal_hammered_out_is_no_criticism(pipeline):
    found = coded(pipeline, "ADDIS ABABA, April 6 (Reuters) - Ethiopian and Eritrean negotiators hammered out a "
                            "prisoner exchange deal on Saturday.")
    assert not any(r == "11" for _, _, r in found)


def test_a_storm_that_hammered_a_town_is_no_event(pipeline):
    found = coded(pipeline, "ADDIS ABABA, April 6 (Reuters) - A storm hammered the coastal town of Assab in Eritrea "
                            "overnight, officials said.")
    assert not found
