"""Event precision, round 35 (issue 9): false events of the kinds found by judging a fifth block of the
unannotated pool (benchmarks/pool_events.py --block 5) with the wrong ones of blocks 1-4: a view agreed on
taken for an agreement ("agreed that there was ..."), a copular verdict on a bare "it" read as aimed at the
latest doer, a warning of a risk taken for a threat, and a rejection of another's attempts coded as a
criticism.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded, codes


def _has_root(found, root: str) -> bool:
    return any(r == root for _, _, r in found)


# --- rejecting another's attempts, efforts or interference is a rejection (12), not a criticism --------
def test_rejecting_an_attempt_by_a_state_is_a_rejection(pipeline):
    found = coded(pipeline, "MOSCOW, March 3 (Reuters) - Russian Foreign Minister Ivo Pendrakov on Tuesday "
                            "rejected what he called an attempt by Georgia to interfere in the republic's elections.")
    assert ("RUS", "GEO", "12") in found
    assert ("RUS", "GEO", "11") not in found


def test_rejecting_a_states_efforts_is_a_rejection(pipeline):
    found = coded(pipeline, "Armenia's government rejected Azerbaijan's efforts to block the pipeline, "
                            "a spokesman said.")
    assert ("ARM", "AZE", "12") in found


def test_rejecting_interference_is_a_rejection(pipeline):
    found = coded(pipeline, "BEIJING (Xinhua) -- The Chinese foreign ministry on Monday rejected Japan's "
                            "interference in its internal affairs.")
    assert ("CHN", "JPN", "12") in found
    assert ("CHN", "JPN", "11") not in found


def test_condemning_interference_stays_a_criticism(pipeline):
    found = coded(pipeline, "The Chinese foreign ministry on Monday condemned Japan's interference in its "
                            "internal affairs.")
    assert ("CHN", "JPN", "11") in found


# --- "agreed that <a state of things>" is a view shared, no agreement (precision.yaml viewed_states) ---
def test_agreeing_that_a_code_was_sound_is_no_agreement(pipeline):
    found = coded(pipeline, "Two Labour council leaders in Leeds agreed on Friday that the new housing code "
                            "was a sound piece of work.")
    assert not _has_root(found, "03")


def test_agreeing_lending_rules_were_too_strict_is_no_agreement(pipeline):
    found = coded(pipeline, "MADRID (EFE) - Spanish Culture Minister Elena Marcos Ruiz agreed the museum's "
                            "lending rules were too strict, a spokesman said.")
    assert not _has_root(found, "03")


def test_agreeing_numbers_had_been_overstated_is_no_agreement(pipeline):
    found = coded(pipeline, "Kenyan health officials agreed that the malaria numbers had been overstated "
                            "in March, the ministry said.")
    assert not _has_root(found, "03")


def test_agreeing_that_a_truce_would_be_extended_is_kept(pipeline):
    found = coded(pipeline, "Chile and Peru agreed that the fishing truce would be extended until March.")
    assert ("CHL", "PER", "03") in found or ("PER", "CHL", "03") in found


def test_agreeing_to_reopen_a_crossing_is_kept(pipeline):
    found = coded(pipeline, "Ghana and Togo agreed on Tuesday to reopen their border crossing at Aflao.")
    assert ("GHA", "TGO", "03") in found or ("TGO", "GHA", "03") in found


# --- a copular verdict on a bare "it" (judgements.yaml extraposing_pronouns) --------------------------
def test_it_later_in_a_quotation_after_a_deed_is_aimed_at_no_one(pipeline):
    found = coded(pipeline, "Ugandan soldiers fired on Kenyan fishermen on Lake Victoria on Sunday, police "
                            "said. \"Our fishermen were only doing their jobs and it is completely "
                            "unacceptable,\" Kenyan Interior Minister Joel Ambani told reporters.")
    assert ("KEN", "UGA", "11") not in found


def test_it_opening_the_quotation_after_a_deed_judges_its_doer(pipeline):
    found = coded(pipeline, "Ugandan soldiers fired on Kenyan fishermen on Lake Victoria on Sunday, police "
                            "said. \"It is completely unacceptable,\" Kenyan Interior Minister Joel Ambani "
                            "told reporters.")
    assert ("KEN", "UGA", "11") in found


def test_this_is_unacceptable_after_a_deed_is_kept(pipeline):
    found = coded(pipeline, "Ugandan soldiers fired on Kenyan fishermen on Lake Victoria on Sunday, police "
                            "said. \"This is completely unacceptable,\" Kenyan Interior Minister Joel Ambani "
                            "told reporters.")
    assert ("KEN", "UGA", "11") in found


def test_it_was_foolish_to_cut_a_budget_judges_no_one(pipeline):
    found = coded(pipeline, "Conservative MP Harriet Lowden said it was \"foolish\" to cut the navy's "
                            "budget in the middle of a crisis.")
    assert not _has_root(found, "11")


def test_it_is_a_scandal_to_close_clinics_judges_no_one(pipeline):
    found = coded(pipeline, "BERLIN (dpa) - \"It is a scandal to close rural clinics in winter,\" Green Party "
                            "lawmaker Annelie Strunck said on Thursday.")
    assert not _has_root(found, "11")


# --- a warning of a risk is no threat (precision.yaml warning_verbs, risk_modals) ---------------------
def test_warning_that_a_fare_rise_could_push_commuters_is_no_threat(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Liberal Democrat MP Alan Pearce warned the government that "
                            "the rail fare rise could push commuters back onto the roads.")
    assert not _has_root(found, "13")


def test_warning_that_a_drought_might_drive_prices_is_no_threat(pipeline):
    found = coded(pipeline, "WASHINGTON (AP) — Democratic Sen. Corinne Maddox warned on Tuesday that a "
                            "drought in the plains states might drive grain prices higher.")
    assert not _has_root(found, "13")


def test_warning_that_a_weaker_currency_may_fuel_inflation_is_no_threat(pipeline):
    found = coded(pipeline, "MOSCOW. /TASS/. Economist Grigory Orlinsky warned the central bank that a weaker "
                            "rouble may fuel inflation in the spring, the newspaper reported.")
    assert not _has_root(found, "13")


def test_warning_a_state_it_could_face_sanctions_is_a_threat(pipeline):
    found = coded(pipeline, "The European Union warned Belarus that it could face new sanctions over the "
                            "detention of journalists.")
    assert ("EU", "BLR", "13") in found


def test_warning_that_the_response_could_be_severe_is_a_threat(pipeline):
    found = coded(pipeline, "Turkey warned Greece that the response to any militarisation of the islands "
                            "could be severe.")
    assert ("TUR", "GRC", "13") in found


# --- a protest note is an official complaint (CAMEO 114) -----------------------------------------------
def test_a_protest_note_is_an_official_complaint(pipeline):
    found = codes(pipeline, "Vietnam sent a note of protest to China over the incident, the foreign "
                            "ministry in Hanoi said.")
    assert ("VNM", "CHN", "114") in found
