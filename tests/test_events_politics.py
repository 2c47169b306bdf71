"""The politics gate (issue 9, events12): an event is printed only when it is an interaction of
politics (GUIDE.md: "every interaction between political actors"; domestic politics counts).

Two layers (events/politics.py, data/events/politics.yaml): an event needs a political side (a state,
an IGO, a state branch, a party, an armed group); and a story of sport, markets, company results or
entertainment prints only the events whose sentence shows politics of its own (a state branch, an
IGO, a word of politics), since there a state's name is most often a team or a market.

Every dispatch is invented (made-up people, clubs and companies; real states), in agency styles.
"""

from __future__ import annotations

import pytest
from event_support import coded

from wirecoder.events.politics import Politics
from wirecoder.record import Actor

# --- sport: national teams are not states acting ---------------------------------------------------
FOOTBALL = """Hosts stay top after qualifier win

ROSARIO, June 14 (Reuters) - Argentina beat Uruguay 2-0 in their World Cup qualifier on Tuesday, with \
striker Tomas Ferreyra scoring twice in the first half at a packed stadium.
Uruguay's players protested against the referee after the second goal, and Uruguay coach Marco Saldivar \
accused Argentina of time-wasting in the second half.
Argentina attacked from the kickoff and their goalkeeper kept a clean sheet. Argentina top the group with \
14 points, two ahead of Brazil, who host Chile in their next qualifier.
Ferreyra, 24, has now scored 11 goals in 19 matches for his country and leads the league scoring chart \
with his club."""

RUGBY = """Late penalty settles Six Nations thriller

DUBLIN, Feb 9 (AFP) - Ireland beat Wales 24-21 in the Six Nations on Saturday, a late penalty from \
fly-half Conor Reddan settling a match Wales had led at half-time.
Wales accused Ireland of killing the ball at the breakdown, and Welsh players protested against the \
referee's decision to award the penalty.
Ireland attacked relentlessly in the final quarter. Ireland now lead the championship with two wins \
from two matches; Wales play France in Cardiff next weekend.
Reddan scored 14 points and was named player of the match by the tournament's organisers, and his \
coach said the squad would rest before the next fixture."""


def test_a_football_report_with_beat_attacked_and_accused_codes_nothing(pipeline):
    assert not coded(pipeline, FOOTBALL)


def test_a_rugby_report_with_teams_accusing_each_other_codes_nothing(pipeline):
    assert not coded(pipeline, RUGBY)


def test_police_arresting_rioters_after_a_derby_is_still_politics(pipeline):
    text = ("Minister condemns derby violence\n\nMADRID, March 3 (Reuters) - Spanish police arrested 12 rioters "
            "after supporters of two clubs fought outside the stadium following Sunday's league derby, "
            "which Velmont won 3-1 with two goals from their striker.\nThe coach of the losing club blamed "
            "the referee, and the league said it would fine both clubs after the match. Velmont lead the "
            "league by five points this season, and their goalkeeper has kept nine clean sheets in 14 "
            "matches.")
    assert any(s in {"ESP", "org:police", "org:spanish-police"} and r == "17" for s, _, r in coded(pipeline, text))


# --- business: companies are not parties to politics, a state acting on markets is ----------------
MERGER = """Orvane agrees to buy rival Castellix for $4 billion

NEW YORK, June 2 (Reuters) - Orvane Corp agreed to buy rival chemicals maker Castellix Inc for $4 billion \
on Monday, the latest deal in an industry hit by weak demand.
Castellix shareholders threatened to reject the offer, and a hedge fund sued Orvane in a Delaware court \
last month. Shares in Castellix rose 12 percent."""

COMPANY_COURT = """Drugmaker wins patent case against rival

BERLIN, May 9 (AP) - Drugmaker Helvane AG sued rival Pharmacor last year, accusing it of copying a \
cancer drug, and Pharmacor threatened to counter-sue. Helvane said it would appeal the ruling.
Shares in Helvane fell 6 percent in Frankfurt."""


def test_a_merger_story_with_agreed_to_buy_sued_and_threatened_codes_nothing(pipeline):
    assert not coded(pipeline, MERGER)


def test_a_court_case_between_two_companies_codes_nothing(pipeline):
    assert not coded(pipeline, COMPANY_COURT)


def test_a_state_threatening_tariffs_in_a_market_report_is_still_coded(pipeline):
    text = ("Stocks fall as Washington threatens tariffs\n\nNEW YORK, Aug 5 (Reuters) - U.S. stocks fell on "
            "Monday and the Nasdaq lost 2 percent after the United States threatened to impose tariffs on "
            "Chinese goods. Shares of chipmakers led the losses, investors sold technology stocks and bond "
            "yields fell. Quarterly earnings had been strong, and dividends were unchanged.")
    assert ("USA", "CHN", "13") in coded(pipeline, text)


