"""Round 53 (spk53): a document's words go to the one who wrote it, and a lead's unnamed speaker to the person who
"made the comments". A document named with no author of its own ("A letter seen by Reuters said ...") was written by the
main subject of the sentence right before when that sentence writes, sends or issues ("The government has written to
the brewers"); an "it" right after a sentence whose main subject is a document with an author ("The report is
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

LETTER = ("COPENHAGEN (Reuters) - The government has written to all 140 of the country's brewers.\n\nA letter seen by "
          "Reuters said beer exported to Norway must carry labels in Norwegian from February. Checks at the border would "
          "begin in March, it said.\n")


def test_a_letter_seen_by_an_agency_was_written_by_the_government_that_wrote_to_the_brewers(pipeline):
    name, actor = speaker_of(pipeline, LETTER, "beer exported to Norway")
    assert actor == "DNK" and name == "government"


def test_an_it_after_the_letter_goes_on_with_the_government_by_its_own_word(pipeline):
    name, actor = speaker_of(pipeline, LETTER, "Checks at the border")
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

LEVY_HEADLINE = "Harbour levy row\n\n"
levy_speaker_of = partial(quote_support.speaker_of, headline=LEVY_HEADLINE, reference_date="2029-03-01")
LEVY_LEAD = ("A {party} councillor told a packed public meeting in Penmarrow on Monday evening that the harbour levy "
             "would \"empty the quay\".\n\n")


def test_a_party_councillor_is_the_titled_person_who_made_the_comments_next(pipeline):
    body = LEVY_LEAD.format(party="Plaid Cymru") + ("Councillor Iona Strachan-Bell, who chairs the harbour committee, made "
                                                    "the comments after the cabinet backed the levy by six votes to three.\n")
    assert levy_speaker_of(pipeline, body, "the harbour levy would")[1] == "person:iona-strachan-bell"


def test_a_description_holding_a_party_name_is_still_the_person_named_next(pipeline):
    # (the party's long name inside the description, which the actors stage may split, is no speaker: the one who
    # made the remarks is)
    body = LEVY_LEAD.format(party="Social Democratic and Labour Party") + (
        "Councillor Iona Strachan-Bell, who chairs the harbour committee, made the remarks after the cabinet backed the "
        "levy by six votes to three.\n")
    assert levy_speaker_of(pipeline, body, "the harbour levy would")[1] == "person:iona-strachan-bell"


def test_a_person_named_next_for_another_deed_is_not_the_unnamed_speaker(pipeline):
    # (the next sentence's person made a complaint of their own, not "the comments")
    body = LEVY_LEAD.format(party="Plaid Cymru") + ("Councillor Iona Strachan-Bell, who chairs the harbour committee, made "
                                                    "a complaint to the harbour master on Tuesday.\n")
    assert levy_speaker_of(pipeline, body, "the harbour levy would")[1] != "person:iona-strachan-bell"
