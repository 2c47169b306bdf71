"""Recall of verbal and noun events (issue 9, events round 8): acts told in reported speech and by
nouns, with the actors their clause leaves unsaid (``events/recall.py``, ``data/events/recall.yaml``).

Every dispatch here is invented (made-up people and quarrels between real states), so what is coded
must come from the text.
"""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def codes(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.cameo) for e in pipeline.extract(text, reference_date=REF).events}


# --- "he" in a reported clause is its reporter ----------------------------------------------------
def test_saying_he_would_be_glad_to_receive_someone_is_the_speakers_offer(pipeline):
    text = ("Estonian Foreign Minister Priit Kask rejected the Latvian charges, and said he would be glad "
            "to receive Latvian Prime Minister Ilze Berzina next week.")
    assert ("EST", "LVA", "03") in coded(pipeline, text)


def test_a_need_laid_on_a_state_by_he_said_is_the_speakers_appeal(pipeline):
    text = ("Norwegian Prime Minister Ola Brekke spoke in Oslo on Monday. Denmark needed to respect the fishing "
            "accord, he said.")
    assert ("NOR", "DNK", "02") in coded(pipeline, text)


# --- a promise made to whoever reports it ----------------------------------------------------------
def test_a_promise_reported_by_another_state_is_made_to_it(pipeline):
    text = ("Chilean Foreign Minister Renata Ovalle told reporters that Bolivia had agreed to review the "
            "detentions.")
    assert ("BOL", "CHL", "03") in coded(pipeline, text)


def test_a_promise_in_the_promisers_own_words_is_not_aimed_at_itself(pipeline):
    text = "Bolivian Foreign Minister Hugo Quispe said Bolivia had agreed to review the detentions."
    assert not {c for c in coded(pipeline, text) if c[2] == "03" and c[1] is not None}


# --- an appeal for a release goes to the holder --------------------------------------------------------
def test_calling_for_the_release_of_people_held_in_a_state_appeals_to_that_state(pipeline):
    text = ("Estonian Foreign Minister Priit Kask called for the release of six Estonian fishermen detained "
            "in Latvia.")
    assert ("EST", "LVA", "0253") in codes(pipeline, text)


def test_calling_for_a_release_with_no_holder_named_is_no_appeal_to_the_freed(pipeline):
    text = "Estonian Foreign Minister Priit Kask called for the release of Latvian fishermen."
    assert not {c for c in coded(pipeline, text) if c[2] == "02"}


# --- demands named by nouns -----------------------------------------------------------------------
def test_a_states_demand_for_another_to_act_is_its_demand(pipeline):
    text = "The talks opened despite a Latvian demand for Estonia to withdraw its border guards."
    assert ("LVA", "EST", "10") in coded(pipeline, text)


def test_repeating_its_demand_for_a_state_to_apologise_is_a_demand(pipeline):
    text = "Mali repeated its demand for Belgium to apologise for the raid."
    assert ("MLI", "BEL", "10") in coded(pipeline, text)


def test_a_demand_for_a_states_goods_asks_nothing_of_that_state(pipeline):
    text = "Latvia reported a rising demand for Estonian timber this winter."
    assert not {c for c in coded(pipeline, text) if c[2] == "10"}


# --- no sign of good will ---------------------------------------------------------------------------
def test_seeing_no_sign_that_a_state_wants_peace_criticises_it(pipeline):
    text = "\"We have seen no sign that Latvia wants to lower tensions,\" Estonian Defence Minister Priit Kask said."
    assert ("EST", "LVA", "11") in coded(pipeline, text)


def test_seeing_a_sign_of_good_will_criticises_no_one(pipeline):
    text = "\"We have seen a sign that Latvia wants to lower tensions,\" Estonian Defence Minister Priit Kask said."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


# --- a surrender alleged by the other side -------------------------------------------------------------
def test_an_opposition_saying_the_president_is_giving_away_a_port_accuses_him(pipeline):
    text = ("Latvian President Andris Kalnins signed the lease on Monday. The Social Democratic Party says "
            "he is giving away the port of Liepaja.")
    found = pipeline.extract(text, reference_date=REF).events
    assert any(e.root == "11" and e.target in {"person:andris-kalnins", "LVA"} and e.source != e.target
               for e in found)
    assert not any(e.root == "08" for e in found)  # not his own yielding


def test_a_reported_handover_in_the_past_stays_a_deed(pipeline):
    text = "Latvian Foreign Minister Ilze Berzina said Estonia handed over the two suspects to Latvia."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


# --- arrests told in the passive ------------------------------------------------------------------------
def test_people_detained_when_protesters_blocked_a_road_are_the_protesters_held_by_the_police(pipeline):
    text = ("Estonian police were deployed in Tartu on Monday. Three men were detained on Monday when "
            "farmers protesting against the fuel tax blocked a motorway near Tartu.")
    found = pipeline.extract(text, reference_date=REF).events
    arrests = [e for e in found if e.root == "17"]
    assert arrests and all(e.source is not None for e in arrests)
    assert any(e.target is not None and "farmer" in e.target for e in arrests)


