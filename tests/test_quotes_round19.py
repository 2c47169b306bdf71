"""Round quotes19: titled speakers and look-alikes of quotes.

Invented dispatches and names; tests/data/quotes_news q73-q100 hold the hand-annotated dev dispatches of the round
(other wording, other names)."""

from __future__ import annotations

from wirecoder.record import Quote

HEADLINE = "Pier dispute goes on\n\n"


def quotes_in(pipeline, body: str, headline: str = HEADLINE) -> list[Quote]:
    record = pipeline.extract(headline + body, reference_date="2027-03-01")
    return [q for q in record.quotes if q.span[0] >= len(headline)]


def speaker_name(pipeline, body: str, words: str, headline: str = HEADLINE) -> str | None:
    quote = next(q for q in quotes_in(pipeline, body, headline) if words in q.text)
    return quote.speaker.name if quote.speaker else None


def texts(pipeline, body: str, headline: str = HEADLINE) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body, headline)]


# -- look-alikes of quotes ---------------------------------------------------------------------------

def test_what_a_report_suggests_is_no_quote(pipeline):
    found = texts(pipeline, "The Tarvik ferry board has told a committee that the new pier will open \"no later than "
                            "2031\", despite a leaked report suggesting further delays.\n")
    assert any("no later than 2031" in t for t in found)
    assert not any(t.strip(" .").startswith("further delays") for t in found)


def test_what_a_report_says_is_still_a_quote(pipeline):
    found = texts(pipeline, "The Tarvik ferry board published its annual review on Monday. The report said the "
                            "board had ignored three warnings about the pier.\n")
    assert any("ignored three warnings" in t for t in found)


def test_a_naming_verb_in_a_relative_clause_is_the_writers_summary(pipeline):
    found = texts(pipeline, "Tarvik's pier ombudsman, Dmytro Vellinets-Harash, said on Nov. 4 that Orlen had stalled "
                            "a planned prisoner exchange for the third time since September.\n\n"
                            "Vellinets-Harash said Orlen officials had told Tarvik negotiators in Ostrava that Orlen "
                            "needed \"more time to verify lists,\" a reason he called a pretext.\n")
    assert any("more time" in t for t in found)
    assert not any(t.strip(" .") == "a pretext" for t in found)


def test_a_naming_verb_whose_relative_pronoun_is_the_subject_still_reports(pipeline):
    found = texts(pipeline, "Mayor Orlen Vaskin, who called the pier tax a disgrace, left the meeting early.\n")
    assert any("pier tax a disgrace" in t for t in found)


# -- interviews printed as questions and answers ------------------------------------------------------

INTERVIEW = ("Brannoc Vellisande, a Tarvik diplomat, became the envoy for the pier talks in May. He spoke by video "
             "from Orlen.\n\n"
             "Q: The talks were supposed to end last week. What happened?\n\n"
             "A: Both sides agreed in principle and then each asked for one more thing. That is how it goes.\n\n"
             "Q: Will you go back next month?\n\n"
             "A: I will go back as often as they let me in the room.\n")


def test_an_interviews_questions_are_no_quotes(pipeline):
    found = texts(pipeline, INTERVIEW)
    assert not any("What happened" in t for t in found)
    assert not any("go back next month" in t for t in found)


def test_an_interviews_answers_are_the_interviewees(pipeline):
    assert "Vellisande" in (speaker_name(pipeline, INTERVIEW, "each asked for one more thing") or "")
    assert "Vellisande" in (speaker_name(pipeline, INTERVIEW, "as often as they let me") or "")


def test_a_transcript_label_with_a_name_still_names_the_speaker(pipeline):
    body = ("The panel met on Monday.\n\n"
            "VELLISANDE: We have waited three years for this pier and we will wait no longer.\n")
    assert "VELLISANDE" in (speaker_name(pipeline, body, "waited three years") or "").upper()


# -- titled speakers ---------------------------------------------------------------------------------

def test_he_after_a_bare_title_made_the_subject_is_that_titles_person(pipeline):
    body = ("Poland's deputy port minister, Tomek Wardzinski, said the fees were unfair. \"We will not pay,\" "
            "Wardzinski said. Across the table sits Ramunas Gaidelavas, the Lithuanian port minister.\n\n"
            "\"I was told one thing in June,\" Wardzinski said.\n\n"
            "The Lithuanian minister disputed that account. He said he had never promised a deal.\n")
    assert "Gaidelavas" in (speaker_name(pipeline, body, "never promised a deal") or "")


