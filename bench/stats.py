"""Small measuring helpers: percentiles of millisecond samples, process memory, disk size."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np

T = TypeVar("T")


def timed_ms(fn: Callable[[], T]) -> tuple[T, float]:
    """Call `fn` once; its result and the wall time it took in milliseconds."""
    start = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - start) * 1000


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Median, p95, mean and count of millisecond samples, rounded for reports."""
    if not samples:
        return {"p50": float("nan"), "p95": float("nan"), "mean": float("nan"), "n": 0}
    values = np.asarray(samples, dtype=np.float64)
    return {
        "p50": round(float(np.median(values)), 3),
        "p95": round(float(np.percentile(values, 95)), 3),
        "mean": round(float(values.mean()), 3),
        "n": len(values),
    }


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def rss_mb() -> float:
    """Resident memory of this process now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is in KB on Linux), in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def disk_mb(path: Path) -> float:
    """Size of a file, or of every file under a folder, in MB."""
    if path.is_file():
        return round(path.stat().st_size / 1e6, 1)
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return round(total / 1e6, 1)
