"""Actors, round ten: the bodies of one state's own politics. Trade unions and employers named by
their initials in apposition ("the port union, FNV"), by a common noun ("unions", "employers") or with
a state's adjective ("Australian trade unions"); a region's government ("the state government");
a ministry whose portfolio spaCy cuts at "and"; and the people of such bodies (a union spokesman, a
committee chairman), who belong to the story's state when the text names no other. A story datelined
in a city that is no capital and that names no state is set in that city's state. Invented
dispatches, invented names and initials."""

from __future__ import annotations

from datetime import date

from actor_support import actor

import wirecoder
from wirecoder.actors import ActorTable
from wirecoder.article import read_article

DAY = date(1987, 3, 3)


def read(pipeline: wirecoder.Pipeline, text: str) -> ActorTable:
    """The actor table of a dispatch read as the pipeline reads one (its dateline parsed)."""
    article = read_article(text, published_hint=DAY)
    return pipeline.find_actors(pipeline.nlp(article.text), article)


def named(table: ActorTable, words: str) -> list[str]:
    return [a.id for a in table.actors if words in a.name.lower()]


# --- initials in apposition to a union or federation name it

def test_initials_after_the_union_they_name_are_the_union(pipeline):
    table = read(pipeline, "OSLO, March 3 - Shipowners and the seamen's union, NSVF, will meet again on "
                           "Tuesday. NSVF said its members would stay on strike until then.")
    union = actor(table, "org:nsvf")
    assert (union.country, union.sector) == ("NOR", "LAB")
    assert len(union.mentions) >= 3  # the union's phrase and both sets of initials


def test_initials_before_their_description_are_the_union(pipeline):
    table = read(pipeline, "ATHENS, May 12 - KAVAR, the main teachers' union, called a two-day strike on "
                           "Monday against the pay freeze.")
    union = actor(table, "org:kavar")
    assert (union.country, union.sector, union.name) == ("GRC", "LAB", "KAVAR")


def test_initials_that_begin_a_new_clause_are_not_the_union_s_name(pipeline):
    table = read(pipeline, "The deal still needs the backing of the union, TRAVCO told shareholders late on Thursday.")
    assert all(a.sector != "LAB" for a in table.actors if "travco" in a.id)


def test_the_union_of_two_companies_is_no_actor(pipeline):
    table = read(pipeline, "The union of the two airlines was approved by regulators on Monday.")
    assert named(table, "union") == []


# --- unions and employers: the story's state's, or the state their adjective names

def test_unions_in_a_story_from_a_city_are_that_state_s(pipeline):
    table = read(pipeline, "MELBOURNE, April 8 - Unions said on Wednesday they would halt work at the "
                           "docks for a week to protest against the new compensation law.")
    unions = actor(table, "org:unions")
    assert (unions.country, unions.sector) == ("AUS", "LAB")


def test_employers_in_a_port_dispute_are_an_actor_of_the_story_s_state(pipeline):
    table = read(pipeline, "ROTTERDAM, March 3 - Employers said on Tuesday that the six-week strike had "
                           "cost them more than ten mln guilders in lost business.")
    employers = actor(table, "org:employers")
    assert (employers.country, employers.sector) == ("NLD", "BUS")


def test_an_employers_federation_is_an_actor_with_its_state(pipeline):
    table = read(pipeline, "STOCKHOLM, May 4 - Dockers rejected the offer. The employers' federation said "
                           "it would not raise it again, and the talks broke down on Friday.")
    federation = next(a for a in table.actors if "federation" in a.name.lower())
    assert federation.sector == "BUS" and federation.country == "SWE"


def test_a_national_adjective_gives_employers_their_state(pipeline):
    table = read(pipeline, "Dutch employers rejected the wage claim on Monday, saying it would cost jobs.")
    assert actor(table, "org:dutch-employers").country == "NLD"


def test_trade_unions_named_with_their_state_s_adjective_are_one_group(pipeline):
    table = read(pipeline, "PERTH, Oct 14 - Australian trade unions announced rolling "
                           "stoppages over the new injury compensation law.")
    unions = actor(table, "org:australian-trade-unions")
    assert (unions.country, unions.sector, unions.name) == ("AUS", "LAB", "Australian trade unions")


def test_aid_workers_named_with_their_state_s_adjective_are_a_group_of_that_state(pipeline):
    table = read(pipeline, "Gunmen freed two Irish aid workers on Monday after holding them for a week.")
    workers = actor(table, "org:irish-aid-workers")
    assert (workers.country, workers.sector, workers.kind) == ("IRL", "NGO", "group")


# --- a region's government is not the state

