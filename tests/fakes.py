"""Test doubles: a deterministic embedder that needs no weights and runs in microseconds."""

from __future__ import annotations

import hashlib

import numpy as np

from index.embedder import Vectors
from index.tokenize import tokenize


class FakeEmbedder:
    """Hashes each stemmed word into one of `dim` buckets: texts sharing words are similar."""

    def __init__(self, dim: int = 64, *, name: str = "fake") -> None:
        self._dim = dim
        self._name = name
        self.embedded = 0

    @property
    def name(self) -> str:
        return self._name

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(f"{self._name}/{self._dim}".encode()).hexdigest()

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: list[str]) -> Vectors:
        self.embedded += len(texts)
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in tokenize(text) or ["empty"]:
                bucket = int(hashlib.md5(token.encode()).hexdigest(), 16) % self._dim
                out[row, bucket] += 1.0
            out[row] /= np.linalg.norm(out[row])
        return out
