"""Round 55 (pron55): a person's "he" or "she" that speaks goes to the person the story follows, by one salience model.

Three stages read "he"/"she" each its own way: the actors stage (the one compatible person so far, else the most
recent), the quotes stage (the previous speaker unless a person was made a main subject since its cue) and the
events stage (the nearest subject). ``coref.rank_person_pronoun`` ranks every person named near the pronoun (by
name or by a title tied to them, outside quotation marks, in its sentence or the two before) by the role of their
mention (a subject, or the focus of a cleft, over an object over a possessive), the sentence distance and a known
gender that agrees; the previous quote's cue counts as a subject mention of its speaker; a clashing gender rules a
person out. What the pronoun's own verb reports ("X has failed, he claimed"), the subject of a reported clause or
question, and the words of a participle clause that opens the pronoun's clause ("Asked about X, he said") are no
antecedent; a bare given name ("his son Arvid") is none either; two candidates within the margin, a winner below the
least score, or an earlier "he"/"she" of the window the model would give someone else all give no one. The quotes
stage's pronoun speakers take the model's person where it names one.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Port talks stall\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-06-10")


def test_she_goes_to_the_woman_a_cleft_puts_first_not_the_man_quoted_before(pipeline):
    body = ('WARSAW (Reuters) - "The budget will balance by 2031," Finance Minister Ivo Brandtowski told parliament on '
            "Wednesday.\n\nIt was opposition deputy Marta Kolendo who led the walkout that followed, joined by twenty "
            'members of her party. "This budget robs pensioners," she said.\n')
    assert speaker_of(pipeline, body, "This budget robs pensioners")[1] == "person:marta-kolendo"


def test_he_added_goes_on_with_the_man_quoted_just_before_not_the_minister_quoted_earlier(pipeline):
    body = ("LAGOS (Reuters) - Nigeria will pay cocoa farmers a new subsidy, Agriculture Minister Emeka Dorayo said on "
            'Monday.\n\nSome farmers doubt the plan. "Middlemen will take the money," said Tunde Afolabi, a cocoa farmer '
            'from Ondo state, told Reuters. "The farmers never see any of it," he added.\n')
    assert speaker_of(pipeline, body, "The farmers never see any of it")[1] == "person:tunde-afolabi"


def test_the_subject_who_asks_outranks_the_person_asked(pipeline):
    body = ("WASHINGTON (AP) - Three witnesses testified before the committee on Tuesday.\n\nCommittee counsel Dale "
            "Vorhees asked Kent Marrow about his notes from the meeting. He asked Marrow whether anyone had raised "
            'concerns, and said: "We need a straight answer."\n')
    assert speaker_of(pipeline, body, "We need a straight answer")[1] == "person:dale-vorhees"


def test_a_person_named_in_the_clause_that_opens_the_pronouns_sentence_is_not_the_speaker(pipeline):
    body = ("LONDON (Reuters) - Prime Minister Alan Fenwright defended his record on gifts on Sunday.\n\n"
            '"I declared every ticket I was given," Fenwright told the BBC.\n\nAsked again whether he would keep '
            'accepting tickets from Lord Pemberley, he said: "Wherever there are gifts, they will be declared."\n')
    assert speaker_of(pipeline, body, "Wherever there are gifts")[1] == "person:alan-fenwright"


def test_the_subject_of_what_the_speaker_said_does_not_take_the_next_he(pipeline):
    body = ("CANBERRA (AAP) - Country Party leader Ross Yallambee said on Tuesday farmers would back his party at the "
            'next state poll.\n\n"The regions are done with being ignored," Yallambee said.\n\nBut he said Premier Neil '
            'Carrodus had broken his word on water. "Neil Carrodus promised us the pipeline and built nothing," he said.\n')
    assert speaker_of(pipeline, body, "promised us the pipeline")[1] == "person:ross-yallambee"


def test_she_goes_on_with_the_previous_speaker_when_no_one_else_fits(pipeline):
    body = ("OSLO (AFP) - Fisheries Minister Ingrid Selvaag defended the quota cut on Wednesday.\n\n"
            '"The stocks are at their lowest in forty years," Selvaag said.\n\n'
            '"We cannot wait for another season," she said.\n')
    assert speaker_of(pipeline, body, "We cannot wait")[1] == "person:ingrid-selvaag"
