"""Evaluative speech told by a quoted clause's verb, with no word of judgement (round 26, issue 9).

A speaker judges an actor by what a quotation (direct or reported) says it did: failed to do its duty,
worked against the public, behaved (ir)responsibly, invented stories, put right a wrong
(``events/evaluative.py``, ``data/events/evaluative.yaml``). And a bare "the government" judged in a
quotation is the state named before it, else the speaker's own; a politician judging it is the
politician's act, not the state's on itself. Every dispatch is invented (made-up people and wording;
real states), positives and negatives per frame.
"""

from __future__ import annotations

from event_support import coded

from wirecoder.events.lexicon import word_list


def judged(pipeline, text: str, root: str, by: tuple[str, ...], of: tuple[str, ...]) -> bool:
    """Whether some event of ``root`` runs from an actor whose id holds one of ``by`` to one whose id
    holds one of ``of``."""
    return any(r == root and s and t and any(w in s for w in by) and any(w in t for w in of)
               for s, t, r in coded(pipeline, text))


def judgements(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {c for c in coded(pipeline, text) if c[2] in {"11", "05"}}


# --- the data file ---------------------------------------------------------------------------------
def test_the_frame_lists_load_and_keep_apart():
    assert {"fail", "neglect"} <= word_list("evaluative", "failure_verbs")
    assert not word_list("evaluative", "manner_praise") & word_list("evaluative", "manner_blame")


# --- 1. failing to act -----------------------------------------------------------------------------
def test_saying_a_government_failed_to_act_criticises_it(pipeline):
    text = ("TALLINN (AP) — Estonian Foreign Minister Kaarel Odrasepp said on Monday that Latvia had failed to "
            "protect Estonian fishermen in the Gulf of Riga.")
    assert judged(pipeline, text, "11", ("EST", "odrasepp"), ("LVA",))


def test_a_thing_failing_judges_no_one(pipeline):
    text = "Estonian Foreign Minister Kaarel Odrasepp said the harvest had failed to recover after the floods."
    assert not judgements(pipeline, text)


def test_a_failure_still_to_come_is_no_judgement(pipeline):
    text = "Estonian Foreign Minister Kaarel Odrasepp said Latvia would fail to meet the deadline."
    assert not judged(pipeline, text, "11", ("EST", "odrasepp"), ("LVA",))


def test_a_negated_failure_is_no_criticism(pipeline):
    text = "Estonian Foreign Minister Kaarel Odrasepp said Latvia had not failed to pay its share."
    assert not judged(pipeline, text, "11", ("EST", "odrasepp"), ("LVA",))


def test_a_question_of_failure_is_no_criticism(pipeline):
    text = '"Has Latvia failed to protect our fishermen?" asked Estonian Foreign Minister Kaarel Odrasepp.'
    assert not judged(pipeline, text, "11", ("EST", "odrasepp"), ("LVA",))


def test_our_own_failure_is_no_criticism_of_another(pipeline):
    text = '"We failed to warn the villages in time," said Estonian Foreign Minister Kaarel Odrasepp.'
    assert not judgements(pipeline, text)


# --- 2. working against the public -----------------------------------------------------------------
def test_ruling_against_the_people_criticises_the_ruler(pipeline):
    text = ('"Belarus is governing against its own people," Lithuanian Foreign Minister Vaidas Kornelis '
            "told reporters in Vilnius.")
    assert judged(pipeline, text, "11", ("LTU", "kornelis"), ("BLR",))


def test_fighting_against_an_enemy_is_no_judgement_of_the_fighter(pipeline):
    text = ('"Ukraine is fighting against the invaders," Lithuanian Foreign Minister Vaidas Kornelis told '
            "reporters.")
    assert not judged(pipeline, text, "11", ("LTU", "kornelis"), ("UKR",))


# --- 3. how an actor behaves -----------------------------------------------------------------------
def test_not_behaving_sensibly_criticises(pipeline):
    text = "Norwegian Prime Minister Halvard Strømsnes said Sweden was not behaving sensibly over the dam."
    assert judged(pipeline, text, "11", ("NOR", "stromsnes"), ("SWE",))


def test_acting_responsibly_praises(pipeline):
    text = "Norwegian Prime Minister Halvard Strømsnes said Sweden had acted responsibly over the dam."
    assert judged(pipeline, text, "05", ("NOR", "stromsnes"), ("SWE",))


def test_a_blame_adverb_negated_judges_nothing(pipeline):
    text = "Norwegian Prime Minister Halvard Strømsnes said Sweden had not acted foolishly over the dam."
    assert not judgements(pipeline, text)


def test_behaving_sensibly_only_if_it_does_is_no_praise(pipeline):
    text = "Norwegian Prime Minister Halvard Strømsnes said Sweden could act sensibly if it reopened the dam."
    assert not judged(pipeline, text, "05", ("NOR", "stromsnes"), ("SWE",))


# --- 4. inventing stories --------------------------------------------------------------------------
def test_making_up_stories_accuses_the_teller(pipeline):
    text = ('"The Serbian government keeps making up stories about our police," Croatian Interior Minister '
            "Davor Plenkić said on Tuesday.")
    assert judged(pipeline, text, "11", ("HRV", "plenkic"), ("SRB",))


def test_a_habit_the_speaker_judges_is_still_a_judgement(pipeline):
    # "constantly": the habit is the judgement, said now (the habitual veto is for the narrator's voice)
    text = ('"Serbia is constantly making up stories about our police," Croatian Interior Minister Davor '
            "Plenkić said.")
    assert judged(pipeline, text, "11", ("HRV", "plenkic"), ("SRB",))


def test_inventing_a_machine_is_no_accusation(pipeline):
    text = '"Serbia invented a new kind of water pump," Croatian Interior Minister Davor Plenkić said.'
    assert not judgements(pipeline, text)


# --- 5. righting a wrong ---------------------------------------------------------------------------
def test_correcting_an_injustice_praises(pipeline):
    text = "Greek Foreign Minister Stavros Lemonidis said Italy had corrected an old injustice over the islands."
    assert judged(pipeline, text, "05", ("GRC", "lemonidis"), ("ITA",))


def test_a_demand_to_correct_an_injustice_is_no_praise(pipeline):
    text = "Greek Foreign Minister Stavros Lemonidis said Italy must correct the injustice over the islands."
    assert not judged(pipeline, text, "05", ("GRC", "lemonidis"), ("ITA",))


# --- 6. a bare "the government" judged, in domestic politics ---------------------------------------
def test_an_mp_calling_the_government_authoritarian_criticises_it(pipeline):
    # no state named before "the government": the MP's own; the MP judges, not the state itself
    text = ('Labour MP Corwen Ashby told a radio programme on Sunday the government was "deeply '
            'authoritarian".')
    assert judged(pipeline, text, "11", ("ashby",), ("GBR",))


def test_a_state_named_before_is_the_government_judged(pipeline):
    text = ("Hungary raised its fuel tax on Monday. Polish Foreign Minister Tomasz Wierzbak said the "
            "government had failed to consult its neighbours.")
    assert judged(pipeline, text, "11", ("POL", "wierzbak"), ("HUN",))


def test_a_states_own_forces_said_ready_are_no_judgement_of_itself(pipeline):
    text = ("Greek Prime Minister Stavros Lemonidis said the Greek armed forces were ready to repel any "
            "aggressors.")
    assert not any(s and "lemonidis" in s for s, _, _ in judgements(pipeline, text))


# --- 7. plain insults (stance.yaml, group "insult") ------------------------------------------------
def test_calling_a_rival_party_corrupt_criticises_it(pipeline):
    text = ('"The Social Democrats are corrupt and clueless," Danish Conservative leader Jesper Hovmark told '
            "supporters in Aarhus on Saturday.")
    assert any(r == "11" and t and "social-democrat" in t for _, t, r in coded(pipeline, text))


def test_a_terrible_flood_judges_no_one(pipeline):
    text = ('"The floods were terrible for our farmers," Danish Conservative leader Jesper Hovmark told '
            "supporters in Aarhus on Saturday.")
    assert not judgements(pipeline, text)


# --- 8. idioms of blame and praise (evaluative.yaml blame_phrases, praise_phrases) ------------------
def test_breaking_promises_criticises(pipeline):
    text = ("Estonian Foreign Minister Kaarel Odrasepp said Latvia had broken all its promises to the "
            "fishermen.")
    assert judged(pipeline, text, "11", ("EST", "odrasepp"), ("LVA",))


def test_having_no_idea_criticises(pipeline):
    text = '"Latvia has absolutely no idea how to run a port," Estonian Foreign Minister Kaarel Odrasepp said.'
    assert judged(pipeline, text, "11", ("EST", "odrasepp"), ("LVA",))


def test_keeping_its_word_praises(pipeline):
    text = "Estonian Foreign Minister Kaarel Odrasepp said Latvia had kept its word on the border crossings."
    assert judged(pipeline, text, "05", ("EST", "odrasepp"), ("LVA",))


def test_a_promise_not_broken_and_a_plan_had_judge_nothing(pipeline):
    text = ("Estonian Foreign Minister Kaarel Odrasepp said Latvia had not broken its promises. He said "
            "Latvia had a plan for the port.")
    assert not judgements(pipeline, text)


def test_a_politician_judging_a_named_rival_of_the_same_state_is_domestic(pipeline):
    # both act for Britain (CAMEO); the judgement is one politician's on the other, not Britain's on itself
    text = ('"Home Secretary Edwina Carrowby wants to scrap the scheme but has no plan to replace it," shadow '
            "home secretary Alwyn Treharne said on Monday.")
    assert judged(pipeline, text, "11", ("treharne",), ("carrowby",))


def test_a_participle_that_depicts_judges_no_one(pipeline):
    text = ('"The film was cut to show Prime Minister Edwina Carrowby failing to answer the question," '
            "shadow home secretary Alwyn Treharne said.")
    assert not any(r == "11" and t and "carrowby" in t for _, t, r in coded(pipeline, text))


def test_a_praise_adverb_before_the_verb_is_a_way_of_speaking(pipeline):
    text = "Norwegian Prime Minister Halvard Strømsnes said Sweden honestly believed the dam was safe."
    assert not judged(pipeline, text, "05", ("NOR", "stromsnes"), ("SWE",))
