"""Round 43 (evtold43, issue 9): a verb of blame with its cause after "on" ("blamed the layoffs on a slump in
cotton prices", "blamed the suspension on shortages at the refinery") judges the cause it names; its object is the
outcome, not a deed told before, so the one blamed is never the doer of the latest deed or the subject of the
sentence before (arguments.yaml blamed_cause_verbs, blamed_cause_preps; Coder._blames_a_cause). A deed judged
as "the shelling" or "the decision" with no "on" still is its doer's, and a cause that names a side still
blames that side. The pool printout counts right and wrong per side-filling rule (``pool_events.py
--by-rule``). Every dispatch is invented (made-up people and places, real states and agencies)."""

from __future__ import annotations

import sys
from pathlib import Path

from event_support import coded

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def _blames(events: set[tuple[str | None, str | None, str]], source: str, target: str) -> bool:
    return any(s == source and t == target and r == "11" for s, t, r in events)


# --- the cause after "on" is what is blamed, not the doer told before -------------------------------------
def test_a_suspension_blamed_on_refinery_shortages_does_not_blame_the_suspending_state(pipeline):
    events = coded(pipeline, "ACCRA, Sept 7 (AFP) - Ghana said on Monday it had suspended fuel exports to Togo. "
                             "Togo's trade minister blamed the suspension on shortages at the Tema refinery.")
    assert not _blames(events, "TGO", "GHA")


def test_layoffs_blamed_on_a_price_slump_do_not_blame_the_state_named_before(pipeline):
    events = coded(pipeline, "MASERU, March 3 (Reuters) - Lesotho lost more than 10,000 garment jobs last year as "
                             "six Velmoran-owned mills laid off their staff. Union leader Tumelo Drenvald blamed the "
                             "layoffs on a slump in cotton prices.")
    assert not any(t == "LSO" for _, t, _ in events)


def test_a_border_closure_blamed_on_weather_does_not_blame_the_neighbour(pipeline):
    events = coded(pipeline, "TALLINN (AP) — Latvia closed the Valga crossing to trucks on Friday. Estonian "
                             "Transport Minister Oskar Drenvald blamed the closure on heavy snow in the border "
                             "district.")
    assert not _blames(events, "EST", "LVA")


# --- must still hold --------------------------------------------------------------------------------------
def test_a_shortfall_blamed_on_the_governments_spending_blames_the_government(pipeline):
    events = coded(pipeline, "NAIROBI, June 5 (Xinhua) -- Kenya's treasury said the budget shortfall had grown. "
                             "Opposition leader Wanjiru Kamotho blamed the shortfall on the government's spending on "
                             "new highways.")
    assert any(t == "KEN" and r == "11" for _, t, r in events)


def test_a_shelling_condemned_without_on_is_still_aimed_at_the_shelling_side(pipeline):
    events = coded(pipeline, "TALLINN, June 2 (Reuters) - Latvian troops shelled the border village of Koidula "
                             "overnight. Estonian President Oskar Drenvald condemned the shelling.")
    assert _blames(events, "EST", "LVA")


def test_a_side_blamed_for_a_deed_with_for_is_still_the_one_blamed(pipeline):
    events = coded(pipeline, "TALLINN, June 2 (Reuters) - Latvian troops shelled the border village of Koidula "
                             "overnight. Estonian President Oskar Drenvald blamed Latvia for the shelling.")
    assert _blames(events, "EST", "LVA")


# --- the pool printout per rule ---------------------------------------------------------------------------
def test_the_pool_printout_names_the_rule_that_aimed_a_condemnation_at_the_doer_told_before(pipeline):
    import pool_events

    record = pipeline.extract("TALLINN, June 2 (Reuters) - Latvian troops shelled the border village of Koidula "
                              "overnight. Estonian President Oskar Drenvald condemned the shelling.",
                              reference_date="2026-11-20")
    rules = pool_events.rules_of(pipeline, record)
    condemned = next(e for e in record.events if e.source == "EST" and e.root == "11")
    assert rules[id(condemned)] == ("subject", "told:doer")
