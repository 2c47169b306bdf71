"""Events, round 51 (evfact51): a verbal act promised or agreed to is not yet made. Every dispatch is
invented (made-up people, real states).

A verbal act under a head of promise or agreement (modality.yaml promised_speech_heads, promised_speech_roots)
was coded as made, because "saying one will criticise is already the criticism" (modality.recode): "pledged to
investigate the accusations against X" printed an inquiry (09) and "agreed to condemn X" a condemnation (11).
Now an inquiry or a statement promised is the promise verb's own 030, and a criticism or a rejection promised
codes nothing (hostile_speech_roots): it is neither made nor a promise of cooperation.

What stays: the criticism made ("condemned X"); a promise of a domestic act keeps its 030 with no target.
"""

from __future__ import annotations

from event_support import coded


def test_a_domestic_pledge_keeps_no_target(pipeline):
    text = ("SANTIAGO (AP) - Chilean Health Minister Ruda Fenmore pledged on Wednesday to cut hospital "
            "waiting lists by half.")
    found = coded(pipeline, text)
    assert ("CHL", None, "03") in found, found


def test_a_pledged_inquiry_is_the_pledge_not_the_inquiry(pipeline):
    text = "LA PAZ (AP) - Bolivia pledged on Monday to investigate the accusations against Peru."
    found = coded(pipeline, text)
    assert not any(r == "09" for _, _, r in found), found
    assert any(s == "BOL" and r == "03" for s, _, r in found), found


def test_an_agreement_to_condemn_is_no_condemnation(pipeline):
    text = ("SANTIAGO (Reuters) - Chile and Argentina agreed on Tuesday to condemn Peru's closure of the "
            "border crossing at Tacna.")
    found = coded(pipeline, text)
    assert not any(t == "PER" for _, t, _ in found), found


def test_a_condemnation_made_stays(pipeline):
    text = ("SANTIAGO (Reuters) - Chile and Argentina on Tuesday condemned Peru's closure of the border "
            "crossing at Tacna.")
    found = coded(pipeline, text)
    assert ("CHL", "PER", "11") in found, found
