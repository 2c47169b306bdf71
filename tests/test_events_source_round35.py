"""Round 35 (evsource35): wrong sources where a firm is named by its nationality.

Two rules, both from the judged pool's wrong sources (pool_events.py): a "group" named by its trade
("a Dutch electronics group", arguments.yaml trade_group_heads) is a firm, so its nationality lends no
state where it acts; and a later "it" for such a firm (or for a "bank", "carmaker" ... of
business_heads) stands for the firm, not its state (actors/coref.py _names_firm, Context.speaker).

Every dispatch here is invented (people, firms and places appear in no dictionary), in the house styles of
several agencies. Each rule has at least three positive variants and its negatives.
"""

from __future__ import annotations

import wirecoder


def events(pipeline: wirecoder.Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text).events}


def sources(pipeline: wirecoder.Pipeline, text: str) -> set[str | None]:
    return {s for s, _t, _r in events(pipeline, text)}


# --- a trade "group" is a firm: its nationality is not its state acting ----------------------------------

def test_mining_group_is_not_its_state(pipeline):
    text = ("PERTH, March 3 (Reuters) - Australian mining group Korvella Holdings has agreed to pay $2bn to "
            "victims of a dam collapse, the company said on Monday.")
    assert "AUS" not in sources(pipeline, text)


def test_media_and_publishing_group_is_not_its_state(pipeline):
    text = ("PARIS (AFP) - The French media and publishing group Lavenque has agreed to pay compensation "
            "to victims of the Dravos scandal.")
    assert "FRA" not in sources(pipeline, text)


def test_electronics_group_is_not_its_state(pipeline):
    text = ("AMSTERDAM, Oct 2 (AP) - A Dutch electronics group agreed on Thursday to pay 40 million euros "
            "to the Estonian government over a failed contract.")
    assert "NLD" not in sources(pipeline, text)


def test_chemicals_group_in_a_headline_style_lead_is_not_its_state(pipeline):
    text = ("Belgian chemicals group Vortaine pledged support on Wednesday for a Ghanaian plan to clean "
            "up the Ankobra river, a spokeswoman said.")
    assert "BEL" not in sources(pipeline, text)


def test_an_armed_group_keeps_its_country(pipeline):
    # "terror" is an armed side's word (group_armed_compounds): CAMEO codes such a side by its country
    text = "ISLAMABAD (Reuters) - A Pakistani terror group attacked a police post in Afghanistan's Kunar province."
    assert "PAK" in sources(pipeline, text)


def test_a_state_group_keeps_its_state(pipeline):
    # "state" (state_owned_words): a firm said to be the state's own keeps its state
    text = "BEIJING (Xinhua) - Chinese state oil group Tanhua signed a supply agreement with the Kenyan government."
    assert "CHN" in sources(pipeline, text)


# --- "it" after a firm named by its nationality is the firm ----------------------------------------------

def test_it_after_a_us_bank_is_not_the_us(pipeline):
    text = ("NEW YORK (AP) - A US bank has said it will donate more than $8m to victims of Chile's "
            "former military rulers.")
    assert "USA" not in sources(pipeline, text)


def test_it_after_a_trade_group_is_not_its_state(pipeline):
    text = ("STOCKHOLM, May 9 (Reuters) - A Swedish forestry group said on Tuesday it had agreed to pay "
            "12 million crowns to the Latvian government.")
    assert "SWE" not in sources(pipeline, text)


def test_it_after_an_insurer_is_not_its_state(pipeline):
    text = ("OTTAWA (Reuters) - A Canadian insurer said on Friday it would donate $3m to the Haitian "
            "government for flood relief.")
    assert "CAN" not in sources(pipeline, text)


def test_it_after_a_state_still_stands_for_the_state(pipeline):
    text = ("TALLINN, May 9 (Reuters) - Estonia said on Tuesday it had agreed to pay 12 million euros "
            "to the Latvian government.")
    assert "EST" in sources(pipeline, text)
