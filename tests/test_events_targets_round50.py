"""Round 50 (evtgt50, targets): a pledge, promise or vow told as a reported clause ("pledged that X would
...") takes the clause's subject as its target, unless that subject is the speaker's own side: the
speaker, its state, or a party or body of its country (arguments.yaml own_side_said_roots,
Arguments.own_side_said). Such a clause says what the speaker's side will do, not whom the pledge is
made to. A threat keeps a domestic clause subject (the one threatened), and a clause whose subject is
another state or body still names the target. Every dispatch is invented (made-up people, parties and
bodies; real states)."""

from __future__ import annotations

from event_support import coded


def _aimed(events: set[tuple[str | None, str | None, str]], root: str) -> set[str | None]:
    return {t for _, t, r in events if r == root}


# --- the speaker's own side in the promised clause is no target ----------------------------------------------
def test_a_leader_promising_what_his_own_nation_will_do_does_not_promise_it_to_his_state(pipeline):
    events = coded(pipeline, "EDINBURGH (Reuters) - Mr Varrick later promised that Scotland would pay for the new "
                             "island ferries itself.")
    assert "GBR" not in _aimed(events, "03")


def test_a_party_figure_pledging_what_his_party_will_do_does_not_aim_the_pledge_at_the_party(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - Opposition figure Tomas Varrick pledged the Liberal Democrats "
                             "would scrap the levy on small breweries if they won power.")
    assert "org:liberal-democrats" not in _aimed(events, "03")


def test_a_vow_told_after_the_clause_of_the_home_party_is_not_aimed_at_that_party(pipeline):
    events = coded(pipeline, "LONDON (BBC) - The Liberal Democrats would cut fuel duty for rural drivers, "
                             "Tomas Varrick vowed at a rally in Devon.")
    assert "org:liberal-democrats" not in _aimed(events, "03")


# --- another side in the clause is still the target ----------------------------------------------------------
def test_a_pledge_that_another_state_will_get_something_is_still_aimed_at_that_state(pipeline):
    events = coded(pipeline, "BUDAPEST (Reuters) - Hungarian Finance Minister Ilse Varga pledged that Austria "
                             "would get more gas through the new pipeline next winter.")
    assert ("HUN", "AUT") in {(s, t) for s, t, r in events if r == "03"}


def test_a_warning_that_a_foreign_alliance_will_pay_is_still_aimed_at_it(pipeline):
    events = coded(pipeline, "MOSCOW (TASS) - Russia warned on Friday that NATO would pay a high price for "
                             "the new deployment near its borders.")
    assert ("RUS", "NATO") in {(s, t) for s, t, r in events if r == "13"}


def test_a_minister_warning_that_a_home_union_will_be_fined_still_threatens_the_union(pipeline):
    events = coded(pipeline, "BERLIN (AFP) - Interior Minister Karl Ostwind warned that the Reform Union would "
                             "face fines if the strike went on.")
    assert "org:reform-union" in _aimed(events, "13")
