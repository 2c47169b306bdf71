"""A worker's memory stays flat: each chunk after the first is coded in a spaCy memory zone."""

from __future__ import annotations

from wirecoder.ingest.coding import code
from wirecoder.sources import Document

_FIRST = "The foreign minister of Valdoria met his counterpart in the capital on Monday, officials said."
# Words no earlier text brings, so the chunk adds them to spaCy's vocabulary while it is coded. (Round 41:
# the one accused is a state, since an accusation of a proper name no actor covers is no longer printed.)
_NEW = ("Zorvakian envoys accused Kenya of shelling Brindlecott, the Zorvakian Foreign Ministry "
        "said on Tuesday. \"Quellmarsh will answer for Brindlecott,\" said Ostrava Plinkwhistle, a spokeswoman.")


def test_a_chunk_coded_after_the_first_leaves_the_vocabulary_as_it_found_it(pipeline):
    code(pipeline, [("first", Document(text=_FIRST))], None)  # a process's first chunk warms spaCy's caches
    strings = pipeline.nlp.vocab.strings
    before = len(strings)
    [(_, record, _, _)] = code(pipeline, [("new", Document(text=_NEW))], None)
    assert len(strings) == before and "Plinkwhistle" not in strings
    assert record.quotes and record.events  # coded whole: what the zone drops is spaCy's, not the record's
    again = pipeline.extract(_NEW)  # outside a zone: the same record
    assert again.to_dict() == record.to_dict()
