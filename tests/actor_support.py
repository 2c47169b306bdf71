"""Helpers shared by the actor-stage tests: one invented text through the actor stage, one actor of it."""

from __future__ import annotations

from datetime import date

import wirecoder
from wirecoder.actors import ActorTable
from wirecoder.article import Article
from wirecoder.record import Actor


def find(pipeline: wirecoder.Pipeline, text: str, day: date | None = None) -> ActorTable:
    """The actor table of ``text`` read as a whole body, published on ``day`` (None: undated)."""
    return pipeline.find_actors(pipeline.nlp(text), Article(text=text, body_span=(0, len(text)), published=day))


def actor(table: ActorTable, actor_id: str) -> Actor:
    found = table.get(actor_id)
    assert found is not None, f"{actor_id} not among {[a.id for a in table.actors]}"
    return found
