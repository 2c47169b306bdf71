"""Quote speakers the actors stage does not know: a person the writer introduces by full name as a sentence's
subject ("Ana X is a nurse ... She said"), and "Mr X" where X is the first name of another person in the
story. A pronoun or a bare title after such a person was quoted goes on with them.

Invented dispatches and names (BBC style)."""

from __future__ import annotations

from test_quotes_round4 import quotes_in


def speaker(pipeline, body: str, words: str):
    return next(q for q in quotes_in(pipeline, body) if words in q.text).speaker


def test_he_after_a_person_introduced_as_subject_is_that_person_not_the_last_one_quoted(pipeline):
    body = ("Finance Minister Oskar Tamberlin said the cuts would pay for more nurses. "
            "Teodor Quillam is senior clerk on the picket line at Kessel House. "
            "He said: \"We came out because nobody asked us about any of this.\"\n")
    said = speaker(pipeline, body, "nobody asked us")
    assert said.name == "Teodor Quillam"
    assert said.actor != "person:oskar-tamberlin"
    assert said.span[1] - said.span[0] == len("He")  # the span stays the mention the cue attaches to


def test_a_known_person_made_subject_since_still_comes_first(pipeline):
    body = ("Finance Minister Oskar Tamberlin said the cuts would pay for more nurses. "
            "Union leader Marta Osterhuis walked out of the talks on Monday. "
            "She said: \"We will not be lectured about nurses.\"\n")
    assert speaker(pipeline, body, "lectured").actor == "person:marta-osterhuis"


def test_mr_with_the_first_name_of_another_person_is_someone_else(pipeline):
    body = ("The sacked MP Gordon Pellworth says he will fight on. "
            "Mr Pellworth told reporters: \"They picked me and they can unpick me.\" "
            "Speaking to reporters, Mr Gordon insisted he had followed the party's rules. "
            "The party leader said: \"We say the same in private as in public.\"\n")
    # (real7a: the actors stage now makes "Mr Gordon" a person of his own, person:gordon, since the text calls
    # Gordon Pellworth by his surname; before, no actor)
    insisted = speaker(pipeline, body, "followed the party's rules")
    assert insisted.actor in (None, "person:gordon") and insisted.name in ("Mr Gordon", "Gordon")
    leader = speaker(pipeline, body, "the same in private")
    assert leader.actor in (None, "person:gordon") and leader.name in ("Mr Gordon", "Gordon")
    assert speaker(pipeline, body, "unpick me").actor == "person:gordon-pellworth"


def test_a_share_of_a_group_speaks_for_those_people_not_the_state_named_after_of(pipeline):
    body = ("Fuel prices rose again in March. But 63 percent of Tarvel adults say rising prices hurt them, "
            "and a majority of Norwegian voters said the levy was unfair.\n")
    # (real10a: under the scope "statements" a percentage of those polled is the poll's finding, no quote at all:
    # cues.yaml statements_only_not_speaking; test_real10a.py)
    assert not [q for q in quotes_in(pipeline, body) if "rising prices" in q.text]
    majority = speaker(pipeline, body, "levy was unfair")
    assert majority.actor != "NOR" and majority.name == "a majority of Norwegian voters"
    # ("a spokesman for the ministry" still speaks for it)
    said = speaker(pipeline, "A spokesman for the Norwegian foreign ministry said the talks would resume.\n",
                   "talks would resume")
    assert said.actor is not None
