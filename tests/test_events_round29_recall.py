"""Events, round 29 (issue 9): recall by general causes of misses rather than single phrasings.

The misses of the tuning sets were classed by why they were missed (benchmarks/event_drops.py); the
rules here answer three of the classes at their mechanism:

- a document as the subject of what it says ("The statement called on X", "The communique urged Y")
  had no source: it stands for its issuer (sources.py ``document``);
- a judgement made "in a statement" or "at a news conference" of an act told before lost its target:
  the parser hangs the medium on the act, which then looked described (coder ``names_medium``);
- "both sides", "the two countries", "the three countries" after a preposition ("called on both sides",
  "mediate between the two countries") had no target (recall.py ``both_sides``);
- a formal protest handed over in writing ("handed the envoy a note of protest") had no pattern;
- "the launch" told before was no act a judgement could be aimed at ("The launch was condemned by X").

Every dispatch is invented (made-up people, real states); each rule has a negative twin.
"""

from __future__ import annotations

from event_support import coded, codes


# --- a document acts for its issuer (sources.yaml document_*) --------------------------------------
def test_the_statement_a_ministry_issued_appeals_for_it(pipeline):
    text = ("Kenyan jets bombed militant camps inside Somalia on Monday, the army said. Somalia's foreign "
            "ministry condemned the raid in a statement. The statement called on Nairobi to respect "
            "Somali sovereignty.")
    assert ("SOM", "KEN", "02") in coded(pipeline, text)


def test_a_resolution_passed_by_a_parliament_demands_for_it(pipeline):
    text = ("The Lithuanian parliament on Thursday passed a resolution on the detained journalists. "
            "The resolution urged Belarus to free the three reporters held in Minsk.")
    assert ("LTU", "BLR", "02") in coded(pipeline, text)


def test_a_summit_communique_acts_for_the_leaders_who_met(pipeline):
    text = ("BRUSSELS (AFP) - European Union leaders met in Brussels on Friday. "
            "The summit's final communique congratulated Ghana on its peaceful election.")
    assert ("EU", "GHA", "05") in coded(pipeline, text)


def test_a_note_handed_over_under_a_dateline_acts_for_the_ministry(pipeline):
    # the parser reads the dateline as a second subject of the verb the note hangs on: it names no one
    text = ("VILNIUS, Dec 2 (BNS) - Lithuania's foreign ministry summoned Belarus's charge d'affaires "
            "and handed him a protest note over the border incident.\n\n"
            "The note called on Minsk to stop the provocations on the border.")
    assert ("LTU", "BLR", "02") in coded(pipeline, text)


def test_a_statement_no_one_issued_before_acts_for_no_one_named_later(pipeline):
    # twin: "a statement" names no document told before, and the only actor before is the one it is
    # about, in another paragraph: no source is invented for it
    text = ("Kenya reopened its border crossing with Somalia on Monday.\n\n"
            "A statement posted online called on Somalia to respect the border.")
    assert not any(s == "KEN" and t == "SOM" for s, t, _ in coded(pipeline, text))


def test_a_news_report_is_no_issuer(pipeline):
    # twin: the report a newspaper published is the paper's, and a newspaper is no political side
    text = ("The Daily Courier published a report on the port deal on Monday. "
            "The report urged Tanzania to publish the contract.")
    assert not any(t == "TZA" for _, t, _ in coded(pipeline, text))


# --- the medium a judgement was made in (arguments.yaml medium_*) --------------------------------------
def test_condemning_the_attack_in_a_statement_judges_its_doer(pipeline):
    text = ("Rwandan drones struck an army post in eastern Congo on Sunday. "
            "Congo's foreign ministry condemned the attack in a statement.")
    assert ("COD", "RWA", "11") in coded(pipeline, text)


def test_rejecting_the_claim_at_a_news_conference_rejects_its_maker(pipeline):
    text = ("Serbian President Dragan Vukosav accused Kosovo of provoking the clashes. "
            "Kosovo's prime minister rejected the claim at a news conference in Pristina.")
    assert ("XKX", "SRB", "12") in coded(pipeline, text) or ("KSV", "SRB", "12") in coded(pipeline, text)


