"""Round 37 (quotes33): a report ends before the speaker's next act.

1. A past-tense cue verb joined by "and"/"but" to the head of a reported clause whose tense it cannot share (a
   modal, a present auxiliary or a copula's state) is the speaker's next report, not words of the first: "insisted
   his deputy will keep a role and praised his handling", "said he was aware of X but denied ...", "said the fence
   is being repaired and warned against ...". A perfect ("had delayed ... and denied ...") or a past clause ("the
   board met and rejected ...") may share its subject and tense with the second verb and stays whole, and a verb of a
   mind or an intention ("was exhausted and hoped to ...") goes on telling the report.
2. A cue set inside a fronted report by commas and followed by "and"/"but" and a bare past verb ("X is recovering,
   the operator said, but warned that ...") ends the report before the cue's subject; the second verb's report is
   the cue's subject's. A cue inside a report followed by the rest of it ("The levy, she said, is unfair") stays.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _quotes(pipeline, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in pipeline.extract(text).quotes]


# --- 1. a past cue after a clause whose tense it cannot share ------------------------------------------
@pytest.mark.parametrize("text, first, second", [
    # Reuters style: a modal clause, then ", and praised" (a stance with no words: no second quote)
    ("OSTRAVEL, Nov 20 (Reuters) - Prime Minister Orlan Vasko insisted on Monday that his deputy, Teodor Blum, will "
     "keep a central role in the party's campaign, and praised his handling of the budget.",
     "his deputy, Teodor Blum, will keep a central role in the party's campaign", None),
    # AP style: a copula's state, then "but denied" with a gerund
    ("The county sheriff, Dalen Morrow, said he was aware of the complaints from farm workers but denied ever "
     "ordering the raids.", "he was aware of the complaints from farm workers", "ever ordering the raids"),
    # AFP style: a present tense, then "and warned against"
    ("The interior minister, Sabine Koralt, said the border police needs two thousand more officers and warned "
     "against any cut to its budget this year.",
     "the border police needs two thousand more officers", "any cut to its budget this year"),
    # BBC style: a modal clause, then "and insisted that"
    ("Councillor Wenna Treloar said the Polwyn depot would close in March and insisted that no member of staff "
     "would lose their job.", "the Polwyn depot would close in March", "no member of staff would lose their job"),
])
def test_a_past_cue_after_an_untensed_clause_is_a_second_report(pipeline, text, first, second):
    quotes = _quotes(pipeline, text)
    texts = [t for t, _ in quotes]
    assert first in texts
    if second is not None:
        assert second in texts
        speakers = {s for t, s in quotes if t in (first, second)}
        assert len(speakers) == 1


@pytest.mark.parametrize("text, whole", [
    # a perfect may share its "had": both acts are the contractor's
    ("The works ministry of Pellara said the contractor had delayed the harbour works for a year and denied access "
     "to its inspectors.", "the contractor had delayed the harbour works for a year and denied access to its inspectors"),
    # a past clause: the board met and rejected
    ("Mr Harwell said the board met on Friday and rejected the offer from the Dunmore consortium.",
     "the board met on Friday and rejected the offer from the Dunmore consortium"),
    # a verb of an intention goes on with the report (cues.yaml inner_state_verbs): Guardian style
    ("Ms Telvane said she was exhausted by the campaign and hoped to step down before the summer.",
     "she was exhausted by the campaign and hoped to step down before the summer"),
    # ... and of a wish, after a present copula: AP style
    ("The mayor, Ado Brenn, said he is proud of the new tram line but wanted a faster link to the airport.",
     "he is proud of the new tram line but wanted a faster link to the airport"),
    # a past clause with "but": the court's own acts
    ("Ms Ondrava told reporters the court heard the appeal in May but refused to lift the ban.",
     "the court heard the appeal in May but refused to lift the ban"),
])
def test_a_clause_that_can_share_its_tense_stays_whole(pipeline, text, whole):
    assert whole in [t for t, _ in _quotes(pipeline, text)]


# --- 2. "and"/"but" and a past verb after a cue inside a fronted report -------------------------------------
@pytest.mark.parametrize("text, first, second, speaker", [
    # Reuters style: "..., the operator X said on Thursday, but warned that ..."
    ("Demand for freight on the northern line is recovering, the rail operator Transvalia said on Thursday, but "
     "warned that fuel costs would weigh on profits this year.",
     "Demand for freight on the northern line is recovering", "fuel costs would weigh on profits this year",
     "Transvalia"),
    # AP style: a titled name in apposition, then ", and added that"
    ("The Kellard bridge is safe to use, the state's highways chief, Marla Odenby, said, and added that inspections "
     "would continue every week until the spring.", "The Kellard bridge is safe to use",
     "inspections would continue every week until the spring", "Marla Odenby"),
    # TASS style: "told reporters, but declined to say ...": no second quote
    ("MOSCOW, November 26. /TASS/. Talks with the Zarvian delegation were constructive, Deputy Foreign Minister "
     "Arkady Veslov told reporters, but declined to say when they would resume.",
     "Talks with the Zarvian delegation were constructive", None, "Arkady Veslov"),
])
def test_a_fronted_report_ends_before_its_cue(pipeline, text, first, second, speaker):
    quotes = _quotes(pipeline, text)
    assert (first, speaker) in quotes
    if second is not None:
        assert (second, speaker) in quotes
    assert not any("said" in t or "told" in t for t, _ in quotes)


@pytest.mark.parametrize("text, start, end", [
    # Guardian style: the cue splits the report's subject from its verb
    ("The new levy, Nessa Quarrie said, is unfair to small traders and will be challenged in court next month.",
     "The new levy", "next month"),
    # BBC style: "and" opens a clause with a subject of its own, the report goes on
    ("The reform is overdue, Mr Kallend said, and the party would back it in the vote.", "The reform", "in the vote"),
])
def test_a_cue_inside_a_report_keeps_the_rest(pipeline, text, start, end):
    assert any(t.startswith(start) and t.endswith(end) for t, _ in _quotes(pipeline, text))


# --- 3. a report told before its cue, in clauses joined by "and"/"but" ---------------------------------------
@pytest.mark.parametrize("text, content", [
    # AFP style: a flight's route, then ", and" and a second clause, before "the airport said"
    ("A Velaro Air flight from Tarnis to Osk returned to Tarnis, and two Belmar Airways flights that had left for "
     "Osk stopped in Larnec, the airport said.",
     "A Velaro Air flight from Tarnis to Osk returned to Tarnis, and two Belmar Airways flights that had left for Osk "
     "stopped in Larnec"),
    # AP style: no comma before "and", a place after the body
    ("A bus driver was hurt and three passengers were taken to hospital, police in Caldor said.",
     "A bus driver was hurt and three passengers were taken to hospital"),
    # Reuters style: ", and", a date after the cue
    ("Two ferries were held at Porvik overnight, and a third vessel turned back to Lanmere, the coastguard said on "
     "Sunday.", "Two ferries were held at Porvik overnight, and a third vessel turned back to Lanmere"),
])
def test_a_fronted_report_keeps_its_joined_clauses(pipeline, text, content):
    assert content in [t for t, _ in _quotes(pipeline, text)]
