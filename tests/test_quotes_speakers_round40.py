"""Round 40 (spk40): a pronoun speaker after a person quoted by a bare surname.

The quote recall audit's half A and the invented set showed one frame: two persons of a story share a surname (two
siblings, a parent and a child), so the actors stage ties neither to the bare surname ("Velk said"); that
speaker was then left with no person behind it, and a "she said" or "he said" right after went to the last person
the actors stage knows, often someone of the other side of the story. A one-word speaker that is the last word of a
full name the text gave before it is now a person quoted, whom the next pronoun goes on with
(``speakers._surname_of_named``). A bare title ("the county mayor") does not go to such a surname, and the person
named before with that office keeps it.

Invented dispatches (made-up people and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _speaker_name(pipeline, text: str, content_start: str) -> str | None:
    """The printed name of the speaker of the quote whose text starts with ``content_start``."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return q.speaker.name if q.speaker else None
    raise AssertionError(f"no quote starting {content_start!r}")


@pytest.mark.parametrize("text, content_start, surname", [
    # AP style: a state senator and her father share the surname; a union leader is quoted between
    ("HARLOW FALLS, Ore. (AP) — State Senator Ilsa Velk faces a primary against businessman Ty Odrin. Velk's "
     "father, Aron Velk, was the county's first elected judge.\n\n"
     "Mira Kassabian, who heads the nurses' union, said her members were split. \"We will wait for the debate,\" "
     "Kassabian said.\n\n"
     "Velk said she had never lost a vote in her own district.\n\n"
     "\u201cThe voters here know my record better than anyone,\u201d she said.",
     "The voters here know my record", "Velk"),
    # Reuters style: two brothers share the surname; a minister is quoted between
    ("TARNOVA, March 9 (Reuters) - Lawmaker Piotr Halsk said on Monday he would oppose the budget drafted by his "
     "brother, Finance Minister Jerzy Halsk.\n\n"
     "Interior Minister Dana Rullec defended the budget. \"Every region gets more than last year,\" she told "
     "reporters.\n\n"
     "Halsk told Reuters the budget starved the mining towns. \"I said so at the family table and I say so "
     "now,\" he said.",
     "I said so at the family table", "Halsk"),
    # AFP style: a reported clause with the pronoun cue after the surname's own report
    ("VERLANGE, March 10 (AFP) - Councillor Agathe Morvin, whose uncle Paul Morvin led the council for a decade, "
     "clashed with the city's treasurer over the new stadium.\n\n"
     "Treasurer Colette Brissand told AFP the stadium would be paid for by 2031.\n\n"
     "Morvin said the cost had doubled since the tender. The treasurer had hidden two audit reports, she said.",
     "The treasurer had hidden two audit reports", "Agathe Morvin"),  # (round 55: the shared surname is the
    # person named last before it who is no relative named in passing, so the councillor in full)
])
def test_pronoun_after_a_bare_surname_goes_on_with_that_person(pipeline, text, content_start, surname):
    """A "he said" / "she said" right after a person quoted by a bare surname that the text gave before as a full
    name is that person, not the last person the actors stage knows."""
    assert _speaker_name(pipeline, text, content_start) == surname


def test_a_bare_title_after_a_surname_still_names_the_office_holder(pipeline):
    """A definite office title after a person quoted by a bare surname is the person named before with that
    office, not the surname's person."""
    text = ("BRANTON, Fla. (AP) — County Mayor Elena Duquesne-Varga ordered an inspection of the city zoo on "
            "Monday.\n\n"
            "The zoo's former keeper, Dr. Amos Pellerin, said the pens were too small. \"Nothing has changed in "
            "ten years,\" Pellerin said.\n\n"
            "The county mayor told reporters the zoo had until May 1 to repair the pens.")
    name = _speaker_name(pipeline, text, "the zoo had until May 1")
    assert name is not None and "Duquesne-Varga" in name


def test_a_surname_never_given_in_full_is_not_made_a_person(pipeline):
    """A one-word speaker that the text never gave with a first name (a company, "Norvakt said") does not take a
    later pronoun from the person quoted before it."""
    text = ("OSLO, March 11 (Reuters) - Energy Minister Solveig Arnekleiv said the new pipeline would be ready by "
            "2030.\n\n"
            "Norvakt said it would bid for the contract. \"We have the ships and the crews,\" it said.")
    name = _speaker_name(pipeline, text, "We have the ships and the crews")
    assert name == "Norvakt"
