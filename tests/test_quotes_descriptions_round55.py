"""Round 55 (nomspk55): a speaker named by a description of a person ("the reporters' lawyer said", "the outgoing
Fisheries Minister said") is the person the article describes so, not a name standing next to it.

Round 54's classifier of wrong speakers (benchmarks/speaker_mechanisms.py) counted nominal speakers resolved wrong as
half B's largest class after pronouns. Three mechanisms, each with a promise below:

- a name that ends the reported clause ("... after a complaint by Stavros X, the reporters' lawyer said") is not
  described by the cue's subject that follows its comma (the title reader took that subject for X's apposition);
- a definite description that no person named before carries is the one person the article names later in
  apposition with the same description ("The reporters' lawyer, Eleni Y, filed an appeal"); not when two persons
  fit, nor when an office word ("deputy") differs;
- a capitalised title with a word of a past office ("the outgoing Fisheries Minister") goes on with the running
  speaker when that speaker is the one person the actors stage named before it (a surname only the tagger read, in a
  programme's name, is no second person).

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Reporters lose visas\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-05-06")

LEAD = ("ATHENS, May 6 (Reuters) - Greece has refused to renew the visas of three Syrian reporters, the interior "
        "ministry said on Monday.\n\n"
        "The visas were revoked after a complaint by Stavros Pallis, the {who} said.\n\n")
SHOW = ("WELLINGTON, May 6 (AFP) - Aroha Tanewa will chair the inquiry into the harbour levy, the government "
        "announced on Thursday. Ms Tanewa, interviewed for Mornings with Pettigrew on a Napier station, defended her "
        "record on the levy. The outgoing Fisheries Minister said the inquiry would report by December.\n")


def test_a_name_ending_the_reported_clause_is_not_the_description_after_it(pipeline):
    body = LEAD.format(who="reporters' lawyer")
    assert speaker_of(pipeline, body, "The visas were revoked")[1] != "person:stavros-pallis"


def test_a_description_is_the_person_named_later_with_the_same_description(pipeline):
    body = LEAD.format(who="reporters' lawyer") + (
        "The reporters' lawyer, Eleni Karamanou, filed an appeal with the Council of State on Tuesday. \"Nobody has "
        "shown us the complaint,\" she said.\n")
    assert speaker_of(pipeline, body, "The visas were revoked")[1] == "person:eleni-karamanou"


def test_a_description_named_later_for_two_persons_is_neither(pipeline):
    body = LEAD.format(who="reporters' lawyer") + (
        "The reporters' lawyer, Eleni Karamanou, filed an appeal with the Council of State on Tuesday. A week later "
        "the reporters' lawyer, Yannis Doukas, asked the court to hear the case in public.\n")
    assert speaker_of(pipeline, body, "The visas were revoked")[1] not in ("person:eleni-karamanou",
                                                                           "person:yannis-doukas")


def test_a_deputy_is_not_the_person_named_later_without_the_office_word(pipeline):
    body = LEAD.format(who="deputy minister") + (
        "The minister, Eleni Karamanou, was abroad and did not comment.\n")
    assert speaker_of(pipeline, body, "The visas were revoked")[1] != "person:eleni-karamanou"


def test_the_outgoing_minister_goes_on_with_the_one_person_named(pipeline):
    assert speaker_of(pipeline, SHOW, "the inquiry would report")[1] == "person:aroha-tanewa"


def test_a_past_office_does_not_bar_a_later_description_of_the_same_person(pipeline):
    body = SHOW + "\nThe former diplomat said she would step down from the party's executive in June.\n"
    assert speaker_of(pipeline, body, "she would step down")[1] == "person:aroha-tanewa"

