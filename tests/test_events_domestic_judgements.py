"""Criticism and praise in domestic politics, said in the speaker's own words (issue 9, round 14).

A party calling a rival's posters tasteless, a committee chairman calling a minister's scheme a
waste of money, a candidate calling reporters dishonest, a minister calling a rival's decision brave:
GUIDE.md codes each as the speaker's criticism (111) or praise (051) of the one whose deed or words
are judged. Every dispatch here is invented (made-up people; real parties and states), so what is
coded must come from the text.
"""

from __future__ import annotations

from wirecoder.events.judgements import judgement_lexicon
from wirecoder.events.lexicon import stance_words

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def judged(pipeline, text: str, root: str, by: tuple[str, ...], of: tuple[str, ...]) -> bool:
    """Whether some event of ``root`` runs from an actor whose id holds one of ``by`` to one whose id
    holds one of ``of`` (a person, a party or its state: the scorer accepts each)."""
    return any(r == root and s and t and any(w in s for w in by) and any(w in t for w in of)
               for s, t, r in coded(pipeline, text))


def judgements_of(pipeline, text: str, of: tuple[str, ...]) -> set[tuple[str | None, str | None, str]]:
    """The criticisms and praise aimed at an actor whose id holds one of ``of``."""
    return {c for c in coded(pipeline, text) if c[2] in {"11", "05"} and c[1] and any(w in c[1] for w in of)}


# --- 1. a rival's deed called by a name: the naming verbs ------------------------------------------
def test_a_candidate_branding_a_rivals_posters_tasteless_criticises_the_rival(pipeline):
    text = ("Labour unveiled a new poster campaign in Manchester on Monday. Conservative candidate "
            "Edwin Quarrie branded it tasteless and offensive.")
    assert judged(pipeline, text, "11", ("quarrie", "conservative", "GBR"), ("labour",))


def test_a_name_from_the_verdict_list_judges_after_a_naming_verb(pipeline):
    # "offensive" is no stance word (a military offensive): as a name given to a thing it judges
    text = "Conservative chairman Harriet Quenby branded Labour's new election posters offensive."
    assert judged(pipeline, text, "11", ("quenby", "conservative", "GBR"), ("labour",))


def test_calling_it_shameful_aims_at_the_party_the_sentence_before_named(pipeline):
    text = ("LONDON (AP) — The Liberal Democrats dropped their pledge on tuition fees on Tuesday. Labour "
            "lawmaker Orla Penhallow called it shameful.")
    assert judged(pipeline, text, "11", ("penhallow", "labour", "GBR"), ("liberal-democrats",))


def test_calling_a_rivals_decision_brave_is_praise(pipeline):
    text = "Conservative chairman Harriet Quenby called the Labour decision brave."
    assert judged(pipeline, text, "05", ("quenby", "conservative", "GBR"), ("labour",))


def test_calling_a_party_dishonest_criticises_the_party(pipeline):
    text = ("COLUMBUS, Ohio (AP) — Republican Senate candidate Dale Hoskin called the Democrats dishonest on "
            "Tuesday.")
    assert judged(pipeline, text, "11", ("hoskin", "republican", "USA"), ("democratic",))


def test_describing_a_rivals_budget_as_a_shambles_criticises_the_rival(pipeline):
    text = "Liberal Democrat leader Tamsin Crowe described Labour's budget as a shambles."
    assert judged(pipeline, text, "11", ("crowe", "liberal-democrats", "GBR"), ("labour",))


def test_a_scheme_branded_a_waste_by_mps_is_their_criticism_of_its_owner(pipeline):
    text = "Labour's rail ticketing scheme was labelled a shameful fiasco by Conservative MPs."
    assert judged(pipeline, text, "11", ("conservative", "GBR"), ("labour",))


def test_a_passive_judgement_between_a_states_own_bodies_runs_from_the_agent(pipeline):
    # domestic politics keeps the specific actors: the one named after a passive verb did it
    text = "The British government's rail scheme was labelled a shameful fiasco by Conservative MPs."
    assert not judged(pipeline, text, "11", ("GBR", "government"), ("conservative", "mps"))


