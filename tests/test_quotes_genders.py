"""Speakers named by "he" or "she": the pronoun goes to a person whose gender, as the article tells it,
fits, and never to one whose gender clashes. Genders come from what the text says of each person
(honorifics, gendered nouns, the pronoun a person uses of themselves), never from a first name.

Invented dispatches and names."""

from __future__ import annotations

from quote_support import speaker_actor

HEADLINE = "Grain talks stall in the capital\n\n"


def actor_of(pipeline, body: str, words: str) -> str | None:
    return speaker_actor(pipeline, HEADLINE + body, words)


def test_she_after_a_man_was_quoted_is_the_woman_named_before_not_him(pipeline):
    body = ("Trade Minister Tavric Olumbe met the farmers' leader, Mrs Anya Delcourt, on Monday. "
            "\"We will not accept these prices,\" Mr Olumbe said.\n\n"
            "\"The offer is an insult,\" she said.\n")
    assert actor_of(pipeline, body, "offer is an insult") == "person:anya-delcourt"


def test_she_in_a_reuters_lead_skips_the_minister_titled_mister(pipeline):
    body = ("BRUSSELS, March 3 (Reuters) - Fisheries commissioner Dagny Holt and Mr Ruben Castro, the "
            "agriculture minister, ended two days of talks on Tuesday. \"There is no deal yet,\" "
            "Mr Castro told reporters.\n\n"
            "\"We are closer than we were,\" she said, adding that talks would resume in April.\n")
    assert actor_of(pipeline, body, "closer than we were") == "person:dagny-holt"


def test_his_wife_in_apposition_makes_she_her_and_not_her_husband(pipeline):
    body = ("\"We will not accept these prices,\" Mr Ivo Brandt told reporters in the capital. His wife, "
            "Lena Brandt, who runs the family farm, stood beside him.\n\n"
            "\"We have lost half the harvest,\" she said.\n")
    assert actor_of(pipeline, body, "lost half the harvest") == "person:lena-brandt"


def test_the_chairman_in_apposition_makes_he_him_and_not_the_woman_quoted_last(pipeline):
    body = ("Lena Ostrova said she would take the matter to parliament. Pavel Kern, the chairman of the "
            "grain board, was at the meeting too. \"Farmers cannot wait,\" Mrs Ostrova said.\n\n"
            "\"The board will meet on Monday,\" he said.\n")
    assert actor_of(pipeline, body, "board will meet on Monday") == "person:pavel-kern"


def test_a_woman_who_said_she_would_is_not_the_he_of_a_later_quote(pipeline):
    body = ("Lena Ostrova said she would take the matter to parliament on Tuesday, before a meeting "
            "with the farmers' leader, Pavel Kern.\n\n"
            "\"We have waited too long,\" he said.\n")
    assert actor_of(pipeline, body, "waited too long") == "person:pavel-kern"


def test_a_deputy_who_defended_herself_is_not_the_he_of_a_later_quote(pipeline):
    body = ("Opposition deputy Mira Castell defended herself on Tuesday against charges brought by "
            "Interior Minister Oskar Lind. \"I have done nothing wrong,\" Castell told reporters. "
            "Lind's ministry released a statement.\n\n"
            "\"The evidence is clear,\" he said.\n")
    assert actor_of(pipeline, body, "evidence is clear") == "person:oskar-lind"


def test_a_pronoun_whose_gender_clashes_with_everyone_named_gets_no_person(pipeline):
    body = ("Mr Tavric Olumbe said the prices were too low.\n\n"
            "\"We will wait,\" she said.\n")
    assert actor_of(pipeline, body, "We will wait") != "person:tavric-olumbe"


def test_he_still_continues_a_man_quoted_last(pipeline):
    body = ("Mrs Anya Delcourt met Mr Tavric Olumbe on Monday. \"We will not accept these prices,\" "
            "Mr Olumbe said.\n\n"
            "\"The offer is an insult,\" he said.\n")
    assert actor_of(pipeline, body, "offer is an insult") == "person:tavric-olumbe"


def test_she_added_after_a_spokeswoman_for_a_body_is_that_body_not_the_man_quoted_before(pipeline):
    body = ("Opposition leader Ivo Dallan said the vote was rigged. A spokeswoman for the Tarvel Election "
            "Commission said the count was fair. She added: \"Every ballot will be checked again.\"\n")
    assert actor_of(pipeline, body, "Every ballot") == "org:tarvel-election-commission"


def test_he_said_after_a_spokesman_for_a_ministry_is_the_ministry_not_the_man_quoted_before(pipeline):
    body = ("\"We will fight this in court,\" Mr Tavric Olumbe told reporters on Monday.\n\n"
            "A spokesman for the Norwegian Foreign Ministry said the talks would resume in May. "
            "\"The delegations have agreed on a venue,\" he said.\n")
    assert actor_of(pipeline, body, "agreed on a venue") == "org:norwegian-foreign-ministry"


def test_he_after_a_spokeswoman_goes_back_to_the_man_quoted_before(pipeline):
    body = ("\"We will fight this in court,\" Mr Tavric Olumbe told reporters on Monday. A spokeswoman for "
            "the Norwegian Foreign Ministry said the talks would resume in May.\n\n"
            "\"We have not been told of any appeal,\" he said.\n")
    assert actor_of(pipeline, body, "told of any appeal") == "person:tavric-olumbe"


def test_a_minister_who_said_she_could_campaign_is_still_the_he_of_the_next_sentence(pipeline):
    body = ("Opposition leader Mara Tesch returned to the capital on Sunday. Defence Minister Karel Brandt "
            "said she could hold rallies \"as long as they stay peaceful\". He warned that any violence "
            "would be punished.\n")
    assert actor_of(pipeline, body, "any violence would be punished") == "person:karel-brandt"
