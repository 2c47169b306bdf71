"""Actors, round 50 (owner50): whose office it is, read once, in the actors stage. Round 49 read a firm's, a paper's
or a trade body's person in two places: the actors stage read the owner's name next to a head title, and the
events stage read the parse around the person's mention for the rest (a "chairwoman of" a firm it found, a "head
of the credit desk at" a holding), so the record gave such a person no sector while the events stage counted a
firm's person. Now the actors stage gives the person the owner's sector once its bodies have theirs
(actors/owners.py), and the events stage reads only the sector the record says (Context.private_doer). Every
dispatch is invented (made-up people, firms and bodies, real states) in the house style of several agencies."""

from __future__ import annotations

import pytest
from event_support import REF, coded

from wirecoder.actors import owners
from wirecoder.events.arguments import PRIVATE_PERSON_SECTORS


def _record(pipeline, text: str):
    return pipeline.extract(text, reference_date=REF)


def _person(record, pid: str):
    return next(a for a in record.actors if a.id == pid)


OWNED = [
    # a firm's chairwoman in apposition with "of": the firm's sector in the record
    ("SYDNEY (AFP) - Delia Marsk, chairwoman of Carrowby Mining, has denied claims that she misled the firm's "
     "auditors.", "person:delia-marsk", "BUS"),
    # the head of a desk "at" a holding: the office's phrase reaches the owner past the desk
    ("NAIROBI (Reuters) - Wanjiru Kesho, head of the credit desk at Kilima Holdings, said lending would slow "
     "before the harvest.", "person:wanjiru-kesho", "BUS"),
    # a trade's body of no sector (a dealers' association) speaks for firms
    ("TOKYO, March 3 (Reuters) - Kiyomi Dashiro, chairman of the Tarumi Bond Dealers Association, said bond "
     "yields would rise before the summer.", "person:kiyomi-dashiro", "BUS"),
]


@pytest.mark.parametrize("text,pid,sector", OWNED)
def test_a_private_bodys_person_carries_its_sector_in_the_record(pipeline, text, pid, sector):
    assert _person(_record(pipeline, text), pid).sector == sector


def test_a_civil_bodys_chair_keeps_no_sector_and_stays_a_side(pipeline):
    text = ("EDINBURGH (BBC) - Morag Kinvarra, chairwoman of the Lochard Crofters Federation, accused the Scottish "
            "Executive of abandoning island communities.")
    assert _person(_record(pipeline, text), "person:morag-kinvarra").sector is None
    assert any(source == "person:morag-kinvarra" and root == "11" for source, _, root in coded(pipeline, text))


def test_the_events_stage_reads_the_records_sector(pipeline):
    # the person whom the record gives a trade body's sector is no doer, and still the one acted on
    text = ("HARARE, May 9 (AFP) - Tendai Murowe, chairman of the Harare Tobacco Dealers Association, criticised "
            "the central bank's new auction rules. Zimbabwean police later arrested Murowe over a protest.")
    assert _person(_record(pipeline, text), "person:tendai-murowe").sector in PRIVATE_PERSON_SECTORS
    found = coded(pipeline, text)
    assert not any(source == "person:tendai-murowe" for source, _, _ in found), found
    assert any(target == "person:tendai-murowe" and root == "17" for _, target, root in found), found


def test_a_firms_chairwoman_acting_on_a_state_stays_a_side(pipeline):
    text = ("SYDNEY (AFP) - Delia Marsk, chairwoman of Carrowby Mining, warned the Indonesian government that it "
            "would face years of litigation over the seized mine.")
    assert _person(_record(pipeline, text), "person:delia-marsk").sector == "BUS"
    assert ("person:delia-marsk", "IDN", "13") in coded(pipeline, text)


def test_a_firms_chairwoman_on_her_firm_is_no_doer(pipeline):
    text = ("SYDNEY (AFP) - Carrowby Mining chairwoman Delia Marsk criticised Prime Minister Grant Hollis over the "
            "mining tax.")
    assert not any(source == "person:delia-marsk" for source, _, _ in coded(pipeline, text))


def test_a_columnist_judging_a_state_stays_no_party(pipeline):
    # a commentator's title is private by itself (offices.yaml MED): no party even aimed at a state
    text = ("LONDON (Reuters) - Brellford Media columnist Tamsin Orlev accused Russia of stoking the crisis in a "
            "column on Sunday.")
    assert not any(source == "person:tamsin-orlev" for source, _, _ in coded(pipeline, text))


def test_the_trade_words_are_one_list():
    assert "dealers" in owners.TRADE_WORDS and "miners" not in owners.TRADE_WORDS
