"""Round 38's false and mis-cut quotes (qprec38).

1. An instrument that prescribes (a deal, a plan, a law, a draft) as the subject of a verb of asking or proposing
   ("the accord calls for", "the bill proposes", "a plan calling for", "the scheme, which had called for") states
   its terms: no one's words. A person who calls for something, a person's name that is such a noun ("Jack Law"),
   and a report of a deal by someone ("the union's proposal, X said, ...") still report.
2. "find" (and the other verbs that report only a clause) in its base form, after a modal or "to", with a small
   clause ("could find it harder to ...", "will find their margins shrinking") tells how someone may find a
   thing, no finding stated. A past finding with a small clause ("found the depot stripped of its records") and a
   "that" clause still report.
3. "told <outlet>'s <programme> he hoped ...": the parser reads the clause after the listener as a relative clause
   with no pronoun; it is what was told. "the show he hosts" (a gap) and "... that ..." after it stay as they were.
4. (Guards only.) A cue in a clause that a subordinator opens ("..., when she told X she would run", "..., after she
   said ...") takes no fronted report; "..., he said" and "..., as X said" do. A rule for it was tried and dropped: it
   changed no printed quote in 250 pool articles (the parser already hangs such clauses apart there).
5. "described" with only a topic as object ("described the thick smoke", "described working long shifts") reports
   nothing said; "described X as Y", quoted words and "described how ..." still report.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _contents(pipeline, text):
    return [q.text for q in pipeline.extract(text).quotes]


# --- 1. an instrument's terms --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # Reuters style: a commodity pact with an aside between subject and verb
    ("ZEMLAND, March 4 (Reuters) - The Corvasi agreement, signed by five producer states last month, calls for "
     "export quotas to be cut by 10 pct from April. Prices rose on the news.", "export quotas to be cut"),
    # AP style: a relative clause on the instrument
    ("The Oldrev lending scheme, which had called for fresh credit lines to small farms, has stalled since the summer.",
     "fresh credit lines to small farms"),
    # AFP style: a participle hung on the instrument
    ("BELMARO (AFP) - The rebels on Sunday rejected a peace plan calling for a ceasefire by May.",
     "a ceasefire by May"),
    # BBC style: a bill that proposes
    ("The bill proposes a levy of two pence a litre on aviation fuel, and it goes to a vote next week.",
     "a levy of two pence"),
    # TASS style: a named treaty with its article, "says"
    ("MOSCOW, June 2 (TASS) - The Verkhov Treaty says the two states must notify each other of naval drills.",
     "the two states must notify"),
])
def test_instrument_terms_are_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, present", [
    # a person calls for something about an instrument
    ("Senator Rhys Calloway called for a review of the port contract on Tuesday.", "a review of the port contract"),
    # a person's name that is such a noun
    ("Lawyer Jack Law said the ruling on the Trelawne estate would be appealed.", "the ruling on the Trelawne estate"),
    # someone reports what a proposal holds
    ("The union's proposal, Ms Edna Tandry said, calls for a four-day week.", "calls for a four-day week"),
])
def test_people_on_instruments_still_report(pipeline, text, present):
    assert any(present in c for c in _contents(pipeline, text))


# --- 2. a finding that may come -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # Nature style: a modal, "it" and a comparative
    ("On its pledges for the coming decade, Vellmark could find it harder to meet its targets.", "it harder to meet"),
    # Reuters style: "will", an object and a participle
    ("Smaller lenders in Orvania will find their margins shrinking as rates fall.", "their margins shrinking"),
    # AP style: "appear to find", an object and an adjective
    ("Younger voters in Kesterton may find both parties' manifestos unconvincing.",
     "both parties' manifestos unconvincing"),
])
def test_finding_that_may_come_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, present", [
    # a past finding with a small clause
    ("GRELSTADT (Reuters) - Inspectors from the Grelstadt port authority found the depot stripped of its records, "
     "the authority said.", "found the depot stripped of its records"),
    # a that-clause after a modal
    ("An inquiry by Judge Oruna Feldt found that the ward had been understaffed for two years.",
     "the ward had been understaffed"),
])
def test_findings_still_report(pipeline, text, present):
    assert any(present in c for c in _contents(pipeline, text))


# --- 3. what was told to a programme ------------------------------------------------------------------------
@pytest.mark.parametrize("text, present", [
    # BBC style: a radio programme, "he believed"
    ("The shadow minister, Oren Tallis, told Sky News's Sunday show he believed the budget figures were wrong.",
     "he believed the budget figures were wrong"),
    # BBC style: a television programme, "there was"
    ("Ms Arkwright told Radio Velm's Breakfast programme there was no case for a second levy on farmers.",
     "there was no case for a second levy"),
    # Reuters style: a newspaper, a past perfect
    ("Orvanian trade minister Lida Ventross told the Halmoor Gazette newspaper the talks had broken down.",
     "the talks had broken down"),
])
def test_clause_told_to_a_programme(pipeline, text, present):
    assert any(c.startswith(present) or present in c for c in _contents(pipeline, text))


def test_programme_he_presents_is_no_report(pipeline):
    contents = _contents(pipeline, "Mr Orrin Pelloway told the programme he presents that the station would close.")
    assert not any(c.startswith("he presents") for c in contents)


# --- 4. a cue in a clause of time ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # BBC style: "when he told"
    ("Ms Orla Finch played down talk of a leadership bid until June, when she told Kestrel FM's Drive show she would "
     "run.", "Ms Orla Finch played down"),
    # AP style: "after she said"
    ("Shares in Dorrant Foods fell 4 percent on Monday, after chief executive Mara Quell said sales had slowed.",
     "Shares in Dorrant Foods fell"),
    # AFP style: "because the ministry announced"
    ("PARVELLE (AFP) - Fishermen in Parvelle stayed in port on Tuesday, because the fisheries ministry announced "
     "a ban on night trawling.", "Fishermen in Parvelle stayed"),
])
def test_clause_before_a_subordinated_cue_is_no_report(pipeline, text, absent):
    assert not any(c.startswith(absent) for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, present", [
    # the plain fronted report
    ("The Orvane bridge will reopen in March, the roads minister said.", "The Orvane bridge will reopen in March"),
    # "as" still attributes
    ("The talks will resume in Keldar next week, as the foreign minister, Ilse Vantor, said on Monday.",
     "The talks will resume in Keldar next week"),
])
def test_fronted_reports_still_report(pipeline, text, present):
    assert any(c.startswith(present) for c in _contents(pipeline, text))


# --- 5. the topic of an account ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # AP style: neighbours and a participle on the object
    ("Shopkeepers on Dray Street in Harlow Vale described the thick smoke drifting from the depot.", "the thick smoke"),
    # New Yorker style: a scientist at a workshop, a dilemma
    ("At a workshop in Tarnow, the glaciologist Wren Adebe described a dilemma facing her team.", "a dilemma facing"),
    # Guardian style: workers and a gerund
    ("Warehouse staff at Brenmoor Foods described working twelve-hour shifts without a break.",
     "working twelve-hour shifts"),
])
def test_topic_described_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, present", [
    # "as" says what was said of the thing
    ("Fisherman Joss Kettering described the quota rules as unworkable and unfair to small boats.",
     "the quota rules as unworkable"),
    # quoted words
    ("The Brenmoor Foods chairman, Alun Pryce, described the results as \"disappointing\".", "disappointing"),
    # "how" opens an account of what happened
    ("Her lawyer, Mina Osterby, described how the fire had spread through the flats.",
     "how the fire had spread"),
])
def test_descriptions_still_report(pipeline, text, present):
    assert any(present in c for c in _contents(pipeline, text))
