"""Round 41 (qrec41): quoted sentences and reports that were lost next to a report's cue.

- A quoted sentence with no cue of its own, right after a report whose cue comes after it ("Trains will come
  within two years, the minister said. "..."") or after a report followed by the writer's gloss ("said his
  members were "furious" about the sale, which followed a year of talks. "...""), goes on with that report's
  speaker, as it already did after a report that ends its sentence. Not when another cue stands in the tail of
  the report's sentence: the words may be someone else's.
- After a quotation closed by "?" or "!", a cue in the next sentence that reports a clause of its own is that
  sentence's cue, not the quotation's: the colon's speaker keeps the quotation and the next report is kept.
- A report before its cue that the parser joined to the cue through a "but" inside it ("X was not about A, but
  "all about B," the leader said after ...") is reported, the cue having its own subject after a comma and
  nothing reported after it.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

HEAD = "Velmora budget row\n\nThe finance minister presented the budget on Tuesday.\n\n"


def _quotes(pipeline, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in pipeline.extract(text).quotes]


def test_a_quoted_sentence_after_a_report_with_its_cue_after_goes_on_with_that_speaker(pipeline):
    quotes = _quotes(pipeline, HEAD + "Passengers in the north would see new trains within two years, Minister "
                     "Oskar Drenvald said. \"Nobody in Tarnow will be waiting for a train from the last century.\"")
    assert ("Nobody in Tarnow will be waiting for a train from the last century.", "Oskar Drenvald") in quotes


def test_a_quoted_sentence_after_a_mixed_report_with_its_cue_after_goes_on_with_that_speaker(pipeline):
    quotes = _quotes(pipeline, HEAD + "Despite this \"careful optimism,\" prices were still rising too fast for "
                     "most households, the guild's chairman, Ivar Tolm, added. \"Our members cannot wait until the "
                     "autumn.\"")
    assert ("Our members cannot wait until the autumn.", "Ivar Tolm") in quotes


def test_a_quoted_sentence_after_a_report_and_the_writers_gloss_goes_on_with_that_speaker(pipeline):
    quotes = _quotes(pipeline, HEAD + "The dockers' union leader, Piet Varenko, said his members were "
                     "\"furious\" about the sale, which followed a year of secret talks. \"Nobody asked the people "
                     "who have worked on these quays for thirty years.\"")
    assert ("Nobody asked the people who have worked on these quays for thirty years.", "Piet Varenko") in quotes


def test_a_quoted_sentence_after_a_tail_with_another_cue_is_left_alone(pipeline):
    quotes = _quotes(pipeline, HEAD + "The dockers' union leader, Piet Varenko, said his members were "
                     "\"furious\" about the sale, which the mayor, Edda Quist, defended on Monday. \"Nobody asked the "
                     "people who have worked on these quays for thirty years.\"")
    assert not any(t.startswith("Nobody asked") and s == "Piet Varenko" for t, s in quotes), quotes


def test_a_cue_reporting_its_own_clause_after_a_question_does_not_take_the_question(pipeline):
    quotes = _quotes(pipeline, HEAD + "The mayor then says: \"You only wrote that story because your editor "
                     "ordered it, didn't you?\" At a press conference on Monday, Mayor Erik Hollund said the "
                     "remark had been a joke and no offence was intended.")
    texts = [t for t, _ in quotes]
    assert "the remark had been a joke and no offence was intended" in texts
    question = next(s for t, s in quotes if t.startswith("You only wrote that story"))
    assert question != "Mayor Erik Hollund"


def test_a_cue_reporting_its_own_clause_after_an_exclamation_keeps_both_speakers(pipeline):
    quotes = _quotes(pipeline, HEAD + "Their leader, Joran Kessvik, shouted to the crowd: \"We will not pay for "
                     "the rain that falls on our own fields!\" Regional Governor Lena Strand said the charges would be "
                     "reviewed in the spring.")
    assert ("We will not pay for the rain that falls on our own fields!", "Joran Kessvik") in quotes
    assert ("the charges would be reviewed in the spring", "Lena Strand") in quotes


def test_a_question_with_an_inverted_cue_after_it_still_takes_that_cue(pipeline):
    quotes = _quotes(pipeline, HEAD + "\"Will you resign?\" Councillor Mara Velt asked the minister.")
    assert ("Will you resign?", "Mara Velt") in quotes


def test_a_report_joined_to_its_cue_through_a_but_inside_it_is_reported(pipeline):
    quotes = _quotes(pipeline, HEAD + "The budget was not about what was good for the country, but \"all about "
                     "the interests of the governing party,\" the opposition leader, Henrik Dalm, said after welcoming "
                     "the minister back to the chamber.\n\nThe minister did not reply.")
    assert any(t.startswith("The budget was not about") and s == "Henrik Dalm" for t, s in quotes), quotes


def test_a_second_act_joined_by_and_after_a_comma_is_not_a_fronted_report(pipeline):
    quotes = _quotes(pipeline, HEAD + "The army closed the border on Monday and said it would stay shut until the "
                     "vote.")
    assert not any(t.startswith("The army closed") for t, _ in quotes), quotes
