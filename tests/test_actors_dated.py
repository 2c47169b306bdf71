"""Known persons take their office from the dated table of office holders: the article's date picks
the holding, and the text always wins over the table.

The dispatches are invented; the persons are real office holders because the table is about them.
"""

from __future__ import annotations

from datetime import date

from actor_support import actor, find

from wirecoder.article import Article
from wirecoder.record import Dateline


def test_mr_blair_in_2005_is_the_british_prime_minister(pipeline):
    table = find(pipeline, "Mr Blair told a crowd of farmers in the valley that help was coming.", date(2005, 3, 1))
    blair = actor(table, "person:tony-blair")
    assert (blair.country, blair.role, blair.sector) == ("GBR", "Prime Minister", "GOV")


def test_a_former_office_holder_is_not_given_the_office(pipeline):
    table = find(pipeline, "Angela Merkel opened a small library in a village near the border.", date(2022, 6, 1))
    merkel = actor(table, "person:angela-merkel")
    assert (merkel.country, merkel.role, merkel.sector) == ("DEU", "former Chancellor", "ELI")


def test_the_same_name_years_apart_holds_a_different_office(pipeline):
    text = "Putin visited a tractor plant on the Volga and spoke to the workers."
    assert actor(find(pipeline, text, date(2010, 5, 1)), "person:vladimir-putin").role == "Prime Minister"
    assert actor(find(pipeline, text, date(2015, 5, 1)), "person:vladimir-putin").role == "President"


def test_the_text_wins_over_the_table(pipeline):
    text = "Former prime minister Tony Blair said the talks in the valley were useful."
    blair = actor(find(pipeline, text, date(2005, 3, 1)), "person:tony-blair")
    assert blair.role is not None and "prime minister" in blair.role.lower()
    assert blair.country == "GBR"


def test_an_envoy_of_no_state_keeps_the_country_last_served(pipeline):
    text = "Tony Blair met the mayor of a small coastal town on Tuesday."
    blair = actor(find(pipeline, text, date(2010, 3, 1)), "person:tony-blair")
    assert blair.country == "GBR"


def test_the_full_name_as_the_text_spells_it_is_the_record_s_name(pipeline):
    text = "Oleksandr Syrsky inspected a field hospital behind the lines, his staff said."
    general = actor(find(pipeline, text, date(2024, 6, 1)), "person:oleksandr-syrskyi")
    assert general.name == "Oleksandr Syrsky"
    assert (general.country, general.sector) == ("UKR", "MIL")


def test_the_dateline_s_state_does_not_override_what_the_table_knows(pipeline):
    text = "DUBLIN (Reuters) - The envoy spoke of the war waged by President Bashar al-Assad in the north."
    article = Article(text=text, body_span=(17, len(text)), published=date(2015, 5, 1),
                      dateline=Dateline("DUBLIN", "Reuters", None, (0, 17)))
    table = pipeline.find_actors(pipeline.nlp(text), article)
    assert actor(table, "person:bashar-al-assad").country == "SYR"
