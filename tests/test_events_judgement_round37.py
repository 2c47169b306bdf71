"""Judgements said without a word of condemnation, round 37 (issue 9): a speaker's reported or quoted
clause that evaluates another actor's act by what it says the act is or does, not by "condemn" or
"criticise". The classes (data in events/stance.yaml and events/judgements.yaml):

- an adverb of wrongful or of wise conduct on the other's deed ("Y was unfairly subsidising ...",
  "Y had acted wisely"): 11 / 05 from the speaker to the deed's subject;
- a verdict of failure, wrongdoing or base motive on the other's step ("Y's response was inadequate",
  "the charges are politically motivated", "the pledge is a publicity stunt"); and of sound judgement
  ("Y's offer is sensible");
- a verb of breaking a rule, of ruin or of obstruction with the step as its subject ("Y's tariff
  violates the pact", "Y's levy would cripple ...", "Y's rules discriminate against ...");
- a verb that equates the step with a verdict ("amounts to collective punishment", "constitutes a
  violation", "equates to a betrayal").

Every sentence here is invented (made-up people and places, real states). Each class has cases that
must not fire: numbers, conditionals, the speaker's own belief, negation, a thing with no owner.
"""

from __future__ import annotations

from event_support import coded


def _roots_between(found, source: str, target: str | None) -> set[str]:
    return {r for s, t, r in found if s == source and t == target}


# --- an adverb of wrongful conduct on another's deed (stance.yaml wrongful_manner) -----------------------
def test_unfairly_subsidising_is_criticism_of_the_subsidiser(pipeline):
    found = coded(pipeline, "CANBERRA, June 2 (Reuters) - Australia's trade minister Lachlan Pettigrove said on "
                            "Monday that Indonesia was unfairly subsidising its palm oil refiners.")
    assert "11" in _roots_between(found, "AUS", "IDN")


def test_illegally_detained_in_a_tass_quotation(pipeline):
    found = coded(pipeline, "MOSCOW, June 3. /TASS/. Latvia illegally detained two Russian lorry drivers at "
                            "the Terehova-Vilaka crossing, Russian Foreign Ministry spokesman Arkady Semchin "
                            "told a briefing on Tuesday.")
    assert "11" in _roots_between(found, "RUS", "LVA")


def test_arbitrarily_in_a_direct_quotation(pipeline):
    found = coded(pipeline, "Senegal's fisheries minister Ousmane Diarrafe told reporters in the port of Kayar: "
                            "\"Mauritania has arbitrarily closed its market to our fishermen.\"")
    assert "11" in _roots_between(found, "SEN", "MRT")


def test_wisely_is_praise_of_the_one_who_acted(pipeline):
    found = coded(pipeline, "HANOI, June 4 (Xinhua) -- Vietnamese Deputy Foreign Minister Tran Quoc Lam said "
                            "Thursday that Laos had acted wisely in postponing the Sekong dam filling.")
    assert "05" in _roots_between(found, "VNM", "LAO")


def test_courageously_in_an_ap_story(pipeline):
    found = coded(pipeline, "OSLO, Norway (AP) — Norway's foreign minister Sigrun Vatneby said Friday that "
                            "Finland had behaved courageously by sheltering the stranded sailors.")
    assert "05" in _roots_between(found, "NOR", "FIN")


def test_wrongful_adverb_negated_or_own_codes_nothing(pipeline):
    found = coded(pipeline, "ROME (ANSA) - Italy's interior minister Carlo Vendrame said Austria had not acted "
                            "unlawfully in turning back the convoy.")
    assert "11" not in _roots_between(found, "ITA", "AUT")
    found = coded(pipeline, "Bolivian Economy Minister Rene Quillaguaman said he had wrongly believed the "
                            "earlier export figures.")
    assert not any(r in {"11", "05"} for _, _, r in found)


def test_manner_adverb_on_a_deed_not_done_judges_nothing(pipeline):
    found = coded(pipeline, "Estonian Finance Minister Kaarel Ristmagi said Finland's government will spend the "
                            "new border fund wisely.")
    assert "05" not in _roots_between(found, "EST", "FIN")
    found = coded(pipeline, "\"Lithuania should treat our hauliers fairly and not act arbitrarily,\" Polish "
                            "Transport Minister Zbigniew Kaleta said.")
    assert "11" not in _roots_between(found, "POL", "LTU")


# --- a verdict of failure, wrongdoing or base motive (judgements.yaml disapprove) ---------------------------
def test_inadequate_response_is_criticism_of_its_owner(pipeline):
    found = coded(pipeline, "Ghana's opposition leader Kwame Asantewa said Togo's response to the cholera "
                            "outbreak on the border was inadequate.")
    # (an opposition leader acts for the party, not the state: the person, or the state, is the judge)
    assert "11" in _roots_between(found, "GHA", "TGO") | _roots_between(found, "person:kwame-asantewa", "TGO")


def test_ineffective_measures_in_a_kyodo_story(pipeline):
    found = coded(pipeline, "TOKYO, June 6 (Kyodo) -- Russia's controls on drift nets near the Habomai islets "
                            "have been ineffective, Japanese Fisheries Agency chief Noboru Isawaki said Saturday.")
    assert "11" in _roots_between(found, "JPN", "RUS")


def test_unworkable_plan_said_of_a_rival_state(pipeline):
    found = coded(pipeline, "Danish Environment Minister Henrik Skovgaard said on Sunday that Sweden's plan for "
                            "a shared wind-farm levy was unworkable.")
    assert "11" in _roots_between(found, "DNK", "SWE")


