"""Markdown tables for the benchmark report, and the scale factors every section walks."""

from __future__ import annotations

from typing import Any


def _row(cells: list[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def table(header: list[str], rows: list[list[Any]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows), ""]


def scale_factors(results: dict[str, Any]) -> list[int]:
    return sorted(int(f) for f in results["scales"])
