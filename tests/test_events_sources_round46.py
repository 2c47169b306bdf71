"""Who did it when the subject is a pronoun or "the official": the quotes stage's reading, round 46 (evsrc46).

- A subject the actors stage left unresolved ("it", "the official", "the chancellor") that the quotes stage
  resolved as the speaker of a cue in the same clause chain ("... and warned X that ...", "... it accused of
  ...") is that speaker for the event too (sources.yaml role ``speaker``): one reading for both stages.
- "The group" and "the note" keep their own roles (the anaphor role's kinds, the document role's issuer):
  the quotes stage reads them less well.
- A "he"/"she" never stands for a person whose gender the article tells otherwise, as the quotes stage
  reads genders (``quotes.genders.article_genders``), one test for the anaphor role and the quoted speaker.

Every sentence is invented (made-up people, real states), so what is coded must come from the text.
"""

from __future__ import annotations

from event_support import coded

from wirecoder.events.sources import _wanted_any


def test_the_official_who_spoke_warns(pipeline):
    """ "..., spokesman Anatol Hrydzin said. ... The official condemned ... and warned Lithuania": Belarus warns."""
    found = coded(pipeline, "Minsk demands Vilnius free truckers\n\nMINSK, Dec 8 (Reuters) - Belarus has demanded that "
                            "Lithuania release six Belarusian truck drivers held at the border, foreign ministry "
                            "spokesman Anatol Hrydzin said on Monday.\n\nMinsk also urged Vilnius to reopen the "
                            "crossing. The official condemned the detentions as \"lawless\" and warned Lithuania that "
                            "Belarus would retaliate.")
    assert ("BLR", "LTU", "13") in found


def test_the_spokeswoman_who_spoke_warns(pipeline):
    """ "..., spokeswoman Liu Meiqing said. ... The spokeswoman accused ... and warned": China's act."""
    found = coded(pipeline, "Beijing rebukes Manila\n\nBEIJING, Dec 9 (Xinhua) - China has lodged a protest with the "
                            "Philippines over a coast guard collision near a disputed shoal, foreign ministry "
                            "spokeswoman Liu Meiqing said on Tuesday.\n\nBeijing also asked Manila to withdraw its "
                            "vessels. The spokeswoman accused the Philippines of \"deliberate provocation\".")
    assert ("CHN", "PHL", "11") in found


def test_it_of_a_relative_clause_is_the_state_that_accused(pipeline):
    """ "Serbia barred three Croatian lawmakers it accused of meddling": Serbia accuses Croatia."""
    found = coded(pipeline, "Belgrade bars Croatian officials\n\nBELGRADE, Dec 5 (Reuters) - Serbia on Friday barred "
                            "entry to three Croatian lawmakers it accused of meddling in the affairs of ethnic Croats, "
                            "and Croatia responded by summoning the Serbian ambassador.")
    assert ("SRB", "HRV", "11") in found


def test_which_subjects_may_take_the_speaker(pipeline):
    """A pronoun or "the official" may; "the group" (the anaphor role's kind), "the note" (the document
    role's), "a minister" (no one told before) and "the sister of a man" (no title) may not."""
    def may(sentence: str) -> bool:
        subject = next(t for t in pipeline.nlp(sentence) if t.dep_ == "nsubj")
        return _wanted_any(subject) is not None

    assert may("He resigned on Monday.") and may("The official resigned on Monday.")
    assert not may("The group resigned on Monday.") and not may("The note warned of sanctions.")
    assert not may("A minister resigned on Monday.") and not may("The sister of a prisoner resigned on Monday.")


def test_she_is_not_the_man_a_he_took_up(pipeline):
    """ "Mrs X met Y. He told reporters ... She later urged the Commission": not Y, whom "he" named."""
    found = coded(pipeline, "Warsaw and Prague at odds\n\nPoland's Foreign Minister, Mrs Jadwiga Orlecka, met her Czech "
                            "counterpart Ondrej Vlasny in Prague on Thursday. He told reporters that Prague would "
                            "not back the plan. She later urged the European Commission to delay the vote.")
    assert ("CZE", "EU", "02") not in found
