"""Actors, round 43 (actjud43): a judge, magistrate, prosecutor or coroner named by the office alone,
after "a", "an" or "the" ("A judge on Friday refused bail ...", "questioned by a federal magistrate"),
as the subject or the agent after "by", is the state's body that office belongs to: an organisation
with sector JUD whose state is the one the story names its bodies bare for. Before, the title reader
took the word as an office waiting for a name and printed nothing. A judge the text names ("Judge X
... The judge said"), a judge of a modal or "to" clause ("a judge should review"), and a compound ("a
judge-led inquiry") stay as they were. Invented dispatches; names, places and bodies invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch, by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def test_a_judge_who_acts_is_the_datelines_judiciary_reuters_style(pipeline):
    table = ids(pipeline, "NAIROBI, Dec 6 (Reuters) - A judge on Friday turned down a bail request from "
                          "opposition lawmaker Otieno Barasa, citing the risk to witnesses.")
    judge = table["org:judge"]
    assert (judge.kind, judge.sector, judge.country) == ("organization", "JUD", "KEN")


def test_the_agent_of_a_passive_keeps_its_lower_case_modifier_ap_style(pipeline):
    table = ids(pipeline, "BALTIMORE (AP) — Former county treasurer Delbert Quaile was interviewed by a "
                          "federal magistrate for three hours Thursday about the missing road money.")
    assert table["org:federal-magistrate"].sector == "JUD"


def test_a_prosecutor_and_a_coroner_who_speak_or_find_are_bodies_too_afp_abc_style(pipeline):
    table = ids(pipeline, "PARIS, Dec 6 (AFP) - A public prosecutor announced on Monday that the mayor of "
                          "Kervallec had been charged with favouritism.")
    assert table["org:public-prosecutor"].sector == "JUD"
    table = ids(pipeline, "SYDNEY (ABC) - A coroner on Wednesday ruled that officers had not called an "
                          "ambulance for the detained man in time.")
    assert table["org:coroner"].country == "AUS"


def test_the_judge_after_a_named_judge_is_that_person_not_a_body_bbc_style(pipeline):
    table = ids(pipeline, "Judge Harriet Colvane threw out the case brought by Swanmere District Council. "
                          "The judge said the council had offered no evidence of harm.")
    assert "person:harriet-colvane" in table
    assert "org:judge" not in table


def test_a_judge_under_a_modal_or_inside_a_compound_is_no_actor_tass_bbc_style(pipeline):
    table = ids(pipeline, "MOSCOW, Dec 6 (TASS) - Opposition politician Arkady Velminov said a judge should "
                          "review the count in the Tver regional vote.")
    assert "org:judge" not in table
    table = ids(pipeline, "Opposition MPs renewed calls for a judge-led inquiry into the contract on Tuesday.")
    assert not any(a.id.startswith("org:judge") for a in table.values())
