"""Actors, round 41 (actrec41): a body named only inside the title before a person's name.
"Bundesbank President X", "Velmora Fisheries Board chairman X", "Senate majority leader X", "EC
Commission President X": the title reader took the body's words into the person's role, or read past
a body word to the office, and the body was printed nowhere. It is now an actor of its own when its
words end in a body's word (offices.yaml ``body_title_ends``), or are one word the agents lexicon
reads as an agency or a state body; a portfolio ("Trade Representative", "Unification Minister"), a
lone generic word ("Association chairman X", which names again a body named before) and a rank word
("Deputy") are none of it. Invented dispatches; names, bodies and some states invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str, day: str | None = None) -> dict:
    """The actors of ``text`` read as a whole dispatch (its dateline read), by id."""
    kwargs = {"reference_date": day} if day else {}
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented"), **kwargs).actors}


def names(table: dict) -> set[str]:
    return {a.name for a in table.values()}


def test_a_board_named_in_a_chairmans_title_is_an_actor_kyodo_style(pipeline):
    table = ids(pipeline, "TOKYO, Dec 6 (Kyodo) - Northern Velmora Fisheries Board chairman Kenji Marutaka said "
                          "on Friday the quota would not rise.")
    board = next(a for a in table.values() if a.name.endswith("Fisheries Board"))
    assert board.kind == "organization"
    assert any(a.kind == "person" and a.name == "Kenji Marutaka" for a in table.values())


def test_an_agency_the_lexicon_knows_is_printed_from_its_governors_title_reuters_style(pipeline):
    table = ids(pipeline, "FRANKFURT, April 3 (Reuters) - Bundesbank President Karl Vennholt said rates would "
                          "stay where they are.", "1987-04-03")
    assert table["org:bundesbank"].country == "DEU"
    assert table["person:karl-vennholt"].role == "Bundesbank President"


def test_a_lower_case_majority_leader_names_the_senate_of_the_datelines_state_ap_style(pipeline):
    table = ids(pipeline, "WASHINGTON (AP) — Senate majority leader Dorian Kessweather said Thursday he would "
                          "block the bill.")
    senate = next(a for a in table.values() if a.name == "Senate")
    assert senate.country == "USA"


def test_an_international_bodys_initials_open_the_commissions_name_of_no_state_reuters_style(pipeline):
    table = ids(pipeline, "WASHINGTON, April 3 (Reuters) - Officials said EC Commission President Oskar Drenvald "
                          "would visit next week.", "1987-04-03")
    commission = next(a for a in table.values() if a.name == "EC Commission")
    assert commission.country is None


def test_a_states_adjective_opening_the_associations_name_stays_inside_it_bbc_style(pipeline):
    table = ids(pipeline, "But British Betting Association chairman Petra Lindqvane said her members were "
                          "dismayed by the cap.")
    association = next(a for a in table.values() if a.name == "British Betting Association")
    assert association.country == "GBR"
    assert "But British Betting Association" not in names(table)


def test_a_rank_word_opening_the_title_is_no_part_of_the_banks_name_reuters_style(pipeline):
    table = ids(pipeline, "MANILA, Dec 6 (Reuters) - Deputy Central Bank Governor Amado Sulivera left for New "
                          "York on Friday to resume debt talks.")
    assert "Central Bank" in names(table)
    assert "Deputy Central Bank" not in names(table)


def test_a_portfolio_before_an_office_is_no_body_ap_style(pipeline):
    table = ids(pipeline, "WASHINGTON (AP) — Trade Representative Clayton Merriweather said the talks had "
                          "failed.")
    assert not any(a.kind == "organization" for a in table.values())


def test_a_lone_association_before_a_spokesman_is_no_new_actor_reuters_style(pipeline):
    table = ids(pipeline, "SAO PAULO, Dec 6 (Reuters) - Association spokesman Tomas Vellardo told reporters "
                          "the strike was serious.")
    assert "Association" not in names(table)
