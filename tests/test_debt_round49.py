"""Round 49 (debt49): code debt with a bug behind it.

``ingest.coding.memory_zone`` codes a process's first chunk of each pipeline outside spaCy's memory
zone (spaCy fills its tokenizer's cache only outside one). It remembered the pipelines it had warmed by
``id``, and an id is given again to a new object once the old one is freed: a pipeline made after another
was gone could pass for warmed and code its very first chunk inside a zone. It now remembers the
pipeline objects themselves, weakly.
"""

from __future__ import annotations

import contextlib
import copy
import gc

import wirecoder
from wirecoder.ingest.coding import code, memory_zone
from wirecoder.sources import Document


def test_every_new_pipeline_codes_its_first_chunk_outside_a_zone(pipeline: wirecoder.Pipeline) -> None:
    # (a shallow copy is a new pipeline object over the same spaCy model; freed at once, its id is
    # free for the next copy, which is what the id-keyed set mistook for the same pipeline)
    for _ in range(20):
        fresh = copy.copy(pipeline)
        assert isinstance(memory_zone(fresh), contextlib.nullcontext)  # its first chunk: no zone
        assert not isinstance(memory_zone(fresh), contextlib.nullcontext)  # every later chunk: a zone
        del fresh
        gc.collect()


def test_a_pipeline_remembered_as_warmed_is_not_kept_alive(pipeline: wirecoder.Pipeline) -> None:
    from wirecoder.ingest import coding

    fresh = copy.copy(pipeline)
    memory_zone(fresh)
    assert fresh in coding._WARMED
    held = len(coding._WARMED)
    del fresh
    gc.collect()
    assert len(coding._WARMED) == held - 1


def test_a_chunk_codes_alike_inside_and_outside_the_zone(pipeline: wirecoder.Pipeline) -> None:
    text = ("TALLINN (Reuters) - Estonian Foreign Minister Kaarel Voomets on Tuesday accused Russia of "
            "violating Estonian airspace and summoned the Russian ambassador, the ministry said.")
    fresh = copy.copy(pipeline)
    first = code(fresh, [("a", Document(text=text))], None)  # outside the zone
    second = code(fresh, [("a", Document(text=text))], None)  # inside it
    assert first[0][1].to_dict() == second[0][1].to_dict()
