"""The eval report: report.json (everything), report.md (the tables) and metrics.png (the chart)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.gold import SEALED
from evals.metrics import Metrics
from evals.summary import ALL, Failure, Summary

RETRIEVAL_COLUMNS = ("evidence@1", "evidence@5", "evidence@10", "mrr", "ndcg@10")
ANSWER_COLUMNS = (
    "fact_accuracy",
    "citation_precision",
    "citation_support",
    "verbatim_rate",
    "refusal_unanswerable",
    "refusal_precision",
    "false_refusal",
    "conversation_stability",
)
SEALED_NOTE = (
    "Sealed: written without sight of the code or of the other splits; read only to report"
    " figures. A failure here is reported, never fixed case by case."
)
TIMING_COLUMNS = ("search_ms_p50", "search_ms_p95", "answer_ms_p50", "answer_ms_p95")
KIND_COLUMNS = ("questions", "evidence@5", "mrr", "fact_accuracy", "citation_precision")
CROSS_METRICS = ("evidence@5", "fact_accuracy")
CHART_MODE_METRICS = ("evidence@1", "evidence@5", "evidence@10", "mrr", "ndcg@10")
CHART_KIND_METRICS = ("evidence@5", "fact_accuracy", "citation_precision")


def _cell(value: float | None, metric: str) -> str:
    if value is None:
        return "-"
    if metric in ("questions", "answerable"):
        return str(int(value))
    if metric.endswith(("_p50", "_p95")):
        return f"{value:.1f}"
    return f"{value:.3f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _mode_rows(
    summary: Summary, columns: Sequence[str], needs: str, splits: Sequence[str] | None = None
) -> list[list[str]]:
    rows = []
    for mode, by_split in summary.metrics.items():
        for split, metrics in by_split.items():
            if metrics.get(needs) is None or (splits is not None and split not in splits):
                continue
            rows.append([mode, split, *(_cell(metrics.get(c), c) for c in columns)])
    return rows


def _mode_tables(summary: Summary, splits: Sequence[str] | None, level: str) -> list[str]:
    lines = [f"{level} Retrieval by mode", ""]
    lines += _table(
        ["mode", "split", *RETRIEVAL_COLUMNS],
        _mode_rows(summary, RETRIEVAL_COLUMNS, "mrr", splits),
    )
    lines += [
        f"{level} Answers by mode",
        "",
        "refusal_unanswerable is refusal recall; refusal_precision is the share of refusals"
        " whose documents lacked the answer; conversation_stability is the share of questions"
        " that follow nothing answered word for word alike when asked after the one before"
        " them in one conversation (first answer mode only).",
        "",
    ]
    lines += _table(
        ["mode", "split", *ANSWER_COLUMNS],
        _mode_rows(summary, ANSWER_COLUMNS, "verbatim_rate", splits),
    )
    return lines


def _open_splits(summary: Summary) -> list[str]:
    present = {split for by_split in summary.metrics.values() for split in by_split}
    return [s for s in present if s != SEALED]


def markdown(summary: Summary, info: dict[str, Any], failures: Sequence[Failure]) -> str:
    title = f"# Eval report: {info['corpus']}" if "corpus" in info else "# Eval report"
    lines = [title, "", *(f"- {key}: {value}" for key, value in info.items()), ""]
    lines += _mode_tables(summary, _open_splits(summary), "##")
    if any(SEALED in by_split for by_split in summary.metrics.values()):
        lines += [f"## Sealed {SEALED} split", "", SEALED_NOTE, ""]
        lines += _mode_tables(summary, [SEALED], "###")
    lines += [
        "## Timings (ms)",
        "",
        "The first answer mode's answers include embedding the question; the other modes'"
        " answers and all searches reuse the cached query vector.",
        "",
    ]
    lines += _table(
        ["mode", "split", *TIMING_COLUMNS],
        [r for r in _mode_rows(summary, TIMING_COLUMNS, "questions") if r[1] == ALL],
    )
    main = "hybrid" if "hybrid" in summary.by_kind else next(iter(summary.by_kind))
    for split, kinds in summary.by_kind[main].items():
        lines += [f"## By kind: {main}, split {split}", ""]
        rows = [[kind, *(_cell(m.get(c), c) for c in KIND_COLUMNS)] for kind, m in kinds.items()]
        lines += _table(["kind", *KIND_COLUMNS], rows)
    for metric in CROSS_METRICS:
        lines += [f"## {metric} by kind and mode, split {ALL}", ""]
        modes = list(summary.by_kind)
        per_mode = {m: summary.by_kind[m].get(ALL, {}) for m in modes}
        kinds_all = sorted({k for found in per_mode.values() for k in found})
        rows = [
            [kind, *(_cell(per_mode[m].get(kind, {}).get(metric), metric) for m in modes)]
            for kind in kinds_all
        ]
        lines += _table(["kind", *modes], rows)
    lines += [f"## Failures (hybrid): {len(failures)}", ""]
    lines += _table(
        ["id", "split", "kind", "cause", "detail"],
        [[f.item_id, f.split, f.kind, f.cause, f.detail] for f in failures],
    )
    return "\n".join(lines)


def suite_markdown(summaries: dict[str, Summary], mode: str = "hybrid") -> str:
    """The headline figures of every corpus side by side, sealed splits in their own section."""
    lines = ["# Eval report: every corpus", "", f"Answers and retrieval in {mode} mode.", ""]
    header = ["corpus", "split", "questions", "evidence@5", *ANSWER_COLUMNS]

    def rows(splits: Sequence[str]) -> list[list[str]]:
        found = []
        for corpus, summary in summaries.items():
            for split, m in summary.metrics.get(mode, {}).items():
                if split in splits:
                    found.append([corpus, split, *(_cell(m.get(c), c) for c in header[2:])])
        return found

    lines += ["## Train and dev", ""]
    lines += _table(header, rows(["train", "dev", ALL]))
    lines += [f"## Sealed {SEALED} split", "", SEALED_NOTE, ""]
    lines += _table(header, rows([SEALED]))
    lines += [
        "Each corpus's own report (by mode, split and kind, with its chart) is in its folder."
    ]
    return "\n".join(lines)


def chart(summary: Summary, path: Path, *, split: str = ALL) -> None:
    """Retrieval metrics by mode, and hybrid quality by question kind, as one PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    modes = [m for m in summary.metrics if summary.metrics[m].get(split, {}).get("mrr") is not None]
    answer_mode = "hybrid" if "hybrid" in summary.by_kind else next(iter(summary.by_kind))
    kinds: dict[str, Metrics] = summary.by_kind[answer_mode].get(split, {})
    fig, (left, right) = plt.subplots(1, 2, figsize=(15, 5.5), width_ratios=[1, 2.2])
    width = 0.8 / max(1, len(CHART_MODE_METRICS))
    for i, metric in enumerate(CHART_MODE_METRICS):
        values = [summary.metrics[m][split].get(metric) or 0.0 for m in modes]
        left.bar([x + i * width for x in range(len(modes))], values, width, label=metric)
    left.set_xticks([x + 0.4 - width / 2 for x in range(len(modes))], modes)
    # Headroom above 1.0 keeps the legend off the bars.
    left.set_ylim(0, 1.3)
    left.set_title(f"Retrieval by mode ({split})")
    left.legend(fontsize=8, loc="upper center", ncol=3)
    width = 0.8 / len(CHART_KIND_METRICS)
    names = list(kinds)
    for i, metric in enumerate(CHART_KIND_METRICS):
        values = [kinds[k].get(metric) or 0.0 for k in names]
        right.bar([x + i * width for x in range(len(names))], values, width, label=metric)
    refusal = [kinds[k].get("refusal_unanswerable") for k in names]
    for x, value in enumerate(refusal):
        if value is not None:
            right.bar(x + 0.4 - width / 2, value, width, color="grey", label="refused")
    right.set_xticks(
        [x + 0.4 - width / 2 for x in range(len(names))], names, rotation=35, ha="right"
    )
    right.set_ylim(0, 1.3)
    right.set_title(f"{answer_mode} by question kind ({split})")
    right.legend(fontsize=8, loc="upper center", ncol=4)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(
    directory: Path,
    summary: Summary,
    *,
    info: dict[str, Any],
    failures: Sequence[Failure],
    records: dict[str, Any],
) -> dict[str, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": directory / "report.json",
        "markdown": directory / "report.md",
        "chart": directory / "metrics.png",
    }
    body = {
        "info": info,
        "metrics": summary.metrics,
        "by_kind": summary.by_kind,
        "failures": [_failure(f) for f in failures],
        **records,
    }
    paths["json"].write_text(json.dumps(body, indent=1, ensure_ascii=False), encoding="utf-8")
    paths["markdown"].write_text(markdown(summary, info, failures), encoding="utf-8")
    chart(summary, paths["chart"])
    return paths


def _failure(f: Failure) -> dict[str, str]:
    return {"id": f.item_id, "split": f.split, "kind": f.kind, "cause": f.cause, "detail": f.detail}