# --- crime and civilians: a political side is needed ----------------------------------------------
def test_a_gang_attacking_a_shop_with_no_state_actor_codes_nothing(pipeline):
    assert not coded(pipeline, "Armed gang raids jewellers\n\nLYON, Oct 3 (AFP) - A gang of armed robbers "
                               "attacked a jewellery shop in central Lyon on Friday before fleeing on motorbikes.")


def test_police_arresting_a_gang_is_coded(pipeline):
    found = coded(pipeline, "LYON, Oct 9 (AFP) - French police arrested six members of a gang of armed robbers "
                            "on Thursday after a string of raids on jewellery shops.")
    assert any(r == "17" and t == "org:gang" for _, t, r in found)


def test_protesters_attacking_journalists_with_no_state_side_codes_nothing(pipeline):
    assert not coded(pipeline, "BUCHAREST, May 2 (AP) - Protesters attacked journalists outside the stadium on Saturday.")


# --- domestic politics stays --------------------------------------------------------------------
def test_a_strike_where_nurses_protest_against_a_ministry_stays(pipeline):
    text = ("Nurses protest against health ministry over pay\n\nNAIROBI, Feb 11 (Reuters) - Thousands of nurses "
            "in Kenya marched to the health ministry in Nairobi on Monday to protest against a pay freeze.\n"
            "Police fired tear gas at the protesters outside the ministry.")
    found = coded(pipeline, text)
    assert any(r == "14" for _, _, r in found)
    assert any(r == "17" and t == "org:protesters" for _, t, r in found)


def test_teachers_protesting_outside_a_ministry_stays(pipeline):
    found = coded(pipeline, "LIMA, Sept 2 (Reuters) - Thousands of Peruvian teachers protested outside the "
                            "Education Ministry in Lima on Tuesday, and their union demanded that the government "
                            "raise wages.")
    assert any(r == "14" for _, _, r in found)


# --- the classes, as promised by politics.yaml --------------------------------------------------
def actor(kind: str, sector: str | None = None, role: str | None = None) -> Actor:
    return Actor(id=f"x:{kind}-{sector}", name="X", kind=kind, country=None, role=role, sector=sector)


@pytest.mark.parametrize(("kind", "sector"), [("state", None), ("igo", None), ("organization", "GOV"),
                                              ("organization", "COP"), ("organization", "JUD"),
                                              ("organization", "PTY"), ("group", "REB"), ("group", "UAF"),
                                              ("person", "ELI"), ("person", "LEG"), ("person", None),
                                              ("group", None)])
def test_these_are_political_sides(kind, sector):
    assert Politics.load().political_side(actor(kind, sector))


@pytest.mark.parametrize(("kind", "sector"), [("organization", "BUS"), ("organization", "MED"),
                                              ("group", "CRM"), ("group", "CVL"), ("person", "BUS"),
                                              ("organization", None), ("place", None)])
def test_these_are_civil_sides(kind, sector):
    assert not Politics.load().political_side(actor(kind, sector))


def test_a_minister_whose_record_lacks_a_sector_is_still_a_political_side():
    assert Politics.load().political_side(actor("person", None, role="Foreign Minister"))


def test_an_id_the_table_lacks_is_a_state_the_coder_put_there():
    # a minister's state or the state a protest is held in need not be an actor of the table
    from wirecoder.actors import ActorTable
    from wirecoder.record import Event

    event = Event("org:marchers", "PSE", "141", "14", 3, -6.5, "PROTEST", None, False, None, None, (0, 1), (0, 1))
    table = ActorTable([Actor(id="org:marchers", name="marchers", kind="group", sector="CVL")])
    assert Politics.load().keeps(table, event)
    assert not Politics.load().keeps(table, Event("org:marchers", "org:reporters", "180", "18", 4, -9.0,
                                                  "ASSAULT", None, False, None, None, (0, 1), (0, 1)))


# --- the story layer: judged from the whole article ------------------------------------------
def test_a_match_report_is_not_a_political_story(pipeline):
    from wirecoder.actors import ActorTable

    assert not Politics.load().story(pipeline.nlp(FOOTBALL), ActorTable())


def test_a_merger_report_is_not_a_political_story(pipeline):
    from wirecoder.actors import ActorTable

    text = MERGER + (" Shares in Orvane fell 3 percent, as investors weighed the cost of the takeover against "
                     "its quarterly earnings; Orvane said it would keep its dividend, and shareholders of both "
                     "companies will vote on the merger in September.")
    assert not Politics.load().story(pipeline.nlp(text), ActorTable())


def test_a_strike_against_a_ministry_is_a_political_story(pipeline):
    from wirecoder.actors import ActorTable

    text = ("Nurses in Kenya went on strike against the health ministry, and the government said police "
            "would keep order while ministers met union leaders. The opposition backed the strike.")
    assert Politics.load().story(pipeline.nlp(text), ActorTable())
