"""Round quotes28 (round 34): quote spans and speakers on unseen text. A finished quoted sentence closed and another
opened right after it on the same line is one quote (a page that lost its paragraph break); a cue participle after a
comma ("..., while insisting that ...") and "and added that" after a perfect are the speaker's second report, not
words of the first; words told before their cue keep a dash aside; "which she said was ..." is a report of its own,
with the relative clause's speaker ("it" there is the main verb's subject); "X Plc said" is the company "the
company" points back to.

Invented dispatches and names; tests/data/quotes_news q341-q370 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Row over spending plans\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-09-15"}
quotes_in = partial(quote_support.quotes_in, **_DISPATCH)
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)
_texts = partial(quote_support.quote_texts, **_DISPATCH)
_speaker = partial(quote_support.speaker_text, **_DISPATCH)


# -- quoted sentences joined on one line ------------------------------------------------------------------------------

def test_two_quoted_sentences_on_one_line_are_one_quote(pipeline):
    body = ('Shadow housing minister Lorcan Pryde said: "The target has been missed again." "Not one of the promised '
            'homes has been started."\n')
    texts = _texts(pipeline, body)
    assert any("missed again" in t and "has been started" in t for t in texts)


def test_a_next_quote_with_its_own_cue_stays_apart(pipeline):
    # twin: `"..." "...," X said` on one line: the second paragraph has a cue of its own, maybe another speaker's
    body = ("“The vote was rigged,” opposition leader Ysolde Kramm told supporters. “We saw it with our own eyes.” "
            "“That claim is baseless,” election board chairman Anton Brevik said.\n")
    quote = quote_of(pipeline, body, "baseless")
    assert "own eyes" not in quote.text
    assert "Brevik" in (quote.speaker.name if quote.speaker else "")


def test_curly_quoted_sentences_join_after_a_cued_quote(pipeline):
    body = ("“The vote was rigged,” opposition leader Ysolde Kramm told supporters. “We saw it with our own eyes.” "
            "“We will go to court.”\n")
    quote = quote_of(pipeline, body, "own eyes")
    assert "go to court" in quote.text
    assert "Kramm" in (quote.speaker.name if quote.speaker else "")


def test_joined_sentences_after_a_cued_quote_keep_its_speaker(pipeline):
    body = ('Fisheries chief Odran Wale said the quota cut was a disaster. "Boats will be tied up all summer." '
            '"Some of the crews will never come back."\n')
    quote = quote_of(pipeline, body, "tied up")
    assert "never come back" in quote.text
    assert "Wale" in (quote.speaker.name if quote.speaker else "")


def test_a_question_and_its_answer_are_not_joined(pipeline):
    # twin: a closed question then a new quotation is the talk of two sides, not one speech
    body = ('"Will the plant close?" "No, it will not," the company\'s chairman, Harald Venske, said.\n')
    assert not any("plant close" in t and "it will not" in t for t in _texts(pipeline, body))


def test_a_cue_between_two_quotes_still_splits_them(pipeline):
    # twin: the usual `"...," he said. "..."` keeps its two quotes
    body = ('"The budget is fair," said councillor Brin Aldous. "Nobody will pay more."\n')
    texts = _texts(pipeline, body)
    assert any(t.startswith("The budget is fair") and "Nobody" not in t for t in texts)


# -- a second report after a comma or "and added" ---------------------------------------------------------------------

def test_while_insisting_is_a_second_report(pipeline):
    body = ("Health minister Tarja Lenk told parliament the waiting lists were too long, while insisting that the "
            "new clinics would open on time.\n")
    texts = _texts(pipeline, body)
    assert "the waiting lists were too long" in texts
    assert any(t.startswith("the new clinics would open") for t in texts)
    assert "Lenk" in _speaker(pipeline, body, "new clinics")


def test_before_adding_is_a_second_report(pipeline):
    body = ("Harbour master Colm Rathe said the quay had been damaged by the storm, before adding that ferries would "
            "sail again on Monday.\n")
    texts = _texts(pipeline, body)
    assert "the quay had been damaged by the storm" in texts
    assert "Rathe" in _speaker(pipeline, body, "ferries would sail")


def test_bare_conceding_participle_is_a_second_report(pipeline):
    body = ("The airline's chief executive, Mireille Dost, said fares would rise in the spring, conceding that "
            "passengers had every reason to be angry.\n")
    assert "fares would rise in the spring" in _texts(pipeline, body)


def test_and_added_after_a_perfect_is_the_speakers_own(pipeline):
    body = ("The head of the water board, Enid Carrow, said the utility had repaired the main and added that supplies "
            "would be back to normal by Friday.\n")
    texts = _texts(pipeline, body)
    assert "the utility had repaired the main" in texts
    assert "Carrow" in _speaker(pipeline, body, "supplies would be back")


def test_and_promised_after_a_perfect_stays_in_the_report(pipeline):
    # twin: a cue that may share the perfect ("had visited and promised") can be the reported person's own act
    body = ("Opposition leader Ivar Holt said the minister had visited the mine and promised that no jobs would go.\n")
    assert any("visited the mine" in t and "no jobs would go" in t for t in _texts(pipeline, body))


def test_an_occasion_participle_still_ends_the_report(pipeline):
    # twin: "speaking at ..." with no clause of its own is the occasion (round 22's rule, unchanged)
    body = "Finance minister Odile Brask said the deficit would shrink, speaking at a bankers' dinner in the capital.\n"
    assert "the deficit would shrink" in _texts(pipeline, body)


# -- words told before their cue keep a dash aside -------------------------------------------------------------------

def test_front_quote_keeps_its_dash_tail(pipeline):
    body = "Season tickets will cost 95 euros next year - nine euros more than this season, a club spokeswoman said.\n"
    assert any(t.endswith("nine euros more than this season") for t in _texts(pipeline, body))


def test_front_quote_with_a_dash_aside_and_a_named_speaker(pipeline):
    body = ("Tolls on the Harne bridge will rise by 10 percent - the first rise in six years, the county engineer, "
            "Padraig Dunne, said on Friday.\n")
    assert any("the first rise in six years" in t for t in _texts(pipeline, body))


def test_dash_aside_after_the_cue_is_still_cut(pipeline):
    # twin: after the cue, a lone dash with no verb is the writer's aside (round 22's rule, unchanged)
    body = "Transport minister Halla Ruud said the tram line would open in 2031 - three years late.\n"
    assert "the tram line would open in 2031" in _texts(pipeline, body)


# -- "which she said was ..." ---------------------------------------------------------------------------------------

def test_which_she_said_is_a_report_of_its_own(pipeline):
    body = ("Premier Dagny Voll thanked the fishing fleet for the record catch, which she said was proof that the "
            "new rules worked.\n")
    quote = quote_of(pipeline, body, "proof that")
    assert "fishing fleet" not in quote.text
    assert "Voll" in (quote.speaker.name if quote.speaker else "")


def test_which_it_said_is_the_main_subjects_words(pipeline):
    body = "The Harrowgate Nurses' Guild turned down the new rota, which it said would leave wards short of staff.\n"
    assert "Guild" in _speaker(pipeline, body, "leave wards short")


def test_who_he_said_is_the_named_speakers_words(pipeline):
    body = "Senator Ruben Castellane visited the dockers, who he said had been ignored by both parties for years.\n"
    assert "Castellane" in _speaker(pipeline, body, "been ignored")


def test_which_he_says_in_the_present(pipeline):
    body = "Councillor Amos Threlkeld opposed the new car park, which he says will ruin the old market square.\n"
    assert "Threlkeld" in _speaker(pipeline, body, "ruin the old market")


def test_which_along_with_others_keeps_the_body(pipeline):
    # twin: a relative pronoun with a phrase before its cue ("which along with ... has argued") is the body itself
    body = ("The levy passed over the objections of the Upland Growers' Federation, which along with several rural "
            "councils has argued the levy would ruin hill farms.\n")
    assert "Federation" in _speaker(pipeline, body, "ruin hill farms")


# -- "X Plc said ... The company said" ------------------------------------------------------------------------------

def test_company_with_a_legal_suffix_is_the_company_later(pipeline):
    body = ("Corvane Textiles Plc said it would shut its Millbeck weaving shed next spring.\n\n"
            '"Orders have fallen for three years," the company said.\n\n'
            "The company said 120 staff would be offered other posts.\n")
    assert "Corvane" in _speaker(pipeline, body, "120 staff")


def test_company_inc_is_not_the_unit_named_after_it(pipeline):
    body = ("Ashmoor Dairies Inc said it had sold its Fenwick Cheese business to a rival.\n\n"
            '"We want to focus on milk," the company said.\n\n'
            "The company said the sale would raise 30 mln dlrs.\n")
    assert "Ashmoor" in _speaker(pipeline, body, "30 mln dlrs")
