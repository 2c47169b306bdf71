"""Round 38 (spk38): a definite description of an office ("the outgoing European Commissioner", "the Wexley North
MP", "the finance minister") is the story's one named person, or the one person named with that office.

British and agency copy vary a person's name with a description of their office: "X has said ... . But the outgoing
commissioner said ...", "... unveiled by X. The interior minister said ...". The title rules took such a description
only when it repeated a title the person was named with, or (spknom36) a party or past-office word when the sentence
before made the person its subject; a capitalised title ("the Premier", "the Commissioner") after the person was
quoted, and a plain title after a person named without one, stayed unresolved. Now, when the text before the
description has named one person and no one else, or one person whose known office is the title's ("Labour MP Y" for
"the Wexley North MP"), the description is that person.

It does not fire when a second person is named (by the actors stage or the tagger), when the person's known office is
another ("opposition leader X" for "the home secretary"), when the description carries an office modifier the person
lacks ("the shadow home secretary"), or when the title has its own name in apposition.
Invented dispatches (made-up people and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content_start):
    """(actor, name) of the speaker of the quote whose text starts with ``content_start``."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return (q.speaker.actor, q.speaker.name) if q.speaker else (None, None)
    raise AssertionError(f"no quote starting {content_start!r}")


# --- the one person named before, or the one named with the title's office ------------------------------
@pytest.mark.parametrize("text, content_start, person", [
    # BBC style: a capitalised past office after the person was quoted
    ('Quenby Aldous has said her new seat in the upper chamber will help her "push for a fairer system".\n\n'
     "In a radio interview it was put to Ms Aldous that she had once opposed the chamber outright. But the former "
     "Ombudsman said her views had moved on since then.", "her views had moved", "person:quenby-aldous"),
    # Reuters style: a plain title after a person named as the agent of a passive, no title given
    ("KORVIN, Dec 11 (Reuters) - A new fuel levy was announced on Thursday by Maelis Orrowan, two months after she "
     "took over the post.\n\nThe finance minister said the levy would raise 400 million crowns a year.",
     "the levy would raise", "person:maelis-orrowan"),
    # AP style: "the governor" after a person named in a relative clause's lead
    ("ABUJA, Nigeria (AP) — A bill on river tolls was signed on Monday by Dalvin Ostrey, who took office in May.\n\n"
     "The governor said the tolls would fund dredging of the river channel.", "the tolls would fund",
     "person:dalvin-ostrey"),
    # Al Jazeera style: a dateline city the tagger may read as a person does not count as a second person
    ("DOHA (Al Jazeera) - Ibrahim Sauderi defended his record in office on Saturday, a week after the vote.\n\n"
     "Speaking to supporters, the outgoing Premier said the new government had inherited a balanced budget.",
     "the new government had", "person:ibrahim-sauderi"),
    # PA style: a constituency description of the one person named as an MP, another person named between
    ("Labour MP Dennot Harrow has told of his joy at meeting a half-sister he never knew he had.\n\n"
     'Mira Selcott, 41, wrote to him last year. Mr Harrow said it had been a happy year. "I was stunned by the '
     'letter," said the Wexley North MP.', "I was stunned", "person:dennot-harrow"),
])
def test_description_is_the_one_person(pipeline, text, content_start, person):
    actor, _ = _speaker(pipeline, text, content_start)
    assert actor == person


# --- what must not change -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, content_start, not_person", [
    # a second person named before (the tagger's name, not the actors stage's, counts too)
    ("Fenna Marlowe met Orrin Tadd on Tuesday to discuss the border. The interior minister said the checks would "
     "start in May.", "the checks would start", "person:orrin-tadd"),
    # the one person holds another office
    ("New border rules were attacked on Tuesday by opposition leader Fenna Marlowe. The home secretary said the "
     "checks would start in May.", "the checks would start", "person:fenna-marlowe"),
    # an office modifier the person was not named with
    ("Fenna Marlowe unveiled the plans on Tuesday. The shadow home secretary said the checks would fail.",
     "the checks would fail", "person:fenna-marlowe"),
    # a title with its own name in apposition
    ("Fenna Marlowe unveiled the plans on Tuesday. The interior minister, Orrin Tadd, said the checks would start "
     "in May.", "the checks would start", "person:fenna-marlowe"),
])
def test_description_left_alone(pipeline, text, content_start, not_person):
    actor, _ = _speaker(pipeline, text, content_start)
    assert actor != not_person
