"""`make bench`: every benchmark in one run; JSON, markdown and a PNG under reports/bench/.

Steps, each in a fresh process: the embedder comparison (bench/embedders.py); the shipped
corpus built cold, unchanged and forced; the query path measured on it beside the reference
pipeline; then for each scale factor a synthetic corpus built (proxy vectors, see
bench/synthetic.py) and the same query path measured on it; each index is also served from
PostgreSQL and measured there (bench/postgres.py; --skip-postgres leaves that out).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report import write_reports

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
REPORTS = REPO / "reports" / "bench"


def _worker(task: str, out: Path, *args: str) -> dict[str, Any]:
    started = time.perf_counter()
    print(f"== {task} {' '.join(args)}", flush=True)
    subprocess.run(
        [sys.executable, "-m", "bench.worker", task, "--out", str(out), *args],
        check=True,
        cwd=REPO,
    )
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["step_seconds"] = round(time.perf_counter() - started, 1)
    print(f"   {task} took {result['step_seconds']}s", flush=True)
    return result


def _machine() -> dict[str, Any]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scales", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the gold set")
    parser.add_argument("--skip-embedders", action="store_true")
    parser.add_argument("--keep-work", action="store_true", help="keep the temporary indexes")
    parser.add_argument("--skip-postgres", action="store_true", help="in-process backend only")
    parser.add_argument("--out", type=Path, default=REPORTS)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    results: dict[str, Any] = {"machine": _machine(), "scales": {}}
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        if not args.skip_embedders:
            results["embedders"] = _worker("embedders", work / "embedders.json")
        shipped_index = work / "index-1x"
        results["build"] = _worker(
            "build-shipped",
            work / "build.json",
            "--corpus-dir",
            str(CORPUS),
            "--index-dir",
            str(shipped_index),
        )
        shipped = _worker(
            "measure",
            work / "measure-1x.json",
            "--index-dir",
            str(shipped_index),
            "--corpus-dir",
            str(CORPUS),
            "--rounds",
            str(args.rounds),
            "--reference",
        )
        results["scales"]["1"] = {"build": _shipped_as_scale(results["build"]), **shipped}
        if not args.skip_postgres:
            results["scales"]["1"]["postgres"] = _postgres(shipped_index, 1, work, shipped_index)
        for factor in args.scales:
            built = _worker(
                "build-scale",
                work / f"build-{factor}x.json",
                "--corpus-dir",
                str(CORPUS),
                "--shipped-index",
                str(shipped_index),
                "--factor",
                str(factor),
                "--work-dir",
                str(work),
            )
            # Fewer passes at the largest scale keep the run inside 30 minutes.
            rounds = max(1, args.rounds - 1) if factor < 50 else 1
            measured = _worker(
                "measure",
                work / f"measure-{factor}x.json",
                "--index-dir",
                built["index_dir"],
                "--rounds",
                str(rounds),
            )
            results["scales"][str(factor)] = {"build": built, **measured}
            if not args.skip_postgres:
                results["scales"][str(factor)]["postgres"] = _postgres(
                    Path(built["index_dir"]), factor, work, shipped_index
                )
            if not args.keep_work:
                shutil.rmtree(Path(built["index_dir"]), ignore_errors=True)
                shutil.rmtree(work / f"corpus-{factor}x", ignore_errors=True)
    finally:
        if not args.keep_work:
            shutil.rmtree(work, ignore_errors=True)
    results["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    results["wall_seconds"] = round(time.perf_counter() - started, 1)
    markdown = write_reports(results, args.out)
    print(markdown)
    print(f"reports in {args.out} (bench.json, bench.md, scale.png); {results['wall_seconds']}s")
    return 0


def _postgres(index_dir: Path, factor: int, work: Path, shipped_index: Path) -> dict[str, Any]:
    """The same index served from PostgreSQL (bench/postgres.py), in its own process; over 1x,
    copy 0 is also published as a tenant of its own beside it and timed (`tenant_copy0`)."""
    out = work / f"postgres-{factor}x.json"
    print(f"== postgres {factor}x", flush=True)
    tenant = ["--tenant-copy0", "--shipped-index", str(shipped_index)] if factor > 1 else []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.postgres",
            "--index-dir",
            str(index_dir),
            "--factor",
            str(factor),
            "--out",
            str(out),
            *tenant,
        ],
        check=True,
        cwd=REPO,
    )
    measured: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return measured[0]


def _shipped_as_scale(build: dict[str, Any]) -> dict[str, Any]:
    return {
        "factor": 1,
        "passages": build["passages"],
        "build_seconds": build["cold_seconds"],
        "generation_mb": build["generation_mb"],
        "cache_mb": build["cache_mb"],
        "peak_rss_mb": build["peak_rss_cold_mb"],
        "vectors_real": build["passages"],
        "vectors_proxy_embedded": 0,
    }


if __name__ == "__main__":
    sys.exit(main())
