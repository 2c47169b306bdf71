"""Events, round 19 (issue 9): classes of wording that the third round of the event recall audit showed
missing. Every dispatch is invented (made-up people and towns, real states); each rule's test has a
negative twin.
"""

from __future__ import annotations

from event_support import coded, codes


# --- 1. criticism told from the one judged, by more verbs ------------------------------------------
def test_encountering_criticism_from_a_state(pipeline):
    assert ("DEU", "POL", "11") in coded(
        pipeline, "The Polish pension reform was encountering criticism from Germany on Tuesday.")


def test_a_plan_attracting_criticism_from_a_state(pipeline):
    assert ("DEU", "POL", "11") in coded(pipeline, "The Polish plan attracted criticism from Germany on Tuesday.")


def test_receiving_a_rebuke_from_a_body(pipeline):
    assert ("EU", "POL", "11") in coded(
        pipeline, "Polish Prime Minister Jan Worek received a rebuke from the European Commission on Tuesday.")


def test_attracting_tourists_from_a_state_is_no_criticism(pipeline):
    assert not {r for _, _, r in coded(pipeline, "The Polish resort of Varnek attracted tourists from "
                                                 "Germany on Tuesday.")} & {"11"}


def test_receiving_praise_is_not_criticism(pipeline):
    assert not any(r == "11" for _, _, r in coded(
        pipeline, "Polish Prime Minister Jan Worek received a medal from the European Commission on Tuesday."))


# --- 2. joining a strike or a protest ----------------------------------------------------------------
def test_joining_a_strike_is_taking_part_in_it(pipeline):
    found = coded(pipeline, "Hundreds of Danish nurses joined the strike called by their union on Monday.")
    assert any(s == "org:danish-nurses" and r == "14" for s, _, r in found)


def test_joining_a_protest_is_a_demonstration(pipeline):
    found = codes(pipeline, "Thousands of Kenyan teachers joined the protest against the government in Nairobi.")
    assert any(c == "141" for _, _, c in found)


def test_joining_a_government_is_no_strike(pipeline):
    assert not any(r == "14" for _, _, r in coded(
        pipeline, "Former mayor Tomas Brell joined the Danish government on Monday."))


# --- 3. words that call a rule authoritarian ------------------------------------------------------
def test_calling_the_government_dictatorial_criticises_it(pipeline):
    assert ("person:anna-pell", "GBR", "11") in coded(
        pipeline, "Home Secretary Tom Varley defended the British bill. Opposition leader Anna Pell said the "
                  "government was \"dictatorial\".")


def test_an_authoritarian_streak_of_a_state(pipeline):
    assert ("person:anna-pell", "HUN", "11") in coded(
        pipeline, "Opposition leader Anna Pell said the Hungarian government's authoritarian streak was alarming.")


def test_draconian_measures_of_a_state(pipeline):
    assert ("person:anna-pell", "HUN", "11") in coded(
        pipeline, "Opposition leader Anna Pell said: \"Hungary's draconian measures are hurting our farmers.\"")


def test_authoritarian_outside_a_quotation_is_no_judgement(pipeline):
    assert not any(r == "11" for _, _, r in coded(
        pipeline, "Home Secretary Tom Varley defended the British bill. The authoritarian government of the "
                  "past had passed a similar law."))


# --- 4. a threat named by a noun ---------------------------------------------------------------------
def test_a_threat_to_impose_tariffs_is_a_threat_of_sanctions(pipeline):
    assert ("CHN", "AUS", "1312") in codes(
        pipeline, "The Chinese threat to impose tariffs on Australian goods angered Canberra on Friday.")


def test_a_possessive_threat_to_cut_aid(pipeline):
    assert ("USA", "EGY", "13") in coded(pipeline, "Washington's threat to cut aid to Egypt drew protests on Friday.")


def test_issuing_a_threat_to_expel_diplomats(pipeline):
    assert ("LVA", "EST", "13") in coded(pipeline, "Latvia issued a threat to expel Estonian diplomats on Friday.")


def test_a_dismissed_threat_is_not_the_dismissers(pipeline):
    assert not any(r == "13" for _, _, r in coded(
        pipeline, "Estonia dismissed the threat to expel its diplomats on Friday."))


def test_no_threat_is_no_threat(pipeline):
    assert not any(r in {"13", "17", "16"} for _, _, r in coded(
        pipeline, "There is no threat to attack Latvia, Estonia said on Friday."))


def test_a_plan_to_expel_is_still_no_deed(pipeline):
    assert not coded(pipeline, "The Latvian plan to expel Estonian diplomats was shelved on Friday.")


# --- 5. advising another to act is an appeal ------------------------------------------------------
def test_advising_a_state_to_act_is_an_appeal(pipeline):
    assert ("person:karl-weltmann", "PER", "02") in coded(
        pipeline, "Foreign Minister Karl Weltmann advised Peru to reopen its border with Bolivia on Monday.")


def test_saying_one_will_advise_a_state_is_the_appeal(pipeline):
    assert ("person:karl-weltmann", "PER", "02") in coded(
        pipeline, "Foreign Minister Karl Weltmann said he would advise Peru to hold new elections.")


def test_advising_that_names_no_one_advised(pipeline):
    assert not coded(pipeline, "Foreign Minister Karl Weltmann advised that the talks would be hard.")


def test_a_former_adviser_is_no_appeal(pipeline):
    assert not coded(pipeline, "Karl Weltmann, who advised Peru on its border in 1985, spoke on Monday.")


# --- 6. "made a grave mistake", "made significant progress": the object is the verdict ---------------
def test_saying_another_made_significant_progress_praises_it(pipeline):
    assert ("person:tom-varley", "GHA", "05") in coded(
        pipeline, "Prime Minister Tom Varley said Ghana had made significant progress on tax collection.")


def test_saying_another_made_a_grave_mistake_criticises_it(pipeline):
    assert ("person:tom-varley", "RUS", "11") in coded(
        pipeline, "Prime Minister Tom Varley said Russia had made a grave mistake.")


def test_little_progress_is_no_praise(pipeline):
    assert not coded(pipeline, "Prime Minister Tom Varley said Ghana had made little progress on tax collection.")


def test_not_making_progress_is_no_praise(pipeline):
    assert not coded(pipeline, "Prime Minister Tom Varley said Ghana had not made significant progress on "
                               "tax collection.")


def test_a_verdict_word_deep_in_the_object_judges_no_one(pipeline):
    assert not any(r == "11" for _, _, r in coded(
        pipeline, "Prime Minister Tom Varley said Russia had made a deal with Turkey on nuclear waste."))


def test_our_own_mistake_is_no_criticism(pipeline):
    assert not coded(pipeline, "\"We made a grave mistake,\" Prime Minister Tom Varley said.")


def test_advances_in_a_war_are_no_merit(pipeline):
    assert not any(r == "05" for _, _, r in coded(
        pipeline, "Russia made sweeping advances along the river front, Prime Minister Tom Varley said."))


def test_advising_a_party_on_its_campaign_is_counsel(pipeline):
    assert not coded(pipeline, "Veteran pollster Ina Dorrow will advise the Scottish Greens on their leaflets this spring.")


def test_being_advised_by_the_police_is_no_appeal(pipeline):
    assert not any(r == "02" for _, _, r in coded(
        pipeline, "Prime Minister Tom Varley said: \"We are being advised by the police and the army.\""))
