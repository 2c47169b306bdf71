"""Event factuality, round 38 (issue 9): deeds the text does not report as done. Counted over every
event printed on the pool blocks 1-7 (benchmarks/pool_events.py articles), four general frames:
- a future under an "if" clause ("will hold talks if the first round succeeds") is a conditional like
  "would ... if" (GUIDE.md): nothing, unless it is a harm, which stays a threat (modality.modality);
- a side or object denied by its own words ("Neither X nor Y accepted", "received no support from X",
  "sent no troops"): a negated deed (modality.yaml negating_preconjunctions, object_negators);
- what a report, a noun, says ("could not confirm reports that X had offered ...", "denied a report that
  he planned ..."): another's account, not the narrator's (modality.yaml report_nouns);
- an act named by a noun that a modifier puts still to come ("the forthcoming talks", "a planned
  visit", "next week's summit"): a plan (modality.yaml prospective_adjectives, precision.is_unreal_noun).

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
Each rule has twins that keep the real event.
"""

from __future__ import annotations

from event_support import coded


def _roots_between(found, source: str, target: str | None) -> set[str]:
    return {r for s, t, r in found if s == source and t == target}


# --- "will ... if": a conditional, no plan or promise -----------------------------------------------
def test_narrators_will_hold_talks_if_is_no_meeting(pipeline):
    found = coded(pipeline, "VILNIUS, May 4 (Reuters) - If the first round goes well, Lithuanian negotiators "
                            "will hold further talks with Polish officials in Warsaw next month, the foreign "
                            "ministry said on Tuesday.")
    assert not any(r in {"03", "04"} for _, _, r in found)


def test_reported_will_send_aid_if_asked_is_no_promise(pipeline):
    found = coded(pipeline, "NAIROBI, Kenya (AP) — Kenya will send food aid to Somalia if Mogadishu asks for "
                            "it, Kenyan Foreign Minister Amos Kiptanui said Monday.")
    assert not _roots_between(found, "KEN", "SOM") & {"03", "07"}


def test_quoted_we_will_back_them_if_is_no_promise(pipeline):
    found = coded(pipeline, "\"We will support the Czech proposal if Prague drops the transit fee,\" "
                            "Slovak Foreign Minister Juraj Belanec told reporters in Bratislava.")
    assert not _roots_between(found, "SVK", "CZE") & {"03", "05"}


def test_will_have_to_if_it_wants_is_no_promise(pipeline):
    found = coded(pipeline, "BRUSSELS, March 3 (AFP) - Serbia will have to recognise Kosovo's passports if it "
                            "wants to open new membership talks with the European Union, an EU document said.")
    assert not any(s == "SRB" and r in {"03", "05"} for s, _, r in found)


# twins: a harm under "if" stays a threat; "even if" keeps the intent; "will" alone stays a promise
def test_will_expel_if_stays_a_threat(pipeline):
    found = coded(pipeline, "MOSCOW, July 3 (TASS) - Russia will expel Latvian diplomats if Riga closes the "
                            "Russian consulate in Daugavpils, Russian Foreign Ministry spokeswoman Alla "
                            "Berezkina said on Saturday.")
    assert "13" in _roots_between(found, "RUS", "LVA")


def test_said_will_send_aid_stays_a_promise(pipeline):
    found = coded(pipeline, "NAIROBI, Kenya (AP) — Kenya will send food aid to Somalia, Kenyan Foreign "
                            "Minister Amos Kiptanui said Monday.")
    assert _roots_between(found, "KEN", "SOM") & {"03", "07"}


# --- a side or object denied by its own words -----------------------------------------------------
def test_neither_nor_subjects_accepted_nothing(pipeline):
    found = coded(pipeline, "LIMA (AFP) - Neither President Ollanta Quispe nor his foreign minister accepted "
                            "the Chilean proposal, officials said on Monday.")
    assert not any(s == "PER" and t == "CHL" for s, t, _ in found)


def test_neither_state_nor_the_other_condemned_nothing(pipeline):
    found = coded(pipeline, "Neither France nor Germany condemned the Turkish incursion, diplomats said.")
    assert not any(t == "TUR" for _, t, _ in found)


def test_reported_neither_capital_expelled_nothing(pipeline):
    found = coded(pipeline, "Ghana's foreign minister said neither Accra nor Lome had expelled any diplomats.")
    assert not any(r == "16" for _, _, r in found)


def test_received_no_support_is_no_support(pipeline):
    found = coded(pipeline, "SANTIAGO, July 7 (Reuters) - Chilean Foreign Minister Tomas Arbeleche received "
                            "no support from Peru for his quota plan at talks in Lima, an official said.")
    assert not any(s == "PER" and r in {"05", "06", "07"} for s, _, r in found)


def test_gave_no_support_is_no_support(pipeline):
    found = coded(pipeline, "Hungary gave no support to the Ukrainian bid at the summit in Brussels, diplomats said.")
    assert not _roots_between(found, "HUN", "UKR")


def test_offered_no_aid_is_no_offer(pipeline):
    found = coded(pipeline, "The Slovak government offered no aid to Hungary after the floods, the opposition said.")
    assert not _roots_between(found, "SVK", "HUN")


