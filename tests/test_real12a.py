"""Round 12's half A of the blind audits (real12a): domestic politics between persons and parties.

Rules, each general (a class of words or a frame), each with invented dispatches (made-up people,
real parties and bodies) in several agency styles and a negative twin:

1. A word of feeling over an extraposed clause ("it is disappointing that X ...", "it's unfortunate X
   ...", "it is encouraging that X ...") judges the clause's subject: 111 or 051 from the speaker; "you"
   there is the one the quotation is told to; said of a thing, or of no actor, it judges no one.
2. Verdicts of poor judgement as predicates ("ill-judged", "misjudged", "unwise", "wrong-headed").
3. Members of the devolved parliaments titled before their name ("MSP", "MLA", "Assembly Member") hold
   a legislator's office, as "MP" does.
4. "..., which he denies" / "..., a charge he denies" after a claim: the denier rejects (12) its maker.
5. "Y, who has slammed X for ...": a verbal attack in a perfect relative clause is reported, not a
   description (a habit, a past year, a deed of support still are).
"""

from __future__ import annotations

from event_support import REF, coded


# --- 1. "it is disappointing that X ...": the speaker judges X ---------------------------------------
def test_disappointing_that_a_party_did_is_criticism_of_it(pipeline):
    text = ("Labour MP Breck Ansdale said: \"It is disappointing that the Liberal Democrats have voted "
            "against the housing bill again.\"")
    assert ("person:breck-ansdale", "org:liberal-democrats", "11") in coded(pipeline, text)


def test_unfortunate_without_that_judges_the_passive_subject(pipeline):
    text = ("LONDON (Reuters) - Conservative leader Tamsin Rook said it was unfortunate the Labour Party "
            "had been taken over by hardliners.")
    assert ("person:tamsin-rook", "org:labour-party", "11") in coded(pipeline, text)


def test_alarming_that_a_ministry_did_is_criticism_of_it(pipeline):
    text = ("Mirela Oakhurst, director of the Fenwick Shelter Trust, told the BBC: \"It is alarming that "
            "the Home Office has ordered the hostels shut in midwinter.\"")
    # (the ministry, or its state: a speaker of no state judges the state's body as the state)
    assert any(t in {"org:home-office", "GBR"} and r == "11" for _, t, r in coded(pipeline, text))


def test_you_in_a_quotation_told_to_a_rival_is_that_rival(pipeline):
    text = ("EDINBURGH (BBC) - Scotland's first minister Tamsin Rook hit back on Tuesday. She told Liberal "
            "Democrat leader Breck Ansdale: \"It is sad that you keep repeating these smears.\"")
    assert ("person:tamsin-rook", "person:breck-ansdale", "11") in coded(pipeline, text)


def test_encouraging_that_a_party_agreed_is_praise(pipeline):
    text = ("\"It is encouraging that the Scottish National Party has agreed to look again at the levy,\" "
            "said Conservative MSP Breck Ansdale.")
    assert ("person:breck-ansdale", "org:snp", "05") in coded(pipeline, text)


def test_disappointing_said_of_a_thing_judges_no_one(pipeline):
    text = ("Labour MP Breck Ansdale said: \"It is disappointing that the talks failed, and the figures "
            "were disappointing too.\"")
    assert not any(r == "11" for _, _, r in coded(pipeline, text))


def test_disappointing_said_to_reporters_judges_no_reporter(pipeline):
    text = "Tamsin Rook told reporters: \"It is sad that you keep repeating these smears.\""
    assert not coded(pipeline, text)


# --- 2. verdicts of poor judgement ------------------------------------------------------------------
def test_ill_judged_comments_are_criticism_of_their_maker(pipeline):
    text = ("Liberal Democrat leader Breck Ansdale said Labour leader Tamsin Rook's comments were "
            "\"ill-judged\".")
    assert ("person:breck-ansdale", "person:tamsin-rook", "11") in coded(pipeline, text)


def test_an_unwise_decision_is_criticism_of_the_party_that_took_it(pipeline):
    text = ("GLASGOW (AFP) - Conservative leader Tamsin Rook said the Scottish National Party's decision to "
            "scrap the levy was unwise.")
    assert ("person:tamsin-rook", "org:snp", "11") in coded(pipeline, text)


def test_a_plan_called_wrong_headed_is_criticism(pipeline):
    text = ("Green Party co-leader Breck Ansdale said the Conservative Party's transport plan was "
            "\"wrong-headed\".")
    assert any(t == "org:conservative-party" and r == "11" for _, t, r in coded(pipeline, text))


def test_a_decision_not_unwise_judges_no_one(pipeline):
    text = ("Conservative leader Tamsin Rook said the Scottish National Party's decision to scrap the levy "
            "was not unwise.")
    assert not any(r == "11" for _, _, r in coded(pipeline, text))


# --- 3. devolved parliaments' members ---------------------------------------------------------------
def _person(pipeline, text: str, name: str):
    return next(a for a in pipeline.extract(text, reference_date=REF).actors if a.name == name)


def test_an_msp_is_a_legislator_of_britain(pipeline):
    text = ("EDINBURGH (Reuters) - Scottish Conservative MSP Breck Ansdale accused First Minister Tamsin "
            "Rook of misleading parliament.")
    person = _person(pipeline, text, "Breck Ansdale")
    assert (person.country, person.sector) == ("GBR", "LEG")
    assert ("person:breck-ansdale", "person:tamsin-rook", "11") in coded(pipeline, text)


