"""Events, round 31 (evargs31): sources and targets tied to their trigger the way unseen copy writes them.
Each rule is held by invented dispatches (made-up people, real states, several house styles) and a negative
twin where it must not fire."""

from __future__ import annotations

from event_support import coded


# --- a relative clause whose object is the noun it hangs on (arguments.relative_object_gap) -----------------
def test_officials_it_accused_are_the_accused(pipeline):
    found = coded(pipeline, "WASHINGTON (AP) - The United States imposed sanctions on six Nicaraguan officials it "
                            "accused of rigging the election.")
    assert ("USA", "NIC", "11") in found


def test_a_diplomat_whom_it_accused_is_the_accused(pipeline):
    found = coded(pipeline, "PARIS (AFP) - France expelled a Malian diplomat whom it accused of spying.")
    assert ("FRA", "MLI", "11") in found


def test_a_relative_subject_is_the_doer_not_the_target(pipeline):
    # twin: "who accused Belarus": the relative pronoun is the subject; Belarus stays the one accused
    found = coded(pipeline, "VILNIUS (BNS) - Lithuanian President Aistis Varnelis, who accused Belarus of staging "
                            "the incident, demanded an inquiry.")
    assert ("LTU", "BLR", "11") in found
    assert not any(t == "LTU" or (t or "").startswith("person:") for _, t, r in found if r == "11")


def test_a_relative_of_place_names_no_target(pipeline):
    # twin: "Minsk, where Lithuania protested": the place of the clause, not the one protested to
    found = coded(pipeline, "WARSAW (PAP) - Poland sent two observers to Minsk, where Lithuania protested last week.")
    assert ("LTU", "BLR", "14") not in found


# --- a person's object pronoun (Context.object_person) --------------------------------------------------------
def test_handed_him_a_note_of_protest_goes_to_the_envoy(pipeline):
    found = coded(pipeline, "BAKU (Trend) - Azerbaijan's foreign ministry summoned Iran's ambassador on Monday. "
                            "Deputy Foreign Minister Elnur Gasimli handed him a note of protest over the detention "
                            "of two Azerbaijani citizens, and said the envoy Davud Rezaei had been told to explain.")
    assert any(s == "AZE" and t == "IRN" for s, t, _ in found)


def test_a_pronoun_object_is_the_person_named_before(pipeline):
    found = coded(pipeline, "TALLINN (ERR) - Estonian Prime Minister Kaido Rahkvere held talks in Riga on Monday. "
                            "Latvian President Ilgar Venta later accused him of undermining the deal.")
    assert ("LVA", "EST", "11") in found


def test_a_pronoun_indirect_object_receives_the_protest(pipeline):
    found = coded(pipeline, "TALLINN (ERR) - Estonian Prime Minister Kaido Rahkvere arrived in Riga on Monday. "
                            "Latvian President Ilgar Venta handed him a letter of protest over the border incident.")
    assert any(s == "LVA" and t == "EST" for s, t, _ in found)


def test_a_pronoun_in_a_clause_of_its_own_may_be_the_main_subject(pipeline):
    # "as X refused to support him": "him" is not bound by the subject of the clause "lost a vote"
    found = coded(pipeline, "LONDON (BBC) - Veldor Party leader Arnis Kolbe lost a vote on Monday as Britain's "
                            "Conservative Party refused to support him.")
    assert any(t == "person:arnis-kolbe" for _, t, _ in found)


def test_an_object_pronoun_is_not_a_person_in_its_own_subject(pipeline):
    # twin: the nearest actor before "him" is Estonia's (the unnamed envoy): no person named earlier
    found = coded(pipeline, "RIGA (LETA) - Prime Minister Ivars Kalns said the foreign ministry had summoned the "
                            "Estonian envoy and handed him a note of protest.")
    assert not any((t or "").startswith("person:") for _, t, _ in found)


# --- an action noun's "by" doer as the subject of the verb (Arguments._by_doers) -------------------------------
def test_the_strike_by_drones_killed_soldiers(pipeline):
    found = coded(pipeline, "NIAMEY (AFP) - The strike by Chadian drones killed four Nigerien soldiers, the defence "
                            "ministry said.")
    assert ("TCD", "NER", "19") in found or ("TCD", "NER", "18") in found


def test_shelling_by_forces_wounded_soldiers(pipeline):
    found = coded(pipeline, "YEREVAN (AFP) - Shelling by Azerbaijani forces wounded two Armenian soldiers on Sunday.")
    assert any(s == "AZE" and t == "ARM" and r in {"18", "19"} for s, t, r in found)


def test_troops_backed_by_drones_are_the_doers(pipeline):
    # twin: "backed by Russian drones" is a participle's agent, not the subject's doer
    found = coded(pipeline, "YEREVAN (AFP) - Armenian troops backed by Russian drones attacked Azerbaijani positions "
                            "on Sunday.")
    assert ("ARM", "AZE", "19") in found
    assert not any(s == "RUS" and t == "AZE" for s, t, _ in found)


