"""Fit the edition comparison's matcher (index/registers/edition_weights.json) on labelled pairs.

    python -m evals.fit_editions

Each pair of evals/registers/edition_pairs.yaml is a commitment of a superseded strategy and one
of its successor's, labelled by whether the newer carries the older on. A pair scores as the
comparison scores it: a blend of the cosine of their vectors and their shared BM25 terms. The
weight and threshold are chosen as for the trail (evals/fit_trail.py), and precision and recall
reported on held-out pairs the same ways.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from evals import fit_pairs
from evals.fit_pairs import Pair, PairNotFound
from evals.suite import REPO
from index.generation import LoadedIndex
from index.registers.changes import EDITION_WEIGHTS, lexical_similarity
from index.registers.model import Commitment
from index.registers.vectors import commitment_vectors

PAIRS_FILE = REPO / "evals" / "registers" / "edition_pairs.yaml"


def pair_features(index: LoadedIndex, corpus: str, labelled: dict[str, Any]) -> Pair:
    store = index.store

    def row(text: str) -> Commitment:
        for found in index.registers.commitments:
            if found.text == text:
                return found
        raise PairNotFound(f"{corpus}: no register commitment reads {text[:60]!r}")

    old, new = row(labelled["old"]), row(labelled["new"])
    vectors = commitment_vectors([old, new], store.passages, store.rows_by_id, index.sentences)
    return Pair(
        corpus,
        bool(labelled["same"]),
        np.array([float(vectors[0] @ vectors[1])], dtype=np.float32),
        np.array([lexical_similarity(old.text, new.text)], dtype=np.float32),
    )


def fit(index_root: Path, out: Path, path: Path = PAIRS_FILE) -> dict[str, Any]:
    about = "Fitted by evals/fit_editions.py; never edit by hand (index/registers/changes.py)"
    return fit_pairs.fit(index_root, out, path, pair_features, about=about, positive="same")


def main(argv: Sequence[str] | None = None) -> int:
    return fit_pairs.main(
        argv,
        prog="python -m evals.fit_editions",
        description=__doc__,
        out=EDITION_WEIGHTS,
        pairs=PAIRS_FILE,
        run=lambda out, pairs: fit(REPO / "var", out, pairs),
    )


if __name__ == "__main__":
    sys.exit(main())
