"""Events, round 34 (issue 9, evroot34): the right pair under the right root.

- Words that deny a claim its truth ("baseless", "groundless", "unfounded", "a fabrication") reject the
  claim and its maker (12), whether a naming verb gives them ("called X's charges baseless") or a
  quotation says them of the claim ("X's claims were baseless"); they are no criticism (11).
- A denial of someone's telling ("denied X's account / version of events") rejects it (12), as a
  denial of an accusation does; it is not a denial of responsibility (01).
- Warning shots fired at a side show force (15); firing at it is still fighting (19).
- Giving way to a side's pressure ("bowed to pressure from X", "gave in to X's demands") yields to it
  (08); refused ("will not bow to ...") it rejects X (12) through the refusal table.

Every dispatch is invented (made-up people, real states); each rule has variants in other agencies'
styles and a negative one for the word's other use.
"""

from __future__ import annotations

from event_support import coded, roots


# --- 12: a claim called baseless, groundless, unfounded, a fabrication -------------------------------
def test_accusations_called_baseless_are_rejected(pipeline):
    text = ("KHARTOUM (Reuters) - Sudan on Friday called Chad's accusations of arms smuggling baseless, "
            "state media reported.")
    got = coded(pipeline, text)
    assert ("SDN", "TCD", "12") in got
    assert ("SDN", "TCD", "11") not in got


def test_claims_said_to_be_groundless_are_rejected(pipeline):
    text = ("ASTANA (Kazinform) - Kazakhstan's foreign ministry spokesman Yerlan Duisekov said on Monday "
            "that Kyrgyzstan's claims about the closure of the Kordai checkpoint were \"entirely groundless\".")
    got = coded(pipeline, text)
    assert ("KAZ", "KGZ", "12") in got
    assert ("KAZ", "KGZ", "11") not in got


def test_allegations_called_a_fabrication_are_rejected(pipeline):
    text = ("YEREVAN (Armenpress) - Armenia's defence ministry said Azerbaijan's allegations of shelling "
            "near Sotk were \"a fabrication from start to finish\".")
    got = coded(pipeline, text)
    assert ("ARM", "AZE", "12") in got
    assert ("ARM", "AZE", "11") not in got


def test_charges_dismissed_as_unfounded_are_rejected(pipeline):
    text = ("LIMA (EFE) - Peru dismissed Bolivia's charges of espionage against two Peruvian attaches as "
            "unfounded on Wednesday.")
    assert ("PER", "BOL", "12") in coded(pipeline, text)


def test_fears_called_unfounded_reject_no_one(pipeline):
    text = ("OSLO (NTB) - Fisheries minister Ragnhild Solheimsvik said on Tuesday that fears of job losses "
            "in the northern ports were unfounded.")
    got = roots(pipeline, text)
    assert "12" not in got and "11" not in got


def test_a_smear_is_still_criticism(pipeline):
    text = ("\"This is a smear campaign by Baku,\" Armenian Foreign Ministry spokeswoman Lusine Adamyan "
            "told reporters in Yerevan on Thursday.")
    got = coded(pipeline, text)
    assert ("ARM", "AZE", "11") in got
    assert ("ARM", "AZE", "12") not in got


# --- 12: another's account or version of events denied ------------------------------------------------
def test_denied_a_states_account_is_a_rejection(pipeline):
    text = ("HANOI (VNA) - Vietnam on Thursday denied Cambodia's account of the clash near the Moc Bai "
            "crossing, a foreign ministry spokeswoman said.")
    got = coded(pipeline, text)
    assert ("VNM", "KHM", "12") in got
    assert ("VNM", "KHM", "01") not in got


def test_denied_a_states_version_of_events_is_a_rejection(pipeline):
    text = ("TBILISI, May 4 (Reuters) - Georgia's interior ministry denied Russia's version of events at "
            "the Larsi crossing, saying no shots had been fired by Georgian police.")
    assert ("GEO", "RUS", "12") in coded(pipeline, text)


def test_denied_the_adjectival_version_is_a_rejection(pipeline):
    text = ("QUITO (AP) - Ecuador's defense ministry denied the Colombian version of the border incident "
            "on Sunday.")
    assert ("ECU", "COL", "12") in coded(pipeline, text)