def test_politically_motivated_charges(pipeline):
    found = coded(pipeline, "Georgia's foreign ministry said on Monday that the charges brought by Russia "
                            "against three Georgian shepherds were politically motivated.")
    assert "11" in _roots_between(found, "GEO", "RUS")


def test_publicity_stunt_in_a_dpa_quotation(pipeline):
    found = coded(pipeline, "VIENNA (dpa) - \"Slovakia's pledge to close the river crossings is a publicity "
                            "stunt,\" Austrian Chancellery Minister Irmgard Pruckner said on Tuesday.")
    assert "11" in _roots_between(found, "AUT", "SVK")


def test_a_thing_with_no_owner_or_a_figure_judges_no_one(pipeline):
    found = coded(pipeline, "LONDON, June 9 (Reuters) - Halberd Mills said on Wednesday that demand in Egypt "
                            "was insufficient to justify a second flour mill there.")
    assert not any(r == "11" for _, _, r in found)


# --- a verb of breaking a rule, ruin or obstruction said of the step (judgements.yaml harm_verbs) ----------
def test_tariff_violates_a_pact(pipeline):
    found = coded(pipeline, "LIMA, June 10 (Reuters) - Peru's trade ministry said on Thursday that Bolivia's new "
                            "duty on Peruvian cement violates the Andean customs accord.")
    assert "11" in _roots_between(found, "PER", "BOL")


def test_levy_would_cripple_growers(pipeline):
    found = coded(pipeline, "MADRID (AP) — Spain's agriculture minister Aitor Ezkurra said Friday that Portugal's "
                            "new water levy on the Guadiana would cripple small growers in Extremadura.")
    assert "11" in _roots_between(found, "ESP", "PRT")


def test_rules_discriminate_against_a_minority(pipeline):
    found = coded(pipeline, "BUCHAREST (Agerpres) - Romania's foreign ministry said on Saturday that Ukraine's "
                            "new language rules for schools discriminate against the Romanian minority.")
    assert "11" in _roots_between(found, "ROU", "UKR")


def test_harm_verb_negated_codes_nothing(pipeline):
    found = coded(pipeline, "Chile's foreign minister Paulina Errazabal said Argentina's new port fee did not "
                            "violate the bilateral shipping accord.")
    assert "11" not in _roots_between(found, "CHL", "ARG")


def test_harm_verb_in_a_relative_clause_on_an_unowned_noun_judges_no_one(pipeline):
    found = coded(pipeline, "Canadian Trade Minister Mireille Gauvreau said proposals that would penalize "
                            "exporters could backfire, and she would urge Mexico to reject them.")
    assert "11" not in _roots_between(found, "CAN", "MEX")


# --- a verb that equates the step with a verdict (judgements.yaml equivalence_verbs) ------------------------
def test_amounted_to_collective_punishment(pipeline):
    found = coded(pipeline, "Egypt's foreign ministry spokesman Karim Abdelrazek said on Sunday that Israel's "
                            "closure of the Rafah-Kerem crossings amounted to collective punishment.")
    assert "11" in _roots_between(found, "EGY", "ISR")


def test_constitutes_a_violation_in_a_pti_story(pipeline):
    found = coded(pipeline, "NEW DELHI, Jun 13 (PTI) The entry of a Chinese patrol boat into the Pangsar lake "
                            "sector constitutes a violation of the border protocol, External Affairs Ministry "
                            "spokesperson Vikram Deshpal said on Monday.")
    assert "11" in _roots_between(found, "IND", "CHN")


def test_equates_to_a_betrayal(pipeline):
    found = coded(pipeline, "Hungary's plan to veto the aid package equates to a betrayal of the bloc, Dutch "
                            "foreign minister Pieter Haverkamp said on Tuesday.")
    assert "11" in _roots_between(found, "NLD", "HUN")


def test_a_sum_or_a_conditional_equivalence_judges_no_one(pipeline):
    found = coded(pipeline, "LONDON, June 15 (Reuters) - Corvel Foods said on Wednesday that its sales in "
                            "Poland amounted to 40 million euros last year.")
    assert not any(r == "11" for _, _, r in found)
    found = coded(pipeline, "Uruguay's foreign minister Delia Ferrando said any new fee on Uruguayan barges "
                            "would amount to a breach of the river treaty with Argentina.")
    assert "11" not in _roots_between(found, "URY", "ARG")


# --- a verdict of sound judgement on another's step (judgements.yaml praise) ------------------------------
def test_sensible_offer_is_praise(pipeline):
    found = coded(pipeline, "Malaysian Home Minister Zainal Rashidi said Indonesia's offer of joint river "
                            "patrols was sensible.")
    assert "05" in _roots_between(found, "MYS", "IDN")


def test_pragmatic_compromise_in_a_direct_quotation(pipeline):
    found = coded(pipeline, "\"Kazakhstan's compromise on the water quotas is pragmatic,\" Uzbek Foreign "
                            "Minister Bakhtiyor Rasulov said on Wednesday.")
    assert "05" in _roots_between(found, "UZB", "KAZ")


def test_far_sighted_decision_in_a_yonhap_story(pipeline):
    found = coded(pipeline, "SEOUL, June 18 (Yonhap) -- South Korea's unification minister Park Jae-hyun said "
                            "Thursday that Japan's decision to return the Joseon-era scrolls was far-sighted.")
    assert "05" in _roots_between(found, "KOR", "JPN")
