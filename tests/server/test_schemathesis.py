"""Property-based bad input against the OpenAPI schema: no 500s, every response as documented.

Schemathesis generates valid (positive) and invalid (negative) requests for every operation of
the served schema, a handful of each so the run stays well under a minute here, and checks each
response: not a server error, a documented status code, content type and body schema. The app
serves the real index of the shipped corpus, so positive cases run real searches and answers.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance
from schemathesis.core.result import Err

from pipeline.assistant import Assistant
from server.app import create_app
from server.schemas import reversed_range
from server.settings import Settings

# A handful per operation in every run; the probe's larger budget in the slow run.
BUDGETS = [pytest.param(8, id="quick"), pytest.param(100, id="probe", marks=pytest.mark.slow)]


def beyond_the_schema(body: object, query: object, known_ids: set[str]) -> str | None:
    """Where a request the schema allows breaks a rule JSON Schema cannot state: a date range
    that ends before it starts, a document id the index does not hold, or an edition compared
    with itself (all 422). The error message starts with the name returned; None when no rule
    is broken."""
    filters = body.get("filters") if isinstance(body, dict) else None
    if isinstance(filters, dict):
        ids = filters.get("document_ids") or []
        if _reversed(filters) or set(ids) - known_ids:
            return "filters"
    if isinstance(query, dict):
        if _reversed(query):
            return "query.date_to"
        ids = query.get("document_id") or []
        if set([ids] if isinstance(ids, str) else ids) - known_ids:
            return "document_id"
        return _uncomparable(query, known_ids)
    return None


def _uncomparable(query: dict[str, Any], known_ids: set[str]) -> str | None:
    """The edition comparison's ids: each one the index holds, and two different ones."""
    if "from" not in query or "to" not in query:
        return None
    if query["from"] not in known_ids:
        return "from"
    if query["to"] not in known_ids or query["to"] == query["from"]:
        return "to"
    return None


def _reversed(dates: dict[str, Any]) -> bool:
    start, end = dates.get("date_from"), dates.get("date_to")
    return isinstance(start, str) and isinstance(end, str) and reversed_range(start, end)


@pytest.mark.parametrize("max_examples", BUDGETS)
def test_no_generated_input_breaks_the_api_or_its_schema(
    real_assistant: Assistant, tmp_path: Path, capsys: pytest.CaptureFixture[str], max_examples: int
) -> None:
    app = create_app(
        Settings(data_dir=tmp_path, audit_log="off", rate_limit_per_minute=0),
        assistant=real_assistant,
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    # An invalid body over the size limit is refused before it is read: 413 is a rejection too.
    schema.config.checks.negative_data_rejection.expected_statuses.append("413")
    statuses: Counter[tuple[str, int]] = Counter()
    known_ids = {d.id for d in real_assistant.documents()}
    operations = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # the schema itself is invalid
        operations.append(result.ok())
    assert len(operations) >= 8, [op.label for op in operations]

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=max_examples,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            def check(case: schemathesis.Case[Any]) -> None:
                positive = case.meta is not None and case.meta.generation.mode.is_positive
                broken = beyond_the_schema(case.body, case.query, known_ids) if positive else None
                if broken is not None:
                    # Valid by the schema, refused by the rules above: 422 naming the field.
                    response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
                    assert response.status_code == 422, response.text
                    assert response.json()["error"]["message"].startswith(broken)
                else:
                    response = case.call_and_validate()
                statuses[(case.operation.label, response.status_code)] += 1

            try:
                check()
            except Unsatisfiable:
                # No parameters and no body (GET /healthz): there is no invalid request to make.
                assert mode is GenerationMode.NEGATIVE, operation.label

    by_status = Counter(status for (_, status), n in statuses.items() for _ in range(n))
    assert not any(status >= 500 for status in by_status)
    with capsys.disabled():
        print(
            f"\nschemathesis: {len(operations)} operations, {sum(by_status.values())} requests,"
            f" by status {dict(sorted(by_status.items()))}"
        )
