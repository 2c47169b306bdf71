"""Round 53 (spk53): a document's words go to the one who wrote it, and a lead's unnamed speaker to the person who
"made the comments". A document named with no author of its own ("A letter delivered to X said ...") was written by the
main subject of the sentence right before when that sentence writes, sends or issues ("The government sent letters
to two brewers"); an "it" right after a sentence whose main subject is a document with an author ("The report is
published by the X Forum. It says ...") goes on with that author; an "it" that goes on with a state's body quoted by its
seat words ("the government") is printed by those words; an indefinite speaker is the person the next sentence makes the
subject of "made the comments". Before, the document itself ("A letter", "It"), a body guessed by the coreference, or
the description were printed as the speaker.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Brewers lose export licences\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-03-01")

LETTER = ("COPENHAGEN (Reuters) - The government sent letters to two brewers in Aarhus refusing to renew their "
          "export licences.\n\nA letter delivered to Jorvin Aldeck on Monday said his licence would lapse at the end of the "
          "month. Every licence granted since 2025 was under review, it said.\n")


def test_a_letter_delivered_to_a_brewer_was_written_by_the_government_that_wrote_to_him(pipeline):
    name, actor = speaker_of(pipeline, LETTER, "his licence would lapse")
    assert actor == "DNK" and name == "government"


def test_an_it_after_the_letter_goes_on_with_the_government_by_its_own_word(pipeline):
    name, actor = speaker_of(pipeline, LETTER, "Every licence granted since 2025")
    assert actor == "DNK" and name == "government"


def test_the_letter_after_a_board_wrote_to_operators_is_the_boards(pipeline):
    body = ("The Harwick Transport Board wrote to every rail operator in the county on Monday. The letter said fares "
            "would be frozen until June.\n")
    assert speaker_of(pipeline, body, "fares would be frozen")[1] == "org:harwick-transport-board"


def test_a_board_that_sent_inspectors_wrote_no_letter(pipeline):
    # (the sentence before sends no document: the letter keeps no writer from it)
    body = ("The Harwick Transport Board sent inspectors to every rail depot in the county on Monday. The letter said "
            "fares would be frozen until June.\n")
    assert speaker_of(pipeline, body, "fares would be frozen")[1] != "org:harwick-transport-board"


def test_it_after_a_report_published_by_a_forum_is_the_forum(pipeline):
    body = ("Ferry fares to the islands should be capped, campaigners say. The report is published by the Orvane "
            "Transport Forum, a body of six island councils. It says a cap would cost the state less than a new "
            "subsidy.\n")
    assert speaker_of(pipeline, body, "a cap would cost the state")[1] == "org:orvane-transport-forum"


def test_it_after_a_report_with_no_author_is_not_made_one(pipeline):
    # (the document names no author: the rule gives none; the forum named two sentences up is not taken)
    body = ("The Orvane Transport Forum met on Monday. A report on ferry fares is out. It says a cap would cost the "
            "state less than a new subsidy.\n")
    assert speaker_of(pipeline, body, "a cap would cost the state")[1] != "org:orvane-transport-forum"


def test_the_people_in_an_authors_apposition_are_not_the_author(pipeline):
    # ("a charity set up by anglers and farmers" describes the trust: the farmers wrote nothing)
    body = ("Two river boards should be merged, campaigners said. The report is published by the Severn Vale Trust, a "
            "charity set up by anglers and farmers. It says a single board could cut flood repair bills by a fifth.\n")
    assert speaker_of(pipeline, body, "a single board could cut")[1] == "org:severn-vale-trust"


# An indefinite speaker whose words the next sentence gives to a named person who "made the comments".

FERRY_HEADLINE = "Ferry contract 'a shambles'\n\n"
ferry_speaker_of = partial(quote_support.speaker_of, headline=FERRY_HEADLINE, reference_date="2029-03-01")


def test_a_party_msp_is_the_person_who_made_the_comments_next(pipeline):
    body = ("A Scottish Green Party MSP said the ferry contract was \"a shambles\", a local newspaper has reported.\n\n"
            "Iona Strachan-Bell, the party's transport spokeswoman, made the comments at a hustings in Oban on Friday.\n")
    assert ferry_speaker_of(pipeline, body, "the ferry contract was")[1] == "person:iona-strachan-bell"


def test_a_description_holding_a_party_name_is_still_the_person_named_next(pipeline):
    # (the party's long name inside the description is no person: the one who made the remarks is)
    body = ("A UK Independence Party councillor said the ferry contract was \"a shambles\", a local newspaper has "
            "reported.\n\nIona Strachan-Bell, who sits on the harbour committee, made the remarks at a hustings in Oban "
            "on Friday.\n")
    assert ferry_speaker_of(pipeline, body, "the ferry contract was")[1] == "person:iona-strachan-bell"


def test_a_person_named_next_for_another_deed_is_not_the_unnamed_speaker(pipeline):
    # (the next sentence's person made a complaint of their own, not "the comments")
    body = ("A Scottish Green Party MSP said the ferry contract was \"a shambles\", a local newspaper has reported.\n\n"
            "Iona Strachan-Bell, the party's transport spokeswoman, made a complaint to the ferry operator on Friday.\n")
    assert ferry_speaker_of(pipeline, body, "the ferry contract was")[1] != "person:iona-strachan-bell"
