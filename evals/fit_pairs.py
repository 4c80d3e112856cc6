"""Fitting a matcher on labelled pairs: a weight blending meaning with shared wording, and a
threshold, chosen on a grid to maximise F1, with precision and recall on held-out pairs (5-fold
cross-validation over every corpus, and fitted on one corpus and tested on the other).

evals/fit_trail.py (a commitment against a later passage) and evals/fit_editions.py (a
commitment against its successor edition's) differ only in how a labelled pair is measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from evals.fit_answer import fitted_at_commit
from evals.suite import REPO, EvalCorpus, load_suite
from index.generation import LoadedIndex, load_generation
from pipeline import runtime

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


Measure = Callable[[LoadedIndex, str, dict[str, Any]], Pair]
"""One labelled pair (a mapping from the pairs file) measured on its corpus's index."""


class PairNotFound(ValueError):
    """A labelled pair's commitment or passage is no longer in the index: ingest or the
    registers now read its document differently."""


def load_pairs(
    suite: Sequence[EvalCorpus], index_root: Path, path: Path, measure: Measure
) -> tuple[list[Pair], list[str]]:
    """The pairs measured, and why each one that could not be was not (said, never dropped
    silently: the fit records them)."""
    labelled = yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]
    pairs: list[Pair] = []
    missing: list[str] = []
    for corpus in suite:
        index_dir = index_root / f"fit-{corpus.name}"
        runtime.build(corpus.corpus, index_dir, embedder="onnx")
        index = load_generation(index_dir)
        for p in (p for p in labelled if p["corpus"] == corpus.name):
            try:
                pairs.append(measure(index, corpus.name, p))
            except PairNotFound as exc:
                missing.append(str(exc))
    return pairs, missing


def fit(
    index_root: Path, out: Path, path: Path, measure: Measure, *, about: str, positive: str
) -> dict[str, Any]:
    """Fit on every pair of `path`, write `out` with what it was fitted on and the held-out
    figures, and return that. `positive` names the pairs that should match, in the record."""
    pairs, missing = load_pairs(load_suite(), index_root, path, measure)
    weight, threshold = choose(pairs)
    body: dict[str, Any] = {
        "about": about,
        "dense_weight": weight,
        "threshold": threshold,
        "fitted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": fitted_at_commit(out),
        "fitted_on": {
            "pairs": str(path.relative_to(REPO)),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "by_corpus": {
                name: {
                    "pairs": sum(p.corpus == name for p in pairs),
                    positive: sum(p.corpus == name and p.mentions for p in pairs),
                }
                for name in sorted({p.corpus for p in pairs})
            },
            "not_found": missing,
        },
        "in_sample": figures(*counts(pairs, weight, threshold)),
        "held_out": {
            f"cross_validated_{FOLDS}_fold": cross_validated(pairs),
            "fitted_on_the_other_corpus": across_corpora(pairs),
        },
    }
    out.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    return body


def main(
    argv: Sequence[str] | None,
    *,
    prog: str,
    description: str | None,
    out: Path,
    pairs: Path,
    run: Callable[[Path, Path], dict[str, Any]],
) -> int:
    """The command line of a pair fitter: `run(out, pairs)` fits and writes."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--pairs", type=Path, default=pairs)
    args = parser.parse_args(argv)
    body = run(args.out, args.pairs)
    for reason in body["fitted_on"]["not_found"]:
        print(f"not fitted on: {reason}", file=sys.stderr)
    print(json.dumps({k: body[k] for k in ("dense_weight", "threshold", "held_out")}, indent=1))
    print(f"wrote {args.out}")
    return 0
