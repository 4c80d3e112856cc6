"""Fit the edition comparison's matcher (index/registers/edition_weights.json) on labelled pairs.

    python -m evals.fit_editions

Each pair of evals/registers/edition_pairs.yaml is a commitment of a superseded strategy and one
of its successor's, labelled by whether the newer carries the older on. A pair scores as the
comparison scores it: a blend of the cosine of their vectors and their shared BM25 terms. The
weight and threshold are chosen as for the trail (evals/fit_trail.py), and precision and recall
reported on held-out pairs the same ways.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from evals.fit_answer import _commit
from evals.fit_trail import FOLDS, Pair, across_corpora, choose, counts, cross_validated, figures
from evals.suite import REPO, load_suite
from index.generation import LoadedIndex, load_generation
from index.registers.changes import EDITION_WEIGHTS, lexical_similarity
from index.registers.model import Commitment
from index.registers.vectors import commitment_vectors
from pipeline import runtime

PAIRS_FILE = REPO / "evals" / "registers" / "edition_pairs.yaml"


def pair_features(index: LoadedIndex, corpus: str, labelled: dict[str, Any]) -> Pair:
    store = index.store

    def row(text: str) -> Commitment:
        for found in index.registers.commitments:
            if found.text == text:
                return found
        raise ValueError(f"{corpus}: no commitment reads {text[:60]!r}")

    old, new = row(labelled["old"]), row(labelled["new"])
    vectors = commitment_vectors([old, new], store.passages, store.rows_by_id, index.sentences)
    return Pair(
        corpus,
        bool(labelled["same"]),
        np.array([float(vectors[0] @ vectors[1])], dtype=np.float32),
        np.array([lexical_similarity(old.text, new.text)], dtype=np.float32),
    )


def load_pairs(index_root: Path, path: Path = PAIRS_FILE) -> list[Pair]:
    labelled = yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]
    pairs: list[Pair] = []
    for corpus in load_suite():
        index_dir = index_root / f"fit-{corpus.name}"
        runtime.build(corpus.corpus, index_dir, embedder="onnx")
        index = load_generation(index_dir)
        mine = [p for p in labelled if p["corpus"] == corpus.name]
        pairs += [pair_features(index, corpus.name, p) for p in mine]
    return pairs


def fit(index_root: Path, out: Path, path: Path = PAIRS_FILE) -> dict[str, Any]:
    pairs = load_pairs(index_root, path)
    weight, threshold = choose(pairs)
    body: dict[str, Any] = {
        "about": "Fitted by evals/fit_editions.py; never edit by hand (index/registers/changes.py)",
        "dense_weight": weight,
        "threshold": threshold,
        "fitted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "fitted_on": {
            "pairs": str(path.relative_to(REPO)),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "by_corpus": {
                name: {
                    "pairs": sum(p.corpus == name for p in pairs),
                    "same": sum(p.corpus == name and p.mentions for p in pairs),
                }
                for name in sorted({p.corpus for p in pairs})
            },
        },
        "in_sample": figures(*counts(pairs, weight, threshold)),
        "held_out": {
            f"cross_validated_{FOLDS}_fold": cross_validated(pairs),
            "fitted_on_the_other_corpus": across_corpora(pairs),
        },
    }
    out.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    return body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.fit_editions", description=__doc__)
    parser.add_argument("--out", type=Path, default=EDITION_WEIGHTS)
    parser.add_argument("--pairs", type=Path, default=PAIRS_FILE)
    args = parser.parse_args(argv)
    body = fit(REPO / "var", args.out, args.pairs)
    print(json.dumps({k: body[k] for k in ("dense_weight", "threshold", "held_out")}, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
