"""Events, round 52 (evsense52): the code a read trigger gets.

- A demand for the release of someone held by a side is a demand (CAMEO 1053), not an appeal (0253): the
  release rule (recall.py rule 3) keeps the demanding verb's root; "called for the release" stays 0253.
- Force (18, 19) done by a crowd (protesters, students, an opposition's supporters) is a violent protest (145):
  "protesters stormed the parliament"; police or troops using force stay force.
- "warned that it could lead to higher prices for builders": a neuter pronoun (the measure told before)
  with a verb of effect, under a risk modal, foretells a risk, not a threat of the warner's (no 13);
  "warned that it could close the border", "warned that it would respond with force" stay threats.

Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def coded(pipeline, text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(source, target, code, trigger words) of each event printed for ``text``."""
    record = pipeline.extract(Document(text=text, source="invented"))
    return [(e.source, e.target, e.cameo, record.text[e.trigger[0]:e.trigger[1]]) for e in record.events]


def test_a_demand_for_the_release_of_a_held_citizen_is_a_demand_not_an_appeal_reuters_style(pipeline):
    events = coded(pipeline, "COPENHAGEN (Reuters) - Danish Foreign Minister Jesper Holmvik demanded the release of "
                             "a Danish engineer held in Iran during a telephone call with his Iranian counterpart "
                             "on Tuesday.")
    demanded = [e for e in events if e[3] == "demanded"]
    assert demanded and all(e[2] == "1053" for e in demanded)
    assert ("DNK", "IRN", "1053", "demanded") in events


def test_a_call_for_the_release_of_a_held_citizen_stays_an_appeal_afp_style(pipeline):
    events = coded(pipeline, "OSLO (AFP) - Norwegian Foreign Minister Ingrid Stavelund called for the release of "
                             "two Norwegian sailors held in Venezuela.")
    called = [e for e in events if e[3] == "called"]
    assert called and all(e[2] == "0253" for e in called)


def test_a_warning_that_a_bill_could_lead_to_higher_prices_is_no_threat_ap_style(pipeline):
    events = coded(pipeline, "WASHINGTON (AP) — Treasury Secretary Corwin Maddox wrote to Senator Elba Ruthven, the "
                             "chairwoman of the Senate finance panel, about the tariff bill. Maddox warned Ruthven "
                             "that it could lead to higher prices for American builders.")
    assert not [e for e in events if e[3] == "warned" and e[2].startswith("13")]


def test_a_warning_that_the_warner_could_close_the_border_stays_a_threat_reuters_style(pipeline):
    events = coded(pipeline, "WARSAW (Reuters) - Poland warned Belarus that it could close the border crossings if "
                             "the balloons kept coming.")
    assert ("POL", "BLR", "130", "warned") in events


def test_a_warning_of_force_stays_a_threat_tass_style(pipeline):
    events = coded(pipeline, "MOSCOW (TASS) - Russia warned Georgia that it would respond with force to any "
                             "incursion.")
    assert ("RUS", "GEO", "130", "warned") in events


def test_protesters_storming_a_parliament_riot_they_do_not_make_war_reuters_style(pipeline):
    events = coded(pipeline, "KIEV (Reuters) - Hundreds of protesters stormed the Ukrainian parliament on Tuesday, "
                             "demanding the resignation of the speaker.")
    stormed = [e for e in events if e[3] == "stormed"]
    assert stormed and all(e[2] == "145" for e in stormed)


def test_students_besieging_a_ministry_riot_ap_style(pipeline):
    events = coded(pipeline, "MANILA (AP) — Striking students besieged the education ministry in Manila for a second "
                             "day on Wednesday.")
    besieged = [e for e in events if e[3] == "besieged"]
    assert besieged and all(e[2] == "145" for e in besieged)


def test_police_attacking_protesters_and_troops_attacking_a_town_stay_force_afp_style(pipeline):
    events = coded(pipeline, "NAIROBI (AFP) - Kenyan police attacked protesters with tear gas and batons outside "
                             "parliament. In the north, Somali troops attacked the Kenyan town of Mandera Kusi.")
    attacked = [e for e in events if e[3] == "attacked"]
    assert attacked and all(e[2][:2] in {"18", "19"} for e in attacked)
