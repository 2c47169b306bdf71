"""Events, round 25 (issue 9): a known trigger word that made no candidate. Every dispatch is invented
(made-up wording, real states); each rule's test has a negative twin."""

from __future__ import annotations

from event_support import codes


# --- 1. a verb after an aside between dashes is the sentence's verb (arguments.yaml aside_dashes) ---------
def test_verb_after_a_dashed_relative_aside_is_the_main_verb(pipeline):
    text = ("The Estonian Foreign Ministry - which has rejected Latvia as a broker - called for an emergency "
            "session of the Nordic Council.")
    assert ("EST", "org:nordic-council", "100") in codes(pipeline, text)


def test_appeal_after_a_longer_dashed_aside_keeps_its_subject(pipeline):
    text = ("The Estonian Foreign Ministry - which considers the treaty void and has rejected Latvia as a "
            "broker - called on Lithuania to hold an emergency session of the council.")
    assert ("EST", "LTU", "020") in codes(pipeline, text)


def test_the_same_sentence_without_dashes_was_already_read(pipeline):
    text = ("The Estonian Foreign Ministry, which has rejected Latvia as a broker, called on Lithuania to "
            "hold an emergency session of the council.")
    assert ("EST", "LTU", "020") in codes(pipeline, text)


def test_a_participle_after_a_dash_describing_an_object_is_no_deed(pipeline):
    # the sentence has its own verb: "imposed" describes the sanctions, no one imposes them here
    found = codes(pipeline, "Estonia condemned the sanctions - imposed on Latvia last year.")
    assert not any(c.startswith("16") for _, _, c in found)


def test_a_participle_with_an_agent_after_a_dash_stays_a_description(pipeline):
    found = codes(pipeline, "The new port rules - drafted by Latvia - angered Estonian shippers.")
    assert not any(s == "LVA" and c.startswith("16") for s, _, c in found)


# --- 2. "warned that it would ...": the speaker's own word about what it will do (modality.yaml vowing_heads)
def test_warning_that_it_would_expel_is_a_threat_to_expel(pipeline):
    found = codes(pipeline, "Latvia warned on Monday that it would expel two Estonian diplomats.")
    assert any(s == "LVA" and t == "EST" and c.startswith("13") for s, t, c in found)


def test_warning_a_state_that_it_would_recall_its_envoy_is_coded_too(pipeline):
    found = codes(pipeline, "Latvia warned Estonia that it would recall its ambassador from Tallinn.")
    assert ("LVA", "EST", "1313") in found


def test_vowing_that_the_speaker_named_again_would_act_is_its_own_word(pipeline):
    found = codes(pipeline, "Latvia vowed that Latvia would expel two Estonian diplomats.")
    assert any(s == "LVA" and t == "EST" and c.startswith("13") for s, t, c in found)


def test_warning_that_another_would_invade_is_no_deed_of_either(pipeline):
    found = codes(pipeline, "Latvia warned that Russia would invade Estonia.")
    assert not any(c[:2] in {"13", "19"} and s == "RUS" for s, _, c in found)
    assert not any(c.startswith("19") for _, _, c in found)


def test_hoping_that_it_would_expel_is_still_nothing(pipeline):
    assert not codes(pipeline, "Latvia hoped that it would expel two Estonian diplomats.")


# --- 3. a second "would" joined to a reported one is reported too (modality.reporting_verb) ---------------
def test_second_would_clause_after_a_verb_of_saying_is_reported(pipeline):
    found = codes(pipeline, "Latvia said it would expel two Estonian diplomats and would sign a trade "
                            "agreement with Lithuania.")
    assert any(s == "LVA" and t == "LTU" and c.startswith("03") for s, t, c in found)


def test_would_joined_to_a_narrators_would_stays_nothing(pipeline):
    found = codes(pipeline, "Latvia would expel two Estonian diplomats and would sign a trade agreement "
                            "with Lithuania if the talks failed.")
    assert not any(t == "LTU" for _, t, _ in found)
