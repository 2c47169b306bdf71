"""Events, round 41 (issue 9, evsay41): spoken judgements told with no verb of judgement. Every dispatch is
invented (made-up people and groups, real states and parties).

1. A naming verb whose name is a bare adjective after "as" ("described Russia's levy as reckless",
   'as "unjustified and contrary to the treaty"'): the parser hangs the adjective on "as" (no noun
   object), or on the object with "as" under it; it is the name given, judged as a noun name is.
2. A verdict word the parser reads as a passive participle ("the plan was misguided", "the handling
   was botched"): the predicate of a copula, as "was ill-advised" already was; not with a doer named
   ("mishandled by police clerks": a deed told).
3. "X cannot be trusted", "could not be trusted to ...": an actor said by another not to deserve trust
   is blamed (111); not first person, not without the negation, not under "if".
4. "X was right to resume the talks": praise (051) of the subject actor, as "wrong to" blames; "it was
   right to ..." and "the timing was right" judge no one.
"""

from __future__ import annotations

import pytest
from event_support import coded, codes


def test_an_adjective_after_as_is_the_name_a_describing_verb_gives(pipeline):
    found = codes(pipeline, "RIGA (Reuters) - Latvian Foreign Minister Oskar Drenvald on Monday described "
                            "Russia's new transit levy as reckless.")
    assert ("LVA", "RUS", "111") in found, found


def test_a_quoted_pair_of_adjectives_after_as_is_a_name_too(pipeline):
    found = codes(pipeline, "SANTIAGO (AFP) - A Chilean foreign ministry statement described Argentina's decision "
                            "to close its fishing grounds as \"unjustified and contrary to the treaty\".")
    assert ("CHL", "ARG", "111") in found, found


def test_a_praising_adjective_after_as_praises(pipeline):
    found = codes(pipeline, "Latvian Foreign Minister Oskar Drenvald described Russia's offer as constructive.")
    assert ("LVA", "RUS", "051") in found, found


@pytest.mark.parametrize("text", [
    "Latvian Foreign Minister Oskar Drenvald described the talks with Russia as useful.",
    "Latvian Foreign Minister Oskar Drenvald described the situation on the Russian border as tense.",
])
def test_a_neutral_adjective_after_as_judges_no_one(pipeline, text):
    assert not {r for _, _, r in coded(pipeline, text)} & {"11", "05"}


def test_a_verdict_read_as_a_passive_participle_is_still_a_verdict(pipeline):
    found = coded(pipeline, "The Liberal Democrats' housing spokeswoman, Marta Quenvell, said the Conservatives' "
                            "plan to sell off council land was misguided.")
    assert any(t == "org:conservative-party" and r == "11" for _, t, r in found), found


def test_a_negated_participle_verdict_judges_no_one(pipeline):
    found = coded(pipeline, "\"The Conservative handling of the crisis was not misguided,\" Labour MP Marta "
                            "Quenvell said.")
    assert "11" not in {r for _, _, r in found}, found


def test_a_participle_with_its_doer_named_is_no_verdict_on_the_thing_owner(pipeline):
    found = coded(pipeline, "Lawyers for the detained activists told a Cairo court on Tuesday that key case files "
                            "had been mishandled by police clerks.")
    assert "11" not in {r for _, _, r in found}, found


@pytest.mark.parametrize("text", [
    "\"The Tories cannot be trusted with the public finances,\" Labour deputy leader Rosalind Tavener said.",
    "Labour MP Marta Quenvell said the Conservatives could not be trusted with the economy.",
])
def test_an_actor_said_not_to_be_trusted_is_blamed(pipeline, text):
    found = coded(pipeline, text)
    assert any(t == "org:conservative-party" and r == "11" for _, t, r in found), found


@pytest.mark.parametrize("text", [
    "\"We cannot be trusted to do this alone,\" Labour MP Marta Quenvell said.",
    "Labour MP Marta Quenvell said the Conservatives can be trusted on defence.",
    "Labour MP Marta Quenvell said the survey was useful only if its figures can be trusted.",
])
def test_trust_granted_own_or_conditional_blames_no_one(pipeline, text):
    assert "11" not in {r for _, _, r in coded(pipeline, text)}


def test_an_actor_right_to_act_is_praised(pipeline):
    found = codes(pipeline, "TOKYO, Oct. 10 (Kyodo) -- Japanese Chief Cabinet Secretary Tadao Murenaka said Friday "
                            "that South Korea was right to resume the fisheries talks with Japan.")
    assert ("JPN", "KOR", "051") in found, found


@pytest.mark.parametrize("text", [
    "Culture Secretary Edmund Varrow said on Sunday that it was right to focus on the worst-run venues.",
    "Culture Secretary Edmund Varrow said the timing of the licensing review was right.",
])
def test_right_with_no_actor_doing_the_deed_praises_no_one(pipeline, text):
    assert "05" not in {r for _, _, r in coded(pipeline, text)}
