"""Events, round 30 (evargs30): sources and targets by general mechanisms. Each rule is held by invented
dispatches (made-up people, real states, several house styles) and a negative twin where it must not fire."""

from __future__ import annotations

from event_support import coded


# --- a name the parser joined to the object that is the subject of the next clause -------------------------
# (arguments.clause_subject_conjunct; data/events/arguments.yaml clause_subject_tags)
def test_a_name_before_followed_suit_is_no_second_target(pipeline):
    found = coded(pipeline, "LONDON (BBC) - Britain imposed sanctions on Iran and France followed suit.")
    assert ("GBR", "IRN", "16") in found
    assert ("GBR", "FRA", "16") not in found


def test_a_name_before_did_the_same_is_no_second_target(pipeline):
    found = coded(pipeline, "BERLIN (dpa) - Germany expelled two Russian diplomats and Austria did the same.")
    assert ("DEU", "RUS", "16") in found
    assert ("DEU", "AUT", "16") not in found


def test_two_named_objects_stay_two_targets(pipeline):
    # twin: "Iran and France" followed by a date, not by a verb: both are targets
    found = coded(pipeline, "LONDON (BBC) - Britain imposed sanctions on Iran and France on Monday.")
    assert {("GBR", "IRN", "16"), ("GBR", "FRA", "16")} <= found


def test_two_named_objects_before_a_second_verb_of_the_subject_stay_targets(pipeline):
    # twin: "and pledged more" has no name before it: Tunisia is still aided
    found = coded(pipeline, "ROME (ANSA) - Italy sent aid to Libya and Tunisia and pledged more.")
    assert {("ITA", "LBY", "07"), ("ITA", "TUN", "07")} <= found


# --- "X did Y and Z followed suit": Z does Y too (follow.py; arguments.yaml follow_suit) ---------------------
def test_followed_suit_repeats_the_act_for_the_second_subject(pipeline):
    found = coded(pipeline, "LONDON (BBC) - Britain imposed sanctions on Iran on Monday, and France followed "
                            "suit on Tuesday.")
    assert {("GBR", "IRN", "16"), ("FRA", "IRN", "16")} <= found


def test_did_the_same_repeats_an_expulsion(pipeline):
    found = coded(pipeline, "BERLIN (dpa) - Germany expelled two Russian diplomats and Austria did the same.")
    assert ("AUT", "RUS", "16") in found


def test_did_likewise_repeats_a_cut_in_aid(pipeline):
    found = coded(pipeline, "OSLO (NTB) - Canada suspended aid to Haiti and Norway did likewise.")
    assert ("NOR", "HTI", "16") in found


def test_not_following_suit_is_no_act(pipeline):
    # twin: negated
    found = coded(pipeline, "LONDON (BBC) - Britain imposed sanctions on Iran, but France did not follow suit.")
    assert ("GBR", "IRN", "16") in found
    assert not any(s == "FRA" for s, _, _ in found)


def test_urging_others_to_follow_suit_is_no_act_of_theirs(pipeline):
    # twin: a complement ("urged other states to follow suit"), not a joined clause with its own subject
    found = coded(pipeline, "PARIS (AFP) - France recalled its ambassador to Niger and urged Belgium to follow suit.")
    assert not any(s == "BEL" for s, _, _ in found)


# --- a judgement of an act named with its "by" agent judges the agent (arguments.Arguments._targets) ---------
def test_condemning_an_arrest_by_police_judges_the_police_state(pipeline):
    found = coded(pipeline, "BELGRADE (Reuters) - Serbia on Saturday condemned the arrest of three ethnic Serbs by "
                            "Kosovo police.")
    assert any(s == "SRB" and t in {"XKX", "KSV", "KOS"} and r == "11" for s, t, r in found)


def test_condemning_a_detention_by_police_judges_the_police_not_the_detained(pipeline):
    found = coded(pipeline, "BUDAPEST (MTI) - Serbia condemned the detention of two journalists by Hungarian police.")
    assert ("SRB", "HUN", "11") in found
    assert ("SRB", "org:journalists", "11") not in found


def test_welcoming_a_release_by_a_state_praises_that_state(pipeline):
    found = coded(pipeline, "WARSAW (PAP) - Poland welcomed the release of three Polish truck drivers by Belarus.")
    assert ("POL", "BLR", "05") in found


def test_a_judged_act_with_no_agent_keeps_its_other_target(pipeline):
    # twin: no "by": the rule does not fire, the object's own modifier names the side
    found = coded(pipeline, "VIENNA (APA) - Austria criticised the expulsion of two Russian diplomats.")
    assert ("AUT", "RUS", "11") in found


# --- "the firing", "the vote": the doer of the verb told before (judgements.verb_told_before) ---------------
def test_condemning_the_firing_judges_who_fired(pipeline):
    found = coded(pipeline, "SEOUL (Yonhap) - North Korea fired dozens of artillery shells into the sea on "
                            "Wednesday. Seoul condemned the firing as a provocation.")
    assert ("KOR", "PRK", "11") in found


def test_calling_the_vote_a_threat_judges_who_voted(pipeline):
    found = coded(pipeline, "GEORGETOWN (AP) - Venezuela's National Assembly voted to annex a region of Guyana. "
                            "Guyanese President Marlon Ramcharan called the vote \"an outright threat\".")
    assert ("GUY", "VEN", "11") in found


def test_a_noun_of_no_verb_told_before_is_not_read_as_one(pipeline):
    # twin: "the vote" after a firing: no vote was told, so no doer is taken for it
    found = coded(pipeline, "SEOUL (Yonhap) - North Korea fired dozens of artillery shells into the sea on "
                            "Wednesday. Seoul condemned the vote.")
    assert ("KOR", "PRK", "11") not in found


def test_a_firing_the_phrase_places_is_not_the_one_told_before(pipeline):
    # twin: "the shelling of a hospital in Gaza" says itself what it is: not the Azerbaijani shelling
    found = coded(pipeline, "YEREVAN (Reuters) - Azerbaijani forces shelled two villages in Armenia overnight. "
                            "Moscow said it was worried. France condemned the shelling of a hospital in Gaza.")
    assert ("FRA", "AZE", "11") not in found