# --- standing praised in reported speech ----------------------------------------------------------------
def test_saying_a_state_holds_a_unique_position_praises_it(pipeline):
    text = ("After talks in Riga, Latvian Prime Minister Ilze Berzina said the Estonian prime minister held "
            "\"a unique position among the mediators\".")
    assert ("LVA", "EST", "05") in coded(pipeline, text)


def test_arguing_a_leader_is_committed_to_a_treaty_praises_him(pipeline):
    text = "Estonian Prime Minister Priit Kask argued that Latvian President Andris Kalnins was committed to the border treaty."
    assert ("EST", "LVA", "05") in coded(pipeline, text)


def test_a_leader_not_committed_to_a_treaty_is_not_praised(pipeline):
    text = "Estonian Prime Minister Priit Kask argued that Latvian President Andris Kalnins was not committed to the treaty."
    assert not {c for c in coded(pipeline, text) if c[2] == "05"}


# --- "his visit" is the subject's ---------------------------------------------------------------------
def test_his_visit_in_a_phrase_is_the_subjects_visit(pipeline):
    text = ("Serbian Prime Minister Milan Draskovic spoke to reporters during his visit to Paris about the "
            "talks.")
    assert ("SRB", "FRA", "04") in coded(pipeline, text)


# --- subjects the parse hides ---------------------------------------------------------------------------
def test_thanking_after_a_reported_verdict_is_the_speakers_thanks(pipeline):
    text = ("Peruvian President Lucio Andrade said the accord was \"good for both nations\" and thanked "
            "Chilean negotiators for their work.")
    assert ("PER", "CHL", "05") in coded(pipeline, text)


def test_welcoming_the_announcement_praises_whoever_made_it(pipeline):
    text = ("Estonia agreed on Monday to reopen the Narva crossing to Latvian lorries. Latvian Transport "
            "Minister Ilze Berzina welcomed the announcement.")
    assert ("LVA", "EST", "05") in coded(pipeline, text)


# --- offers told by an adjective -----------------------------------------------------------------------
def test_being_willing_to_import_a_states_goods_is_an_offer_to_it(pipeline):
    text = "Vietnamese Trade Minister Tran Van Long said Vietnam is willing to buy more Laotian rice next year."
    assert ("VNM", "LAO", "03") in coded(pipeline, text)


def test_being_ready_to_defend_against_a_state_is_no_offer_to_it(pipeline):
    text = "Vietnamese Defence Minister Tran Van Long said Vietnam was ready to protect its coast against Chinese ships."
    assert not {c for c in coded(pipeline, text) if c[2] == "03" and c[1] == "CHN"}


# --- "the government" of the story -----------------------------------------------------------------------
def test_saying_the_government_should_have_acted_criticises_the_storys_state(pipeline):
    text = ("Latvian Foreign Minister Ilze Berzina announced the release of the four sailors on Monday. "
            "Lawyer Anna Kirsch, who represents two of them, said the government should have warned the crews.")
    assert any(t == "LVA" and r == "11" for _s, t, r in coded(pipeline, text))


def test_the_government_with_no_state_named_before_is_no_one(pipeline):
    text = "Lawyer Anna Kirsch said the government should have warned the crews."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


def test_people_detained_are_held_by_the_police_force_the_story_names_later(pipeline):
    text = ("Four people were detained on Sunday when climate protesters glued themselves to a runway at Tallinn "
            "airport. Estonian police said the four would appear in court on Tuesday.")
    arrests = [e for e in pipeline.extract(text, reference_date=REF).events if e.root == "17"]
    assert arrests and all(e.source in {"EST", "org:estonian-police"} for e in arrests)


# --- a name given with "as" judged as a whole ------------------------------------------------------------
def test_viewing_a_move_as_a_measure_that_contradicts_a_treaty_criticises_its_maker(pipeline):
    text = ("Finnish Foreign Minister Aino Lehto regards Sweden's new quota as a decision undermining the old "
            "fisheries accord.")
    assert ("FIN", "SWE", "11") in coded(pipeline, text)


# --- "visiting X" -----------------------------------------------------------------------------------------
def test_talks_with_a_visiting_prime_minister_are_his_visit_to_the_host(pipeline):
    text = "Chinese Premier Zhang Wei held talks with visiting Lao Prime Minister Bounmy Vongsa in Beijing on Friday."
    found = coded(pipeline, text)
    assert ("LAO", "CHN", "04") in {(s, t, r) for s, t, r in found if r == "04" and s == "LAO"}
    assert ("CHN", "LAO", "04") in found  # the talks themselves


# --- naming verbs ------------------------------------------------------------------------------------------
def test_branding_a_states_levy_a_farce_criticises_that_state(pipeline):
    text = "Latvian Foreign Minister Ilze Berzina branded Estonia's new levy \"a farce\"."
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_a_label_on_a_shipment_judges_no_one(pipeline):
    text = "Latvian customs officers said the Estonian shipment was labelled clearly."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


