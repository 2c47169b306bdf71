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
