"""Titles tied to names: a spokesperson for a named person speaks for that person, as a body's speaks
for the body; a title and the name it stands with are one person.

Invented dispatches and names."""

from __future__ import annotations

from quote_support import speaker_actor
from test_quotes_round4 import quotes_in

HEADLINE = "Border talks resume\n\n"


def actor_of(pipeline, body: str, words: str) -> str | None:
    return speaker_actor(pipeline, HEADLINE + body, words)


def test_a_prime_ministers_spokesman_speaks_for_the_prime_minister(pipeline):
    # As "a Home Office spokesman" speaks for the Home Office: the one spoken for, the most specific
    # actor the text gives (the person stands for the state through the person's country).
    body = "French Prime Minister Tavric Olumbe's spokesman said the talks would resume in May.\n"
    assert actor_of(pipeline, body, "talks would resume") == "person:tavric-olumbe"


def test_a_spokeswoman_for_a_president_speaks_for_the_president(pipeline):
    body = ("WARSAW, May 4 (Reuters) - \"The border will stay open,\" a spokeswoman for Polish President "
            "Anya Delcourt said on Thursday.\n")
    assert actor_of(pipeline, body, "border will stay open") == "person:anya-delcourt"


def test_a_spokesman_for_an_opposition_leader_speaks_for_that_leader(pipeline):
    body = "\"The vote was rigged,\" a spokesman for opposition leader Anya Delcourt said.\n"
    assert actor_of(pipeline, body, "vote was rigged") == "person:anya-delcourt"


def test_a_spokesman_named_in_apposition_is_that_person(pipeline):
    body = "Prime Minister Tavric Olumbe's spokesman, Ivo Dallan, said the talks would resume in May.\n"
    assert actor_of(pipeline, body, "talks would resume") == "person:ivo-dallan"


def test_a_minister_named_in_apposition_after_the_quote_is_the_speaker(pipeline):
    body = "\"We will not be rushed,\" said Pavel Krane, the Czech foreign minister.\n"
    assert actor_of(pipeline, body, "not be rushed") == "person:pavel-krane"


def test_the_title_of_a_person_named_before_is_that_person_not_the_one_quoted_last(pipeline):
    body = ("Foreign Secretary Anya Delcourt met Ivo Dallan, the Tarvel envoy, on Monday. \"We agreed on a "
            "timetable,\" Mr Dallan said.\n\n"
            "\"The talks were useful,\" the foreign secretary said.\n")
    assert actor_of(pipeline, body, "talks were useful") == "person:anya-delcourt"


# -- round 17: a bare title goes back through the chain of titled mentions ------------------------------

def speaker_of(pipeline, body: str, words: str) -> str | None:
    quote = next(q for q in quotes_in(pipeline, body) if words in q.text)
    return quote.speaker.name if quote.speaker else None


# -- a title naming its state is not another state's office holder ----------------------------------

def test_a_title_of_one_state_is_not_the_president_of_another(pipeline):
    body = ("US President Hal Brenner spoke to reporters in Washington on Monday. \"We want a ceasefire,\" "
            "Mr Brenner said.\n\nThe Kenyan president said his country would send troops.\n")
    assert speaker_of(pipeline, body, "send troops") == "Kenya"


def test_a_title_of_one_state_is_the_person_of_that_state_named_with_it(pipeline):
    body = ("Kenyan President Robert Odero met US President Hal Brenner in Washington on Monday. \"We want a "
            "ceasefire,\" Mr Brenner said.\n\nThe Kenyan president said his country would send troops.\n")
    assert speaker_of(pipeline, body, "send troops") == "Robert Odero"


# -- a title given in apposition or before the name, most recent first -------------------------------

def test_an_apposition_title_ties_back_past_another_speaker(pipeline):
    body = ("Peter Wekesa, the Kenyan foreign minister, arrived in Kampala on Monday.\n\n"
            "Opposition leader David Kamau said the visit was a waste of money.\n\n"
            "The foreign minister said the visit would bring a deal on fishing rights.\n")
    assert speaker_of(pipeline, body, "deal on fishing") == "Peter Wekesa"


def test_of_two_persons_with_one_title_the_later_named(pipeline):
    body = ("Minister Martin Trell opened the bridge in the morning. Later, Minister Grace Sarno visited the port.\n\n"
            "\"The port must grow,\" Ms Sarno said.\n\nThe minister said the port would get new cranes.\n")
    assert speaker_of(pipeline, body, "new cranes") == "Grace Sarno"


def test_a_former_title_is_not_the_office_holder(pipeline):
    body = ("Former President Robert Odero attended the ceremony in Nairobi. President Lina Mbaru said the country "
            "owed him much.\n\nThe former president said he was proud of the new port.\n")
    assert speaker_of(pipeline, body, "proud of the new port") == "Robert Odero"


# -- a title is read in the name's own phrase, not anywhere before it in the sentence -------------------

def test_a_name_after_a_verb_does_not_take_the_title_of_the_subject(pipeline):
    body = ("Foreign Minister Peter Wekesa met opposition leader David Kamau in Nairobi on Monday.\n\n"
            "\"We talked for an hour,\" Mr Kamau said.\n\nThe minister said the talks had been useful.\n")
    assert speaker_of(pipeline, body, "talks had been useful") == "Peter Wekesa"


