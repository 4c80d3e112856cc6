"""The PostgreSQL backend's BM25 bound alone (index/pg/maxscore.py), on synthetic postings the
size of the 1000x corpora: no database, the terms' columns already in memory, so only the work
that proves each query's best 100 is timed.

    python -m bench.maxscore [--rows 710000] [--queries 30] [--rounds 3]

Prints the median milliseconds per query over the rounds, the share of the query terms'
postings summed and the rows scored exactly.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence

import numpy as np

from index.pg.columns import Column, ColumnConfig, column
from index.pg.impacts import ImpactLayout
from index.pg.maxscore import BoundConfig, best


def synthetic_columns(rows: int, terms: int, seed: int) -> dict[int, Column]:
    """Terms with document frequencies from 40% of the rows down to a few hundred, weighted as
    BM25 weighs a term of that frequency, cut into blocks as a generation is published and
    made into columns as a query reads them."""
    rng = np.random.default_rng(seed)
    layout, config = ImpactLayout(), ColumnConfig()
    columns: dict[int, Column] = {}
    for term, count in enumerate(np.geomspace(0.4 * rows, 200, terms).astype(int)):
        held = np.sort(rng.choice(rows, size=int(count), replace=False)).astype(np.int32)
        idf = np.log(1 + (rows - count + 0.5) / (count + 0.5))
        tf = rng.geometric(0.6, size=int(count))
        length = rng.normal(1.0, 0.3, size=int(count)).clip(0.3, 3.0)
        weights = (idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length))).astype(np.float32)
        blocks = [(r, w) for _, r, w in layout.blocks(held, weights)]
        columns[term] = column(blocks, rows, config)
    return columns


def top(query: list[int], columns: dict[int, Column], rows: int) -> tuple[float, int]:
    """(share of the query terms' postings summed, rows scored exactly) for one query."""
    found = best(query, columns, 100, rows, None, BoundConfig())
    return found.postings_summed / sum(columns[t].postings for t in query), found.candidates


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=710_000)
    parser.add_argument("--terms", type=int, default=40)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    columns = synthetic_columns(args.rows, args.terms, args.seed)
    rng = np.random.default_rng(args.seed + 1)
    queries = [
        [int(t) for t in rng.choice(args.terms, size=int(rng.integers(4, 12)), replace=False)]
        for _ in range(args.queries)
    ]
    top(queries[0], columns, args.rows)
    timings, shapes = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        shapes = [top(q, columns, args.rows) for q in queries]
        timings.append((time.perf_counter() - start) * 1000 / len(queries))
    print(
        f"MaxScore bound, {args.rows:,} rows: {statistics.median(timings):.2f} ms a query "
        f"(median of {args.rounds} rounds of {args.queries}); postings summed, median "
        f"{statistics.median(s[0] for s in shapes):.0%}; rows scored exactly, median "
        f"{statistics.median(s[1] for s in shapes):.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
