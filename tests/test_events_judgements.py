"""Verbal judgements and things as targets (issue 9, round 5): what a speaker's reported or quoted
words say of another actor's act, whose act a "thing" is, and judgements told from the one judged.

Every dispatch here is invented (made-up people and quarrels between real states), so what is coded
must come from the text.
"""

from __future__ import annotations

from wirecoder.events.judgements import judgement_lexicon

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


# --- 1. verdicts in quotations --------------------------------------------------------------------
def test_a_reported_verdict_on_a_thing_judges_its_announcer(pipeline):
    text = ("Swedish Trade Minister Annika Lindqvist told a fisheries forum in Malmo that the cod quotas "
            "set by Norwegian Prime Minister Ola Brekke were short-sighted.")
    assert ("SWE", "NOR", "11") in coded(pipeline, text)


def test_a_quoted_verdict_on_this_judges_the_doer_of_the_deed_told_before(pipeline):
    text = ("OSLO, Nov 18 (Reuters) - Norway imposed a levy on Swedish fish on Monday. \"It is a grave "
            "mistake,\" Swedish Trade Minister Annika Lindqvist told reporters.")
    assert ("SWE", "NOR", "11") in coded(pipeline, text)


def test_a_reported_step_in_the_right_direction_is_praise(pipeline):
    text = "Swedish Trade Minister Annika Lindqvist said the Norwegian decision was a step in the right direction."
    assert ("SWE", "NOR", "05") in coded(pipeline, text)


def test_a_negated_verdict_is_no_judgement(pipeline):
    text = "Swedish Trade Minister Annika Lindqvist said the Norwegian decision was not a mistake."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


def test_a_speaker_judging_its_own_side_codes_nothing(pipeline):
    text = "\"We were wrong to wait so long,\" Swedish Trade Minister Annika Lindqvist said."
    assert not {c for c in coded(pipeline, text) if c[0] == "SWE" and c[2] in {"11", "05"}}


def test_a_verdict_outside_any_quotation_codes_nothing(pipeline):
    # the narrator's own words are not anyone's judgement
    text = "The Norwegian levy on Swedish fish was a mistake for both economies."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


def test_the_verdict_lexicon_tries_longer_phrases_first():
    _words, phrases = judgement_lexicon()
    for entries in phrases.values():
        lengths = [len(p) for p, _ in entries]
        assert lengths == sorted(lengths, reverse=True)


# --- 2. a thing as the target ------------------------------------------------------------------------
def test_criticising_a_persons_remarks_criticises_that_person(pipeline):
    text = ("Latvian Prime Minister Andris Ozols criticised Estonian Foreign Minister Kaja Kull's remarks "
            "on Monday.")
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_denouncing_a_closure_ordered_by_someone_denounces_who_ordered_it(pipeline):
    text = "The African Union denounced the border closure ordered by Kenyan Interior Minister Ruth Wanjiru."
    assert ("AU", "KEN", "11") in coded(pipeline, text)


def test_denouncing_the_curfew_someone_imposed_denounces_who_imposed_it(pipeline):
    text = "The African Union denounced the curfew that Kenyan Interior Minister Ruth Wanjiru imposed last week."
    assert ("AU", "KEN", "11") in coded(pipeline, text)


def test_condemning_the_verdict_with_no_deed_coded_judges_the_one_the_sentence_before_named(pipeline):
    text = ("ABUJA, Nov 18 (AFP) - Latvian police detained 40 protesters in Riga on Sunday. The European "
            "Union condemned the move.")
    assert ("EU", "LVA", "11") in coded(pipeline, text)


