"""Round 11 of the blind audits, half A (real11a): rules of news writing the audit's misses pointed to, each held
by an invented dispatch and a negative twin (other states, other names, other topics than the audited articles)."""

from __future__ import annotations

from quote_support import quote_with

REF = "2026-12-05"

# --- a documentary that shows or reveals what a person said relays that person's words ---------------------------
_FILM = (
    "Port workers' leader Ana Kovac suggested the capital was starving the Ostrava harbour of money, a television "
    "film revealed.\n\n"
    "The documentary shows Ms Kovac, standing on a trawler in the rain, warning the crowd: \"Nobody in the "
    "capital cares whether this harbour lives or dies.\"\n\n"
    "Speaking to the Ostrava Courier on Monday, she insisted her words had not been meant as an insult."
)


def test_words_a_film_revealed_are_the_speakers_not_the_films(pipeline):
    record = pipeline.extract(_FILM, reference_date=REF)
    assert not any("film" in (q.speaker.name if q.speaker else "") for q in record.quotes)
    assert quote_with(pipeline, _FILM, "starving the Ostrava harbour").speaker.actor == "person:ana-kovac"


def test_the_one_a_film_shows_speaking_is_the_speaker(pipeline):
    assert quote_with(pipeline, _FILM, "lives or dies").speaker.actor == "person:ana-kovac"
    # and "she" after it is that person still, not the film
    assert quote_with(pipeline, _FILM, "not been meant as an insult").speaker.actor == "person:ana-kovac"


def test_cameras_that_caught_a_person_speaking_do_not_speak(pipeline):
    text = ("KINSHASA (AFP) - Television cameras caught Governor Ambroise Lukeni, standing outside the port, "
            "saying: \"No ship will leave before the tax is paid.\"")
    assert quote_with(pipeline, text, "No ship will leave").speaker.actor == "person:ambroise-lukeni"


def test_what_a_documentary_shows_with_no_speaker_is_no_quote(pipeline):
    text = ("The documentary shows that the Karlsby shipyard lost money for a decade.\n\n"
            "\"We kept it open for the town,\" said Ilse Vandermoor, the yard's former director.")
    record = pipeline.extract(text, reference_date=REF)
    assert not any("lost money" in q.text for q in record.quotes)
    assert quote_with(pipeline, text, "kept it open").speaker.actor == "person:ilse-vandermoor"


def test_a_person_a_film_shows_before_a_quote_of_another_is_not_its_speaker(pipeline):
    # the participle of speech here has its own subject: the film shows nobody speaking
    text = ("The film shows the harbour at dawn. Fishermen's leader Odd Halvorsen, telling reporters about the "
            "catch, said: \"The quotas are ruining us.\"")
    assert quote_with(pipeline, text, "quotas are ruining").speaker.actor == "person:odd-halvorsen"


# --- a place's own chamber between its name and an office: the office is the place's state's ----------------------
_PRIMARY = (
    "Dairy exports to Canada fell sharply after the new tariffs, Canadian officials said. Canadian farmers blocked "
    "a bridge on Friday, and Canadian ministers met in Ottawa to weigh a response.\n\n"
    "\"Our cheesemakers cannot wait for Ottawa to blink,\" said Vermont State Senate minority leader Yusuf "
    "Trabelsi."
)


def _country(pipeline, text: str, actor_id: str) -> str | None:
    record = pipeline.extract(text, reference_date=REF)
    return next(a.country for a in record.actors if a.id == actor_id)


def test_a_state_chamber_leader_is_of_the_chambers_state(pipeline):
    assert _country(pipeline, _PRIMARY, "person:yusuf-trabelsi") == "USA"


def test_a_city_council_leader_is_of_the_citys_state(pipeline):
    text = ("Syrian refugees in the camps said aid had slowed. Syrian officials blamed the border closures, and "
            "Syrian doctors warned of disease.\n\n"
            "\"We will take in more families,\" said Toronto City Council deputy leader Marcia Oyelowo-Tate.")
    assert _country(pipeline, text, "person:marcia-oyelowo-tate") == "CAN"


def test_a_leader_with_no_place_before_the_chamber_keeps_the_story_state(pipeline):
    text = _PRIMARY.replace("Vermont State Senate minority leader", "Senate minority leader")
    assert _country(pipeline, text, "person:yusuf-trabelsi") != "USA"


