"""Quotations: where an indirect report's content ends, and when one speaker's sentence holds two reports.

Invented dispatches and names."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def texts(pipeline, body: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body)]


# -- a second cue joined to the reported clause is a second report ----------------------------------

def test_said_x_but_predicted_y_is_two_reports_by_the_same_speaker(pipeline):
    body = ("Minister Edda Morrel said some voters were angry about the tax rise "
            "but predicted the mood would calm by spring.\n")
    quotes = quotes_in(pipeline, body)
    assert [q.text for q in quotes] == ["some voters were angry about the tax rise", "the mood would calm by spring"]
    assert all(q.speaker is not None and "Morrel" in q.speaker.name for q in quotes)


def test_said_x_and_added_that_y_is_two_reports(pipeline):
    body = "Minister Edda Morrel said the harbour would reopen in May and added that fees would fall.\n"
    assert texts(pipeline, body) == ["the harbour would reopen in May", "fees would fall"]


def test_a_perfect_in_the_reported_clause_keeps_its_second_verb(pipeline):
    # "had denied ... and insisted": the rival may have done both; the report stays whole.
    body = "Minister Edda Morrel said the rival minister had denied the charge and insisted that he would stay.\n"
    assert any("denied the charge and insisted" in t for t in texts(pipeline, body))


def test_a_reported_cue_keeps_the_verb_joined_to_it(pipeline):
    body = "Minister Edda Morrel said the rival minister denied the charge and insisted that he would stay.\n"
    assert any("denied the charge and insisted" in t for t in texts(pipeline, body))


def test_a_plain_second_verb_in_the_reported_clause_stays_in_it(pipeline):
    body = "Minister Edda Morrel said the ferry would leave at noon and arrive before dark.\n"
    assert texts(pipeline, body) == ["the ferry would leave at noon and arrive before dark"]


# -- the writer's gloss on a name ends the report ----------------------------------------------------

def test_also_known_as_ends_an_indirect_report(pipeline):
    body = ("Harbour pilot Orvin Tallow says the new dues were drawn up by Darek Olsom, also known as "
            "the Fox, who has run the quay office since 2019.\n")
    assert texts(pipeline, body) == ["the new dues were drawn up by Darek Olsom"]


def test_known_as_inside_quotation_marks_stays(pipeline):
    body = "\"We call him Olsom, also known as the Fox, and he knows it,\" said Orvin Tallow.\n"
    assert any("also known as the Fox" in t for t in texts(pipeline, body))


# -- a list of names after a colon says who is meant, for the reader ---------------------------------

def test_a_list_of_names_after_a_colon_ends_the_report(pipeline):
    body = ("Three neighbouring states announced that they were joining Norway in cutting aid: "
            "Sweden, Denmark, Finland and Estonia.\n")
    assert texts(pipeline, body) == ["they were joining Norway in cutting aid"]


def test_a_list_of_common_nouns_after_a_colon_is_part_of_the_report(pipeline):
    body = "Minister Edda Morrel said three things were needed: money, time and patience.\n"
    assert texts(pipeline, body) == ["three things were needed: money, time and patience"]


def test_a_short_list_of_names_after_a_colon_stays(pipeline):
    body = "Minister Edda Morrel said the talks had two hosts: Sweden and Norway.\n"
    assert any("Sweden and Norway" in t for t in texts(pipeline, body))


# -- the writer's tail after the report: the occasion, a last aside after a dash ---------------------

def test_the_occasion_after_a_comma_is_not_part_of_the_report(pipeline):
    body = ("Minister Edda Morrel told reporters the harbour would reopen in May, "
            "speaking after a cabinet meeting in Varn.\n")
    assert texts(pipeline, body) == ["the harbour would reopen in May"]


def test_a_verbless_aside_after_a_last_dash_is_the_writers(pipeline):
    body = "Minister Edda Morrel said the harbour would reopen in May — a year later than planned.\n"
    assert texts(pipeline, body) == ["the harbour would reopen in May"]


def test_a_clause_after_a_dash_is_still_reported(pipeline):
    body = "Minister Edda Morrel said the harbour would reopen in May — if the weather allowed.\n"
    assert any("if the weather allowed" in t for t in texts(pipeline, body))


def test_quoted_words_after_a_dash_are_still_reported(pipeline):
    body = "Minister Edda Morrel said the harbour would reopen in May — \"at the very latest\".\n"
    assert any("at the very latest" in t for t in texts(pipeline, body))


def test_a_pair_of_dashes_inside_the_report_keeps_what_follows(pipeline):
    body = ("Minister Edda Morrel said the harbour would reopen in May – the second delay this year – "
            "and that fees would fall.\n")
    assert any("fees would fall" in t for t in texts(pipeline, body))


def test_under_attributions_the_tail_stays(attributions_pipeline):
    body = "Minister Edda Morrel said the harbour would reopen in May — a year later than planned.\n"
    assert any("later than planned" in t for t in texts(attributions_pipeline, body))


# -- a state's allies speak for themselves -----------------------------------------------------------

def test_a_states_allies_are_not_the_state(pipeline):
    body = "Several US allies have said they will halve their grants to the fishing fund.\n"
    quote = next(q for q in quotes_in(pipeline, body) if "halve" in q.text)
    assert quote.speaker is not None and quote.speaker.actor != "USA" and "allies" in quote.speaker.name


def test_a_states_critics_are_not_the_state(pipeline):
    body = "Norway's critics say the fishing quota was set in secret.\n"
    quote = next(q for q in quotes_in(pipeline, body) if "fishing quota" in q.text)
    assert quote.speaker is not None and quote.speaker.actor != "NOR" and "critics" in quote.speaker.name


def test_a_states_ministry_still_speaks_for_it(pipeline):
    body = "Norway's foreign ministry said the fishing quota was set in the open.\n"
    quote = next(q for q in quotes_in(pipeline, body) if "fishing quota" in q.text)
    assert quote.speaker is not None and quote.speaker.actor is not None


# -- "according to" a relay: the report inside is its own speaker's --------------------------------

def test_a_report_relayed_according_to_an_outlet_is_the_speakers(pipeline):
    body = ("Deputy Finance Minister Edda Morrel of Vardenia said the harbour would reopen in May, "
            "according to state radio.\n")
    quotes = quotes_in(pipeline, body)
    assert [q.text for q in quotes] == ["the harbour would reopen in May"]
    assert quotes[0].speaker is not None and "Morrel" in quotes[0].speaker.name


def test_according_to_before_a_relayed_report(pipeline):
    body = "According to state radio, Minister Edda Morrel said the harbour would reopen in May.\n"
    quotes = quotes_in(pipeline, body)
    assert [q.text for q in quotes] == ["the harbour would reopen in May"]
    assert quotes[0].speaker is not None and "Morrel" in quotes[0].speaker.name


def test_a_report_deep_inside_the_words_does_not_take_them_from_the_source(pipeline):
    body = ("According to the Varn Post, the harbour will reopen in May, "
            "a year after fishermen said it would.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "harbour will reopen" in q.text)
    assert quote.speaker is not None and "Varn Post" in quote.speaker.name
