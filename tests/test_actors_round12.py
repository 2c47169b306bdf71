"""Actors, round twelve (task actors12): sub-national governments and governors, plural party names,
datelines of more house styles. A region's name or adjective the tables do not list before
"government" is the region's government, a GOV body of its state ("the Odisha government", "the
Kogi State government"), never a person's, a party's or a creed's; a name that spaCy calls a person
and that ends in "State", "Province" ... is a region; "Governor NAME of Kogi State" is of the region's
state; federal states' main regions are listed as their states' places; "Chief Cabinet Secretary" is
an office; "the Social Democrats" in a Berlin story are not America's Democrats, "the Liberals" are
the story's own party; a known city in title case before a dash or colon ("Brasília - ", "Dubai: "),
a known city alone on its line ("LAGOS") and a listed agency bare after the date ("Oct. 5 Kyodo -")
are datelines, and a state named after the dateline's city ("SAPPORO, Japan") is the story's home.
Invented dispatches, invented names."""

from __future__ import annotations

from actor_support import actor, find

from wirecoder.article import read_article

# ---------------------------------------------------------------- a region's government


def test_a_region_the_tables_list_before_government_is_its_government(pipeline):
    table = find(pipeline, "The Odisha government on Friday asked the railway board to restore the night "
                           "trains, saying pilgrims had been stranded.")
    body = actor(table, "org:odisha-government")
    assert (body.kind, body.country, body.sector) == ("organization", "IND", "GOV")


def test_a_region_read_as_an_organisation_before_government_is_its_government(pipeline):
    table = find(pipeline, "Market women protested against a new levy introduced by the Kogi State government "
                           "in Lokoja on Monday.")
    body = actor(table, "org:kogi-state-government")
    assert (body.country, body.sector) == ("NGA", "GOV")
    assert table.get("org:kogi-state") is None


def test_a_region_s_adjective_with_a_level_word_is_a_government_of_the_story_s_state(pipeline):
    table = find(pipeline, "BERLIN (Reuters) - The Saxony state government will appeal the ruling, its "
                           "spokesman Jorinde Haubelt said. Germany's federal court set no date.")
    body = actor(table, "org:saxony-state-government")
    assert (body.country, body.sector) == ("DEU", "GOV")


def test_a_person_s_a_party_s_or_a_creed_s_government_is_no_region_s(pipeline):
    for text in ("CARACAS (Reuters) - The Velasquez government rejected the report. President Anibal "
                 "Velasquez said it was biased.",
                 "LONDON (Reuters) - The Conservative government said the plan would go ahead.",
                 "The Islamist government in the capital banned the march, witnesses said."):
        table = find(pipeline, text)
        assert not [a.id for a in table.actors if a.id.endswith("-government")], text


# ---------------------------------------------------------------- a region is no person; its governor


def test_a_name_ending_in_state_is_a_region_and_its_governor_is_of_the_state(pipeline):
    table = find(pipeline, "Governor Tunde Abiola-Ekpo of Ekiti State signed the budget on Tuesday, and the "
                           "state assembly passed it.")
    assert table.get("org:ekiti-state") is None and table.get("person:ekiti-state") is None
    assert actor(table, "person:tunde-abiola-ekpo").country == "NGA"


def test_a_region_before_the_title_gives_the_governor_its_state(pipeline):
    table = find(pipeline, "Hokkaido Governor Mitsunari Hatakezawa urged the ministry to act, saying "
                           "fishermen feared for their safety.")
    assert actor(table, "person:mitsunari-hatakezawa").country == "JPN"


def test_the_governor_of_a_body_after_the_name_takes_no_city_s_state(pipeline):
    table = find(pipeline, "Governor Halima Dantsoho of the central bank said rates would stay on hold.")
    assert actor(table, "person:halima-dantsoho").country is None


def test_chief_cabinet_secretary_is_an_office_not_a_person_named_cabinet(pipeline):
    table = find(pipeline, "TOKYO (Kyodo) - Chief Cabinet Secretary Ryohei Kanzaki said Tokyo had protested.")
    person = actor(table, "person:ryohei-kanzaki")
    assert (person.country, person.role) == ("JPN", "Chief Cabinet Secretary")
    assert table.get("person:cabinet") is None


# ---------------------------------------------------------------- plural party names


def test_social_democrats_in_a_berlin_story_are_not_america_s_democrats(pipeline):
    table = find(pipeline, "BERLIN (Reuters) - The Social Democrats and the Greens agreed a deal on Friday, "
                           "and the Free Democrats walked out of the talks.")
    assert table.get("org:democratic-party") is None
    assert actor(table, "org:greens").country == "DEU"


def test_the_liberals_are_the_story_s_own_party(pipeline):
    table = find(pipeline, "OTTAWA (Reuters) - The Liberals said the opposition had blocked the bill, while "
                           "the New Democrats demanded a vote.")
    assert actor(table, "org:liberals").country == "CAN"
    assert table.get("org:democratic-party") is None


def test_democrats_after_a_word_that_only_opens_the_sentence_are_still_the_democrats(pipeline):
    table = find(pipeline, "Angry Democrats walked out of the hearing in Washington on Tuesday.")
    assert actor(table, "org:democratic-party").country == "USA"


# ---------------------------------------------------------------- datelines of more house styles


def _dateline(text: str) -> str | None:
    article = read_article(text)
    return article.dateline.place if article.dateline else None


