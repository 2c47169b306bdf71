"""Round 38 (evtarg38, issue 9): "it" as the object of an act aimed at someone ("accusing it of ...",
"urged it to ...", "asked it to ...", "would sanction it") stands for the nearest side named before it,
in its sentence or the one before, outside its own clause's subject (targets._it_antecedent,
targets.yaml it_object_*). Every dispatch is invented (made-up people and places, real states); the rule
has negative twins: "it" as a clause's subject, a thing backed or rejected, the source itself as the
nearest side, and a person, a place or a nationality adjective nearer than the side."""

from __future__ import annotations

from event_support import coded


def _aimed(events, source, target, roots) -> bool:
    return any(s == source and t == target and r in roots for s, t, r in events)


# --- an accusation whose "it" names the side of the clause before -----------------------------------------
def test_accusing_it_after_a_punishment_is_aimed_at_the_punished_state(pipeline):
    events = coded(pipeline, "YEREVAN, May 3 (Reuters) - Armenia has moved to punish Azerbaijan after accusing it of "
                             "sheltering the gunmen, officials said.")
    assert _aimed(events, "ARM", "AZE", {"11"})


def test_a_recall_after_accusing_it_is_aimed_at_the_state_the_envoy_left(pipeline):
    events = coded(pipeline, "ABUJA, May 4 (AFP) - Nigeria withdrew its envoy from Cameroon on Friday after accusing "
                             "it of arming separatists in the Orvanu hills, a government spokesman said.")
    assert _aimed(events, "NGA", "CMR", {"11"})


# --- an appeal or a demand on "it", its side in the sentence before ------------------------------------------
def test_asked_it_reads_the_state_of_the_sentence_before(pipeline):
    events = coded(pipeline, "Lithuania says Belarus has shut the Derlova crossing for a week. The Lithuanian foreign "
                             "minister, Jonas Valtaris, asked it on Monday to reopen the road to lorries.")
    assert _aimed(events, "LTU", "BLR", {"02", "10"})


def test_pressed_it_skips_a_place_nearer_than_the_side(pipeline):
    events = coded(pipeline, "HANOI, May 6 (Xinhua) -- Vietnam has protested to Cambodia over a dam on the Srelan "
                             "river and pressed it to share the flow data, the foreign ministry said.")
    assert any(s == "VNM" and t == "KHM" and r in {"02", "10"} for s, t, r in events)


def test_urged_it_after_an_object_side(pipeline):
    events = coded(pipeline, "ADDIS ABABA (AP) — Kenya on Tuesday pressed the African Union to send monitors to the "
                             "border region and urged it to act before the rains.")
    assert _aimed(events, "KEN", "AU", {"02", "10"})


# --- a threat of coercion on "it" ----------------------------------------------------------------------------
def test_ready_to_sanction_it_is_aimed_at_the_state_blamed(pipeline):
    events = coded(pipeline, "OTTAWA, May 7 (Reuters) - Canada blamed Venezuela on Thursday for the detention of two "
                             "Canadian engineers and said it was ready to sanction it, the foreign ministry said.")
    assert _aimed(events, "CAN", "VEN", {"13", "17"})


# --- must not fire -------------------------------------------------------------------------------------------
def test_it_as_the_subject_of_a_reported_clause_is_no_target(pipeline):
    events = coded(pipeline, "SEOUL, May 8 (Yonhap) -- South Korea said on Friday it would ask for a new round of "
                             "fisheries talks next year.")
    assert not any(s == "KOR" and t == "KOR" for s, t, _ in events)
    assert not any(t == "PRK" for _, t, _ in events)


def test_backing_it_is_not_read_as_a_side(pipeline):
    events = coded(pipeline, "BRUSSELS (AFP) - Austria put forward a plan on transit tolls on Monday, and Slovenia's "
                             "transport minister, Marta Kovenik, said her government backed it.")
    assert not any(t == "SVN" for _, t, _ in events)


def test_it_whose_nearest_side_is_the_source_names_no_one(pipeline):
    events = coded(pipeline, "Morocco's king, Hassan Ilyari, thanked the Moroccan navy for the rescue and asked it "
                             "to keep patrolling the coast.")
    assert not any(t == "MAR" and s == "MAR" for s, t, _ in events)


def test_them_is_left_alone(pipeline):
    events = coded(pipeline, "MANAGUA (AP) — Nicaragua said Costa Rican rangers had crossed the San Levan river and "
                             "warned them to stay on their side.")
    assert not any(s == "NIC" and t == "NIC" for s, t, _ in events)
