"""Events, round 36 (issue 9): verbs of real news whose sentence gave no event at all.

benchmarks/missing_events.py over the unannotated pool (two political actors in a sentence, no event
printed), ranked against PETRARCH-2's verb dictionary, left few coded verbs without a pattern; of
those, three families link two named sides in wire copy and carry a clear CAMEO root:

- working on another to make it act ("persuaded Y to ...", "convinced Y to ..."): an appeal (02) to
  the one worked on, coded only with that one named (so the public, "investors", gives nothing);
- a suspicion voiced of a named side ("suspects Y of ..."): an accusation (112), only with "of" and
  the side named ("I suspect that ..." is no event);
- talks or a meeting proposed or suggested "with" / "to" a named side: an offer to meet it (036),
  nothing where no partner is named.

Every dispatch is invented (made-up people, real states); each family has a case where it must not fire.
"""

from __future__ import annotations

from event_support import coded, codes, roots


# --- "X persuaded / convinced Y to ...": X's appeal to Y (02) ---------------------------------------
def test_a_state_that_persuaded_another_to_act_appealed_to_it(pipeline):
    text = ("OSLO (Reuters) - Norway persuaded Iceland to postpone its whaling season by a month, the Norwegian "
            "fisheries ministry said on Tuesday.")
    assert ("NOR", "ISL", "02") in coded(pipeline, text)


def test_a_state_that_convinced_another_to_act_appealed_to_it(pipeline):
    text = ("VIENNA (APA) - Austria convinced Slovenia to delay the opening of its new nuclear waste site at a "
            "meeting in Graz on Friday, diplomats said.")
    assert ("AUT", "SVN", "02") in coded(pipeline, text)


def test_a_party_leader_who_persuaded_a_rival_party_appealed_to_it(pipeline):
    text = ("Scottish Labour leader Fiona Dunmore has persuaded the Liberal Democrats to support her amendment "
            "on ferry contracts, the party said on Wednesday.")
    assert any(t == "org:liberal-democrats" and r == "02" for _, t, r in coded(pipeline, text))


def test_a_state_persuaded_by_a_lender_was_appealed_to_by_it(pipeline):
    text = ("LUSAKA (Reuters) - Zambia was persuaded by the International Monetary Fund to cut its fuel subsidies "
            "before the next loan tranche, officials said on Monday.")
    assert ("IMF", "ZMB", "020") in codes(pipeline, text)


def test_persuading_investors_is_no_appeal(pipeline):
    text = ("TOKYO (Kyodo) - The finance minister said on Monday the government would persuade investors to "
            "return to the bond market with new tax breaks.")
    assert "02" not in roots(pipeline, text)


def test_a_hope_to_convince_another_is_no_appeal(pipeline):
    text = ("LISBON (Lusa) - Portugal hopes to convince Spain to share the cost of the new border bridge, the "
            "infrastructure minister said.")
    assert ("PRT", "ESP", "02") not in coded(pipeline, text)


# --- "X suspects Y of ...": X accuses Y (112) -------------------------------------------------------
def test_a_bloc_that_suspects_a_state_of_a_deed_accuses_it(pipeline):
    text = ("BRUSSELS (AFP) - The European Union suspects Belarus of flying migrants to its border with "
            "Lithuania, an EU spokesman said on Thursday.")
    assert ("EU", "BLR", "112") in codes(pipeline, text)


def test_a_state_that_suspected_another_of_a_plot_accuses_it(pipeline):
    text = ("ANKARA (AA) - Türkiye suspected Syria of shielding the bombers who attacked a border post near "
            "Kilis, the interior ministry said on Saturday.")
    assert any(s == "TUR" and t == "SYR" and r == "112" for s, t, r in codes(pipeline, text))


def test_a_suspicion_reported_in_a_ministers_clause_accuses(pipeline):
    # (not "Poland's interior ministry suspects Russia ...": the parser reads "suspects" there as a noun)
    text = ("WARSAW (PAP) - Poland's interior minister, Karol Dzieran, said on Monday that Warsaw suspected "
            "Russia of recruiting teenagers to photograph military trains.")
    assert ("POL", "RUS", "11") in coded(pipeline, text)


def test_a_suspicion_told_as_a_clause_accuses_no_one(pipeline):
    text = ("BERLIN (dpa) - Prosecutor Anke Vollrath said she suspected that the attackers had planned the raid "
            "for weeks.")
    assert "11" not in roots(pipeline, text)


# --- "X proposed / suggested talks with Y": an offer to meet Y (036) -------------------------------
def test_a_state_that_proposed_talks_with_another_offers_to_meet_it(pipeline):
    text = ("VILNIUS (BNS) - Lithuania on Thursday proposed fresh talks with Latvia on the shared electricity "
            "link, the energy ministry said.")
    assert ("LTU", "LVA", "036") in codes(pipeline, text)


def test_talks_proposed_to_another_offer_to_meet_it(pipeline):
    text = ("HANOI (VNA) - Vietnam proposed maritime talks to the Philippines on Monday to settle a row over "
            "fishing boats, the foreign ministry said.")
    assert ("VNM", "PHL", "036") in codes(pipeline, text)


def test_a_meeting_suggested_with_another_offers_to_meet_it(pipeline):
    text = ("TBILISI (AFP) - Georgia suggested a meeting with Armenia's prime minister next month, the "
            "Georgian government said on Wednesday.")
    assert any(s == "GEO" and t == "ARM" and c == "036" for s, t, c in codes(pipeline, text))


def test_a_summit_proposed_with_no_partner_named_is_no_offer(pipeline):
    text = "BRUSSELS (Reuters) - The European Commission proposed a summit on migration for next spring."
    assert "036" not in {c for _, _, c in codes(pipeline, text)}
