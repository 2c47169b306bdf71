"""Round 35's false quotes (quotes31): a topic pointed to reports no words.

"pointed to the rising cost of the link", "pointed to the strong turnout": the thing pointed to is a reason or
a piece of evidence, no words (as "Referring to the detentions" already was, scope "statements").
"pointed to reports that ..." (a content clause on the noun), "pointed out that ...", "pointed to X as the main
reason" (a predicate) and a report that follows an opening "Pointing to X," still report.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _contents(pipeline, text):
    return [q.text for q in pipeline.extract(text).quotes]


# --- 1. a topic pointed to ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # BBC style: a scheme's critics, a relative clause on the thing pointed to
    ("Critics of the Harnworth scheme have pointed to the rising cost of the rail link, which has doubled since "
     "2019.", "rising cost"),
    # Reuters style: a party official, title and name apart
    ("Ms Selwyn Drabek, the Velmar party chairwoman, pointed to the strong turnout in the northern districts.",
     "strong turnout"),
    # AFP style: a dateline, "also", a second report by another speaker in the same sentence
    ("ANKARA, Feb 4 (AFP) - Defence Minister Orhan Telvik also pointed to the arrival of new patrol boats, while "
     "his deputy said more were ordered.", "new patrol boats"),
])
def test_topic_pointed_to_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, present", [
    # Reuters style: an opening participle clause names the evidence, the report follows
    ("VELDORA, March 3 (Reuters) - Pointing to the slump in grain exports, Trade Minister Ivo Marrakesh said the "
     "tariff would be reviewed in May.", "the tariff would be reviewed in May"),
    # AP style: a predicate on the thing pointed to says what was said of it
    ("Bank officials in Orvesk pointed to the weaker Tarvel crown as the main reason for the loss.",
     "the main reason for the loss"),
    # the deputy's report in the same sentence stays
    ("ANKARA, Feb 4 (AFP) - Defence Minister Orhan Telvik also pointed to the arrival of new patrol boats, while "
     "his deputy said more were ordered.", "more were ordered"),
    # web-page style: a preposition after "pointed out" tells where the words were said, not a topic
    ("Her longtime stylist, Orvel Maddox, pointed out in a Facebook post that the singer wore the coat a year "
     "before it reached the shops.", "wore the coat"),
    # AFP style: a content clause on the noun is what was reported
    ("Ms Oleana Jelvik pointed to reports that the Brissal dam budget had doubled in a year.",
     "the Brissal dam budget had doubled"),
    # Kyodo style: "pointed out that" is a clause cue
    ("TOKYO, May 8 (Kyodo) - Minister Haruto Velkamura pointed out that the Tervan talks had stalled twice.",
     "the Tervan talks had stalled twice"),
])
def test_pointed_report_stays(pipeline, text, present):
    assert any(present in c for c in _contents(pipeline, text))



@pytest.mark.parametrize("text, present", [
    ("Critics of the Harnworth scheme have pointed to the rising cost of the rail link.", "rising cost"),
    ("ANKARA, Feb 4 (AFP) - Defence Minister Orhan Telvik also pointed to the arrival of new patrol boats.",
     "new patrol boats"),
])
def test_topic_pointed_to_stays_under_attributions(attributions_pipeline, text, present):
    # PolNeAR marks a stance's noun-phrase object as attributed: scope "attributions" keeps it.
    assert any(present in c for c in _contents(attributions_pipeline, text))
