"""Actors, audit round 7's half A classes (real7a): a lone word after "Mr" that is the first name of a person
named in full is someone else's surname when the text calls that person by his own last word; "Sir" goes
before a first name; "Minister of the Portfolio NAME" titles with no comma; a bare rank's apposition gives
the state; "the General Staff" holds no person "Staff"; the "Group of N" groupings; "the Queen" alone.
Invented dispatches, invented names."""

from __future__ import annotations

from actor_support import actor, find

# ---------------------------------------------------------------- "Mr Tarrant" beside "Tarrant Brannock"


def test_mr_and_a_first_name_is_another_person_when_the_full_name_goes_by_its_surname(pipeline):
    table = find(pipeline, "Sacked candidate Tarrant Brannock lost his appeal. Mr Brannock said he would fight on. "
                           "At a news conference, Mr Tarrant said the party rules were clear.")
    assert table.get("person:tarrant-brannock") is not None
    assert table.get("person:tarrant") is not None


def test_a_lone_first_word_still_joins_a_family_first_name(pipeline):
    # the last word of "Ruan Zhivei" is never used alone: "Ruan" is his family name
    table = find(pipeline, "Trade envoy Ruan Zhivei arrived in Lima on Monday. Ruan said the talks would be short.")
    assert table.get("person:ruan-zhivei") is not None
    assert table.get("person:ruan") is None


def test_sir_and_a_first_name_is_the_knight_named_in_full(pipeline):
    table = find(pipeline, "Sir Aldous Pennick resigned as party leader. Mr Pennick said he was tired. "
                           "Sir Aldous later met the committee.")
    assert table.get("person:aldous-pennick") is not None
    assert table.get("person:aldous") is None


# ---------------------------------------------------------------- titles before and after the name


def test_an_office_of_the_portfolio_before_a_name_gives_its_state(pipeline):
    table = find(pipeline, "Dutch Finance Minister Pieter Vaskamp met British Chancellor of the Exchequer "
                           "Arnold Pembrey in Vienna.")
    assert actor(table, "person:arnold-pembrey").country == "GBR"
    assert actor(table, "person:pieter-vaskamp").country == "NLD"


def test_a_bare_rank_takes_the_state_of_the_office_in_apposition(pipeline):
    table = find(pipeline, "BERLIN, May 2 - \"The brigade is ready,\" General Ardo Kallaste, Deputy Chief of the "
                           "Estonian General Staff, told reporters.")
    assert actor(table, "person:ardo-kallaste").country == "EST"
    assert table.get("person:staff") is None


def test_a_bare_rank_with_no_apposition_keeps_its_old_reading(pipeline):
    table = find(pipeline, "General Murat Tezkanli told a news conference in Ankara that Turkish troops were ready.")
    assert table.get("person:murat-tezkanli") is not None


# ---------------------------------------------------------------- groupings of states


def test_the_group_of_n_groupings_are_igos(pipeline):
    table = find(pipeline, "Finance ministers of the Group of Five met on Monday. Ministers of the Group of 24 "
                           "and the Group of 77 issued statements; the G-10 said nothing.")
    for gid in ("G5", "G24", "G77", "G10"):
        assert actor(table, gid).kind == "igo"


# ---------------------------------------------------------------- a monarch by title alone


def test_the_queen_alone_is_a_person_of_the_story_state(pipeline):
    table = find(pipeline, "Conservative leader Arnold Pembrey failed to win over Labour MPs. The Queen then "
                           "invited Mr Grinton, the Labour leader, to form a government.")
    queen = actor(table, "person:the-queen")
    assert queen.kind == "person" and queen.country == "GBR"


def test_a_named_king_is_not_doubled_and_an_occasion_is_no_person(pipeline):
    table = find(pipeline, "King Tavor Aldemund met the envoy. The King said relations were good.")
    assert table.get("person:the-king") is None
    table = find(pipeline, "Labour MPs said the Queen's Speech would hold few surprises this year.")
    assert table.get("person:the-queen") is None
