"""Round 47 (spk47): two sources of a lost speaker that lie in the actors stage.

1. An honorific outweighs an office noun's gender: agency copy writes "chairman", "spokesman", "businessman" and
   "congressman" for women too, so "Union chairman Ingrid X said ... . '...,' she said" had left "she" without a
   speaker, or given it to a man named since; a later "Ms X", "Mrs X" or "Mr X" now sets the person's pronoun.
2. Chinese and Korean names are written family name first ("Minister Choi Dong-hwan", "Vice Premier Zhou Hanlin"): the
   family name alone later ("Choi told reporters", "But Lee said") is that person even where the tagger read the lone
   word as a body's or a place's name; a name whose last word is also used alone ("Lee Varrow ... Varrow said") keeps
   its first word as a given name.

Invented dispatches and names, in the agencies' style."""

from __future__ import annotations

from functools import partial

from quote_support import quote_of

HEADLINE = "Talks go on\n\n"
_quote = partial(quote_of, headline=HEADLINE, reference_date="2029-08-01")


def speaker_of(pipeline, body: str, words: str) -> tuple[str, str | None]:
    found = _quote(pipeline, body, words).speaker
    return (found.name, found.actor) if found else ("", None)


def test_she_after_a_chairman_called_ms_is_that_woman(pipeline):
    body = ("ORVALE, Aug 1 (Reuters) - Velmora's largest nurses' union rejected the pay offer on Wednesday. Union "
            "chairman Ingrid Solvay said the offer fell far short of inflation.\n\n\"Our members cannot accept another "
            "cut,\" she said. Ms Solvay said a strike ballot would open next week.\n")
    assert speaker_of(pipeline, body, "Our members cannot accept another cut")[1] == "person:ingrid-solvay"


def test_she_after_a_chairman_called_ms_is_not_the_man_named_since(pipeline):
    body = ("KESSEL, Aug 2 (AP) - Council chairman Ada Brenning called on Thursday for a recount in the disputed ward. "
            "Deputy mayor Tomas Kiel opposed the request.\n\n\"Every ballot must be counted again,\" Ms Brenning told "
            "reporters. \"We owe it to the voters,\" she said.\n")
    assert speaker_of(pipeline, body, "We owe it to the voters")[1] == "person:ada-brenning"


def test_a_spokesman_called_mrs_is_she(pipeline):
    body = ("Tarsk Ferries spokesman Maren Holt has defended cuts to winter sailings. Island councillor "
            "Jon Pettersen said the cuts would leave families stranded. But Mrs Holt said demand had fallen.\n\n"
            "\"We cannot run empty boats all winter,\" she said.\n")
    assert speaker_of(pipeline, body, "We cannot run empty boats all winter")[1] == "person:maren-holt"


def test_a_spokesman_with_no_honorific_stays_he(pipeline):
    body = ("Tarsk Ferries spokesman Jon Marrel defended cuts to winter sailings on Monday. Councillor Elin Vosk said "
            "families would be stranded. Ms Vosk called for a public meeting.\n\n\"We cannot run empty boats,\" he said.\n")
    assert speaker_of(pipeline, body, "We cannot run empty boats")[1] == "person:jon-marrel"


def test_korean_family_name_alone_is_the_minister(pipeline):
    body = ("SEOUL, Aug 6 (Yonhap) - South Korean Foreign Minister Choi Dong-hwan met his Velmoran counterpart Anders "
            "Kolt in Seoul on Monday.\n\nChoi told reporters the talks had been candid and useful. Kolt said Velmora "
            "would open a trade office.\n\nChoi added that a visit by the Velmoran president was under discussion.\n")
    assert speaker_of(pipeline, body, "the talks had been candid and useful")[1] == "person:choi-dong-hwan"
    assert speaker_of(pipeline, body, "a visit by the Velmoran president")[1] == "person:choi-dong-hwan"


def test_hyphenated_given_name_makes_the_first_word_the_family_name(pipeline):
    body = ("SEOUL, Aug 7 (Reuters) - Opposition leader Sorn Hye-rin on Tuesday demanded the resignation of the "
            "defence minister over a procurement scandal.\n\nSorn said the minister had misled parliament.\n")
    assert speaker_of(pipeline, body, "the minister had misled parliament")[1] == "person:sorn-hye-rin"


def test_three_word_chinese_name_by_its_family_name(pipeline):
    body = ("SINGAPORE, Aug 9 (Xinhua) - Trade minister Lee Kwan Heng said on Thursday the city-state would trim its "
            "growth forecast. Central bank chief Oskar Vennet said rates would hold.\n\nBut Lee said wage growth "
            "remained firm.\n")
    assert speaker_of(pipeline, body, "wage growth remained firm")[1] == "person:lee-kwan-heng"


def test_a_western_name_whose_surname_is_used_alone_keeps_its_first_name(pipeline):
    body = ("Analyst Lee Varrow of Ostmark Securities said on Monday the bank's shares were cheap. Varrow said the "
            "sell-off had gone too far.\n\nLee Anders, a trader, said buyers were returning.\n")
    assert speaker_of(pipeline, body, "the sell-off had gone too far")[1] == "person:lee-varrow"

