"""Events, round 22 (issue 9): recall classes from half A of the recall audit (rounds 1 to 4). Every
dispatch is invented (made-up people and places, real states); each rule's test has a negative twin.
"""

from __future__ import annotations

from event_support import codes


# --- 1. domestic politics where the state is never named itself (coder._domestic) --------------------
# A British story names no "Britain": the minister's and the party's state comes from their country
# only, and the two sides of one state keep their specific actors.
def test_praise_between_two_bodies_of_an_unnamed_state_keeps_both(pipeline):
    found = codes(pipeline, "Scotland's farming minister Talvin Marsh spoke in Edinburgh on Monday. "
                            "Ms Marsh praised Scottish police for clearing the flooded roads.")
    assert ("person:talvin-marsh", "org:scottish-police", "051") in found


def test_criticism_of_a_minister_of_an_unnamed_state_is_aimed_at_her(pipeline):
    found = codes(pipeline, "Scotland's farming minister Talvin Marsh spoke on Monday. "
                            "The Scottish Conservatives criticised Ms Marsh over the plan.")
    assert ("org:scottish-conservatives", "person:talvin-marsh", "111") in found
    assert ("org:scottish-conservatives", "GBR", "111") not in found


def test_an_official_still_acts_for_the_state_between_states(pipeline):
    found = codes(pipeline, "Kenyan Foreign Minister Odalo Mureithi criticised Uganda over the border closure.")
    assert ("KEN", "UGA", "111") in found


# --- 2. a subject the parser took from the dateline is the phrase after it (arguments._subject) -----
def test_a_dateline_parsed_as_subject_gives_way_to_the_states_after_it(pipeline):
    found = codes(pipeline, "KAMPALA, May 9 - Kenya and Uganda signed an accord to share the lake's fish "
                            "stocks, officials said.")
    assert ("KEN", "UGA", "057") in found or ("UGA", "KEN", "057") in found


def test_the_dateline_place_alone_is_no_subject(pipeline):
    found = codes(pipeline, "NAIROBI, March 24 - Officials in Varnholt signed the papers on Tuesday.")
    assert not any(s == "KEN" for s, _, _ in found)


# --- 3. "its troops" in a reported clause are the reporter's (arguments.yaml owned_forces) ---------
def test_its_troops_are_the_reporting_states(pipeline):
    found = codes(pipeline, "Kenya said its troops had killed dozens of Ugandan soldiers near the border.")
    assert ("KEN", "UGA", "190") in found


def test_their_troops_are_not_taken_for_the_reporter(pipeline):
    found = codes(pipeline, "Ugandan rebels attacked a Kenyan village. Kenya said their troops had killed "
                            "two farmers.")
    assert not any(s == "KEN" for s, _, _ in found)


def test_its_troops_arriving_is_no_event(pipeline):
    assert codes(pipeline, "Kenya said its troops had arrived in the capital.") == set()


# --- 4. "X, for the Y, called on Z to ...": a verb misparsed as a participle on the name -----------
def test_a_name_with_its_party_in_commas_then_a_verb_is_the_subject(pipeline):
    found = codes(pipeline, "Prime Minister Hollis Drummond spoke on Monday. Orrin Kallas, for the "
                            "Conservatives, called on Mr Drummond to publish the hospital contracts.")
    assert ("org:conservative-party", "person:hollis-drummond", "020") in found


def test_a_name_and_a_description_is_no_call(pipeline):
    assert codes(pipeline, "Orrin Kallas, a Kenyan lawyer, called Odalo Mureithi.") == set()


# --- 5. a tribute's verdict on a person (judgements.yaml tribute) ------------------------------------
def test_a_selfless_judge_is_praise(pipeline):
    found = codes(pipeline, "Kenyan President Odalo Mureithi said the late judge Orrin Kallas was a "
                            "\"fair and selfless judge\".")
    assert ("person:odalo-mureithi", "person:orrin-kallas", "051") in found


def test_a_regime_said_not_to_be_humane_is_no_praise(pipeline):
    found = codes(pipeline, "Kenyan President Odalo Mureithi said the new prison regime was not humane.")
    assert not any(c == "051" for _, _, c in found)


# --- 6. a tribute with no "to": praise of the one the said clause is about (recall.yaml tribute_nouns) ---
def test_paying_tribute_then_saying_is_praise_of_the_clause_subject(pipeline):
    found = codes(pipeline, "Paying tribute, Kenyan President Odalo Mureithi said Ugandan President Tamsin "
                            "Oroko was a friend.")
    assert ("KEN", "UGA", "051") in found


def test_in_a_tribute_saying_is_praise(pipeline):
    found = codes(pipeline, "In a tribute, Kenyan President Odalo Mureithi said Ugandan President Tamsin "
                            "Oroko had served the region well.")
    assert ("KEN", "UGA", "051") in found


def test_in_a_speech_saying_is_no_praise(pipeline):
    assert not any(c == "051" for _, _, c in codes(
        pipeline, "In a speech, Kenyan President Odalo Mureithi said Uganda had built a new road."))


# --- 7. "the talks" naming no one are those of the pair told agreeing before (recall.yaml told_talks_*) ---
def test_the_talks_after_a_signed_agreement_are_the_signers(pipeline):
    found = codes(pipeline, "Kenya and Uganda signed a trade agreement on Monday. For all the warmth of the "
                            "talks, no new loans were announced.")
    assert ("KEN", "UGA", "040") in found or ("UGA", "KEN", "040") in found


def test_talks_to_come_are_no_talks(pipeline):
    found = codes(pipeline, "Kenya and Uganda signed a trade agreement on Monday. The talks will resume next year.")
    assert not any(c == "040" for _, _, c in found)


def test_talks_with_others_named_are_not_the_pairs(pipeline):
    found = codes(pipeline, "Kenya and Uganda signed a trade agreement on Monday. Talks with lenders failed.")
    assert not any(c == "040" for _, _, c in found)
