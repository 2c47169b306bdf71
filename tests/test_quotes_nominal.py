"""Round quotes18: nominal speakers (bodies, spokespeople, documents) and look-alikes of quotes.

Invented dispatches and names; tests/data/quotes_news q43-q72 hold the hand-annotated dev dispatches of the
round (other wording, other names)."""

from __future__ import annotations

from wirecoder.record import Quote

HEADLINE = "Harbour dispute goes on\n\n"


def quotes_in(pipeline, body: str) -> list[Quote]:
    record = pipeline.extract(HEADLINE + body, reference_date="2027-03-01")
    return [q for q in record.quotes if q.span[0] >= len(HEADLINE)]


def speaker_of(pipeline, body: str, words: str) -> tuple[str | None, str | None]:
    """(actor, name) of the first quote holding ``words``."""
    quote = next(q for q in quotes_in(pipeline, body) if words in q.text)
    return (quote.speaker.actor, quote.speaker.name) if quote.speaker else (None, None)


def texts(pipeline, body: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body)]


# -- look-alikes of quotes ---------------------------------------------------------------------------

def test_a_request_for_anonymity_is_no_quote(pipeline):
    found = texts(pipeline, "Three harbour clerks, who asked not to be identified since they lacked clearance to speak, "
                            "said the ferry tariffs would rise in June.\n")
    assert any("tariffs would rise" in t for t in found)
    assert not any("identified" in t for t in found)


def test_what_someone_is_expected_to_announce_is_no_quote(pipeline):
    found = texts(pipeline, "The Norland harbour board met on Monday and is expected to announce the new tariffs "
                            "next week. It is due to publish its accounts in May.\n")
    assert found == []


def test_citing_a_source_reports_nothing(pipeline):
    found = texts(pipeline, "The deal was first reported by a Tarvik news site, which cited two harbour officials.\n")
    assert not any("officials" in t for t in found)


def test_a_quoting_verb_with_as_saying_still_gives_the_words(pipeline):
    found = texts(pipeline, "The Tarvik radio quoted a harbour official as saying the ferries would stop on "
                            "Friday.\n")
    assert any("ferries would stop" in t for t in found)


def test_a_date_after_the_cue_is_no_content(pipeline):
    found = texts(pipeline, "Ferry fares will double from April, the Tarvik Harbour Board announced on Thursday.\n")
    assert any("Ferry fares will double" in t for t in found)
    assert not any(t.strip(" .") == "Thursday" for t in found)


def test_an_appeal_joined_inside_a_report_is_a_second_report(pipeline):
    found = texts(pipeline, "The Tarvik Harbour Board said the storm had damaged two piers and urged skippers to "
                            "keep clear of the outer basin.\n")
    assert any(t.rstrip(" .").endswith("damaged two piers") for t in found)
    assert any(t.startswith("skippers to keep clear") for t in found)


def test_a_reported_clause_without_an_appeal_stays_whole(pipeline):
    found = texts(pipeline, "The Tarvik Harbour Board said the storm had damaged two piers and flooded the fish "
                            "market.\n")
    assert any("damaged two piers and flooded the fish market" in t for t in found)


# -- nominal speakers --------------------------------------------------------------------------------

def test_the_spokeswoman_repeats_the_spokeswoman_for_a_body(pipeline):
    body = ("A spokeswoman for the Tarvik Harbour Board said on Monday that the piers would reopen in May. "
            "\"The repairs are on schedule,\" the spokeswoman told reporters.\n")
    actor, name = speaker_of(pipeline, body, "repairs are on schedule")
    first, _ = speaker_of(pipeline, body, "piers would reopen")
    assert first is not None and actor == first


def test_the_company_is_the_unknown_name_made_subject_before(pipeline):
    body = ("The Tarvik Harbour Board said the ferry had been overloaded. Brennick Shipping, which runs the route, "
            "rejected the findings. The company said its crews had followed every rule.\n")
    _, name = speaker_of(pipeline, body, "followed every rule")
    assert name is not None and "Brennick" in name


def test_the_letter_speaks_for_its_writer_not_its_addressee(pipeline):
    body = ("In a letter to Harbour Minister Ilse Varno in March, the chief pilot of the port, Anders Kolm, wrote that "
            "the channel was \"no longer safe at night\". The letter warned that a grounding was \"a matter of "
            "time\".\n")
    writer = speaker_of(pipeline, body, "no longer safe")
    letter = speaker_of(pipeline, body, "a matter of time")
    assert letter == writer and letter[0] != "person:ilse-varno"


