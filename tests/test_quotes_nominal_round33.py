"""Round quotes27 (round 33): nominal speakers whose office word speaks for a body named by its owner: a possessive
("the party's treasury spokesman", "the union's general secretary", "the authority's chief executive") or the body
noun before it ("a ministry spokesman", "a government source", "a company spokeswoman", "a union official"). Such a
speaker speaks for the body that noun points back to (the state, for a state's executive noun, where the story
names one state), printed by its own words; never for a person quoted before, and not when the story names several
states or the title's holder.

Invented dispatches and names; tests/data/quotes_news q331-q340 hold the hand-annotated dev dispatches of the round
(other wording, other names). Each rule has a negative twin where it must not fire."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Row over new levy\n\n"
_DISPATCH = {"headline": HEADLINE, "reference_date": "2028-09-01"}
quote_of = partial(quote_support.quote_of, **_DISPATCH)


def _speaker(pipeline, body: str, words: str) -> tuple[str | None, str]:
    speaker = quote_of(pipeline, body, words).speaker
    return (speaker.actor, speaker.name) if speaker else (None, "")


# -- a possessive body noun --------------------------------------------------------------------------------------

def test_party_possessive_spokesman_speaks_for_the_party(pipeline):
    body = ("The Upland Renewal Party has promised free bus travel for under-21s. \"Young people are stuck at home,\" "
            "the party's transport spokesman said.\n")
    actor, name = _speaker(pipeline, body, "stuck at home")
    assert actor == "org:upland-renewal-party"
    assert name == "the party's transport spokesman"


def test_authority_possessive_chief_executive_speaks_for_the_authority(pipeline):
    body = ("The Morrowfield Water Authority has ordered a supplier to refund households after a billing fault. "
            "\"Every penny will be returned,\" the authority's chief executive told the BBC.\n")
    actor, _ = _speaker(pipeline, body, "Every penny")
    assert actor == "org:morrowfield-water-authority"


def test_union_possessive_official_after_company_is_the_union(pipeline):
    body = ("Keswith Freight Ltd said on Monday it would shut two depots. The Allied Carters Union called a ballot. "
            "\"This came out of nowhere,\" the union's regional secretary said.\n")
    actor, _ = _speaker(pipeline, body, "out of nowhere")
    assert actor == "org:allied-carters-union"


def test_possessive_title_named_before_stays_with_its_holder_not_the_body(pipeline):
    # twin: the title's holder was named with it before; the rule leaves it to the title rules
    body = ("Petra Lindqvale, chief executive of the Brackwater Harbour Authority, said dredging would start in May. "
            "\"It cannot wait,\" the authority's chief executive said.\n")
    actor, _ = _speaker(pipeline, body, "cannot wait")
    assert actor != "org:brackwater-harbour-authority"


# -- the body noun before the office word ------------------------------------------------------------------------

def test_company_spokeswoman_is_the_company_named_before(pipeline):
    body = ("SEATTLE (AP) - Corvane Robotics Inc. is recalling 4,000 warehouse robots after a battery fault. "
            "\"No one was hurt,\" a company spokeswoman said in an email.\n")
    actor, name = _speaker(pipeline, body, "No one was hurt")
    assert actor == "org:corvane-robotics"
    assert name == "a company spokeswoman"


def test_union_official_is_the_union_not_the_firm_quoted_before(pipeline):
    body = ("Dellmere Foods Corp. said Thursday it would close its bakery in Oxtown. The United Bakers Union "
            "condemned the plan. \"Nobody was consulted,\" a union official said.\n")
    actor, _ = _speaker(pipeline, body, "Nobody was consulted")
    assert actor == "org:united-bakers-union"


def test_government_source_speaks_for_the_one_state_named(pipeline):
    body = ("SANTIAGO, Sept 1 (Reuters) - Chile will lift a ban on salmon exports to three markets from October. "
            "\"The ban has done its job,\" a government source told Reuters.\n")
    actor, name = _speaker(pipeline, body, "done its job")
    assert actor == "CHL"
    assert name == "a government source"


def test_government_official_in_a_kyodo_lead_is_the_state(pipeline):
    body = ("TOKYO (Kyodo) -- Japan will send a survey ship to the disputed reef next month, a government official "
            "said Monday.\n")
    actor, _ = _speaker(pipeline, body, "survey ship")
    assert actor == "JPN"


def test_he_after_a_government_official_keeps_its_own_words(pipeline):
    body = ("NAIROBI (Xinhua) -- Kenya will double its maize import quota, a government official said Friday. He "
            "said the first cargoes would arrive in June.\n")
    actor, name = _speaker(pipeline, body, "first cargoes")
    assert actor == "KEN"
    assert name == "a government official"


def test_government_source_with_two_states_stays_unresolved(pipeline):
    # twin: the story names two states; whose government is not clear
    body = ("Norway and Sweden ended talks on fishing quotas without a deal on Tuesday. \"Neither side moved,\" a "
            "government source said.\n")
    actor, _ = _speaker(pipeline, body, "Neither side moved")
    assert actor is None


def test_economist_of_the_bank_named_before_is_read_as_with_its_full_name(pipeline):
    # round 35 (evsides35): "the bank" after one bank named in full is that bank, so "the bank's chief economist"
    # is read as "the Harlowe Savings Bank's chief economist" is (the owner named in the speaker's own phrase);
    # before, the short form was no actor and the economist had none
    said = "\"Inflation will stay high,\" {} chief economist said.\n"
    opening = "The Harlowe Savings Bank raised its mortgage rates on Monday. "
    short, _ = _speaker(pipeline, opening + said.format("the bank's"), "Inflation will stay high")
    full, _ = _speaker(pipeline, opening + said.format("the Harlowe Savings Bank's"), "Inflation will stay high")
    assert short == full


def test_he_after_a_bank_official_is_not_the_economist_quoted_before(pipeline):
    body = ("The Bank of Tarvelia held its main rate on Tuesday. One private economist said the decision was no "
            "surprise. A second bank official said the board would meet again in June. He said the board was \"in no "
            "hurry\" to move.\n")
    actor, name = _speaker(pipeline, body, "in no")
    assert name == "A second bank official"
    assert actor is not None
