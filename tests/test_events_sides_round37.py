"""Round 37 (evsides37): a pattern fired and a side was named as a pair ("the two men", "both presidents"),
or as local councils, and no event came out.

Every dispatch here is invented (people and places appear in no dictionary), in the house styles of
several agencies. Each rule has at least three positive variants and its negatives.
"""

from __future__ import annotations

import wirecoder


def events(pipeline: wirecoder.Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text).events}


def pairs(found: set[tuple[str | None, str | None, str]], root: str) -> set[frozenset]:
    """The unordered pairs of the events of one root (a joint act is coded either way round)."""
    return {frozenset((s, t)) for s, t, r in found if r == root}


# --- a pair of people as the subject: "X and Y ... The two men agreed" (sources.yaml pair_person_nouns) ----

def test_the_two_men_after_two_named_leaders_agreed(pipeline):
    text = ("QUITO, June 2 (Reuters) - Ecuadorean President Benigno Olvera and Colombian President Fausta "
            "Morrell were in the border city of Tulcan on Tuesday.\n\nThe two men agreed to reopen the Rumichaca "
            "bridge to freight traffic by July, officials said.")
    assert frozenset(("ECU", "COL")) in pairs(events(pipeline, text), "03")


def test_both_presidents_criticised_a_third_state(pipeline):
    text = ("SAN SALVADOR (AP) — Salvadoran President Rolando Quiterio and Costa Rican President Emilse Barva "
            "spoke by telephone on Wednesday.\n\nBoth presidents criticised Panama's decision to close its "
            "northern border crossings, their offices said.")
    found = events(pipeline, text)
    assert ("SLV", "PAN", "11") in found and ("CRI", "PAN", "11") in found


def test_both_leaders_warned_a_third_state(pipeline):
    text = ("HANOI, June 5 (Kyodo) - Vietnamese Prime Minister Tranh Quoc Loan and Indonesian President Ardi "
            "Sumartono held a summit in Hanoi on Thursday.\n\nBoth leaders warned China against further patrols "
            "near the Natuna islands, a joint statement said.")
    found = events(pipeline, text)
    assert ("VNM", "CHN", "13") in found and ("IDN", "CHN", "13") in found


def test_the_two_leaders_after_a_dateline_parsed_into_the_pair(pipeline):
    # "PRAGUE (dpa) - X and Y ...": the parser may take the dateline as the first of the coordination
    text = ("PRAGUE (dpa) - Czech Prime Minister Radek Vlasak and Slovak President Miroslava Kuncova were in "
            "Prague on Friday for the opening of a rail museum.\n\nThe two leaders pledged to build a fast rail "
            "link between their capitals by 2032.")
    assert frozenset(("CZE", "SVK")) in pairs(events(pipeline, text), "03")


# --- a pair as the one acted on: "Z urged the two ministers to ..." (targets.py, phrase_actors) ------------

def test_urged_the_two_ministers_names_both(pipeline):
    text = ("JAKARTA, June 6 (Antara) - Malaysia's Foreign Minister Razif Kamarol and Brunei's Foreign Minister "
            "Hasnul Bakri broke off talks on their river border last month.\n\nIndonesian Foreign Minister Wulan "
            "Pratista on Monday urged the two ministers to return to the table before the regional summit.")
    found = events(pipeline, text)
    assert ("IDN", "MYS", "02") in found and ("IDN", "BRN", "02") in found


def test_praised_the_two_women_names_both(pipeline):
    text = ("COPENHAGEN (AP) — Denmark's Prime Minister Sanne Kolby and Finland's Prime Minister Aino Vaskela "
            "signed a Baltic fisheries declaration in Aarhus on Friday.\n\nSweden's Foreign Minister Edvin "
            "Lohman praised the two women for their leadership.")
    found = events(pipeline, text)
    assert ("SWE", "DNK", "05") in found and ("SWE", "FIN", "05") in found


def test_criticised_both_leaders_names_both(pipeline):
    text = ("ANKARA (AA) - Georgian Prime Minister Levan Tsiklauri and Armenian President Aram Ohanyan have "
            "failed to settle a dispute over a mountain road after three rounds of talks.\n\nTurkish Foreign "
            "Ministry spokesman Kerem Oztas on Friday criticised both leaders for ignoring Ankara's proposals.")
    found = events(pipeline, text)
    assert ("TUR", "GEO", "11") in found and ("TUR", "ARM", "11") in found


# --- negatives --------------------------------------------------------------------------------------------

def test_two_men_never_named_are_no_pair(pipeline):
    text = ("TOKYO, June 7 (Kyodo) - Police in Osaka arrested two men on Sunday after slogans were painted on a "
            "wall near a consulate.\n\nThe two men denied the charges, police said.")
    assert not any(r == "12" for _s, _t, r in events(pipeline, text))


def test_two_men_after_two_states_are_no_pair(pipeline):
    # a pair of people takes two people named together, not two states
    text = ("SANTIAGO (EFE) - Chile and Argentina signed a protocol on Wednesday to protect the southern ice "
            "field.\n\nBoth men criticised the delay in the border commission's report.")
    assert not any(r == "11" for _s, _t, r in events(pipeline, text))


def test_the_two_presidents_after_three_named_are_no_pair(pipeline):
    text = ("ASTANA (AP) — The presidents of Kyrgyzstan, Tajikistan and Turkmenistan met in Astana on Saturday."
            "\n\nThe two presidents later criticised Russia's gas prices.")
    assert not any(r == "11" for _s, _t, r in events(pipeline, text))


def test_a_pair_further_back_than_the_sentence_before_is_no_pair(pipeline):
    text = ("LIMA (Reuters) - Peruvian President Anselmo Quiroga and Bolivian President Nilda Coronel met in "
            "Puno on Monday.\n\nThe lake has fallen by two metres since 2020. Fishermen blame mining upstream."
            "\n\nThe two men criticised Chile's water exports.")
    assert not any(r == "11" for _s, _t, r in events(pipeline, text))


# --- local councils, municipalities, local governments as sides (actors agents.yaml, country: story) --------

def test_urged_councils_is_an_appeal_to_councils(pipeline):
    text = ("LONDON, June 8 (Reuters) - Britain's housing minister Corwin Ashdale on Tuesday urged councils to "
            "freeze rents for a year.")
    assert any(t == "org:councils" and r == "02" for _s, t, r in events(pipeline, text))


def test_councils_criticised_a_minister(pipeline):
    text = ("Councils in England have criticised Housing Secretary Imelda Rawcliffe over her plan to force "
            "them to approve 40,000 new homes a year.")
    assert any(s == "org:councils" and r == "11" for s, _t, r in events(pipeline, text))


def test_accused_municipalities_is_an_accusation(pipeline):
    text = ("MADRID (AP) — Spain's finance ministry on Thursday accused several municipalities in Murcia of "
            "hiding debts from auditors.")
    assert any(t == "org:municipalities" and r == "11" for _s, t, r in events(pipeline, text))


def test_works_councils_of_a_firm_are_no_side(pipeline):
    text = ("BERLIN, June 9 (Reuters) - Works councils at carmaker Haldenwerk rejected management plans on "
            "Monday to add a Saturday shift at its Kassel-Nord plant.")
    assert not any(s == "org:councils" for s, _t, _r in events(pipeline, text))
