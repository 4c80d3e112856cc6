"""The gold file: every quote verbatim in its document, valid ids and follow-ups, both splits."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from evals.gold import GoldError, GoldItem, load_gold, parse_gold
from ingest.manifest import load_manifest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "evals" / "gold.yaml"
CORPUS = REPO / "corpus"
_SPACE = re.compile(r"\s+")


def _collapsed(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@pytest.fixture(scope="module")
def files() -> dict[str, Path]:
    return {e.id: CORPUS / e.file for e in load_manifest(CORPUS / "manifest.yaml")}


@pytest.fixture(scope="module")
def gold(files: dict[str, Path]) -> list[GoldItem]:
    return load_gold(GOLD, documents=files)


def test_every_evidence_quote_is_verbatim_in_its_document(
    gold: list[GoldItem], files: dict[str, Path]
) -> None:
    texts = {doc: _collapsed(path.read_text(encoding="utf-8")) for doc, path in files.items()}
    missing = [
        f"{item.id}: {ev.document}: {ev.quote!r}"
        for item in gold
        for ev in item.evidence
        if _collapsed(ev.quote) not in texts[ev.document]
    ]
    assert missing == []


def test_ids_are_unique(gold: list[GoldItem]) -> None:
    repeated = [i for i, n in Counter(item.id for item in gold).items() if n > 1]
    assert repeated == []


def test_follow_ups_follow_a_question_of_the_same_split(gold: list[GoldItem]) -> None:
    by_id = {item.id: item for item in gold}
    follow_ups = [item for item in gold if item.follows is not None]
    assert len(follow_ups) >= 5
    for item in follow_ups:
        assert item.follows in by_id, item.id
        assert by_id[item.follows].split == item.split, item.id


def test_at_least_a_tenth_is_unanswerable(gold: list[GoldItem]) -> None:
    unanswerable = [item for item in gold if not item.answerable]
    assert len(unanswerable) >= 0.1 * len(gold)
    assert all(not item.facts and not item.evidence for item in unanswerable)


def test_both_splits_are_present_with_every_document(gold: list[GoldItem]) -> None:
    for split in ("dev", "test"):
        items = [item for item in gold if item.split == split]
        assert len(items) >= 50, split
        assert len({ev.document for item in items for ev in item.evidence}) == 5, split


def _item(**overrides: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": "q1",
        "split": "dev",
        "kind": "owner",
        "question": "who leads on falls?",
        "answer": "The falls lead.",
        "facts": [["falls lead"]],
        "evidence": [{"document": "jhws-2022", "quote": "falls lead"}],
    }
    item.update(overrides)
    return item


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([_item(kind="gossip")], r"'q1'.*'kind' is 'gossip'; choose one of"),
        ([_item(split="train")], r"'q1'.*'split' is 'train'"),
        ([_item(evidence=[{"document": "jhws-2022", "quote": " "}])], r"'q1'.*empty 'quote'"),
        ([_item(evidence=[{"document": "jhws-2022"}])], r"'q1'.*exactly 'document' and 'quote'"),
        ([_item(evidence=[{"document": "nope", "quote": "x"}])], r"'q1'.*unknown document 'nope'"),
        ([_item(facts=[[]])], r"'q1'.*fact #1"),
        ([_item(facts=[])], r"'q1'.*'facts' is empty"),
        ([_item(kind="unanswerable")], r"'q1'.*unanswerable item must have empty"),
        ([_item(colour="red")], r"'q1'.*unknown field"),
        ([_item(), _item()], r"duplicate id 'q1'"),
        ([_item(kind="followup", follows="q9")], r"'q1'.*'follows' names unknown id 'q9'"),
        ([_item(follows="q2"), _item(id="q2")], r"'q1'.*kind 'followup' and field 'follows'"),
        (
            [_item(kind="followup", follows="q2"), _item(id="q2", split="test")],
            r"'q1'.*names 'q2' in split 'test'",
        ),
        (
            [_item(kind="followup", follows="q2"), _item(id="q2", kind="followup", follows="q1")],
            r"makes a cycle",
        ),
    ],
)
def test_a_bad_item_fails_naming_the_item_and_field(items: list[Any], message: str) -> None:
    with pytest.raises(GoldError, match=message):
        parse_gold(items, documents=["jhws-2022"])


def test_a_good_follow_up_parses() -> None:
    items = parse_gold([_item(kind="followup", follows="q2"), _item(id="q2")])
    assert items[0].follows == "q2"
    assert items[0].facts == (("falls lead",),)
