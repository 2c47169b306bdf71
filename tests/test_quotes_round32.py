"""Round quotes24 (round 32): speakers found on the unannotated news pool's second block and the quote sets. A name set
after a title in the speaker's own phrase beats another holder of the title named before; "the firm" and "the group"
point back to the company an earlier "the firm" meant, or to the company a descriptor noun introduced; a lead's
unnamed person is the person the next sentence names by what they did; "cited X as saying" relays X's words, as
"quoted X as saying" does.

Invented dispatches and names; tests/data/quotes_news q261-q290 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Port board under fire\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-06-20"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)


def _speaker(pipeline, body: str, words: str) -> str:
    return speaker_name(pipeline, body, words) or ""


# -- a name set after the title in the speaker's own phrase -------------------------------------------------------

def test_apposed_name_beats_the_holder_the_title_was_tied_to_before(pipeline):
    body = ("The harbour board, whose chairman Osric Vellacott-Brand was appointed in May, has again put off its "
            "dredging plan.\n\n\"Fishermen are paying for every month of delay,\" said the chairman of the county "
            "fisheries committee, Labour councillor Maelle Tregunna-Voss.\n")
    assert "Tregunna-Voss" in _speaker(pipeline, body, "Fishermen are paying")


def test_a_bare_title_still_goes_to_the_holder_named_before(pipeline):
    # twin: no name beside the title; the chairman is the one the text named with it
    body = ("The harbour board, whose chairman Osric Vellacott-Brand was appointed in May, has again put off its "
            "dredging plan.\n\n\"We need another survey before we dig,\" said the chairman.\n")
    assert "Vellacott-Brand" in _speaker(pipeline, body, "We need another survey")


def test_a_name_hung_on_the_verb_after_the_title_is_the_speaker(pipeline):
    body = ("The port authority, whose director Ileana Moravcik-Sauer took office last year, kept its tariffs "
            "unchanged on Monday.\n\n\"Exporters cannot absorb another year of this,\" said the chair of the Senate "
            "trade committee, Senator Radomil Kratochvil-Aune.\n")
    assert "Kratochvil-Aune" in _speaker(pipeline, body, "Exporters cannot absorb")


# -- "the firm", "the group": the company named before -------------------------------------------------------------

def test_the_group_is_the_company_an_earlier_the_group_meant(pipeline):
    body = ("NAIROBI, June 20 (Reuters) - Kenyan lender Mbathi Holdings said on Friday it remained in talks with "
            "investor Corvane over the sale of a stake in the group.\n\nIn May, Mbathi Holdings said a deal was near. "
            "But the group said the central bank had yet to approve the terms.\n")
    assert "Mbathi" in _speaker(pipeline, body, "the central bank had yet to approve")


def test_the_company_is_not_the_rival_quoted_just_before(pipeline):
    body = ("Drelloway, the Danish ferry builder, will repair 12 hulls after a welding fault, it said on Monday, a "
            "month after the company lost a navy order.\n\nRival Skarnholm said its own hulls were sound.\n\n"
            "The company said owners would be told by letter.\n")
    assert "Drelloway" in _speaker(pipeline, body, "owners would be told by letter")


def test_the_firm_after_an_earlier_firm_in_the_regulators_report_is_the_fined_company(pipeline):
    body = ("Portwatch, the port regulator, fined Ostrander Shipping on Tuesday over a fuel spill, saying the firm had "
            "ignored repeated warnings.\n\n\"The spill was avoidable,\" Portwatch said.\n\n"
            "The firm said it had already replaced the leaking valves.\n")
    assert "Ostrander" in _speaker(pipeline, body, "it had already replaced the leaking valves")


def test_the_firm_is_the_company_a_descriptor_noun_introduced(pipeline):
    body = ("Profits at Andean miner Quellcoro fell by a third in the first half as copper prices slipped.\n\n"
            "The firm said output rose 6% to 120,000 tonnes.\n")
    assert "Quellcoro" in _speaker(pipeline, body, "output rose 6%")


def test_the_union_is_not_taken_for_the_company(pipeline):
    # twin: only business nouns point back to the company; "the union" stays a body of its own
    body = ("Dockers at Brannock Terminals voted on Friday to strike after talks with the firm broke down over pay.\n\n"
            "The union said 90% of members had backed the walkout.\n")
    assert "Brannock" not in _speaker(pipeline, body, "90% of members had backed")


# -- the lead's unnamed person, named in the next sentence ----------------------------------------------------------

def test_the_leads_unnamed_person_is_the_one_named_next(pipeline):
    body = ("A Green council candidate has withdrawn after being quoted as calling for \"a ban on every second "
            "car\".\n\nTamsin Rosewarne-Kitto, who runs a cycling charity in Truro, had been due to stand in the "
            "Moresk ward.\n")
    assert "Rosewarne-Kitto" in _speaker(pipeline, body, "a ban on every second car")


def test_the_leads_unnamed_person_is_not_someone_named_next_answering_him(pipeline):
    # twin: the next sentence's person speaks in reply; the lead's economist stays unnamed
    body = ("A senior economist warned on Monday that the pension fund would be empty within a decade.\n\n"
            "Treasurer Augustin Delvaux-Orme, who oversees the fund, said the warning ignored recent reforms.\n")
    assert "Delvaux-Orme" not in _speaker(pipeline, body, "the pension fund would be empty")


# -- "cited X as saying" -------------------------------------------------------------------------------------------

def test_cited_an_officer_as_saying_gives_the_officer(pipeline):
    body = ("The Kelbrook Gazette cited a fire officer at the scene as saying crews had waited an hour for water.\n")
    quote = quote_of(pipeline, body, "crews had waited an hour")
    assert quote.speaker is not None and "Gazette" not in quote.speaker.name


def test_citing_an_officer_without_as_saying_keeps_the_paper(pipeline):
    # twin: "citing a fire officer" only says where the paper's report came from; the paper is the speaker
    body = ("The Kelbrook Gazette, citing a fire officer, said crews had waited an hour for water.\n")
    assert "Gazette" in _speaker(pipeline, body, "crews had waited an hour")


# -- "the head of the union": an unnamed office of a body no actor stands for -----------------------------------

def test_the_head_of_an_unnamed_union_is_not_the_person_quoted_before(pipeline):
    body = ("The transport secretary, Corwen Haldane-Price, defended the bus plan on Monday, saying it would reach "
            "every village by 2031.\n\nThe head of the drivers' union said on Tuesday that depots had too few "
            "mechanics.\n")
    assert "Haldane-Price" not in _speaker(pipeline, body, "depots had too few mechanics")


def test_the_head_of_the_union_with_a_name_beside_it_is_that_person(pipeline):
    # twin: a name in apposition to the title is the speaker, not an unnamed head
    body = ("The transport secretary, Corwen Haldane-Price, defended the bus plan on Monday, saying it would reach "
            "every village by 2031.\n\nThe head of the drivers' union, Bryher Tresidder-Lane, said on Tuesday that "
            "depots had too few mechanics.\n")
    assert "Tresidder-Lane" in _speaker(pipeline, body, "depots had too few mechanics")
