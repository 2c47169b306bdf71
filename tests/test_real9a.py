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
_SINCE = """OTTAWA, May 4 - Finance officials gather next week.
    {sentence}
"""


def test_talks_after_first_time_since_are_a_time_anchor(pipeline):
    text = _SINCE.format(sentence="The finance ministers of Japan and Canada will gather in Geneva for the first "
                                  "time since their January talks in Osaka, where they agreed to keep the yen "
                                  "from sliding further.")
    assert not {e for e in coded(pipeline, text) if e[2].startswith("04")}


def test_talks_after_a_plain_since_are_still_coded(pipeline):
    text = _SINCE.format(sentence="Japan and Canada have kept the yen steady since their January talks in Osaka, "
                                  "where they agreed to keep the yen from sliding further.")
    assert {e for e in coded(pipeline, text) if e[2].startswith("04")}


# --- actors/quotes: "the chancellor" is not the shadow chancellor named before -------------------------
_SHADOW = """Chancellor courts Labour voters

Harold Pemberley has urged supporters to turn out, warning the "stakes are high" in the coming election.

The chancellor said the poll would give a clear choice. He told his party's conference the Tories must not win.

To a packed hall in Leeds, Mr Pemberley accused shadow chancellor Dorian Quillfeather of plotting cuts. \
Turning to the economy, {title} promised to keep inflation low in a third term.

He also pledged to fight child poverty. "My message to young families is that housing is at the heart of our plans," he said.
"""


def test_the_chancellor_is_not_the_shadow_chancellor(pipeline):
    said = speakers(pipeline, _SHADOW.format(title="the chancellor"))
    mine = [who for what, who in said.items() if "young families" in what or "inflation low" in what]
    assert mine and all(who == "person:harold-pemberley" for who in mine)


def test_the_shadow_chancellor_is_the_shadow_chancellor(pipeline):
    said = speakers(pipeline, _SHADOW.format(title="the shadow chancellor"))
    mine = [who for what, who in said.items() if "young families" in what or "inflation low" in what]
    assert mine and all(who == "person:dorian-quillfeather" for who in mine)


# --- quotes: a thing promised is a commitment, not words -----------------------------------------------
_PROMISE = """Ministers set out school budgets

EDINBURGH - Head teachers have warned that schools will struggle to keep staff. {sentence} Unions said the sum was too small.
"""


def test_a_sum_promised_is_no_quote(pipeline):
    said = speakers(pipeline, _PROMISE.format(sentence="Mr Dunleavy has promised them about £2bn next year."))
    assert not [what for what in said if "£2bn" in what]


def test_a_promise_that_reports_words(pipeline):
    said = speakers(pipeline, _PROMISE.format(sentence="Mr Dunleavy has promised that schools will get about £2bn "
                                                       "next year."))
    assert [what for what in said if "£2bn" in what]


# --- quotes: what a paper "has learned" is its own account, not words said ----------------------------
def test_what_a_paper_has_learned_is_no_quote(pipeline):
    text = ("Rail fares set to rise\n\nRail fares in Wales are set to rise by about 5% in the spring, the Cardiff "
            "Courier has learned.\n\nOperators will confirm the figures on Monday.\n")
    assert not [what for what in speakers(pipeline, text) if "5%" in what]


def test_what_a_paper_reported_is_a_quote(pipeline):
    text = ("Rail fares set to rise\n\nRail fares in Wales are set to rise by about 5% in the spring, the Cardiff "
            "Courier reported.\n\nOperators will confirm the figures on Monday.\n")
    assert [what for what in speakers(pipeline, text) if "5%" in what]


# --- quotes: British "they" goes on with a named body -------------------------------------------------
_THEY = """Councils warn over care funding

The finance minister has asked councils to hold down charges. {subject} says that it is ready to work with \
ministers on savings but that these will not cover the gap. They say the plans for the next two years will leave \
care homes short of staff.
"""


def test_they_after_a_named_body_is_that_body(pipeline):
    said = speakers(pipeline, _THEY.format(subject="The councils' umbrella group Ardlow"))
    assert [who for what, who in said.items() if "care homes" in what] == ["org:ardlow"]


def test_they_after_a_named_person_is_not_that_person(pipeline):
    said = speakers(pipeline, _THEY.format(subject="Care manager Morag Ellisby"))
    assert [who for what, who in said.items() if "care homes" in what] != ["person:morag-ellisby"]


# --- actors: a title and its holder on two lines of wrapped wire copy -----------------------------------
_WRAPPED_TITLE = """U.S. TO SEEK FARM TALKS

WASHINGTON, April 9 - The United States will press for new farm talks, a senior U.S. official said.
    Some officials including British Trade Minister{gap}Alistair Penhallow, have said the index could be useful as a
method of negotiating lower farm subsidies worldwide.
"""


def test_a_title_wrapped_before_its_holder_gives_role_and_country(pipeline):
    table = {a.id: a for a in pipeline.extract(_WRAPPED_TITLE.format(gap="\n"), reference_date=REF).actors}
    person = table.get("person:alistair-penhallow")
    assert person is not None and person.country == "GBR" and person.role == "Trade Minister"


def test_a_title_ending_a_paragraph_is_not_the_next_names(pipeline):
    text = _WRAPPED_TITLE.format(gap=".\n\n").replace("Some officials including", "Officials met the")
    table = {a.id: a for a in pipeline.extract(text, reference_date=REF).actors}
    person = table.get("person:alistair-penhallow")
    assert person is None or person.role is None


# --- quotes: of a group that speaks, the one member named ----------------------------------------------
_MEMBERS = """FARM TALKS SET FOR MAY

GENEVA, April 9 - Farm ministers will meet in May, the organisers said.
    Several ministers, including {members}, have said the new index could help trade talks.
"""


def test_one_member_named_in_a_speaking_group_is_the_speaker(pipeline):
    said = speakers(pipeline, _MEMBERS.format(members="Norway's Trade Minister Eirik Sandvold"))
    assert [who for what, who in said.items() if "index" in what] == ["person:eirik-sandvold"]


def test_two_members_named_leave_the_group_the_speaker(pipeline):
    said = speakers(pipeline, _MEMBERS.format(members="Norway's Eirik Sandvold and Chile's Ramona Quiltero"))
    assert all(who not in ("person:eirik-sandvold", "person:ramona-quiltero")
               for what, who in said.items() if "index" in what)


# --- events: daring a named side to act is a demand; disputing with it is not -------------------------
_DARE = "LONDON - Opposition leader Fergus Alnwick {clause}\n"


def test_challenging_a_body_to_act_is_a_demand(pipeline):
    text = _DARE.format(clause="challenged the Treasury to publish its forecasts so the auditors can check them.")
    assert ("person:fergus-alnwick", "org:treasury", "100") in coded(pipeline, text)


def test_challenging_a_body_over_a_thing_is_no_demand(pipeline):
    text = _DARE.format(clause="challenged the Treasury over its forecasts.")
    assert not {e for e in coded(pipeline, text) if e[2].startswith("10")}
