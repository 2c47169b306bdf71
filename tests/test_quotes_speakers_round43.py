"""Round 43 (spk43): a document's issuer named after an issuing participle ("a statement issued by X said") speaks in
it, and the owner its possessive names before a place ("issued by Kenya's Paris embassy"); a "they" goes on with names
joined by "and" that were quoted or made the subject just before.

Invented dispatches and names."""

from __future__ import annotations

from functools import partial

from quote_support import quote_of

HEADLINE = "Growers reject new price\n\n"
_quote = partial(quote_of, headline=HEADLINE, reference_date="2029-05-08")


def speaker_actor(pipeline, body: str, words: str) -> str | None:
    speaker = _quote(pipeline, body, words).speaker
    return speaker.actor if speaker else None


def test_a_statement_issued_by_a_union_is_the_unions(pipeline):
    body = "ACCRA, May 8 (Reuters) - A statement issued by the Velmora Cocoa Farmers Union said the price would ruin growers.\n"
    assert speaker_actor(pipeline, body, "price would ruin growers") == "org:velmora-cocoa-farmers-union"


def test_a_communique_released_on_a_day_by_a_board_is_the_boards(pipeline):
    body = ("NAIROBI, May 9 (AFP) - A communique released on Wednesday by the Orvane Hospitals Board said the wages "
            "would be paid by the end of the month.\n")
    assert speaker_actor(pipeline, body, "wages would be paid") == "org:orvane-hospitals-board"


def test_a_letter_signed_by_a_named_person_is_that_persons(pipeline):
    body = "The letter, signed by union secretary general Amos Kiptarevu, said the strike would begin on Monday.\n"
    assert speaker_actor(pipeline, body, "strike would begin") == "person:amos-kiptarevu"


def test_a_statement_issued_by_a_states_embassy_in_a_capital_is_the_states(pipeline):
    body = "PARIS, May 8 - The statement issued by Kenya's Paris embassy said the convoy had been destroyed.\n"
    assert speaker_actor(pipeline, body, "convoy had been destroyed") in ("KEN", "org:kenya-paris-embassy")


def test_a_memo_seen_by_an_agency_does_not_speak_for_the_agency(pipeline):
    body = "A memo seen by the Tarsk Press Agency said the ministry had run out of funds.\n"
    assert speaker_actor(pipeline, body, "run out of funds") != "org:tarsk-press-agency"


def test_he_after_a_spokesman_for_a_union_still_goes_on_with_the_union(pipeline):
    body = ("Finance Minister Oskar Drenvald said the strike was illegal. A spokesman for the Harlow Miners Association "
            "said the pits would stay shut. He said members had voted to strike.\n")
    assert speaker_actor(pipeline, body, "members had voted") == "org:harlow-miners-association"


def test_they_after_two_joined_speakers_goes_on_with_them(pipeline):
    body = ("Oskar Drenvald and Ilse Varga said they would stand for the party leadership. They added that the vote "
            "had been rigged.\n")
    assert speaker_actor(pipeline, body, "vote had been rigged") == "person:oskar-drenvald"


def test_they_after_two_joined_bodies_made_the_subject_goes_on_with_them(pipeline):
    body = ("The Velmora Growers Alliance and the Orvik Dairy Council have joined forces to oppose the trade deal. "
            "They said the deal would expose farmers to cheaper imports.\n")
    assert speaker_actor(pipeline, body, "cheaper imports") == "org:velmora-growers-alliance"


def test_they_after_joined_speakers_and_another_named_person_is_not_the_pair(pipeline):
    body = ("Oskar Drenvald and Ilse Varga said they would stand. Minister Pavel Orsk rejected the bid. They said the "
            "vote was rigged.\n")
    assert speaker_actor(pipeline, body, "vote was rigged") != "person:oskar-drenvald"


def test_a_court_filing_by_a_union_is_the_unions(pipeline):
    """A filing is a document noun (cues.yaml document_nouns), not an issuing verb: its author after "by" speaks."""
    body = "A court filing by the Orvane Dockers Guild said the port had broken the wage deal.\n"
    assert speaker_actor(pipeline, body, "port had broken the wage deal") == "org:orvane-dockers-guild"
