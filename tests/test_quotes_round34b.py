"""Round quotes29 (round 34b): a report told before its cue, with the speaker in apposition between them
("..., the island's harbour master, Ana X, said on Friday"). The parser may join the cue to the reported verb as a
second verb ("conj"), with the speaker as the cue's subject or hung on the reported verb itself; the report is then
the clause before the comma that opens the speaker's phrase, and the speaker that phrase.

Invented dispatches and names, in several agencies' styles. Each rule has negative twins where it must not fire
("closed the border and said ...": a second act of the subject; a list of acts)."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Harbour link to shut for repairs\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-09-15"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)


def _report(pipeline, body: str, words: str):
    return next((q for q in quotes_in(pipeline, body) if words in q.text), None)


def _speaker(quote) -> str:
    return quote.speaker.name if quote is not None and quote.speaker else ""


# -- the cue after the report, the speaker in apposition ---------------------------------------------------------------

def test_report_before_a_possessive_title_and_name_said_on_a_day(pipeline):
    # AFP style, the subject hung on the report's verb, "said on Friday"
    body = ("The ferry service from Tolvik to the mainland will stop for five weeks from February, the town's mayor, "
            "Berit Halvange, said on Friday.\n")
    quote = _report(pipeline, body, "will stop for five weeks")
    assert quote is not None and quote.kind == "indirect"
    assert "from February" in quote.text and "mayor" not in quote.text
    assert "Halvange" in _speaker(quote)


def test_report_before_a_harbour_master_with_a_date_phrase(pipeline):
    # Reuters style, a two-word office, "from <month>" before the comma
    body = ("Cargo traffic through the port of Esvanger will be cut by half from March, the port's harbour master, "
            "Ivar Tolleson, said on Tuesday.\n")
    quote = _report(pipeline, body, "cut by half")
    assert quote is not None
    assert "from March" in quote.text and "harbour master" not in quote.text
    assert "Tolleson" in _speaker(quote)


def test_report_before_a_hyphenated_office_told_an_agency(pipeline):
    # AFP style, "told AFP": the tagger may read "secretary-general" as an adjective
    body = ("Talks with the Carvane growers' federation broke down late on Wednesday, the federation's "
            "secretary-general, Odile Marchetaux, told AFP.\n")
    quote = _report(pipeline, body, "broke down")
    assert quote is not None
    assert "Marchetaux" in _speaker(quote)


def test_report_before_a_police_chief_told_tass(pipeline):
    # TASS style, a past report of an act, "told TASS"
    body = ("Demonstrators blocked the road to the Pelkovo grain terminal for a third day, the district's police "
            "chief, Arkady Sultimov, told TASS.\n")
    quote = _report(pipeline, body, "blocked the road")
    assert quote is not None
    assert "Sultimov" in _speaker(quote)


def test_report_before_an_operators_spokeswoman_said_in_a_statement(pipeline):
    # AP style, "said in a statement"
    body = ("The Norbeck refinery will stay closed until the end of April, its operator's spokeswoman, Runa Telveck, "
            "said in a statement.\n")
    quote = _report(pipeline, body, "stay closed")
    assert quote is not None
    assert "spokeswoman" not in quote.text
    assert "Telveck" in _speaker(quote)


# -- negative twins ----------------------------------------------------------------------------------------------------

def test_and_said_is_the_subjects_second_act(pipeline):
    # "closed ... and said ...": the subject speaks, and the closing is no report
    body = "The interior minister closed the Dravska crossing on Monday and said the measure would last a week.\n"
    quotes = quotes_in(pipeline, body)
    assert not any("closed the Dravska crossing" in q.text for q in quotes)
    quote = _report(pipeline, body, "would last a week")
    assert quote is not None and "minister" in _speaker(quote).lower()


def test_a_list_of_acts_is_no_report(pipeline):
    # a list of the delegation's acts, one of them a meeting with a named official: the official reports nothing
    body = ("The delegation arrived in Ostrelna on Monday, met the provincial governor, Pell Dorrance, said little "
            "to reporters and left.\n")
    quotes = quotes_in(pipeline, body)
    assert not any("arrived in Ostrelna" in q.text for q in quotes)
    assert not any("Dorrance" in _speaker(q) for q in quotes)


# -- a quotation before the cue, the speaker with a possessive title hung on the quotation's verb -----------------------

def _direct(pipeline, body: str, words: str):
    return next((q for q in quotes_in(pipeline, body) if q.kind == "direct" and words in q.text), None)


def test_quotation_before_a_town_mayor_said_on_friday(pipeline):
    # AFP style: the parser may hang "the town's mayor" on the quotation's verb, leaving "said" with no subject
    body = '"The crossing will shut for six weeks," the town\'s mayor, Berit Halvange, said on Friday.\n'
    assert "Halvange" in _speaker(_direct(pipeline, body, "shut for six weeks"))


def test_quotation_before_a_hyphenated_office_told_an_agency(pipeline):
    # Reuters style, curly marks, "told Reuters"
    body = "“We will not sign this agreement,” the federation’s secretary-general, Odile Marchetaux, told Reuters.\n"
    assert "Marchetaux" in _speaker(_direct(pipeline, body, "not sign"))


def test_quotation_before_a_clubs_chairwoman_told_supporters(pipeline):
    # BBC style, a sports club's officer, "told supporters"
    body = ('"There is no money left for new players this season," the club\'s chairwoman, Wenna Trask, told '
            'supporters.\n')
    assert "Trask" in _speaker(_direct(pipeline, body, "no money left"))


def test_quotation_before_an_office_of_an_officer_keeps_the_office(pipeline):
    # twin: "the mayor's office said": the possessor is not the speaker, the office is
    body = '"The crossing will shut for six weeks," the mayor\'s office said in a statement on Friday.\n'
    quote = _direct(pipeline, body, "shut for six weeks")
    assert quote is not None and quote.speaker is not None
    assert "office" in quote.speaker.name.lower()
