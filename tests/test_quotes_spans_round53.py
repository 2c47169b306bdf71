"""Round 53 (qspan53): quoted sentences led in with no speech verb were lost whole.

- `His advice for the treasury was: "..."`, `The mayor's reply was blunt: "..."`: a noun of words said (cues.yaml
  lead_in_message_nouns) as the subject of a colon lead-in hands the quotation to its owner (a possessive, or "of X").
- `Finance Minister X, in a statement: "..."`, `X, speaking to reporters in Vilnius: "..."`: a lead-in with no verb at
  all, only a speaker's name (with a place, an occasion or an apposition beside it), before a colon and a whole quoted
  sentence; a date heading a line ("June 4, 2029: "..."") is no speaker.
- `Councillor X was defiant at the town hall on Tuesday. "I will not resign ..."`: a whole quoted sentence with no cue,
  right after a sentence of the same paragraph whose main subject is a person, gives that person's words; a body or a
  thing as that subject ("The court ruled ...") does not.

Invented dispatches (made-up people, real places) in Reuters, AP, AFP and BBC house styles.
"""

from __future__ import annotations

from quote_support import brief_quotes as _quotes


def _quote(quotes, start: str):
    found = [q for q in quotes if q[1].lstrip('"“').startswith(start)]
    assert len(found) == 1, quotes
    return found[0]


def test_a_possessive_message_noun_before_a_colon_hands_the_quote_to_its_owner(pipeline):
    text = ("LONDON, Dec 5 (Reuters) - Sir Tavin Orlo, head of the Northern Employers' Forum, said on Monday that "
            "stability mattered more than tax cuts.\n\n"
            'His advice for the treasury was: "Do not spend the windfall on a pre-election giveaway."')
    kind, words, speaker = _quote(_quotes(pipeline, text), "Do not spend the windfall")
    assert kind == "direct" and "Tavin Orlo" in (speaker or "")


def test_a_named_owner_of_a_reply_before_a_colon_is_the_speaker(pipeline):
    text = ("OSLO, Dec 9 (Reuters) - The city will not fund a new football stadium.\n\n"
            "The mayor's reply to the club was blunt: \"We will not pay for a stadium the club can afford to build "
            "itself.\"")
    kind, words, speaker = _quote(_quotes(pipeline, text), "We will not pay for a stadium")
    assert kind == "direct" and "mayor" in (speaker or "").lower()


def test_a_record_owning_a_conclusion_is_no_speaker(pipeline):
    text = ('The study\'s conclusion was clear: "Wages in the north have not kept pace with rents since 2020."')
    assert not [q for q in _quotes(pipeline, text) if q[1].startswith("Wages in the north")]


def test_a_name_in_a_statement_before_a_colon_leads_into_the_quote(pipeline):
    text = ("WARSAW, Poland (AP) - Poland's government will keep the fuel levy at its current rate through next "
            "year.\n\nFinance Minister Elsa Varnholt, in a statement: \"We will not raise the fuel levy while families "
            "are still paying more for heating.\"")
    kind, words, speaker = _quote(_quotes(pipeline, text), "We will not raise the fuel levy")
    assert kind == "direct" and "Varnholt" in (speaker or "")


def test_a_name_speaking_to_reporters_before_a_colon_leads_into_the_quote(pipeline):
    text = ("VILNIUS, Dec 7 (AFP) - Lithuania will not close its eastern border crossings this winter.\n\n"
            "Interior Minister Piet Holvark, speaking to reporters in Vilnius: \"The crossings will stay open and the "
            "guards will be doubled.\"")
    kind, words, speaker = _quote(_quotes(pipeline, text), "The crossings will stay open")
    assert kind == "direct" and "Holvark" in (speaker or "")


def test_a_date_heading_a_line_before_a_colon_is_no_speaker(pipeline):
    text = ("Plaques at the old stadium.\n\n"
            "June 4, 1979: \"In honour of the Tarvik Rovers, champions of the northern league. Unveiled by the club.\"")
    assert not [q for q in _quotes(pipeline, text) if q[1].startswith("In honour of the Tarvik Rovers")]


def test_a_person_set_up_in_the_sentence_before_a_cueless_quote_is_its_speaker(pipeline):
    text = ("Councillor Marek Dovlan was defiant at the town hall on Tuesday. \"I will not resign over a report that "
            "nobody on this council has read.\"\n\nThe council's standards panel meets next week.")
    kind, words, speaker = _quote(_quotes(pipeline, text), "I will not resign over a report")
    assert kind == "direct" and "Dovlan" in (speaker or "")


def test_a_body_set_up_before_a_cueless_quote_gives_it_no_speaker(pipeline):
    text = ("The court ruled against the dockers' union on Tuesday. \"This is a dark day for every worker on this "
            "coast.\"\n\nThe union has 30 days to appeal.")
    assert not [q for q in _quotes(pipeline, text) if q[1].startswith("This is a dark day")]
