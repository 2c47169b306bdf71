"""Events, round 33 (issue 9, kind 4): speech acts a speaker performs in their own words.

Families (events/quoted.py, data/events/quoted.yaml): a refusal told by a negated verb of acceptance
(120), a threat told as the answer the speaker will give or as what the other side will meet (130), a
quoted demand headed by a pronoun (100), and "this"/"it" judged right after the speaker's own
judgement (the one judged is what that judgement was about, never the speaker). The source is the
clause's subject or the quotation's speaker as the quotes stage found it.

Every dispatch is invented (made-up people, real states), in the house styles of several agencies;
each rule has negative twins.
"""

from __future__ import annotations

from event_support import coded, roots


def _pairs(pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in coded(pipeline, text) if r == root}


# --- 1. refusals: "will never accept", "will not tolerate", "will never be accepted" -------------------
def test_we_will_never_accept_a_states_plan_rejects_it(pipeline):
    text = ('CAIRO (Xinhua) -- Egyptian Foreign Minister Sameh Nasrallah said on Monday: "We will never '
            "accept Ethiopia's unilateral filling of the reservoir.\"")
    assert ("EGY", "ETH", "12") in coded(pipeline, text)


def test_a_reported_refusal_with_his_country_is_the_speakers_states(pipeline):
    text = ("GEORGETOWN, Guyana (AP) — Guyanese President Rohan Baptiste said Wednesday his country will "
            "not tolerate Venezuela's threats over the disputed region.")
    assert ("GUY", "VEN", "12") in coded(pipeline, text)


def test_an_impersonal_refusal_in_a_quotation_is_the_speakers(pipeline):
    text = ("VILNIUS, Nov 20 (Reuters) - Lithuanian Foreign Minister Darius Kaltenis said: \"Belarus's "
            'annexation of the border strip will never be accepted by the free world."')
    assert ("LTU", "BLR", "12") not in coded(pipeline, text)  # an agent named: not the speaker's own words
    text = ("VILNIUS, Nov 20 (Reuters) - Lithuanian Foreign Minister Darius Kaltenis said: \"Belarus's "
            'seizure of the border strip will never be accepted."')
    assert ("LTU", "BLR", "12") in coded(pipeline, text)


def test_threats_from_anyone_are_the_threats_told_before(pipeline):
    text = ("ANKARA (AA) - Turkish Defence Minister Yasar Gundog said Turkiye would soon send warships "
            'to the Aegean. "Athens will not accept threats from anyone," Greek government spokesman '
            "Pavlos Merkouris said in response.")
    assert ("GRC", "TUR", "12") in coded(pipeline, text)


def test_will_not_allow_a_state_to_act_is_a_refusal_aimed_at_it(pipeline):
    text = ('BUDAPEST (MTI) - Hungarian Prime Minister Gyula Kertvary said: "We will not allow Romania to '
            'divert the river."')
    assert ("HUN", "ROU", "12") in coded(pipeline, text)


def test_a_past_not_allowing_is_no_stated_refusal(pipeline):
    text = ("MINSK (BelTA) - Belarusian border guards did not allow Lithuanian journalists to enter the "
            "zone on Tuesday, a ministry spokesman said.")
    assert "12" not in roots(pipeline, text)


def test_a_refusal_on_a_condition_is_none(pipeline):
    text = ("NICOSIA (CNA) - Cypriot Foreign Minister Stelios Yiangou warned on Friday that Nicosia would not "
            "tolerate new checkpoints if Ankara opened them without consent.")
    assert ("CYP", "TUR", "12") not in coded(pipeline, text)


def test_may_not_accept_is_a_possibility(pipeline):
    text = ('OSLO (NTB) - Norwegian Fisheries Minister Arne Sollum said: "We may not accept Iceland\'s '
            'new quota."')
    assert ("NOR", "ISL", "12") not in coded(pipeline, text)


def test_letting_a_thing_happen_is_no_refusal_of_anyone(pipeline):
    text = ("SOFIA (BTA) - Albanian Foreign Minister Erion Dervishi said after talks in Sofia that Tirana "
            "would not let the dispute with Bulgaria hold back its own bid.")
    assert ("ALB", "BGR", "12") not in coded(pipeline, text)


# --- 2. threats of an answer: "will respond firmly to", "reserve the right to respond" -----------------
def test_we_will_respond_firmly_to_a_provocation_threatens_its_doer(pipeline):
    text = ('SEOUL (Yonhap) -- "We will respond firmly to any provocation by North Korea," South Korean '
            "Defence Minister Park Sungwoo said on Friday.")
    assert ("KOR", "PRK", "13") in coded(pipeline, text)


def test_reserving_the_right_to_respond_threatens_the_one_just_judged(pipeline):
    text = ('MOSCOW, November 20. /TASS/. Russian Foreign Ministry spokeswoman Irina Zolotova said: "We '
            "regard Latvia's decision as a hostile act and we reserve the right to respond.\"")
    assert ("RUS", "LVA", "13") in coded(pipeline, text)


def test_will_retaliate_against_a_state_threatens_it(pipeline):
    text = ("BAKU (Trend) - Azerbaijani Defence Minister Zakir Huseynli said on Monday that Azerbaijan "
            "would retaliate against Armenia for the shelling of Tovuz.")
    assert ("AZE", "ARM", "13") in coded(pipeline, text)


def test_necessary_measures_threaten_the_one_opposed(pipeline):
    text = ("BEIJING, Nov. 20 (Xinhua) -- Chinese Commerce Ministry spokesperson He Yadong said China "
            "firmly opposes the new U.S. export controls and will take necessary measures to safeguard "
            "the rights of Chinese firms.")
    assert ("CHN", "USA", "13") in coded(pipeline, text)


