"""Round spknom37 (round 37): an issued document introduced with "a" ("A statement said ...", "A letter sent to
shareholders said ...") after a sentence whose subject is its issuer speaks for that issuer, not for a body called "a
statement" with no actor (cues.yaml issued_document_nouns). A document that names an issuer of its own ("a statement
from X", "issued by X"), a report or study ("a report says": an outside study), and a document in the first
sentence keep the other rules.

Invented dispatches and names; tests/data/quotes_news q449-q452 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has twins where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Row over new tariffs\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-12-09"}
quote_of = partial(quote_support.quote_of, **_DISPATCH)


def _speaker(pipeline, body: str, words: str) -> tuple[str | None, str]:
    speaker = quote_of(pipeline, body, words).speaker
    return (speaker.actor, speaker.name) if speaker else (None, "")


# -- "a statement" / "a letter" after its issuer's sentence ------------------------------------------------------------

def test_company_then_a_statement_is_the_company(pipeline):
    body = ("KORVANSK, May 4 (Reuters) - Tarvel Shipping Corp rejected a takeover offer from a rival on Thursday. "
            "A statement issued after a board meeting said the bid undervalued the company.\n")
    actor, name = _speaker(pipeline, body, "the bid undervalued")
    assert actor == "org:tarvel-shipping" or "Tarvel" in name


def test_authority_then_a_letter_sent_home_is_the_authority(pipeline):
    body = ("The Pellomar health authority has written to parents at three schools. A letter sent home with pupils "
            "said the outbreak was under control.\n")
    actor, name = _speaker(pipeline, body, "the outbreak was under control")
    assert "Pellomar" in name


def test_ministry_then_a_statement_posted_is_the_ministry(pipeline):
    body = ("ASTRELL, March 2 (AFP) - The Vostrian interior ministry ordered the closure of two border crossings on "
            "Sunday. A statement posted on its website said the crossings would stay shut for a week.\n")
    actor, name = _speaker(pipeline, body, "the crossings would stay shut")
    assert "interior ministry" in name.lower()


def test_union_then_a_letter_to_members_is_the_union(pipeline):
    body = ("The Brenholt Nurses' Union has called off a strike planned for next week. A letter sent to members on "
            "Tuesday said talks with hospital managers had made progress.\n")
    actor, name = _speaker(pipeline, body, "talks with hospital managers")
    assert "Brenholt Nurses" in name


# -- twins: an issuer of its own, a report, no sentence before --------------------------------------------------------

def test_a_statement_from_a_named_body_keeps_that_body(pipeline):
    body = ("The Korvel city council approved a new parking levy on Monday. A statement from the Korvel Traders' "
            "Association said the levy would drive shoppers away.\n")
    actor, name = _speaker(pipeline, body, "drive shoppers away")
    assert "Traders" in name and "council" not in name.lower()


def test_a_statement_issued_by_another_body_is_not_the_subject_before(pipeline):
    body = ("TOKYO, Jan. 12 Kyodo - Marune Electric said on Monday it would close a plant in Osavi. A statement issued "
            "by the Osavi Workers' Council said the closure would cost 600 jobs.\n")
    actor, name = _speaker(pipeline, body, "cost 600 jobs")
    assert "Marune" not in name


def test_a_report_says_is_not_the_subject_before(pipeline):
    body = ("The Dellow government raised fuel duty by 4% last year. Motorists now pay more than anywhere else in the "
            "region, a report says.\n")
    actor, name = _speaker(pipeline, body, "Motorists now pay more")
    assert "government" not in name.lower() and actor != "state:dellow"


def test_a_statement_in_the_first_sentence_has_no_issuer_before(pipeline):
    body = ("ORVANE, June 3 (Reuters) - A statement said the curfew in Orvane would be lifted at dawn. Traders "
            "welcomed the news.\n")
    actor, name = _speaker(pipeline, body, "the curfew in Orvane")
    assert actor is None
