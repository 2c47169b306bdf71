"""Quotations, round 4: what is not a quotation, where a report ends, and the invented quote set.

Invented dispatches and names (tests/data/quotes_news holds the hand-annotated set)."""

from __future__ import annotations

import json
from pathlib import Path

from wirecoder.evaluation import news
from wirecoder.record import Quote

HEADLINE = "Border talks stall again\n\n"
QUOTE_DISPATCHES = Path(__file__).parent / "data" / "quotes_news"


def quotes_in(pipeline, body: str) -> list[Quote]:
    record = pipeline.extract(HEADLINE + body, reference_date="2026-11-29")
    return [q for q in record.quotes if q.span[0] >= len(HEADLINE)]


def speaker_name(pipeline, body: str, words: str) -> str | None:
    """The speaker's name of the first quote holding ``words``."""
    quote = next(q for q in quotes_in(pipeline, body) if words in q.text)
    return quote.speaker.name if quote.speaker else None


# -- not quotations -------------------------------------------------------------------------------

def test_what_a_video_shows_is_not_a_quotation(pipeline):
    quotes = quotes_in(pipeline, "A video shared on social media showed soldiers loading crates onto a "
                                 "lorry near the Tarvel crossing.\n")
    assert quotes == []


def test_an_intention_in_an_infinitive_is_not_a_quotation(pipeline):
    quotes = quotes_in(pipeline, "The Ostrava delegation agreed on Friday to resume the border talks in May. "
                                 "Minister Halvard Quist wants to visit the crossing next week.\n")
    assert quotes == []


def test_an_agreement_reported_with_a_clause_is_still_a_quotation(pipeline):
    quotes = quotes_in(pipeline, "Minister Halvard Quist agreed that the crossing should reopen in May.\n")
    assert [q.text for q in quotes] == ["the crossing should reopen in May"]


# -- where a report ends --------------------------------------------------------------------------

def test_a_summing_up_apposition_after_the_report_is_the_writer_s_words(pipeline):
    quotes = quotes_in(pipeline, "The electoral board said on Monday that the vote would be postponed by "
                                 "six weeks, a decision the opposition called illegal.\n")
    said = next(q for q in quotes if "postponed" in q.text)
    assert said.text == "the vote would be postponed by six weeks"


def test_quoted_words_running_on_from_a_report_belong_to_it(pipeline):
    quotes = quotes_in(pipeline, "A senior rebel commander, Joren Vasko, told Radio Sever the movement was ready "
                                 "to sign a longer truce \"if the army stops shelling the villages\".\n")
    said = next(q for q in quotes if "ready" in q.text)
    assert said.kind == "mixed" and "shelling the villages" in said.text


def test_a_report_after_told_a_briefing_that_is_found(pipeline):
    quotes = quotes_in(pipeline, "Spokeswoman Irena Palkova told a briefing that the ministry had sent a "
                                 "note of protest to the embassy.\n")
    said = next(q for q in quotes if "note of protest" in q.text)
    assert said.text == "the ministry had sent a note of protest to the embassy"
    assert said.speaker is not None and said.speaker.actor == "person:irena-palkova"


# -- the invented quote set -----------------------------------------------------------------------

def test_the_invented_quote_dispatches_are_built_with_every_span_in_its_text():
    splits = json.loads((QUOTE_DISPATCHES / "splits.json").read_text("utf-8"))
    names = splits["dev"] + splits["test"]
    assert len(names) == len(set(names)) >= 24
    for name in names:
        article = news.load_article(QUOTE_DISPATCHES, name)
        assert article.quotes, name
        gold = json.loads((QUOTE_DISPATCHES / f"{name}.gold.json").read_text("utf-8"))
        for quote in gold["quotes"]:
            a, b = quote["content"]
            assert article.text[a:b] == quote["content_text"] and quote["speaker"], name


# -- speakers -------------------------------------------------------------------------------------

def test_a_word_inside_the_quote_is_not_the_speaker_of_its_cue(pipeline):
    name = speaker_name(pipeline, "Trade Minister Tomas Erdel spoke in Brno on Monday.\n\n\"So next week I am going to "
                                  "write to both of them to lay out our case. What is our case? The points I made "
                                  "earlier today,\" he said.\n", "our case")
    assert name == "Tomas Erdel"


def test_a_participle_after_a_comma_goes_with_the_outermost_speaker(pipeline):
    name = speaker_name(pipeline, "Oskar Telle said that after long consultation Brenmark had concluded the "
                                  "treaty was \"not, in itself, a breach of the charter\", saying he trusted the "
                                  "courts to decide.\n", "trusted the courts")
    assert name == "Oskar Telle"


