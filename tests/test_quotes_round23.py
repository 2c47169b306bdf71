"""Round quotes23: mechanisms found on the unannotated news pool (benchmarks/pool_quotes.py, a tuning set). A medium
that "quoted him as saying" relays the person's words; "So says X" attributes the sentence or quotation before it;
a name set off by dashes after a common noun is the speaker; not quotes: "citing delays" as a reason, a reflexive
object ("asserted herself"), a hyphenated verb ("over-stated"), what a thing boasts.

Invented dispatches and names; tests/data/quotes_news q231-q260 hold the hand-annotated dev dispatches of the
round (other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Harbour row deepens\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-05-01"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)
_texts = partial(quote_support.quote_texts, **_DISPATCH)


# -- "the daily quoted her as saying": the person quoted, not the medium ------------------------------------------

def test_a_medium_that_quoted_her_as_saying_relays_her_words(pipeline):
    body = ("TALLINN (Reuters) - Estonia's transport minister Reet Kallaspoo-Vain said on Monday that port fees would "
            "rise next year. The daily Harjumaa Teataja quoted her as saying: \"We cannot keep subsidising foreign "
            "shipping lines.\"\n")
    name = speaker_name(pipeline, body, "We cannot keep subsidising")
    assert name is not None and "Kallaspoo-Vain" in name


def test_a_medium_that_quoted_it_as_saying_keeps_the_medium(pipeline):
    # twin: "it" is no person; the words stay with the medium that relays them
    body = ("The Harjumaa Teataja obtained the port authority's memo and quoted it as saying: \"Fees must rise by "
            "spring.\"\n")
    name = speaker_name(pipeline, body, "Fees must rise")
    assert name is None or "Kallaspoo" not in name


# -- "So says X": the sentence or quotation before ---------------------------------------------------------------

def test_so_says_attributes_the_quotation_before_it(pipeline):
    body = "\"The shop keeps the village alive.\" So says Orla Vennick-Dunne, who runs the buyout committee.\n"
    name = speaker_name(pipeline, body, "The shop keeps the village alive")
    assert name is not None and "Vennick-Dunne" in name


def test_so_says_attributes_the_statement_before_it(pipeline):
    body = ("The harbour plan will fail within a year. So says Margit Ruusmann-Oja, a former finance minister who "
            "now teaches economics in Tartu.\n")
    name = speaker_name(pipeline, body, "The harbour plan will fail")
    assert name is not None and "Ruusmann-Oja" in name


def test_so_with_its_subject_before_the_cue_is_an_ordinary_report(pipeline):
    # twin: "So the board says ..." is a cue of its own with its own clause; the sentence before is nobody's words
    body = ("Twelve ferries were idle last week. So the port board says the harbour will reopen on Monday.\n")
    texts = _texts(pipeline, body)
    assert not any("Twelve ferries" in t for t in texts)
    assert any("the harbour will reopen" in t for t in texts)


# -- "citing delays": a reason, no words --------------------------------------------------------------------------

def test_citing_a_reason_is_no_quote(pipeline):
    body = "The ministry cancelled the dredger contract on Friday, citing repeated delays at the shipyard.\n"
    assert not any("delays at the shipyard" in t for t in _texts(pipeline, body))


def test_citing_a_clause_still_reports(pipeline):
    # twin: a clause after the noun says what was claimed
    body = ("The ministry cancelled the dredger contract on Friday, citing fears that the shipyard would close before "
            "the hull was finished.\n")
    assert any("the shipyard would close" in t for t in _texts(pipeline, body))


# -- a reflexive object: an act, no words ------------------------------------------------------------------------

def test_a_reflexive_object_is_no_quote(pipeline):
    body = ("Senator Lorna Quiambao-Reyes asserted herself in the debate on Monday. Opposition members found "
            "themselves divided over the harbour bill.\n")
    texts = _texts(pipeline, body)
    assert not any(t.startswith("herself") or t.startswith("themselves") for t in texts)


def test_a_reflexive_object_with_a_quoted_predicate_still_reports(pipeline):
    # twin: "described herself as "..."" says what she said of herself
    body = "Senator Lorna Quiambao-Reyes described herself as \"a servant of the harbour towns\" on Monday.\n"
    assert any("a servant of the harbour towns" in t for t in _texts(pipeline, body))


# -- a hyphenated verb: "over-stated" ----------------------------------------------------------------------------

def test_a_hyphenated_verb_of_speech_is_no_cue(pipeline):
    body = ("The insurer will pay $2 million to its former finance chief, who resigned in March after the group "
            "over-stated its claims reserves for three years.\n")
    assert not any("reserves" in t for t in _texts(pipeline, body))


def test_a_verb_of_speech_after_re_still_reports(pipeline):
    # twin: "re-stated" is stating again
    body = "The foreign ministry re-stated on Monday that it was ready for talks on the harbour without conditions.\n"
    assert any("it was ready for talks" in t for t in _texts(pipeline, body))


# -- what a thing boasts -------------------------------------------------------------------------------------------

def test_what_a_thing_boasts_is_no_quote(pipeline):
    body = "The refitted harbour ferries boast a quieter cabin and a wider car deck.\n"
    assert not any("quieter cabin" in t for t in _texts(pipeline, body))


def test_boasted_with_a_clause_still_reports(pipeline):
    # twin: a clause after "boasted" says what was said
    body = "Harbour mayor Olaug Brevik-Sande boasted that the last ferry would return to service in May.\n"
    name = speaker_name(pipeline, body, "the last ferry would return")
    assert name is not None and "Brevik-Sande" in name


# -- a name set off by dashes after a common noun ----------------------------------------------------------------

def test_a_name_between_dashes_after_a_common_noun_speaks(pipeline):
    body = ("Another candidate who lost last year's harbour board primary - Dario Fenwick-Oyelaran - has previously "
            "admitted making mistakes in the campaign.\n")
    name = speaker_name(pipeline, body, "making mistakes in the campaign")
    assert name is not None and "Fenwick-Oyelaran" in name


def test_a_body_between_dashes_is_no_person_named_before(pipeline):
    # twin: the dashes hold a body's name; the speaker is that body, not the person named in the sentence before
    body = ("Coach Dario Fenwick-Oyelaran named his squad on Monday. Another critic of the plan - the Kisumu Harbour "
            "Workers Union - has admitted misjudging the harbour issue.\n")
    name = speaker_name(pipeline, body, "misjudging the harbour issue")
    assert name is None or "Fenwick-Oyelaran" not in name


# -- "That was the verdict of X": the sentence before ---------------------------------------------------------------

def test_that_was_the_verdict_of_attributes_the_sentence_before(pipeline):
    body = ("The new harbour code hands the port too little and the shipping lines too much. That was the verdict of "
            "Oumarou Saley-Kondo, a former transport minister of Niger.\n")
    name = speaker_name(pipeline, body, "The new harbour code hands")
    assert name is not None and "Saley-Kondo" in name


def test_that_was_the_end_of_is_no_attribution(pipeline):
    # twin: a noun of no judgement ("the end of the talks") attributes nothing
    body = "The delegates left the harbour talks on Friday without a deal. That was the end of the talks in Geneva.\n"
    assert not any("without a deal" in t for t in _texts(pipeline, body))


# -- a dateline's agency with the subject hung on it -----------------------------------------------------------------

def test_a_subject_hung_on_the_datelines_agency_speaks(pipeline):
    body = ("RIGA, May 2 (Reuters) - Latvia's transport minister, Ilze Dravniece-Kalns, said on Tuesday that harbour "
            "fees would rise by 8% next year.\n")
    name = speaker_name(pipeline, body, "harbour fees would rise")
    assert name is not None and "Dravniece-Kalns" in name


def test_the_datelines_agency_alone_does_not_speak(pipeline):
    # twin: no subject of its own in the sentence; the agency in the dateline is no speaker
    body = "RIGA, May 2 (Reuters) - Harbour fees would rise by 8% next year, officials said on Tuesday.\n"
    name = speaker_name(pipeline, body, "Harbour fees would rise")
    assert name is None or "Reuters" not in name


# -- "the daily quoted her as saying": she is not the daily, even one tagged as a person ------------------------------

def test_the_one_quoted_is_not_the_medium_that_quotes_her(pipeline):
    body = ("RIGA, May 2 (Reuters) - Latvia's transport minister, Ilze Dravniece-Kalns, said on Tuesday that harbour "
            "fees would rise.\n\n"
            "The business daily Dienas Bizness quoted her as saying: \"We cannot keep subsidising foreign shipping "
            "lines from the state budget.\"\n")
    name = speaker_name(pipeline, body, "We cannot keep subsidising")
    assert name is not None and "Dravniece-Kalns" in name


# -- a title with a person's name in apposition that the actors stage did not take -----------------------------------

def test_a_title_with_a_name_in_apposition_is_not_the_person_quoted_last(pipeline):
    body = ("The harbour budget will be short by 40 million within two years. So says Rosalind Featherby-Tull, the "
            "port's former finance director.\n\n"
            "The council leader, Amrit Sohal-Dean, said the figures were out of date.\n")
    name = speaker_name(pipeline, body, "the figures were out of date")
    assert name is not None and "Featherby-Tull" not in name


def test_a_bare_title_still_goes_back_to_the_person_titled_so(pipeline):
    # twin: no name in apposition; "the finance director" is the person quoted with that title
    body = ("Harbour finance director Rosalind Featherby-Tull said the budget would be short. The finance director "
            "said the figures were final.\n")
    name = speaker_name(pipeline, body, "the figures were final")
    assert name is not None and "Featherby-Tull" in name


# -- "expects to": an intention, no words --------------------------------------------------------------------------

def test_expects_to_is_no_quote(pipeline):
    body = "Ireland expects to lift its ban on poultry imports from Wales by the end of the month.\n"
    assert not any("lift its ban" in t for t in _texts(pipeline, body))


def test_expects_that_still_reports(pipeline):
    # twin: a clause after "expects" says what was forecast
    body = "The harbour board expects that the ban on poultry imports from Wales will be lifted by the end of the month.\n"
    assert any("will be lifted" in t for t in _texts(pipeline, body))


# -- a reflexive object with a noun's clause after it --------------------------------------------------------------

def test_a_reflexive_object_with_a_nouns_clause_is_no_quote(pipeline):
    body = "A harbour mayor in Saxony defended himself in court on Monday against charges that he took bribes.\n"
    assert not any(t.startswith("himself") for t in _texts(pipeline, body))


# -- a person's name the tagger ran into a body's name --------------------------------------------------------------

def test_a_name_after_a_bodys_name_in_a_title_speaks(pipeline):
    body = ("GENEVA, May 17 - Rich countries must agree new rules for harbour trade within two years, Norway's "
            "Ambassador to the World Trade Organization Halvard Mentzoni-Berg said.\n\n"
            "Farm subsidies remained the hardest issue, he added.\n")
    for words in ("Rich countries must agree", "Farm subsidies remained"):
        name = speaker_name(pipeline, body, words)
        assert name is not None and "Mentzoni-Berg" in name


def test_a_title_ending_in_a_bodys_name_stays_with_its_state(pipeline):
    # twin: no name after the body's; the ambassador speaks for his state
    body = ("GENEVA, May 17 - Rich countries must agree new rules for harbour trade within two years, Norway's "
            "Ambassador to the World Trade Organization said.\n")
    name = speaker_name(pipeline, body, "Rich countries must agree")
    assert name is not None and "Norway" in name
