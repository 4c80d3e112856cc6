"""Which of an earlier question's words a follow-up's new subject stands in place of: "how many
adults are obese?", then "what about kids?" asks of children instead of adults, not as well.

A follow-up that swaps the subject without saying which words it swaps ("for", "about" or "on"
mark those; question.followup) replaces the earlier words nearest in meaning to its own new
words, by the model's vectors: "kids" stands for "adults", "alcohol" for "smoking", a
district for another district; the earlier question's ask ("target", "how many") is far from
either and stays.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from index.embedder import Embedder

REMEMBERED = 4096
"""Word vectors kept between asks: a conversation's words recur."""


class Substitutes:
    """The earlier words a new subject stands for, by cosine similarity of the model's vectors;
    words at least `threshold` alike are replaced."""

    def __init__(self, embedder: Embedder, *, threshold: float) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"substitute threshold is {threshold}; allowed: 0 to 1")
        self._embedder = embedder
        self._threshold = threshold
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        # The server asks from several threads; one evicting a word another is reading would
        # lose it between the check and the read.
        self._lock = threading.Lock()

    def __call__(self, subject: str, earlier: Sequence[str]) -> frozenset[str]:
        """The words of `earlier` that `subject` (the follow-up's own words) stands for."""
        if not subject.strip() or not earlier:
            return frozenset()
        vectors = self._unit([subject, *earlier])
        alike = vectors[1:] @ vectors[0]
        return frozenset(w for w, s in zip(earlier, alike, strict=True) if s >= self._threshold)

    def _unit(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            found = np.asarray(self._embedder.embed(missing), dtype=np.float32)
            norms = np.linalg.norm(found, axis=1, keepdims=True)
            known.update(zip(missing, found / np.maximum(norms, 1e-12), strict=True))
        with self._lock:
            for text in texts:
                self._vectors[text] = known[text]
                self._vectors.move_to_end(text)
            while len(self._vectors) > REMEMBERED:
                self._vectors.popitem(last=False)
        return np.stack([known[t] for t in texts])