def test_a_relative_pronoun_speaker_is_named_by_its_noun(pipeline):
    name = speaker_name(pipeline, "The bill lost much of its edge to stiff resistance from the Tarvel "
                                  "League, which with other conservatives has insisted the plans would hurt "
                                  "farmers.\n", "hurt farmers")
    assert name is not None and "League" in name and "which" not in name


def test_a_government_named_by_its_state_noun_is_not_the_person_quoted_before(pipeline):
    name = speaker_name(pipeline, "\"The ban is a political statement,\" Foreign Minister Arvid Lunde told "
                                  "reporters.\n\nThe Tarvel government said it would look again at the ban "
                                  "after two years.\n", "look again at the ban")
    assert name is not None and "Lunde" not in name


def test_a_relative_clause_hung_on_a_noun_further_back_speaks_for_the_noun_before_its_pronoun(pipeline):
    name = speaker_name(pipeline, "The bill has lost some of its edge in the talks over the winter to stiff resistance "
                                  "from the Tarvel League, which along with the greens and several independents has "
                                  "argued the plans would hurt farmers.\n", "hurt farmers")
    assert name is not None and "Tarvel League" in name


def test_a_quotation_opened_inside_a_report_runs_to_its_closing_mark(pipeline):
    quotes = quotes_in(pipeline, "Lenart Sova suggested on Monday that the coalition would \"do whatever it takes, "
                                 "so the blockade cannot last,\" stressing that \"no option is off the table\".\n")
    first = next(q for q in quotes if "whatever it takes" in q.text)
    assert "cannot last" in first.text
    stressed = next(q for q in quotes if "off the table" in q.text)
    assert stressed.speaker is not None and stressed.speaker.name == "Lenart Sova"


def test_according_to_a_law_names_no_speaker(pipeline):
    quotes = quotes_in(pipeline, "Secretary-General Ivo Pallister told the Tarvel Herald that \"nobody intends to send "
                                 "combat troops to the valley,\" adding that the republic may defend itself "
                                 "according to international law.\n")
    assert all(q.speaker is None or q.speaker.name != "international law" for q in quotes)
    told = next(q for q in quotes if "send combat troops" in q.text)
    assert told.speaker is not None and told.speaker.name == "Ivo Pallister"


def test_a_work_that_accused_someone_is_not_the_person_quoted_before(pipeline):
    quotes = quotes_in(pipeline, "\"We will find them,\" Colonel Idrissa Kante said on state television. The "
                                 "documentary \"Salt and Steel\", which accused the junta of abuses, was banned.\n")
    accused = next(q for q in quotes if "abuses" in q.text)
    assert accused.speaker is None or "Kante" not in accused.speaker.name


def test_a_second_speaker_after_a_bare_but_has_a_report_of_its_own(pipeline):
    quotes = quotes_in(pipeline, "Premier Anton Vilk recently said the country would join only where it served "
                                 "its interests but the Greens say he is giving away a key veto.\n")
    greens = next(q for q in quotes if "key veto" in q.text)
    assert greens.text == "he is giving away a key veto"
    assert greens.speaker is not None and "Greens" in greens.speaker.name


def test_hailing_a_deal_is_a_report_and_a_direct_quote_may_end_with_began(pipeline):
    quotes = quotes_in(pipeline, "Premier Anton Vilk has hailed a deal bringing the republic closer to the union "
                                 "as vital for \"peace and trade\".\n\n\"We have waited long enough for this,\" "
                                 "Mara Tolvan began, before being asked again.\n")
    assert any("closer to the union" in q.text and q.speaker and q.speaker.name == "Anton Vilk" for q in quotes)
    began = next(q for q in quotes if "waited long enough" in q.text)
    assert began.kind == "direct" and began.speaker is not None and began.speaker.name == "Mara Tolvan"


def test_calling_a_short_object_quoted_words_gives_the_words(pipeline):
    quotes = quotes_in(pipeline, "Protest organiser Tamsin Reddle called the operation \"heavy-handed\" and said "
                                 "two people had been hurt.\n")
    called = next(q for q in quotes if "heavy" in q.text)
    assert called.text == "heavy-handed" and called.speaker is not None and "Tamsin Reddle" in called.speaker.name


def test_a_stance_verb_in_a_headline_is_not_a_quotation_but_says_is(pipeline):
    hails = pipeline.extract("Vilk hails Tarvel border deal\n\nPremier Anton Vilk has hailed a deal that opens "
                             "the Tarvel border to lorries.\n", reference_date="2026-11-29")
    assert all(q.span[0] > len("Vilk hails Tarvel border deal") for q in hails.quotes)
    says = pipeline.extract("Vilk says border will reopen\n\nPremier Anton Vilk said on Monday that the border "
                            "would reopen in May.\n", reference_date="2026-11-29")
    assert any(q.text == "border will reopen" for q in says.quotes)