def test_the_notice_speaks_for_the_body_quoted_where_it_was_named(pipeline):
    body = ("In a notice on its website, the Tarvik Harbour Board said the outer basin would close on Friday. "
            "Pilot Mira Osk said the closure was overdue. The notice added that fishing boats could still use "
            "the inner quay.\n")
    _, name = speaker_of(pipeline, body, "fishing boats could still use")
    assert name is not None and "Board" in name


def test_a_body_noun_owned_by_a_common_noun_is_a_body_of_its_own(pipeline):
    body = ("The Tarvik Courier reported that two pilots had been suspended. The harbour master's office said "
            "in a statement that the suspensions were temporary.\n")
    _, name = speaker_of(pipeline, body, "suspensions were temporary")
    assert name is not None and "office" in name and "Courier" not in name


def test_an_embassy_in_a_state_is_not_that_state(pipeline):
    body = ("The Norwegian Embassy in Chile said on Monday that two fishing crews had been detained. In a notice "
            "on its website, the embassy said Norwegian sailors should carry their papers at all times.\n")
    actor, name = speaker_of(pipeline, body, "should carry their papers")
    assert actor != "CHL"


def test_a_body_in_apposition_names_the_speaker(pipeline):
    body = ("The United Nations peacekeeping force in Tarvania, UNIFIL, said it had escorted four hundred families "
            "on Sunday.\n")
    actor, _ = speaker_of(pipeline, body, "escorted four hundred")
    assert actor == "UNIFIL"


def test_a_list_in_apposition_names_no_single_speaker(pipeline):
    body = ("Three states - Norway, Chile and Japan - pledged last month to share the costs of the survey.\n")
    found = quotes_in(pipeline, body)
    assert all(q.speaker is None or q.speaker.actor not in ("JPN", "CHL") for q in found)


def test_a_government_in_the_lead_is_no_office_holder_named_next(pipeline):
    body = ("Chile's government on Monday denied that it had held talks with the trawler owners. \"There were no "
            "talks,\" government spokesman Matias Orrego said.\n")
    actor, _ = speaker_of(pipeline, body, "held talks")
    assert actor == "CHL"


def test_a_person_in_apposition_is_the_speaker_despite_another_office(pipeline):
    body = ("Harbour Minister Ilse Varno said the piers would reopen in May. The shadow harbour minister, Jonas "
            "Brek, called the timetable \"fantasy\".\n")
    _, name = speaker_of(pipeline, body, "fantasy")
    assert name is not None and "Brek" in name


def test_an_unnamed_spokesman_of_one_party_is_not_the_next_partys_spokesman(pipeline):
    body = ("A Green Dawn spokesman said the party would not back the harbour bill. Civic League spokesman Arno "
            "Velt said the bill was \"a muddle\".\n")
    actor, _ = speaker_of(pipeline, body, "would not back")
    assert actor != "person:arno-velt"


def test_an_unnamed_office_holder_is_still_the_person_named_next(pipeline):
    body = ("A Danish minister said the harbour talks had failed. Fisheries Minister Eva Holm said Denmark would "
            "not sign.\n")
    actor, _ = speaker_of(pipeline, body, "harbour talks had failed")
    assert actor == "person:eva-holm"


# -- more look-alikes ----------------------------------------------------------------------------------

def test_a_web_label_is_no_speaker(pipeline):
    found = texts(pipeline, "Watch: Harbour Minister Ola Brenn visits the flooded quay\n\n"
                            "Read more: Norland and Chile agree fishing truce\n")
    assert found == []


def test_a_transcript_label_is_still_a_speaker(pipeline):
    found = texts(pipeline, "KOLM: Well, I think the ban is a mistake and we should end it.\n")
    assert any("ban is a mistake" in t for t in found)


def test_a_hypothetical_cue_is_no_quote(pipeline):
    found = texts(pipeline, "If asked, the harbour board would say the fees were legal.\n")
    assert found == []


def test_a_cue_asked_about_is_no_quote(pipeline):
    found = texts(pipeline, "Did the harbour minister promise a review of the fees? Skippers want to know.\n")
    assert found == []


def test_a_report_of_a_condition_is_still_a_quote(pipeline):
    found = texts(pipeline, "The harbour board said it would close the outer basin if the storm worsened.\n")
    assert any("close the outer basin" in t for t in found)


def test_the_official_repeats_the_last_official_introduced_with_a_body(pipeline):
    body = ("An unnamed harbour official said the ferries would stop on Friday. A senior Norland Coast Guard official "
            "told reporters the crews were \"stretched thin\". The official said more boats were needed.\n")
    first, _ = speaker_of(pipeline, body, "stretched thin")
    actor, _ = speaker_of(pipeline, body, "more boats were needed")
    assert first is not None and actor == first