def test_an_attack_placed_elsewhere_is_still_described(pipeline):
    # twin: "the attack in Goma" says which attack it was (a place, no medium): not the one told before
    text = ("Rwandan drones struck an army post in eastern Congo on Sunday. "
            "Congo's foreign ministry condemned the attack in Goma.")
    assert ("COD", "RWA", "11") not in coded(pipeline, text)


# --- both sides after a preposition (recall.yaml both_sides_*) ----------------------------------------
def test_calling_on_both_sides_appeals_to_the_two_quarrelling(pipeline):
    text = ("Armenia accused Azerbaijan of shelling border villages on Monday. "
            "Azerbaijan rejected the accusation. "
            "French Foreign Minister Odile Marchand called on both sides to show restraint.")
    found = coded(pipeline, text)
    assert ("FRA", "ARM", "02") in found and ("FRA", "AZE", "02") in found


def test_offering_to_mediate_between_the_two_countries(pipeline):
    text = ("Thai and Cambodian troops exchanged fire along the border on Tuesday. "
            "Malaysia offered to mediate between the two countries.")
    found = coded(pipeline, text)
    assert ("MYS", "THA", "03") in found and ("MYS", "KHM", "03") in found


def test_talks_with_the_three_countries_are_with_the_three_named(pipeline):
    text = ("Britain, France and Germany drafted a new resolution on the nuclear programme. "
            "Iranian Foreign Minister Kamran Tabrizi held talks with the three countries in Geneva on Friday.")
    found = {t for s, t, r in coded(pipeline, text) if s == "IRN"}
    assert {"GBR", "FRA", "DEU"} <= found


def test_a_phrase_without_both_or_a_number_names_no_pair(pipeline):
    # twin: "on the sides of the road" is no pair of parties
    text = ("Armenia accused Azerbaijan of shelling border villages on Monday. "
            "French Foreign Minister Odile Marchand called on the sides of the road to be cleared.")
    assert not any(s == "FRA" and t in {"ARM", "AZE"} for s, t, _ in coded(pipeline, text))


# --- a written protest handed over (patterns.yaml round 29) ------------------------------------------
def test_delivering_a_note_of_protest_to_an_embassy_is_an_official_complaint(pipeline):
    assert ("ARG", "GBR", "114") in codes(pipeline, "Argentina delivered a note of protest to the British embassy.")


def test_sending_a_protest_note_is_an_official_complaint(pipeline):
    assert ("MYS", "IDN", "114") in codes(pipeline, "Malaysia will send a protest note to Jakarta, the minister said.")


def test_lodging_stern_representations_is_an_official_complaint(pipeline):
    assert ("CHN", "JPN", "114") in codes(pipeline, "China has lodged stern representations with Japan over the remarks.")


def test_a_diplomatic_note_that_names_no_protest_is_no_complaint(pipeline):
    # twin: a bare note may ask or inform
    found = codes(pipeline, "Guyana sent a diplomatic note to Venezuela on Monday.")
    assert not any(c.startswith("11") for _, _, c in found)


def test_handing_out_protest_leaflets_is_no_complaint(pipeline):
    found = codes(pipeline, "Kenyan activists handed out protest leaflets to Ugandan tourists.")
    assert not any(c == "114" for _, _, c in found)


# --- a launch told before (arguments.yaml told_action_nouns) ----------------------------------------
def test_the_launch_condemned_in_a_passive_is_aimed_at_who_fired(pipeline):
    text = ("North Korea fired a ballistic missile into the sea on Monday. "
            "The launch was condemned by South Korea and Japan.")
    found = coded(pipeline, text)
    assert ("KOR", "PRK", "11") in found and ("JPN", "PRK", "11") in found


def test_a_product_launch_named_in_the_sentence_is_no_missile(pipeline):
    # twin: "the launch of the new phone" says itself what was launched: not the act told before
    text = ("North Korea fired a ballistic missile into the sea on Monday. "
            "South Korea condemned the launch of the new phone by a Japanese firm.")
    assert ("KOR", "PRK", "11") not in coded(pipeline, text)
