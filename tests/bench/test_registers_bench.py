"""The register build benchmark's plumbing on a tiny corpus with the fake embedder."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.registers import measure
from tests.fakes import FakeEmbedder

PLAN = (
    "Our commitments\n\nWe will open two family centres by 2030. We will train forty "
    "volunteers each year to run them.\n"
)


def test_the_stage_is_timed_inside_cold_builds_and_an_unchanged_rebuild_reuses_all(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN, encoding="utf-8")
    entry = {"id": "plan", "file": "plan.txt", "title": "A plan", "type": "strategy"}
    (corpus / "manifest.yaml").write_text(yaml.safe_dump({"documents": [entry]}), "utf-8")
    work = tmp_path / "work"
    work.mkdir()
    result = measure(corpus, FakeEmbedder(), rounds=1, work=work)
    for clock in ("wall", "cpu"):
        assert result[clock]["register_stage_s"] >= 0
        assert len(result[clock]["all_cold_with_s"]) == 1
    assert result["unchanged"] == {
        "seconds": result["unchanged"]["seconds"],
        "reused_generation": True,
        "register_stage_calls": 0,
        "registers_file_untouched": True,
    }
