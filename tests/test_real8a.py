"""Round real8a: general rules from the misses of audit round 8's half A, each held by an invented
dispatch (made-up people and bodies, real states) and a negative twin where the rule could over-fire.
Never an audited article's wording."""

from __future__ import annotations

from actor_support import find

REF = "2026-11-20"


def coded(pipeline, text: str, reference_date: str = REF) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.cameo) for e in pipeline.extract(text, reference_date=reference_date).events}


# --- actors: a line break inside a speaker's name, and a person's job in apposition ---------------------
_WRAPPED = """OSAKA, April 7 - Japan's trading houses expect weaker profits
this year as the yen climbs, but analysts said they see no
collapse in sales. Demand at home may get a lift from some
easing of the central bank's strict credit policy said {name}, {apposition} at the Bank of Osaka Ltd.
    Exporters said they would cut costs.
"""


def test_a_wrapped_name_with_a_job_in_apposition_is_a_person(pipeline):
    text = _WRAPPED.format(name="Hiroto\nMabuchi", apposition="manager of market research")
    table = find(pipeline, text)
    assert table.get("person:hiroto-mabuchi") is not None
    assert table.get("org:hiroto-mabuchi") is None


def test_a_firm_in_apposition_keeps_the_name_a_firm(pipeline):
    text = _WRAPPED.format(name="Hiroto\nMabuchi Securities", apposition="a unit of a trading house")
    table = find(pipeline, text)
    assert table.get("person:hiroto-mabuchi") is None
    assert table.get("person:hiroto-mabuchi-securities") is None


# --- actors: the commodity bodies of states' agreements are IGOs ---------------------------------------
def test_a_commodity_organisation_is_an_igo(pipeline):
    table = find(pipeline, "JAKARTA, March 2 - Coffee stocks will rise if quotas are brought back by the "
                           "International Coffee Organisation, the Indonesian trade ministry said.")
    assert table.get("ICO") is not None and table.get("ICO").kind == "igo"
    assert table.get("org:international-coffee-organisation") is None


# --- actors: "campaign group the NAME" is a campaigning NGO, a political side ---------------------------
def test_a_pressure_group_named_after_the_is_an_ngo_that_acts(pipeline):
    text = ("LONDON (Reuters) - Pressure group the Rural Voice Alliance congratulated Prime Minister "
            "Dafydd Morrell on his new stance.")
    assert ("org:rural-voice-alliance", "GBR", "051") in coded(pipeline, text)


def test_a_music_group_named_after_the_is_no_political_side(pipeline):
    text = ("LONDON (Reuters) - Music group the Silver Hollows congratulated Prime Minister "
            "Dafydd Morrell on his new stance.")
    assert not {e for e in coded(pipeline, text) if e[2].startswith("05")}


# --- events: "likened X to ..." is a put-down of X (111) ----------------------------------------------
def test_likening_a_named_side_to_something_criticises_it(pipeline):
    text = "MOSCOW (Reuters) - Russian Foreign Minister Ivan Dorokhin likened Estonia to a \"puppet of Washington\"."
    assert ("RUS", "EST", "111") in coded(pipeline, text)


def test_likening_a_thing_to_something_names_no_one(pipeline):
    text = "LONDON (Reuters) - Conservative chairman Elwyn Prosser likened the budget to a shopping list."
    assert not {e for e in coded(pipeline, text) if e[2].startswith("11")}


# --- events: "appealed for X's effort / help" appeals to X (020) ----------------------------------------
def test_appealing_for_a_named_sides_effort_appeals_to_it(pipeline):
    text = "BRUSSELS (Reuters) - French Foreign Minister Anton Verrick appealed for Germany's help with the refugees."
    assert ("FRA", "DEU", "020") in coded(pipeline, text)


def test_appealing_for_calm_names_no_one(pipeline):
    text = "BRUSSELS (Reuters) - French Foreign Minister Anton Verrick appealed for calm after the riots."
    assert not {e for e in coded(pipeline, text) if e[2].startswith("02")}


# --- quotes: "likened X to "..."" reports what was said of X, as "described X as "..."" -------------------
def test_likening_with_quoted_words_is_a_quote_of_the_speaker(pipeline):
    record = pipeline.extract("LONDON (Reuters) - Conservative co-chairman Elwyn Prosser likened the two "
                              "ministers to \"squabbling children\".", reference_date=REF)
    quote = next(q for q in record.quotes if "squabbling children" in q.text)
    assert quote.speaker is not None and quote.speaker.actor == "person:elwyn-prosser"


def test_liking_something_is_no_quote(pipeline):
    record = pipeline.extract("LONDON (Reuters) - Conservative co-chairman Elwyn Prosser liked the two "
                              "ministers' new plan for the railways.", reference_date=REF)
    assert not record.quotes


# --- actors: the Catholic church, with a small "church" as copy often writes it -------------------------
def test_the_catholic_church_with_a_small_c_is_the_church(pipeline):
    table = find(pipeline, "LONDON (Reuters) - \"The Catholic church has a clear position on this issue,\" a "
                           "spokesman for Prime Minister Dafydd Morrell said.")
    assert table.get("org:catholic-church") is not None


def test_a_catholic_school_is_not_the_church(pipeline):
    table = find(pipeline, "LONDON (Reuters) - The Catholic school in Dunmore will close next year, "
                           "council leader Ivo Marek said.")
    assert table.get("org:catholic-church") is None
