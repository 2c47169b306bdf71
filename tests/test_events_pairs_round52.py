"""Events, round 52 (evpair52): the second act of the same pair, named by a verb of the same subject.
Every dispatch is invented (made-up people, real states).

"condemned the seizure as banditry and demanded that Serbia release the crew": the demand found its
target by its own clause; the condemnation, whose object is a deed, named no one and printed nothing at
its word, so the pair was printed with the demand's root only. A verb act with a source and no target,
joined to a verb of the same subject (a conjunct, a participle or infinitive clause with no subject of
its own) whose act found a target, is aimed at that target too, with its own code (events/pairs.py,
data/events/pairs.yaml).

What stays: a criticism joined to a meeting is about another's deed; an appeal that names whom it asks
("urged allies to ...") is aimed at them, not at the joined act's target.
"""

from __future__ import annotations

from event_support import coded


def test_a_condemnation_joined_to_a_demand_is_aimed_at_the_one_asked(pipeline):
    text = ("BUDAPEST, May 4 (Reuters) - Hungary's foreign ministry condemned the seizure as \"banditry\" "
            "and demanded that Serbia release the crew.")
    found = coded(pipeline, text)
    assert ("HUN", "SRB", "11") in found, found
    assert ("HUN", "SRB", "10") in found, found


def test_an_accusation_in_a_participle_clause_is_aimed_at_the_sanctioned_state(pipeline):
    text = ("QUITO, Ecuador (AP) - Ecuador imposed a 40% tariff on Peruvian imports on Wednesday, accusing "
            "its neighbour of failing to stop smuggling across the border.")
    found = coded(pipeline, text)
    assert ("ECU", "PER", "11") in found, found


def test_a_denunciation_joined_to_a_threat_keeps_its_own_code(pipeline):
    text = ("MOSCOW, June 2 (TASS) - Foreign ministry spokeswoman Ilvana Dretska denounced the arrest as "
            "\"a hostile act\" and warned Latvia that Russia would respond.")
    found = coded(pipeline, text)
    assert ("RUS", "LVA", "13") in found, found
    assert ("RUS", "LVA", "11") in found, found


def test_a_criticism_joined_to_a_meeting_is_not_aimed_at_the_host(pipeline):
    text = ("WARSAW (Reuters) - Polish Foreign Minister Marek Sztolny met his Ukrainian counterpart in Warsaw "
            "on Friday and condemned the attack on the power station.")
    found = coded(pipeline, text)
    assert ("POL", "UKR", "04") in found, found
    assert ("POL", "UKR", "11") not in found, found


def test_an_appeal_that_names_whom_it_asks_takes_no_joined_target(pipeline):
    text = ("VILNIUS (Reuters) - Lithuanian Foreign Minister Gintaras Veldunas criticised Belarus over the "
            "flights and urged allies to send more air defences.")
    found = coded(pipeline, text)
    assert ("LTU", "BLR", "11") in found, found
    assert ("LTU", "BLR", "02") not in found, found
