"""Cue words: the verbs and phrases that report speech (``data/quotes/cues.yaml``), with a user's cue
files laid over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
import yaml
from spacy.strings import StringStore

from ..rules import merge_sections, user_files

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.yaml"


@dataclass(frozen=True)
class QuoteCues:
    """The cue words from ``cues.yaml``, as sets of lemmas."""

    clause: frozenset[str]
    object: frozenset[str]
    source_before_content: tuple[tuple[str, ...], ...]
    not_speakers: frozenset[str]
    not_speakers_in_questions: frozenset[str] = frozenset()
    direct_only: frozenset[str] = frozenset()
    not_cues: frozenset[str] = frozenset()
    listener_object: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    clause_only: frozenset[str] = frozenset()
    finite_content_only: frozenset[str] = frozenset()
    spokesperson_nouns: frozenset[str] = frozenset()
    own_voices: frozenset[str] = frozenset()
    relaying_nouns: frozenset[str] = frozenset()
    infinitive_not_reported: frozenset[str] = frozenset()
    not_speaking_media: frozenset[str] = frozenset()
    summary_nouns: frozenset[str] = frozenset()
    not_sources: frozenset[str] = frozenset()
    not_in_headlines: frozenset[str] = frozenset()
    infinitive_of_speech_only: frozenset[str] = frozenset()
    judgement_verbs: frozenset[str] = frozenset()
    noun_object_not_words: frozenset[str] = frozenset()
    status_verbs: frozenset[str] = frozenset()
    statements_only_stance_objects: frozenset[str] = frozenset()
    statements_only_others_words: frozenset[str] = frozenset()
    to_listener: frozenset[str] = frozenset()
    statements_only_not_speaking: frozenset[str] = frozenset()
    # qfind46: counting nouns that speak for an author named on them ("a study by the X Institute"; cues.yaml)
    authored_speaking_nouns: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()
    statements_only_reason_participles: frozenset[str] = frozenset()
    statements_only_writer_voices: frozenset[str] = frozenset()
    aside_openers: tuple[str, ...] = ()
    occasion_participles: frozenset[str] = frozenset()
    # qspan40: relative pronouns that open the writer's gloss closing an indirect report (", which ...")
    gloss_relatives: frozenset[str] = frozenset()
    # quotes28: words before a second report's participle ("..., while insisting that ..."); cues that only continue
    # their subject's own words ("and added that ...")
    second_report_openers: frozenset[str] = frozenset()
    continuing_cues: frozenset[str] = frozenset()
    # qspan47: the shifted-back past forms of a clause joined to a report after a past cue that go on with it
    reported_coordinate_forms: frozenset[str] = frozenset()
    no_word_nouns: frozenset[str] = frozenset()
    own_voices_of_any: frozenset[str] = frozenset()
    not_state_voices: frozenset[str] = frozenset()
    state_body_nouns: frozenset[str] = frozenset()
    statements_only_showing_verbs: frozenset[str] = frozenset()
    statements_only_showing_nouns: frozenset[str] = frozenset()
    act_particles: tuple[tuple[str, str], ...] = ()
    # quotes22: "called a strike", "called a snap election": a verb and a noun in its object that make an act, no words
    act_objects: tuple[tuple[str, str], ...] = ()
    statements_only_thought_verbs: frozenset[str] = frozenset()
    office_modifiers: frozenset[str] = frozenset()
    body_head_nouns: frozenset[str] = frozenset()
    statements_only_pointing_pronouns: frozenset[str] = frozenset()
    withholding_verbs: frozenset[str] = frozenset()
    statements_only_unsaid_heads: frozenset[str] = frozenset()
    statements_only_obligations: frozenset[str] = frozenset()
    statements_only_restating_verbs: frozenset[str] = frozenset()
    statements_only_restated_stances: frozenset[str] = frozenset()
    statements_only_bare_thought_verbs: frozenset[str] = frozenset()
    quoting_verbs: frozenset[str] = frozenset()
    statements_only_asked_verbs: frozenset[str] = frozenset()
    # quotes18: nouns of a document ("the statement", "the letter") whose speaker is who issued it
    document_nouns: frozenset[str] = frozenset()
    # spk43: participles of issuing a document whose agent is its issuer ("a statement issued by the union")
    document_issuing_verbs: frozenset[str] = frozenset()
    # quotes20: verbs of the speaker's own next act ("said ... and announced a review"; cues.yaml second_act_verbs)
    second_act_verbs: frozenset[str] = frozenset()
    # quotes33: verbs of a mind or an intention that a report may go on with ("said he was angry and planned to ...";
    # cues.yaml inner_state_verbs)
    inner_state_verbs: frozenset[str] = frozenset()
    # spk37: verbs whose subject "it" is a dummy, no body ("after it became clear that ..."; cues.yaml)
    expletive_it_verbs: frozenset[str] = frozenset()
    # quotes20: words that open a reply ("Responding, she said"): the speaker is not the one just quoted
    response_openers: frozenset[str] = frozenset()
    # quotes24: body nouns of a business ("the firm", "the group") that point back to a company named before
    business_nouns: frozenset[str] = frozenset()
    # quotes25: adjectives that point back ("the same committee"), not describe a body of its own
    pointing_adjectives: frozenset[str] = frozenset()
    # quotes27: office words of one who speaks for a body ("a ministry spokesman", "the union's general secretary")
    # and the body nouns of a state's executive that such a speaker speaks for the story's state by
    nominal_speaker_heads: frozenset[str] = frozenset()
    nominal_state_nouns: frozenset[str] = frozenset()
    sole_person_titles: frozenset[str] = frozenset()
    # nomspk55: words a description of one person may add or drop ("the outgoing commissioner" for "X, the
    # commissioner,"): not another office, unlike office_modifiers
    description_epithets: frozenset[str] = frozenset()
    # spk44: portfolio words of a title ("the foreign minister"): not a person whose known office is another
    portfolio_words: frozenset[str] = frozenset()
    # spk41: "the paper said" after a newspaper was named: nouns for a news outlet, and the words a masthead ends in
    media_nouns: frozenset[str] = frozenset()
    masthead_words: frozenset[str] = frozenset()
    # quotes23: hyphen prefixes that keep a verb of speech ("re-stated"), reflexive objects ("asserted herself"), and
    # openers of a cue that points back to the sentence before ("So says X")
    speech_verb_prefixes: frozenset[str] = frozenset()
    reflexive_objects: frozenset[str] = frozenset()
    pointing_back_openers: frozenset[str] = frozenset()
    statements_only_citing_verbs: frozenset[str] = frozenset()
    # quotes23: nouns of a judgement said, in "That was the verdict of X" after the words (cues.yaml verdict_nouns)
    verdict_nouns: frozenset[str] = frozenset()
    # qprec38: an instrument that prescribes ("the accord calls for ...") states its terms, no words (cues.yaml)
    statements_only_prescribing_nouns: frozenset[str] = frozenset()
    body_name_nouns: frozenset[str] = frozenset()
    statements_only_prescribing_verbs: frozenset[str] = frozenset()
    # qprec38: "described the smoke": a topic, no words said (cues.yaml)
    statements_only_topic_verbs: frozenset[str] = frozenset()
    # quotes21: first words of a place phrase that opens a sentence before its speaker ("Outside court, X said")
    scene_openers: frozenset[str] = frozenset()
    # real11a: verbs of showing a person at a scene ("the film showed X telling the crowd: ..."): X speaks, not the film
    perceiving_verbs: frozenset[str] = frozenset()
    # qspan53: nouns of words said whose owner speaks in a colon lead-in ("Her reply was blunt: "...""; cues.yaml)
    lead_in_message_nouns: frozenset[str] = frozenset()
    # qspan54: verbs of direct quotation whose that-clause still reports ("snapped back that ..."); cues.yaml
    direct_only_that_clause: frozenset[str] = frozenset()
    # quotes18: verbs of being named whose negated passive infinitive is a request for anonymity ("asked not to be named")
    anonymity_verbs: frozenset[str] = frozenset()
    # quotes18: nouns of a source a medium cites ("citing officials"): a quoting verb with only such an object reports nothing
    cited_source_nouns: frozenset[str] = frozenset()
    # quotes18: appeals and accusations that, joined by "and" inside a reported clause, are the speaker's second report
    appeal_verbs: frozenset[str] = frozenset()
    # quotes18: first words of web labels ("Watch:", "Read more:", "Photo:") that open a line but name no speaker
    not_label_speakers: frozenset[str] = frozenset()
    summary_naming_verbs: frozenset[str] = frozenset()
    # an interview's line labels and the role each stands for ("q": "question", "a": "answer"; cues.yaml interview_labels)
    interview_labels: dict[str, str] | None = None
    # audit 6a: verbs that report only a predicate said of their object ("branded the scheme unworkable")
    predicate_only_verbs: frozenset[str] = frozenset()
    # audit 6a: verbs of finding whose finding "in a survey" or "in a study" is no statement
    statements_only_finding_verbs: frozenset[str] = frozenset()
    # audit 6a: verbs whose passive with "by X as Y" reports what X said of the subject
    passive_as_verbs: frozenset[str] = frozenset()
    # audit 6a: verbs whose object may be a quoted name only ("referred to the "Blue Quay""): no words reported
    naming_verbs: frozenset[str] = frozenset()
    # audit 6a: stances whose subject a quoted sentence right after them, with no cue, goes on quoting
    stance_then_quote_verbs: frozenset[str] = frozenset()
    # real7a: a verb and the adjective that together report a clause ("made clear", "made it plain"): (lemma, adjective)
    predicate_cues: tuple[tuple[str, str], ...] = ()
    # real7a: a clause cue and the preposition whose object is a stance it states ("argued for a coalition"): (lemma, prep)
    preposition_stances: tuple[tuple[str, str], ...] = ()
    # qprec39: prepositions of a place, an occasion or an audience after an object cue ("pledged in Paris to ...",
    # "testified before a panel"): they say where, not what was said; and the cue-preposition pairs that are the cue's own
    occasion_prepositions: frozenset[str] = frozenset()
    cue_own_prepositions: tuple[tuple[str, str], ...] = ()
    # qprec39: verbs whose participle before an infinitive tells what others say of the subject ("Envoy Said to Have Fled")
    said_of_subject_verbs: frozenset[str] = frozenset()
    # qspan42: a cue that needs a listener and the preposition after it ("accuse of"): right after the verb, a passive
    addressed_participles: tuple[tuple[str, str], ...] = ()
    # qprec39: verbs whose infinitive is what was pledged ("vowed to rebuild"), also where the parser reads it as a purpose
    pledging_verbs: frozenset[str] = frozenset()
    # real7a: stance verbs whose gerund object is a topic or a course of action, not a proposition ("discussed raising fees")
    gerund_topic_verbs: frozenset[str] = frozenset()
    # groups of titles for one office ("foreign minister", "top diplomat"), each title a tuple of words
    title_synonyms: tuple[tuple[tuple[str, ...], ...], ...] = ()
    # body noun -> the title of the one who heads it ("ministry": "minister")
    heading_titles: dict[str, str] | None = None

    @cached_property
    def verbs(self) -> frozenset[str]:
        """Every cue verb: made once per set of cues, not on every read (the finder reads it for
        every verb it weighs; speed only)."""
        return self.clause | self.object | self.direct_only | self.listener_object


# The sections of a cue file; each is a list of words (or phrases, for source_before_content).
CUE_SECTIONS: dict[str, type] = {name: list for name in (
    "clause", "object", "direct_only", "source_before_content", "listener_object", "not_speakers",
    "not_speakers_in_questions", "not_cues",
    "abbreviations", "body_nouns", "spokesperson_nouns", "own_voices", "relaying_nouns", "clause_only", "finite_content_only",
    "infinitive_not_reported",
    "not_speaking_media", "summary_nouns", "not_sources", "not_in_headlines",
    "infinitive_of_speech_only", "judgement_verbs", "noun_object_not_words",
    "status_verbs", "statements_only_stance_objects", "statements_only_not_speaking", "authored_speaking_nouns", "share_nouns",
    "statements_only_reason_participles", "statements_only_writer_voices", "aside_openers",
    "occasion_participles", "gloss_relatives", "second_report_openers", "continuing_cues", "reported_coordinate_forms", "no_word_nouns", "own_voices_of_any", "not_state_voices", "state_body_nouns",
    "statements_only_showing_verbs", "statements_only_showing_nouns", "act_particles", "act_objects",
    "statements_only_thought_verbs", "statements_only_others_words", "to_listener", "office_modifiers",
    "body_head_nouns", "statements_only_pointing_pronouns", "withholding_verbs", "statements_only_unsaid_heads",
    "statements_only_obligations", "statements_only_restating_verbs", "statements_only_restated_stances",
    "statements_only_bare_thought_verbs", "quoting_verbs",
    "statements_only_asked_verbs", "title_synonyms", "heading_titles", "document_nouns", "document_issuing_verbs", "anonymity_verbs",
    "cited_source_nouns", "appeal_verbs", "not_label_speakers", "summary_naming_verbs",
    "interview_labels", "predicate_only_verbs", "statements_only_finding_verbs", "passive_as_verbs", "naming_verbs",
    "stance_then_quote_verbs", "predicate_cues", "preposition_stances", "occasion_prepositions", "cue_own_prepositions",
    "said_of_subject_verbs", "pledging_verbs", "addressed_participles",
    "gerund_topic_verbs", "response_openers", "business_nouns", "pointing_adjectives", "second_act_verbs", "inner_state_verbs", "expletive_it_verbs", "scene_openers",
    "perceiving_verbs", "speech_verb_prefixes", "reflexive_objects", "pointing_back_openers", "statements_only_citing_verbs",
    "verdict_nouns", "nominal_speaker_heads", "nominal_state_nouns", "sole_person_titles", "portfolio_words",
    "media_nouns", "masthead_words",
    "statements_only_prescribing_nouns",
    "statements_only_prescribing_verbs", "statements_only_topic_verbs", "body_name_nouns", "lead_in_message_nouns",
    "direct_only_that_clause", "description_epithets")}


def _cues(data: dict) -> QuoteCues:
    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(name) or [])

    def pairs(name: str) -> tuple[tuple[str, str], ...]:
        """A list of two-word entries ("accuse of"), sorted; an entry of another length is left out."""
        return tuple(sorted((a, b) for a, b in (p.split() for p in words(name) if len(p.split()) == 2)))

    return QuoteCues(
        clause=words("clause"),
        object=words("object"),
        source_before_content=tuple(tuple(str(p).lower().split()) for p in data.get("source_before_content") or []),
        not_speakers=words("not_speakers"),
        not_speakers_in_questions=words("not_speakers_in_questions"),
        direct_only=words("direct_only"),
        not_cues=words("not_cues"),
        listener_object=words("listener_object"),
        abbreviations=frozenset(w.rstrip(".") for w in words("abbreviations")),
        body_nouns=words("body_nouns"),
        clause_only=words("clause_only"),
        finite_content_only=words("finite_content_only"),
        spokesperson_nouns=words("spokesperson_nouns"),
        own_voices=words("own_voices"),
        relaying_nouns=words("relaying_nouns"),
        infinitive_not_reported=words("infinitive_not_reported"),
        not_speaking_media=words("not_speaking_media"),
        summary_nouns=words("summary_nouns"),
        not_sources=words("not_sources"),
        not_in_headlines=words("not_in_headlines"),
        infinitive_of_speech_only=words("infinitive_of_speech_only"),
        judgement_verbs=words("judgement_verbs"),
        noun_object_not_words=words("noun_object_not_words"),
        status_verbs=words("status_verbs"),
        statements_only_stance_objects=words("statements_only_stance_objects"),
        statements_only_others_words=words("statements_only_others_words"),
        to_listener=words("to_listener"),
        statements_only_not_speaking=words("statements_only_not_speaking"),
        authored_speaking_nouns=words("authored_speaking_nouns"),
        share_nouns=words("share_nouns"),
        statements_only_reason_participles=words("statements_only_reason_participles"),
        statements_only_writer_voices=words("statements_only_writer_voices"),
        aside_openers=tuple(sorted(words("aside_openers"))),
        occasion_participles=words("occasion_participles"),
        gloss_relatives=words("gloss_relatives"),
        second_report_openers=words("second_report_openers"),
        continuing_cues=words("continuing_cues"),
        reported_coordinate_forms=words("reported_coordinate_forms"),
        no_word_nouns=words("no_word_nouns"),
        own_voices_of_any=words("own_voices_of_any"),
        not_state_voices=words("not_state_voices"),
        state_body_nouns=words("state_body_nouns"),
        statements_only_showing_verbs=words("statements_only_showing_verbs"),
        statements_only_showing_nouns=words("statements_only_showing_nouns"),
        statements_only_thought_verbs=words("statements_only_thought_verbs"),
        office_modifiers=words("office_modifiers"),
        body_head_nouns=words("body_head_nouns"),
        statements_only_pointing_pronouns=words("statements_only_pointing_pronouns"),
        withholding_verbs=words("withholding_verbs"),
        statements_only_unsaid_heads=words("statements_only_unsaid_heads"),
        statements_only_obligations=words("statements_only_obligations"),
        statements_only_restating_verbs=words("statements_only_restating_verbs"),
        statements_only_restated_stances=words("statements_only_restated_stances"),
        statements_only_bare_thought_verbs=words("statements_only_bare_thought_verbs"),
        quoting_verbs=words("quoting_verbs"),
        statements_only_asked_verbs=words("statements_only_asked_verbs"),
        document_nouns=words("document_nouns"),
        document_issuing_verbs=words("document_issuing_verbs"),
        anonymity_verbs=words("anonymity_verbs"),
        cited_source_nouns=words("cited_source_nouns"),
        appeal_verbs=words("appeal_verbs"),
        not_label_speakers=words("not_label_speakers"),
        summary_naming_verbs=words("summary_naming_verbs"),
        interview_labels=dict(tuple(w.strip() for w in pair.split("|", 1)) for pair in sorted(words("interview_labels"))
                              if "|" in pair),
        predicate_only_verbs=words("predicate_only_verbs"),
        statements_only_finding_verbs=words("statements_only_finding_verbs"),
        passive_as_verbs=words("passive_as_verbs"),
        naming_verbs=words("naming_verbs"),
        stance_then_quote_verbs=words("stance_then_quote_verbs"),
        response_openers=words("response_openers"),
        business_nouns=words("business_nouns"),
        pointing_adjectives=words("pointing_adjectives"),
        nominal_speaker_heads=words("nominal_speaker_heads"),
        nominal_state_nouns=words("nominal_state_nouns"),
        sole_person_titles=words("sole_person_titles"),
        description_epithets=words("description_epithets"),
        portfolio_words=words("portfolio_words"),
        media_nouns=words("media_nouns"),
        masthead_words=words("masthead_words"),
        second_act_verbs=words("second_act_verbs"),
        inner_state_verbs=words("inner_state_verbs"),
        expletive_it_verbs=words("expletive_it_verbs"),
        scene_openers=words("scene_openers"),
        perceiving_verbs=words("perceiving_verbs"),
        heading_titles=dict(tuple(w.strip() for w in pair.split("|", 1)) for pair in sorted(words("heading_titles"))
                            if "|" in pair),
        title_synonyms=tuple(tuple(tuple(t.split()) for t in group.split("|") if t.strip())
                             for group in sorted(words("title_synonyms"))),
        act_particles=pairs("act_particles"),
        act_objects=pairs("act_objects"),
        predicate_cues=pairs("predicate_cues"),
        preposition_stances=pairs("preposition_stances"),
        gerund_topic_verbs=words("gerund_topic_verbs"),
        occasion_prepositions=words("occasion_prepositions"),
        said_of_subject_verbs=words("said_of_subject_verbs"),
        addressed_participles=pairs("addressed_participles"),
        pledging_verbs=words("pledging_verbs"),
        cue_own_prepositions=pairs("cue_own_prepositions"),
        speech_verb_prefixes=words("speech_verb_prefixes"),
        reflexive_objects=words("reflexive_objects"),
        pointing_back_openers=words("pointing_back_openers"),
        statements_only_citing_verbs=words("statements_only_citing_verbs"),
        verdict_nouns=words("verdict_nouns"),
        statements_only_prescribing_nouns=words("statements_only_prescribing_nouns"),
        body_name_nouns=words("body_name_nouns"),
        statements_only_prescribing_verbs=words("statements_only_prescribing_verbs"),
        statements_only_topic_verbs=words("statements_only_topic_verbs"),
        lead_in_message_nouns=words("lead_in_message_nouns"),
        direct_only_that_clause=words("direct_only_that_clause"),
    )


@cache
def _package_cues() -> QuoteCues:
    return _cues(yaml.safe_load(CUES_FILE.read_text("utf-8")))


def load_cues(extra_files: Iterable[str | Path] = ()) -> QuoteCues:
    """The package's cue words with each user cue file (same format as ``cues.yaml``) laid over them."""
    files = user_files(extra_files)
    if not files:
        return _package_cues()
    data = yaml.safe_load(CUES_FILE.read_text("utf-8"))
    for f in files:
        merge_sections(data, f, CUE_SECTIONS)
    return _cues(data)


def lemma_hashes_of(cues: QuoteCues) -> np.ndarray:
    strings = StringStore()
    return np.array(sorted(strings.add(w) for w in cues.verbs), dtype=np.uint64)