def test_he_after_a_name_made_the_subject_later_is_that_name(pipeline):
    body = ("Poland's deputy port minister, Tomek Wardzinski, said the fees were unfair. Across the table sits "
            "Ramunas Gaidelavas, the Lithuanian port minister.\n\n"
            "\"I was told one thing in June,\" Wardzinski said.\n\n"
            "The Lithuanian minister disputed that account, but Wardzinski stood firm. He said the fees had "
            "doubled in a year.\n")
    assert "Wardzinski" in (speaker_name(pipeline, body, "fees had doubled") or "")


def test_a_capitalised_title_ties_to_the_person_named_with_its_place(pipeline):
    body = ("Velmora's Water Minister Anand Kurivelli said the region could not release more water. \"There is "
            "no water to spare,\" Mr. Kurivelli said.\n\n"
            "Ostrava Nadu Water Minister Selvan Tharakomar said Velmora was \"defying the court\".\n\n"
            "The Velmora Minister, however, maintained that the old formula had to be applied.\n")
    assert "Kurivelli" in (speaker_name(pipeline, body, "old formula had to be applied") or "")


def test_a_lead_speaker_is_the_bare_name_quoted_next(pipeline):
    body = ("A former Tarvik envoy for the pier talks said on Tuesday that the sanctions had \"run their course\".\n\n"
            "\"We have tried pressure for eight years,\" said Brannoc Vellisande, who held the post until 2023.\n")
    assert "Vellisande" in (speaker_name(pipeline, body, "run their course") or "")


def test_a_lead_speaker_is_not_someone_named_next_with_a_title_of_their_own(pipeline):
    body = ("A former Tarvik envoy for the pier talks said on Tuesday that the sanctions had \"run their course\".\n\n"
            "\"That is nonsense,\" said opposition leader Brannoc Vellisande.\n")
    assert "Vellisande" not in (speaker_name(pipeline, body, "run their course") or "")


def test_a_bare_title_goes_on_with_an_unknown_full_name_quoted_before(pipeline):
    # (round 51: a double-barrelled name here is now a person of the actors stage, actfix51, so no longer
    # unknown; the name is one the actors stage still does not find)
    body = ("The Orlen harbour bank's acting governor said rates may stay on hold.\n\n"
            "\"We are seeing the slowdown we wanted,\" Akosua Mensivelle, who has led the bank in an acting "
            "capacity since August, said on Monday.\n\n"
            "The acting governor added that the currency gave the bank \"room to breathe.\"\n\n"
            "The former governor, Edmund Larbrecht, who left office in July, had warned against a pause.\n")
    assert "Mensivelle" in (speaker_name(pipeline, body, "room to breathe") or "")


