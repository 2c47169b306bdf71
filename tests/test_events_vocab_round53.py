"""Events, round 53 (evnone53): a court or a vote that voids another side's measure, or rules another
side's act unlawful, finds against that side. Every dispatch is invented (made-up people, real states).

Half A of the event recall audit missed court findings against a government's act with no candidate
at all (the ruling verb has no pattern; the act judged is named in its clause), and the pool's texts
hold the same frame across BBC, Reuters, fundus and AG News copy. Now (events/recall.py
_ruled_unlawful, recall.yaml ruling_verbs ...) "ruled that X's act was unlawful", "declared X's
curfew illegal", "found that X's rules discriminated" code the ruler finding against X (116); and
every verb of object_classes.yaml voiding_verbs with a measure as its object ("struck down",
"annulled", "overturned" X's decree) codes a rejection (12) of the measure's owner only.

What stays: a ban voided is not aimed at the side it was about ("the ban on Chinese apps"); a ruling
that finds an act lawful ("was not unlawful") or one still to come ("could rule") finds against no one.
"""

from __future__ import annotations

from event_support import coded


def _against(found: set[tuple[str | None, str | None, str]], target: str, root: str) -> bool:
    return any(t == target and r == root for _s, t, r in found)


def test_a_court_that_overturns_a_presidents_decree_rejects_the_president(pipeline):
    text = ("BOGOTA (Reuters) - Colombia's Constitutional Court overturned President Arlo Pinedo's "
            "emergency decree on Friday, the court's press office said.")
    found = coded(pipeline, text)
    assert _against(found, "person:arlo-pinedo", "12"), found


def test_a_tribunal_that_strikes_down_a_ministers_law_rejects_the_minister(pipeline):
    text = ("WARSAW (Reuters) - The Polish constitutional tribunal struck down Prime Minister Jerzy "
            "Walcak's media law on Tuesday.")
    found = coded(pipeline, text)
    assert _against(found, "person:jerzy-walcak", "12"), found


def test_a_ban_struck_down_is_not_aimed_at_the_side_it_was_about(pipeline):
    text = "WASHINGTON (Reuters) - A federal judge struck down the ban on Chinese apps on Tuesday."
    found = coded(pipeline, text)
    assert not any(t == "CHN" for _s, t, _r in found), found


def test_a_court_ruling_that_a_ministry_acted_unlawfully_finds_against_it(pipeline):
    text = ("ACCRA (Reuters) - Ghana's Supreme Court ruled on Tuesday that Information Minister Kwabena "
            "Adofo-Sarkye had acted unlawfully in revoking the licences of two radio stations.")
    found = coded(pipeline, text)
    assert _against(found, "person:kwabena-adofo-sarkye", "11"), found


def test_a_court_finding_that_a_bodys_rules_discriminate_finds_against_it(pipeline):
    text = ("OSLO (NTB) - Norway's Supreme Court found that Fisheries Minister Eirik Tollnes's quota rules "
            "discriminated against coastal fishermen.")
    found = coded(pipeline, text)
    assert _against(found, "person:eirik-tollnes", "11"), found


def test_a_curfew_ruled_illegal_is_a_finding_against_the_one_who_set_it(pipeline):
    text = ("NAIROBI (Reuters) - Kenya's Supreme Court ruled President Joseph Kamau Odhingo's curfew "
            "illegal on Tuesday.")
    found = coded(pipeline, text)
    assert _against(found, "person:joseph-kamau-odhingo", "11"), found


def test_a_ruling_that_an_act_was_not_unlawful_finds_against_no_one(pipeline):
    text = ("ACCRA (Reuters) - Ghana's Supreme Court ruled on Tuesday that Information Minister Kwabena "
            "Adofo-Sarkye had not acted unlawfully in revoking the licences of two radio stations.")
    found = coded(pipeline, text)
    assert not _against(found, "person:kwabena-adofo-sarkye", "11"), found


def test_a_ruling_still_to_come_finds_against_no_one(pipeline):
    text = ("NAIROBI (Reuters) - Kenya's High Court could rule that the interior ministry's eviction order "
            "was unlawful, lawyers said.")
    found = coded(pipeline, text)
    assert not any(r == "11" and (s or "").startswith("org:kenya-high") for s, _t, r in found), found
