"""Round 48 (det48): a record is a function of its article (and the settings) only.

The stages keep answers across documents for speed (a word's lemma in lower case, a phrase's agent,
a word's marks in the dictionary's scans, a pattern look-up per lemma); each is keyed by what fully
determines it. These promises code the same invented dispatch alone, after other dispatches, in a
batch and in reversed order, and check that its record does not move. (All names are invented.)
"""

from __future__ import annotations

import json
from datetime import date

import wirecoder
from wirecoder.sources import Document

REFERENCE = "2026-11-29"

# the dispatch whose record must not move: a quote told twice ("X said, ..., according to an agency"),
# an outlet, a ministry, a person of office and one of none
TARGET = (
    "SANTIAGO, Nov 27 (Reuters) - Chile's northern ports will stop loading copper for two days from Monday, "
    "port union leader Darvan Okeleth said on Thursday, in a dispute over night shifts, according to the Valdora "
    "Courier.\n\n"
    "\"We will not work nights without pay,\" Okeleth told reporters in Antofagasta. Labour Minister Halvor Tesimbe "
    "said the ministry would call both sides to talks.\n\n"
    "Peru's mining ministry said it expected no effect on its own exports."
)

# other dispatches coded before it: other outlets, other speakers of "according to", other states and
# parties, so that whatever the stages keep between documents is filled with words of other stories
OTHERS = (
    "MOSCOW, Nov 26 (TASS) - Russia accused Ukraine on Wednesday of shelling a border village, the defence "
    "ministry said, according to state media.\n\n\"This is a provocation,\" spokesman Oleg Varnitsky said.",
    "LONDON (AP) - The opposition Harbour Party demanded the resignation of the health secretary, Mira Coldwell, "
    "over hospital waiting lists, party leader Simon Aldrecott said on Tuesday.\n\nThe government rejected the "
    "demand, according to a spokeswoman for Downing Street.",
    "BEIJING, Nov 25 (Xinhua) - China and Brazil signed a trade agreement on Monday, the Chinese commerce ministry "
    "said. Minister Liang Weisuo said the deal would double soybean purchases, according to the Brazilian "
    "embassy.",
    "NAIROBI (AFP) - Kenyan police fired tear gas at protesters in Nairobi on Saturday, witnesses said. The "
    "protesters, supporters of the Umoja Forward movement, said Okeleth had betrayed them, according to the "
    "Daily Nation.",
)


def _json(record: wirecoder.Record) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)


def test_a_dispatch_coded_after_others_gives_the_record_it_gives_alone(pipeline: wirecoder.Pipeline) -> None:
    first = _json(pipeline.extract(TARGET, reference_date=REFERENCE))
    for text in OTHERS:
        pipeline.extract(text, reference_date=REFERENCE)
    assert _json(pipeline.extract(TARGET, reference_date=REFERENCE)) == first


def test_a_dispatch_gives_the_same_record_wherever_it_stands_in_a_batch(pipeline: wirecoder.Pipeline) -> None:
    alone = _json(pipeline.extract(TARGET, reference_date=REFERENCE))
    forward = list(pipeline.extract_many([*OTHERS, TARGET], reference_date=REFERENCE))
    backward = list(pipeline.extract_many([TARGET, *OTHERS[::-1]], reference_date=REFERENCE))
    assert _json(forward[-1]) == alone
    assert _json(backward[0]) == alone
    # and the other dispatches' records do not depend on the order of the batch either
    assert [_json(r) for r in forward[:-1]] == [_json(r) for r in backward[1:][::-1]]


def test_a_dispatch_coded_as_ingest_codes_it_gives_the_record_extract_gives(pipeline: wirecoder.Pipeline) -> None:
    """ingest codes chunks of texts, each after a process's first in a spaCy memory zone (whose new words
    are dropped when it ends): the record of a text is the one extract gives, in any chunk."""
    from wirecoder.ingest.coding import code

    alone = _json(pipeline.extract(TARGET, reference_date=REFERENCE))
    texts = [*OTHERS, TARGET]
    out = []
    for first in range(0, len(texts), 2):
        tasks = [(str(i), Document(text=t)) for i, t in enumerate(texts[first:first + 2], first)]
        out += [value for _, value, _, _ in code(pipeline, tasks, date.fromisoformat(REFERENCE))]
    assert _json(out[-1]) == alone
