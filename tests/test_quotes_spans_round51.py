"""Round 51 (qspan51): a report whose clause the writer opens and the speaker's quoted words close is one quote.

- "said that in the weeks before the vote, "there were days ..."": the quoted words, cued by the report's own verb
  after words of the writer's own in its clause, are the close of a mixed report, not a direct quote alone.
- "begged councillors "to stop tinkering with" the fares": a mark opening quoted words right after the listener does
  not end the report; "beg" and "implore" are appeals like "urge" ("that begs the question" is none).
- "told Radio Harrowgate shop rents "doubled in a single year"": with no "that", the parser reads the listener and
  the clause's subject as one object; the subject and the quoted predicate after the named listener are the report.

Invented dispatches (made-up people and bodies, real places) in Reuters, AFP and BBC house styles.
"""

from __future__ import annotations

from quote_support import brief_quotes as _quotes


def test_a_report_opened_in_the_writers_words_and_closed_by_quoted_words_is_one_mixed_quote(pipeline):
    text = ('LEEDS, June 4 (Reuters) - Farmer Talvo Renik said that in the weeks before the subsidy vote, "there were '
            'days none of us could sleep."')
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    kind, words, speaker = quotes[0]
    assert kind == "mixed"
    assert words.startswith("in the weeks before the subsidy vote") and "none of us could sleep" in words
    assert "Talvo Renik" in (speaker or "")


def test_quoted_words_right_after_the_cue_stay_a_direct_quote(pipeline):
    text = 'LEEDS, June 4 (Reuters) - Farmer Talvo Renik said on Monday, "There were days none of us could sleep."'
    quotes = _quotes(pipeline, text)
    assert [(k, w) for k, w, _ in quotes] == [("direct", "There were days none of us could sleep.")]


def test_a_quoted_infinitive_after_the_listener_goes_on_with_the_appeal(pipeline):
    text = ('HAMBURG, Sept 15 (AFP) - Harbour master Marsel Odvarin urged councillors "to stop tinkering with" the '
            'ferry fares for islanders.')
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    assert quotes[0][1].endswith("the ferry fares for islanders")


def test_begging_a_listener_to_act_is_an_appeal(pipeline):
    text = ('HAMBURG, Sept 15 (AFP) - Harbour master Marsel Odvarin begged councillors "to stop tinkering with" the '
            'ferry fares for islanders.')
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    assert "to stop tinkering with" in quotes[0][1] and "Marsel Odvarin" in (quotes[0][2] or "")


def test_begging_the_question_is_no_quote(pipeline):
    text = ("PRAGUE, May 3 (Reuters) - The Vltava bridge will close for a year. That begs the question of who will "
            "pay for the ferry.")
    assert _quotes(pipeline, text) == []


def test_a_quoted_predicate_after_a_named_listener_is_reported_with_its_subject(pipeline):
    text = ('Market trader Ilse Varnock told Radio Harrowgate shop rents "doubled in a single year" after the '
            'bypass opened.')
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    kind, words, speaker = quotes[0]
    assert words.startswith("shop rents") and "doubled in a single year" in words
    assert "Radio Harrowgate" not in words
    assert "Ilse Varnock" in (speaker or "")


def test_a_told_report_with_that_is_unchanged(pipeline):
    text = ('Market trader Ilse Varnock told Radio Harrowgate that shop rents "doubled in a single year" after '
            'the bypass opened.')
    quotes = _quotes(pipeline, text)
    assert [w for _, w, _ in quotes] == ['shop rents "doubled in a single year" after the bypass opened']
