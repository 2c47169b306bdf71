"""Round 33 (issue 9): event targets on unseen text. A threat told as what the speaker's own side will
do ("warned it would retaliate against X") is aimed at what that deed is done to, and a demand whose
reported clause is passive ("demanded that its nationals be freed by X") at the clause's "by" agent.
Every dispatch is invented (made-up people, real states); each rule has a negative twin."""

from __future__ import annotations

from event_support import coded


# --- a threat of the speaker's own deed: aimed at what the deed is done to --------------------------------
def test_a_warning_of_cut_exports_is_aimed_at_the_buyer(pipeline):
    events = coded(pipeline, "ASUNCION, May 4 (Reuters) - Paraguay warned on Monday that it would cut electricity "
                             "exports to Brazil if the dam dispute dragged on, energy minister Teodoro Ayala "
                             "Benitez said.")
    assert ("PRY", "BRA", "13") in events


def test_a_threat_that_it_could_close_crossings_is_aimed_at_the_neighbour(pipeline):
    events = coded(pipeline, "ULAANBAATAR, June 2 (Xinhua) -- Mongolia threatened that it could close its border "
                             "crossings to Kazakhstan, the foreign ministry said Tuesday.")
    assert ("MNG", "KAZ", "13") in events


def test_a_warning_that_the_army_would_not_hesitate_to_strike_reads_the_governed_verb(pipeline):
    events = coded(pipeline, "Slovenia's defence minister, Mirko Vrhovec, warned that the army would not hesitate "
                             "to strike Croatian positions along the river.")
    assert ("SVN", "HRV", "13") in events


def test_a_threatened_complaint_is_aimed_at_the_side_complained_against_not_the_forum(pipeline):
    events = coded(pipeline, "Uruguay warned it would lodge a complaint with the World Trade Organization against "
                             "Argentina's import curbs.")
    assert ("URY", "ARG", "13") in events
    assert ("URY", "WTO", "13") not in events


def test_a_threat_to_answer_any_provocation_names_whose_provocation(pipeline):
    events = coded(pipeline, "Latvia warned that it would respond to any Russian provocation on its border, the "
                             "ministry said.")
    assert ("LVA", "RUS", "13") in events


def test_a_threat_to_answer_any_incursion_by_a_state_is_aimed_at_it(pipeline):
    events = coded(pipeline, "Estonia warned it would answer any incursion by Russia with force.")
    assert ("EST", "RUS", "13") in events


def test_a_warning_about_a_deed_already_done_is_no_threat_against_its_victim(pipeline):
    events = coded(pipeline, "Poland warned on Monday that it had retaliated against Belarus for the balloon flights.")
    assert ("POL", "BLR", "13") not in events


def test_a_warning_about_a_drought_is_no_threat_against_the_state_it_hits(pipeline):
    events = coded(pipeline, "Kenya warned that the drought would hit Somalia hardest, a government statement said.")
    assert ("KEN", "SOM", "13") not in events


def test_a_plain_statement_of_what_a_state_will_do_is_no_threat(pipeline):
    events = coded(pipeline, "Peru said on Monday it would cut fishing quotas for Chile next year.")
    assert ("PER", "CHL", "13") not in events


def test_a_threat_with_the_one_warned_as_its_object_stays_aimed_at_it(pipeline):
    events = coded(pipeline, "Bhutan warned Nepal on Sunday that it would close the border crossings to Indian "
                             "traders.")
    assert ("BTN", "NPL", "13") in events
    assert ("BTN", "IND", "13") not in events


# --- a demand whose reported clause is passive: aimed at its "by" agent ------------------------------------
def test_a_demand_that_drivers_be_freed_by_a_state_is_aimed_at_it(pipeline):
    events = coded(pipeline, "Zambia demanded on Friday that its truck drivers be freed by Malawi within 48 hours.")
    assert ("ZMB", "MWI", "10") in events


def test_an_appeal_that_a_trawler_be_returned_by_border_guards_is_aimed_at_their_state(pipeline):
    events = coded(pipeline, "Norway urged that the seized trawler be returned by Russian border guards, the "
                             "ministry said.")
    assert ("NOR", "RUS", "02") in events


def test_a_demand_that_documents_be_handed_back_by_an_embassy_is_aimed_at_its_state(pipeline):
    events = coded(pipeline, "The Czech foreign ministry demanded that the stolen documents be handed back by "
                             "Slovakia's embassy.")
    assert ("CZE", "SVK", "10") in events


def test_a_passive_demand_with_a_deadline_after_by_names_no_target(pipeline):
    events = coded(pipeline, "Zambia demanded that its truck drivers be freed by Friday, the ministry said.")
    assert not any(s == "ZMB" and t not in {None, "ZMB"} for s, t, _ in events)


