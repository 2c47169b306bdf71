"""Round quotes22: general mechanisms of speaker choice and quote recall. A body noun after a dateline points back to
the body quoted there, a state's possessive before a body's own name, armed services and other bodies as body nouns,
a pronoun after an unknown person quoted since an unnamed title, a spokesperson for an office no actor stands for,
"but" and a second cue after a copula clause; not quotes: "called a strike", what an audit showed.

Invented dispatches and names; tests/data/quotes_news q191-q230 hold the hand-annotated dev dispatches of the
round (other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Port row deepens\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-04-01"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)


# -- "the company" after a dateline is the body quoted there, not the dateline's city --------------------------

def test_a_body_noun_after_a_dateline_goes_back_to_the_body_quoted_there(pipeline):
    body = ("LUANDA, June 3 (Reuters) - Cuanza Diamonds said on Monday it had closed its northern mine after a "
            "flood.\n\n"
            "\"No worker was hurt,\" the company said in a statement.\n")
    name = speaker_name(pipeline, body, "No worker was hurt")
    assert name is not None and "Cuanza" in name


def test_a_body_noun_after_a_dateline_and_a_person_quoted_does_not_take_the_person(pipeline):
    # twin: the sentence before quoted a person, not a body; "the company" is not that person
    body = ("LUANDA, June 3 (Reuters) - Mine manager Paulo Ngunza-Tchiaku said on Monday the northern pit had "
            "flooded.\n\n"
            "\"No worker was hurt,\" the company said in a statement.\n")
    name = speaker_name(pipeline, body, "No worker was hurt")
    assert name is None or "Ngunza-Tchiaku" not in name


# -- "Colombia's ELN rebel group": the body named before the noun, not the state ---------------------------------

def test_a_body_noun_after_a_state_and_a_body_name_is_that_body(pipeline):
    body = ("Chile's Codelta mining company said on Tuesday it would cut output at two mines.\n\n"
            "\"Demand in China has fallen,\" the company said.\n")
    for words in ("cut output", "Demand in China"):
        quote = quote_of(pipeline, body, words)
        assert quote.speaker is not None and "Codelta" in quote.speaker.name
        assert quote.speaker.actor != "CHL"


def test_a_body_noun_after_a_state_alone_still_speaks_for_the_state(pipeline):
    # twin: no name of its own between the state and the noun
    body = "Nigeria's army said on Tuesday it had freed 40 hostages in Borno state.\n"
    quote = quote_of(pipeline, body, "it had freed")
    assert quote.speaker is not None and "Nigeria" in quote.speaker.name


# -- "the air force said" names a body, not the person quoted last ---------------------------------------------

def test_the_air_force_is_no_title_of_the_person_quoted_last(pipeline):
    body = ("Drones struck a fuel depot near the border overnight, officials said.\n\n"
            "\"The fire is under control,\" regional governor Oleksandr Hrytsenko-Vyr wrote on Telegram.\n\n"
            "The air force said it had shot down 14 of 20 drones.\n")
    name = speaker_name(pipeline, body, "shot down")
    assert name is not None and "Hrytsenko-Vyr" not in name


def test_a_title_after_a_named_person_still_goes_back_to_that_person(pipeline):
    # twin: "the governor" is a title, and points back to the governor quoted before
    body = ("Drones struck a fuel depot near the border overnight, officials said.\n\n"
            "\"The fire is under control,\" regional governor Oleksandr Hrytsenko-Vyr wrote on Telegram.\n\n"
            "The governor said two firefighters had been injured.\n")
    name = speaker_name(pipeline, body, "two firefighters")
    assert name is not None and "Hrytsenko-Vyr" in name


# -- "called a strike" convenes; "called the strike X" and "called for a strike" still report -------------------

def test_calling_a_strike_or_an_election_is_no_quote(pipeline):
    body = ("Dock workers called a 48-hour strike for next week. The prime minister called a snap election for "
            "October.\n")
    texts = [q.text for q in quotes_in(pipeline, body)]
    assert not any("strike" in t or "election" in t for t in texts)


def test_calling_for_a_strike_and_calling_it_a_name_still_report(pipeline):
    body = ("The dockers' union called for a general strike on Friday. The minister called the strike "
            "\"an act of sabotage\".\n")
    texts = [q.text for q in quotes_in(pipeline, body)]
    assert any("general strike" in t for t in texts)
    assert any("sabotage" in t for t in texts)


# -- a pronoun after an unnamed title and an unknown person quoted since -----------------------------------------

def test_a_pronoun_goes_with_the_unknown_person_quoted_after_an_unnamed_title(pipeline):
    headline = "Bus fares 'will not rise', says economy secretary\n\n"
    body = ("Bus fares will stay frozen when the current scheme ends next year, the economy secretary has said.\n\n"
            "Speaking in the Senedd, Rhodri Tregarron-Bevan said he had secured the money from the Treasury. "
            "\"I will not let passengers down,\" he said.\n")
    name = speaker_name(pipeline, body, "passengers down", headline=headline)
    assert name is not None and "Tregarron-Bevan" in name


def test_a_pronoun_after_the_unnamed_title_alone_keeps_the_title(pipeline):
    # twin: no one else quoted since the unnamed title
    headline = "Bus fares 'will not rise', says economy secretary\n\n"
    body = ("Bus fares will stay frozen when the current scheme ends next year, the economy secretary has said.\n\n"
            "\"I will not let passengers down,\" he said.\n")
    name = speaker_name(pipeline, body, "passengers down", headline=headline)
    assert name is not None and "secretary" in name


# -- a spokesperson for an office no actor stands for -------------------------------------------------------------

def test_a_spokesman_for_an_unnamed_office_holder_is_not_the_body_before(pipeline):
    body = ("The provincial government has defended its new water charge. A spokeswoman for the provincial "
            "governor said the money would repair old pipes.\n")
    name = speaker_name(pipeline, body, "repair old pipes")
    assert name is not None and "governor" in name


def test_a_spokesman_for_the_ministry_still_speaks_for_the_ministry_before(pipeline):
    # twin: a body noun after "for": the body named before
    body = ("The Ministry of Water defended its new water charge on Monday. A spokeswoman for the ministry said the "
            "money would repair old pipes.\n")
    name = speaker_name(pipeline, body, "repair old pipes")
    assert name is not None and "Ministry" in name


# -- "said X had been Y but warned of Z": two reports ------------------------------------------------------------

def test_but_and_a_cue_after_a_copula_clause_ends_the_first_report(pipeline):
    body = "Coastguards said the crossing had been calm but warned of high winds on Sunday.\n"
    texts = [q.text for q in quotes_in(pipeline, body)]
    assert "the crossing had been calm" in texts


def test_but_and_a_plain_verb_after_a_copula_clause_stays_in_the_report(pipeline):
    # twin: "but stayed" is no cue; the clause stays whole
    body = "Coastguards said the crossing had been calm but stayed closed to small boats on Sunday.\n"
    quote = quote_of(pipeline, body, "the crossing had been calm")
    assert "stayed closed" in quote.text


# -- what an audit showed is the writer's reading, what the auditor said is a quote ------------------------------

def test_what_an_audit_showed_is_no_quote(pipeline):
    body = "The audit showed that inspectors had skipped half of the required visits.\n"
    assert not quotes_in(pipeline, body)


def test_what_the_auditor_said_is_a_quote(pipeline):
    body = "The auditor general, Ines Varga-Lotte, said inspectors had skipped half of the required visits.\n"
    assert any("skipped" in q.text for q in quotes_in(pipeline, body))


# -- a headline's "X warns Y over Z" sums up a stance; "X warns Y that ..." reports words ------------------------

def test_a_headline_warning_someone_over_a_topic_is_no_quote(pipeline):
    headline = "Serbia warns Kosovo over new border fees\n\n"
    body = "BELGRADE (Reuters) - Serbia's government said on Monday the fees broke a 2023 agreement.\n"
    record = pipeline.extract(headline + body, reference_date="2028-04-01")
    assert not any(q.span[0] < len(headline) for q in record.quotes)


def test_a_headline_warning_someone_that_something_will_happen_is_a_quote(pipeline):
    # twin: a clause after the listener reports the words
    headline = "Serbia warns Kosovo that new border fees will hurt trade\n\n"
    body = "BELGRADE (Reuters) - Serbia's government said on Monday the fees broke a 2023 agreement.\n"
    record = pipeline.extract(headline + body, reference_date="2028-04-01")
    assert any(q.span[0] < len(headline) and "hurt trade" in q.text for q in record.quotes)


def test_calling_a_walkout_a_quoted_name_still_reports(pipeline):
    # twin of the convening rule: quoted words after the object are what was said of it
    body = "The governor, in a radio interview, called the nurses' walkout \"a political stunt\".\n"
    assert any("political stunt" in q.text for q in quotes_in(pipeline, body))


# -- "The national grid operator, Tarvenergo, said": the name after the body noun ------------------------------

def test_a_body_noun_with_its_name_after_a_comma_is_that_body(pipeline):
    body = ("Kenyan officials said on Sunday that a storm had cut power to 40,000 homes.\n\n"
            "The national water utility, Maji Safi, said crews were repairing two pumping stations.\n")
    name = speaker_name(pipeline, body, "crews were repairing")
    assert name is not None and "Maji Safi" in name


def test_a_body_noun_with_no_name_after_it_goes_back_to_the_body_quoted(pipeline):
    # twin: "the utility" with no name of its own is the body named before
    body = ("Maji Safi, the national water utility, said on Sunday that a storm had cut supply to 40,000 homes.\n\n"
            "The utility said crews were repairing two pumping stations.\n")
    name = speaker_name(pipeline, body, "crews were repairing")
    assert name is not None and "Maji Safi" in name


# -- "described X, dubbed Y by Z, as 'W'": the quoted words after the aside ------------------------------------

def test_quoted_words_after_an_aside_and_as_are_part_of_the_report(pipeline):
    body = ("A former party treasurer has described the leadership contest, nicknamed the \"tea-room war\" by "
            "backbenchers, as \"the worst month of my life\".\n")
    quote = quote_of(pipeline, body, "leadership contest")
    assert "worst month of my life" in quote.text


def test_an_as_after_an_aside_without_quoted_words_is_not_added(pipeline):
    # twin: no quoted words after "as": nothing more is taken in
    body = ("A former party treasurer has described the leadership contest, nicknamed the tea-room war by "
            "backbenchers, as bruising.\n")
    texts = [q.text for q in quotes_in(pipeline, body)]
    assert not any("bruising" in t and "leadership contest" in t for t in texts)