# --- deeds that date a clause -----------------------------------------------------------------------------
def test_a_visit_dating_what_a_minister_told_reporters_is_coded(pipeline):
    text = ("Serbian Prime Minister Milan Draskovic told reporters after his visit to Paris that the talks "
            "had gone well.")
    assert ("SRB", "FRA", "04") in coded(pipeline, text)


def test_what_a_minister_told_another_to_do_is_still_not_done(pipeline):
    text = "Serbian Prime Minister Milan Draskovic told Kosovo to withdraw its police from the north."
    assert not {c for c in coded(pipeline, text) if c[2] == "08"}


# --- both sides -----------------------------------------------------------------------------------------
def test_urging_both_sides_to_hold_fire_appeals_to_the_two_who_fought(pipeline):
    text = ("Armenian troops shelled Azerbaijani positions on Monday. Azerbaijan's army fired rockets at "
            "Armenian villages. French Foreign Minister Luc Ferrand urged both sides to hold their fire.")
    found = coded(pipeline, text)
    assert {("FRA", "ARM", "02"), ("FRA", "AZE", "02")} <= found


def test_both_sides_with_no_one_told_before_are_no_one(pipeline):
    text = "French Foreign Minister Luc Ferrand urged both sides to hold their fire."
    assert not {c for c in coded(pipeline, text) if c[2] == "02"}


# --- "would not hesitate to" (round 11) -------------------------------------------------------------------
def test_saying_a_state_would_not_hesitate_to_act_against_another_is_a_threat(pipeline):
    text = ("Hungarian Defence Minister Gabor Vass said Hungary would not hesitate to respond firmly to "
            "Romania.")
    assert ("HUN", "ROU", "13") in coded(pipeline, text)


def test_a_threat_with_no_one_named_is_aimed_at_the_one_accused_before(pipeline):
    text = ("Hungary accused Romania of arming the smugglers on Tuesday. Hungary would not hesitate to use "
            "force to halt the smuggling, Defence Minister Gabor Vass said.")
    assert ("HUN", "ROU", "13") in coded(pipeline, text)


def test_hesitating_to_act_is_no_threat(pipeline):
    text = "Hungary hesitated to take action against Romania on Tuesday."
    assert not {c for c in coded(pipeline, text) if c[2] == "13"}


# --- forces held ready ------------------------------------------------------------------------------------
def test_troops_on_standby_are_their_states_show_of_force(pipeline):
    text = "Portuguese troops are on standby in Angola to evacuate Portuguese workers, officials in Lisbon said."
    assert ("PRT", "AGO", "15") in coded(pipeline, text)


def test_forces_put_on_alert_in_the_passive_are_a_show_of_force(pipeline):
    text = "Two Hungarian battalions have been placed on high alert, the ministry said."
    assert {c for c in coded(pipeline, text) if c[0] == "HUN" and c[2] == "15"}


def test_a_hospital_on_standby_is_no_show_of_force(pipeline):
    text = "The Portuguese military hospital in Lisbon said the Portuguese nurses were on standby."
    assert not {c for c in coded(pipeline, text) if c[2] == "15"}


# --- a verdict told to someone ------------------------------------------------------------------------------
def test_telling_a_minister_that_a_blockade_was_a_mistake_criticises_the_one_told(pipeline):
    text = ("Hungarian Foreign Minister Gabor Vass said he had told Romanian Foreign Minister Ion Dobre that "
            "the border closure was a mistake.")
    assert ("HUN", "ROU", "11") in coded(pipeline, text)


def test_telling_reporters_that_a_plan_was_a_mistake_criticises_no_reporter(pipeline):
    text = "Hungarian Foreign Minister Gabor Vass told reporters that the border closure was a mistake."
    assert not {c for c in coded(pipeline, text) if c[2] == "11" and c[1] is not None and c[1] != "HUN"}


# --- a deed one "will have to" do ---------------------------------------------------------------------------
def test_a_meeting_a_state_will_have_to_hold_is_not_yet_held(pipeline):
    text = "Hungary will have to meet Romania over the river dispute, officials in Budapest said."
    found = coded(pipeline, text)
    assert ("HUN", "ROU", "03") in found
    assert ("HUN", "ROU", "04") not in found


def test_coordinating_with_a_neighbour_one_would_have_to_do_is_an_intent(pipeline):
    text = "Hungary would have to coordinate with Austria before closing the border."
    found = coded(pipeline, text)
    assert {c for c in found if c[:2] == ("HUN", "AUT") and c[2] == "03"}
    assert not {c for c in found if c[:2] == ("HUN", "AUT") and c[2] == "06"}


def test_demands_a_state_had_to_accept_were_accepted(pipeline):
    text = "Hungary had to accept the Romanian demands on the river dispute."
    assert ("HUN", "ROU", "08") in coded(pipeline, text)
