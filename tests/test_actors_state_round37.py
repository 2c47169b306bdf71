"""Actors, round 37 (actstate37): which state a person takes when the words do not name one. An office
that an international body names ("UN spokesperson X", "X, director of the IMF's Asia department",
"NATO Deputy Secretary-General X") serves that body, so its holder is of no state: neither the
dateline's state (a guess for an official whose state goes unsaid) nor the state the story names most.
An envoy or ambassador *to* such a body still serves the state that sends them. Invented dispatches;
names invented."""

from __future__ import annotations

from actor_support import actor, find

from wirecoder.sources import Document


def dispatch(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch (its dateline read), by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def test_director_of_the_imfs_department_after_the_name_in_a_datelined_story(pipeline):
    # Reuters style: the office after the name, the body in a possessive; the dateline's state leads
    table = find(pipeline, "LUSAKA, May 4 (Reuters) - Zambia's debt talks stalled on Tuesday. \"Zambia must cut "
                           "spending first,\" said Halvard Brenneke, director of the IMF's African Department. "
                           "Zambia's finance minister Otieno Mwape welcomed the report.")
    assert actor(table, "person:halvard-brenneke").country is None
    assert actor(table, "person:otieno-mwape").country == "ZMB"  # the state's own official keeps it


def test_un_spokesperson_before_the_name_in_a_story_about_two_states(pipeline):
    # AP style, no dateline: the body's initials before the title
    table = find(pipeline, "India and Pakistan traded artillery fire across the border on Monday. India's army said "
                           "Pakistan fired first, and Pakistan said India had. UN spokesperson Ilse Marrow said the "
                           "secretary-general was calling for restraint. India has rejected mediation.")
    assert actor(table, "person:ilse-marrow").country is None


def test_nato_deputy_secretary_general_in_a_tass_dispatch(pipeline):
    # TASS style: the dateline's state is Russia, the office's owner named right before the title
    table = find(pipeline, "MOSCOW, March 12. /TASS/. Russia will not take part in the talks, the Russian Foreign "
                           "Ministry said on Tuesday. NATO Deputy Secretary-General Corin Vandermolt said the "
                           "alliance regretted the decision. Russia has called the talks pointless.")
    assert actor(table, "person:corin-vandermolt").country is None


def test_spokeswoman_for_the_world_bank_after_the_name(pipeline):
    # AFP style: "for" and the body after the office, a story set in one state
    table = find(pipeline, "DAKAR (AFP) - Senegal will get a new loan for its ports, Senegalese officials said on "
                           "Wednesday. The money will be paid in June, said Amara Tellison, spokeswoman for the "
                           "World Bank. Senegal's government welcomed the loan.")
    assert actor(table, "person:amara-tellison").country is None


def test_who_regional_director_with_a_modifier_between_in_a_xinhua_dispatch(pipeline):
    # Xinhua style: a lower-case word between the body's initials and the title, a BEIJING dateline
    actors = dispatch(pipeline, "BEIJING, Aug. 3 (Xinhua) -- The World Health Organization has praised China's "
                                "new hospital rules, WHO regional director Marguerite Olsvik said here on Monday. "
                                "China's health officials welcomed the praise.")
    assert actors["person:marguerite-olsvik"].country is None


def test_an_envoy_to_the_un_keeps_the_state_that_sends_them(pipeline):
    # Al Jazeera style: an ambassador to an international body serves their own state
    table = find(pipeline, "Pakistan rejected India's claims on Tuesday. Pakistan's envoy to the UN, Tariq Jamsheed, "
                           "said India had fired first. India's army said Pakistan was to blame.")
    assert actor(table, "person:tariq-jamsheed").country == "PAK"


def test_a_bare_spokesperson_in_a_one_state_story_keeps_the_dateline_state(pipeline):
    # Kyodo style: no international body named, so the unsaid state is still the dateline's
    table = find(pipeline, "TOKYO, Jan. 9 Kyodo - Japan will lift its rice import curbs in April, the farm ministry "
                           "said Friday. Ministry spokesperson Haruko Emuta said the plan would be published soon.")
    assert actor(table, "person:haruko-emuta").country == "JPN"


# A state body named without its state ("the Trade Ministry", "the central bank") takes the state whose
# bodies the story names bare: the dateline's capital's, as "the army" and "parliament" do, even where
# another state is named more often (a trade story full of "U.S. dollars"). Several bodies ("lending
# agencies") and a body listed after a phrase that names another state keep the story's state.

def test_central_bank_in_a_hanoi_story_full_of_us_dollars(pipeline):
    # Reuters style: the partner's name in every money figure
    actors = dispatch(pipeline, "HANOI, Oct 2 (Reuters) - Vietnam's exports to the United States rose 14 percent to 9 "
                           "billion U.S. dollars in September, the central bank said on Friday. Exporters were "
                           "paid in U.S. dollars, and U.S. buyers ordered more textiles. The U.S. share of "
                           "exports rose again.")
    assert actors["org:central-bank"].country == "VNM"


def test_foreign_ministry_in_an_addis_ababa_story_about_a_neighbour(pipeline):
    # AFP style: the neighbour named more often than the state the story is filed from
    actors = dispatch(pipeline, "ADDIS ABABA (AFP) - Eritrea has moved troops towards the border, the Foreign Ministry "
                           "said on Sunday. Eritrea denied the claim, and Eritrean state radio said Eritrea wanted "
                           "calm. Eritrea closed the crossing in May.")
    assert actors["org:foreign-ministry"].country == "ETH"


def test_defense_ministry_in_a_tokyo_story_about_chinese_ships(pipeline):
    # Kyodo style: the other state's ships named again and again
    actors = dispatch(pipeline, "TOKYO, Sept. 8 Kyodo - Chinese coast guard ships entered waters near the Senkaku "
                           "Islands again Tuesday, the Defense Ministry said. China says the islands are Chinese, "
                           "and China sent four ships last week.")
    assert actors["org:defense-ministry"].country == "JPN"


def test_a_ministry_listed_after_another_states_exchange_is_not_the_datelines(pipeline):
    # a delegation's programme abroad: the list names the host state's city
    actors = dispatch(pipeline, "SEOUL, May 3 (Reuters) - A Korean trade delegation will go to China next week. During "
                           "the trip the delegation will meet officials of the Beijing stock exchange, the Commerce "
                           "Ministry and the central bank. China and South Korea trade widely, and China wants "
                           "more investment.")
    assert actors["org:commerce-ministry"].country != "KOR"
    assert actors["org:central-bank"].country != "KOR"


def test_lending_agencies_in_a_washington_story_are_no_states(pipeline):
    # several bodies, of several lenders: not the dateline's
    actors = dispatch(pipeline, "WASHINGTON, April 2 - Argentina wants faster loans from official lending agencies, "
                           "Argentine economy minister Rodolfo Ferrante said. Argentina will also ask "
                           "Argentina's commercial banks for new money.")
    assert actors["org:official-lending-agencies"].country != "USA"


def test_a_bare_department_another_state_names_with_the_same_words_is_not_the_datelines(pipeline):
    # Kyodo style: the other state's department named in full first, then bare
    actors = dispatch(pipeline, "TOKYO, July 21 Kyodo - The U.S. Defense Department has stopped buying radios from "
                                "Kessho Denki Co, the company said Tuesday. The Defense Department gave no reason. "
                                "Japan and the United States are allies, and U.S. bases in Japan use the radios.")
    assert actors["org:defense-department"].country != "JPN"
