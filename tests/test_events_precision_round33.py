"""Event precision, round 33 (issue 9): false events of the kinds found by judging a third block of the
unannotated pool (benchmarks/pool_events.py --block 3) and the wrong ones of blocks 1-2 outside the target and
sense classes: a firm's or a rebel's nationality read as its state acting, deeds inside an allegation that
someone denies, and the visitor of a trip told in a passive clause.

Every sentence here is invented (made-up people and firms, real states), so what is coded must come from the
text. Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded

STATES = {"CAN", "GBR", "CHL", "PER", "URY", "EGY", "IND", "AUS", "JPN", "KOR", "TWN", "BRA", "ARG", "ZAF"}


def _state_pairs(found) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, _ in found if s in STATES or t in STATES}


# --- a firm named with its country is no act of that state (arguments.yaml business_heads) --------------
def test_a_banks_talks_are_no_talks_between_states(pipeline):
    found = coded(pipeline, "Canadian bank Ostrander Trust said on Monday it was in talks with Britain's "
                            "Halcombe Bank over a merger of their card businesses.")
    assert ("CAN", "GBR", "04") not in found and ("GBR", "CAN", "04") not in found


def test_a_retailers_board_rejecting_a_bid_is_no_rejection_by_its_state(pipeline):
    found = coded(pipeline, "The board of Chilean retailer Palmora Stores has rejected a takeover offer "
                            "from a Peruvian rival, the company said.")
    assert not any(s == "CHL" for s, _, _ in found)


def test_suppliers_agreeing_to_ship_grain_are_no_state(pipeline):
    found = coded(pipeline, "Uruguayan grain suppliers have agreed to ship 20,000 tonnes "
                            "of wheat to Egyptian importers by May, a trade official said.")
    assert not any(s == "URY" for s, _, _ in found)


def test_a_conglomerate_paying_victims_is_no_act_of_its_state(pipeline):
    found = coded(pipeline, "Australian building materials group Brannock Holdings has agreed to pay "
                            "$300 million to families of workers sickened at its plants.")
    assert not any(s == "AUS" for s, _, _ in found)


def test_a_state_owned_firm_still_acts_for_its_state(pipeline):
    found = coded(pipeline, "Chinese state oil firm Sinopetra signed a pipeline deal with Kazakhstan "
                            "in Astana on Tuesday.")
    assert any(s == "CHN" and t == "KAZ" for s, t, _ in found)


def test_a_ministry_deal_is_still_the_states(pipeline):
    found = coded(pipeline, "Canada's trade ministry signed an agreement with Britain on Monday to cut "
                            "tariffs on farm goods.")
    assert any({s, t} == {"CAN", "GBR"} for s, t, _ in found)


# --- a rebel's nationality is no act of the state he fights (arguments.yaml armed_side_heads) ----------
def test_a_rebel_commanders_rejection_is_not_his_states(pipeline):
    found = coded(pipeline, "A Chilean rebel commander, Tomas Arancibia, rejected the government's peace "
                            "offer on Friday.")
    assert not any(s == "CHL" for s, _, _ in found)


def test_the_government_rejecting_a_rebel_offer_is_still_the_states(pipeline):
    found = coded(pipeline, "The Chilean government on Friday rejected a ceasefire offer from rebel "
                            "commander Tomas Arancibia.")
    assert any(s == "CHL" and r == "12" for s, _, r in found)


# --- what an allegation says is not done (modality.yaml allegation_nouns) ------------------------------
def test_a_deed_inside_rejected_suggestions_is_not_coded(pipeline):
    found = coded(pipeline, "The Latvian government rejected suggestions it had pressured Estonia to expel "
                            "the Lithuanian envoy.")
    assert ("LVA", "EST", "10") not in found


def test_a_deed_inside_denied_allegations_is_not_coded(pipeline):
    found = coded(pipeline, "Kenya on Tuesday dismissed allegations that its soldiers had shelled a Somali "
                            "border village.")
    assert not any(s == "KEN" and t == "SOM" and r in {"18", "19"} for s, t, r in found)


def test_a_deed_inside_denied_charges_is_not_coded(pipeline):
    found = coded(pipeline, "Peru's interior minister denied charges that his ministry had bribed Bolivian "
                            "customs officers to wave smugglers through.")
    assert not any(t == "BOL" for _, t, _ in found)


def test_the_deed_itself_reported_is_still_coded(pipeline):
    found = coded(pipeline, "Kenyan soldiers shelled a Somali border village on Tuesday, killing three "
                            "herders, local officials said.")
    assert any(s == "KEN" and t == "SOM" and r in {"18", "19"} for s, t, r in found)


# --- the visitor of a trip in a passive clause is its subject (arguments.py Arguments._noun_sources) ----
def test_a_visitor_asked_by_his_hosts_is_still_the_visitor(pipeline):
    found = coded(pipeline, "During a visit to Chile earlier this month, Estonian Foreign Minister Urmas Peet "
                            "was asked by Chilean officials about fishing quotas.")
    assert ("EST", "CHL", "04") in found
    assert ("CHL", "EST", "04") not in found


def test_a_visitor_received_by_a_president_makes_the_trip(pipeline):
    found = coded(pipeline, "On a trip to Warsaw on Tuesday, Latvian President Ivars Kalnins was welcomed by "
                            "Polish President Jan Zawadzki.")
    assert ("LVA", "POL", "04") in found


def test_a_firm_after_a_dateline_is_no_state_either(pipeline):
    found = coded(pipeline, "KUALA LUMPUR, Jan 7 (Bernama) -- Malaysian palm oil refiner Sinar Emas has agreed to "
                            "supply 200,000 tonnes of refined oil to Indian importers over six months.")
    assert not any(s == "MYS" for s, _, _ in found)


def test_a_state_fining_a_foreign_bank_still_aims_at_its_state(pipeline):
    found = coded(pipeline, "The European Union fined Russian bank Volgacredit on Monday for breaching sanctions.")
    assert any(s == "EU" and t == "RUS" for s, t, _ in found)


# --- background: "last year" in the narrator's past perfect (modality.yaml last_units) ----------------
def test_a_past_perfect_dated_last_year_is_background(pipeline):
    found = coded(pipeline, "Estonia and Latvia opened customs talks on Friday. Estonian President Kalju Rebane "
                            "last year had blocked a similar Latvian proposal, and Riga had accused Tallinn of stalling.")
    assert not any(r in {"11", "12"} for _, _, r in found)


def test_a_block_reported_by_its_author_is_still_coded(pipeline):
    found = coded(pipeline, "Estonian President Kalju Rebane on Monday blocked a Latvian proposal for a joint "
                            "customs zone.")
    assert any(s == "EST" and t == "LVA" and r == "12" for s, t, r in found)


# --- a habit of vowing, and history dated by a "when" clause ------------------------------------------
def test_a_vow_made_repeatedly_is_background(pipeline):
    found = coded(pipeline, "Peruvian President Julio Cardenas has repeatedly vowed to expel Bolivian "
                            "diplomats who meddle in the border dispute.")
    assert not any(t == "BOL" for _, t, _ in found)


def test_a_clause_dated_by_its_heads_years_is_history(pipeline):
    found = coded(pipeline, "A foreign diplomat here said Chile built up large reserves in 1982-85 when regional "
                            "governors were allowed to borrow abroad on their own authority.")
    assert "08" not in {r for _, _, r in found}


def test_an_armed_side_naming_no_one_still_codes_its_attack(pipeline):
    found = coded(pipeline, "Colombian guerrillas ambushed a Venezuelan border patrol near Cucuta on Tuesday, "
                            "wounding three soldiers, the army said.")
    assert any(t == "VEN" and r in {"18", "19"} for _, t, r in found)