# --- 1b. the verbs of a quarrel ---------------------------------------------------------------------------
def test_hitting_out_at_a_rival_party_criticises_it(pipeline):
    text = "Labour leader Nia Trevelyan hit out at the Conservatives over rail fares on Monday."
    assert judged(pipeline, text, "11", ("trevelyan", "labour", "GBR"), ("conservative",))


def test_taking_a_swipe_at_a_rival_party_criticises_it(pipeline):
    text = "Republican Senate candidate Dale Hoskin took a swipe at the Democrats during a rally in Dayton."
    assert judged(pipeline, text, "11", ("hoskin", "republican", "USA"), ("democratic",))


def test_mocking_a_rivals_plan_criticises_its_owner(pipeline):
    text = "Liberal Democrat leader Tamsin Crowe mocked Labour's housing plan in a speech in Bristol."
    assert judged(pipeline, text, "11", ("crowe", "liberal-democrats", "GBR"), ("labour",))


def test_contradicting_a_rivals_account_rejects_it(pipeline):
    text = ("In a video posted on Tuesday, Republican Senate candidate Dale Hoskin contradicted Democratic "
            "Senator Lena Marquardt's account of the debate.")
    assert judged(pipeline, text, "12", ("hoskin", "republican", "USA"), ("marquardt", "democratic"))


def test_disputing_a_partys_claim_rejects_it(pipeline):
    text = "Labour leader Nia Trevelyan disputed the Conservative Party's claim about rail fares."
    assert judged(pipeline, text, "12", ("trevelyan", "labour", "GBR"), ("conservative",))


# --- 2. a verdict in a quotation on a rival or on what it owns ------------------------------------------
def test_a_chairman_calling_a_rivals_scheme_a_waste_of_money_criticises_its_owner(pipeline):
    text = ("Conservative MP Gareth Pellow said: \"Labour's ticketing scheme has squandered millions of "
            "taxpayers' pounds.\"")
    assert judged(pipeline, text, "11", ("pellow", "conservative", "GBR"), ("labour",))


def test_a_rivals_plan_called_a_shambles_in_a_reported_clause_is_criticism(pipeline):
    text = ("Liberal Democrat leader Tamsin Crowe said the Conservative Party's housing plan was a shambles "
            "from start to finish.")
    assert judged(pipeline, text, "11", ("crowe", "liberal-democrats", "GBR"), ("conservative",))


def test_a_candidate_saying_reporters_were_inaccurate_criticises_the_reporters(pipeline):
    text = ("WASHINGTON (AP) — Republican Senate candidate Dale Hoskin said the reporters covering his "
            "campaign were inaccurate.")
    press = ("report", "journalist", "media", "press")
    assert judged(pipeline, text, "11", ("hoskin", "republican", "USA"), press)


def test_a_party_called_dishonest_in_a_quotation_is_criticised(pipeline):
    text = ("\"The Democrats have been dishonest with voters about the budget,\" Republican Senate candidate "
            "Dale Hoskin told a rally in Dayton on Tuesday.")
    assert judged(pipeline, text, "11", ("hoskin", "republican", "USA"), ("democratic",))


def test_an_attempt_to_deceive_judges_the_party_the_sentence_before_named(pipeline):
    text = ("LONDON (AP) — Labour mailed leaflets styled as council tax bills to pensioners in Kent on "
            "Monday. \"It was a deliberate attempt to deceive pensioners,\" said Liberal Democrat "
            "spokeswoman Orla Penhallow.")
    assert judged(pipeline, text, "11", ("penhallow", "liberal-democrats", "GBR"), ("labour",))


def test_a_rival_that_lied_to_parliament_is_criticised(pipeline):
    text = ("\"The Latvian government lied to parliament about the pipeline,\" Estonian Foreign Minister "
            "Kaja Kull said on Monday.")
    assert ("EST", "LVA", "11") in coded(pipeline, text)


def test_a_rival_that_botched_a_scheme_is_criticised(pipeline):
    text = ("\"Labour botched the rollout of the rail pass and squandered millions,\" Conservative MP "
            "Gareth Pellow told the BBC.")
    assert judged(pipeline, text, "11", ("pellow", "conservative", "GBR"), ("labour",))


