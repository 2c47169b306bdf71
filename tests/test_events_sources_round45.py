"""Who "he" or "she" is when the events stage finds the doer itself, round 45 (evsrc45, issue 9).

Where the actors stage leaves a "he" or "she" unresolved (two persons of a fitting gender named before),
the anaphor role (sources.py) and the quoted-speaker rule (judgements.py ``cue_speaker``) name the doer:

- a pronoun never takes up a person of the other gender: one whose title tells ("Mr", "Mrs") or whom
  the actors stage already took up as "he" or "she", nor a subject that is itself the other pronoun
  ("She said ... He criticised ...": not her);
- a quotation's speaker found by the quotes stage is no doer of a "she" cue when known as "he";
- a pronoun of a clause hanging on another stands first for the subject of the clauses above it in its
  own sentence, not for the nearer subject of a clause those hold ("X dismissed claims that Y had ...,
  and she accused Z").

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
"""

from __future__ import annotations

from event_support import coded


def test_he_is_not_the_woman_who_spoke_last(pipeline):
    """ "Mr Vennart sat down with Premier Skarbe. She praised ... He also criticised Russia": Estonia."""
    found = coded(pipeline, "TALLINN, Dec 1 (Reuters) - Mr Kalju Vennart, the Estonian premier, sat down with "
                            "Latvian Prime Minister Ilze Skarbe in Tallinn. She praised their new rail accord. "
                            "He also criticised Russia over the closure of two border crossings.")
    assert ("EST", "RUS", "11") in found
    assert ("LVA", "RUS", "11") not in found


def test_she_is_not_the_man_who_spoke_last(pipeline):
    """ "Ms Skarbe hosted Premier Vennart. He said ... She also condemned Russia": Latvia condemns."""
    found = coded(pipeline, "RIGA, Dec 2 (AP) - Ms Ilze Skarbe, Latvia's prime minister, hosted Estonian Premier "
                            "Kalju Vennart in Riga on Tuesday. He said the visit had been useful. She also condemned "
                            "Russia's drone flights over the Baltic Sea.")
    assert ("LVA", "RUS", "11") in found
    assert ("EST", "RUS", "11") not in found


def test_quoted_he_is_no_doer_of_a_she(pipeline):
    """ "He told reporters that ... She later urged the Commission": not the Czech minister who spoke."""
    found = coded(pipeline, "Poland's Foreign Minister, Mrs Danuta Wilczek, met her Czech counterpart Radim Hostek "
                            "in Prague on Thursday. He told reporters that Prague would not back the new quotas. "
                            "She later urged the European Commission to delay the vote.")
    assert ("CZE", "EU", "02") not in found


def test_he_thanks_after_she_spoke(pipeline):
    """ "Mr Kameya held talks with envoy Min. She said ... He later thanked South Korea": Japan thanks."""
    found = coded(pipeline, "TOKYO, Dec 5 (Kyodo) - Mr Haruto Kameya, Japan's top envoy for Korean affairs, held "
                            "talks with South Korean envoy Min Ha-eun in Tokyo on Friday. She said Seoul wanted a "
                            "quick deal on fishing quotas. He later thanked South Korea for returning a Japanese "
                            "fishing crew.")
    assert ("JPN", "KOR", "05") in found


def test_pronoun_of_joined_clause_is_the_main_subject(pipeline):
    """ "X dismissed claims that Belarusian leader Y had offered talks, and she accused Minsk": Lithuania."""
    found = coded(pipeline, "VILNIUS, Dec 3 (AFP) - Lithuanian President Aiste Gervyte dismissed claims that "
                            "Belarusian leader Anatol Vrubel had offered talks on the border, and she accused Minsk "
                            "of staging provocations along the frontier.")
    assert ("LTU", "BLR", "11") in found
    assert not any(s == "BLR" and r == "11" for s, _, r in found)


def test_pronoun_of_joined_deed_is_the_main_subject(pipeline):
    """ "X dismissed claims that Belarusian leader Y had offered talks, and she expelled two Belarusian
    diplomats": Lithuania expels, not the Belarusian leader of the reported clause."""
    found = coded(pipeline, "Lithuanian President Aiste Gervyte dismissed claims that Belarusian leader Anatol "
                            "Vrubel had offered talks, and she expelled two Belarusian diplomats.")
    assert ("LTU", "BLR", "16") in found
    assert not any(s in {"BLR", "person:anatol-vrubel"} and r == "16" for s, _, r in found)