# -- titles of one office (cues.yaml title_synonyms) ------------------------------------------------

def test_a_club_boss_is_the_head_coach(pipeline):
    body = ("Dunmore Rovers boss Mark Tessel praised Kelby Town on Friday. \"They are quick,\" said Kelby's "
            "Tom Darrow.\n\nThe Rovers head coach said: \"We expect a demanding match.\"\n")
    assert speaker_of(pipeline, body, "demanding match") == "Mark Tessel"


def test_the_top_diplomat_is_the_foreign_minister(pipeline):
    body = ("Kenyan Foreign Minister Peter Wekesa flew to Kampala on Monday. Trade Minister Grace Sarno said the "
            "trip was long overdue.\n\nThe top diplomat said the border would reopen.\n")
    assert speaker_of(pipeline, body, "border would reopen") == "Peter Wekesa"


def test_a_former_premier_is_not_the_prime_minister(pipeline):
    body = ("Prime Minister Lina Mbaru opened the port. Former premier Robert Odero said it was his idea.\n\n"
            "The prime minister said the port would create jobs.\n")
    assert speaker_of(pipeline, body, "create jobs") == "Lina Mbaru"


# -- a body noun: "the bank said" points back to the bank, "a rights group said" introduces one ---------

def test_the_bank_is_the_bank_named_before_not_the_person_quoted_last(pipeline):
    body = ("The Central Bank of Kenya raised its main rate on Tuesday. \"Prices are too high,\" said Grace Sarno, "
            "an economist at a Nairobi brokerage.\n\nThe bank said it would meet again in March.\n")
    assert "Grace" not in (speaker_of(pipeline, body, "meet again in March") or "")


def test_a_group_with_no_article_is_its_own_speaker(pipeline):
    body = ("The rights group Amnesty International said the rally in Nairobi had been peaceful.\n\n"
            "Farmers' groups said the rally had blocked the market road.\n")
    assert speaker_of(pipeline, body, "blocked the market road") == "Farmers' groups"


# -- a title naming its state, with no one named with it before: the one person of that state with that role --

def test_a_state_title_named_only_later_is_that_states_office_holder(pipeline):
    body = ("The Kenyan president said on Monday the border would reopen.\n\n"
            "Kenyan President Robert Odero had closed the border in May after clashes.\n")
    assert speaker_of(pipeline, body, "border would reopen") == "Robert Odero"


def test_a_state_title_is_not_another_states_office_holder_named_later(pipeline):
    body = ("The Kenyan president said on Monday the border would reopen.\n\n"
            "Ugandan President Robert Odero had closed the border in May after clashes.\n")
    assert speaker_of(pipeline, body, "border would reopen") != "Robert Odero"


# -- "he" or "she" after another person was quoted: the subject the paragraph or the sentence follows -------

def test_a_pronoun_goes_on_with_the_subject_of_its_paragraph(pipeline):
    body = ("\"The deal is dead,\" said Peter Wekesa, the opposition leader.\n\n"
            "Grace Sarno flew to Kampala on Tuesday. The trip had been planned for weeks. Talks lasted six hours. "
            "Officials were upbeat. She said the deal would be signed in May.\n")
    assert speaker_of(pipeline, body, "signed in May") == "Grace Sarno"


def test_a_pronoun_is_the_subject_of_a_clause_opening_its_sentence(pipeline):
    body = ("\"The deal is dead,\" said Peter Wekesa, the opposition leader.\n\n"
            "When Grace Sarno arrived in Kampala on Tuesday, she said the deal would be signed in May.\n")
    assert speaker_of(pipeline, body, "signed in May") == "Grace Sarno"


def test_a_pronoun_after_a_relative_clause_quote_is_the_sentence_subject(pipeline):
    body = "Peter Wekesa met Grace Sarno, who said the border would reopen. He said trade would double.\n"
    assert speaker_of(pipeline, body, "trade would double") == "Peter Wekesa"


def test_a_pronoun_in_the_next_paragraph_still_goes_on_with_the_last_speaker(pipeline):
    body = ("Grace Sarno flew to Kampala on Tuesday.\n\n\"The deal is dead,\" said Peter Wekesa, the opposition "
            "leader.\n\nHe said the talks had failed.\n")
    assert speaker_of(pipeline, body, "talks had failed") == "Peter Wekesa"


# -- "X, who heads the ministry," is "the minister" later (cues.yaml heading_titles) ---------------------

def test_who_heads_the_ministry_is_the_minister(pipeline):
    body = ("Ruth Wanjiru, who heads the Kenyan foreign ministry, flew to Kampala. David Kamau said the trip was "
            "pointless.\n\nThe minister said the trip would bring results.\n")
    assert speaker_of(pipeline, body, "bring results") == "Ruth Wanjiru"


def test_who_heads_an_agency_is_not_the_minister(pipeline):
    body = ("Ruth Wanjiru, who heads the Kenyan wildlife agency, flew to Kampala. Minister David Kamau said the trip "
            "was pointless.\n\nThe minister said the trip would bring results.\n")
    assert speaker_of(pipeline, body, "bring results") == "David Kamau"
