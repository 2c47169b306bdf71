"""Events, round 54 (objpro54): a pronoun or a pair noun in an event's object slot.
Every dispatch is invented (made-up people, real states).

An object "them" had no reader: the actors stage links "it"/"they" as subjects only, and the events
stage's object pronouns were "him"/"her" (round 31). So "Sweden urged them to return to talks" after
"Latvia and Estonia quarrelled" was aimed at no one. ``Context.object_group`` now gives an object
"them" the nearest plural side named before it (a coordination, or an actor named by a plural noun),
passing singular actors and, after a verb that addresses people, plural nouns of things; a plural
noun of people who are no actor ("residents") is what "them" is, and no side is taken.

"all sides" / "every party" as an object now reads like "both sides" (recall.py both_sides): the two
sides of the latest quarrel, else the two last named together; and "called for restraint from both
countries" reads the pair under the noun the act asks for.
"""

from __future__ import annotations

from event_support import coded


def test_them_after_a_coordination_of_two_states_is_aimed_at_both(pipeline):
    text = ("STOCKHOLM, May 9 (AFP) - Latvia and Estonia have quarrelled for weeks over herring quotas in the "
            "Gulf of Riga. Swedish Foreign Minister Elsbet Grandqvist on Tuesday urged them to return to talks.")
    targets = {t for s, t, r in coded(pipeline, text) if r == "02"}
    assert {"LVA", "EST"} <= targets, coded(pipeline, text)


def test_them_after_a_group_named_by_a_plural_noun_is_that_group(pipeline):
    text = ("WARSAW, May 8 (Reuters) - Polish farmers blocked three crossings on the border with Ukraine for a "
            "second day on Tuesday. Prime Minister Jarek Wolanczyk urged them to lift the blockade.")
    found = coded(pipeline, text)
    appeals = {t for s, t, r in found if r == "02" and s == "person:jarek-wolanczyk"}
    assert appeals and all(t and "farmers" in t for t in appeals), found
    assert not any(s == "person:jarek-wolanczyk" and t == "UKR" for s, t, _ in found), found


def test_an_accusation_of_them_is_aimed_at_the_plural_side_in_its_sentence(pipeline):
    text = ("MOSCOW, May 4 (TASS) - Russia said it would not meet Ukrainian negotiators until Kiev dropped its "
            "demands, and accused them of stalling.")
    assert ("RUS", "UKR", "11") in coded(pipeline, text), coded(pipeline, text)


def test_them_standing_for_residents_who_are_no_actor_is_aimed_at_no_state(pipeline):
    text = ("VILNIUS, Lithuania, May 10 (AP) - Lithuanian and Polish border officials met residents of three "
            "frontier villages on Wednesday. Lithuanian Interior Minister Rasa Vaitkunaite later urged them to "
            "report any smuggling to police.")
    found = coded(pipeline, text)
    assert not [e for e in found if e[2] == "02" and e[1] in {"POL", "LTU"}], found


def test_them_is_never_the_subject_of_its_own_clause(pipeline):
    text = ("LA PAZ, May 6 (Reuters) - Chile and Peru asked Bolivia on Monday to host talks on the water dispute. "
            "Bolivian Foreign Minister Anselmo Quiroteva urged them to send delegations to Sucre.")
    found = coded(pipeline, text)
    targets = {t for s, t, r in found if r == "02" and s in {"BOL", "person:anselmo-quiroteva"}}
    assert {"CHL", "PER"} <= targets, found
    assert "BOL" not in targets, found


def test_all_sides_after_two_states_named_together_are_those_two(pipeline):
    text = ("PRISTINA, May 11 (Reuters) - Serbia and Kosovo traded accusations on Thursday over the arrest of a "
            "Kosovo border guard. The European Union urged all sides to avoid steps that could raise tensions.")
    targets = {t for s, t, r in coded(pipeline, text) if r == "02" and s == "EU"}
    assert targets == {"SRB", "XKX"}, coded(pipeline, text)


def test_all_sides_with_no_pair_named_before_is_no_one(pipeline):
    text = ("BRUSSELS, May 13 (Reuters) - Border guards on the Danube reported more crossings this week. The "
            "European Union urged all sides to avoid steps that could raise tensions.")
    assert not [e for e in coded(pipeline, text) if e[0] == "EU" and e[1]], coded(pipeline, text)


def test_restraint_asked_from_both_countries_is_asked_of_the_two(pipeline):
    text = ("TOKYO, May 12 (Kyodo) - China and the Philippines exchanged protests on Friday over a collision "
            "between their coast guard vessels near a disputed shoal. Japanese Foreign Minister Haruto Kisamori "
            "called for restraint from both countries.")
    targets = {t for s, t, _ in coded(pipeline, text) if s in {"JPN", "person:haruto-kisamori"}}
    assert {"CHN", "PHL"} <= targets, coded(pipeline, text)


def test_all_sides_as_the_subject_of_a_clause_asked_for_are_the_two_named(pipeline):
    text = ("PRISTINA, May 11 (Reuters) - Serbia and Kosovo traded accusations on Thursday. Britain on Friday urged a "
            "halt to the shelling, and for all sides to resume negotiations in Brussels.")
    targets = {t for s, t, r in coded(pipeline, text) if r == "02" and s == "GBR"}
    assert targets == {"SRB", "XKX"}, coded(pipeline, text)
