"""The suite file: a corpus may name fit-only train questions, which only the fitter reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evals.suite import SuiteError, load_suite


def _item(n: int, split: str) -> dict[str, object]:
    return {
        "id": f"q-{n}",
        "split": split,
        "kind": "date",
        "question": f"when did meeting {n} take place?",
        "answer": "On 3 March 2025.",
        "facts": [["3 March 2025"]],
        "evidence": [{"document": "minutes", "quote": "The meeting took place on 3 March 2025."}],
    }


def _suite(tmp_path: Path, fit_only: list[dict[str, object]] | None, **extra: str) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump([_item(1, "train"), _item(2, "dev")]))
    (tmp_path / "sealed.yaml").write_text(yaml.safe_dump([_item(3, "test")]))
    entry = {"name": "c", "corpus": "corpus", "gold": "gold.yaml", "sealed": "sealed.yaml"}
    if fit_only is not None:
        (tmp_path / "fit.yaml").write_text(yaml.safe_dump(fit_only))
        entry["fit_only"] = "fit.yaml"
    entry.update(extra)
    path = tmp_path / "corpora.yaml"
    path.write_text(yaml.safe_dump({"corpora": [entry]}))
    return path


def test_fit_only_questions_join_the_train_split_for_fitting_alone(tmp_path: Path) -> None:
    (corpus,) = load_suite(_suite(tmp_path, [_item(9, "train")]), root=tmp_path)
    assert [i.id for i in corpus.fit_items()] == ["q-1", "q-9"]
    assert [i.id for i in corpus.items()] == ["q-1", "q-2", "q-3"]


def test_without_fit_only_questions_the_fit_uses_the_gold_train_split(tmp_path: Path) -> None:
    (corpus,) = load_suite(_suite(tmp_path, None), root=tmp_path)
    assert corpus.fit_only is None
    assert [i.id for i in corpus.fit_items()] == ["q-1"]


def test_a_fit_only_question_outside_train_is_refused_by_id(tmp_path: Path) -> None:
    (corpus,) = load_suite(_suite(tmp_path, [_item(9, "dev")]), root=tmp_path)
    with pytest.raises(SuiteError, match=r"q-9.*must have split 'train'"):
        corpus.fit_items()


def test_an_unknown_suite_field_is_refused_naming_the_allowed_ones(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="may have fit_only"):
        load_suite(_suite(tmp_path, None, extras="x.yaml"), root=tmp_path)
