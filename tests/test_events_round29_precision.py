"""Events, round 29 (evprec29): precision and sides that hold on unseen text. Each rule is held by an
invented dispatch (made-up people and parties, real states) and a negative twin where it must not fire."""

from __future__ import annotations

from event_support import REF, coded

WARSAW = "Poland summons Belarus envoy\n\nWARSAW (Reuters) - Poland summoned Belarus's envoy on Monday. " \
         "Minsk accused Warsaw of provoking Belarus. "


# --- "the government" a home opposition speaks to is its own (recall.yaml home_opposition_sectors) --------
def test_a_home_party_urging_the_government_aims_at_its_own_state(pipeline):
    text = ("Japan protests to China over detained engineer\n\nTOKYO, Nov. 2 (Kyodo) - Japan on Monday protested "
            "to China over the detention of a Japanese engineer. A Chinese spokesman urged Japan not to interfere "
            "in China's affairs. Lawmakers of the ruling Heiwa Sokai party have urged the government to take a "
            "tougher stance on Beijing.")
    appeals = {(s, t) for s, t, r in coded(pipeline, text) if r == "02" and s in {"org:lawmakers", "org:heiwa-sokai"}}
    assert appeals and all(t == "JPN" for _, t in appeals)


def test_an_opposition_demand_that_the_government_act_is_aimed_at_its_own_state(pipeline):
    found = coded(pipeline, WARSAW + "The opposition Civic Path party demanded that the government close its "
                                     "border with Belarus.")
    assert ("org:civic-path", "POL", "10") in found
    assert ("org:civic-path", "BLR", "10") not in found


def test_an_opposition_spokesman_accusing_the_government_accuses_his_own_state(pipeline):
    found = coded(pipeline, WARSAW + "Opposition spokesman Tadeusz Wrobl accused the government of being too "
                                     "timid with Minsk.")
    assert ("person:tadeusz-wrobl", "POL", "11") in found
    assert ("person:tadeusz-wrobl", "BLR", "11") not in found


def test_a_foreign_state_urging_the_government_is_no_home_opposition(pipeline):
    # twin: a state's appeal keeps the state named last before "the government"; the rule does not fire
    found = coded(pipeline, WARSAW + "Lithuania urged the government to show restraint.")
    assert ("LTU", "POL", "02") not in found


# --- a past deed told between commas about the sentence's subject is background (modality.is_description) --
def test_a_visit_told_of_the_speaker_between_commas_is_background(pipeline):
    found = coded(pipeline, "TALLINN (Reuters) - Estonia summoned Russia's ambassador on Monday. Estonia's foreign "
                            "minister, who visited Kyiv on Friday, welcomed the decision.")
    assert ("EST", "UKR", "04") not in found
    assert ("EST", "RUS", "11") in found


def test_a_truce_an_igo_brokered_years_ago_is_no_event_of_today(pipeline):
    found = coded(pipeline, "NAIROBI (Reuters) - The African Union, which mediated a truce between Kenya and "
                            "Somalia in 2024, urged Kenya to show restraint.")
    assert ("AU", "KEN", "02") in found
    assert not {r for s, t, r in found if r in {"03", "04", "05", "06"}}


def test_the_same_visit_told_as_the_news_is_coded(pipeline):
    # twin: the visit told by the main verb is news
    found = coded(pipeline, "RIGA (Reuters) - Estonia's foreign minister visited Kyiv on Friday and welcomed the decision.")
    assert ("EST", "UKR", "04") in found


def test_a_clause_that_ends_the_sentence_on_its_object_is_still_news(pipeline):
    # twin: not the subject's description: "summoned the envoy, who rejected the protest"
    found = coded(pipeline, "RIGA (Reuters) - Latvia summoned the Russian envoy, who rejected the protest.")
    assert ("RUS", "LVA", "12") in found


# --- a participle after an accused deed is alleged, not the accuser's (arguments.yaml accusing_verbs) ------
def test_the_killing_told_after_an_accused_shelling_is_not_the_accusers(pipeline):
    found = coded(pipeline, "ADDIS ABABA (Reuters) - Ethiopia on Tuesday accused Eritrean forces of shelling the "
                            "border town of Zalambessa overnight, killing three civilians.")
    assert ("ETH", "ERI", "11") in found
    assert not [e for e in found if e[0] == "ETH" and e[2] in {"18", "19", "20"}]


def test_a_wounding_told_after_an_accused_firing_is_not_the_accusers(pipeline):
    found = coded(pipeline, "YEREVAN (Reuters) - Armenia on Monday accused Azerbaijani troops of firing on a "
                            "village overnight, wounding two residents.")
    assert not [e for e in found if e[0] == "ARM" and e[2] in {"18", "19", "20"}]


def test_the_killing_told_after_a_shelling_told_as_news_is_the_shellers(pipeline):
    # twin: no accusation, the troops' own deed
    found = coded(pipeline, "RIGA (Reuters) - Latvian troops shelled a village near the border, killing three "
                            "Russian soldiers.")
    assert ("LVA", "RUS", "19") in found


