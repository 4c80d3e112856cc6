"""Sentence vectors: one embedding per sentence of every passage, made at index time.

The answer layer compares each candidate sentence with the question by these vectors, so a
sentence is judged by its own meaning and not only by its passage's. Sentences are the spans of
`ingest.sentences.sentence_spans`, stored with the vectors so the answer layer and the index
always agree on them; vectors are cached by the sentence's content hash like passages'.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from index.embedder import Vectors
from index.errors import IndexCorrupt
from ingest.model import Passage
from ingest.sentences import embedded_sentences

SENTENCES_FILE = "sentences.npz"


def passage_sentences(passages: list[Passage]) -> tuple[list[str], npt.NDArray[np.int64]]:
    """Every sentence's text, and where it lies as rows of [passage row, start, end], both in
    passage order."""
    texts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    for row, passage in enumerate(passages):
        for start, end, embedded in embedded_sentences(passage.text):
            texts.append(embedded)
            spans.append((row, start, end))
    return texts, np.asarray(spans, dtype=np.int64).reshape(-1, 3)


@dataclass(frozen=True, slots=True)
class SentenceVectors:
    """Unit vectors of sentences, and where each sentence lies: [passage row, start, end]."""

    vectors: Vectors
    spans: npt.NDArray[np.int64]

    def __post_init__(self) -> None:
        if len(self.vectors) != len(self.spans):
            raise IndexCorrupt(
                f"{SENTENCES_FILE} holds {len(self.vectors)} vectors for {len(self.spans)} spans"
            )

    def save(self, path: Path) -> None:
        with path.open("wb") as fh:
            np.savez(fh, vectors=self.vectors.astype(np.float32), spans=self.spans)

    @classmethod
    def load(cls, path: Path) -> SentenceVectors:
        with np.load(path) as data:
            return cls(data["vectors"].astype(np.float32), data["spans"].astype(np.int64))

    def similarities(self, query: Vectors, rows: list[int]) -> dict[tuple[int, int, int], float]:
        """Cosine similarity of `query` to every sentence of the passages at `rows`, keyed by
        (passage row, start, end)."""
        if not rows or not len(self.spans):
            return {}
        # Spans are stored in passage order, so each passage's sentences are one slice.
        owners = self.spans[:, 0]
        wanted = np.asarray(rows, dtype=np.int64)
        starts = np.searchsorted(owners, wanted, side="left")
        counts = np.searchsorted(owners, wanted, side="right") - starts
        # Each slice's indexes in one pass: its start, repeated, plus 0, 1, 2 ... within it.
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        chosen = np.repeat(starts, counts) + offsets
        scores = self.vectors[chosen] @ query.reshape(-1).astype(np.float32)
        # tolist() gives Python ints and floats at once, not one conversion per item.
        return {
            (p, a, b): s
            for (p, a, b), s in zip(self.spans[chosen].tolist(), scores.tolist(), strict=True)
        }
