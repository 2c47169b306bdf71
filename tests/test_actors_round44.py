"""Actors, round 44 (actorg44): a person who works for a civil body that no table places ("X, chief
executive of the Tarnwick Age Trust", "spokeswoman for the Refugee Welcome Council", "Harnby Courier
reporter X"), in copy with no dateline (a BBC page), serves the state the story is set in: before,
the body named in the office stopped every fallback and the person had no country. Only a story of one
state (no other state named twice), not a dispatch with a dateline (where other rules read the
person), not an international body's officer. Invented dispatches; names and bodies invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch, by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def test_a_charity_head_in_a_british_story_with_no_dateline_is_british_bbc_style(pipeline):
    table = ids(pipeline, "Charity warns over care home fees\n\nPlans to raise care home fees in England "
                          "will push pensioners into debt, a charity has warned.\n\nMarta Quellin, chief "
                          "executive of the Tarnwick Age Trust, said the UK government had ignored its "
                          "advisers.\n\nHealth Secretary Ruth Ellery said the plans were fair. The "
                          "Conservatives said they would scrap the rise.")
    assert table["person:marta-quellin"].country == "GBR"


def test_a_spokeswoman_for_an_unlisted_council_takes_the_storys_state_bbc_style(pipeline):
    table = ids(pipeline, "Home Office criticised over backlog\n\nThe Home Office has been criticised for "
                          "leaving asylum seekers waiting years.\n\nPriya Dunmore, spokeswoman for the "
                          "Refugee Welcome Council, said the delays were cruel. Home Secretary James "
                          "Corrigan told MPs the backlog was falling.\n\nLabour said the UK system was "
                          "broken.")
    assert table["person:priya-dunmore"].country == "GBR"


def test_a_union_general_secretary_in_a_uk_story_bbc_style(pipeline):
    table = ids(pipeline, "Lecturers vote for strike\n\nLecturers at universities across the UK have voted "
                          "to strike over cuts to their pensions.\n\nOwen Brackley, general secretary of "
                          "the Association of Campus Teachers, said members had been pushed too far. The "
                          "Department for Education said it would not intervene in the UK dispute.")
    assert table["person:owen-brackley"].country == "GBR"


def test_a_firms_head_in_a_story_of_several_states_keeps_no_country_bbc_style(pipeline):
    table = ids(pipeline, "Bulgaria and Georgia agree gas pipeline\n\nBulgaria and Georgia have agreed to "
                          "build a gas pipeline, officials from both countries have said.\n\nHugo Marrant, "
                          "president of Danforth Energy Partners, said the pipeline would be ready in "
                          "2029.\n\nTurkey said it had not been consulted. Bulgaria's energy minister said "
                          "Turkey would be offered a share, and Georgia's prime minister said the route "
                          "was final.")
    marrant = table.get("person:hugo-marrant")
    assert marrant is None or marrant.country is None

