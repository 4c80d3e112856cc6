"""The gate: measured metrics compared with the floors (and ceilings) in thresholds.yaml.

The file maps corpus -> mode -> split -> metric -> {min: x} or {max: x}. A metric the thresholds
name but the run did not measure is a violation too, so a broken runner cannot pass by measuring
nothing.
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
    corpus: str
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
        return f"{t.corpus}/{t.mode}/{t.split} {t.metric} = {got}, must be {sign} {t.value:.4f}"


def load_thresholds(path: Path = THRESHOLDS_FILE) -> list[Threshold]:
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return parse_thresholds(raw, str(path))


def parse_thresholds(raw: Any, source: str = "thresholds") -> list[Threshold]:
    if not isinstance(raw, dict):
        raise ThresholdError(
            f"{source}: expected corpus -> mode -> split -> metric -> {{min|max: value}}"
        )
    found = []
    for corpus, modes in raw.items():
        if not isinstance(modes, dict):
            raise ThresholdError(f"{source}: corpus {corpus!r} must map modes to splits")
        for mode, splits in modes.items():
            if not isinstance(splits, dict):
                raise ThresholdError(f"{source}: {corpus}/{mode} must map splits to metrics")
            for split, metrics in splits.items():
                if not isinstance(metrics, dict):
                    raise ThresholdError(f"{source}: {corpus}/{mode}/{split} must map metrics")
                for metric, bound in metrics.items():
                    found.append(
                        _threshold(
                            f"{source}: {corpus}/{mode}/{split}/{metric}",
                            bound,
                            (str(corpus), str(mode), str(split), str(metric)),
                        )
                    )
    return found


def _threshold(where: str, bound: Any, key: tuple[str, str, str, str]) -> Threshold:
    if not isinstance(bound, dict) or len(bound) != 1:
        raise ThresholdError(f"{where} must be {{min: value}} or {{max: value}}")
    ((kind, value),) = bound.items()
    if kind not in ("min", "max") or not isinstance(value, int | float) or isinstance(value, bool):
        raise ThresholdError(f"{where}: got {bound!r}; use min or max with a number")
    return Threshold(*key, kind, float(value))


Measured = dict[str, dict[str, dict[str, Metrics]]]
"""corpus -> mode -> split -> metric -> value."""


def check(measured: Measured, thresholds: list[Threshold]) -> list[Violation]:
    """Every threshold the measured metrics break."""
    broken = []
    for t in thresholds:
        value = measured.get(t.corpus, {}).get(t.mode, {}).get(t.split, {}).get(t.metric)
        too_low = t.bound == "min" and value is not None and value < t.value - _TOLERANCE
        too_high = t.bound == "max" and value is not None and value > t.value + _TOLERANCE
        if value is None or too_low or too_high:
            broken.append(Violation(t, value))
    return broken
