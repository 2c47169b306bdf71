"""Quotations, round 12: speakers and non-quotes on unseen news (the enlarged quote audit's half A classes).

Invented dispatches and names (tests/data/quotes_news holds the hand-annotated set)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def speaker_of(pipeline, body: str, words: str):
    return next(q for q in quotes_in(pipeline, body) if words in q.text).speaker


def has_quote(pipeline, body: str, words: str) -> bool:
    return any(words in q.text for q in quotes_in(pipeline, body))


# -- a definite noun repeats the unnamed person quoted with it ---------------------------------------

_OFFICIAL = ("BERGEN, June 9 - Norway's salmon trade may cool this season, analysts said. "
             "\"Prices will stay soft,\" said Fjordvik Bank analyst Arvid Kjolmo.\n"
             "    Yet a senior fisheries official said the autumn catch could beat forecasts.\n"
             "    Catches shrank in May after climbing in April.\n"
             "    The dip in catches was probably temporary, the official said.\n"
             "    Kjolmo said farm sales may lift prices by winter.\n"
             "    The senior fisheries official said the coastal fleet was weaker than expected.\n")


def test_the_official_after_a_senior_official_is_that_official_not_the_economist_quoted_before(pipeline):
    speaker = speaker_of(pipeline, _OFFICIAL, "probably temporary")
    assert speaker is not None and speaker.actor != "person:arvid-kjolmo"
    assert "official" in speaker.name


def test_the_same_title_repeated_after_another_speaker_is_still_the_unnamed_official(pipeline):
    speaker = speaker_of(pipeline, _OFFICIAL, "weaker than expected")
    assert speaker is not None and speaker.actor != "person:arvid-kjolmo"
    assert "official" in speaker.name


def test_the_named_economist_quoted_in_between_keeps_his_own_quote(pipeline):
    assert speaker_of(pipeline, _OFFICIAL, "farm sales").actor == "person:arvid-kjolmo"


def test_a_title_a_named_person_carries_is_still_that_person(pipeline):
    body = ("A senior official said the port would reopen on Friday. "
            "Transport Minister Oda Varrel said the repairs were nearly done. "
            "The minister said ships would be let in at noon.\n")
    assert speaker_of(pipeline, body, "ships would be").actor == "person:oda-varrel"


# -- "they" goes on with the unnamed group quoted a few sentences before ----------------------------

def test_they_a_few_sentences_after_several_economists_is_those_economists(pipeline):
    body = ("Shipyard orders may have bottomed out, economists said.\n"
            "    \"The slump is behind us,\" said Fjordvik Bank analyst Arvid Kjolmo.\n"
            "    Several economists said the orders pointed to a rebound by spring.\n"
            "    Steel deliveries dipped in February, by less than feared. A trade ministry poll published on "
            "Tuesday suggested that the squeeze on margins may be easing.\n"
            "    And the currency pact last month has raised hopes the krone's rise is over, they said.\n")
    speaker = speaker_of(pipeline, body, "currency pact")
    assert speaker is not None and "economists" in speaker.name


def test_they_after_a_named_person_in_between_is_not_the_group(pipeline):
    body = ("Several economists said the slowdown could end soon.\n"
            "    Central bank governor Rasmus Olvig said rates would stay on hold.\n"
            "    Olvig met union leaders on Tuesday. They said wages should rise.\n")
    speaker = speaker_of(pipeline, body, "wages should rise")
    assert speaker is None or "economists" not in speaker.name


# -- "the government" is no party quoted before it ------------------------------------------------

def test_the_government_after_a_party_was_quoted_is_not_that_party(pipeline):
    body = ("Visitors will need health papers under plans unveiled by the opposition. "
            "The Liberal Democrats warned both parties against \"playing on fears\".\n\n"
            "The government says the opposition is \"far too late\" to the issue.\n")
    speaker = speaker_of(pipeline, body, "far too late")
    assert speaker is not None and speaker.actor != "org:liberal-democrats"
    assert "government" in speaker.name.lower()


def test_the_government_after_a_state_was_quoted_speaks_for_that_state(pipeline):
    body = ("Norway said on Monday it would send two ships to the strait. "
            "The government added that the ships would stay for a month.\n")
    assert speaker_of(pipeline, body, "stay for a month").actor == "NOR"


# -- not quotations ---------------------------------------------------------------------------------

def test_what_released_documents_and_minutes_show_is_not_a_quotation(pipeline):
    body = ("Cabinet papers opened this week reveal the failed talks of the then prime minister. "
            "The minutes of that cabinet session show how hopes of a pact faded. "
            "Sir Alden Crow said the offer had been fair.\n")
    assert not has_quote(pipeline, body, "failed talks")
    assert not has_quote(pipeline, body, "hopes of a pact")
    assert has_quote(pipeline, body, "offer had been fair")


def test_what_a_document_says_is_still_a_quotation(pipeline):
    body = "The document says the fleet will leave the base by June, according to Tarvel officials.\n"
    assert has_quote(pipeline, body, "fleet will leave")


def test_calling_someone_back_or_calling_off_talks_is_no_quotation(pipeline):
    body = ("Sir Alden Crow called the Liberal leader back from his holiday for one final push on the budget. "
            "The union called off the talks on Friday. "
            "Sir Alden called for a new round of talks.\n")
    assert not has_quote(pipeline, body, "Liberal leader")
    assert not has_quote(pipeline, body, "the talks on Friday")
    assert has_quote(pipeline, body, "new round of talks")


def test_everyone_and_nobody_are_no_speakers(pipeline):
    body = ("Everyone agrees the row between the two ministers should end. "
            "Nobody knows how long the strike will last. "
            "Union leader Pell Marrow said the strike would last a week.\n")
    assert not has_quote(pipeline, body, "should end")
    assert not has_quote(pipeline, body, "how long")
    assert has_quote(pipeline, body, "last a week")


def test_declining_and_refusing_a_thing_report_no_words(pipeline):
    body = ("Timber sales recovered in May after declining through the winter months. "
            "The Tarvel union refused the offer on Monday. "
            "Union leader Pell Marrow said the offer was too low.\n")
    assert not has_quote(pipeline, body, "winter months")
    assert not has_quote(pipeline, body, "the offer on Monday")
    assert has_quote(pipeline, body, "too low")


def test_a_party_planning_checks_in_a_headline_is_no_quotation(pipeline):
    record = pipeline.extract("Tarvel party plans border checks\n\nThe Tarvel Party said the checks "
                              "would start in May.\n", reference_date="2026-11-29")
    assert not any("border checks" in q.text for q in record.quotes)
    assert any("start in May" in q.text for q in record.quotes)


def test_what_someone_believed_or_thought_is_no_quotation_but_what_they_said_is(pipeline):
    body = ("Sir Alden Crow believed he still held the authority to stay in office. "
            "Few economists think the plan will pass. "
            "Sir Alden said he would resign on Friday.\n")
    assert not has_quote(pipeline, body, "authority to stay")
    assert not has_quote(pipeline, body, "plan will pass")
    speaker = speaker_of(pipeline, body, "resign on Friday")
    assert speaker is not None and speaker.actor == "person:alden-crow"


def test_a_stated_belief_is_still_an_attribution_under_the_polnear_scope(attributions_pipeline):
    record = attributions_pipeline.extract("Few economists think the plan will pass.\n", reference_date="2026-11-29")
    assert any("plan will pass" in q.text for q in record.quotes)


# -- a person whose title runs on to the cue with no closing comma ---------------------------------

def test_a_person_whose_title_runs_to_the_cue_speaks_not_the_body_in_the_title(pipeline):
    body = ("Maren Koll, head of policy at housing charity the Open Roads Trust said the policy was based on fear. "
            "\"It will push people away,\" she said.\n")
    assert speaker_of(pipeline, body, "based on fear").actor == "person:maren-koll"


def test_a_body_that_is_the_subject_itself_still_speaks(pipeline):
    body = ("Maren Koll spoke at the rally on Monday. "
            "The Open Roads Trust said the policy was based on fear.\n")
    speaker = speaker_of(pipeline, body, "based on fear")
    assert speaker is not None and speaker.actor != "person:maren-koll"


def test_records_of_numbers_that_suggest_are_no_quotation_but_a_person_who_suggests_is(pipeline):
    body = ("Government figures suggest cases in Tarvel have risen by a fifth over the past ten years. "
            "Health minister Ilse Varno suggested the rise was due to better testing.\n")
    assert not has_quote(pipeline, body, "risen by a fifth")
    assert speaker_of(pipeline, body, "better testing").actor == "person:ilse-varno"


# -- wishes about others; what a statement reads --------------------------------------------------

def test_wanting_someone_else_to_act_is_a_wish_not_a_quotation(pipeline):
    body = ("The Tarvel council wants the fees to fall by May. "
            "Union leader Pell Marrow urged the board to raise wages.\n")
    assert not has_quote(pipeline, body, "fees to fall")
    assert has_quote(pipeline, body, "raise wages")


def test_what_a_statement_reads_in_quotation_marks_is_a_quotation(pipeline):
    body = "\"The ministry will not accept the terms,\" the statement read. The deputies read the report on Monday.\n"
    assert has_quote(pipeline, body, "will not accept the terms")
    assert not has_quote(pipeline, body, "the report on Monday")
