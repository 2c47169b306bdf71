"""Round 52 (spk52): a speaker described first and named only after.

1. "One of" a plural noun waits for the name as "a" does: "one of the two founders of X said ... . '...,' Piet Y
   told" is Piet Y.
2. A lead's unnamed company or agency ("A Norwegian company has confirmed ...", "..., one of the big three ratings
   agencies announced") is the body the next sentences make their subject, not a body the lead itself names, and a
   business noun is no ministry; a study's author stays its speaker.
3. A lead's unnamed speaker is the person the next sentence names as "speaking" or "talking" somewhere, unless the
   lead's office is one that person's title does not hold.

Invented dispatches and names, in the style of BBC business copy."""

from __future__ import annotations

from quote_support import quote_with


def speaker_of(pipeline, text: str, words: str) -> tuple[str, str | None]:
    found = quote_with(pipeline, text, words).speaker
    return (found.name, found.actor) if found else ("", None)


FERRIES = ("Shipping line eyes ferry routes\n\n"
           "A Norwegian company has confirmed it is bidding for the Baltic ferry routes that Kestrel Holdings put up "
           "for sale in March.\n\n"
           "Kestrel Holdings wants to raise cash before its bonds fall due next year. Family-run Vennick Group already "
           "sails two routes out of Bergen. Kestrel Holdings would not discuss the bids. Still, one of the two founders "
           "of Vennick Group said talks were going well and that no crews would lose their jobs. \"The ships need "
           "sailors more than they need owners,\" Piet Marlow told the AFP news agency.\n")


def test_a_lead_company_is_the_company_the_story_names_next(pipeline):
    _, actor = speaker_of(pipeline, FERRIES, "bidding for the Baltic ferry")
    assert actor == "org:vennick-group"


def test_one_of_the_founders_is_the_person_quoted_next(pipeline):
    _, actor = speaker_of(pipeline, FERRIES, "talks were going well")
    assert actor == "person:piet-marlow"


def test_one_of_the_ratings_agencies_is_the_agency_named_next(pipeline):
    text = ("Ghana bonds lifted to investment grade\n\n"
            "Ghana's bonds were lifted to investment grade on Thursday, one of the big three ratings agencies "
            "announced.\n\n"
            "Orvane Ratings Agency cited a cocoa windfall and lower borrowing by the state.\n")
    name, _ = speaker_of(pipeline, text, "lifted to investment grade on Thursday")
    assert "Orvane" in name


def test_a_lead_company_is_not_the_company_its_own_sentence_names(pipeline):
    text = ("Shipping line eyes ferry routes\n\n"
            "A Norwegian company has confirmed it is bidding for the Baltic ferry routes of Kestrel Holdings.\n\n"
            "Kestrel Holdings would not discuss the bids. Its shares rose 2% in Oslo.\n")
    _, actor = speaker_of(pipeline, text, "bidding for the Baltic ferry")
    assert actor != "org:kestrel-holdings"


def test_a_lead_firm_is_no_ministry_named_next(pipeline):
    text = ("Danish dairy to cut jobs\n\n"
            "A Danish firm has said it will cut 300 jobs at its cheese plants in Jutland.\n\n"
            "The Danish Ministry of Food Safety said it would check the plants next month.\n")
    _, actor = speaker_of(pipeline, text, "cut 300 jobs")
    assert actor is None or "ministry" not in actor


def test_a_firm_outside_the_lead_keeps_its_own_reading(pipeline):
    text = ("Ferry routes for sale\n\n"
            "The Baltic ferry routes of Kestrel Holdings are up for sale, its owner said on Monday.\n\n"
            "Two bidders have come forward. A Norwegian company has confirmed it is bidding for the routes. Family-run "
            "Vennick Group already sails two routes out of Bergen.\n")
    _, actor = speaker_of(pipeline, text, "it is bidding for the routes")
    assert actor != "org:vennick-group"


def test_one_of_its_frontbenchers_is_the_person_speaking_next(pipeline):
    text = ("Greens 'can win rural seats'\n\n"
            "Voters in the Dales are ready to back the Greens in record numbers, one of its frontbenchers has "
            "claimed.\n\n"
            "Health spokeswoman Ilse Varnow was speaking to activists in Skipton on Saturday.\n")
    _, actor = speaker_of(pipeline, text, "ready to back the Greens")
    assert actor == "person:ilse-varnow"


def test_a_lead_analyst_is_the_consultant_talking_next(pipeline):
    text = ("Tram fare rise 'will cost riders'\n\n"
            "The city must rethink its tram fare rise or lose thousands of commuters, an analyst has warned.\n\n"
            "Transport consultant Tobin Harlake was talking on a regional radio programme.\n")
    _, actor = speaker_of(pipeline, text, "rethink its tram fare rise")
    assert actor == "person:tobin-harlake"


def test_a_lead_minister_is_not_an_opposition_leader_speaking_next(pipeline):
    text = ("Minister warns on fares\n\n"
            "A minister has warned that rail fares will rise by 5% next year.\n\n"
            "Opposition leader Carla Venn was speaking at a rally in Cardiff.\n")
    _, actor = speaker_of(pipeline, text, "rail fares will rise")
    assert actor != "person:carla-venn"


def test_a_lead_study_by_a_person_is_not_the_ministry_named_next(pipeline):
    text = ("Rail fares 'among highest in region'\n\n"
            "Commuters in Tarsen pay more for rail travel than anywhere else in the region, according to a study by "
            "economist Mirela Dovhan.\n\n"
            "The transport ministry said fares had been frozen for two years.\n")
    _, actor = speaker_of(pipeline, text, "pay more for rail travel")
    assert actor == "person:mirela-dovhan"


def test_a_lead_rights_group_is_not_the_attackers_named_next(pipeline):
    text = ("Dozens killed in attack on market, says rights group\n\n"
            "At least 34 people were killed when gunmen attacked a market in the north on Sunday, according to a local "
            "rights group.\n\n"
            "According to the Collective Against Impunity, the attackers arrived on motorbikes and fired on traders.\n")
    name, _ = speaker_of(pipeline, text, "At least 34 people were killed")
    assert "attackers" not in name
