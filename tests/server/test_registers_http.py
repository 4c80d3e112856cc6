"""The register routes over HTTP, against a real server: filters, pages, CSV, access, 422s."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.app import create_app
from server.auth import key_hash
from server.settings import ApiKey, Settings
from tests.pipeline.registers_corpus import (
    PLAY_AREAS_REPORT,
    SECRET_DECISION,
    registers_assistant,
)
from tests.server.live import serve

BOARD_KEY = "board-key-0123456789"
QUIET: dict[str, Any] = {"audit_log": "off", "rate_limit_per_minute": 0}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root: Path = tmp_path_factory.mktemp("registers-http")
    keys = [ApiKey(name="board", sha256=key_hash(BOARD_KEY), groups=("board",))]
    settings = Settings(data_dir=root / "data", api_keys=keys, **QUIET)
    app = create_app(settings, assistant=registers_assistant(root))
    with serve(app) as url:
        yield url


BOARD = {"Authorization": f"Bearer {BOARD_KEY}"}


def test_commitments_come_quoted_and_cited_with_owner_and_target(base_url: str) -> None:
    body = httpx.get(f"{base_url}/v1/registers/commitments").json()
    assert body["total"] == 3 and (body["offset"], body["limit"]) == (0, 50)
    row = body["rows"][1]
    passage = httpx.get(f"{base_url}/v1/passages/{row['citation']['passage_id']}").json()
    assert row["text"] in passage["text"]
    assert (row["owner"], row["target"], row["measure"]) == (
        "Parks and Open Spaces Board",
        "by 2035",
        "raise canopy cover to 20%",
    )
    assert row["citation"]["document_id"] == "green-plan" and row["citation"]["date"] == "2030-04"


def test_restricted_decisions_do_not_exist_for_a_public_caller(base_url: str) -> None:
    public = httpx.get(f"{base_url}/v1/registers/decisions").json()
    board = httpx.get(f"{base_url}/v1/registers/decisions", headers=BOARD).json()
    assert (public["total"], public["rows"]) == (0, [])
    assert board["total"] == 3
    assert SECRET_DECISION in " ".join(r["text"] for r in board["rows"])
    hidden = httpx.get(f"{base_url}/v1/registers/decisions?document_id=board-minutes")
    assert hidden.status_code == 422 and "document_id" in hidden.json()["error"]["message"]


def test_filters_and_pages_apply_over_http(base_url: str) -> None:
    url = f"{base_url}/v1/registers/decisions"
    paged = httpx.get(url, params={"limit": 2, "offset": 2}, headers=BOARD).json()
    assert (paged["total"], len(paged["rows"])) == (3, 1)
    found = httpx.get(url, params={"text": "depot CLOSED", "date_from": "2031"}, headers=BOARD)
    assert [r["item_number"] for r in found.json()["rows"]] == ["41"]
    owned = httpx.get(f"{base_url}/v1/registers/commitments", params={"owner": "parks board"})
    assert owned.json()["total"] == 0


@pytest.mark.parametrize(
    "how", [{"params": {"format": "csv"}}, {"headers": {"Accept": "text/csv"}}]
)
def test_csv_is_given_for_format_csv_or_accept_text_csv(base_url: str, how: Any) -> None:
    response = httpx.get(f"{base_url}/v1/registers/commitments", **how)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3
    assert rows[0]["document_id"] == "green-plan" and rows[0]["text"].startswith("We will")


def test_a_trail_is_quoted_and_cited_in_json_and_csv_only_for_those_who_may_see_it(
    base_url: str,
) -> None:
    url = f"{base_url}/v1/registers/commitments"
    query = {"text": "play areas"}
    (board,) = httpx.get(url, params=query, headers=BOARD).json()["rows"]
    (public,) = httpx.get(url, params=query).json()["rows"]
    (link,) = board["trail"]
    assert link["quote"] == PLAY_AREAS_REPORT and link["citation"]["document_id"] == "board-minutes"
    passage = httpx.get(f"{base_url}/v1/passages/{link['citation']['passage_id']}", headers=BOARD)
    assert link["quote"] in passage.json()["text"]
    assert board["trail_summary"] == "mentioned in Minutes of the board, 3 March 2031"
    assert (public["trail"], public["trail_summary"]) == ([], "no later mention in these documents")
    csv_board = httpx.get(url, params={**query, "format": "csv"}, headers=BOARD).text
    (row,) = csv.DictReader(io.StringIO(csv_board))
    assert row["trail_summary"] == board["trail_summary"] and PLAY_AREAS_REPORT in row["trail"]
    (row,) = csv.DictReader(io.StringIO(httpx.get(url, params={**query, "format": "csv"}).text))
    assert (row["trail"], row["trail_summary"]) == ("", "no later mention in these documents")


def test_an_empty_register_in_csv_is_its_header_alone(base_url: str) -> None:
    response = httpx.get(f"{base_url}/v1/registers/decisions", params={"format": "csv"})
    assert response.text.splitlines()[0].startswith("id,kind,text,")
    assert len(response.text.splitlines()) == 1


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"date_from": "2031-05", "date_to": "2031-01"}, "date_from"),
        ({"date_to": "2031-02-30"}, "date_to"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
        ({"doc_type": "pamphlet"}, "doc_type"),
        ({"format": "xml"}, "format"),
        ({"colour": "red"}, "colour"),
        ({"document_id": "no-such-document"}, "document_id"),
    ],
)
def test_bad_parameters_are_422_naming_the_field(
    base_url: str, query: dict[str, Any], field: str
) -> None:
    response = httpx.get(f"{base_url}/v1/registers/commitments", params=query)
    assert response.status_code == 422
    assert field in response.json()["error"]["message"]


def test_the_register_routes_are_described_in_the_openapi_schema(base_url: str) -> None:
    schema = httpx.get(f"{base_url}/openapi.json").json()
    for name in ("commitments", "decisions"):
        route = schema["paths"][f"/v1/registers/{name}"]["get"]
        names = {p["name"] for p in route["parameters"]}
        assert {"document_id", "doc_type", "date_from", "date_to", "owner", "text"} <= names
        assert {"offset", "limit", "format"} <= names
        assert "text/csv" in route["responses"]["200"]["content"]


def test_ask_answers_where_a_commitment_has_got_to_from_its_trail(base_url: str) -> None:
    question = "what did the plan commit to on play areas in the parks, and where has it got to?"
    body = httpx.post(f"{base_url}/v1/ask", json={"question": question}, headers=BOARD).json()
    assert not body["refused"]
    assert [c["document_id"] for c in body["citations"]] == ["green-plan", "board-minutes"]
    assert body["citations"][1]["quote"] == PLAY_AREAS_REPORT
    for citation in body["citations"]:
        assert citation["quote"] in citation["text"]
        assert f"[{citation['n']}]" in body["answer"]
