"""Round 37 (spk37): a speaker "it" is the body its own sentence (or the sentence before) makes the subject.

The speaker rule for "it" took the body quoted last ("..., it added" goes on with a ministry quoted before). News
copy also uses "it" for a body that was never quoted, or not last: "X raised its fares, although it insists ...",
"X did not say how many jobs were lost, but it said ...". Such an "it" is the body the actors stage's coreference ties
it to when that body is named in the pronoun's own sentence (the subject of a clause above it), and, for a company the
actors stage does not know, the name that is the main subject of its own sentence when the "it" opens a clause joined
to the main one; or the main subject of the sentence before when a proper name names it ("X withdrew from the
tender. It said ..."). A description made that subject ("the government") or a name inside the subject phrase ("The X
announcement came ...") is not taken (tried: 5 of 7 pool changes right): the body quoted last stays.

It does not fire for a dummy "it" ("after it became clear that ..."), nor when the pronoun's own sentence names
another body before it in a clause below ("Though the agency has said ..., it has also acknowledged ...": the
coreference does not reach that agency; the body quoted last, the agency, stays). "'...,' it added" after a body's
quote still goes on with that body.
Invented dispatches (made-up bodies, companies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content_start):
    """(actor, name) of the speaker of the quote whose text starts with ``content_start``."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return (q.speaker.actor, q.speaker.name) if q.speaker else (None, None)
    raise AssertionError(f"no quote starting {content_start!r}")


# --- the body of a clause above the "it", or the main subject of the sentence before --------------------
@pytest.mark.parametrize("text, content_start, body", [
    # BBC style: "although it insists" after another body was quoted
    ("The Strathmoor Water Board said on Monday that the drought was easing.\n\n"
     "Meanwhile Kelmarsh Ferries raised its fares by 6%, although it insists the rise is only temporary.",
     "the rise is only", "kelmarsh"),
    # AP style: "while it said" after the main clause, a transit authority quoted before
    ("The Dunholm Transit Authority said the tender would reopen in the spring.\n\n"
     "The Selbrook Coach Company withdrew from the tender on Wednesday, while it said the terms set by the authority "
     "would have made the route unprofitable.", "the terms set by", "selbrook"),
    # AP style: "It said" opening the sentence after the company's own act, named as its subject
    ("The Dunholm Transit Authority said the tender would reopen in the spring.\n\n"
     "The Selbrook Coach Company withdrew from the tender on Wednesday. It said the terms set by the authority would "
     "have made the route unprofitable.", "the terms set by", "selbrook"),
    # Reuters style: "but it warned" in a coordinated clause, a regulator quoted before
    ("LONDON, March 4 (Reuters) - The Orlenford energy regulator said on Tuesday it would publish new price caps "
     "in April.\n\nPelham Grid Plc kept its dividend unchanged, but it warned that profits would fall next year.",
     "profits would fall", "pelham"),
    # AFP style: "though it maintained" in an adverbial clause after the main clause, a ministry quoted before
    ("DAKAR (AFP) - The Sarvane fisheries ministry said the ban on night trawling would stay.\n\n"
     "The Brastow Fishing Cooperative lost two boats in the storm, though it maintained that its crews were safe.",
     "its crews were safe", "brastow"),
])
def test_it_is_the_nearer_body(pipeline, text, content_start, body):
    actor, name = _speaker(pipeline, text, content_start)
    assert body in (actor or "") or body in (name or "").lower()


# --- what must not change -------------------------------------------------------------------------------
# (a description as the subject of the sentence before: the state's "government" is no "it" of the authority's)
@pytest.mark.parametrize("text, content_start, body", [
    # BBC style: "the government" made the subject of the sentence before
    ("The Harwell Ports Authority said on Monday its berth fees would rise by a tenth. As a result, the government may "
     "need to cut the harbour levy. It also said the fees would pay for two new berths.", "the fees would pay", "harwell"),
    # Reuters style: the body's name inside the subject phrase ("The Orsk announcement")
    ("TARVEL CITY, Feb 2 (Reuters) - The Orsk River Board said water would be rationed from March. The Orsk announcement "
     "came after the dam failed. It added that farms would be served first.", "farms would be served", "river board"),
])
def test_it_after_a_description_keeps_the_body_quoted(pipeline, text, content_start, body):
    actor, name = _speaker(pipeline, text, content_start)
    assert body in (actor or "") or body in (name or "").lower()


@pytest.mark.parametrize("text, content_start, body", [
    # Reuters style: the body in a clause below ("Though X has said ..."): the coreference does not reach it
    ("GENEVA (AFP) - Plague cases are rare, the Associated Newswire reported.\n\n"
     "Though the Wexmoor Health Agency has said there is no need for alarm, it has also acknowledged that remote "
     "valleys are vulnerable to outbreaks.", "remote valleys", "wexmoor"),
    # BBC style: "'...,' it added" after the body's own quote
    ("\"We will keep every route,\" the Harlund transport authority said in a statement. "
     "\"No driver will lose a job,\" it added.", "No driver will", "transport authority"),
    # Kyodo style: the body quoted, then a sentence about another body, then "It added" after its own quote
    ("TOKYO, May 9 Kyodo - The Ostrava Shipping Line said Friday its profit rose 8 percent. "
     "\"Demand for container space stayed strong,\" it said. It added that freight rates would rise in June.",
     "freight rates would rise", "ostrava"),
])
def test_it_keeps_the_body_quoted(pipeline, text, content_start, body):
    actor, name = _speaker(pipeline, text, content_start)
    assert body in (actor or "") or body in (name or "").lower()


def test_a_dummy_it_is_no_body(pipeline):
    # AP style: "after it became clear that ..." is no body's "it": the main subject (the ferry board) is not its speaker
    text = ("The Harrowgate Works Committee said the inquiry would report in May. "
            "The Orlen Ferry Board cut two sailings after it became clear that the Tolvane pier was unsafe.")
    for q in pipeline.extract(text).quotes:
        if q.text.startswith("the Tolvane pier"):
            assert q.speaker is None or "ferry" not in (q.speaker.actor or "")

