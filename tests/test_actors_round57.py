"""Actors, round 57 (actors57): a body word before a body's voice names the body.

"a police spokesman said", "army spokeswoman NAME told reporters": the body that speaks through its
spokesperson (offices.yaml ``body_voices``) is an actor of the story, the state's own as "the police" or
"the army" alone would be. Other people after a body word ("army officers") stay a group of their own.
Invented dispatches; the persons are invented ("Wambura Keroche", "Nafisa Dorrani")."""

from __future__ import annotations

from wirecoder.sources import Document


def printed(pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Printed actor id -> (kind, country, sector)."""
    return {a.id: (a.kind, a.country, a.sector) for a in pipeline.extract(Document(text=text, source="invented")).actors}


def bodies(found: dict, sector: str) -> dict:
    return {key: value for key, value in found.items() if value[0] in ("organization", "group") and value[2] == sector}


def test_a_police_spokesman_who_said_makes_the_police_an_actor_reuters_style(pipeline):
    found = printed(pipeline, "NAIROBI, Dec 18 (Reuters) - A Kenyan land activist, Wambura Keroche, was arrested on "
                              "Thursday after leading a march, a police spokesman said.")
    assert "org:police" in found, found
    assert found["org:police"][1:] == ("KEN", "COP"), found


def test_an_army_spokeswoman_named_makes_the_state_army_an_actor_aljazeera_style(pipeline):
    found = printed(pipeline, "KHARTOUM (Al Jazeera) - Fighters attacked positions outside El Obeid overnight, army "
                              "spokeswoman Nafisa Dorrani told reporters on Friday.")
    army = bodies(found, "MIL")
    assert any(country == "SDN" for _, country, _ in army.values()), found
    assert found.get("person:nafisa-dorrani", ("",))[0] == "person", found


def test_a_military_spokesman_after_an_article_names_the_military_afp_style(pipeline):
    found = printed(pipeline, "BAMAKO, Dec 19 (AFP) - Malian troops killed 14 jihadists near the border with Niger "
                              "on Friday, a military spokesman said.")
    assert any(country == "MLI" for _, country, _ in bodies(found, "MIL").values()), found


def test_army_officers_stay_people_and_name_no_army_body_ap_style(pipeline):
    """Only a voice names the body: "army officers" are a group of the army's people, not the army."""
    found = printed(pipeline, "KHARTOUM, Sudan (AP) - Two army officers were detained on Monday after a dispute "
                              "at a checkpoint.")
    assert not any(key.endswith("-army") or key == "org:army" for key in found), found


def test_a_body_word_that_names_no_body_alone_gives_no_actor_by_its_voice_bbc_style(pipeline):
    """"a ministry spokesman" names no ministry in particular: no bare "ministry" actor."""
    found = printed(pipeline, "LONDON (BBC) - The rules will change in April, a ministry spokesman said on Monday.")
    assert not any(key.endswith("ministry") for key in found), found


def test_a_bureau_spokesman_names_no_bare_bureau_kyodo_style(pipeline):
    """Only a police word names a force by its voice; "bureau" refers back to a body named before."""
    found = printed(pipeline, "TOKYO, March 4 Kyodo - Fishing boats will need new permits from April, a bureau "
                              "spokesman said on Wednesday.")
    assert "org:bureau" not in found, found
