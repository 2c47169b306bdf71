"""Events, round 48 (evsrc48): who is the doer when a state on the doer's side is put back as the
person or body of that state named before the trigger (Coder._domestic). An actor inside a clause of
its own that does not hold the trigger (a relative clause on the subject, a clause an adverbial
clause or a claim opens) is no candidate; where the trigger's own subject is a personal pronoun or
missing, the subject of the clause above it is looked at first. Invented dispatches; names invented."""

from __future__ import annotations

from wirecoder.events.arguments import in_foreign_clause, outer_subject_phrase
from wirecoder.sources import Document


def events(pipeline, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(Document(text=text, source="invented")).events}


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_name_in_a_relative_clause_on_the_subject_lies_outside_the_triggers_clause(pipeline):
    doc = pipeline.nlp("Labour MP Nora Pell, who served under Prime Minister Owen Tarrant, said it was wrong "
                       "of the Home Office to cut police pensions.")
    trigger = word(doc, "was")
    held = {trigger.i, *(a.i for a in trigger.ancestors)}
    assert in_foreign_clause(word(doc, "Tarrant"), held)
    assert not in_foreign_clause(word(doc, "Pell"), held)


def test_the_subject_above_a_pronoun_subject_is_the_doers_phrase_head_first(pipeline):
    doc = pipeline.nlp("Senator Dale Orrick rejects the polls, even as he attacks Governor Lena Marsh.")
    phrase = outer_subject_phrase(word(doc, "attacks"))
    assert phrase and phrase[0].text == "Orrick"


def test_a_name_in_an_adverbial_clause_before_the_trigger_is_no_doer(pipeline):
    doc = pipeline.nlp("Because Governor Lena Marsh raised taxes in May, Senator Dale Orrick attacked her on "
                       "Tuesday.")
    trigger = word(doc, "attacked")
    held = {trigger.i, *(a.i for a in trigger.ancestors)}
    assert in_foreign_clause(word(doc, "Marsh"), held)
    assert not in_foreign_clause(word(doc, "Orrick"), held)


def test_a_minister_praising_in_a_speech_to_a_body_is_the_doer_not_the_body_reuters_style(pipeline):
    found = events(pipeline, "Minister praises leader\n\nLONDON (Reuters) - British Health Secretary Alan Corwell "
                             "set out new plans on Monday. Mr Corwell gave details of the plans in an address to "
                             "the Confederation of British Industry, in which he also praised Prime Minister "
                             "Tomas Brevik as a reformer.")
    assert ("person:alan-corwell", "person:tomas-brevik", "05") in found
    assert not any(s != "person:alan-corwell" and t == "person:tomas-brevik" for s, t, _ in found)


def test_a_party_that_puts_up_an_accusing_poster_is_the_accuser_bbc_style(pipeline):
    found = events(pipeline, "Banner row\n\nLONDON (BBC) - And the Liberal Democrats hung a banner from a crane "
                             "beside the Thames accusing the government of selling off the ports.")
    assert ("org:liberal-democrats", "GBR", "11") in found
    assert not any(s != "org:liberal-democrats" and r == "11" for s, _, r in found)