def test_has_no_plan_is_a_verdict_not_a_denied_deed(pipeline):
    # (lead) a lack said of a rival ("has no plan", "had no answer") is the judgement itself: the "no" does
    # not deny it
    text = ('"Minister Corvin Dalstrom wants to close the depot but has no plan for the workers," opposition '
            "leader Ysolde Marrack said on Friday.")
    assert any(s and "marrack" in s and t and "dalstrom" in t and r == "11" for s, t, r in coded(pipeline, text))


# twins: the deed done, and a negation that is not the trigger's own, stay
def test_accepted_the_proposal_stays(pipeline):
    found = coded(pipeline, "LIMA (AFP) - President Ollanta Quispe accepted the Chilean proposal on "
                            "Monday, officials said.")
    assert any(s == "PER" and t == "CHL" for s, t, _ in found)


def test_made_no_demands_and_criticised_keeps_the_criticism(pipeline):
    found = coded(pipeline, "Deputy Foreign Minister Ivana Petrova said Sofia had made no new demands and "
                            "criticised Skopje for leaking the documents.")
    assert any(t == "MKD" and r == "11" for _, t, r in found)


def test_neither_subject_denies_its_second_verb_too(pipeline):
    found = coded(pipeline, "Neither France nor Germany condemned the incursion or recalled their ambassadors "
                            "from Turkey, diplomats said.")
    assert not any(t == "TUR" for _, t, _ in found)


def test_narrators_future_harm_under_if_is_no_threat(pipeline):
    found = coded(pipeline, "The Georgian government will shortly issue a statement warning it will take "
                            "emergency measures against Armenian hauliers if the blockade continues.")
    assert "13" not in {r for s, _, r in found if s == "GEO"}


def test_promised_to_leave_no_stone_unturned_stays_a_promise(pipeline):
    found = coded(pipeline, "Kuwait has promised Iraq to leave no stone unturned in the search for the "
                            "missing border guards, the Kuwaiti foreign ministry said.")
    assert "03" in _roots_between(found, "KWT", "IRQ")


# --- what a report says is not told as done -------------------------------------------------------
def test_could_not_confirm_reports_that_is_no_offer(pipeline):
    found = coded(pipeline, "WASHINGTON, July 11 (Reuters) - A State Department spokesman said he could not "
                            "confirm reports that Iran had offered to halt attacks on tankers in the Gulf.")
    assert not any(s == "IRN" for s, _, _ in found)


def test_rejected_a_report_that_it_had_arrested_is_no_arrest(pipeline):
    found = coded(pipeline, "The ministry rejected a newspaper report that Serbia had arrested two Kosovo police "
                            "officers.")
    assert not any(s == "SRB" and r == "17" for s, _, r in found)


def test_report_that_it_had_agreed_is_no_agreement(pipeline):
    found = coded(pipeline, "Israel on Tuesday described as premature an Egyptian newspaper report that it had "
                            "agreed with Jordan on a joint water plan.")
    assert not _roots_between(found, "ISR", "JOR") & {"03", "05", "06"}


def test_dismissed_speculation_that_it_would_expel_is_no_threat(pipeline):
    found = coded(pipeline, "BEIJING, July 15 (Xinhua) -- A Chinese Foreign Ministry spokesperson on Thursday "
                            "dismissed speculation that China would expel Lithuanian diplomats.")
    assert not _roots_between(found, "CHN", "LTU") & {"13", "16", "17"}


# twin: a verb of saying reports the deed
def test_agency_reported_that_troops_shelled_stays(pipeline):
    found = coded(pipeline, "MOSCOW, July 14 (TASS) - A Russian state news agency reported that Azerbaijani "
                            "forces shelled an Armenian village on Tuesday.")
    assert any(s == "AZE" and t == "ARM" for s, t, _ in found)


# --- an act still to come by its own modifier -----------------------------------------------------
def test_next_weeks_visit_is_no_visit(pipeline):
    found = coded(pipeline, "TOKYO, July 16 (Kyodo) -- The Japanese government hopes for progress on the "
                            "fishing row during next week's visit to Seoul by Foreign Minister Haruto Ozaki, "
                            "government sources said.")
    assert not any(r == "04" for _, _, r in found)


def test_scheduled_talks_are_no_talks(pipeline):
    found = coded(pipeline, "Estonia and Latvia will discuss the ferry dispute at their scheduled talks in Riga, "
                            "officials said.")
    assert not any(r in {"03", "04"} for _, _, r in found)


def test_summit_of_next_week_is_no_summit(pipeline):
    found = coded(pipeline, "Ahead of next week's summit between India and Pakistan, the two sides exchanged "
                            "lists of prisoners.")
    assert "04" not in _roots_between(found, "IND", "PAK")


# twin: the visit that took place stays
def test_last_weeks_visit_stays(pipeline):
    found = coded(pipeline, "TOKYO, July 16 (Kyodo) -- Japanese Foreign Minister Haruto Ozaki visited Seoul "
                            "on Tuesday for talks on the fishing row, government sources said.")
    assert any(s == "JPN" and t == "KOR" and r == "04" for s, t, r in found)
