"""Event precision, round 47: a group a policy is made for, named as the one a party helps, backs or
aids, is no side of a political event (precision.yaml beneficiaries, beneficiary_roots). The judged pool
(benchmarks/pool_events.py --block all) printed such support and aid for farmers, families, pensioners and
employers, and every one was judged wrong (not political, or not an event).

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
Each false-event test has a twin that keeps the real event: the same groups acting themselves
(a protest, an appeal to a government) or under force stay sides.
"""

from __future__ import annotations

from event_support import coded


def _targets(found, root: str) -> set[str | None]:
    return {t for _, t, r in found if r == root}


# --- a policy for a group of the public is no event with that group ------------------------------------
def test_aid_to_drought_hit_farmers_is_no_aid_event(pipeline):
    found = coded(pipeline, "PARIS, March 3 (Reuters) - The French government will provide aid to farmers hit "
                            "by the summer drought, Agriculture Minister Oskar Velmar said on Tuesday.")
    assert "org:farmers" not in _targets(found, "07")


def test_party_helping_pensioners_is_no_aid_to_a_side(pipeline):
    found = coded(pipeline, "LONDON (AP) — The Labour Party says it is already helping pensioners with their "
                            "heating bills.")
    assert not any(t == "org:pensioners" for _, t, _ in found)


def test_minister_backing_hill_farmers_is_no_support_event(pipeline):
    found = coded(pipeline, "BERLIN, May 7 (dpa) - German Agriculture Minister Tobias Ahrenfeld said Berlin had "
                            "supported hill farmers with fresh grants this spring.")
    assert not any(t is not None and t.endswith("farmers") for _, t, _ in found)


# --- twins: the group acting, or force on it, stays an event ---------------------------------------------
def test_farmers_protesting_stay_a_protest(pipeline):
    found = coded(pipeline, "Farmers protested outside the Agriculture Ministry in Paris on Tuesday against "
                            "the new quotas.")
    assert any(s == "org:farmers" and r == "14" for s, _, r in found)


def test_farmers_urging_a_government_stay_an_appeal(pipeline):
    found = coded(pipeline, "Farmers urged the French government to scrap the fuel tax, a union spokesman said.")
    assert ("org:farmers", "FRA", "02") in found


def test_appeal_to_protesting_farmers_stays_an_appeal(pipeline):
    found = coded(pipeline, "RENNES, France (AP) — Prime Minister Ilse Karvonen appealed to farmers on Monday "
                            "to lift their blockade of the ring road.")
    assert any(t == "org:farmers" and r == "02" for _, t, r in found)


def test_police_arresting_students_stays_coercion(pipeline):
    found = coded(pipeline, "Police in Ankara arrested 12 students after the rally, the Turkish interior "
                            "ministry said.")
    assert ("TUR", "org:students", "17") in found
