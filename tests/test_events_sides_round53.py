"""Events, round 53 (evside53): a pair of two people of one state is still two sides.
Every dispatch is invented (made-up people, real states).

"the two men", "both ministers" stand for the two people named together just before
(``sources.pair_named_before``, evsides37). The rule counted the pair by its political sides, and two
people of one state (a prime minister and his finance minister) both stand for that state: the pair
collapsed to one side and the act ("urged the two men to settle their differences") was aimed at no
one. Two distinct people whose sides are one state now stay the two of them (``sources._two_sides``).

What stays: a pair of people of two states is their two states; "the two men" after one person
named is no one.
"""

from __future__ import annotations

from event_support import coded


def test_an_appeal_to_two_ministers_of_one_state_is_aimed_at_both(pipeline):
    text = ("TALLINN, May 4 (Reuters) - Estonian Prime Minister Kaarel Tammevee and Finance Minister Riho "
            "Sepvald have been at odds for weeks over the budget. Opposition leader Merje Oolund on Tuesday "
            "urged the two men to settle their differences.")
    found = coded(pipeline, text)
    assert ("person:merje-oolund", "person:kaarel-tammevee", "02") in found, found
    assert ("person:merje-oolund", "person:riho-sepvald", "02") in found, found


def test_two_ministers_of_one_state_as_a_subject_are_both_sources(pipeline):
    text = ("ZAGREB, Croatia, May 5 (AP) - Croatian Interior Minister Davor Kelcic and Defence Minister Ante "
            "Brunjak flew to the border town of Ilok on Friday. The two ministers accused Serbia of letting "
            "smugglers cross the Danube.")
    found = coded(pipeline, text)
    assert ("person:davor-kelcic", "SRB", "11") in found, found
    assert ("person:ante-brunjak", "SRB", "11") in found, found


def test_ridicule_of_two_people_of_one_state_is_aimed_at_both(pipeline):
    text = ("BUDAPEST, June 2 (Reuters) - Hungarian Prime Minister Zoltan Vereskuti said he no longer trusted "
            "Hungarian Finance Minister Bence Halmosdi. Opposition lawmaker Kinga Szepvolgyi on Friday ridiculed "
            "the two men over the missing tax receipts.")
    found = coded(pipeline, text)
    targets = {t for s, t, r in found if r == "11" and s == "person:kinga-szepvolgyi"}
    assert {"person:zoltan-vereskuti", "person:bence-halmosdi"} <= targets, found


def test_the_two_men_after_one_person_named_are_no_one(pipeline):
    text = ("LONDON, May 6 (BBC) - Home Secretary Alder Quennell spoke to reporters outside parliament on "
            "Tuesday about the prison plan. Labour MP Fenna Rowcliffe later urged the two men to publish the "
            "costings.")
    assert not [e for e in coded(pipeline, text) if e[2] == "02"], coded(pipeline, text)


def test_two_leaders_of_two_states_stay_their_states(pipeline):
    text = ("BRUSSELS, May 7 (Reuters) - Chilean President Tomas Irarrazabal and Peruvian President Lucio "
            "Quispealaya have traded barbs for weeks over a fishing zone. EU foreign policy chief Ilse "
            "Vandermoer on Thursday urged the two presidents to settle their differences.")
    found = coded(pipeline, text)
    targets = {t for _, t, r in found if r == "02"}
    assert targets <= {"CHL", "PER"}, found
    assert not any(t and t.startswith("person:") for t in targets), found
