"""The passage and document store of one generation: JSON files, loaded whole into memory."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ingest.model import Document, Passage

PASSAGES_FILE = "passages.jsonl"
DOCUMENTS_FILE = "documents.json"


def write_store(directory: Path, documents: list[Document], passages: list[Passage]) -> None:
    with (directory / DOCUMENTS_FILE).open("w", encoding="utf-8") as fh:
        json.dump([d.to_dict() for d in documents], fh, ensure_ascii=False, indent=1)
    with (directory / PASSAGES_FILE).open("w", encoding="utf-8") as fh:
        for passage in passages:
            fh.write(json.dumps(passage.to_dict(), ensure_ascii=False) + "\n")


@dataclass(slots=True)
class Store:
    """Documents and passages in row order, with per-row arrays that filters work on."""

    documents: dict[str, Document]
    passages: list[Passage]
    rows_by_id: dict[str, int] = field(init=False)
    row_document: npt.NDArray[np.int32] = field(init=False)
    document_order: list[str] = field(init=False)
    contact_by_document: dict[str, Passage] = field(init=False)
    rows_by_document: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.rows_by_id = {p.id: row for row, p in enumerate(self.passages)}
        self.contact_by_document = {}
        self.rows_by_document = {}
        for row, p in enumerate(self.passages):
            self.rows_by_document.setdefault(p.document_id, []).append(row)
            if p.kind == "contact":
                self.contact_by_document.setdefault(p.document_id, p)
        self.document_order = list(self.documents)
        position = {doc_id: i for i, doc_id in enumerate(self.document_order)}
        self.row_document = np.array(
            [position[p.document_id] for p in self.passages], dtype=np.int32
        )

    def passage(self, passage_id: str) -> Passage | None:
        row = self.rows_by_id.get(passage_id)
        return None if row is None else self.passages[row]

    def passages_of(self, document_id: str) -> list[Passage]:
        """The document's passages in row (print) order; a list answer reads its neighbours
        without scanning every passage of a large index."""
        return [self.passages[row] for row in self.rows_by_document.get(document_id, [])]

    def contact_passage(self, document_id: str) -> Passage | None:
        """The document's "Officer(s) to contact" block, if it has one."""
        return self.contact_by_document.get(document_id)

    def document_of(self, passage: Passage) -> Document:
        return self.documents[passage.document_id]


def read_store(directory: Path) -> Store:
    with (directory / DOCUMENTS_FILE).open(encoding="utf-8") as fh:
        documents = [Document.from_dict(d) for d in json.load(fh)]
    with (directory / PASSAGES_FILE).open(encoding="utf-8") as fh:
        passages = [Passage.from_dict(json.loads(line)) for line in fh if line.strip()]
    by_id = {d.id: d for d in documents}
    orphans = {p.document_id for p in passages} - by_id.keys()
    if orphans:
        raise ValueError(f"passages refer to unknown documents: {sorted(orphans)[:5]}")
    return Store(by_id, passages)
