"""How much BM25 on PostgreSQL sums to prove each query's best 100 (index.pg.lexical.Depth).

The MaxScore bound (index.pg.maxscore) sums the rarer terms' postings and the common terms the
threshold cannot leave out; the rest are read by row for the candidates alone. The share of
the query terms' postings summed and the candidates scored are what its BM25 time follows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from index.generation import LoadedIndex
from index.pg.lexical import PgBM25Query
from question.read import read_question
from retrieval.query import normalise

CANDIDATES = 100


def bm25_depth(loaded: LoadedIndex, asked: Sequence[str]) -> dict[str, Any]:
    """Medians and p95s over the questions of the share of postings summed and of the rows
    scored exactly."""
    shares, candidates = [], []
    for question in asked:
        read = read_question(question, idf=loaded.bm25.idf)
        query = loaded.bm25.query(normalise(read, loaded.abbreviations).expanded, None)
        query.top(CANDIDATES)
        if not isinstance(query, PgBM25Query) or query.depth is None or not query.depth.postings:
            continue
        depth = query.depth
        shares.append(depth.postings_summed / depth.postings)
        candidates.append(depth.candidates)
    if not shares:
        return {}
    return {
        "postings_summed_share_p50": round(float(np.median(shares)), 3),
        "postings_summed_share_p95": round(float(np.percentile(shares, 95)), 3),
        "candidates_p50": float(np.median(candidates)),
        "candidates_p95": float(np.percentile(candidates, 95)),
    }
