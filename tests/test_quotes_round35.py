"""Round quotes30 (round 35): quotes the parser's reading lost. A speaker set off by commas after an opening
participle clause ("Welcoming the ruling, NAME, chief of X, said: ...") when the parser left the cue with no subject
or made the participle its subject; a fronted finite report the parser hung on the cue as an adverbial clause
("Over a third of X is derived from Y, he told the conference"); a speaker's phrase the parser hung inside the
report before a subjectless cue ("X is in the north, the group's chair, NAME, said"); and impersonal that-verbs ("it emerged that",
"it appears that", "it transpired that"), which report nothing anyone said.

Invented dispatches and names; tests/data/quotes_news q371-q400 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Row over spending plans\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-10-15"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)
_texts = partial(quote_support.quote_texts, **_DISPATCH)
_speaker = partial(quote_support.speaker_text, **_DISPATCH)


# -- a speaker after an opening participle clause ---------------------------------------------------------------------

def test_speaker_after_responding_and_a_long_title(pipeline):
    body = ("The minister set out his plans on Monday. Reacting to the plans, deputy leader of the opposition in the "
            'upper house, Perrin Castlemaine, said: "This was more talk and no money."\n')
    assert "Castlemaine" in _speaker(pipeline, body, "more talk")


def test_speaker_after_welcoming_with_a_title_after_the_name(pipeline):
    body = ("The tribunal struck down the levy on Tuesday.\n\nWelcoming the ruling, Maddox Threlkeld, chief executive of "
            'the Small Traders Forum, said: "Shops on every high street will breathe again."\n')
    assert "Threlkeld" in _speaker(pipeline, body, "breathe again")


def test_speaker_after_speaking_after_the_talks_indirect(pipeline):
    body = ("ANKARA, Oct 15 (Reuters) - Energy officials met on Friday.\n\nSpeaking after the talks, deputy energy minister, "
            "Bulut Karasay, said the pipeline would open in the spring.\n")
    quote = quote_of(pipeline, body, "pipeline would open")
    assert "Karasay" in (quote.speaker.name if quote.speaker else "")


def test_participle_opener_with_a_plain_subject_is_unchanged(pipeline):
    # twin: the parser reads the subject right; the participle never speaks
    body = "Speaking at the depot, Mayor Idris Pennock said the new trams would run from June.\n"
    assert "Pennock" in _speaker(pipeline, body, "new trams")


# -- a fronted report hung on the cue as an adverbial clause ----------------------------------------------------------

def test_fronted_report_with_a_fraction_subject(pipeline):
    body = ("TORONTO, Oct 15 - The levy hurts the province, chamber president Hollis Quarrie said.\n    Over one-third of "
            "the province's tax income is derived from timber at a time of falling demand, he told the chamber's annual "
            "dinner.\n")
    texts = _texts(pipeline, body)
    assert any(t.startswith("Over one-third") and "falling demand" in t for t in texts)


def test_fronted_report_more_than_half_by_a_body(pipeline):
    body = "More than half of the harbour fees are paid by foreign shippers, the port authority said on Tuesday.\n"
    quote = quote_of(pipeline, body, "foreign shippers")
    assert quote.text.startswith("More than half")


def test_fronted_report_told_an_agency(pipeline):
    body = "About a fifth of the fleet was idle last winter for want of spare parts, a senior shipping official told AFP.\n"
    assert any(t.startswith("About a fifth") for t in _texts(pipeline, body))


def test_fronted_participle_clause_is_not_a_report(pipeline):
    # twin: "Asked about X," is no finite clause; the report is the cue's own complement
    body = "Asked about the strike, the union's leader, Greer Abelard, said talks would go on.\n"
    texts = _texts(pipeline, body)
    assert not any("Asked about" in t for t in texts)
    assert any("talks would go on" in t for t in texts)


# -- a speaker's phrase hung inside the report before the cue ----------------------------------------------------------

def test_title_and_name_after_the_report_are_the_speaker(pipeline):
    body = "Over half of the repair backlog is in the north-east, the road board's chair, Wynne Halloran, said on Friday.\n"
    quote = quote_of(pipeline, body, "repair backlog")
    assert "Halloran" in (quote.speaker.name if quote.speaker else "")
    assert "chair" not in quote.text


def test_exchange_president_named_after_the_report(pipeline):
    body = ("SANTIAGO, Oct 15 (Reuters) - The index closed 56 points higher on Monday, the president of the Velarde stock "
            "exchange, Tomas Irribarren, said.\n")
    quote = quote_of(pipeline, body, "56 points")
    assert "Irribarren" in (quote.speaker.name if quote.speaker else "")
    assert "president" not in quote.text


def test_chief_executive_named_after_the_report_told(pipeline):
    body = "Fares will rise by a tenth in April, the ferry company's chief executive, Osric Vantongeren, told reporters.\n"
    quote = quote_of(pipeline, body, "Fares will rise")
    assert "Vantongeren" in (quote.speaker.name if quote.speaker else "")
    assert "chief executive" not in quote.text


def test_plain_subject_after_the_report_is_unchanged(pipeline):
    # twin: a subject the parser reads right keeps the whole report
    body = "The border crossing will reopen on Friday, Interior Minister Dagny Ostrova said.\n"
    quote = quote_of(pipeline, body, "border crossing")
    assert quote.text.startswith("The border crossing will reopen on Friday")
    assert "Ostrova" in (quote.speaker.name if quote.speaker else "")


# -- impersonal that-verbs ---------------------------------------------------------------------------------------------

def test_it_emerged_that_is_no_quote(pipeline):
    body = "It emerged on Tuesday that the council had sold the depot to a developer for a nominal sum.\n"
    assert not _texts(pipeline, body)


def test_it_has_emerged_after_a_clause_is_no_quote(pipeline):
    body = ("Shares in the grain trader Velmora fell sharply after it emerged that 300 million dollars held in a "
            "foreign account did not exist.\n")
    assert not any("did not exist" in t for t in _texts(pipeline, body))


def test_it_appears_and_it_transpired_are_no_quotes(pipeline):
    body = ("It appears that the roof beams may need replacing. It later transpired that the surveyor had never "
            "visited the site.\n")
    assert not _texts(pipeline, body)


def test_said_it_appeared_that_is_still_a_report(pipeline):
    # twin: the impersonal verb inside a report leaves the report to its cue
    body = "The BBC's farming correspondent, Audley Frane, said it appeared that most farms had kept to the rules.\n"
    quote = quote_of(pipeline, body, "kept to the rules")
    assert "Frane" in (quote.speaker.name if quote.speaker else "")


def test_it_seems_inside_a_direct_quote_is_kept(pipeline):
    # twin: inside quotation marks the words are the speaker's
    body = '"It seems that nobody in the ministry is listening," said union leader Carys Ebdon.\n'
    quote = quote_of(pipeline, body, "nobody in the ministry")
    assert "Ebdon" in (quote.speaker.name if quote.speaker else "")
