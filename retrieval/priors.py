"""The priors search multiplies the fused scores by: pure functions of the question and the
candidates' passages, kinds and documents."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from index.embedder import Vectors
from index.tokenize import STOPWORDS, tokenize, words
from ingest.model import Document


def kind_prior(row_kinds: npt.NDArray[np.str_], wanted: tuple[str, ...], boost: float) -> Vectors:
    """`boost` for each candidate of a kind that states the asked-for answer, else 1."""
    return np.where(np.isin(row_kinds, wanted), boost, 1.0).astype(np.float32)


def named_prior(documents: Sequence[Document], named: set[str], boost: float) -> Vectors:
    """`boost` for each candidate of a document the question names, or of a pack it names."""
    hit = [d.id in named or d.parent_id in named for d in documents]
    return np.where(np.array(hit, dtype=bool), boost, 1.0).astype(np.float32)


def defines_prior(
    texts: Sequence[str], scores: Vectors, defined: re.Pattern[str], checked: int, boost: float
) -> Vectors:
    """`boost` for each of the `checked` best-scored candidates whose text `defined` matches."""
    prior = np.ones(len(texts), dtype=np.float32)
    for i in np.argsort(-scores, kind="stable")[:checked]:
        if defined.search(texts[int(i)]):
            prior[i] = boost
    return prior


def defining_pattern(term: str, idf: Callable[[str], float]) -> re.Pattern[str] | None:
    """Where a text defines the rarest word of `term`: at the start of a sentence or item,
    followed by a dash or colon (after an optional bracketed acronym), or followed by "is",
    "means" or "refers to"."""
    term_words = words(term)
    candidates = [w for w in term_words if w not in STOPWORDS and len(w) > 2]
    if not candidates:
        return None
    rarest = max(candidates, key=lambda w: max((idf(t) for t in tokenize(w)), default=0.0))
    # The term's own words before its rarest may open the definition: "Active travel is ...".
    before = term_words[: term_words.index(rarest)]
    lead = "".join(rf"(?:{re.escape(w)}\s+)?" for w in before)
    # At the start of a sentence or list item, so that "the WHO defines mental health as" does
    # not read as a definition of health.
    return re.compile(
        rf"(?:^|[.;:•]\s+|\n)\W*(?:the\s+)?{lead}{re.escape(rarest)}\w*\s*(?:\([^)]{{1,40}}\)\s*)?"
        r"(?:[-–—:]\s|(?:is|are|means|refers to|can be defined as|is defined as)\b)",
        re.IGNORECASE,
    )
