"""Quotations, round 15: printed quotes that are not what anyone said (the quote audit's half A not-a-quote class).

Invented dispatches and names; each rule has a negative of the same shape that must stay a quote."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def has_quote(pipeline, body: str, words: str) -> bool:
    return any(words in q.text for q in quotes_in(pipeline, body))


# -- what someone knows, told with no "that", is the writer's account of a mind -----------------------

def test_what_any_sailor_knows_is_no_quote(pipeline):
    body = "Any sailor in Ostrel knows storms come early in the north.\n"
    assert not has_quote(pipeline, body, "storms come early")


def test_what_a_commander_knew_is_no_quote(pipeline):
    body = ("Halvek Dorn hoped for a truce. Even then he knew the rebels would reject any pause while their "
            "leader was in prison.\n")
    assert not has_quote(pipeline, body, "reject any pause")


def test_a_quote_after_knowing_keeps_its_speaker(pipeline):
    body = ("Governor Halvek Dorn already knew the vote would be close. "
            "He said the council would meet again on Friday.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "meet again on Friday" in q.text)
    assert quote.speaker is not None and "Dorn" in (quote.speaker.name or "")


# -- talks, a manner and a replay that "show" something do not speak ---------------------------------

def test_what_talks_showed_is_no_quote(pipeline):
    body = "The talks in Ostrel showed that neither envoy expected a quick treaty.\n"
    assert not has_quote(pipeline, body, "quick treaty")


def test_what_the_manner_of_a_tender_suggests_is_no_quote(pipeline):
    body = "The manner in which the tender was staged suggests that the port authority had picked its winner early.\n"
    assert not has_quote(pipeline, body, "picked its winner")


def test_what_a_replay_showed_is_no_quote(pipeline):
    body = "The referee waved play on, but the replay showed the defender had handled the ball.\n"
    assert not has_quote(pipeline, body, "handled the ball")


def test_what_an_official_suggested_stays_a_quote(pipeline):
    body = "A senior Ostrel official suggested that neither envoy expected a quick treaty.\n"
    assert has_quote(pipeline, body, "quick treaty")


# -- a pronoun pointing back is no report ------------------------------------------------------------

def test_a_memoir_that_explains_this_is_no_quote(pipeline):
    body = "Her memoir explains this at length.\n"
    assert not quotes_in(pipeline, body)


def test_threatening_that_for_most_of_the_half_is_no_quote(pipeline):
    body = "Ostrava had been threatening that for most of the half before the goal finally came.\n"
    assert not quotes_in(pipeline, body)


def test_whether_she_would_repeat_this_to_the_ambassador_is_no_quote(pipeline):
    body = ("\"We will not back down,\" Senator Mira Tolvek said, before being pressed on whether she would repeat "
            "this to the ambassador, who arrives on Monday.\n")
    assert not has_quote(pipeline, body, "to the ambassador")
    assert has_quote(pipeline, body, "We will not back down")


def test_said_that_with_a_clause_after_a_fronted_phrase_stays_a_quote(pipeline):
    body = "Finance Minister Arvo Lendt said that since the war began, bread prices had doubled.\n"
    assert has_quote(pipeline, body, "bread prices had doubled")


def test_called_it_a_disgrace_stays_a_quote(pipeline):
    body = "Finance Minister Arvo Lendt called it a disgrace.\n"
    assert has_quote(pipeline, body, "disgrace")


# -- withholding, summoning and backing oneself are acts ---------------------------------------------

def test_guards_who_denied_a_convoy_what_it_needed_is_no_quote(pipeline):
    body = "The border guards denied the convoy what it needed most, fuel for the trucks.\n"
    assert not quotes_in(pipeline, body)


def test_denied_that_and_denied_claims_that_stay_quotes(pipeline):
    body = ("Defence Minister Arvo Lendt denied that soldiers had fired on the crowd. "
            "He also denied claims that the army had been paid by the mines.\n")
    assert has_quote(pipeline, body, "fired on the crowd")
    assert has_quote(pipeline, body, "paid by the mines")


def test_a_keeper_called_into_action_is_no_quote(pipeline):
    body = "Reserve keeper Mirek Hasla called into action for the first time, tipping a free kick over the bar.\n"
    assert not quotes_in(pipeline, body)


def test_a_side_backing_itself_to_win_is_no_quote(pipeline):
    body = "Tarvos, backing themselves to win the shoot-out, chose their youngest players.\n"
    assert not quotes_in(pipeline, body)


def test_called_on_to_and_called_for_stay_quotes(pipeline):
    body = ("Senator Mira Tolvek called for an inquiry into the contracts. "
            "She called on the government to \"open the books\" before the vote.\n")
    assert has_quote(pipeline, body, "an inquiry into the contracts")
    assert has_quote(pipeline, body, "open the books")


# -- what was not said, or is only owed ---------------------------------------------------------------

def test_what_a_minister_failed_to_mention_is_no_quote(pipeline):
    body = "Finance Minister Halvek Dorn failed to mention that the port fees would rise in May.\n"
    assert not has_quote(pipeline, body, "port fees would rise")


def test_a_letter_that_must_be_published_is_no_quote(pipeline):
    body = "Under the ceasefire terms, each side must publish a letter pledging to return the prisoners.\n"
    assert not quotes_in(pipeline, body)


def test_what_applicants_will_need_to_show_is_no_quote(pipeline):
    body = "Applicants will need to show they have lived in the district for five years.\n"
    assert not quotes_in(pipeline, body)


def test_should_and_must_inside_what_was_said_stay_quotes(pipeline):
    body = ("Senator Mira Tolvek said the government should act before the winter. "
            "Defence Minister Arvo Lendt said the army must leave the border.\n")
    assert has_quote(pipeline, body, "should act before the winter")
    assert has_quote(pipeline, body, "must leave the border")


def test_have_as_the_perfect_tense_is_no_obligation(pipeline):
    body = "Port officials have repeatedly insisted that they had no intention of raising fees.\n"
    assert has_quote(pipeline, body, "no intention of raising fees")


# -- a stance restated with no words ------------------------------------------------------------------

def test_unions_that_restated_their_positions_is_no_quote(pipeline):
    body = "By late evening, the two unions simply restated their positions.\n"
    assert not quotes_in(pipeline, body)


def test_a_position_restated_with_a_clause_or_quoted_words_stays_a_quote(pipeline):
    body = ("The Vardenian foreign ministry reiterated its position that the border must stay open. "
            "Senator Mira Tolvek reiterated her plea for a \"truce\" in the talks.\n")
    assert has_quote(pipeline, body, "the border must stay open")
    assert has_quote(pipeline, body, "truce")


# -- a status conferred is an act, even with a reason hung on it -------------------------------------

def test_orders_declaring_a_pier_unsafe_with_a_reason_are_no_quote(pipeline):
    body = "The plan ignores two council orders declaring the pier to be unsafe as storms have weakened its piles.\n"
    assert not quotes_in(pipeline, body)


def test_declared_that_with_a_reason_stays_a_quote(pipeline):
    body = "Minister Arvo Lendt declared that the pier was unsafe because storms had weakened it.\n"
    assert has_quote(pipeline, body, "the pier was unsafe")


# -- noun phrases the parser reads as clauses or objects -----------------------------------------------

def test_a_keeper_claiming_a_corner_is_no_quote(pipeline):
    body = "Goalkeeper Kesto Varn claims a high corner under pressure, to relief from the home stand.\n"
    assert not quotes_in(pipeline, body)


def test_claimed_with_a_clause_stays_a_quote(pipeline):
    body = "Defence Minister Arvo Lendt claimed the rebels had shelled the town.\n"
    assert has_quote(pipeline, body, "shelled the town")


def test_the_topic_after_referring_to_is_no_quote(pipeline):
    body = ("The levies hurt everyone, Minister Arvo Lendt said, referring to Vardenia, Ostrel and Tarvos "
            "\u2014 neighbours bound by a customs union since 1994 \u2014 and to their shared ports.\n")
    assert not has_quote(pipeline, body, "customs union")


def test_an_infinitive_of_purpose_after_a_cue_is_no_quote(pipeline):
    body = ("Ostrel will bar the drones. \"They could be used to watch our bases and the homes of our soldiers,\" "
            "said Defence Minister Mila Orn at a briefing for journalists to confirm the ban. "
            "She also warned that the drones could be flown from abroad.\n")
    assert not any(q.text.strip() == "the ban" for q in quotes_in(pipeline, body))
    assert has_quote(pipeline, body, "flown from abroad")


def test_promised_to_announce_stays_a_quote(pipeline):
    body = "Trade Secretary Mila Orn promised to announce the results on Friday.\n"
    assert has_quote(pipeline, body, "announce the results")
