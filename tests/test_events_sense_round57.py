"""Events, round 57 (evroot57): the sense of "ask" and "meet" read from what they take.

A clause opened by a question word after "ask" ("asked X what Y would do", "was asked by X how ...") is a
question put, not an appeal (02), with or without a modal; "asked X to ..." stays an appeal. "meet" whose
object is no side but a thing belonging to one ("Canadian complaints", "pressure from Greek importers", "India's
terms") is a thing satisfied, not a meeting (04); "met Greece's ambassador" names a side and stays a meeting.
Invented dispatches; the persons are invented (precision.yaml question_words, met_owner_preps)."""

from __future__ import annotations

from wirecoder.sources import Document


def coded(pipeline, text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(source, target, root, trigger text) of every printed event."""
    return [(e.source, e.target, e.root, text[e.trigger[0]:e.trigger[1]])
            for e in pipeline.extract(Document(text=text, source="invented")).events]


def roots_at(events, word: str) -> list[str]:
    return [root for _s, _t, root, trigger in events if trigger.lower().startswith(word)]


# --- "ask" with a question-word clause: a question put ---------------------------------------------------
def test_asking_what_a_state_would_do_is_no_appeal_reuters_style(pipeline):
    events = coded(pipeline, "RIGA, Aug 1 (Reuters) - Latvian Prime Minister Krisjanis Valdemarovs asked Lithuanian "
                             "Prime Minister Audrius Zemaitelis what Lithuania would do if the grid link was delayed.")
    assert "02" not in roots_at(events, "ask"), events


def test_being_asked_how_funds_were_spent_is_no_appeal_ap_style(pipeline):
    events = coded(pipeline, "BUDAPEST, Aug 2 (AP) - Hungarian Agriculture Minister Levente Dorozsmay was asked by "
                             "Austrian Agriculture Minister Gerlinde Hofstaetter how the farm funds had been spent.")
    assert "02" not in roots_at(events, "ask"), events


def test_asking_when_a_crossing_reopens_is_no_appeal_aljazeera_style(pipeline):
    events = coded(pipeline, "AMMAN, Aug 7 (Al Jazeera) - Jordanian Foreign Minister Samir Haddadeen asked Egyptian "
                             "Foreign Minister Karim Mansourel when the aid crossing would reopen.")
    assert "02" not in roots_at(events, "ask"), events


def test_asking_a_state_to_act_stays_an_appeal_afp_style(pipeline):
    events = coded(pipeline, "BRUSSELS, Aug 3 (AFP) - Belgian Foreign Minister Aldric Vantomsel asked the "
                             "Netherlands to reopen the port talks before the end of the month.")
    assert ("BEL", "NLD", "02") in {(s, t, r) for s, t, r, _ in events}, events


# --- "meet" a side's thing: satisfied, no meeting ------------------------------------------------------------
def test_meeting_a_states_complaints_is_no_meeting_kyodo_style(pipeline):
    events = coded(pipeline, "TOKYO, Aug 4 (Kyodo) - Japan will work harder to meet Canadian complaints over its "
                             "canola tariffs, Japanese Farm Minister Hiroshi Tanabeya told reporters on Friday.")
    assert "04" not in roots_at(events, "meet"), events


def test_meeting_pressure_from_a_group_is_no_meeting_reuters_style(pipeline):
    events = coded(pipeline, "ANKARA, Aug 5 (Reuters) - Turkey cut interest rates on Friday to meet mounting "
                             "pressure from Greek importers, Turkish Finance Minister Mehmet Arslanoglan said.")
    assert "04" not in roots_at(events, "meet"), events


def test_meeting_a_states_terms_is_no_meeting_xinhua_style(pipeline):
    events = coded(pipeline, "KATHMANDU, Aug 6 (Xinhua) - Nepal has met India's terms for a new transit deal, "
                             "Nepalese Commerce Minister Ram Prasad Lohanidal said on Sunday.")
    assert "04" not in roots_at(events, "met"), events


def test_meeting_a_states_ambassador_stays_a_meeting_reuters_style(pipeline):
    events = coded(pipeline, "ANKARA, Aug 5 (Reuters) - Turkish Finance Minister Mehmet Arslanoglan met Greece's "
                             "ambassador in Ankara on Friday.")
    assert ("TUR", "GRC", "04") in {(s, t, r) for s, t, r, _ in events}, events


# --- a refusal to exclude leaves a thing open: no rejection -----------------------------------------------
def test_refusing_to_rule_out_a_bid_is_no_rejection_reuters_style(pipeline):
    events = coded(pipeline, "ROME, Aug 8 (Reuters) - A Chinese firm is seen as the likeliest buyer, but the Italian "
                             "government refused on Thursday to rule out a rival offer.")
    assert "12" not in roots_at(events, "refus"), events


def test_declining_to_exclude_sanctions_is_no_rejection_afp_style(pipeline):
    events = coded(pipeline, "MADRID, Aug 10 (AFP) - Spain declined to exclude new sanctions on Venezuela, Spanish "
                             "Foreign Minister Ines Carvallosa said on Wednesday.")
    assert "12" not in roots_at(events, "declin"), events


def test_refusing_to_be_pinned_down_on_a_date_is_no_rejection_bbc_style(pipeline):
    events = coded(pipeline, "British Prime Minister Harold Brennick refused to be pinned down on a date for the "
                             "vote on Tuesday, saying the poll would come next year.")
    assert "12" not in roots_at(events, "refus"), events


def test_refusing_to_recognise_a_government_stays_a_rejection_afp_style(pipeline):
    events = coded(pipeline, "MADRID, Aug 10 (AFP) - Spain refused to recognise the new Venezuelan government, "
                             "Spanish Foreign Minister Ines Carvallosa said.")
    assert ("ESP", "VEN", "12") in {(s, t, r) for s, t, r, _ in events}, events


def test_meeting_a_states_army_chief_stays_a_meeting_aljazeera_style(pipeline):
    """A person noun ("chief", "negotiators") owned by a side is a side met, not a thing satisfied."""
    events = coded(pipeline, "AMMAN (Al Jazeera) - Jordan's Foreign Minister Samir Haddadeen flew to Aqaba on "
                             "Monday, where he met Egypt's army chief and pledged more aid for displaced families.")
    assert ("JOR", "EGY", "04") in {(s, t, r) for s, t, r, _ in events}, events
