"""What `strategy-assistant index` prints when it has finished: a table of what went in, then
every problem, one a line, so a skipped file is never lost above the progress bars."""

from __future__ import annotations

from index.build import BuildReport


def summary_table(report: BuildReport) -> str:
    """Documents, passages and problems as a small aligned table."""
    heads = ("documents", "passages", "problems")
    values = (str(report.documents), str(report.passages), str(len(report.problems)))
    widths = [max(len(h), len(v)) for h, v in zip(heads, values, strict=True)]
    head = "  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True))
    row = "  ".join(v.rjust(w) for v, w in zip(values, widths, strict=True))
    return f"{head}\n{row}"


def problem_lines(report: BuildReport) -> list[str]:
    """One line a problem, saying whether its file was left out of the index."""
    skipped = set(report.skipped)
    return [f"{'skipped' if p in skipped else 'warning'}: {p}" for p in report.problems]


def exit_status(report: BuildReport) -> int:
    """Non-zero when a file was left out: a build that silently drops documents is not a
    success for a script or CI job that runs it."""
    return 1 if report.skipped else 0
