"""Round 52 (spk52): a speaker described first and named only after.

1. "One of" a plural noun waits for the name as "a" does: "one of the three partners who run X said ... . '...,'
   Tomas Y said" is Tomas Y.
2. A lead's unnamed company or union ("A Chilean mining group says ...", "..., one of Poland's largest unions
   announced") is the body the next sentences make their subject, not a body the lead itself names, and a business
   noun is no ministry; a study's author stays its speaker.
3. A lead's unnamed speaker is the person the next sentence names as "speaking", "talking" or "addressing" somewhere,
   unless the lead's office is one that person's title does not hold.

Invented dispatches and names, in the styles of AP and BBC copy."""

from __future__ import annotations

from quote_support import speaker_with

MINE = ("Copper mine sale nears\n\n"
        "A Chilean mining group says it expects to close its purchase of the Alcotan copper mine within six "
        "weeks.\n\n"
        "Ravelli Minerals, which already runs three pits in the Atacama, would double its output with the deal. "
        "Dorvane Partners, the mine's owner, is selling to pay down debt. One of the three partners who run Ravelli "
        "Minerals said regulators had raised no objection. \"We have answered every question they asked,\" Tomas "
        "Iriberri said at a briefing in Santiago.\n")


def test_a_lead_company_is_the_company_the_story_names_next(pipeline):
    _, actor = speaker_with(pipeline, MINE, "close its purchase")
    assert actor == "org:ravelli-minerals"


def test_one_of_the_partners_is_the_person_quoted_next(pipeline):
    _, actor = speaker_with(pipeline, MINE, "raised no objection")
    assert actor == "person:tomas-iriberri"


def test_one_of_the_unions_is_the_union_named_next(pipeline):
    text = ("Dockers to strike in Gdansk\n\n"
            "Dock workers in Gdansk will walk out from Monday, one of Poland's largest unions announced.\n\n"
            "The Solvara Dockers Union said months of pay talks with the port operator had broken down.\n")
    name, _ = speaker_with(pipeline, text, "will walk out from Monday")
    assert "Solvara" in name


def test_a_lead_company_is_not_the_company_its_own_sentence_names(pipeline):
    text = ("Copper mine for sale\n\n"
            "A Chilean mining group says it will bid for the Alcotan copper mine of Dorvane Partners.\n\n"
            "Dorvane Partners declined to name the bidders. Its shares rose 2% in Santiago.\n")
    _, actor = speaker_with(pipeline, text, "bid for the Alcotan")
    assert actor != "org:dorvane-partners"


def test_a_lead_firm_is_no_ministry_named_next(pipeline):
    text = ("Danish dairy to cut jobs\n\n"
            "A Danish firm has said it will cut 300 jobs at its cheese plants in Jutland.\n\n"
            "The Danish Ministry of Food Safety said it would check the plants next month.\n")
    _, actor = speaker_with(pipeline, text, "cut 300 jobs")
    assert actor is None or "ministry" not in actor


def test_a_firm_outside_the_lead_keeps_its_own_reading(pipeline):
    text = ("Copper mine for sale\n\n"
            "The Alcotan copper mine of Dorvane Partners is up for sale, its owner said on Monday.\n\n"
            "Two bidders have come forward. A Chilean mining group says it expects to close the purchase by December. "
            "Ravelli Minerals already runs three pits in the Atacama.\n")
    _, actor = speaker_with(pipeline, text, "close the purchase by December")
    assert actor != "org:ravelli-minerals"


def test_one_of_its_councillors_is_the_person_addressing_a_meeting_next(pipeline):
    text = ("Bus cuts 'will cost votes'\n\n"
            "The closure of rural bus routes will cost the government votes across the north, one of the party's "
            "councillors has predicted.\n\n"
            "Councillor Hanne Voskuijl was addressing a fringe meeting in Manchester on Sunday.\n")
    _, actor = speaker_with(pipeline, text, "closure of rural bus routes")
    assert actor == "person:hanne-voskuijl"


def test_a_lead_analyst_is_the_consultant_talking_next(pipeline):
    text = ("Tram fare rise 'will cost riders'\n\n"
            "The city must rethink its tram fare rise or lose thousands of commuters, an analyst has warned.\n\n"
            "Transport consultant Tobin Harlake was talking on a regional radio programme.\n")
    _, actor = speaker_with(pipeline, text, "rethink its tram fare rise")
    assert actor == "person:tobin-harlake"


def test_a_lead_minister_is_not_an_opposition_leader_speaking_next(pipeline):
    text = ("Minister warns on fares\n\n"
            "A minister has warned that rail fares will rise by 5% next year.\n\n"
            "Opposition leader Carla Venn was speaking at a rally in Cardiff.\n")
    _, actor = speaker_with(pipeline, text, "rail fares will rise")
    assert actor != "person:carla-venn"


def test_a_lead_study_by_a_person_is_not_the_ministry_named_next(pipeline):
    text = ("Rail fares 'among highest in region'\n\n"
            "Commuters in Tarsen pay more for rail travel than anywhere else in the region, according to a study by "
            "economist Mirela Dovhan.\n\n"
            "The transport ministry said fares had been frozen for two years.\n")
    _, actor = speaker_with(pipeline, text, "pay more for rail travel")
    assert actor == "person:mirela-dovhan"


def test_a_lead_rights_group_is_not_the_attackers_named_next(pipeline):
    text = ("Dozens killed in attack on market, says rights group\n\n"
            "At least 34 people were killed when gunmen attacked a market in the north on Sunday, according to a local "
            "rights group.\n\n"
            "According to the Collective Against Impunity, the attackers arrived on motorbikes and fired on traders.\n")
    name, _ = speaker_with(pipeline, text, "At least 34 people were killed")
    assert "attackers" not in name
