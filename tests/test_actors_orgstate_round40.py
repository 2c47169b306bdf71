"""Actors, round 40 (orgstate40): a state's word inside an organisation's own name.
(1) "the" + a state's name, adjective or capital + capitalised words ending in a word of an
organisation's name (offices.yaml ``state_named_org_ends``: Union, Club, Forum, Exchange ...), where
spaCy tags no entity over the words, is one organisation of that state; a capital's forum ("the
<Capital> Club", "the <Capital> Process") is of no state. (2) Wherever an organisation's mention
covers a state's word ("the <Adjective> Chamber of Commerce", "the <Capital> Stock Exchange"), the
state's word is no mention of the state: the organisation carries the state as its country, and an
event the body did is not printed as the state's (a state named only there is still printed as an
actor of the story, its words kept out of the mention index). A body of the state that the agents lexicon reads
("the Russian Security Council", "the Russian Foreign Ministry") stays the state's. Invented
dispatches; names, bodies and firms invented."""

from __future__ import annotations

from wirecoder.sources import Document


def ids(pipeline, text: str) -> dict:
    """The actors of ``text`` read as a whole dispatch (its dateline read), by id."""
    return {a.id: a for a in pipeline.extract(Document(text=text, source="invented")).actors}


def record(pipeline, text: str):
    return pipeline.extract(Document(text=text, source="invented"))


# (1) a state-opened name that spaCy tags as no entity


def test_liberties_union_named_after_its_state_is_an_organisation_ap_style(pipeline):
    table = ids(pipeline, "Velmora Rights Sought in Court (AP)\n\nAP - The American Civil Liberties Union asked "
                          "the Supreme Court on Friday to hear its challenge to Kestria's adoption ban.")
    assert "org:american-civil-liberties-union" in table
    assert table["org:american-civil-liberties-union"].country == "USA"


def test_liberties_union_deed_is_not_the_states(pipeline):
    rec = record(pipeline, "Velmora Rights Sought in Court (AP)\n\nAP - The American Civil Liberties Union asked "
                           "the Supreme Court on Friday to hear its challenge to Kestria's adoption ban.")
    assert not any(e.source == "USA" for e in rec.events)


def test_creditors_club_named_after_a_capital_is_no_states_reuters_style(pipeline):
    table = ids(pipeline, "PARIS, June 19 - The Paris Club of creditor nations agreed to a major rescheduling "
                          "of Kestria's debt, officials said.")
    assert "org:paris-club" in table
    assert table["org:paris-club"].country is None
    assert "FRA" not in table


def test_capitals_process_is_a_forum_of_no_state(pipeline):
    rec = record(pipeline, "Talks under the Madrid Process collapsed on Monday as the Kestrian envoy walked out, "
                           "and the Madrid Process accused Kestria of stalling.")
    assert not any(a.id == "ESP" for a in rec.actors)
    assert not any(e.source == "ESP" for e in rec.events)


# (2) a state's word inside a name spaCy tags: no mention of the state


def test_chamber_named_after_a_capital_takes_the_state_as_country_reuters_style(pipeline):
    rec = record(pipeline, "NAIROBI, Dec 5 (Reuters) - The Nairobi Chamber of Shipping criticised the government on "
                           "Monday for raising port fees.")
    org = next(a for a in rec.actors if a.id.startswith("org:nairobi-chamber"))
    assert org.country == "KEN"
    assert not any(e.source == "KEN" for e in rec.events)


def test_stock_exchange_named_after_a_capital_is_not_the_state(pipeline):
    rec = record(pipeline, "The London Stock Exchange accused the regulator of delaying the listing of "
                           "Drenvald Holdings.")
    actors = {a.id: a for a in rec.actors}
    assert actors["org:london-stock-exchange"].country == "GBR"
    assert not any(e.source == "GBR" for e in rec.events)


def test_adjective_opened_association_keeps_its_country_but_not_the_states_mention(pipeline):
    rec = record(pipeline, "AP - The Canadian Civil Liberties Association urged the Supreme Court on Friday to "
                           "strike down the Velmora law.")
    actors = {a.id: a for a in rec.actors}
    assert actors["org:canadian-civil-liberties-association"].country == "CAN"
    assert not any(e.source == "CAN" for e in rec.events)


# state bodies stay the state's


def test_state_security_council_stays_the_states_body(pipeline):
    table = ids(pipeline, "MOSCOW, Dec 5 (Reuters) - The Russian Security Council will meet on Friday to discuss "
                          "the border with Velmora, the Kremlin said.")
    assert "RUS" in table
    assert not any(i.startswith("org:russian-security") for i in table)


def test_state_foreign_ministry_stays_the_states(pipeline):
    rec = record(pipeline, "ANKARA, Dec 5 (Reuters) - The Turkish Foreign Ministry condemned Armenia on "
                           "Thursday for shelling a border post.")
    assert any(e.source == "TUR" or (e.source or "").startswith("org:turk") for e in rec.events)
    assert any(a.id == "TUR" for a in rec.actors)


def test_state_named_only_inside_a_body_is_still_an_actor_reuters_style(pipeline):
    table = ids(pipeline, "Lina Marsktrom, who chairs the Finnish Sawmill Owners Federation, "
                          "said on Tuesday that the export levy would cost rural jobs.")
    assert "FIN" in table
    assert any(i.startswith("org:finnish-sawmill") for i in table)
