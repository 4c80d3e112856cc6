"""A small corpus written per test, so index plumbing tests run in well under a second."""

from __future__ import annotations

from pathlib import Path

import pytest

MANIFEST = """documents:
  - id: alpha
    file: alpha.md
    title: Alpha strategy
    type: strategy
    date: "2020"
    period: "2020-2025"
    publisher: Test Council
    superseded_by: null
  - id: beta
    file: beta.md
    title: Beta report
    type: report
    date: "2021-03"
    period: "2021"
    publisher: Test Council
    superseded_by: null
"""

ALPHA = """# Alpha strategy

## 1 Falls prevention

We will reduce falls among older people through strength and balance classes run by the
Better Care Fund (BCF) partnership in every district of the county.

## 2 Healthy weight

We will help families eat well and move more, with the school nursing service leading the work
and reporting each year to the Health and Wellbeing Board.
"""

BETA = """# Beta report

## Purpose

This report updates the board on the Better Care Fund plan and asks it to approve the plan for
submission to NHS England by the end of March.
"""


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "manifest.yaml").write_text(MANIFEST)
    (corpus / "alpha.md").write_text(ALPHA)
    (corpus / "beta.md").write_text(BETA)
    return corpus
