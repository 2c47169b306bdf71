"""Events, round 38 (evcover38, issue 9): coverage of verbal and diplomatic acts (CAMEO 01-14) that the
unlabelled pool uses between two sides and no pattern coded (patterns.yaml, "round 38"): opposition told
from the side opposed (120, rev) and standing by a side (050) (assurances, 030, were tried and dropped); and
a deed told from the one who undergoes it keeps its direction between two officials of one state
(Coder._domestic). Every dispatch is invented (made-up people, real states); each family has negative
twins."""

from __future__ import annotations

from event_support import coded, roots


# --- 12: opposition told from the side opposed --------------------------------------------------------
def test_a_plan_meeting_opposition_from_a_state_is_that_states_rejection(pipeline):
    text = "ATHENS (Reuters) - A Greek plan to widen its fishing zone met stiff opposition from Turkey on Monday."
    assert ("TUR", "GRC", "12") in coded(pipeline, text)


def test_resistance_a_bid_ran_into_is_a_rejection_by_the_one_named(pipeline):
    text = "Germany's proposal for a common levy ran into resistance from France at the talks in Brussels."
    assert ("FRA", "DEU", "12") in coded(pipeline, text)


def test_objections_drawn_from_two_states_are_each_ones_rejection(pipeline):
    text = "LISBON (AFP) - A Moroccan quota plan drew objections from Spain and Portugal on Friday."
    events = coded(pipeline, text)
    assert ("ESP", "MAR", "12") in events
    assert ("PRT", "MAR", "12") in events


def test_a_government_facing_opposition_from_parties_is_rejected_by_them(pipeline):
    text = "The government is facing opposition from Labour and the Liberal Democrats over the asylum bill."
    events = coded(pipeline, text)
    assert ("org:labour-party", "GBR", "12") in events
    assert ("org:liberal-democrats", "GBR", "12") in events


def test_opposition_from_residents_is_no_rejection_by_anyone_named(pipeline):
    text = "A plan to widen the port of Valparaiso has faced opposition from residents and fishermen for months."
    assert not roots(pipeline, text)


def test_opposition_with_no_one_named_codes_nothing(pipeline):
    text = "The Chilean port plan faced strong opposition in the Senate this week, officials said."
    assert "12" not in roots(pipeline, text)


# --- 03: assurances (tried and dropped on the pool: patterns.yaml); the senses that made it fail --------
def test_assuring_voters_or_reporters_promises_no_one_named(pipeline):
    text = "Finance Minister Eduardo Tamez Orvenal assured voters of a stable peso and assured reporters that the budget was balanced."
    assert "03" not in roots(pipeline, text)


def test_reassuring_a_party_is_no_promise(pipeline):
    text = "Tony Blair will seek to reassure Labour MPs on Monday about the reform plans."
    assert "03" not in roots(pipeline, text)


# --- 05: standing by a side ---------------------------------------------------------------------------
def test_standing_with_a_state_backs_it(pipeline):
    text = "DAKAR (AFP) - Senegal stands with Mali after the attack on a border post, the presidency said."
    assert ("SEN", "MLI", "05") in coded(pipeline, text)


def test_standing_by_a_neighbour_backs_it(pipeline):
    text = "VILNIUS (Reuters) - Lithuania stood by Latvia on Wednesday in its row with Belarus over crossings."
    assert ("LTU", "LVA", "05") in coded(pipeline, text)


def test_standing_behind_a_state_in_future_is_a_promise_of_support(pipeline):
    text = "BERLIN (dpa) - Germany will stand behind Moldova in its accession talks, the chancellor said on Friday."
    assert ("DEU", "MDA", "03") in coded(pipeline, text)


def test_standing_by_a_forecast_or_by_and_watching_backs_no_one(pipeline):
    text = "Rail operator Northline said it stands by its profit forecast, while unions said they would not stand by and watch."
    assert "05" not in roots(pipeline, text)


# --- a deed told from its undergoer, between officials of one state ----------------------------------
def test_criticism_faced_from_a_president_is_the_presidents(pipeline):
    text = "Finance Minister Tomas Ardiles faced criticism from President Jose Sarney over the price freeze."
    events = coded(pipeline, text)
    assert ("person:jose-sarney", "person:tomas-ardiles", "11") in events
    assert ("person:tomas-ardiles", "person:jose-sarney", "11") not in events


def test_opposition_met_from_a_president_is_the_presidents_rejection(pipeline):
    text = "Planning Minister Joao Velloso submitted a new package but met opposition from President Jose Sarney."
    events = coded(pipeline, text)
    assert ("person:jose-sarney", "person:joao-velloso", "12") in events


def test_fire_come_under_from_a_prime_minister_is_the_prime_ministers_criticism(pipeline):
    text = "Interior Minister Halvard Ostreng came under fire from Prime Minister Ingrid Solvik over the border checks."
    events = coded(pipeline, text)
    assert ("person:ingrid-solvik", "person:halvard-ostreng", "11") in events
    assert ("person:halvard-ostreng", "person:ingrid-solvik", "11") not in events


def test_backing_won_from_a_party_leader_is_the_leaders_praise(pipeline):
    text = "Health Secretary Mairead Colquhoun won the backing of Labour leader Tomas Brannagh for the hospital plan."
    events = coded(pipeline, text)
    assert any(s in {"person:tomas-brannagh", "org:labour-party"} and t == "person:mairead-colquhoun" and r == "05"
               for s, t, r in events)