def test_responding_to_a_letter_is_no_threat(pipeline):
    text = ("WELLINGTON (AAP) - Australia sent New Zealand a letter on fishing quotas on Monday. New "
            "Zealand's foreign minister Harriet Tamaki said Wellington would reply to it once the cabinet "
            "had met.")
    assert "13" not in roots(pipeline, text)


def test_a_response_told_as_done_is_no_threat(pipeline):
    text = ("NAIROBI (AP) — Kenya's foreign ministry responded to Uganda's complaint on Tuesday with a "
            "note listing the border posts in question.")
    assert "13" not in roots(pipeline, text)


# --- 3. impersonal threats: consequences, a price to pay, not going unanswered -------------------------
def test_there_will_be_consequences_threatens_the_doer_told_before(pipeline):
    text = ("SEOUL (Yonhap) -- North Korea fired two artillery shells into the sea near Yeonpyeong on "
            'Friday. "There will be consequences," South Korean Defence Minister Park Sungwoo said.')
    assert ("KOR", "PRK", "13") in coded(pipeline, text)


def test_a_state_that_will_pay_a_heavy_price_is_threatened(pipeline):
    text = ('BAKU (Trend) - "Armenia will pay a heavy price for this provocation," Azerbaijani Defence '
            "Minister Zakir Huseynli said on Monday.")
    assert ("AZE", "ARM", "13") in coded(pipeline, text)


def test_hostile_acts_that_will_not_go_unanswered_threaten_their_doer(pipeline):
    text = ('BAMAKO, Nov 20, 2026 (AFP) - Mali accused France of arming rebels in the north. "These '
            'hostile acts will not go unanswered," Malian government spokesman Colonel Issa Dembara said.')
    assert ("MLI", "FRA", "13") in coded(pipeline, text)


def test_we_will_pay_the_price_is_no_threat(pipeline):
    text = ('DUBLIN (RTE) - Irish Finance Minister Conor Rathmore said on Monday: "If the tariffs stay, '
            'we will all pay a heavy price."')
    assert "13" not in roots(pipeline, text)


def test_a_warning_cue_makes_one_threat_not_two(pipeline):
    text = ("WASHINGTON (AP) — The Houthis shot down a U.S. drone over Yemen on Sunday. \"Attacks on our "
            'forces will not go unanswered," Pentagon spokesman Derek Haldane told reporters, warning '
            "the group against further strikes.")
    assert {s for s, _t in _pairs(pipeline, text, "13")} <= {"USA"}


# --- 4. a pronoun heading a quoted demand ------------------------------------------------------------
def test_she_must_resign_is_a_demand_of_the_one_attacked_before(pipeline):
    text = ("LONDON (BBC) - Labour leader Owen Trevanion attacked Home Secretary Mirela Castellane over the "
            'visa backlog. "She must resign," he said.')
    assert ("person:owen-trevanion", "person:mirela-castellane", "10") in coded(pipeline, text)


def test_they_must_withdraw_is_a_demand_of_the_state_accused_before(pipeline):
    text = ("MANILA (AP) — Philippine Defence Secretary Andres Gatdula accused China of blocking a supply "
            'mission at Sabina Shoal on Sunday. "They must withdraw their ships now," Gatdula said.')
    assert ("PHL", "CHN", "10") in coded(pipeline, text)


def test_a_pronoun_that_fits_no_one_aimed_at_asks_no_one(pipeline):
    text = ("MANILA (AP) — Philippine Defence Secretary Andres Gatdula accused China of blocking a supply "
            'mission at Sabina Shoal on Sunday. "He must explain himself," Gatdula said.')
    assert "10" not in roots(pipeline, text)


def test_a_quoted_reproach_with_a_pronoun_is_no_demand(pipeline):
    text = ("LONDON (BBC) - Labour leader Owen Trevanion attacked Home Secretary Mirela Castellane over the "
            'visa backlog. "She should have resigned months ago," he said.')
    assert "10" not in roots(pipeline, text)


# --- 5. "this" judged after the speaker's own judgement ----------------------------------------------
def test_this_is_unacceptable_after_a_protest_judges_its_target(pipeline):
    text = ('TOKYO, Nov. 20 (Kyodo) -- Japanese Foreign Minister Haruto Kisaragi said on Thursday: "We '
            "strongly protest against China's intrusion into our waters. It is totally unacceptable.\"")
    events = coded(pipeline, text)
    assert ("JPN", "CHN", "11") in events
    assert not any(t == "person:haruto-kisaragi" for _s, t, _r in events)


def test_it_is_baseless_after_a_denial_never_judges_the_speaker(pipeline):
    text = ('DHAKA (PTI) Bangladesh Foreign Secretary Rahim Chowdhury said: "We deny India\'s claim that '
            'our guards fired first. It is baseless."')
    events = coded(pipeline, text)
    assert ("BGD", "IND", "12") in events
    assert not any(t == "person:rahim-chowdhury" for _s, t, _r in events)


def test_a_deed_named_by_a_noun_is_the_latest_deed_of_its_kind(pipeline):
    text = ("KYIV (Ukrinform) - Russian forces shelled the Ukrainian port of Izmail on Tuesday. Ukrainian Foreign "
            "Minister Oksana Hrytsenko criticised Hungary for blocking new EU aid. She said the shelling of "
            "the ports would not go unpunished.")
    threats = _pairs(pipeline, text, "13")
    assert ("UKR", "RUS") in threats
    assert ("UKR", "HUN") not in threats
