"""Event provenance (issue 9): every printed event knows which rule named its source and which its target
(``Coder.provenance``), its confidence is those rules' precision on the tuning data
(``data/events/provenance.yaml``), and ``[events] min_confidence`` stops printing the least sure.
Every dispatch is invented (made-up people and towns, real states)."""

from __future__ import annotations

import pytest
from event_support import REF

from wirecoder.components import EventsComponent
from wirecoder.events.coder import Calibration, Provenance, _data
from wirecoder.events.rules import Found


def coder_of(pipeline):
    return next(c.coder for c in pipeline.components if isinstance(c, EventsComponent))


def rules(pipeline, text: str) -> dict[tuple[str | None, str | None, str], str]:
    """(source, target, CAMEO code) -> "source rule > target rule" of each event printed."""
    record = pipeline.extract(text, reference_date=REF)
    coder = coder_of(pipeline)
    return {(e.source, e.target, e.cameo): coder.provenance(e).pair for e in record.events}


# --- provenance: the rule that named each side -----------------------------------------------------------
def test_a_verbs_subject_and_object(pipeline):
    assert rules(pipeline, "Kenya expelled two Peruvian diplomats on Tuesday.")[("KEN", "PER", "161")] \
        == "subject > object"


def test_a_joint_act_takes_its_partner_from_the_sources(pipeline):
    assert rules(pipeline, "Chile and Peru held talks in Lima on Monday.")[("CHL", "PER", "040")] == "subject > joint"


def test_a_noun_takes_its_modifier_and_its_preposition(pipeline):
    assert rules(pipeline, "The French sanctions on Iran took effect on Monday.")[("FRA", "IRN", "163")] \
        == "noun:modifier > noun:prep"


def test_an_act_with_no_one_named_has_target_none(pipeline):
    assert rules(pipeline, "Kenya protested on Monday.")[("KEN", None, "140")] == "subject > none"


def test_a_judgement_of_an_act_told_before_is_aimed_at_its_doer(pipeline):
    found = rules(pipeline, "Latvian forces shelled the Estonian town of Kallvik. Estonia condemned the attack.")
    assert found[("EST", "LVA", "111")] == "subject > told:doer"


def test_a_rejected_offer_is_aimed_at_its_proposer(pipeline):
    assert rules(pipeline, "Kenya offered Uganda a truce. Uganda rejected the offer.")[("UGA", "KEN", "120")] \
        == "subject > proposer"


def test_a_denial_rejects_the_accuser(pipeline):
    assert rules(pipeline, "Kenya accused Uganda of arming rebels. Uganda denied it.")[("UGA", "KEN", "120")] \
        == "subject > denial:accuser"


def test_a_domestic_act_names_its_persons(pipeline):
    found = rules(pipeline, "Kenyan President Ravel Ostrand fired Interior Minister Dalo Kenne on Monday.")
    assert found[("person:ravel-ostrand", "person:dalo-kenne", "172")] == "domestic > domestic"


def test_first_person_in_a_quotation_is_inherited_from_the_speaker(pipeline):
    found = rules(pipeline, "\"We condemn the Ugandan raid,\" said Kenyan Foreign Minister Ado Merun on Monday.")
    assert found[("KEN", "UGA", "111")] == "subject:first-person > object"


def test_a_verb_without_a_subject_shares_the_one_of_the_verb_it_hangs_on(pipeline):
    assert rules(pipeline, "Kenya moved to punish Uganda on Monday.")[("KEN", "UGA", "170")] == "subject:shared > object"


def test_a_stance_word_in_a_quotation(pipeline):
    found = rules(pipeline, "\"The Ugandan incursion is a provocation,\" Kenyan Foreign Minister Ado Merun said.")
    assert found[("KEN", "UGA", "111")] == "quote-speaker > stance:about"


def test_a_demand_and_a_wish(pipeline):
    assert rules(pipeline, "Kenyan Foreign Minister Ado Merun said Uganda must withdraw its troops.")[
        ("KEN", "UGA", "100")] == "demand:subject > demand:asked"
    assert rules(pipeline, "Kenya wants Uganda to withdraw its troops.")[("KEN", "UGA", "020")] \
        == "wish:subject > wish:asked"


def test_a_noun_of_force_repelled_is_aimed_at_the_subject(pipeline):
    assert rules(pipeline, "Kenyan troops repelled a Ugandan offensive on Monday.")[("UGA", "KEN", "190")] \
        == "noun:modifier > complete:repelled"


def test_the_target_resolver_names_its_role(pipeline):
    found = rules(pipeline, "The rebel leader Taro Vesk warned that his fighters would storm the port if Kenya did "
                            "not withdraw its troops.")
    assert found[("person:taro-vesk", "KEN", "130")] == "subject > targets:condition"


def test_provenance_of_an_event_not_coded_last_is_none(pipeline):
    record = pipeline.extract("Kenya expelled two Peruvian diplomats on Tuesday.", reference_date=REF)
    pipeline.extract("Chile and Peru held talks in Lima on Monday.", reference_date=REF)
    assert coder_of(pipeline).provenance(record.events[0]) is None


# --- Found.filling: a side added names its rule, a side only narrowed keeps it ------------------------------
def test_filling_names_the_rule_that_adds_an_actor():
    f = Found("111", ["KEN"], [], False, None, (0, 1), None, 0.8, source_rule="subject")  # type: ignore[arg-type]
    with f.filling("proposer"):
        f.targets = ["UGA"]
    with f.filling("dateline"):
        f.sources = []
    assert (f.source_rule, f.target_rule) == ("subject", "proposer")
    with f.filling("domestic"):
        f.targets = ["person:ado-merun"]
    assert f.target_rule == "domestic"


# --- calibration: confidence by the rules, and the threshold ------------------------------------------------
def test_provenance_file_counts_are_consistent():
    data = _data("provenance.yaml")
    default, strength = float(data["default"]), float(data["strength"])
    for side in ("sources", "targets"):
        for name, entry in data[side].items():
            assert 0 <= entry["right"] <= entry["judged"], name
            expected = (entry["right"] + strength * default) / (entry["judged"] + strength)
            assert entry["precision"] == pytest.approx(expected, abs=0.006), name


def test_confidence_is_the_weaker_sides_precision():
    calibration = Calibration(0.87, {"subject": 0.9, "loose": 0.4}, {"object": 0.95, "none": 0.6})
    assert calibration(Provenance("subject", "object")) == 0.9
    assert calibration(Provenance("subject", "none")) == 0.6
    assert calibration(Provenance("loose", "object")) == 0.4
    assert calibration(Provenance("unknown-rule", "object")) == 0.87  # a rule not listed: the pooled precision


def test_an_untargeted_act_ranks_below_a_targeted_one(pipeline):
    events = pipeline.extract("Kenya protested on Monday. Kenya expelled two Peruvian diplomats on Tuesday.",
                              reference_date=REF).events
    sure = {e.target: e.confidence for e in events}
    assert sure[None] < sure["PER"]


def test_min_confidence_drops_the_least_sure_side(pipeline, monkeypatch):
    text = "Kenya protested on Monday. Kenya expelled two Peruvian diplomats on Tuesday."
    coder = coder_of(pipeline)
    assert {e.target for e in pipeline.extract(text, reference_date=REF).events} == {None, "PER"}
    untargeted = next(e.confidence for e in pipeline.extract(text, reference_date=REF).events if e.target is None)
    monkeypatch.setattr(coder, "min_confidence", untargeted + 0.01)
    assert {e.target for e in pipeline.extract(text, reference_date=REF).events} == {"PER"}
