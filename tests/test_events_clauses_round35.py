"""Events inside reported clauses, round 35 (issue 9): an act the teller says it will (not) do, told
to someone ("X told / assured / informed / promised / warned Y that it would ..."), is aimed at the one
told when the clause names no one else (``events/clauses.py``, ``data/events/clauses.yaml``); and a
"that" clause of "assure", "reassure", "inform" or "notify" whose subject is the teller itself is the
teller's own word, as under "promise" or "vow" (``modality.yaml`` vowing_heads), not a hypothetical.

Why: round 34 measured that sentences with two political actors and no event are mostly governed by
verbs of saying, "tell" second after "say" (``benchmarks/missing_events.py``). Every sentence below is
invented (made-up people, real states), in the house styles of several agencies.
"""

from __future__ import annotations

from event_support import coded


# --- the one told is the target of a promise, refusal or threat the teller makes ----------------------
def test_a_refusal_told_to_a_state_is_aimed_at_it(pipeline):
    kenya = "The Kenyan foreign ministry told Somalia on Monday that Nairobi would not recognise the vote."
    chile = "SANTIAGO, May 4 (Reuters) - Chile told Bolivia that it would not recognise the new maritime claim."
    ghana = "ACCRA (AFP) - Ghana's government told Togo it would not recognise the disputed tally, a spokesman said."
    assert ("KEN", "SOM", "12") in coded(pipeline, kenya)
    assert ("CHL", "BOL", "12") in coded(pipeline, chile)
    assert ("GHA", "TGO", "12") in coded(pipeline, ghana)


def test_an_offer_told_to_a_state_is_aimed_at_it(pipeline):
    turkey = "Turkey told Greece on Friday it was ready to hold talks on the disputed islets."
    egypt = "CAIRO, June 2 (Xinhua) -- Egypt told Sudan that it was prepared to send medical aid to Darfur."
    oman = "MUSCAT (AP) — Oman told Yemen's government on Sunday that it was willing to host negotiations, a minister said."
    assert ("TUR", "GRC", "03") in coded(pipeline, turkey)
    assert ("EGY", "SDN", "03") in coded(pipeline, egypt)
    assert ("OMN", "YEM", "03") in coded(pipeline, oman)


def test_a_clause_told_to_reporters_or_about_another_aims_at_no_one_told(pipeline):
    reporters = "Egypt's foreign minister told reporters in Cairo that Egypt was prepared to host negotiations."
    another = "Japan told South Korea on Tuesday that China was ready to hold talks on the fishing zone."
    passive = "Greece was told by Turkey that it would not recognise the maritime claim."
    assert not any(t == "org:reporters" for _, t, _ in coded(pipeline, reporters))
    assert ("JPN", "KOR", "03") not in coded(pipeline, another)
    assert ("GRC", "TUR", "12") not in coded(pipeline, passive)


# --- "assure", "inform": the teller's own word about what it will do -----------------------------------
def test_an_assurance_of_aid_is_a_promise_to_the_one_assured(pipeline):
    norway = "OSLO, Feb 9 (NTB) - Norway assured Somalia on Tuesday that it would provide humanitarian aid this year."
    japan = "TOKYO (Kyodo) -- Japan reassured the Philippines it would provide financial aid for the flood recovery."
    canada = "Canada has informed Haiti that it will provide emergency funding for the police, officials said."
    assert ("NOR", "SOM", "03") in coded(pipeline, norway)
    assert ("JPN", "PHL", "03") in coded(pipeline, japan)
    assert ("CAN", "HTI", "03") in coded(pipeline, canada)


def test_an_assurance_about_another_states_deed_codes_no_promise(pipeline):
    kenya = "Norway assured Somalia that Kenya would provide humanitarian aid this year."
    qatar = "The Saudi minister informed Yemen that Qatar would send medical teams to Aden."
    chile = "Argentina assured Peru that Chile would hold talks on the fishing dispute."
    assert not any(s == "KEN" and r == "03" for s, _, r in coded(pipeline, kenya))
    assert not any(s == "QAT" and r == "03" for s, _, r in coded(pipeline, qatar))
    assert not any(s == "CHL" and r == "03" for s, _, r in coded(pipeline, chile))