def test_an_mla_criticising_a_party_is_coded(pipeline):
    text = ("BELFAST (AP) - Sinn Fein MLA Breck Ansdale criticised the Democratic Unionist Party on "
            "Tuesday over the budget.")
    assert ("person:breck-ansdale", "org:democratic-unionist-party", "11") in coded(pipeline, text)


def test_an_assembly_member_is_a_legislator(pipeline):
    text = ("CARDIFF (BBC) - Plaid Cymru Assembly Member Breck Ansdale praised the Welsh Government's "
            "decision to freeze rail fares.")
    assert _person(pipeline, text, "Breck Ansdale").sector == "LEG"
    assert ("person:breck-ansdale", "org:welsh-government", "05") in coded(pipeline, text)


# --- 4. "..., which he denies": the denier rejects the claim's maker (120) ---------------------------
def test_which_he_denies_rejects_the_claimant(pipeline):
    text = ("Conservative candidate Tamsin Rook has claimed that Labour MP Breck Ansdale backs higher "
            "council tax, which he denies.")
    assert ("person:breck-ansdale", "person:tamsin-rook", "12") in coded(pipeline, text)


def test_a_charge_he_denies_rejects_the_accuser(pipeline):
    text = ("GLASGOW (AFP) - Conservative candidate Tamsin Rook said Labour MP Breck Ansdale took money from "
            "developers, a charge he denies.")
    assert ("person:breck-ansdale", "person:tamsin-rook", "12") in coded(pipeline, text)


def test_which_he_denies_keeps_the_accusation(pipeline):
    text = ("Conservative candidate Tamsin Rook has accused Labour MP Breck Ansdale of backing higher council "
            "tax, which he denies.")
    found = coded(pipeline, text)
    assert ("person:tamsin-rook", "person:breck-ansdale", "11") in found
    assert ("person:breck-ansdale", "person:tamsin-rook", "12") in found


def test_a_senators_denial_after_too(pipeline):
    text = "Senator Tamsin Rook said Senator Breck Ansdale has oil donors, too, which he denies."
    assert ("person:breck-ansdale", "person:tamsin-rook", "12") in coded(pipeline, text)


def test_which_he_does_not_deny_is_no_rejection(pipeline):
    text = ("Tamsin Rook has claimed that Labour MP Breck Ansdale backs higher council tax, which he does "
            "not deny.")
    assert not any(r == "12" for _, _, r in coded(pipeline, text))


def test_a_denial_of_a_restrictive_clause_codes_nothing(pipeline):
    text = "Labour MP Breck Ansdale denied the rumours that he would stand down."
    assert not any(r == "12" and t == "person:breck-ansdale" for _, t, r in coded(pipeline, text))


# --- 5. "Y, who has slammed X ...": the attack is reported ---------------------------------------------
def test_who_has_slammed_is_reported_criticism(pipeline):
    text = ("Conservative leader Tamsin Rook, who has slammed Labour MP Breck Ansdale for trying to have it "
            "both ways, is standing again.")
    assert ("person:tamsin-rook", "person:breck-ansdale", "11") in coded(pipeline, text)


def test_who_has_accused_is_reported_accusation(pipeline):
    text = ("WASHINGTON (Reuters) - Senator Tamsin Rook, who has accused Senator Breck Ansdale of blocking the "
            "farm bill, will hold a rally on Friday.")
    assert ("person:tamsin-rook", "person:breck-ansdale", "11") in coded(pipeline, text)


def test_who_has_criticised_in_an_aap_style_dispatch(pipeline):
    text = ("CANBERRA (AAP) - Greens senator Breck Ansdale, who has criticised Prime Minister Tamsin Rook over "
            "the submarine deal, will move a motion on Monday.")
    assert ("person:breck-ansdale", "person:tamsin-rook", "11") in coded(pipeline, text)


def test_who_has_long_criticised_is_still_a_habit(pipeline):
    text = "Conservative leader Tamsin Rook, who has long criticised Labour MP Breck Ansdale, is standing again."
    assert not any(r == "11" for _, _, r in coded(pipeline, text))


def test_who_has_backed_still_describes(pipeline):
    text = "Conservative leader Tamsin Rook, who has backed Labour MP Breck Ansdale, is standing again."
    assert not any(r == "05" for _, _, r in coded(pipeline, text))


# --- 3b. US wire abbreviations of offices ------------------------------------------------------------
def test_sen_and_gov_abbreviations_are_offices(pipeline):
    text = ("SACRAMENTO, Calif. (AP) — Sen. Breck Ansdale on Monday criticized Gov. Tamsin Rook over the "
            "water bond.")
    assert _person(pipeline, text, "Breck Ansdale").sector == "LEG"
    assert _person(pipeline, text, "Tamsin Rook").sector == "GOV"
    assert any(s == "person:breck-ansdale" and t == "person:tamsin-rook" and r == "11"
               for s, t, r in coded(pipeline, text))


def test_rep_abbreviation_is_a_legislator(pipeline):
    text = "Rep. Breck Ansdale, a Democrat, praised the Federal Reserve's decision on Wednesday."
    assert _person(pipeline, text, "Breck Ansdale").sector == "LEG"


def test_an_assemblymember_is_a_legislator(pipeline):
    text = ("LOS ANGELES — Assemblymember Breck Ansdale has slammed county officials over the shelter "
            "closures, his office said.")
    assert _person(pipeline, text, "Breck Ansdale").sector == "LEG"