# --- "responded by expelling": the means of an active verb is its subject's (arguments.yaml means_preps) --------
def test_responded_by_expelling(pipeline):
    found = coded(pipeline, "ISLAMABAD (APP) - India expelled a Pakistani diplomat on Monday, and Pakistan responded "
                            "by expelling an Indian diplomat.")
    assert ("PAK", "IND", "16") in found


def test_retaliated_by_imposing_tariffs(pipeline):
    found = coded(pipeline, "OTTAWA (CP) - Canada retaliated on Friday by imposing tariffs on Chinese steel.")
    assert any(s == "CAN" and t == "CHN" for s, t, _ in found)


def test_angered_by_an_expulsion_is_not_the_expeller(pipeline):
    # twin: a passive "was angered by India expelling ...": the angered side did not expel
    found = coded(pipeline, "ISLAMABAD (APP) - Pakistan was angered by India expelling a Pakistani diplomat.")
    assert ("PAK", "IND", "16") not in found


# --- ", the ministry said, accusing X of ...": the reporter's act (Arguments._reported_by) -----------------------
def test_a_trailing_accusation_after_a_reported_clause_is_the_reporters(pipeline):
    found = coded(pipeline, "YEREVAN, Dec 7 (AFP) - Shelling by Azerbaijani forces wounded two Armenian soldiers on "
                            "Sunday, Armenia's defence ministry said, accusing Baku of breaking the truce.")
    assert ("ARM", "AZE", "11") in found
    assert any(s == "AZE" and t == "ARM" and r in {"18", "19"} for s, t, r in found)


def test_a_reported_clause_then_accusing_is_the_reporters(pipeline):
    found = coded(pipeline, "TBILISI (Interpressnews) - Georgia's foreign ministry said Russian troops had moved "
                            "border markers near Gori, accusing Moscow of creeping annexation.")
    assert ("GEO", "RUS", "11") in found
    assert ("RUS", "RUS", "11") not in found


def test_an_accusing_participle_on_an_unreported_deed_is_the_doers(pipeline):
    # twin: no verb of saying: the participle shares the subject of the clause it hangs on
    found = coded(pipeline, "QUITO (AP) - Ecuador imposed tariffs on Colombian imports on Tuesday, accusing Bogota of "
                            "failing to stop drug trafficking.")
    assert ("ECU", "COL", "11") in found


# --- a text as a subject speaks for who put it out (Arguments._issuer; arguments.yaml issued_texts) ---------------
def test_the_statement_issued_before_urges_for_its_issuer(pipeline):
    found = coded(pipeline, "ANKARA (AA) - Turkey's foreign ministry issued a statement on Sunday. The statement urged "
                            "Athens to halt the flights.")
    assert ("TUR", "GRC", "02") in found


def test_a_statement_from_a_ministry_accuses_for_the_ministry(pipeline):
    found = coded(pipeline, "TALLINN (ERR) - Estonia rejected a statement from Russia's foreign ministry on Monday. "
                            "The statement accused Tallinn of harassing Russian speakers.")
    assert ("RUS", "EST", "11") in found


def test_a_letter_signed_by_lawmakers_is_theirs(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - A letter signed by 40 Labour MPs urged Britain to recognise a "
                            "Palestinian state.")
    assert any(s == "org:labour-party" and t == "GBR" and r == "02" for s, t, r in found)


def test_a_statement_only_received_names_no_issuer(pipeline):
    # twin: Estonia rejected the statement; who put it out is not told, and it is not Estonia
    found = coded(pipeline, "TALLINN (ERR) - Estonia's foreign ministry rejected the statement on Monday. The statement "
                            "accused Tallinn of harassing Russian speakers.")
    assert not any(r == "11" for _, _, r in found)


def test_officials_it_blamed_for_a_crackdown_are_blamed_not_the_victims(pipeline):
    # the charge ("a crackdown on protesters") names its victims; the one blamed is the gapped object
    found = coded(pipeline, "WASHINGTON (AP) - The United States imposed sanctions on two Georgian police officials it "
                            "blamed for a crackdown on opposition protesters.")
    assert ("USA", "GEO", "11") in found
    assert not any(r == "11" and t != "GEO" for _, t, r in found)


def test_a_thing_an_actor_modifies_is_no_gapped_target(pipeline):
    # twin: "a G8 aid package which he likened to ...": the package is a thing, the G8 only modifies it
    found = coded(pipeline, "LONDON (BBC) - The chancellor unveiled proposals for a G8 aid package which he has likened "
                            "to a post-war recovery plan.")
    assert not any(t == "G8" and r == "11" for _, t, r in found)
