"""Round 50 (spk50): a company or body description as speaker ("the carmaker said", "the news agency said") points
back to the nearest body named before that the noun fits, or stays a described speaker when none is.

1. A description printed by an earlier description ("The Norwegian manufacturer saw ... . The manufacturer blamed
   ... . The firm said") is the company named before that first description.
2. A description the story used beside a body's name ("the ... Xinhua News Agency. ..., the news agency said") is
   that body.
3. A description no body named before fits ("the club" after only a holding company) stays a described speaker;
   "the rival firm" is another company.

Invented dispatches and names, in the agencies' style (the one real body is a state news agency)."""

from __future__ import annotations

from quote_support import quote_with


def speaker_of(pipeline, text: str, words: str) -> tuple[str, str | None]:
    found = quote_with(pipeline, text, words).speaker
    return (found.name, found.actor) if found else ("", None)


SHIPYARD = ("OSLO (Reuters) - A slump at ferry builder Skarvik has hit profits at parent Norlund Holdings.\n\n"
            "The Norwegian manufacturer saw quarterly profits fall to 90 million crowns. The manufacturer blamed a fall "
            "in ferry orders from Baltic lines. The firm said it would keep its yard in Bergen open.\n")


def test_a_firm_printed_by_an_earlier_description_is_the_company_named_before_it(pipeline):
    assert speaker_of(pipeline, SHIPYARD, "keep its yard in Bergen") == ("Norlund Holdings", "org:norlund-holdings")


def test_the_news_agency_is_the_agency_named_with_those_words(pipeline):
    text = ("BEIJING (AP) - Two new cases of the fever were confirmed on Tuesday in Inner Mongolia, according to the "
            "state-run Xinhua News Agency. The patients were taken to a hospital in the regional capital, the news "
            "agency said.\n")
    assert speaker_of(pipeline, text, "taken to a hospital")[1] == "org:xinhua"


def test_a_club_after_only_a_holding_company_stays_described(pipeline):
    text = ("LONDON (Reuters) - Shares in Norlund Holdings fell on Monday after a profit warning. The club said it "
            "would appeal against the fine.\n")
    assert speaker_of(pipeline, text, "appeal against the fine") == ("The club", None)


def test_the_rival_firm_is_not_the_company_named_before(pipeline):
    text = ("OSLO (Reuters) - Orders fell at Skarvik Verft, whose ferry range lost ground. The slump hit its owner "
            "Norlund Holdings.\n\nThe Norwegian manufacturer blamed a fall in ferry orders from Baltic lines. The "
            "rival firm said it would keep its own yard in Bergen open.\n")
    assert speaker_of(pipeline, text, "keep its own yard")[1] not in ("org:norlund-holdings", "org:skarvik-verft")
