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


def check_ef_search(value: int) -> None:
    """pgvector's range for hnsw.ef_search, checked wherever one is configured."""
    if not 1 <= value <= 1000:
        raise ValueError(f"ef_search must be from 1 to 1000 (pgvector's range), got {value}")


@dataclass(frozen=True, slots=True)
class HnswGraph:
    element: Element = "halfvec"
    """At 709,837 passages (1000x councils) the graph takes 792 MB against 1,386 MB for float32
    elements, so it and the vectors' table (1,110 MB) fit the server's cache together; a search
    at the same ef_search is no faster (pgvector reads a buffer per neighbour either way), and
    recall@10 at ef_search 400 is 0.984 against 0.986 for float32 elements on the same
    settings."""
    m: int = 16
    """Neighbours a node keeps per layer (twice that on the bottom layer). At 1000x, m 32 (with
    ef_construction 200) reached recall@10 0.982 at ef_search 200 in 6.8 to 7.6 ms, the same
    time as m 16 at 360 (0.981, 7.0 ms), for twice the build (1,652 against 820 s) and a larger
    graph (924 MB)."""
    ef_construction: int = 200
    """Candidates weighed for each node's neighbours while building: at 64 the graph needed
    ef_search 800 for recall@10 0.982 (11 to 15 ms); at 200 it needs 360 (0.981) or 400 (0.984,
    8 to 9 ms). The build takes 820 s at 1000x on 2 busy cores."""
    ef_search: int = 400
    """Candidates a search keeps while walking the graph (never fewer than it returns). The
    least at 1000x giving recall@10 0.98 on the gold questions was 360 (0.981); 400 keeps a
    margin. Measured on the questions, not on the generation's own vectors: those are far
    easier (0.993 at ef_search 100 for stored passages, 0.991 at 200 for stored sentences, where
    the questions get 0.931 and 0.963), so a choice made from them would miss the target."""

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
        check_ef_search(self.ef_search)

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