# --- verbal attacks of political copy: "spoke out against", "ripped into" ----------------------------------------
def _events(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def test_speaking_out_against_a_governors_plan_criticises_the_governor(pipeline):
    text = ("WASHINGTON (AP) - Representative Lonny Haskett spoke out against Governor Corbell Anstey's river "
            "dam plan on Monday.")
    assert ("person:lonny-haskett", "person:corbell-anstey", "11") in _events(pipeline, text)


def test_ripping_into_a_governor_criticises_him(pipeline):
    text = "WASHINGTON (AP) - Senator Dalia Fenwright ripped into Governor Corbell Anstey on Tuesday."
    assert ("person:dalia-fenwright", "person:corbell-anstey", "11") in _events(pipeline, text)


def test_a_blast_ripping_into_a_market_is_no_criticism(pipeline):
    text = "KABUL (AP) - The blast ripped into the market on Friday, killing nine people."
    assert not any(root == "11" for _, _, root in _events(pipeline, text))


# --- "can and will": a firm promise, not a possibility -----------------------------------------------------------
def test_can_and_will_demand_is_a_demand(pipeline):
    text = ("WASHINGTON (AP) - \"Our caucus can and will demand answers from Governor Corbell Anstey,\" said state "
            "Senator Merrit Oduya.")
    assert ("person:merrit-oduya", "person:corbell-anstey", "10") in _events(pipeline, text)


def test_can_alone_is_still_only_a_possibility(pipeline):
    text = "CAIRO (Reuters) - Egypt can expel the Turkish ambassador, the foreign minister said on Sunday."
    assert not _events(pipeline, text)
    firm = text.replace("can expel", "can and will expel")
    assert any(s == "EGY" and t == "TUR" for s, t, _ in _events(pipeline, firm))


# --- idioms of blame: telling lies, having no evidence -------------------------------------------------------------
def test_a_party_said_to_tell_lies_is_criticised(pipeline):
    text = ("LONDON (Reuters) - \"The Conservatives are telling lies about our plan,\" said Labour MP Ronan "
            "Pellway.")
    assert ("person:ronan-pellway", "org:conservative-party", "11") in _events(pipeline, text)


def test_a_party_said_to_have_zero_evidence_is_criticised(pipeline):
    text = ("LONDON (Reuters) - \"The Conservatives have zero evidence for these charges,\" said Labour MP "
            "Ronan Pellway.")
    assert ("person:ronan-pellway", "org:conservative-party", "11") in _events(pipeline, text)


def test_the_speakers_own_lack_of_evidence_judges_no_one(pipeline):
    text = ("LONDON (Reuters) - \"We have no evidence that the Conservatives knew,\" said Labour MP Ronan "
            "Pellway.")
    assert not any(root == "11" for _, _, root in _events(pipeline, text))


# --- "Rep. X on CNN: ..." labels a clip of what X said on that outlet ---------------------------------------------
def test_a_person_labelled_with_the_outlet_speaks_the_clip(pipeline):
    text = ("The hearing dragged on into the evening.\n\n"
            "Rep. Dorian Malvik on CNN: \"We have been in the hearing for two hours, and nothing new has come "
            "out.\" pic.twitter.com/Xy12 — Ola Brenn (@olabrenn) March 3, 2025")
    quote = quote_with(pipeline, text, "nothing new has come out")
    assert quote.speaker.actor == "person:dorian-malvik"
    assert quote.kind == "direct" and "pic.twitter" not in quote.text


def test_a_person_labelled_with_the_outlet_speaks_an_unquoted_line_too(pipeline):
    text = ("The vote was close.\n\n"
            "Senator Ilse Varga on Sky News: the count was fair and the result must stand.")
    assert quote_with(pipeline, text, "the result must stand").speaker.actor == "person:ilse-varga"


def test_a_heading_labelled_with_an_outlet_is_no_speaker(pipeline):
    text = ("The vote was close.\n\n"
            "Reaction on Twitter: many users said the count had been rigged from the start.")
    record = pipeline.extract(text, reference_date=REF)
    assert not any(q.speaker is not None and "Reaction" in q.speaker.name for q in record.quotes)


def test_speaking_out_against_policies_of_no_one_named_codes_nothing(pipeline):
    text = ("ADELAIDE (AAP) - Senator Rafe Lindqvist spoke out on Thursday against such rules for grain ports, "
            "which he said would cost growers dearly.")
    assert not any(root == "11" for _, _, root in _events(pipeline, text))
