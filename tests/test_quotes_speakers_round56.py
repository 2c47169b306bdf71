"""Round 56 (spk56): half B's wrong speakers, by the mechanism that chose them (benchmarks/speaker_mechanisms.py).

Half B of the quote recall audit printed 25 nominal speakers with no actor (half A 1) and 7 persons for a body that
speaks (half A 1). Three mechanisms, each with promises below:

- a description of what one person does ("the ferry owner", "the singer"), the first speaker of a story, is the one
  person the sentence before names as its subject, not the description itself; not when that sentence names two;
- a body that speaks ("the ministry said") is the body, not a person named just after a phrase that ends with the
  body's noun ("an official at the transport ministry, Dainis X,") nor one named with an office word after it;
- a name with a nickname in quotation marks set off by dashes after a common-noun subject is the speaker.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Harbour levy row\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-05-06")


def test_a_description_after_the_one_person_named_is_that_person(pipeline):
    body = ("BERGEN, Norway (AP) - Halvard Trestvik has fought Norway's new harbour levy since it was first proposed. "
            "The ferry owner said on Tuesday that the levy would force him to close three routes.\n")
    assert speaker_of(pipeline, body, "close three routes")[1] == "person:halvard-trestvik"


def test_a_description_after_a_dateline_reads_past_the_city(pipeline):
    body = ("MADRID (AFP) - Lucia Ferrandiz called off her autumn tour of Spain on Wednesday. The singer told a radio "
            "station in Valencia that she needed time to recover.\n")
    assert speaker_of(pipeline, body, "needed time to recover")[1] == "person:lucia-ferrandiz"


def test_a_description_after_a_sentence_naming_two_persons_is_neither(pipeline):
    body = ("Local councillor Mairi Dunlop met the road minister Alasdair Rennick in Inverness on Friday. The "
            "campaigner said afterwards that the bypass would ruin the glen.\n")
    assert speaker_of(pipeline, body, "ruin the glen")[1] not in ("person:mairi-dunlop", "person:alasdair-rennick")


def test_an_office_title_is_left_to_the_title_rules(pipeline):
    body = ("Opposition leader Ruta Vaitkute criticised the port plan on Monday. The minister said later that the plan "
            "would go ahead.\n")
    assert speaker_of(pipeline, body, "would go ahead")[1] != "person:ruta-vaitkute"


def test_a_body_that_speaks_is_not_its_official_named_after_a_comma(pipeline):
    body = ("RIGA (Reuters) - A senior official at the Latvian transport ministry, Dainis Kalvens, said on Monday that "
            "port fees would be reviewed before the summer.\n\n"
            "\"We have listened to the shipping lines,\" the ministry said in a statement later on Monday.\n")
    name, actor = speaker_of(pipeline, body, "listened to the shipping lines")
    assert actor != "person:dainis-kalvens" and "ministry" in name.lower()


def test_a_body_that_speaks_is_not_its_spokesman_named_with_his_office(pipeline):
    body = ("VILNIUS (Reuters) - Lithuania will not extend the grain corridor, Foreign Ministry spokesman Tomas "
            "Zalinskas said on Monday.\n\n"
            "The ministry said later that talks with Poland would go on.\n")
    assert speaker_of(pipeline, body, "talks with Poland")[1] != "person:tomas-zalinskas"


def test_a_name_with_a_nickname_between_dashes_is_the_speaker(pipeline):
    body = ("PRAGUE (Reuters) - Slavoj Brno's board will vote on Friday on a plan to sell the club's stadium.\n\n"
            "The club's former goalkeeper - Marek \"the Wall\" Dvoracek - told a Prague radio station that the sale "
            "would betray the fans.\n")
    name, _ = speaker_of(pipeline, body, "betray the fans")
    assert "Dvoracek" in name
