"""Which person or body stands for a state on the source side of a domestic act, round 39 (issue 9).

Where a person of a state acts on a person of the same state, ``Coder._domestic`` puts the specific
actors back for the state on each side. It used to take, for the source, the nearest actor of that
state before the trigger. That actor is often not the doer:

- a demand ("X said Y should ...", ``demand_events``) has its trigger on the modal, after the one asked:
  the nearest actor before it is the one asked, who became the doer of the demand of himself;
- a speaker's appositive names another person ("X, a former aide to President Y, said ..."): Y, not X.

The doer is now looked for first in the doer's own subject phrase (for a demand, the reporter's), its
head word first, and the one asked in the asked clause's subject (``Coder._side_phrases``); the state
of a doer phrase that already names a source of that state ("Estonian opposition leader X") is that
source's own and is dropped.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
"""

from __future__ import annotations

from event_support import codes


def _sources(found, code_prefix: str = "10") -> set:
    return {s for s, _, c in found if c.startswith(code_prefix)}


# --- a demand: the reporter demands it of the one asked ------------------------------------------------
def test_opposition_leader_says_prime_minister_should_resign(pipeline):
    found = codes(pipeline, "TALLINN (Reuters) - Estonian opposition leader Kalev Roostemaa said on Tuesday that "
                            "Prime Minister Maarja Tamsalu should resign over the port contracts.")
    assert ("person:kalev-roostemaa", "person:maarja-tamsalu", "100") in found
    assert "person:maarja-tamsalu" not in _sources(found)
    assert "EST" not in _sources(found)  # the adjective state is the opposition leader's own


def test_mp_says_health_secretary_should_apologise(pipeline):
    found = codes(pipeline, "LONDON (Reuters) - Conservative MP Alan Fewstonby said on Sunday that Health Secretary "
                            "Mary Oakhirst should apologise to nurses over the pay delay.")
    assert ("person:alan-fewstonby", "person:mary-oakhirst", "100") in found
    assert "person:mary-oakhirst" not in _sources(found)


def test_former_minister_told_reporters_interior_minister_must_resign(pipeline):
    found = codes(pipeline, "NAIROBI, Kenya (AP) \u2014 Daniel Mwangeka, a former trade minister and an ally of "
                            "President Samuel Kiptanui, told reporters that Interior Minister Joseph Wekesanda must resign.")
    assert ("person:daniel-mwangeka", "person:joseph-wekesanda", "100") in found
    assert not _sources(found) & {"person:joseph-wekesanda", "person:samuel-kiptanui"}


def test_former_minister_said_cabinet_secretary_must_step_down(pipeline):
    found = codes(pipeline, "Former Kenyan trade minister Daniel Mwangeka told reporters in Nairobi that Interior "
                            "Minister Joseph Wekesanda must apologise to the families.")
    assert ("person:daniel-mwangeka", "person:joseph-wekesanda", "100") in found
    assert "person:joseph-wekesanda" not in _sources(found)


# --- the speaker's appositive names another person of the state: not the doer -----------------------------
def test_aide_of_president_says_government_should_act(pipeline):
    found = codes(pipeline, "DAKAR, March 3 (AFP) - Senegalese opposition figure Awa Ndiorene, a former aide to "
                            "President Macky Faloune, said the government should suspend the new fuel levy.")
    assert ("person:awa-ndiorene", "SEN", "100") in found
    assert "person:macky-faloune" not in _sources(found)


def test_adviser_of_president_says_estonian_government_should_act(pipeline):
    found = codes(pipeline, "Jaan Kivimets, a former adviser to President Liis Oravmaa, said the Estonian "
                            "government should lower fuel taxes before the winter.")
    assert ("person:jaan-kivimets", "EST", "100") in found
    assert "person:liis-oravmaa" not in _sources(found)


def test_rival_of_president_says_government_should_act(pipeline):
    found = codes(pipeline, "Former Estonian finance minister Jaan Kivimets, a longtime rival of President Liis "
                            "Oravmaa, said the government should lower fuel taxes.")
    assert ("person:jaan-kivimets", "EST", "100") in found
    assert "person:liis-oravmaa" not in _sources(found)


def test_critic_of_president_says_government_must_act(pipeline):
    found = codes(pipeline, "NAIROBI (Reuters) - Former Kenyan trade minister Daniel Mwangeka, a fierce critic of "
                            "President Samuel Kiptanui, said on Friday the government must scrap the housing levy.")
    assert ("person:daniel-mwangeka", "KEN", "100") in found
    assert "person:samuel-kiptanui" not in _sources(found)


# --- must not change -------------------------------------------------------------------------------------
def test_demand_between_states_keeps_the_speakers_state(pipeline):
    found = codes(pipeline, "Latvian Foreign Minister Ilze Kalnberga said Russia should withdraw its troops from "
                            "the border area.")
    assert ("LVA", "RUS", "100") in found


def test_passive_should_be_given_is_no_demand(pipeline):
    found = codes(pipeline, "Estonian opposition leader Kalev Roostemaa said Prime Minister Maarja Tamsalu should "
                            "be given more time.")
    assert not any(c.startswith("10") for _, _, c in found)


def test_ought_to_explain_is_no_demand_of_the_reporter(pipeline):
    found = codes(pipeline, "WARSAW (PAP) - Polish senator Bogdan Wierzchomski said Defence Minister Adam "
                            "Karpielewski ought to explain the delayed frigate order to parliament.")
    assert "person:adam-karpielewski" not in {s for s, _, _ in found}
