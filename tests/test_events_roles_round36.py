"""Events and actors, round 36 (issue 9): an event side named by a sole office's title only.

Wire copy names a head of government or a minister by the title alone once the story has set its state
("The prime minister on Tuesday urged ...", "accused the president of ..."). An office one person holds at a
time (offices.yaml ``sole_offices``), written "the TITLE" with no name after it, is the person the dated
table (office_holders.yaml) gives that office of the dateline's state on the article's day, when no person of
the text holds it. Nothing without the article's day, with another body's office ("the president of the
federation"), or where the text names its own holder ("Prime Minister X ... The prime minister said").

Every dispatch is invented (no invented person is in the table; the table's holders are real office
holders on the day given); the rule has cases where it must not fire.
"""

from __future__ import annotations


def _record(pipeline, text: str, day: str | None):
    return pipeline.extract(text, reference_date=day)


def _ids(pipeline, text: str, day: str | None) -> set[str]:
    return {a.id for a in _record(pipeline, text, day).actors}


def _sides(pipeline, text: str, day: str | None) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in _record(pipeline, text, day).events}


# --- "the TITLE" of the dateline's state: the table's holder on the day -----------------------------
def test_the_prime_minister_of_a_london_dispatch_is_the_holder_on_its_day(pipeline):
    text = ("LONDON (Reuters) - The prime minister on Tuesday urged Iran to release two British engineers held "
            "in Tehran since March, his office said.")
    assert "person:john-major" in _ids(pipeline, text, "1995-05-10")


def test_the_chancellor_of_a_berlin_dispatch_is_the_holder_on_its_day(pipeline):
    text = ("BERLIN (dpa) - The chancellor rejected calls from Greece for more time to meet its budget targets, "
            "a government spokesman said on Monday.")
    assert "person:angela-merkel" in _ids(pipeline, text, "2012-09-03")


def test_the_prime_minister_of_a_tokyo_dispatch_is_the_holder_on_its_day(pipeline):
    text = ("TOKYO (Kyodo) -- The prime minister on Friday criticized China for sending patrol ships into waters "
            "near the disputed islands.")
    assert "person:shinzo-abe" in _ids(pipeline, text, "2013-06-14")


def test_a_president_accused_of_a_deed_is_the_target_of_the_accusation(pipeline):
    # "of" + a gerund is the deed, not another body's office ("the president of the club")
    text = ("WASHINGTON (AP) — Venezuela's foreign minister on Monday accused the president of meddling in his "
            "country's affairs.")
    record = _record(pipeline, text, "2003-02-10")
    assert "person:george-w-bush" in {a.id for a in record.actors}
    assert any(e.source == "VEN" and e.root == "11" for e in record.events)


# --- where it must not fire --------------------------------------------------------------------------
def test_an_undated_dispatch_gives_the_title_no_holder(pipeline):
    text = ("LONDON (Reuters) - The prime minister on Tuesday urged Iran to release two British engineers held "
            "in Tehran since March, his office said.")
    assert not any(i.startswith("person:") for i in _ids(pipeline, text, None))


def test_the_president_of_another_body_is_not_the_head_of_state(pipeline):
    text = ("BERLIN (dpa) - The president of the national football federation criticised the league's clubs on "
            "Monday over match fixing.")
    assert not any(i.startswith("person:") for i in _ids(pipeline, text, "2012-09-03"))


def test_a_title_the_text_gave_a_named_holder_stays_that_holders(pipeline):
    text = ("OSLO (Reuters) - Norwegian Prime Minister Halvard Renstad met Sweden's king on Monday. The prime "
            "minister urged Russia to open its border crossing, officials said.")
    ids = _ids(pipeline, text, "2012-09-03")
    assert "person:halvard-renstad" in ids
    assert "person:jens-stoltenberg" not in ids


def test_a_story_that_never_names_its_state_gives_no_holder(pipeline):
    # no dateline: the state the story names most may be one it only visits, so no one is picked
    text = ("Tributes poured in on Sunday for the late trade minister Oskar Velmundi. The president's staff "
            "said funeral arrangements would be announced later in the week. Velmundi had led trade talks with "
            "the US for a decade. US officials said a delegation would attend, and the US embassy opened a "
            "book of condolence.")
    assert "person:joe-biden" not in _ids(pipeline, text, "2024-02-20")