def test_a_name_after_an_according_to_title_is_the_source(pipeline):
    body = ("Drones struck the Orlen pier overnight, acting mayor Roman Pristavko-Hal said.\n\n"
            "According to the head of the regional port administration, Ivan Fedorak-Lysenko, air defences shot "
            "down 11 of the 14 drones.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "shot down" in q.text)
    assert quote.text.startswith("air defences")
    assert "Fedorak-Lysenko" in (quote.speaker.name if quote.speaker else "")


def test_a_name_and_age_after_an_according_to_title_is_what_is_reported(pipeline):
    body = "According to the police officer, Ana Vellmark, 45, was arrested at the Orlen pier on Sunday.\n"
    assert any(q.text.startswith("Ana Vellmark") for q in quotes_in(pipeline, body))


def test_who_was_quoted_by_an_agency_as_saying_is_the_speaker(pipeline):
    body = ("Environment Minister Siti Prawelo was quoted by the Orlen news agency as saying that the number of fires "
            "had dropped by half.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "dropped by half" in q.text)
    assert "Prawelo" in (quote.speaker.name if quote.speaker else "")


def test_a_spokesperson_whose_phrase_names_a_body_speaks_for_it(pipeline):
    body = ("Interior Minister Shahzad Qureshi-Balvar said the Orlen crossing would reopen on Monday. \"We want "
            "calm at the border,\" the minister said.\n\n"
            "The Foreign Office spokesperson, in her weekly briefing, said Tarvik had always supported the trade.\n")
    name = speaker_name(pipeline, body, "always supported the trade") or ""
    assert "Qureshi" not in name and "Office" in name


def test_a_spokesperson_named_in_apposition_is_that_person(pipeline):
    body = ("Interior Minister Shahzad Qureshi-Balvar said the Orlen crossing would reopen on Monday.\n\n"
            "The Foreign Office spokesperson, Mumtaz Zehravi, said Tarvik had always supported the trade.\n")
    assert "Zehravi" in (speaker_name(pipeline, body, "always supported the trade") or "")


def test_a_states_office_holder_in_the_lead_is_the_unknown_full_name_quoted_next(pipeline):
    # (round 51: the double-barrelled name this test had is now a person of the actors stage, actfix51)
    body = ("Ghana's acting harbour governor said ferry fees may stay on hold next month.\n\n"
            "\"We are seeing the slowdown we wanted,\" Akosua Mensivelle, who has led the harbour board "
            "since August, said on Monday.\n")
    assert "Mensivelle" in (speaker_name(pipeline, body, "ferry fees may stay") or "")


def test_a_states_office_holder_in_the_lead_is_not_a_name_quoted_next_with_its_own_title(pipeline):
    body = ("Ghana's acting harbour governor said ferry fees may stay on hold next month.\n\n"
            "\"That is a mistake,\" opposition leader Akosua Mensivelle-Darteh said on Monday.\n")
    assert "Mensivelle" not in (speaker_name(pipeline, body, "ferry fees may stay") or "")


def _resolve_head(pipeline, text: str, head_word: str, body: str):
    """resolve() for the token ``head_word`` with an actor table that knows only the body ``body`` (the actors stage
    missed the person)."""
    from wirecoder.actors import Actor, ActorTable, Mention
    from wirecoder.quotes.speakers import resolve

    doc = pipeline.nlp(text)
    start = text.index(body)
    table = ActorTable([Actor(id="org:civic-dawn", name=body, kind="organization")],
                       [Mention(start, start + len(body), "org:civic-dawn")])
    head = next(t for t in doc if t.text == head_word)
    return head, resolve(head, table)


def test_a_persons_name_the_actors_stage_missed_does_not_speak_for_the_body_in_its_title(pipeline):
    head, (actor, _) = _resolve_head(pipeline, "Civic Dawn lawmaker John Smith said the bill was unfair.", "Smith",
                                     "Civic Dawn")
    if head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        assert actor is None


def test_a_body_noun_after_a_bodys_name_still_speaks_for_it(pipeline):
    _, (actor, _) = _resolve_head(pipeline, "Civic Dawn spokesman said the bill was unfair.", "spokesman",
                                  "Civic Dawn")
    assert actor == "org:civic-dawn"


def test_a_place_after_an_according_to_title_is_what_is_reported(pipeline):
    body = "According to the Tarvik envoy, Chile, Peru and Ecuador have been asked to join the pier pact.\n"
    assert any(q.text.startswith("Chile") for q in quotes_in(pipeline, body))


def test_a_quotation_after_a_cue_with_a_long_apposition_goes_on_with_its_speaker(pipeline):
    body = ("\"They think we will blink first,\" said Tomek Wardzinski, Tarvik's deputy pier minister, who has led "
            "the talks with Orlen over freight fees at the harbour since the spring of last year. \"We will not.\"\n")
    quote = next((q for q in quotes_in(pipeline, body) if q.text.startswith("We will not")), None)
    assert quote is not None and "Wardzinski" in (quote.speaker.name if quote.speaker else "")


def test_only_the_rest_of_the_cues_own_sentence_bridges_a_long_gap():
    from wirecoder.quotes.finder import _cue_sentence_only

    one = ',," said Ana Rell, the deputy minister, who has led the talks with Orlen since the spring. "'
    assert _cue_sentence_only(one, 0, len(one))
    assert not _cue_sentence_only(one.replace("minister,", "minister. Talks resume in May."), 0, len(one) + 24)
    assert not _cue_sentence_only(one.replace(" who", "\n\nwho"), 0, len(one) + 2)
