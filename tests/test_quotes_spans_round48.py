"""Round 48 (qspan48): a contraction typed with the curly apostrophe is parsed as the straight one.

- Web copy types "weren’t", "won’t", "it’s" with U+2019; the small model learnt contractions with the straight
  apostrophe and tags a curly "n’t" a noun hung on the main verb, so a report after a cue ended at the verb before
  it ("told the crowd that growers weren’t “asking for ...”" printed "growers were"). The text spaCy parses has a
  contraction's curly apostrophe made straight, once per document, one character for one (nlp.parser_text); the
  record keeps the original text, and every span is a slice of it.
- A closing single quotation mark, a plural possessive and a name's apostrophe are no contraction and stay as typed.

Invented dispatches (made-up people and bodies, real states) in several agency styles.
"""

from __future__ import annotations

from helpers import quotes_with_fields

from wirecoder.nlp import parser_text

HEADLINE = "News in brief\n\n"


def _report_of(pipeline, text, words):
    """The text of the one printed quote that holds ``words``."""
    quotes = quotes_with_fields(pipeline, HEADLINE + text, "text", "speaker")
    found = [t for t, _ in quotes if words in t]
    assert len(found) == 1, quotes
    return found[0]


def test_a_report_with_a_curly_negation_goes_on_past_it(pipeline):
    # (the curly "n’t" before a quoted verb was tagged a noun and the report printed as "they were")
    text = ("STOCKHOLM (AP) — Opposition leader Ilse Varnholt told cheering supporters in Uppsala that they weren’t "
            "“seeking any favours.”")
    report = _report_of(pipeline, text, "they were")
    assert report.startswith("they weren’t") and "seeking any favours" in report


def test_a_mixed_report_after_told_keeps_its_quoted_words_past_a_curly_arent(pipeline):
    text = ("CANBERRA (Reuters) - Union leader Dervla Ankerby told striking nurses at a Sydney hospital that they "
            "aren’t “asking for the moon, just for safe wards.”")
    assert "just for safe wards" in _report_of(pipeline, text, "they are")


def test_a_curly_wont_in_a_report_still_keeps_the_whole_report(pipeline):
    text = ("LONDON, May 4 (Reuters) - Finance minister Hedda Morlind told lawmakers in Oslo that the government "
            "won’t raise the fuel tax before the election.")
    assert _report_of(pipeline, text, "fuel tax").endswith("won’t raise the fuel tax before the election")


def test_a_curly_isnt_under_a_mixed_report_keeps_its_quoted_words(pipeline):
    text = ("CANBERRA (AP) — Union secretary Dervla Ankerby told striking nurses that the offer isn’t “anywhere near "
            "what the wards need”, and the union would ballot members again in June.")
    assert "anywhere near what the wards need" in _report_of(pipeline, text, "the offer")


def test_every_span_is_a_slice_of_the_original_text_with_its_curly_apostrophes(pipeline):
    text = ("WARSAW (AFP) - Transport minister Jerzy Talmowicz said the new line won’t open before 2031. "
            "“We don’t cut corners on safety,” he told reporters.")
    record = pipeline.extract(HEADLINE + text)
    assert record.text == HEADLINE + text
    assert record.quotes
    for q in record.quotes:
        assert q.text == record.text[q.span[0]:q.span[1]]
    assert any("won’t open before 2031" in q.text for q in record.quotes)
    assert any(q.text.startswith("We don’t cut corners") for q in record.quotes)


def test_only_a_contractions_apostrophe_is_made_straight_for_the_parser():
    assert parser_text("they weren’t, it’s, we’ll, they’re, I’d, I’ve, I’m") == \
        "they weren't, it's, we'll, they're, I'd, I've, I'm"
    for kept in ("the ‘hawks’ said", "O’Neill said", "the farmers’ union", "rock ’n’ roll", "the ’80s"):
        assert parser_text(kept) == kept
    text = "Minister Ansa Vohl said it’s “a fair deal” and they won’t ‘back down’."
    assert len(parser_text(text)) == len(text)
