"""How deep BM25 on PostgreSQL reads to prove each query's best 100 (index.pg.lexical.Depth).

The share of its terms' postings a query reads is what its BM25 time follows; near-tied
corpora (identical copies) push it up, since the bound proves the best 100 only once the
passages tied with them are read too.
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
    """Medians and p95s over the questions of the share of postings read, the rounds of block
    reads, and the passages scored from their own rows."""
    shares, rounds, looked_up = [], [], []
    for question in asked:
        read = read_question(question, idf=loaded.bm25.idf)
        query = loaded.bm25.query(normalise(read, loaded.abbreviations).expanded, None)
        query.top(CANDIDATES)
        if not isinstance(query, PgBM25Query) or query.depth is None or not query.depth.postings:
            continue
        depth = query.depth
        shares.append(depth.postings_read / depth.postings)
        rounds.append(depth.rounds)
        looked_up.append(depth.looked_up)
    if not shares:
        return {}
    return {
        "postings_read_share_p50": round(float(np.median(shares)), 3),
        "postings_read_share_p95": round(float(np.percentile(shares, 95)), 3),
        "rounds_p50": float(np.median(rounds)),
        "looked_up_p50": float(np.median(looked_up)),
        "looked_up_p95": float(np.percentile(looked_up, 95)),
    }
