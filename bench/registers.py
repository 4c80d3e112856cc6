"""What building the registers adds to an index build: `python -m bench.registers`.

For each eval corpus, in a fresh folder each time (so a cold build: no generation, no embedding
cache): a build with the registers, with their stage (extraction and trails) timed inside it;
a build whose register stage gives empty registers; then, on the first folder, a rebuild with
nothing changed, which must reuse the generation whole (no register stage, registers.json
untouched). Builds alternate with and without registers over --rounds, so that a machine
growing busier does not favour one side; the medians are reported, in wall time and in the
process's CPU time (all its threads), which other work on a shared machine disturbs far less.
The embedder uses every core, as `strategy-assistant index` does. Writes JSON to --out and
prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest.mock import patch

import index.build as build_module
from evals.suite import load_suite
from index.build import build_index
from index.embedder import Embedder
from index.generation import GENERATIONS, current_name
from index.onnx_embedder import OnnxMiniLMEmbedder
from index.registers.model import Registers
from index.registers.store import REGISTERS_FILE, build_with_trails

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "reports" / "bench" / "registers.json"


@contextmanager
def register_stage(
    replacement: Callable[..., Registers] | None,
) -> Iterator[list[tuple[float, float]]]:
    """Time each call of the build's register stage (its wall and CPU seconds are appended to
    the list yielded), or replace the stage with `replacement`."""
    seconds: list[tuple[float, float]] = []

    def timed(*args: Any, **kwargs: Any) -> Registers:
        wall, cpu = time.perf_counter(), time.process_time()
        result = (replacement or build_with_trails)(*args, **kwargs)
        seconds.append((time.perf_counter() - wall, time.process_time() - cpu))
        return result

    # build_index calls the stage by the name it imported; the stage itself is unchanged.
    with patch.object(build_module, "build_with_trails", timed):
        yield seconds


def _empty(*_args: Any, **_kwargs: Any) -> Registers:
    return Registers()


def _cold(corpus: Path, work: Path, embedder: Embedder, *, registers: bool) -> dict[str, Any]:
    index_dir = Path(tempfile.mkdtemp(prefix="registers-", dir=work))
    cpu = time.process_time()
    with register_stage(None if registers else _empty) as stage:
        report = build_index(corpus, index_dir, embedder)
    return {
        "index_dir": index_dir,
        "seconds": report.seconds,
        "cpu_seconds": time.process_time() - cpu,
        "stage_seconds": stage[0][0] if registers else 0.0,
        "stage_cpu_seconds": stage[0][1] if registers else 0.0,
        "passages": report.passages,
    }


def _unchanged(corpus: Path, index_dir: Path, embedder: Embedder) -> dict[str, Any]:
    registers_file = index_dir / GENERATIONS / str(current_name(index_dir)) / REGISTERS_FILE
    before = registers_file.stat().st_mtime_ns
    with register_stage(None) as stage:
        report = build_index(corpus, index_dir, embedder)
    return {
        "seconds": round(report.seconds, 3),
        "reused_generation": report.unchanged,
        "register_stage_calls": len(stage),
        "registers_file_untouched": registers_file.stat().st_mtime_ns == before,
    }


def measure(corpus: Path, embedder: Embedder, rounds: int, work: Path) -> dict[str, Any]:
    withs: list[dict[str, Any]] = []
    withouts: list[dict[str, Any]] = []
    for _ in range(rounds):
        withs.append(_cold(corpus, work, embedder, registers=True))
        withouts.append(_cold(corpus, work, embedder, registers=False))
    unchanged = _unchanged(corpus, withs[0]["index_dir"], embedder)
    out: dict[str, Any] = {"passages": withs[0]["passages"], "rounds": rounds}
    for clock, key in (("wall", "seconds"), ("cpu", "cpu_seconds")):
        with_s = statistics.median(w[key] for w in withs)
        without_s = statistics.median(w[key] for w in withouts)
        stage = statistics.median(w[f"stage_{key}"] for w in withs)
        out[clock] = {
            "cold_with_registers_s": round(with_s, 2),
            "cold_without_registers_s": round(without_s, 2),
            "register_stage_s": round(stage, 2),
            "register_stage_share_of_cold": round(stage / with_s, 4),
            "cold_difference_share": round((with_s - without_s) / without_s, 4),
            "all_cold_with_s": [round(w[key], 2) for w in withs],
            "all_cold_without_s": [round(w[key], 2) for w in withouts],
        }
    out["unchanged"] = unchanged
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.registers", description=__doc__)
    parser.add_argument("--rounds", type=int, default=1, help="cold builds of each kind")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    embedder = OnnxMiniLMEmbedder(threads=os.cpu_count() or 1)
    results: dict[str, Any] = {"load_average_start": [round(x, 2) for x in os.getloadavg()]}
    work = Path(tempfile.mkdtemp(prefix="bench-registers-"))
    try:
        for corpus in load_suite():
            results[corpus.name] = measure(corpus.corpus, embedder, args.rounds, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print("corpus          clock  cold with  cold without  register stage   unchanged")
    for name, row in results.items():
        if not isinstance(row, dict):
            continue
        for clock in ("wall", "cpu"):
            t = row[clock]
            print(
                f"{name:15} {clock:5} {t['cold_with_registers_s']:8.1f}s "
                f"{t['cold_without_registers_s']:11.1f}s "
                f"{t['register_stage_s']:7.2f}s ({t['register_stage_share_of_cold']:.1%})  "
                f"{row['unchanged']['seconds']:.3f}s, reused "
                f"{row['unchanged']['reused_generation']}"
            )
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
