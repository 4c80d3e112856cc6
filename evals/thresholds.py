"""The gate: measured metrics compared with the floors (and ceilings) in thresholds.yaml.

The file maps mode -> split -> metric -> {min: x} or {max: x}. A metric the thresholds name but
the run did not measure is a violation too, so a broken runner cannot pass by measuring nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import Metrics

THRESHOLDS_FILE = Path(__file__).with_name("thresholds.yaml")
# A float printed with a few decimals must not fail a gate it sits exactly on.
_TOLERANCE = 1e-9


class ThresholdError(ValueError):
    """thresholds.yaml is malformed; the message names the entry."""


@dataclass(frozen=True, slots=True)
class Threshold:
    mode: str
    split: str
    metric: str
    bound: str
    """"min" (the metric must be at least `value`) or "max" (at most)."""
    value: float


@dataclass(frozen=True, slots=True)
class Violation:
    threshold: Threshold
    measured: float | None

    def __str__(self) -> str:
        t = self.threshold
        got = "not measured" if self.measured is None else f"{self.measured:.4f}"
        sign = ">=" if t.bound == "min" else "<="
        return f"{t.mode}/{t.split} {t.metric} = {got}, must be {sign} {t.value:.4f}"


def load_thresholds(path: Path = THRESHOLDS_FILE) -> list[Threshold]:
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return parse_thresholds(raw, str(path))


def parse_thresholds(raw: Any, source: str = "thresholds") -> list[Threshold]:
    if not isinstance(raw, dict):
        raise ThresholdError(f"{source}: expected mode -> split -> metric -> {{min|max: value}}")
    found = []
    for mode, splits in raw.items():
        if not isinstance(splits, dict):
            raise ThresholdError(f"{source}: mode {mode!r} must map splits to metrics")
        for split, metrics in splits.items():
            if not isinstance(metrics, dict):
                raise ThresholdError(f"{source}: {mode}/{split} must map metrics to bounds")
            for metric, bound in metrics.items():
                where = f"{source}: {mode}/{split}/{metric}"
                if not isinstance(bound, dict) or len(bound) != 1:
                    raise ThresholdError(f"{where} must be {{min: value}} or {{max: value}}")
                ((kind, value),) = bound.items()
                if kind not in ("min", "max") or not isinstance(value, int | float):
                    raise ThresholdError(f"{where}: got {bound!r}; use min or max with a number")
                found.append(Threshold(str(mode), str(split), str(metric), kind, float(value)))
    return found


def check(measured: dict[str, dict[str, Metrics]], thresholds: list[Threshold]) -> list[Violation]:
    """Every threshold the measured metrics (mode -> split -> metric) break."""
    broken = []
    for t in thresholds:
        value = measured.get(t.mode, {}).get(t.split, {}).get(t.metric)
        too_low = t.bound == "min" and value is not None and value < t.value - _TOLERANCE
        too_high = t.bound == "max" and value is not None and value > t.value + _TOLERANCE
        if value is None or too_low or too_high:
            broken.append(Violation(t, value))
    return broken
