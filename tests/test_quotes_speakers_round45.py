"""Round 45 (spk45): the author a document is named with speaks in it ("a report by the Marine Safety Board says",
"A statement by Tarvelis Systems said", and a later "the report said" after "the report was drawn up by X"), even
where no actor stands for that author; a portfolio title ("the prime minister") in an undated story is the one person named before who
held that office in the table of office holders.

Invented dispatches and names (the office holder of the last tests is one the package's table knows)."""

from __future__ import annotations

from functools import partial

from quote_support import quote_of

HEADLINE = "Report faults ferry operators\n\n"
_quote = partial(quote_of, headline=HEADLINE, reference_date="2029-06-02")


def speaker(pipeline, body: str, words: str) -> tuple[str | None, str]:
    found = _quote(pipeline, body, words).speaker
    return (found.actor, found.name) if found else (None, "")


def test_a_report_by_a_named_board_speaks_for_the_board(pipeline):
    body = ("LONDON, June 2 (Reuters) - Ferry operators ignored safety warnings for years, a report by the Marine "
            "Safety Board says.\n")
    assert "Marine Safety Board" in speaker(pipeline, body, "ignored safety warnings")[1]


def test_a_later_report_said_goes_on_with_the_author_named_with_it(pipeline):
    body = ("LONDON, June 2 (Reuters) - Ferry operators ignored safety warnings for years, a report by the Marine "
            "Safety Board says. The report said crews had not been trained to use their radar.\n")
    assert "Marine Safety Board" in speaker(pipeline, body, "crews had not been trained")[1]


def test_a_report_by_an_unnamed_watchdog_is_printed_with_the_watchdog_s_words(pipeline):
    body = ("Velmora overpaid for its new coastguard cutters, a report by the government's spending watchdog says.\n")
    assert "watchdog" in speaker(pipeline, body, "overpaid for its new coastguard cutters")[1]


def test_a_statement_by_a_company_speaks_for_the_company(pipeline):
    body = ("A charger fault poses no fire risk, its maker said on Wednesday. A statement by Tarvelis Systems said "
            "owners could swap the charger free of charge.\n")
    assert "Tarvelis Systems" in speaker(pipeline, body, "owners could swap the charger")[1]


def test_the_report_said_after_it_was_drawn_up_by_a_committee_is_the_committee_not_the_mps(pipeline):
    body = ("Border checks on lorries should be eased at night, deputies have said. Monday's report was drawn up by the "
            "Velmoran Transport Committee over eight months of hearings. Customs officers were also faulted. The report "
            "said every crossing should keep one lane open.\n")
    assert "Transport Committee" in speaker(pipeline, body, "every crossing should keep")[1]


def test_the_report_said_after_a_report_by_two_committees_is_not_the_mps_quoted_before(pipeline):
    body = ("Border checks on lorries should be eased at night, according to deputies. A report by two parliamentary "
            "committees urged on Monday a new lane for empty trucks. Customs officers were also faulted. The report said "
            "every crossing should keep one lane open.\n")
    assert "committees" in speaker(pipeline, body, "every crossing should keep")[1]


def test_a_report_with_no_author_named_stays_unresolved(pipeline):
    body = ("Drivers in Velmora want cheaper chargers rather than faster cars, says a report. The report said few "
            "buyers would pay extra for range.\n")
    assert speaker(pipeline, body, "few buyers would pay")[0] is None


def _undated(pipeline, text: str, words: str) -> str | None:
    record = pipeline.extract(text)  # no date: a known person's role is the table's latest office
    quote = next(q for q in record.quotes if words in q.text)
    return quote.speaker.actor if quote.speaker else None


def test_the_prime_minister_in_an_undated_story_is_the_person_named_who_held_the_office(pipeline):
    text = ("Flood plans unveiled\n\nHome Secretary Anton Orlen set out plans for river flood defences. Mr Orlen was "
            "joined by Tony Blair on a visit to a pumping station. Mr Orlen said new walls would be built by spring. "
            "The prime minister said towns on the coast would be protected first.\n")
    assert _undated(pipeline, text, "towns on the coast") == "person:tony-blair"


def test_the_deputy_prime_minister_is_not_the_prime_minister_named_before(pipeline):
    text = ("Flood plans unveiled\n\nHome Secretary Anton Orlen set out plans for river flood defences. Mr Orlen was "
            "joined by Tony Blair on a visit to a pumping station. Mr Orlen said new walls would be built by spring. "
            "The deputy prime minister said towns on the coast would be protected first.\n")
    assert _undated(pipeline, text, "towns on the coast") != "person:tony-blair"
