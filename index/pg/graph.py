"""The HNSW graph a generation's vectors are searched by: how it is built, and the ef_search it
is served at, recorded with the generation.

A graph's recall at a given ef_search depends on how it was built, so the two travel together:
publishing records the graph's settings in the generation's row, and a replica serves each
generation at the ef_search recorded for it, whatever its own code's defaults are (a generation
published by older code keeps being served as it was built for).

With `halfvec` the graph is an expression index over the vectors cast to half precision: half
the pages to walk and half the bytes per distance, while the table keeps the float32 vectors,
so the scores search returns and the exact scan stay float32 (bench/hnsw.py measures recall@10
against that exact scan).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Element = Literal["vector", "halfvec"]
ELEMENTS: tuple[Element, ...] = get_args(Element)


@dataclass(frozen=True, slots=True)
class HnswGraph:
    element: Element = "vector"
    m: int = 16
    """Neighbours a node keeps per layer (twice that on the bottom layer)."""
    ef_construction: int = 64
    """Candidates weighed for each node's neighbours while building."""
    ef_search: int = 800
    """Candidates a search keeps while walking the graph (never fewer than it returns).
    Recall@10 against the exact scan at 709,837 passages (1000x councils, bench/postgres.py):
    0.925 at 200, 0.964 at 400 and 0.982 at 800."""

    def __post_init__(self) -> None:
        if self.element not in ELEMENTS:
            raise ValueError(f"element must be one of {', '.join(ELEMENTS)}, got {self.element!r}")
        # pgvector's own limits, checked here so a bad setting fails before a long build.
        if not 2 <= self.m <= 100:
            raise ValueError(f"m must be from 2 to 100 (pgvector's range), got {self.m}")
        if not 2 * self.m <= self.ef_construction <= 1000:
            raise ValueError(
                f"ef_construction must be from 2 x m ({2 * self.m}) to 1000 (pgvector's range),"
                f" got {self.ef_construction}"
            )
        if not 1 <= self.ef_search <= 1000:
            raise ValueError(
                f"ef_search must be from 1 to 1000 (pgvector's range), got {self.ef_search}"
            )

    def key(self, dim: int) -> str:
        """What the index is built over, and what a search orders by to use it."""
        if self.element == "halfvec":
            return f"(embedding::halfvec({int(dim)}))"
        return "embedding"

    def operand(self, dim: int) -> str:
        """The query vector parameter, cast to the graph's element type."""
        if self.element == "halfvec":
            return f"%(vector)s::halfvec({int(dim)})"
        return "%(vector)s"

    def create_sql(self, table: str, dim: int) -> str:
        return (
            f"CREATE INDEX {table}_graph ON {table} USING hnsw"
            f" ({self.key(dim)} {self.element}_ip_ops)"
            f" WITH (m = {self.m}, ef_construction = {self.ef_construction})"
        )


BEFORE_SCHEMA_5 = HnswGraph(element="vector", m=16, ef_construction=64, ef_search=800)
"""The graph every generation published before schema 5 has, and the ef_search it was served at."""