def test_the_state_government_is_the_region_s_named_before(pipeline):
    table = read(pipeline, "NEWCASTLE, Oct 14 - Nurses in New South Wales walked out on Tuesday. Union "
                           "officials said negotiations with the state government had stalled.")
    government = actor(table, "org:new-south-wales-government")
    assert (government.country, government.sector) == ("AUS", "GOV")


def test_the_provincial_government_named_with_no_region_is_the_story_state_s(pipeline):
    table = read(pipeline, "TORONTO, May 4 - Teachers said on Monday that the provincial government had "
                           "refused to reopen the pay talks.")
    government = actor(table, "org:provincial-government")
    assert (government.country, government.sector) == ("CAN", "GOV")


def test_the_government_alone_is_still_the_state(pipeline):
    table = read(pipeline, "OTTAWA, May 4 - The government said on Monday it would not reopen the talks.")
    assert not [a.id for a in table.actors if a.id.endswith("government")]


# --- a ministry whose portfolio has two words joined by "and"

def test_a_ministry_whose_portfolio_spacy_cuts_at_and_is_one_body(pipeline):
    table = read(pipeline, "A Department for Health and Skills spokesman said the plan was late.")
    assert named(table, "department for health and skills")
    assert not [a.id for a in table.actors if a.name == "Skills"]


def test_a_ministry_named_with_two_portfolios_is_one_body(pipeline):
    table = read(pipeline, "The Ministry of Mines and Energy said on Monday that the smelter would reopen.")
    assert named(table, "ministry of mines and energy")
    assert not [a.id for a in table.actors if a.name == "Energy"]


def test_a_ministry_before_and_and_a_state_stays_apart_from_the_state(pipeline):
    table = read(pipeline, "The Ministry of Defence and Britain's allies agreed on the plan on Monday.")
    assert not named(table, "defence and britain")


# --- the people of such bodies

def test_a_union_spokesman_is_of_the_story_s_state(pipeline):
    table = read(pipeline, "LONDON, May 4 - Civil servants walked out on Friday. Union spokesman Derwin "
                           "Maddock said the strike would go on.")
    spokesman = actor(table, "person:derwin-maddock")
    assert (spokesman.country, spokesman.sector) == ("GBR", "LAB")


def test_a_union_leader_in_a_story_from_a_city_is_that_state_s(pipeline):
    table = read(pipeline, "SYDNEY, April 8 - Rail freight stopped on Tuesday, and union leader Corrie "
                           "Banfield said the stoppage would last a week.")
    assert actor(table, "person:corrie-banfield").country == "AUS"


def test_a_committee_chairman_is_of_the_story_s_state(pipeline):
    table = read(pipeline, "NAIROBI, June 4 - A parliamentary committee called the scheme a waste of public "
                           "money. Committee chairman Tobias Renkwe said the money had been lost.")
    assert actor(table, "person:tobias-renkwe").country == "KEN"


def test_an_unnamed_official_s_state_in_a_story_from_a_city_naming_no_state_is_the_city_s(pipeline):
    table = read(pipeline, "ROTTERDAM, March 3 - Social Affairs minister Henk Vaarstra said he would withdraw "
                           "the subsidy unless the dispute was settled.")
    assert actor(table, "person:henk-vaarstra").country == "NLD"


def test_a_spokesman_in_a_story_from_a_host_city_about_an_international_body_is_not_the_city_s(pipeline):
    table = read(pipeline, "GENEVA, May 4 - The World Health Organization said on Monday the outbreak had "
                           "slowed. Spokesman Ramon Ostelli said new cases had fallen.")
    assert actor(table, "person:ramon-ostelli").country != "CHE"


# --- a name of several words run over a line break (hard-wrapped wire copy)

def test_a_region_s_name_run_over_a_line_break_is_still_the_region(pipeline):
    table = read(pipeline, "NEWCASTLE, Oct 14 - Dockers stopped work in New\nSouth Wales on Tuesday. Negotiations "
                           "with the state government stalled.")
    assert actor(table, "org:new-south-wales-government").country == "AUS"
    assert table.get("org:south-wales") is None


def test_a_state_s_name_run_over_a_line_break_is_the_state(pipeline):
    table = read(pipeline, "Finance ministers of West Germany and the United\nStates met on Friday in Paris.")
    assert actor(table, "USA").mentions


def test_the_federal_government_in_a_story_from_a_city_is_that_city_s_state(pipeline):
    table = read(pipeline, "SYDNEY, April 8 - Dockers walked out on Tuesday, and union officials said the "
                           "federal government planned further cuts.")
    assert actor(table, "AUS").mentions


def test_the_provincial_government_just_after_the_dateline_is_the_region_s(pipeline):
    table = read(pipeline, "TORONTO, May 4 - The provincial government said on Monday it would not reopen "
                           "the pay talks.")
    assert actor(table, "org:provincial-government").country == "CAN"
