"""Round real9a: general rules from the misses and spurious items of audit round 9's half A, each held by
an invented dispatch (made-up people, real states) and a negative twin where the rule could over-fire.
Never an audited article's wording."""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str, reference_date: str = REF) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.cameo) for e in pipeline.extract(text, reference_date=reference_date).events}


def speakers(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text, reference_date=REF)
    return {q.text: (q.speaker.actor if q.speaker else None) for q in record.quotes}


# --- events: a deed after "since" on a rank word is the time the news is measured from ------------------
_SINCE = """BRUSSELS, June 3 (Reuters) - Diplomats confirmed the date on Monday.
    {sentence}
"""


def test_talks_after_first_time_since_are_a_time_anchor(pipeline):
    text = _SINCE.format(sentence="The chief negotiators of Serbia and Kosovo sit down in Brussels on Thursday for "
                                  "the first time since their March talks in Ohrid.")
    assert not {e for e in coded(pipeline, text) if e[2].startswith("04")}


def test_talks_after_a_plain_since_are_still_coded(pipeline):
    text = _SINCE.format(sentence="Serbia and Kosovo have kept the Jarinje crossing open since their March talks "
                                  "in Ohrid.")
    assert {e for e in coded(pipeline, text) if e[2].startswith("04")}


# --- actors/quotes: "the chancellor" is not the shadow chancellor named before -------------------------
_SHADOW = """Budget row deepens at Westminster

Imogen Castlereagh has told MPs that her spending plans "add up" for every department.

The chancellor said the budget would protect hospitals. Ms Castlereagh accused shadow chancellor Barnaby Trevose \
of inventing a black hole in the figures. In a later interview, {title} promised to keep borrowing down.
"""


def test_the_chancellor_is_not_the_shadow_chancellor(pipeline):
    said = speakers(pipeline, _SHADOW.format(title="the chancellor"))
    mine = [who for what, who in said.items() if "borrowing down" in what]
    assert mine and "person:barnaby-trevose" not in mine


def test_the_shadow_chancellor_is_the_shadow_chancellor(pipeline):
    said = speakers(pipeline, _SHADOW.format(title="the shadow chancellor"))
    mine = [who for what, who in said.items() if "borrowing down" in what]
    assert mine == ["person:barnaby-trevose"]


# --- quotes: a thing promised is a commitment, not words -----------------------------------------------
_PROMISE = """Drought aid for hill farms

CARDIFF - Farmers' leaders met ministers on Monday. {sentence} The union said the sum fell far short.
"""


def test_a_sum_promised_is_no_quote(pipeline):
    said = speakers(pipeline, _PROMISE.format(sentence="Rural affairs minister Colm Ravensworth has promised them "
                                                       "£40m in drought relief."))
    assert not [what for what in said if "£40m" in what]


def test_a_promise_that_reports_words(pipeline):
    said = speakers(pipeline, _PROMISE.format(sentence="Rural affairs minister Colm Ravensworth has promised that "
                                                       "hill farms will get £40m in drought relief."))
    assert [what for what in said if "£40m" in what]


# --- quotes: what a paper "has learned" is its own account, not words said ----------------------------
_LEARNED = """Island ferries cut

The operator will drop a third of its winter sailings to the northern isles, the Harbour Gazette has {verb}.

Islanders' groups meet the operator on Friday.
"""


def test_what_a_paper_has_learned_is_no_quote(pipeline):
    assert not [what for what in speakers(pipeline, _LEARNED.format(verb="learned")) if "winter sailings" in what]


def test_what_a_paper_reported_is_a_quote(pipeline):
    assert [what for what in speakers(pipeline, _LEARNED.format(verb="reported")) if "winter sailings" in what]


# --- quotes: British "they" goes on with a named body -------------------------------------------------
_THEY = """Nurses weigh pay offer

The health secretary has offered ward staff a 3% rise. {subject} says it will put the offer to a vote but that \
the sum trails prices. They say wards will keep losing staff to agencies unless pay improves.
"""


def test_they_after_a_named_body_is_that_body(pipeline):
    said = speakers(pipeline, _THEY.format(subject="The Carvenmore Nursing Federation"))
    assert [who for what, who in said.items() if "agencies" in what] == ["org:carvenmore-nursing-federation"]


def test_they_after_a_named_person_is_not_that_person(pipeline):
    said = speakers(pipeline, _THEY.format(subject="Ward sister Elspeth Rowntree"))
    assert [who for what, who in said.items() if "agencies" in what] != ["person:elspeth-rowntree"]


# --- quotes: of a group that speaks, the one member named ----------------------------------------------
_MEMBERS = """Cod quota talks open

OSLO, June 2 - Fisheries ministers of the North Atlantic states opened two days of quota talks on Monday.
    Several delegations, including {members}, have said the cod quota should be cut by a fifth.
"""


def test_one_member_named_in_a_speaking_group_is_the_speaker(pipeline):
    said = speakers(pipeline, _MEMBERS.format(members="Iceland's Fisheries Minister Bergthora Vallsdottir"))
    assert [who for what, who in said.items() if "cod quota" in what] == ["person:bergthora-vallsdottir"]


def test_two_members_named_leave_the_group_the_speaker(pipeline):
    said = speakers(pipeline, _MEMBERS.format(members="Iceland's Bergthora Vallsdottir and Canada's Maxine Thibodeau"))
    assert all(who not in ("person:bergthora-vallsdottir", "person:maxine-thibodeau")
               for what, who in said.items() if "cod quota" in what)


# --- events: daring a named side to act is a demand; disputing with it is not -------------------------
_DARE = "LONDON - Opposition leader Fergus Alnwick {clause}\n"


def test_challenging_a_body_to_act_is_a_demand(pipeline):
    text = _DARE.format(clause="challenged the Treasury to publish its forecasts so the auditors can check them.")
    assert ("person:fergus-alnwick", "org:treasury", "100") in coded(pipeline, text)


def test_challenging_a_body_over_a_thing_is_no_demand(pipeline):
    text = _DARE.format(clause="challenged the Treasury over its forecasts.")
    assert not {e for e in coded(pipeline, text) if e[2].startswith("10")}
