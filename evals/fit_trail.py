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

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from evals.fit_answer import _commit
from evals.suite import REPO, EvalCorpus, load_suite
from index.generation import LoadedIndex, load_generation
from index.registers.changes import term_overlap
from index.registers.trail import TRAIL_WEIGHTS
from index.registers.vectors import commitment_vectors, sentence_slice
from index.tokenize import tokenize
from pipeline import runtime

PAIRS_FILE = REPO / "evals" / "registers" / "trail_pairs.yaml"
WEIGHTS = np.round(np.arange(0.2, 1.0001, 0.05), 2)
THRESHOLDS = np.round(np.arange(0.30, 0.85, 0.005), 3)
FOLDS = 5


@dataclass(frozen=True, slots=True)
class Pair:
    corpus: str
    mentions: bool
    dense: npt.NDArray[np.float32]
    """Cosine of the commitment with each sentence of the passage."""
    lexical: npt.NDArray[np.float32]
    """Shared-term overlap of the commitment with each sentence."""

    def score(self, weight: float) -> float:
        return float((weight * self.dense + (1.0 - weight) * self.lexical).max())


def pair_features(index: LoadedIndex, corpus: str, labelled: dict[str, Any]) -> Pair:
    store = index.store
    rows = [c for c in index.registers.commitments if c.text == labelled["commitment"]]
    row = store.rows_by_id.get(labelled["passage_id"])
    if not rows or row is None:
        raise ValueError(f"{corpus}: pair not found in the index: {labelled['passage_id']}")
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


def counts(pairs: Sequence[Pair], weight: float, threshold: float) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives)."""
    linked = [p.score(weight) >= threshold for p in pairs]
    tp = sum(1 for p, hit in zip(pairs, linked, strict=True) if hit and p.mentions)
    fp = sum(1 for p, hit in zip(pairs, linked, strict=True) if hit and not p.mentions)
    fn = sum(1 for p, hit in zip(pairs, linked, strict=True) if not hit and p.mentions)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(pairs: Sequence[Pair]) -> tuple[float, float]:
    """The (weight, threshold) of highest F1; ties go to the higher threshold (fewer links)."""
    best = (-1.0, 0.0, 0.0)
    for weight in WEIGHTS:
        scores = np.array([p.score(float(weight)) for p in pairs])
        truth = np.array([p.mentions for p in pairs])
        for threshold in THRESHOLDS:
            hit = scores >= threshold
            tp = int((hit & truth).sum())
            score = f1(tp, int((hit & ~truth).sum()), int((~hit & truth).sum()))
            if (score, threshold) > (best[0], best[2]):
                best = (score, float(weight), float(threshold))
    return best[1], best[2]


def figures(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "f1": round(f1(tp, fp, fn), 3),
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
    }


def cross_validated(pairs: Sequence[Pair], seed: int = 17) -> dict[str, float | int]:
    """Held-out counts summed over folds, each fold's pairs scored with a fit on the others."""
    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    total = np.zeros(3, dtype=int)
    for k in range(FOLDS):
        held = {i for n, i in enumerate(order) if n % FOLDS == k}
        weight, threshold = choose([p for i, p in enumerate(pairs) if i not in held])
        total += counts([pairs[i] for i in sorted(held)], weight, threshold)
    return figures(*(int(v) for v in total))


def across_corpora(pairs: Sequence[Pair]) -> dict[str, dict[str, Any]]:
    """Fitted on every other corpus, scored on this one."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({p.corpus for p in pairs}):
        weight, threshold = choose([p for p in pairs if p.corpus != name])
        held = [p for p in pairs if p.corpus == name]
        out[name] = {
            "fitted_weight": weight,
            "fitted_threshold": threshold,
            **figures(*counts(held, weight, threshold)),
        }
    return out


def load_pairs(
    suite: Sequence[EvalCorpus], index_root: Path, path: Path = PAIRS_FILE
) -> list[Pair]:
    labelled = yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]
    pairs: list[Pair] = []
    for corpus in suite:
        index_dir = index_root / f"fit-{corpus.name}"
        runtime.build(corpus.corpus, index_dir, embedder="onnx")
        index = load_generation(index_dir)
        mine = [p for p in labelled if p["corpus"] == corpus.name]
        pairs += [pair_features(index, corpus.name, p) for p in mine]
    return pairs


def fit(index_root: Path, out: Path, path: Path = PAIRS_FILE) -> dict[str, Any]:
    suite = load_suite()
    pairs = load_pairs(suite, index_root, path)
    weight, threshold = choose(pairs)
    body: dict[str, Any] = {
        "about": "Fitted by evals/fit_trail.py; never edit by hand (index/registers/trail.py)",
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
                    "mentions": sum(p.corpus == name and p.mentions for p in pairs),
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
    parser = argparse.ArgumentParser(prog="python -m evals.fit_trail", description=__doc__)
    parser.add_argument("--out", type=Path, default=TRAIL_WEIGHTS)
    parser.add_argument("--pairs", type=Path, default=PAIRS_FILE)
    args = parser.parse_args(argv)
    body = fit(REPO / "var", args.out, args.pairs)
    print(json.dumps({k: body[k] for k in ("dense_weight", "threshold", "held_out")}, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
