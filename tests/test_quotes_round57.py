"""Round 57 (quotes57): a participle of naming hung on another act labels a stance; it reports no words.

"Quit the cabinet, calling the levy a disgrace", "walked out, calling the map a "dead letter"": a gerund-participle
of a verb of naming (cues.yaml summary_naming_verbs) with an object and its label, hung as an adjunct on another verb,
is the writer's gloss of the stance that came with the act (GUIDE.md: no quote; a scare-quoted word or two is no
quote either). Quoted words of three or more in the label are still what was said, a main verb of naming ("called
the plan a mistake") still reports, and an appeal ("calling for talks") is untouched.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Grain levy row\n\n"
quote_texts = partial(quote_support.quote_texts, headline=HEADLINE, reference_date="2030-01-08")


def test_a_participle_labelling_an_object_after_an_act_is_no_quote(pipeline):
    body = ("TALLIVER, Jan 8 (Reuters) - Velmora's farm minister Ostrid Kanelle resigned on Tuesday, calling the new "
            "grain levy a disgrace.\n")
    assert not any("disgrace" in q for q in quote_texts(pipeline, body))


def test_a_label_with_a_scare_quoted_pair_of_words_is_no_quote(pipeline):
    body = ("GENEVA (AFP) - The Dravenian delegation walked out of the border talks on Thursday, calling the status of "
            "the river crossings a \"dead letter\".\n")
    assert not any("dead letter" in q for q in quote_texts(pipeline, body))


def test_a_label_of_adjectives_after_a_letter_is_no_quote(pipeline):
    body = ("ORVELLE (AP) - The head of the dockworkers' union, Bersa Omlund, wrote to the port board on Monday, "
            "calling its managers careless and arrogant.\n")
    assert not any("arrogant" in q for q in quote_texts(pipeline, body))


def test_a_label_quoting_three_words_or_more_is_still_a_quote(pipeline):
    body = ("The mayor of Kessingford, Tobiah Wrenfield, left Thursday's budget meeting early, calling the debate "
            "\"a shameful waste of the council's time\".\n")
    assert any("shameful waste of the council's time" in q for q in quote_texts(pipeline, body))


def test_a_main_verb_of_naming_still_reports(pipeline):
    body = ("BEIJING, Jan. 12 (Xinhua) -- Marodian trade envoy Sellin Varosk on Sunday called the new tariff plan a "
            "serious mistake for both economies.\n")
    assert any("serious mistake" in q for q in quote_texts(pipeline, body))


def test_a_participle_of_appeal_still_reports(pipeline):
    body = ("Marodian trade envoy Sellin Varosk left the press conference early, calling for talks to resume before "
            "the end of the month.\n")
    assert any("talks to resume" in q for q in quote_texts(pipeline, body))
