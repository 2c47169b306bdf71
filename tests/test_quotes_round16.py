"""Quotations, round 16: speakers set off by a phrase in commas, and worries that report no words.

Invented dispatches and names; each rule has a negative of the same shape."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def has_quote(pipeline, body: str, words: str) -> bool:
    return any(words in q.text for q in quotes_in(pipeline, body))


def speaker_of(pipeline, body: str, words: str) -> str | None:
    quote = next(q for q in quotes_in(pipeline, body) if words in q.text)
    return quote.speaker.name if quote.speaker else None


# -- a name, a phrase in commas, then the cue: the name speaks ------------------------------------

def test_appeal_after_a_name_and_its_party_is_a_quote(pipeline):
    body = "Senator Ivo Kresh, for the Green Party, called on Ms Dorn to publish the harbour ledger.\n"
    assert "Kresh" in (speaker_of(pipeline, body, "publish the harbour ledger") or "")


def test_appeal_with_a_purpose_after_a_name_and_its_party_is_a_quote(pipeline):
    body = ("Senator Ivo Kresh, for the Green Party, called on Ms Dorn to publish the harbour ledger, to check "
            'whether she had kept her "pledge". "We are waiting," Mr Kresh said.\n')
    assert "Kresh" in (speaker_of(pipeline, body, "publish the harbour ledger") or "")


def test_a_name_with_a_phrase_in_commas_still_speaks_with_said(pipeline):
    body = "Ivo Kresh, of the Green Party, said the harbour ledger was late.\n"
    assert "Kresh" in (speaker_of(pipeline, body, "ledger was late") or "")


def test_a_participle_after_a_subject_keeps_the_real_speaker(pipeline):
    body = "Officials quoted by the Ostrel Courier said rents in the port would rise.\n"
    assert speaker_of(pipeline, body, "rents in the port") == "Officials"


# -- fearing a thing is a worry, fearing that something happens is a report -----------------------

def test_fearing_a_thing_is_no_quote(pipeline):
    body = "Farmers in the Ostrel valley fear higher fuel prices, saying the levy has been set too high.\n"
    assert not has_quote(pipeline, body, "higher fuel prices")
    assert has_quote(pipeline, body, "levy has been set too high")


def test_fearing_that_something_happens_stays_a_quote(pipeline):
    body = "Farmers in the Ostrel valley fear that fuel prices will rise again in spring.\n"
    assert has_quote(pipeline, body, "fuel prices will rise")


def test_fearing_a_clause_without_that_stays_a_quote(pipeline):
    body = "Many farmers fear fuel prices will rise again in spring.\n"
    assert has_quote(pipeline, body, "fuel prices will rise")


# -- a medium quoting someone as saying: the one quoted speaks -------------------------------------

def test_the_officer_a_radio_quotes_as_saying_is_the_speaker(pipeline):
    body = "The Vardenian radio quoted a senior officer as saying the border posts near Ostrel had been reinforced.\n"
    assert "officer" in (speaker_of(pipeline, body, "border posts near Ostrel") or "")


def test_the_named_person_a_paper_quotes_as_saying_is_the_speaker(pipeline):
    body = "The Ostrel Courier quoted Halvek Dorn as saying that the copper mine would close in May.\n"
    assert "Dorn" in (speaker_of(pipeline, body, "copper mine would close") or "")


def test_a_radio_quoting_an_officer_and_saying_stays_the_speaker(pipeline):
    body = "The Vardenian radio, quoting a senior officer, said the border posts near Ostrel had been reinforced.\n"
    assert "radio" in (speaker_of(pipeline, body, "border posts near Ostrel") or "")


# -- "said A and B could ...": a second clause with a modal is more of what was said -----------------

def test_a_second_clause_with_a_modal_is_part_of_the_report(pipeline):
    body = ('The treasurer Halvek Dorn insisted his budget was "prudent" and the province could lower fees '
            "because its exports had grown.\n")
    assert has_quote(pipeline, body, "province could lower fees")


def test_what_the_speaker_did_next_is_not_part_of_the_report(pipeline):
    body = "Halvek Dorn said the budget was prudent and he left the chamber before the vote.\n"
    assert has_quote(pipeline, body, "budget was prudent")
    assert not has_quote(pipeline, body, "left the chamber")


# -- "Asked whether ..., X said": the question is the asker's, not X's words ------------------------

def test_a_fronted_asked_question_is_no_quote(pipeline):
    body = 'Asked whether he would stand again, Halvek Dorn said: "I have not decided on the harbour seat."\n'
    assert not has_quote(pipeline, body, "stand again")
    assert "Dorn" in (speaker_of(pipeline, body, "harbour seat") or "")


def test_a_passive_asked_question_is_no_quote(pipeline):
    body = "Halvek Dorn was asked whether the council had read the harbour ledger.\n"
    assert not has_quote(pipeline, body, "harbour ledger")


def test_someone_asking_whether_stays_a_quote(pipeline):
    body = "Halvek Dorn has asked whether the council had read the harbour ledger.\n"
    assert has_quote(pipeline, body, "harbour ledger")


def test_someone_asking_others_to_act_stays_a_quote(pipeline):
    body = "Before the vote, Halvek Dorn asked the council to publish the harbour ledger.\n"
    assert has_quote(pipeline, body, "publish the harbour ledger")


def test_a_minister_quoting_his_side_s_own_plan_stays_the_speaker(pipeline):
    body = ('Port minister Halvek Dorn quoted its ten-year plan for the harbour, as saying: "Every berth will be '
            'dredged by spring."\n')
    assert "Dorn" in (speaker_of(pipeline, body, "Every berth") or "")


# -- "people who threaten X": a present-tense description of a class of people, no report ---------

def test_anglers_who_threaten_wildlife_is_no_quote(pipeline):
    body = "Wardens may now fine anglers who damage or threaten wildlife in the Ostrel reserve.\n"
    assert not has_quote(pipeline, body, "wildlife")


def test_officials_who_threaten_strikes_is_no_quote(pipeline):
    body = "Under the new Ostrel rules, officials who threaten strikes will be fined.\n"
    assert not has_quote(pipeline, body, "strikes")


def test_a_relative_clause_that_reports_a_clause_stays_a_quote(pipeline):
    body = "Halvek Dorn, who says the Ostrel reserve is too small, met the wardens on Monday.\n"
    assert has_quote(pipeline, body, "reserve is too small")


def test_a_past_threat_in_a_relative_clause_is_no_quote(pipeline):
    # quotes32 (round 36): "threaten" reports only a clause (cues.yaml clause_only): a threat named by its object is an
    # act, its words not given, as the audits' golds read "threatened X with Y" and "threatened to Y"
    body = "Halvek Dorn, who threatened a strike at the Ostrel docks last week, met the wardens on Monday.\n"
    assert not has_quote(pipeline, body, "strike at the Ostrel docks")
