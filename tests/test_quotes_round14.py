"""Quotations, round 14: speakers as a whole (a bare title tied to the office it names; the run of quotes that
share one cue stops where another speaker comes in).

Invented dispatches and names (benchmarks/audit/quotes_gold.jsonl holds the hand-annotated audit)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def speaker_of(pipeline, body: str, words: str) -> str | None:
    quote = next(q for q in quotes_in(pipeline, body) if words in q.text)
    return quote.speaker.actor if quote.speaker else None


# -- a bare title is the person named with that very office, not with a "shadow" or "deputy" one -----------

_SHADOW = ("Chancellor Rupert Vantling said the fuel duty cut was affordable. "
           "Shadow chancellor Miles Orrendale said the sums did not add up. "
           "The chancellor insisted his figures were sound.\n")


def test_the_chancellor_is_not_the_shadow_chancellor_quoted_last(pipeline):
    assert speaker_of(pipeline, _SHADOW, "figures were sound") == "person:rupert-vantling"


def test_the_shadow_chancellor_is_still_the_shadow(pipeline):
    body = _SHADOW + "The shadow chancellor replied that the treasury had hidden a deficit.\n"
    assert speaker_of(pipeline, body, "hidden a deficit") == "person:miles-orrendale"


def test_the_prime_minister_is_not_the_deputy_prime_minister(pipeline):
    body = ("Prime Minister Halvard Tosk said the bridge would be finished by May. "
            "Deputy Prime Minister Anneke Brel told reporters the budget was already spent. "
            "The prime minister said the money would be found.\n")
    assert speaker_of(pipeline, body, "money would be found") == "person:halvard-tosk"


def test_a_bare_title_with_no_other_office_goes_on_with_its_bearer(pipeline):
    body = ("Home Secretary Orla Fennimore said the new checks would start in June. "
            "Campaigner Idris Malloway said the checks were unlawful. "
            "The home secretary said the law had been tested in the courts.\n")
    assert speaker_of(pipeline, body, "tested in the courts") == "person:orla-fennimore"


# -- the run of quotations that share one cue stops at another speaker -------------------------------------

def test_a_quoted_paragraph_after_another_speakers_report_goes_on_with_that_speaker(pipeline):
    body = ("Transport Minister Edvin Halloran said the rail strike was avoidable. "
            "\"We will talk to anyone,\" Mr Halloran said. "
            "Union officials said the offer was too low and would be rejected.\n\n"
            "\"Members will not accept it.\"\n")
    quote = next(q for q in quotes_in(pipeline, body) if "Members will not" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Union officials"


def test_a_quoted_sentence_after_another_speakers_report_goes_on_with_that_speaker(pipeline):
    body = ("Transport Minister Edvin Halloran said the rail strike was avoidable. "
            "\"We will talk to anyone,\" Mr Halloran said. "
            "Union leader Berit Carrow said the offer was an insult. \"Our members will walk out on Monday.\"\n")
    assert speaker_of(pipeline, body, "walk out on Monday") == "person:berit-carrow"


def test_a_pronoun_report_in_between_keeps_the_run(pipeline):
    body = ("\"We will talk to anyone,\" Transport Minister Edvin Halloran said. "
            "He added that the talks would resume on Monday. \"Nobody wants the trains to stop.\"\n")
    assert speaker_of(pipeline, body, "Nobody wants") == "person:edvin-halloran"


def test_the_run_of_one_cue_still_holds_with_nobody_in_between(pipeline):
    body = ("Union leader Berit Carrow rejected the offer. \"It is an insult,\" she said. "
            "\"Our members will walk out on Monday.\"\n")
    assert speaker_of(pipeline, body, "walk out on Monday") == "person:berit-carrow"


# -- "the union leader": the person named before as in that body, under another office ------------------

def test_the_union_leader_is_the_person_named_as_in_the_union(pipeline):
    body = ("Kevin Marlow, general secretary of the Transport Union, said strikes were likely. "
            "Transport Secretary Alastair Dunmore said the offer was fair. "
            "The union leader said members would vote next week.\n")
    assert speaker_of(pipeline, body, "vote next week") == "person:kevin-marlow"


def test_a_body_title_with_no_one_named_in_that_body_goes_on_as_before(pipeline):
    body = ("Transport Secretary Alastair Dunmore said the offer was fair. "
            "\"It is the best offer in ten years,\" Mr Dunmore said. "
            "The union leader said members would vote next week.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "vote next week" in q.text)
    assert quote.speaker is not None and quote.speaker.actor != "person:kevin-marlow"


def test_the_bank_chief_is_the_person_named_as_its_president(pipeline):
    body = ("BONN, March 16 - West German Economics Minister Karl Obermann said growth would slow this year.\n"
            "    Bundesbank president Hans Lettner said on Monday that interest rates would not change.\n"
            "    Obermann said the government would not cut taxes.\n"
            "    The Bundesbank chief said money supply growth was too fast.\n")
    assert speaker_of(pipeline, body, "too fast") == "person:hans-lettner"


# -- where a report begins and ends ------------------------------------------------------------------------

def test_a_reported_subject_with_an_aside_is_reported_with_its_verb(pipeline):
    body = ("DENVER, Aug 2 - Vantra Corp said its bid for a rival bakery chain had lapsed.\n"
            "    Robert Kessling, Vantra finance director, told Reuters the negotiations, which began in the spring, "
            "ended. He would not say why.\n")
    quote = next(q for q in quotes_in(pipeline, body) if q.speaker is not None and "Kessling" in q.speaker.name)
    assert quote.text.startswith("the negotiations, which began") and quote.text.endswith("ended")


def test_but_refused_to_after_a_dash_is_the_speakers_own_act(pipeline):
    body = ("Finance Minister Joran Harwell denied his budget sums were far too rosy - "
            "but declined to promise any fuel duty freeze.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "sums" in q.text)
    assert quote.text == "his budget sums were far too rosy"


# -- a person named as an owner inside an apposition is not the speaker it describes --------------------

def test_the_client_named_in_the_lawyers_apposition_is_not_the_speaker(pipeline):
    body = ("Former minister Lars Hovde denies fraud. "
            "\"My client is innocent,\" Petra Ulme, Mr Hovde's lawyer, said.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "innocent" in q.text)
    assert quote.speaker is not None and quote.speaker.actor != "person:lars-hovde"
    assert quote.speaker.name.startswith("Petra Ulme")


def test_a_name_in_apposition_still_names_the_speaker(pipeline):
    body = "\"The port will reopen,\" the harbour master, Ivo Stenk, said.\n"
    quote = next(q for q in quotes_in(pipeline, body) if "reopen" in q.text)
    assert quote.speaker is not None and quote.speaker.actor == "person:ivo-stenk"


# -- "they" with no quoted group: the plural subject just before ------------------------------------------

def test_they_is_the_plural_subject_of_the_sentence_before(pipeline):
    body = ("Finance Minister Tomas Rell said the budget was balanced. Economists disagreed. "
            "\"The deficit is growing fast,\" they said in a note.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "growing fast" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Economists"


def test_they_after_a_quoted_group_still_goes_on_with_it(pipeline):
    body = ("Finance Minister Tomas Rell said the budget was balanced. Union officials said the cuts would hurt. "
            "\"Nurses will pay the price,\" they said.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "pay the price" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Union officials"


# -- a state's unnamed office holder in the lead, named in the next sentence ------------------------------

def test_a_states_office_holder_in_the_lead_is_the_person_named_next(pipeline):
    body = ("Canada's trade minister has said a deal with the United States is close.\n\n"
            "Pat Corrigan told parliament the talks would end in June.\n")
    assert speaker_of(pipeline, body, "deal with the United States") == "person:pat-corrigan"


def test_a_person_of_another_state_named_next_is_not_the_office_holder(pipeline):
    body = ("Britain's foreign secretary has warned Iran over its nuclear plans.\n\n"
            "Iranian President Hamid Tavakol said his country would not bow to pressure.\n")
    quotes = [q for q in quotes_in(pipeline, body) if "nuclear" in q.text]
    assert all(q.speaker is None or q.speaker.actor != "person:hamid-tavakol" for q in quotes)
