"""Conjoined verbs, round 37 (issue 9): what a verb joined by "and"/"but"/"or" to an earlier one inherits.

- Modality and negation: a joined verb is read under its partner's auxiliaries only when it shares them,
  that is when it has no auxiliary and no finite tense of its own ("will expel X and recall Y", "did not
  protest X or summon Y"); one told in its own past tense ("said it would X and expelled Y", "did not
  attend but promised Y") is done, whatever the partner is (modality.shares_auxiliaries).
- Objects: a joined verb takes its partner's object only when it has none of its own and no
  prepositional phrase of its own ("clashed with police and torched X's consulate" does not clash with
  X; arguments.has_own_phrase); "attacked and destroyed X" still shares X.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
"""

from __future__ import annotations

from event_support import coded, codes

from wirecoder.events.modality import modality, shares_auxiliaries


def _verb(pipeline, text: str, word: str):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.text == word)


# --- a past verb joined to a reported future is done, not promised (modality.shares_auxiliaries) ---------
def test_said_it_would_and_expelled_is_an_expulsion_done(pipeline):
    found = codes(pipeline, "RIGA (Reuters) - Latvia said it would tighten visa rules and expelled two Russian diplomats.")
    assert ("LVA", "RUS", "161") in found
    assert ("LVA", "RUS", "1313") not in found


def test_said_that_it_would_and_recalled_is_a_recall_done(pipeline):
    found = codes(pipeline, "TUNIS (AFP) - Tunisia's government said it would reopen the crossing next week and "
                            "recalled its ambassador from Libya.")
    assert ("TUN", "LBY", "161") in found
    assert ("TUN", "LBY", "1313") not in found


def test_said_it_would_and_arrested_is_an_arrest_done(pipeline):
    found = codes(pipeline, "Kosovo said it would hold elections in the north and arrested two Serbian police officers.")
    assert ("XKX", "SRB", "173") in found


def test_said_it_would_and_seized_is_a_seizure_done(pipeline):
    found = codes(pipeline, "COTONOU, June 3 (Xinhua) -- Benin said it would seek compensation and seized a "
                            "Nigerian cargo ship off Cotonou.")
    assert ("BEN", "NGA", "171") in found
    assert ("BEN", "NGA", "132") not in found


def test_a_past_verb_after_would_has_its_own_tense(pipeline):
    tok = _verb(pipeline, "Nepal said it would seek talks with India and protested the new border road.", "protested")
    assert not shares_auxiliaries(tok)
    assert modality(tok) == "done"


# --- a bare verb after the same auxiliary shares it (must not change) --------------------------------------
def test_will_expel_and_recall_shares_the_future(pipeline):
    tok = _verb(pipeline, "Moldova will expel two Russian diplomats and recall its ambassador, the foreign "
                          "ministry said.", "recall")
    assert shares_auxiliaries(tok)
    assert modality(tok) != "done"


def test_has_signed_and_ratified_shares_the_perfect(pipeline):
    tok = _verb(pipeline, "Poland has signed and ratified the water accord with Lithuania.", "ratified")
    assert tok.dep_ != "conj" or shares_auxiliaries(tok)
    assert ("POL", "LTU", "05") in coded(pipeline, "Poland has signed and ratified the water accord with Lithuania.")


def test_did_not_protest_or_summon_shares_the_negation(pipeline):
    found = coded(pipeline, "PHNOM PENH (Xinhua) -- Laos did not protest Vietnam's new dam or summon the "
                            "Vietnamese ambassador, a spokesman said.")
    assert not any(s == "LAO" for s, _, _ in found)


# --- negation does not leak into a verb with its own tense ("did not X but Y-ed") --------------------------
def test_did_not_join_but_urged_is_an_appeal(pipeline):
    found = coded(pipeline, "VILNIUS (AP) — Lithuania did not join the boycott but urged Belarus to free the "
                            "detained journalists.")
    assert ("LTU", "BLR", "02") in found


def test_did_not_attend_but_met_is_a_meeting(pipeline):
    found = coded(pipeline, "ZAGREB (AFP) - Croatia's prime minister Vedran Kolaric did not attend the Brussels "
                            "summit but met Serbia's president in Zagreb on Friday.")
    assert ("HRV", "SRB", "04") in found


def test_did_not_meet_but_spoke_with_is_a_consultation(pipeline):
    found = coded(pipeline, "QUITO, Ecuador (AP) — Ecuadorean President Marcelo Ordonez did not meet Peru's "
                            "president at the summit but spoke with Peru's foreign minister by telephone on Saturday, "
                            "his office said.")
    assert ("ECU", "PER", "04") in found


def test_has_not_ratified_but_agreed_is_a_promise(pipeline):
    found = coded(pipeline, "SOFIA (BTA) - Bulgaria has not ratified the accord but agreed to resume talks with "
                            "North Macedonia.")
    assert any(s == "BGR" and r == "03" for s, _, r in found)


def test_would_not_recognise_and_would_expel_keeps_the_expulsion(pipeline):
    found = coded(pipeline, "BOGOTA (EFE) - Colombian minister Tomas Arbeleche said Colombia would not recognise "
                            "the vote and would expel Venezuela's envoy.")
    assert ("COL", "VEN", "13") in found


# --- a verb with a phrase of its own takes no object of its partner (arguments.has_own_phrase) -------------
def test_clashed_with_forces_and_torched_a_consulate_is_no_clash_with_its_state(pipeline):
    found = coded(pipeline, "Angry crowds clashed with security forces and torched the offices of Serbia's "
                            "consulate in Pristina.")
    assert not any(t == "SRB" and r == "19" for _, t, r in found)


def test_complained_to_an_official_is_not_aimed_at_the_chased_surveyors_state(pipeline):
    found = coded(pipeline, "Villagers chased the Indian surveyors away and complained to the district governor.")
    assert not any(t == "IND" for _, t, _ in found)


def test_marched_toward_parliament_is_not_aimed_at_a_burned_flags_state(pipeline):
    found = coded(pipeline, "Protesters burned an Israeli flag and marched toward parliament in Amman.")
    assert not any(t == "ISR" and r == "14" for _, t, r in found)


def test_attacked_and_destroyed_still_share_the_object(pipeline):
    found = coded(pipeline, "BANGKOK (Reuters) - Thai troops attacked and destroyed a Cambodian outpost on the border.")
    assert ("THA", "KHM", "19") in found


def test_shelled_and_seized_on_a_date_still_share_the_object(pipeline):
    found = coded(pipeline, "Azerbaijani forces shelled and seized two Armenian border posts on Wednesday, "
                            "Armenia's defence ministry said.")
    assert ("AZE", "ARM", "19") in found


def test_has_not_signed_or_ratified_shares_the_negation(pipeline):
    found = coded(pipeline, "ASTANA (TASS) - Kyrgyzstan has not signed or ratified the water accord with Tajikistan, "
                            "a government source said.")
    assert not any(s == "KGZ" and r == "05" for s, _, r in found)


def test_was_arrested_and_charged_shares_the_passive(pipeline):
    tok = _verb(pipeline, "Police said the two Georgian activists were arrested and charged with sedition.", "charged")
    assert tok.dep_ != "conj" or shares_auxiliaries(tok)


def test_a_later_adjunct_is_no_phrase_of_its_own(pipeline):
    found = coded(pipeline, "MANAMA (AP) — Saudi forces said they destroyed a Yemeni rebel launch site near the "
                            "border and struck at a second on Friday in retaliation for a drone attack.")
    assert not any(s == "SAU" and r == "19" and t is None for s, t, r in found)
