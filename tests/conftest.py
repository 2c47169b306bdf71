"""Shared fixtures: one real spaCy pipeline per test session, and paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecoder

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# ../shared beside the checkout: data for tests and evaluation only; tests that need it skip without it.
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_32800803e526eac8.txt"
SEED_GOLD = SHARED / "seed" / "000_32800803e526eac8.gold.json"


@pytest.fixture(scope="session")
def pipeline() -> wirecoder.Pipeline:
    return wirecoder.load()


@pytest.fixture(scope="session")
def attributions_pipeline() -> wirecoder.Pipeline:
    """Actors and quotes with the quote scope "attributions" (stances and findings too), as PolNeAR marks them."""
    from wirecoder.settings import with_quote_scope

    return wirecoder.load(stages=("actors", "quotes"), settings=with_quote_scope("attributions"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not here")
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json

    if not SEED_GOLD.exists():
        pytest.skip("../shared/seed is not here")
    return json.loads(SEED_GOLD.read_text("utf-8"))


@pytest.fixture(scope="session")
def seed_record(pipeline, seed_text) -> wirecoder.Record:
    return pipeline.extract(seed_text, source=str(SEED), reference_date="2026-11-29")