def test_denied_entry_is_no_rejection(pipeline):
    text = ("MINSK (BelTA) - Belarusian border guards denied entry to a Lithuanian lorry driver on "
            "Saturday.")
    assert "12" not in roots(pipeline, text)


# --- 15: warning shots ----------------------------------------------------------------------------------
def test_warning_shots_at_soldiers_show_force(pipeline):
    text = ("NEW DELHI (PTI) Indian troops fired warning shots at Chinese soldiers near the Depsang plains "
            "on Monday, army officials said.")
    got = coded(pipeline, text)
    assert ("IND", "CHN", "15") in got
    assert ("IND", "CHN", "19") not in got


def test_warning_shots_towards_a_patrol_show_force(pipeline):
    text = ("SEOUL, Sept. 2 (Yonhap) -- North Korean guards fired several warning shots toward a South "
            "Korean patrol in the Demilitarized Zone, the Joint Chiefs of Staff said.")
    got = coded(pipeline, text)
    assert ("PRK", "KOR", "15") in got
    assert ("PRK", "KOR", "19") not in got


def test_warning_shots_on_a_vessel_show_force(pipeline):
    text = ("ATHENS (AP) -- The Greek coast guard fired warning shots at a Turkish fishing boat off "
            "Lesbos on Friday, the shipping ministry said.")
    assert ("GRC", "TUR", "15") in coded(pipeline, text)


def test_firing_at_troops_is_still_fighting(pipeline):
    text = ("ISLAMABAD (AFP) - Pakistani troops fired at Indian positions across the Line of Control on "
            "Tuesday, the Indian army said.")
    got = coded(pipeline, text)
    assert ("PAK", "IND", "19") in got
    assert ("PAK", "IND", "15") not in got


# --- 08 / 12: giving way to a side's pressure, and refusing to -------------------------------------------
def test_would_not_bow_to_pressure_rejects_its_maker(pipeline):
    text = ("MANAGUA (EFE) - Nicaragua's vice-president Rosalba Quintanar said on Monday that Managua would "
            "not bow to pressure from Costa Rica over the San Juan dredging.")
    got = coded(pipeline, text)
    assert ("NIC", "CRI", "12") in got
    assert ("NIC", "CRI", "08") not in got


def test_will_never_give_in_to_threats_rejects_their_maker(pipeline):
    text = ("\"Belgrade will never give in to threats from Pristina,\" Serbian Defence Minister Dragan "
            "Mirkovac told reporters on Friday.")
    assert ("SRB", "XKX", "12") in coded(pipeline, text)


def test_not_bowing_to_a_possessed_demand_rejects_its_owner(pipeline):
    text = ("ADDIS ABABA (AFP) - Ethiopia will not bow to Egypt's demands over the filling of the dam, "
            "the water ministry said in a statement.")
    assert ("ETH", "EGY", "12") in coded(pipeline, text)


def test_bowed_to_pressure_is_yielding(pipeline):
    text = ("BUDAPEST, June 8 (Reuters) - Slovakia bowed to pressure from the European Commission on "
            "Wednesday and shelved its new media law.")
    assert ("SVK", "EU", "08") in coded(pipeline, text)


def test_bowing_to_a_person_in_ceremony_is_nothing(pipeline):
    text = "The new ambassador bowed to the crowd as he left the palace on Tuesday."
    assert "08" not in roots(pipeline, text) and "12" not in roots(pipeline, text)


# --- the measure: a "pair right, root wrong" miss printed at its place or only elsewhere ----------------
def test_pair_printed_near_tells_a_confusion_from_a_miss(pipeline):
    from event_support import REF

    from wirecoder.evaluation.news import pair_printed_near

    text = ("WARSAW (PAP) - Poland accused Belarus on Monday of pushing migrants across the frontier. "
            + "The ministry gave no figures. " * 12 + "Officials met later.")
    record = pipeline.extract(text, reference_date=REF)
    assert any(e.source == "POL" and e.target == "BLR" for e in record.events)
    start = text.index("accused")
    here = {"source": ["POL"], "target": ["BLR"], "root": ["04"], "span": [start, start + 7]}
    far = {**here, "span": [len(text) - 19, len(text) - 1]}
    assert pair_printed_near(here, record)
    assert not pair_printed_near(far, record)
