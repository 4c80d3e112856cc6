"""`strategy-assistant eval`: run the gold questions, write the report, check the thresholds."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Literal

from evals.evaluate import evaluate
from evals.gold import load_gold
from evals.thresholds import THRESHOLDS_FILE, check, load_thresholds
from server.settings import Settings


def run_eval_command(
    settings: Settings,
    *,
    gold: Path,
    report_dir: Path,
    split: Literal["dev", "test", "all"] | str = "all",
    thresholds: Path = THRESHOLDS_FILE,
) -> int:
    """Exit status 0 when every threshold for the splits run holds, else 1."""
    from server.runtime import build, index_exists, make_assistant

    if not index_exists(settings):
        print(f"no index in {settings.index_dir}; building it from {settings.corpus_dir}")
        build(settings)
    started = time.perf_counter()
    assistant = make_assistant(settings)
    store = assistant.searcher.index.store
    documents = {d.parent_id or d.id for d in store.documents.values()}
    everything = load_gold(gold, documents=documents)
    items = [i for i in everything if split == "all" or i.split == split]
    if not items:
        print(f"error: no gold questions in split {split!r}", file=sys.stderr)
        return 2
    evaluation = evaluate(assistant, items, store, context=everything)
    paths = evaluation.write(
        report_dir,
        gold=str(gold),
        split=split,
        index_generation=assistant.generation,
        total_seconds=round(time.perf_counter() - started, 1),
    )
    print((report_dir / "report.md").read_text(encoding="utf-8").split("## By kind")[0])
    print("report: " + ", ".join(str(p) for p in paths.values()))
    # A one-split run cannot speak for the other split or for the whole set.
    applicable = [t for t in load_thresholds(thresholds) if split in ("all", t.split)]
    violations = check(evaluation.summary.metrics, applicable)
    for violation in violations:
        print(f"BELOW THRESHOLD: {violation}", file=sys.stderr)
    if not violations:
        print(f"all {len(applicable)} thresholds in {thresholds} hold")
    return 1 if violations else 0
