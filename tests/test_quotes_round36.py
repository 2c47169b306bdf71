"""Round quotes32 (round 36): printed quotes that report no words. "Threaten" reports only a clause ("threatened to
strike", "threatened the council with legal action", "a row that threatens the talks" are acts or dangers, CAMEO 13
events, not words); a participle opening its sentence with only a noun phrase names the topic of the report that
follows ("Commenting on the figures, X said ...", "Announcing the plans, X said: ..."); "add" reports only a content
with a finite verb or quoted words ("the index added 23 points", "adding half a cent to $1.31").

Invented dispatches and names; tests/data/quotes_news q401-q420 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has a twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Talks resume after weekend of strikes\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-11-20"}
quote_of = partial(quote_support.quote_of, **_DISPATCH)
_texts = partial(quote_support.quote_texts, **_DISPATCH)
_speaker = partial(quote_support.speaker_text, **_DISPATCH)


# -- threaten: only a clause is reported -------------------------------------------------------------------------------

def test_threatened_to_infinitive_is_no_quote(pipeline):
    body = ("GRELLSTAD, Nov 20 (Reuters) - The Grellstad bus drivers' union threatened on Monday to halt all services "
            "over the holiday unless the city restored its bonus scheme.\n")
    assert not any("halt all services" in t for t in _texts(pipeline, body))


def test_threatening_to_in_a_participle_is_no_quote(pipeline):
    body = ("Kidnappers holding two engineers in the Orsa hills are threatening to kill them unless a ransom is paid, "
            "police said.\n")
    assert not any(t.startswith("to kill") for t in _texts(pipeline, body))


def test_threatened_an_object_with_an_action_is_no_quote(pipeline):
    body = "Residents of the Pellow estate have threatened the housing board with a rent strike over damp flats.\n"
    assert not _texts(pipeline, body)


def test_inanimate_subject_threatens_is_no_quote(pipeline):
    body = ("A row over landing fees threatens to derail the airline's expansion at Tarvik airport, the Kellmar "
            "Courier reported.\n")
    texts = _texts(pipeline, body)
    assert not any(t.startswith("to derail") for t in texts)


def test_threatened_that_clause_is_still_a_report(pipeline):
    # twin: a clause after "threatened" is what was said
    body = "Labour Minister Anouk Verhelst threatened that the government would fine any firm that ignored the ruling.\n"
    quote = quote_of(pipeline, body, "would fine any firm")
    assert "Verhelst" in (quote.speaker.name if quote.speaker else "")


def test_direct_quote_before_threatened_is_still_a_report(pipeline):
    # twin: quoted words before the cue are what was said
    body = '"We will close every depot in the county," the drivers\' leader, Cato Ellery, threatened on Sunday.\n'
    quote = quote_of(pipeline, body, "close every depot")
    assert "Ellery" in (quote.speaker.name if quote.speaker else "")


# -- a participle opener with only a noun phrase ------------------------------------------------------------------------

def test_announcing_the_plans_is_no_quote(pipeline):
    body = ('Announcing the plans, Housing Minister Orla Feeney said: "Every family deserves a warm home."\n')
    texts = _texts(pipeline, body)
    assert "the plans" not in texts
    assert any("warm home" in t for t in texts)


def test_commenting_on_the_figures_is_no_quote(pipeline):
    body = ("VENTRA, Nov 20 - Exports fell 8 pct in October.\n    Commenting on the figures, Trade Minister Jurek "
            "Olbracht said the fall would be reversed by spring.\n")
    texts = _texts(pipeline, body)
    assert not any(t == "the figures" for t in texts)
    assert any("reversed by spring" in t for t in texts)


def test_but_explaining_his_reasons_is_no_quote(pipeline):
    body = ("The deputy mayor, Ansel Quarrington, resigned on Friday. But explaining his reasons for leaving, he told "
            "the council he had been \"worn down\" by the feud.\n")
    texts = _texts(pipeline, body)
    assert not any(t.startswith("his reasons") for t in texts)
    assert any("worn down" in t for t in texts)


def test_emphasising_the_impact_is_no_quote(pipeline):
    body = ("Emphasising the impact of fuel prices on farm incomes, Agriculture Minister Selma Drossart said a cut in "
            "duty would help growers within months.\n")
    texts = _texts(pipeline, body)
    assert not any(t.startswith("the impact") for t in texts)
    assert any("help growers" in t for t in texts)


def test_noting_that_clause_opener_is_still_a_report(pipeline):
    # twin: a clause in the opener is what was noted
    body = ("Noting that unemployment had fallen for a sixth month, central bank governor Ilka Rautavaara said rates "
            "would stay on hold.\n")
    texts = _texts(pipeline, body)
    assert any("unemployment had fallen" in t for t in texts)


def test_calling_with_quoted_words_opener_is_still_a_report(pipeline):
    # twin: quoted words in the opener are what was said
    body = 'Calling the offer "a slap in the face", union leader Brin Taskeen said members would vote on a strike.\n'
    texts = _texts(pipeline, body)
    assert any("slap in the face" in t for t in texts)


# -- add: only a content with a finite verb or quoted words ----------------------------------------------------------

def test_index_added_points_is_no_quote(pipeline):
    body = "LONDON, Nov 20 (Reuters) - The Corvane 250 index added 31.2 points to 9,412.5 by midday.\n"
    assert not _texts(pipeline, body)


def test_adding_an_amount_in_a_participle_is_no_quote(pipeline):
    body = "Brent crude rose in Kellmar trading, adding $1.12 to $71.40 at the close.\n"
    assert not _texts(pipeline, body)


def test_economy_added_jobs_inside_a_report_keeps_the_report(pipeline):
    body = "The Tarvish economy added 184,000 jobs in October, the labour ministry said on Friday.\n"
    texts = _texts(pipeline, body)
    assert not any(t.startswith("184,000") for t in texts)
    assert any(t.startswith("The Tarvish economy added") for t in texts)


def test_currency_added_with_a_later_clause_of_contrast_is_no_quote(pipeline):
    body = "The Dorvan crown had added 0.6% to break through the 9-per-euro level, while the dollar had slipped.\n"
    assert not _texts(pipeline, body)


def test_added_clause_without_that_is_still_a_report(pipeline):
    # twin: a clause with a finite verb after "added" is what was said
    body = "The ports minister, Alvar Quennell, said repairs were on schedule. He added the quay would reopen in April.\n"
    quote = quote_of(pipeline, body, "quay would reopen")
    assert "Quennell" in (quote.speaker.name if quote.speaker else "")


def test_added_after_a_direct_quote_is_still_a_report(pipeline):
    # twin: quoted words before "added"
    body = '"We have heard every complaint," Mayor Corla Varga added.\n'
    quote = quote_of(pipeline, body, "every complaint")
    assert "Varga" in (quote.speaker.name if quote.speaker else "")


# -- maintain: only a clause is reported -------------------------------------------------------------------------------

def test_maintained_a_level_is_no_quote(pipeline):
    body = "Because of its long border, Ostravia has always maintained a large reserve army.\n"
    assert not _texts(pipeline, body)


def test_cartel_will_maintain_its_ceiling_is_no_quote(pipeline):
    body = ("VIENNA, Nov 20 - Oil analysts were confident the producers' group would maintain its output ceiling "
            "at 21 mln barrels a day.\n")
    assert not any(t.startswith("its output ceiling") for t in _texts(pipeline, body))


def test_maintaining_a_grip_in_a_participle_is_no_quote(pipeline):
    body = "The treasury could raise capital spending while maintaining a tight grip on other departments' outlays.\n"
    assert not _texts(pipeline, body)


def test_maintained_that_clause_is_still_a_report(pipeline):
    # twin: a clause after "maintained" is what was said
    body = "The defence lawyer, Ruta Kalnina, maintained that her client had never seen the documents.\n"
    quote = quote_of(pipeline, body, "never seen the documents")
    assert "Kalnina" in (quote.speaker.name if quote.speaker else "")


# -- "was quoted in X saying" without "as" --------------------------------------------------------------------------

def test_quoted_in_a_newspaper_saying(pipeline):
    body = "Defence Minister Arvid Hollenby was quoted in the Kellmar Gazette saying the army would withdraw by June.\n"
    quote = quote_of(pipeline, body, "army would withdraw")
    assert "Hollenby" in (quote.speaker.name if quote.speaker else "")


def test_quoted_by_an_agency_saying_with_a_direct_quote(pipeline):
    body = ('Mr Tarrow was quoted by the Orvesk News Agency saying: "We will not sign a deal that hurts our farmers."\n')
    quote = quote_of(pipeline, body, "hurts our farmers")
    assert "Tarrow" in (quote.speaker.name if quote.speaker else "")


def test_agency_quoted_an_official_saying(pipeline):
    body = ("The state news agency quoted a senior police officer, Ina Varrolt, saying the suspects had fled "
            "abroad.\n")
    quote = quote_of(pipeline, body, "fled abroad")
    assert "Varrolt" in (quote.speaker.name if quote.speaker else "")


def test_quoting_an_officer_the_radio_said_is_unchanged(pipeline):
    # twin: a participle of quoting with no "saying" leaves the speaker to the verb of saying
    body = "The radio, quoting an army officer, said the convoy had been attacked near Dorsk.\n"
    quote = quote_of(pipeline, body, "convoy had been attacked")
    assert "radio" in (quote.speaker.name if quote.speaker else "").lower()


def test_urging_support_opener_is_still_a_report(pipeline):
    # twin of the topic opener: an appeal's object is what was asked for
    body = "Urging support for the new border force, President Ilse Marrak said the country faced \"grave danger\".\n"
    texts = _texts(pipeline, body)
    assert any(t.startswith("support for the new border force") for t in texts)
