"""Round 10 of the blind audits, half A (real10a): rules of news writing the audit's misses pointed to, each held
by an invented dispatch and a negative twin (other states, other names, other topics than the audited articles)."""

from __future__ import annotations

from quote_support import quote_with

REF = "2026-11-29"

# --- a spokeswoman's run of quotes stays hers, not the woman quoted before her ---------------------------
_SPOKESWOMAN = (
    "CARDIFF (BBC) - Welsh First Minister Gerant Pryce has been urged to apologise after remarks about rural "
    "drinking. Opposition leader Alwen Gaskoigne said: \"He should take this back at once.\" But a government "
    "spokeswoman insisted Mr Pryce had been talking about adults. \"He was speaking about grown-ups who drink "
    "too much,\" she said. \"It was simply a recognition that people will drink, but that cheap promotions are "
    "not acceptable.\""
)


def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman(pipeline):
    for words in ("grown-ups who drink", "cheap promotions"):
        speaker = quote_with(pipeline, _SPOKESWOMAN, words).speaker
        assert speaker is None or speaker.actor != "person:alwen-gaskoigne"
        assert speaker is not None and "spokeswoman" in speaker.name


def test_she_after_a_named_woman_quoted_since_is_that_woman(pipeline):
    text = _SPOKESWOMAN.replace(
        "\"He was speaking about",
        "Ms Gaskoigne, speaking in the assembly, said the remarks were careless. \"He was speaking about")
    assert quote_with(pipeline, text, "grown-ups who drink").speaker.actor == "person:alwen-gaskoigne"


_SPOKESWOMAN_FOR = (
    "SANTIAGO (AFP) - Chilean Senator Bruna Altamiro demanded that Interior Minister Osvaldo Tarquenio resign "
    "over the fuel protests. \"He has lost the trust of the country,\" she told reporters. A spokeswoman for Mr "
    "Tarquenio said he would stay in his post. \"The minister has the full backing of the president,\" she said."
)


def test_she_after_a_spokeswoman_for_a_person_speaks_for_that_person(pipeline):
    speaker = quote_with(pipeline, _SPOKESWOMAN_FOR, "full backing").speaker
    assert speaker is not None and speaker.actor == "person:osvaldo-tarquenio"


def test_she_after_a_spokeswoman_and_the_woman_again_is_that_woman(pipeline):
    text = _SPOKESWOMAN_FOR.replace(
        "\"The minister has", "Ms Altamiro said on Tuesday she would table a motion. \"The minister has")
    assert quote_with(pipeline, text, "full backing").speaker.actor == "person:bruna-altamiro"


# --- a poll's shares of respondents are its findings, not statements -------------------------------------
_POLL = (
    "LIMA, March 3 (Reuters) - Fuel costs have squeezed households across Peru, a new survey showed. Some 58 "
    "percent of Peruvian adults said rising fares were a burden, and 19 percent said they had skipped a meal in "
    "the past month. More than a third of bus operators who took part said they had already raised ticket prices."
)


def test_shares_of_those_polled_are_no_quotes(pipeline):
    record = pipeline.extract(_POLL, reference_date=REF)
    assert not [q for q in record.quotes if any(w in q.text for w in ("burden", "skipped a meal", "ticket prices"))]


def test_half_of_a_union_saying_they_will_strike_still_quotes(pipeline):
    text = ("QUITO, March 3 (AP) - Half of the drivers' union members said they would strike on Monday over the "
            "new fares, union leader Bertil Anaro told reporters.")
    record = pipeline.extract(text, reference_date=REF)
    assert any("strike on Monday" in q.text for q in record.quotes)


def test_a_pollster_still_speaks(pipeline):
    text = ("LIMA, March 3 (Reuters) - Fuel costs have squeezed households across Peru. Pollster Ines Carvallo "
            "said rising fares were now the main worry of voters.")
    assert quote_with(pipeline, text, "main worry").speaker.actor == "person:ines-carvallo"


# --- "a commission spokeswoman": the noun before the spokesperson names the body spoken for -------------------
_COMMISSION = (
    "MADRID (Reuters) - The European Commission has defended its new fishing quotas for Spain. A Galician fisheries "
    "councillor, Lidia Ramalhete, said the quotas were fair. Opposition MP Carla Vintem said: \"The quotas will ruin "
    "small fishermen.\" But a commission spokeswoman said the quotas would be reviewed in June. \"Nobody will lose "
    "their licence,\" she said."
)


def test_a_spokeswoman_named_by_a_body_noun_speaks_for_that_body(pipeline):
    for words in ("reviewed in June", "lose their licence"):
        assert quote_with(pipeline, _COMMISSION, words).speaker.actor == "EU"


def test_a_spokeswoman_named_by_a_noun_no_body_here_has_is_not_that_body(pipeline):
    text = _COMMISSION.replace("a commission spokeswoman", "a union spokeswoman")
    speaker = quote_with(pipeline, text, "reviewed in June").speaker
    assert speaker is not None and speaker.actor != "EU"


# --- a judgement of an action told in the same sentence is aimed at its doer ------------------------------
def _events(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def test_a_move_branded_by_a_party_is_its_criticism_of_the_doer(pipeline):
    text = ("OSLO (Reuters) - Norway's fisheries minister Halvar Brekstad has dropped the quota cut, in a move "
            "branded a \"betrayal\" by the Centre Party.")
    assert any(s == "org:centre-party" and t in {"NOR", "person:halvar-brekstad"} and r == "11"
               for s, t, r in _events(pipeline, text))


def test_a_decision_condemned_by_a_state_is_aimed_at_the_state_that_took_it(pipeline):
    text = "ATHENS (AP) - Greece closed its border crossing on Monday, a decision condemned by Turkey."
    assert ("TUR", "GRC", "11") in _events(pipeline, text)


def test_a_person_described_by_a_judgement_is_no_told_action(pipeline):
    text = "SANTIAGO (AFP) - Chilean Finance Minister Ardo Velmiro met the Bolivian envoy, a diplomat criticised by Argentina."
    assert not any(s == "ARG" and t in {"CHL", "person:ardo-velmiro"} for s, t, _ in _events(pipeline, text))


def test_a_place_branded_by_a_party_is_no_criticism_of_the_visitor(pipeline):
    text = ("SANTIAGO (AFP) - Chilean Finance Minister Ardo Velmiro visited the copper mine, a site branded a "
            "\"death trap\" by the Socialist Party.")
    assert not any(t in {"CHL", "person:ardo-velmiro"} and r == "11" for _, t, r in _events(pipeline, text))


_RAIL = ("LONDON (BBC) - Transport Secretary Wilma Drennick has announced plans to scrap the rail fare rise, in a move "
         "branded a \"shameful U-turn\" by the Liberal Democrats.")


def test_a_move_branded_by_a_party_judges_the_minister_who_made_it(pipeline):
    assert any(s == "org:liberal-democrats" and t in {"GBR", "person:wilma-drennick"} and r == "11"
               for s, t, r in _events(pipeline, _RAIL))


def test_a_week_branded_by_a_party_is_no_told_action_of_the_minister(pipeline):
    text = _RAIL.replace("a move branded a \"shameful U-turn\"", "a week branded a \"shameful\" one")
    assert not any(s == "org:liberal-democrats" and t in {"GBR", "person:wilma-drennick"}
                   for s, t, _ in _events(pipeline, text))
