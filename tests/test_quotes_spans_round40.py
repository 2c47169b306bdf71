"""Round 40 (qspan40): the writer's ", which ..." gloss closing an indirect report is not the speaker's.

A relative clause opened by "which" after a comma that runs to the end of an indirect report tells the reader
about the report's last noun ("said the vote should wait until after the harvest, which is expected to end in
May"); the report ends before the comma (cues.yaml gloss_relatives). It stays when:
- a copula heads the clause: the speaker's own judgement of what they report ("..., which was the equivalent of
  shutting every sawmill");
- it holds quoted words ("..., which he called "a disgrace"");
- another clause follows it after a comma (", but two others were opposed"), or the report was cut before the
  sentence's end;
- the report is told before its cue ("The estate, which was built in 1962, will be pulled down, the office said").
A "which" clause set inside the report by a pair of commas is never cut.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _quotes(pipeline, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in pipeline.extract(text).quotes]


@pytest.mark.parametrize("text, content", [
    # Reuters style: a passive forecast about the last noun
    ("DRAVIK, March 2 (Reuters) - Finance Minister Oskar Drenvald said the vote should wait until after the grain "
     "harvest, which is expected to end in late May.", "the vote should wait until after the grain harvest"),
    # AP style: what came before the noun, in a mixed report
    ("Ilse Marrow, who chairs the Liss Farmers Union, said her members were \"furious\" about the ruling, which "
     "followed a year-long campaign by the Korvansk Courier newspaper.",
     "her members were \"furious\" about the ruling"),
    # AFP style: "told parliament that", a fact about the named line
    ("TARVEK (AFP) - Transport Minister Anja Selvik told parliament on Wednesday that the state rail company would "
     "close the Orlan line, which carries most of the region's timber to the coast.",
     "the state rail company would close the Orlan line"),
])
def test_a_which_gloss_closing_a_report_is_left_out(pipeline, text, content):
    texts = [t for t, _ in _quotes(pipeline, text)]
    assert content in texts


@pytest.mark.parametrize("text, content", [
    # a copula: the speaker's judgement of the cut
    ("The opposition leader, Piet Varenko, said the closure would cost 2,000 jobs, which was the equivalent of "
     "shutting every sawmill in the valley.",
     "the closure would cost 2,000 jobs, which was the equivalent of shutting every sawmill in the valley"),
    # quoted words in the clause
    ("The union's leader, Tomas Brekk, said the plan would replace the old Harbour Row estate, which he called "
     "\"a disgrace to the city\".", "a disgrace to the city"),
    # a second clause after the gloss
    ("OSAKA, March 6 (Kyodo) - Diplomats said the tariff plan had won backing from three states, which want it "
     "signed before the autumn, but two others were firmly opposed.", "which want it signed before the autumn"),
])
def test_a_which_clause_that_is_said_stays(pipeline, text, content):
    texts = [t for t, _ in _quotes(pipeline, text)]
    assert any(content in t for t in texts), texts


def test_a_which_clause_before_the_cue_or_between_commas_stays(pipeline):
    quotes = [t for t, _ in _quotes(
        pipeline,
        "The Harbour Row estate, which was built in 1962, will be pulled down next year, the mayor's office said. "
        "The ministry said the Korvan line, which was built in 1950, would close in June.")]
    assert any("which was built in 1962" in t for t in quotes), quotes
    assert any("which was built in 1950, would close in June" in t for t in quotes), quotes