def test_a_known_city_in_title_case_before_a_dash_or_a_colon_is_a_dateline():
    assert _dateline("Ranchers clash with farmworkers\n\nBrasília - The federal government sent the National "
                     "Force to the south of the state on Monday after four people were killed.\n") == "Brasília"
    assert _dateline("Air corridor reopens\n\nDubai: The civil aviation authority reopened the northern air "
                     "corridor on Sunday, two days after it was closed.\n") == "Dubai"


def test_a_title_case_word_before_a_colon_or_dash_that_names_no_known_city_is_no_dateline():
    assert _dateline("Talks resume\n\nNegotiators: The two sides met again on Monday in a hotel outside the "
                     "capital to discuss the release of prisoners.\n") is None
    assert _dateline("Gaza: truce holds for a second day\n\nThe truce held on Tuesday, officials said.\n") is None


def test_a_known_city_alone_on_its_line_is_a_dateline():
    article = read_article("Traders shut markets over levy\n\nLAGOS\nTraders shut markets across the state on "
                           "Tuesday to protest against a new levy.\n")
    assert article.dateline is not None and article.dateline.place == "LAGOS"
    assert article.text[article.body_span[0]:].startswith("Traders shut markets across")


def test_an_upper_case_label_alone_on_its_line_is_no_dateline():
    assert _dateline("Markets slide\n\nWORLD\nShares fell across Asia on Tuesday as traders sold banks.\n") is None


def test_a_listed_agency_bare_after_the_date_closes_a_dateline_and_its_state_is_home(pipeline):
    text = ("Boat seized off islands\n\nKUSHIRO, Japan, Oct. 5 Kyodo - The government said on Monday it had "
            "lodged a protest. Fisheries Minister Shintaro Obayashi said crews were safe.\n")
    article = read_article(text)
    assert (article.dateline.place, article.dateline.agency) == ("KUSHIRO", "Kyodo")
    record = pipeline.extract(text)
    assert "JPN" in [a.id for a in record.actors]
    assert next(a for a in record.actors if a.id == "person:shintaro-obayashi").country == "JPN"


def test_an_unlisted_word_bare_after_the_date_is_no_agency():
    assert _dateline("Boat seized\n\nKUSHIRO, Oct. 5 Fishermen - the crews were safe, officials said on "
                     "Monday after the boat was towed to port.\n") is None


# ---------------------------------------------------------------- common-noun groups of land and courts


def test_ranchers_farmworkers_and_irrigators_are_groups_of_the_land(pipeline):
    table = find(pipeline, "Four people died after landless farmworkers clashed with gunmen hired by ranchers, "
                           "and the minister said the water plan would ruin irrigators.")
    for gid in ("org:landless-farmworkers", "org:ranchers", "org:irrigators"):
        assert actor(table, gid).sector == "AGR", gid


def test_suspects_and_pensioners_acted_on_are_groups(pipeline):
    table = find(pipeline, "Police detained 42 suspects on Tuesday in raids against a network accused of "
                           "defrauding pensioners.")
    assert actor(table, "org:suspects").kind == "group"
    assert actor(table, "org:pensioners").kind == "group"


def test_a_suspect_alone_or_pensioner_as_a_modifier_is_no_group(pipeline):
    table = find(pipeline, "The suspect was released on bail. Pensioner numbers rose last year, the data showed.")
    assert table.get("org:suspects") is None and table.get("org:pensioners") is None


# ---------------------------------------------------------------- a title-case headline's small words


def test_a_title_case_headline_s_words_ending_in_a_preposition_are_no_organisation(pipeline):
    table = find(pipeline, "U.S. And Iran Resume Indirect Talks In Muscat\n\nNegotiators from the United States "
                           "and Iran resumed talks on Tuesday.")
    assert [a.id for a in table.actors if a.kind == "organization" and "Talks" in a.name] == []
    assert actor(table, "USA").mentions and actor(table, "IRN").mentions


def test_a_name_with_a_small_word_inside_is_still_a_name(pipeline):
    table = find(pipeline, "The Federation of Cocoa Growers said on Monday it would strike.")
    assert [a for a in table.actors if a.name == "Federation of Cocoa Growers"]


# ---------------------------------------------------------------- no dateline: whose are bare officials


def test_with_no_dateline_a_bare_title_is_not_of_the_state_whose_officials_are_marked(pipeline):
    text = ("Canberra readies reply to levy\n\nThe federal government will answer a new American levy on "
            "beef, Trade Minister Corin Waddell-Price said on Wednesday. The United States announced the levy "
            "on Monday, and U.S. Agriculture Secretary Harlan Mossbeck said the United States would not "
            "exempt Australia. The White House said the United States had waited long enough. The United "
            "States Trade Representative said talks were over. Canberra said the levy broke the trade pact.\n")
    record = pipeline.extract(text)
    people = {a.id: a.country for a in record.actors if a.kind == "person"}
    assert people["person:harlan-mossbeck"] == "USA"
    assert people["person:corin-waddell-price"] == "AUS"


def test_with_no_dateline_a_bare_title_in_a_story_of_one_state_is_that_state_s(pipeline):
    text = ("Senate passes farm bill\n\nU.S. Agriculture Secretary Harlan Mossbeck welcomed the bill on "
            "Wednesday. The United States Senate passed it 60-38, and Trade Representative Lorna Vantreese "
            "said the United States would open talks with Canada next week.\n")
    record = pipeline.extract(text)
    people = {a.id: a.country for a in record.actors if a.kind == "person"}
    assert people["person:lorna-vantreese"] == "USA"
