"""OpenAPI-driven fuzzing of the JSON API (schemathesis): whatever the parameters, never a 500, and
every answer is one the OpenAPI document describes (its status, content type and schema).

Bounded in time: a fixed number of generated requests per operation, no deadline per example.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from web_support import build_store

from wirecoder.web import create_app

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

# What each answer is checked for. (Not "positive data acceptance": a parameter valid on its own may
# still be refused with a 400 for what it says, as a dyad's actor given twice.)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

EXAMPLES_PER_OPERATION = 30


@pytest.fixture(scope="module")
def api_schema(pipeline, tmp_path_factory):
    db: Path = build_store(pipeline, tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb")
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db))


def test_no_parameter_makes_the_api_fail(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def never_a_server_error(case) -> None:
            response = case.call()
            assert response.status_code < 500, (f"{case.method} {case.formatted_path} {case.query}: "
                                                f"{response.text[:300]}")
            case.validate_response(response, checks=CHECKS)
            if response.status_code == 400:
                assert response.json()["error"]

        never_a_server_error()
