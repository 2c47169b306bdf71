"""Events, round 27 (issue 9): the nouns of patterned verbs (data/events/derived_nouns.yaml). A noun a
regular ending makes from a verb with a pattern codes like the verb, aimed at its "of"/"against" object
(or the verb's own prepositions); factuality still applies. Every dispatch is invented (made-up people,
real states); each positive has a negative twin."""

from __future__ import annotations

from event_support import codes, roots

from wirecoder.events.lexicon import derived_nouns, noun_patterns, verb_patterns


# --- the derivation itself --------------------------------------------------------------------------
def test_a_noun_of_a_patterned_verb_gets_the_verbs_code():
    nouns = noun_patterns()
    assert nouns["punishment"][0].code == verb_patterns()["punish"][0].code
    assert nouns["detention"][0].code[:2] == "17"  # an irregular pair
    assert nouns["detention"][0].needs_target  # coded only when the one detained is named


def test_a_noun_with_patterns_of_its_own_keeps_them():
    explicit = noun_patterns()["condemnation"]
    assert all("(from" not in p.text for p in explicit)


def test_nouns_of_other_roots_and_false_forms_are_not_derived():
    nouns = noun_patterns()
    assert "final" not in nouns  # "fine" + "al"
    # 15: the object is a thing deployed; round 31: only the verb's own prepositions ("deploy +to")
    # give the noun a target, never its "of" object
    assert all("of" not in p.preps and "against" not in p.preps for p in nouns.get("deployment", []))
    assert "depiction" not in nouns  # a naming verb's sense is in its "as" name


def test_the_verbs_prepositions_carry_to_its_noun():
    derived = derived_nouns(verb_patterns(), {})
    assert "to" in derived["objection"][0].preps
    assert "with" in derived["coordination"][0].preps and derived["coordination"][0].symmetric


# --- in text ----------------------------------------------------------------------------------------
def test_a_states_detention_of_a_foreign_national_is_an_arrest(pipeline):
    found = codes(pipeline, "Kenya's detention of a Ugandan opposition leader drew protests on Monday.")
    assert ("KEN", "UGA", "173") in found


def test_a_complaint_against_a_state_is_a_complaint(pipeline):
    assert ("CHL", "PER", "114") in codes(pipeline, "Chile lodged a complaint against Peru over fishing "
                                                    "quotas on Tuesday.")


def test_an_objection_to_a_states_plan_is_criticism(pipeline):
    assert ("ARG", "GBR", "111") in codes(pipeline, "Argentina voiced its objection to Britain's plan on Friday.")


def test_a_derived_noun_with_no_one_named_codes_nothing(pipeline):
    assert not roots(pipeline, "The detention of the fishermen drew protests on Monday.")


def test_a_hoped_for_noun_is_no_event(pipeline):
    assert not roots(pipeline, "Ghana hopes for closer coordination with Togo.")


def test_a_planned_noun_is_no_event(pipeline):
    assert not roots(pipeline, "Peru plans the prosecution of Bolivian smugglers.")
    assert not roots(pipeline, "Peru plans talks with Bolivia.")


def test_a_possible_detention_is_no_event(pipeline):
    assert not roots(pipeline, "Peru said the detention of Bolivian fishermen could last for weeks.")


def test_a_headline_fragment_needs_its_actors(pipeline):
    assert not roots(pipeline, "Detention of activist sparks outrage")


def test_a_derived_noun_deep_in_a_phrase_takes_no_doer_from_the_clause(pipeline):
    assert "17" not in roots(pipeline, "Amnesty said there should be an inquiry into the role played by "
                                       "Britain in the detention of Iraqi residents.")


def test_a_derived_noun_in_a_phrase_with_its_own_doer_codes(pipeline):
    found = codes(pipeline, "Peru protested against Chile's detention of Bolivian fishermen.")
    assert any(s == "CHL" and c == "173" for s, _, c in found)


# --- the bare verb as a noun: only with its doer named on it -------------------------------------------
def test_a_states_veto_of_anothers_proposal_is_a_veto(pipeline):
    assert ("KEN", "UGA", "129") in codes(pipeline, "Kenya's veto of the Ugandan proposal angered Kampala.")


def test_a_states_pressure_on_another_is_a_demand(pipeline):
    assert ("KEN", "UGA", "100") in codes(pipeline, "Kenyan pressure on Uganda mounted on Monday.")


def test_a_bare_noun_with_no_doer_on_it_codes_nothing(pipeline):
    assert not roots(pipeline, "Support for Ugandan rebels grew in the north.")
    assert not roots(pipeline, "Kenya noted growing pressure on Uganda.")


def test_a_bare_noun_yaml_preposition_is_a_word():
    patterns = noun_patterns()["pressure"]
    assert all(isinstance(p, str) for q in patterns for p in q.preps) and "on" in patterns[0].preps


def test_a_derived_noun_named_as_a_complement_takes_no_doer_from_the_speaker(pipeline):
    text = "Peru's minister Alvaro Tenku said the main issue was the harsh prosecution of Bolivian miners."
    assert "17" not in roots(pipeline, text)
    assert any(s == "CHL" and c == "173" for s, _, c in codes(pipeline, text.replace("the harsh", "Chile's harsh")))


def test_a_derived_noun_after_a_verb_of_saying_is_not_the_speakers_deed(pipeline):
    text = 'Peru\'s minister Alvaro Tenku said: "the harsh prosecution of Bolivian miners must end."'
    assert not any(s in {"PER", "person:alvaro-tenku"} and c == "173" for s, _, c in codes(pipeline, text))


# --- light verbs: a bare noun as their object takes their subject as its doer ------------------------
def test_a_demand_made_on_a_state_is_a_demand(pipeline):
    assert ("KEN", "UGA", "100") in codes(pipeline, "Kenya made a demand on Uganda on Tuesday.")


def test_a_crowds_protest_against_a_state_is_a_demonstration(pipeline):
    assert ("org:kenyan-students", "UGA", "141") in codes(pipeline, "Protests against Uganda by Kenyan "
                                                                     "students erupted on Monday.")
    assert any(t == "UGA" and c == "141" for _, t, c in codes(pipeline, "Kenyan students held a protest "
                                                                         "against Uganda."))


def test_a_states_protest_lodged_against_another_is_a_complaint(pipeline):
    assert ("KEN", "UGA", "114") in codes(pipeline, "Kenya lodged a protest against Uganda's decision.")


def test_a_bare_noun_under_a_verb_that_is_no_light_verb_codes_nothing(pipeline):
    assert "10" not in roots(pipeline, "Kenya noted the demand on Uganda.")
