"""Round ev7a (issue 9): general rules from the misses of audit round 7's half A, each written from
invented dispatches (made-up people and places; real states only where the rule needs a state), never
from an audited article's wording.
"""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


# --- a party suspending its own branch, members or candidate (172) ----------------------------------------
def test_a_party_suspending_its_candidate_coerces_the_candidate(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - The Green Party has suspended a candidate, Ms Ilva Sorrent, "
                            "over remarks about migrants.")
    assert ("org:green-party", "person:ms-ilva-sorrent", "17") in found or any(
        f[2] == "17" and f[1] and "sorrent" in f[1] for f in found)


def test_a_leader_suspending_a_named_association_coerces_it(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour leader Tomas Verrick has suspended the Dunmore Labour "
                            "Association.")
    assert any(f[2] == "17" and f[1] == "org:dunmore-labour-association" for f in found)


def test_suspending_a_conference_is_no_coercion(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - The Conservative Party suspended its annual conference in "
                            "Dunmore because of the storm.")
    assert not [f for f in found if f[2] == "17"]


# --- forces "in a state of alert", and the speaker's own forces in a quotation (152) -----------------------
def test_forces_in_a_state_of_alert_show_force(pipeline):
    found = coded(pipeline, "ATHENS, Nov 20 (Reuters) - Greek Defence Minister Nikos Varelis said the army "
                            "was in a state of high alert.")
    assert ("GRC", None, "15") in found


def test_the_army_in_a_state_officials_quotation_is_the_speakers_states(pipeline):
    found = coded(pipeline, 'ANKARA, Nov 20 (Reuters) - "The air force and the navy have been placed in a state of alert," '
                            "the head of the Turkish land forces, General Tolga Serin, told reporters.")
    assert ("TUR", None, "15") in found


def test_someone_elses_troops_on_alert_are_not_the_speakers(pipeline):
    found = coded(pipeline, 'ATHENS, Nov 20 (Reuters) - "Their troops are on high alert," said Greek Defence '
                            "Minister Nikos Varelis.")
    assert not [f for f in found if f[2] == "15"]


def test_an_analysts_army_on_alert_is_no_ones(pipeline):
    found = coded(pipeline, 'LONDON, Nov 20 (Reuters) - "The army is on high alert," said Tom Barrow, an '
                            "analyst at a London bank.")
    assert not [f for f in found if f[2] == "15"]


def test_a_hospital_in_a_state_of_emergency_holds_no_forces_ready(pipeline):
    found = coded(pipeline, "ATHENS, Nov 20 (Reuters) - The hospital is in a state of emergency, Greek Health "
                            "Minister Nikos Varelis said.")
    assert not [f for f in found if f[2] == "15"]


# --- an actor said to be in disarray, or to behave like a despot, is blamed (111) -------------------------
def test_a_rival_party_said_to_be_in_disarray_is_criticised(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour campaign chief Tomas Verrick said the Conservatives were "
                            "in disarray after the vote.")
    assert ("person:tomas-verrick", "org:conservative-party", "11") in found


def test_a_party_in_turmoil_in_a_direct_quotation_is_criticised(pipeline):
    found = coded(pipeline, 'LONDON (Reuters) - Liberal Democrat leader Ilva Sorrent said: "The Conservative '
                            'Party is in turmoil and everyone can see it."')
    assert ("person:ilva-sorrent", "org:conservative-party", "11") in found


def test_officials_behaving_like_dictators_are_criticised(pipeline):
    found = coded(pipeline, 'LONDON (Reuters) - "Officials at Labour headquarters are behaving like little '
                            'dictators," Conservative MP Tomas Verrick said.')
    assert any(f[0] == "person:tomas-verrick" and f[2] == "11" for f in found)


def test_an_economy_in_turmoil_blames_no_one(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour campaign chief Tomas Verrick said the economy was in turmoil.")
    assert not [f for f in found if f[2] == "11"]


def test_a_party_not_in_disarray_is_not_criticised(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour campaign chief Tomas Verrick said the Conservatives were "
                            "not in disarray.")
    assert not [f for f in found if f[2] == "11"]


def test_the_speakers_own_side_in_turmoil_is_no_criticism(pipeline):
    found = coded(pipeline, '"We are in turmoil," Labour campaign chief Tomas Verrick said.')
    assert not [f for f in found if f[2] == "11"]


def test_people_treated_like_children_are_not_the_ones_blamed(pipeline):
    found = coded(pipeline, 'LONDON (Reuters) - "The Conservatives were treated like children," Labour campaign '
                            "chief Tomas Verrick said.")
    assert not [f for f in found if f[2] == "11" and f[1] == "org:conservative-party"]


def test_a_party_campaign_coordinators_judgement_is_a_political_sides(pipeline):
    found = coded(pipeline, 'Labour election campaign coordinator Tomas Verrick said the Tories were in "disarray" '
                            "since Mr Kelbrin had leaked their budget.")
    assert ("person:tomas-verrick", "org:conservative-party", "11") in found


# --- "both parties" with no deeds of theirs coded before: the two last parties named ---------------------
def test_both_parties_are_the_two_parties_named_before(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour and the Conservatives unveiled their manifestos this week. "
                            'The Greens warned both parties against "stoking fear".')
    assert ("org:greens", "org:labour-party", "13") in found
    assert ("org:greens", "org:conservative-party", "13") in found


def test_both_parties_with_one_party_named_before_name_no_one(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour unveiled its manifesto this week. The Greens warned both "
                            'parties against "stoking fear".')
    assert not [f for f in found if f[0] == "org:greens" and f[1] is not None]


def test_the_two_countries_are_the_two_states_named_before(pipeline):
    found = coded(pipeline, "NAIROBI (Reuters) - Kenya and Uganda opened new border posts this year. Tanzania "
                            "urged the two countries to cut fees.")
    assert {("TZA", "KEN", "02"), ("TZA", "UGA", "02")} <= found


# --- "obsessively committed to ...": a charge of zeal, no praise ------------------------------------------
def test_a_commitment_told_with_an_adverb_of_zeal_is_no_praise(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour campaign chief Tomas Verrick said Mr Kelbrin and the "
                            "Tory frontbench were obsessively committed to cutting the aid budget.")
    assert not [f for f in found if f[2] == "05"]


def test_a_plain_commitment_is_still_read_as_praise(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Labour campaign chief Tomas Verrick said Mr Kelbrin and the "
                            "Tory frontbench were committed to cutting the aid budget.")
    assert [f for f in found if f[2] == "05"]
