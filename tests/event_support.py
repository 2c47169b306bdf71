"""Helpers shared by the event-stage tests: one invented text through the whole pipeline, its events as
(source, target, root) or (source, target, CAMEO code), on a fixed reference date."""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


def codes(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.cameo) for e in pipeline.extract(text, reference_date=REF).events}


def roots(pipeline, text: str) -> set[str]:
    return {r for _, _, r in coded(pipeline, text)}
