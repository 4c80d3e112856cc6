"""What changed between two editions: the commitments carried over, dropped and new.

Two commitments match when a blend of their meaning (cosine of their index-time sentence
vectors, averaged per commitment) and their wording (overlap of BM25 terms) reaches a
threshold; each commitment matches at most one of the other edition, best pairs first. The
blend's weight and threshold are fitted on labelled pairs of both eval corpora
(evals/fit_editions.py) and read from `edition_weights.json`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from index.registers.model import Commitment
from index.tokenize import tokenize

Matrix = npt.NDArray[np.float32]


EDITION_WEIGHTS = Path(__file__).with_name("edition_weights.json")


@dataclass(frozen=True, slots=True)
class MatchConfig:
    dense_weight: float
    """The share of meaning in the blend; the rest is shared wording."""
    threshold: float
    """The blended similarity at which two commitments are the same one, reworded."""

    def __post_init__(self) -> None:
        for name in ("dense_weight", "threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be from 0 to 1, got {value}")


def load_match_config(path: Path = EDITION_WEIGHTS) -> MatchConfig:
    """The weight and threshold fitted by evals/fit_editions.py on labelled pairs."""
    fitted = json.loads(path.read_text(encoding="utf-8"))
    return MatchConfig(dense_weight=fitted["dense_weight"], threshold=fitted["threshold"])


@dataclass(frozen=True, slots=True)
class Carried:
    old: Commitment
    new: Commitment
    score: float


@dataclass(frozen=True, slots=True)
class EditionChanges:
    carried: tuple[Carried, ...]
    dropped: tuple[Commitment, ...]
    """In the old edition, matched by nothing in the new one."""
    new: tuple[Commitment, ...]
    """In the new edition, matching nothing in the old one."""
    threshold: float
    """The similarity the matches had to reach."""


def lexical_similarity(a: str, b: str) -> float:
    """Shared BM25 terms over the geometric mean of the two term-set sizes (0 to 1)."""
    return term_overlap(frozenset(tokenize(a)), frozenset(tokenize(b)))


def term_overlap(terms_a: frozenset[str], terms_b: frozenset[str]) -> float:
    if not terms_a or not terms_b:
        return 0.0
    return len(terms_a & terms_b) / float(np.sqrt(len(terms_a) * len(terms_b)))


def blended(
    old: Sequence[Commitment], new: Sequence[Commitment], dense: Matrix, config: MatchConfig
) -> Matrix:
    """The blended similarity of every (old, new) pair; `dense` holds their cosines."""
    lexical = np.array(
        [[lexical_similarity(a.text, b.text) for b in new] for a in old], dtype=np.float32
    ).reshape(len(old), len(new))
    weight = config.dense_weight
    return (weight * dense + (1.0 - weight) * lexical).astype(np.float32)


def compare_editions(
    old: Sequence[Commitment], new: Sequence[Commitment], scores: Matrix, config: MatchConfig
) -> EditionChanges:
    """One-to-one matches at or above the threshold, best first; the rest dropped or new."""
    pairs = sorted(
        ((float(scores[i, j]), i, j) for i in range(len(old)) for j in range(len(new))),
        reverse=True,
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    carried: list[Carried] = []
    for score, i, j in pairs:
        if score < config.threshold:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        carried.append(Carried(old[i], new[j], round(score, 4)))
    carried.sort(key=lambda c: old.index(c.old))
    return EditionChanges(
        carried=tuple(carried),
        dropped=tuple(r for i, r in enumerate(old) if i not in used_old),
        new=tuple(r for j, r in enumerate(new) if j not in used_new),
        threshold=config.threshold,
    )
