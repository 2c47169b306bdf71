"""Round 37 (spk37): a speaker "it" is the body its own sentence (or the sentence before) makes the subject.

The speaker rule for "it" took the body quoted last ("..., it added" goes on with a ministry quoted before). News
copy also uses "it" for a body that was never quoted, or not last: "X raised its fares, although it insists ...",
"X did not say how many jobs were lost, but it said ...", "X withdrew from the tender. It said ...". Such an "it" is
the body the actors stage's coreference ties it to (the subject of a clause above it in its own sentence, else the
main subject of the sentence before), and, for a company the actors stage does not know, the name that is the main
subject of its own sentence when the "it" opens a clause joined to the main one.

It does not fire for a dummy "it" ("after it became clear that ..."), nor when the pronoun's own sentence names
another body before it in a clause below ("Though the agency has said ..., it has also acknowledged ...": the
coreference does not reach that agency; the body quoted last, the agency, stays). "'...,' it added" after a body's
quote still goes on with that body.
A second rule: a first "the company" ("the firm", "the group", "the carmaker": cues.yaml business_nouns) that nothing
else resolved (no body quoted before, none named with the noun) is the company the sentences before name (the rule
for a later "the firm", ``_company_before``: its own sentence's object or subject, the main subject of the two
sentences before, else the organisation named last); a regulator or a ministry made the subject there is no company
(the first company named instead). A "the company" that a body quoted before already resolves keeps it.

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
    # AP style: "It said" opening the sentence after the body's own act, another body quoted before
    ("The Dunholm Transit Authority said the tender would reopen in the spring.\n\n"
     "The Selbrook Coach Company withdrew from the tender on Wednesday. It said the terms set by the authority "
     "would have made the route unprofitable.", "the terms set by", "selbrook"),
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
    # AP style: "after it became clear that ..." is no body's "it": the main subject (the committee) is not its speaker
    text = ("The Harrowgate Works Committee said the inquiry would report in May. "
            "The Orlen Ferry Board cut two sailings after it became clear that the Tolvane pier was unsafe.")
    for q in pipeline.extract(text).quotes:
        if q.text.startswith("the Tolvane pier"):
            assert q.speaker is None or "ferry" not in (q.speaker.actor or "")


# --- 2. a first "the company" that nothing else resolved ------------------------------------------------
@pytest.mark.parametrize("text, content_start, company", [
    # BBC style: a descriptor before the company's name as the subject of the sentence before
    ("Ferry sales slip\n\nChannel ferry operator Wendlow Lines has seen sales fall in the face of competition "
     "from budget airlines.\n\nThe firm said sales were down 4% last year.", "sales were down", "wendlow"),
    # AP style: the company the object of the sentence before, an official its subject
    ("NEW YORK (AP) — The Harland state attorney general is investigating Corvane Logistics over a wave of layoffs. "
     "The company confirmed that it had been contacted by investigators.", "it had been contacted", "corvane"),
    # Kyodo style: "the group" after a minister warned the company
    ("TOKYO, Dec. 8 Kyodo - Trade minister Haruno Ketsuda on Tuesday warned Ostmark Heavy Industries over delays to "
     "two naval tankers. The group said it would deliver both ships by March.", "it would deliver", "ostmark"),
    # Reuters style: "Regulators" the subject, the company the object: the company, not the regulators
    ("Regulators fined Brisco Telecom on Monday for misleading customers. The company said it would appeal.",
     "it would appeal", "brisco"),
])
def test_a_first_company_noun_is_the_company_named_before(pipeline, text, content_start, company):
    actor, name = _speaker(pipeline, text, content_start)
    assert company in (actor or "") or company in (name or "").lower()


def test_a_company_noun_after_a_quoted_body_keeps_it(pipeline):
    # AFP style: the company quoted first; a later "the company" is that company, not the union named in between
    text = ("PARIS (AFP) - Carvelle Rail said on Monday it would cut 200 jobs at its Orvin depot. "
            "The Orvin Rail Workers' Union called a strike for Friday. The company said talks would go on.")
    actor, name = _speaker(pipeline, text, "talks would go on")
    assert "carvelle" in (actor or "") or "carvelle" in (name or "").lower()
