"""Round 49 (qspan49): a report after "told <listener> that" that the parser did not hang on the cue.

- "told a business lunch that the tariffs dated from ...": the parser may make the "that" the cue's own object and
  hang the reported verb on the clause's subject as a modifier; the "that" with a subject of its own under it opens
  the report.
- "told KTV/Radio's service after the meeting that ...", "told reporters after the three-day meeting that ...": a
  slash, a hyphen or an ampersand inside the listener's or the occasion's words ended the search for the "that" the
  parser read as a relative pronoun on the occasion ("the meeting that ..."); only after a cue whose object is its
  listener ("responding to claims by an ex-manager that ..." tells what the claims said).
- Guards: a that-clause after an aside set off by commas stays the report; "so that" says why, no report.
- A report never opens with a "that" tagged as a subordinator; "said that decision was wrong" keeps its determiner.

Invented dispatches (made-up people, bodies and broadcasters, real states) in several agency styles.
"""

from __future__ import annotations

from helpers import quotes_with_fields

HEADLINE = "News in brief\n\n"


def _quotes(pipeline, text):
    return quotes_with_fields(pipeline, HEADLINE + text, "text", "speaker", "cue")


def _told(pipeline, text):
    """The texts of the printed quotes whose cue is "told"."""
    return [t for t, _, cue in _quotes(pipeline, text) if cue == "told"]


def test_a_that_read_as_the_object_of_told_opens_the_report(pipeline):
    text = ("GENEVA, May 17 - Rich states must agree new rules for farm trade within two years, Norway's envoy to "
            "the trade body, Halvor Brennsted, said on Friday.\n\n"
            "He told a business lunch that the current tariffs dated from \"a world of telex machines\".")
    assert _told(pipeline, text) == ["the current tariffs dated from \"a world of telex machines\""]


def test_a_told_report_in_a_lone_paragraph_is_found_too(pipeline):
    text = "He told a business lunch that the current tariffs dated from \"a world of telex machines\"."
    assert _told(pipeline, text) == ["the current tariffs dated from \"a world of telex machines\""]


def test_a_slash_in_the_listeners_name_does_not_hide_the_report(pipeline):
    text = ("YEREVAN, Nov 2 - Deputy Foreign Minister Aram Tevosyants told KTV/Radio's Armenian service after the "
            "meeting that Georgia had raised transit fees again.")
    quotes = [(t, s) for t, s, cue in _quotes(pipeline, text) if cue == "told"]
    assert quotes == [("Georgia had raised transit fees again", "Aram Tevosyants")]


def test_a_that_clause_after_an_aside_is_the_report(pipeline):
    text = ("SOFIA, March 3 (AFP) - Mayor Ilka Varshova told reporters on Monday, after the council vote, that the "
            "bridge would stay shut until June.")
    assert _told(pipeline, text) == ["the bridge would stay shut until June"]


def test_a_report_after_a_listener_with_an_ampersand_has_no_leading_that(pipeline):
    text = "Union leader Odile Varnier told the Brenhaut & Fils board that the plant would close in March."
    assert _told(pipeline, text) == ["the plant would close in March"]


def test_a_clause_of_purpose_is_no_report(pipeline):
    text = "WARSAW (AP) — Opposition leader Jerzy Talmowicz spoke to the crowd so that the voters would know his plan."
    assert _quotes(pipeline, text) == []


def test_a_second_cue_with_a_that_clause_after_an_aside_keeps_its_own_report(pipeline):
    text = ("The minister, Kasia Wolenska, added that the port would reopen in May and suggested, in reply to a "
            "question about the strike, that the dockers would get a raise.")
    quotes = {cue: t for t, _, cue in _quotes(pipeline, text)}
    assert quotes.get("added") == "the port would reopen in May"
    assert quotes.get("suggested") == "the dockers would get a raise"


def test_a_hyphen_in_the_occasion_before_the_that_does_not_hide_the_report(pipeline):
    text = ("KUWAIT, April 2 - Kuwait's oil minister, Fahad Salem al-Rashwan, told reporters after the three-day "
            "meeting that the producers had agreed to hold output steady.")
    assert _told(pipeline, text) == ["the producers had agreed to hold output steady"]


def test_a_that_clause_of_a_claim_after_another_cue_is_no_report_of_that_cue(pipeline):
    # (the "that" says what the claims were, not what the firm answered; only after a cue whose object is its
    # listener does the search for the "that" go past a hyphen)
    text = ("CLEVELAND, March 4 - Harlow Dynamics Inc, responding to claims by an ex-manager that it had overbilled the "
            "navy, said it had already told the auditors about the errors.")
    texts = [t for t, _, _ in _quotes(pipeline, text)]
    assert not any("overbilled" in t for t in texts), texts
