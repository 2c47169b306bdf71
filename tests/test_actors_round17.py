"""Actors, round seventeen: organisations and groups on unseen text. Initials no lexicon knows that
say or do what a body does ("XKT said", "an XKT spokesman"), with every other place the text writes
them; initials that spell or open a longer name the text gives; "pro-"/"anti-" before a state's word
and a group noun (a group of that cause, not that state's people); a firm named by what it makes or
sells before its name ("Polish steelmaker X"), and a person in apposition to a trade ("NAME, a
refiner,") who stays a person. Invented dispatches, invented names."""

from __future__ import annotations

import pytest
from actor_support import actor, find

# --- initials that act or speak (offices.yaml initials_verbs, initials_person_nouns) ---------------


@pytest.mark.parametrize(("text", "oid"), [
    ("NAIROBI, May 4 (Reuters) - Small broadcasters are worried. KTVQ said on Monday it would join the "
     "case against the new fees.", "org:ktvq"),
    ("MARSEILLE (AFP) - Dock workers will strike for two days, and SNRQ has threatened further stoppages "
     "if the plan is not withdrawn.", "org:snrq"),
    ("Reports said the deal was close. In recent months, PVRC has slowly reversed its plan to sell "
     "office space in Ottawa.", "org:pvrc"),
])
def test_initials_that_say_or_decide_are_an_organisation(pipeline, text, oid):
    table = find(pipeline, text)
    body = actor(table, oid)
    assert body.kind == "organization"


@pytest.mark.parametrize(("text", "oid"), [
    ("TOKYO, June 2 (Kyodo) -- A JFQR spokesman said Wednesday the federation would oppose the plan.", "org:jfqr"),
    ("The firm was fined £12m. SWQ chief executive Martin Pellowby-Hart said the company accepted the ruling.",
     "org:swq"),
    ("SEOUL, Nov. 15 (Yonhap) -- KRQC officials said Sunday the operator would raise fares.", "org:krqc"),
])
def test_initials_before_a_persons_job_are_the_employer(pipeline, text, oid):
    table = find(pipeline, text)
    assert actor(table, oid).kind == "organization"


def test_every_other_place_the_initials_are_written_is_the_same_organisation(pipeline):
    text = ("SEOUL, Nov. 20 (Yonhap) -- Hospital workers went on strike, KHQU said. A deal with KHQU "
            "is not close, and the ministry urged KHQU to return to talks.")
    table = find(pipeline, text)
    union = actor(table, "org:khqu")
    assert len(union.mentions) == 3


@pytest.mark.parametrize("text", [
    "GDP rose by 0.4% in the third quarter, official figures show, while VAT receipts also climbed.",
    "Police said DNA found at the scene matched a sample taken last year.",
    "The CEO said the company would cut costs, and the MP said she would vote against the plan.",
])
def test_initials_of_things_measures_and_titles_are_no_organisation(pipeline, text):
    table = find(pipeline, text)
    ids = [a.id for a in table.actors]
    assert not any(i in ("org:gdp", "org:vat", "org:dna", "org:ceo", "org:mp") for i in ids), ids


@pytest.mark.parametrize("text", [
    "BONNEL, March 3 - The central bank said it would hold interest rates.",
    'The president wrote: "WE WILL NEVER GIVE UP, AND THEY KNOW IT."',
    "Warner Fenwick Co <WFQ> said it has cholesterol drugs in testing.",
])
def test_capitals_of_a_dateline_a_shouted_quote_or_a_ticker_are_no_organisation(pipeline, text):
    table = find(pipeline, text)
    ids = [a.id for a in table.actors]
    assert not any(i in ("org:bonnel", "org:we", "org:they", "org:wfq") for i in ids), ids


@pytest.mark.parametrize(("text", "oid", "short"), [
    ("CALGARY - The pipeline company Northern Caribou Pipelines has delayed its expansion by a year. NCP said "
     "in a statement "
     "that it still expected to finish by 2029.", "org:northern-caribou-pipelines", "NCP"),
    ("Tarsk Mining Corporation posted a loss. TMC said it would cut 400 jobs at its Ontario mines.",
     "org:tarsk-mining-corporation", "TMC"),
    ("Velmora Resources rejected the bid. Velmora said the offer was too low, and VLM chief executive "
     "Dana Orr-Whitby agreed.", None, "VLM"),
])
def test_initials_that_spell_or_open_a_longer_name_are_that_organisation(pipeline, text, oid, short):
    table = find(pipeline, text)
    if oid is None:  # initials that spell no name given: an organisation of their own
        assert actor(table, "org:" + short.lower()).kind == "organization"
        return
    assert table.get("org:" + short.lower()) is None, [a.id for a in table.actors]
    body = actor(table, oid)
    assert short in [text[s:e] for s, e in body.mentions]


# --- "pro-"/"anti-" before a state's word and a group noun -------------------------------------------


@pytest.mark.parametrize(("text", "gid"), [
    ("Pro-Iranian militias fired rockets at a base in eastern Syria on Monday, the US military said.",
     "org:pro-iranian-militias"),
    ("CHISINAU, November 10. /TASS/. Moldova accused pro-Romanian separatists of blocking a border crossing.",
     "org:pro-romanian-separatists"),
    ("LUSAKA (AFP) - Hundreds of anti-Chinese protesters rallied outside a copper mine in northern Zambia.",
     "org:anti-chinese-protesters"),
])
def test_a_group_named_by_the_state_it_backs_or_opposes_is_not_that_states(pipeline, text, gid):
    table = find(pipeline, text)
    group = actor(table, gid)
    assert group.kind == "group"
    state = gid.split(":")[1].split("-")[1]  # "iranian", "romanian", "chinese"
    assert not any(a.id == f"org:{state}-{gid.rsplit('-', 1)[1]}" for a in table.actors)
    assert group.country not in ("IRN", "ROU", "CHN")


def test_a_states_own_group_keeps_its_state(pipeline):
    table = find(pipeline, "Syrian rebels shelled the town of Qarsin overnight.")
    assert actor(table, "org:syrian-rebels").country == "SYR"


# --- a firm named by what it makes or sells (offices.yaml organisation_nouns) ------------------------


@pytest.mark.parametrize(("text", "oid"), [
    ("Polish steelmaker Zelhuta filed a complaint with the European Commission on Tuesday.", "org:zelhuta"),
    ("TOKYO, Nov 18 (Reuters) - Japanese chipmaker Kiyosawa named a new chief executive on Wednesday.",
     "org:kiyosawa"),
    ("Budget airline Skyvanta cancelled 40 flights on Friday after a strike by cabin crew.", "org:skyvanta"),
    ("DETROIT (AP) — Electric automaker Brimley reported a 5 percent rise in sales.", "org:brimley"),
])
def test_a_firm_named_after_what_it_makes_or_sells_is_a_company(pipeline, text, oid):
    table = find(pipeline, text)
    firm = actor(table, oid)
    assert firm.kind == "organization"
    assert table.get("person:" + oid.split(":")[1]) is None


def test_a_film_maker_before_a_name_stays_a_person(pipeline):
    table = find(pipeline, "Documentary maker Ruth Ellingsworth was given access to the campaign.")
    assert actor(table, "person:ruth-ellingsworth").kind == "person"


def test_a_person_described_by_a_trade_in_apposition_stays_a_person(pipeline):
    table = find(pipeline, "Tan Sri Ong Keat Velu, a refiner, disagreed with the council on Monday.")
    assert actor(table, "person:ong-keat-velu").kind == "person"
