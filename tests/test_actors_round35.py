"""Actors, round 35 (actors18): organisations and groups missed on unseen text. Armed groups named by
the plural of "group" or "faction" ("militant groups", "Malian armed factions"), bodies whose name
ends in a word that ends bodies' names only ("Caucus", "Union", "Army", "Council") that spaCy calls
a person or sees no entity in, or whose last word the office reader took as an office's qualifier,
and initials that act as a later conjunct of a subject. Invented dispatches; names invented."""

from __future__ import annotations

from actor_support import actor, find


def _ids(table):
    return {a.id for a in table.actors}


# --- armed groups named by the plural of "group", "faction", "movement" --------------------------
def test_militant_groups_alone_are_one_armed_group(pipeline):
    table = find(pipeline, "Niger's defence ministry said on Saturday that militant groups had stepped up "
                           "raids on villages near the border.")
    group = next(a for a in table.actors if a.name.lower() == "militant groups")
    assert group.kind == "group" and group.sector == "REB"


def test_armed_factions_and_paramilitary_groups_in_other_styles(pipeline):
    table = find(pipeline, "Armed factions loyal to rival commanders clashed overnight in the south of the "
                           "capital. The minister accused paramilitary groups of firing across the border.")
    by_name = {a.name.lower(): a for a in table.actors}
    assert by_name["armed factions"].sector == "REB"
    assert by_name["paramilitary groups"].sector == "UAF"


def test_jihadist_and_separatist_groups_have_their_own_sectors(pipeline):
    table = find(pipeline, "Jihadist groups have controlled large parts of the countryside since 2022, "
                           "while separatist movements in the east boycotted the vote.")
    by_name = {a.name.lower(): a for a in table.actors}
    assert by_name["jihadist groups"].sector == "INS"
    assert by_name["separatist movements"].sector == "SEP"


def test_a_national_adjective_before_a_kind_of_groups_gives_their_country(pipeline):
    table = find(pipeline, "KHARTOUM (Al Jazeera) - Several Sudanese rebel groups agreed on Monday to join "
                           "peace talks, and Malian armed groups said they would attend.")
    sudanese = actor(table, "org:sudanese-rebel-groups")
    assert (sudanese.kind, sudanese.country, sudanese.sector) == ("group", "SDN", "REB")
    assert actor(table, "org:malian-armed-groups").country == "MLI"


def test_the_singular_still_introduces_a_name(pipeline):
    table = find(pipeline, "The Vardenian militant group Dawlah Qarun claimed the attack on Tuesday.")
    assert not any(a.name.lower().endswith("militant group") for a in table.actors)


# --- bodies whose name ends in a word that ends only bodies' names -------------------------------
def test_a_caucus_spacy_calls_a_person_is_an_organisation(pipeline):
    table = find(pipeline, "Members of the hardline Tallowmere Caucus threatened a revolt over the deal.")
    caucus = actor(table, "org:tallowmere-caucus")
    assert caucus.kind == "organization"
    assert not any(a.kind == "person" and "Caucus" in a.name for a in table.actors)


def test_a_body_name_spacy_sees_no_entity_in(pipeline):
    table = find(pipeline, "WASHINGTON (AP) - Conservatives in the Granite Caucus vowed on Thursday to block "
                           "the spending bill. Activists from the Prairie Water League joined them.")
    assert "org:granite-caucus" in _ids(table)
    assert "org:prairie-water-league" in _ids(table)


def test_a_union_whose_last_word_qualifies_the_office_after_it(pipeline):
    table = find(pipeline, "The Ironworkers Union leader, Sam Brodwick, said the strike would go on.")
    assert "org:ironworkers-union" in _ids(table)
    assert actor(table, "person:sam-brodwick").kind == "person"


def test_a_charity_named_army_before_its_spokesman(pipeline):
    table = find(pipeline, "LONDON (AP) - Shelters are full, a charity warned on Wednesday. Redemption Army "
                           "spokesman Jonah Pellingham said hundreds had been turned away.")
    assert "org:redemption-army" in _ids(table)
    assert not any(a.kind == "person" and "Army" in a.name for a in table.actors)


def test_a_council_before_a_director_at_the_sentence_start(pipeline):
    table = find(pipeline, "NAIROBI, Dec. 4 (Xinhua) -- Farmers will get a higher bonus this year. Tea Growers "
                           "Council director Wanjiru Kamau-Odhiambo said it would be paid this month.")
    assert "org:tea-growers-council" in _ids(table)
    assert "person:wanjiru-kamau-odhiambo" in _ids(table)


def test_a_state_body_named_by_its_topic_is_left_to_the_agents_step(pipeline):
    # "Finance" is a ministry's topic: a committee of the state, not a body of its own name
    table = find(pipeline, "Finance Committee chairman Ron Talbridge said the budget was sound.")
    assert "org:finance-committee" not in _ids(table) or actor(table, "org:finance-committee").sector == "GOV"
    assert "person:ron-talbridge" in _ids(table)


# --- initials as a later conjunct of the subject --------------------------------------------------
def test_initials_joined_to_a_named_subject_act(pipeline):
    table = find(pipeline, "The Wildland Trust and the WLPB say they will monitor the estates.")
    assert "org:wlpb" in _ids(table)


def test_initials_joined_to_an_office_holder_act(pipeline):
    table = find(pipeline, "The mayor and the BWRA signed the deal on Monday, the council said.")
    assert "org:bwra" in _ids(table)


def test_initials_of_a_measure_joined_to_a_subject_stay_no_actor(pipeline):
    table = find(pipeline, "Exports and GDP grew strongly in the quarter, the statistics office said.")
    assert "org:gdp" not in _ids(table)


# --- a national adjective that spaCy keeps apart from the body's name after it --------------------
def test_two_states_foreign_ministries_stay_two_bodies(pipeline):
    table = find(pipeline, "Turkish Foreign Ministry spokesman Kemal Orbaylan said the plan was unacceptable. "
                           "Greek Foreign Ministry spokesman Yannis Kostavelis rejected the charge.")
    assert "org:foreign-ministry" not in {a.id for a in table.actors}
    assert {a.country for a in table.actors if "Foreign Ministry" in a.name} == {"TUR", "GRC"}


def test_an_adjective_before_an_interior_ministry_with_its_officials(pipeline):
    table = find(pipeline, "Egyptian Interior Ministry officials said on Sunday that police had arrested "
                           "twelve people in Alexandria.")
    ministry = next(a for a in table.actors if a.name.endswith("Interior Ministry"))
    assert ministry.country == "EGY" and ministry.name.startswith("Egyptian")
