"""The benchmark report: bench.json, bench.md (the tables `make bench` prints) and scale.png."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.report_comparisons import embedder_table, reference_table
from bench.report_scale import build_table, chart, scale_table
from bench.report_timings import floor_check, stage_tables


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"{m['date']} on {m['cpu']} ({m['cores']} cores), Python {m['python']}; load average "
        f"{m['load_average_start']} at start, {m.get('load_average_end')} at end (a shared",
        f"machine: read ratios before absolute times). `python -m bench` wall time "
        f"{results.get('wall_seconds')} s.",
        "",
        *floor_check(results),
        *stage_tables(results),
        *reference_table(results),
        *build_table(results),
        *scale_table(results),
        *embedder_table(results),
    ]
    return "\n".join(lines)


def write_reports(results: dict[str, Any], directory: Path) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    text = markdown(results)
    (directory / "bench.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    (directory / "bench.md").write_text(text + "\n", encoding="utf-8")
    chart(results, directory / "scale.png")
    return text
