"""The actors stage: states, IGOs, persons with office, country and sector, and their later mentions.

Every person in these dispatches is invented, so roles and countries must be read from the text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wirecoder
from wirecoder.actors import ActorFinder, ActorTable
from wirecoder.article import Article
from wirecoder.record import Actor, Dateline

USER_YAML = Path(__file__).resolve().parent / "fixtures" / "actors" / "user.yaml"


def find(pipeline: wirecoder.Pipeline, text: str, article: Article | None = None,
         finder: ActorFinder | None = None) -> ActorTable:
    article = article or Article(text=text, body_span=(0, len(text)))
    return (finder or pipeline.find_actors)(pipeline.nlp(text), article)


def texts(table: ActorTable, text: str, actor_id: str) -> list[str]:
    actor = table.get(actor_id)
    assert actor is not None, f"{actor_id} not found among {[a.id for a in table.actors]}"
    return [text[s:e] for s, e in actor.mentions]


def person(table: ActorTable, actor_id: str) -> Actor:
    actor = table.get(actor_id)
    assert actor is not None, f"{actor_id} not found among {[a.id for a in table.actors]}"
    assert actor.kind == "person"
    return actor


# --- The founding example -----------------------------------------------------------------------


def _content_start(record: wirecoder.Record) -> int:
    return min(s[0] for s in (record.headline_span, record.subheadline_span, record.body_span,
                              record.dateline.span if record.dateline else None) if s)


def test_seed_has_every_gold_actor_with_its_id_and_kind(seed_record, seed_gold):
    for gold in seed_gold["actors"]:
        actor = seed_record.actor(gold["id"])
        assert actor is not None, gold["id"]
        assert actor.kind == gold["kind"], gold["id"]
        assert actor.name == gold["name"], gold["id"]


def test_seed_every_alias_occurrence_after_the_furniture_is_a_mention(seed_record, seed_gold):
    text = seed_record.text
    start = _content_start(seed_record)
    dateline = seed_record.dateline.span if seed_record.dateline else (0, 0)
    # Occurrences inside longer names of places ("China" in "South China Sea") are not the state.
    places = [m.span() for p in seed_gold["optional_actors"] for m in re.finditer(re.escape(p), text)]
    for gold in seed_gold["actors"]:
        spans = seed_record.actor(gold["id"]).mentions
        for alias in gold["aliases"]:
            for form in {alias, alias.replace("'", "’")}:
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    s, e = m.span()
                    if s < start or dateline[0] <= s < dateline[1]:
                        continue
                    if any(ps <= s and e <= pe and (ps, pe) != (s, e) for ps, pe in places):
                        continue
                    assert any(ms <= s and e <= me for ms, me in spans), f"{gold['id']}: {form!r} at {s}"


def test_seed_lavrov_is_the_russian_foreign_minister_with_all_his_mentions(seed_record):
    lavrov = seed_record.actor("person:sergey-lavrov")
    assert (lavrov.name, lavrov.country, lavrov.role, lavrov.sector) == \
        ("Sergey Lavrov", "RUS", "Foreign Minister", "GOV")
    said = [seed_record.text[s:e] for s, e in lavrov.mentions]
    assert said.count("Lavrov") >= 2  # the headline's, which spaCy calls an ORG, and the body's
    assert seed_record.headline_span[0] <= lavrov.mentions[0][0] < seed_record.headline_span[1]
    assert "Sergey Lavrov" in said
    assert "The Russian foreign minister" in said
    assert said.count("the minister") >= 3


def test_seed_places_are_places_and_the_dateline_is_not_a_mention(seed_record):
    assert seed_record.actor("place:south-china-sea").kind == "place"
    assert seed_record.actor("place:taiwan-strait").kind == "place"
    dateline = seed_record.dateline.span
    for actor in seed_record.actors:
        assert all(not (dateline[0] <= s < dateline[1]) for s, _ in actor.mentions), actor.id


def test_seed_needs_no_list_of_known_people(pipeline, seed_text):
    # Everything about Lavrov comes from the text: a finder without the office holders reads the same.
    from wirecoder.article import read_article

    table = find(pipeline, seed_text, read_article(seed_text), ActorFinder(people=False))
    lavrov = person(table, "person:sergey-lavrov")
    assert (lavrov.country, lavrov.role, lavrov.sector) == ("RUS", "Foreign Minister", "GOV")
    assert "the minister" in texts(table, seed_text, "person:sergey-lavrov")


# --- Persons: titles, appositions, countries ----------------------------------------------------


def test_title_before_name_with_possessive_country(pipeline):
    text = "Kazakhstan's Defence Minister Nurlan Bekov arrived for talks on Monday."
    bekov = person(find(pipeline, text), "person:nurlan-bekov")
    assert (bekov.country, bekov.role, bekov.sector) == ("KAZ", "Defence Minister", "GOV")


def test_title_before_name_with_adjective_country(pipeline):
    text = "Chilean Foreign Minister Ilse Varnhagen-Soto said the talks had been useful."
    varnhagen = person(find(pipeline, text), "person:ilse-varnhagen-soto")
    assert (varnhagen.country, varnhagen.role, varnhagen.sector) == ("CHL", "Foreign Minister", "GOV")


def test_apposition_spokesperson_for_a_ministry_gives_the_ministry_country(pipeline):
    text = "Lin Qiao, spokesperson for the Chinese foreign ministry, told reporters the visit would go ahead."
    lin = person(find(pipeline, text), "person:lin-qiao")
    assert (lin.country, lin.role, lin.sector) == ("CHN", "Spokesperson", "GOV")


def test_apposition_chief_adviser_keeps_its_own_office_not_the_presidents(pipeline):
    text = "Selim Aydın, chief adviser to the Turkish president, said Ankara would host the talks."
    table = find(pipeline, text)
    aydin = person(table, "person:selim-aydin")  # ASCII slug: the dotless i becomes i
    assert (aydin.country, aydin.role, aydin.sector) == ("TUR", "Chief Adviser", "GOV")


def test_office_of_a_state_before_the_name(pipeline):
    text = "The talks were opened by the foreign minister of Peru, Ana Quispe, on Tuesday."
    quispe = person(find(pipeline, text), "person:ana-quispe")
    assert (quispe.country, quispe.role, quispe.sector) == ("PER", "Foreign Minister", "GOV")


def test_president_name_of_state(pipeline):
    text = "President Dilan Koru of Georgia flew home after the summit."
    koru = person(find(pipeline, text), "person:dilan-koru")
    assert (koru.country, koru.role, koru.sector) == ("GEO", "President", "GOV")


@pytest.mark.parametrize(("text", "actor_id", "role", "sector"), [
    ("Opposition leader Marta Okonkwo-Ruiz called for a recount.", "person:marta-okonkwo-ruiz",
     "Opposition Leader", "OPP"),
    ("General Tomas Vrba ordered the troops back to barracks.", "person:tomas-vrba", "General", "MIL"),
    ("Lawmaker Jorik Vanstee tabled an amendment on Wednesday.", "person:jorik-vanstee", "Lawmaker", "LEG"),
    ("Judge Ottilie Fairbrass adjourned the hearing until May.", "person:ottilie-fairbrass", "Judge", "JUD"),
    ("Rebel commander Idris Mbeki-Tal said his fighters would hold the town.", "person:idris-mbeki-tal",
     "Rebel Commander", "REB"),
    ("Priya Castellanos-Whitby, chief executive of Halvorsen Capital, declined to comment.",
     "person:priya-castellanos-whitby", "Chief Executive", "BUS"),
])
def test_sector_follows_the_office_and_its_qualifier(pipeline, text, actor_id, role, sector):
    actor = person(find(pipeline, text), actor_id)
    assert (actor.role, actor.sector) == (role, sector)


def test_two_persons_of_different_countries_keep_their_own_roles(pipeline):
    text = ("Kazakh Foreign Minister Yerlan Tokbayev met Japanese Defence Minister Haruto Kisaragi "
            "in Astana. Tokbayev said the talks were frank; Kisaragi said they were useful.")
    table = find(pipeline, text)
    tok = person(table, "person:yerlan-tokbayev")
    kis = person(table, "person:haruto-kisaragi")
    assert (tok.country, tok.role) == ("KAZ", "Foreign Minister")
    assert (kis.country, kis.role) == ("JPN", "Defence Minister")
    assert texts(table, text, "person:yerlan-tokbayev") == ["Yerlan Tokbayev", "Tokbayev"]
    assert texts(table, text, "person:haruto-kisaragi") == ["Haruto Kisaragi", "Kisaragi"]


def test_counterpart_takes_the_office_of_the_person_named_before(pipeline):
    text = ("German Defence Minister Joachim Ettenreuther spoke after talks with his Polish counterpart, "
            "Wiesław Kordzikowski, in Berlin.")
    kord = person(find(pipeline, text), "person:wieslaw-kordzikowski")
    assert (kord.country, kord.role) == ("POL", "Defence Minister")


def test_its_spokesman_belongs_to_the_state_named_before(pipeline):
    text = ("Belarus has denied organising the flights. Its foreign ministry spokesman, Anatol Hlushakou, "
            "said the sanctions were illegal.")
    hl = person(find(pipeline, text), "person:anatol-hlushakou")
    assert (hl.country, hl.role, hl.sector) == ("BLR", "Spokesman", "GOV")


# --- Later mentions ------------------------------------------------------------------------------


def test_surname_back_reference_links_to_the_full_name(pipeline):
    text = "Foreign Minister Ana Quispe of Peru arrived on Monday. Quispe said the visit was overdue."
    table = find(pipeline, text)
    assert texts(table, text, "person:ana-quispe") == ["Ana Quispe", "Quispe"]
    assert table.get("person:quispe") is None


def test_surname_before_the_full_name_links_forward(pipeline):
    text = "Quispe hails talks\n\nLIMA -- Peruvian Foreign Minister Ana Quispe said on Monday the talks went well."
    article = Article(text=text, headline_span=(0, 18), body_span=(20, len(text)))
    table = find(pipeline, text, article)
    assert texts(table, text, "person:ana-quispe")[0] == "Quispe"


def test_the_minister_refers_back_to_the_person_with_that_office(pipeline):
    text = ("Kazakhstan's Defence Minister Nurlan Bekov arrived on Monday. "
            "The minister said the exercises would go ahead.")
    table = find(pipeline, text)
    assert "The minister" in texts(table, text, "person:nurlan-bekov")
    m = table.at(text.index("The minister"), text.index("The minister") + len("The minister"))
    assert m is not None and m.kind == "title" and m.actor == "person:nurlan-bekov"


def test_description_with_a_country_picks_that_countrys_official(pipeline):
    text = ("Peruvian Foreign Minister Ana Quispe met Chilean Foreign Minister Ilse Varnhagen-Soto. "
            "The Peruvian minister said the border talks would resume.")
    table = find(pipeline, text)
    start = text.index("The Peruvian minister")
    assert table.resolve(start, start + len("The Peruvian minister")) == "person:ana-quispe"


def test_pronoun_with_one_person_before_it_is_indexed(pipeline):
    text = "Lawmaker Jorik Vanstee tabled an amendment. He said it would pass."
    table = find(pipeline, text)
    m = table.at(text.index("He said"), text.index("He said") + 2)
    assert m is not None and m.kind == "pronoun" and m.actor == "person:jorik-vanstee"


def test_resolve_pronoun_skips_a_person_of_the_other_gender(pipeline):
    text = ("Mr Selim Aydın met Ms Lin Qiao, spokeswoman for the Chinese foreign ministry. "
            "He said the talks were useful. She agreed.")
    table = find(pipeline, text)
    assert table.resolve_pronoun(text.index("He said"), "He") == "person:selim-aydin"
    assert table.resolve_pronoun(text.index("She agreed"), "She") == "person:lin-qiao"


def test_the_alliance_refers_to_nato(pipeline):
    text = "NATO ministers met in Vilnius. The alliance said it would expand its air policing."
    table = find(pipeline, text)
    assert texts(table, text, "NATO") == ["NATO", "The alliance"]


def test_the_bloc_refers_to_the_last_named_bloc(pipeline):
    text = "The European Union and ASEAN signed a pact. Officials said the bloc would open an office in Jakarta."
    table = find(pipeline, text)
    assert "the bloc" in texts(table, text, "ASEAN")
    assert "the bloc" not in texts(table, text, "EU")


# --- States: names, short forms, capitals, ambiguity --------------------------------------------


def test_capitals_and_seats_stand_for_their_states(pipeline):
    text = "Beijing rejected the claim, and the White House said the Kremlin was behind it."
    table = find(pipeline, text)
    assert texts(table, text, "CHN") == ["Beijing"]
    assert texts(table, text, "RUS") == ["Kremlin"]
    house = table.at(text.index("White House"), text.index("White House") + 11)
    assert house.actor == "USA" and house.kind == "seat"


def test_a_capital_after_in_is_a_place_not_a_state_mention(pipeline):
    text = "Talks in Moscow ended without a deal, and Moscow said it would respond."
    table = find(pipeline, text)
    assert texts(table, text, "RUS") == ["Moscow"]
    assert table.get("RUS").mentions[0][0] == text.rindex("Moscow")


def test_dateline_place_is_not_a_mention(pipeline):
    text = "ANKARA, May 3 (Reuters) - Turkey said on Friday it would reopen the border crossing."
    article = Article(text=text, body_span=(26, len(text)),
                      dateline=Dateline("ANKARA", "Reuters", "May 3", (0, 26)))
    table = find(pipeline, text, article)
    assert texts(table, text, "TUR") == ["Turkey"]


def test_page_furniture_before_the_content_is_ignored(pipeline):
    text = "Russia news\n\nTurkey reopens border\n\nTurkey said it would reopen the border."
    start = text.index("Turkey")
    article = Article(text=text, headline_span=(start, start + 21), body_span=(start + 23, len(text)),
                      boilerplate=[(0, 11)])
    table = find(pipeline, text, article)
    assert table.get("RUS") is None
    assert len(texts(table, text, "TUR")) == 2


def test_short_forms_are_case_sensitive(pipeline):
    text = "Let us be clear, the US envoy said, and the U.S. will not wait for the UK."
    table = find(pipeline, text)
    assert texts(table, text, "USA") == ["US", "U.S."]
    assert texts(table, text, "GBR") == ["UK"]


def test_south_china_sea_is_a_place_not_china(pipeline):
    text = "Vessels from the Philippines sailed into the South China Sea near Taiwan and the Taiwan Strait."
    table = find(pipeline, text)
    assert table.get("CHN") is None
    assert table.get("place:south-china-sea").kind == "place"
    assert texts(table, text, "TWN") == ["Taiwan"]


def test_longest_name_wins(pipeline):
    text = "Papua New Guinea and Equatorial Guinea sent observers; Guinea did not."
    table = find(pipeline, text)
    assert texts(table, text, "PNG") == ["Papua New Guinea"]
    assert texts(table, text, "GNQ") == ["Equatorial Guinea"]
    assert texts(table, text, "GIN") == ["Guinea"]


def test_official_names_match_with_either_apostrophe(pipeline):
    text = "The People’s Republic of China and the People's Republic of China are one; so is the PRC."
    table = find(pipeline, text)
    assert texts(table, text, "CHN") == ["People’s Republic of China", "People's Republic of China", "PRC"]


def test_a_ministry_named_with_its_state_is_a_body_of_that_state(pipeline):
    text = "The Russian Foreign Ministry summoned the ambassador."
    table = find(pipeline, text)
    assert texts(table, text, "RUS") == ["Russian"]  # the state stays named
    ministry = [a for a in table.actors if a.kind == "organization"]
    assert [(a.name, a.country, a.sector) for a in ministry] == [("Russian Foreign Ministry", "RUS", "GOV")]
    assert table.resolve(text.index("Foreign"), text.index(" summoned")) == ministry[0].id


def test_a_state_government_stands_for_the_state(pipeline):
    text = "The Estonian government summoned the ambassador on Monday."
    table = find(pipeline, text)
    assert table.resolve(text.index("Estonian"), text.index(" summoned")) == "EST"
    assert not any(a.kind == "organization" for a in table.actors)


def test_a_person_whose_first_name_is_a_country_is_not_that_country(pipeline):
    text = "Chad Mercer, a journalist, wrote that the vote was close."
    table = find(pipeline, text)
    assert table.get("TCD") is None
    assert person(table, "person:chad-mercer").sector == "MED"


# --- The index, and user dictionaries ------------------------------------------------------------


def test_mention_index_answers_within_at_and_resolve(pipeline):
    text = "Turkish President Dilan Koru met NATO officials."
    table = find(pipeline, text)
    kinds = [(m.actor, m.kind) for m in table.within(0, len(text))]
    assert ("TUR", "adjective") in kinds and ("NATO", "name") in kinds
    assert ("person:dilan-koru", "name") in kinds
    assert table.resolve(text.index("Koru"), text.index("Koru") + 4) == "person:dilan-koru"
    assert table.at(len(text) - 3, len(text)) is None  # "ls."


def test_user_yaml_adds_an_organisation_a_person_and_an_office(pipeline):
    finder = ActorFinder([USER_YAML])
    text = ("Oskar Vellamo told the Tidewater Security Compact that the TSC would meet again. "
            "The compact agreed. Harbourmaster Lida Ferrante said the port was open.")
    table = find(pipeline, text, finder=finder)
    assert texts(table, text, "TSC") == ["Tidewater Security Compact", "TSC", "The compact"]
    vellamo = person(table, "person:oskar-vellamo")
    assert (vellamo.country, vellamo.role) == ("FIN", "Envoy")
    assert person(table, "person:lida-ferrante").role == "Harbourmaster"


def test_extract_accepts_user_dictionaries(tmp_path):
    pipe = wirecoder.load(actors=[USER_YAML], stages=("actors",))
    record = pipe.extract("Oskar Vellamo spoke for the Tidewater Security Compact.")
    assert record.actor("TSC").kind == "igo"
    assert record.actor("person:oskar-vellamo").country == "FIN"


def test_a_ministry_or_army_named_with_its_state_carries_its_sector_and_that_state(pipeline):
    text = "The Russian Foreign Ministry protested, and Turkey's army moved north."
    table = find(pipeline, text)
    ministry = table.get(table.resolve(text.index("Foreign"), text.index(" protested")))
    army = table.get(table.resolve(text.index("army"), text.index(" moved")))
    assert (ministry.kind, ministry.country, ministry.sector) == ("organization", "RUS", "GOV")
    assert (army.kind, army.country, army.sector) == ("organization", "TUR", "MIL")
    assert table.get("RUS") is not None and table.get("TUR") is not None


def test_georgia_is_the_us_state_when_the_text_names_atlanta(pipeline):
    country = "Georgia and Armenia signed a transit deal in Tbilisi."
    us_state = "Voters in Georgia queued for hours in Atlanta on Tuesday."
    assert find(pipeline, country).get("GEO") is not None
    assert find(pipeline, us_state).get("GEO") is None


def test_a_surname_with_a_lowercase_particle_links_back_when_it_opens_a_sentence(pipeline):
    text = ("Qatar hosts talks\n\nDOHA, May 4 (Reuters) - Qatari Foreign Minister Nasser bin Hamad "
            "al-Kuwaridi met the envoys on Sunday.\n\nAl-Kuwaridi said the talks would continue.")
    record = pipeline.extract(text, reference_date="2026-11-29")
    person = record.actor("person:nasser-bin-hamad-al-kuwaridi")
    assert person is not None and person.country == "QAT"
    mentioned = [text[s:e] for s, e in person.mentions]
    assert "Al-Kuwaridi" in mentioned


@pytest.mark.parametrize(("content", "reason"), [
    ("actors: Tidewater Security Compact\n", "actors: must be a list of entries"),
    ("actors:\n  - [TSC, Tidewater Security Compact]\n", "actor entry 1 must be a mapping"),
    ("actors:\n  TSC: Tidewater Security Compact\n", "actors: must be a list of entries"),
    ("offices:\n  - minister\n", "a section has the wrong shape"),
])
def test_a_user_dictionary_of_the_wrong_shape_is_an_input_error_naming_it(tmp_path, content, reason):
    from wirecoder.actors.dictionary import Dictionary
    from wirecoder.errors import InputError

    path = tmp_path / "mine.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        Dictionary([path])
    assert exc.value.source == str(path) and exc.value.reason.startswith(reason)
    assert "\n" not in str(exc.value)


def test_every_stage_reads_its_pronouns_from_the_one_pronoun_table():
    from importlib import resources

    import yaml

    from wirecoder.actors import coref
    from wirecoder.events import lexicon
    from wirecoder.quotes import speakers

    table = yaml.safe_load(resources.files("wirecoder").joinpath("data", "pronouns.yaml").read_text("utf-8"))
    assert coref.PRONOUN_GENDER == table["personal"] and speakers._PRONOUNS == set(table["personal"])
    assert lexicon.FIRST_PERSON == set(table["first_person"]) and lexicon.OWNER_PRONOUNS == set(table["owner"])
