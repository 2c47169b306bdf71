"""Later mentions of states and bodies (actors/coref.py, References; data/actors/coref.yaml).

Every dispatch here is invented. Each mechanism has positives and negatives: an expletive "it", a
generic "they", two candidate antecedents, a quotation boundary.
"""

from __future__ import annotations

import wirecoder
from wirecoder.actors import ActorTable
from wirecoder.article import Article


def refs(pipeline: wirecoder.Pipeline, text: str) -> dict[str, str]:
    """The text of each later mention of a state or body -> its actor."""
    table: ActorTable = pipeline.find_actors(pipeline.nlp(text), Article(text=text, body_span=(0, len(text))))
    return {text[m.start:m.end]: m.actor for m in table.references}


def events(pipeline: wirecoder.Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text).events}


# --- "it", "its" ---------------------------------------------------------------------------------

def test_it_is_the_subject_of_its_own_sentence(pipeline):
    found = refs(pipeline, "Estonia said on Monday that it would expel two diplomats from the embassy.")
    assert found == {"it": "EST"}


def test_it_opening_a_sentence_is_the_last_sentence_subject(pipeline):
    found = refs(pipeline, "Estonia summoned the envoy on Monday. It said its navy would shadow the ships.")
    assert found.get("It") == "EST" and found.get("its") == "EST"


def test_expletive_it_is_nobody(pipeline):
    assert refs(pipeline, "Chile reopened the pass on Sunday. It is likely that trucks will cross by noon.") == {}
    assert refs(pipeline, "Chile reopened the pass on Sunday. It was agreed that trucks would wait.") == {}


def test_it_said_with_no_actor_before_is_nobody(pipeline):
    assert refs(pipeline, "The storm hit the coast at dawn. It said nothing about the harbour.") == {}


def test_it_after_a_person_or_a_thing_as_subject_is_left_alone(pipeline):
    # the subject before it is a person: the events stage's own reporter rule decides
    assert "it" not in refs(pipeline, "Estonia sent a note. Minister Ardo Kuusk said it would expel two diplomats.")
    # the last subject is a thing, not an actor: "it" is the plan
    assert refs(pipeline, "Estonia published a plan on Monday. The plan failed because it ignored the ports.") == {}


def test_two_candidate_subjects_are_no_antecedent(pipeline):
    assert refs(pipeline, "Latvia and Estonia met on Monday. It said the border was calm.") == {}


def test_it_inside_a_quotation_does_not_reach_outside(pipeline):
    found = refs(pipeline, 'Japan sent a note to the embassy. "It is the wrong step," the envoy said.')
    assert "It" not in found
    found = refs(pipeline, 'Japan sent a note. "It will not stand by," Prime Minister Taro Okubo told reporters.')
    assert "It" not in found


# --- "they", "their" -----------------------------------------------------------------------------

def test_they_is_a_group_named_by_a_plural(pipeline):
    found = refs(pipeline, "Ukrainians marched on the square on Monday. They said the vote was rigged.")
    assert found.get("They") in (None, "UKR")  # a state by its people: left to the data
    text = "The Vardenians closed the border on Monday. They said their troops would stay."
    assert set(refs(pipeline, text).values()) <= {"org:vardenians"}


def test_generic_they_is_nobody(pipeline):
    assert refs(pipeline, "They say the sea is rising around the islands.") == {}
    assert refs(pipeline, "Peru closed the port on Monday. They say the water is rising.") == {}


# --- "the country", "the ministry" ----------------------------------------------------------------

def test_the_country_is_the_one_state_named(pipeline):
    found = refs(pipeline, "Peru declared a state of emergency on Monday. The country's army was deployed to the coast.")
    assert found == {"The country": "PER"}


def test_the_country_after_two_states_is_the_subject(pipeline):
    found = refs(pipeline, "France criticised Germany over the budget. The country said the plan was unfair.")
    assert found == {"The country": "FRA"}


