"""Who did it when a verb is joined to a reported clause or to a passive, round 44 (evsrc44, issue 9).

Two frames gave an event the wrong source:

- "X said (that) Y had done A, and accused / called on Z": the joined verb of accusing or appealing is the
  one who said's act (arguments.yaml ``speaker_conj_verbs``, now with "call"). The subject rule read it
  so already for "accused"; the domestic rule's doer phrase (coder.py ``_side_phrases``) still climbed to
  the reported clause's subject and handed the act to Y where X and Y share a state.
- "X was criticised by Y but refused to ...": an active verb joined to a passive with its doer after "by"
  shares the passive's subject (X), not the doer (Y); a bare participle ("was arrested by police and
  charged") still shares the passive.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
"""

from __future__ import annotations

from event_support import coded


def test_accusation_joined_to_reported_clause_is_the_speakers(pipeline):
    """The Latvian minister who said it accuses, not the border chief of her own state named in the clause."""
    found = coded(pipeline, "RIGA, Nov 10 (Reuters) - Latvian Interior Minister Ilse Marvek said that police chief "
                            "Juri Tannsen had ignored her orders, and accused him of protecting smugglers.")
    accusers = {s for s, _, r in found if r == "11"}
    assert "person:ilse-marvek" in accusers
    assert "person:juri-tannsen" not in accusers


def test_appeal_joined_to_reported_clause_is_the_speakers(pipeline):
    """ "said Russian troops had moved the fence and called on the EU": Georgia appeals, not Russia."""
    found = coded(pipeline, "TBILISI, Nov 11 (AFP) - Georgia's foreign minister said Russian troops had moved the "
                            "border fence and called on the European Union to respond.")
    assert ("GEO", "EU", "02") in found
    assert ("RUS", "EU", "02") not in found


def test_appeal_after_told_reporters_that(pipeline):
    """ "told reporters that ... and called on X to ...": the appeal is the teller's."""
    found = coded(pipeline, "Poland's prime minister told reporters that Belarus had pushed migrants across the "
                            "frontier, and called on NATO to send more border guards.")
    assert any(s == "POL" and t == "NATO" and r == "02" for s, t, r in found)
    assert not any(s == "BLR" and r == "02" for s, _, r in found)


def test_refusal_after_passive_criticism_is_the_criticised_ones(pipeline):
    """ "was criticised by Estonia but refused to withdraw": Latvia refuses; Estonia only criticised."""
    found = coded(pipeline, "Latvian Prime Minister Ilse Marvek was criticised by Estonia but refused to "
                            "withdraw the decree.")
    assert ("EST", "LVA", "11") in found
    assert any(s == "LVA" and r == "12" for s, _, r in found)
    assert not any(s == "EST" and r == "12" for s, _, r in found)


def test_agreement_after_passive_rebuke_is_the_rebuked_ones(pipeline):
    """ "was rebuked by the Commission, but has agreed to amend": Hungary agrees (an auxiliary of its own
    makes "agreed" active), the Commission only rebuked."""
    found = coded(pipeline, "The Hungarian government was rebuked by the European Commission on Friday over its "
                            "media law, but has agreed to amend two of its articles, officials in Budapest said.")
    assert ("EU", "HUN", "11") in found
    assert not any(s == "EU" and r in {"03", "08"} for s, _, r in found)
    assert any(s == "HUN" and r in {"03", "08"} for s, _, r in found)


def test_participle_joined_to_passive_keeps_the_doer(pipeline):
    """ "was summoned by Russia's foreign ministry and handed a protest note": the bare participle shares
    the passive, so the ministry that summoned still does it."""
    found = coded(pipeline, "The Georgian envoy was summoned by Russia's foreign ministry and handed a protest note.")
    assert any(s == "RUS" and t == "GEO" for s, t, _ in found)
    assert not any(s == "GEO" for s, _, _ in found)
