"""The PostgreSQL backend's BM25 threshold bookkeeping alone (index/pg/threshold.py), on
synthetic postings the size of the 1000x corpora: no database, so only the Python that decides
which blocks to read and which passages are still open is timed.

    python -m bench.threshold [--rows 710000] [--queries 30] [--rounds 3]

Prints the median milliseconds per query over the rounds, how many rounds of blocks a query
read and the share of its terms' postings read.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence

import numpy as np

from index.pg.impacts import ImpactLayout
from index.pg.threshold import ThresholdConfig, ThresholdTopK

Blocks = dict[int, list[tuple[int, bytes, bytes]]]


def synthetic_postings(rows: int, terms: int, seed: int) -> tuple[Blocks, dict[int, int]]:
    """Terms with document frequencies from 40% of the rows down to a few hundred, weighted as
    BM25 weighs a term of that frequency, cut into blocks as a generation is published."""
    rng = np.random.default_rng(seed)
    layout = ImpactLayout()
    blocks: Blocks = {}
    df: dict[int, int] = {}
    for term, count in enumerate(np.geomspace(0.4 * rows, 200, terms).astype(int)):
        held = np.sort(rng.choice(rows, size=int(count), replace=False)).astype(np.int32)
        idf = np.log(1 + (rows - count + 0.5) / (count + 0.5))
        tf = rng.geometric(0.6, size=int(count))
        length = rng.normal(1.0, 0.3, size=int(count)).clip(0.3, 3.0)
        weights = (idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length))).astype(np.float32)
        blocks[term] = list(layout.blocks(held, weights))
        df[term] = int(count)
    return blocks, df


def top(query: list[int], blocks: Blocks, df: dict[int, int], rows: int) -> tuple[int, float]:
    """(rounds of blocks read, share of the query terms' postings read) for one query."""
    search = ThresholdTopK(query, df, 100, rows, None, ThresholdConfig())
    rounds = 0
    while wanted := search.wanted():
        rounds += 1
        for term, block in wanted:
            _, held, weights = blocks[term][block]
            search.add(term, held, weights)
    search.candidates()
    return rounds, search.postings_read / search.postings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=710_000)
    parser.add_argument("--terms", type=int, default=40)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    blocks, df = synthetic_postings(args.rows, args.terms, args.seed)
    rng = np.random.default_rng(args.seed + 1)
    queries = [
        [int(t) for t in rng.choice(args.terms, size=int(rng.integers(4, 12)), replace=False)]
        for _ in range(args.queries)
    ]
    top(queries[0], blocks, df, args.rows)
    timings, shapes = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        shapes = [top(q, blocks, df, args.rows) for q in queries]
        timings.append((time.perf_counter() - start) * 1000 / len(queries))
    print(
        f"threshold bookkeeping, {args.rows:,} rows: {statistics.median(timings):.2f} ms a query "
        f"(median of {args.rounds} rounds of {args.queries}); rounds of blocks, median "
        f"{statistics.median(s[0] for s in shapes):.0f}; postings read, median "
        f"{statistics.median(s[1] for s in shapes):.0%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
