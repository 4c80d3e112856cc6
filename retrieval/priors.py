"""The priors search multiplies the fused scores by: pure functions of the question and the
candidates' passages, kinds and documents."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from index.embedder import Vectors
from ingest.model import Document
from question.defining import Defining


def kind_prior(row_kinds: npt.NDArray[np.str_], wanted: tuple[str, ...], boost: float) -> Vectors:
    """`boost` for each candidate of a kind that states the asked-for answer, else 1."""
    return np.where(np.isin(row_kinds, wanted), boost, 1.0).astype(np.float32)


def named_prior(documents: Sequence[Document], named: set[str], boost: float) -> Vectors:
    """`boost` for each candidate of a document the question names, or of a pack it names."""
    hit = [d.id in named or d.parent_id in named for d in documents]
    return np.where(np.array(hit, dtype=bool), boost, 1.0).astype(np.float32)


def defines_prior(
    texts: Sequence[str], scores: Vectors, defined: Defining, checked: int, boost: float
) -> Vectors:
    """`boost` for each of the `checked` best-scored candidates whose text `defined` matches."""
    prior = np.ones(len(texts), dtype=np.float32)
    for i in np.argsort(-scores, kind="stable")[:checked]:
        if defined.found_in(texts[int(i)]):
            prior[i] = boost
    return prior
