"""A caller's acronyms and document-naming words, remembered per generation and access, are
the ones worked out afresh: each access its own, a new generation read again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.visibility import EVERYTHING, PUBLIC, Access, abbreviations_for
from pipeline.vocabulary import Vocabulary
from question.followup import frame_words, title_words

BOARD = Access(groups=frozenset({"board"}))


@dataclass
class _Document:
    title: str
    groups: tuple[str, ...] = ()
    parent_id: str | None = None


@dataclass
class _Store:
    documents: dict[str, _Document]


@dataclass
class _Index:
    name: str
    store: _Store
    abbreviations: dict[str, str] = field(
        default_factory=lambda: {"RVE": "Rural Village Exchange", "DPR": "Depot Plan Review"}
    )
    abbreviation_sources: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {
            "RVE": {"acronym_in": ["open"], "long_form_in": ["open"]},
            "DPR": {"acronym_in": ["closed"], "long_form_in": ["closed"]},
        }
    )


def _index(name: str, title: str = "Rural Village Exchange plan") -> Any:
    documents = {
        "open": _Document(title),
        "closed": _Document("Depot Plan Review", groups=("board",)),
    }
    return _Index(name, _Store(documents))


def _afresh(index: Any, access: Access) -> tuple[dict[str, str], frozenset[str]]:
    abbreviations = abbreviations_for(index, access)
    titles = title_words(d.title for d in index.store.documents.values())
    return abbreviations, frame_words(titles, tuple(sorted(abbreviations.items())))


def test_each_access_gets_what_it_would_get_afresh() -> None:
    vocabulary = Vocabulary()
    index = _index("g1")
    for access in (PUBLIC, BOARD, EVERYTHING, PUBLIC):
        assert vocabulary.of(index, access) == _afresh(index, access)
    assert "DPR" not in vocabulary.of(index, PUBLIC)[0]
    assert "DPR" in vocabulary.of(index, BOARD)[0]


def test_a_new_generation_is_read_again() -> None:
    vocabulary = Vocabulary()
    vocabulary.of(_index("g1"), PUBLIC)
    newer = _index("g2", title="Market towns plan")
    assert vocabulary.of(newer, PUBLIC) == _afresh(newer, PUBLIC)


def test_no_more_pairs_are_kept_than_asked() -> None:
    vocabulary = Vocabulary(keep=2)
    for n in range(5):
        index = _index(f"g{n}")
        assert vocabulary.of(index, PUBLIC) == _afresh(index, PUBLIC)
    assert len(vocabulary._seen) <= 2
