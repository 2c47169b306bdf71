"""Round 39's false and mis-cut quotes (qprec39).

1. A preposition of place, occasion or audience right after an object cue ("pledged in Kelmora to ...", "promised at
   a rally to ...", "admitted before the court that ...", "posted in a forum that ...") is no part of the cue or the
   content: what was said follows it; with nothing after it ("testified before two panels", "announced soon after
   the vote") nothing said is reported. A preposition that is the cue's own ("hinted at a cut") and a that-clause
   right after the verb stay as they were.
2. "reveal" with only a noun phrase ("a gown that revealed a sequinned bodice", "revealed the extent of his injuries")
   lays a thing bare or names a topic; "revealed that ...", a finite verb after the object and quoted words report.
3. "cite" in any form with only a noun phrase ("the agency cited weaker demand") names a reason or a finding; a
   content clause on the noun ("cited speculation that ...") and "cited X as saying" still report.
4. A headline's passive without its "is" ("Envoy Said to Have Fled", "Airline Reported to Be Near Collapse") says what
   others say of the subject: no quote; "said to reporters that ..." and "promised to ..." stay. A headline's
   "admits lying", "denies taking bribes" (a gerund phrase, no subject, no quoted words) sums up an act, as its noun
   phrases do; "denies he misled ..." and quoted words stay.
5. Verbs of emphasis and expression with only a noun phrase ("stressed the importance of ties", "expressed
   reservations", "reiterated his openness") report no words; their clause ("stressed that ...", "expressed concern
   that ...") and quoted words still do.
6. Verbs of the mind, of persuading and of finding that the that-clause rule read as cues ("has calculated that",
   "suspect that", "discovered that", "want to prove that") report no words; "said that" beside them stays.
7. A date as a line's label ("Friday: X reports ...") is no speaker, and the writer's aside, a cue in the infinitive or
   the gerund of an adjective said of a dummy "it" ("worth remembering that", "fair to say"), is no quote; a person's
   label line and a person saying such an aside stay.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _contents(pipeline, text):
    return [q.text for q in pipeline.extract(text).quotes]


# --- 1. a preposition of place or occasion after an object cue ----------------------------------------------------
@pytest.mark.parametrize("text, content", [
    # Reuters style: "pledged in <place> <time> to ..."
    ("VARNO, Feb 2 (Reuters) - Finance ministers of five Oderan states pledged in Varno on Friday to hold their "
     "currencies within a narrow band.", "to hold their currencies within a narrow band"),
    # AFP style: "promised at a rally in <place> to ..."
    ("TESSALY (AFP) - The mayor, Odile Brancq, promised at a rally in the old port to cut bus fares by a fifth.",
     "to cut bus fares by a fifth"),
    # AP style: "admitted before a court that ...", the parser hanging the clause on the court
    ("BRENNA, Ostria (AP) — The former finance director of the port authority admitted before a district court "
     "that he had falsified its ledgers.", "he had falsified its ledgers"),
    # the parser reading the pledge's infinitive after a place and a day as a purpose
    ("The mayor of Tessaly, Odile Brancq, promised at a rally in the old port on Sunday to cut bus fares by a fifth.",
     "to cut bus fares by a fifth"),
    ("The Halvik premier vowed in a televised address on Friday to rebuild the flooded districts.",
     "to rebuild the flooded districts"),
    # Anadolu style: "posted in a forum ... that ..."
    ("ANKARA (AA) - Nadia Orsk posted in a forum for Trelby parents that she had waited eight months for a "
     "childminder.", "she had waited eight months for a childminder"),
])
def test_occasion_preposition_is_cut_off(pipeline, text, content):
    contents = _contents(pipeline, text)
    assert content in contents, contents


@pytest.mark.parametrize("text, absent", [
    # BBC style: testified before panels, nothing said
    ("Central bank governor Ilse Haraldsen testified before two parliamentary committees on Thursday.",
     "two parliamentary committees"),
    # Reuters style: a step announced soon after a vote
    ("The union's leader, Jana Ostrov, walked out of the pay talks - a step she announced soon after the vote.",
     "the vote"),
    # AP style: posted in groups, nothing said
    ("Her husband, Pavel Orsk, also posted in several local groups for parents on Sunday.", "several local groups"),
])
def test_occasion_preposition_alone_reports_nothing(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, content", [
    # the cue's own preposition
    ("The Halvik central bank hinted at a cut in interest rates.", "a cut in interest rates"),
    # a that-clause the parser hangs on the cue
    ("The Ministry of Ports announced at a news conference that the Kessel terminal would close.",
     "the Kessel terminal would close"),
    # an object after the occasion
    ("Officials confirmed in a statement the death of a second climber on Mount Ossel.",
     "the death of a second climber on Mount Ossel"),
])
def test_own_preposition_and_clause_stay(pipeline, text, content):
    assert content in _contents(pipeline, text)


# --- 2. "reveal" with only a noun phrase -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # a fashion page: clothing reveals
    ("The actress Lenna Voss wore a sleeveless gown of green silk that revealed a sequinned bodice.",
     "a sequinned bodice"),
    # a science feature: the thaw reveals
    ("By March the snow had thinned to reveal two bands of ice, which melted at different rates.", "two bands of ice"),
    # BBC style: a person reveals a topic
    ("The theatre's director, Aldo Prennick, revealed the full scale of the cuts to its grant.",
     "the full scale of the cuts"),
])
def test_reveal_noun_phrase_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, content", [
    ("The Kessmark port authority revealed that three cranes had been damaged.", "three cranes had been damaged"),
    ("Minister Aline Pavek revealed the talks with Drossland had collapsed.", "the talks with Drossland had collapsed"),
    ('The company revealed a "serious breach" of its payroll system.', 'a "serious breach" of its payroll system'),
])
def test_reveal_clause_or_quoted_words_stay(pipeline, text, content):
    assert content in _contents(pipeline, text)


# --- 3. "cite" with only a noun phrase -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # Kyodo style: a rating agency's reason
    ("TOKYO, Feb 6 (Kyodo) - A rating agency cut its outlook for Harune Motors and cited weaker demand for small "
     "trucks.", "weaker demand for small trucks"),
    # AP style: inspectors' findings
    ("Port inspectors cited three breaches of the safety code at the Oshiba yard.", "three breaches of the safety code"),
    # Reuters style, present tense
    ("The Halvik water board cites rising costs and a shortage of engineers.", "rising costs"),
])
def test_cite_noun_phrase_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, content", [
    ("Dealers cited speculation that the central bank would cut rates.",
     "speculation that the central bank would cut rates"),
    ("The minister cited a local trader as saying the market had collapsed.", "the market had collapsed"),
])
def test_cite_clause_or_as_saying_stays(pipeline, text, content):
    assert content in _contents(pipeline, text)


# --- 4. a headline's passive without "is" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Orvath Said to Have Kidney Failure; Cabinet to Meet",
    "Kestrel Airline Reported to Be Near Bankruptcy",
    "Drelmark Said to Plan Bid for Vostel Mines",
])
def test_headline_passive_is_no_quote(pipeline, text):
    assert _contents(pipeline, text) == []


@pytest.mark.parametrize("text, content", [
    ("Mr Harrow said to reporters that the vote would be delayed.", "the vote would be delayed"),
    ("The Tessaly governor promised to reopen the bridge by May.", "to reopen the bridge by May"),
])
def test_said_to_listener_and_promise_stay(pipeline, text, content):
    assert content in _contents(pipeline, text)


@pytest.mark.parametrize("headline", [
    "Kessmark director admits lying",
    "Senator denies taking bribes from Ostran firm",
    "Former port chief admits falsifying ledgers",
])
def test_headline_gerund_is_no_quote(pipeline, headline):
    text = headline + "\n\nThe hearing in Dravik continues on Monday, officials said.\n"
    assert _contents(pipeline, text) == ["The hearing in Dravik continues on Monday"]


@pytest.mark.parametrize("headline, content", [
    ("Minister denies he misled parliament", "he misled parliament"),
    ('Harbour board denies "reckless" spending', '"reckless" spending'),
])
def test_headline_clause_or_quoted_words_stay(pipeline, headline, content):
    text = headline + "\n\nThe hearing in Dravik continues on Monday, officials said.\n"
    assert content in _contents(pipeline, text)


# --- 5. verbs of emphasis with only a noun phrase -------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # TASS style
    ("MOSCOW, February 8 (TASS) - Varnel Foreign Minister Yuri Kaltsev stressed the importance of close ties with "
     "Ostra.", "the importance of close ties"),
    # Xinhua style
    ("BEIJING, Feb. 9 (Xinhua) -- Delegates from three downstream states expressed reservations about the Ossel "
     "river fund.", "reservations"),
    # AFP style
    ("The news agency's director reiterated his call for a transparent inquiry into the shooting.",
     "his call for a transparent inquiry"),
])
def test_emphasis_noun_phrase_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


@pytest.mark.parametrize("text, content", [
    ("Kaltsev stressed that the two countries would sign a new trade accord in April.",
     "the two countries would sign a new trade accord in April"),
    ("The Oderan premier expressed concern that the talks would collapse.", "concern that the talks would collapse"),
    ('The union expressed its "deep regret" over the closures.', 'its "deep regret" over the closures'),
])
def test_emphasis_clause_or_quoted_words_stay(pipeline, text, content):
    assert content in _contents(pipeline, text)


# --- 6. verbs of the mind and of finding ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    # Al Jazeera style
    ("DRAVIK (Al Jazeera) - The government in Dravik has calculated that a crackdown would cost it more than it "
     "would gain.", "a crackdown would cost"),
    # Guardian style
    ("Engineers at the Tolvan field station discovered that a seal on one of the data loggers had failed.",
     "a seal on one of the data loggers"),
    # a feature: wants to prove
    ("The team wants to prove that a thin reflective coating can slow the melt of small glaciers.",
     "a thin reflective coating"),
    # BBC style: suspicion
    ("Many in the city suspect that the army is waiting for the protesters to tire.", "the army is waiting"),
])
def test_mind_and_finding_verbs_are_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


def test_said_that_beside_them_stays(pipeline):
    text = ("Many in Dravik suspect that the army is waiting. Interior Minister Halim Qassar said on Saturday that the "
            "camps would be cleared by agreement.")
    assert "the camps would be cleared by agreement" in _contents(pipeline, text)


# --- 7. date labels and the writer's aside --------------------------------------------------------------------------
def test_date_labels_are_no_speakers(pipeline):
    text = ("The week ahead for investors\n\nMonday: Tarvel Mining reports first-quarter earnings as it awaits "
            "approval of its merger.\n\nFriday: Oderland releases monthly inflation figures, and its central bank "
            'meets.\n\nKessa Lund: "We will not give up the harbour."\n')
    quotes = pipeline.extract(text).quotes
    assert not any(q.speaker and q.speaker.name in ("Monday", "Friday") for q in quotes)
    assert any("We will not give up the harbour" in q.text for q in quotes)


@pytest.mark.parametrize("text, absent", [
    ("However, it's important to note that the plant is toxic to cats.", "the plant is toxic to cats"),
    ("It's worth remembering that the Tessaly accord was signed in haste.", "the Tessaly accord was signed"),
    ("For all the criticism, it is fair to say the Halvik council has kept its promises.", "has kept its promises"),
])
def test_writer_aside_is_no_quote(pipeline, text, absent):
    assert not any(absent in c for c in _contents(pipeline, text))


def test_someone_saying_it_is_important_stays(pipeline):
    text = "Mr Orsk said it was important to note that the index fell."
    assert any("the index fell" in c for c in _contents(pipeline, text))
