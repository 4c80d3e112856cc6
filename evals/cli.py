"""`strategy-assistant eval`: every corpus of the suite (or one gold file), the reports, the gate.

Each corpus gets an index of its own (built or updated here, reusing the embedding cache), a
report folder of its own with its chart, and the suite report beside them. The sealed test split
is run and reported like the others, in its own section; nothing here reads it for anything else.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from evals.evaluate import Evaluation, evaluate
from evals.gold import load_gold
from evals.report import suite_markdown
from evals.suite import SUITE_FILE, EvalCorpus, load_suite, select
from evals.thresholds import THRESHOLDS_FILE, Measured, check, load_thresholds
from pipeline import runtime
from pipeline.runtime import EmbedderKind

ALL_SPLITS = "all"


@dataclass(frozen=True, slots=True)
class EvalSetup:
    """Where the indexes live and which embedder to use: the settings, as plain values."""

    corpus_dir: Path
    """The serving corpus: its index is `index_dir`; any other corpus gets one beside it."""
    index_dir: Path
    embedder: EmbedderKind
    query_threads: int

    def index_for(self, corpus: Path, name: str) -> Path:
        if corpus.resolve() == self.corpus_dir.resolve():
            return self.index_dir
        return self.index_dir.parent / f"eval-{name}"


def evaluate_corpus(
    setup: EvalSetup, corpus: EvalCorpus, *, split: str = ALL_SPLITS, gold: Path | None = None
) -> Evaluation:
    """One corpus's questions (or those of `gold`) through a fresh assistant on its own index."""
    index_dir = setup.index_for(corpus.corpus, corpus.name)
    report = runtime.build(corpus.corpus, index_dir, embedder=setup.embedder)
    for problem in report.problems:
        print(f"{corpus.name}: index problem: {problem}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="eval-conversations-") as data_dir:
        assistant = runtime.open_assistant(
            index_dir, Path(data_dir), embedder=setup.embedder, query_threads=setup.query_threads
        )
        store = assistant.searcher.index.store
        documents = {d.parent_id or d.id for d in store.documents.values()}
        everything = (
            load_gold(gold, documents=documents) if gold else corpus.items(documents=documents)
        )
        items = [i for i in everything if split == ALL_SPLITS or i.split == split]
        if not items:
            raise ValueError(f"{corpus.name}: no gold questions in split {split!r}")
        return evaluate(assistant, items, store, context=everything)


def run_eval_command(
    setup: EvalSetup,
    *,
    report_dir: Path,
    gold: Path | None = None,
    corpora: list[str] | None = None,
    split: str = ALL_SPLITS,
    suite: Path = SUITE_FILE,
    thresholds: Path = THRESHOLDS_FILE,
) -> int:
    """Exit status 0 when every threshold for what was run holds, else 1.

    With `gold`, that one file is run over the serving corpus and reported, ungated: a council's
    own questions over its own documents have no floors in this repository.
    """
    if gold is not None:
        chosen = [EvalCorpus("custom", setup.corpus_dir, gold, gold)]
    else:
        chosen = select(load_suite(suite), corpora)
    measured: Measured = {}
    summaries = {}
    for corpus in chosen:
        started = time.perf_counter()
        evaluation = evaluate_corpus(setup, corpus, split=split, gold=gold)
        folder = report_dir / corpus.name
        evaluation.write(
            folder,
            corpus=corpus.name,
            gold=str(gold or corpus.gold),
            sealed=str(corpus.sealed) if gold is None else "-",
            split=split,
            total_seconds=round(time.perf_counter() - started, 1),
        )
        print((folder / "report.md").read_text(encoding="utf-8").split("## Timings")[0])
        measured[corpus.name] = evaluation.summary.metrics
        summaries[corpus.name] = evaluation.summary
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "report.md").write_text(suite_markdown(summaries), encoding="utf-8")
    print(f"reports: {report_dir}/report.md and one folder per corpus")
    if gold is not None:
        return 0
    # A one-split or one-corpus run cannot speak for the others.
    applicable = [
        t
        for t in load_thresholds(thresholds)
        if t.corpus in measured and split in (ALL_SPLITS, t.split)
    ]
    violations = check(measured, applicable)
    for violation in violations:
        print(f"BELOW THRESHOLD: {violation}", file=sys.stderr)
    if not violations:
        print(f"all {len(applicable)} thresholds in {thresholds} hold")
    return 1 if violations else 0
