"""Fit the trail's matcher (index/registers/trail_weights.json) on labelled pairs.

    python -m evals.fit_trail

Each pair of evals/registers/trail_pairs.yaml is a commitment and a passage of a later document,
labelled by whether the passage mentions the commitment. A pair scores as the trail scores it:
the best sentence of the passage by a blend of meaning and shared wording. The blend's weight
and the threshold are chosen on a grid to maximise F1; precision and recall are reported on
held-out pairs, by 5-fold cross-validation over both corpora and by fitting on one corpus and
testing on the other.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from evals import fit_pairs
from evals.evidence import normalise
from evals.fit_pairs import Pair, PairNotFound
from evals.suite import REPO
from index.generation import LoadedIndex
from index.registers.changes import term_overlap
from index.registers.trail import TRAIL_WEIGHTS
from index.registers.vectors import commitment_vectors, sentence_slice
from index.tokenize import tokenize

PAIRS_FILE = REPO / "evals" / "registers" / "trail_pairs.yaml"


def pair_features(index: LoadedIndex, corpus: str, labelled: dict[str, Any]) -> Pair:
    store = index.store
    rows = [c for c in index.registers.commitments if c.text == labelled["commitment"]]
    row = passage_row(index, labelled["passage_id"], labelled["quote"])
    if not rows:
        raise PairNotFound(f"{corpus}: no register commitment reads {labelled['commitment']!r}")
    if row is None:
        raise PairNotFound(f"{corpus}: no passage {labelled['passage_id']} or holding its quote")
    vector = commitment_vectors(rows[:1], store.passages, store.rows_by_id, index.sentences)[0]
    chosen = sentence_slice(index.sentences, row)
    text = store.passages[row].text
    terms = frozenset(tokenize(labelled["commitment"]))
    lexical = [
        term_overlap(terms, frozenset(tokenize(text[int(a) : int(b)])))
        for _, a, b in index.sentences.spans[chosen]
    ]
    return Pair(
        corpus,
        bool(labelled["mentions"]),
        (index.sentences.vectors[chosen] @ vector).astype(np.float32),
        np.asarray(lexical, dtype=np.float32),
    )


def passage_row(index: LoadedIndex, passage_id: str, quote: str) -> int | None:
    """The labelled passage's row: by its id, or, where ingest has since cut the document
    differently (and so renamed its passages), the passage of that document holding the quote."""
    store = index.store
    row = store.rows_by_id.get(passage_id)
    if row is not None:
        return row
    document = passage_id.split(":", 1)[0]
    wanted = normalise(quote)
    return next(
        (
            n
            for n, p in enumerate(store.passages)
            if p.id.split(":", 1)[0] == document and wanted in normalise(p.text)
        ),
        None,
    )


def fit(index_root: Path, out: Path, path: Path = PAIRS_FILE) -> dict[str, Any]:
    about = "Fitted by evals/fit_trail.py; never edit by hand (index/registers/trail.py)"
    return fit_pairs.fit(index_root, out, path, pair_features, about=about, positive="mentions")


def main(argv: Sequence[str] | None = None) -> int:
    return fit_pairs.main(
        argv,
        prog="python -m evals.fit_trail",
        description=__doc__,
        out=TRAIL_WEIGHTS,
        pairs=PAIRS_FILE,
        run=lambda out, pairs: fit(REPO / "var", out, pairs),
    )


if __name__ == "__main__":
    sys.exit(main())