def test_a_proper_name_ending_in_a_body_noun_is_its_own_body(pipeline):
    body = ("The Norland Coast Guard said two trawlers had been stopped. The Norland Coast Guard Officers "
            "Association said its members had not been paid for two months.\n")
    _, name = speaker_of(pipeline, body, "had not been paid")
    assert name is not None and "Association" in name


def test_officials_at_a_body_speak_for_it(pipeline):
    body = "Officials at the Norwegian fisheries ministry said they were following the harbour talks closely.\n"
    _, name = speaker_of(pipeline, body, "following the harbour talks")
    assert name is not None and "ministry" in name.lower()


def test_sources_in_a_party_speak_for_it(pipeline):
    body = ("HALVIK, March 2 (Reuters) - Sources in the ruling Green Dawn party said on Monday that the harbour bill "
            "would be raised in parliament.\n")
    _, name = speaker_of(pipeline, body, "harbour bill would be raised")
    assert name is not None and ("party" in name.lower() or "Green Dawn" in name)


def test_residents_of_a_city_do_not_speak_for_its_state(pipeline):
    body = ("HALVIK, March 2 (Reuters) - Residents of a Halvik fishing village said on Tuesday that they had nowhere "
            "else to moor their boats.\n")
    actor, _ = speaker_of(pipeline, body, "nowhere else to moor")
    assert actor not in ("NOR", "CHL", "DNK")


def test_he_goes_on_with_an_unnamed_official_of_a_body(pipeline):
    body = ("HALVIK, March 2 (Reuters) - Norland rejected Chile's fishing demands on Monday, a Foreign Ministry "
            "official said.\n\n\"We cannot accept this,\" he said.\n")
    first, _ = speaker_of(pipeline, body, "rejected Chile")
    actor, _ = speaker_of(pipeline, body, "cannot accept this")
    assert first is not None and actor == first


def test_a_state_adjective_on_a_document_names_its_issuer(pipeline):
    body = ("A Chilean embassy spokesman said the trawlers had left Norland waters. The Norwegian statement said "
            "the trawlers had been \"escorted out\" on Sunday.\n")
    actor, _ = speaker_of(pipeline, body, "escorted out")
    assert actor == "NOR"


def test_a_speaker_the_parser_hung_inside_the_quote_still_speaks(pipeline):
    body = ("\"We bailed water with buckets all night,\" a fisherman, who gave his name only as Ivo Marek, told "
            "the Halvik radio.\n\n\"The harbour is lost,\" the mayor said.\n")
    quote = next(q for q in quotes_in(pipeline, body) if "bailed water" in q.text)
    assert quote.speaker is not None and "Marek" in quote.speaker.name


def test_a_body_in_apposition_is_not_the_person_quoted_before(pipeline):
    body = ("Harbour Minister Ilse Varno said the piers would reopen in May. The United Nations peacekeeping force "
            "in Tarvania, UNIFIL, said it had escorted four hundred families on Sunday.\n")
    actor, _ = speaker_of(pipeline, body, "escorted four hundred")
    assert actor == "UNIFIL"


def test_a_definite_spokesman_no_one_was_named_as_speaks_for_the_body(pipeline):
    body = ("Harbour Minister Ilse Varno said the fees were fair. The Tarvik Harbour Board defended the fees on Monday. "
            "The spokesman said the board had no choice.\n")
    actor, _ = speaker_of(pipeline, body, "had no choice")
    assert actor != "person:ilse-varno"


def test_a_definite_spokesman_named_before_is_that_person(pipeline):
    body = ("Ferry operator Jon Mork said he would sue. Board spokesman Ivar Toft said the fees would stay. The "
            "spokesman added that talks were possible.\n")
    actor, _ = speaker_of(pipeline, body, "talks were possible")
    assert actor == "person:ivar-toft"


def test_it_before_any_body_is_quoted_is_the_body_made_subject_before(pipeline):
    body = ("The Tarvik Harbour Board raised its fees by a fifth on Monday. It said the money would pay for new "
            "piers.\n")
    _, name = speaker_of(pipeline, body, "pay for new piers")
    assert name is not None and "Board" in name


def test_a_body_named_only_by_its_noun_before_is_that_body(pipeline):
    body = ("Norland's fisheries ministry said the fees were under review. The union and the harbour board met on "
            "Tuesday. They agreed to hold more talks, the union said.\n")
    _, name = speaker_of(pipeline, body, "hold more talks")
    assert name is not None and "union" in name.lower()
