"""Event precision, round 34 (issue 9): false events of the kinds found by judging a fourth block of the
unannotated pool (benchmarks/pool_events.py --block 4) with the wrong ones of blocks 1-3: a meeting or visit
with no partner named, a criticism whose one criticised is no actor (a firm, a union leader, a document), and
a deed a pundit or the writer only forecasts ("is tipped to", "is predicted to").

Every sentence here is invented (made-up people and firms, real states), so what is coded must come from the
text. Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded


def _untargeted(found, root: str) -> bool:
    return any(t is None and r == root for _, t, r in found)


# --- a meeting or visit with no one named as met is no event (codes.yaml untargeted_roots) -------------
def test_touring_constituencies_is_no_visit(pipeline):
    found = coded(pipeline, "British Environment Secretary Colm Ardwick is visiting flooded farms in two "
                            "rural counties on Monday, where his party hopes to win back voters.")
    assert not _untargeted(found, "04")


def test_attending_a_meeting_of_operators_is_no_visit(pipeline):
    found = coded(pipeline, "A senior Chinese trade official attended the meeting of regional port "
                            "operators in Xiamen on Tuesday, state media said.")
    assert not _untargeted(found, "04")


def test_a_government_consulting_on_rules_meets_no_one(pipeline):
    found = coded(pipeline, "The Japanese government is consulting on new rules for earthquake shelters "
                            "this month, officials in Tokyo said.")
    assert not _untargeted(found, "04")


def test_a_visit_to_a_named_state_is_kept(pipeline):
    found = coded(pipeline, "Irish Foreign Minister Siobhan Delacey visited Kenya on Tuesday to discuss "
                            "trade and climate finance.")
    assert ("IRL", "KEN", "04") in found or ("person:siobhan-delacey", "KEN", "04") in found


def test_a_meeting_with_a_named_minister_is_kept(pipeline):
    found = coded(pipeline, "Nigerian President Obafemi Adekunle met Ghanaian President Kwesi Ampofo-Darko "
                            "in Abuja on Saturday to discuss a gas pipeline.")
    assert any(r == "04" and t is not None for _, t, r in found)


# --- a criticism of someone no actor covers is aimed at no one named (codes.yaml untargeted_roots) -----
def test_accusing_a_firm_is_no_accusation_of_no_one(pipeline):
    found = coded(pipeline, "Kenya's revenue authority accused the mining firm Tavolo Resources of moving "
                            "profits through offshore subsidiaries to avoid tax.")
    assert not _untargeted(found, "11")


def test_criticising_a_union_leader_is_no_criticism_of_no_one(pipeline):
    found = coded(pipeline, "U.S. Senator Dale Kirkwood criticized a union leader who had said the trade "
                            "dispute was hurting American workers.")
    assert not _untargeted(found, "11")


def test_a_bank_criticised_by_regulators_is_no_criticism_of_no_one(pipeline):
    found = coded(pipeline, "The country's third-largest mortgage lender was criticised by French "
                            "financial regulators on Wednesday for weak money-laundering controls.")
    assert not _untargeted(found, "11")


def test_condemning_a_leaflet_is_no_criticism_of_no_one(pipeline):
    found = coded(pipeline, "Russian Foreign Ministry spokeswoman Yevgenia Lutova condemned the leaflet, "
                            "which she said had been handed out at a rally in Moscow.")
    assert not _untargeted(found, "11")


def test_criticising_a_named_state_is_kept(pipeline):
    found = coded(pipeline, "Kenyan Foreign Minister Jabari Ochieng criticised Uganda for closing the "
                            "Busia border crossing without notice.")
    assert any(t == "UGA" and r == "11" for _, t, r in found)


def test_accusing_a_named_state_is_kept(pipeline):
    found = coded(pipeline, "Egyptian Foreign Minister Ashraf Sobhi accused Ethiopia of filling its Nile "
                            "dam without a binding agreement.")
    assert any(t == "ETH" and r == "11" for _, t, r in found)


# --- a forecast over the deed commits no one (modality.yaml nothing_heads) ------------------------------
def test_tipped_to_ask_is_no_appeal(pipeline):
    found = coded(pipeline, "British Prime Minister Edwin Harrowgate is tipped to ask King Charles next "
                            "week to dissolve Parliament for a May poll.")
    assert not any(r == "02" for _, _, r in found)


def test_predicted_to_impose_sanctions_is_no_sanction(pipeline):
    found = coded(pipeline, "The European Union is predicted to impose new sanctions on Belarus later "
                            "this month, diplomats and analysts said.")
    assert not any(t == "BLR" for _, t, _ in found)


def test_forecast_to_approve_a_pact_is_no_pact(pipeline):
    found = coded(pipeline, "Japan's cabinet is forecast to approve a defence agreement with the "
                            "Philippines at its Friday meeting, government sources said.")
    assert not any("PHL" in (s, t) for s, t, _ in found)


def test_anticipated_to_sign_is_no_signing(pipeline):
    found = coded(pipeline, "China and Pakistan are anticipated to sign a railway upgrade agreement "
                            "during the premier's spring visit, officials said.")
    assert not any({s, t} == {"CHN", "PAK"} for s, t, _ in found)


def test_imposed_sanctions_are_kept(pipeline):
    found = coded(pipeline, "The European Union imposed new sanctions on Belarus on Monday over its "
                            "treatment of opposition figures.")
    assert any(s == "EU" and t == "BLR" for s, t, _ in found)


def test_a_promise_to_sign_is_still_a_promise(pipeline):
    found = coded(pipeline, "China and Pakistan agreed on Monday to sign a railway upgrade agreement "
                            "during the premier's spring visit.")
    assert any({s, t} == {"CHN", "PAK"} for s, t, _ in found)


def test_criticising_ones_detractors_is_still_printed_with_no_target(pipeline):
    # round 24's frame: the speaker's opponents as a class, no one named (codes.yaml opponents_untargeted_roots)
    found = coded(pipeline, "Chile's government on Thursday criticised its detractors for spreading "
                            "false figures about the pension reform.")
    assert ("CHL", None, "11") in found
