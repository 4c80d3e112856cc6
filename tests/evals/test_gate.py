"""The eval gate: the real pipeline on the real index meets every threshold in thresholds.yaml.

It also writes the report to reports/eval, so every `make test` leaves today's figures behind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.evaluate import Evaluation, evaluate
from evals.gold import load_gold
from evals.thresholds import check, load_thresholds
from retrieval.search import MODES
from server.service import Assistant

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "evals" / "gold.yaml"
REPORT_DIR = REPO / "reports" / "eval"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def evaluation(real_assistant: Assistant) -> Evaluation:
    store = real_assistant.searcher.index.store
    items = load_gold(GOLD, documents={d.parent_id or d.id for d in store.documents.values()})
    found = evaluate(real_assistant, items, store)
    found.write(REPORT_DIR, gold=str(GOLD.relative_to(REPO)), split="all", source="test_gate")
    return found


def test_every_metric_meets_its_threshold(evaluation: Evaluation) -> None:
    violations = check(evaluation.summary.metrics, load_thresholds())
    listing = "\n".join(f"  {v}" for v in violations)
    assert not violations, (
        f"{len(violations)} metric(s) below evals/thresholds.yaml "
        f"(report: {REPORT_DIR / 'report.md'}):\n{listing}"
    )


def test_every_mode_is_measured_on_both_splits(evaluation: Evaluation) -> None:
    for mode in MODES:
        assert set(evaluation.summary.metrics[mode]) == {"dev", "test", "all"}, mode
        assert evaluation.summary.metrics[mode]["all"]["questions"] == 165


def test_the_report_is_written(evaluation: Evaluation) -> None:
    body = json.loads((REPORT_DIR / "report.json").read_text(encoding="utf-8"))
    assert body["metrics"]["hybrid"]["all"]["verbatim_rate"] == 1.0
    assert len(body["answers"]) == len(MODES) * 165
    assert "## By kind: hybrid, split test" in (REPORT_DIR / "report.md").read_text("utf-8")
    assert (REPORT_DIR / "metrics.png").read_bytes()[:4] == b"\x89PNG"