def test_a_rivals_incompetence_named_with_its_possessor_is_criticism(pipeline):
    text = ("\"Labour's incompetence has cost every family in this town,\" Conservative candidate Edwin "
            "Quarrie said.")
    assert judged(pipeline, text, "11", ("quarrie", "conservative", "GBR"), ("labour",))


def test_a_minister_calling_a_rivals_decision_brave_praises_the_rival(pipeline):
    text = ("British Prime Minister Tavric Olumbe said Labour's decision to back the rail bill was brave and "
            "principled.")
    assert judged(pipeline, text, "05", ("olumbe", "GBR"), ("labour",))


def test_a_rival_that_did_an_excellent_job_is_praised(pipeline):
    text = ("\"The Liberal Democrats did an excellent job on the housing bill,\" Conservative chairman "
            "Harriet Quenby said.")
    assert judged(pipeline, text, "05", ("quenby", "conservative", "GBR"), ("liberal-democrats",))


# --- 3. what is no judgement of anyone -------------------------------------------------------------------
def test_a_storm_called_a_disaster_codes_nothing(pipeline):
    text = "\"The storm was a disaster for the whole county,\" said Conservative MP Gareth Pellow."
    assert not {c for c in coded(pipeline, text) if c[2] in {"11", "05"}}


def test_a_failure_of_a_pump_codes_nothing(pipeline):
    text = ("\"A failure of the pump at the treatment works flooded the valley,\" a Labour spokesman said "
            "on Monday.")
    assert not {c for c in coded(pipeline, text) if c[2] in {"11", "05"}}


def test_a_scheme_said_not_to_be_a_failure_is_no_criticism(pipeline):
    text = "\"Labour's housing scheme is not a failure,\" said Conservative MP Gareth Pellow."
    assert not {c for c in judgements_of(pipeline, text, ("labour",)) if c[2] == "11"}


def test_waste_water_from_a_neighbours_plant_is_no_criticism(pipeline):
    text = ("\"The waste water from the Latvian plant is now being treated,\" Estonian Environment Minister "
            "Kaja Kull said.")
    assert ("EST", "LVA", "11") not in coded(pipeline, text)


def test_a_military_offensive_is_no_criticism(pipeline):
    text = ("\"The offensive by Latvian troops in the north is over,\" Estonian Defence Minister Kaja Kull "
            "said.")
    assert ("EST", "LVA", "11") not in coded(pipeline, text)


def test_where_a_decision_lies_is_no_accusation_of_lying(pipeline):
    text = ("\"The decision now lies with the Latvian government,\" Estonian Foreign Minister Kaja Kull said "
            "on Monday.")
    assert ("EST", "LVA", "11") not in coded(pipeline, text)


def test_a_rival_said_to_lack_the_courage_is_not_praised(pipeline):
    text = ("\"The Liberal Democrats lack the courage to cut red tape,\" Conservative chairman Harriet Quenby "
            "said.")
    assert not {c for c in coded(pipeline, text) if c[2] == "05"}


def test_a_party_owning_its_own_incompetence_codes_nothing(pipeline):
    text = "\"We were incompetent, and we are sorry,\" a Labour spokesman said on Monday."
    assert not {c for c in coded(pipeline, text) if c[2] == "11" and c[0] and "labour" in c[0]}


# --- 4. the word lists ---------------------------------------------------------------------------------
def test_words_that_often_name_a_thing_are_verdicts_only_not_stance_words():
    # "waste water", "a military offensive", "the expenses scandal", "the town lies on the coast"
    stance = stance_words()
    words, _phrases = judgement_lexicon()
    for word in ("waste", "offensive", "scandal", "chaos", "lie"):
        assert word not in stance
    assert {"waste", "offensive", "scandal", "chaos"} <= set(words)


def test_the_stance_and_verdict_word_lists_do_not_repeat_each_other():
    # a word judged by stance.yaml is coded by that file (judgements.yaml's header says so)
    words, _phrases = judgement_lexicon()
    assert not set(words) & set(stance_words())
