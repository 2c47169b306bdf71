"""Actors, round 48 (evside48): the offices of firms, papers and colleges that the actors stage read too little
of, so that their holders stayed persons of no office (whom the events stage makes a political side opposite a
government they only judge). A firm's other chief officers, an agency's commentator and a think tank's fellows
are offices of a sector (offices.yaml); an apposition names a firm's or a paper's office past the owner's
capitalised name ("X, Carrowby's chief executive,"), which it does not for a state's office ("X, a Carrowby
spokesman,"). Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.sources import Document


def person(pipeline, text: str, pid: str) -> tuple[str | None, str | None]:
    """The role and sector of the person ``pid`` in ``text``."""
    found = {a.id: (a.role, a.sector) for a in pipeline.extract(Document(text=text, source="invented")).actors}
    assert pid in found, found
    return found[pid]


def test_an_agency_commentator_is_of_the_media_tass_style(pipeline):
    text = "MOSCOW, Oct 3 (TASS) - Tass commentator Orlan Bezrukov said the visit had brought no results."
    assert person(pipeline, text, "person:orlan-bezrukov") == ("Commentator", "MED")


def test_a_chief_operating_officer_is_of_business_reuters_style(pipeline):
    text = ("LONDON (Reuters) - Varden Group chief executive Tomas Quell and chief operating officer Alder Pimm "
            "said in a letter that the firm would cut 300 jobs.")
    assert person(pipeline, text, "person:alder-pimm") == ("Chief Operating Officer", "BUS")


def test_a_think_tanks_fellow_is_of_learning_ap_style(pipeline):
    text = ("WASHINGTON (AP) - Dorrit Haskel, an emeritus fellow at the Lanford Institute, told reporters the "
            "vote would be close.")
    assert person(pipeline, text, "person:dorrit-haskel") == ("Emeritus Fellow", "EDU")


def test_fellow_before_a_senators_title_is_no_office_ap_style(pipeline):
    text = "WASHINGTON (AP) - Fellow Republican senator Dorrit Haskel told reporters the vote would be close."
    assert person(pipeline, text, "person:dorrit-haskel") == ("Senator", "LEG")


def test_an_apposition_names_a_firms_office_past_the_firms_name_reuters_style(pipeline):
    text = "LONDON (Reuters) - Mr Pimmeridge, Carrowby's chief executive, said the firm would sell its mills."
    assert person(pipeline, text, "person:pimmeridge") == ("Chief Executive", "BUS")


def test_an_apposition_names_a_papers_editor_past_the_papers_name_bbc_style(pipeline):
    text = "Mr Pimmeridge, the Daily Courier editor, said the paper would not apologise."
    assert person(pipeline, text, "person:pimmeridge") == ("Editor", "MED")


def test_a_firms_spokesman_is_still_no_office_of_business_reuters_style(pipeline):
    text = "LONDON (Reuters) - Mr Pimmeridge, a Carrowby spokesman, said the firm would sell its mills."
    assert person(pipeline, text, "person:pimmeridge")[1] != "BUS"


def test_a_fellows_state_may_follow_a_long_name_of_the_body_afp_style(pipeline):
    text = ("\"The ruling changes nothing,\" said Tarn Oleska, senior fellow at the conservative Varnholt Policy "
            "Centre in Poland.")
    pid = "person:tarn-oleska"
    found = {a.id: a.country for a in pipeline.extract(Document(text=text, source="invented")).actors}
    assert found.get(pid) == "POL", found
    assert person(pipeline, text, pid) == ("Senior Fellow", "EDU")
