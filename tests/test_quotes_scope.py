"""Quotations: the two scopes (settings.toml ``[quotes] scope``). "statements", the default, is what someone
said, wrote or announced, as the real-news guide marks it: a stance or a wish towards a thing and what a poll
found are left out. "attributions" keeps them, as PolNeAR marks them (`wirecoder evaluate quotes` uses it).

Invented dispatches and names."""

from __future__ import annotations

import pytest
from test_quotes_round4 import quotes_in

from wirecoder.errors import WirecoderError
from wirecoder.quotes import QuoteFinder
from wirecoder.settings import load_settings, with_quote_scope


@pytest.fixture(scope="module")
def attributions(attributions_pipeline):
    return attributions_pipeline


def texts(pipeline, body: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body)]


# -- the setting ---------------------------------------------------------------------------------------

def test_the_default_scope_is_statements():
    assert load_settings()["quotes"]["scope"] == "statements"
    assert QuoteFinder().scope == "statements"
    assert QuoteFinder(scope="attributions").scope == "attributions"


def test_an_unknown_scope_is_one_line_naming_the_setting(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[quotes]\nscope = "everything"\n', "utf-8")
    with pytest.raises(WirecoderError, match=r"\[quotes\] scope = 'everything': must be one of 'statements', "
                                             r"'attributions'"):
        load_settings(settings)
    with pytest.raises(ValueError, match="everything"):
        QuoteFinder(scope="everything")


def test_a_settings_file_sets_the_scope(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[quotes]\nscope = "attributions"\n', "utf-8")
    assert load_settings(settings)["quotes"]["scope"] == "attributions"
    assert with_quote_scope("statements", settings)["quotes"]["scope"] == "statements"


# -- polls and surveys count, they do not speak ---------------------------------------------------------

POLLS = {
    "a_poll_suggests": "Support for the Kessel ferry levy has fallen over the past year, a Varnholm Courier poll "
                       "suggests.\n",
    "the_survey_found": "The Varnholm Courier survey found 58% backed the levy compared with 30% against.\n",
    "a_study_shows": "A study of island households shows that fares have doubled since the levy began.\n",
    "according_to_a_survey": "According to a survey by the Kessel institute, fewer islanders now take the ferry "
                             "to work.\n",
    "a_paper_s_survey": "The Varnholm Courier on Sunday survey found that 61% backed a night-flight ban.\n",
    "data_that_showed": "On Monday the harbour master presented data that showed that ferry fares had doubled "
                        "since 2019.\n",
    "an_investigation_found": "An investigation in Kessel found that port staff had passed cargo lists to "
                              "smugglers.\n",
}


@pytest.mark.parametrize("body", POLLS.values(), ids=POLLS.keys())
def test_what_a_poll_or_a_survey_found_is_no_statement(pipeline, attributions, body):
    assert texts(pipeline, body) == []
    assert texts(attributions, body) != []  # PolNeAR marks a finding as an attribution


def test_the_pollster_who_ran_the_survey_still_speaks(pipeline):
    said = texts(pipeline, "Pollster Mirja Okkonen said the levy had lost support among younger islanders.\n")
    assert any("the levy had lost support" in t for t in said)


# -- a stance or a wish towards a thing is no statement -------------------------------------------------

STANCES = {
    "backed_a_view": "Councillor Aldo Brenn backed that view on Tuesday.\n",
    "back_a_person": "Local councillors continue to back Mr Brenn.\n",
    "support_a_ban": "Most islanders support the ferry ban but townspeople oppose it.\n",
    "asked_adults": "Pollsters asked 912 adults across the province the same question.\n",
    "criticised_a_thing": "Mayor Ines Torvald criticised the detentions at the Kessel camp.\n",
    "denied_the_charges": "Mayor Ines Torvald denied Brenn's charges.\n",
    "thanked_the_crews": "The harbour master thanked the lifeboat crews for their work.\n",
    "blamed_the_blasts": "The Varnholm interior ministry blamed a string of warehouse fires in the port on a "
                         "smuggling ring.\n",
    "sought_refuge": "The Varnholm dissident Oona Reske has lived abroad since seeking refuge at the Kessel "
                     "consulate in 2021.\n",
    "will_seek_information": "Under the plan, the port authority will seek comments from shipping firms on the "
                             "new dues.\n",
    "knows_what_to_do": "Now Kessel Rovers know where they went wrong on Saturday.\n",
    "questioned_the_timetable": "Opposition councillors in Kessel have questioned the timetable for the new quay.\n",
    "showed_a_quality": "Councillors who voted for the levy only showed their ignorance of island life.\n",
    "a_fronted_reason": "Knowing she might have to raise charges at the clinic, Dr Ines Torvald sold her second car.\n",
    "the_writer_thinks": "Rovers were poor again on Saturday. I think the back four needed to push up much more.\n",
    "the_writer_knows": "We know Rovers score plenty of goals late at home.\n",
    "claimed_lives": "Floods along the Kessel river have claimed 40 lives since Friday.\n",
    "media_reported_an_event": "Varnholm state media reported the launch of a second ferry on Sunday.\n",
    "wrote_on_placards": "Some islanders wrote their demands on cardboard placards.\n",
    "did_not_deny": "The harbour master did not deny the meeting with the smugglers.\n",
    "declined_to_comment": "The Kessel harbour board declined to comment on the new dues.\n",
    "refused_to_say": "Mayor Ines Torvald refused to say whether she would stand again.\n",
    "expects_a_sum_described": "Kessel's treasurer expects a windfall of about $12 million from the new port dues, "
                               "twice the sum the harbour would need for repairs.\n",
}


def test_a_topic_named_before_the_words_is_no_statement_but_the_words_are(pipeline, attributions):
    body = ("Referring to the detentions at the Kessel camp, Mayor Ines Torvald told the Courier: \"Nobody should "
            "be held without a charge.\"\n")
    assert texts(pipeline, body) == ["Nobody should be held without a charge."]
    assert any("the detentions at the Kessel camp" in t for t in texts(attributions, body))


@pytest.mark.parametrize("body", STANCES.values(), ids=STANCES.keys())
def test_a_stance_towards_a_thing_is_no_statement(pipeline, attributions, body):
    assert texts(pipeline, body) == []
    assert texts(attributions, body) != []  # PolNeAR marks a stance's object as an attribution


SAID = {
    "a_predicate_on_the_object": ("Mayor Ines Torvald hailed the agreement with the port as a breakthrough for the "
                                  "islands.\n", "a breakthrough"),
    "a_clause": ("Mayor Ines Torvald denied that the levy had been rigged.\n", "the levy had been rigged"),
    "an_infinitive": ("Police in Kessel asked islanders to stay off the quay while the storm lasts.\n",
                      "stay off the quay"),
    "a_stance_said": ("Mayor Ines Torvald said she backed the plan.\n", "she backed the plan"),
    "we_inside_quotation_marks": ("\"We know the bridge will fail,\" the engineer Aldo Brenn said.\n",
                                  "We know the bridge will fail"),
    "claimed_that": ("The Kessel harbour board claimed that the dues had been approved in March.\n",
                     "the dues had been approved"),
    "reported_that": ("Varnholm state media reported that a second ferry had been launched on Sunday.\n",
                      "a second ferry had been launched"),
    "said_not": ("The harbour master said he would not resign over the levy.\n", "he would not resign"),
    "a_fronted_saying": ("Saying that the bridge would fail, the engineer Aldo Brenn left the meeting.\n",
                         "the bridge would fail"),
    "knows_that": ("Kessel Rovers coach Mads Lindqvist knows that his side must win on Saturday.\n",
                   "his side must win"),
    "quoted_words": ('Mayor Ines Torvald condemned the levy as "a tax on breathing".\n', "a tax on breathing"),
}


@pytest.mark.parametrize("body, words", SAID.values(), ids=SAID.keys())
def test_a_stance_with_a_clause_a_predicate_or_quoted_words_is_still_a_statement(pipeline, body, words):
    assert any(words in t for t in texts(pipeline, body))


def test_a_stance_left_out_still_makes_its_subject_the_running_speaker(pipeline):
    # "the Dane" goes on with the coach who praised his side, though the praise itself is no quote.
    body = ("Kessel Rovers coach Mads Lindqvist praised his defenders after the cup tie on Saturday. "
            "\"Nobody got past them all afternoon,\" the Dane said.\n")
    quotes = quotes_in(pipeline, body)
    assert [q.text for q in quotes] == ["Nobody got past them all afternoon,"]
    assert quotes[0].speaker.actor == "person:mads-lindqvist"


def test_no_cue_section_lists_a_word_twice():
    # A word listed twice is a slip, often a line meant for one section pasted into another (a statements-only
    # word in `object` would change what PolNeAR's scope finds).
    import collections

    import yaml

    from wirecoder.quotes import CUES_FILE

    for section, words in yaml.safe_load(CUES_FILE.read_text("utf-8")).items():
        repeated = [w for w, n in collections.Counter(map(str, words)).items() if n > 1]
        assert repeated == [], f"{section}: {repeated}"