# --- 3. judgements told from the one judged ------------------------------------------------------------
def test_this_drew_censure_from_x_is_x_criticising_the_one_the_sentence_before_named(pipeline):
    text = ("Estonian Foreign Minister Kaja Kull said Latvia should leave the pact. This drew swift censure "
            "from Latvian Prime Minister Andris Ozols.")
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_her_plan_met_a_rebuff_is_criticism_of_its_author(pipeline):
    text = ("Estonian Foreign Minister Kaja Kull unveiled a pipeline proposal in Tallinn on Monday. Her plan "
            "met a swift rebuff from Latvian Prime Minister Andris Ozols.")
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_facing_criticism_from_x_is_x_criticising_the_subject(pipeline):
    text = "Estonian Foreign Minister Kaja Kull faced sharp criticism from Latvia over the pipeline deal."
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_winning_support_from_x_is_x_endorsing_the_subject(pipeline):
    text = "Finland endorsed the pipeline deal, and Estonian Foreign Minister Kaja Kull earned praise from Sweden."
    assert ("SWE", "EST", "05") in coded(pipeline, text)


def test_the_one_named_before_is_found_through_he_and_his_quotation(pipeline):
    text = ("Estonian Foreign Minister Kaja Kull spoke in Tallinn on Monday. The pact had served both "
            "states well, she told students. Her speech met a frosty reception from Latvian Prime Minister "
            "Andris Ozols.")
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_a_rebuke_between_officials_of_one_state_keeps_the_one_rebuked(pipeline):
    text = ("Irish opposition leader Aoife Brennan criticised the budget. This drew a sharp rebuke from "
            "Irish Finance Minister Cathal Duggan.")
    assert {e for e in coded(pipeline, text) if e[2] == "11" and e[1] and "brennan" in e[1]}


def test_a_journalist_named_before_is_not_the_author_of_a_verdict(pipeline):
    text = ("SUVA, Nov 18 (AFP) - A court in Fiji sentenced journalist Ana Vula to two years in prison. "
            "Vula, who was arrested in May, had reported on the army. The European Union condemned the verdict.")
    assert ("EU", "FJI", "11") in coded(pipeline, text)


def test_a_stance_word_said_of_it_judges_the_doer_of_the_deed_told_before(pipeline):
    text = ("RIGA, Nov 18 (Reuters) - Estonia expelled two Latvian diplomats on Monday. \"This was a "
            "reckless step,\" Latvian Foreign Minister Ieva Berzina told reporters.")
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_saying_a_thing_will_hurt_others_criticises_its_owner(pipeline):
    text = "Swedish Trade Minister Annika Lindqvist said the Norwegian levy would hurt fishermen on both sides."
    assert ("SWE", "NOR", "11") in coded(pipeline, text)


def test_saying_a_thing_will_not_hurt_anyone_is_no_criticism(pipeline):
    text = "Swedish Trade Minister Annika Lindqvist said the Norwegian levy would not hurt anyone."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


def test_he_who_rejects_a_claim_is_the_speaker_the_quotes_stage_found(pipeline):
    text = ("Latvian Prime Minister Andris Ozols said on Monday that Estonia had blocked the pipeline talks. "
            "Estonian Foreign Minister Kaja Kull spoke to reporters in Tallinn on Tuesday. She rejected the "
            "claim that Estonia had blocked the talks.")
    assert ("EST", "LVA", "12") in coded(pipeline, text)


def test_rejecting_the_offer_rejects_whoever_made_it(pipeline):
    text = "Chile offered on Monday to reopen talks on the disputed waters. Peru rejected the offer on Tuesday."
    assert ("PER", "CHL", "12") in coded(pipeline, text)


def test_rejecting_the_demand_rejects_the_one_who_demanded(pipeline):
    text = ("Latvian Prime Minister Andris Ozols said Estonia must return the seized barges. Estonia rejected "
            "the demand.")
    assert ("EST", "LVA", "12") in coded(pipeline, text)


def test_welcoming_the_operation_praises_the_one_who_carried_it_out(pipeline):
    text = ("MOGADISHU, Nov 18 (Reuters) - Kenyan troops killed 30 al-Shabaab fighters in a raid near the "
            "border on Monday. The African Union welcomed the operation.")
    events = coded(pipeline, text)
    assert ("AU", "KEN", "05") in events
