"""Round quotes25 (round 32): speakers quotes24 left open. The office of a place no actor stands for ("the bishop of
Tarvel") is an unnamed person of its own, and whoever writes to people "urging them" speaks, not the people written
to; "the company" after a regulator quoted last is the company the article names; a body noun with words of its own
("the interior ministry") is another body than the one quoted last; a state's or IGO's speaker is printed by the body
its mention names ("European Commission", "Downing Street").

Invented dispatches and names. Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Vote on marriage bill delayed\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-09-14"}
quote_of = partial(quote_support.quote_of, **_DISPATCH)
speaker_name = partial(quote_support.speaker_name, **_DISPATCH)


def _speaker(pipeline, body: str, words: str) -> str:
    return speaker_name(pipeline, body, words) or ""


def _actor(pipeline, body: str, words: str) -> str | None:
    quote = quote_of(pipeline, body, words)
    return quote.speaker.actor if quote.speaker else None


# -- the office of a place no actor stands for ------------------------------------------------------------------------

def test_the_bishop_of_an_unknown_see_is_not_the_senator_quoted_before(pipeline):
    body = ("\"The chamber must vote this month,\" Senator Ruairc Telvanney-Hose said on Sunday.\n\n"
            "The bishop of Inchmoragh sent a letter to every member of the upper house on Monday, asking them to "
            "delay the vote until the autumn.\n")
    assert "bishop of Inchmoragh" in _speaker(pipeline, body, "delay the vote until the autumn")


def test_he_after_the_bishop_quoted_is_the_bishop(pipeline):
    body = ("\"The chamber must vote this month,\" Senator Ruairc Telvanney-Hose said on Sunday.\n\n"
            "The bishop of Inchmoragh wrote to every member of the upper house on Monday, asking them to delay the "
            "vote.\n\nHe said the bill \"was drafted in a hurry and will be repented at leisure\".\n")
    assert "bishop" in _speaker(pipeline, body, "drafted in a hurry")


def test_the_bishop_with_a_name_beside_the_title_is_that_person(pipeline):
    # twin: a name set beside the office is who speaks
    body = ("\"The chamber must vote this month,\" Senator Ruairc Telvanney-Hose said on Sunday.\n\n"
            "The bishop of Inchmoragh, Ciaran Moylett-Areny, said on Monday that the vote should wait.\n")
    assert "Moylett-Areny" in _speaker(pipeline, body, "the vote should wait")


# -- "wrote to X urging them": the writer speaks ----------------------------------------------------------------------

def test_wrote_to_the_leaders_urging_them_gives_the_writer(pipeline):
    body = ("The Reverend Osgar Pellethwaite, who chairs the Kilbrannan synod, wrote to the leaders of the three "
            "coalition parties urging them to withdraw the bill.\n")
    name = _speaker(pipeline, body, "withdraw the bill")
    assert "Pellethwaite" in name and "leaders" not in name


def test_a_statement_urging_members_stays_with_its_issuer(pipeline):
    # twin: a participle hung on what was issued, with no pronoun for the addressees, keeps the older reading
    body = ("The Kilbrannan synod issued a statement on Tuesday urging members to write to their senators.\n")
    assert "synod" in _speaker(pipeline, body, "write to their senators").lower()


# -- "the company" after a regulator ----------------------------------------------------------------------------------

def test_the_company_after_the_regulator_quoted_is_the_fined_company(pipeline):
    body = ("DUBLIN, Sept 14 (Reuters) - Ireland's water regulator fined Loughvane Utilities 2 million euros on "
            "Thursday over repeated supply cuts.\n\n\"Households were left without water for days,\" the regulator "
            "said.\n\nThe company said it had since replaced two pumping stations.\n")
    assert "Loughvane" in _speaker(pipeline, body, "replaced two pumping stations")


def test_the_company_after_a_company_quoted_stays_that_company(pipeline):
    # twin: the body quoted last is itself a business; "the company" goes on with it
    body = ("DUBLIN, Sept 14 (Reuters) - Loughvane Utilities said on Thursday it would raise prices by 4% from "
            "January.\n\n\"Costs have risen sharply,\" Loughvane Utilities said.\n\nThe company said customers would "
            "be told by post.\n")
    assert "Loughvane" in _speaker(pipeline, body, "customers would be told by post")


# -- a body noun with words of its own --------------------------------------------------------------------------------

def test_the_interior_ministry_is_not_the_committee_quoted_last(pipeline):
    body = ("ORVELSK, Sept 14 (TASS) - The Drevania customs committee said on Thursday it had seized 12 tonnes of "
            "smuggled tobacco at the border.\n\n\"Border checks will be stepped up,\" the interior ministry said.\n")
    name = _speaker(pipeline, body, "Border checks will be stepped up")
    assert "ministry" in name.lower() and "customs" not in name.lower()


def test_the_committee_repeating_its_own_words_is_the_committee_quoted_before(pipeline):
    # twin: the descriptor matches the body quoted earlier
    body = ("ORVELSK, Sept 14 (TASS) - The Drevania customs committee said on Thursday it had seized 12 tonnes of "
            "smuggled tobacco at the border.\n\n\"Border checks will be stepped up,\" the interior ministry said.\n\n"
            "The customs committee said the tobacco would be burned.\n")
    assert "Drevania" in _speaker(pipeline, body, "the tobacco would be burned")


def test_the_same_committee_points_back(pipeline):
    # twin: "same" points back; it describes no body of its own
    body = ("ORVELSK, Sept 14 (TASS) - The Drevania customs committee said on Thursday it had seized 12 tonnes of "
            "smuggled tobacco at the border.\n\nThe same committee said the tobacco would be burned.\n")
    assert "Drevania" in _speaker(pipeline, body, "the tobacco would be burned")


# -- a state's or IGO's body printed by its own words -----------------------------------------------------------------

def test_the_european_commission_is_printed_as_the_commission(pipeline):
    body = ("BRUSSELS, Sept 14 (Reuters) - The European Commission said on Thursday it would open an inquiry into "
            "Gravemoor Shipping's fuel subsidies.\n")
    quote = quote_of(pipeline, body, "open an inquiry")
    assert quote.speaker is not None and "Commission" in quote.speaker.name and quote.speaker.actor == "EU"


def test_downing_street_is_printed_as_downing_street(pipeline):
    body = ("LONDON, Sept 14 (Reuters) - Downing Street said on Thursday the prime minister still had confidence in "
            "the housing minister.\n")
    quote = quote_of(pipeline, body, "still had confidence")
    assert quote.speaker is not None and quote.speaker.name == "Downing Street" and quote.speaker.actor == "GBR"


def test_a_state_named_by_its_own_name_keeps_the_states_name(pipeline):
    # twin: the mention is the state's name, not one of its bodies
    body = ("LONDON, Sept 14 (Reuters) - Britain said on Thursday it would send two more frigates to the Gulf.\n")
    quote = quote_of(pipeline, body, "two more frigates")
    assert quote.speaker is not None and quote.speaker.actor == "GBR" and quote.speaker.name == "United Kingdom"


# -- a pronoun after the unnamed holder of a place's office made the subject --------------------------------------------

def test_he_after_the_mayor_of_an_unknown_town_made_the_subject_is_the_mayor(pipeline):
    body = ("\"The bypass is a waste of money,\" said Senator Ruairc Telvanney-Hose on Sunday.\n\n"
            "The mayor of Tullaghmore welcomed the plan on Monday. He said the town \"has waited forty years for "
            "this road\".\n")
    assert "mayor of Tullaghmore" in _speaker(pipeline, body, "has waited forty years")


def test_he_after_a_named_subject_following_the_mayor_is_that_person(pipeline):
    # twin: a person named as the subject after the office is who the pronoun points to
    body = ("\"The bypass is a waste of money,\" said Senator Ruairc Telvanney-Hose on Sunday.\n\n"
            "The mayor of Tullaghmore welcomed the plan on Monday, but Senator Telvanney-Hose stood firm. He said "
            "the road \"will never pay for itself\".\n")
    assert "Telvanney-Hose" in _speaker(pipeline, body, "will never pay for itself")


def test_he_after_the_capitalised_bishop_quoted_is_the_bishop(pipeline):
    # the British house style capitalises the office: "the Bishop of X" is still an unnamed office holder
    body = ("The vote will wait until the spring, Senator Ruairc Telvanney-Hose has said.\n\nHe said the chamber "
            "needed more time.\n\nOn Monday the Bishop of Inchmoragh sent every senator a letter asking them to "
            "delay the vote. He told them the bill \"would divide parishes across the country\".\n")
    assert "Bishop of Inchmoragh" in _speaker(pipeline, body, "would divide parishes")
