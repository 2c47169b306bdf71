"""The target resolver (events/targets.py, data/events/targets.yaml, issue 9): an act with a source
and no target after every other rule takes its target by syntactic role. Every dispatch is invented
(made-up people, real states); each role has a negative twin."""

from __future__ import annotations

from event_support import codes

from wirecoder.events import targets


def test_every_role_the_data_file_orders_exists():
    assert set(targets.ORDER_DEFAULT) <= set(targets.ROLES)
    assert all(set(order) <= set(targets.ROLES) for order in targets.ORDER.values())


# --- condition: a threat is aimed at the one its condition asks something of --------------------------
def test_a_threats_condition_names_the_one_threatened(pipeline):
    assert ("person:taro-vesk", "KEN", "130") in codes(
        pipeline, "The rebel leader Taro Vesk warned that his fighters would storm the port if Kenya did not "
                  "withdraw its troops.")


def test_a_condition_naming_no_one_gives_no_target(pipeline):
    assert not any(t for _, t, c in codes(
        pipeline, "The rebel leader Taro Vesk warned that his fighters would storm the port if the rains came "
                  "early.") if c.startswith("13"))


def test_the_speakers_own_state_in_the_threatened_clause_is_no_target(pipeline):
    assert not any(s == t or t == "PER" for s, t, _ in codes(
        pipeline, "Peruvian President Ramon Tavel warned that Peru would retaliate if its ships were seized."))


def test_a_quantified_subject_is_no_target(pipeline):
    assert not any(t for _, t, _ in codes(pipeline, "Kenya warned that any state would pay dearly if it armed "
                                                    "the rebels."))


# --- cause: a reaction is aimed at the doer of what it answers ---------------------------------------
def test_recalling_an_envoy_after_a_neighbours_act_is_aimed_at_it(pipeline):
    assert ("KEN", "UGA", "161") in codes(pipeline, "Kenya recalled its ambassador after Uganda closed the border.")


def test_a_union_strike_after_its_governments_act_is_aimed_at_its_state(pipeline):
    assert ("org:peruvian-unions", "PER", "143") in codes(
        pipeline, "Peruvian unions called a national strike after the Peruvian government raised fuel prices.")


def test_a_clause_opened_by_while_is_another_speaker_not_the_one_answered(pipeline):
    assert not any(t == "UGA" for _, t, _ in codes(
        pipeline, "Kenya recalled its ambassador while Uganda said the border was open."))


# --- pronoun_object: "accusing them" is aimed at whom the governing verb acted on --------------------
def test_a_participles_pronoun_object_is_the_governing_verbs_object(pipeline):
    assert ("PER", "CHL", "112") in codes(pipeline, "Peru expelled three Chilean diplomats, accusing them of spying.")


def test_a_pronoun_object_of_no_named_side_gives_no_accusation(pipeline):
    assert not any(c.startswith("11") for _, _, c in codes(
        pipeline, "Peru expelled three diplomats, accusing them of spying."))


# --- co_subject: a headline's pair split by a comma ----------------------------------------------------
def test_a_headline_pair_agreeing_is_a_joint_promise(pipeline):
    assert ("UGA", "KEN", "030") in codes(pipeline, "Kenya, Uganda agree to extend the border truce")


# --- member nouns: "its European Union partners" stand for the bloc ------------------------------------
def test_a_blocs_partners_stand_for_the_bloc(pipeline):
    assert ("PER", "EU", "031") in codes(
        pipeline, "Peru would have to coordinate its response with its European Union partners, President "
                  "Ramon Tavel said.")


def test_a_states_partners_are_not_that_state(pipeline):
    assert not any(t == "CHL" for _, t, _ in codes(
        pipeline, "Peru would have to coordinate its response with its Chilean partners, President Ramon "
                  "Tavel said."))


# --- told descriptions: "the group" is the armed group named before -------------------------------------
def test_the_group_is_the_armed_group_told_before(pipeline):
    assert ("ISR", "org:hamas", "130") in codes(
        pipeline, "Hamas fired rockets on Monday. Israeli minister Dov Keret warned the group against "
                  "further attacks.")


def test_the_group_is_never_the_press(pipeline):
    assert not any(t == "org:reporters" and c.startswith("13") for _, t, c in codes(
        pipeline, "Reporters gathered in Nairobi on Monday. Kenya warned the group against further attacks."))


def test_the_groups_in_the_plural_name_no_one_told(pipeline):
    assert not any(c.startswith("13") for _, _, c in codes(
        pipeline, "Hamas fired rockets on Monday. Israeli minister Dov Keret warned the groups against "
                  "further attacks."))


# --- clause_subject: never a question ---------------------------------------------------------------------
def test_asking_why_a_state_acted_is_no_appeal_to_it(pipeline):
    assert not any(t == "UGA" and c.startswith("02") for _, t, c in codes(
        pipeline, "Kenya asked why Uganda had closed the border."))


# --- a state body the table gives no state stands for the state named before it ------------------------
def test_police_with_no_state_as_a_threats_target_are_the_state_named_before(pipeline):
    assert ("person:taro-vesk", "HTI", "130") in codes(
        pipeline, "Haiti's government rejected the gang's demands. Gang leader Taro Vesk warned that his "
                  "fighters would burn the port if police did not withdraw.")


# --- from_nouns and the pronoun object's partner ---------------------------------------------------------
def test_counterparts_from_a_state_stand_for_it_in_talks_and_the_appeal_to_them(pipeline):
    found = codes(pipeline, "Peru opens talks with counterparts from Chile on Friday, to urge them to scrap the tariffs.")
    assert {("PER", "CHL", "040"), ("PER", "CHL", "020")} <= found


def test_officials_in_a_state_are_a_place_not_a_side_sent_from_it(pipeline):
    assert not any(t == "CHL" for _, t, _ in codes(pipeline, "Peru held talks with officials in Chile."))


# --- "over" names the matter, not the one aimed at --------------------------------------------------------
def test_a_threat_over_a_state_is_not_aimed_at_that_state(pipeline):
    assert not any(t == "SOM" for _, t, _ in codes(pipeline, "Kenya threatened action over Somalia on Monday."))
