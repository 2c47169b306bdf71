"""Actors, round 40 (actrec40): firms named after their trade, and offices and officials of a company.
(1) "Velkan Pharma", "Ostrow Labs", "Dunmore Brewery", "Tarnow Freight": spaCy reads a made-up stem
and a trade word as a person's name; a name that ends in a word of trade (offices.yaml ``business``)
is a company's, an organisation with sector BUS. A person whose last name is no trade word stays a
person. (2) "Company president X", "a company spokeswoman, X", "Corporate vice president X": the
office is a firm's (sector BUS, role with its qualifier), not the state's (GOV) that the head word
alone names; "Foreign Ministry spokesman X" stays GOV. (3) "Company officials said": a firm's
officials are a business group (BUS), not the state's officials. Invented dispatches; names, firms
and places invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch (its dateline read), by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def person(table: dict, last: str):
    return next(a for a in table.values() if a.kind == "person" and a.name.split()[-1] == last)


# (1) firms named after their trade


def test_pharma_and_labs_firms_are_organisations_reuters_style(pipeline):
    table = ids(pipeline, "ZURICH, Dec 5 (Reuters) - Brevanne Pharma and Kolstad Labs said on Monday they "
                          "would merge to cut costs.")
    assert table["org:brevanne-pharma"].kind == "organization"
    assert table["org:kolstad-labs"].kind == "organization"
    assert not any(a.kind == "person" for a in table.values())


def test_brewery_firm_is_an_organisation_ap_style(pipeline):
    table = ids(pipeline, "PRAGUE (AP) — Halvec Brewery said on Tuesday it would close its plant after pay "
                          "talks failed.")
    assert table["org:halvec-brewery"].kind == "organization"
    assert "person:halvec-brewery" not in table


def test_freight_firm_named_in_apposition_afp_style(pipeline):
    table = ids(pipeline, "ROTTERDAM, Netherlands (AFP) - Customs officers fined Wendrik Freight on Wednesday "
                          "for false papers, the agency said.")
    assert "org:wendrik-freight" in table
    assert "person:wendrik-freight" not in table


def test_person_with_an_ordinary_surname_stays_a_person(pipeline):
    table = ids(pipeline, "ZURICH, Dec 5 (Reuters) - Finance Minister Lorenz Aebischer said on Monday the "
                          "budget would balance.")
    assert person(table, "Aebischer").kind == "person"


# (2) a company's offices


def test_company_president_is_a_business_office_kyodo_style(pipeline):
    table = ids(pipeline, "OSAKA (Kyodo) - Company president Daisuke Marunaga apologised on Monday for the "
                          "leak at the firm's Sakaide plant.")
    holder = person(table, "Marunaga")
    assert holder.sector == "BUS"
    assert holder.role == "Company President"


def test_company_spokeswoman_in_apposition_is_no_state_official(pipeline):
    table = ids(pipeline, "ANKARA (Reuters) - A company spokeswoman, Derya Kolbasar, said the firm would "
                          "appeal against the fine.")
    assert person(table, "Kolbasar").sector == "BUS"


def test_corporate_vice_president_is_a_business_office(pipeline):
    table = ids(pipeline, "SEATTLE (AP) — Corporate vice president Nell Arkwright said the firm was "
                          "cooperating with the inquiry.")
    assert person(table, "Arkwright").sector == "BUS"


def test_ministry_spokesman_stays_a_state_office(pipeline):
    table = ids(pipeline, "SEOUL (Reuters) - Foreign Ministry spokesman Park Ji-hun said Seoul would send "
                          "an envoy.")
    assert person(table, "Ji-hun").sector == "GOV"


# (3) a company's officials


def test_company_officials_are_a_business_group(pipeline):
    table = ids(pipeline, "SEOUL (Reuters) - The Ulsan plant of Hanjo Motors will reopen next week, "
                          "company officials said on Monday.")
    officials = [a for a in table.values() if "officials" in a.name.lower()]
    assert officials and all(a.sector == "BUS" for a in officials)


def test_officials_alone_stay_the_states(pipeline):
    table = ids(pipeline, "SEOUL (Reuters) - Officials said on Monday the border crossing would reopen next week.")
    assert all(a.sector != "BUS" for a in table.values())
