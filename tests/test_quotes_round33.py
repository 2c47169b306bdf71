"""Round quotes26 (round 33): speakers and false quotes found on the unannotated news pool's third block. An agency
alone before a dash ("AP - ") is no part of the subject; what figures or a study confirm, point to or signal is the
writer's reading, as what they show; "agreed a deal with X which ..." is an act; a party named by its nickname is
printed as the text names it; a state's name before analysts or a firm only places them; a first name set off by a
person's description is who "she said" goes on with; a description of the one person the sentence before named
("The 72-year-old said") is that person; a title with its own name in apposition is not the title quoted before.

Invented dispatches and names; tests/data/quotes_news q291-q320 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Council under pressure\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-07-15"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)
_texts = partial(quote_support.quote_texts, **_DISPATCH)
_speaker = partial(quote_support.speaker_text, **_DISPATCH)


def _actor(pipeline, body: str, words: str) -> str | None:
    speaker = quote_of(pipeline, body, words).speaker
    return speaker.actor if speaker else None


# -- an agency alone before a dash ---------------------------------------------------------------------------------

def test_ap_before_a_dash_is_not_the_judge_who_ruled(pipeline):
    body = ("AP - A state appeals court ruled Friday that the ballot count in Halloway County must start again "
            "from the first precinct.\n")
    assert "Associated Press" not in _speaker(pipeline, body, "ballot count")
    assert "court" in _speaker(pipeline, body, "ballot count")


def test_reuters_before_a_dash_is_not_the_election_board(pipeline):
    body = ("Reuters - A regional election board in northern Perandia said on Sunday that turnout had reached a "
            "record 81 percent.\n")
    assert "election board" in _speaker(pipeline, body, "turnout had reached")


def test_ap_before_a_dash_is_not_the_senator_campaign(pipeline):
    body = ("AP - Senator Wilma Droscher's campaign, contending that a rival group had broken spending rules, asked "
            "the election commission on Monday to open an inquiry.\n")
    assert "Associated Press" not in _speaker(pipeline, body, "rival group had broken")


def test_a_bracketed_agency_dateline_is_unchanged(pipeline):
    # twin: the usual dateline was always kept out of the subject
    body = ("OSTRELL (Reuters) - The Ostrell port authority said on Monday that cargo volumes fell 8 percent in "
            "June.\n")
    assert "port authority" in _speaker(pipeline, body, "cargo volumes")


# -- what figures and studies confirm, point to or signal ------------------------------------------------------------

def test_figures_that_confirm_a_slowdown_are_no_quote(pipeline):
    body = "Official figures have confirmed a slowdown in Harwen's car sales in the last three months of the year.\n"
    assert not any("slowdown" in t for t in _texts(pipeline, body))


def test_numbers_that_point_to_a_recovery_are_no_quote(pipeline):
    body = "Although the latest numbers point to a recovery, shopkeepers in Dunvale remain gloomy about the winter.\n"
    assert not any("recovery" in t for t in _texts(pipeline, body))


def test_a_currency_value_signalling_doubt_is_no_quote(pipeline):
    body = ("The value of the Perandian dinar fell sharply on Tuesday, signalling that traders doubt the central "
            "bank's new policy.\n")
    assert not any("traders doubt" in t for t in _texts(pipeline, body))


def test_it_after_a_report_shows_no_words(pipeline):
    body = ("The review, carried out by an independent panel in Marrowby, placed the council last of 30 for road "
            "repairs.\n\nIt showed potholes were taking twice as long to fill as in 2024.\n")
    assert not any("potholes" in t for t in _texts(pipeline, body))


def test_a_ministry_that_confirms_is_still_quoted(pipeline):
    # twin: a body confirming something says it
    body = "The transport ministry confirmed that the Harwen tunnel would reopen to lorries on Friday.\n"
    assert any("tunnel would reopen" in t for t in _texts(pipeline, body))


def test_it_after_a_company_still_reveals_words(pipeline):
    # twin: "it" after a company (no record) is the company speaking
    body = ("Brellin Foods published its annual results on Monday.\n\nIt revealed that it would close two bakeries "
            "in the north.\n")
    assert any("close two bakeries" in t for t in _texts(pipeline, body))


# -- "agreed a deal with X which ...": an act --------------------------------------------------------------------------

def test_agreed_a_package_with_a_partner_which_will_is_no_quote(pipeline):
    body = ("Carmaker Velsted last week agreed a compensation package with its former partner Harrow Axles which "
            "will see it buy the joint plant in Dunvale.\n")
    assert not any("compensation package" in t for t in _texts(pipeline, body))


def test_agreed_a_deal_with_a_union_that_will_is_no_quote(pipeline):
    body = ("The rail operator on Monday agreed a pay deal with the drivers' union Aslef Nord that will raise wages "
            "by 4 percent.\n")
    assert not any("pay deal" in t for t in _texts(pipeline, body))


def test_agreed_that_still_reports(pipeline):
    # twin: a clause after "agreed" is what was agreed in words
    body = "The two ministers agreed that the border crossing at Kell would stay open through the winter.\n"
    assert any("border crossing" in t for t in _texts(pipeline, body))


# -- a party named by its nickname ---------------------------------------------------------------------------------

def test_the_tories_are_printed_as_the_text_names_them(pipeline):
    body = "The Tories said the new parking charges were \"a tax on shoppers\".\n"
    assert "Tories" in _speaker(pipeline, body, "parking charges")


def test_democrats_are_printed_as_the_text_names_them(pipeline):
    body = "Democrats say the highway bill would leave rural counties without new funding.\n"
    assert "Democrats" in _speaker(pipeline, body, "highway bill")


def test_republicans_are_printed_as_the_text_names_them(pipeline):
    body = ("Democrats backed the measure on Tuesday, while Republicans argued it would raise fuel prices across the "
            "state.\n")
    assert "Republicans" in _speaker(pipeline, body, "raise fuel prices")


def test_labour_keeps_its_table_name(pipeline):
    # twin: a name the table name holds ("Labour" in "Labour Party") changes nothing
    body = "Labour said the school building plan was two years behind schedule.\n"
    assert "Labour" in _speaker(pipeline, body, "school building plan")


# -- a state's name before analysts or a firm ----------------------------------------------------------------------

def test_us_analysts_do_not_speak_for_the_us(pipeline):
    body = "US analysts have said the Perandian navy appears to be preparing for a long blockade.\n"
    assert _actor(pipeline, body, "Perandian navy") != "USA"


def test_a_uk_firm_does_not_speak_for_the_uk(pipeline):
    body = "A UK firm has said it is in final talks to buy the loss-making Harwen shipyard.\n"
    assert _actor(pipeline, body, "final talks") != "GBR"


def test_us_economists_do_not_speak_for_the_us(pipeline):
    body = "US economists say the Federal Reserve will hold interest rates until the spring.\n"
    assert _actor(pipeline, body, "hold interest rates") != "USA"


def test_us_officials_still_speak_for_the_us(pipeline):
    # twin: officials are the state's voice
    body = "US officials said the talks with Perandia had made progress on prisoner exchanges.\n"
    assert _actor(pipeline, body, "prisoner exchanges") != "GBR"
    assert "US" in _speaker(pipeline, body, "prisoner exchanges") or _actor(pipeline, body, "prisoner exchanges") == "USA"


# -- a first name set off by a person's description ----------------------------------------------------------------

def test_she_said_goes_on_with_a_described_first_name(pipeline):
    body = ("Tenants in Marrowby say repairs take months.\n\nOdalys, a cleaner from the Harwen estate, said damp had "
            "ruined her children's clothes.\n\n\"Nobody comes when we call,\" she said.\n")
    assert "Odalys" in _speaker(pipeline, body, "Nobody comes")


def test_he_added_goes_on_with_a_described_first_name(pipeline):
    body = ("Fishermen in Kell say the new quota will ruin them.\n\nBartosz, a skipper with two boats, said he had "
            "already laid off three crew.\n\n\"There is no future here for my sons,\" he added.\n")
    assert "Bartosz" in _speaker(pipeline, body, "no future here")


def test_a_first_name_with_a_gendered_description_is_a_person(pipeline):
    body = ("Parents are angry at the closure of the Dunvale clinic.\n\nSiobhra, a grandmother of five, said the "
            "bus to the city took two hours.\n\n\"It is not fair on the little ones,\" she said.\n")
    assert "Siobhra" in _speaker(pipeline, body, "not fair on the little ones")


def test_a_body_after_a_described_first_name_is_not_that_person(pipeline):
    # twin: "the trust" names a body, not the woman quoted before it
    body = ("Odalys, a cleaner from the Harwen estate, said damp had ruined her children's clothes.\n\nThe housing "
            "trust said it would inspect every flat by June.\n")
    assert "Odalys" not in _speaker(pipeline, body, "inspect every flat")


# -- a description of the one person named in the sentence before -----------------------------------------------------

def test_the_age_of_the_person_named_before_is_that_person(pipeline):
    body = ("Campaigner Edda Morrisey-Kahn stood outside the tribunal on Friday. The 68-year-old said she would "
            "appeal to the supreme court.\n")
    assert "Morrisey-Kahn" in _speaker(pipeline, body, "appeal to the supreme court")


def test_the_mp_for_a_seat_is_the_backbencher_named_before(pipeline):
    body = ("Independent backbencher Corwen Ablethorpe voted against the budget. The MP for Harwen North said it "
            "would close three libraries in his seat.\n")
    assert "Ablethorpe" in _speaker(pipeline, body, "close three libraries")


def test_the_republican_is_the_senator_named_before(pipeline):
    body = ("Senator Ottoline Brasswick cast the deciding vote on Tuesday. The Republican from Idaho told reporters "
            "the bill was the best deal on offer.\n")
    assert "Brasswick" in _speaker(pipeline, body, "best deal on offer")


def test_a_description_after_two_people_is_left_to_the_titles(pipeline):
    # twin: two people named before; "the union leader" is the one the title fits, not the sentence's subject
    body = ("Finance Minister Halvard Orsk met union leader Brigid Tallowmere on Monday. The union leader said the "
            "talks had been frank.\n")
    assert "Orsk" not in _speaker(pipeline, body, "talks had been frank")


# -- a title with its own name in apposition --------------------------------------------------------------------------

def test_a_title_with_its_own_name_is_not_the_headline_title(pipeline):
    text = ("Bishop urges end to evictions\n\nThe Bishop of Marrowby, the Right Rev Aldous Penhallow-Reeve, has "
            "called for a halt to evictions in the city.\n")
    record = pipeline.extract(text, reference_date="2028-07-15")
    quote = next(q for q in record.quotes if "halt to evictions" in q.text)
    assert "Penhallow-Reeve" in quote.speaker.name


# -- an office that lists its fields, then the holder's name ---------------------------------------------------------

def test_the_holder_after_an_office_with_three_fields_is_the_speaker(pipeline):
    body = "Minister for Culture, Media and Sport Tobias Quennell-Arde said the broadcaster's licence would be renewed.\n"
    assert "Quennell-Arde" in _speaker(pipeline, body, "licence would be renewed")


def test_the_holder_after_a_secretary_with_a_two_word_field_is_the_speaker(pipeline):
    body = ("Councils have warned of cuts. Secretary for Housing, Planning and Local Government Idris Maelwyn-Pryce "
            "told MPs that councils would get more money.\n")
    assert "Maelwyn-Pryce" in _speaker(pipeline, body, "councils would get more money")


def test_the_holder_after_a_listed_office_goes_on_with_she_said(pipeline):
    body = ("Minister for Schools, Skills and Training Aurelia Penhaligon-Vey said the new exams would start in 2030."
            "\n\n\"Teachers will have two years to prepare,\" she said.\n")
    assert "Penhaligon-Vey" in _speaker(pipeline, body, "new exams")
    assert "Penhaligon-Vey" in _speaker(pipeline, body, "two years to prepare")


def test_an_office_with_one_field_is_unchanged(pipeline):
    # twin: no list of fields; the name after the office was always found
    body = "Minister for Rural Affairs Tobias Grellmann said farm payments would rise next year.\n"
    assert "Grellmann" in _speaker(pipeline, body, "farm payments")
