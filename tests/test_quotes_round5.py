"""Quotations, round 5: quotes led in by a colon with no speech verb, titles tied to the person
introduced with them and bare predicates.

Invented dispatches and names (tests/data/quotes_news holds the hand-annotated set)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in, speaker_name

# -- a colon after a whole sentence leads into its subject's words -------------------------------

def test_a_person_who_was_blunt_before_a_colon_says_the_quoted_sentence(pipeline):
    body = ("The Velmora port authority raised its fees on Monday.\n\n"
            'Dockers\' leader Anselm Krebbitz was blunt: "Nobody in this harbour can pay these prices."\n')
    assert speaker_name(pipeline, body, "Nobody in this harbour") == "Anselm Krebbitz"


def test_a_titled_person_with_a_message_before_a_colon_says_the_quoted_sentence(pipeline):
    body = ("The Velmora port authority defended its fees. Its director, Odile Franchetti, had a short "
            'message for the dockers: "Read the contract before you strike."\n')
    assert speaker_name(pipeline, body, "Read the contract") == "Odile Franchetti"


def test_a_sign_read_before_a_colon_is_no_speaker(pipeline):
    body = ("Protesters gathered at the Velmora gates on Monday.\n\n"
            'The question for the council is simple: "Who pays for the harbour?"\n')
    assert not any("Who pays" in q.text for q in quotes_in(pipeline, body))


# -- a definite title is the person introduced with it -------------------------------------------

def test_the_chair_is_the_person_introduced_as_chair_even_before_anyone_was_quoted(pipeline):
    body = ("The Velmora harbour board met on Tuesday.\n\n"
            "The board chair, Councillor Helen Dunmore, was unmoved. "
            '"The fees stay where they are," the chair said.\n')
    assert "Helen Dunmore" in speaker_name(pipeline, body, "The fees stay")


# -- a bare predicate with its object outside the clause is the writer's summary -----------------

def test_a_decision_others_called_unlawful_is_no_quotation_of_its_own(pipeline):
    body = ("The Velmora harbour board said on Monday that the new fees would apply from May, a decision "
            "dockers' unions called unlawful.\n")
    quotes = quotes_in(pipeline, body)
    assert [q.text for q in quotes if q.text.strip() == "unlawful"] == []
    assert any("the new fees would apply from May" in q.text for q in quotes)



# -- refusing an act is no quotation; refusing to comment still is ---------------------------------

def test_refusing_to_leave_is_an_act_but_declining_to_comment_is_a_quotation(pipeline, attributions_pipeline):
    # (As PolNeAR marks it, under the quote scope "attributions"; under the default "statements" what was not
    # said is no quote: test_quotes_scope.py.)
    body = ("Tenants of the Velmora flats refused to leave their homes on Tuesday. "
            "The landlord, Casimir Oakes, declined to comment.\n")
    assert [q.text for q in quotes_in(attributions_pipeline, body)] == ["to comment"]
    assert quotes_in(pipeline, body) == []
