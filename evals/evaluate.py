"""One eval run end to end: gold in, records, summary, failures and the report out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.evidence import EvidenceMap, build_evidence_map
from evals.gold import GoldItem
from evals.metrics import Metrics, retrieval_metrics
from evals.report import write_report
from evals.runner import Pipeline, Progress, RunResult, rescore, run
from evals.summary import Failure, Summary, failures, summarise_run
from index.store import Store
from retrieval.search import MODES, Mode

ALL_MODES: tuple[Mode, ...] = MODES


@dataclass(frozen=True, slots=True)
class Evaluation:
    result: RunResult
    summary: Summary
    failures: list[Failure]
    evidence: EvidenceMap
    strict: Metrics
    """Hybrid retrieval on all questions crediting whole quotes only (no partial fallback)."""

    def info(self, **extra: Any) -> dict[str, Any]:
        return {
            "date": dt.date.today().isoformat(),
            "questions": len(
                {a.item_id for a in self.result.answered}
                | {r.item_id for r in self.result.retrieved}
            ),
            "wall_seconds": round(self.result.seconds, 1),
            "quotes_needing_partial_match": len(self.evidence.partial),
            "quotes_not_found": len(self.evidence.missing),
            "hybrid_whole_quote_only": {
                k: round(v, 3) for k, v in self.strict.items() if v is not None and "_ms" not in k
            },
            **extra,
        }

    def records(self) -> dict[str, Any]:
        return {
            "answers": [a.to_dict() for a in self.result.answered],
            "searches": [r.to_dict() for r in self.result.retrieved],
            "partial_quotes": sorted(f"{e.document}: {e.quote}" for e in self.evidence.partial),
            "missing_quotes": sorted(f"{e.document}: {e.quote}" for e in self.evidence.missing),
        }

    def write(self, directory: Path, **info: Any) -> dict[str, Path]:
        return write_report(
            directory,
            self.summary,
            info=self.info(**info),
            failures=self.failures,
            records=self.records(),
        )


def evaluate(
    pipeline: Pipeline,
    items: Sequence[GoldItem],
    store: Store,
    *,
    modes: Sequence[Mode] = ALL_MODES,
    answer_modes: Sequence[Mode] = ALL_MODES,
    context: Sequence[GoldItem] = (),
    progress: Progress | None = None,
) -> Evaluation:
    """Run `items` through `pipeline`; `store` is the index the evidence is looked up in."""
    evidence = build_evidence_map(items, store.passages, store.documents)
    result = run(
        pipeline,
        items,
        evidence=evidence,
        store=store,
        modes=modes,
        answer_modes=answer_modes,
        context=context,
        progress=progress,
    )
    whole = build_evidence_map(items, store.passages, store.documents, partial_share=1.0)
    hybrid = [r for r in result.retrieved if r.mode == "hybrid"]
    strict = retrieval_metrics(rescore(hybrid, items, whole))
    return Evaluation(result, summarise_run(result), failures(result), evidence, strict)