def test_the_country_with_two_states_and_no_subject_is_nobody(pipeline):
    assert refs(pipeline, "Talks between France and Germany stalled. The decision angered the country.") == {}


def test_the_ministry_is_the_body_of_that_noun(pipeline):
    found = refs(pipeline, "Kenya's Ministry of Health announced new rules on Tuesday. The ministry said clinics must close.")
    assert found == {"The ministry": "org:kenya-ministry-of-health"}


def test_another_ministry_is_no_later_mention(pipeline):
    text = "Kenya's Ministry of Health announced new rules on Tuesday. The other ministry said clinics must close."
    assert refs(pipeline, text) == {}
    assert refs(pipeline, "Peru declared a state of emergency. A ministry said clinics must close.") == {}


# --- pairs --------------------------------------------------------------------------------------

def test_both_sides_are_the_last_pair(pipeline):
    found = refs(pipeline, "Ghana and Togo signed a border deal on Monday. Both sides agreed to reopen the crossing.")
    assert found == {"Both": "GHA", "sides": "TGO"}


def test_the_two_countries_after_three_states_are_nobody(pipeline):
    text = "Ghana, Togo and Benin signed a border deal on Monday. The two countries agreed to reopen the crossing."
    assert refs(pipeline, text) == {}


def test_a_pair_feeds_the_events_stage(pipeline):
    text = "Peru recalled its ambassador from Chile on Friday. The two countries held talks in Lima on Monday."
    assert any(e[0] in {"PER", "CHL"} and e[1] in {"PER", "CHL"} and e[2] == "04" for e in events(pipeline, text))


# --- the index ------------------------------------------------------------------------------------

def test_later_mentions_add_no_actor_and_change_no_speaker(pipeline):
    text = "Estonia summoned the envoy on Monday. It said its navy would shadow the ships."
    record = pipeline.extract(text)
    assert {a.id for a in record.actors} == {"EST"}
    quote = next(q for q in record.quotes)
    assert quote.speaker is None or quote.speaker.actor in (None, "EST")


def test_an_owner_outside_a_subject_is_left_to_the_events_stage(pipeline):
    # "its" is the one told to act, not the one who demands; the doer's own forces are no target
    assert "its" not in refs(pipeline, "Chad demanded on Monday that Niger withdraw its troops from the lake.")
    assert "their" not in refs(pipeline, "The Chadians put their forces on alert on Monday.")


def test_a_coordinated_modifier_is_no_single_antecedent(pipeline):
    assert "their" not in refs(pipeline, "Latvian and Estonian officials agreed that their navies would patrol.")


def test_a_pronoun_does_not_reach_into_the_paragraph_before(pipeline):
    text = "Estonia summoned the envoy on Monday.\n\nRenamed overnight, it posted a notice on the door."
    assert "it" not in refs(pipeline, text)


def test_quote_regions_reads_only_the_marks_as_a_walk_over_every_character_does() -> None:
    """_quote_regions finds the marks by a regular expression (speed only): the same regions as a walk
    over every character, for curly and straight marks, a quote left open at a paragraph's end, an
    opening mark inside an open quote and a closing mark with none open."""
    from wirecoder.actors.coref import _quote_regions

    def walk(text: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for para in text.split("\n"):
            opened = None
            for i, ch in enumerate(para):
                if ch == "\u201c" or (ch == '"' and opened is None):
                    opened = start + i
                elif ch in "\u201d\"" and opened is not None:
                    out.append((opened, start + i))
                    opened = None
            if opened is not None:
                out.append((opened, start + len(para)))
            start += len(para) + 1
        return out

    texts = ['Minister Ivo Saar said "we will stay" and left.',
             "\u201cIt ends here,\u201d she said.\n\u201cAnd the next part runs on",
             'A "first \u201cinner" tail\u201d and "open\nnext line" closes',
             "No marks at all", "", '"', "\u201d stray close \u201c", '""\n""']
    for text in texts:
        assert _quote_regions(text) == walk(text)
