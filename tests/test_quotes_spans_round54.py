"""Round 54 (qspan54): quotations that web copy prints in mixed marks, or closes with a verb the cues did not hold.

- `"Three tenders have been cancelled ...,” said X. “Investors ..."`, `“We will not sign ...," the minister said`: a page that
  mixes straight and curly double marks in one quotation lost the quote whole (marks paired only with their own form,
  so the cue fell inside one long run). A double mark of the other form closes the quote after the words' own
  punctuation; a quote inside the quote, opened in the other form before a word, still stays inside it.
- `“...,” the department detailed.`, `“...,” X snapped.`, `“...,” X shared.`, `“...,” quipped X.`: after the words'
  own closing mark these verbs report them (cues.yaml direct_only); without marks they report nothing.

Invented dispatches (made-up people, real places) in AP and web-feature house styles.
"""

from __future__ import annotations

from quote_support import brief_quotes as _quotes


def _quote(quotes, start: str):
    found = [q for q in quotes if q[1].lstrip('"“').startswith(start)]
    assert len(found) == 1, quotes
    return found[0]


def test_a_straight_opening_mark_closed_by_a_curly_one_is_a_quote_with_its_cue(pipeline):
    text = ("CHISINAU, Moldova (AP) — Moldova's grid upgrade has slipped to 2031.\n\n"
            "\"Three tenders have been cancelled since 2024 and not one pylon has gone up,” said Harlan Voskuyl, an "
            "energy analyst. “Investors in Iasi and Odesa have stopped waiting.\"")
    quotes = _quotes(pipeline, text)
    kind, words, speaker = _quote(quotes, "Three tenders have been cancelled")
    assert kind == "direct" and "Voskuyl" in (speaker or "") and "said" not in words
    kind, words, speaker = _quote(quotes, "Investors in Iasi")
    assert kind == "direct" and "Voskuyl" in (speaker or "")


def test_a_curly_opening_mark_closed_by_a_straight_one_is_a_quote(pipeline):
    text = ("Farmers rallied outside the assembly on Thursday.\n\n"
            "“We will not sign a deal that leaves our farmers behind,\" the Czech agriculture minister, Olek Marvanek, "
            "told the crowd.")
    kind, words, speaker = _quote(_quotes(pipeline, text), "We will not sign")
    assert kind == "direct" and "Marvanek" in (speaker or "") and "crowd" not in words


def test_a_quote_inside_the_quote_in_the_other_form_stays_inside_it(pipeline):
    text = ("Dockworkers' leaders left the talks on Friday.\n\n"
            "“He called the offer \"a disgrace,\" and walked out of the room,” said Ilsa Brandao, a union delegate.")
    kind, words, speaker = _quote(_quotes(pipeline, text), "He called the offer")
    assert kind == "direct" and words.rstrip(",").endswith("walked out of the room") and "Brandao" in (speaker or "")


def test_a_verb_of_detail_after_the_closing_mark_reports_the_words(pipeline):
    text = ("Nordland county put every coastal ferry on one timetable on Monday.\n\n"
            "“Each crossing now leaves on the hour from Bodø,” the county's transport office detailed.")
    kind, words, speaker = _quote(_quotes(pipeline, text), "Each crossing now leaves")
    assert kind == "direct" and "office" in (speaker or "")


def test_snapped_shared_and_quipped_after_a_closing_mark_report_the_words(pipeline):
    text = ("Lesotho's prime minister named Adv Palesa Ntsekhe to the anti-corruption commission on Sunday.\n\n"
            "“I have argued in the old magistrates’ court for nineteen years,” Ntsekhe shared.\n\n"
            "Her former opponent, Adv Tumelo Rakhetla, welcomed the choice. “She has beaten me three times, so now she "
            "will be beating someone else,” quipped Rakhetla.\n\n"
            "The transport chief, Sigrun Aavatsmark, was short. “Nobody loses a boat this winter,” Aavatsmark snapped.")
    quotes = _quotes(pipeline, text)
    assert "Ntsekhe" in (_quote(quotes, "I have argued in the old")[2] or "")
    assert "Rakhetla" in (_quote(quotes, "She has beaten me")[2] or "")
    assert "Aavatsmark" in (_quote(quotes, "Nobody loses a boat")[2] or "")


def test_shared_detailed_and_snapped_without_marks_report_nothing(pipeline):
    text = ("Adv Palesa Ntsekhe shared the award with two colleagues on Sunday and detailed the costs of the "
            "commission's first year. A crane snapped a cable at the port of Maseru.")
    assert _quotes(pipeline, text) == []


def test_snapped_back_that_still_reports_its_clause(pipeline):
    text = ("WARSAW (Reuters) - Finance Minister Harlan Voskuyl was asked about the late tax bill on Monday. He "
            "snapped back that the opposition had voted for every clause of it in committee.")
    kind, words, speaker = _quote(_quotes(pipeline, text), "the opposition had voted")
    assert kind == "indirect" and "Voskuyl" in (speaker or "")
