"""The trail's labelled pairs are found in the index even after ingest renames a passage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from evals.fit_trail import passage_row
from index.generation import LoadedIndex


@dataclass
class _Passage:
    id: str
    text: str


@dataclass
class _Store:
    passages: list[_Passage]
    rows_by_id: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.rows_by_id = {p.id: n for n, p in enumerate(self.passages)}


@dataclass
class _Index:
    store: _Store


def _index(*passages: _Passage) -> LoadedIndex:
    return cast(LoadedIndex, _Index(_Store(list(passages))))


def test_a_pair_is_found_by_its_passage_id() -> None:
    index = _index(_Passage("report:aaa", "First."), _Passage("report:bbb", "Second."))
    assert passage_row(index, "report:bbb", "anything") == 1


def test_a_renamed_passage_is_found_by_its_quote_within_its_document() -> None:
    index = _index(
        _Passage("minutes:111", "Cllr Lee welcomed the extension of the scheme."),
        _Passage("report:222", "The board welcomed the extension of the scheme to all districts."),
    )
    assert passage_row(index, "report:old", "welcomed the extension of the scheme") == 1
    assert passage_row(index, "report:old", "a sentence no passage holds") is None
