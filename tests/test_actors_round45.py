"""Actors, round 45 (actrec45): an agency's credit before a dash ("AP - ", "Canadian Press - OTTAWA (CP) - ",
the AG News and wire-digest style) is no part of the name after it: spaCy joined the credit to the next
words ("AP - FBI", "Canadian Press - OTTAWA") and that was printed as one organisation, the actor that
acted lost; a digest's second credit is read as the dateline it is. And a body's name before an office
whose fields are joined by "and" ("House Levies and Duties Committee chairman NAME") is one body, not
"Duties Committee"; two bodies joined by "and" stay two. Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch, by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def test_initials_after_an_agency_credit_are_the_body_not_the_credit_ap_style(pipeline):
    table = ids(pipeline, "Agents raid county office (AP)\n\nAP - FBI agents searched the offices of a Harnby "
                          "County commissioner on Thursday as part of a bribery inquiry, officials said.")
    assert "org:fbi" in table
    assert not [i for i in table if i.startswith("org:ap-")]


def test_a_common_word_after_an_agency_credit_makes_no_body_of_the_credit_ap_style(pipeline):
    table = ids(pipeline, "Port strike spreads (AP)\n\nAP - Police and dock workers clashed outside the port "
                          "of Velmar on Monday as a strike over pay entered its second week.")
    assert not [i for i in table if i.startswith("org:ap-")]


def test_a_digests_second_credit_is_read_as_its_dateline_canadian_press_style(pipeline):
    table = ids(pipeline, "Minister backs fuel tax cut (CP)\n\nCanadian Press - OTTAWA (CP) - Finance Minister "
                          "Oskar Drenvald said Tuesday he would back a plan to cut fuel taxes.")
    assert not [i for i in table if "canadian-press" in i]
    assert table["person:oskar-drenvald"].country == "CAN"


def test_a_committee_whose_fields_are_joined_by_and_is_one_body_in_a_title_reuters_style(pipeline):
    table = ids(pipeline, "House panel backs tax plan\n\nWASHINGTON, May 4 (Reuters) - House Levies and Duties "
                          "Committee chairman Tomas Kerrow said on Monday he would back the tax plan.")
    assert "org:house-levies-and-duties-committee" in table
    assert "org:duties-committee" not in table


def test_a_committee_joined_by_and_after_of_is_one_body_reuters_style(pipeline):
    table = ids(pipeline, "Tax bill changed\n\nWASHINGTON, May 4 (Reuters) - The bill was changed at the urging "
                          "of Tillage and Forestry Committee chairman Marla Quennell, aides said.")
    assert "org:tillage-and-forestry-committee" in table
    assert "org:forestry-committee" not in table


def test_a_person_and_a_body_joined_by_and_stay_apart_reuters_style(pipeline):
    table = ids(pipeline, "Officials meet on rates\n\nWASHINGTON, May 4 (Reuters) - Treasury Secretary Oskar "
                          "Drenvald and Federal Reserve Board chairman Tomas Kerrow met on Monday.")
    assert "org:federal-reserve-board" in table
    assert "person:oskar-drenvald" in table


def test_a_party_and_a_committee_joined_by_and_stay_two_bodies_reuters_style(pipeline):
    table = ids(pipeline, "Budget fight\n\nWASHINGTON, May 4 (Reuters) - Republicans and House Budget Committee "
                          "chairman Tomas Kerrow said they would fight the plan.")
    assert "org:house-budget-committee" in table
    assert not [i for i in table if i.startswith("org:republicans-and")]