# --- a complaint lodged "with" a forum: aimed at the side complained against ----------------------------
def test_a_complaint_lodged_with_a_trade_body_against_a_state_is_aimed_at_the_state(pipeline):
    events = coded(pipeline, "MONTEVIDEO, Oct 2 (Reuters) - Uruguay lodged a complaint with the World Trade "
                             "Organization against Argentina's import curbs on Friday.")
    assert ("URY", "ARG", "11") in events
    assert ("URY", "WTO", "11") not in events


def test_a_protest_lodged_with_the_un_against_a_neighbour_is_aimed_at_the_neighbour(pipeline):
    events = coded(pipeline, "Azerbaijan lodged a formal protest with the United Nations against Armenia over the "
                             "mine blasts.")
    assert ("AZE", "ARM", "11") in events
    assert ("AZE", "UN", "11") not in events


def test_a_complaint_with_a_forum_and_no_side_against_stays_with_the_forum(pipeline):
    events = coded(pipeline, "Chile lodged a complaint with the World Trade Organization over the tariffs.")
    assert ("CHL", "WTO", "11") in events


def test_a_protest_lodged_with_a_state_against_a_deed_stays_with_that_state(pipeline):
    events = coded(pipeline, "Ecuador lodged a protest with Peru against the detention of its fishermen.")
    assert ("ECU", "PER", "11") in events


def test_cooperation_with_an_alliance_against_a_threat_stays_with_the_alliance(pipeline):
    events = coded(pipeline, "Finland pledged to cooperate with NATO against Russian aggression, the defence "
                             "minister said.")
    assert ("FIN", "RUS", "03") not in events


# --- a rejected threat, warning or demand: aimed at whoever made it just before ---------------------------
def test_a_threat_dismissed_a_sentence_later_is_aimed_at_the_state_that_warned(pipeline):
    events = coded(pipeline, "PYONGYANG, March 2 (Reuters) - North Korea warned on Friday that it would take "
                             "countermeasures against South Korea over the drills. South Korea's defense ministry "
                             "dismissed the threat as \"routine bluster\".")
    assert ("KOR", "PRK", "12") in events


def test_a_rejected_threat_is_aimed_at_the_state_that_threatened(pipeline):
    events = coded(pipeline, "Serbia threatened to cut power supplies to Kosovo. Kosovo's government rejected the "
                             "threat on Tuesday.")
    assert ("XKX", "SRB", "12") in events


def test_a_rejected_demand_is_aimed_at_the_state_that_demanded(pipeline):
    events = coded(pipeline, "Ghana demanded on Monday that Togo pay compensation for the seized boats. Togo's "
                             "foreign ministry rejected the demand as illegal.")
    assert ("TGO", "GHA", "12") in events


def test_a_rejected_threat_with_no_one_threatening_before_is_aimed_at_no_one_named(pipeline):
    events = coded(pipeline, "Serbia's president visited Moscow on Monday. Kosovo's government rejected the threat "
                             "on Tuesday.")
    assert ("XKX", "SRB", "12") not in events


# --- a deed of force joined to an attempt: aimed at what the attempt was made on --------------------------
def test_manoeuvres_joined_to_an_attempt_to_block_a_boat_are_aimed_at_the_boat_s_state(pipeline):
    events = coded(pipeline, "MANILA, Aug 5 (Reuters) - A Chinese coast guard ship conducted dangerous manoeuvres "
                             "and tried to block a Philippine supply boat near the shoal, the Philippine coast guard "
                             "said.")
    assert ("CHN", "PHL", "15") in events


def test_shelling_joined_to_an_attempt_to_seize_a_boat_is_aimed_at_the_boat_s_state(pipeline):
    events = coded(pipeline, "HANOI, Aug 6 (AFP) - Chinese coast guard ships shelled the island and tried to seize "
                             "a Vietnamese fishing boat, Vietnam's foreign ministry said.")
    assert ("CHN", "VNM", "19") in events


def test_shelling_joined_to_an_attempt_to_storm_a_checkpoint_is_aimed_at_its_state(pipeline):
    events = coded(pipeline, "KYIV, Aug 8 (Reuters) - Russian forces shelled the outskirts of the town overnight and "
                             "attempted to storm a Ukrainian checkpoint, the regional governor said.")
    assert ("RUS", "UKR", "19") in events


def test_drills_joined_to_a_visit_that_is_no_attempt_are_not_aimed_at_the_guests(pipeline):
    events = coded(pipeline, "BEIJING, Aug 9 (Xinhua) -- The Chinese navy conducted live-fire drills in the strait "
                             "and hosted a Pakistani naval delegation in Qingdao.")
    assert ("CHN", "PAK", "15") not in events
