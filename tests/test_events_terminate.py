"""Event coding ends on every sentence, whatever its parse.

spaCy makes a new Python object each time a token is read (``tok.head``, ``doc[i]``), so a walk up the
parse that stops when ``tok.head is tok`` never stops at a root that is not a verb: on the whole of
Reuters-21578 one shard hung for good on such a headline. The walks compare tokens with ``==``.
"""

from __future__ import annotations

import signal
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")

# Headlines and captions whose root is a noun, with a possessive act and places under it: the shapes
# that sent the walks from an act noun up to a verb round the root for ever.
NOUN_ROOTED = [
    "Fresh talks after his visit to Paris",
    "Border talks after their meeting in Geneva with Norwegian envoys",
    "Protests over his arrest in Tehran",
    "Sanctions after their attack on Kyiv",
    "Troops on standby in Vilnius",
    "Record grain harvest after her tour of the Volga region",
]


class _Stuck(Exception):
    pass


def _alarm(*_: object) -> None:
    raise _Stuck


@pytest.mark.parametrize("text", NOUN_ROOTED)
def test_a_noun_rooted_headline_is_coded_in_bounded_time(pipeline, text):
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)
    try:
        record = pipeline.extract(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert record.text == text


def test_a_batch_with_such_a_headline_codes_every_article(pipeline):
    texts = [f"{headline}\n\nMOSCOW, March 3 (Reuters) - Officials met on Tuesday." for headline in NOUN_ROOTED]
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(120)
    try:
        records = list(pipeline.extract_many(texts))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert len(records) == len(texts)
    assert not [r for r in records if isinstance(r, Exception)]
