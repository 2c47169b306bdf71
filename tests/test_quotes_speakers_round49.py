"""Round 49 (spk49): a "she" or "he" speaker after another person was quoted. A subject pronoun right after a person
was named as the subject of its sentence or the one before (or set in apposition to that subject), with no one else
named and no other "he"/"her" between, tells that person's gender, though others were named earlier; a later pronoun
of the other gender then goes to the person named before whose gender fits, not to them as the running speaker.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

import quote_support

HEADLINE = "Strike law\n\n"
speaker_of = partial(quote_support.speaker_of, headline=HEADLINE, reference_date="2029-03-01")


def test_she_after_a_man_went_on_as_he_is_the_woman_named_before(pipeline):
    body = ("ROME (AFP) - Italy's transport minister Carla Venturelli-Moss defended the rail strike law on Sunday, as "
            "unions called a fresh stoppage for Friday.\n\nThe drivers' union leader, Tomaso Brancalio-Vetti, "
            "said the law had \"silenced the workers\". He warned that port staff could join the stoppage.\n\nShe "
            "said the government was ready to talk about night shifts.\n")
    assert speaker_of(pipeline, body, "ready to talk about night shifts")[1] == "person:carla-venturelli-moss"


def test_he_that_went_on_with_the_union_head_stays_with_him(pipeline):
    body = ("ROME (AFP) - Italy's transport minister Carla Venturelli-Moss defended the rail strike law on Sunday, as "
            "unions called a fresh stoppage for Friday.\n\nThe drivers' union leader, Tomaso Brancalio-Vetti, "
            "said the law had \"silenced the workers\". He warned that port staff could join the stoppage.\n")
    assert speaker_of(pipeline, body, "port staff could join")[1] == "person:tomaso-brancalio-vetti"


def test_a_pronoun_after_one_who_put_a_question_to_her_tells_no_gender_of_the_asker(pipeline):
    # ("her" stands between: the "she" who answers is the one asked, not the presenter named last)
    body = ("LONDON (ITV) - The Health Secretary, Anjali Verrow-Pike, has admitted waiting lists will rise this "
            "winter.\n\nThe presenter, Dominic Hethersall, put it to her that she had promised they would fall. She "
            "said she had \"always been honest\" about the winter.\n")
    assert speaker_of(pipeline, body, "always been honest")[1] == "person:anjali-verrow-pike"