# --- 'rejected "baseless claims" by X': the "by" is the claims' (targets.yaml said_by) -----------------------
def test_claims_in_quotation_marks_by_a_state_are_rejected_of_that_state(pipeline):
    found = coded(pipeline, "YEREVAN (Reuters) - Armenia's Foreign Ministry spokeswoman, Anahit Sargsyan, said "
                            'Yerevan remained committed to the agreement and rejected "baseless claims" by Baku.')
    assert ("ARM", "AZE", "12") in found


def test_a_passive_rejection_by_a_state_keeps_that_state_the_one_rejecting(pipeline):
    # twin: a passive verb's "by" is its agent, the one who rejects
    found = coded(pipeline, "YEREVAN (Reuters) - Armenia's peace proposal was rejected by Azerbaijan on Monday.")
    assert ("ARM", "AZE", "12") not in found


# --- a state body placed in another state's capital is that state's (arguments.Context._seated) ----------
def test_the_foreign_office_in_berlin_is_germanys(pipeline):
    found = coded(pipeline, "BERLIN (dpa) - Germany moved to expel two Iranian diplomats. The Foreign Office in "
                            "Berlin summoned Iran's ambassador on Tuesday.")
    assert ("DEU", "IRN", "11") in found
    assert not [e for e in found if e[0] == "GBR"]


def test_a_body_whose_state_is_named_keeps_it_wherever_it_sits(pipeline):
    # twin: "the British Foreign Office in Berlin" names its state
    found = coded(pipeline, "BERLIN (dpa) - Germany moved to expel two Iranian diplomats. The British Foreign "
                            "Office in Berlin summoned Iran's ambassador on Tuesday.")
    assert ("GBR", "IRN", "11") in found


def test_the_foreign_office_placed_nowhere_keeps_its_dictionary_state(pipeline):
    # twin: no capital named
    found = coded(pipeline, "LONDON (Reuters) - Germany moved to expel two Iranian diplomats. The Foreign Office "
                            "summoned Iran's ambassador on Tuesday.")
    assert ("GBR", "IRN", "11") in found


# --- "both sides" are the two sides of the latest hostile act (recall.yaml both_sides_hostile_roots) -------
def test_both_sides_are_the_sides_of_the_latest_clash_not_a_later_helper(pipeline):
    found = coded(pipeline, "TALLINN (Reuters) - Latvia shelled an Estonian border post on Monday. Estonia condemned "
                            "the attack. Finland sent medical aid to Estonia on Tuesday. NATO urged both sides to "
                            "show restraint.")
    assert {("NATO", "EST", "02"), ("NATO", "LVA", "02")} <= found
    assert ("NATO", "FIN", "02") not in found


def test_both_sides_of_a_deal_are_not_the_state_that_praised_it(pipeline):
    # twin: no hostile act told before; the state that praised the deal is no side of it
    found = coded(pipeline, "OSLO (Reuters) - Finland signed a fisheries deal with Sweden on Monday. Denmark praised "
                            "Finland for the deal. NATO urged both sides to keep talking.")
    assert ("NATO", "DNK", "02") not in found


def test_an_opposition_leader_urging_the_prime_minister_urges_his_own(pipeline):
    found = coded(pipeline, WARSAW + "Opposition leader Jan Wrobel urged the prime minister to close the border "
                                     "with Belarus.")
    assert ("person:jan-wrobel", "POL", "02") in found
    assert ("person:jan-wrobel", "BLR", "02") not in found


def test_an_opposition_calling_on_the_prime_minister_after_a_foreign_reply_calls_on_its_own(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - British Home Secretary Anna Pryce accused France of failing to stop "
                            "small boats. The French interior ministry rejected the criticism. The opposition Liberal "
                            "Union's home affairs spokesman, Tom Ashby, called on the prime minister to sack Pryce.")
    # the prime minister is GBR's, either as the state or (round 36, evroles36) as the one person the dated
    # office table gives for the dateline's state
    record = pipeline.extract("LONDON (Reuters) - British Home Secretary Anna Pryce accused France of failing to "
                              "stop small boats. The French interior ministry rejected the criticism. The opposition "
                              "Liberal Union's home affairs spokesman, Tom Ashby, called on the prime minister to sack "
                              "Pryce.", reference_date=REF)
    country = {a.id: a.country for a in record.actors}
    appeals = {country.get(e.target, e.target) for e in record.events
               if e.source == "org:liberal-union" and e.root == "02"}
    assert appeals == {"GBR"}
    assert ("org:liberal-union", "FRA", "02") not in found


def test_a_state_urging_the_prime_minister_is_no_home_opposition(pipeline):
    # twin: the rule does not fire for a state's appeal: Lithuania is not read as a Polish opposition (its
    # appeal goes to Poland only because, since round 36, a bare "the prime minister" under a WARSAW dateline
    # is the one holder the dated office table gives, whom an interstate event codes as his state)
    found = coded(pipeline, WARSAW + "Lithuania urged the prime minister to show restraint.")
    assert not any(source == "POL" and root == "02" for source, _, root in found)
    assert ("LTU", "LTU", "02") not in found
